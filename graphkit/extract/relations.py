"""The pure extraction core: a parsed document plus its actor mentions -> statements.

:func:`extract_from_doc` finds relation triggers (lexicon verbs, light verb + act noun,
nominalisations, relational nouns and adjectives), their subject and object actors through
the dependency parse, the modality around them, and who reports them.

Rules, in brief (each is tested on hand-built parses in ``tests/extract``):

- **Arguments.** A verb's subject is its ``nsubj`` (or the ``agent`` of a passive), else
  the controller up the tree (``X refused to condemn Y``, ``X accused Y of arming Z``,
  ``the role of X in giving ...``); objects are the ``dobj`` (the ``nsubjpass`` of a
  passive) or the ``pobj`` of a lexicon preposition. A non-actor noun phrase is searched
  two levels deep for its actor (``rejected an Indian proposal``, ``support for Moscow's
  invasion``). Coordinated arguments are expanded. A noun trigger takes its agent from a
  possessive, a demonym/actor modifier or ``by X`` (else from the verb governing it, as in
  ``staged rallies against X``) and its object from ``of/against/on/...`` phrases.
- **Modality** along the chain of governing verbs: a negator (``not/never/no``) makes the
  act ``negated`` and not asserted; a refusal (``refuse/decline/fail/avoid to``,
  ``unwilling to``, ``failure to``) too, and adds an asserted ``refusesToCondemn`` for a
  condemn/criticize/blame/accuse act, or ``rejects`` for a refused cooperative act; a
  threat verb or a conditional (``unless``) future turns the act into ``threatens``; intent
  or future (``will``, ``offer to``, ``ready to``) turns a cooperative act into
  ``agreesWith`` and a hostile one into ``threatens``; a requested act (``urged X to``,
  ``its demand that X withdraw``) is left to the request verb or noun itself, and a hostile
  act called for (``called for sanctions on X``) is the caller's verbal stance ``opposes``;
  who asks another to act on Y takes the act's side on Y (``urged the EC to support the
  PLO``: ``supports``; ``urged allies to sanction X``: ``opposes``);
  a denied act (``denied supplying drones``) is negated.
- **Attribution.** An act reported by an actor (``X said``, quotes, ``according to X``) is
  ``attributed_to`` that actor and not asserted, unless its subject is the speaker itself
  (saying "we support Y" is the act of support). A nominalised event with its own agent
  (``Russia's invasion of Ukraine``) is presupposed and stays asserted, unless it is a
  hostile act told by its own target (``the Kremlin said the strikes answered Ukrainian
  attacks on Russian territory``: the Kremlin's account). The act of saying is itself a
  statement: a speaker (or an ``according to`` source) reporting a hostile or refused act
  of another actor ``accuses`` it (not for a refusal reported by a person whose side is
  unknown: it may be their own government's); one saying another actor ``must`` act
  ``demands`` it.
- **Sources that are no party.** A named news medium (``MediaOutlet``: ``CNN reported
  that ...``, ``according to Reuters``) owns its report: the act is attributed to it and
  not asserted, but the medium accuses nobody; state media speaking of their own state
  (``China will retaliate, Xinhua said``) are its voice. A document noun (``the release
  said``, ``according to reports``) names nobody: the act stays asserted, with a lower
  confidence; one with a named owner (``a Kremlin statement said``, ``a UN report found``)
  is the owner's voice. A quote whose speaker cannot be resolved stays a claim (not
  asserted). The innermost source owns a relayed claim (``X reported that, according to Y,
  ...``, ``X quoted Y as saying ...``: Y).
- **Targets.** The object may also be the target named in a purpose or condition clause
  (``threatened to stop talks if the US deploys missiles``), a framing noun (``in protest
  of X``), the place of a material act of mobilization, coercion or concession (``a curfew
  in Sudan``; never for attacks) or an ``against X`` inside the clause. A retaliation
  targets the doer of the act it answers (``vowed to retaliate for X's attack``, ``will
  respond if X attacks``), never its victim; with no act named, the last act of force
  against the retaliator in its sentence or the two before (the evidence then spans both).
  A judgement of a definite act noun that names no doer (``Germany condemned the
  attack``, ``opposed the measures``, ``criticized the move``) reaches the doer of the last
  act of that kind in the same window, if the text names one and it is not the judge.
- **No fallback.** Without a lexicon trigger and an actor subject nothing is emitted;
  self-relations are dropped. An act that is only sought (``X's bid/application to join
  Y``) has no agent and gives nothing. One act gives one statement: a light verb and the
  act noun in its object (``held two days of talks``) or a verb and its act-noun object
  (``provide aid``) with the same subject, relation and object in a sentence are merged,
  keeping the most confident; coordinated verbs stay two acts. A verb in another sense
  than its entry (``engage with``, ``provided a statement``, ``reinforces why``,
  ``Speaking to reporters, X said``) is no trigger; ``liberate`` takes its target only
  from ``from X``, ``discuss`` its partner only from ``with X``, and an act noun under a
  verb of talking (``discussed the fight against X``) takes no agent from it.
- **Asserted** needs named actors: a place, a guessed or ambiguous reference and a
  scare-quoted trigger leave the statement kept but not asserted, with the reason in
  ``extras["unasserted"]`` (see :mod:`graphkit.extract.assertion`).

Triggers and arguments are found here (with :mod:`graphkit.extract.arguments` and
:mod:`graphkit.extract.modality`); modality, attribution, confidence, the statement records
and the acts of saying are applied in :mod:`graphkit.extract.assembly`.

Confidence (documented heuristic, in [0.05, 0.99]): 0.9, minus 0.1 when the subject is
inherited through control or coordination, 0.1 for a noun trigger, 0.1 for an argument found
inside a larger noun phrase, 0.15 for a pronoun, role-noun or instrument reference, 0.2
for a missing object, 0.1 for a state named as a place, 0.1 for a speech-derived or
modal-derived relation, 0.1 for an unnamed source; the refusal added to a refused act has
0.05 less than the act, and a derived accusation the reported act's confidence (at most
0.9) minus 0.15.

Example:
    >>> from spacy.tokens import Doc
    >>> from spacy.lang.en import English
    >>> from graphkit.extract.actors import Mention
    >>> from graphkit.types import Actor
    >>> doc = Doc(English().vocab, words=["Russia", "invaded", "Ukraine", "."],
    ...           heads=[1, 1, 1, 1], deps=["nsubj", "ROOT", "dobj", "punct"],
    ...           pos=["PROPN", "VERB", "PROPN", "PUNCT"],
    ...           lemmas=["Russia", "invade", "Ukraine", "."], sent_starts=[1, 0, 0, 0])
    >>> rus = Actor("https://w3id.org/graphkit/actor/RUS", "Russia", "State", iso3="RUS")
    >>> ukr = Actor("https://w3id.org/graphkit/actor/UKR", "Ukraine", "State", iso3="UKR")
    >>> [s] = extract_from_doc(doc, [Mention(0, 1, rus, "kb"), Mention(2, 3, ukr, "kb")])
    >>> (s.subject.actor.label, s.relation, s.object.actor.label, s.asserted, s.plover)
    ('Russia', 'invades', 'Ukraine', True, 'ASSAULT')
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import cache, cached_property

from spacy.attrs import LEMMA
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from graphkit.extract.arguments import _VERB_TAGS, _unique
from graphkit.extract.assembly import TALKS, StatementAssembler, relation_fields, token_at
from graphkit.extract.assertion import LOCATIVE_RELATIONS
from graphkit.extract.attribution import (
    Source,
    claim_owners,
    claim_subject,
    sentential_which,
    speech_subject,
    summing_object,
)
from graphkit.extract.lexicon import JUDGEMENTS, Entry, Lexicon, load_lexicon
from graphkit.extract.mentions import (
    BLOC_TYPES,
    MEDIA,
    PERSON,
    Mention,
    allied,
    doc_text,
    obliged,
    text_actor,
    token_indices,
    with_to,
)
from graphkit.extract.modality import rules_out
from graphkit.ontology import relation as ontology_relation
from graphkit.types import Span, Statement

__all__ = ["extract_from_doc"]

#: Prepositions that name a partner or beneficiary, never the target of a hostile act.
_BENEFACTIVE = {"to", "with", "as"}
#: Prepositions tried last for an object when the lexicon's own found none.
_PLACE_PREPS = ("in", "inside", "around", "near", "off")
_FALLBACK_PREPS = ("against", "to", "on", "upon", "at", "toward", "towards", "with", "into", "as")
#: Relations that judge an act: "criticized the invasion of Ukraine" judges the invasion,
#: and its doer is unknown (it is not the critic).
_DEFINITE = frozenset({"the", "this", "these", "that", "those", "such"})
#: Reactions whose target, when none is named, is the one who did what came first
#: ("protested after Chinese ships entered its waters").
_REACTIONS = frozenset({"protestsAgainst", "criticizes", "condemns"})
#: Actor types that admit and exclude members.
_BODY_TYPES = BLOC_TYPES | {"Organization"}
_STATE_TYPES = BLOC_TYPES | {"State"}
#: Mentions of a state or bloc as such, its capital, organs and officials (not "Ukrainians",
#: "Israeli reservists": its people).
_OFFICIAL_KINDS = frozenset({"kb", "capital", "organ", "person", "surname", "pronoun", "role"})
#: Relations whose object may sit in a complement or purpose clause.
_CONTENT_RELATIONS = {
    "accuses",
    "demands",
    "callsOn",
    "threatens",
    "warns",
    "rejects",
    "agreesWith",
    "protestsAgainst",
    "mobilizesAgainst",
    "concedesTo",
}


def _undone(word: str, lex: Lexicon) -> bool:
    """True for a participle of a verb that takes an act back or stops it ("relaxed",
    "lifted", "scrapped", "cancelled"), whatever the tagger made of it.

    Example:
        >>> lex = load_lexicon()
        >>> [_undone(w, lex) for w in ("relaxed", "scrapped", "eased", "imposed", "new")]
        [True, True, True, False, False]
    """
    if not word.endswith("ed"):
        return False
    undo = lex.cues["easing_verbs"]
    stop = lex.cues["cessation_verbs"]
    return any(f in undo or f in stop for f in (word[:-1], word[:-2], word[:-3]))


def _undoing(verb: Token, lex: Lexicon) -> bool:
    """True for a verb (or a verb with its particle: "called off") by which an act it governs
    does not happen ("vetoed aid", "cancelled the visit", "called off the offensive")."""
    lemma = verb.lemma_.lower()
    return lemma in lex.undoing_verbs or any(
        c.dep_ == "prt" and f"{lemma} {c.lower_}" in lex.undoing_verbs for c in verb.children
    )


class _Core(StatementAssembler):
    """Finds relation triggers and their arguments, then emits statements (internal)."""

    @cached_property
    def _lemma_hits(self) -> dict[int, list[int]]:
        """Where each lemma of the post-passes occurs in this document, by lemma id."""
        hits: dict[int, list[int]] = {}
        wanted = _rule_lemma_ids()
        for i, lemma in enumerate(self.doc.to_array(LEMMA).tolist()):
            if lemma in wanted:
                hits.setdefault(lemma, []).append(i)
        return hits

    def with_lemma(self, lemmas: Sequence[str]) -> list[Token]:
        """The tokens of this document whose lemma is one of ``lemmas``, found in its array
        of lemmas (this runs on every document: no Token is built for the others)."""
        ids = {get_string_id(lemma) for lemma in lemmas}
        at = [i for h in ids for i in self._lemma_hits.get(h, ())]
        if other := ids - _rule_lemma_ids():
            at += token_indices(self.doc, LEMMA, other)
        return [self.doc[i] for i in sorted(at)]

    def run(self) -> list[Statement]:
        doc = self.doc
        items: list[tuple[int, Token, Entry, str, Token | None]] = []
        support_nouns: set[int] = set()
        for tok in doc:
            if (
                tok.pos_ in {"VERB", "AUX"}
                or (tok.tag_ in _VERB_TAGS and tok.pos_ != "NOUN")
                or _to_noun(tok)
            ):
                found = self.verb_entry(tok)
                if found:
                    entry, noun = found
                    if noun is not None:
                        support_nouns.add(noun.i)
                    items.append((_depth(tok), tok, entry, "verb", noun))
            elif tok.pos_ == "ADJ" and tok.lemma_.lower() in self.lex.adjectives:
                items.append(
                    (_depth(tok), tok, self.lex.adjectives[tok.lemma_.lower()], "adj", None)
                )
        for tok in doc:
            nominal = tok.pos_ in {"NOUN", "PROPN"} or (  # tagger slips: "airstrikes"/VERB
                tok.dep_ in {"pobj", "dobj", "nsubj", "nsubjpass", "attr", "appos"}
                and self.verb_entry(tok) is None
            )
            if not nominal:
                continue
            if (held := self.at[tok.i]) is not None and held.kind in {"org", "kb", "person"}:
                continue  # "France's far-right National Rally": a name, no rally
            if tok.i not in support_nouns or any(  # "hosted talks between A and B"
                c.dep_ == "prep" and c.lower_ == "between" for c in tok.children
            ):
                noun_entry = self.noun_entry(tok)
                # "King Salman Humanitarian Aid and Relief Centre": a name, no aid
                if noun_entry is not None and not self._in_institution_name(tok):
                    items.append((_depth(tok), tok, noun_entry, "noun", None))
        items.sort(key=lambda x: -x[0])
        for _, tok, entry, kind, noun in items:
            if tok.i in self.consumed:
                continue
            if kind == "noun":
                self.noun_statements(tok, entry)
            else:
                self.verb_statements(tok, entry, noun, adjective=(kind == "adj"))
        self.speech_statements()
        self.verdict_statements()
        self.charge_statements()
        self.label_statements()
        self.switch_statements()
        self.provocation_statements()
        self.tie_statements()
        self.penalty_statements()
        self.anaphoric_statements()
        self.denial_statements()
        self.retaliation_statements()
        self.receipt_statements()
        return _dedupe(self.doc, self.out, self.lex.reciprocal)

    # ------------------------------------------------------------------ statements
    def _in_institution_name(self, tok: Token) -> bool:
        """True for a capitalised word inside an institution's name the model did not tag
        as one: "Humanitarian Aid and Relief Centre", "the Peace Support Fund"."""
        if tok.pos_ != "PROPN" or not tok.text[:1].isupper() or tok.i == tok.sent.start:
            return False
        heads = self.lex.cues["institution_heads"]
        named = [tok.head] if tok.dep_ == "compound" else []
        named += [c for c in tok.children if c.dep_ == "conj"]
        return any(
            n.pos_ == "PROPN" and n.text[:1].isupper() and n.lemma_.lower() in heads for n in named
        )

    def verb_statements(
        self, tok: Token, entry: Entry, noun: Token | None, *, adjective: bool
    ) -> None:
        lex = self.lex
        if tok.dep_ == "amod" and tok.tag_ == "VBN":  # "Iran-backed Houthi rebels"
            self._backed(tok, entry)
            return
        reading = self._verb_reading(tok, entry)
        if reading is None:
            return
        means = self._means(tok)
        if tok.lemma_.lower() == "respond" and entry.relation == "attacks":  # not "in kind"
            # hostile only as a threat or intent: "vowed to respond to drills by X" (X), a
            # bare "vowed to respond" (the last act against the subject, see
            # retaliation_statements); "responded to the letter", "would respond to the
            # proposal": nothing; or as the act it was made with ("responded to US tariffs
            # with curbs on exports")
            mod = self.modality(tok)
            bare = not any(c.dep_ == "prep" and c.lower_ == "to" for c in tok.children)
            promised = mod.threat or mod.intent or mod.future
            if not (
                (mod.threat and bare)
                or ((promised or (means and not bare)) and self._answered(tok))
            ):
                return
        entry = reading
        if means is not None:  # "hit China with tariffs": sanctions, no assault
            entry = replace(entry, relation=means.relation)
        elif tok.lemma_.lower() in lex.cues["retaliation_verbs"] and entry.relation == "attacks":
            entry = self._in_kind(tok, entry)
        if noun is not None and entry.relation in {
            "cooperatesWith",
            "providesWeaponsTo",
            "attacks",
        }:
            entry = self._show_of_force(tok, noun, entry)
        if (
            entry.relation == "coerces"
            and tok.lemma_.lower() in lex.cues["order_verbs"]
            and not any(c.dep_ in {"xcomp", "ccomp"} for c in tok.children)
            and any(
                c.dep_ == "dobj"
                and (c.lower_ in lex.organ_nouns or c.lemma_.lower() in lex.cues["force_nouns"])
                and self.at[c.i] is None
                for c in tok.children
            )
        ):  # "Maduro ordered troops to the border with Guyana": a deployment, no order to
            # Guyana (not "ordered troops to attack X": a command, see _verb_reading)
            entry = replace(entry, relation="mobilizesAgainst", preps=("against", "toward"))
        preps = lex.preps_for(entry)
        passive = any(c.dep_ in {"nsubjpass", "auxpass", "agent"} for c in tok.children) or (
            tok.dep_ == "conj"
            and tok.tag_ == "VBN"
            and any(c.dep_ == "nsubjpass" for c in tok.head.children)
        )
        objects: list[tuple[Mention, int]] = []
        nested = False
        charge = None
        if passive and not adjective:
            subjects: list[tuple[Mention, int]] = []
            for c in tok.children:
                if c.dep_ == "agent":
                    for p in c.children:
                        if p.dep_ == "pobj":
                            subjects = self.np_actor(p)
                if c.dep_ == "nsubjpass":  # "the attack on X was condemned by Y": not X
                    objects, _ = self._through_act(c, entry.relation)
                    if entry.relation == "mobilizesAgainst" and (
                        (
                            c.lower_ in lex.organ_nouns
                            and c.lemma_.lower() not in lex.cues["institution_nouns"]
                        )
                        or c.lemma_.lower() in lex.cues["force_nouns"]
                    ):  # "NATO troops to be deployed in Ukraine": the forces moved are their
                        # owner's, who moves them, never the target ("Argentina's embassy was
                        # surrounded": the embassy is)
                        subjects, objects = subjects or objects, []
            if not objects and tok.dep_ == "acl":
                objects = self.np_actor(tok.head)
            if (
                not objects
                and tok.dep_ == "acl"
                and tok.lemma_.lower() in lex.cues["mediator_verbs"]
            ):
                objects = self._parties(tok.head)  # "A and B signed a deal brokered by C"
            if not objects and tok.dep_ == "conj":  # "he was bombed and killed by X"
                objects = self.child_actors(tok.head, "nsubjpass")
            if not objects and noun is not None and noun.dep_ == "nsubjpass":
                # "Sanctions were imposed on Iran by the EU": the act noun is the subject,
                # its target hung on it or on the verb
                objects = self._prep_objects(noun, preps) or self._prep_objects(tok, preps)
            if not subjects:
                subjects = self._passive_agent(tok)
            if not subjects and noun is not None and noun.dep_ == "dobj" and objects:
                # "Moldova was granted EU candidate status", "Ukraine was given US aid": the
                # giver named on the gift
                subjects = [
                    (m, c.i)
                    for c in noun.children
                    if c.dep_ in {"compound", "amod", "poss"}
                    and c.i < noun.i
                    and (m := self.mention(c)) is not None
                    and not m.locative
                ]
            if not subjects:
                subjects, objects = self._posted_envoy(tok, objects)
            if not subjects and entry.relation == "withdrawsFrom":  # "were demobilized"
                subjects, objects = objects, self._prep_objects(tok, [*preps, "in"])
            if (
                not subjects
                and entry.relation in lex.reciprocal
                and (sides := self._prep_objects(tok, ["between"]))
            ):  # "An agreement was signed between Israel and the UAE": both sides
                subjects, objects = sides, []
            if (
                not subjects
                and tok.dep_ == "ccomp"
                and tok.head.lemma_.lower() in lex.cues["vow_verbs"]
                and ontology_relation(entry.relation).polarity < 0
            ):  # "Iran vowed that Israel would be punished": by the one who vows it
                subjects = self.subjects(tok.head)[0]
            if not subjects and tok.lemma_.lower() in {"admit", "readmit"}:  # "South Sudan
                # was admitted to the AU": joins
                subjects, objects = objects, self._prep_objects(tok, preps)
            if not subjects and tok.lemma_.lower() in lex.cues["exclusion_verbs"]:
                # "Russia was expelled from the Council of Europe": the body excludes it;
                # "Russian diplomats were expelled from Germany": people (a common noun) are
                # expelled by the state too
                people = any(c.dep_ == "nsubjpass" and c.pos_ == "NOUN" for c in tok.children)
                subjects = [
                    x
                    for x in self._prep_objects(tok, ["from"])
                    if self.target(x[0]).type in _BODY_TYPES
                    or (people and self.target(x[0]).type == "State")
                ]
            inherited = False
        else:
            subjects, inherited = self.subjects(tok)
            if (
                entry.relation == "concedesTo"
                and tok.dep_ in {"xcomp", "ccomp"}
                and tok.head.lemma_.lower() in lex.cues["helping_verbs"]
            ):  # "Qatar helped free American hostages held by Iran": the holder frees them
                # (the helper only helped, and yields nothing: with no holder named, none)
                subjects, inherited = self._holders(tok), False
            if (charge := self._charge_denied(tok)) is not None:
                subjects, accusers = charge  # "X accused Y of V-ing, a charge Y denied"
            if ontology_relation(entry.relation).quad in {1, 3} and self.event_subject(tok):
                return  # "Russia's invasion has pushed Finland to join NATO": no demand
            if ontology_relation(entry.relation).quad == 4 and self.event_subject(
                tok, forceless=True
            ):
                return  # "Chinese tariffs hit American farmers": the tariffs' toll, no attack
            # a leader may act on a part of their state ("visited U.S. troops"), not on it
            own = {self.agent(m).id for m, _ in subjects}
            own_state = {m.actor.id for m, _ in subjects}
            threats = self._threats(tok)
            threat_at = {i for _, i in threats}  # never the one defended
            candidates: list[tuple[list[tuple[Mention, int]], bool]] = []
            if noun is not None:
                held = self.at[noun.i]
                envoy = any(  # "Russia's charge d'affaires": the envoy noun is the compound
                    w.lemma_.lower() in lex.cues["envoy_nouns"]
                    for w in [noun, *(c for c in noun.children if c.dep_ in {"compound", "amod"})]
                )
                if envoy:  # "summoned the German ambassador over remarks by X": Germany,
                    # named or not ("expelled the US ambassador, Ebrahim Rasool": the US)
                    candidates.append(
                        (
                            [
                                (replace(m, kind="organ") if m.kind == "person" else m, i)
                                for m, i in self.np_actor(noun)
                            ],
                            False,
                        )
                    )
                candidates.append((self._noun_objects(noun, preps, entry.relation), True))
                for g in (  # "banned exports of gallium and germanium to the US": the "to"
                    g  # hung inside the noun's "of" phrase or on its conjunct
                    for c in noun.children
                    if (c.dep_ == "prep" and c.lower_ == "of") or c.dep_ == "conj"
                    for g in ([c] if c.dep_ == "conj" else c.children)
                    if g.dep_ in {"pobj", "pcomp", "conj"}
                ):
                    candidates.append((self._prep_objects(g, preps), True))
                fired = entry.relation == "attacks" and noun.lemma_.lower() in lex.craft_nouns
                owned = (  # "violated Polish airspace", "host Russian nuclear weapons",
                    noun.lower_ in lex.place_nouns  # "a US air base", "froze Russian
                    # assets": the owner (not of a weapon fired or used: "Russia launched
                    # Iranian drones", "fired North Korean missiles": their maker)
                    or (noun.lemma_.lower() in lex.craft_nouns and not fired)  # "seized a
                    # British tanker": its owner
                    or noun.lemma_.lower() in lex.cues["facility_nouns"]
                    or noun.lemma_.lower() in lex.cues["asset_nouns"]
                    or (  # "buys Russian oil": the seller
                        noun.lemma_.lower() in lex.cues["commodity_nouns"]
                        and tok.lemma_.lower() in lex.cues["purchase_verbs"]
                    )
                    # "sent Ukraine aid", "granted the US access", parsed as "Ukraine aid",
                    # "the US access": the one it is for
                    or (
                        noun.lemma_.lower() in lex.cues["relief_nouns"]
                        and entry.relation == "providesAidTo"
                    )
                    or noun.lemma_.lower() in lex.cues["granted_nouns"]
                )
                measured = (  # "bought record amounts of Russian oil": the oil's owner
                    noun.dep_ == "pobj"
                    and noun.head.lower_ in {"of", "in"}
                    and noun.head.head.dep_ == "dobj"
                    and noun.head.head.head.i == tok.i
                )
                if owned and (noun.dep_ == "dobj" or measured):
                    candidates.append((self.np_actor(noun), False))
                if (
                    held is not None
                    and not envoy
                    and not fired
                    and not (held.kind == "group" and held.start == noun.i)
                ):
                    # "expelled the Spanish ambassador": Spain; "exchanged prisoners": nobody
                    candidates.append((self.np_actor(noun), False))
                for acl in (c for c in noun.children if c.dep_ == "acl"):
                    candidates.append((self._prep_objects(acl, preps), True))
                if noun.dep_ == "pobj" and noun.head.lower_ == "of":  # "fired a barrage of
                    candidates.append((self._prep_objects(noun.head.head, preps), True))  # rockets
                    # at Israel": the "at" hung on the measure noun
                for c in (c for c in tok.children if c.dep_ == "dative"):
                    candidates.append((self.np_actor(c), False))  # "send Ukraine its aid"
                if noun.dep_ == "pobj" and noun.head.head.i == tok.i:
                    for c in (c for c in tok.children if c.dep_ == "dobj"):
                        # "warned Russia of retaliation": the one warned
                        candidates.append((self.np_actor(c), False))
            topic = tok.lemma_.lower() in lex.cues["topic_object_verbs"]
            judged: list[tuple[Mention, int]] = []
            kept_from: list[tuple[Mention, int]] | None = None
            for c in tok.children:  # "discussed Iran with X": the object is the topic
                if c.dep_ in {"dobj", "dative"} and noun is None and not topic:
                    reached, judged = self._through_act(c, entry.relation)
                    if tok.lemma_.lower() in lex.cues["prevention_verbs"] and self.at[c.i] is None:
                        # "ordered Israel to prevent genocide in Gaza", "prevent a Russian
                        # attack on Poland": whoever would do the thing prevented is kept
                        # from it, never its target nor where it would be
                        kept_from = self._act_doers(c) if self.noun_entry(c) else []
                    candidates.append((reached, self.at[c.i] is None))
            force = ontology_relation(entry.relation).quad == 4
            if noun is None and (gap := self.gap_head(tok, place=force)) is not None:
                candidates.append((self.np_actor(gap), False))  # "firms it accused of V-ing"
            if (  # "is helping Russia rebuild its military": the one helped, parsed as the
                noun is None  # subject of a clause (not in a purpose, "offered troops to help
                and entry.relation == "providesAidTo"  # him oust X": offered, not given)
                and not with_to(tok)
            ):
                for c in tok.children:
                    if c.dep_ == "ccomp" and c.tag_ == "VB":
                        candidates.append((self.child_actors(c, "nsubj"), False))
            if noun is None and (struck := self.struck_object(tok)) is not None:
                candidates.append((self.np_actor(struck), False))  # "shelled Syria targeting"
            # "denounced the strike as an attack on civilians (by Russia)": what it is
            # called names no target, only its doer ("as part of a coalition": a membership)
            named_as = [
                p
                for c in tok.children
                if c.lower_ == "as"
                for p in c.children
                if p.dep_ == "pobj"
                and (
                    self.noun_entry(p) is not None
                    or p.lemma_ == "part"
                    or p.lemma_.lower() in lex.cues["violation_nouns"]
                )
            ]
            if entry.relation in JUDGEMENTS and noun is None:
                for p in (p for p in named_as if p.lemma_ != "part"):
                    candidates.append((self._through_act(p, entry.relation)[0], True))
            for c in tok.children:  # "holds Russia responsible": Russia parsed as the
                if (  # adjective's subject
                    c.dep_ in {"ccomp", "xcomp"}
                    and c.pos_ == "ADJ"
                    and noun is None
                    and (tok.lemma_.lower(), c.lower_) in lex.phrasal
                ):
                    candidates.append((self.child_actors(c, "nsubj"), False))
            for c in tok.children:  # "Israel Katz, the foreign minister, criticized Turkey":
                if c.dep_ == "npadvmod" and c.i == tok.i + 1 and c.pos_ == "PROPN":  # misparsed
                    candidates.append((self.np_actor(c, depth=0), False))
            if adjective and entry.relation in JUDGEMENTS:
                candidates.append((self._judged_objects(tok, preps, entry.relation), False))
            else:
                candidates.append((self._prep_objects(tok, preps), False))
            if noun is None and not any(
                c.dep_ == "dobj"
                # "declined to join the statement but urged Israel to ...": a complement
                or c.dep_ in {"xcomp", "ccomp"}
                # "stood with its ally and urged China to stop": an object of its own, no actor
                or (
                    c.dep_ == "prep"
                    and c.lower_ in preps
                    and any(p.dep_ == "pobj" for p in c.children)
                )
                for c in tok.children
            ):
                for conj in (c for c in tok.conjuncts if c.i > tok.i and c.pos_ == "VERB"):
                    for d in conj.children:  # "bombed and shelled X", "condemned,
                        if d.dep_ == "dobj":  # sanctioned or criticized X": one object
                            candidates.append((self.np_actor(d), True))
            if ontology_relation(entry.relation).quad == 4:  # "... using aircraft against X"
                candidates.append((self._against_in_clause(tok), True))
            acts_inside = any(
                c.dep_ in {"xcomp", "ccomp"} and self.verb_entry(c) is not None
                for c in tok.children
            )  # "agreed to target individuals supplying oil to the regime": an act of its own
            helping = ontology_relation(entry.relation).quad == 4 and any(
                c.dep_ in {"xcomp", "advcl"}
                and not any(g.dep_ == "nsubj" for g in c.children)
                and (inner := self.verb_entry(c)) is not None
                and ontology_relation(inner[0].relation).polarity > 0
                for c in tok.children
            )  # "sent troops to help Syria": Syria is helped, no target
            addressed = (  # "urged the international community (called on the world) to
                entry.relation in {"callsOn", "demands"}  # sanction Russia": Russia is not
                and any(c.dep_ == "xcomp" for c in tok.children)  # the one asked
                and any(
                    c.dep_ == "dobj"
                    or (
                        c.dep_ == "prep"
                        and c.lower_ in {"on", "to"}
                        and any(p.dep_ == "pobj" and not p.ent_type_ for p in c.children)
                    )
                    for c in tok.children
                )
            )
            if noun is None and tok.lemma_.lower() in lex.cues["permission_verbs"]:
                for c in (c for c in tok.children if c.dep_ in {"ccomp", "xcomp"}):
                    # "allowed Russia to deploy nuclear weapons", "Russia" parsed as the
                    # clause's subject: the one allowed, named as such (not "allowed Haiti's
                    # first elections to take place": no one is allowed)
                    candidates.append((self.child_actors(c, "nsubj", depth=0), False))
            if (
                entry.relation in _CONTENT_RELATIONS
                and not (entry.relation == "agreesWith" and acts_inside)
                and not helping
                and not addressed
            ):  # "threatened to cut off power to X"
                candidates.append((self._content_objects(tok, preps), True))
            if noun is not None:
                candidates.append(
                    (self._noun_objects(noun, _fallback(entry), entry.relation), True)
                )
            fallback = _fallback(entry)
            if (
                entry.relation in JUDGEMENTS
                and named_as
                and any(c.dep_ == "dobj" for c in tok.children)
            ):  # ("dismissed as absurd British claims", misparsed, keeps its "as")
                fallback = tuple(p for p in fallback if p != "as")
            candidates.append((self._prep_objects(tok, fallback), True))
            if (
                noun is None
                and entry.relation in lex.reciprocal
                and ontology_relation(entry.relation).polarity > 0
            ):  # "co-sponsored the resolution alongside Panama", "co-hosted a conference
                for c in (c for c in tok.children if c.dep_ == "dobj"):  # with the AU"
                    candidates.append((self._prep_objects(c, ["with", "alongside"]), True))
            candidates.append((self._purpose_objects(tok), True))
            if ontology_relation(entry.relation).quad == 4:  # "moved troops to its border
                candidates.append((self._border_objects(tok), True))  # with China"
            if noun is not None:
                candidates.append((self._purpose_objects(noun), True))
            candidates.append((self._condition_subjects(tok), True))
            heads = [noun or tok, tok, *(c for c in tok.children if c.dep_ == "dobj")]
            if entry.relation in LOCATIVE_RELATIONS:  # "strengthened its forces in Lebanon",
                for h in heads:  # "deployed warships around Taiwan"
                    found_in = self._prep_objects(h, _PLACE_PREPS)
                    candidates.append(
                        (
                            [
                                x
                                for x in found_in
                                if x[0].locative
                                # "The US deployed troops in Poland": an ally hosts them
                                and not any(
                                    allied(
                                        m.actor, self.target(x[0]), lex.cues["defence_alliances"]
                                    )
                                    for m, _ in subjects
                                )
                            ],
                            True,
                        )
                    )
            elif ontology_relation(entry.relation).quad == 4 and all(
                m.actor.type == "State" for m, _ in subjects
            ):  # a state's strike on "targets in (or near) X" hits X (not its own territory)
                for h in heads:
                    found_in = self._prep_objects(
                        h, ["in", "inside", "near", "across", "throughout"]
                    )
                    candidates.append(
                        (
                            [
                                x
                                for x in found_in
                                if x[0].actor.type == "State"
                                and (x[0].locative or self._owns_place(x[1]))
                            ],
                            True,
                        )
                    )
            if entry.relation in JUDGEMENTS:  # ", a move (that) X condemned"
                summed = (self._summarised(tok), True)
                # ", which X denied" standing for the whole clause: before what "which" holds
                # (not before a target named: "the attack, which Washington blamed on
                # militias")
                first = self._sentential(tok) and not self._prep_objects(tok, _fallback(entry))
                candidates.insert(0 if first else len(candidates), summed)
            if charge is not None:
                candidates = [(accusers, True)]
            if entry.relation in _REACTIONS:  # "protested after China did X": China
                candidates.append((self._provoker(tok), False))
            if tok.lemma_.lower() in lex.cues["retaliation_verbs"]:
                # "vowed to retaliate for Israel's attack": the act's doer, never its victim
                candidates = [(self._answered(tok), True), (self._prep_objects(tok, preps), False)]
            elif noun is not None and noun.lemma_.lower() in lex.cues["countermeasure_nouns"]:
                # "vowed revenge for the Israeli strike": the act's doer, as above (or of the
                # act after which it is vowed: "vowed revenge after an Israeli strike killed")
                candidates.insert(0, (self._answered(noun) or self._answered(tok), True))
            forums = self._forums(tok, noun)
            if forums:  # "filed a case with the ICJ against Russia" ("against" hung on the
                # forum): Russia, never the ICJ
                candidates.insert(
                    0,
                    (
                        [x for f in forums.values() for x in self._prep_objects(f, ["against"])],
                        True,
                    ),
                )
                candidates = [([x for x in f if x[1] not in forums], d) for f, d in candidates]
            if ontology_relation(entry.relation).polarity < 0:
                candidates = [(self._theirs(tok, f, own_state), d) for f, d in candidates]
            mutual = self._mutual(tok) and len(own_state) >= 2
            # what a build-up moves or builds up, named with its owner ("deployed Wagner
            # mercenaries", "reinforced Poland", "strengthened Taiwan's defences"): never
            # its target, which only a phrase after it names ("troops near Ukraine"); a
            # place entered is its owner's ("violated Polish airspace"), and one encircled
            # is the target ("Chinese warships surrounded Taiwan")
            sent = {
                t.i
                for d in (
                    tok.children
                    if entry.relation == "mobilizesAgainst"
                    and tok.lemma_.lower() not in lex.cues["encircling_verbs"]
                    else ()
                )
                if d.dep_ == "dobj" and {d.lower_, d.lemma_.lower()}.isdisjoint(lex.place_nouns)
                for t in d.subtree
                if t.i <= d.i
            }
            if kept_from is not None:
                candidates = [(kept_from, True)]
            for found, deep in candidates:
                found = [
                    x
                    for x in found
                    if self.target(x[0]).id not in own
                    and not (x[0].actor.id in own_state and x[0].kind in {"kb", "capital", "place"})
                    # "Putin ordered Russian troops to attack Ukraine": a command, no coercion
                    and not (
                        x[0].actor.id in own_state and tok.lemma_.lower() in lex.cues["order_verbs"]
                    )
                    # "Ukraine's parliament approved a government led by Prime Minister X":
                    # its own official, a domestic affair
                    and not (x[0].speaker is not None and x[0].actor.id in own_state)
                    # "Erdogan sent Turkish troops into Syria": the troops sent are his own
                    and not (noun is not None and x[1] == noun.i and x[0].actor.id in own_state)
                    and x[1] not in sent  # "deployed National Guard troops": not a target
                    and not (x[0].locative and entry.relation in lex.reciprocal)  # "talks ...
                    # "denied any involvement in the coup in Niger": Niger is where, no claimant
                    and not (x[0].locative and entry.relation == "disputes")
                    and x[1] not in threat_at
                ]
                if found:
                    objects, nested = found, deep
                    break
            if mutual:  # "Hamas and Israel accused each other": each is the other's object
                objects, nested = subjects, False
        if tok.lemma_.lower() in lex.cues["denial_verbs"]:
            # "denied supplying weapons to the Houthis": who is denied is named as the object
            # ("denied Ukraine's claims"), never in a phrase hung on the verb
            denied = [t for c in tok.children if c.dep_ == "dobj" for t in c.subtree]
            named = {t.i for t in denied} - {  # "denied responsibility for the attack on
                g.i  # Moscow": the act's target is no claimant
                for t in denied
                if t.lemma_.lower() not in lex.cues["claim_nouns"] and self.noun_entry(t)
                for p in t.children
                if p.dep_ == "prep"
                for g in p.subtree
            }
            named |= {i for _, i in self._summarised(tok)}  # ", a charge X denied": the accuser
            named |= {i for _, i in (charge[1] if charge else [])}
            objects = [x for x in objects if x[1] in named]
        if entry.relation == "withdrawsFrom" and tok.lemma_.lower() == "leave":
            # "Meng Wanzhou was allowed to leave Canada": a person travelling is no retreat
            subjects = [x for x in subjects if x[0].kind != "person" and x[0].speaker is None]
            if any(
                (c.dep_ == "prep" and c.lower_ == "as")
                or c.dep_ in {"oprd", "acomp", "xcomp"}
                or (  # (the parser's "as the only member ... yet to ratify it", not "as the
                    c.dep_ == "advcl"  # junta tightened its grip")
                    and any(g.dep_ == "mark" and g.lower_ == "as" for g in c.children)
                    and not any(g.dep_ in {"nsubj", "nsubjpass"} for g in c.children)
                )
                for c in tok.children
            ):
                return  # "leaving Hungary as the last holdout", "left Kyiv exposed": no retreat
        freed = tok.lemma_.lower() in lex.cues["release_verbs"]
        if freed or tok.lemma_.lower() in lex.cues["wrest_verbs"]:
            # "liberated the town (from X)": what is freed is no target, its holder is;
            # "retook Mosul from ISIS" too ("captured Avdiivka", with no holder, as before)
            holders = self._prep_objects(tok, ["from"])
            if holders or freed:
                objects, nested = holders, False
            else:  # "Hezbollah captured Qusayr", "ISIS seized Palmyra": a one-word name the
                # model took for a body or a person, unknown to the KB, is a place taken
                objects = [
                    x
                    for x in objects
                    if not (
                        x[0].kind in {"org", "person"}
                        and x[0].end - x[0].start == 1
                        and self.doc[x[1]].dep_ == "dobj"  # (not "a Karen stronghold": its
                    )  # holder)
                ]
        if tok.lemma_.lower() in lex.cues["handover_verbs"]:
            # "extradited two PKK members to Turkey": the state handed to, not the persons
            objects, nested = self._prep_objects(tok, ["to"]), False
        if not objects and (thanked := self._thanked_for(tok, entry)) is not None:
            objects, nested = thanked[1], True  # "thanked X for supplying interceptors": to
            # the thanker
        hostile_act = ontology_relation(entry.relation).quad == 4  # not one judging an act
        partnered = self._act_partners(tok) if hostile_act else []
        mates = {m.start for found, _ in partnered for m, _ in found}  # "fought together
        objects = [x for x in objects if x[0].start not in mates]  # with X": no foe
        if not subjects:
            mod = self.modality(tok)
            if objects and mod.requester is not None and not (mod.negated or mod.refused):
                # "urged the world to sanction Russia": the one asked is no actor, the
                # requester still takes a side on Russia
                self._endorse(self.doc[mod.requester], entry.relation, [], objects)
            return
        objects = _unique(objects + self._destinations(tok, subjects))
        if (
            not objects
            and entry.relation in JUDGEMENTS
            and (noun is None or tok.lemma_.lower() in lex.cues["labelling_verbs"])
        ):
            # "Germany condemned the attack", "the attack was condemned by Germany", "called
            # the strike a war crime": the act named before (see anaphoric_statements)
            role = "nsubjpass" if passive else "dobj"
            kw = {"nested": True, "inherited": inherited}
            labelled = [  # "declared the annexation illegal", parsed as a small clause
                g
                for c in tok.children
                if c.dep_ == "ccomp" and c.pos_ == "ADJ"
                for g in c.children
                if g.dep_ == "nsubj"
            ]
            self.anaphora += [
                (tok, entry.relation, subjects, c, kw)
                for c in [*tok.children, *labelled]
                if (c.dep_ == role or c in labelled)
                and (
                    self._anaphoric_act(c)
                    or self._act_pronoun(c)
                    or self._denied_charge(tok, c)
                    or self._utterance(c)
                )
            ]
        elif not objects and entry.relation in JUDGEMENTS and noun is not None:
            # "expressed concern over the drills": the act named before, as for a verb
            kw = {"nested": True, "inherited": inherited}
            self.anaphora += [
                (tok, entry.relation, subjects, p, kw)
                for c in noun.children
                if c.dep_ == "prep" and c.lower_ in preps
                for p in c.children
                if p.dep_ == "pobj" and self._anaphoric_act(p)
            ]
        if (
            noun is not None
            and not objects
            and len({m.actor.id for m, _ in subjects}) < 2
            and noun.lemma_.lower() in lex.cues["joint_text_nouns"]
        ):
            return  # "France issued a statement": a text of one's own binds nobody
        if noun is not None and not objects and noun.lemma_.lower() in lex.cues["aimed_nouns"]:
            return  # "conducted security operations": at no one named, no act
        relation, objects = self._breakaway(tok, entry.relation, objects)
        if (
            relation == "protestsAgainst"
            and tok.lemma_.lower() == "protest"
            and objects
            and subjects
            and all(m.kind in _OFFICIAL_KINDS and m.actor.type in _STATE_TYPES for m, _ in subjects)
        ):  # "Japan protested to China": a state's protest is a diplomatic one, in words
            relation = "criticizes"  # (a people's or a group's protest stays one, and so
            # does a boycott "in protest"; with no one named, "the EU protested", it is kept)
        self.emit(tok, relation, subjects, objects, nested=nested, inherited=inherited)
        if passive:
            return
        if judged:
            self.emit(tok, "opposes", subjects, judged, nested=True, inherited=inherited)
        if ontology_relation(entry.relation).polarity < 0:
            self._helpers_oppose(tok, objects)
            self._in_arms(tok, entry.relation, subjects, objects, partnered, inherited)
        own_ids = {m.actor.id for m, _ in [*subjects, *objects]}
        threats = [x for x in threats if self.target(x[0]).id not in own_ids]
        if threats:
            self.emit(tok, "opposes", subjects, threats, nested=True, inherited=inherited)
            if tok.lemma_.lower() in lex.cues["protection_verbs"]:
                self._helpers_oppose(tok, threats)

    def _breakaway(
        self, tok: Token, relation: str, objects: list[tuple[Mention, int]]
    ) -> tuple[str, list[tuple[Mention, int]]]:
        """A region standing for its state is no partner of that state's.

        Recognising such a region ("recognized the independence of Donetsk and Luhansk")
        disputes the state's hold on it; any other cooperative act with a breakaway region
        (cue ``breakaway_regions``: "Ethiopia signed a port deal with Somaliland") is with
        the region's own authorities, an actor of its own (a de facto state), not with the
        state that claims it.
        """
        if ontology_relation(relation).polarity <= 0 or not objects:
            return relation, objects
        if tok.lemma_.lower() in self.lex.cues["recognition_words"] and all(
            m.territory for m, _ in objects
        ):
            return "disputes", objects
        regions = self.lex.cues["breakaway_regions"]
        own = []
        for m, i in objects:
            name = " ".join(self.doc[m.start : m.end].text.split())
            if m.territory and name in regions:
                m = replace(m, actor=text_actor(name, "State"), territory=False, locative=False)
            own.append((m, i))
        return relation, own

    def _parties(self, noun: Token) -> list[tuple[Mention, int]]:
        """The parties to a brokered act noun: the subjects of the clause it is the object or
        the setting of ("A and B agreed to restore ties in a deal brokered by C": A and B),
        when there are two or more."""
        gov = noun
        while gov.dep_ in {"dobj", "pobj", "prep"} and gov.head.i != gov.i:
            gov = gov.head
        if gov.pos_ not in {"VERB", "AUX"}:
            return []
        parties = self.subjects(gov)[0]
        return parties if len({m.actor.id for m, _ in parties}) >= 2 else []

    def _owns_place(self, i: int) -> bool:
        """True for the owner of a place noun: "in Afghanistan's Khost and Paktika
        provinces", "in Syria's north"."""
        tok = self.doc[i]
        return tok.dep_ == "poss" and tok.head.lemma_.lower() in self.lex.place_nouns

    def _destinations(
        self, tok: Token, subjects: list[tuple[Mention, int]]
    ) -> list[tuple[Mention, int]]:
        """Where the thing ``tok`` acts on was going: "seized Iranian weapons bound for the
        Houthis", "intercepted a shipment destined for Hamas" (the Houthis, Hamas)."""
        own = {m.actor.id for m, _ in subjects}
        return [
            x
            for c in tok.children
            if c.dep_ in {"dobj", "nsubjpass"}
            for n in (c, *c.conjuncts)  # "seized missile components and engines bound for"
            for t in (n, *(p for g in n.children if g.lower_ == "of" for p in g.children))
            for a in t.children
            if a.dep_ == "acl" and a.lemma_.lower() in self.lex.cues["destination_participles"]
            for x in self._prep_objects(a, ["for", "to"])
            if x[0].actor.id not in own
        ]

    def _mutual(self, tok: Token) -> bool:
        """True when ``tok``'s object is "each other" or "one another" (or theirs: "attacked
        each other's positions")."""
        heads = [c for c in tok.children if c.dep_ == "dobj"]
        heads += [
            p for c in tok.children if c.dep_ == "prep" for p in c.children if p.dep_ == "pobj"
        ]
        for h in heads:  # the object itself or its owner, not deeper ("support for groups
            for t in (h, *(c for c in h.children if c.dep_ == "poss")):  # operating on each
                if (t.lower_ == "other" and any(d.lower_ == "each" for d in t.children)) or (
                    t.lower_ == "one" and any(d.lower_ == "another" for d in t.children)
                ):  # other's territory")
                    return True
        return False

    def _theirs(
        self, tok: Token, found: list[tuple[Mention, int]], own: set[str]
    ) -> list[tuple[Mention, int]]:
        """A possessive pronoun the hostile act ``tok`` reaches is not its doer's own when a
        speaker reports the act: "Israel said Hezbollah violated its airspace" (Israel's,
        not Hezbollah's), unless it says so ("Russia said Ukraine shelled its own cities")."""
        if not any(
            m.kind == "pronoun"
            and m.actor.id in own
            and not any(c.lower_ == "own" for c in self.doc[i].head.children)
            for m, i in found
        ):
            return found
        reporter, _ = self._speakers(self.sources.source(tok))
        if reporter is None or reporter.actor.id in own:
            return found
        speaker = reporter.actor
        return [
            (replace(m, actor=speaker), i)
            if m.kind == "pronoun"
            and m.actor.id in own
            and self.doc[i].dep_ == "poss"
            and not any(c.lower_ == "own" for c in self.doc[i].head.children)
            else (m, i)
            for m, i in found
        ]

    def _border_objects(self, tok: Token) -> list[tuple[Mention, int]]:
        """The state across a border a force is sent to: "to its border with China", "near
        the Kosovo border", "near Ukraine's border", "to the Ukrainian border" (a pronoun
        owner is the sender's own)."""
        for h in [tok, *(c for c in tok.children if c.dep_ == "dobj")]:
            for prep in (c for c in h.children if c.dep_ == "prep"):
                for p in (p for p in prep.children if p.dep_ == "pobj"):
                    if p.lemma_.lower() in self.lex.cues["border_nouns"]:
                        found = self._prep_objects(p, ["with", "of"]) or [
                            (m, c.i)
                            for c in p.children
                            if c.dep_ in {"poss", "compound", "amod"}  # "the Ukrainian border"
                            and (m := self.mention(c)) is not None
                            and m.kind != "pronoun"
                            and not m.locative
                        ]
                        if found:
                            return found
        return []

    def _mediated(
        self,
        tok: Token,
        mediators: list[tuple[Mention, int]],
        sides: list[tuple[Mention, int]],
        frame: list[Token],
    ) -> None:
        """The mediator of a mediation noun (its owner, its demonym or "by X") negotiates
        with each side it mediates between."""
        mediators = mediators or [
            x
            for f in frame
            for c in f.children
            if c.dep_ == "prep" and c.lower_ == "by"
            for x in self.child_actors(c, "pobj")
        ]
        own = {self.target(m).id for m, _ in mediators}
        sides = [x for x in sides if self.target(x[0]).id not in own]
        if mediators and sides:
            self.emit(tok, "negotiatesWith", mediators, sides, noun=True)

    def _forums(self, tok: Token, noun: Token | None) -> dict[int, Token]:
        """The international bodies a complaint or a case is brought before ("lodged a
        complaint with the WTO", "filed a case at the ICJ"), by token index; none unless the
        verb's act noun is a filing (``filing_nouns``)."""
        if noun is None or noun.lemma_.lower() not in self.lex.cues["filing_nouns"]:
            return {}
        return {
            p.i: p
            for h in (tok, noun)
            for c in h.children
            if c.dep_ == "prep" and c.lower_ in {"with", "at", "before", "to"}
            for p in c.children
            if p.dep_ == "pobj"
            and (m := self.mention(p)) is not None
            and self.target(m).type == "InternationalOrganization"
        }

    def _verb_reading(self, tok: Token, entry: Entry) -> Entry | None:
        """The entry a verb is read by in its clause, or None when the clause says nothing
        of its own (what it governs says it).

        - "refused to rule out force": nothing is rejected (the threat: see modality);
        - "The EU agreed / approved new sanctions on Iran": adopted, no agreement with Iran;
        - "strengthened cooperation with X": the cooperation, no military build-up;
        - "called for sanctions on X": hostile action asked of others, said by the noun's own
          "opposes"; "called for a ceasefire", "for restraint": an appeal, not a demand;
          "called for the release of X": support for X, not a demand of X.
        """
        lex = self.lex
        if entry.relation == "rejects" and any(
            c.dep_ == "xcomp" and rules_out(c, lex.cues) for c in tok.children
        ):
            return None
        if _to_blame(tok):  # "Russia is to blame": Russia blames no one (see verdicts)
            return None
        if (
            entry.relation == "agreesWith"
            and tok.lemma_.lower() in {"agree", *lex.cues["measure_verbs"]}
            and any(
                c.dep_ == "dobj"
                and (act := self.noun_entry(c)) is not None
                and ontology_relation(act.relation).polarity < 0
                for c in tok.children
            )
        ):
            return None
        if entry.relation == "mobilizesAgainst" and any(
            c.dep_ == "dobj"
            and (act := self.noun_entry(c)) is not None
            and ontology_relation(act.relation).polarity >= 0
            for c in tok.children
        ):  # "strengthened cooperation (with X)": the noun's cooperation, no build-up
            return None
        if (
            entry.particle is not None
            and entry.relation == "criticizes"
            and tok.lemma_.lower() in lex.verbs
            and ontology_relation(lex.verbs[tok.lemma_.lower()].relation).quad == 4
            and any(
                c.dep_ == "prep"
                and c.lower_ == "with"
                and any(
                    p.lemma_.lower() in lex.craft_nouns
                    or (
                        (act := self.noun_entry(p)) is not None
                        and ontology_relation(act.relation).plover == "ASSAULT"
                    )
                    for p in c.children
                    if p.dep_ == "pobj"
                )
                for c in tok.children
            )
        ):  # "hit back at X with artillery / air strikes": force, not words
            return replace(
                lex.verbs[tok.lemma_.lower()], particle=entry.particle, preps=entry.preps
            )
        if (
            entry.relation in {"attacks", "fightsAgainst"}
            and tok.pos_ == "VERB"
            and any(
                c.dep_ == "dobj"
                and c.lemma_.lower() in lex.cues["stance_objects"]
                and not summing_object(c, lex)  # "attacked a ship, a claim X denied"
                for c in tok.children
            )
        ):  # "attacked Macron's policy on Ukraine": words against it, no force
            return replace(lex.verbs["criticize"], preps=entry.preps)
        # "demanding an immediate ceasefire", "called for an emergency meeting of the
        # Security Council": an appeal, no demand made of the forum's members
        appeals = (lex.cues["appeal_nouns"], lex.cues["forum_nouns"])
        if entry.relation == "demands" and any(
            c.dep_ == "dobj" and any(c.lemma_.lower() in nouns for nouns in appeals)
            for c in tok.children
        ):
            return replace(entry, relation="callsOn")
        if entry.relation == "demands" and entry.particle == "for":
            asked = [
                p
                for c in tok.children
                if c.dep_ == "prep" and c.lower_ == "for"
                for p in c.children
                if p.dep_ == "pobj"
            ]
            acts = [self.noun_entry(p) for p in asked]
            if any(a is not None and ontology_relation(a.relation).polarity < 0 for a in acts):
                return None
            if any(p.lemma_.lower() in nouns for p in asked for nouns in appeals):
                return replace(entry, relation="callsOn")
            freed = [
                g
                for p in asked
                if p.lemma_.lower() in lex.cues["release_nouns"]
                for c in p.children
                if c.lower_ == "of"
                for g in c.children
                if g.dep_ == "pobj"
            ]
            if any(self.at[g.i] is not None for g in freed):
                # "for the release of Navalny": for him, not of him ("of the hostages held by
                # Hamas" names no one freed but their holder, who is asked)
                return replace(entry, relation="supports")
        return entry

    def _holders(self, tok: Token) -> list[tuple[Mention, int]]:
        """Who holds what ``tok`` frees, named by "by" on its participle: "free American
        hostages held by Iran" (Iran)."""
        return [
            x
            for c in tok.children
            if c.dep_ == "dobj"
            for v in c.children
            if v.dep_ == "acl" and v.tag_ == "VBN"
            for a in v.children
            if a.dep_ == "agent"
            for x in self.child_actors(a, "pobj")
        ]

    def _noun_objects(
        self, noun: Token, preps: Sequence[str], relation: str
    ) -> list[tuple[Mention, int]]:
        """Whom the phrase on a support verb's noun reaches: a judgement ("expressed concern
        over the killing of civilians by Israeli forces") reaches an act's doer, never its
        victims (see :meth:`_judged_objects`); any other relation its prepositions' actors."""
        if relation in JUDGEMENTS:
            return self._judged_objects(noun, preps, relation)
        found = self._prep_objects(noun, preps)
        if not found and noun.lemma_.lower() in self.lex.cues["permit_nouns"]:
            # "withdrew Brazil's authorisation", "revoked Colombia's visas": its holder
            found = [x for c in noun.children if c.dep_ == "poss" for x in self.np_actor(c)]
        return found

    def _judged_objects(
        self, tok: Token, preps: Sequence[str], relation: str
    ) -> list[tuple[Mention, int]]:
        """Whom a judging adjective or noun reaches: "concerned about China"; "concerned by
        the M23's seizure of Goma" judges the act's doer (M23), and "alarmed by the arrest of
        Machar" or "expressed concern over the deaths of civilians" nobody named (not the one
        arrested, not the dead)."""
        for prep in preps:
            for c in tok.children:
                named = c.dep_ == "prep" and c.lower_ == prep
                if not (named or (c.dep_ == "agent" and prep == "by")):
                    continue
                for p in (p for p in c.children if p.dep_ == "pobj"):
                    if p.lemma_.lower() in self.lex.cues["claim_nouns"]:  # "by reports of X"
                        p = next((g for o in p.children if o.lower_ == "of" for g in o.children), p)
                    if self.at[p.i] is None and self.noun_entry(p) is not None:
                        found = self._through_act(p, relation)[0]
                    elif self.at[p.i] is None and p.lemma_.lower() in self.lex.cues["harm_nouns"]:
                        found = self._act_doers(p)  # "regret over the deaths of civilians":
                        # whoever caused them, if named, never the dead
                    else:
                        found = self.np_actor(p)
                    if found:
                        return found
        return []

    def _show_of_force(self, tok: Token, noun: Token, entry: Entry) -> Entry:
        """ "China held drills around Taiwan": one side's exercise at an actor is a show of
        force toward it (not with a partner, not joint, not by co-subjects). So is sending
        craft around an actor or into its waters or airspace ("sent warships into Taiwanese
        waters"), which is no transfer of weapons to it, and firing a missile over it ("fired
        a ballistic missile over Japan") or near its border, which attacks nobody."""
        cues = self.lex.cues
        phrases = [  # each preposition on the verb or the noun, with its objects
            (c.lower_, [p for p in c.children if p.dep_ == "pobj"])
            for h in (tok, noun)
            for c in h.children
            if c.dep_ == "prep"
        ]
        preps = [prep for prep, _ in phrases]
        around = tuple(p for p in preps if p in cues["show_of_force_preps"])
        if entry.relation == "attacks":
            # "fired a missile over Japan": a launch across a state's territory, at nobody
            # (not "fired missiles at Kyiv over the weekend", "over the Black Sea at Odesa")
            reached = {prep for prep, objs in phrases if any(self.np_actor(p) for p in objs)}
            if noun.lemma_.lower() not in cues["projectile_nouns"] or not reached.isdisjoint(
                entry.preps
            ):
                return entry
            if "over" in reached:
                return replace(entry, relation="mobilizesAgainst", preps=("over",))
            # "fired artillery shells near the border with South Korea": fire at a border,
            # not at anyone across it, is a show of force too
            near = tuple(
                prep
                for prep, objs in phrases
                if prep in around and any(p.lemma_.lower() in cues["border_nouns"] for p in objs)
            )
            if near:
                return replace(entry, relation="mobilizesAgainst", preps=near)
            return entry
        if entry.relation == "providesWeaponsTo":
            if noun.lemma_.lower() not in self.lex.craft_nouns:
                return entry
            into = any(
                prep in {"into", "to"}
                and any({p.lower_, p.lemma_.lower()} & self.lex.place_nouns for p in objs)
                for prep, objs in phrases
            )
            if into or around:
                return replace(entry, relation="mobilizesAgainst", preps=(*around, "into", "to"))
            return entry
        if noun.lemma_.lower() not in cues["drill_nouns"]:
            return entry
        alone = not any(
            c.dep_ == "nsubj" and any(g.dep_ == "conj" for g in c.children) for c in tok.children
        ) and not any(c.lower_ == "joint" for c in noun.children)
        if around and alone and not {"with", "between"} & set(preps):
            return replace(entry, relation="mobilizesAgainst", preps=around)
        return entry

    def _through_act(
        self, noun: Token, relation: str, skip: frozenset[int] = frozenset()
    ) -> tuple[list[tuple[Mention, int]], list[tuple[Mention, int]]]:
        """Whom a judging or joining verb reaches through its object, and whom it opposes.

        An act named as the object ("criticized the invasion of Ukraine", "backed the
        imposition of sanctions on Russia", "joined the war against ISIL") is judged through
        its doer when it names one ("Russia's invasion", "the sanctions imposed by
        Washington"). A hostile act that names none reaches nobody: its target is not the
        judge's; who backs or praises it opposes that target instead, and who joins it does
        it. Anything else is the object's actors.

        Coordinated objects are judged one by one ("condemned Russia's missile and drone
        attack on Kyiv", parsed as "missile" and "attack on Kyiv": Russia, not Kyiv).

        Returns:
            (the actors reached, the actors opposed).
        """
        judging = relation in JUDGEMENTS or relation == "alignsWith"
        if relation in {"callsOn", "demands"} and not self.at[noun.i]:
            # "urged attacks on US forces": a hostile act asked for, by no one named, is
            # asked of no one its target
            entry = self.noun_entry(noun)
            if (
                entry is not None
                and ontology_relation(entry.relation).polarity < 0
                and not self._act_doers(noun)
            ):
                targets = {i for _, i in self._prep_objects(noun, self.lex.preps_for(entry))}
                return [
                    x
                    for x in self.np_actor(noun)
                    if x[1] not in skip | targets and not x[0].locative  # "the war in Ukraine"
                ], []
        if (
            relation == "blames"
            and noun.dep_ == "dobj"
            and noun.head.lemma_.lower() == "blame"
            and not self._act_doers(noun)
        ):  # "Russia blamed the attack on Ukraine": the one it is blamed on, not its target
            blamed = [  # (the "on" hung on the act or on the verb)
                x
                for h in (noun, noun.head)
                for c in h.children
                if c.dep_ == "prep" and c.lower_ == "on"
                for x in self.child_actors(c, "pobj")
            ]
            if blamed:
                return blamed, []
        if (
            judging
            and noun.lemma_.lower() in self.lex.cues["undoing_nouns"]
            and not self.at[noun.i]
            and not self._act_doers(noun)
        ):  # "hailed the failure of the Ukrainian counteroffensive": its end, no one's act
            return [], []
        conjuncts = [c for c in noun.children if c.dep_ == "conj" and c.i not in skip]
        conjuncts = conjuncts if judging else []
        if conjuncts and not self.at[noun.i]:
            own = frozenset(t.i for c in conjuncts for t in c.subtree)
            reached, opposed = self._through_act(noun, relation, skip | own)
            for c in conjuncts:
                r, o = self._through_act(c, relation, skip)
                reached, opposed = reached + r, opposed + o
            return _unique(reached), _unique(opposed)
        # "defended its ally Belarus", "praised its partners": one who acts, not an act
        agent = noun.lemma_.lower() in self.lex.cues["agent_nouns"]
        acts = [  # "the invasion", "the imposition of sanctions", "the sanctions package"
            noun,
            *(p for c in noun.children if c.lower_ == "of" for p in c.children),
            *(c for c in noun.children if c.dep_ == "compound" and c.pos_ == "NOUN"),
        ]
        for act in acts if judging and not self.at[noun.i] and not agent else []:
            entry = self.noun_entry(act) if act.pos_ in {"NOUN", "PROPN"} else None
            # "condemned the violation of Lebanese sovereignty": Lebanon is its victim
            violation = act is noun and act.lemma_.lower() in self.lex.cues["violation_nouns"]
            if entry is None and not violation:
                continue
            doers = self._act_doers(noun) + (self._act_doers(act) if act.head != noun else [])
            verb = noun.head
            if (
                not doers
                and noun.dep_ == "dobj"
                and not any(c.dep_ == "auxpass" for c in verb.children)
            ):
                # "condemned the recognition of Palestine by Spain", "fired missiles to
                # protest the drills by the US": the "by" hung on the active verb
                doers = [
                    x
                    for c in verb.children
                    if c.lower_ == "by"
                    for x in self.child_actors(c, "pobj")
                ]
            if not doers and entry is not None and entry.relation == "mobilizesAgainst":
                doers = self._forces_of(act)  # "the deployment of U.S. warships": the US
            if violation and not doers:  # "the violation of Lebanese sovereignty by Israel",
                doers = [  # the "by" hung on what is violated
                    x
                    for c in noun.children
                    if c.lower_ == "of"
                    for p in c.children
                    if p.dep_ == "pobj"
                    for x in self._prep_objects(p, ["by"])
                ]
            if doers:
                return doers, []
            if entry is None:  # a violation by no one named reaches no one
                return [], []
            if ontology_relation(entry.relation).polarity >= 0:
                break
            backs = relation in JUDGEMENTS and ontology_relation(relation).polarity > 0
            held = noun if act.dep_ == "compound" else act  # its "against X" hangs on the head
            return [], self._prep_objects(held, self.lex.preps_for(entry)) if backs else []
        return [x for x in self.np_actor(noun) if x[1] not in skip], []

    def _summarised(self, tok: Token) -> list[tuple[Mention, int]]:
        """The doers of the clause a summary noun sums up, for a judgement in its relative
        clause: "Russia expelled two Estonian diplomats, a move Estonia condemned" (Russia);
        "Mexico raised tariffs ..., a move China's commerce ministry said it opposed"."""
        if any(
            (c.dep_ == "dobj" and c.lower_ not in self.lex.cues["relative_pronouns"])
            or (c.dep_ == "xcomp" and tok.lemma_.lower() in self.lex.refusal_verbs)
            for c in tok.children
        ):
            return []  # an object of its own; "a claim London declined to comment on": no
            # judgement of the claim
        if (verb := self._sentential(tok)) is not None:
            return self.subjects(verb)[0]
        clause = tok
        if tok.dep_ == "ccomp" and tok.head.dep_ == "relcl":
            clause = tok.head  # "... said it opposed"
        noun = clause.head
        if (
            clause.dep_ != "relcl"
            or noun.lemma_.lower() not in self.lex.summing_nouns
            or not (
                noun.dep_ in {"npadvmod", "appos"}
                or (noun.dep_ == "pobj" and noun.head.lower_ == "in")  # "in a move X ..."
                or summing_object(noun, self.lex)
            )
        ):
            return []
        verb = noun.head
        if noun.lemma_.lower() in self.lex.cues["claim_nouns"]:
            # "X accused Y of confiscating land, a charge Y rejected": the accuser's claim
            verb = next((a for a in noun.ancestors if self._claims(a)), noun)
            return self.subjects(verb)[0] if verb is not noun else []
        while verb.pos_ not in {"VERB", "AUX"} and verb.head.i != verb.i:
            verb = verb.head  # the summed-up clause: "expelled (two Estonian diplomats)"
        return self.subjects(verb)[0] if verb.pos_ in {"VERB", "AUX"} else []

    def _sentential(self, tok: Token) -> Token | None:
        """The verb of the clause a judgement or denial after ", which" sums up: the charge
        ("X accused Y of shelling its positions, which Y denied"), else the act ("sent
        warships near Taiwan, which Japan criticized"; "Hamas attacked Israel, which Iran
        praised": the attack, not Israel, which a news writer would name before a clause
        of its own)."""
        if not sentential_which(tok):
            return None
        claim = next((a for a in tok.ancestors if self._claims(a)), None)
        return claim or next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)

    def _charge_denied(
        self, tok: Token
    ) -> tuple[list[tuple[Mention, int]], list[tuple[Mention, int]]] | None:
        """The deniers and the accusers of a misparsed ", a charge Y denied": "X accused Y
        of V-ing, a charge Y denied" parsed with the accusation as the denial's clause and
        "a charge Y" as its subject. None for any other verb."""
        claim = claim_subject(tok, self.lex)
        said = [c for c in tok.children if c.dep_ == "ccomp" and c.i < tok.i and self._claims(c)]
        if claim is None or not said:
            return None
        deniers = self.child_actors(claim, "appos", depth=0)
        if claim.lemma_.lower() not in self.lex.cues["claim_nouns"]:  # "a charge Kigali"
            deniers = self.np_actor(claim, depth=0)
        accusers = self.subjects(said[0])[0]
        return (deniers, accusers) if deniers and accusers else None

    def _claims(self, tok: Token) -> bool:
        """A verb that makes a claim: saying ("said"), accusing or blaming."""
        found = self.verb_entry(tok) if tok.pos_ == "VERB" else None
        return self.sources.is_speech(tok) or (
            found is not None and found[0].relation in {"accuses", "blames"}
        )

    def _means(self, tok: Token) -> Entry | None:
        """The hostile act a verb of answering (or of hitting) names as made with: "hit
        China with tariffs", "retaliated against the US with tariffs", "responded to US
        tariffs with curbs on exports" (the act is the sanction, not an assault)."""
        if tok.lemma_.lower() not in self.lex.cues["response_verbs"]:
            return None
        answered = [  # ("responded to US tariffs with curbs": "with" hung on the tariffs)
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in {"to", "against", "at"}
            for p in c.children
            if p.dep_ == "pobj"
        ]
        return next(
            (
                e
                for h in (tok, *answered)
                for c in h.children
                if c.dep_ == "prep" and c.lower_ == "with"
                for p in c.children
                if p.dep_ == "pobj"
                # ("with a new round of sanctions": the inner noun names the act)
                for q in (p, *(i for o in p.children if o.lower_ == "of" for i in o.children))
                if q.dep_ == "pobj"
                if (e := self.noun_entry(q)) is not None
                and ontology_relation(e.relation).polarity < 0
            ),
            None,
        )

    def _in_kind(self, tok: Token, entry: Entry) -> Entry:
        """A retaliation with no act named, answering sanctions, is taken in kind: "Russia
        retaliated against the EU sanctions" sanctions the EU (no assault); one answering
        force, or naming no act, keeps ``entry``."""
        answered = [e.relation for a in self._answered_acts(tok) if (e := self.noun_entry(a))]
        if answered and all(ontology_relation(r).plover == "SANCTION" for r in answered):
            return replace(entry, relation=answered[0])
        return entry

    def _answered_acts(self, tok: Token) -> list[Token]:
        """The act nouns a verb of answering names as answered: its object, or after "for",
        "to", "against", "after" or "over" ("vowed to retaliate after US chip curbs": the act
        it answers, named as a time)."""
        acts = [c for c in tok.children if c.dep_ == "dobj"] + [
            p
            for c in tok.children
            if c.dep_ == "prep" and c.lower_ in {"for", "to", "against", "after", "over"}
            for p in c.children
            if p.dep_ == "pobj"
        ]
        return [a for a in acts if self.noun_entry(a) or a.lemma_.lower() in self.support_nouns]

    def _answered(self, tok: Token) -> list[tuple[Mention, int]]:
        """The doers of the act a retaliation answers ("retaliate for X's attack", "respond to
        drills by X", "avenge the U.S. strike", "will respond if X attacks")."""
        acts = self._answered_acts(tok)
        doers = [x for act in acts for x in self._act_doers(act)]
        if acts and not doers:  # "respond ... to joint drills by X", "by X" hung on the verb
            doers = [
                x for c in tok.children if c.lower_ == "by" for x in self.child_actors(c, "pobj")
            ]
        # "If Russia uses a nuclear weapon, NATO will respond": the condition's subject;
        # "retaliated after Iran launched missiles": the one who did what came first
        return doers or self._condition_subject(tok) or self._provoker(tok)

    def _provoker(self, tok: Token) -> list[tuple[Mention, int]]:
        """The subject of an after-clause of a reaction that names no object: "Japan
        protested after Chinese ships entered its waters" (China), not the reactor itself."""
        own = {self.target(m).id for m, _ in self.subjects(tok)[0]}
        found = self._condition_subject(tok, frozenset({"after"})) or []
        return [x for x in found if self.target(x[0]).id not in own]

    def _forces_of(self, noun: Token) -> list[tuple[Mention, int]]:
        """Whose forces a build-up moves: "the deployment of U.S. warships", "of Russian
        troops" (the forces named after "of" are the act's theme, their owner its doer)."""
        return [
            x
            for c in noun.children
            if c.dep_ == "prep" and c.lower_ == "of"
            for p in c.children
            if p.dep_ == "pobj"
            for x in (self.np_actor(p, depth=0) or self._act_doers(p))
        ]

    def _backed(self, tok: Token, entry: Entry) -> None:
        """ "Iran-backed Houthi rebels", "US-trained Syrian forces": X backs the group."""
        backers = [
            x
            for c in tok.children
            if c.dep_ in {"npadvmod", "compound", "nmod"} and c.i < tok.i
            for x in self.np_actor(c, depth=0)
        ]
        ids = {self.target(m).id for m, _ in backers}
        backed = [y for y in self.np_actor(tok.head, depth=0) if self.target(y[0]).id not in ids]
        if backers and backed:
            self.emit(tok, entry.relation, backers, backed, presupposed=True)

    def _threats(self, tok: Token) -> list[tuple[Mention, int]]:
        """Whom a defender or backer stands against (internal).

        "defend X against Y", "protect X from Y's attacks", "support X against Y": Y
        ("support from Y" names a source, not a threat).
        """
        lemma = tok.lemma_.lower()
        if lemma in self.lex.cues["protection_verbs"]:
            preps = ["against", "from"]
        elif lemma in self.lex.cues["helping_verbs"]:
            preps = ["against"]
        else:
            return []
        heads = [tok, *(c for c in tok.children if c.dep_ == "dobj")]
        return _unique([x for h in heads for x in self._prep_objects(h, preps)])

    def _helpers_oppose(self, tok: Token, targets: list[tuple[Mention, int]]) -> None:
        """Who helps another act against ``targets`` opposes them too.

        "The coalition is assisting the Iraqi government to destroy ISIL", "the US is
        helping Ukraine (to) defend itself against Russia": the helper (coalition, US)
        opposes ISIL / Russia; the act itself stays the helped party's.
        """
        if not targets:
            return
        act = tok
        while act.dep_ == "conj" and act.head.pos_ in {"VERB", "AUX"}:  # "degrade and destroy"
            act = act.head
        helper = act.head
        purpose = act.dep_ == "advcl" and any(c.lower_ == "to" for c in act.children)
        if not (act.dep_ in {"xcomp", "ccomp"} or purpose) or helper.i == act.i:
            return
        if helper.lemma_.lower() not in self.lex.cues["helping_verbs"]:
            return
        helpers, inherited = self.subjects(helper)
        act_side = {m.actor.id for m, _ in self.subjects(tok)[0]}
        helpers = [x for x in helpers if x[0].actor.id not in act_side]
        done = (helper.i, tuple(sorted(m.actor.id for m, _ in targets)))
        if helpers and done not in self.helped:  # "to degrade and destroy X": one stance
            self.helped.add(done)
            self.emit(
                tok,
                "opposes",
                helpers,
                targets,
                nested=True,
                inherited=inherited,
                modality_from=helper,
                derived=True,
            )

    def verdict_statements(self) -> None:
        """A speaker's verdict on another's act: "the Special Envoy added that Russia's
        decision to recognise the Taliban was a mistake", "the IDF said Hezbollah's activity
        constitutes a blatant violation of the understandings": the speaker criticizes the
        act's doer ("Russia's", "the US", "by X"). Only reported verdicts count: an unattributed one
        is the writer's, who is no actor of the text. Responsibility for a hostile act blames
        ("said Russia bears full responsibility for the attack").
        """
        cues = self.lex.cues
        faults = {*cues["fault_nouns"], *cues["pejorative_nouns"]}
        responsibility = ("responsible", "responsibility")
        found = self.with_lemma([*cues["verdict_verbs"], *cues["fault_verbs"], *responsibility])
        for verb in (t for t in found if t.lemma_ not in responsibility):
            judged = [
                c
                for c in verb.children
                if c.dep_ in {"attr", "acomp", "dobj"} and c.lemma_.lower() in faults
            ]
            if not judged:
                continue
            acts = [c for c in verb.children if c.dep_ == "nsubj" and self.at[c.i] is None]
            doers = [x for act in acts for x in self._act_doers(act)]
            if verb.lemma_.lower() in cues["fault_verbs"]:  # "said Iran had made a big
                # mistake": Iran's fault (not "was committing genocide": an act, accused)
                if not any(c.lemma_.lower() in cues["fault_nouns"] for c in judged):
                    continue
                doers = self.child_actors(verb, "nsubj", depth=0)
            referred = [a for a in acts if not doers and self._anaphoric_act(a)]
            self._verdict(verb, "criticizes", doers, referred[0] if referred else None)
        # "the Minister said the Kremlin bears responsibility for the killings", "said Russia
        # was responsible for the attack": the speaker blames (not "claimed responsibility",
        # nor a duty: "is responsible for the security of embassies")
        harms = faults | set(cues["harm_nouns"])  # "for the deaths of civilians"
        for tok in (t for t in found if t.lemma_ in responsibility):
            verb = tok.head
            if not (
                (tok.dep_ == "acomp" and verb.lemma_ == "be")
                or (tok.dep_ == "dobj" and verb.lemma_.lower() in cues["responsibility_verbs"])
            ):
                continue
            causes = [
                p
                for c in (*tok.children, *verb.children)
                if c.dep_ == "prep" and c.lower_ == "for"
                for p in c.children
                if p.dep_ in {"pobj", "pcomp"}
            ]
            if any(self._hostile_cause(p, harms) for p in causes):
                self._verdict(verb, "blames", self.child_actors(verb, "nsubj", depth=0))
        for tok in self.with_lemma(("blame",)):  # "said Russia was to blame (for the attack)"
            # (the "is to" of a culprit is no plan: read at the copula; "was not to blame"
            # clears it, and says nothing)
            if _to_blame(tok) and not any(c.dep_ == "neg" for c in tok.children):
                self._verdict(tok.head, "blames", self.child_actors(tok.head, "nsubj", depth=0))

    def label_statements(self) -> None:
        """A speaker who says an actor is something pejorative accuses it: '"Russia is a
        terrorist state," Zelensky said', "Lavrov said NATO is a threat" (Ukraine, Russia
        accuse); so does one who declares it so, parsed as a verbless clause ("Ukraine
        declared Russia a terrorist state"). The writer's own copula accuses nobody; a
        negated one is a negated charge."""
        labels = self.lex.cues["labelling_verbs"]
        for verb in self.with_lemma(("be", *labels)):
            if verb.lemma_ in labels:
                for clause in verb.children:
                    if (
                        clause.dep_ == "ccomp"
                        and clause.pos_ == "NOUN"
                        and self._pejorative(clause)
                    ):
                        self._labelled(clause, self.subjects(verb)[0], at=verb)
            elif verb.dep_ in {"ccomp", "parataxis"} and any(
                self._pejorative(c) for c in verb.children if c.dep_ in {"attr", "acomp"}
            ):
                _, teller = self._told_by(verb)
                if teller:
                    self._labelled(verb, teller, derived=True)

    def _pejorative(self, tok: Token) -> bool:
        """A pejorative noun or adjective, or a noun a pejorative word modifies ("a
        terrorist state"), unless that noun names a topic ("Taiwan was the most dangerous
        issue": the issue is, not Taiwan)."""
        bad = self.lex.cues["pejorative_nouns"]
        if tok.lemma_.lower() in self.lex.cues["topic_nouns"]:
            return False
        return tok.lemma_.lower() in bad or any(
            g.lemma_.lower() in bad for g in tok.children if g.dep_ in {"amod", "compound"}
        )

    def _labelled(
        self,
        clause: Token,
        judges: list[tuple[Mention, int]],
        *,
        at: Token | None = None,
        derived: bool = False,
    ) -> None:
        """The judges accuse the subject of a pejorative ``clause`` (not themselves)."""
        own = {self.target(m).id for m, _ in judges}
        named = [
            x
            for x in self.child_actors(clause, "nsubj", depth=0)
            if self.target(x[0]).id not in own
        ]
        if judges and named:
            self.emit(at or clause, "accuses", judges, named, derived=derived)

    def switch_statements(self) -> None:
        """Switching ties or recognition from one actor to another cuts ties with the first
        and aligns with the second: "Honduras switched diplomatic recognition from Taiwan to
        China" (recognising China is already support, read from the noun)."""
        lex = self.lex
        held = {*lex.cues["tie_nouns"], "recognition", "allegiance"}
        for verb in self.with_lemma(lex.cues["switch_verbs"]):
            moved = [c for c in verb.children if c.dep_ == "dobj" and c.lemma_.lower() in held]
            subjects = self.subjects(verb)[0] if moved else []
            if not subjects:
                continue
            # "from"/"to" hang on the verb or on the noun moved
            left, joined = (
                self._prep_objects(verb, [p])
                or [x for h in moved for x in self._prep_objects(h, [p])]
                for p in ("from", "to")
            )
            if left:
                self.emit(verb, "cutsTiesWith", subjects, left)
            if joined and moved[0].lemma_.lower() != "recognition":
                self.emit(verb, "alignsWith", subjects, joined)

    def provocation_statements(self) -> None:
        """Who an act angers or alarms criticizes its doer: "Lithuania's decision to open a
        Taiwanese office angered China", "China was angered by Lithuania's decision",
        "Japan was alarmed by Chinese drills", "Lithuania angered China" (China criticizes
        Lithuania), "Orban visited Moscow, angering EU leaders" (the EU criticizes Hungary).
        An act named by a definite noun with no doer ("The move angered Beijing") is the one
        told before it (see anaphoric_statements)."""
        for verb in self.with_lemma(self.lex.cues["provocation_verbs"]):
            if verb.pos_ != "VERB":
                continue
            judges = self.child_actors(verb, "dobj", depth=0)
            causes = [c for c in verb.children if c.dep_ == "nsubj"]
            if not judges:  # "China was angered by X"
                judges = self.child_actors(verb, "nsubjpass", depth=0)
                causes = [p for a in verb.children if a.dep_ == "agent" for p in a.children]
            if judges and not causes and verb.tag_ == "VBG" and verb.dep_ == "advcl":
                # "Orban visited Moscow, angering EU leaders": the clause's doer provokes;
                # after an infinitive, the doer of the act that governs it ("Lithuania
                # allowed Taiwan to open an office, angering Beijing": Lithuania)
                clause = verb.head
                while clause.dep_ in {"xcomp", "ccomp"} and with_to(clause):
                    clause = clause.head
                self.emit(verb, "criticizes", judges, self.subjects(clause)[0])
                continue
            for cause in causes:
                provokers = self.np_actor(cause, depth=0) or self._act_doers(cause)
                if provokers:
                    self.emit(verb, "criticizes", judges, provokers)
                elif judges and self._anaphoric_act(cause):
                    kw = {"nested": False, "inherited": False}
                    self.anaphora.append((verb, "criticizes", judges, cause, kw))

    def tie_statements(self) -> None:
        """ "Relations between Algeria and France have soured", "India's ties with Canada
        deteriorated": ties going bad are a dispute, each side disputing the other; ties
        getting better ("Ties between Russia and North Korea have deepened") an alignment.
        So are ties told as bad or good: "Relations between Algeria and Morocco have been
        tense for decades", "Ties between Hanoi and Moscow are warm" (the copula's "not"
        or modal is theirs)."""
        cues = self.lex.cues
        ties = cues["diplomatic_tie_nouns"]
        worse = {*cues["worsening_verbs"], *cues["strained_tie_adjectives"]}
        for word in self.with_lemma(
            [
                *cues["worsening_verbs"],
                *cues["improving_verbs"],
                *cues["strained_tie_adjectives"],
                *cues["warm_tie_adjectives"],
            ]
        ):
            relation = "disputes" if word.lemma_.lower() in worse else "alignsWith"
            if word.pos_ == "ADJ":  # "have been tense": the copula has the subject
                if word.dep_ != "acomp" or word.head.i == word.i:
                    continue
                verb = word.head
            else:
                verb = word
            for subj in verb.children:
                if subj.dep_ != "nsubj" or subj.lemma_.lower() not in ties:
                    continue
                sides = self._prep_objects(subj, ["between"])
                if len(sides) < 2:
                    owner = [x for c in subj.children if c.dep_ == "poss" for x in self.np_actor(c)]
                    sides = owner[:1] + self._prep_objects(subj, ["with"])
                if len(sides) >= 2:
                    self.emit(word, relation, sides[:1], sides[1:2], modality_from=verb)
                    self.emit(word, relation, sides[1:2], sides[:1], modality_from=verb)

    def penalty_statements(self) -> None:
        """A speaker who says an actor will pay for something threatens it: "Khamenei said
        Israel would pay a heavy price", '"Russia will face consequences," Blinken said',
        "Iran's supreme leader said Israel would be punished". Only a penalty to come, told
        by a named speaker who is not the one to pay (a warning verb is a statement of its
        own: "warned that Israel would face consequences"); so does one who says it will
        regret something ("India would regret any aggression"). One who makes another pay
        coerces it ("vowed to make Israel pay a heavy price": a threat, by its vow)."""
        cues = self.lex.cues
        penalties = set(cues["penalty_nouns"])
        for verb in self.with_lemma([*cues["undergoing_verbs"], *cues["punishing_verbs"]]):
            if verb.lemma_.lower() in cues["punishing_verbs"]:
                if any(c.dep_ == "agent" for c in verb.children):
                    continue  # "was punished by X": X's act, read as such
                payers = self.child_actors(verb, "nsubjpass", depth=0)
            elif (
                verb.lemma_.lower() in cues["regret_verbs"]
                or any(c.dep_ == "dobj" and c.lemma_.lower() in penalties for c in verb.children)
                or (verb.lemma_.lower() == "pay" and self._paid_for_wrong(verb))
            ):  # ("said India would regret any aggression": whatever it would regret)
                payers = self.child_actors(verb, "nsubj", depth=0)
            else:
                continue
            if not payers and verb.dep_ == "conj":  # "Iran made a mistake and will pay for
                payers = self.child_actors(verb.head, "nsubj", depth=0)  # it": Iran
            if payers and verb.dep_ == "ccomp" and verb.head.lemma_.lower() == "make":
                # "vowed to make Israel pay a heavy price": the maker's act on the payer
                self.emit(verb.head, "coerces", self.subjects(verb.head)[0], payers)
                continue
            mod = self.modality(verb)
            if not payers or not mod.future or mod.negated or mod.hypothetical or mod.refused:
                continue
            source, teller = self._told_by(verb)
            if source is None or not teller:
                continue
            said = self.verb_entry(self.doc[source.cue]) if source.kind == "speech" else None
            if said is not None and said[0].relation in {"warns", "threatens"}:
                continue
            self.emit(verb, "threatens", teller, payers, derived=True)

    def _paid_for_wrong(self, verb: Token) -> bool:
        """True for "pay for" a wrong: "Iran will pay for it" (the act told), "will pay for
        its aggression / crimes / this mistake"; not for a cost ("would pay for the
        reconstruction of Ukraine", "pay for the weapons")."""
        wrongs = {*self.lex.cues["fault_nouns"], *self.lex.cues["wrong_nouns"]}
        return any(
            p.lower_ in {"it", "this", "that"}
            or p.lemma_.lower() in wrongs
            or (
                (act := self.noun_entry(p)) is not None
                and ontology_relation(act.relation).polarity < 0
            )
            for c in verb.children
            if c.dep_ == "prep" and c.lower_ == "for"
            for p in c.children
            if p.dep_ == "pobj"
        )

    def _told_by(self, verb: Token) -> tuple[Source | None, list[tuple[Mention, int]]]:
        """The source of ``verb``'s clause and the actor telling it, as a subject list:
        empty when no actor tells it (the writer's own words, "the report said")."""
        source = self.sources.source(verb)
        speaker, _ = self._speakers(source)
        return source, [(speaker, speaker.end - 1)] if speaker is not None else []

    def _anaphoric_act(self, noun: Token) -> bool:
        """True for a definite act noun that names no doer and so refers back to an act
        told before it: "the attack", "these measures", "the move", "Monday's strikes"
        (not "Russia's attack", "the attack by X", "an attack", "the decision to send
        troops")."""
        summary = noun.lemma_.lower() in self.lex.cues["summary_nouns"]
        if self.at[noun.i] is not None or not (summary or self.noun_entry(noun) is not None):
            return False
        if summary and any(  # "the decision of sending troops", "the move to ...": named
            c.dep_ in {"acl", "relcl"} or (c.dep_ == "prep" and c.lower_ == "of")
            for c in noun.children
        ):
            return False
        definite = any(
            (c.dep_ == "det" and c.lower_ in _DEFINITE)
            or (c.dep_ == "poss" and c.ent_type_ in {"DATE", "TIME"})
            for c in noun.children
        )
        return definite and not self._act_doers(noun)

    def _utterance(self, noun: Token) -> bool:
        """True for a definite noun of something said with no owner or content of its own:
        "rejected the remarks", "condemned the statement" (not "Kuleba's remarks", "the
        statement by NATO", "the statement that ...")."""
        return (
            noun.lemma_.lower() in self.lex.cues["utterance_nouns"]
            and self.at[noun.i] is None
            and _bare_definite(
                noun, {"poss", "acl", "relcl", "compound", "amod"}, {"of", "by", "from"}
            )
        )

    def _last_speakers(
        self, tok: Token, own: set[str]
    ) -> tuple[list[tuple[Mention, int]], tuple[int, str | None] | None]:
        """The actors who last said something before ``tok``, in its sentence or the two
        before (a verb of saying, or a verbal act: "Zelensky criticized Russia"), other than
        ``own``; and where that is told."""
        said = {p.trigger.start: p.relation for p in self.out if p.trigger and p.quad in {1, 3}}
        for t in reversed(self.doc[self._window_start(tok) : tok.i]):
            if t.pos_ != "VERB":
                continue
            source = self.sources.source(t)
            if t.lemma_.lower() in self.lex.speech_verbs or t.idx in said:
                speaker = speech_subject(t)
                found = self.subjects(t)[0]
            elif source is not None and source.kind == "quote" and source.speaker is not None:
                speaker = source.speaker  # a quote: its speaker ("Russia must leave our land.")
                found = self.np_actor(self.doc[speaker])
            else:
                continue
            if speaker is not None:
                found = self.own_voice(self.doc[speaker], found)
            found = [x for x in found if x[0].actor.id not in own and x[0].actor.type != MEDIA]
            if found:
                return found, (t.sent.start_char, said.get(t.idx))
        return [], None

    def _denied_charge(self, verb: Token, noun: Token) -> bool:
        """True for a definite charge denied with no owner or content of its own: "India
        denied (rejected) the claim" (the accusation told before), not "denied Pakistan's
        claim" (its owner named) nor "denied the claim that ..." (the claim spelled out)."""
        return (
            verb.lemma_.lower() in self.lex.cues["refutation_verbs"]
            and noun.lemma_.lower() in self.lex.cues["denied_nouns"]
            and _bare_definite(noun, {"poss", "acl", "relcl"}, {"of"})
        )

    def _act_pronoun(self, pron: Token) -> bool:
        """True for "it", "this" or "them" judged as an act told before ("Russia struck
        Kyiv. Germany condemned it."; "... struck Hezbollah positions. Iran condemned them."):
        no other actor the pronoun was resolved to, and no clause it stands for ("found it
        regrettable that ...", "called it a mistake to ...")."""
        bound = self.at[pron.i]
        own = {m.actor.id for m, _ in self.subjects(pron.head)[0]}
        return (
            pron.lower_ in {"it", "this", "them"}
            # unresolved, or resolved to the judge itself, which an object pronoun cannot be
            and (bound is None or bound.actor.id in own)
            and not any(
                c.dep_ in {"ccomp", "xcomp", "csubj"} or (c.dep_ == "advcl" and c.i > pron.i)
                for c in (
                    *pron.head.children,
                    *(g for o in pron.head.children if o.dep_ == "oprd" for g in o.children),
                )
            )
        )

    def anaphoric_statements(self) -> None:
        """A judgement of an act named by a definite noun with no doer ("Germany condemned
        the attack", "Beijing said it opposed the measures", "Japan criticized the move")
        judges the doer of the last act of the noun's kind told before it, in its sentence
        or the two before ("the attack": an attack, "the sanctions": a sanction; "the move",
        "the step": any material act).

        The last such act is the one meant: when its doer is no actor ("a suicide bomber
        attacked a market"), nobody is judged; one told with no doer at all ("ten people
        were killed") and an act of the judge's own side are passed over, and when the noun
        names a target ("the attack on Kyiv") the act must be done to it. The evidence then
        runs from the act's sentence, so that both mentions are in it, and
        ``extras["refers_to"]`` names the act's relation. With no such act the judgement stays
        as it was (no object)."""
        for tok, rel, subjects, noun, kw in self.anaphora:
            entry = self.noun_entry(noun)
            if (noun.pos_ == "PRON" and tok.lemma_.lower() in self.lex.cues["denial_verbs"]) or (
                noun.lemma_.lower() in self.lex.cues["denied_nouns"]
                and tok.lemma_.lower() in self.lex.cues["refutation_verbs"]
            ):  # "India denied it / rejected the claim": the charge told before
                entry = self.lex.nouns["accusation"]
            hostile = ontology_relation(rel).polarity < 0
            if self._utterance(noun):  # "Peskov rejected the remarks": their speaker
                doers, told = self._last_speakers(tok, self._own_ids(subjects))
                acts: list[Statement] = []
            else:
                doers, acts, told = self._antecedent(tok, subjects, entry, hostile, noun)
            if not doers or told is None:
                continue
            if entry is not None:  # "the attack on Kyiv": an attack on Ukraine
                named = {self.target(m).id for m, _ in self._prep_objects(noun, entry.preps)}
                if named and not any(p.object and p.object.actor.id in named for p in acts):
                    continue
            # the judgement with no object, now replaced, and the refusal governing it
            # ("China declined to condemn it": no objectless rejection by China besides)
            refusing = {
                self.doc[g].idx
                for g in self.modality(tok).governors
                if self.doc[g].lemma_.lower() in self.lex.refusal_verbs
            }
            self.out = [
                s
                for s in self.out
                if not (
                    s.trigger
                    and s.object is None
                    and (s.trigger.start == tok.idx or s.trigger.start in refusing)
                )
            ]
            k = len(self.out)
            self.emit(tok, rel, subjects, doers, **kw)
            self._referring(range(k, len(self.out)), told)

    def denial_statements(self) -> None:
        """One who denies doing an act another charged it with disputes the accuser: "Sudan
        accused the UAE of arming the RSF. The UAE denied arming the RSF" (or "denied that it
        arms the RSF"): the UAE disputes Sudan. The charge is the same act, of the same doer
        to the same object, told in the denial's sentence or the two before as another's
        claim; the evidence then runs from the charge's sentence."""
        denials = self.lex.cues["denial_verbs"]
        for st in list(self.out):
            obj = st.object
            at = token_at(self.doc, st.trigger.start) if st.trigger and st.negated else None
            if at is None or obj is None or at.head.i == at.i:
                continue
            verb = at.head
            if verb.lemma_.lower() not in denials:
                continue
            deniers = self.subjects(verb)[0]
            if st.subject.actor.id not in {m.actor.id for m, _ in deniers}:
                continue  # "denied that Iran arms the Houthis": another's act, no self-defence
            first = self.doc[self._window_start(verb)].idx
            charges = [
                p
                for p in self.out
                if p.trigger
                and first <= p.trigger.start < verb.sent.start_char
                and not p.negated
                and p.attributed_to is not None
                and p.attributed_to.id != st.subject.actor.id
                and (p.relation, p.subject.actor.id) == (st.relation, st.subject.actor.id)
                and p.object is not None
                and p.object.actor.id == obj.actor.id
            ]
            if not charges:
                continue
            charge = charges[-1]
            accuser = charge.attributed_to
            if accuser is None:
                continue
            told = self.doc.char_span(
                charge.evidence.start, charge.evidence.end, alignment_mode="expand"
            )
            accusers = [  # the accuser as named in the charge's sentence (an official: the
                (replace(m, actor=accuser, speaker=None), t.i)  # side it speaks for)
                for t in told or ()
                if (m := self.at[t.i]) is not None and m.actor.id == accuser.id
            ][:1]
            if accusers:
                k = len(self.out)
                self.emit(verb, "disputes", deniers, accusers)
                self._referring(range(k, len(self.out)), (charge.evidence.start, "accuses"))

    def _drills(self, t: Token) -> bool:
        """True for a military exercise noun, or a verb holding one ("launched joint military
        exercises"): a show of force of all who hold it, whom a judgement of it reaches."""
        drills = self.lex.cues["drill_nouns"]
        return t.lemma_.lower() in drills or any(
            c.dep_ == "dobj" and c.lemma_.lower() in drills for c in t.children
        )

    def _referring(
        self, which: range, told: tuple[int, str | None], key: str = "refers_to"
    ) -> None:
        """Statements ``out[which]`` are about an act ``told`` before them (where its
        evidence starts, and its relation): their evidence runs from the act's sentence,
        their confidence drops by 0.1 and ``extras[key]`` names the act's relation."""
        start, relation = told
        for j in which:
            st = self.out[j]
            begin = min(start, st.evidence.start)
            self.out[j] = replace(
                st,
                evidence=Span(doc_text(self.doc)[begin : st.evidence.end], begin, st.evidence.end),
                confidence=round(max(0.05, st.confidence - 0.1), 3),
                extras={**st.extras, key: relation} if relation else st.extras,
            )

    def _antecedent(
        self,
        tok: Token,
        subjects: list[tuple[Mention, int]],
        entry: Entry | None,
        hostile: bool,
        noun: Token | None = None,
    ) -> tuple[list[tuple[Mention, int]], list[Statement], tuple[int, str] | None]:
        """The doers and statements of the last act before ``tok`` of ``entry``'s kind
        (any material act for None) that is not the judges' own (internal), and where it
        is told (its evidence's start, its relation). A joint act has both parties as
        doers, and a ``hostile`` judgement of it reaches nobody (it is against the deal,
        not a party). An act told of actors with no one it is done to ("Japan voiced
        concern. Beijing rejected the criticism") has them as doers and no statements."""
        own = self._own_ids(subjects)
        if hostile:  # "condemned the actions and reaffirmed its commitment to defend the
            own |= self._backed_alongside(tok, own)  # Philippines": not the Philippines' act

        def fits(rel: str) -> bool:
            info = ontology_relation(rel)
            if entry is None:
                return info.quad in {2, 4} and rel not in JUDGEMENTS
            return info.plover == ontology_relation(entry.relation).plover

        # a charge refuted ("rejected the accusation") is looked for as far back as an act
        # named again: a quote and a second speaker often come between
        charge = noun is not None and noun.lemma_.lower() in self.lex.cues["denied_nouns"]
        first = self._window_start(tok, back=4 if charge else 2)
        # an act named again by its own noun ("Israeli airstrikes hit southern Lebanon ...
        # Mikati condemned the strikes"): that act first, looked for further back
        word = noun.lemma_.lower() if noun is not None and noun.pos_ == "NOUN" else ""
        wide, repeated = first, []
        if noun is not None and len(word) >= 4:
            wide = self._window_start(tok, back=4)
            repeated = [
                t
                for t in reversed(self.doc[wide : tok.i])
                if t.pos_ == "NOUN" and t.i != noun.i and t.lemma_.lower().endswith(word)
            ]
        by_trigger: dict[int, list[Statement]] = {}
        for p in self.out:
            at = token_at(self.doc, p.trigger.start) if p.trigger else None
            if at is not None and wide <= at.i < tok.i and not p.negated and fits(p.relation):
                by_trigger.setdefault(at.i, []).append(p)
        for t in [*repeated, *reversed(self.doc[first : tok.i])]:
            found = self.verb_entry(t) if t.pos_ in {"VERB", "AUX"} else None
            rel = (
                found[0].relation if found else (e.relation if (e := self.noun_entry(t)) else None)
            )
            if rel is None or not fits(rel) or (t.pos_ == "NOUN" and self._anaphoric_act(t)):
                continue  # "condemned the attack, and France welcomed the strikes": one act
            acts = [p for h in (t, *t.ancestors) for p in by_trigger.get(h.i, [])]
            acts = [p for p in acts if not p.extras.get("presupposed")]
            # a doer of its own ("a suicide bomber attacked ...": another, not named), or
            # the subject a conjunct shares ("Ilic said Pristina had provoked Serbs and
            # demanded the men's release. Kosovo rejected the demand"), when it names one
            own_subject = any(c.dep_ == "nsubj" for c in t.children)
            shared = not own_subject and t.dep_ == "conj" and t.pos_ == "VERB"
            if not acts and (shared or own_subject):
                named = [x for x in self.subjects(t)[0] if x[0].actor.id not in own]
                if named or not shared:
                    return named, [], (t.sent.start_char, rel) if named else None
            if not acts:
                continue  # "10 people were killed": the toll of an act, no act of its own
            theirs = [  # not the judge's own act, nor a joint act it took part in
                p
                for p in acts
                if p.subject.actor.id not in own
                and not (
                    p.relation in self.lex.reciprocal and p.object and p.object.actor.id in own
                )
            ]
            if not theirs:
                continue  # the judge's own act: an earlier one is meant
            joint = [p for p in theirs if p.relation in self.lex.reciprocal and p.object]
            if joint and hostile and not self._drills(t):
                return [], [], None  # "the CDU denounced the treaty": against the deal (joint
                # drills condemned are the drillers': "Pyongyang condemned the drills")
            sides = [p.subject for p in theirs] + [p.object for p in joint if p.object]
            doers: list[tuple[Mention, int]] = []
            for side in sides:  # both parties of a joint act: "Israel and Hamas agreed to ..."
                at = token_at(self.doc, side.mention.start)
                m = self.at[at.i] if at is not None else None
                if at is not None and m is not None and side.actor.id not in own:
                    doers.append((replace(m, actor=side.actor), at.i))
            told = (min(p.evidence.start for p in theirs), theirs[0].relation)
            return _unique(doers), theirs, told
        return [], [], None

    def _own_ids(self, subjects: list[tuple[Mention, int]]) -> set[str]:
        """The ids of the actors ``subjects`` name and of the persons speaking for them: a
        judge's own side, whose acts it does not judge."""
        return {x.id for m, _ in subjects for x in (m.actor, self.agent(m))}

    def _backed_alongside(self, tok: Token, judges: set[str]) -> set[str]:
        """The actors the ``judges`` back in a predicate coordinated with ``tok``: "the US
        condemned the actions and reaffirmed its commitment to defend the Philippines"."""
        joined = {t.i for c in tok.conjuncts for t in c.subtree}
        return {
            p.object.actor.id
            for p in self.out
            if p.object is not None
            and p.polarity > 0
            and not p.negated
            and p.subject.actor.id in judges
            and (at := token_at(self.doc, p.trigger.start) if p.trigger else None) is not None
            and at.i in joined
        }

    def _window_start(self, tok: Token, back: int = 2) -> int:
        """The first token of ``tok``'s sentence or of the ``back`` before it: how far back
        an act a later sentence refers to ("the attack", "vowed to retaliate") is looked for."""
        first = tok.sent.start
        for _ in range(back):
            first = self.doc[first - 1].sent.start if first > 0 else first
        return first

    def receipt_statements(self) -> None:
        """One who receives or buys arms, aid or support from another is given them by it:
        "Ukraine received F-16 fighter jets from Denmark" (Denmark arms Ukraine), "received
        $5 billion in aid from the EU", "Russia received support from China", "India bought
        S-400 missiles from Russia" (a purchase of arms only: "bought oil from Russia" is
        trade, read by the lexicon). The giver is the "from" phrase; the gift, or what it is
        a package or sum of, names the relation."""
        cues = self.lex.cues
        for verb in self.with_lemma([*cues["receipt_verbs"], *cues["purchase_verbs"]]):
            if verb.pos_ != "VERB":
                continue
            relation = self._gift_relation(verb)
            if relation is None or (
                relation != "providesWeaponsTo" and verb.lemma_.lower() not in cues["receipt_verbs"]
            ):
                continue
            givers = self._prep_objects(verb, ["from"]) or [  # (or on the gift: "received
                x  # support from the US")
                for c in verb.children
                if c.dep_ == "dobj"
                for x in self._prep_objects(c, ["from"])
            ]
            if not givers and relation == "providesWeaponsTo":  # "bought Russian missiles",
                givers = [  # "received US-made tanks": the state that makes them
                    (m, w.i)
                    for c in verb.children
                    if c.dep_ == "dobj"
                    for w in c.children
                    if w.dep_ in {"amod", "compound", "nmod"}
                    and w.i < c.i
                    and (m := self.mention(w)) is not None
                    and m.actor.type == "State"
                    and not m.locative
                ]
            receivers = self.subjects(verb)[0]
            if givers and receivers:
                self.emit(verb, relation, givers, receivers, derived=True)

    def _gift_relation(self, verb: Token) -> str | None:
        """What ``verb``'s object gives: arms (a weapon or craft, or one named by a modifier:
        "air defence systems"), relief, or an act of help ("support", "aid"); also through a
        package, batch or sum of it ("a package of air defence systems", "$5 billion in
        aid")."""
        lex = self.lex
        gifts = [n for c in verb.children if c.dep_ == "dobj" for n in (c, *c.conjuncts)]
        gifts += [
            p
            for g in gifts
            for c in g.children
            if c.dep_ == "prep" and c.lower_ in {"of", "in"}
            for p in c.children
            if p.dep_ == "pobj"
        ]
        if any(  # arms first: "a package (aid) of air defence systems (arms)"
            w.lemma_.lower() in lex.cues["weapon_nouns"]
            for g in gifts
            for w in (g, *(m for m in g.children if m.dep_ in {"compound", "amod"}))
        ):
            return "providesWeaponsTo"
        if any(g.lemma_.lower() in lex.cues["relief_nouns"] for g in gifts):
            return "providesAidTo"
        acts = [self.noun_entry(g) for g in gifts]
        return next((a.relation for a in acts if a is not None and a.relation in _GIFT_ACTS), None)

    def retaliation_statements(self) -> None:
        """A retaliation vowed with no act named answers the last act of force against the
        retaliator in its sentence or the two before: "Israel struck a Hezbollah command
        centre in Beirut. The group vowed to retaliate." threatens Israel. The evidence then
        runs from that act's sentence, so that both mentions are in it. A response "in kind"
        that was made, not vowed, is that act done back ("Canada expelled an Indian
        diplomat, and India responded in kind": India cuts ties with Canada)."""
        verbs = self.lex.cues["retaliation_verbs"]
        for k, st in enumerate(self.out):
            if st.object is not None or st.trigger is None or st.polarity >= 0:
                continue
            tok = token_at(self.doc, st.trigger.start)
            if tok is None or not (
                tok.lemma_.lower() in verbs
                or any(  # "vowed to take countermeasures"
                    c.dep_ == "dobj" and c.lemma_.lower() in self.lex.cues["countermeasure_nouns"]
                    for c in tok.children
                )
            ):
                continue
            at = tok.idx
            since = self.doc[self._window_start(tok)].idx
            acts = [
                p
                for p in self.out
                if p.object is not None
                and p.trigger is not None
                and since <= p.trigger.start < at
                and p.quad == 4
                and p.polarity < 0
                and not p.negated
                and p.object.actor.id == st.subject.actor.id
                and p.subject.actor.id != st.subject.actor.id
            ]
            if acts:
                act = max(acts, key=lambda p: p.trigger.start if p.trigger else 0)
                self.out[k] = replace(st, object=act.subject)
                if "modality" not in st.extras and any(
                    c.lower_ == "in" and any(p.lower_ == "kind" for p in c.children)
                    for c in tok.children
                ):  # "Canada expelled an Indian diplomat, and India responded in kind": the
                    # same act, done back (a response made, not vowed, is no threat)
                    self.out[k] = replace(self.out[k], **relation_fields(act.relation))
                self._referring(range(k, k + 1), (act.evidence.start, act.relation), "answers")

    def charge_statements(self) -> None:
        """What the writer calls an accusation accuses: "Pakistan's foreign office said India
        was sponsoring terrorism in Balochistan, an accusation New Delhi rejected" (Pakistan
        accuses India, whatever the act said; a reported hostile act accuses anyway, see
        speech_statements)."""
        for noun in self.with_lemma(self.lex.cues["charge_nouns"]):
            if noun.pos_ != "NOUN":
                continue
            self._charge_owned(noun)
            if noun.dep_ not in {"appos", "npadvmod"}:
                continue
            said = next(
                (a for a in noun.ancestors if a.dep_ == "ccomp" and self.sources.is_speech(a.head)),
                None,
            )
            if said is None or self.verb_entry(said.head) is not None:
                continue  # "accused Y of ..., a charge Y denied": a statement of its own
            speakers = self.subjects(said.head)[0]
            own = {m.actor.id for m, _ in speakers}
            accused = [x for x in self.subjects(said)[0] if x[0].actor.id not in own]
            if speakers and accused:
                self.emit(said.head, "accuses", speakers, accused, derived=True)

    def _charge_owned(self, noun: Token) -> None:
        """An accusation made by someone accuses the subject of its "that" clause, whoever
        judges it: "dismissed allegations by Canadian police that Indian government agents
        were linked to killings" (Canada accuses India)."""
        clauses = [
            c
            for c in noun.children
            if c.dep_ in {"acl", "ccomp"} and any(m.lower_ == "that" for m in c.children)
        ]
        owners = [x for o in claim_owners(noun) for x in self.np_actor(o, depth=0)]
        owners = owners or [  # "preposterous allegations by Canadian police"
            x for c in noun.children if c.lower_ == "by" for x in self.child_actors(c, "pobj")
        ]
        accused = [x for c in clauses for x in self.child_actors(c, "nsubj", "nsubjpass")]
        own = {m.actor.id for m, _ in owners}
        accused = [x for x in accused if x[0].actor.id not in own and x[0].actor.type != MEDIA]
        if owners and accused:
            self.emit(noun, "accuses", owners, accused, noun=True, derived=True)

    def _hostile_cause(self, tok: Token, faults: set[str], inner: bool = True) -> bool:
        """A hostile act or a fault named as what someone is responsible for, itself or
        what it is "of" ("a wave of sabotage attacks", "a series of cyberattacks")."""
        entry = self.verb_entry(tok) if tok.pos_ == "VERB" else (self.noun_entry(tok), None)
        return (
            tok.lemma_.lower() in faults
            or (
                entry is not None
                and entry[0] is not None
                and ontology_relation(entry[0].relation).polarity < 0
            )
            or any(
                self._hostile_cause(p, faults, inner=False)
                for c in (tok.children if inner and tok.pos_ == "NOUN" else ())
                if c.dep_ == "prep" and c.lower_ == "of"
                for p in c.children
                if p.dep_ == "pobj"
            )
        )

    def _verdict(
        self,
        verb: Token,
        rel: str,
        doers: list[tuple[Mention, int]],
        referred: Token | None = None,
    ) -> None:
        """The reporting speaker of ``verb``'s clause judges ``doers`` (not its own side), or
        the doers of the act an act noun ``referred`` refers back to ("said the attack was
        a war crime", see anaphoric_statements)."""
        source = self.sources.source(verb)
        if not (doers or referred) or source is None or source.speaker is None:
            return
        speakers = [
            x for x in self.np_actor(self.doc[source.speaker], depth=1) if x[0].actor.type != MEDIA
        ]
        told = None
        if referred is not None and speakers:
            doers, _, told = self._antecedent(verb, speakers, self.noun_entry(referred), True)
        own = {m.actor.id for m, _ in speakers}
        doers = [x for x in doers if x[0].actor.id not in own]
        if speakers and doers:
            k = len(self.out)
            self.emit(verb, rel, speakers, doers, derived=True)
            if told is not None:
                self._referring(range(k, len(self.out)), told)

    def _in_arms(
        self,
        tok: Token,
        rel: str,
        subjects: list[tuple[Mention, int]],
        objects: list[tuple[Mention, int]],
        partnered: list[tuple[list[tuple[Mention, int]], bool]],
        inherited: bool,
    ) -> None:
        """Who shares one hostile material act on a third party is on one side.

        Co-agents: "The US and the UK struck Houthi targets": each cooperates with the
        other (CAMEO's military cooperation, re3d's AlliesOf); "A, B and C are committed
        to defeating X" is a shared commitment, which the modality makes an agreement.
        Partners named in the clause: "struck ISIS alongside Iraqi forces", "strikes
        coordinated with / in support of the government of Iraq against ISIL": the
        partner opposes the target too (the act itself stays the doer's), and one fighting
        alongside cooperates with the doer.

        A refused, requested, denied, hypothetical or conditional act pairs nobody, nor
        does a threat (it would read as one threatening the other), a two-sided act ("A
        and B clashed") or one with no named target, except with a partner fighting
        alongside ("North Korean troops are fighting alongside Russian forces"), nor an act
        an accuser charges several with ("The US accused Russia, China and Iran of meddling
        in its elections": culprits listed, no bloc), nor sides ("both sides attacked
        civilians": foes, each on its own).
        """
        if ontology_relation(rel).quad != 4:
            return
        if (src := self.sources.source(tok)) is not None and src.kind == "accusation":
            return
        mod = self.modality(tok)
        if (
            mod.negated
            or mod.refused
            or mod.requested
            or mod.hypothetical
            or mod.threat
            or mod.conditional
            or mod.if_conditional
        ):
            return
        if not objects:  # "A and B clashed": no third side
            own = {m.actor.id for m, _ in subjects}
            for partners, fighting in partnered:
                partners = [x for x in partners if x[0].actor.id not in own]
                if fighting and partners:
                    self.emit(tok, "cooperatesWith", subjects, partners, nested=True, derived=True)
            return
        if any(m.kind == "role" and self.doc[i].lemma_ in {"side", "party"} for m, i in subjects):
            return  # "both sides attacked civilians": each on its own, foes
        targets = {self.target(o).id for o, _ in objects}
        side: dict[str, tuple[Mention, int]] = {}
        for m, i in subjects:
            if m.actor.id not in targets and m.kind != "pronoun":
                side.setdefault(m.actor.id, (m, i))
        allies = list(side.values())
        for k, ally in enumerate(allies[:-1]):  # every pair: a bloc has no centre
            self.emit(
                tok,
                "cooperatesWith",
                [ally],
                allies[k + 1 :],
                nested=True,
                inherited=inherited,
                derived=True,
            )
        doers = {m.actor.id for m, _ in subjects} | targets
        for partners, fighting in partnered:
            partners = [x for x in partners if x[0].actor.id not in doers]
            if not partners:
                continue
            self.emit(tok, "opposes", partners, objects, nested=True, derived=True)
            if fighting and allies:
                self.emit(tok, "cooperatesWith", allies, partners, nested=True, derived=True)

    def _act_partners(self, tok: Token) -> list[tuple[list[tuple[Mention, int]], bool]]:
        """Partners a clause names for its act, and whether they fight alongside: "alongside
        X", "together with X", "side by side with X" (True); "coordinated with X", "in
        coordination / cooperation / conjunction with X", "in support of X" (False)."""
        cues = self.lex.cues
        holders = [tok]
        for c in tok.children:
            if c.dep_ in {"dobj", "nsubj", "nsubjpass"}:
                holders.append(c)
                holders.extend(a for a in c.children if a.dep_ == "acl")
            elif (c.dep_ == "punct" and c.text == ",") or (
                c.dep_ == "prep" and c.lower_ == "along"
            ):
                # "The US, together with Britain, struck ...", the phrase hung on the comma;
                # "The US, along with Britain, struck ...", "with" hung on "along"
                holders.append(c)
        found: list[tuple[list[tuple[Mention, int]], bool]] = []
        for holder in holders:
            coordinated = holder.lemma_.lower() in cues["coordination_verbs"]
            preps = [c for c in holder.children if c.dep_ == "prep"]
            preps += [g for c in preps for g in c.children if g.dep_ == "conj"]  # "with and in"
            for prep in preps:
                word = prep.lower_
                together = prep.i > 0 and self.doc[prep.i - 1].lower_ in {
                    "together",
                    "jointly",
                    "along",
                }
                if word == "alongside" or (word == "with" and (together or coordinated)):
                    fighting = word == "alongside" or together
                    found.append((self.child_actors(prep, "pobj"), fighting))
                elif word == "by":  # "fought side by side with X"
                    for side in (c for c in prep.children if c.lower_ == "side"):
                        found.append((self._prep_objects(side, ["with"]), True))
                elif word in {"in", "with"}:
                    for frame in (p for p in prep.children if p.dep_ == "pobj"):
                        named = cues["partnership_frames"].get(frame.lemma_.lower())
                        if named is not None:
                            found.append((self._prep_objects(frame, [named]), False))
        return found

    def noun_statements(self, tok: Token, entry: Entry) -> None:
        lex = self.lex
        if tok.dep_ == "compound" and (
            tok.head.lemma_.lower() in lex.cues["descriptor_heads"]
            or tok.head.lemma_.lower() in lex.craft_nouns  # "a new battle tank", "attack drones"
        ):
            return  # "missile warning data", "an early warning system": a thing, no act
        if (
            tok.dep_ == "compound"
            and tok.head.lemma_.lower() in lex.cues["proposal_nouns"]
            and not ((held := self.noun_entry(tok.head)) and held.relation == entry.relation)
        ):  # "Egypt and Qatar put forward a ceasefire proposal": proposed, no truce between
            return  # its authors ("a ceasefire deal", itself a pact, stays one)
        if any(c.dep_ == "amod" and _undone(c.lower_, lex) for c in tok.children):
            return  # "the relaxed sanctions", "the cancelled visit": taken back, not done
        if (
            tok.dep_ == "pobj"
            and tok.head.lower_ == "of"
            and tok.head.head.lemma_.lower() in lex.cues["undoing_nouns"]
        ):
            return  # "a boycott of the talks with Israel": no talks
        if tok.lemma_.lower() in lex.refusal_nouns and any(
            s.trigger is not None and s.trigger.start == c.idx
            for c in tok.children
            if c.dep_ == "acl"
            for s in self.out
        ):  # "China's refusal to condemn Russia": the act refused says it (not "refusal
            return  # to accept the independence of Chechnya", which reached no one)
        if entry.relation == "cooperatesWith" and tok.dep_ == "dobj":
            entry = self._show_of_force(tok.head, tok, entry)  # "staged exercises near X"
        preps = lex.preps_for(entry)
        agents: list[tuple[Mention, int]] = []
        objects: list[tuple[Mention, int]] = []
        compound_actor: list[tuple[Mention, int]] = []
        opposed: list[tuple[Mention, int]] = []  # "anti-American protests": the US
        frame = [tok, tok.head] if tok.dep_ == "compound" and tok.head.pos_ == "NOUN" else [tok]
        phrase_head = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "of" else None
        if phrase_head is not None and (
            f"{phrase_head.lemma_.lower()} of {tok.lemma_.lower()}" in lex.compound_overrides
            or (
                phrase_head.lemma_.lower() in lex.cues["transparent_heads"]
                and self.noun_entry(phrase_head) is None
            )
        ):  # "the use of force against Taiwan": the phrase's head holds its arguments; "the
            frame = [tok, phrase_head]  # return of UN sanctions on Iran": "on Iran" on "return"
        for c in (c for f in frame for c in f.children if c.i != tok.i):
            if c.dep_ == "poss":
                agents = self.np_actor(c, depth=0)
            elif c.dep_ in {"amod", "compound", "nmod"} and c.i < tok.i:
                # ... or the owner of the weapon named: "a Russian drone and missile attack"
                for g in [c, *(g for g in c.subtree if _compound_part(g) or self._armed(g))]:
                    m = self.mention(g)
                    if m is None or m.locative:
                        continue
                    stance = _stance_prefix(g)
                    if stance is None:
                        compound_actor.append((m, g.i))
                    elif stance == "anti":  # "anti-American protests": against the US, by
                        opposed.append((m, g.i))  # others; "pro-Russian rallies": by
                        # others for Russia, no one's act on it
        compound_actor = _unique(sorted(compound_actor, key=lambda x: x[1]))  # text order
        between = False
        done = self._done_by(tok)
        for c in (c for f in frame for c in f.children if c.i != tok.i):
            if c.dep_ == "prep" and c.lower_ == "by" and not agents:
                agents = self.child_actors(c, "pobj")
            elif c.dep_ == "prep" and c.lower_ == "between":
                pair = self.child_actors(c, "pobj", depth=0)
                if len(pair) >= 2:
                    if tok.lemma_.lower() in lex.cues["mediator_verbs"]:
                        # "Egypt's mediation between Israel and Hamas": the mediator's talks
                        # with each side, beside the sides' own (as for "mediated talks")
                        self._mediated(tok, agents or compound_actor, pair, frame)
                    agents, objects, between = pair[:1], pair[1:2], True
            elif c.dep_ == "prep" and c.lower_ in preps and not objects:
                objects = self.child_actors(c, "pobj")
            elif c in done and not agents:
                # "the sanctions imposed on Iran by Washington": the participle's agent
                agents = [
                    x for a in c.children if a.dep_ == "agent" for x in self.child_actors(a, "pobj")
                ]
                if agents and not objects:
                    objects = self._prep_objects(c, preps)
        if not objects and ontology_relation(entry.relation).polarity < 0:
            objects = opposed
        if not objects:
            clauses = [c for c in tok.children if c.dep_ in {"acl", "ccomp", "advcl"}]
            if tok.dep_ == "dobj":  # "reiterated its demand today that X ...": the parser
                gap = self.doc[tok.right_edge.i + 1 : tok.head.i if tok.head.i > tok.i else None]
                clauses += [  # hangs the clause on the verb, past an adverb
                    c
                    for c in tok.head.children
                    if c.dep_ == "ccomp"
                    and c.i > tok.i
                    and any(m.dep_ == "mark" and m.lower_ == "that" for m in c.children)
                    and all(
                        t.dep_ in {"npadvmod", "advmod"} and t.head.i == tok.head.i
                        for t in gap[: c.left_edge.i - tok.right_edge.i - 1]
                    )
                ]
            for c in clauses:  # "its call for X to ..."
                objects = self.child_actors(c, "nsubj")
                if objects:
                    break
        if not objects:  # "a war of aggression against Ukraine": the target hung on the
            objects = [  # label of the act inside (which gives nothing of its own)
                x
                for o in tok.children
                if o.dep_ == "prep" and o.lower_ == "of"
                for q in o.children
                if q.dep_ == "pobj"
                and q.lemma_.lower() in lex.cues["pejorative_nouns"]
                and (inner := self.noun_entry(q)) is not None
                for x in self._prep_objects(q, lex.preps_for(inner))
            ]
        if not objects and ontology_relation(entry.relation).quad == 4:
            objects = self._aim_objects(tok)  # "the use of force to bring Taiwan under ..."
        if compound_actor:
            if agents:
                objects = objects or compound_actor
            else:
                agents = compound_actor
        if (
            not objects
            and agents
            and ontology_relation(entry.relation).quad == 4
            and entry.relation not in LOCATIVE_RELATIONS
            and all(m.actor.type == "State" for m, _ in agents)
        ):  # "Israel's offensive in Gaza": a state's act of force in another's land hits it
            own = {self.target(m).id for m, _ in agents}
            objects = [
                x
                for x in self._prep_objects(tok, ["in", "inside"])
                if x[0].locative and x[0].actor.type == "State" and self.target(x[0]).id not in own
            ]
        if (
            agents
            and tok.dep_ == "dobj"
            and tok.head.lemma_.lower() in lex.cues["echo_verbs"]
            and ontology_relation(entry.relation).quad in {1, 3}
        ):  # "Japan echoed US criticism of China", "shares Washington's concerns": the
            # echoer voices the judgement too
            agents = _unique([*agents, *self.subjects(tok.head)[0]])
        members = self.child_actors(tok, "appos", depth=0)
        if agents and all(m.kind == "pronoun" for m, _ in agents) and tok.dep_ in {"pobj", "dobj"}:
            # "EU is united in its condemnation of X", "the ILO reiterated its demand that
            # X ...": name the agent as the clause does
            clause = tok.head.head if tok.dep_ == "pobj" else tok.head
            named = self.child_actors(clause, "nsubj", "nsubjpass")
            if named and {m.actor.id for m, _ in named} == {m.actor.id for m, _ in agents}:
                agents = named
        asker = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "for" else tok.head
        if tok.dep_ in {"pobj", "dobj"} and asker.lemma_.lower() in {
            *lex.request_verbs,
            *lex.cues["proposal_verbs"],
        }:
            agents = []  # "called for new EU sanctions on Belarus": the EU is asked, not acting
        if not agents and (claimer := self._responsibility_claim(tok)) is not None:
            agents = self.subjects(claimer)[0]  # "Hamas claimed responsibility for the attack"
        presupposed = bool(agents)
        inherited = False
        stated_by = None  # the verb whose "not", modal or wish the noun's stance takes
        if tok.lemma_.lower() in lex.cues["agent_nouns"]:
            # "NATO's partners - A, B and C": each member partners with NATO; "Turkey has
            # been a vocal critic of Israel", "Kremlin critic Alexei Navalny": the one named
            # beside the noun is its agent, its owner or "of" its object
            owner = agents or objects
            former = set(lex.cues["former_words"])
            copula = _copula(tok)
            if any(c.lower_ in former for c in tok.children) or (
                copula is not None and any(c.lower_ in former for c in copula.children)
            ):
                return  # "a former US ally", "was once a close US ally": no more
            owners = {self.target(m).id for m, _ in owner}
            members = [x for x in members if self.target(x[0]).id not in owners]
            if members and owner:
                agents, objects = members, owner
            elif copula is not None:  # "India is not an ally of Russia": the copula's no
                agents, objects, stated_by = self.subjects(copula)[0], owner, copula
            elif tok.dep_ == "appos" and owner:  # "Belarus, Russia's closest ally, ...",
                agents, objects = self.np_actor(tok.head, depth=0), owner  # "a key US ally"
                if tok.lemma_.lower() in lex.cues["seat_nouns"] and any(
                    m.speaker is not None or m.actor.type == PERSON for m, _ in agents
                ):  # "Hélène Paris, a French member of the European Parliament": a person's
                    return  # seat and nationality, no stance of hers
            elif tok.dep_ == "compound" and owner and tok.head.ent_type_ == "PERSON":
                agents, objects = self.np_actor(tok.head, depth=0), owner  # "Kremlin critic X"
            else:
                return
        under = tok.head if tok.dep_ == "pobj" and tok.head.lower_ == "under" else None
        if (
            under is not None
            and under.head.lemma_.lower() in {"come", "be", "remain"}
            and ontology_relation(entry.relation).quad == 4
        ):
            # "US forces came under attack from Iran-backed militias", "Kyiv came under
            # Russian missile fire": the subject is the target, "from X" (or X's) the doer
            doers = agents or self._from_doers(tok) or compound_actor
            victims = self.subjects(under.head)[0]
            if doers and victims:
                self.emit(tok, entry.relation, doers, victims, noun=True)
            return
        faced = tok.head if tok.dep_ == "dobj" else None
        if (
            faced is not None
            and faced.lemma_.lower() in lex.cues["suffering_verbs"]
            and ontology_relation(entry.relation).polarity < 0
        ):
            # "Lithuania has faced Chinese economic coercion", "Ukraine endured Russian
            # strikes", "Israel faces criticism from its allies": the subject is the target
            doers = agents or self._from_doers(tok) or self._from_doers(faced) or compound_actor
            victims = self.subjects(faced)[0]
            # "Iran faces US strikes if it attacks Israel": a penalty on a condition, the
            # doer's threat
            relation = "threatens" if _on_condition(faced, lex) else entry.relation
            if doers and victims:
                self.emit(tok, relation, doers, victims, noun=True, modality_from=faced)
            return
        harmed = tok.head.head if tok.dep_ == "pobj" and tok.head.lower_ == "in" else None
        if (
            harmed is not None
            and harmed.lemma_.lower() in lex.cues["harm_verbs"]
            and ontology_relation(entry.relation).quad == 4
            and (doers := agents or compound_actor)
        ):
            # "Nasrallah was killed in an Israeli strike", "two generals died in an Israeli
            # airstrike": the one harmed is the target (where it struck is a place)
            victims = self.child_actors(harmed, "nsubj", "nsubjpass")
            if victims:  # (as sure as the harm: "was not / reportedly killed in ...")
                self.emit(tok, entry.relation, doers, victims, noun=True, modality_from=harmed)
        if (
            agents
            and tok.dep_ == "dobj"
            and tok.head.lemma_.lower() in lex.cues["contemplation_verbs"]
            and {m.actor.id for m, _ in agents}
            <= {m.actor.id for m, _ in self.subjects(tok.head)[0]}
        ):
            return  # "The EU is weighing its own duties on Chinese EVs": only weighed
        if (
            not agents
            and "from" not in preps
            and tok.head.lemma_.lower() not in lex.cues["elicit_verbs"]
        ):  # "cited threats from North Korea": the act's doer is named, not the verb's
            agents = self._from_doers(tok)  # subject ("drew a protest from X": see below)
        if not agents:
            # "the isolation of X and defeat of Y": a conjunct noun takes its head's role
            # ("an aid package for X": a compound act noun takes its head's role too, unless
            # the head is an act of its own: "war games")
            compound_role = tok.dep_ == "compound" and self.noun_entry(tok.head) is None
            tok_role = (
                tok.head
                if (tok.dep_ == "conj" or compound_role) and tok.head.pos_ == "NOUN"
                else tok
            )
            gov = tok_role.head
            if tok_role.dep_ in {"dobj", "attr", "pobj", "nsubjpass"} and gov.i != tok_role.i:
                prep_head = gov.head.head if gov.dep_ == "conj" else gov.head  # "with and in"
                # "is locked in a dispute with X", "Russia is at war with Ukraine"
                within = {"in", "for"}
                if tok_role.lemma_.lower() in lex.cues["standing_nouns"]:
                    within = {*within, "at"}
                verb = prep_head if tok_role.dep_ == "pobj" and gov.lower_ in within else gov
                measured = (
                    tok_role.dep_ == "pobj"
                    and gov.lower_ in {"of", "in"}
                    and gov.head.dep_ == "dobj"
                )
                if (
                    measured
                    and tok_role.lemma_.lower() in lex.cues["pejorative_nouns"]
                    and self.noun_entry(gov.head) is not None
                ):  # "waged a war of aggression": a label of the act, which is the war
                    return
                behind = (
                    tok_role.dep_ == "pobj" and gov.lower_ == "behind" and gov.head.lemma_ == "be"
                )
                if measured:
                    verb = gov.head.head  # "launched 10 days of war games", "$300m in aid"
                elif behind:
                    verb = gov.head  # "Russia was behind the arson attack": Russia did it
                elif (
                    tok_role.dep_ == "pobj" and gov.lower_ == "with" and self._acting_with(gov.head)
                ):
                    verb = gov.head  # "Israel responded with air strikes on Lebanon"
                elif tok_role.dep_ == "pobj" and gov.lower_ not in within:
                    return
                if (
                    gov.lower_ == "for"
                    and verb.lemma_.lower() in lex.cues["recourse_verbs"]
                    and any(c.dep_ == "prep" and c.lower_ == "to" for c in verb.children)
                ):
                    return  # "Niger turned to Russia for security assistance": Niger is helped
                ready = (  # "Russia is ready for talks with Ukraine": talks it intends
                    tok_role.dep_ == "pobj"
                    and gov.lower_ == "for"
                    and verb.dep_ == "acomp"
                    and verb.lemma_.lower() in lex.intent_adjectives
                )
                if ready:
                    verb = verb.head
                measure = verb.lemma_.lower() in lex.cues["measure_verbs"] or (
                    gov.lower_ == "with" and self._acting_with(verb)
                )  # "responded with air strikes": an act, not words
                kept = verb.lemma_.lower() in lex.cues["keeping_verbs"] and tok_role.dep_ == "dobj"
                if not (measure or kept) and verb.lemma_.lower() in {
                    *lex.cues["topic_verbs"],
                    *lex.cues["witness_verbs"],  # "mourned the killing of X": no killer
                    *lex.cues["deliberation_verbs"],  # "is weighing sanctions on X"
                    *lex.speech_verbs,  # (not "maintains close ties with X": kept up)
                    *lex.threat_verbs,  # "threatened sanctions against X": only threatened
                }:
                    return  # "discussed the fight against X": talking of it is no fighting
                if verb.lemma_.lower() in lex.cues["elicit_verbs"] and tok_role.dep_ == "dobj":
                    # "..., drawing a protest from Washington": Washington protests against
                    # the one who drew it
                    by = self._prep_objects(tok, ["from"]) or self._prep_objects(verb, ["from"])
                    drew = self.subjects(verb)[0]
                    drawn = [c for c in verb.children if c.dep_ == "nsubj"]
                    if by and not drew and drawn and self._anaphoric_act(drawn[0]):
                        # "The attack drew condemnation from X": the attack told before
                        kw = {"noun": True, "modality_from": verb}
                        self.anaphora.append((tok, entry.relation, by, drawn[0], kw))
                    if by and drew:
                        self.emit(tok, entry.relation, by, drew, noun=True, modality_from=verb)
                    return
                if (
                    (_undoing(verb, lex) and not rules_out(verb, lex.cues))
                    or self._prevented(tok_role)  # "blocked aid to Ukraine", "avoided a war
                    or (  # with X": not done ("never renounced the use of force": a threat)
                        entry.relation == "disputes"
                        and tok_role.dep_ == "dobj"
                        and verb.lemma_.lower() in lex.cues["defusing_verbs"]
                    )  # "agreed to ease tensions along the border": no quarrel picked
                ):
                    return
                if (
                    tok_role.dep_ == "dobj"
                    and verb.lemma_.lower() in lex.cues["leave_verbs"]
                    and not self._act_doers(tok_role)
                ):  # "Hungary allowed the delivery of weapons to Ukraine", "would never
                    return  # allow an attack on Gaza": let happen, not done by the one letting
                if verb.lemma_.lower() in lex.cues["mediator_verbs"] and not objects:
                    return  # "Qatar and Egypt brokered the ceasefire": no party to it
                thanked = self._thanked_for(tok_role, entry)
                if thanked is not None:  # "thanked Denmark for a new aid package": Denmark's
                    doers, thanker = thanked  # aid, given to the thanker
                    self.emit(tok, entry.relation, doers, objects or thanker, noun=True)
                    return
                judge = self.verb_entry(verb) if tok_role.dep_ != "attr" and not measure else None
                if (
                    entry.relation == "agreesWith"
                    and judge is not None
                    and judge[0].relation == "negotiatesWith"
                    and verb.tag_ == "VBG"
                ):
                    return  # "are negotiating a ceasefire": the talks' aim, not yet agreed
                if (
                    judge is not None
                    and judge[1] is None
                    and (
                        judge[0].relation in JUDGEMENTS
                        # "Belarus crushed the protests", "banned the rallies": the act is
                        # the target's, not the subject's
                        or (
                            tok_role.dep_ == "dobj"
                            and ontology_relation(judge[0].relation).quad == 4
                        )
                    )
                ):
                    return  # "criticized the invasion of Ukraine": the critic is no invader
                if verb.lemma_.lower() in lex.cues["retaliation_verbs"] and (
                    tok_role.dep_ == "dobj" or gov.lower_ in {"to", "for", "against"}
                ):  # "vowed to avenge the killing of X": the act answered is another's (not
                    return  # "responded with air strikes on X", the answer itself)
                relation = entry.relation
                ordered = (  # "Putin ordered the invasion of Ukraine": a command, carried out
                    verb.lemma_.lower() in lex.cues["order_verbs"] and tok_role.dep_ == "dobj"
                )
                if verb.lemma_.lower() in lex.cues["proposal_verbs"] or (
                    verb.lemma_.lower() in lex.request_verbs
                    and not ordered
                    and (
                        (tok_role.dep_ == "pobj" and gov.lower_ == "for") or tok_role.dep_ == "dobj"
                    )
                ):
                    # "called for sanctions against X", "demanded the withdrawal of Serbian
                    # forces": the act is asked for, not done; asking for hostile action is
                    # itself a (verbal) hostile stance toward X
                    if ontology_relation(relation).polarity >= 0:
                        return
                    relation = "opposes"
                if (
                    verb.pos_ in {"VERB", "AUX"}
                    or verb.tag_ in _VERB_TAGS
                    or tok_role.dep_ == "dobj"  # "and reimposed sanctions", tagged ADJ: a
                ):  # word with an object is a verb
                    agents, inherited = self.subjects(verb)[0], True
                    said_of = next((c for c in verb.children if c.dep_ == "nsubj"), None)
                    if (
                        tok_role.dep_ == "attr"
                        and said_of is not None
                        and self.noun_entry(said_of) is not None
                    ):  # "Any attack on Poland would be an attack on NATO": the act's doer,
                        agents = self._act_doers(said_of)  # not its target
                    if not agents and verb.lemma_.lower() in lex.cues["engagement_verbs"]:
                        # "Egypt is locked in a dispute with Ethiopia": the one so engaged
                        agents = self.child_actors(verb, "nsubjpass")
                    if (
                        "from" not in preps
                        and ontology_relation(relation).polarity > 0
                        and self._prep_objects(tok, ["from"])
                    ):  # "Armenia hoped for support from Russia": help that comes from
                        # another is not the subject's (received, it is the giver's: see
                        # receipt_statements)
                        return
                    own = {m.actor.id for m, _ in agents}
                    # "opened investigations against X", "staged rallies ... against X"
                    if not objects:
                        objects = [
                            x
                            for x in self._prep_objects(verb, [*preps, *_fallback(entry)])
                            if self.target(x[0]).id not in own
                            and not (x[0].locative and relation in lex.reciprocal)  # "travel
                        ]  # to Paris for a meeting": Paris is where, not with whom
                    planned = (  # "is planning an attack on X": the modality runs through
                        (tok_role.dep_ == "dobj" or measured)  # the noun to its verb
                        and verb.lemma_.lower() in lex.cues["planning_verbs"]
                    )  # (also "pledged $500 million in military aid", "offered 5 billion in aid")
                    if agents:
                        self.emit(
                            tok,
                            relation,
                            agents,
                            objects,
                            # (one "behind" an act did it, as a verb tells: kept without a
                            # target when another charges it, "said Russia was behind ...")
                            noun=not behind,
                            inherited=inherited,
                            modality_from=tok_role if planned or ready else verb,
                        )
            return
        if not objects and tok.dep_ == "dobj" and tok.head.lemma_.lower() not in lex.speech_verbs:
            # "condemned the U.S. arms sale to Taiwan", the "to" hung on the verb
            verb_entry = self.verb_entry(tok.head)
            if verb_entry is None or not set(preps) & set(lex.preps_for(verb_entry[0])):
                own = {m.actor.id for m, _ in agents}
                objects = [
                    x for x in self._prep_objects(tok.head, preps) if x[0].actor.id not in own
                ]
        if self._unrealised(tok, between=between, owned=presupposed):
            return
        if not objects and (thanked := self._thanked_for(tok, entry)) is not None:
            objects = thanked[1]  # "thanked Azerbaijan for its support": support of the thanker
        relation, objects = self._breakaway(tok, entry.relation, objects)
        self.emit(
            tok,
            relation,
            agents,
            objects,
            noun=True,
            presupposed=presupposed,
            modality_from=stated_by,
        )

    def _acting_with(self, verb: Token) -> bool:
        """A verb whose "with" phrase names the subject's own act: "Israel responded with air
        strikes", "the US pressed ahead with sanctions on Iran"."""
        lemma = verb.lemma_.lower()
        return lemma in self.lex.cues["response_verbs"] or (
            lemma in self.lex.cues["onward_verbs"] and self.onward(verb)
        )

    def _responsibility_claim(self, act: Token) -> Token | None:
        """The verb by which its subject owns the act ``act``, or None: "Hamas claimed
        responsibility (or credit) for the rocket attack", "ISIS claimed the bombing" (an
        admission, not a charge: "No group has claimed ..." owns nothing)."""
        claim_verbs = self.lex.cues["responsibility_claim_verbs"]
        verb = None
        if act.dep_ == "dobj" and act.head.lemma_.lower() in claim_verbs:
            verb = act.head
        elif act.dep_ == "pobj" and act.head.lower_ == "for":
            owner = act.head.head  # "claimed responsibility for X", or "claimed
            if owner.lemma_.lower() in claim_verbs:  # responsibility on Monday for X"
                owner = next((c for c in owner.children if c.dep_ == "dobj"), owner)
            if (
                owner.lemma_.lower() in {"responsibility", "credit"}
                and owner.dep_ == "dobj"
                and owner.head.lemma_.lower() in claim_verbs
            ):
                verb = owner.head
        entry = self.noun_entry(act)
        if verb is None or entry is None or ontology_relation(entry.relation).quad != 4:
            return None
        mod = self.modality(verb)  # "has not claimed", "may claim": owns nothing
        return None if mod.negated or mod.refused or mod.hypothetical or mod.hedged else verb

    def _armed(self, tok: Token) -> bool:
        """An adjective on a weapon or vehicle noun ("Russian" in "Russian drone")."""
        return tok.dep_ == "amod" and tok.head.lemma_.lower() in self.lex.craft_nouns

    def _thanked_for(
        self, act: Token, entry: Entry
    ) -> tuple[list[tuple[Mention, int]], list[tuple[Mention, int]]] | None:
        """Who is thanked for a cooperative act, and who thanks ("A thanked B for its aid",
        "for supplying X"), or None when ``act`` is no such reason."""
        prep = act.head
        if (
            act.dep_ not in {"pobj", "pcomp"}
            or prep.lower_ != "for"
            or prep.head.lemma_.lower() not in self.lex.cues["gratitude_verbs"]
            or ontology_relation(entry.relation).polarity <= 0
            # "praised Sudan's leaders for signing a deal": a deal among them, not with the AU
            or entry.relation in self.lex.reciprocal
            or entry.relation in {"agreesWith", "alignsWith"}
            # "for its assistance to the region": the act names its own recipient
            or any(c.dep_ == "prep" for c in act.children if c.i > act.i)
        ):
            return None
        verb = prep.head
        thanked = self.child_actors(verb, "dobj")
        # an official thanks for the side they speak for: the aid is Ukraine's, not Zelensky's
        thanker = [(replace(m, speaker=None), i) for m, i in self.subjects(verb)[0]]
        return (thanked, thanker) if thanked and thanker else None

    def _done_by(self, noun: Token) -> list[Token]:
        """Participles after an act noun that say who did it ("the sanctions imposed on Iran
        by Washington"), not who proposed, asked for or brokered it ("proposed by France",
        "a ceasefire brokered by Qatar")."""
        lex = self.lex
        planned = {
            *lex.cues["proposal_verbs"],
            *lex.cues["mediator_verbs"],
            *lex.request_verbs,
            *lex.intent_verbs,
        }
        return [
            c
            for c in noun.children
            if c.dep_ == "acl"
            and c.tag_ == "VBN"
            and c.lemma_.lower() not in planned
            and any(a.dep_ == "agent" for a in c.children)
        ]

    def _posted_envoy(
        self, tok: Token, objects: list[tuple[Mention, int]]
    ) -> tuple[list[tuple[Mention, int]], list[tuple[Mention, int]]]:
        """Who acted on an envoy named with their posting, in a passive with no agent: "The
        French ambassador to Niger was expelled", "Germany's envoy in Beijing was summoned"
        (the host, Niger or China, acts on the envoy's state); "was recalled" (the envoy's
        state acts on the host). Else no subject and the objects unchanged."""
        lex = self.lex
        verb = tok.lemma_.lower()
        if verb not in lex.cues["diplomatic_verbs"]:
            return [], objects
        for envoy in (c for c in tok.children if c.dep_ == "nsubjpass"):
            if envoy.lemma_.lower() not in lex.cues["envoy_nouns"]:
                continue
            hosts = [  # (the posting names the host state: "in Beijing" is no mere place)
                (replace(m, locative=False), i)
                for c in envoy.children
                if c.dep_ == "prep" and c.lower_ in {"to", "in"}
                for m, i in self.child_actors(c, "pobj")
            ]
            own = {self.target(m).id for m, _ in hosts}
            senders = [x for x in objects if self.target(x[0]).id not in own]
            if hosts and senders:
                return (senders, hosts) if verb == "recall" else (hosts, senders)
        return [], objects

    def _aim_objects(self, act: Token) -> list[tuple[Mention, int]]:
        """The object of the infinitive an act of force is for: "the use of force to
        bring Taiwan under its control" (Taiwan), not one it would protect or help ("the
        use of force to defend Taiwan")."""
        lex = self.lex
        heads = [act]
        if act.dep_ == "pobj" and act.head.lower_ == "of":
            heads.append(act.head.head)  # "the use of force": the clause hangs on "use"
        for h in heads:
            for c in h.children:
                if (
                    c.dep_ == "acl"
                    and with_to(c)
                    and c.lemma_.lower()
                    not in {*lex.cues["protection_verbs"], *lex.cues["helping_verbs"]}
                    and (found := self.child_actors(c, "dobj"))
                ):
                    return found
        return []

    def _prevented(self, act: Token) -> bool:
        """True when the act noun ``act`` is the object of a verb that kept it from
        happening: "Israel and Hezbollah avoided an all-out war", "averted a war between A
        and B" (but "failed to prevent Russia's seizure of Crimea": it happened)."""
        verb = act.head
        if act.dep_ != "dobj" or verb.lemma_.lower() not in self.lex.cues["prevention_verbs"]:
            return False
        mod = self.modality(verb)
        return not (mod.negated or mod.refused)

    def _sought_or_caused(self, act: Token, verb: Token) -> bool:
        """True when the act noun ``act`` is what ``verb`` (its object, or what its object
        is "of") wishes for or seeks ("China seeks UN sanctions on North Korea"), or would
        bring about ("the move could trigger US sanctions on Turkey", "threatened to trigger
        the snapback of UN sanctions"): not done. An act brought about ("the invasion
        triggered Western sanctions") is done."""
        held = act.head.head if act.dep_ == "pobj" and act.head.lower_ == "of" else act
        if held.dep_ != "dobj" or held.head.i != verb.i:
            return False
        kind = self.act_bringing(verb)
        if kind != "causes":
            return kind == "seeks"
        return self.modality(verb).in_prospect()

    def _unrealised(self, tok: Token, *, between: bool, owned: bool = False) -> bool:
        """True when the verb above an act noun says the act did not (yet) happen: "vetoed
        an EU aid package for Ukraine"; for a pair named by "between", also a request,
        a plan or a condition ("urged France to secure a ceasefire between A and B").

        An act its doer is asked, or fails, to halt goes on (``owned``: the noun names its
        doer): "called on Rwanda to cease its support for the M23", "has not ended its
        occupation of X". One halted ("stopped its attacks") is over: no statement. An act
        that is itself the subject ("talks between A and B ended") took place.
        """
        lex = self.lex
        if self._done_by(tok):
            return False  # "opposed the sanctions imposed on Iran by Washington": done
        gov = below = tok
        while gov.head.i != gov.i and gov.pos_ not in {"VERB", "AUX"}:
            gov, below = gov.head, gov
        if gov.pos_ not in {"VERB", "AUX"}:
            return False
        lemma = gov.lemma_.lower()
        if self._prevented(tok):
            return True  # "averted a war between India and Pakistan"
        if _undoing(gov, lex):
            if below.dep_ == "nsubj" and below.head.i == gov.i:
                return False  # "talks between Serbia and Kosovo ended without agreement";
                # "Orban, an ally of Putin, blocked ...": the subject's side is not undone
            if owned and lemma in lex.cues["halting_verbs"]:
                mod = self.modality(gov)
                must = obliged(gov, lex.cues)  # "Russia must end its occupation of Crimea"
                return not (mod.requested or mod.negated or mod.refused or must)
            return True
        if self._sought_or_caused(tok, gov):
            return True
        if not between:
            return False
        mod = self.modality(gov)
        return (
            lemma in lex.request_verbs
            or lemma in lex.intent_verbs  # "offered to host talks between A and B"
            # "discussed efforts to secure a ceasefire between A and B": striven for
            or (gov.dep_ == "acl" and gov.head.lemma_.lower() in lex.cues["endeavour_nouns"])
            or mod.in_prospect()  # ("did not rule out a meeting between A and B": kept open)
        )


