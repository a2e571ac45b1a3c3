"""Actor mentions in a parsed document: KB matches, named entities, NPs and references.

This is a pure function of a parsed :class:`spacy.tokens.Doc`, the KB alias matches found
in it (``(start, end, actor, kind)`` token spans, as the ``graphkit_actors`` component finds
them with a PhraseMatcher over the KB aliases) and the lexicon. The rules, in order:

1. **Base mentions.** KB alias matches and the model's PERSON / ORG entities, longest
   first. A KB match wins over an entity of the same extent (``Kyiv`` tagged PERSON is
   the city), a longer PERSON wins over a KB match inside it (``Jordan Peterson``); an ORG
   ending in an organ word (``US Congress``, ``U.N. Security Council``) stands for the KB
   actor inside it, any other ORG is an actor of its own (``ent/<slug>``).
   An entity naming a vessel (``USS Mahan``), a facility (``Tiyas Military Airfield``)
   or a piece of equipment (``VBIED``) is no actor (``cues.json``).
2. **Places are not actors.** A capital or seat of power (KB alias kind ``capital`` /
   ``seat``) is the state by metonymy (``Beijing`` -> China) except where it names a place:
   the object of a locative preposition (``met in Brussels``), the destination of a
   motion verb (``travel to Paris``), a name after ``near`` or the possessor or
   apposition of a place noun (``Kyiv's suburbs``, ``the capital Kabul``).
3. **Noun phrases.** An organ noun with an actor modifier (``China's mission``, ``Israeli
   troops``, ``the government of Iraq``) stands for that actor; a non-state group noun with
   one (``Afghan rebels``, ``rebels in the Ivory Coast``) is an actor of its own.
4. **Persons** speak for the body named in their title or apposition (``NATO
   Secretary-General Jens Stoltenberg`` -> NATO, ``Ukrainian Foreign Minister Dmytro
   Kuleba`` -> Ukraine); a government title with no body named (``Foreign Ministry
   spokesperson Zhao Lijian``) falls back to the document's salient state (strictly the most
   mentioned state, at least twice). A name right before the person with no title
   between (``the Coalition to Counter ISIL Brett McGurk``) is part of another name, not
   the body. Otherwise a person is an actor of their own.
5. **References**, left to right: a surname or first name already seen in a full name
   (``Stoltenberg``, ``Zhao``) is that person - this beats a KB match, so ``Jordan said``
   after ``Michael Jordan`` is the person, and a lone ``Jordan`` the country; ``the``
   + role noun (``the alliance``, ``the mission``, ``the NATO chief``) is the most recent
   compatible actor; he/she/his/her is the most recent person, it/its the most recent
   non-person actor, they/their the most recent group or organization (a pronoun with
   another compatible actor since its antecedent's sentence is marked ``ambiguous``); a
   bare instrument (``one strike destroyed ...``) is the last acting subject that is no
   place; ``the Minister`` is first the last person with that title; an unresolved ``the
   Prime Minister`` is the document's salient state. A reference records its antecedent
   (``anchor``) so that :mod:`graphkit.extract.assertion` can tell a guess.
6. **Groups.** Group nouns (``rebels``, ``protesters``, ``refugees``) with a specific
   modifier (``Afghan rebels``, ``Muslim hackers``, ``students at X University``) or bare
   are actors of their own (``ent/<slug>``), never the state; a regional body (``the
   Kurdistan regional government``) is its own organization. Regions and cities outside the
   KB come from ``data/territories.tsv`` and act like capitals (the state, or a place).

Example:
    >>> from spacy.lang.en import English
    >>> from graphkit.types import Actor
    >>> from spacy.tokens import Doc
    >>> nlp = English()
    >>> doc = Doc(nlp.vocab, words=["Beijing", "criticized", "Washington", "."])
    >>> chn = Actor("https://w3id.org/graphkit/actor/CHN", "China", "State", iso3="CHN")
    >>> [m.actor.label for m in find_mentions(doc, [(0, 1, chn, "capital")])]
    ['China']
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, replace

from spacy.tokens import Doc, Span, Token

from graphkit.extract.lexicon import Lexicon, load_lexicon
from graphkit.types import ACTOR_NS, Actor

__all__ = ["KBMatch", "Mention", "find_mentions", "slugify", "text_actor"]

#: A KB alias match: token start, token end, actor, alias kind (label/alt/demonym/capital/seat).
KBMatch = tuple[int, int, Actor, str]

_PERSON = "Person"
_MODIFIER_PREPS = frozenset({"of", "in", "from", "at", "throughout", "across"})
_STATE_ORGANS = {"ministry", "department", "embassy", "mission", "office", "government"}
_ORG_LABELS = {"ORG"}
_PARTY_WORDS = {"party", "front", "movement", "league"}
_MEDIA_WORDS = {"agency", "newspaper", "radio", "television", "tv", "times", "post", "news"}
_ARMED_WORDS = {"army", "brigade", "brigades", "militia", "front", "tigers", "taliban", "qaeda"}


@dataclass(frozen=True, slots=True)
class Mention:
    """An actor mention: token span ``[start, end)``, the actor it stands for, and how.

    ``kind`` is one of ``kb``, ``capital``, ``demonym``, ``org``, ``person``, ``organ``,
    ``group``, ``surname``, ``role``, ``pronoun``, ``instrument``. ``speaker`` is the person when the
    mention is an official speaking for ``actor``. ``locative`` marks a state named as a
    place (``in Iraq``): kept, but only used as an argument where nothing better exists.
    ``territory`` marks a city or region name outside the KB (``data/territories.tsv``)
    standing for its state: a guess, so a statement resting on it is not asserted.
    ``anchor`` is, for a reference (``pronoun``, ``role``, ``instrument``), the token where its
    antecedent
    starts, or -1 when it was resolved by no antecedent (the salient-state fallback);
    ``ambiguous`` marks a pronoun with another compatible actor in the antecedent's sentence
    or after it.
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


