"""Who says what: reported speech, quotations and "according to" sources.

:func:`find_source` tells, for a token of a parsed document, the speech act it is reported
in, if any:

- **Reported speech**: the token lies in the complement of a speech verb (``X said
  that ...``, ``..., X said``; ``X accused Y of ...``), or its clause carries a reporting
  clause (``Y attacked Z, police said``).
- **according to X** in the same clause or sentence.
- **Quotations**: the token lies between quotation marks; the speaker is the subject of
  the nearest governing verb outside the quote in the same sentence (``The mission
  dismissed NATO as "... targeting China"``), else of a speech verb outside quotes in the
  same paragraph (``"...," the mission said``), else the last quote speaker of the previous
  paragraph (a quote continuing in its own paragraph).
- **Introduced statements**: the text after ``X said:`` (a speech verb followed by a colon),
  to the end of its paragraph and in the paragraphs after, is X's words.

Example:
    >>> quote_spans('He said "we agree" and left.')
    [(9, 17)]
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Token

from graphkit.extract.lexicon import JUDGEMENTS, Lexicon
from graphkit.extract.mentions import doc_text, token_indices

__all__ = [
    "Source",
    "SourceFinder",
    "claim_owners",
    "find_source",
    "quote_spans",
    "sentential_which",
    "speech_subject",
]

_OPEN = {"“", "«", "``"}
_CLOSE = {"”", "»", "''"}
_ACCUSATION_VERBS = {
    "accuse",
    "blame",
    "charge",
    "criticize",
    "criticise",
    "condemn",
    "fault",
    "suspect",
}


@dataclass(frozen=True, slots=True)
class Source:
    """A speech act a statement is reported in: the verb (or cue) and its speaker token."""

    cue: int
    speaker: int | None
    kind: str  # "speech", "according", "quote", "accusation", "claim"


def quote_spans(text: str) -> list[tuple[int, int]]:
    """Character spans that lie inside quotation marks (marks excluded).

    Straight double quotes toggle; curly quotes and ``` `` ''`` open and close. A paragraph
    break closes any open quote (an unclosed quote runs to the end of its paragraph).

    Example:
        >>> quote_spans('“A” and ``B\\'\\' and "C')
        [(1, 2), (10, 11), (19, 20)]
    """
    spans: list[tuple[int, int]] = []
    start: int | None = None
    for m in re.finditer(r'``|\'\'|["“”«»]|\n\s*\n', text):
        mark = m.group()
        if mark.strip() == "":
            if start is not None:
                spans.append((start, m.start()))
                start = None
            continue
        if start is None and (mark in _OPEN or mark == '"'):
            start = m.end()
        elif start is not None and (mark in _CLOSE or mark == '"'):
            spans.append((start, m.start()))
            start = None
    if start is not None:
        spans.append((start, len(text)))
    return spans


def claim_owners(noun: Token) -> list[Token]:
    """Who makes the claim a claim noun names: "U.S. allegations", "accusations by Washington"."""
    owners = [c for c in noun.children if c.dep_ in {"poss", "compound", "amod"}]
    return owners or [
        p
        for c in noun.children
        if c.dep_ == "prep" and c.lower_ == "by"
        for p in c.children
        if p.dep_ == "pobj"
    ]


def sentential_which(verb: Token) -> bool:
    """True for a relative clause whose "which", after a comma, is the verb's object and
    may stand for the whole clause before it: "X accused Y of shelling its positions, which
    Y denied"."""
    return verb.dep_ == "relcl" and any(
        c.dep_ == "dobj" and c.lower_ == "which" and c.i > 0 and verb.doc[c.i - 1].text == ","
        for c in verb.children
    )


def summing_object(noun: Token, lex: Lexicon) -> bool:
    """True for a summary or claim noun after a comma that the parser made a second object
    of the verb before it, or the object of a verb of saying after its clause: "they
    targeted a U.S. destroyer in the Red Sea, a claim the Pentagon denied" ("a claim" sums
    up the clause; nothing was targeted twice), "Russia said it shot down a jet in the Black
    Sea, a claim Kyiv denied".

    Example:
        >>> from spacy.tokens import Doc
        >>> from spacy.vocab import Vocab
        >>> from graphkit.extract.lexicon import load_lexicon
        >>> words = ["they", "hit", "a", "ship", ",", "a", "claim", "X", "denied"]
        >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 3, 1, 1, 6, 1, 8, 6],
        ...           deps=["nsubj", "ROOT", "det", "dobj", "punct", "det", "dobj", "nsubj",
        ...                 "relcl"], lemmas=[w.lower() for w in words])
        >>> summing_object(doc[6], load_lexicon()), summing_object(doc[3], load_lexicon())
        (True, False)
    """
    return (
        noun.dep_ == "dobj"
        and noun.lemma_.lower() in lex.summing_nouns
        and noun.left_edge.i > 0
        and noun.doc[noun.left_edge.i - 1].text == ","
        and any(c.dep_ in {"dobj", "ccomp"} and c.i < noun.i for c in noun.head.children)
    )


def claim_subject(verb: Token, lex: Lexicon) -> Token | None:
    """The subject of ``verb`` in the common misparse of "X accused Y of V-ing, a charge Y
    denied", where the accusation is hung on the denial as its clause, or None. Three
    shapes: "a charge Y" as the subject (the claim noun is returned), "a charge Kigali
    denies" with the claim noun as the subject's modifier, and "a charge" fronted as the
    object of "Rwanda denies" (the denier is returned). The clause is no content of
    ``verb``."""
    claims = lex.cues["claim_nouns"]
    if any(  # "..., a charge Rwanda denies": the claim noun fronted as the object
        c.dep_ == "dobj" and c.i < verb.i and c.lemma_.lower() in claims for c in verb.children
    ):
        return next((c for c in verb.children if c.dep_ == "nsubj"), None)
    return next(
        (
            c
            for c in verb.children
            if c.dep_ == "nsubj"
            and (
                c.lemma_.lower() in claims
                or (
                    any(m.dep_ == "compound" and m.lemma_.lower() in claims for m in c.children)
                    and any(d.dep_ == "det" for d in c.children)
                )
            )
        ),
        None,
    )


def speech_subject(verb: Token) -> int | None:
    """The speaker of a speech verb: its subject, or the agent of a passive ("Ukraine was
    accused by Russia": Russia; "was accused" with no agent: nobody named; "X was quoted as
    saying": X), or the subject a conjoined verb shares ("X denied it and said ...": X), or
    the subject of the clause a participle adjoins ("X criticized Y, saying ...": X)."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            return child.i
    for child in verb.children:
        if child.dep_ == "agent":
            return next((p.i for p in child.children if p.dep_ == "pobj"), None)
    if verb.lemma_.lower() in {"quote", "cite"}:  # "X was quoted as saying": X speaks
        return next((c.i for c in verb.children if c.dep_ == "nsubjpass"), None)
    if (
        verb.dep_ == "conj"
        and verb.head.pos_ in {"VERB", "AUX"}
        and not any(c.dep_ == "nsubjpass" for c in verb.children)
    ):  # "Beijing denied the accusation and said ...": the first verb's subject speaks
        return speech_subject(verb.head)
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in {"VERB", "AUX"}:
        return speech_subject(verb.head)  # "X criticized Y, saying ...": X speaks
    if verb.dep_ == "pcomp" and verb.head.lower_ == "as" and verb.head.head.i != verb.i:
        quoting = verb.head.head  # "saying" in "(X was) quoted (X) as saying"
        if quoting.lemma_.lower() in {"quote", "cite"}:  # "Al Jazeera quoted X as saying": X
            quoted = next((c.i for c in quoting.children if c.dep_ == "dobj"), None)
            if quoted is not None:
                return quoted
        return speech_subject(quoting)
    return None


class SourceFinder:
    """Finds the source of tokens in one document (quotes and paragraphs computed once)."""

    def __init__(self, doc: Doc, lexicon: Lexicon) -> None:
        self.doc = doc
        self.lex = lexicon
        text = doc_text(doc)
        self.quotes = quote_spans(text)
        self._para_breaks = [m.start() for m in re.finditer(r"\n", text)]
        self._has_according = "according" in text.lower()  # most texts: no "according to"
        self._quote_starts = [start for start, _ in self.quotes]
        self._speech: list[tuple[int, int, int]] | None = None
        # a token's source depends on the parse only: found once per token
        self._sources: dict[int, Source | None] = {}
        self._reports: dict[int, Source | None] = {}

    def in_quote(self, char: int) -> tuple[int, int] | None:
        k = bisect.bisect_right(self._quote_starts, char) - 1
        if k >= 0 and self.quotes[k][0] <= char < self.quotes[k][1]:
            return self.quotes[k]
        return None

    def paragraph(self, char: int) -> int:
        return bisect.bisect_left(self._para_breaks, char)

    def speech_outside_quotes(self) -> list[tuple[int, int, int]]:
        """``(token, paragraph, subject token)`` of speech verbs outside quotes (cached)."""
        if self._speech is None:
            self._speech = []
            found = token_indices(self.doc, LEMMA, self.lex.speech_lemma_ids)
            for tok in (self.doc[i] for i in found):  # no Python loop over the document
                if self.is_speech(tok) and self.in_quote(tok.idx) is None:
                    subj = speech_subject(tok)
                    if subj is not None:
                        self._speech.append((tok.i, self.paragraph(tok.idx), subj))
        return self._speech

    def is_speech(self, tok: Token) -> bool:
        return tok.pos_ in {"VERB", "AUX"} and tok.lemma_.lower() in self.lex.speech_verbs

    def reported(self, tok: Token) -> Source | None:
        """Reported speech or "according to" around ``tok`` (quotes aside)."""
        if tok.i not in self._reports:
            self._reports[tok.i] = self._reported(tok)
        return self._reports[tok.i]

    def _reported(self, tok: Token) -> Source | None:
        cur = tok
        steps = 0
        while cur.head.i != cur.i and steps < 12:
            if (
                cur.dep_ == "advcl"
                and cur.tag_ == "VBG"
                and (
                    cur.lemma_.lower() in self.lex.cues["elicit_verbs"]
                    or cur.lemma_.lower() in self.lex.cues["provocation_verbs"]
                )
                and self.doc[cur.i - 1].text == ","
            ):  # "... he said he would move the embassy, drawing criticism from X" (or
                # "angering X"): the writer's account of the reaction, not the speaker's
                return None
            head = cur.head
            if cur.dep_ == "relcl" and (
                (
                    head.dep_ in {"appos", "npadvmod"}
                    and head.lemma_.lower() in self.lex.summing_nouns
                )
                or summing_object(head, self.lex)
            ):  # "X accused Y of V-ing, a charge Y rejected": the writer's account too
                return None
            judged = self.lex.verbs.get(cur.lemma_.lower())
            if judged is not None and judged.relation in JUDGEMENTS and sentential_which(cur):
                return None  # "X accused Y of V-ing, which Y denied": the writer's account
            lemma = head.lemma_.lower()
            claim = head.pos_ in {"NOUN", "PROPN"} and lemma in self.lex.cues["claim_nouns"]
            view = head.pos_ == "NOUN" and lemma in self.lex.cues["opinion_nouns"]
            if (
                cur.dep_ == "ccomp"
                and head.dep_ == "acomp"
                and head.lower_ in self.lex.cues["opinion_adjectives"]
            ):  # "Beijing is concerned that Washington will ...": Beijing's view
                return Source(head.i, speech_subject(head.head), "claim")
            if (claim or view) and cur.dep_ in {"acl", "ccomp"}:
                # "U.S. allegations that it was supplying weapons": the U.S.'s claim; "China
                # expressed concern that the US was arming Taiwan": China's view
                owners = claim_owners(head)
                holder = owners[0].i if owners else None
                if holder is None and view and head.dep_ == "dobj":
                    holder = speech_subject(head.head)
                return Source(head.i, holder, "claim")
            if (
                cur.dep_ == "prep"
                and cur.lower_ in {"of", "for"}
                and head.dep_ == "dobj"
                and head.head.lemma_.lower() in _ACCUSATION_VERBS
            ):  # "accused China's coast guard of firing ...", the "of" hung on the accused
                head = head.head
                lemma = head.lemma_.lower()
            via_prep = cur.dep_ == "prep" and lemma in _ACCUSATION_VERBS
            if via_prep and head.i != tok.i and (self.is_speech(head) or cur.lower_ == "for"):
                # "accused X of V-ing", "condemned X for V-ing": the act is the accuser's claim
                return Source(head.i, speech_subject(head), "accusation")
            if cur.i < head.i and claim_subject(head, self.lex) is not None:
                return None  # "X accused Y, a charge Y denies", misparsed: no speech of Y
            if self.is_speech(head) and head.i != tok.i and cur.dep_ in {"ccomp", "parataxis"}:
                # "X reported that, according to Y, ...": the innermost source owns the claim
                return self._according(tok, head) or Source(head.i, speech_subject(head), "speech")
            cur = head
            steps += 1
        root = cur
        for child in root.children:
            if (
                (
                    (child.dep_ in {"parataxis", "ccomp", "advcl"} and not tok.is_ancestor(child))
                    or self._trailing_report(root, child)
                    or (  # "X rammed Y, Manila said, calling it ...": a report parsed as
                        child.dep_ == "parataxis"  # hung on the act, with its own teller
                        and any(c.dep_ == "nsubj" for c in child.children)
                    )
                )
                and child.i > tok.i
                and self.is_speech(child)
            ):
                subj = speech_subject(child)
                if subj is not None:
                    return Source(child.i, subj, "speech")
        return self._according(tok)

    def _trailing_report(self, root: Token, child: Token) -> bool:
        """A reporting clause parsed as a conjunct: "X has shipped shells to Russia, South
        Korea's defence minister said on Tuesday" (a comma before its subject, no "and", and
        nothing said of its own); or, with a subject, as the act's complement at the end of
        the sentence: "Venezuela invaded Guyana, a Guyanese official falsely claimed"."""
        return (
            (
                child.dep_ == "conj"
                or (
                    child.dep_ == "ccomp"
                    and any(c.dep_ == "nsubj" for c in child.children)
                    and all(t.is_punct for t in self.doc[child.right_edge.i + 1 : child.sent.end])
                )
            )
            and child.left_edge.i > 0
            and self.doc[child.left_edge.i - 1].text == ","
            and not any(c.dep_ == "cc" and root.i < c.i < child.i for c in root.children)
            and not any(c.dep_ in {"ccomp", "dobj", "xcomp"} for c in child.children)
        )

    def _according(self, tok: Token, outer: Token | None = None) -> Source | None:
        """An "according to X" source of ``tok``'s sentence; with ``outer`` (a speech verb),
        only one inside its reported clause."""
        if not self._has_according:
            return None
        for t in tok.sent:
            if (
                t.lower_ == "according"
                and t.i + 1 < len(self.doc)
                and self.doc[t.i + 1].lower_ == "to"
                and (outer is None or (outer.is_ancestor(t) and t.head.i != outer.i))
            ):
                for pobj in self.doc[t.i + 1].children:
                    if pobj.dep_ == "pobj":
                        return Source(t.i, pobj.i, "according")
        return None

    def quoted(self, tok: Token) -> Source | None:
        """The speaker of the quotation ``tok`` lies in, if it does."""
        span = self.in_quote(tok.idx)
        if span is None:
            return None
        cur = tok
        while cur.head.i != cur.i:
            cur = cur.head
            if self.in_quote(cur.idx) != span and cur.pos_ in {"VERB", "AUX"}:
                subj = speech_subject(cur)
                if subj is not None and self.in_quote(self.doc[subj].idx) != span:
                    outer = self.reported(cur)  # a scare quote inside reported speech
                    if outer is not None:
                        return Source(outer.cue, outer.speaker, "quote")
                    return Source(cur.i, subj, "quote")
        speaker = self._paragraph_speaker(span)
        if speaker is not None:
            return Source(speaker[0], speaker[1], "quote")
        return None

    def _paragraph_speaker(self, span: tuple[int, int]) -> tuple[int, int | None] | None:
        para = self.paragraph(span[0])
        best: tuple[int, int, int | None] | None = None
        for i, p, subj in self.speech_outside_quotes():
            if p != para:
                continue
            tok = self.doc[i]
            distance = abs(tok.idx - span[1]) if tok.idx >= span[1] else abs(span[0] - tok.idx)
            if best is None or distance < best[0]:
                best = (distance, tok.i, subj)
        if best is not None:
            return best[1], best[2]
        return self._last_speaker_before(para)

    def _last_speaker_before(self, para: int) -> tuple[int, int | None] | None:
        # the last speech verb outside quotes in the nearer of the two previous paragraphs
        for p in range(para - 1, max(-1, para - 3), -1):
            found = [(i, subj) for i, q, subj in self.speech_outside_quotes() if q == p]
            if found:
                return found[-1][0], found[-1][1]
        return None

    def introduced(self, tok: Token) -> Source | None:
        """Text after an introducing colon ("Minister X said: ..."), in the same paragraph
        or in a later one."""
        para = self.paragraph(tok.idx)
        found: Source | None = None
        for i, p, subj in self.speech_outside_quotes():
            if p > para or (p == para and tok.i <= i + 1):
                continue
            if i + 1 >= len(self.doc) or self.doc[i + 1].text != ":":
                continue
            found = Source(i, subj, "quote")
        return found

    def source(self, tok: Token) -> Source | None:
        """The quote or reported-speech source of ``tok`` (quotes first)."""
        if tok.i not in self._sources:
            self._sources[tok.i] = self.quoted(tok) or self.reported(tok) or self.introduced(tok)
        return self._sources[tok.i]


def find_source(doc: Doc, tok: Token, lexicon: Lexicon) -> Source | None:
    """Convenience wrapper: the source of one token (builds a :class:`SourceFinder`).

    Example:
        >>> from spacy.lang.en import English
        >>> from graphkit.extract.lexicon import load_lexicon
        >>> from spacy.tokens import Doc
        >>> doc = Doc(English().vocab, words=["Paris", "said", "Rome", "lied", "."],
        ...           heads=[1, 1, 3, 1, 1], deps=["nsubj", "ROOT", "nsubj", "ccomp", "punct"],
        ...           pos=["PROPN", "VERB", "PROPN", "VERB", "PUNCT"],
        ...           lemmas=["Paris", "say", "Rome", "lie", "."])
        >>> find_source(doc, doc[3], load_lexicon())
        Source(cue=1, speaker=0, kind='speech')
    """
    return SourceFinder(doc, lexicon).source(tok)
