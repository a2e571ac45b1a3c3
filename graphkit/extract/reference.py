"""Who a person speaks for, and what an in-document reference stands for.

Rules 4 and 5 of :mod:`graphkit.extract.actors`, run on the base and noun-phrase mentions:
a person's affiliation from title words and appositions (a government title with no body
named falls back to the document's salient state); then, left to right, surnames and first
names of a full name seen before (not a first name that is a state's name: "Israel Katz"),
``the`` + role noun (a name right after it is what it titles: "the regional bloc ECOWAS"),
personal pronouns, group references ("the two countries", "the three juntas"), bare
instruments of a hostile act, and the salient-state fallback for an unresolved ``the Prime
Minister``.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Collection
from dataclasses import replace
from functools import partial

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from graphkit.extract.attribution import claim_owners
from graphkit.extract.lexicon import JUDGEMENTS, Lexicon
from graphkit.extract.mentions import (
    PERSON,
    Mention,
    MentionBuilder,
    is_title,
    kb_affiliation,
    obliged,
    organ_state,
    short_forms,
    strict_leader,
    strict_leaders,
    token_indices,
)
from graphkit.types import ACTOR_NS, Actor

__all__ = ["resolve_affiliations", "resolve_references"]

#: Dependency labels of a noun's modifiers that narrow what it names ("the news agency").
_MODIFIERS = frozenset({"amod", "compound"})
#: Dependency labels of a noun that is an argument (a possible antecedent of "it").
_ARGUMENT_DEPS = {"nsubj", "nsubjpass", "dobj", "pobj", "attr"}


def _salient_state(b: MentionBuilder) -> Actor | None:
    return strict_leader(
        Counter(m.actor for m in b.mentions if m.actor.type == "State" and not m.locative)
    )


def _title_owner(doc: Doc, i: int, lex: Lexicon) -> list[str]:
    """The word at ``i``, left of a person's title words, when it modifies a title ("Junta
    spokesman"): the body the title belongs to, if it names one."""
    return (
        [doc[i].lower_]
        if i >= 0 and doc[i].dep_ == "compound" and is_title(doc[i].head, lex)
        else []
    )


def _last_body(
    b: MentionBuilder, start: int, heads: Collection[str], since: int = 0, words: int = 1
) -> Actor | None:
    """The state of the last mention of a state's body between ``since`` and ``start``, of
    at least ``words`` tokens, whose head noun is one of ``heads`` ("Niger's junta",
    "China's foreign ministry")."""
    return next(
        (
            x.actor
            for x in reversed(b.mentions)
            if since <= x.start
            and x.end <= start
            and x.end - x.start >= words
            and x.actor.type == "State"
            and b.doc[x.end - 1].lemma_.lower() in heads
        ),
        None,
    )


def _named_body(b: MentionBuilder, start: int, title_words: list[str]) -> Actor | None:
    """The state of the last body named before ``start`` whose head noun is a word of a
    person's title ("Niger's junta revoked ... Junta spokesman Amadou Abdramane said":
    Niger), before the salient state is guessed. A title noun of a person is no body:
    "Britain's Indo-Pacific minister, Sarah Whitmore, ... Trade Minister Mark Brennan" is
    no British minister."""
    lex = b.lex
    persons = set(lex.titles) - set(lex.cues["spoken_bodies"])
    heads = set(title_words) & lex.head_role_nouns - persons
    return _last_body(b, start, heads) if heads else None


def _briefing_place(b: MentionBuilder, start: int) -> Actor | None:
    """The state whose capital or name opens the sentence of an official named right after
    it: "In Beijing, foreign ministry spokesman Wang Lei said ..." (China's spokesman, not
    that of the last ministry named)."""
    first = b.doc[start].sent.start
    place = b.at(first + 1)
    return (
        place.actor
        if b.doc[first].lower_ == "in"
        and place is not None
        and place.start == first + 1
        and place.actor.type == "State"
        and place.end + 1 == start
        and b.doc[place.end].text == ","
        else None
    )


def _spoken_body(b: MentionBuilder, start: int, title_words: list[str]) -> Actor | None:
    """The state of a body (a ministry, a government, an embassy) named in the sentence of
    a bare spokesperson or the one before, for a spokesperson of no body: "China's foreign
    ministry said the pact would heighten confrontation. Spokeswoman Wang Lei warned ..."
    (China, not the state of the story's dateline)."""
    if not set(title_words) & {"spokesperson", "spokesman", "spokeswoman"}:
        return None
    first = b.doc[start].sent.start
    if first > 0:
        first = b.doc[first - 1].sent.start
    # (named with its state: a bare head noun alone is no body)
    return _last_body(b, start, b.lex.cues["spoken_bodies"], first, words=2)