#: Lemmas the post-passes look up in every document: one lookup finds them all (see
#: _Core.with_lemma; a lemma outside them gets a lookup of its own).
_RULE_LEMMAS = (
    "verdict_verbs",
    "labelling_verbs",
    "provocation_verbs",
    "worsening_verbs",
    "improving_verbs",
    "strained_tie_adjectives",
    "warm_tie_adjectives",
    "undergoing_verbs",
    "punishing_verbs",
    "charge_nouns",
    "switch_verbs",
    "receipt_verbs",
    "purchase_verbs",
    "fault_verbs",
)
_RULE_WORDS = ("be", "responsible", "responsibility", "blame")
#: Acts one receives from another ("received support from China"): the giver's.
_GIFT_ACTS = frozenset({"supports", "providesAidTo", "providesWeaponsTo"})


@cache
def _rule_lemma_ids() -> frozenset[int]:
    cues = load_lexicon().cues
    words = [*_RULE_WORDS, *(w for name in _RULE_LEMMAS for w in cues[name])]
    return frozenset(get_string_id(w) for w in words)


def _on_condition(verb: Token, lex: Lexicon) -> bool:
    """True when ``verb`` has a clause of condition: "if ...", "unless ..."."""
    markers = {"if", *lex.cues["conditional_markers"]}
    return any(
        c.dep_ == "advcl" and any(m.dep_ == "mark" and m.lower_ in markers for m in c.children)
        for c in verb.children
    )


