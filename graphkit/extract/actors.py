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
   Kuleba`` -> Ukraine, ``China's Foreign Ministry spokesperson X`` -> China, even when
   NER leaves the demonym out of the organ name); a government title with no body named
   (``Foreign Ministry spokesperson Zhao Lijian``) falls back to the document's salient
   state: the state of a dateline's capital when the text names it too (``HANOI (Reuters)
   - ...``: wire copy qualifies other states' officials), else strictly the most mentioned
   state, at least twice. A bare ``Foreign Office`` is the UK's, or, filed from another
   state's capital, that state's (cue ``shared_organs``). A name right before the
   person with no title between (``the Coalition to Counter ISIL Brett McGurk``) is part
   of another name, not the body. Otherwise a person is an actor of their own.
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

Rules 1-3 and 6 live here; rules 4 and 5 in :mod:`graphkit.extract.reference`; the
:class:`Mention` record and the builder they share in :mod:`graphkit.extract.mentions`.

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
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Doc, Span, Token

from graphkit.extract.lexicon import Lexicon, load_lexicon
from graphkit.extract.mentions import (
    CONTROL_VERBS,
    MEDIA,
    PERSON,
    KBMatch,
    Mention,
    MentionBuilder,
    _kb_actor,
    datelines,
    doc_text,
    is_title,
    kb_affiliation,
    lemma_forms,
    organ_state,
    short_forms,
    slugify,
    strict_leader,
    text_actor,
)
from graphkit.extract.reference import resolve_affiliations, resolve_references
from graphkit.types import Actor

__all__ = ["KBMatch", "Mention", "find_mentions", "slugify", "text_actor"]

_MODIFIER_PREPS = frozenset({"of", "in", "from", "at", "throughout", "across"})
_STATE_ORGANS = {"ministry", "department", "embassy", "mission", "office", "government"}
_ORG_LABELS = {"ORG"}
_ARMED_WORDS = {"army", "brigade", "brigades", "militia", "front", "tigers", "taliban", "qaeda"}
#: Last words of a movement's name the model may tag as a place ("the Polisario Front").
_MOVEMENT_HEADS = frozenset({"front", "movement", "army", "militia", "brigade", "brigades"})


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
    if (  # "the Islamic Resistance in | Iraq": a name the tagger cut before its last entity
        end > start + 1
        and doc[end - 1].lower_ in {"in", "of", "for"}
        and end < len(doc)
        and doc[end].ent_iob_ == "B"
    ):
        end += 1
        while end < len(doc) and doc[end].ent_iob_ == "I":
            end += 1
    return start, end


#: Cue lists whose words, all of a name, make it a thing's name.
_THING_NAMES = (
    "equipment_names",
    "hazard_nouns",
    "scripture_names",
    "region_words",
    "commodity_nouns",
)


#: A weapon or vehicle model designation: letters, a hyphen, a number ("S-400", "Kh-101").
_MODEL_NUMBER = re.compile(r"[a-z]{1,4}-\d{1,4}[a-z0-9]{0,3}")


def _names_a_thing(words: Sequence[str], lex: Lexicon, *, person: bool = False) -> bool:
    """True for an entity naming a vessel, a storm, a facility, an agreement, a war, equipment
    or a commodity ("LNG").

    A name tagged as a person is not checked for a facility noun (``Sally Field`` stays).

    Example:
        >>> lex = load_lexicon()
        >>> [_names_a_thing(w, lex) for w in (["USS", "Mahan"], ["Tiyas", "Airfield"],
        ...  ["VBIED"], ["Royal", "Navy"], ["Typhoon", "Haiyan"], ["Pukpuk", "Treaty"],
        ...  ["Eritrean-Ethiopian", "War"], ["Leopard", "2"], ["G7"], ["S-400"], ["M23"])]
        [True, True, True, False, True, True, True, True, False, True, False]
        >>> _names_a_thing(["Sally", "Field"], lex, person=True)
        False
    """
    low = [w.lower() for w in words]
    if len(low) >= 2 and (
        low[0] in lex.cues["vessel_prefixes"] or low[0] in lex.cues["hazard_prefixes"]
    ):
        return True  # "USS Mahan", "Typhoon Haiyan"
    named = low
    while len(named) > 1 and not named[-1].isalpha() and any(ch.isdigit() for ch in named[-1]):
        named = named[:-1]  # "Leopard 2", "Leopard 2A6": a model of the named kind
    if any(all(w in lex.cues[names] for w in named) for names in _THING_NAMES):
        return True  # "VBIED", "F-16s" (tagged a person), "Wildfires", "the Koran"
    if len(low) == 1 and _MODEL_NUMBER.fullmatch(low[0]):
        return True  # "S-400", "Su-35", "MQ-9", "BTR-82A": a model, no maker or owner
    return (
        not person
        and len(low) >= 2
        and (
            low[-1] in lex.cues["facility_nouns"]
            or low[-1] in lex.cues["document_heads"]
            or low[-1] in lex.cues["event_heads"]
        )
    )  # "Tiyas Military Airfield"; "the Pukpuk Defence Treaty" (an agreement, no actor);
    # "the Eritrean-Ethiopian War" (an event: its sides are the actors)


def _party_name(words: Sequence[str], lex: Lexicon) -> bool:
    """A party's or movement's name, an actor of its own even when a state owns it in the
    text ("South Africa's African National Congress" is no organ of South Africa)."""
    name = " ".join(words).lower()
    return any(name.endswith(end) for end in lex.cues["party_name_ends"])


def _phrase_label(doc: Doc, start: int, end: int) -> str:
    """A noun phrase as written, without "the" and "'s" ("Russian-backed separatists")."""
    kept = "".join(
        " " if t.lower_ in {"the", "'s", "’s"} else t.text_with_ws for t in doc[start:end]
    )
    return " ".join(kept.split())


def _org_type(words: Sequence[str], lex: Lexicon) -> str:
    low = {w.lower() for w in words}
    if low & set(lex.cues["media_words"]):
        return MEDIA
    if low & {"party"}:
        return "PoliticalParty"
    if low & _ARMED_WORDS:
        return "NonStateArmedGroup"
    return "Organization"


