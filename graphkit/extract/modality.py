"""Modality and trigger lookup: what governs an act, and which lexicon entry a word is.

:class:`ModalityFinder` extends :class:`graphkit.extract.arguments.ArgumentFinder` with the
modality of a predicate (negation; refusal: refuse/decline/fail/avoid to, unwilling to,
failure to; intent and future: will, offer/agree/plan to, ready to; threat verbs;
conditionals with unless/if; requests: urge/ask/demand that; obligation: must/should in
reported speech; ongoing acts: continue to) and the lexicon entry of a verb (phrasal verbs,
light verb + act noun) or a noun (compound overrides such as "hunger strike").
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from dataclasses import dataclass, field, replace
from functools import cache, cached_property
from typing import Any

from spacy.tokens import Token

from graphkit.extract.actors import Mention
from graphkit.extract.arguments import ArgumentFinder, headline_infinitive, second_complement
from graphkit.extract.attribution import claim_subject, summing_object
from graphkit.extract.lexicon import Entry
from graphkit.extract.mentions import PERSON, doc_text, is_title, lemma_forms, obliged, with_to
from graphkit.ontology import relation as ontology_relation

__all__ = ["ModalityFinder", "claimed", "prospect", "rules_out"]


#: Dependencies through which a governing verb, adjective or noun reaches an act.
_CLIMB = frozenset({"xcomp", "pcomp", "prep", "acl", "acomp", "dobj", "pobj", "ccomp"})


@dataclass
class _Modality:
    negated: bool = False
    refused: bool = False
    intent: bool = False
    future: bool = False
    threat: bool = False
    vow: bool = False  # the threat verb is a vow ("vowed to meet X": a promise)
    kept_open: bool = False  # not ruled out: a threat only of hostility ("a meeting with X")
    conditional: bool = False
    requested: bool = False
    ongoing: bool = False
    hypothetical: bool = False
    hedged: bool = False
    past: bool = False  # told as history: "eighty years after X invaded Y"
    governors: list[int] = field(default_factory=list)
    requester: int | None = None  # the verb asking for the act ("urged X to ...")
    if_conditional: bool = False  # "would V if ...": an offer or a threat, not an act

    def unfulfilled(self) -> bool:
        """Not told as done: asked for, denied or refused, in prospect, or still to come
        (a plan or a future not already under way).

        Example:
            >>> _Modality(future=True).unfulfilled(), _Modality(future=True, ongoing=True).unfulfilled()
            (True, False)
        """
        return (
            self.requested
            or self.hypothetical
            or self.negated
            or self.refused
            or ((self.future or self.intent) and not self.ongoing)
        )

    def in_prospect(self) -> bool:
        """Not told as done (:meth:`unfulfilled`), or threatened, kept open ("did not rule
        out a meeting") or on a condition ("unless"): an act it governs has not happened.

        Example:
            >>> _Modality(threat=True).in_prospect(), _Modality(past=True).in_prospect()
            (True, False)
        """
        return self.unfulfilled() or self.threat or self.conditional


class ModalityFinder(ArgumentFinder):
    """Modality of predicates and lexicon entries of trigger words."""

    def modality(self, tok: Token) -> _Modality:
        """The modality of the act ``tok`` names, worked out once per token (it depends on
        the parse and the mentions only): a copy the caller may change."""
        found = self._modalities.get(tok.i)
        if found is None:
            found = self._modalities[tok.i] = self._modality(tok)
        return replace(found, governors=list(found.governors))

    @cached_property
    def _modalities(self) -> dict[int, _Modality]:
        return {}

    def _modality(self, tok: Token) -> _Modality:
        lex = self.lex
        twin = _infinitive_twin(tok)
        if twin is not None:  # "rejected calls to sanction X and condemn Y", misparsed
            mod = self.modality(twin)
            mod.negated = mod.negated or self._negated(tok)
            return mod
        mod = _Modality()
        # "demanded that Sweden crack down ... and that Washington approve the sale" (a
        # second complement), "demanded that Riyadh pay salaries and lift its blockade" (a
        # verb with no subject of its own): each climbs from where the first does
        shares_clause = tok.head.dep_ == "ccomp" and (
            second_complement(tok)
            or (
                tok.dep_ == "conj"
                and tok.pos_ == "VERB"
                and not any(c.dep_ in {"nsubj", "nsubjpass", "mark"} for c in tok.children)
            )
        )
        cur = start = tok.head if shares_clause else tok
        claim = False  # the act is the content of a claim noun ("allegations that X V-ed")
        permitted = False  # the act is another's, in an infinitive with its own subject
        subject_below = False  # a clause climbed through so far has a subject of its own
        spent: set[int] = set()  # governors whose "not" denies a refusal, not the act
        halt_refused = False  # the act's refusal so far is a halt ("stop buying")
        shared = _sharing_head(tok)  # "has not condemned, sanctioned or criticized X"
        mod.negated = (
            self._negated(tok)
            or _instead(tok)
            or self._neither(tok)
            # ("posed no threat and appealed to Brazil": the first verb's "no" is its
            # object's, not shared)
            or (shared is not None and self._negated(shared, object_no=False))
        )
        mod.hedged = any(
            c.dep_ == "advmod" and c.lower_ in lex.cues["hedges"] for c in tok.children
        )
        mod.past = self._past(tok)
        mod.requested = obliged(tok, lex.cues) and self.sources.reported(tok) is not None
        mod.future = self._future(tok) or (shared is not None and self._future(shared))
        mod.conditional = self._marked_clause(tok, lex.cues["conditional_markers"])
        if self._marked_clause(tok, {"if"}) and any(
            c.dep_ == "aux" and c.lower_ in lex.cues["conditional_modals"] for c in tok.children
        ):  # "Moscow could deploy nuclear weapons if NATO ...": a threat or an offer
            mod.if_conditional = True
        # "if Russia attacks NATO", "Russia may have attacked", "China could invade Taiwan"
        # (but "could ... if" is a threat or an offer): not said to have happened
        speculative = {*lex.cues["speculative_modals"]}
        if not mod.if_conditional:
            speculative.update(lex.cues["possibility_modals"])
        mod.hypothetical = (
            prospect(tok, lex.cues)
            or _asked(tok)
            or any(
                (c.dep_ == "mark" and c.lower_ in lex.cues["hypothetical_markers"])
                or (c.dep_ == "aux" and c.lower_ in speculative)
                or (  # "... until Stockholm cracks down": still to come (and "would not
                    c.dep_ == "mark"  # approve ... until Stockholm cracked down", told
                    and c.lower_ in lex.cues["pending_markers"]  # in the past)
                    and tok.dep_ == "advcl"
                    and (
                        tok.tag_ in {"VBZ", "VBP"}
                        or (
                            tok.tag_ == "VBD"
                            and any(
                                a.dep_ == "aux" and a.lower_ in {"would", "'d"}
                                for a in tok.head.children
                            )
                        )
                    )
                )
                for c in tok.children
            )
        )
        if _counterfactual(tok):  # "Iraq would have invaded Saudi Arabia": it did not
            mod.hypothetical, mod.future = True, False
        if _inverted_condition(tok):  # "Had Iran attacked Israel, ...": a condition
            mod.hypothetical = True
        if self.attitude_gerund(tok):  # "opposes Ukraine joining the EU", "fears Finland
            mod.hypothetical = True  # joining NATO": an attitude's content, not a deed
        for _ in range(6):
            if _wished(cur, lex.cues["wish_verbs"]):
                mod.requested = True  # "Beijing hopes Washington will stop ...", "Poles want
                # Warsaw to send jets": a wish for another's act, not the act
            subject = any(c.dep_ in {"nsubj", "nsubjpass"} for c in cur.children)
            if subject and cur.i != start.i:
                # "denied it was planning to strike X": the plan of the act's own doer is
                # denied (not "denied it had allowed Israel to strike X": another's act)
                own_denied = (
                    not subject_below
                    and cur.dep_ == "ccomp"
                    and cur.head.lemma_.lower() in lex.cues["denial_verbs"]
                )
                if not _infinitive(cur) and not own_denied:
                    break
                # "(did not) allow al-Qaeda to use ...": another's act, allowed or not by the
                # governor; a "not" or a refusal above leaves it undecided, not undone
                permitted = permitted or not own_denied
            subject_below = subject_below or subject
            if (
                cur.dep_ == "advcl"
                and (
                    any(  # "renewed its appeal to Iran to release ..."
                        c.dep_ == "dobj" and c.lemma_.lower() in lex.request_verbs
                        for c in cur.head.children
                    )
                    or (  # "pushed Ukraine to accept ...", parsed as a purpose clause
                        cur.head.lemma_.lower() in lex.request_verbs and with_to(cur)
                    )
                )
            ) or (  # "gave Russia 48 hours to withdraw": asked of Russia, by an ultimatum
                cur.dep_ in {"advcl", "xcomp"}
                and with_to(cur)
                and self.ultimatum_recipient(cur.head) is not None
            ):
                mod.requested = True
                mod.requester = cur.head.i
            if cur.dep_ == "advcl" and with_to(cur):
                # a purpose shares only the no of its act: "did not send troops to help Syria"
                outer = self.modality(cur.head)
                mod.negated = mod.negated or outer.negated or outer.refused
                mod.hypothetical = mod.hypothetical or outer.hypothetical
                break
            if cur.dep_ == "conj" and cur.head.dep_ in {"xcomp", "pcomp"} and cur.i != cur.head.i:
                # "refused to sanction Iran or (to) condemn Syria": both refused; but a finite
                # verb is no conjunct of a gerund or infinitive ("denied violating the
                # ceasefire and blamed India", misparsed): it is the governor's
                cur = cur.head.head if _finite_after_nonfinite(cur) else cur.head
                continue
            if (
                cur.dep_ == "acl"
                and cur.tag_ == "VBN"
                and any(c.dep_ == "agent" for c in cur.children)
            ):  # "agreed to a deal brokered by China": the brokering is told as done
                break
            if cur.dep_ not in _CLIMB and not (cur.dep_ == "conj" and cur.pos_ == "ADP"):
                break  # (a coordinated preposition climbs: "committed to A and to B")
            if cur.dep_ == "ccomp":  # "it is unlikely / false that Russia will attack X"
                judged = {c.lemma_.lower() for c in cur.head.children if c.dep_ == "acomp"}
                mod.hypothetical |= not judged.isdisjoint(lex.cues["likelihood_adjectives"])
                mod.negated |= not judged.isdisjoint(lex.cues["falsity_adjectives"])
                mod.negated |= not judged.isdisjoint(lex.cues["truth_adjectives"]) and any(
                    c.dep_ == "neg" for c in cur.head.children
                )  # "it is not true that Ukraine attacked Belarus"
                believed = cur.head.lemma_.lower()  # "Experts think Iran will retaliate": a
                if believed in lex.cues["forecast_verbs"] and (  # forecast, no threat made
                    mod.future or believed == "doubt"
                ):
                    mod.hypothetical = True
                if mod.future and believed in lex.speech_verbs and self._unvoiced(cur.head):
                    mod.hypothetical = True  # "Analysts said Russia would attack Moldova":
                    # a forecast by no actor, no threat Russia made
            if cur.dep_ == "xcomp" and any(
                c.dep_ == "advmod" and c.lower_ == "yet" for c in cur.head.children
            ):
                mod.negated = True  # "China has yet to condemn Russia": not (yet) done
            if (
                cur.dep_ == "ccomp"
                and cur.head.lemma_.lower() in lex.cues["self_claim_verbs"]
                and not any(c.dep_ == "nsubj" and self.at[c.i] for c in cur.head.children)
            ):  # "the report alleged that Rwanda backs M23", "it is alleged that ...": an
                mod.hedged = True  # allegation by no actor is no fact (an actor's is its claim)
            if (
                cur.dep_ == "ccomp"
                and cur.head.lemma_.lower()
                not in (lex.demand_verbs | {"insist"} | set(lex.cues["denial_verbs"]))
                and not _infinitive(cur)
                # ("Claims that Iran supplied X are baseless": a claim's content climbs)
                and not (
                    cur.head.pos_ == "NOUN" and cur.head.lemma_.lower() in lex.cues["claim_nouns"]
                )
            ):
                break
            gov = cur.head
            if gov.i == cur.i:
                break
            lemma = gov.lemma_.lower()
            if (
                cur.dep_ == "acl"
                and gov.pos_ == "NOUN"
                and any(m.dep_ == "mark" and m.lower_ == "that" for m in cur.children)
                and lemma not in {*lex.cues["claim_nouns"], *lex.request_verbs}
            ):  # "demanded an admission that X murdered Y": the noun's content, not the act
                break  # asked for (what is asked is the admission)
            mod.governors.append(gov.i)
            mod.hedged = mod.hedged or any(  # "reportedly refused to send tanks"
                c.dep_ == "advmod" and c.lower_ in lex.cues["hedges"] for c in gov.children
            )
            if lemma in lex.cues["permission_verbs"] and cur.dep_ in {"xcomp", "ccomp"}:
                # "The US allowed Ukraine to strike targets inside Russia": leave to act
                # given, not the act done
                mod.hypothetical = True
            if lemma in lex.cues["claim_nouns"] and cur.dep_ in {"acl", "ccomp"}:
                # "rejected accusations that it supplies X": the claim is its owner's, as
                # said; who rejects it refuses nothing
                claim = True
                if gov.dep_ == "nsubj" and any(  # "The claim that Iran supplied missiles to
                    c.dep_ == "acomp" and c.lemma_.lower() in lex.cues["falsity_adjectives"]
                    for c in gov.head.children
                ):  # Russia is false": not so
                    mod.negated = True
            stopping = lemma in lex.cues["cessation_verbs"] and cur.dep_ == "xcomp"
            demanded = stopping and self._stop_demanded(gov)  # "must stop arming X"
            refusing = (
                lemma in lex.refusal_verbs
                or _refusal_phrase(gov, lex.refusal_verbs)
                or lemma in lex.refusal_adjectives
                or (lemma in lex.refusal_nouns and cur.dep_ == "acl")
            ) and not (  # "Russia failed to capture Kyiv": the assault was made, in vain
                lemma in {"fail", "failure"} and tok.lemma_.lower() in lex.cues["assault_goals"]
            )
            litotes = lemma in lex.litotes_verbs or _refusal_phrase(gov, lex.litotes_verbs)
            # a refusal or a halt denied (at the verb, or at the verb or copula above a
            # particle or adjective: "shy away", "is not unwilling"): "did not hesitate to
            # strike X", "will not shy away from confronting X", "did not stop arming X"
            # tell the act, done or to come; "did not refuse to condemn X" leaves it open.
            # Neither is a refusal, nor a "not" on the act
            halted = stopping and not demanded
            denier = gov if self._negated(gov) or gov.pos_ in {"VERB", "AUX"} else gov.head
            if (refusing or litotes or halted) and self._negated(denier):
                spent.add(denier.i)  # "did not stop arming X": goes on
                mod.hypothetical = mod.hypothetical or not (litotes or halted)
            elif not claim and refusing and halt_refused:
                # "refused to stop buying Russian oil": a halt refused, the act goes on
                mod.refused = halt_refused = False
            elif not claim and (refusing or halted):
                halt_refused = halted and not (mod.refused or permitted)
                mod.refused = mod.refused or not permitted
                mod.hypothetical = mod.hypothetical or permitted
            if demanded and gov.dep_ == "ccomp":
                mod.hedged = True  # "demanded that Iran stop arming the Houthis": a premise
            open_denial = False
            if (
                lemma in lex.cues["denial_verbs"]
                and cur.dep_ in {"xcomp", "ccomp", "pcomp"}
                and (
                    cur.i > gov.i
                    or (
                        any(c.dep_ == "nsubj" for c in gov.children)
                        and claim_subject(gov, lex) is None
                    )
                )
            ):  # "Iran denied supplying drones": said not to have done it (a denial with no
                # denier, or with "a charge" as its denier, before which its clause stands, is a
                # misparse: "X accused Y of V-ing, a charge Y denies")
                open_denial = self._negated(gov)
                if open_denial:  # "did not deny", "would neither confirm nor deny": left
                    mod.hedged = True  # open, not undone
                else:
                    mod.negated = True
            if (
                cur.dep_ == "acl"
                and lemma in lex.cues["endeavour_nouns"]
                and tok.lemma_.lower() in lex.cues["attainment_verbs"]
            ):
                mod.intent = True  # "Ukraine's efforts to join NATO": sought, not yet done
            if lemma in lex.cues["intention_nouns"] and cur.dep_ in {"acl", "pcomp", "prep"}:
                mod.intent = True  # "has no plans to V", "no intention of V-ing"
                if any(c.dep_ == "det" and c.lower_ == "no" for c in gov.children):
                    mod.negated = True
            if (
                cur.dep_ == "acl"
                and lemma in lex.cues["proposal_nouns"]
                and lemma in lex.cues["motion_nouns"]
                and _infinitive(cur)
            ):
                mod.intent = True  # "the EU's proposal to sanction Israel": proposed, not done
            consequence = (
                cur.dep_ == "xcomp"
                and cur.tag_ == "VBG"
                and lemma in lex.cues["regret_verbs"]
                and self._future(gov)
            )  # "Israel would regret attacking Iran": a consequence if it did, no threat
            mod.hypothetical = mod.hypothetical or consequence  # by Israel
            if lemma in {"continue", "keep", "remain"}:
                mod.ongoing = True  # "will continue to support": an ongoing act, not a promise
            dissuaded = (
                cur.dep_ == "prep"
                and cur.lower_ in {"against", "from"}
                and lemma in lex.cues["dissuasion_verbs"]
            )
            if dissuaded:  # "warned X against attacking", "prevented X from attacking"
                mod.requested = mod.requested or cur.lower_ == "against"
                mod.negated = mod.negated or cur.lower_ == "from"
            elif (
                cur.dep_ == "xcomp"
                and lemma in lex.cues["dissuasion_verbs"]
                and any(c.dep_ == "dobj" for c in gov.children)
            ):  # "warned Washington not to interfere": asked of Washington, no threat by it
                mod.requested = True
                mod.requester = gov.i
            elif lemma in lex.threat_verbs and gov.pos_ == "VERB":
                mod.threat = True
                mod.vow = lemma in lex.cues["vow_verbs"]
            elif (
                (cur.dep_ == "xcomp" or (cur.dep_ == "prep" and cur.lower_ == "of"))
                and lemma in lex.cues["hearsay_verbs"]
                and _passive(gov)
            ):  # "Iran is said to have supplied drones", "is expected to", "is suspected of
                mod.hedged = True  # arming the Houthis"
            elif cur.dep_ == "xcomp" and lemma in lex.cues["self_claim_verbs"]:
                mod.hedged = True  # "Ukraine claimed to have shot down 30 drones": its claim
            elif cur.dep_ == "xcomp" and lemma in lex.cues["seeming_verbs"]:
                mod.hedged = True  # "China appears to be arming Russia": how it looks
            elif (
                lemma in lex.intent_verbs
                and gov.pos_ == "VERB"
                and (cur.dep_ == "xcomp" or (cur.dep_ == "prep" and cur.lower_ == "at"))
            ):  # "plans to V"; "talks aimed at V-ing"
                mod.intent = True
            elif lemma in lex.cues["planning_verbs"] and cur.dep_ == "dobj":
                mod.intent = True  # "is planning an attack on X": planned, not done
            if lemma in lex.intent_adjectives and (
                cur.dep_ == "xcomp" or (cur.dep_ == "prep" and cur.lower_ == "for")
            ):
                mod.intent = True  # "is ready to negotiate", "is ready for talks"
            if lemma in lex.cues["commitment_words"] and cur.dep_ == "prep" and cur.lower_ == "to":
                mod.intent = True  # "is committed to supporting X"
            if lemma in lex.cues["likelihood_adjectives"] and cur.dep_ == "xcomp":
                mod.hypothetical = True  # "Iran is likely to attack Israel": a forecast
            if lemma in lex.cues["deliberation_verbs"] and cur.dep_ in {"xcomp", "ccomp"}:
                mod.hypothetical = True  # "Sweden considered sending jets to Ukraine"
            if (
                cur.dep_ == "pcomp"
                and lemma in {"over", "on", "about"}
                and gov.head.lemma_.lower()
                in {*lex.cues["division_words"], *lex.cues["deliberation_verbs"]}
            ):  # "are divided over sending troops to Ukraine": the matter, not the deed
                mod.hypothetical = True
            if cur.dep_ == "xcomp" and self.directive(gov):
                mod.requested = True  # "told the US to stop arming Taiwan": asked of the US
                mod.requester = gov.i
            if lemma in lex.request_verbs and (
                cur.dep_ in {"xcomp", "ccomp"}
                or (cur.dep_ in {"acl", "advcl"} and gov.pos_ == "NOUN")  # "its demand that X"
            ):
                mod.requested = True
                if gov.pos_ in {"VERB", "AUX"}:
                    mod.requester = gov.i
            if (
                self._negated(gov)
                and lemma in lex.cues["claim_nouns"]
                and cur.dep_ in {"acl", "ccomp"}
            ):  # "no evidence / no reports that China supplied X": unknown, not undone
                mod.hedged = True
            elif (self._negated(gov) or self._neither(gov)) and not (
                mod.refused or open_denial or gov.i in spent
            ):  # ("Neither India nor Brazil signed the declaration criticising Russia")
                mod.negated = mod.negated or not permitted
                mod.hypothetical = mod.hypothetical or permitted
            mod.hypothetical = mod.hypothetical or any(
                c.dep_ == "mark" and c.lower_ in lex.cues["hypothetical_markers"]
                for c in gov.children
            )
            mod.future = mod.future or (self._future(gov) and not consequence)
            mod.conditional = mod.conditional or self._marked_clause(
                gov, lex.cues["conditional_markers"]
            )
            cur = gov
        else:
            mod.requested = mod.requested or _wished(cur, lex.cues["wish_verbs"])
        if self.motion_rejecter(tok) is not None:  # "rejected calls to sanction X"
            mod.refused, mod.requested = True, False
        ruling = [tok.i, *mod.governors]
        if tok.dep_ == "advcl" and tok.tag_ == "VBG":  # "ruled out condemning Russia"
            ruling.append(tok.head.i)
        ruler = next((self.doc[i] for i in ruling if rules_out(self.doc[i], lex.cues)), None)
        if ruler is not None:
            if mod.negated or mod.refused or self._negated(ruler):
                # "has not ruled out striking Iran", "refused to rule out the use of force":
                # kept open, a veiled threat
                mod.negated = mod.refused = False
                mod.threat = mod.kept_open = True
            else:  # "ruled out the use of force against Taiwan": not to be done, a refusal
                mod.refused = True  # ("ruled out talks with Russia" rejects Russia)
        return mod

    def _stop_demanded(self, stop: Token) -> bool:
        """True when a verb of stopping is itself demanded: "Iran must stop arming the
        Houthis", "demanded that Iran stop arming the Houthis" (the arming goes on; it has
        not stopped)."""
        lex = self.lex
        if obliged(stop, lex.cues):
            return True
        return stop.dep_ == "ccomp" and stop.head.lemma_.lower() in lex.demand_verbs

    def denied_as_claim(self, tok: Token) -> bool:
        """True when the act's clause ends in ", a claim X denied" (on the act or its
        object): "The Houthis said they had targeted a US warship, a claim the Pentagon
        denied" tells a contested claim, not a fact. The verb is any the lexicon reads as
        disputing or rejecting (deny, dispute, refute, reject, dismiss, ...)."""
        heads = [tok, *(c for c in tok.children if c.dep_ in {"dobj", "pobj", "prep"})]
        if tok.dep_ == "ccomp":  # "said it shot down a jet in the Black Sea, a claim ...",
            heads.append(tok.head)  # the claim hung on the verb of saying
        heads += [p for h in heads if h.dep_ == "prep" for p in h.children if p.dep_ == "pobj"]
        return any(
            (a.dep_ == "appos" or summing_object(a, self.lex))  # (", a claim" made an object)
            and a.lemma_.lower() in self.lex.cues["denied_nouns"]
            and any(
                r.dep_ == "relcl"
                and (e := self.lex.verbs.get(r.lemma_.lower())) is not None
                and e.relation in {"disputes", "rejects"}
                for r in a.children
            )
            for h in heads
            for a in h.children
        )

    def _neither(self, tok: Token) -> bool:
        """ "Neither China nor India condemned Russia": the subjects did not act."""
        return any(
            c.dep_ in {"nsubj", "nsubjpass"}
            and any(g.lower_ in {"neither", "nor"} for g in c.children)
            for c in tok.children
        )

    def _negated(self, tok: Token, *, object_no: bool = True) -> bool:
        """True when ``tok`` is denied: a "not", a negator, "no longer", "neither", a "nor"
        before it or (with ``object_no``) a "no" on its object ("imposed no sanctions")."""
        for c in tok.children:
            if c.dep_ == "neg" or (
                c.lower_ in self.lex.negators and c.dep_ in {"advmod", "det", "neg"}
            ):
                return True
            if (
                c.dep_ == "advmod"
                and c.lower_ == "longer"
                and any(g.lower_ == "no" for g in c.children)
            ):
                return True  # "Turkey no longer supports the Syrian opposition"
            if c.dep_ == "preconj" and c.lower_ == "neither":  # "neither condemned X nor ..."
                return True
            if (
                object_no
                and c.dep_ == "dobj"
                and c.n_lefts
                and tok.pos_ in {"VERB", "AUX"}
                and any(d.lower_ == "no" and d.dep_ == "det" for d in c.lefts)
            ):
                return True  # "imposed no sanctions on X", "provided no weapons to X"
        head = tok.head
        # "... nor endorsed X": a conjunct after "nor" is negated whatever its tense tag
        return tok.dep_ == "conj" and any(
            c.dep_ == "cc" and c.lower_ == "nor" and head.i < c.i < tok.i for c in head.children
        )

    def _future(self, tok: Token) -> bool:
        """True for "will V", "is going to V", and "is to V" or a headline's "China to V"
        (an infinitive as the clause's own verb, or under a bare "be")."""
        if any(
            c.dep_ == "aux" and c.lower_ in self.lex.cues["future_auxiliaries"]
            for c in tok.children
        ):
            return True
        if not with_to(tok):
            return False
        headline = tok.dep_ == "ROOT" and any(c.dep_ == "nsubj" for c in tok.children)
        return (
            headline
            or headline_infinitive(tok)  # "EU to sanction Iran", the name parsed as the root
            or (tok.dep_ == "xcomp" and tok.head.lemma_ == "be")
        )

    @staticmethod
    def _marked_clause(tok: Token, markers: Collection[str]) -> bool:
        """An adverbial clause of ``tok`` opened by one of ``markers`` ("unless", "if")."""
        return any(opened_by(c, markers) for c in tok.children)

    # ------------------------------------------------------------------ triggers
    def _unvoiced(self, verb: Token) -> bool:
        """True when a verb of saying has a subject that is no actor ("analysts said",
        "a Western diplomat said"), not "Russia said", "officials in Moscow said"."""
        said_by = [c for c in verb.children if c.dep_ == "nsubj"]
        return bool(said_by) and not any(self.own_voice(c, self.np_actor(c)) for c in said_by)

    def verb_entry(self, tok: Token) -> tuple[Entry, Token | None] | None:
        lex = self.lex
        lemma = tok.lemma_.lower()
        # the verb with its particle, if any: "vote down", "hand over"
        kids = list(tok.children)  # read once: a Token is built on each access
        phrase = next((f"{lemma} {p.lower_}" for p in kids if p.dep_ == "prt"), lemma)
        phrasal = kids if lemma in lex.phrasal_verbs else []  # most verbs have no phrasal row
        for c in [*phrasal, *(c for t in self.side_by_side(tok, phrasal) for c in t.children)]:
            if (
                (c.dep_ in {"prt", "prep"} or (c.dep_ == "advmod" and c.i > tok.i))
                and (lemma, c.lower_) in lex.phrasal
                and not any(p.ent_type_ in {"DATE", "TIME"} for p in c.children)
            ):  # "pushed ISIL back": an adverb particle; "called X ... on Thursday": a date
                found = lex.phrasal[(lemma, c.lower_)]
                return None if self._cooperation_undone(found, kids) else (found, None)
            if (  # "hold responsible those who ...", "held Russia (fully) responsible"
                c.dep_ in {"dobj", "oprd", "ccomp", "advcl", "acomp", "xcomp"}
                and (c.dep_ == "dobj" or c.pos_ == "ADJ")
                and (lemma, c.lower_) in lex.phrasal
            ):
                return lex.phrasal[(lemma, c.lower_)], None
            if (
                c.dep_ == "advcl"
                and (lemma, "for") in lex.phrasal
                and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            ):
                return lex.phrasal[(lemma, "for")], None  # "called for Russia to withdraw"
        # every lookup below is a light-verb row of this verb: most verbs have none
        supported = lemma in lex.support_verbs or phrase in lex.support_verbs
        gap = (  # "the drones that Iran supplied to Russia": the noun the clause is on
            [tok.head]
            if supported
            and tok.dep_ == "relcl"
            and tok.head.pos_ == "NOUN"
            and all(c.lower_ in lex.cues["relative_pronouns"] for c in kids if c.dep_ == "dobj")
            else []
        )
        for c in [*(n for d in kids for n in (d, *d.conjuncts)), *gap] if supported else ():
            # "launched 500 drones and 40 missiles at Ukraine": each conjunct, with its preps
            if (
                c.dep_ in {"dobj", "nsubjpass"}
                or (c.dep_ == "conj" and c.head.dep_ == "dobj")
                or c in gap
            ):
                forms = lemma_forms(c)  # ("signed the Abraham Accords": a name's plural)
                noun = next(
                    (f for f in forms if (lemma, f) in lex.support or (phrase, f) in lex.support),
                    forms[0],
                )
                mods = [m for m in c.children if m.dep_ in {"amod", "compound"}]
                entry = next(  # "signed a defence pact": the kind of pact named first
                    (e for m in mods if (e := lex.support.get((lemma, f"{m.lower_} {noun}")))),
                    None,
                )
                entry = entry or lex.support.get((phrase, noun)) or lex.support.get((lemma, noun))
                for m in mods:
                    # "deployed peacekeeping troops", "sent aid workers": the modifier (not a
                    # commodity: "shipped gas turbines", "a steel plant" are no gas or steel)
                    if m.lemma_.lower() in lex.cues["commodity_nouns"]:
                        continue
                    if m.lemma_.lower() not in lex.complement_nouns:  # (or its form, when
                        entry = (  # the lemmatizer slips: "firefighting" -> "firefighte")
                            entry
                            or lex.support.get((lemma, m.lemma_.lower()))
                            or lex.support.get((lemma, m.lower_))
                        )
                for carry in (a for a in c.children if a.dep_ == "acl"):
                    # "sent 20 cargo planes carrying tents, food and medical supplies"
                    if carry.lemma_.lower() in {"carry", "transport", "bring"}:
                        for load in (d for d in carry.children if d.dep_ == "dobj"):
                            # "carrying 30 tonnes of food and medicine": what the tonnes are
                            what = [
                                q for p in load.children if p.lower_ == "of" for q in p.children
                            ]
                            for n in (n for x in [load, *what] for n in (x, *x.conjuncts)):
                                entry = entry or lex.support.get((lemma, n.lemma_.lower()))
                if entry is not None:
                    return entry, c
                # "lifted a state of emergency", "held two days of talks", "gave Ukraine $1
                # billion in aid": the inner noun names the act (and is no trigger of its own)
                for of in (p for p in c.children if p.dep_ == "prep" and p.lower_ in {"of", "in"}):
                    for inner in (q for q in of.children if q.dep_ == "pobj"):
                        held = inner.lemma_.lower()  # "handed over a batch of jets"
                        entry = lex.support.get((phrase, held)) or lex.support.get((lemma, held))
                        if entry is not None:
                            return entry, inner
        objects = [c for c in kids if c.dep_ in {"dobj", "dative"}]
        complements = kids if lemma in lex.complement_verbs else ()
        for c in complements:  # "designated X (as) a terrorist group": the complement
            if (
                c.dep_ == "oprd"
                or (c.dep_ == "prep" and c.lower_ in {"as", "to", "on", "from"})
                or c in objects[1:]  # "branded Israel a terrorist state": a second object
            ):
                words = list(c.subtree)
            elif c.dep_ == "ccomp" and c.pos_ == "ADJ":  # "declared the annexation illegal",
                words = [c]  # parsed as a small clause: the adjective
            elif c.dep_ in {"dobj", "dative"}:  # "designated the Houthis a terrorist group"
                # (or the complement misparsed as the object's object: "called U.S. President
                # Donald Trump an accomplice")
                words = [
                    t
                    for a in c.children
                    if a.dep_ in {"appos", "oprd"} or (a.dep_ == "dobj" and a.i > c.i)
                    for t in a.subtree
                ]
            else:
                continue
            for t in words:
                entry = lex.support.get((lemma, t.lemma_.lower()))
                if entry is not None and entry.particle in lex.complement_nouns:
                    return entry, None
        for c in kids:  # "remained on alert", "went on strike", "called in a diplomat"
            if (
                c.dep_ == "prep"
                and (lemma in lex.support_verbs or f"{lemma} {c.lower_}" in lex.support_verbs)
                # (not "agreed to end a dispute ... after talks": another event's time)
                and c.lower_ not in lex.cues["sequence_marks"]
            ):
                for p in c.children:
                    for key in (
                        (f"{lemma} {c.lower_}", p.lemma_.lower()),
                        (lemma, p.lemma_.lower()),
                    ):
                        if p.dep_ == "pobj" and key in lex.support:
                            return lex.support[key], p if key[0] != lemma else None
        if phrase in lex.cues["defeat_verbs"] and any(
            c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in lex.cues["proposal_nouns"]
            for c in kids
        ):  # "defeated Russia's draft resolution": a vote, rejecting its owner; no attack
            return lex.verbs["reject"], None
        if self.directive(tok):  # "Blinken told Netanyahu to avoid civilian deaths": a call
            return lex.verbs["urge"], None  # on him
        if self.ultimatum_recipient(tok) is not None:  # "gave Russia 48 hours to withdraw":
            return lex.verbs["threaten"], None  # an ultimatum, a threat (CAMEO 139)
        if lemma == "attack" and self._verbal_attack(tok):
            return lex.verbs["criticize"], None
        entry = lex.verbs.get(lemma)
        if entry is None or self._other_sense(tok, entry):
            return None
        if lemma in lex.cues["bolstering_verbs"] and any(self._bolstered(c) for c in kids):
            return lex.verbs["aid"], None  # "sent troops to reinforce M23 rebels": helped
        return entry, None

    def _bolstered(self, c: Token) -> bool:
        """True for an object of a verb of build-up that is another actor, not a state, forces
        or a possession ("reinforced the Houthis"; not "reinforced its troops", "strengthened
        Ukraine's air defences")."""
        return (
            c.dep_ == "dobj"
            and c.lower_ not in self.lex.organ_nouns
            and c.lemma_.lower() not in self.lex.cues["force_nouns"]
            and not any(p.dep_ == "poss" for p in c.children)
            # (a state reinforced is where forces go: "NATO reinforced Poland with troops")
            and any(m.actor.type != "State" for m, _ in self.np_actor(c))
        )

    def _cooperation_undone(self, entry: Entry, kids: list[Token]) -> bool:
        """True for a concession by undoing ("called off") whose object is a cooperative act:
        "called off a visit to China", "talks with Hamas" concede nothing (the act is not
        done); a strike or an offensive called off concedes to its target."""
        return (
            entry.relation == "concedesTo"
            and f"{entry.lemma} {entry.particle}" in self.lex.undoing_verbs
            and any(
                c.dep_ == "dobj"
                and (e := self.noun_entry(c)) is not None
                and ontology_relation(e.relation).polarity >= 0
                for c in kids
            )
        )

    def _verbal_attack(self, tok: Token) -> bool:
        """True for "attack" said of a person (or a party) attacking in words: another person
        ("Netanyahu attacked Biden") or anyone over an issue ("Orban attacked Brussels over
        migration"; not over a name, a date or a place: "Putin attacked Ukraine over NATO")."""
        subject = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        speaker = self.at[subject.i] if subject is not None else None
        # "Netanyahu's Likud party": the name before the noun, the noun saying it is a party
        party = subject is not None and self.lex.role_nouns.get(subject.lemma_.lower()) == (
            "PoliticalParty",
        )
        if party and speaker is None and subject is not None:
            speaker = next(
                (self.at[c.i] for c in subject.children if c.dep_ == "compound" and self.at[c.i]),
                None,
            )
        if speaker is None or not (
            speaker.kind == "person" or speaker.actor.type == "PoliticalParty" or party
        ):
            return False
        for c in tok.children:
            target = self.at[c.i] if c.dep_ == "dobj" else None
            if target is not None and target.kind == "person":
                return True
            if (
                c.dep_ == "prep"
                and c.lower_ == "over"
                and any(
                    p.dep_ == "pobj"
                    and p.pos_ == "NOUN"
                    and self.at[p.i] is None
                    and p.ent_type_ not in {"DATE", "TIME"}
                    and p.lemma_.lower() not in self.lex.place_nouns
                    for p in c.children
                )
            ):
                return True
        return False

    def onward(self, verb: Token) -> bool:
        """True for a verb with a particle of going on after it ("pressed on", "pushed
        ahead", "went forward"): going on with one's own act, not urging anyone."""
        return any(
            c.dep_ in {"prt", "advmod"} and c.lower_ in self.lex.cues["onward_words"]
            for c in verb.rights
        )

    def _armed_strength(self, noun: Token) -> bool:
        """True for what a build-up makes stronger: an actor ("reinforced Poland"), an armed
        force, its arms or its place ("its forces", "air defences", "military presence",
        "the eastern border"), by the noun or a modifier of it."""
        cues = self.lex.cues
        if self.at[noun.i] is not None:
            return True
        words = [noun, *(c for c in noun.children if c.dep_ in {"amod", "compound"})]
        return any(
            w.lower_ in self.lex.organ_nouns
            or w.lemma_.lower() in self.lex.organ_nouns
            or w.lemma_.lower() in cues["weapon_nouns"]
            or w.lower_ in cues["equipment_names"]
            or w.lower_ in cues["state_force_words"]
            or w.lemma_.lower() in cues["border_nouns"]
            or w.lower_ in cues["buildup_nouns"]
            for w in words
        )

    def _other_sense(self, tok: Token, entry: Entry) -> bool:
        """True when the verb is used in a sense its lexicon entry does not mean.

        ``engaging with civil society`` is no attack, ``provided the following statement``
        and ``delivering the message`` no aid, and ``Speaking to reporters, X said`` only
        frames a quote.
        """
        lex = self.lex
        lemma = tok.lemma_.lower()
        kids = list(tok.children)  # read once: a Token is built on each access
        blocked = lex.cues["other_sense_preps"].get(lemma, ())
        if blocked and any(c.dep_ == "prep" and c.lower_ in blocked for c in kids):
            return True
        if entry.relation == "demands" and self.onward(tok):
            return True  # "Israel pressed on with its offensive", "pushed ahead": kept on
        if (
            entry.relation == "mobilizesAgainst"
            and lemma in lex.cues["strengthening_verbs"]
            and any(c.dep_ == "dobj" and not self._armed_strength(c) for c in kids)
        ):
            return True  # "strengthened its economy": no build-up of forces
        if entry.relation in {"providesAidTo", "providesWeaponsTo"} and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.cues["communication_nouns"] for c in kids
        ):
            return True
        if lemma in lex.cues["order_verbs"] and any(
            c.dep_ == "dobj" and self.at[c.i] is None and self.noun_entry(c) is not None
            for c in kids
        ):  # "Putin ordered the invasion of Ukraine": the act ordered, no order to Ukraine
            return True
        if (
            ontology_relation(entry.relation).quad == 4
            and any(c.dep_ == "ccomp" for c in kids)
            and not any(c.dep_ in {"dobj", "nsubjpass"} for c in kids)
            and self.struck_object(tok) is None  # ("shelled Syria targeting X", misparsed)
        ):
            return True  # "the attack reinforces why ...": a material verb used abstractly
        if ontology_relation(entry.relation).plover == "ASSAULT" and any(
            (c.dep_ in {"dobj", "nsubjpass"} and c.lemma_.lower() in lex.cues["economy_nouns"])
            # "Chinese carmakers are crushing German rivals": a business competes, no force
            or (c.dep_ == "nsubj" and c.lemma_.lower() in lex.cues["business_nouns"])
            for c in kids
        ):
            return True  # "Germany's economy was hit by the loss of Russian gas": a figure
        if lemma in lex.cues["dismissal_verbs"] and any(
            c.dep_ == "dobj"
            and (is_title(c, lex) or ((m := self.at[c.i]) is not None and m.kind == "person"))
            for c in kids
        ):
            return True  # "Poland fired Russia's ambassador": dismissed, no attack
        if lemma in lex.refusal_verbs and any(
            c.dep_ == "xcomp" and c.lemma_.lower() in lex.cues["no_comment_verbs"] for c in kids
        ):
            return True  # "declined to comment": no comment (CAMEO 011), no rejection
        hostile = ontology_relation(entry.relation).polarity < 0
        if any(
            c.dep_ == "nsubj"
            and c.lemma_.lower() in lex.cues["sport_nouns"]
            and (
                (hostile and self.at[c.i] is None)  # (not "both sides accused each other")
                or any(  # (not "both sides agreed", "the US negotiating team met X")
                    m.lemma_.lower() in lex.cues["sport_names"]
                    for m in c.children
                    if m.dep_ in {"compound", "amod", "nmod"}
                )
            )
            for c in kids
        ):  # "their team beat Portugal": a match, no attack; "the Indian cricket team toured
            return True  # Pakistan": a tour, no state visit
        if any(c.dep_ == "dobj" and c.lemma_.lower() in lex.cues["game_nouns"] for c in kids):
            return True  # "defended his title against a Brazilian challenger"
        if lemma in lex.cues["trip_verbs"] and entry.relation == "visits":
            return any(  # "flew bombers to Belarus", "was headed by his brother"
                c.dep_ in {"dobj", "nsubjpass", "auxpass"} for c in kids
            ) or not self._traveller(tok)
        if lemma in lex.cues["contest_verbs"] and self._contest(tok):
            return True  # "Brazil beat Argentina 2-1", "Lula defeated Bolsonaro in the runoff"
        if (
            entry.relation == "meetsWith"
            and lemma in lex.cues["receipt_verbs"]
            and any(
                c.dep_ == "dobj"
                and (
                    (
                        self.at[c.i] is None
                        and (c.lemma_.lower() in lex.craft_nouns or self.noun_entry(c) is not None)
                    )
                    # "Ukraine received American tanks" (a mention of US forces): arms
                    or c.lemma_.lower() in lex.cues["weapon_nouns"]
                )
                for c in kids
            )
        ):
            return True  # "Israel received support from the US": a gift, no visitor
        if lemma == "call" and any(c.dep_ == "oprd" for c in kids):
            return True  # "called X a partner": a name given, no call on X
        if entry.relation == "meetsWith" and any(
            c.dep_ == "dobj" and c.lemma_.lower() in lex.cues["fulfilment_nouns"] for c in kids
        ):
            return True  # "would meet its commitments": fulfilled, no meeting
        if (
            entry.relation == "accuses"
            and tok.dep_ == "acl"
            and tok.tag_ == "VBN"
            and not any(c.dep_ == "agent" for c in kids)
        ):
            return True  # "a ship linked to an Israeli businessman": a description
        return (
            entry.relation in {"consultsWith", "meetsWith"}
            and tok.dep_ == "advcl"
            and tok.tag_ == "VBG"
            and tok.head.lemma_.lower() in lex.speech_verbs
        )

    def _past(self, tok: Token) -> bool:
        """True for an act told as history (``cues.json`` ``_past``)."""
        cues = self.lex.cues
        kids = list(tok.children)
        if any(c.dep_ == "mark" and c.lower_ in cues["span_marks"] for c in kids) and any(
            c.dep_ == "npadvmod" and _long_ago(c, cues["long_counts"]) for c in kids
        ):
            return True  # "Eighty years after Germany invaded Poland" (not "two days after")
        if any(c.dep_ == "amod" and c.lower_ in cues["era_adjectives"] for c in kids):
            return True  # "Japan's wartime invasion of China"
        head = tok.head
        if tok.dep_ == "pobj" and head.lower_ == "of":
            return head.head.lemma_.lower() in cues["memory_nouns"]  # "the anniversary of"
        return (
            tok.dep_ == "ccomp"
            and head.lemma_.lower() in cues["memory_verbs"]
            and any(c.dep_ == "advmod" and c.lower_ == "how" for c in kids)
        )  # "veterans recalled how ... troops stormed"

    def _traveller(self, tok: Token) -> bool:
        """True when a trip verb's subject can pay a visit: an official, a known politician
        or a delegation ("Scholz", "the foreign minister", "he" for either), not a private
        person ("Brooklyn Beckham flew to India for a wedding") nor troops."""
        lex = self.lex
        subj = next((c for c in tok.children if c.dep_ == "nsubj"), None)
        if subj is None:  # "is expected to travel to Beijing": the controller
            return any(self._official(m) for m, _ in self.subjects(tok)[0])
        m = self.at[subj.i]
        return (
            (m is not None and self._official(m))
            or subj.lower_ in lex.cues["traveller_nouns"]
            or is_title(subj, lex)
            or subj.lower_ in lex.government_titles
        )

    def _official(self, m: Mention) -> bool:
        """True for a person mention standing for an office: speaking for a body, in the KB,
        or titled ("Secretary of State James Baker")."""
        if m.kind not in {"person", "surname", "pronoun"}:
            return False
        if m.speaker is not None or m.actor.type != PERSON or m.actor.wikidata:
            return True
        around = self.doc[max(m.start - 4, self.doc[m.start].sent.start) : m.end]
        return any(is_title(t, self.lex) for t in around)

    def _contest(self, tok: Token) -> bool:
        """True when a contest verb ("beat", "defeat") reports a game or an election won.

        The cue is a contest noun after "in/at/on/by/after/to/for" ("in the World Cup qualifier",
        "on penalties", "by eight wickets"), a score ("2-1", small numbers: "in 1980-88"
        is no score), a named person on both sides ("Lula defeated Bolsonaro"), or, for a
        sporting verb, a named state or organisation on both sides ("Brazil beat Argentina").
        """
        cues = self.lex.cues
        if any(
            p.dep_ == "prep"
            and p.lower_ in cues["contest_preps"]
            and any(c.dep_ == "pobj" and c.lower_ in cues["contest_nouns"] for c in p.children)
            for p in tok.children
        ):
            return True
        span = list(tok.subtree)
        for a, dash, b in zip(span, span[1:], span[2:], strict=False):
            if dash.text in {"-", "–"} and all(
                t.text.isdigit() and int(t.text) < 100 for t in (a, b)
            ):
                return True
        sides = [m for c in tok.children if c.dep_ in {"nsubj", "dobj"} and (m := self.at[c.i])]
        if (
            tok.lemma_.lower() in cues["sporting_verbs"]
            and not any(c.dep_ == "prt" for c in tok.children)  # "beat back the offensive"
            and len(sides) == 2
            and all(m.kind in {"kb", "capital", "org", "demonym"} for m in sides)
        ):
            return True  # "Brazil beat Argentina": two named sides, no people beaten
        return len(sides) == 2 and all(
            m.speaker is not None or m.actor.type == PERSON for m in sides
        )

    def event_subject(self, tok: Token, *, forceless: bool = False) -> bool:
        """True when a verb's subject is an act, not an actor: "Russia's invasion has pushed
        Finland to join NATO" (the invasion pushed; Russia asked nothing). With
        ``forceless``, only an act that uses no force: "Chinese tariffs hit American
        farmers" ("Russian strikes hit Kyiv" stay an attack)."""
        return any(
            c.dep_ == "nsubj"
            and self.at[c.i] is None
            and (act := self.noun_entry(c)) is not None
            and not (forceless and ontology_relation(act.relation).plover in _USES_FORCE)
            and c.lower_ not in self.lex.cues["counterpart_nouns"]  # "NATO's partners": actors
            and c.lemma_.lower() not in self.lex.cues["agent_nouns"]  # "a NATO member"
            for c in tok.children
        )

    def noun_entry(self, tok: Token) -> Entry | None:
        lemma = tok.lemma_.lower()
        for c in tok.children:
            if c.dep_ in {"compound", "amod"}:
                key = f"{c.lower_} {lemma}"
                if key in self.lex.compound_overrides:
                    return self._override(lemma, key)
        if tok.dep_ == "pobj" and tok.head.lower_ == "of":  # "prisoners of war": no war
            key = f"{tok.head.head.lemma_.lower()} of {lemma}"
            if key in self.lex.compound_overrides:
                return self._override(lemma, key)
        if lemma in self.lex.cues["volley_nouns"] and any(  # "a barrage of criticism"
            q.lemma_.lower() not in self.lex.cues["weapon_nouns"]
            and q.lower_ not in self.lex.cues["instrument_nouns"]
            for p in tok.children
            if p.dep_ == "prep" and p.lower_ == "of"
            for q in p.children
            if q.dep_ == "pobj"
        ):
            return None
        return self.lex.nouns.get(lemma)

    def _override(self, lemma: str, key: str) -> Entry | None:
        """The entry an override names for ``lemma`` (none for ""), with the noun's own
        object prepositions ("a disinformation campaign against Moldova")."""
        rel = self.lex.compound_overrides[key]
        base = self.lex.nouns.get(lemma)
        return Entry(lemma, "N", rel, base.preps if base else ()) if rel else None