def _clean_name(span: Span) -> tuple[int, int]:
    """Trim determiners, possessive markers and punctuation from an entity span."""
    start, end = span.start, span.end
    doc = span.doc
    while start < end and (
        doc[start].lower_ in {"the", "a", "an"}
        or doc[start].is_punct
        or doc[start].pos_ == "ADP"
        or doc[start].lower_ == "near"
    ):
        start += 1
    while end > start and (
        doc[end - 1].tag_ == "POS" or doc[end - 1].is_punct or doc[end - 1].lower_ in {"'s", "’s"}
    ):
        end -= 1
    return start, end


def _names_a_thing(words: Sequence[str], lex: Lexicon, *, person: bool = False) -> bool:
    """True for an entity naming a vessel, a facility or a piece of equipment.

    A name tagged as a person is only checked for a vessel prefix (``Sally Field`` stays).

    Example:
        >>> lex = load_lexicon()
        >>> [_names_a_thing(w, lex) for w in (["USS", "Mahan"], ["Tiyas", "Airfield"],
        ...  ["VBIED"], ["Royal", "Navy"])]
        [True, True, True, False]
        >>> _names_a_thing(["Sally", "Field"], lex, person=True)
        False
    """
    low = [w.lower() for w in words]
    if len(low) >= 2 and low[0] in lex.cues["vessel_prefixes"]:
        return True
    if person:
        return False
    if len(low) >= 2 and low[-1] in lex.cues["facility_nouns"]:
        return True
    return all(w in lex.cues["equipment_names"] for w in low)


def _org_type(words: Sequence[str]) -> str:
    low = {w.lower() for w in words}
    if low & _MEDIA_WORDS:
        return "MediaOutlet"
    if low & {"party"}:
        return "PoliticalParty"
    if low & _ARMED_WORDS:
        return "NonStateArmedGroup"
    return "Organization"