def _force_of_its_own(
    doc: Doc, start: int, end: int, lex: Lexicon, demonym: KBMatch | None = None
) -> bool:
    """True for an armed force named by words of its own between a demonym (ending at
    ``start``) and its force noun: "the Sudanese Rapid Support Forces" are no organ of
    Sudan, "the Sudanese Armed Forces" and "the Iraqi Security Forces" are. With
    ``demonym``, the words before it (from ``start``) are tested instead: "the Free Syrian
    Army" is none of Syria's, "the Royal Saudi Air Force" is."""
    words = doc[start : demonym[0]] if demonym is not None else doc[start : end - 1]
    return (
        doc[end - 1].lemma_.lower() in lex.cues["force_nouns"]
        and len(words) > 0
        and all(t.text[:1].isupper() for t in words)
        and any(t.lower_ not in lex.cues["state_force_words"] for t in words)
    )


def _is_place_use(tok: Token, lex: Lexicon) -> bool:
    """True when a proper name is used as a place, not as an actor."""
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ in lex.locative_preps - {"from", "on"}:
        return True  # "met in Brussels"; but "sanctions on Moscow" target the state
    doc = tok.doc
    if tok.i + 2 < len(doc) and doc[tok.i + 1].text == "-" and doc[tok.i + 2].lower_ == "based":
        return True  # "the Brussels-based alliance": where it sits, not who it is
    if any(t.lower_ == "near" for t in doc[max(0, tok.left_edge.i - 1) : tok.i]):
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
    if tok.dep_ in {"compound", "nmod"}:  # "the Paris climate agreement", "the Minsk
        # agreements", "a Washington think tank" (parsed as a modifier of the noun)
        while head.dep_ == "compound" and head.head.i != head.i:
            head = head.head
        if any(f in lex.cues["place_named_nouns"] for f in lemma_forms(head)):
            return True  # (and "the Minsk Agreements", a capitalised plural)
    return tok.dep_ == "appos" and head.lemma_.lower() in {"capital", "city", "town"}


def _town_of_region(doc: Doc, end: int, lex: Lexicon) -> bool:
    """True when a name ending at ``end`` is followed by ", <US state or province>" and a
    comma or the sentence's end ("Lebanon, Pennsylvania, welcomed")."""
    if end + 1 >= len(doc) or doc[end].text != ",":
        return False
    regions = lex.cues["town_regions"]
    for size in (1, 2):
        after = end + 1 + size
        if doc[end + 1 : after].text in regions and (
            after >= len(doc) or doc[after].text in {",", ".", ";", ")"}
        ):
            return True
    return False


def _state_before(doc: Doc, start: int, end: int, kb_matches: Iterable[KBMatch]) -> KBMatch | None:
    """The state (name or demonym) modifying a title-only name from its left, if any.

    NER often leaves the demonym out of ``Chinese Foreign Ministry``: the KB match right
    before the name (``China's`` too) that the parse attaches inside it names its state.
    """
    stop = start - 1 if start > 0 and doc[start - 1].text in {"'s", "’s"} else start
    heads = {*range(start, end), doc[end - 1].head.i}  # "China's Foreign Ministry official"
    for match in kb_matches:
        _, m_end, actor, kind = match
        if m_end != stop or not (kind == "demonym" or actor.type == "State"):
            continue
        last = doc[m_end - 1]
        if last.dep_ in {"amod", "compound", "nmod", "poss"} and last.head.i in heads:
            return match
    return None


