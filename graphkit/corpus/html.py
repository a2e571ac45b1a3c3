"""Article text and metadata out of an HTML page, with the boilerplate stripped.

The page is parsed with BeautifulSoup over lxml. ``script``, ``style``, ``nav``, ``header``
(except the header inside an ``<article>``, which holds its headline), ``footer``, ``aside``,
``form``, ``noscript`` (and other non-text elements: ``template``, ``iframe``, ``svg``,
``canvas``, ``object``, ``embed``, ``button``, ``select``) and comments are dropped. The text comes from the largest ``<article>`` when it holds at least a third of
the page's remaining text, else from ``<main>``, else from ``<body>``. Block elements
(paragraphs, headings, list items, table rows, ...) become paragraphs separated by a blank
line; ``<br>`` becomes a line break; other whitespace is collapsed, except inside ``<pre>``.

Metadata, read before anything is dropped: the title is ``og:title``, else ``<title>``, else
the first ``<h1>``; the date is ``article:published_time`` (or another published-date meta),
else the first ``<time datetime>``; the URL is ``og:url``, else ``<link rel=canonical>``; the
source is ``og:site_name``.

Example:
    >>> page = parse_html(b'''<html><head><title>T | Site</title>
    ...   <meta property="og:title" content="China and NATO">
    ...   <script>var tracking = 1;</script></head>
    ... <body><nav>Home | World</nav><article><h1>China and NATO</h1>
    ... <p>NATO criticized   China.</p><p>China rejected it.</p></article>
    ... <footer>(c) Site</footer></body></html>''')
    >>> page.title
    'China and NATO'
    >>> print(page.text)
    China and NATO
    <BLANKLINE>
    NATO criticized China.
    <BLANKLINE>
    China rejected it.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

from graphkit.corpus.decode import UndecodableError, decode_bytes

if TYPE_CHECKING:
    from bs4 import Tag

__all__ = ["HtmlPage", "decode_html", "parse_html"]

DROPPED_TAGS = frozenset(
    {
        "script", "style", "nav", "header", "footer", "aside", "form", "noscript",
        "template", "iframe", "svg", "canvas", "object", "embed", "button", "select",
        "head",
    }
)  # fmt: skip
BLOCK_TAGS = frozenset(
    {
        "address", "article", "blockquote", "body", "caption", "dd", "details", "dialog",
        "div", "dl", "dt", "fieldset", "figcaption", "figure", "h1", "h2", "h3", "h4", "h5",
        "h6", "hr", "html", "li", "main", "ol", "p", "pre", "section", "summary", "table",
        "tbody", "td", "tfoot", "th", "thead", "tr", "ul",
    }
)  # fmt: skip
_DATE_META = (
    "article:published_time",
    "og:published_time",
    "datepublished",
    "pubdate",
    "publishdate",
    "date",
    "dc.date",
    "dc.date.issued",
    "dcterms.date",
    "sailthru.date",
)
_CHARSET = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_.:-]+)""", re.IGNORECASE)
_SPACE = re.compile(r"\s+")
_END_BLOCK = object()
_END_PRE = object()


@dataclass(frozen=True, slots=True)
class HtmlPage:
    """The article text of a page and the metadata found in it (``None`` when absent)."""

    text: str
    title: str | None = None
    date: str | None = None
    url: str | None = None
    source: str | None = None


def decode_html(data: bytes, *, fallback: str | None = None) -> str:
    """Decode an HTML page: UTF-8 (the strict rule of :mod:`graphkit.corpus.decode`), else the
    charset the page declares in a ``<meta>`` tag, else the ``fallback`` rule.

    Example:
        >>> decode_html(b'<meta charset="iso-8859-1"><p>caf\\xe9</p>')
        '<meta charset="iso-8859-1"><p>café</p>'

    Raises:
        UndecodableError: Binary bytes, or not UTF-8 and no usable declared charset.
    """
    try:
        return decode_bytes(data, fallback=fallback)
    except UndecodableError as exc:
        match = _CHARSET.search(data[:4096])
        if match is None or exc.line is None:
            raise
        name = match.group(1).decode("ascii")
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            raise UndecodableError(
                f"{exc} (declared charset {name!r} is unknown)", exc.line
            ) from None
        if codec in {"utf-8", "utf-8-sig"}:
            raise
        try:
            return data.decode(codec)
        except UnicodeDecodeError:
            raise UndecodableError(
                f"{exc} (nor in its declared charset {name!r})", exc.line
            ) from None