def resolve_affiliations(b: MentionBuilder) -> dict[str, Actor]:
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
            if (
                other is not None
                and other.kind != "person"
                and other.start >= 2
                and doc[other.start - 1].lower_ in {"to", "for"}
                and is_title(doc[other.start - 2], lex)
            ):  # "U.S. Ambassador to China Nicholas Burns": a portfolio, the body before it
                title_words.append(doc[other.start - 2].lower_)
                i = other.start - 3
                continue
            if other is not None and other.kind != "person":
                last = doc[other.end - 1]
                if (
                    not title_words
                    and doc[other.end].text not in {"'s", "’s"}
                    and not is_title(last, lex)
                    and last.lower_ not in lex.organ_nouns
                ):
                    break  # "... to Counter ISIL Brett McGurk": a name, no title between
                before = doc[other.start - 1] if other.start > 0 else None
                if before is not None and before.lower_ in lex.locative_preps:
                    break  # "In Turkey Minister Ellwood met ...": a place, not the body
                body = body or other
                i = other.start - 1
                continue
            if (
                is_title(t, lex)
                or t.text == "-"
                or (t.pos_ == "PROPN" and t.head.i >= m.start and t.dep_ == "compound")
            ):
                title_words.append(t.lower_)
                i -= 1
                continue
            if t.lower_ == "of" and title_words and i > 0 and is_title(doc[i - 1], lex):
                title_words.append(t.lower_)  # "Deputy Secretary of State Christopher Landau"
                i -= 1
                continue
            if t.text in {"'s", "’s"} and i > 0 and b.at(i - 1) is not None:
                i -= 1  # "Jordan's Foreign Minister Ayman Safadi": the owner is the body
                continue
            break
        scope = [t for c in head.children if c.dep_ == "appos" for t in c.subtree]
        if title_words:  # "King Hassan of Morocco", "Sheikh Tamim of Qatar"
            scope += [
                t
                for c in head.children
                if c.dep_ == "prep" and c.lower_ == "of"
                for t in c.subtree
                if (o := b.at(t.i)) is not None and o.actor.type == "State"
            ]
        if head.dep_ == "appos" and head.head.pos_ == "NOUN":  # "the commander, X"
            title = head.head
            scope += [t for c in title.lefts for t in c.subtree] + [title]
            scope += [t for c in title.rights if c.dep_ == "prep" for t in c.subtree]
        for t in scope:
            if is_title(t, lex):
                title_words.append(t.lower_)
            other = b.at(t.i)
            if body is None and other is not None and other.kind != "person":
                body = other
        known = kb_affiliation(m.actor)
        # "Former British Prime Minister Boris Johnson": a title held before speaks for no
        # one now; "the former foreign minister of Ukraine, X", "Putin, a former KGB
        # officer": nor does an apposition's, where the KB's body still counts
        formers = lex.cues["former_words"]
        if any(t.lower_ in formers for t in doc[max(i, 0) : m.start]):
            actor: Actor | None = None
        elif any(t.lower_ in formers for t in scope) or (
            # a KB person's own body beats a body known only from the text, which the model
            # may have made of their title ("Indian External Affairs Minister S. Jaishankar")
            body is not None and known is not None and body.actor.id.startswith(f"{ACTOR_NS}ent/")
        ):
            actor = known
        elif body is not None:
            actor = body.actor
        elif (owner := organ_state(" ".join(reversed(title_words)), lex)) is not None:
            actor = owner  # "Foreign Office Minister X" (no ORG entity found): the UK's
        elif known is not None:
            actor = known  # a KB person ("Putin"): the actor they speak for
        elif (
            set(title_words) & lex.government_titles
            and (where := _briefing_place(b, i + 1)) is not None
        ):
            actor = where  # "In Beijing, foreign ministry spokesman X said": China's
        elif (
            named := _named_body(b, m.start, [*title_words, *_title_owner(doc, i, lex)])
        ) is not None:
            actor = named  # "Niger's junta ... Junta spokesman X": the junta's state
        elif (spoken := _spoken_body(b, m.start, title_words)) is not None:
            actor = spoken  # "China's foreign ministry said ... Spokeswoman X": China's
        elif salient is not None and set(title_words) & lex.government_titles:
            actor = salient
        else:
            actor = affiliations.get(m.actor.id)
        if actor is not None and actor.type == PERSON:
            actor = None
        start = m.start
        j = m.start - 1
        while j >= 0 and (
            is_title(doc[j], lex)
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
        while start < m.start and doc[start].text in {"-", "'s", "’s"}:
            start += 1  # "Kyiv's mayor Vitali Klitschko", Kyiv no body: "mayor Vitali ..."
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
    for index, m in enumerate(b.mentions):  # "Minister X ..." before "Foreign Office Minister X"
        body_actor = affiliations.get(m.actor.id)
        if m.kind == "person" and m.actor.type == PERSON and body_actor is not None:
            person = replace(m.actor, affiliation=body_actor.id)
            b.mentions[index] = replace(m, actor=body_actor, speaker=person)
    return affiliations


#: Relations of material hostility.
_HOSTILE = frozenset({"attacks", "fightsAgainst", "coerces", "targets"})


def _hostile_verb(tok: Token, lex: Lexicon) -> bool:
    """True for a verb of material hostility ("strikes destroyed ...")."""
    entry = lex.verbs.get(tok.lemma_.lower())
    return entry is not None and entry.relation in _HOSTILE


def _titles(doc: Doc, m: Mention, lex: Lexicon) -> set[str]:
    """Title words in a mention ("Defense Secretary Ash Carter" -> {"secretary"}), with
    invisible direction marks stripped ("Minister\u200e")."""
    words = {t.lemma_.lower().strip("\u200e\u200f") for t in doc[m.start : m.end]}
    words |= {t.lower_.strip("\u200e\u200f") for t in doc[m.start : m.end]}
    return {w for w in words if w in lex.titles}


#: Title words that name no office of their own ("the NATO chief", "the Iranian leader").
_GENERIC_TITLES = frozenset({"chief", "head", "leader", "top", "senior", "official", "new"})


def _other_office(b: MentionBuilder, m: Mention, person: Actor) -> bool:
    """True when the titles of ``m`` ("the Greek prime minister") name an office the
    titles given ``person`` before it ("Greek Foreign Minister Giorgos Kalamaris") do not."""
    wanted = _titles(b.doc, m, b.lex) - _GENERIC_TITLES
    held = {
        w
        for x in b.mentions
        if x.end <= m.start and x.speaker == person
        for w in _titles(b.doc, x, b.lex)
    }
    return bool(held) and bool(wanted - held)


def _person_of(m: Mention) -> Actor | None:
    if m.kind in {"person", "surname"} or (m.kind in {"pronoun", "role"} and m.speaker):
        # ("the Deputy Secretary", a role resolved to its holder, is a person too)
        return m.speaker or m.actor
    return None


#: Title words that name a body, not one holder: "the Foreign Ministry", "the State
#: Department" (no "he" or "she").
_BODY_TITLES = {"ministry", "office", "department", "state"}


def _holder_of(doc: Doc, lex: Lexicon, m: Mention) -> Actor | None:
    """The actor a "he"/"she" may stand for: a person, or a state's office named by a single
    title with no name ("the Ukrainian president said ... He also thanked Poland")."""
    person = _person_of(m)
    if person is not None or m.kind != "organ":
        return person
    head = doc[m.end - 1]
    title = head.lemma_.lower()
    return (
        m.actor if head.tag_ == "NN" and title in lex.titles and title not in _BODY_TITLES else None
    )


def _thing_of(doc: Doc, m: Mention) -> Actor | None:
    """The actor an "it"/"its" may stand for: no person, no place, no people group named by
    a plural ("protesters"; "the Iran-backed group" and "Georgian Dream", a party named
    after a demonym, are one)."""
    if _person_of(m) is not None or m.locative:
        return None
    return m.actor if m.kind != "group" or doc[m.end - 1].tag_ in {"NN", "NNP"} else None


def _plural(tok: Token) -> bool:
    """A plural noun phrase: "Russian troops", or "its troops" through the possessive."""
    if tok.dep_ == "poss":
        tok = tok.head
    return tok.tag_ in {"NNS", "NNPS"}


def _group_of(m: Mention) -> Actor | None:
    """The actor a "they"/"their" may stand for (no single person, no place)."""
    return m.actor if _person_of(m) is None and not m.locative else None


def _plural_of(doc: Doc, m: Mention) -> Actor | None:
    """The actor a "they"/"their" may stand for: a group, not a single state named alone
    ("North Korea fired two missiles. Japan said they landed in its zone": the missiles)."""
    head = doc[m.end - 1]
    alone = (
        m.kind in {"kb", "capital"}
        and not head.conjuncts
        # ("Kazakhstan, whose investigators examined the wreckage, declined to publish their
        # findings": the investigators')
        and not any(
            t.lower_ == "whose" and t.head.tag_ in {"NNS", "NNPS"}
            for c in head.children
            if c.dep_ == "relcl"
            for t in c.subtree
        )
    )
    return None if alone and m.actor.type == "State" else _group_of(m)


def _nearer_thing(b: MentionBuilder, start: int, i: int, skip: set[int], tag: str = "NN") -> bool:
    """A singular (``tag`` "NN") or plural ("NNS") non-actor noun argument between a
    pronoun and its actor antecedent, other than those in ``skip`` (an attacker, who is not
    what it owns: "a Russian plane violated its airspace"; nouns "it" cannot be: see
    _not_it).

    "... strike the equipment before it posed a threat": "it" is the equipment; "said it was
    open to talks but accused Kyiv of sabotaging them": "them" are the talks. The actor
    before is no sure antecedent. A predicate noun is its subject again ("said the drills
    were a warning and accused Washington of interfering in its affairs": no "warning"), and
    a noun of an adjunct of the verb a subject pronoun is of is where it acts ("In a
    statement, it accused ...").
    """
    doc = b.doc
    since = max(start, doc[i].sent.start)
    subject = doc[i] if doc[i].dep_ in {"nsubj", "nsubjpass"} else None
    return any(
        t.tag_ == tag
        and t.dep_ in _ARGUMENT_DEPS
        and t.dep_ != "attr"
        and b.at(t.i) is None
        and t.i not in skip
        # "In a statement, it accused ...": a noun of the pronoun's own verb's adjunct is
        # where it acts, not what it is
        and not (subject is not None and t.dep_ == "pobj" and t.head.head == subject.head)
        for t in doc[since:i]
    )


def _thing_centre(b: MentionBuilder, tok: Token) -> bool:
    """True for "it" opening a sentence when the subject of the sentence before was a thing,
    not an actor: "The ceasefire, which was brokered by the United States, ended the war
    between Israel and Hezbollah. It required Hezbollah to pull back" (the ceasefire). Not
    for "it" saying something: a thing says nothing, except a text ("The statement said the
    return does not mean any change ... It did not say whether ...": the statement)."""
    doc, lex = b.doc, b.lex
    sent = tok.sent
    if tok.dep_ not in {"nsubj", "nsubjpass"} or tok.i - sent.start > 1 or sent.start == 0:
        return False
    before = doc[sent.start - 1].sent
    subj = next((c for c in before.root.children if c.dep_ in {"nsubj", "nsubjpass"}), None)
    if tok.head.lemma_.lower() in lex.speech_verbs and not (
        subj is not None and subj.lemma_.lower() in lex.cues["document_nouns"]
    ):
        return False
    return (
        subj is not None
        and subj.tag_ == "NN"
        and b.at(subj.i) is None
        and subj.lemma_.lower() not in lex.role_nouns
        and subj.lemma_.lower() not in lex.head_role_nouns
        and subj.lemma_.lower() not in lex.organ_nouns
        and not is_title(subj, lex)
    )


def _epithet_states(noun: Token, lex: Lexicon) -> frozenset[str] | None:
    """The states (ISO alpha-3) a state role noun can stand for, or None for any: "the
    kingdom" only a kingdom, "the Jewish state" only Israel, "the Gulf state" a Gulf state;
    a proper-adjective modifier not listed ("the Jewish state" were it missing) fits none."""
    epithets = lex.cues["state_epithets"]
    lemma = noun.lemma_.lower()
    modifiers = [c for c in noun.children if c.dep_ in {"amod", "compound"} and c.i < noun.i]
    for m in modifiers:
        listed = epithets.get(f"{m.lower_} {lemma}")
        if listed is not None:
            return frozenset(listed)
    if any(m.text[:1].isupper() for m in modifiers):
        return frozenset()
    listed = epithets.get(lemma)
    return frozenset(listed) if listed is not None else None


def _alliance(actor: Actor, lex: Lexicon) -> bool:
    """True when "the alliance" can name ``actor``: a KB alliance (NATO, the CSTO, AUKUS), or
    a body or bloc known only from the text ("the Alliance of Sahel States"); not the EU, the
    UN or "the West"."""
    key = actor.id.removeprefix(ACTOR_NS)
    return key in lex.cues["alliance_actors"] or key.startswith("ent/")


def _accused(tok: Token, lex: Lexicon) -> bool:
    """True for an accusing verb or its object ("accused the agency of bias"): what "of"
    hangs on there is the charge."""
    verb = tok.head if tok.dep_ == "dobj" else tok
    entry = lex.verbs.get(verb.lemma_.lower())
    return entry is not None and entry.relation == "accuses"


def _launcher(b: MentionBuilder, tok: Token) -> Mention | None:
    """The subject of the verb that took the same act noun as its object earlier (in
    ``tok``'s sentence or the two before it), for "the attack" standing for its doer:
    "Russia launched a massive missile and drone attack on Ukraine ... the attack targeted
    power plants" (Russia, not the last acting subject: "Ukraine's air force said it shot
    down 84 missiles")."""
    if not any(c.dep_ == "det" and c.lower_ in {"the", "this", "that"} for c in tok.children):
        return None
    lemma = tok.lemma_.lower()
    for t in reversed(b.doc[_window_start(tok) : tok.i]):
        if t.lemma_.lower() != lemma:
            continue
        while t.dep_ == "conj" and t.head.i != t.i:  # "a missile and drone attack"
            t = t.head
        if t.dep_ == "dobj":
            subject = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
            held = b.at(subject.i) if subject is not None else None
            if held is not None and _person_of(held) is None and not held.locative:
                return held
    return None


def _text_drafter(b: MentionBuilder, tok: Token, lex: Lexicon) -> Mention | None:
    """The actor named on the last text told before ``tok`` in its sentence ("a
    U.S.-drafted resolution", "Russia's draft", "a resolution drafted by Brazil"), if any."""
    for t in reversed(b.doc[tok.sent.start : tok.i]):
        if t.lemma_.lower() not in lex.cues["proposal_nouns"] or t.pos_ != "NOUN":
            continue
        for w in t.subtree:
            m = b.at(w.i)
            if (
                m is not None
                and w.i < tok.i
                and not m.locative
                and m.kind not in {"pronoun", "place"}
                and (
                    w.dep_ in {"poss", "compound", "amod", "npadvmod"}
                    or (w.dep_ == "pobj" and w.head.dep_ == "agent")
                )
            ):
                return m
        return None
    return None


def _actor_owned(tok: Token, lex: Lexicon) -> bool:
    """True for an "its" on what only an actor has: a tie, a pact or an act ("its mutual
    defence treaty with Manila", "its support for Kyiv") or an organ ("its troops", "its
    foreign ministry"); no thing told nearer owns that."""
    if tok.dep_ != "poss":
        return False
    head = tok.head.lemma_.lower()
    return head in lex.nouns or head in lex.organ_nouns


def _not_it(tok: Token, lex: Lexicon) -> set[int]:
    """Nouns an "it" cannot stand for: the noun it is hung on ("cooperation with it"), the
    charge of an accusation ("accused the IAEA of bias and suspended cooperation with it"),
    and, for the subject of a verb of saying, any that is no text ("expelled the vessel,
    which it said had entered Chinese waters": a vessel says nothing)."""
    gov = tok.head.head if tok.dep_ == "pobj" else None
    nouns = {gov.i} if gov is not None and gov.pos_ == "NOUN" else set()
    for t in tok.sent:
        if t.lower_ == "of" and _accused(t.head, lex):
            nouns |= {p.i for p in t.children if p.dep_ == "pobj"}
    if tok.dep_ == "nsubj" and tok.head.lemma_.lower() in lex.speech_verbs:
        texts = {*lex.cues["document_nouns"], *lex.cues["claim_nouns"]}
        nouns |= {t.i for t in tok.sent if t.lemma_.lower() not in texts}
    return nouns


def _relative_head(tok: Token) -> set[int]:
    """Tokens of the noun phrase a relative clause hangs on, for the subject pronoun of that
    clause's verb: "the Philippine vessel, which it said had entered Chinese waters" (what
    the clause tells of is not who speaks in it), with all it holds before the clause
    ("threats from the FDLR, which it accuses Kinshasa of backing": not the FDLR)."""
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.dep_ != "relcl":
        return set()
    return set(range(verb.head.left_edge.i, max(verb.head.i + 1, verb.left_edge.i)))


def _claim_owner(tok: Token, lex: Lexicon) -> set[int]:
    """Tokens naming who makes the claim ``tok`` lies in ("U.S. allegations that it ...")."""
    cur = tok
    for _ in range(8):
        head = cur.head
        if head.i == cur.i:
            break
        if head.lemma_.lower() in lex.cues["claim_nouns"] and cur.dep_ in {"acl", "ccomp"}:
            return {t.i for owner in claim_owners(head) for t in owner.subtree}
        cur = head
    return set()


def _attacker(tok: Token, lex: Lexicon) -> set[int]:
    """Tokens of the subject of a hostile verb whose object ``tok`` owns: "Manila had attacked
    its fishermen" speaks of another's fishermen (an actor does not attack its own), "Chinese
    ships entered its waters" of another's waters (nor intrude into its own); and, for an
    owned object reached through a preposition, of the common noun it fires or throws ("fired
    water cannon at its boat": the cannon owns no boat)."""
    if not _others_object(tok):
        return set()
    verb = tok.head.head
    if tok.head.dep_ == "pobj" and verb.dep_ == "prep":
        verb = verb.head
    if (  # "Iran was behind the attack on its troops", "Iran launched an attack on its
        # troops": the doer of the hostile act the owned object is hit by
        verb.pos_ == "NOUN"
        and (act := lex.nouns.get(verb.lemma_.lower())) is not None
        and act.relation in _HOSTILE
    ):
        gov = verb.head.head if verb.dep_ == "pobj" and verb.head.lower_ == "behind" else None
        if verb.dep_ == "dobj" and (verb.head.lemma_.lower(), verb.lemma_.lower()) in lex.support:
            gov = verb.head  # (the light verb's subject: not "would not tolerate attacks on
            # its territory", whose attacks are others')
        return {  # and the doers named on the act ("Israeli and American strikes on its
            t.i  # nuclear sites": neither's own)
            for c in [*(gov.children if gov is not None else ()), *verb.lefts]
            if c.dep_ == "nsubj" or (c.head.i == verb.i and c.dep_ in _MODIFIERS)
            for t in c.subtree
        }
    intrusion = lex.support.get((verb.lemma_.lower(), tok.head.lemma_.lower()))
    if not _hostile_verb(verb, lex) and not (  # "Chinese ships entered its waters"
        intrusion is not None
        and intrusion.relation == "mobilizesAgainst"
        and tok.head.lower_ in lex.place_nouns
    ):
        return set()
    deps = {"nsubj", "dobj"} if tok.head.dep_ == "pobj" else {"nsubj"}
    return {  # nor what it fires or throws ("fired water cannon at its boat")
        t.i
        for c in verb.children
        if c.dep_ in deps and (c.dep_ == "nsubj" or c.pos_ == "NOUN")
        for t in c.subtree
    }


def _others_object(tok: Token) -> bool:
    """True for a possessive on an object that may be another's than the doer's: not one
    said to be its own ("Ukraine shelled its own cities")."""
    return (
        tok.dep_ == "poss"
        and tok.head.dep_ in {"dobj", "pobj"}
        and not any(c.lower_ == "own" for c in tok.head.children)
    )


def _charged(tok: Token, lex: Lexicon) -> set[int]:
    """Tokens of the one accused, for a possessive in the charge whose owner suffers the
    act charged: "Pakistan accused Afghanistan of sheltering militants who attacked its
    soldiers" (Pakistan's soldiers, as in "accused Hezbollah of violating its airspace"),
    not the accused's (unless said: "accused Kyiv of shelling its own cities")."""
    if not _others_object(tok):
        return set()
    verb = tok.head.head.head if tok.head.dep_ == "pobj" else tok.head.head
    if not _hostile_verb(verb, lex):
        return set()
    for prep in verb.ancestors:
        if prep.lower_ == "of" and prep.dep_ == "prep" and _accused(prep.head, lex):
            accusing = prep.head.head if prep.head.dep_ == "dobj" else prep.head
            return {t.i for c in accusing.children if c.dep_ == "dobj" for t in c.subtree} - {
                t.i for t in prep.subtree
            }
    return set()


def _window_start(tok: Token, before: int = 2) -> int:
    """The first token of ``tok``'s sentence or of the ``before`` sentences before it: where
    a pair or a counterpart may be named.

    Example:
        >>> from spacy.lang.en import English
        >>> nlp = English()
        >>> _ = nlp.add_pipe("sentencizer")
        >>> doc = nlp("A met B . C met D . E met F . They talked .")
        >>> _window_start(doc[-2]), _window_start(doc[-2], before=0)
        (4, 12)
    """
    since = tok.sent.start
    for _ in range(before):
        since = tok.doc[since - 1].sent.start if since > 0 else 0
    return since


def _counterpart(b: MentionBuilder, tok: Token) -> Mention | None:
    """ "Xi praised his counterpart": the last person named in this or the two sentences
    before who is not the owner and speaks for another side. Only a bare "his/her/their
    counterpart": one with its state or name ("his Indian counterpart", "his counterpart
    Wang Yi") is named already."""
    owner = next((c for c in tok.children if c.dep_ == "poss"), None)
    held = b.at(owner.i) if owner is not None else None
    if held is None or any(c.dep_ in {"amod", "compound", "appos"} for c in tok.children):
        return None
    since = _window_start(tok)
    return next(
        (
            x
            for x in reversed(_previous(b, tok.i))
            if x.start >= since
            and (person := _person_of(x)) is not None
            and person != _person_of(held)
            and x.actor.id != held.actor.id
        ),
        None,
    )


def _titled_subject(b: MentionBuilder, tok: Token) -> Mention | None:
    """ "Russia's foreign minister met his Indian counterpart": "his" is the clause's subject
    when that subject is a state's office named by a title (no person named)."""
    if tok.lower_ not in {"his", "her"} or tok.dep_ != "poss":
        return None
    verb = tok.head
    while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
        verb = verb.head
    subj = next((c for c in verb.children if c.dep_ == "nsubj" and c.i < tok.i), None)
    m = b.at(subj.i) if subj is not None else None
    if m is None or m.kind != "organ" or m.speaker is not None:
        return None
    return m if b.doc[m.end - 1].lemma_.lower() in b.lex.titles else None


def _group(b: MentionBuilder, tok: Token) -> Mention | None:
    """ "the two countries", "both sides": the last two states named in this or the two
    sentences before, not the clause's own subject (nor the speaker of the clause when first
    heard in its sentence), as one mention (the first state, ``joint`` the second); "the
    three governments" the last three so named. When the nearest sentences that name two
    name more, the two the document has named most (then the latest); "the three allies" or
    "the two partners" are the latest list of as many. Mediators are no side: the subjects or
    "by" agents of a mediating verb in these sentences, or above the group's clause. "The two
    leaders", "both ministers": the sides of the last two persons named before, however far
    back (a readout names them once, then discusses). A group in a relative clause is first
    the list of as many its sentence names after it (:func:`_listed_after`), and one the
    nearest sentences do not name the story's protagonists (:func:`_protagonists`)."""
    sizes = b.lex.cues["group_sizes"]
    lemma = tok.lemma_.lower()
    if lemma.endswith("s") and lemma[:-1] in b.lex.titles:  # "the two Foreign Ministers"
        lemma = lemma[:-1]
    # "The two discussed ...", "Both met ...": a bare pair as subject (persons first)
    bare = tok.dep_ in {"nsubj", "nsubjpass"} and (
        (tok.lower_ == "two" and any(c.lower_ == "the" for c in tok.children))
        or (tok.lower_ == "both" and tok.n_lefts + tok.n_rights == 0)
    )
    size = (
        2
        if bare
        else next(  # "the three governments" (a number), "both sides" (a determiner)
            (
                sizes[c.lower_]
                for c in tok.children
                if c.lower_ in sizes and c.dep_ == ("det" if c.lower_ == "both" else "nummod")
            ),
            0,
        )
    )
    persons = size == 2 and (bare or lemma == "leader" or lemma in b.lex.titles)
    if not size or (not bare and lemma not in b.lex.cues["pair_nouns"] and not persons):
        return None
    since = _window_start(tok)
    verb = tok.head if tok.dep_ in {"dobj", "pobj"} else None
    while verb is not None and verb.dep_ in {"prep", "dobj", "pobj"} and verb.pos_ != "VERB":
        verb = verb.head  # "Qatar hosted talks between the two governments": not Qatar
    for _ in range(3):  # "Anwar said after hosting talks between the two sides": the host's
        if verb is None or any(c.dep_ == "nsubj" for c in verb.children):
            break
        if verb.dep_ not in {"pcomp", "prep", "advcl", "xcomp", "conj"}:
            break
        verb = verb.head
    # "Oman, which has mediated between the two countries": "which" is Oman
    owner = verb.head.i if verb is not None and verb.dep_ == "relcl" else None
    relatives = b.lex.cues["relative_pronouns"]
    subject = [  # "Myanmar's leader thanked both countries": the thanker is none of them
        m.actor.id  # ("The US and Saudi Arabia urged both sides": nor are the asker's mates)
        for c in (verb.children if verb is not None else ())
        if c.dep_ == "nsubj"
        for s in (c, *c.conjuncts)
        if (m := b.at(owner if owner is not None and s.lower_ in relatives else s.i)) is not None
    ]
    brokers = b.lex.cues["mediator_verbs"]  # "Anwar had brokered a truce, after Trump warned
    # both governments ...": a mediator is none of the sides
    subject += [
        m.actor.id
        for a in (tok.ancestors if verb is not None else ())
        if a.pos_ == "VERB" and a.lemma_.lower() in brokers
        # (its subject, or the name the parser hung the verb on: "Anwar, as ASEAN chair,
        # had brokered ...")
        for c in [c for c in a.children if c.dep_ == "nsubj"] or [a.head]
        if (m := b.at(c.i)) is not None
    ]
    said = (
        tok.head.head if tok.dep_ in {"nsubj", "nsubjpass"} and tok.head.dep_ == "ccomp" else None
    )
    if said is not None and said.lemma_.lower() in b.lex.speech_verbs:
        # "Israel and Hamas fought. Egypt said both sides had attacked civilians": a voice
        # first heard in the group's own sentence is none of it (but "India and Pakistan
        # agreed to a truce. India said the two countries would ...": India is one)
        earlier = {x.actor.id for x in _previous(b, tok.sent.start)}
        subject += [
            m.actor.id
            for c in said.children
            if c.dep_ == "nsubj" and (m := b.at(c.i)) is not None and m.actor.id not in earlier
        ]
    states: list[Mention] = []
    # "Israel and Hamas exchanged fire. Egypt urged both sides (both parties) to stop": a
    # side may be an armed group; a country, a nation or a state is a state
    sides = {"State", "NonStateArmedGroup"} if lemma in {"side", "party"} else {"State"}
    if persons:
        seen: set[str] = set()
        for x in reversed(_previous(b, tok.i)):
            person = _person_of(x)
            if person is None or person.id in seen or x.actor.id in subject:
                continue
            seen.add(person.id)
            if all(x.actor.id != y.actor.id for y in states):
                states.append(x)
            if len(states) == 2:
                break
        states = states if len(states) == 2 else []

    # "talks in Doha mediated by Qatar and Turkey ... The two sides will meet again": the
    # mediators named in these sentences are no side
    mediating = [
        t for t in tok.doc[since : tok.i] if t.pos_ == "VERB" and t.lemma_.lower() in brokers
    ]
    mediators = {
        m.actor.id
        for t in mediating
        # (an offer or a plan to mediate has the subject of its verb: "as Sudan offered to
        # mediate and the African Union urged both sides ...")
        for c in [*t.children, *(t.head.children if t.dep_ == "xcomp" else ())]
        if c.dep_ in {"nsubj", "agent"}
        for p in ([c] if c.dep_ == "nsubj" else [g for g in c.children if g.dep_ == "pobj"])
        for g in (p, *p.conjuncts)
        if (m := b.at(g.i)) is not None
    }

    def named_states(excluded: Collection[str]) -> list[Mention]:
        found: list[Mention] = []  # the latest mention of each, the latest first
        for x in reversed(_previous(b, tok.i)):
            if x.start < since:
                break
            if (
                _named_side(x, sides)
                and x.actor.id not in mediators
                and x.actor.id not in excluded
                and all(x.actor.id != y.actor.id for y in found)
            ):
                found.append(x)
        if len(found) <= size:
            return found
        for x in found if lemma in {"ally", "partner"} else ():
            # "The United States, Japan and South Korea urged Pyongyang to ... The three
            # allies agreed ...": allies are the latest list of as many (not "both
            # countries", which may be two at odds named before a pair that took sides)
            listed = {t.i for t in tok.doc[x.end - 1].conjuncts} | {x.end - 1}
            members = [y for y in found if y.end - 1 in listed]
            if len(listed) == size and len(members) == size:
                return members
        # the sentences nearest the group that name as many: when they name more ("Egypt
        # and Somalia have deepened ties with Asmara. The AU urged both countries ..."),
        # the ones the document names most (Ethiopia and Eritrea), then the latest
        nearest = tok.doc[found[size - 1].start].sent.start
        if sum(1 for x in found if x.start >= nearest) == size:
            return found[:size]
        named = Counter(
            m.actor.id
            for m in b.mentions
            if m.end <= tok.i and m.kind not in {"pronoun", "role", "instrument"}
        )
        chosen = sorted(found, key=lambda x: -named[x.actor.id])[:size]
        return sorted(chosen, key=lambda x: -x.start)

    if not states:
        states = _listed_after(b, tok, size, sides) or named_states(subject)
    if (
        len(states) < size
        and subject
        and tok.dep_ == "pobj"
        and tok.head.lower_ == "between"
        and tok.head.head.pos_ == "NOUN"
        and (verb is None or verb.lemma_.lower() not in b.lex.cues["mediator_verbs"])
    ):  # "Xi met Putin. Xi praised the partnership between the two countries": a tie
        # between the two includes the one who speaks of it when no other two are named
        states = named_states(())
    if len(states) < size and not persons:
        states = _protagonists(b, tok, size, sides, {*subject, *mediators}) or states
    if len(states) < size:
        return None
    first, *others = reversed(states)
    start = tok.left_edge.i if b.free(tok.left_edge.i, tok.i + 1) else tok.i
    # a person met by reference ("the Secretary") is anchored where that reference leads
    anchor = first.anchor if first.kind in {"pronoun", "role"} else first.start
    joint = tuple(x.actor for x in others)
    return Mention(start, tok.i + 1, first.actor, "role", anchor=anchor, joint=joint)


def _listed_after(
    b: MentionBuilder, tok: Token, size: int, sides: Collection[str]
) -> list[Mention]:
    """For a group in a relative clause, the list of as many states its sentence names after
    it: "China, which has close ties with both neighbours, called on Iran and Pakistan"
    (latest first, as named_states gives them); else none."""
    if not any(a.dep_ == "relcl" for a in tok.ancestors):
        return []
    for t in tok.doc[tok.i + 1 : tok.sent.end]:
        first = b.at(t.i)
        if first is None or first.actor.type not in sides or t.dep_ == "conj":
            continue
        listed = [x for c in (t, *t.conjuncts) if (x := b.at(c.i)) is not None]
        if (
            len(listed) == size
            and all(x.actor.type in sides for x in listed)
            and len({x.actor.id for x in listed}) == size
        ):
            return sorted(listed, key=lambda x: -x.start)
    return []


def _protagonists(
    b: MentionBuilder, tok: Token, size: int, sides: Collection[str], excluded: Collection[str]
) -> list[Mention]:
    """For a group the nearest sentences do not name ("Greece protested to Turkey ... The
    Commission called on Turkey ... Germany, which has mediated between the two NATO
    allies"): the ``size`` states the document has named most before it, each at least
    twice and strictly ahead of the next, as their latest mentions (latest first); else
    none."""
    latest: dict[str, Mention] = {}
    named: Counter[str] = Counter()
    for x in _previous(b, tok.i):
        if _named_side(x, sides) and x.actor.id not in excluded:
            named[x.actor.id] += 1
            latest[x.actor.id] = x
    return sorted((latest[a] for a in strict_leaders(named, size)), key=lambda x: -x.start)


def _named_side(x: Mention, sides: Collection[str]) -> bool:
    """True for a mention that names a side of a group: of one of the ``sides`` types,
    named (not a place, not itself a reference)."""
    return (
        x.actor.type in sides
        and not (x.locative or x.territory)
        and x.kind not in {"place", "pronoun", "role", "instrument"}
    )


#: The sex a personal pronoun gives its antecedent.
_PRONOUN_SEX = {
    **dict.fromkeys(("he", "him", "his", "himself"), "m"),
    **dict.fromkeys(("she", "her", "hers", "herself"), "f"),
}


def _of_sex(
    fits: Callable[[Mention], Actor | None], sex: str, sexes: dict[str, str], m: Mention
) -> Actor | None:
    """``fits(m)``, unless it is a person an earlier pronoun gave the other sex ("Claire
    Beaumont said she had raised the case with Kulkarni and that he had refused")."""
    found = fits(m)
    person = _person_of(m)
    if found is not None and person is not None and sexes.get(person.id, sex) != sex:
        return None
    return found


def _reporting_own(b: MentionBuilder, tok: Token, types: Collection[str]) -> Mention | None:
    """The subject of the report a speaker of "the country" closes: "Bangladesh has asked
    India to send back Hasina, the country's top foreign policy official said" (Bangladesh,
    not India, the last state named)."""
    speaker = tok.head
    verb = speaker.head
    if not (
        tok.dep_ == "poss" and speaker.dep_ == "nsubj" and verb.lemma_.lower() in b.lex.speech_verbs
    ):
        return None
    return next(
        (
            m
            for c in verb.children
            if c.dep_ == "ccomp" and c.i < tok.i
            for s in c.children
            if s.dep_ == "nsubj"
            and (m := b.at(s.i)) is not None
            and m.actor.type in types
            and not m.locative
        ),
        None,
    )


def _previous(b: MentionBuilder, i: int) -> list[Mention]:
    """The mentions kept so far that end before token ``i``, by position."""
    previous = [x for k, x in enumerate(b.mentions) if x.end <= i and k not in b.dropped]
    previous.sort(key=lambda x: x.start)
    return previous


def resolve_references(b: MentionBuilder, affiliations: dict[str, Actor]) -> None:
    """Surnames, role nouns and pronouns, resolved left to right."""
    doc, lex = b.doc, b.lex
    names: dict[str, Mention] = {}
    # only a group's size ("two", "both", "three") and its head can be a group ("the two
    # countries", "both met", "the three governments")
    counts = token_indices(doc, LOWER, tuple(get_string_id(w) for w in lex.cues["group_sizes"]))
    counting = {*counts, *(doc[i].head.i for i in counts)}
    sexes: dict[str, str] = {}  # person id -> "m" or "f", from the pronouns resolved to them
    for i, tok in enumerate(doc):
        m = b.at(i)
        if m is not None:
            # (a person's organ names the person too: "the administration of Nobel
            # laureate Muhammad Yunus ... accused Yunus")
            if i == m.start and (
                m.kind == "person" or (m.kind == "organ" and m.actor.type == PERSON)
            ):
                name = [t for t in doc[m.start : m.end] if t.ent_type_ == "PERSON"]
                if len(name) >= 2:
                    for t in short_forms(name):
                        names[t.text] = m
            elif (
                m.kind == "organ"
                and i == m.end - 1
                and m.speaker is None
                and tok.lemma_.lower() in lex.titles
                and tok.tag_ != "NNS"
            ):
                # "the NATO chief": the last person seen speaking for that body (in another
                # office than theirs: "Greek Foreign Minister X ... the Greek prime minister")
                person = next(
                    (
                        x
                        for x in reversed(b.mentions)
                        if x.end <= m.start
                        and x.speaker is not None
                        and x.actor == m.actor
                        and not _other_office(b, m, x.speaker)
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
        found: Mention | None = None
        bound: Mention | None = None  # an antecedent the syntax fixes
        kind = "pronoun"
        ambiguous = False
        if i in counting and (group := _group(b, tok)) is not None:
            b.add(group)
            continue
        if tok.pos_ == "PRON" or low in {"his", "her", "its", "their"}:
            if low == "it" and (tok.dep_ == "expl" or tok.head.pos_ == "ADJ"):
                continue  # "made it clear that ...", "it is vital to ...": refers to nothing
            owner = _claim_owner(tok, lex)  # "U.S. allegations that it ...": not the U.S.
            owner |= _attacker(tok, lex)  # "Manila attacked its fishermen": not Manila's
            owner |= _charged(tok, lex)  # "accused X of backing militants who attacked its
            # soldiers": not X's
            owner |= _relative_head(tok)
            previous = [x for x in _previous(b, i) if x.start not in owner]
            fits: Callable[[Mention], Actor | None] | None = None
            if low in lex.cues["person_pronouns"]:
                fits = partial(_holder_of, doc, lex)
                if (sex := _PRONOUN_SEX.get(low)) is not None:
                    fits = partial(_of_sex, fits, sex, sexes)  # "she ... he": not her
            elif low in lex.cues["thing_pronouns"]:
                fits = partial(_thing_of, doc)
            elif low in lex.cues["plural_pronouns"]:
                fits = partial(_plural_of, doc)
            # (bound: no nearer thing competes)
            if (
                fits is not None
                and low in {"him", "her", "them", "it"}
                and tok.dep_ in {"dobj", "dative"}
            ):
                # "He thanked him": an object pronoun is not its clause's subject (that
                # would be "himself")
                subj = next((c for c in tok.head.children if c.dep_ == "nsubj"), None)
                held = b.at(subj.i) if subj is not None else None
                own = fits(held) if held is not None else None
                if own is not None:
                    previous = [x for x in previous if fits(x) != own]
                if (
                    low == "them"
                    and (judged := lex.verbs.get(tok.head.lemma_.lower())) is not None
                    and judged.relation in JUDGEMENTS
                    and not _in_sentence(tok, previous, fits)
                    and not _acting_pair(tok.doc, previous, fits)
                ):  # "Israel struck Hezbollah positions. Iran condemned them": the strikes
                    previous = []  # (an act told before, found by the act anaphora); but
                    # "Russia and Iran signed a pact. Washington criticized them": the pair
                if low == "it":  # "Zakharova dismissed it" (the decision told before)
                    previous = [] if _judged_clause(tok, lex) else _object_it(tok, previous, fits)
                    if tok.head.lemma_.lower() in lex.cues["denial_verbs"]:
                        previous = []  # "Iran, suspected of arming the Houthis, denied it":
                        # what is denied is a charge, never an actor
                    if tok.head.lemma_.lower() in lex.cues["text_verbs"]:
                        # "failed to adopt a resolution on Gaza after the US vetoed it": what
                        # is vetoed, adopted or signed is a text, named by its drafter if any
                        # ("a U.S.-drafted resolution ... Russia and China vetoed it": the US)
                        bound = _text_drafter(b, tok, lex)
                        previous = [bound] if bound is not None else []
            if fits is not None:
                bound = bound or (
                    _own_object(tok, previous, fits)
                    or _controller(tok, previous, fits)
                    or _reporter(tok, previous, fits, lex)
                    or _reported_subject(tok, previous, fits, lex)
                )
                found = (
                    _titled_subject(b, tok)
                    or bound
                    or _parallel_subject(tok, previous, fits)
                    or _previous_subject(tok, previous, fits)
                    or _outside_relative(tok, previous, fits)
                    or _last_fitting(previous, fits)
                )
            if fits is not None and low in lex.cues["plural_pronouns"] and found is not None:
                # "its troops out of northern Iraq, where they are fighting": a plural
                # noun phrase in the same sentence before a singular name
                since = doc[i].sent.start
                plural = next(
                    (
                        x
                        for x in reversed(previous)
                        if x.start >= since and fits(x) and _plural(doc[x.end - 1])
                    ),
                    None,
                )
                found = plural or found
            if fits is not None and found is not None:
                # another compatible actor since the antecedent's sentence began
                since = doc[found.start].sent.start
                partners = {c.i for c in doc[found.end - 1].conjuncts}
                ambiguous = any(  # (a conjunct of a plural antecedent is no rival:
                    x.start >= since  # "Germany and France met. They agreed ...")
                    and fits(x)
                    and fits(x) != fits(found)
                    and not (low in lex.cues["plural_pronouns"] and x.end - 1 in partners)
                    for x in previous
                )
                if (
                    low in lex.cues["thing_pronouns"]
                    and found is not bound
                    # (an actor naming a thing, "a UN Security Council resolution", is no
                    # sure owner either)
                    and not (
                        _actor_owned(tok, lex)
                        and doc[found.end - 1].dep_ not in {"compound", "amod", "nmod"}
                    )
                    and _nearer_thing(b, found.end, i, owner | _not_it(tok, lex))
                ):
                    continue  # "... the equipment before it posed a threat": not the actor
                if low == "them" and _nearer_thing(b, found.end, i, owner, tag="NNS"):
                    continue  # "open to talks but accused Kyiv of sabotaging them": talks
                if low == "it" and found is not bound and _thing_centre(b, tok):
                    continue  # "The ceasefire ... ended hostilities between Israel and
                    # Hezbollah. It required Hezbollah to ...": the ceasefire
        elif low == "counterpart":
            kind = "role"
            found = _counterpart(b, tok)
        elif (
            (
                tok.lemma_.lower() in lex.cues["instrument_nouns"]
                or low in lex.cues["instrument_nouns"]
            )
            and tok.dep_ == "nsubj"
            and _hostile_verb(tok.head, lex)
            # (not "an Israeli strike killed ...": its doer named on it)
            and not any(
                c.dep_ in {"amod", "compound", "poss", "nmod"} and b.at(c.i) is not None
                for c in tok.children
            )
        ):
            # "one strike destroyed ...": the instrument stands for the last acting subject
            kind = "instrument"
            previous = _previous(b, i)
            # "The US struck militias after a drone killed three US soldiers": the framing
            # clause's subject did not fly the drone; nor did one who reports it ("The SDF
            # said the strikes killed civilians": the strikes told before)
            verb = tok.head
            framing = (
                verb.head.i
                if (
                    verb.dep_ == "advcl"
                    and any(
                        c.dep_ == "mark" and c.lower_ in lex.cues["sequence_marks"]
                        for c in verb.children
                    )
                )
                or (verb.dep_ == "ccomp" and verb.head.lemma_.lower() in lex.speech_verbs)
                else None
            )
            found = _launcher(b, tok) or next(
                (
                    x
                    for x in reversed(previous)
                    if doc[x.end - 1].dep_ == "nsubj"
                    and doc[x.end - 1].head.i != framing
                    and not _person_of(x)
                    and not (x.locative or x.territory or x.kind in {"capital", "place"})
                ),
                None,
            )
        elif (
            tok.pos_ in {"NOUN", "PROPN"}
            # (a role noun first: a cheap lookup most nouns fail)
            and (tok.lemma_.lower() in lex.role_nouns or tok.lemma_.lower() in lex.head_role_nouns)
            and any(
                c.lower_ in lex.cues["role_determiners"] and c.dep_ == "det" for c in tok.children
            )
            # "the movement of Palestinian workers", "the state of emergency": no reference
            # (but "accused the group of sabotaging", the charge hung on the noun, is one)
            and not (
                any(
                    c.dep_ == "prep"
                    and c.lower_ == "of"
                    and any(g.dep_ == "pobj" for g in c.children)
                    for c in tok.children
                )
                and not _accused(tok, lex)  # "accused the agency of bias": the charge
            )
            # "the three governments", "both countries": several actors, not the last one
            and not any(c.dep_ == "nummod" or c.lower_ == "both" for c in tok.children)
        ):
            lemma = tok.lemma_.lower()
            kind = "role"
            previous = _previous(b, i)
            if lemma in lex.role_nouns:
                types = lex.role_nouns[lemma]
                # "the Saudi-backed government": its backer is not what it stands for
                backers = {
                    g.i
                    for c in tok.children
                    if c.dep_ == "amod" and c.lemma_.lower() in lex.cues["sponsor_verbs"]
                    for g in c.subtree
                }
                subj_toks = _clause_subject(tok)  # "Paris accused the junta": not France
                own_subject = {x.actor.id for x in previous if x.start in subj_toks}
                fitting = _epithet_states(tok, lex) if "State" in types else None
                named = b.at(i + 1)  # "the regional bloc ECOWAS": the name that follows
                if not (named and named.kind in {"kb", "org"} and named.actor.type in types):
                    named = None
                # "Niger's military government said ... a rift with Paris ... the government
                # accused Orano": the last one so called in these sentences, else the last one
                # that fits (a people group, "residents of Mosul", is no organisation)
                since = _window_start(tok)
                last = same = None
                for x in reversed(previous):
                    if not (
                        x.actor.type in types
                        and (fitting is None or x.actor.iso3 in fitting)
                        and (lemma != "alliance" or _alliance(x.actor, lex))
                        and not x.locative
                        and x.kind != "group"
                        and x.start not in backers
                        and x.actor.id not in own_subject
                    ):
                        continue
                    last = last or x
                    if x.start < since:
                        break
                    if doc[x.end - 1].lemma_ == lemma:
                        same = x
                        break
                found = named or _reporting_own(b, tok, types) or same or last
            elif lemma in lex.head_role_nouns:
                titled = [  # "the Minister": a person named with that title comes first
                    x for x in previous if _person_of(x) and lemma in _titles(doc, x, lex)
                ]
                found = titled[-1] if lemma in lex.titles and titled else None
                # "the agency" after the IAEA, not "the news agency" nor "the supreme court":
                # the reference's modifiers are words of the name
                modifiers = {c.lemma_.lower() for c in tok.children if c.dep_ in _MODIFIERS}
                found = (
                    found
                    or next(
                        (
                            x
                            for x in reversed(previous)
                            if (
                                doc[x.end - 1].lemma_.lower() == lemma
                                # "the regime in Damascus": its head noun, not its last word
                                or doc[x.start : x.end].root.lemma_.lower() == lemma
                                or (
                                    _person_of(x)
                                    and any(t.lemma_.lower() == lemma for t in doc[x.start : x.end])
                                )
                            )
                            and modifiers <= {t.lemma_.lower() for t in doc[x.start : x.end]}
                        ),
                        None,
                    )
                )
                if found is None and lemma in lex.titles:
                    # the last person named without another title ("Carter" is no "the prime
                    # minister" when he was introduced as "Defense Secretary Ash Carter")
                    found = next(
                        (
                            x
                            for x in reversed(previous)
                            if _person_of(x) and _titles(doc, x, lex) <= {lemma}
                        ),
                        None,
                    )
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
        held_by = _person_of(found)
        is_person = held_by is not None
        if held_by is not None and found is bound and (sex := _PRONOUN_SEX.get(low)):
            # (only an antecedent the syntax fixes: "Beaumont said she had ...")
            sexes.setdefault(held_by.id, sex)
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
                # "thanked both countries for their help": "their" is both, and so are
                # "the juntas" after "the three juntas"
                joint=found.joint
                if low in lex.cues["plural_pronouns"] or (kind == "role" and tok.tag_ == "NNS")
                else (),
            )
        )


def _own_object(
    tok: Token, previous: list[Mention], fits: Callable[[Mention], object]
) -> Mention | None:
    """The subject of the clause, for "its"/"their" owning the clause's direct object.

    "Serbia yielded to NATO's demands and pulled its forces out of Kosovo": Serbia's forces,
    not NATO's (the most recent actor); "The United States, a treaty ally of Manila,
    reaffirmed its commitment to defend the Philippines": the United States' commitment.
    An attacker's own is excluded before (_attacker: "Manila attacked its fishermen").
    """
    owned = tok.head
    if tok.dep_ != "poss" or owned.dep_ != "dobj":
        return None
    verb = _subject_clause(owned.head)
    return _last_headed(previous, {c.i for c in verb.children if c.dep_ == "nsubj"}, fits)


def _controller(
    tok: Token, previous: list[Mention], fits: Callable[[Mention], object]
) -> Mention | None:
    """The one who is to act, for "its"/"their" owning the object of an infinitive.

    "We call on Rwanda to withdraw its forces from the DRC and to cease its support for the
    M23": Rwanda's support, not the DRC's (the most recent actor); "Iran refused to end its
    enrichment": Iran's. The controller is the governing verb's object ("urged X to", "called
    on X to"), else its subject.
    """
    noun = tok.head
    if tok.dep_ != "poss" or noun.dep_ != "dobj":
        return None
    verb = _subject_clause(noun.head)
    if verb.dep_ != "xcomp" or any(c.dep_ == "nsubj" for c in verb.children):
        return None
    gov = verb.head
    objects = [c for c in gov.children if c.dep_ == "dobj"]
    objects += [
        p for c in gov.children if c.dep_ == "prep" and c.lower_ == "on" for p in c.children
    ]
    heads = {c.i for c in objects if c.dep_ in {"dobj", "pobj"}}
    if not heads:
        heads = {c.i for c in gov.children if c.dep_ in {"nsubj", "nsubjpass"}}
    return _last_headed(previous, heads, fits)


def _reporter(
    tok: Token, previous: list[Mention], fits: Callable[[Mention], object], lex: Lexicon
) -> Mention | None:
    """The subject of the verb whose complement a subject pronoun's clause is, when that verb
    has no object to compete: "Hungary, which has close ties with the Kremlin, signaled it
    would not block the measures" (Hungary, not the Kremlin, the most recent actor), or of
    the verb it is conjoined to ("Jordan condemned the strike and said it would cooperate":
    Jordan, not the strike). A verb of giving one's word with an object ("Germany told
    Russia it would not send troops") is the teller's, unless the clause is owed by the one
    told ("told Sweden it must crack down": Sweden). "warned Iran that it would ..." has an
    object and is left to the other rules."""
    verb = tok.head
    if tok.dep_ not in {"nsubj", "nsubjpass"} or verb.dep_ != "ccomp" or verb.head.i == verb.i:
        return None
    gov = verb.head
    addressed = [c.i for c in gov.children if c.dep_ in {"dobj", "dative"}]
    if addressed and gov.lemma_.lower() in lex.cues["assurance_verbs"]:
        # "Germany told Russia it would not send troops": the teller's own word; "told
        # Sweden it must crack down", "told China it would face consequences": the one told
        owed = (
            obliged(verb, lex.cues)
            or verb.lemma_.lower() in lex.cues["undergoing_verbs"]
            or tok.dep_ == "nsubjpass"
        )
        if owed:
            return _last_headed(previous, set(addressed), fits)
    elif addressed:
        return None
    gov = _subject_clause(gov)  # "Jordan condemned the strike and said it would ...": Jordan
    return _last_headed(
        previous, {c.i for c in gov.children if c.dep_ in {"nsubj", "nsubjpass"}}, fits
    )


def _reported_subject(
    tok: Token, previous: list[Mention], fits: Callable[[Mention], object], lex: Lexicon
) -> Mention | None:
    """The subject of the report, for "its"/"their" owning the speaker named after it.

    "Russia struck Kyiv overnight, its defence ministry said": Russia's ministry, not
    Ukraine's (the most recent actor): a trailing speaker is the reported subject's own.
    """
    owner = tok.head
    verb = owner.head
    if tok.dep_ != "poss" or owner.dep_ != "nsubj" or verb.lemma_.lower() not in lex.speech_verbs:
        return None
    report = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < tok.i), None)
    if report is None:
        return None
    report = _subject_clause(report)
    return _last_headed(previous, {c.i for c in report.children if c.dep_ == "nsubj"}, fits)