def _base_mentions(
    b: MentionBuilder, kb_matches: Iterable[KBMatch], surnames: dict[str, int]
) -> None:
    doc, lex = b.doc, b.lex
    territories = b.territories
    candidates: list[tuple[int, int, int, Mention]] = []
    regions = lex.cues["region_names"]
    things = [  # "Al-Asad Air Base", "Ain al-Asad" (FAC): a name inside is no person
        (ent.start, ent.end)
        for ent in doc.ents
        if ent.label_ == "FAC"
        or (ent.label_ in _ORG_LABELS and _names_a_thing([t.text for t in ent], lex))
    ]
    for start, end, actor, kind in kb_matches:
        if start > 0 and doc[start - 1 : end].text in regions:
            continue  # "South America": a region
        if actor.type == PERSON and any(
            s <= start and end <= e and (s, e) != (start, end) for s, e in things
        ):
            continue
        if (
            start > 1
            and doc[start - 1].lower_ == "of"
            and doc[start - 2].lower_ in lex.cues["water_names"]
            and doc[start - 2].is_title
        ):
            continue  # "the Gulf of Oman", "the Sea of Japan": a sea
        if actor.type != PERSON and start > 0 and doc[start - 1].lower_ in lex.cues["honorifics"]:
            continue  # "Mr. Paris", "Ms. Georgia": a person's name
        mention_kind = kind if kind in {"capital", "demonym"} else "kb"
        if actor.type == PERSON:  # a leader or official of the KB ("Putin", "Xi Jinping")
            mention_kind = "person"
        if kind in {"seat", "territory"}:
            mention_kind = "capital"  # metonymy: the state, unless the name is used as a place
        if kind == "territory":
            territories.add(start)
        mention = Mention(start, end, actor, mention_kind, territory=kind == "territory")
        candidates.append((end - start, 1, start, mention))
    kb_extent = {(s, e) for s, e, _, _ in kb_matches}
    by_start: dict[int, list[KBMatch]] = {}
    covered: set[int] = set()  # tokens inside a KB match
    for match in kb_matches:
        by_start.setdefault(match[0], []).append(match)
        covered.update(range(match[0], match[1]))
    for start, at_start in by_start.items():
        if (longer := _name_after_place(b, at_start, covered)) is not None:
            candidates.append((longer.end - longer.start, 2, start, longer))
    demonyms = {i for s, e, _, kind in kb_matches if kind == "demonym" for i in range(s, e)}
    for ent in _joined_persons(doc):
        if ent.label_ not in {"PERSON"} | _ORG_LABELS:
            continue
        start, end = _clean_name(ent)
        if ent.label_ == "PERSON":  # "King Abdullah", "Jordanian King Abdullah": the name
            first = start
            while first < end - 1 and (doc[first].lower_ in lex.titles or first in demonyms):
                first += 1
            if first > start and doc[first - 1].lower_ in lex.titles:
                start = first
        if start >= end or (start, end) in kb_extent:
            continue
        if ent.label_ in _ORG_LABELS and any(
            s == start
            and e < end
            and all(
                t.lower_ in lex.cues["equipment_names"] or any(ch.isdigit() for ch in t.text)
                for t in doc[e:end]
            )
            for s, e, _, _ in kb_matches
        ):
            continue  # "Royal Air Force Typhoon (FGR4s)": the force's aircraft, the force
        if start > 0 and doc[start - 1].lower_ == "near":
            continue  # "Near Bayji" tagged as a person or organization: a place
        if (
            ent.label_ == "PERSON"
            and end - start == 1
            and doc[start].dep_ == "pobj"
            and doc[start].head.lower_ == "in"
            and doc[start].head.head.lemma_.lower() not in lex.cues["person_in_nouns"]
        ):
            continue  # "a shopping mall in Kremenchuk" tagged as a person: a place (not
            # "confidence in Zelensky")
        if "," in ent.text and any(
            start <= s and e <= end and a.type == "State" and kind != "demonym"
            for s, e, a, kind in kb_matches
        ):
            continue  # "Mali, Burkina Faso and Niger" with "Mali, Burkina Faso" tagged as
            # one name: a list of states, each its own mention
        if (
            end < len(doc)
            and doc[end - 1].dep_ == "compound"
            and doc[end - 1].head.i == end
            and (
                (after := doc[end].lemma_.lower()) in lex.cues["facility_nouns"]
                or after in lex.cues["region_nouns"]
                or after in lex.cues["drill_nouns"]
            )
        ):
            continue  # "Zamzam camp", "the Essequibo region": a place; "the Freedom Shield
            # exercises": an exercise
        if end - start == 1 and surnames.get(doc[start].text, len(doc)) <= start:
            continue  # a short form of a full name seen before: resolved as a reference
        words = [t.text for t in doc[start:end]]
        if not any(ch.isupper() for w in words for ch in w) and not all(
            w in lex.cues["service_words"] for w in words
        ):
            continue  # "coast guard vessels", "[1]" tagged ORG: no name ("its coast guard" is)
        name = " ".join(doc[start:end].text.split())  # as written: "al-Assad", not "al - Assad"
        if end - start == 1 and start > ent.start and doc[start - 1].lower_ in lex.titles:
            name = f"{doc[start - 1].text} {name}"  # "King Abdullah": a regnal name keeps its title
        thing = [t.text for t in doc[start:end] if t.i not in demonyms] or words
        if _names_a_thing(thing, lex, person=ent.label_ == "PERSON"):  # ("Thai F-16")
            continue  # "USS Mahan", "Tiyas Military Airfield", "VBIED": no actor
        demonym_first = any(m[0] == start and m[3] == "demonym" for m in kb_matches)
        if ent.label_ in _ORG_LABELS and _titled_name(doc, start, end, words, lex, kb_extent):
            # "spokesperson Kenji Sato" tagged ORG: a name right after a title is a person
            actor = text_actor(name, PERSON)
            candidates.append((end - start, 0, start, Mention(start, end, actor, "person")))
        elif ent.label_ == "PERSON" and demonym_first:  # "Bosnian Serbs" tagged PERSON
            actor = text_actor(name, "Organization")
            candidates.append((end - start, 0, start, Mention(start, end, actor, "group")))
        elif ent.label_ == "PERSON":
            actor = text_actor(name, PERSON)
            candidates.append((end - start, 0, start, Mention(start, end, actor, "person")))
        else:
            inner = [m for m in kb_matches if start <= m[0] and m[1] <= end]
            last = doc[end - 1].lemma_.lower()
            head_of = (  # "Government of Iraq", "Ministry of Defence of Iraq"
                end - start >= 3
                and doc[start].lemma_.lower() in {"government", "ministry", "parliament", "army"}
                and doc[start + 1].lower_ == "of"
            )
            # "the Sudanese Rapid Support Forces", "the Free Syrian Army": a force of its own,
            # no organ of Sudan or Syria (named after the demonym, or with it)
            own_force = bool(inner) and _force_of_its_own(doc, inner[0][1], end, lex)
            named_before = (
                bool(inner)
                and not own_force
                and _force_of_its_own(doc, start + (doc[start].lower_ == "the"), end, lex, inner[0])
            )
            own_force = own_force or named_before
            if (
                inner
                and (
                    last in lex.organ_nouns
                    or doc[end - 1].lower_ in lex.organ_nouns
                    or doc[end - 1].lower_ in lex.titles
                    or head_of
                )
                and not own_force
            ):
                actor = inner[-1][2] if head_of else inner[0][2]
                candidates.append((end - start, 2, start, Mention(start, end, actor, "organ")))
            elif (
                inner
                and inner[0][2].type == "NonStateArmedGroup"
                and inner[0][1] < end
                and all(
                    lex.group_type(t.lower_, t.lemma_.lower()) == "NonStateArmedGroup"
                    for t in doc[inner[0][1] : end]
                )
            ):  # "Houthi militia" tagged ORG: the Houthis' fighters, the KB group itself
                candidates.append((end - start, 2, start, Mention(start, end, inner[0][2], "kb")))
            elif (
                (last in lex.organ_nouns or doc[end - 1].lower_ in lex.organ_nouns)
                and not _party_name(words, lex)  # "South Africa's African National Congress"
                and (owned := _state_before(doc, start, end, kb_matches)) is not None
            ):  # "Iran's Revolutionary Guards", "Britain's Royal Navy"
                candidates.append(
                    (end - owned[0], 2, owned[0], Mention(owned[0], end, owned[2], "organ"))
                )
            elif (
                all(w.lower() in lex.titles or w.lower() in lex.organ_nouns for w in words)
                or " ".join(words).lower() in lex.cues["organ_states"]  # "Treasury Department"
                # "its coast guard" tagged ORG: a service's common name, nobody's own name
                or all(w.islower() and w in lex.cues["service_words"] for w in words)
            ):
                named = _state_before(doc, start, end, kb_matches)
                if named is not None:  # "Chinese Foreign Ministry": the state named before
                    candidates.append(
                        (end - named[0], 2, named[0], Mention(named[0], end, named[2], "organ"))
                    )
                elif " ".join(words).lower() in _UN_BODIES:  # "the General Assembly": the
                    actor = text_actor(name, "Organization")  # UN's (see _un_bodies)
                    candidates.append((end - start, 0, start, Mention(start, end, actor, "org")))
                elif (owner := organ_state(" ".join(words), lex)) is not None:
                    # "the Foreign Office", "the Treasury Department": a name news reserves
                    # for one state (the UK's, the US's); one other states' organs bear too,
                    # filed from another's capital, is that state's ("ISLAMABAD ... Foreign
                    # Office spokeswoman": Pakistan's)
                    if b.home is not None and " ".join(words).lower() in lex.cues["shared_organs"]:
                        owner = b.home
                    candidates.append((end - start, 2, start, Mention(start, end, owner, "organ")))
                # "Foreign Ministry": an organ of the state the document is about, if clear
                elif b.salient is not None and {w.lower() for w in words} & _STATE_ORGANS:
                    candidates.append(
                        (end - start, 0, start, Mention(start, end, b.salient, "organ"))
                    )
            elif (known := _acronym_after(doc, start, end, kb_matches)) is not None:
                # "Palestinian Liberation Organization (PLO)": the KB actor of the acronym
                candidates.append((end - start, 1, start, Mention(start, end, known, "kb")))
            else:
                kind = _org_type(words, lex)
                # a paper named after its city ("The Jerusalem Post", "The Moscow Times") is no
                # voice of the state: only known state media are (in the KB)
                owner_id = inner[0][2].id if inner and kind != MEDIA else None
                if own_force:
                    # "the Sudanese Rapid Support Forces": the Rapid Support Forces, a force
                    # of its own that does not speak for Sudan
                    first = start + (doc[start].lower_ == "the") if named_before else inner[0][1]
                    name, owner_id = " ".join(doc[first:end].text.split()), None
                actor = text_actor(name, kind, affiliation=owner_id)
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
        if m.kind in {"kb", "capital"} and _town_of_region(doc, m.end, lex):
            continue  # "Lebanon, Pennsylvania", "Paris, Texas": a town
        if (
            m.kind == "capital"
            and m.end < len(doc)
            and doc[m.end].pos_ == "PROPN"
            and doc[m.end].lower_ in lex.cues["media_words"]
        ):
            continue  # "The Kyiv Herald" the model did not tag: a paper, not the state
        tok = doc[m.end - 1]
        while tok.dep_ == "conj" and tok.head.pos_ == "PROPN":
            tok = tok.head  # "in northern Iraq and Syria": Syria is a place as Iraq is
        locative = (
            m.kind in {"kb", "capital"}
            and m.actor.type == "State"
            and tok.dep_ == "pobj"
            and (
                tok.head.lower_ in lex.locative_preps - {"from", "on"}
                or (m.kind == "capital" and _is_place_use(tok, lex))  # "travelled to Paris"
            )
        )
        if m.kind == "capital" and _is_place_use(tok, lex):
            if not locative:
                continue  # "Kyiv's suburbs", "the capital Kabul": a place, not an actor
            m = replace(m, kind="place")
        b.add(replace(m, locative=locative) if locative else m)


