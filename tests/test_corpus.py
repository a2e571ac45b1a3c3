"""Tests of graphkit.corpus: every format, gzip, ids and order, and every kind of bad input."""

from __future__ import annotations

import csv
import gzip
import io
import json
import os
import tracemalloc
from pathlib import Path

import pytest

from graphkit.corpus import (
    DEFAULT_MAX_BYTES,
    CorpusIssue,
    CorpusReader,
    file_format,
    normalize_date,
    read_corpus,
)
from graphkit.corpus.html import parse_html
from graphkit.corpus.reader import split_front_matter
from graphkit.errors import InputError
from graphkit.types import Document

SEEDS = Path(__file__).resolve().parents[1] / "seeds"

HTML_PAGE = b"""<!DOCTYPE html>
<html><head>
  <title>NATO and China | World News</title>
  <meta property="og:title" content="China Is Challenging NATO">
  <meta property="article:published_time" content="2022-04-07T14:05:00Z">
  <meta property="og:url" content="https://example.org/nato-china">
  <meta property="og:site_name" content="World News">
  <style>p { color: red; }</style>
  <script>var SECRET_SCRIPT_TEXT = "China attacks NATO";</script>
</head>
<body>
  <header><a href="/">World News</a> Subscribe now</header>
  <nav><ul><li>Home</li><li>Politics</li></ul></nav>
  <article>
    <h1>China Is Challenging NATO</h1>
    <p>NATO Secretary-General Jens Stoltenberg   said China's failure
       to condemn Russia is a <b>serious</b> challenge.</p>
    <!-- a comment that must not appear -->
    <script>document.write("INLINE_SCRIPT_TEXT")</script>
    <p>Ukraine's foreign minister<br>joined the meeting.</p>
    <aside>Related: READ ALSO THIS</aside>
    <form>Sign up for NEWSLETTER_FORM</form>
  </article>
  <footer>Copyright FOOTER_TEXT</footer>
  <noscript>NOSCRIPT_TEXT</noscript>
</body></html>
"""


def _write(path: Path, data: bytes | str, *, gz: bool = False) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    raw = data.encode() if isinstance(data, str) else data
    if gz:
        with gzip.open(path, "wb") as handle:
            handle.write(raw)
    else:
        path.write_bytes(raw)
    return path


def _jsonl(*records: object) -> str:
    return "".join(
        (record if isinstance(record, str) else json.dumps(record)) + "\n" for record in records
    )


def _read(paths: object, **options: object) -> tuple[list[Document], list[CorpusIssue]]:
    reader = read_corpus(paths, **options)  # type: ignore[arg-type]
    docs = list(reader)
    return docs, reader.issues


# --- formats -------------------------------------------------------------------------------


def test_corpus_text_file_keeps_text_exact_and_uses_file_name(tmp_path: Path) -> None:
    text = "Talks in Brussels\r\n\r\nNATO met.\r\nChina objected.\n"
    path = _write(tmp_path / "sub" / "article one.txt", text)
    docs, issues = _read([path])
    assert issues == []
    assert docs == [Document(id="article one.txt", text=text, title="Talks in Brussels")]


def test_corpus_text_file_title_only_when_first_line_is_a_heading(tmp_path: Path) -> None:
    _write(tmp_path / "a.txt", "NATO met in Brussels on Thursday.\n\nChina objected.\n")
    _write(tmp_path / "b.txt", "No blank line after\nthis first line.\n")
    docs, _ = _read([tmp_path])
    assert [d.title for d in docs] == [None, None]


@pytest.mark.skipif(not SEEDS.is_dir(), reason="seeds folder absent")
def test_corpus_seed_article_has_title_and_no_date() -> None:
    docs, issues = _read([SEEDS])
    assert issues == []
    seed = next(d for d in docs if d.id == "000_f84690233bbf2512.txt")
    assert seed.title == "China Is Challenging NATO Over Russia's Ukraine War: Jens Stoltenberg"
    assert seed.date is None
    assert seed.text == (SEEDS / "000_f84690233bbf2512.txt").read_text(encoding="utf-8")


