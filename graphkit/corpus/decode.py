"""Turn the bytes of a corpus file into text, or say precisely why they are not text.

The rule is strict on purpose, so that no document is silently turned into mojibake:

* a UTF-16 byte-order mark decodes as UTF-16;
* bytes with a NUL, or with more than 10% control bytes in their first 8 KiB, are binary;
* otherwise the bytes must be UTF-8 (a UTF-8 byte-order mark is dropped);
* a legacy ``fallback`` encoding (e.g. ``"cp1252"``) is used only when the caller asks for it
  AND the bytes hold no valid multi-byte UTF-8 sequence (a damaged UTF-8 file is reported,
  never re-read as cp1252) AND the result has no control characters.

Example:
    >>> decode_bytes("café".encode())
    'café'
    >>> try:
    ...     decode_bytes(b"caf\\xe9 au lait")
    ... except UndecodableError as exc:
    ...     print(exc.line, exc)
    1 not UTF-8: invalid byte 0xe9 at line 1, column 4 (re-encode the file as UTF-8, or read it with fallback_encoding='cp1252')
    >>> decode_bytes(b"caf\\xe9 au lait", fallback="cp1252")
    'café au lait'
"""

from __future__ import annotations

import codecs
import re

__all__ = ["SNIFF_BYTES", "UndecodableError", "binary_reason", "decode_bytes"]

#: How many leading bytes :func:`binary_reason` looks at.
SNIFF_BYTES = 8192

_CONTROL_BYTES = bytes(b for b in range(32) if b not in b"\t\n\x0b\x0c\r\x1b") + b"\x7f"
_UTF8_MULTIBYTE = re.compile(
    rb"[\xc2-\xdf][\x80-\xbf]|[\xe0-\xef][\x80-\xbf]{2}|[\xf0-\xf4][\x80-\xbf]{3}"
)
_CONTROL_CHARS = re.compile(r"[\x00-\x08\x0e-\x1a\x1c-\x1f\x7f-\x9f]")


class UndecodableError(ValueError):
    """Bytes that are binary or not in an accepted text encoding; the message says which.

    ``line`` is the 1-based line of the first bad byte, when there is one.
    """

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.line = line


def binary_reason(head: bytes) -> str | None:
    """Say why ``head`` (the first bytes of a file) looks binary, or ``None`` if it may be text.

    Example:
        >>> binary_reason(b"\\x89PNG\\r\\n\\x1a\\n\\x00\\x00")
        'binary data (NUL byte at offset 8)'
        >>> binary_reason("Les Échos".encode()) is None
        True
    """
    head = head[:SNIFF_BYTES]
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return None
    nul = head.find(b"\x00")
    if nul >= 0:
        return f"binary data (NUL byte at offset {nul})"
    if head:
        control = len(head) - len(head.translate(None, _CONTROL_BYTES))
        if control / len(head) > 0.10:
            return f"binary data ({control} control bytes in the first {len(head)})"
    return None


def decode_bytes(data: bytes, *, fallback: str | None = None) -> str:
    """Decode a whole file's bytes by the strict rule of this module.

    Args:
        data: The bytes.
        fallback: A legacy encoding allowed for files that are clearly not UTF-8.

    Returns:
        The text, without byte-order mark; line ends are left as they are.

    Raises:
        UndecodableError: The bytes are binary, or not UTF-8 (and the fallback does not apply);
            the message names the first bad byte with its line and column.
    """
    reason = binary_reason(data)
    if reason:
        raise UndecodableError(reason)
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise UndecodableError(
                f"not UTF-16 despite its byte-order mark: {exc.reason}"
            ) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        if fallback and not _UTF8_MULTIBYTE.search(data):
            try:
                text = data.decode(fallback)
            except (UnicodeDecodeError, LookupError):
                text = None
            if text is not None and not _CONTROL_CHARS.search(text):
                return text
        raise _describe(data, exc) from None


def _describe(data: bytes, exc: UnicodeDecodeError) -> UndecodableError:
    line = data.count(b"\n", 0, exc.start) + 1
    column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
    return UndecodableError(
        f"not UTF-8: invalid byte 0x{data[exc.start]:02x} at line {line}, column {column} "
        "(re-encode the file as UTF-8, or read it with fallback_encoding='cp1252')",
        line,
    )
