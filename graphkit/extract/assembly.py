"""Statement assembly: a trigger and its arguments -> typed statement records.

:class:`StatementAssembler` is the layer of the extraction core (see
:mod:`graphkit.extract.relations`) that turns a trigger token, its relation and the subject
and object mentions found for it into :class:`~graphkit.types.Statement` records: it applies
the modality around the trigger (negation, refusal, threat, intent), the attribution to a
reporting speaker, the confidence heuristic and the assertion check, and derives the acts
of saying (``accuses``, ``demands``). Finding triggers and arguments is left to the
subclass and to :mod:`graphkit.extract.arguments`.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from typing import Any

from spacy.attrs import LOWER
from spacy.strings import get_string_id
from spacy.tokens import Doc, Token

from graphkit.extract.assertion import scare_quoted, unasserted_reason
from graphkit.extract.attribution import Source, speech_subject
from graphkit.extract.lexicon import Lexicon
from graphkit.extract.mentions import (
    BLOC_TYPES,
    MEDIA,
    PERSON,
    Mention,
    doc_text,
    is_title,
    token_indices,
)
from graphkit.extract.modality import ModalityFinder, _Modality, claimed, opened_by, prospect
from graphkit.ontology import relation as ontology_relation
from graphkit.types import Actor, ActorMention, Span, Statement

__all__ = ["StatementAssembler", "relation_fields", "token_at"]

#: Relations of talking, whose "on" names a topic ("talks on Syria"), and which a leader
#: holding them with their own state's officials holds with no side ("Blinken will meet
#: senior U.S. military officials").
TALKS = frozenset({"consultsWith", "meetsWith", "negotiatesWith"})
#: Relations worth a statement even when no object is found ("X agreed to resign").
_OBJECTLESS = {
    "withdrawsFrom",
    "agreesWith",
    "rejects",
    "protestsAgainst",
    "mobilizesAgainst",
    "threatens",
}


def relation_fields(rel: str) -> dict[str, Any]:
    """The fields of a statement record the ontology gives the relation ``rel``: its name,
    PLOVER type, CAMEO root, quad class, polarity and intensity.

    Example:
        >>> relation_fields("attacks")["plover"], relation_fields("attacks")["quad"]
        ('ASSAULT', 4)
    """
    info = ontology_relation(rel)
    return {
        "relation": info.name,
        "plover": info.plover,
        "cameo": info.cameo,
        "quad": info.quad,
        "polarity": info.polarity,
        "intensity": info.intensity,
    }


def token_at(doc: Doc, char: int) -> Token | None:
    """The token of ``doc`` starting at character ``char`` (a statement's trigger), or None."""
    span = doc.char_span(char, char + 1, alignment_mode="expand") if char >= 0 else None
    return span[0] if span is not None and len(span) and span[0].idx == char else None


class StatementAssembler(ModalityFinder):
    """Emits statements for one document and collects them in ``out`` (internal)."""

    def __init__(self, doc: Doc, mentions: Sequence[Mention], doc_id: str, lex: Lexicon) -> None:
        super().__init__(doc, mentions, lex)
        self.doc_id = doc_id
        self.consumed: set[int] = set()
        self.helped: set[tuple[int, tuple[str, ...]]] = set()
        self.out: list[Statement] = []
        # judgements of an act named before ("condemned the attack"): trigger, relation,
        # judges, act noun, emit options (resolved by anaphoric_statements)
        self.anaphora: list[
            tuple[Token, str, list[tuple[Mention, int]], Token, dict[str, Any]]
        ] = []

    # ------------------------------------------------------------------ assembly
    def _hostile_act_target(self, trigger: Token, i: int, rel: str) -> bool:
        """True when token ``i`` is reached from ``trigger`` only through the preposition of
        a hostile act noun, named as what the help is for or what is complied with, that names
        no actor itself ("support for the war in Ukraine": Ukraine is where the war is, not
        whom the support is for; "comply with Western sanctions against Russia" yields to no
        Russia; "for Russia's war" reaches Russia as its doer; "lifted sanctions on Syria"
        undoes the act, toward its target); or, for an agreement, through such a noun that is
        what is agreed ("agreed (on) a package of sanctions against Russia": no agreement with
        Russia; "agreed to end the war with Russia", through another verb, is one)."""
        cur = self.doc[i]
        agreed = rel == "agreesWith" and self._nominal_path(cur, trigger)  # what is agreed
        for _ in range(8):
            head = cur.head
            if head.i == cur.i or head.i == trigger.i:
                return False
            if (
                cur.dep_ == "prep"
                and head.pos_ == "NOUN"
                and (
                    # help for it, compliance with it (not "lifted sanctions on X", undone)
                    agreed or (head.dep_ == "pobj" and head.head.lower_ in {"for", "with"})
                )
                and self.at[head.i] is None
                and (act := self.noun_entry(head)) is not None
                and ontology_relation(act.relation).polarity < 0
            ):
                return True
            cur = head
        return False

    @staticmethod
    def _nominal_path(tok: Token, trigger: Token) -> bool:
        """True when ``tok`` hangs on ``trigger`` through nouns and prepositions only."""
        cur = tok
        for _ in range(8):
            if cur.head.i == trigger.i:
                return True
            if cur.head.i == cur.i or cur.head.pos_ in {"VERB", "AUX"}:
                return False
            cur = cur.head
        return False

    def _endorse(
        self,
        request: Token,
        rel: str,
        subjects: list[tuple[Mention, int]],
        objects: list[tuple[Mention, int]],
    ) -> None:
        """Who asks for an act toward Y takes its side on Y: "urged the EC to support the
        PLO" supports the PLO, "urged allies to sanction Russia" opposes Russia (the one
        asked is no Y: "called on Russia to withdraw its troops")."""
        polarity = ontology_relation(rel).polarity
        if polarity == 0 or not objects or self.modality(request).requested:
            return
        if self.event_subject(request):
            return  # "Russia's invasion pushed Finland to join NATO": an act asked nothing
        requesters = self.subjects(request)[0]
        own = {self.target(m).id for m, _ in [*requesters, *subjects]}
        targets = [x for x in objects if self.target(x[0]).id not in own]
        if requesters and targets:
            stance = "supports" if polarity > 0 else "opposes"
            if polarity < 0 and request.lemma_.lower() in self.lex.cues["order_verbs"]:
                stance = "threatens"  # "ordered them to be ready to strike X": a threat
            self.emit(request, stance, requesters, targets, nested=True, derived=True)

    def _after_not(self, m: Mention) -> bool:
        """True when "not" (and at most an article) comes right before the mention: "but not
        India", "not the Palestinian people"."""
        i = m.start - 1
        while i >= 0 and self.doc[i].lower_ in {"the", "a", "an"}:
            i -= 1
        return i >= 0 and self.doc[i].lower_ == "not"

    def _nobody(self, subj: Mention) -> bool:
        """True when the subject phrase names no one who acted: "No EU state has ...",
        "Not a single NATO country / Not one Arab state / Not even Serbia ...", "None of the
        NATO allies ..." (but "Not all EU members": some did)."""
        np = self.doc[subj.end - 1]
        while np.dep_ in {"compound", "amod", "nmod"} and np.head.i > np.i:
            np = np.head  # the head noun of the mention's phrase
        if (
            np.dep_ == "pobj"
            and np.head.lower_ == "of"
            and np.head.head.lower_ in {"none", "neither"}
        ):
            return True
        kids = list(np.children)  # read once: a Token is built on each access
        if any(c.dep_ == "det" and c.lower_ == "no" for c in kids):
            return True
        negs = [  # (not the "not" of a contrast: "China, not Russia, ...")
            c
            for c in kids
            if c.dep_ == "neg"
            and not any(a.dep_ == "appos" and a.left_edge.i == c.i + 1 for a in kids)
        ]
        negs += [g for c in kids if c.dep_ == "nummod" for g in c.children if g.dep_ == "neg"]
        return bool(negs) and not any(c.lower_ in {"all", "every", "only"} for c in kids)

    def emit(
        self,
        tok: Token,
        rel: str,
        subjects: list[tuple[Mention, int]],
        objects: list[tuple[Mention, int]],
        *,
        noun: bool = False,
        nested: bool = False,
        inherited: bool = False,
        presupposed: bool = False,
        modality_from: Token | None = None,
        derived: bool = False,
    ) -> int:
        lex = self.lex
        if objects and ontology_relation(rel).polarity > 0:
            # "lethal support for the war in Ukraine", "support for the fight against ISIS":
            # the target or place of a hostile act is no partner of the help given for it
            objects = [x for x in objects if not self._hostile_act_target(tok, x[1], rel)]
        if noun and modality_from is None:  # a nominalised event keeps only its own "no"
            mod = _Modality(
                negated=any(c.lower_ == "no" for c in tok.children if c.dep_ == "det"),
                past=self._past(tok),  # "the anniversary of the 1999 NATO bombing"
                # "a possible resumption of talks"; "talks on a ceasefire between Israel
                # and Hamas": a deal discussed, not made (a hostile act discussed stays told)
                hypothetical=prospect(tok, lex.cues)
                or (ontology_relation(rel).polarity > 0 and self._discussed(tok)),
                hedged=claimed(tok, lex.cues),  # "reports of killings by Malian forces"
            )
        else:
            mod = self.modality(modality_from or tok)
        if presupposed and not mod.past:
            # "veterans recalled how troops stormed the beaches of German-occupied France":
            # a presupposed act inside a clause told as history is history too
            clause = next((a for a in tok.ancestors if a.pos_ in {"VERB", "AUX"}), None)
            if clause is not None and self._past(clause):
                mod = replace(mod, past=True)
        if mod.requested and not derived:
            if mod.requester is not None and not (mod.negated or mod.refused):
                self._endorse(self.doc[mod.requester], rel, subjects, objects)
            return 0
        if rel == "withdrawsFrom" and (
            any(self.target(o).type in BLOC_TYPES for o, _ in objects) or self._left_accord(tok)
        ):
            # "Mali withdrew from ECOWAS": leaving a body cuts ties (the ontology's reading);
            # so does leaving a deal or talks ("pulled out of the grain deal with Ukraine").
            # Read before the modality: "Mali will leave ECOWAS" threatens to cut ties
            rel = "cutsTiesWith"
        info = ontology_relation(rel)
        relation_name = rel
        modal = None
        if not (mod.negated or mod.refused):
            # "vowed to support Ukraine", "vowed to meet X": a vow of anything but hostility
            # is a promise, not a threat ("threatened to walk out of talks" is one)
            threat = mod.threat and (
                info.polarity < 0
                or (info.polarity == 0 and not (mod.vow or mod.kept_open))
                or (rel == "withdrawsFrom" and not mod.vow)  # "threatened to quit the talks"
            )
            promise = mod.threat and not threat
            if threat or (mod.conditional and (mod.future or mod.intent)):
                relation_name, modal = "threatens", "threat"
            elif mod.if_conditional and info.polarity < 0:
                # "could deploy nuclear weapons if NATO sent troops": a threat
                relation_name, modal = "threatens", "threat"
            elif mod.if_conditional:  # "would lift sanctions if ...", "would meet X if ..."
                relation_name, modal = "agreesWith", "intent"
            elif (mod.intent or mod.future or promise) and not mod.ongoing:
                # a promise of cooperation is an agreement, of hostility a threat; a planned
                # meeting or visit stays what it is, and so does a planned deployment against
                # no one named ("The US will send troops to Poland", "Rwanda agreed to deploy
                # troops to Mozambique": no threat, and the destination may be the one helped)
                if info.polarity != 0 and not (rel == "mobilizesAgainst" and not objects):
                    relation_name = "agreesWith" if info.polarity > 0 else "threatens"
                modal = "intent"
        elif (
            mod.negated
            and (mod.future or self._standing(tok))
            and info.polarity >= 0
            and rel not in _TWO_SIDED
        ):  # "will not meet X"; "does not recognise the Taliban": a rejection, now
            relation_name, modal = "rejects", "refusal"
            mod.negated = False
        if relation_name == "threatens" and rel in {"threatens", "warns"}:
            relation_name = rel
        pairs: list[tuple[tuple[Mention, int], tuple[Mention, int] | None]] = []
        joint = False  # a pair made of coordinated subjects ("A and B met"): both act
        # "India and China are locked in a border standoff", "the dispute between Guyana
        # and Venezuela": a dispute named as one has two sides, each disputing the other
        two_sided = noun and rel == "disputes"
        mutual = (
            tok.lemma_.lower() in lex.cues["mutual_words"] or two_sided
        ) and rel not in lex.reciprocal
        heads = {tok.i, *(c.i for c in tok.children if c.dep_ == "dobj")}
        if objects:
            # (no one is their own object: "Putin and Kim pledged to aid each other")
            pairs = [(s, o) for s in subjects for o in objects if o != s]
            if (
                mutual
                and len(heads) > 1
                and any(
                    c.dep_ == "prep" and c.lower_ == "with" and c.head.i in heads
                    for x in objects
                    for c in self.doc[x[1]].ancestors
                )
            ) or two_sided:
                # "Hamas traded accusations with Israel": what is exchanged goes both ways
                # ("Germany disagreed with the US" is Germany's stance alone)
                pairs += [(o, s) for s in subjects for o in objects]
        elif (
            len(subjects) >= 2
            and (
                rel in lex.reciprocal
                or mutual
                # "A and B agreed to cooperate" pairs them; "A and B will veto it" does not
                or (modal == "intent" and ontology_relation(relation_name).polarity >= 0)
            )
            and tok.lemma_.lower() not in lex.cues["mediator_verbs"]  # co-brokers: no pair
            and not self._named_mediators(subjects)  # "Egyptian and Qatari mediators"
            and not (
                info.polarity < 0
                and tok.lemma_.lower() not in lex.cues["mutual_words"]  # "exchanged fire"
                and self._side_by_side(tok)
            )
        ):
            # every pair: "A, B and C signed the accord" binds B and C too (a bloc has no
            # centre)
            pairs = [(s, o) for k, s in enumerate(subjects) for o in subjects[k + 1 :]]
            if mutual:  # "The US and China disagree on Taiwan": each disputes the other
                pairs += [(o, s) for k, s in enumerate(subjects) for o in subjects[k + 1 :]]
            joint = True
        elif (
            rel in _OBJECTLESS
            or (not noun and modal is not None)
            or (not noun and info.polarity < 0 and self._charged_by_other(tok, subjects))
        ):  # ("Hamas says Israel bombed a refugee camp": the act charged, its target no actor)
            pairs = [(s, None) for s in subjects]
        else:
            return 0
        source = self.sources.source(tok)
        speaker_mention, co_speakers = self._speakers(source)
        unsaid = False  # "Israel did not confirm / declined to confirm that it had struck X"
        called_false = False  # "Venezuela invaded Guyana, an official falsely claimed"
        self_claimed = False  # "Ukraine claimed it had destroyed a Russian warship"
        if source is not None and source.kind == "speech":
            cue = self.doc[source.cue]
            self_claimed = cue.lemma_.lower() in lex.cues["self_claim_verbs"]
            unsaid = self._negated(cue) or (
                cue.dep_ == "xcomp" and cue.head.lemma_.lower() in lex.refusal_verbs
            )
            called_false = any(
                c.dep_ == "advmod" and c.lower_ in lex.cues["falsity_adverbs"] for c in cue.children
            )
        # "Reports say / suggest that X attacked Y", "according to reports": hearsay told by
        # no one named is no fact (not "the report said": one document, its finding)
        # ("Analysts said China supports Russia", "experts say ...": a view, no fact either)
        unsaid = unsaid or (
            source is not None
            and source.speaker is not None
            and speaker_mention is None
            and (
                _hearsay(self.doc[source.speaker], lex)
                or self.doc[source.speaker].lemma_.lower() in lex.cues["private_person_nouns"]
            )
        )
        if presupposed and not (
            speaker_mention is not None
            and ontology_relation(rel).polarity < 0
            and any(self.target(o).id == speaker_mention.actor.id for o, _ in objects)
        ):  # an act told in passing is the writer's, unless its victim is the one telling
            # it ("the Kremlin said the strikes answered Ukrainian attacks on Russia")
            source, speaker_mention, co_speakers = None, None, set()
        # "Russia and China said they would veto it": each speaker is a party
        speaker_actor = speaker_mention.actor if speaker_mention else None
        # ", a claim X denied": the claim contested, not the charging of it ("accused Y of
        # provoking violence, a charge Y rejected": the charge, not that it was made)
        contested = rel not in {"accuses", "blames"} and self.denied_as_claim(modality_from or tok)
        count = 0
        for (subj, _s_tok), obj_pair in pairs:
            obj = obj_pair[0] if obj_pair else None
            if joint and obj is not None and obj.speaker is not None:
                # "Japanese Prime Minister Kishida and South Korean President Yoon agreed to
                # ...": a co-agent acts for its side, as the first one does, not as a person
                obj = replace(obj, speaker=None)
            if obj is not None and self.target(obj).id == subj.actor.id:
                person = self.agent(subj)
                if (
                    person.id in {subj.actor.id, self.target(obj).id}
                    or obj.kind
                    in {
                        "kb",
                        "capital",
                        "pronoun",  # "The Chinese leader praised their partnership": China's
                    }
                    or rel in TALKS
                    # "directing the State Department to suspend visa processing at the U.S.
                    # embassy": an act on its own institution
                    or (
                        obj.kind == "organ"
                        and self.doc[obj.end - 1].lemma_.lower() in lex.cues["institution_nouns"]
                    )
                ):
                    continue  # an actor acting on itself says nothing of its stance
                # a leader acting on their own state ("Assad's forces shelled Syrians",
                # "Carter visited U.S. troops"): the person is the one acting
                subj = replace(subj, actor=person)
            if (
                subj.kind == "pronoun"
                and speaker_mention is not None
                and speaker_mention.actor.id == subj.actor.id
                and self.doc[subj.start].lower_ not in lex.cues["first_person"]
            ):
                subj = speaker_mention  # "X said he would ...": X's own commitment
            confidence = 0.9 - 0.1 * inherited - 0.1 * noun - 0.1 * nested
            confidence -= 0.15 * (subj.kind in {"pronoun", "role", "instrument"})
            confidence -= 0.2 * (obj is None) + 0.1 * bool(obj and obj.locative)
            confidence -= 0.1 * (derived or modal is not None)
            attributed = None
            # "criticized China and Russia, but not India": the act excludes that object
            # ("fighting Hamas, not the Palestinian people")
            excluded = obj is not None and self._after_not(obj)
            # "China, not Russia, is the main threat": the contrasted appositive did not act
            excluded = excluded or (
                self._after_not(subj) and self.doc[subj.end - 1].dep_ == "appos"
            )
            excluded = excluded or self._nobody(subj)
            asserted = not (mod.negated or mod.refused or excluded)
            party = speaker_actor is not None and (
                subj.actor.id in {speaker_actor.id, speaker_actor.affiliation}  # "Xinhua: China"
                or subj.actor.id in co_speakers
                or (  # "Chinese and Russian warships began joint drills, the Chinese ... said"
                    joint
                    and ontology_relation(relation_name).polarity >= 0  # not "fights X"
                    and obj is not None
                    and speaker_actor.id == obj.actor.id
                )
                or (  # "Canada will remove its tariffs on U.S. goods, Prime Minister Mark
                    # Carney said": an official of no known state announcing a state's own
                    # cooperative step is that state's, and so is a protest or a charge it
                    # made ("Japan lodged a protest with China, Chief Cabinet Secretary
                    # Yoshimasa Hayashi said"); a hostile deed may be the victim's report
                    self._unplaced_official(speaker_mention)
                    # (a charge is made against another: "Foreign Minister X accused the UAE
                    # of arming the RSF" is no UAE announcement)
                    and (source is None or source.kind != "accusation")
                    and subj.actor.type == "State"
                    and subj.kind not in {"pronoun", "role", "instrument"}
                    # the state itself, not what it owns ("said the U.S. presence violated
                    # the constitution": a charge against the US, not the US's own act)
                    and self.doc[subj.end - 1].dep_ not in {"compound", "poss", "amod", "nmod"}
                    and (
                        ontology_relation(relation_name).polarity >= 0
                        or (  # not a charge: "Koo accused Beijing of trying to intimidate"
                            ontology_relation(relation_name).quad == 3
                            and source is not None
                            and source.kind not in {"accusation", "claim"}
                        )
                    )
                )
            )
            if source is not None:
                if speaker_actor is not None and not party:
                    attributed = speaker_actor
                    asserted = False
                # The speaker reporting its own act (NATO said it had agreed ...) stays
                # asserted and unattributed: asserted means the plain triple is written.
                elif speaker_actor is None:  # unnamed source: a quote or a charge stays a claim
                    confidence -= 0.1
                    asserted = asserted and source.kind not in {"quote", "accusation", "claim"}
            extras: dict[str, object] = {"modality": modal} if modal else {}
            if presupposed:
                extras["presupposed"] = True
            if (year := stated_year(tok)) is not None:
                extras["year"] = year  # "In 1982, Israel invaded Lebanon": see extract_documents
            guess = unasserted_reason(self.doc, subj, obj, rel)  # the actors' own certainty
            unsure = (
                "called false"
                if called_false
                else "scare quotes"
                # (a verb of judgement quoted in a report is the speaker's own word: "said
                # it 'deplores' the expulsions" is told as said, not doubted)
                if scare_quoted(tok)
                and not (
                    tok.pos_ == "VERB"
                    and ontology_relation(rel).quad in {1, 3}
                    and self.sources.reported(tok) is not None
                )
                else "hypothetical"
                if mod.hypothetical
                else "hedged"
                # (a party's claim of its own act is its claim: "claimed it had destroyed")
                if mod.hedged or unsaid or (party and self_claimed)
                else "contested"
                if contested
                else "past event"
                if mod.past
                # a meeting or visit still to come ("Putin and Xi will meet next week", "is
                # due to visit"): announced, not held; the relation stays neutral
                else "planned"
                if modal == "intent" and relation_name == rel and info.plover == "CONSULT"
                else guess
            )
            if unsure is not None:  # kept for recall and review, not written as fact
                asserted = False
                extras["unasserted"] = unsure
            self.out.append(
                self._statement(
                    tok,
                    relation_name,
                    subj,
                    obj,
                    negated=mod.negated or excluded or (mod.refused and relation_name == rel),
                    asserted=asserted,
                    attributed=attributed,
                    confidence=confidence,
                    extras=extras,
                )
            )
            count += 1
            if mod.refused and relation_name == rel:
                extra_rel = (
                    "refusesToCondemn"
                    if rel in lex.condemn_type
                    else "rejects"
                    # "India and Pakistan failed to agree": neither rejects the other, nor
                    # does one side failing to reach a deal with the other
                    if info.polarity >= 0
                    and rel not in _TWO_SIDED
                    and not joint
                    and not (rel in lex.reciprocal and self._failed(mod))
                    else None
                )
                if extra_rel and obj is not None:
                    # the refusal is as sure as its actors: "vetoed a resolution calling for
                    # a ceasefire in Gaza" rejects no Palestine (a place, not a party)
                    # ("If the US stopped arming Taiwan": no rejection either)
                    refusal_extras: dict[str, object] = {"modality": "refusal", "act": rel}
                    if unsure is not None:
                        refusal_extras["unasserted"] = unsure
                    self.out.append(
                        self._statement(
                            tok,
                            extra_rel,
                            subj,
                            obj,
                            negated=False,
                            asserted=attributed is None and unsure is None,
                            attributed=attributed,
                            confidence=confidence - 0.05,
                            extras=refusal_extras,
                        )
                    )
        if count:
            modal_lemmas = (
                lex.refusal_verbs | lex.intent_verbs | lex.threat_verbs | lex.request_verbs
            )
            # "rejected calls by X to ...", "rejected X's plan to ...": X is rejected
            rejecter = self.motion_rejecter(tok, owned=True)
            claims = lex.cues["claim_nouns"]
            below = []  # "rejected Canada's allegations that X ...": the claim's rejecter
            for g in mod.governors:  # is no modal of the act claimed, and keeps its statement
                if self.doc[g].lemma_.lower() in claims:
                    break
                below.append(g)
            self.consumed.update(
                g
                for g in below
                if self.doc[g].lemma_.lower() in modal_lemmas
                and (rejecter is None or g != rejecter.i)
            )
        return count

    def _named_mediators(self, subjects: list[tuple[Mention, int]]) -> bool:
        """True when the subjects are named mediators ("Egyptian and Qatari mediators
        resumed talks", "Egypt and Qatar, the mediators, ..."): they hold the talks with the
        sides, not with each other."""
        nouns = self.lex.cues["mediator_nouns"]
        return any(
            (t.dep_ in {"amod", "compound"} and t.head.lemma_.lower() in nouns)
            or any(c.dep_ == "appos" and c.lemma_.lower() in nouns for c in t.children)
            for _, i in subjects
            for t in [self.doc[i]]
        )

    def _discussed(self, tok: Token) -> bool:
        """True for an act noun that is the matter of talks: "talks on a ceasefire",
        "negotiations over a truce", "a summit about a peace deal"."""
        prep = tok.head
        return (
            tok.dep_ == "pobj"
            and prep.lower_ in {"on", "over", "about", "for", "toward", "towards"}
            and prep.head.lemma_.lower() in self.lex.cues["forum_nouns"]
        )

    def _charged_by_other(self, tok: Token, subjects: list[tuple[Mention, int]]) -> bool:
        """True when a named speaker other than the doers tells the act ``tok``: kept
        without an object, it is what the speaker accuses them of."""
        source = self.sources.source(tok)
        if source is None or source.kind != "speech":
            return False
        speaker, _ = self._speakers(source)
        return speaker is not None and all(
            self.target(m).id != speaker.actor.id for m, _ in subjects
        )

    def _side_by_side(self, tok: Token) -> bool:
        """True when coordinated subjects turn a hostile verb on something else together:
        "India and Pakistan fought terrorism together", "... fought jointly against ISIS"
        (a thing as object, "together" or "jointly", or "against"): not on each other, as
        "India and Pakistan fought (a war)" is."""
        return any(
            (c.dep_ == "advmod" and c.lower_ in {"together", "jointly"})
            or (c.dep_ == "prep" and c.lower_ == "against")
            or (c.dep_ == "dobj" and c.lemma_.lower() not in self.lex.nouns)
            for c in tok.children
        )

    def _left_accord(self, tok: Token) -> bool:
        """True when what ``tok`` withdraws from is a deal, a treaty or talks."""
        left = [  # "withdrew from the talks", "pulled out of the deal" (not "under the terms
            p  # of an agreement")
            for c in tok.children
            if c.dep_ in {"prep", "prt"}
            for g in (c, *c.children)
            if g.lower_ in {"from", "of"}
            for p in g.children
            if p.dep_ == "pobj"
        ]
        return any(
            (entry := self.noun_entry(p)) is not None
            and entry.relation in {"agreesWith", "negotiatesWith", "alignsWith", "cooperatesWith"}
            for p in left
        )

    def _failed(self, mod: _Modality) -> bool:
        """A refusal that is a failure ("failed to reach a deal"), not a refusal."""
        return any(self.doc[g].lemma_.lower() in {"fail", "failure"} for g in mod.governors)

    def _standing(self, tok: Token) -> bool:
        """A stance verb in the simple present ("does not recognise", "do not accept")."""
        return tok.lemma_.lower() in self.lex.cues["stance_verbs"] and (
            tok.tag_ in {"VBZ", "VBP"}
            or any(c.dep_ == "aux" and c.tag_ in {"VBZ", "VBP"} for c in tok.children)
        )

    def _speakers(self, source: Source | None) -> tuple[Mention | None, set[str]]:
        """The actor reporting a statement, and the ids of all the actors its speaker phrase
        names ("Russia and China said ..."). A news medium is one (the claim is its report),
        but no party: it accuses nobody (:meth:`speech_statements`)."""
        if source is None or source.speaker is None:
            return None, set()
        speaker = self.doc[source.speaker]
        if (
            speaker.lemma_.lower() in self.lex.cues["document_nouns"]
            and self.mention(speaker) is None  # "The Washington Post said": a medium named
            # "a Kremlin statement said", "a UN report found", "Ukraine's military
            # intelligence agency said": the owner's voice
            and not any(
                c.dep_ in {"poss", "compound", "amod"} and self.mention(c) is not None
                for c in speaker.children
            )
        ):  # "according to a news release", "the report said": nobody named
            return None, set()
        found = self.own_voice(speaker, self.np_actor(speaker, depth=2))  # "an adviser to
        if not found:  # Sudan's army chief"
            return None, set()
        m = found[0][0]
        before = self.doc[speaker.left_edge.i : speaker.i]
        if any(t.lower_ in self.lex.cues["media_words"] for t in before):
            # "the state news agency MENA reported": a medium; "the official Czechoslovak
            # news agency Ceteka": its state's voice
            state = next((self.at[t.i] for t in before if self.at[t.i] is not None), None)
            official = any(t.lower_ in {"state", "official", "government"} for t in before)
            owner = m.actor.affiliation
            if state is not None and official:  # "the official IRNA news agency": Iran's
                owner = state.actor.affiliation if state.actor.type == MEDIA else state.actor.id
            m = replace(m, actor=replace(m.actor, type=MEDIA, affiliation=owner))
        elif m.kind == "org" and m.actor.affiliation is None:
            # "the Turkish disaster agency AFAD said": an agency of the state named before it
            state = next(
                (x for t in before if (x := self.at[t.i]) is not None and x.actor.type == "State"),
                None,
            )
            if state is not None:
                m = replace(m, actor=replace(m.actor, affiliation=state.actor.id))
        return m, {x.actor.id for x, _ in found}

    def _statement(
        self,
        tok: Token,
        rel: str,
        subj: Mention,
        obj: Mention | ActorMention | None,
        *,
        negated: bool,
        asserted: bool,
        attributed: Actor | None,
        confidence: float,
        extras: dict[str, object],
    ) -> Statement:
        """The statement record: annotations from the ontology, evidence = ``tok``'s sentence.

        The evidence runs on over the sentences of a mention named outside ``tok``'s
        sentence (the speaker after a quote, "'...,' said Burns. 'Her integration...'"), so
        it holds both mentions. A negated act is never asserted; the confidence is kept
        within [0.05, 0.99].
        """
        if isinstance(obj, Mention):
            obj = ActorMention(self.target(obj), self._span(obj))
        sent = tok.sent
        begin, end = sent.start_char, sent.end_char
        subject = self._span(subj)
        for m in (subject, obj.mention if obj else None):
            if m is not None and not begin <= m.start < end:
                outer = self.doc.char_span(m.start, m.end, alignment_mode="expand")
                if outer is not None:
                    begin, end = min(begin, outer.sent.start_char), max(end, outer.sent.end_char)
        speaker = ActorMention(subj.speaker, subject) if subj.speaker else None
        return Statement(
            doc=self.doc_id,
            subject=ActorMention(subj.actor, subject),
            **relation_fields(rel),
            object=obj,
            negated=negated,
            asserted=asserted and not negated,
            attributed_to=attributed,
            evidence=Span(doc_text(self.doc)[begin:end], begin, end),
            confidence=round(min(0.99, max(0.05, confidence)), 3),
            speaker=speaker,
            trigger=Span(tok.text, tok.idx, tok.idx + len(tok.text)),
            extras=dict(extras),
        )

    def _span(self, m: Mention) -> Span:
        span = self.doc[m.start : m.end]
        start, end = span.start_char, span.end_char
        return Span(doc_text(self.doc)[start:end], start, end)

    # ------------------------------------------------------------------ speech acts
    def speech_statements(self) -> None:
        """The act of saying: accusing an actor of a hostile or refused act, or demanding."""
        by_cue: dict[int, list[Statement]] = {}
        tellers: dict[int, int | None] = {}
        for st in self.out:
            if st.trigger is None:
                continue
            tok = token_at(self.doc, st.trigger.start)
            if tok is None:
                continue
            src = self.sources.reported(tok)
            if src is not None and src.kind in {"speech", "according"}:
                by_cue.setdefault(src.cue, []).append(st)
                tellers[src.cue] = src.speaker if src.kind == "according" else None
        for cue, statements in by_cue.items():
            verb = self.doc[cue]
            told_by = tellers[cue]
            if told_by is not None:  # "according to the Israeli military, Hezbollah fired
                # rockets at Israel": the source tells it as a speaker does
                source_np = self.doc[told_by]
                speakers = self.own_voice(source_np, self.np_actor(source_np))
            elif verb.lemma_.lower() not in self.lex.speech_verbs or verb.i in self.consumed:
                continue
            elif self.verb_entry(verb) is not None:
                continue  # "accused", "denied": already a statement of its own
            else:
                speakers, _ = self.subjects(verb)
                speaker = speech_subject(verb)
                if speaker is not None and self.doc[speaker].dep_ == "dobj":
                    speakers = self.np_actor(self.doc[speaker])  # "Y quoted X as saying": X
                if speaker is not None:
                    speakers = self.own_voice(self.doc[speaker], speakers)
            speaking = {x.actor.id for x, _ in speakers}
            for subj, _s_tok in speakers:
                if subj.actor.type == MEDIA:
                    continue  # "CNN reported that Israel had attacked Iran": no accusation
                # A refusal or a plan reported by a person whose side is unknown may be
                # their own side's decision ("Germany will not send weapons, Chancellor Scholz
                # said", "NATO will deploy ..., Stoltenberg said"): no accusation from it.
                unknown_side = subj.actor.type == PERSON
                targets = {
                    st.subject.actor.id: st
                    for st in statements
                    if st.subject.actor.id not in speaking
                    and st.attributed_to is not None
                    and (st.polarity < 0 or st.negated or st.relation == "refusesToCondemn")
                    and not (unknown_side and (_refusal(st) or _announced(st)))
                    and not (st.negated and st.plover in _FORCE)  # "X has not attacked Y"
                    and not self._partner_of(st, speaking)
                    and not self._on_condition(st)
                }
                for st in targets.values():
                    derived = self._derived(verb, "accuses", subj, st)
                    if unknown_side and derived.asserted:
                        # "Putin said Russia would retaliate": perhaps his own side's act
                        derived = replace(
                            derived,
                            asserted=False,
                            extras={**derived.extras, "unasserted": "speaker's side unknown"},
                        )
                    self.out.append(derived)
        musts_at = token_indices(
            self.doc, LOWER, [get_string_id(w) for w in self.lex.cues["obligation_modals"]]
        )
        for aux in (self.doc[i] for i in musts_at):  # "X said Y must V", '"Y must V"'
            tok = aux.head  # (one lookup per document, no Python loop over every token)
            if aux.dep_ != "aux":
                continue
            gov = tok.head
            if (
                tok.dep_ == "ccomp"
                and gov.pos_ == "VERB"
                and gov.lemma_.lower() in self.lex.speech_verbs
            ):
                speakers = self.subjects(gov)[0]  # "Ukraine said Russia must withdraw"
            elif (  # a quote: '"Russia must leave our land," Kuleba said'
                tok.pos_ == "VERB"
                and (source := self.sources.source(tok)) is not None
                and source.kind == "quote"
                and source.speaker is not None
            ):
                teller = self.doc[source.speaker]
                speakers, gov = self.own_voice(teller, self.np_actor(teller)), self.doc[source.cue]
            else:
                continue
            speakers = [x for x in speakers if x[0].actor.type != MEDIA]
            musts = self.child_actors(tok, "nsubj")
            if musts and speakers:
                self.emit(gov, "demands", speakers, musts, derived=True)

    def _on_condition(self, st: Statement) -> bool:
        """The reported act is a condition ("if Russia attacks Poland") or what follows on
        one ("NATO will respond"): telling what would happen if accuses nobody."""
        tok = token_at(self.doc, st.trigger.start) if st.trigger is not None else None
        markers = self.lex.cues["hypothetical_markers"]
        return tok is not None and (opened_by(tok, markers) or self._marked_clause(tok, markers))

    def _partner_of(self, st: Statement, speaking: set[str]) -> bool:
        """The reported doer is named as the speaker's own partner ("The UK said its Syrian
        partners pushed ISIL back", "its allies bombed ...") or as a group the speaker is one
        of ("the two neighbours"): reporting their act accuses nobody."""
        mention = st.subject.mention
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        noun = span.root
        group = self.mention(noun)
        if (
            group is not None
            and group.joint
            and speaking & {group.actor.id, *(a.id for a in group.joint)}
        ):
            return True  # "Nigeria said the two neighbours would fight the jihadists": a side
            # the speaker is one of
        if noun.dep_ in {"amod", "compound"}:  # "its Syrian partners": the demonym's noun
            noun = noun.head
        if noun.lower_ not in self.lex.cues["friend_nouns"]:
            return False
        owners = (self.mention(c) for c in noun.children if c.dep_ == "poss")
        return any(m is not None and m.actor.id in speaking for m in owners)

    def _derived(self, verb: Token, rel: str, subj: Mention, target: Statement) -> Statement:
        extras: dict[str, object] = {"derived_from": target.relation, "modality": "speech"}
        # accusing an actor the rules only guessed (or through a guessed speaker) is a guess;
        # a doubt about the act's target ("shelled Kharkiv": a place) leaves the accused named
        reason = target.extras.get("unasserted")
        if reason in {"contested", "called false"}:
            reason = None  # the claim is contested or false, not that it was made
        if reason in _ACTOR_DOUBTS:
            tok = token_at(self.doc, target.subject.mention.start)
            accused = self.at[tok.i] if tok is not None else None
            if accused is not None:
                reason = unasserted_reason(self.doc, accused, None, target.relation)
        unsure = unasserted_reason(self.doc, subj, None, rel) or reason
        if unsure:
            extras["unasserted"] = unsure
        return self._statement(
            verb,
            rel,
            subj,
            ActorMention(target.subject.actor, target.subject.mention),
            negated=False,
            asserted=not unsure,
            attributed=None,
            confidence=min(target.confidence, 0.9) - 0.15,
            extras=extras,
        )

    def _unplaced_official(self, m: Mention | None) -> bool:
        """A person named with a government title whose state is unknown ("Prime Minister
        Mark Carney" in a text naming Canada and the US as often)."""
        return (
            m is not None
            and m.actor.type == PERSON
            and m.actor.affiliation is None
            and any(is_title(t, self.lex) for t in self.doc[m.start : m.end])
        )


#: Reasons of :func:`unasserted_reason` about an act's actors rather than the act itself.
_ACTOR_DOUBTS = {"place", "guessed actor", "reference across sentences", "ambiguous reference"}

#: Acts of force: saying that a party did not use force accuses it of nothing.
_FORCE = frozenset({"ASSAULT", "MOBILIZE", "COERCE", "THREATEN"})
#: Acts whose refusal says nothing of a side: not withdrawing from a country may defy it
#: (an occupation) or stand by it (troops invited), so no "rejects" is derived.
_TWO_SIDED = frozenset({"withdrawsFrom"})


def _refusal(st: Statement) -> bool:
    """A negated or refused act, or the refusal relation derived from one."""
    return st.negated or st.relation == "refusesToCondemn" or st.extras.get("modality") == "refusal"


def _announced(st: Statement) -> bool:
    """A plan or intent announced ("NATO will deploy ..."), not an act done."""
    return st.extras.get("modality") == "intent"


def stated_year(tok: Token) -> int | None:
    """The year a trigger's own clause dates its act to, if it names one: "In 1990, Iraq
    invaded Kuwait", "invaded Lebanon in June 1982", "the 1999 NATO bombing".

    Example:
        >>> from spacy.tokens import Doc
        >>> from spacy.vocab import Vocab
        >>> doc = Doc(Vocab(), words=["In", "1990", ",", "Iraq", "invaded", "Kuwait"],
        ...           heads=[4, 0, 4, 4, 4, 4], deps=["prep", "pobj", "punct", "nsubj", "ROOT",
        ...           "dobj"])
        >>> stated_year(doc[4]), stated_year(doc[3])
        (1990, None)
    """
    for c in tok.children:
        if c.dep_ in {"nummod", "compound", "amod", "npadvmod"} and _year(c.text):
            return _year(c.text)  # "the 1999 NATO bombing"
        if c.dep_ == "prep" and c.text.lower() in {"in", "during"}:  # "in (June) 1982"
            for p in (p for p in c.children if p.dep_ == "pobj"):
                year = next((y for t in p.subtree if (y := _year(t.text))), None)
                if year is not None:
                    return year
    return None


def _year(text: str) -> int | None:
    return int(text) if len(text) == 4 and text.isdigit() and 1800 <= int(text) <= 2100 else None


def _hearsay(speaker: Token, lex: Lexicon) -> bool:
    """True for a bare plural of claim nouns (reports, rumours, allegations) as the source
    of a clause: "Reports suggest ...", "Unconfirmed media reports said ...", "according to
    reports" (not "the report", "the UN's reports": a document named)."""
    return (
        speaker.tag_ == "NNS"
        and speaker.lemma_.lower() in lex.cues["claim_nouns"]
        and not any(c.dep_ in {"det", "poss"} for c in speaker.children)
    )