def test_corpus_markdown_front_matter_is_metadata_not_text(tmp_path: Path) -> None:
    body = "# Heading in body\n\nNATO met in Brussels.\n"
    md = (
        '---\ntitle: "China and NATO"\ndate: 7 April 2022\nurl: https://example.org/a\n'
        "tags:\n  - nato\n---\n" + body
    )
    docs, issues = _read([_write(tmp_path / "a.md", md)])
    assert issues == []
    (doc,) = docs
    assert doc.text == body
    assert (doc.title, doc.date, doc.url) == (
        "China and NATO",
        "2022-04-07",
        "https://example.org/a",
    )
    assert doc.text.index("NATO met") == body.index("NATO met")


def test_corpus_markdown_without_front_matter_takes_first_heading(tmp_path: Path) -> None:
    md = "Intro line.\n\n# The Summit ##\n\n---\nnot front matter\n---\n"
    docs, _ = _read([_write(tmp_path / "a.markdown", md)])
    assert docs[0].text == md
    assert docs[0].title == "The Summit"


def test_corpus_split_front_matter_unterminated_block_is_text() -> None:
    text = "---\ntitle: x\nno closing line\n"
    assert split_front_matter(text) == (text, {})


def test_corpus_html_boilerplate_and_scripts_removed(tmp_path: Path) -> None:
    docs, issues = _read([_write(tmp_path / "page.html", HTML_PAGE)])
    assert issues == []
    (doc,) = docs
    assert doc.text == (
        "China Is Challenging NATO\n\n"
        "NATO Secretary-General Jens Stoltenberg said China's failure to condemn Russia is a "
        "serious challenge.\n\n"
        "Ukraine's foreign minister\njoined the meeting."
    )
    for junk in (
        "SECRET_SCRIPT_TEXT",
        "INLINE_SCRIPT_TEXT",
        "color",
        "Subscribe",
        "Politics",
        "READ ALSO",
        "NEWSLETTER_FORM",
        "FOOTER_TEXT",
        "NOSCRIPT_TEXT",
        "comment",
    ):
        assert junk not in doc.text
    assert doc.title == "China Is Challenging NATO"
    assert doc.date == "2022-04-07T14:05:00+00:00"
    assert doc.url == "https://example.org/nato-china"
    assert doc.source == "World News"


def test_corpus_html_fallback_metadata_title_time_and_canonical() -> None:
    page = parse_html(
        b"<html><head><title> Summit  report </title>"
        b'<link rel="canonical" href="https://example.org/c"></head><body>'
        b'<header><time datetime="2022-03-15">March 15</time></header>'
        b"<main><p>Leaders met.</p><pre>line 1\n  line 2</pre></main></body></html>"
    )
    assert (page.title, page.date, page.url) == (
        "Summit report",
        "2022-03-15",
        "https://example.org/c",
    )
    assert page.text == "Leaders met.\n\nline 1\n  line 2"


def test_corpus_html_small_article_card_does_not_replace_body() -> None:
    filler = "<p>" + "The ministers discussed sanctions at length. " * 20 + "</p>"
    page = parse_html(
        f"<body><div>{filler}</div><article><p>Related story</p></article></body>".encode()
    )
    assert page.text.startswith("The ministers discussed")
    assert page.text.endswith("Related story")


def test_corpus_html_article_header_keeps_headline_site_header_dropped() -> None:
    page = parse_html(
        b"<body><header>SITE_MASTHEAD</header><article><header><h1>Talks fail</h1></header>"
        b"<p>Body text.</p><footer>Tags: ARTICLE_FOOTER</footer></article></body>"
    )
    assert page.text == "Talks fail\n\nBody text."


def test_corpus_html_declared_charset_is_used() -> None:
    page = parse_html(
        b'<html><head><meta charset="windows-1252"></head><p>Caf\xe9 \x93talks\x94</p>'
    )
    assert page.text == "Café “talks”"