#: Prepositions whose gerund is done by the subject of the verb they hang on ("left ECOWAS
#: after announcing its withdrawal"), unlike "accused X of shelling its own cities".
_SHARED_SUBJECT_PREPS = frozenset({"after", "before", "by", "upon", "while", "without"})


def _subject_clause(verb: Token) -> Token:
    """The verb whose subject ``verb`` shares: up its conjuncts to one with a subject
    ("pulled back and moved its forces": "pulled"), and from a participle to the clause it
    hangs on ("invaded Ukraine, claiming it was defending ...": "invaded"; "left ECOWAS
    after announcing its withdrawal": "left")."""
    while (
        verb.dep_ == "conj"
        or (verb.dep_ == "advcl" and verb.tag_ == "VBG")
        or (
            verb.dep_ == "pcomp"
            and verb.tag_ == "VBG"
            and verb.head.lower_ in _SHARED_SUBJECT_PREPS  # (not "accused X of shelling")
            and verb.head.head.pos_ == "VERB"
        )
    ) and not any(c.dep_ == "nsubj" for c in verb.children):
        verb = verb.head.head if verb.dep_ == "pcomp" else verb.head
    return verb


#: Dependencies of a name that only modifies a noun ("EU sanctions", "US strikes").
_MODIFIERS = frozenset({"compound", "amod", "nmod", "poss"})