def _name_after_place(b: MentionBuilder, kb: list[KBMatch], covered: set[int]) -> Mention | None:
    """A person's name that begins with a one-word state: "Israel Adesanya".

    The model may tag such a name as two places; a capitalised word right after the KB
    word that the model tags as a place or a person, and that is no KB actor, title,
    organ, group or place word, makes one person's name of them instead.

    Args:
        b: The mention builder.
        kb: The KB matches that start at one token.
        covered: The tokens inside any KB match.
    """
    doc, lex = b.doc, b.lex
    start = kb[0][0]
    if any(m[1] != start + 1 or m[3] == "demonym" for m in kb):
        return None
    if kb[0][2].type != "State" or start + 1 in covered:
        return None
    if start > 0 and doc[start - 1].lower_ in {"to", "of", "for", "in"}:
        return None  # "Ambassador to China Nicholas Burns": a portfolio, then the name
    end = start + 1
    while end < len(doc) and doc[end].pos_ == "PROPN" and doc[end].is_title:
        low = doc[end].lower_
        if low in lex.titles or low in lex.organ_nouns or low in lex.group_nouns:
            break
        if low in lex.cues["place_nouns"] or doc[end].ent_type_ not in {"GPE", "PERSON"}:
            break  # "Russia's Ukraine War", "in Lebanon Sunday", "the South China Sea"
        end += 1
    if end == start + 1 or not covered.isdisjoint(range(start + 1, end)):
        return None
    name = " ".join(doc[start:end].text.split())
    return Mention(start, end, text_actor(name, PERSON), "person")


def _acronym_after(doc: Doc, start: int, end: int, kb_matches: Iterable[KBMatch]) -> Actor | None:
    """The KB actor of an acronym in brackets right after a name whose initials spell it."""
    if end + 2 >= len(doc) or doc[end].text != "(" or doc[end + 2].text != ")":
        return None
    acronym = doc[end + 1].text
    initials = "".join(t.text[0] for t in doc[start:end] if t.text[0].isupper() and t.pos_ != "DET")
    if len(acronym) < 2 or not acronym.isupper() or initials != acronym:
        return None
    return next(
        (
            a
            for s, e, a, kind in kb_matches
            if (s, e) == (end + 1, end + 2) and kind in {"label", "alt"}
        ),
        None,
    )