def test_corpus_jsonl_records_and_metadata(tmp_path: Path) -> None:
    data = _jsonl(
        {"id": "a1", "text": "NATO met.", "title": "T", "date": "Tue, 15 Mar 2022 10:30:00 GMT",
         "url": "https://x/a", "source": "Reuters", "extra": [1, 2]},
        {"id": 42, "text": "China objected.", "title": None, "date": ""},
    )  # fmt: skip
    docs, issues = _read([_write(tmp_path / "news.ndjson", data)])
    assert issues == []
    assert docs == [
        Document("a1", "NATO met.", "T", "2022-03-15T10:30:00+00:00", "https://x/a", "Reuters"),
        Document("42", "China objected."),
    ]


def test_corpus_csv_records_with_multiline_quoted_text(tmp_path: Path) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer)
    writer.writerow([" ID", "Text ", "date", "source", "ignored"])
    writer.writerow(["r1", 'NATO said, "enough".\nChina disagreed.', "2022-03-15", "", "x"])
    writer.writerow(["r2", "Second.", "", "AP", ""])
    docs, issues = _read([_write(tmp_path / "news.csv", "\ufeff" + buffer.getvalue())])
    assert issues == []
    assert docs == [
        Document("r1", 'NATO said, "enough".\nChina disagreed.', date="2022-03-15"),
        Document("r2", "Second.", source="AP"),
    ]


def test_corpus_csv_very_large_field_is_read(tmp_path: Path) -> None:
    big = "word " * 40_000  # 200 kB, above csv's default 128 kB field limit
    docs, issues = _read([_write(tmp_path / "big.csv", f'id,text\nbig,"{big}"\n')])
    assert issues == []
    assert docs[0].text == big


@pytest.mark.parametrize(
    ("name", "data", "expected_id"),
    [
        ("a.txt.gz", "NATO met.", "a.txt.gz"),
        ("a.md.gz", "---\ntitle: T\n---\nNATO met.", "a.md.gz"),
        ("a.html.gz", "<p>NATO met.</p><script>x()</script>", "a.html.gz"),
        ("a.jsonl.gz", _jsonl({"id": "j", "text": "NATO met."}), "j"),
        ("a.csv.gz", "id,text\nc,NATO met.\n", "c"),
    ],
)
def test_corpus_gzip_is_transparent(tmp_path: Path, name: str, data: str, expected_id: str) -> None:
    docs, issues = _read([_write(tmp_path / name, data, gz=True)])
    assert issues == []
    assert [(d.id, d.text) for d in docs] == [(expected_id, "NATO met.")]


def test_corpus_stdin_jsonl_and_text() -> None:
    docs, _ = _read(["-"], stdin=io.BytesIO(b'\n {"id": "s", "text": "From stdin."}\n'))
    assert docs == [Document("s", "From stdin.")]
    docs, _ = _read("-", stdin=io.BytesIO(b"Plain text on stdin."))
    assert docs == [Document("<stdin>", "Plain text on stdin.")]


def test_corpus_file_format_by_suffix() -> None:
    assert [file_format(n) for n in ("a.TXT", "b.Markdown", "c.htm.gz", "d.ndjson", "e.json")] == [
        "text",
        "markdown",
        "html",
        "jsonl",
        None,
    ]


# --- ids and order -------------------------------------------------------------------------


def test_corpus_folder_ids_are_relative_paths_in_sorted_order(tmp_path: Path) -> None:
    # Created out of order on purpose; the read order must not depend on creation order.
    for rel in ("b/x.txt", "a.txt", "c/x.txt", "b/a/deep.md", ".hidden.txt", "notes.pdf"):
        _write(tmp_path / "corpus" / rel, f"Text of {rel}.")
    docs, issues = _read([tmp_path / "corpus"])
    assert issues == []
    assert [d.id for d in docs] == ["a.txt", "b/a/deep.md", "b/x.txt", "c/x.txt"]
    assert [d.text for d in docs][2] == "Text of b/x.txt."
    again, _ = _read([tmp_path / "corpus"])
    assert [d.id for d in again] == [d.id for d in docs]