def _copula(noun: Token) -> Token | None:
    """The linking verb that says its subject is ``noun``: "is an ally of X", also "is one
    of X's allies" and "is among X's allies"."""
    if noun.dep_ == "attr":
        return noun.head
    prep = noun.head
    if noun.dep_ != "pobj":
        return None
    if prep.lower_ == "of" and prep.head.dep_ == "attr" and prep.head.lower_ == "one":
        return prep.head.head
    if prep.lower_ == "among" and prep.head.lemma_ in {"be", "become", "remain"}:
        return prep.head
    return None


def _fallback(entry: Entry) -> tuple[str, ...]:
    """Prepositions tried for an object when the lexicon's own found none.

    "airstrikes and material support to X", "sent troops to Poland": "to" (or "with",
    "as") names no target of a material hostile act unless the lexicon lists it ("to the
    border with X" does: see ``_border_objects``); "against" names no partner of a
    cooperative one ("agreed to cooperate against al-Shabaab").
    """
    info = ontology_relation(entry.relation)
    if entry.relation in TALKS or entry.relation == "disputes":
        # "held consultations on Myanmar", "disagree on Taiwan": the topic, no party;
        # "clashed over Taiwan at the UN", "met at the summit": the venue, no party
        return tuple(p for p in _FALLBACK_PREPS if p not in {"on", "upon", "at"})
    if entry.relation == "fightsAgainst":  # "China and the US clashed at the UN": where
        return tuple(p for p in _FALLBACK_PREPS if p not in {*_BENEFACTIVE, "at"})
    if info.quad == 4:
        return tuple(p for p in _FALLBACK_PREPS if p not in _BENEFACTIVE)
    if info.polarity > 0:  # "agreed to cooperate against al-Shabaab": the common foe;
        # "signed the treaty at Parliament House": where, not with whom; "issued a statement
        # on Iran": the topic (a lexicon entry that means "on" lists it)
        return tuple(p for p in _FALLBACK_PREPS if p not in {"against", "at", "on", "upon"})
    return _FALLBACK_PREPS