def _last_headed(
    previous: list[Mention], heads: set[int], fits: Callable[[Mention], object]
) -> Mention | None:
    """The last mention in ``previous`` whose head token is one of ``heads`` and that fits."""
    return next((x for x in reversed(previous) if x.end - 1 in heads and fits(x)), None)


def _parallel_subject(
    tok: Token, previous: list[Mention], fits: Callable[[Mention], object]
) -> Mention | None:
    """The subject of the first clause when a pronoun is the subject of the second.

    "Pakistan has refused to recognise the Taliban government, and on Sunday it closed the
    border crossing": "it" is Pakistan, not the Taliban (the most recent actor). A pronoun
    subject of an adverbial clause takes a pronoun subject of the clause it hangs on: "...
    that it must crack down on PKK supporters before it could join NATO"; or a named one
    when every actor named in between only modifies a noun: "China risks EU sanctions if it
    arms Russia" (China; but "The US will strike Iran if it attacks Israel": Iran); a
    concession always goes on with its clause's subject ("Rutte declined to criticize
    Sanchez, though he said ...": Rutte).
    """
    verb = tok.head
    if tok.dep_ != "nsubj" or verb.head.i == verb.i:
        return None
    subjects = {c.i for c in verb.head.children if c.dep_ in {"nsubj", "nsubjpass"}}
    if verb.dep_ == "advcl":  # "told Sweden that it must crack down on PKK supporters before
        # it could join NATO": a pronoun goes on a pronoun subject of the clause it hangs on
        doc = tok.doc
        # ("Rutte declined to criticize Sanchez, though he said ...": a concession goes on
        # with its clause's subject, whoever is named in between)
        conceded = any(
            c.dep_ == "mark" and c.lower_ in {"though", "although"} for c in verb.children
        )
        if (
            not any(doc[i].pos_ == "PRON" for i in subjects)
            and not conceded
            and (
                not subjects
                or verb.i < verb.head.i
                or any(
                    x.start > max(subjects) and fits(x) and doc[x.end - 1].dep_ not in _MODIFIERS
                    for x in previous
                )
            )
        ):
            return None
    elif verb.dep_ != "conj":
        return None
    return _last_headed(previous, subjects, fits)