def test_corpus_paths_read_in_given_order(tmp_path: Path) -> None:
    b = _write(tmp_path / "b.txt", "B.")
    a = _write(tmp_path / "a.jsonl", _jsonl({"id": "a", "text": "A."}))
    docs, _ = _read([b, str(a)])
    assert [d.id for d in docs] == ["b.txt", "a"]


def test_corpus_duplicate_ids_keep_first_and_report_rest(tmp_path: Path) -> None:
    path = _write(
        tmp_path / "d.jsonl",
        _jsonl(
            {"id": "x", "text": "First."}, {"id": "x", "text": "Second."}, {"id": "y", "text": "Y."}
        ),
    )
    docs, issues = _read([path])
    assert [(d.id, d.text) for d in docs] == [("x", "First."), ("y", "Y.")]
    assert [(i.path, i.line, i.record_id) for i in issues] == [(str(path), 2, "x")]
    assert "duplicate id" in issues[0].reason
    docs, issues = _read([path], unique_ids=False)
    assert len(docs) == 3 and issues == []


# --- bad input -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("bad_line", "record_id", "reason"),
    [
        ('{"id": "b", "text": "unterminated', "b", "invalid JSON"),
        ('["b", "text"]', None, "expected a JSON object, got array"),
        ('"just a string"', None, "expected a JSON object, got string"),
        ('{"text": "no id"}', None, "missing 'id'"),
        ('{"id": "  ", "text": "blank id"}', None, "empty 'id'"),
        ('{"id": true, "text": "bool id"}', None, "'id' must be a string or an integer, got bool"),
        ('{"id": "b"}', "b", "missing 'text'"),
        ('{"id": "b", "text": null}', "b", "missing 'text'"),
        ('{"id": "b", "text": 3}', "b", "'text' must be a string, got int"),
        ('{"id": "b", "text": " \\n\\t"}', "b", "empty 'text'"),
        ('{"id": "b", "text": "x", "date": 2022}', "b", "'date' must be a string or null, got int"),
    ],
)
def test_corpus_malformed_jsonl_line_is_reported_and_neighbours_kept(
    tmp_path: Path, bad_line: str, record_id: str | None, reason: str
) -> None:
    path = _write(
        tmp_path / "c.jsonl",
        _jsonl({"id": "a", "text": "A."}, bad_line, "", {"id": "c", "text": "C."}),
    )
    docs, issues = _read([path])
    assert [d.id for d in docs] == ["a", "c"]
    assert len(issues) == 1
    assert (issues[0].path, issues[0].line, issues[0].record_id) == (str(path), 2, record_id)
    assert reason in issues[0].reason
    assert str(issues[0]).startswith(f"{path}:2: ")


def test_corpus_jsonl_non_utf8_line_is_reported(tmp_path: Path) -> None:
    data = b'{"id": "a", "text": "A."}\n{"id": "b", "text": "caf\xe9"}\n{"id": "c", "text": "C."}\n'
    docs, issues = _read([_write(tmp_path / "c.jsonl", data)])
    assert [d.id for d in docs] == ["a", "c"]
    assert [(i.line, i.record_id) for i in issues] == [(2, "b")]
    assert issues[0].reason.startswith("not UTF-8: invalid byte 0xe9")


