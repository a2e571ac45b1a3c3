"""Actor mention records and the per-document builder the mention rules share.

:class:`Mention` is the record :func:`graphkit.extract.actors.find_mentions` returns;
:func:`text_actor` makes an actor known only from the text; :class:`MentionBuilder` holds
the mentions found so far in one document and which token each one owns, for the rules in
:mod:`graphkit.extract.actors` and :mod:`graphkit.extract.reference`.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from spacy.tokens import Doc, Token

from graphkit.errors import KnowledgeBaseError
from graphkit.extract.lexicon import Lexicon
from graphkit.kb import load_kb
from graphkit.types import ACTOR_NS, Actor

__all__ = [
    "BLOC_TYPES",
    "CONTROL_VERBS",
    "PERSON",
    "KBMatch",
    "Mention",
    "MentionBuilder",
    "dateline_end",
    "datelines",
    "is_title",
    "kb_affiliation",
    "obliged",
    "organ_state",
    "short_forms",
    "slugify",
    "strict_leader",
    "strict_leaders",
    "text_actor",
    "with_to",
]

#: "X-led war", "X-held town": X is the one acting (not in "X-backed militias").
CONTROL_VERBS = frozenset(
    {"lead", "hold", "control", "run", "command", "occupy", "dominate", "operate"}
)

#: A KB alias match: token start, token end, actor, alias kind (label/alt/demonym/capital/seat).
KBMatch = tuple[int, int, Actor, str]

#: The actor type of a person.
PERSON = "Person"
#: The actor type of a news medium: it reports, it takes no side.
MEDIA = "MediaOutlet"
#: Actor types whose members are states ("a member of NATO" is one of them, unnamed;
#: leaving one cuts ties with it).
BLOC_TYPES = frozenset({"InternationalOrganization", "InformalBloc"})


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor mention: token span ``[start, end)``, the actor it stands for, and how.

    ``kind`` is one of ``kb``, ``capital``, ``demonym``, ``org``, ``person``, ``organ``,
    ``group``, ``surname``, ``role``, ``pronoun``, ``instrument``. ``speaker`` is the person
    when the mention is an official speaking for ``actor``. ``locative`` marks a state named as a
    place (``in Iraq``): kept, but only used as an argument where nothing better exists.
    ``territory`` marks a city or region name outside the KB (``data/territories.tsv``)
    standing for its state: a guess, so a statement resting on it is not asserted.
    ``anchor`` is, for a reference (``pronoun``, ``role``, ``instrument``), the token where its
    antecedent starts, or -1 when it was resolved by no antecedent (the salient-state fallback);
    ``ambiguous`` marks a pronoun with another compatible actor in the antecedent's sentence
    or after it. ``joint`` is, for a group reference (``the two countries``, ``both sides``,
    ``the three governments``), the group's other states in the order named; ``actor`` is
    the first.
    """

    start: int
    end: int
    actor: Actor
    kind: str
    speaker: Actor | None = None
    locative: bool = False
    territory: bool = False
    anchor: int = -1
    ambiguous: bool = False
    joint: tuple[Actor, ...] = ()  # "the two countries": the group's others


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per document: spaCy joins every token anew on each access,
    and the rules read the text in several places.

    Example:
        >>> from spacy.lang.en import English
        >>> doc = English()("Russia attacked Ukraine.")
        >>> doc_text(doc) == doc.text, doc_text(doc) is doc_text(doc)
        (True, True)
    """
    text = doc.user_data.get("graphkit_text")
    if text is None:
        text = doc.user_data["graphkit_text"] = doc.text
    return str(text)


def token_indices(doc: Doc, attr: int, ids: Collection[int]) -> list[int]:
    """Indices of the tokens whose attribute ``attr`` (``spacy.attrs.LEMMA``, ``LOWER``)
    has one of the string ids ``ids``, read from one array of the document (the rules look
    words up in every document: no Token is built for the others).

    A set test on the array's integers beats ``numpy.isin`` on documents of news length
    (``numpy.isin`` sorts its inputs on every call).

    Example:
        >>> from spacy.attrs import LOWER
        >>> from spacy.lang.en import English
        >>> from spacy.strings import get_string_id
        >>> doc = English()("Both sides met; the two agreed.")
        >>> token_indices(doc, LOWER, [get_string_id("two"), get_string_id("both")])
        [0, 5]
    """
    wanted = ids if isinstance(ids, (set, frozenset)) else frozenset(ids)
    return [i for i, value in enumerate(doc.to_array(attr).tolist()) if value in wanted]


def lemma_forms(tok: Token) -> tuple[str, ...]:
    """The lowercased lemma of ``tok`` and, for a proper noun ending in "s", the lemma
    without it: the model keeps a capitalised plural as its own lemma ("the Abraham
    Accords", "the Minsk Agreements"), so an accord or agreement would go unseen.

    Example:
        >>> from spacy.lang.en import English
        >>> doc = English()("Accords")
        >>> doc[0].pos_, doc[0].lemma_ = "PROPN", "Accords"
        >>> lemma_forms(doc[0])
        ('accords', 'accord')
    """
    lemma = tok.lemma_.lower()
    if tok.pos_ == "PROPN" and lemma.endswith("s"):
        return lemma, lemma[:-1]
    return (lemma,)


_DASHES = frozenset({"—", "–", "-", "--", "―"})


@cache
def _actor_names() -> frozenset[str]:
    """Lowercased KB labels and alternative names: "NATO —" opens a sentence, no dateline."""
    try:
        return frozenset(
            a.lower() for a, _, kind in load_kb().aliases() if kind in {"label", "alt"}
        )
    except KnowledgeBaseError:
        return frozenset()


@cache
def _state_names() -> frozenset[str]:
    """KB names of states, their capitals and seats of power, as written ("Israel", "Paris")."""
    try:
        return frozenset(
            a
            for a, actor, kind in load_kb().aliases()
            if actor.type == "State" and kind in {"label", "alt", "capital", "seat"}
        )
    except KnowledgeBaseError:
        return frozenset()


def short_forms(name: Sequence[Token]) -> list[Token]:
    """The words of a person's full name that name the person again on their own.

    Any word can ("Xi Jinping" ... "Xi", "Keir Starmer" ... "Starmer"), except a first word
    that is also a state's or a capital's name: after "Israel Katz" or "Jordan Bardella",
    "Israel" and "Jordan" alone are the states (a person is named again by the surname).

    Example:
        >>> from spacy.lang.en import English
        >>> nlp = English()
        >>> [t.text for t in short_forms(nlp("Israel Katz"))]
        ['Katz']
        >>> [t.text for t in short_forms(nlp("Xi Jinping"))]
        ['Xi', 'Jinping']
    """
    return [t for k, t in enumerate(name) if k == len(name) - 1 or t.text not in _state_names()]


def datelines(doc: Doc) -> list[tuple[int, int]]:
    """The ``(start, end)`` token spans of the datelines that open the paragraphs of ``doc``
    (see :func:`dateline_end`).

    Example:
        >>> from spacy.lang.en import English
        >>> datelines(English()("Headline\\n\\nKYIV (AP) — Russia attacked."))
        [(2, 7)]
    """
    spans = []
    paragraph = True  # the token opens a paragraph (tokens read once, in order)
    for tok in doc:
        if paragraph and not tok.is_space and (end := dateline_end(doc, tok.i)) is not None:
            spans.append((tok.i, end))
        paragraph = "\n" in tok.text or "\n" in tok.whitespace_
    return spans


def _capitals_word(tok: Token) -> bool:
    return len(tok.text) > 1 and tok.text.isupper()


def dateline_end(doc: Doc, start: int) -> int | None:
    """The token after a news dateline that opens a paragraph at ``start``, or None.

    A dateline ("KYIV, Ukraine (AP) —", "MANILA, Nov 12 (Reuters) -", "BEIJING —") says
    where a story was filed: it is no part of the first sentence (the parser would take the
    city for a second subject) and no mention of an actor. It is a city in capitals (or two,
    "MOSCOW/KYIV"), then capitalised words, numbers, commas or an agency in brackets, then a
    dash; a bare name in capitals before a dash must not be an actor's own name ("NATO — the
    alliance — said").

    Example:
        >>> from spacy.lang.en import English
        >>> nlp = English()
        >>> dateline_end(nlp("KYIV, Ukraine (AP) — Russia attacked."), 0)
        7
        >>> dateline_end(nlp("BEIJING — China protested."), 0)
        2
        >>> dateline_end(nlp("BANGKOK/PHNOM PENH, July 24 - Thai jets struck."), 0)
        8
        >>> dateline_end(nlp("NATO — the alliance — agreed."), 0)
        >>> dateline_end(nlp("CJTF-OIR has five sites."), 0)
        >>> dateline_end(nlp("WASHINGTON, the capital — wait."), 0)
    """
    n = len(doc)
    i = start
    words = 0  # a city's name is at most four words; two cities are joined by a slash
    while i < n and words < 4:
        if i > start and doc[i].text == "/" and i + 1 < n and _capitals_word(doc[i + 1]):
            i, words = i + 1, 0  # "BANGKOK/PHNOM PENH": filed from two cities
            continue
        if not _capitals_word(doc[i]):
            break
        if not doc[i].text.replace("-", "").replace(".", "").isalpha():
            return None
        i, words = i + 1, words + 1
    caps = doc[start:i].text
    if i == start:
        return None
    marked = False  # a comma or an agency in brackets: no sentence starts that way
    while i < n and i - start < 16 and doc[i].text not in _DASHES:
        tok = doc[i]
        if tok.text == "(":
            close = next((j for j in range(i + 1, min(n, i + 5)) if doc[j].text == ")"), None)
            if close is None:
                return None
            marked, i = True, close + 1
        elif tok.text == "," or tok.text == "." or tok.is_title or tok.is_upper or tok.like_num:
            marked = marked or tok.text == ","
            i += 1
        else:
            return None
    if i + 1 >= n or doc[i].text not in _DASHES:
        return None
    if doc[i].text == "-" and not doc[i - 1].whitespace_:
        return None  # "CJTF-OIR has": a hyphen inside a name
    if not marked and caps.lower() in _actor_names():
        return None
    return i + 1


def slugify(text: str) -> str:
    """An ASCII slug for an actor found only in text.

    Example:
        >>> slugify("Zhao Lijian")
        'zhao-lijian'
        >>> slugify("Côte d'Ivoire rebels")
        'cote-d-ivoire-rebels'
    """
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", ascii_text.lower()).strip("-") or "unnamed"


def text_actor(label: str, type_: str, *, affiliation: str | None = None) -> Actor:
    """An actor known only from the text, with IRI ``ACTOR_NS + "ent/" + slug``.

    Example:
        >>> text_actor("Zhao Lijian", "Person").id
        'https://w3id.org/graphkit/actor/ent/zhao-lijian'
    """
    label = " ".join(label.split())
    return Actor(
        id=f"{ACTOR_NS}ent/{slugify(label)}", label=label, type=type_, affiliation=affiliation
    )


def with_to(verb: Token) -> bool:
    """ "to use", "to accept": a verb with an infinitive "to".

    Example:
        >>> from spacy.lang.en import English
        >>> from spacy.tokens import Doc
        >>> doc = Doc(English().vocab, words=["to", "use"], heads=[1, 1], deps=["aux", "ROOT"])
        >>> with_to(doc[1]), with_to(doc[0])
        (True, False)
    """
    return any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children)


def obliged(verb: Token, cues: Mapping[str, Any]) -> bool:
    """ "must stop", "should leave": a verb with an auxiliary of obligation
    (``obligation_modals``).

    Example:
        >>> from spacy.lang.en import English
        >>> from spacy.tokens import Doc
        >>> doc = Doc(English().vocab, words=["Russia", "must", "leave"], heads=[2, 2, 2],
        ...           deps=["nsubj", "aux", "ROOT"])
        >>> obliged(doc[2], {"obligation_modals": ["must", "should"]})
        True
    """
    return any(c.dep_ == "aux" and c.lower_ in cues["obligation_modals"] for c in verb.children)


def is_title(tok: Token, lex: Lexicon) -> bool:
    """True for a title word (``minister``, ``spokesperson``), by its form or its lemma.

    Example:
        >>> from spacy.lang.en import English
        >>> from graphkit.extract.lexicon import load_lexicon
        >>> doc = English()("Ministers met")
        >>> doc[0].lemma_ = "minister"
        >>> is_title(doc[0], load_lexicon()), is_title(doc[1], load_lexicon())
        (True, False)
        >>> doc = English()("a charge Sheinbaum rejected, said the charge d'affaires")
        >>> is_title(doc[1], load_lexicon()), is_title(doc[7], load_lexicon())
        (False, True)
    """
    if tok.lower_ in _CHARGE:  # a title only as "chargé d'affaires" ("a charge X denied")
        return tok.i + 1 < len(tok.doc) and tok.nbor(1).lower_.startswith(("d'", "d’"))
    return tok.lower_ in lex.titles or tok.lemma_.lower() in lex.titles


_CHARGE = frozenset({"charge", "chargé"})


def organ_state(name: str, lex: Lexicon) -> Actor | None:
    """The state an organ name stands for on its own (``cues.json`` ``organ_states``).

    Some organ names are used alone, in English-language news, for one state only: the bare
    "Foreign Office" is the UK's (Germany's is named with its state, "the German/Federal
    Foreign Office"). ``name`` may hold title words around the organ ("Foreign Office
    Minister").

    Example:
        >>> from graphkit.extract.lexicon import load_lexicon
        >>> organ_state("Foreign Office Minister", load_lexicon()).iso3
        'GBR'
        >>> organ_state("Foreign Ministry", load_lexicon()) is None
        True
        >>> organ_state("Deputy Secretary of State", load_lexicon()).iso3
        'USA'
        >>> organ_state("Secretary of State for Defence", load_lexicon()) is None
        True
    """
    words = f" {' '.join(name.lower().split())} "
    for organ, iso3 in lex.cues["organ_states"].items():
        if f" {organ} " in words and f" {organ} for " not in words:
            return _kb_actor(iso3)  # ("Secretary of State for Defence": a British portfolio)
    return None


def kb_affiliation(person: Actor) -> Actor | None:
    """The actor a KB person speaks for (``gk:affiliatedWith``), if the KB gives one.

    Example:
        >>> kb_affiliation(load_kb().lookup("Lavrov")).label
        'Russia'
        >>> kb_affiliation(text_actor("Jane Doe", PERSON)) is None
        True
    """
    if person.type != PERSON or person.affiliation is None:
        return None
    return _kb_actor(person.affiliation)


def allied(a: Actor, b: Actor, alliances: Collection[str]) -> bool:
    """True when two KB actors are members of one of ``alliances`` (KB keys), or one is
    such an alliance and the other its member.

    Example:
        >>> kb = load_kb()
        >>> usa, pol, chn, nato = (kb.get(k) for k in ("USA", "POL", "CHN", "NATO"))
        >>> allied(usa, pol, ["NATO"]), allied(usa, chn, ["NATO"]), allied(nato, pol, ["NATO"])
        (True, False, True)
    """
    kb = load_kb()
    ids = {ACTOR_NS + key for key in alliances}
    try:
        of_a = {o.id for o in kb.memberships(a.id)} | ({a.id} & ids)
        of_b = {o.id for o in kb.memberships(b.id)} | ({b.id} & ids)
    except KnowledgeBaseError:  # an actor found only in the text
        return False
    return bool(of_a & of_b & ids)


def _kb_actor(key: str) -> Actor | None:
    """The KB actor with this IRI or key, or None (a KB that lacks it)."""
    try:
        return load_kb().get(key)
    except KnowledgeBaseError:
        return None


def strict_leaders(counts: Counter[Any], n: int = 1) -> list[Any]:
    """The ``n`` most counted keys if each is counted at least twice and the last is strictly
    ahead of the next; else none.

    Example:
        >>> strict_leaders(Counter({"a": 3, "b": 2, "c": 1}), 2), strict_leaders(Counter({"a": 2, "b": 2}))
        (['a', 'b'], [])
    """
    ranked = counts.most_common(n + 1)
    if (
        len(ranked) < n
        or ranked[n - 1][1] < 2
        or (len(ranked) > n and ranked[n][1] >= ranked[n - 1][1])
    ):
        return []
    return [key for key, _ in ranked[:n]]


def strict_leader(counts: Counter[Actor]) -> Actor | None:
    """The most counted actor if counted at least twice and strictly ahead of the next.

    Example:
        >>> a, b = text_actor("A", "State"), text_actor("B", "State")
        >>> strict_leader(Counter({a: 2, b: 1})).label, strict_leader(Counter({a: 2, b: 2}))
        ('A', None)
    """
    return next(iter(strict_leaders(counts)), None)


class MentionBuilder:
    """Collects mentions for one document (internal to :mod:`graphkit.extract`)."""

    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.owner: list[int | None] = [None] * len(doc)
        self.mentions: list[Mention] = []
        self.salient: Actor | None = None
        self.home: Actor | None = None  # the state the story is filed from, if one
        self.dropped: set[int] = set()
        self.territories: set[int] = set()

    def free(self, start: int, end: int) -> bool:
        return all(self.owner[i] is None for i in range(start, end))

    def add(self, mention: Mention) -> None:
        index = len(self.mentions)
        self.mentions.append(mention)
        for i in range(mention.start, mention.end):
            self.owner[i] = index

    def at(self, i: int) -> Mention | None:
        index = self.owner[i]
        return None if index is None else self.mentions[index]

    def replace_at(self, index: int, mention: Mention) -> None:
        old = self.mentions[index]
        for i in range(old.start, old.end):
            self.owner[i] = None
        self.mentions[index] = mention
        for i in range(mention.start, mention.end):
            self.owner[i] = index