#: PLOVER types of acts that use force: their toll is an attack ("Russian strikes hit Kyiv").
_USES_FORCE = frozenset({"ASSAULT", "MOBILIZE", "COERCE"})


def _long_ago(span: Token, long_counts: Collection[str]) -> bool:
    """True for a span of decades: "decades", "a century", "eighty years", "75 years"."""
    lemma = span.lemma_.lower()
    if lemma in {"decade", "century"}:
        return True
    count = next((c for c in span.children if c.dep_ == "nummod"), None)
    if lemma != "year" or count is None:
        return False
    word = count.lower_.split("-")[0]
    return (word.isdigit() and int(word) >= 10) or word in long_counts


def _infinitive(verb: Token) -> bool:
    """ "(allow al-Qaeda) to use": a clause with "to" and no tense of its own."""
    return verb.tag_ == "VB" and with_to(verb)


def _passive(verb: Token) -> bool:
    """ "is said", "was believed": a passive verb."""
    return any(c.dep_ in {"auxpass", "nsubjpass"} for c in verb.children)


def _sharing_head(tok: Token) -> Token | None:
    """The first verb of a list whose auxiliaries and negation ``tok`` shares, if any.

    "has not condemned, sanctioned or criticized X", "neither condemned X nor sanctioned
    Y": the later verbs have no subject or auxiliary of their own and the same form as
    the first. "did not attack X but shelled Y" shares nothing (another form, and "but").
    """
    head = tok
    while head.dep_ == "conj" and head.head.pos_ in {"VERB", "AUX"} and head.head.i != head.i:
        if head.tag_ != head.head.tag_ or any(
            c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "neg"} for c in head.children
        ):
            return None
        if any(c.dep_ == "cc" and c.lower_ in {"but", "yet"} for c in head.head.children):
            return None
        head = head.head
    return head if head.i != tok.i else None