class _Builder:
    """Collects mentions for one document (internal)."""

    def __init__(self, doc: Doc, lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.owner: list[int | None] = [None] * len(doc)
        self.mentions: list[Mention] = []
        self.salient: Actor | None = None
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


def _is_place_use(tok: Token, lex: Lexicon) -> bool:
    """True when a proper name is used as a place, not as an actor."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in lex.locative_preps and head.lower_ != "from":
        return True
    if any(t.lower_ == "near" for t in tok.doc[max(0, tok.left_edge.i - 1) : tok.i]):
        return True  # "Near Ar Raqqah, 12 strikes ...": misparsed, still a place
    if (
        tok.dep_ == "pobj"
        and head.lower_ == "to"
        and head.head.lemma_.lower() in lex.cues["motion_verbs"]
    ):
        return True  # "will travel to Paris for a meeting"
    if (
        tok.dep_ in {"poss", "compound", "appos", "npadvmod"}
        and head.lemma_.lower() in lex.place_nouns
    ):
        return True
    return tok.dep_ == "appos" and head.lemma_.lower() in {"capital", "city", "town"}


def _base_mentions(b: _Builder, kb_matches: Iterable[KBMatch], surnames: dict[str, int]) -> None:
    doc, lex = b.doc, b.lex
    territories = b.territories
    candidates: list[tuple[int, int, int, Mention]] = []
    for start, end, actor, kind in kb_matches:
        mention_kind = kind if kind in {"capital", "demonym"} else "kb"
        if kind in {"seat", "territory"}:
            mention_kind = "capital"  # metonymy: the state, unless the name is used as a place
        if kind == "territory":
            territories.add(start)
        mention = Mention(start, end, actor, mention_kind, territory=kind == "territory")
        candidates.append((end - start, 1, start, mention))
    kb_extent = {(s, e) for s, e, _, _ in kb_matches}
    for ent in doc.ents:
        if ent.label_ not in {"PERSON"} | _ORG_LABELS:
            continue
        start, end = _clean_name(ent)
        if start >= end or (start, end) in kb_extent:
            continue
        if start > 0 and doc[start - 1].lower_ == "near":
            continue  # "Near Bayji" tagged as a person or organization: a place
        if end - start == 1 and surnames.get(doc[start].text, len(doc)) <= start:
            continue  # a short form of a full name seen before: resolved as a reference
        words = [t.text for t in doc[start:end]]
        if _names_a_thing(words, lex, person=ent.label_ == "PERSON"):
            continue  # "USS Mahan", "Tiyas Military Airfield", "VBIED": no actor
        demonym_first = any(m[0] == start and m[3] == "demonym" for m in kb_matches)
        if ent.label_ == "PERSON" and demonym_first:  # "Bosnian Serbs" tagged PERSON
            actor = text_actor(" ".join(words), "Organization")
            candidates.append((end - start, 0, start, Mention(start, end, actor, "group")))
        elif ent.label_ == "PERSON":
            actor = text_actor(" ".join(words), _PERSON)
            candidates.append((end - start, 0, start, Mention(start, end, actor, "person")))
        else:
            inner = [m for m in kb_matches if start <= m[0] and m[1] <= end]
            last = doc[end - 1].lemma_.lower()
            head_of = (  # "Government of Iraq", "Ministry of Defence of Iraq"
                end - start >= 3
                and doc[start].lemma_.lower() in {"government", "ministry", "parliament", "army"}
                and doc[start + 1].lower_ == "of"
            )
            if inner and (
                last in lex.organ_nouns
                or doc[end - 1].lower_ in lex.organ_nouns
                or doc[end - 1].lower_ in lex.titles
                or head_of
            ):
                actor = inner[-1][2] if head_of else inner[0][2]
                candidates.append((end - start, 2, start, Mention(start, end, actor, "organ")))
            elif all(w.lower() in lex.titles or w.lower() in lex.organ_nouns for w in words):
                # "Foreign Ministry": an organ of the state the document is about, if clear
                if b.salient is not None and {w.lower() for w in words} & _STATE_ORGANS:
                    candidates.append(
                        (end - start, 0, start, Mention(start, end, b.salient, "organ"))
                    )
            else:
                actor = text_actor(
                    " ".join(words), _org_type(words), affiliation=inner[0][2].id if inner else None
                )
                candidates.append((end - start, 0, start, Mention(start, end, actor, "org")))
    candidates.sort(key=lambda c: (-c[0], -c[1], c[2]))
    for _, _, _, m in candidates:
        if not b.free(m.start, m.end):
            continue
        if (
            m.kind in {"kb", "capital"}
            and m.end - m.start == 1
            and surnames.get(doc[m.start].text, len(doc)) <= m.start
        ):
            continue  # a name already seen in a full person name is that person
        tok = doc[m.end - 1]
        locative = (
            m.kind in {"kb", "capital"}
            and m.actor.type == "State"
            and tok.dep_ == "pobj"
            and tok.head.lower_ in lex.locative_preps - {"from", "on"}
        )
        if m.kind == "capital" and _is_place_use(tok, lex):
            if not locative:
                continue  # "Kyiv's suburbs", "the capital Kabul": a place, not an actor
            m = replace(m, kind="place")
        b.add(replace(m, locative=locative) if locative else m)


def _modifier_actor(
    b: _Builder, tok: Token, *, preps: frozenset[str], persons: bool = False
) -> Mention | None:
    """An actor mention among the left modifiers (or "of/in X" prepositions) of ``tok``."""
    for child in tok.children:
        if child.dep_ in {"poss", "amod", "compound", "nmod"} and child.i < tok.i:
            m = b.at(child.i)
            if m is None and child.dep_ == "amod":  # "Vietnamese-led forces"
                m = next((b.at(g.i) for g in child.children if g.i < child.i and b.at(g.i)), None)
            if m is not None and (m.kind != "person" or persons):
                return m
            if child.lower_ in {"its", "their"}:
                return None  # resolved later as a pronoun
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    m = b.at(pobj.i)
                    if m is not None and (m.kind != "person" or persons):
                        return m
    return None


def _np_mentions(b: _Builder) -> None:
    doc, lex = b.doc, b.lex
    for tok in doc:
        if tok.pos_ not in {"NOUN", "PROPN"} or b.at(tok.i) is not None:
            continue
        low = tok.lower_
        lemma = tok.lemma_.lower()
        is_organ = low in lex.organ_nouns or lemma in lex.organ_nouns or lemma in lex.role_nouns
        group_type = lex.group_nouns.get(low) or lex.group_nouns.get(lemma + "s")
        if not group_type and tok.ent_type_ == "NORP" and tok.tag_ in {"NNS", "NNPS"}:
            group_type = "Organization"  # "Iraqi Kurds": a people group of its own
        if not (is_organ or group_type):
            continue
        mod = _modifier_actor(b, tok, preps=_MODIFIER_PREPS, persons=True)
        if mod is None and lemma in {"regime", "government", "administration", "junta"}:
            names = [
                c
                for c in tok.children
                if c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN" and b.at(c.i) is None
            ]
            if names:  # "the Asad regime": an actor of its own
                start = min(c.left_edge.i for c in names)
                if b.free(start, tok.i + 1):
                    label = doc[start : tok.i + 1].text.replace("’s", "").replace("'s", "")
                    b.add(Mention(start, tok.i + 1, text_actor(label, "Organization"), "org"))
                continue
        if (
            mod is None
            and (low in lex.cues["generic_groups"])
            and not any(
                c.dep_ in {"amod", "compound", "poss"}
                or (c.dep_ == "prep" and c.lower_ not in {"on", "across", "along", "near"})
                for c in tok.children
            )
        ):  # "demonstrators", "the rebels", "militants on the other side": a group by name
            b.add(Mention(tok.i, tok.i + 1, text_actor(low, group_type or "Organization"), "group"))
            continue
        if mod is None and group_type and group_type != "InformalBloc":
            specific = [
                c
                for c in tok.children
                if (
                    c.dep_ in {"amod", "compound", "nmod"}
                    and c.i < tok.i
                    and (c.ent_type_ == "NORP" or c.pos_ == "PROPN" or c.is_title)
                )
                or (
                    c.dep_ == "prep"
                    and c.lower_ in {"at", "of", "from", "in"}
                    and any(p.pos_ == "PROPN" for p in c.subtree)
                )
            ]
            if specific:  # "Muslim hackers", "students at Cumhuriyet University"
                start = min([tok.i, *(c.left_edge.i for c in specific if c.i < tok.i)])
                end = max([tok.i + 1, *(c.right_edge.i + 1 for c in specific if c.i > tok.i)])
                if b.free(start, end):
                    label = doc[start:end].text
                    b.add(Mention(start, end, text_actor(label, group_type), "group"))
            continue
        if mod is None:
            if group_type == "InformalBloc" and lemma == "coalition":
                # "the Coalition", "the global coalition": the coalition the text is about
                start = tok.left_edge.i
                while start < tok.i and (
                    doc[start].lower_ in lex.cues["role_determiners"] or doc[start].is_punct
                ):
                    start += 1
                if b.free(start, tok.i + 1):
                    b.add(
                        Mention(start, tok.i + 1, text_actor("Coalition", "InformalBloc"), "group")
                    )
            continue
        conj_mods = [
            m for c in doc[mod.end - 1].conjuncts if c.i < tok.i and (m := b.at(c.i)) is not None
        ]
        if conj_mods:  # "French and Egyptian warships": the organ NP is the last conjunct's
            mod = max(conj_mods, key=lambda m: m.start)
            start = mod.start
        else:
            start = min(mod.start, min((c.left_edge.i for c in tok.lefts), default=tok.i))
        start = min(max(start, tok.left_edge.i), mod.start)
        while start < tok.i and doc[start].lower_ in {"the", "a", "an"}:
            start += 1
        end = tok.i + 1
        if mod.start > tok.i:  # "the government of Iraq": the whole phrase
            end = mod.end
        if not all(b.owner[i] in {None, b.owner[mod.start]} for i in range(start, end)):
            continue
        index = b.owner[mod.start]
        if is_organ and mod.start in b.territories:
            # "the Kurdistan regional government": a regional body of its own, not the state
            label = " ".join(t.text for t in doc[start:end] if t.lower_ not in {"the", "'s"})
            new = Mention(
                start, end, text_actor(label, "Organization", affiliation=mod.actor.id), "org"
            )
        elif is_organ or (
            group_type
            and mod.start < tok.i
            and mod.actor.type in {"NonStateArmedGroup", "Organization", "PoliticalParty"}
        ):  # "China's mission", "ISIL fighters": the body itself
            new = Mention(start, end, mod.actor, "organ")
        elif group_type:
            label = " ".join(t.text for t in doc[start:end] if t.lower_ not in {"the", "'s"})
            new = Mention(
                start, end, text_actor(label, group_type, affiliation=mod.actor.id), "group"
            )
        else:
            continue
        assert index is not None
        b.replace_at(index, new)


def _salient_state(b: _Builder) -> Actor | None:
    counts = Counter(m.actor for m in b.mentions if m.actor.type == "State" and not m.locative)
    ranked = counts.most_common(2)
    if not ranked or ranked[0][1] < 2 or (len(ranked) > 1 and ranked[1][1] == ranked[0][1]):
        return None
    return ranked[0][0]


def _person_affiliations(b: _Builder) -> dict[str, Actor]:
    """Resolve each person's affiliation from title words and appositions."""
    doc, lex = b.doc, b.lex
    salient = b.salient or _salient_state(b)
    affiliations: dict[str, Actor] = {}
    for index, m in enumerate(list(b.mentions)):
        if m.kind != "person":
            continue
        head = doc[m.end - 1]
        body: Mention | None = None
        title_words: list[str] = []
        i = m.start - 1
        while i >= 0 and i >= m.start - 8:  # title words immediately left of the name
            t = doc[i]
            other = b.at(i)
            if other is not None and other.kind != "person":
                last = doc[other.end - 1]
                if (
                    not title_words
                    and doc[other.end].text not in {"'s", "’s"}
                    and last.lower_ not in lex.titles
                    and last.lemma_.lower() not in lex.titles
                    and last.lower_ not in lex.organ_nouns
                ):
                    break  # "... to Counter ISIL Brett McGurk": a name, no title between
                body = body or other
                i = other.start - 1
                continue
            if (
                t.lower_ in lex.titles
                or t.lemma_.lower() in lex.titles
                or t.text == "-"
                or (t.pos_ == "PROPN" and t.head.i >= m.start and t.dep_ == "compound")
            ):
                title_words.append(t.lower_)
                i -= 1
                continue
            break
        scope = [t for c in head.children if c.dep_ == "appos" for t in c.subtree]
        if head.dep_ == "appos" and head.head.pos_ == "NOUN":  # "the commander, X"
            title = head.head
            scope += [t for c in title.lefts for t in c.subtree] + [title]
            scope += [t for c in title.rights if c.dep_ == "prep" for t in c.subtree]
        for t in scope:
            if True:
                if t.lower_ in lex.titles or t.lemma_.lower() in lex.titles:
                    title_words.append(t.lower_)
                other = b.at(t.i)
                if body is None and other is not None and other.kind != "person":
                    body = other
        if body is not None:
            actor: Actor | None = body.actor
        elif salient is not None and set(title_words) & lex.government_titles:
            actor = salient
        else:
            actor = affiliations.get(m.actor.id)
        if actor is not None and actor.type == _PERSON:
            actor = None
        start = m.start
        j = m.start - 1
        while j >= 0 and (
            doc[j].lower_ in lex.titles
            or doc[j].lemma_.lower() in lex.titles
            or doc[j].text in {"-", "'s", "’s"}
            or (doc[j].lower_ == "of" and j > 0 and doc[j - 1].lower_ in lex.titles)
            or (body is not None and body.start <= j)
            or (
                doc[j].pos_ == "PROPN"
                and doc[j].dep_ == "compound"
                and doc[j].ent_type_ in {"ORG", "NORP", "GPE"}
            )
        ):
            other = b.at(j)
            if other is not None and other is not body:
                break
            start = j
            j -= 1
        if actor is not None:
            affiliations[m.actor.id] = actor
            person = replace(m.actor, affiliation=actor.id)
            m = replace(m, actor=actor, speaker=person)
        if start < m.start:  # "NATO Secretary-General Jens Stoltenberg": one mention
            if body is not None and body.start >= start:
                body_index = b.owner[body.start]
                if body_index is not None:
                    b.dropped.add(body_index)
            for k in range(start, m.start):
                b.owner[k] = index
            m = replace(m, start=start)
        b.mentions[index] = m
    return affiliations


def _hostile_verb(tok: Token, lex: Lexicon) -> bool:
    """True for a verb of material hostility ("strikes destroyed ...")."""
    entry = lex.verbs.get(tok.lemma_.lower())
    return entry is not None and entry.relation in {
        "attacks",
        "fightsAgainst",
        "coerces",
        "targets",
    }


def _person_of(m: Mention) -> Actor | None:
    if m.kind in {"person", "surname"} or (m.kind == "pronoun" and m.speaker):
        return m.speaker or m.actor
    return None


def _thing_of(m: Mention) -> Actor | None:
    """The actor an "it"/"its" may stand for (no person, no people group)."""
    return m.actor if _person_of(m) is None and m.kind != "group" else None


def _group_of(m: Mention) -> Actor | None:
    """The actor a "they"/"their" may stand for (no single person)."""
    return m.actor if _person_of(m) is None else None


def _references(b: _Builder, affiliations: dict[str, Actor]) -> None:
    """Surnames, role nouns and pronouns, resolved left to right."""
    doc, lex = b.doc, b.lex
    names: dict[str, Mention] = {}
    for i, tok in enumerate(doc):
        m = b.at(i)
        if m is not None:
            name = [t for t in doc[m.start : m.end] if t.ent_type_ == "PERSON"]
            if m.kind == "person" and len(name) >= 2 and i == m.start:
                for t in name:
                    names[t.text] = m
            elif (
                m.kind == "organ"
                and i == m.end - 1
                and m.speaker is None
                and tok.lemma_.lower() in lex.titles
                and tok.tag_ != "NNS"
            ):
                # "the NATO chief": the last person seen speaking for that body
                person = next(
                    (
                        x
                        for x in reversed(b.mentions)
                        if x.end <= m.start and x.speaker is not None and x.actor == m.actor
                    ),
                    None,
                )
                if person is not None:
                    index = b.owner[i]
                    assert index is not None
                    b.mentions[index] = replace(m, speaker=person.speaker)
            continue
        low = tok.lower_
        if tok.pos_ == "PROPN" and tok.text in names:
            ref = names[tok.text]
            b.add(Mention(i, i + 1, ref.actor, "surname", speaker=ref.speaker))
            continue
        previous = [x for k, x in enumerate(b.mentions) if x.end <= i and k not in b.dropped]
        previous.sort(key=lambda x: x.start)
        found: Mention | None = None
        kind = "pronoun"
        ambiguous = False
        if tok.pos_ == "PRON" or low in {"his", "her", "its", "their"}:
            fits = None
            if low in lex.cues["person_pronouns"]:
                fits = _person_of
            elif low in lex.cues["thing_pronouns"]:
                fits = _thing_of
            elif low in lex.cues["plural_pronouns"]:
                fits = _group_of
            if fits is not None:
                found = next((x for x in reversed(previous) if fits(x)), None)
            if fits is not None and found is not None:
                # another compatible actor since the antecedent's sentence began
                since = doc[found.start].sent.start
                ambiguous = any(
                    x.start >= since and fits(x) and fits(x) != fits(found) for x in previous
                )
        elif (
            (
                tok.lemma_.lower() in lex.cues["instrument_nouns"]
                or low in lex.cues["instrument_nouns"]
            )
            and tok.dep_ == "nsubj"
            and _hostile_verb(tok.head, lex)
        ):
            # "one strike destroyed ...": the instrument stands for the last acting subject
            kind = "instrument"
            found = next(
                (
                    x
                    for x in reversed(previous)
                    if doc[x.end - 1].dep_ == "nsubj"
                    and not _person_of(x)
                    and not (x.locative or x.territory or x.kind in {"capital", "place"})
                ),
                None,
            )
        elif tok.pos_ in {"NOUN", "PROPN"} and any(
            c.lower_ in lex.cues["role_determiners"] and c.dep_ == "det" for c in tok.children
        ):
            lemma = tok.lemma_.lower()
            kind = "role"
            if lemma in lex.role_nouns:
                types = lex.role_nouns[lemma]
                found = next(  # a people group ("residents of Mosul") is no organisation
                    (
                        x
                        for x in reversed(previous)
                        if x.actor.type in types and not x.locative and x.kind != "group"
                    ),
                    None,
                )
            elif lemma in lex.head_role_nouns:
                titled = [  # "the Minister": a person named with that title comes first
                    x
                    for x in previous
                    if _person_of(x)
                    and any(t.lemma_.lower() == lemma for t in doc[x.start : x.end])
                ]
                found = titled[-1] if lemma in lex.titles and titled else None
                found = found or next(
                    (
                        x
                        for x in reversed(previous)
                        if doc[x.end - 1].lemma_.lower() == lemma
                        or (
                            _person_of(x)
                            and any(t.lemma_.lower() == lemma for t in doc[x.start : x.end])
                        )
                    ),
                    None,
                )
                if found is None and lemma in lex.titles:
                    found = next((x for x in reversed(previous) if _person_of(x)), None)
                if found is None and lemma in lex.titles and b.salient is not None:
                    # "The Prime Minister met ...": the office of the state the text is about
                    found = Mention(i, i + 1, b.salient, "role")
        if found is None:
            continue
        start = tok.i
        if kind in {"role", "instrument"}:
            start = tok.left_edge.i
            if not b.free(start, i + 1):
                start = i
        is_person = _person_of(found) is not None
        if found.start == i:  # the salient-state fallback: no antecedent
            anchor = -1
        elif found.kind in {"pronoun", "role", "instrument"}:
            anchor = found.anchor  # a chain of references leads back to the first name
        else:
            anchor = found.start
        b.add(
            Mention(
                start,
                i + 1,
                found.actor,
                kind,
                speaker=found.speaker if is_person else None,
                anchor=anchor,
                ambiguous=ambiguous,
            )
        )


def find_mentions(
    doc: Doc, kb_matches: Iterable[KBMatch], lexicon: Lexicon | None = None
) -> list[Mention]:
    """All actor mentions of ``doc``, sorted by position (see the module docs for the rules).

    Args:
        doc: A parsed document (tags, dependencies and entities are used when present).
        kb_matches: KB alias matches as ``(start, end, actor, kind)`` token spans.
        lexicon: The cue lists; the packaged one by default.

    Returns:
        Non-overlapping mentions in document order.
    """
    lex = lexicon or load_lexicon()
    matches = list(kb_matches)
    surnames: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) >= 2:
            for t in ent:
                if t.pos_ == "PROPN" or t.is_title:
                    surnames.setdefault(t.text, ent.end)
    b = _Builder(doc, lex)
    # salience: state names (not demonyms), the headline line counting twice
    first_line = doc.text.split("\n", 1)[0]
    headline_end = len(first_line) if len(first_line) < 200 and "\n" in doc.text else -1
    counts: Counter[Actor] = Counter()
    for s, _, a, kind in matches:
        if a.type == "State" and kind != "demonym":
            counts[a] += 2 if doc[s].idx < headline_end else 1
    ranked = counts.most_common(2)
    if ranked and ranked[0][1] >= 2 and (len(ranked) == 1 or ranked[1][1] < ranked[0][1]):
        b.salient = ranked[0][0]
    _base_mentions(b, matches, surnames)
    _np_mentions(b)
    affiliations = _person_affiliations(b)
    _references(b, affiliations)
    kept = [m for k, m in enumerate(b.mentions) if k not in b.dropped]
    return sorted(kept, key=lambda m: m.start)