def _clause_subject(tok: Token) -> set[int]:
    """Tokens of the subject of the clause whose object (or prepositional object) ``tok``
    is: a definite role noun there names someone else ("Paris accused the junta").

    Example:
        >>> from spacy.tokens import Doc
        >>> from spacy.vocab import Vocab
        >>> doc = Doc(Vocab(), words=["Paris", "accused", "the", "junta"],
        ...           heads=[1, 1, 3, 1], deps=["nsubj", "ROOT", "det", "dobj"])
        >>> sorted(_clause_subject(doc[3])), sorted(_clause_subject(doc[0]))
        ([0], [])
    """
    verb = tok
    while (
        verb.dep_ in {"dobj", "pobj", "prep", "dative", "conj", "appos"} and verb.head.i != verb.i
    ):
        verb = verb.head
    if verb.i == tok.i:
        return set()
    return {t.i for c in verb.children if c.dep_ in {"nsubj", "nsubjpass"} for t in c.subtree}


def _previous_subject(
    tok: Token, previous: list[Mention], fits: Callable[[Mention], object]
) -> Mention | None:
    """The main-clause subject of the last sentence before a subject pronoun that has no
    antecedent in its own sentence (the centre of the previous sentence, as in Hobbs' search).

    "NATO Secretary-General Jens Stoltenberg met Ukraine's foreign minister Dmytro Kuleba. He
    praised Kuleba's courage": "He" is Stoltenberg, not Kuleba (the most recent person). A
    subject of a main clause coordinated with the root counts too ("... and the Secretary
    noted that the regime has not released Aung San Suu Kyi. He ...": the Secretary).
    """
    if tok.dep_ not in {"nsubj", "nsubjpass"}:
        return None
    if _in_sentence(tok, previous, fits):
        return None  # an antecedent in the pronoun's own sentence: recency decides
    last = _last_fitting(previous, fits)
    if last is None:
        return None
    before = tok.doc[last.start].sent
    return next(
        (
            x
            for x in previous
            if x.start >= before.start
            and fits(x)
            and tok.doc[x.end - 1].dep_ in {"nsubj", "nsubjpass"}
            and _main_clause(tok.doc[x.end - 1].head, before.root)
        ),
        None,
    )