def _compound_part(tok: Token) -> bool:
    """A name inside a modifier: "U.S.-Iraq", "French and British"; one joined by a hyphen
    however it was parsed ("Egypt-Israel" with "Israel" in apposition, "Eritrean-Ethiopian"
    with "Eritrean" an adjective of "Ethiopian")."""
    doc = tok.doc
    hyphened = (tok.i > 0 and doc[tok.i - 1].text == "-") or (
        tok.i + 1 < len(doc) and doc[tok.i + 1].text == "-"
    )
    return tok.dep_ in {"compound", "conj", "nmod"} or (tok.dep_ in {"appos", "amod"} and hyphened)


def _depth(tok: Token) -> int:
    depth = 0
    while tok.head.i != tok.i and depth < 50:
        tok = tok.head
        depth += 1
    return depth


def _dedupe(doc: Doc, statements: list[Statement], reciprocal: frozenset[str]) -> list[Statement]:
    """One statement per act: the most confident of those saying the same (internal).

    Statements with the same subject, relation, object and sentence are one act when their
    triggers are one: the same token, or a verb and a noun in its arguments naming the
    act again (``held two days of talks``, ``will provide food aid``). Coordinated verbs
    stay two acts (``bombed and killed``). A reciprocal relation is emitted in one
    direction per trigger (``A and B met``), so its two directions are one pair here.
    Negated and asserted statements stay apart from plain ones; ties keep the earlier
    trigger.
    """

    def key(st: Statement) -> tuple[object, ...]:
        subj = st.subject.actor.id
        obj = st.object.actor.id if st.object else None
        if st.relation in reciprocal and obj is not None:
            subj, obj = sorted((subj, obj))
        return (subj, st.relation, obj, st.evidence.start, st.negated, st.asserted)

    kept: dict[tuple[object, ...], list[Statement]] = {}
    for st in sorted(statements, key=lambda s: (-s.confidence, _at(s))):
        same = kept.setdefault(key(st), [])
        trigger = token_at(doc, _at(st))
        if not any(_one_trigger(trigger, token_at(doc, _at(other))) for other in same):
            same.append(st)
    return sorted(
        (st for group in kept.values() for st in group),
        key=lambda s: (s.evidence.start, _at(s)),
    )