def test_corpus_50mb_jsonl_line_is_skipped_without_stopping(tmp_path: Path) -> None:
    path = tmp_path / "huge.jsonl"
    with path.open("wb") as handle:
        handle.write(b'{"id": "before", "text": "Before."}\n{"id": "huge", "text": "')
        chunk = b"Russia invaded Ukraine. " * 43_691  # ~1 MiB
        for _ in range(50):
            handle.write(chunk)
        handle.write(b'"}\n{"id": "after", "text": "After."}\n')
    assert path.stat().st_size > 50 * 1024 * 1024
    docs, issues = _read([path])
    assert [d.id for d in docs] == ["before", "after"]
    assert [(i.line, i.record_id) for i in issues] == [(2, "huge")]
    assert f"larger than max_bytes={DEFAULT_MAX_BYTES:,}" in issues[0].reason

    # Memory is bounded by max_bytes, not by the line: with a 1 MB cap the 50 MB line costs
    # a few MB at most (read buffer + capped line + skip chunks).
    tracemalloc.start()
    try:
        docs, issues = _read([path], max_bytes=1_000_000)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert [d.id for d in docs] == ["before", "after"] and len(issues) == 1
    assert peak < 10_000_000


def test_corpus_long_line_over_small_cap_in_gzip_and_csv(tmp_path: Path) -> None:
    long_text = "x" * 5000
    jsonl = _write(
        tmp_path / "l.jsonl.gz",
        _jsonl(
            {"id": "a", "text": "A."}, {"id": "long", "text": long_text}, {"id": "c", "text": "C."}
        ),
        gz=True,
    )
    csv_file = _write(tmp_path / "l.csv", f"id,text\na,A.\nlong,{long_text}\nc,C.\n")
    multi = _write(tmp_path / "m.csv", f'id,text\na,A.\nlong,"{"y" * 900}\n{"y" * 900}"\nc,C.\n')
    docs, issues = _read([jsonl, csv_file, multi], max_bytes=1000, unique_ids=False)
    assert [d.id for d in docs] == ["a", "c"] * 3
    assert [(Path(i.path).name, i.line, i.record_id) for i in issues] == [
        ("l.jsonl.gz", 2, "long"),
        ("l.csv", 3, "long"),
        ("m.csv", 3, "long"),
    ]


def test_corpus_text_file_larger_than_max_bytes_is_skipped(tmp_path: Path) -> None:
    big = _write(tmp_path / "a_big.txt", "NATO met. " * 200)
    big_gz = _write(tmp_path / "b_big.html.gz", "<p>" + "NATO met. " * 200 + "</p>", gz=True)
    _write(tmp_path / "c_ok.txt", "Small.")
    docs, issues = _read([tmp_path], max_bytes=1000)
    assert [d.id for d in docs] == ["c_ok.txt"]
    assert [i.path for i in issues] == [str(big), str(big_gz)]
    assert all("larger than max_bytes=1,000" in i.reason for i in issues)