def _last_fitting(previous: list[Mention], fits: Callable[[Mention], object]) -> Mention | None:
    """The most recent actor before that the pronoun fits, if any."""
    return next((x for x in reversed(previous) if fits(x)), None)


def _outside_relative(
    tok: Token, previous: list[Mention], fits: Callable[[Mention], object]
) -> Mention | None:
    """The last fitting actor of the sentence before, passing over those inside a relative
    clause, for a pronoun with no antecedent in its own sentence: "Hungary, which has
    maintained close ties with Moscow, did not sign the statement. Its foreign minister
    said ...": Hungary, not Moscow (what a relative clause tells in passing is no centre).
    None when that sentence has no fitting actor outside one (recency decides)."""
    if _in_sentence(tok, previous, fits):
        return None
    last = _last_fitting(previous, fits)
    if last is None or not _in_relative(tok.doc[last.end - 1]):
        return None
    before = tok.doc[last.start].sent
    return next(
        (
            x
            for x in reversed(previous)
            if x.start >= before.start and fits(x) and not _in_relative(tok.doc[x.end - 1])
        ),
        None,
    )


def _in_relative(tok: Token) -> bool:
    """True for a word inside a relative clause."""
    return any(a.dep_ == "relcl" for a in (tok, *tok.ancestors))