def _finite_after_nonfinite(tok: Token) -> bool:
    """True for a finite verb parsed as the conjunct of a gerund or bare infinitive: "Pakistan
    denied violating the ceasefire and blamed India" ("blamed" goes with "denied").

    Example:
        >>> from spacy.tokens import Doc
        >>> from spacy.vocab import Vocab
        >>> words = ["Pakistan", "denied", "violating", "it", "and", "blamed", "India"]
        >>> doc = Doc(Vocab(), words=words, heads=[1, 1, 1, 2, 2, 2, 5],
        ...           deps=["nsubj", "ROOT", "xcomp", "dobj", "cc", "conj", "dobj"],
        ...           tags=["NNP", "VBD", "VBG", "PRP", "CC", "VBD", "NNP"])
        >>> _finite_after_nonfinite(doc[5]), _finite_after_nonfinite(doc[2])
        (True, False)
    """
    return (
        tok.dep_ == "conj" and tok.tag_ in {"VBD", "VBZ", "VBP"} and tok.head.tag_ in {"VBG", "VB"}
    )


def _infinitive_twin(tok: Token) -> Token | None:
    """The infinitive before ``tok`` whose list it ends, when the parser hung it elsewhere.

    "Hungary rejected calls to sanction Russia and condemn Belarus": "condemn", a bare
    infinitive, is parsed as a conjunct of "rejected" (a finite verb); it is the second
    act the calls ask for, after "to sanction".
    """
    head = tok.head
    if tok.dep_ != "conj" or tok.tag_ != "VB" or head.tag_ not in {"VBD", "VBZ"}:
        return None
    if any(c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass"} for c in tok.children):
        return None
    for t in reversed(tok.doc[head.i + 1 : tok.i]):
        if t.dep_ in {"pobj", "pcomp", "xcomp", "acl"} and (
            with_to(t) or (t.head.lower_ == "to" and t.dep_ in {"pobj", "pcomp"})
        ):
            return t
    return None


def prospect(tok: Token, cues: Mapping[str, Any]) -> bool:
    """An act noun marked as a prospect, itself or through the noun it is "of" ("a possible
    resumption of talks", "potential sanctions", "the prospect of talks", "any attack by
    NATO"), the subject of a judgement of likelihood ("a meeting between A and B was
    possible", "a war is unlikely") or a supposed act ("an attack on NATO would ..."): not
    said to happen.

    Example:
        >>> from spacy.tokens import Doc
        >>> from spacy.vocab import Vocab
        >>> from graphkit.extract.lexicon import load_lexicon
        >>> words = ["a", "meeting", "was", "possible", "a", "meeting", "took", "place"]
        >>> doc = Doc(Vocab(), words=words, heads=[1, 2, 2, 2, 5, 6, 6, 6],
        ...           deps=["det", "nsubj", "ROOT", "acomp", "det", "nsubj", "ROOT", "dobj"],
        ...           pos=["DET", "NOUN", "AUX", "ADJ", "DET", "NOUN", "VERB", "NOUN"],
        ...           lemmas=["a", "meeting", "be", "possible", "a", "meeting", "take", "place"])
        >>> prospect(doc[1], load_lexicon().cues), prospect(doc[5], load_lexicon().cues)
        (True, False)
    """
    if tok.pos_ not in {"NOUN", "PROPN"}:
        return False
    nouns = [tok]
    if tok.dep_ == "pobj" and tok.head.lower_ == "of" and tok.head.head.pos_ == "NOUN":
        nouns.append(tok.head.head)
    return (
        any(
            (c.dep_ == "amod" and c.lower_ in cues["prospect_adjectives"])
            or (c.dep_ == "det" and c.lower_ == "any")  # "would respond to any attack by NATO"
            for n in nouns
            for c in n.children
        )
        or any(n.lemma_.lower() in cues["prospect_nouns"] for n in nouns[1:])
        or (
            tok.dep_ == "nsubj"
            and tok.head.lemma_ == "be"
            and any(
                c.dep_ == "acomp" and c.lemma_.lower() in cues["likelihood_adjectives"]
                for c in tok.head.children
            )
        )
        or _supposed(tok, cues)
    )


def _supposed(tok: Token, cues: Mapping[str, Any]) -> bool:
    """An act noun with "a"/"an" told as what would or could follow or be: "A Russian
    attack on NATO would trigger Article 5", "(it) would be an attack on NATO"; a supposed
    act, not one done. So is one an attitude is taken to with a modal or a "not" ("would
    not support an Israeli strike on Iran's nuclear sites", "could back a ground
    offensive"): an act weighed, not one told."""
    if tok.dep_ not in {"nsubj", "nsubjpass", "attr", "dobj"} or not any(
        c.dep_ == "det" and c.lower_ in {"a", "an"} for c in tok.children
    ):
        return False
    modals = {*cues["speculative_modals"], *cues["possibility_modals"], "would", "'d"}
    if tok.dep_ == "dobj":
        if tok.head.lemma_.lower() not in cues["attitude_heads"]:
            return False
        modals |= {*cues["future_auxiliaries"], "not", "n't", "never"}
    return any(c.dep_ in {"aux", "neg"} and c.lower_ in modals for c in tok.head.children)


def claimed(tok: Token, cues: Mapping[str, Any]) -> bool:
    """An act noun that is what a claim noun is "of" ("reports of killings by X",
    "allegations of torture by Y"), or what something is described "as" ("describing the
    conflict as an invasion of Ukraine"), or named through "what X called" ("condemned what
    it called US interference"): someone's claim, not the writer's fact."""
    if any(
        c.dep_ == "acl"
        and c.lemma_.lower() in cues["characterising_verbs"]
        and any(w.lower_ == "what" for w in c.children)
        for c in tok.children
    ):
        return True
    if tok.dep_ != "pobj":
        return False
    gov = tok.head.head.lemma_.lower()
    return (tok.head.lower_ == "of" and gov in cues["claim_nouns"]) or (
        tok.head.lower_ == "as" and gov in cues["characterising_verbs"]
    )


def rules_out(tok: Token, cues: Mapping[str, Any]) -> bool:
    """ "ruled out": the verb "rule" with its particle "out", or one that renounces ("has
    never renounced the use of force")."""
    lemma = tok.lemma_.lower()
    return lemma in cues["renouncing_verbs"] or (
        lemma == "rule" and any(c.dep_ == "prt" and c.lower_ == "out" for c in tok.children)
    )


def _asked(tok: Token) -> bool:
    """True when the act is in a question: "Will China invade Taiwan?", "Is Egypt preparing
    to strike Ethiopia's dam? Cairo says no." (the text up to the clause's end has a "?").

    Example:
        >>> from spacy.lang.en import English
        >>> doc = English()("Will China invade Taiwan? Russia attacked Ukraine.")
        >>> _asked(doc[2]), _asked(doc[7])
        (True, False)
    """
    if "?" not in doc_text(tok.doc)[tok.idx :]:
        return False  # most texts ask nothing: no token loop
    for t in tok.doc[tok.i :]:
        if t.text in {"?", ".", ";", "!"} or (t.is_sent_start and t.i > tok.i):
            return t.text == "?"
    return False


def _instead(tok: Token) -> bool:
    """An act named as the alternative not taken: "rather than condemning X", "instead of",
    "far from condemning X", "without sanctioning X"."""
    before = [t.lower_ for t in tok.doc[max(0, tok.i - 2) : tok.i]]
    return before in (["rather", "than"], ["instead", "of"], ["far", "from"]) or (
        tok.dep_ == "pcomp" and tok.head.lower_ == "without"
    )


@cache
def _phrases(entries: frozenset[str]) -> frozenset[tuple[str, str]]:
    """(verb lemma, particle) of the multi-word entries: "stop short of" -> (stop, short)."""
    return frozenset((w[0], w[1]) for e in entries if len(w := e.split()) > 1)


def _refusal_phrase(gov: Token, entries: frozenset[str]) -> bool:
    """A multi-word refusal ("shied away from", "stopped short of") at ``gov``.

    The chain of governors reaches either the verb, whose particle is a child
    ("shied away from criticizing"), or the particle itself ("stopped short of accusing":
    "of" hangs on "short").
    """
    phrases = _phrases(entries)
    verb = gov.lemma_.lower()
    return any((verb, c.lower_) in phrases for c in gov.children) or (
        (gov.head.lemma_.lower(), gov.lower_) in phrases
    )


def _wished(clause: Token, wish_verbs: list[str]) -> bool:
    """A clause with its own subject under a wish verb ("hopes Washington will stop",
    "want Warsaw to send", "would like the US to stop", where the subject is parsed as the
    wish verb's object)."""
    return (
        clause.dep_ in {"xcomp", "ccomp"}
        and _is_verb(clause.head, wish_verbs)
        and (
            any(c.dep_ in {"nsubj", "nsubjpass"} for c in clause.children)
            or (clause.dep_ == "xcomp" and any(c.dep_ == "dobj" for c in clause.head.children))
        )
    )


def _is_verb(tok: Token, lemmas: list[str]) -> bool:
    """True when ``tok`` is one of these verbs, also where the small model mislemmatizes it
    ("hopes" -> "hop")."""
    if tok.lemma_.lower() in lemmas:
        return True
    low = tok.lower_
    return any(low in {w, w + "s", w + "d", w + "ed", w + "ing", w[:-1] + "ing"} for w in lemmas)


def opened_by(clause: Token, markers: Collection[str]) -> bool:
    """True for an adverbial clause opened by one of ``markers`` ("if Russia attacks")."""
    return clause.dep_ == "advcl" and any(
        m.dep_ == "mark" and m.lower_ in markers for m in clause.children
    )


def _counterfactual(tok: Token) -> bool:
    """ "would have V-ed", "could have V-ed": what would have happened, and did not.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> doc = Doc(spacy.blank("en").vocab, words=["Iraq", "would", "have", "invaded", "Kuwait"],
        ...           heads=[3, 3, 3, 3, 3], deps=["nsubj", "aux", "aux", "ROOT", "dobj"],
        ...           tags=["NNP", "MD", "VB", "VBN", "NNP"])
        >>> _counterfactual(doc[3]), _counterfactual(doc[0])
        (True, False)
    """
    aux = {c.lower_ for c in tok.children if c.dep_ == "aux"}
    return tok.tag_ == "VBN" and "have" in aux and bool(aux & _COUNTERFACTUAL_MODALS)


def _inverted_condition(tok: Token) -> bool:
    """ "Had Iran attacked Israel, ...", "Were Russia to attack Poland, ...", "Should China
    invade Taiwan, ...": a condition told by an auxiliary before its subject, at the start
    of a clause that is not the sentence's own (of ``tok`` or the clause it completes).

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = ["Had", "Iran", "attacked", "Israel", ",", "the", "US", "would", "act"]
        >>> doc = Doc(spacy.blank("en").vocab, words=words,
        ...           heads=[2, 2, 8, 2, 8, 6, 8, 8, 8],
        ...           deps=["aux", "nsubj", "advcl", "dobj", "punct", "det", "nsubj", "aux",
        ...                 "ROOT"])
        >>> _inverted_condition(doc[2]), _inverted_condition(doc[8])
        (True, False)
    """
    for verb in (tok, tok.head):
        if verb.dep_ == "ROOT" or verb.head.i == verb.i:
            return False
        first = verb.doc[verb.left_edge.i]
        if first.lower_ in _INVERTING and any(
            c.dep_ in {"nsubj", "nsubjpass"} and c.left_edge.i == first.i + 1 for c in verb.children
        ):
            return True
    return False


#: Auxiliaries that open a condition before its subject ("Had X ...", "Were X to ...").
_INVERTING = frozenset({"had", "were", "should"})

#: Modals that with "have" and a participle tell what would have happened.
_COUNTERFACTUAL_MODALS = frozenset({"would", "could", "might", "should", "'d"})