def _at(st: Statement) -> int:
    return st.trigger.start if st.trigger else -1


def _one_trigger(a: Token | None, b: Token | None) -> bool:
    """True when two trigger tokens name one act: a head and a dependent, no coordination."""
    if a is None or b is None:
        return a is b
    if a.i == b.i:
        return True
    for low, high in ((a, b), (b, a)):
        if high in low.ancestors:
            tok = low
            while tok.i != high.i:
                if tok.dep_ == "conj":
                    return False
                tok = tok.head
            return True
    return False


def extract_from_doc(
    doc: Doc, mentions: Sequence[Mention], *, doc_id: str = "doc", lexicon: Lexicon | None = None
) -> list[Statement]:
    """Typed statements of one parsed document, given its actor mentions.

    Args:
        doc: A parsed document (dependency parse, lemmas, part-of-speech, sentences).
        mentions: Its actor mentions (see :func:`graphkit.extract.actors.find_mentions`).
        doc_id: The document id stored on every statement.
        lexicon: The relation lexicons; the packaged ones by default.

    Returns:
        Statements in document order; offsets are character offsets into ``doc.text``.
    """
    if len(doc) == 0:
        return []
    return _Core(doc, mentions, doc_id, lexicon or load_lexicon()).run()


def _stance_prefix(tok: Token) -> str | None:
    """ "anti" or "pro" when ``tok`` follows one and a hyphen ("anti-American", "pro-Russian":
    a stance toward the actor named, not its own), else None."""
    doc = tok.doc
    if tok.i >= 2 and doc[tok.i - 1].text == "-" and doc[tok.i - 2].lower_ in {"anti", "pro"}:
        return doc[tok.i - 2].lower_
    return None