def _object_it(
    tok: Token, previous: list[Mention], fits: Callable[[Mention], object]
) -> list[Mention]:
    """The antecedents an object "it" may take: those of its own sentence, or none (an
    object "it" after a sentence about a decision, an attack or a deal is that thing, not a
    state named there; an act it stands for is found by the act anaphora of relations).

    "Zelenskyy hailed the decision as a victory for Ukraine. Zakharova dismissed it": not
    Ukraine; "The US backs Taiwan and will defend it": Taiwan.
    """
    return previous if _in_sentence(tok, previous, fits) else []


def _acting_pair(doc: Doc, previous: list[Mention], fits: Callable[[Mention], object]) -> bool:
    """True when the last fitting actor before is one of coordinated subjects ("Russia and
    Iran signed a pact"), which a "them" after may stand for."""
    last = _last_fitting(previous, fits)
    if last is None:
        return False
    tok = doc[last.end - 1]
    while tok.dep_ == "conj" and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in {"nsubj", "nsubjpass"} and bool(tok.conjuncts)


def _judged_clause(tok: Token, lex: Lexicon) -> bool:
    """True for an object "it" of a judgement in a clause with a subject of its own after
    another clause: "Russia attacked Ukraine and Georgia condemned it" (the attack, not
    Ukraine; the act anaphora of relations finds it)."""
    verb = tok.head
    entry = lex.verbs.get(verb.lemma_.lower())
    return (
        entry is not None
        and entry.relation in JUDGEMENTS
        and verb.dep_ == "conj"
        and any(c.dep_ == "nsubj" for c in verb.children)
    )


def _in_sentence(tok: Token, previous: list[Mention], fits: Callable[[Mention], object]) -> bool:
    """True when an antecedent that fits stands in ``tok``'s own sentence."""
    since = tok.sent.start
    return any(x.start >= since and fits(x) for x in previous)


def _main_clause(verb: Token, root: Token) -> bool:
    """True for a sentence's root verb or a verb coordinated with it ("The two discussed X,
    and the Secretary noted Y": both clauses are the sentence's main ones)."""
    return verb.i == root.i or (verb.dep_ == "conj" and verb.head.i == root.i)