def _modifier_actor(
    b: MentionBuilder, tok: Token, *, preps: frozenset[str], persons: bool = False
) -> Mention | None:
    """An actor mention among the left modifiers (or "of/in X" prepositions) of ``tok``."""
    for child in tok.children:
        if child.dep_ in {"poss", "amod", "compound", "nmod"} and child.i < tok.i:
            m = b.at(child.i)
            if m is None and child.dep_ == "amod" and child.lemma_.lower() in CONTROL_VERBS:
                # "Vietnamese-led forces" (not "Iran-backed militias": a group of its own)
                m = next((b.at(g.i) for g in child.children if g.i < child.i and b.at(g.i)), None)
            if m is not None and (m.kind != "person" or persons):
                return m
            if child.lower_ in {"its", "their"}:
                return None  # resolved later as a pronoun
    if any(  # "Kurdish militants in northern Iraq": a people's group, Iraq only its place
        c.dep_ in {"amod", "compound"} and c.ent_type_ == "NORP" and b.at(c.i) is None
        for c in tok.children
    ):
        preps = preps - {"in", "at", "across", "throughout"}
    for child in tok.children:
        if child.dep_ == "prep" and child.lower_ in preps:
            for pobj in child.children:
                if pobj.dep_ == "pobj":
                    m = b.at(pobj.i)
                    if m is not None and (m.kind != "person" or persons):
                        return m
    return None


def _minority_groups(b: MentionBuilder) -> None:
    """ "Bosnian Serb forces", "Iraqi Kurdish fighters": a people's group within a state.

    A state's demonym with an ethnic qualifier, or two demonyms of different states, before
    one noun name a group of its own (labelled by the modifiers), neither the state nor the
    kin state ("Serb" is Serbia's demonym); with a group or organ noun it takes the noun in.
    So does a plural demonym after "ethnic": "ethnic Albanians", "ethnic Serbs in northern
    Kosovo" are a people, not Albania or Serbia.
    """
    doc, lex = b.doc, b.lex
    for tok in doc:
        if not tok.n_lefts:
            continue
        held = b.at(tok.i)
        if (  # "ethnic Albanians", "ethnic Serbs in northern Kosovo": a people, no state
            held is not None
            and held.kind == "demonym"
            and held.start == held.end - 1 == tok.i
            and tok.tag_ in {"NNS", "NNPS"}
            and any(c.dep_ == "amod" and c.lower_ == "ethnic" for c in tok.lefts)
        ):
            start = min(c.i for c in tok.lefts if c.dep_ == "amod" and c.lower_ == "ethnic")
            index = b.owner[tok.i]
            assert index is not None
            b.dropped.add(index)
            b.owner[tok.i] = None
            label = " ".join(t.text for t in doc[start : tok.i + 1])
            b.add(Mention(start, tok.i + 1, text_actor(label, "Organization"), "group"))
            continue
        if tok.n_lefts < 2 or tok.pos_ not in {"NOUN", "PROPN"} or held is not None:
            continue
        mods = [c for c in tok.lefts if c.dep_ in {"amod", "compound"}]
        found = [(c, b.at(c.i)) for c in mods]
        demonyms = [m for _, m in found if m is not None and m.kind == "demonym"]
        qualified = any(c.lower_ in lex.cues["ethnic_qualifiers"] for c in mods)
        if (
            len(mods) < 2
            or not demonyms
            or not (qualified or len({m.actor.id for m in demonyms}) >= 2)
        ):
            continue
        if any(m is not None and m.kind != "demonym" for _, m in found):
            continue
        start, last = min(c.i for c in mods), max(c.i for c in mods)
        lemma = tok.lemma_.lower()
        # a group word keeps its name ("ethnic Albanian guerrillas", as "Syrian rebels");
        # forces, positions or villages are the people's ("Bosnian Serb")
        group = lex.group_type(tok.lower_, lemma)
        body = group is not None or lemma in lex.organ_nouns
        if not (body or lemma in lex.cues["people_place_nouns"]):
            continue  # "Russian Ukrainian talks", "the Indian Pakistani border": a pair
        for k, m in enumerate(b.mentions):
            if start <= m.start and m.end <= last + 1:
                b.dropped.add(k)
                for i in range(m.start, m.end):
                    b.owner[i] = None
        label = " ".join(t.text for t in doc[start : tok.i + 1 if group else last + 1])
        actor = text_actor(label, group or "Organization")
        b.add(Mention(start, tok.i + 1 if body else last + 1, actor, "group"))


def _backed_reference(b: MentionBuilder, tok: Token, specific: list[Token]) -> bool:
    """True for a definite role noun whose only specifics are its backers ("the Iran-backed
    group") after an actor of the role's kind: it refers back to that actor (see
    reference.resolve_references), and is no new group.

    Example:
        >>> from graphkit.extract.pipeline import load_pipeline
        >>> doc = load_pipeline()("Hezbollah fired rockets. The Iran-backed group said so.")
        >>> [(doc[m.start:m.end].text, m.actor.label) for m in doc._.graphkit_mentions]
        [('Hezbollah', 'Hezbollah'), ('Iran', 'Iran'), ('group', 'Hezbollah')]
    """
    lex = b.lex
    types = lex.role_nouns.get(tok.lemma_.lower())
    if not types or not any(
        c.dep_ == "det" and c.lower_ in lex.cues["role_determiners"] for c in tok.children
    ):
        return False
    if not all(c.tag_ == "VBN" and c.lemma_.lower() in lex.cues["sponsor_verbs"] for c in specific):
        return False
    return any(
        m.end <= tok.left_edge.i and m.kind != "group" and m.actor.type in types
        for k, m in enumerate(b.mentions)
        if k not in b.dropped
    )