@pytest.mark.parametrize(
    ("name", "data", "reason"),
    [
        ("empty.txt", b"", "empty file"),
        ("blank.md", b"  \n\t\r\n", "empty file"),
        ("front_only.md", b"---\ntitle: T\n---\n\n", "no text after the front matter"),
        (
            "boiler.html",
            b"<nav>Menu</nav><script>x()</script><footer>c</footer>",
            "no text after removing",
        ),
        ("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "binary data (NUL byte at offset 8)"),
        ("ctrl.txt", bytes(range(1, 9)) * 20 + b"abc", "binary data (160 control bytes"),
        ("bin.jsonl", b'{"id": 1}\n\x00\x01\x02', "binary data"),
        ("bin.csv.gz", b"id,text\n\x00\x00", "binary data"),
        ("utf16.jsonl", '{"id": "a", "text": "b"}'.encode("utf-16"), "UTF-16 is not accepted"),
        ("nohead.csv", b"", "empty CSV file"),
        ("badhead.csv", b"doc,body\n1,Text.\n", "CSV header must name 'id' and 'text'"),
        ("notes.pdf", b"%PDF-1.4", "unsupported file type"),
    ],
)
def test_corpus_bad_file_is_reported_and_rest_of_corpus_read(
    tmp_path: Path, name: str, data: bytes, reason: str
) -> None:
    gz = name.endswith(".gz")
    bad = _write(tmp_path / name, data, gz=gz)
    good = _write(tmp_path / "good.txt", "NATO met.")
    docs, issues = _read([bad, good])
    assert [d.id for d in docs] == ["good.txt"]
    assert len(issues) == 1
    assert issues[0].path == str(bad)
    assert reason in issues[0].reason


def test_corpus_non_utf8_text_file_names_line_and_is_not_mojibaked(tmp_path: Path) -> None:
    bad = _write(tmp_path / "latin.txt", "First line.\nCafé talks.\n".encode("cp1252"))
    docs, issues = _read([bad])
    assert docs == []
    assert [(i.path, i.line) for i in issues] == [(str(bad), 2)]
    assert issues[0].reason.startswith("not UTF-8: invalid byte 0xe9 at line 2, column 4")
    assert str(issues[0]).startswith(f"{bad}:2: not UTF-8")


def test_corpus_cp1252_fallback_only_when_asked_and_bytes_are_not_utf8(tmp_path: Path) -> None:
    legacy = _write(tmp_path / "a.txt", "Café “talks”.".encode("cp1252"))
    damaged = _write(tmp_path / "b.txt", "Café ".encode() + b"\xe9 talks.")  # UTF-8 + one bad byte
    docs, issues = _read([legacy, damaged], fallback_encoding="cp1252")
    assert [d.text for d in docs] == ["Café “talks”."]
    assert [(i.path, i.line) for i in issues] == [(str(damaged), 1)]


def test_corpus_utf8_bom_and_utf16_bom_decode(tmp_path: Path) -> None:
    a = _write(tmp_path / "a.txt", b"\xef\xbb\xbfNATO met.")
    b = _write(tmp_path / "b.txt", "China objected.".encode("utf-16"))
    docs, issues = _read([a, b])
    assert issues == []
    assert [d.text for d in docs] == ["NATO met.", "China objected."]


def test_corpus_csv_bad_rows_reported_with_line_and_id(tmp_path: Path) -> None:
    data = (
        b"id,text,date\n"
        b"a,A.,\n"
        b"b,Caf\xe9.,\n"
        b"c,C.,2022-01-01,surplus\n"
        b"d,,\n"
        b",No id.,\n"
        b"\n"
        b"e,E.,not a date\n"
    )
    path = _write(tmp_path / "rows.csv", data)
    docs, issues = _read([path])
    assert [(d.id, d.date) for d in docs] == [("a", None), ("e", "not a date")]
    assert [(i.line, i.record_id) for i in issues] == [(3, None), (4, "c"), (5, "d"), (6, None)]
    assert [i.reason.split(":")[0].split(" (")[0] for i in issues] == [
        "not UTF-8",
        "row has 4 fields but the header has 3",
        "missing 'text'",
        "missing 'id'",
    ]


def test_corpus_truncated_and_corrupt_gzip_are_reported(tmp_path: Path) -> None:
    whole = gzip.compress(
        _jsonl(*({"id": str(i), "text": "x" * 200} for i in range(2000))).encode()
    )
    truncated = _write(tmp_path / "t.jsonl.gz", whole[: len(whole) // 2])
    corrupt = _write(tmp_path / "c.txt.gz", b"this is not gzip data")
    good = _write(tmp_path / "g.txt", "Good.")
    docs, issues = _read([truncated, corrupt, good])
    assert 0 < len(docs) - 1 < 2000  # the records before the cut are kept
    assert docs[-1].id == "g.txt"
    assert [i.path for i in issues] == [str(truncated), str(corrupt)]
    assert all(i.reason.startswith("cannot read:") for i in issues)


def test_corpus_missing_path_and_empty_folder_are_reported(tmp_path: Path) -> None:
    empty = tmp_path / "empty"
    (empty / "sub").mkdir(parents=True)
    _write(empty / "sub" / "image.png", b"\x89PNG")
    good = _write(tmp_path / "good.md", "NATO met.")
    docs, issues = _read([tmp_path / "missing.txt", empty, good])
    assert [d.id for d in docs] == ["good.md"]
    assert [(i.path, i.line) for i in issues] == [
        (str(tmp_path / "missing.txt"), None),
        (str(empty), None),
    ]
    assert issues[0].reason == "no such file or folder"
    assert issues[1].reason.startswith("folder has no readable files")


def test_corpus_on_error_called_in_order_and_may_abort(tmp_path: Path) -> None:
    path = _write(tmp_path / "e.jsonl", _jsonl("bad", {"id": "a", "text": "A."}, "[]"))
    seen: list[str] = []
    reader = read_corpus([path], on_error=lambda issue: seen.append(str(issue)))
    assert [d.id for d in reader] == ["a"]
    assert seen == [str(i) for i in reader.issues]
    assert [i.line for i in reader.issues] == [1, 3]
    assert not reader.ok and reader.documents_read == 1
    assert reader.location == (str(path), 2)

    def abort(issue: CorpusIssue) -> None:
        raise InputError(str(issue))

    with pytest.raises(InputError, match=r"e\.jsonl:1: invalid JSON"):
        list(read_corpus([path], on_error=abort))


def test_corpus_reader_is_lazy_and_closeable(tmp_path: Path) -> None:
    path = _write(tmp_path / "a.jsonl", _jsonl(*({"id": str(i), "text": "T."} for i in range(5))))
    reader = CorpusReader([path, tmp_path / "missing.txt"])
    assert reader.issues == []  # nothing is read before iteration
    assert next(reader).id == "0"
    with reader:
        assert next(reader).id == "1"
    assert list(reader) == []
    assert reader.issues == []  # the missing path was never reached


@pytest.mark.parametrize("max_bytes", [0, -1, 1.5, True])
def test_corpus_bad_max_bytes_raises_input_error(max_bytes: object) -> None:
    with pytest.raises(
        InputError, match=f"max_bytes must be a positive integer, got {max_bytes!r}"
    ):
        read_corpus(["x"], max_bytes=max_bytes)  # type: ignore[arg-type]


def test_corpus_symlink_loop_is_read_once(tmp_path: Path) -> None:
    _write(tmp_path / "c" / "a.txt", "A.")
    os.symlink(tmp_path / "c", tmp_path / "c" / "loop")
    docs, issues = _read([tmp_path / "c"])
    assert [d.id for d in docs] == ["a.txt"]
    assert issues == []


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("2022-03-15", "2022-03-15"),
        ("2022-03-15T10:30:00Z", "2022-03-15T10:30:00+00:00"),
        ("2022-03-15 10:30", "2022-03-15T10:30:00"),
        ("Tue, 15 Mar 2022 10:30:00 GMT", "2022-03-15T10:30:00+00:00"),
        ("15 March 2022", "2022-03-15"),
        ("Mar 15, 2022", "2022-03-15"),
        ("2022/03/15", "2022-03-15"),
        ("20220315", "2022-03-15"),
        ("03/04/2022", "03/04/2022"),
        ("2022-02-30", "2022-02-30"),
        ("  spring 2022 ", "spring 2022"),
        ("", None),
    ],
)
def test_corpus_normalize_date(raw: str, expected: str | None) -> None:
    assert normalize_date(raw) == expected


def test_read_corpus_warns_about_unreadable_date_and_keeps_document(tmp_path: Path) -> None:
    corpus = tmp_path / "dates.jsonl"
    corpus.write_text(
        '{"id": "a", "text": "Russia invaded Ukraine.", "date": "yesterday"}\n'
        '{"id": "b", "text": "Russia invaded Ukraine.", "date": "15 March 2022"}\n',
        encoding="utf-8",
    )
    reader = read_corpus(corpus)
    docs = list(reader)
    assert [(d.id, d.date) for d in docs] == [("a", "yesterday"), ("b", "2022-03-15")]
    assert reader.ok
    assert [(w.record_id, w.line) for w in reader.warnings] == [("a", 1)]
    assert "'yesterday'" in str(reader.warnings[0])