def _bare_definite(noun: Token, deps: set[str], preps: set[str]) -> bool:
    """True for a noun with a definite determiner and no child of ``deps`` nor a preposition
    of ``preps``: a thing told before, named by its kind only ("the claim", "the remarks").

    Example:
        >>> from spacy.lang.en import English
        >>> from spacy.tokens import Doc
        >>> doc = Doc(English().vocab, words=["the", "claim"], heads=[1, 1], deps=["det", "ROOT"])
        >>> _bare_definite(doc[1], {"poss"}, {"of"})
        True
        >>> owned = Doc(English().vocab, words=["the", "claim", "of", "Iran"],
        ...             heads=[1, 1, 1, 2], deps=["det", "ROOT", "prep", "pobj"])
        >>> _bare_definite(owned[1], {"poss"}, {"of"})
        False
    """
    kids = list(noun.children)
    return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in kids) and not any(
        c.dep_ in deps or (c.dep_ == "prep" and c.lower_ in preps) for c in kids
    )


def _to_blame(tok: Token) -> bool:
    """True for the "blame" of "X is to blame": X is blamed, by no one named in the clause."""
    return (
        tok.lemma_ == "blame" and tok.dep_ == "xcomp" and tok.head.lemma_ == "be" and with_to(tok)
    )


def _to_noun(tok: Token) -> bool:
    """A verb the tagger took for a noun in an infinitive complement: "urged the world
    to sanction/NN Russia" (a noun has no 'to' auxiliary)."""
    return tok.pos_ == "NOUN" and tok.dep_ == "xcomp" and with_to(tok)