def _np_mentions(b: MentionBuilder) -> None:
    doc, lex = b.doc, b.lex
    for tok in doc:
        if tok.pos_ not in {"NOUN", "PROPN"} or b.at(tok.i) is not None:
            continue
        low = tok.lower_
        lemma = tok.lemma_.lower()
        group_type = lex.group_type(low, lemma)
        if lemma in lex.cues["stance_group_nouns"] and any(
            c.dep_ == "prep" and c.lower_ == "to" for c in tok.children
        ):
            group_type = None  # "India's opposition to the sanctions": a stance, no party
        if lemma == "group" and any(c.dep_ == "amod" and c.lower_ == "armed" for c in tok.children):
            group_type = "NonStateArmedGroup"  # "armed groups in Ethiopia": no organ of it
        # an armed group word is no organ for being a role noun too ("the militia" refers
        # back, but "militias in Syria" are a group there, not Syria's)
        is_organ = (
            low in lex.organ_nouns
            or lemma in lex.organ_nouns
            or (lemma in lex.role_nouns and group_type != "NonStateArmedGroup")
        )
        if not group_type and tok.ent_type_ == "NORP" and tok.tag_ in {"NNS", "NNPS"}:
            group_type = "Organization"  # "Iraqi Kurds": a people group of its own
        if not (is_organ or group_type):
            continue
        if not is_organ and tok.dep_ == "compound" and tok.head.lemma_.lower() in lex.craft_nouns:
            continue  # "Chinese fighter jets": a weapon, no fighters ("coast guard ships" stay)
        mod = _modifier_actor(b, tok, preps=_MODIFIER_PREPS, persons=True)
        if (
            mod is None
            and tok.lower_ in lex.group_nouns  # listed singulars: not the "fighter" of a jet
            and tok.dep_ == "compound"
            and tok.tag_ == "NN"
            and tok.head.lemma_.lower() not in lex.cues["named_group_heads"]
        ):
            # "Cambodian guerrilla camps", "Syrian rebel positions": the people's group
            mod = next(
                (
                    m
                    for c in tok.head.children
                    if c.dep_ in {"amod", "compound", "nmod"}
                    and c.i < tok.i
                    and (m := b.at(c.i)) is not None
                    and m.kind == "demonym"
                ),
                None,
            )
        if mod is None and lemma in {"regime", "government", "administration", "junta"}:
            names = [
                c
                for c in tok.children
                if c.dep_ in {"compound", "poss"} and c.pos_ == "PROPN" and b.at(c.i) is None
            ]
            surnames = {  # of persons named before ("Sudan's army chief Abdel Fattah
                doc[m.end - 1].text  # Burhan ... Burhan's government": his state's)
                for m in (b.mentions if names else ())
                if m.kind == "person" and m.end <= tok.i
            }
            if names and not any(c.text in surnames for c in names):  # "the Asad regime": an
                # actor of its own
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
                    and (
                        c.ent_type_ == "NORP"
                        or c.pos_ == "PROPN"
                        or c.is_title
                        or (c.tag_ == "VBN" and any(b.at(g.i) for g in c.children if g.i < c.i))
                    )
                )
                or (  # ("militants in northern Iraq": a place, no name)
                    c.dep_ == "prep"
                    and c.lower_ in {"at", "of", "from"}
                    and any(p.pos_ == "PROPN" for p in c.subtree)
                )
            ]
            if specific and _backed_reference(b, tok, specific):
                continue  # "Hezbollah fired rockets. The Iran-backed group said ...": Hezbollah
            if specific:  # "Muslim hackers", "students at Cumhuriyet University"
                first = min([tok.i, *(c.left_edge.i for c in specific if c.i < tok.i)])
                end = max([tok.i + 1, *(c.right_edge.i + 1 for c in specific if c.i > tok.i)])
                # "Iran-backed militias": the backer stays a mention of its own
                backed = [c.right_edge.i + 1 for c in specific if c.tag_ == "VBN" and c.i < tok.i]
                start = max([first, *backed])
                if b.free(start, end):
                    label = doc[first:end].text
                    b.add(Mention(start, end, text_actor(label, group_type), "group"))
            continue
        if mod is None:
            made = tok.dep_ == "dobj" and tok.head.lemma_.lower() in lex.cues["creation_verbs"]
            if group_type == "InformalBloc" and lemma == "coalition" and not made:
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
            lefts = [  # "US-trained Syrian rebels": the backer is no part of the group,
                c  # nor is a count ("four Israeli settlers"), nor a share of others read
                # as a subject ("12 people, most of them Thai civilians")
                for c in tok.lefts
                if not (c.tag_ == "VBN" and c.lemma_.lower() not in CONTROL_VERBS)
                and c.dep_ not in {"nummod", "quantmod", "nsubj", "nsubjpass"}
            ]
            start = min(mod.start, min((c.left_edge.i for c in lefts), default=tok.i))
        start = min(max(start, tok.left_edge.i), mod.start)
        while start < tok.i and doc[start].lower_ in {"the", "a", "an"}:
            start += 1
        end = tok.i + 1
        if mod.start > tok.i:  # "the government of Iraq": the whole phrase
            end = mod.end
        if not all(b.owner[i] in {None, b.owner[mod.start]} for i in range(start, end)):
            continue
        index = b.owner[mod.start]
        named = next(
            (
                m
                for c in tok.children
                if c.dep_ == "appos"
                and (m := b.at(c.i)) is not None
                and m.kind == "kb"
                and m.actor.type not in {"State", "Person"}
            ),
            None,
        )
        if named is not None:  # "the Palestinian militant group Hamas": Hamas, not Palestine
            new = Mention(start, end, named.actor, "organ")
        elif is_organ and mod.start in b.territories:
            # "the Kurdistan regional government": a regional body of its own, not the state
            label = _phrase_label(doc, start, end)
            new = Mention(
                start, end, text_actor(label, "Organization", affiliation=mod.actor.id), "org"
            )
        elif lex.role_nouns.get(lemma) == ("PoliticalParty",) and mod.actor.type in {
            "State",
            PERSON,
        }:  # "Erdogan's party", "Germany's ruling party": a party of its own (of that state,
            # or of the person's), which does not speak for the state
            state = mod.actor.id if mod.actor.type == "State" else mod.actor.affiliation
            label = " ".join(doc[start:end].text.split())
            new = Mention(start, end, text_actor(label, "PoliticalParty", affiliation=state), "org")
        elif is_organ or (
            group_type
            and mod.start < tok.i
            and mod.actor.type in {"NonStateArmedGroup", "Organization", "PoliticalParty"}
        ):  # "China's mission", "ISIL fighters": the body itself
            new = Mention(start, end, mod.actor, "organ")
        elif group_type:
            label = _phrase_label(doc, start, end)
            if tok.tag_ == "NN" and tok.dep_ == "compound" and f"{low}s" in lex.group_nouns:
                label += "s"  # "Syrian rebel positions": the group is "Syrian rebels"
            new = Mention(
                start, end, text_actor(label, group_type, affiliation=mod.actor.id), "group"
            )
        else:
            continue
        assert index is not None
        b.replace_at(index, new)


