"""Normalise the dates found in corpus metadata to ISO 8601; read the day of a date.

Example:
    >>> normalize_date("2022-03-15T10:30:00Z")
    '2022-03-15T10:30:00+00:00'
    >>> normalize_date("March 15, 2022")
    '2022-03-15'
    >>> normalize_date("last Thursday")
    'last Thursday'
"""

from __future__ import annotations

import re
from datetime import date, datetime
from email.utils import parsedate_to_datetime

__all__ = ["normalize_date", "statement_day"]

# Unambiguous written forms only: day/month order is never guessed ("03/04/2022" stays raw).
_DATE_FORMATS = (
    "%Y/%m/%d",
    "%Y.%m.%d",
    "%Y%m%d",
    "%d %B %Y",
    "%d %b %Y",
    "%B %d, %Y",
    "%b %d, %Y",
    "%B %d %Y",
    "%b %d %Y",
    "%b. %d, %Y",
)
_MONTH_NAMES = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_ISO_DATETIME = re.compile(r"\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_ISO_DAY = re.compile(r"\d{4}-\d{2}-\d{2}")


def normalize_date(value: str | None) -> str | None:
    """Return ``value`` as an ISO 8601 date or datetime when it parses, else stripped as is.

    A date alone becomes ``YYYY-MM-DD``; a date with a time becomes the full
    ``datetime.isoformat()`` (with its offset when one was given, ``Z`` read as ``+00:00``).
    ISO 8601, RFC 2822 (``Tue, 15 Mar 2022 10:30:00 GMT``) and written English forms
    (``15 March 2022``, ``Mar 15, 2022``, ``2022/03/15``) are understood; ambiguous numeric
    forms such as ``03/04/2022`` and anything else are kept raw, never guessed. Empty or
    whitespace-only values give ``None``.

    Args:
        value: The raw date text, or ``None``.

    Returns:
        The normalised date, the stripped raw text when it does not parse, or ``None``.

    Example:
        >>> normalize_date("Tue, 15 Mar 2022 10:30:00 GMT")
        '2022-03-15T10:30:00+00:00'
        >>> normalize_date("15 March 2022"), normalize_date("2022-03-15 00:00")
        ('2022-03-15', '2022-03-15T00:00:00')
        >>> normalize_date("03/04/2022"), normalize_date("  "), normalize_date(None)
        ('03/04/2022', None, None)
    """
    if value is None:
        return None
    raw = value.strip()
    if not raw:
        return None
    parsed = _parse(raw)
    if parsed is None:
        return raw
    return parsed.isoformat()


def statement_day(value: object) -> str | None:
    """The ``YYYY-MM-DD`` day of a statement's ``date``, or None when it has no real one.

    Strings count only when they start with a valid ``YYYY-MM-DD`` day (a time may follow);
    anything else (free text, markup, ``2022-02-30``, ``20220407``) is treated as undated, so
    date filters only ever compare clean ISO days: the page's, and the store's, which
    compares dates as text.

    Example:
        >>> statement_day("2022-04-07T10:30:00Z"), statement_day(date(2022, 4, 7))
        ('2022-04-07', '2022-04-07')
        >>> statement_day("2022-02-30"), statement_day("<b>May</b>"), statement_day(None)
        (None, None, None)
    """
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str) and _ISO_DAY.match(value):
        try:
            return date.fromisoformat(value[:10]).isoformat()
        except ValueError:
            return None
    return None


def _parse(raw: str) -> date | datetime | None:
    if len(raw) == 10 and raw[4] == "-" and raw[7] == "-":
        try:
            return date.fromisoformat(raw)
        except ValueError:
            return None
    if _ISO_DATETIME.match(raw):
        try:
            return datetime.fromisoformat(raw.replace("z", "Z"))
        except ValueError:
            return None
    if ":" in raw:  # RFC 2822 always has a time
        try:
            return parsedate_to_datetime(raw)
        except (TypeError, ValueError, IndexError):
            pass
    if raw.isdigit() and len(raw) != 8:
        return None
    # strptime's %B/%b follow the C locale (English) unless the process changed LC_TIME.
    if not raw[:1].isdigit() and raw[:3].lower() not in _MONTH_NAMES:
        return None
    for fmt in _DATE_FORMATS:
        try:
            return datetime.strptime(raw, fmt).date()
        except ValueError:
            continue
    return None