def parse_html(data: bytes | str, *, fallback: str | None = None) -> HtmlPage:
    """Parse an HTML page into its article text and metadata.

    Args:
        data: The page, as bytes (decoded with :func:`decode_html`) or text.
        fallback: Legacy encoding for :func:`decode_html`.

    Returns:
        The page's text (may be empty) and metadata; the date is raw, not normalised.

    Raises:
        UndecodableError: The bytes are not text.
    """
    from bs4 import BeautifulSoup

    markup = decode_html(data, fallback=fallback) if isinstance(data, bytes) else data
    soup = BeautifulSoup(markup, "lxml")
    title, date, url, source = _metadata(soup)
    for tag in soup.find_all(DROPPED_TAGS):
        if tag.name == "header" and tag.find_parent("article") is not None:
            continue  # an article's own header holds its headline
        if not tag.decomposed:
            tag.decompose()
    root = _content_root(soup)
    text = _block_text(root) if root is not None else ""
    if title is None:
        h1 = soup.find("h1")
        title = _clean(h1.get_text(" ")) if h1 is not None else None
    return HtmlPage(text=text, title=title, date=date, url=url, source=source)


def _clean(value: object) -> str | None:
    if not isinstance(value, str):
        return None
    value = _SPACE.sub(" ", value).strip()
    return value or None


def _metadata(soup: object) -> tuple[str | None, str | None, str | None, str | None]:
    from bs4 import BeautifulSoup

    assert isinstance(soup, BeautifulSoup)
    metas: dict[str, str] = {}
    for meta in soup.find_all("meta"):
        key = meta.get("property") or meta.get("name") or meta.get("itemprop")
        content = _clean(meta.get("content"))
        if isinstance(key, str) and content is not None:
            metas.setdefault(key.strip().lower(), content)
    title = metas.get("og:title") or metas.get("twitter:title")
    if title is None and soup.title is not None:
        title = _clean(soup.title.get_text(" "))
    date = next((metas[k] for k in _DATE_META if k in metas), None)
    if date is None:
        time = soup.find("time", attrs={"datetime": True})
        date = _clean(time.get("datetime")) if time is not None else None
    url = metas.get("og:url")
    if url is None:
        link = soup.find("link", rel="canonical", href=True)
        url = _clean(link.get("href")) if link is not None else None
    return title, date, url, metas.get("og:site_name")


def _content_root(soup: object) -> object | None:
    from bs4 import BeautifulSoup

    assert isinstance(soup, BeautifulSoup)
    body = soup.body or soup
    articles = soup.find_all("article")
    if articles:
        largest, best = max(((_text_size(a), a) for a in articles), key=lambda pair: pair[0])
        if 3 * largest >= _text_size(body):
            return best
    return soup.find("main") or body


def _text_size(node: Tag) -> int:
    """Characters of the text of ``node``, whitespace left out."""
    return len(_SPACE.sub("", node.get_text()))


def _block_text(root: object) -> str:
    """Paragraph text of ``root``; iterative, so deep nesting cannot hit the recursion limit."""
    from bs4 import Comment, NavigableString, Tag
    from bs4.element import CData, Declaration, Doctype, ProcessingInstruction

    skipped = (Comment, Declaration, Doctype, ProcessingInstruction)
    paragraphs: list[str] = []
    buffer: list[str] = []
    pre_buffer: list[str] = []

    def flush() -> None:
        lines = (_SPACE.sub(" ", line).strip() for line in "".join(buffer).split("\n"))
        paragraph = "\n".join(line for line in lines if line)
        if paragraph:
            paragraphs.append(paragraph)
        buffer.clear()

    # Stack of nodes to visit; the _END_* sentinels mark where a block element ends.
    stack: list[object] = [root]
    pre_depth = 0
    while stack:
        node = stack.pop()
        if node is _END_BLOCK:
            flush()
            continue
        if node is _END_PRE:
            pre_depth -= 1
            if not pre_depth:
                preformatted = "".join(pre_buffer).strip("\n")
                if preformatted.strip():
                    paragraphs.append(preformatted)
                pre_buffer.clear()
            continue
        if isinstance(node, NavigableString):
            if isinstance(node, skipped) and not isinstance(node, CData):
                continue
            if pre_depth:
                pre_buffer.append(str(node))
            else:
                buffer.append(_SPACE.sub(" ", str(node)))
            continue
        if not isinstance(node, Tag):
            continue
        name = node.name
        if name in DROPPED_TAGS and name != "header":
            continue
        if name == "br":
            (pre_buffer if pre_depth else buffer).append("\n")
            continue
        children = list(node.children)
        if name == "pre":
            flush()
            pre_depth += 1
            stack.append(_END_PRE)
        elif name in BLOCK_TAGS:
            flush()
            stack.append(_END_BLOCK)
        stack.extend(reversed(children))
    flush()
    return "\n\n".join(paragraphs)