#: Dependency labels of a clause argument: a PERSON entity whose parts fill two of them for
#: different verbs is two names ("told Blinken Israel would ...").
_ARGUMENT_ROLES = frozenset({"nsubj", "nsubjpass", "dobj", "dative", "pobj"})


def _joined_persons(doc: Doc) -> list[Span]:
    """The model's entities, with a PERSON split in two rejoined ("Hassan Sheikh" + "Mohamud",
    with nothing between them, is one name), and a PERSON the parse reads as two phrases
    split ("told Blinken Israel would ...": "Blinken", the one told, and "Israel", the
    subject of what he was told), and a place whose last word names an armed movement made
    an organization ("the Polisario Front", tagged FAC)."""
    ents: list[Span] = []
    for ent in doc.ents:
        last = ents[-1] if ents else None
        if last is not None and ent.label_ == last.label_ == "PERSON" and ent.start == last.end:
            ents[-1] = Span(doc, last.start, ent.end, label="PERSON")
        elif ent.label_ in {"FAC", "LOC"} and ent[-1].lower_ in _MOVEMENT_HEADS:
            ents.append(Span(doc, ent.start, ent.end, label="ORG"))
        else:
            ents.append(ent)
    split: list[Span] = []
    for ent in ents:
        roots = [t for t in ent if not ent.start <= t.head.i < ent.end or t.head.i == t.i]
        if (
            ent.label_ != "PERSON"
            or len(roots) < 2
            or len({t.head.i for t in roots}) < len(roots)  # arguments of different verbs
            or any(t.dep_ not in _ARGUMENT_ROLES for t in roots)
        ):
            split.append(ent)
            continue
        cuts = [ent.start, *(r.i + 1 for r in roots[:-1]), ent.end]
        split += [Span(doc, a, b, label="PERSON") for a, b in pairwise(cuts) if a < b]
    return split


def _owned_units(b: MentionBuilder) -> None:
    """ "The U.S. Navy's Fifth Fleet": a unit owned by a state's organ is that state's organ."""
    doc, lex = b.doc, b.lex
    for index, m in enumerate(b.mentions):
        if index in b.dropped or m.kind != "org" or m.start < 2:
            continue
        last = doc[m.end - 1]
        if doc[m.start - 1].text not in {"'s", "’s"} or not (
            last.lemma_.lower() in lex.organ_nouns or last.lower_ in lex.organ_nouns
        ):
            continue
        if _party_name([t.text for t in doc[m.start : m.end]], lex):
            continue  # "South Africa's African National Congress": a party, no organ
        owner_index = b.owner[m.start - 2]
        owner = b.mentions[owner_index] if owner_index is not None else None
        if owner is None or owner.kind not in {"organ", "kb"} or owner.actor.type != "State":
            continue
        assert owner_index is not None
        b.dropped.add(owner_index)
        b.replace_at(index, Mention(owner.start, m.end, owner.actor, "organ"))


def _titled_name(
    doc: Doc, start: int, end: int, words: list[str], lex: Lexicon, kb_extent: set[tuple[int, int]]
) -> bool:
    """Two or three capitalised words, no organisation word, right after a title noun."""
    before = doc[start - 1] if start > 0 else None
    return (
        before is not None
        and is_title(before, lex)
        and 2 <= len(words) <= 3
        and all(w.isalpha() and w[0].isupper() and w[1:].islower() for w in words)
        and all(t.pos_ == "PROPN" for t in doc[start:end])
        and not any(w.lower() in lex.titles or w.lower() in lex.organ_nouns for w in words)
        and not any(s < end and start < e for s, e in kb_extent)
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
    # a dateline ("KYIV, Ukraine (AP) —") says where the story was filed: no actor
    spans = doc.user_data.get("graphkit_datelines")  # found by graphkit_paragraphs
    if spans is None:  # a Doc made without it
        spans = datelines(doc)
    filed = {i for start, end in spans for i in range(start, end)}
    kb_matches = list(kb_matches)
    matches = [m for m in kb_matches if m[0] not in filed]
    filed_from = {a for s, _, a, _ in kb_matches if s in filed and a.type == "State"}
    surnames: dict[str, int] = {}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and len(ent) >= 2:
            for t in short_forms(list(ent)):
                if t.pos_ == "PROPN" or t.is_title:
                    surnames.setdefault(t.text, ent.end)
    b = MentionBuilder(doc, lex)
    # salience: state names (not demonyms), the headline line counting twice
    text = doc_text(doc)
    first_line = text.split("\n", 1)[0]
    headline_end = len(first_line) if len(first_line) < 200 and "\n" in text else -1
    counts: Counter[Actor] = Counter()
    for s, _, a, kind in matches:
        if a.type == "State" and kind != "demonym":
            counts[a] += 2 if doc[s].idx < headline_end else 1
    b.salient = strict_leader(counts)
    if len(filed_from) == 1 and counts[home := next(iter(filed_from))]:
        # "HANOI, Oct 3 (Reuters) - ... Foreign Ministry spokeswoman X": wire copy filed from
        # a state's capital leaves only that state's organs and officials unqualified
        b.salient = b.home = home
    _base_mentions(b, matches, surnames)
    _un_bodies(b)
    _minority_groups(b)
    _np_mentions(b)
    _owned_units(b)
    _shared_state(b)
    _organ_named_before(b)
    _titled_by_apposition(b)
    b.dropped.update(k for k, m in enumerate(b.mentions) if m.start in filed)
    for k, m in enumerate(b.mentions):  # "Scholz's government", "Putin's spokesman"
        body = kb_affiliation(m.actor) if m.kind == "organ" else None
        if body is not None:
            b.mentions[k] = replace(m, actor=body, speaker=m.actor)
    affiliations = resolve_affiliations(b)
    resolve_references(b, affiliations)
    kept = [_trimmed(doc, m) for k, m in enumerate(b.mentions) if k not in b.dropped]
    return sorted(kept, key=lambda m: m.start)


def _titled_by_apposition(b: MentionBuilder) -> None:
    """A name the model tags as an organisation is a person when an appositive title
    describes it: "Smith, the NATO spokesman, criticized Russia" (a person of NATO, whose
    affiliation the apposition then gives), not an organisation beside NATO."""
    doc, lex = b.doc, b.lex
    for k, m in enumerate(b.mentions):
        head = doc[m.end - 1]
        if (
            m.kind != "org"
            or m.end - m.start > 3
            or not all(t.is_title for t in doc[m.start : m.end])
        ):
            continue
        if any(c.dep_ == "appos" and c.pos_ == "NOUN" and is_title(c, lex) for c in head.children):
            b.mentions[k] = replace(m, actor=text_actor(m.actor.label, PERSON), kind="person")


def _organ_named_before(b: MentionBuilder) -> None:
    """A state's organ named bare ("Foreign Ministry spokesperson") is the organ of the state
    the KB gives the person named after it ("... Lin Jian": China), else of the state named
    with it before ("China's foreign ministry lodged a protest with Japan. Foreign Ministry
    spokesperson X said ..."), not of the state the document names most (which the bare name
    was given first)."""
    doc = b.doc
    for k, m in enumerate(b.mentions):
        if m.kind != "organ" or m.actor.type != "State":
            continue
        words = [t.lower_ for t in doc[m.start : m.end]]
        cut = next((j for j, w in enumerate(words) if w in _STATE_ORGANS), None)
        if cut is None or not _bare_organ(words, b.lex):
            continue  # not bare: "China's Foreign Ministry", "the Chinese embassy"
        named = b.at(m.end) if m.end < len(doc) else None
        known = kb_affiliation(named.actor) if named is not None else None
        if known is not None:  # "Foreign Ministry spokesperson Lin Jian", a KB person: the
            if known.type == "State" and known != m.actor:  # state the KB gives
                b.mentions[k] = replace(m, actor=known)
            continue
        organ = " ".join(w for w in words[: cut + 1] if w != "the")
        before = max(
            (
                o
                for j, o in enumerate(b.mentions)
                if j not in b.dropped
                and o.kind == "organ"
                and o.actor.type == "State"
                and o.end <= m.start
                and " ".join(said := [t.lower_ for t in doc[o.start : o.end]]).endswith(organ)
                and not _bare_organ(said, b.lex)
            ),
            key=lambda o: o.start,
            default=None,
        )
        if before is not None and before.actor != m.actor:
            b.mentions[k] = replace(m, actor=before.actor)


def _bare_organ(words: Sequence[str], lex: Lexicon) -> bool:
    """True for lower-cased words that name an organ or a title and no one's own ("foreign
    ministry spokesperson", "the embassy"; not "china 's foreign ministry")."""
    return all(w in lex.titles or w in lex.organ_nouns or w == "the" for w in words)


def _shared_state(b: MentionBuilder) -> None:
    """A service with no state of its own coordinated with a state's is that state's too:
    "U.S. Navy and Coast Guard personnel" (the US Coast Guard)."""
    doc = b.doc
    for k, m in enumerate(b.mentions):
        words = set(m.actor.label.lower().split())
        if "/ent/" not in m.actor.id or not words or not words <= b.lex.service_words:
            continue  # "Coast Guard", "Air Force" (not "Kurdistan regional government")
        state = next(
            (
                o.actor
                for t in doc[m.start : m.end]
                if t.dep_ == "conj" and (o := b.at(t.head.i)) is not None
                if o.actor.type == "State" and o.kind in {"organ", "kb"}
            ),
            None,
        )
        if state is not None:
            b.mentions[k] = replace(m, actor=state, kind="organ")


#: Bodies whose bare name is the UN's unless the text names a state's own ("Russia's
#: Security Council"); the KB leaves the bare names out (see graphkit.kb.EXCLUDED_ALIASES).
_UN_BODIES = {"security council": "UNSC", "general assembly": "UNGA"}


def _national(b: MentionBuilder, tok: Token) -> bool:
    """True for a state (or its demonym, or a possessive) right before a body's name."""
    m = b.at(tok.i)
    return (
        tok.tag_ == "POS"
        or (m is not None and m.actor.type == "State")
        or (m is None and tok.ent_type_ in {"NORP", "GPE"})
    )


def _un_bodies(b: MentionBuilder) -> None:
    """A bare "Security Council" or "General Assembly" entity is the UN's, unless the text
    also names a national one: after a state ("Russia's Security Council", "the Russian
    Security Council") or before a title ("Security Council Secretary Sergei Shoigu")."""
    doc = b.doc
    low = doc_text(doc).lower()
    if not any(name in low for name in _UN_BODIES):
        return  # most documents: no token loop
    words = [t.lower_ for t in doc]
    for name in _UN_BODIES:
        first, second = name.split()
        for i in (i for i in range(len(doc) - 1) if words[i : i + 2] == [first, second]):
            before = doc[i - 1] if i > 0 else None
            after = doc[i + 2] if i + 2 < len(doc) else None
            if (before is not None and _national(b, before)) or (
                after is not None and is_title(after, b.lex)
            ):
                return  # a state's own council: the bare name may be it too
    for k, m in enumerate(b.mentions):
        name = " ".join(t.lower_ for t in doc[m.start : m.end] if t.lower_ != "the")
        key = _UN_BODIES.get(name)
        actor = _kb_actor(key) if key is not None and m.kind == "org" else None
        if actor is not None:
            b.mentions[k] = replace(m, actor=actor, kind="kb")


def _trimmed(doc: Doc, m: Mention) -> Mention:
    """``m`` without the punctuation its span took from the left edge of a parse
    ("BELGRADE - Serbian President ...": the dash is the dateline's)."""
    start = m.start
    while start < m.end - 1 and doc[start].is_punct and doc[start].text not in "([":
        start += 1
    return m if start == m.start else replace(m, start=start)
