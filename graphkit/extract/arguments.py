"""Argument finding over the dependency parse: which actors a predicate's subject and object are.

:class:`ArgumentFinder` holds a parsed document and its actor mentions and answers, for a
token, the actor mentions of its subject (explicit, passive agent, or inherited through
control, coordination and nominal heads) and of its object (direct object, lexicon
prepositions, complement and purpose clauses, conditions). It is the argument half of the
extraction core (:mod:`graphkit.extract.relations`).
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import replace
from itertools import pairwise

from spacy.tokens import Doc, Token

from graphkit.extract.actors import Mention
from graphkit.extract.attribution import SourceFinder
from graphkit.extract.lexicon import JUDGEMENTS, Lexicon
from graphkit.extract.mentions import (
    BLOC_TYPES,
    CONTROL_VERBS,
    PERSON,
    is_title,
    text_actor,
    with_to,
)
from graphkit.ontology import relation as ontology_relation
from graphkit.types import Actor

__all__ = ["ArgumentFinder"]

_SUBJ = {"nsubj", "nsubjpass", "csubj"}
_OBJECT_CONTROL = {
    "assist",
    "enable",
    "train",
    "support",
    "urge",
    "ask",
    "force",
    "order",
    "call",
    "help",
    "invite",
    "persuade",
    "press",
    "pressure",
    "encourage",
    "push",
    "join",
    "prompt",  # causatives: "prompting Spain to recall its ambassador" (Spain did)
    "spur",
    "lead",
    "cause",
    "warn",  # "warned Washington not to interfere": Washington would
    "caution",
    "remind",
    "convince",
    "beg",
    "implore",
    "request",
    "challenge",
}
_NP_PREPS = {"of", "from", "by", "on", "against", "with", "to", "for", "in", "including"}
#: Nouns framing an act's target: "in protest of X", "in response to X".
_FRAMES = {"protest", "response", "retaliation", "opposition", "reply"}
#: Titles whose "for X" names the body spoken for, not a portfolio.
_SPOKES = {"spokesperson", "spokesman", "spokeswoman"}
#: First-person plural pronouns: an official's "we" is the body they speak for.
_WE = {"we", "us", "our", "ours"}
_VERB_TAGS = {"VB", "VBD", "VBG", "VBN", "VBP", "VBZ"}


def headline_infinitive(tok: Token) -> bool:
    """True for the verb of a headline's "EU to sanction Iran" with the name parsed as the
    root and the verb as its infinitive complement (or as an infinitive clause on it: "EU
    to impose new sanctions on Russia")."""
    return (
        (tok.dep_ == "xcomp" or (tok.dep_ == "acl" and with_to(tok)))
        and tok.head.dep_ == "ROOT"
        and tok.head.pos_ in {"PROPN", "NOUN"}
        and tok.head.i < tok.i
    )


class ArgumentFinder:
    """Actor arguments of predicates in one parsed document."""

    def __init__(self, doc: Doc, mentions: Sequence[Mention], lex: Lexicon) -> None:
        self.doc = doc
        self.lex = lex
        self.at: list[Mention | None] = [None] * len(doc)
        for m in mentions:
            for i in range(m.start, m.end):
                self.at[i] = m
        self.sources = SourceFinder(doc, lex)
        # with the directives: "told the US to stop arming Taiwan" (the US would stop)
        self.object_control = (
            _OBJECT_CONTROL | set(lex.cues["directive_verbs"]) | set(lex.cues["permission_verbs"])
        )
        self.support_nouns = lex.support_nouns
        self.groups = self._named_groups(mentions)
        self._np_actors: dict[tuple[int, int], list[tuple[Mention, int]]] = {}

    def _named_groups(self, mentions: Sequence[Mention]) -> dict[str, list[Mention]]:
        """Groups the text names after listing them: "The United Kingdom, the United States
        and Norway, the Troika, ..." makes a later "the Troika" stand for the three too.

        Returns:
            For each such group actor's id, its members' mentions in the list.
        """
        groups: dict[str, list[Mention]] = {}
        for m in mentions:
            head = self.doc[m.end - 1]
            if m.kind != "org" or head.dep_ != "appos" or m.actor.id in groups:
                continue
            first = head.head
            while first.dep_ == "conj":
                first = first.head
            members = [self.at[t.i] for t in (first, *first.conjuncts)]
            listed = [x for x in members if x is not None and x.kind in {"kb", "org"}]
            if len(listed) >= 2 and len(listed) == len(members) and m not in listed:
                groups[m.actor.id] = listed
        return groups

    def _relative(self, tok: Token) -> tuple[list[tuple[Mention, int]], Token] | None:
        """For a relative pronoun, the actors it stands for (all of a coordinated antecedent:
        "Hungary and Slovakia, which still buy Russian oil") and its antecedent noun; None
        for any other word."""
        low = tok.lower_
        if low not in self.lex.cues["relative_pronouns"] or not (
            tok.dep_ in _SUBJ | {"pobj", "dobj"} or (low == "whose" and tok.dep_ == "poss")
        ):  # ("Russia, whose troops occupy ...": Russia's troops)
            return None
        if tok.dep_ == "dobj" and any(c.dep_ == "dobj" and c.i != tok.i for c in tok.head.children):
            return [], tok  # "the FDLR, which it accuses Kinshasa of backing": Kinshasa is
            # accused; the FDLR is what the charge is about
        clause = tok.head
        while clause.dep_ not in {"relcl", "acl"} and clause.head.i != clause.i:
            clause = clause.head
        antecedent = clause.head
        before = clause.left_edge.i - 2  # "complaints at the WTO against Poland, Hungary and
        # Slovakia, which extended bans", the clause hung on the WTO: the list just before
        if (
            before > antecedent.i
            and self.doc[before + 1].text == ","
            and self.doc[before].dep_ == "conj"
            and antecedent.is_ancestor(self.doc[before])
            and self.at[before] is not None
        ):
            head = self.doc[before]
            while head.dep_ == "conj":
                head = head.head
            antecedent = head
        # "Hungary is the only EU member that has not condemned Russia", "Hungary, the only
        # EU member that ...": the member is Hungary, not the EU
        same = [antecedent.head] if antecedent.dep_ == "appos" else []
        if antecedent.dep_ == "attr":
            same = [c for c in antecedent.head.children if c.dep_ == "nsubj"]
        found = [x for t in same for x in self.np_actor(t, depth=0)]
        found = found or self.np_actor(antecedent, depth=1)
        fired = self.lex.support.get((antecedent.head.lemma_.lower(), antecedent.lemma_.lower()))
        if not found and antecedent.dep_ == "dobj" and fired and fired.relation == "attacks":
            # "Russian forces fired missiles that killed civilians": the firer's act (not
            # "shot down missiles that hit Poland")
            found = self.subjects(antecedent.head)[0]
        return found, antecedent

    def mention(self, tok: Token) -> Mention | None:
        m = self.at[tok.i]
        if m is not None:
            return m
        low = tok.lower_
        relative = self._relative(tok)
        if relative is not None:
            found, antecedent = relative
            if found:
                return found[0][0]
            # "dismissed NATO as a remnant (of the Cold War) that is targeting China"
            a = antecedent
            for _ in range(4):
                if a.dep_ == "pobj" and a.head.lower_ == "as":
                    for c in a.head.head.children:
                        if c.dep_ == "dobj" and self.at[c.i] is not None:
                            return self.at[c.i]
                    break
                if a.dep_ not in {"pobj", "prep"}:
                    break
                a = a.head
        if low in self.lex.cues["first_person"]:
            src = self.sources.source(tok)
            if src is not None and src.speaker is not None:
                found = self.np_actor(self.doc[src.speaker], depth=1)
                if found and found[0][0].start != tok.i:
                    m0 = found[0][0]
                    anchor = m0.anchor if m0.kind in {"pronoun", "role", "instrument"} else m0.start
                    return Mention(
                        tok.i, tok.i + 1, m0.actor, "pronoun", speaker=m0.speaker, anchor=anchor
                    )
            if src is None and low in _WE:
                return self._issuer(tok)
        return None

    def _issuer(self, tok: Token) -> Mention | None:
        """The body an unquoted "we" speaks for in a statement ("The United Kingdom condemns
        X. We will continue to support Y"): the main subject of the document's first
        sentence, a state or an organisation, or None (a "we" inside quotation marks whose
        speaker was not found is no statement's voice)."""
        if self.sources.in_quote(tok.idx) is not None:
            return None
        first = next(iter(self.doc.sents))
        if first.end > tok.sent.start:
            return None  # the opening sentence itself has no issuer before it
        for c in first.root.children:
            m = self.at[c.i] if c.dep_ in {"nsubj", "nsubjpass"} else None
            if m is not None and not m.locative and m.actor.type != PERSON:
                if m.kind in {"pronoun", "role", "instrument"}:
                    return replace(m, start=tok.i, end=tok.i + 1)
                return Mention(tok.i, tok.i + 1, m.actor, "pronoun", anchor=m.start)
        return None

    def with_conjuncts(self, tok: Token) -> list[Token]:
        toks = [tok]
        for c in tok.children:  # "U.S. and Russian negotiators", "French and Egyptian warships"
            if c.dep_ in {"amod", "compound", "nmod"} and self.at[tok.i] is not None:
                group = [c, *c.conjuncts]
                if len(group) > 1:
                    toks.extend(g for g in group if self.at[g.i] is not None and g.i < tok.i)
        held = self.at[tok.i]
        if held is not None and held.kind == "organ" and tok.tag_ in {"NNS", "NNPS"}:
            # "the leaders of France and Germany", "officials from Japan and India": each
            last = self.doc[held.end - 1]
            toks.extend(c for c in last.conjuncts if c.i > last.i and self.at[c.i] is not None)
        queue = [tok]
        while queue and len(toks) < 12:
            cur = queue.pop()
            for c in cur.children:
                if (
                    (c.dep_ == "conj" and c.pos_ in {"NOUN", "PROPN", "PRON"})
                    or (
                        c.dep_ == "appos"
                        and (held := self.at[c.i]) is not None
                        # (on the phrase itself: a person named beside a named head is no
                        # other actor)
                        and (
                            cur.i != tok.i or (self.at[tok.i] is not None and held.kind != "person")
                        )
                        # "Germany and France, both members of NATO,": what they are
                        and c.lemma_.lower() not in self.lex.cues["agent_nouns"]
                        # "The Wagner Group, a Russian mercenary force,": what it is too
                        and not any(d.dep_ == "det" and d.lower_ in {"a", "an"} for d in c.children)
                    )
                ) and all(c.i != t.i for t in toks):
                    toks.append(c)
                    queue.append(c)
        return toks

    def _coordination(self, i: int) -> list[Token]:
        """The names coordinated with the one ending at token ``i``, itself included, a
        list the parser made of appositives too ("Mali, Burkina Faso and Niger", Burkina
        Faso an appositive of Mali)."""
        top = self.doc[i]
        while top.dep_ in {"conj", "appos"} and self.at[top.head.i] is not None:
            top = top.head
        return self.with_conjuncts(top)

    def target(self, m: Mention) -> Actor:
        """The actor an act done to ``m`` reaches: an official is targeted as a person.

        A first-person plural ("our partners", "support for us") is the body: "we" of an
        official is the side they speak for.
        """
        if m.speaker is None or m.kind not in {"person", "surname", "pronoun"}:
            return m.actor
        if m.kind == "pronoun" and self.doc[m.start].lower_ in _WE:
            return m.actor
        return m.speaker

    def agent(self, m: Mention) -> Actor:
        """Who acts through ``m`` when the act is on their own side: the leader behind an
        official, a person or a regime ("the Assad regime" -> Assad), else ``m.actor``."""
        if m.kind == "organ" and m.speaker is not None:
            return m.speaker
        return self.target(m)

    def np_actor(self, tok: Token, depth: int = 2) -> list[tuple[Mention, int]]:
        """Actors a noun phrase headed by ``tok`` stands for (conjuncts expanded), worked out
        once per token and depth (they depend on the parse and the mentions only): a copy the
        caller may change."""
        key = (tok.i, depth)
        if key not in self._np_actors:
            self._np_actors[key] = self._np_actor(tok, depth)
        return list(self._np_actors[key])

    def _np_actor(self, tok: Token, depth: int) -> list[tuple[Mention, int]]:
        found: list[tuple[Mention, int]] = []
        for t in self.with_conjuncts(tok):
            relative = self._relative(t) if self.at[t.i] is None else None
            if relative is not None and relative[0]:
                found.extend((m, t.i) for m, _ in relative[0])  # "Hungary and Slovakia,
                # which ...": both
                continue
            m = self.mention(t)
            if m is not None:
                found.append((m, t.i))
                for other in m.joint:  # "the two countries": both
                    found.append((replace(m, actor=other, joint=()), t.i))
                have = {x.actor.id for x, _ in found}
                for member in self.groups.get(m.actor.id, ()):  # "the Troika": its members
                    if member.actor.id not in have:
                        found.append(
                            (replace(m, actor=member.actor, kind="role", anchor=member.start), t.i)
                        )
                if m.kind == "pronoun" and t.lower_ in {"they", "their", "them"} and m.anchor >= 0:
                    # "Burkina Faso, Mali and Niger announced their withdrawal": all three
                    named = self.mention(self.doc[m.anchor])
                    for c in self._coordination(named.end - 1) if named is not None else ():
                        x = self.mention(c)
                        if x is not None and not x.locative and x.actor.id != m.actor.id:
                            found.append((replace(m, actor=x.actor), t.i))
                if m.kind == "organ":  # "envoys from Washington and Moscow": both sides
                    for p in (p for c in t.children if c.lower_ == "from" for p in c.children):
                        found.extend((x, c.i) for c in p.conjuncts if (x := self.mention(c)))
            elif depth > 0 and t.pos_ in {"NOUN", "PROPN", "NUM", "ADJ", "PRON", "X", "VERB"}:
                inner = self._inside(t, depth)
                found.extend(inner)
        return _unique(found)

    def own_voice(
        self, speaker: Token, found: list[tuple[Mention, int]]
    ) -> list[tuple[Mention, int]]:
        """The actors a speaker phrase speaks for, less the nationality of one who speaks
        for no body (private_person_nouns): "a US analyst said" names no actor, "Chad Hunt,
        a US analyst, said" only Chad Hunt."""
        private = self.lex.cues["private_person_nouns"]
        if speaker.lemma_.lower() in private and self.mention(speaker) is None:
            return []
        if any(c.dep_ == "appos" and c.lemma_.lower() in private for c in speaker.children):
            return [
                (replace(m, actor=m.speaker, speaker=None) if m.speaker is not None else m, i)
                for m, i in found
            ]
        return found

    def joined(self, tok: Token) -> list[tuple[Mention, int]]:
        """The first actor named in ``tok``'s subtree and those hyphened or coordinated to it.

        "the US-South Korean drills", "the US and British strikes", "Canadian and Mexican
        goods": a joint owner or doer is every one of them.
        """
        named = [(m, g.i) for g in tok.subtree if (m := self.mention(g)) is not None]
        joint = named[:1]
        together = {k.i for k in self.doc[named[0][1]].conjuncts} if named else set()
        for m, i in named[1:]:
            last = joint[-1][0]
            if i in together or (m.start == last.end + 1 and self.doc[last.end].text == "-"):
                joint.append((m, i))
        return _unique(joint)

    def child_actors(self, tok: Token, *deps: str, depth: int = 2) -> list[tuple[Mention, int]]:
        """Actors of the children of ``tok`` with one of the labels ``deps``, in order."""
        return [x for c in tok.children if c.dep_ in deps for x in self.np_actor(c, depth)]

    def _relational(self, lemma: str) -> bool:
        """A noun naming a relation with whoever follows "with" ("talks with X")."""
        return (
            lemma in self.lex.nouns
            or lemma in self.support_nouns
            or lemma in self.lex.cues["communication_nouns"]
            or lemma in self.lex.cues["relational_nouns"]
        )

    def _inside(self, tok: Token, depth: int) -> list[tuple[Mention, int]]:
        lemma = tok.lemma_.lower()
        cues = self.lex.cues
        if (lemma in cues["hazard_nouns"] or lemma in cues["emission_nouns"]) and any(
            c.dep_ == "prep" and c.lower_ == "from" for c in tok.children
        ):
            return []  # "volcanic ash from Indonesia's Mount Ruang": a hazard, nobody's act
        if (
            tok.tag_ == "NN"
            and lemma == "member"
            and any(
                (m := self.mention(p)) is not None and m.actor.type in BLOC_TYPES
                for c in tok.children
                if c.lower_ == "of"
                for p in c.children
            )
        ):
            return []  # "a member of the Security Council": one of its states, not the body
        if lemma in cues["agent_nouns"]:  # "A NATO ally, Turkey, blocked ...": Turkey, not
            for c in tok.children:  # the alliance it is an ally in
                beside = c.dep_ == "appos" or (  # (the name parsed as an adverb)
                    c.dep_ == "npadvmod" and c.pos_ == "PROPN" and c.i > tok.i
                )
                found = self.np_actor(c, depth - 1) if beside else []
                if found:
                    return found
            if tok.tag_ == "NN" and any(
                c.dep_ in {"compound", "amod", "nmod"}
                and c.i < tok.i
                and self.mention(c) is not None
                for c in tok.children
            ):  # "a NATO member shot down a Russian jet", "a US ally": one of them, unnamed,
                return []  # not the alliance or the state it is an ally of
        pronoun: list[tuple[Mention, int]] = []
        # "Ukraine's allies", "his counterpart": someone else than the owner ("his Saudi
        # counterpart" still names its own state); a possessed plural is a group of its own
        other = tok.lower_ in self.lex.cues["counterpart_nouns"]
        named_state = next(  # "their French counterparts": France's
            (
                (m, c.i)
                for c in tok.children
                if c.dep_ == "amod" and (m := self.mention(c)) is not None and m.kind == "demonym"
            ),
            None,
        )
        if other and tok.tag_ == "NNS" and named_state is None:
            owner = next((self.mention(c) for c in tok.children if c.dep_ == "poss"), None)
            if owner is None:  # "US allies", "Russia's partners" alike (not "NATO allies")
                named = (self.mention(c) for c in tok.children if c.dep_ == "compound")
                owner = next((m for m in named if m is not None and m.actor.type == "State"), None)
            end = tok.i + 1
            of = next(
                (
                    p
                    for c in tok.children
                    if c.lower_ == "of"
                    for p in c.children
                    if p.dep_ == "pobj"
                ),
                None,
            )
            if owner is None and of is not None:  # "critics of the Kremlin", "allies of Putin"
                owner, end = self.mention(of), of.right_edge.i + 1
                if owner is None or owner.locative:  # "opponents of the war in Ukraine": no
                    return []  # one named, and never whom the war is in
            if owner is not None:
                # "Lai Ching-te's opponents": the person's, not their state's ("opponents of
                # Taiwan" would be its enemies)
                whose = owner.speaker if owner.kind == "person" and owner.speaker else owner.actor
                label = f"{tok.lower_} of {whose.label}"
                group = Mention(tok.left_edge.i, end, text_actor(label, "Organization"), "group")
                return [(group, tok.i)]
        if tok.lemma_.lower() in self.lex.cues["named_group_heads"]:
            for c in tok.children:  # "Israel's Likud party": Likud, not its country
                m = self.mention(c) if c.dep_ == "compound" and c.i < tok.i else None
                if m is not None and m.kind in {"org", "kb"} and m.actor.type != "State":
                    return [(m, c.i)]
        owners = self.lex.cues["owner_participles"]
        for c in tok.children:
            if other and c.dep_ == "compound" and tok.lemma_.lower() == "ally":
                m = self.mention(c)  # "NATO allies": the alliance's own members
                if m is not None and m.actor.type in BLOC_TYPES:
                    return [(m, c.i)]
            if other and c.dep_ != "amod":
                continue
            if c.dep_ in {"poss", "amod", "compound", "nmod"} and c.i < tok.i:
                m = self.mention(c)
                if m is not None and m.kind == "pronoun":
                    if tok.lemma_.lower() in self.lex.organ_nouns and all(
                        p.lower_ in {"in", "at"} for p in tok.children if p.dep_ == "prep"
                    ):  # "stormed its embassy in Tehran": its owner's (not "its troops from
                        return [(m, c.i)]  # Cambodia", where "from" names the other side)
                    pronoun = [(m, c.i)]  # "his commitment to the Zambian people": later
                    continue
                if m is not None and not m.locative:  # "tariffs on Canadian and Mexican goods"
                    owners = [(m, c.i), *(x for x in self.joined(c) if not x[0].locative)]
                    if lemma in cues["aspiration_nouns"]:  # "Swedish and Finnish NATO bids"
                        # (NATO parsed as a third owner): the body sought owns no bid
                        owners = [x for x in owners if x[0].actor.type not in BLOC_TYPES] or owners
                    return _unique(owners)
                if c.dep_ == "compound" and m is None:  # "Sweden's NATO membership bid",
                    # parsed with the owner on "membership": Sweden's bid; "Chinese fighter
                    # jets", with the demonym on "fighter": China's jets
                    craft = tok.lemma_.lower() in self.lex.craft_nouns
                    equipment = c.lower_ in self.lex.cues["equipment_names"]
                    for g in c.children:
                        deps = (
                            {"poss", "amod", "compound"} if equipment or craft else {"poss", "amod"}
                        )
                        owner = self.mention(g) if g.dep_ in deps else None
                        if (
                            owner is not None
                            and not owner.locative
                            and (
                                g.dep_ == "poss"
                                # "Chinese fighter jets"; "IDF fighter jets", "US fighter jets"
                                or (craft and owner.kind in {"demonym", "kb"})
                                or equipment  # "Royal Air Force Typhoon FGR4s": the RAF's
                            )
                        ):
                            return [(owner, g.i)]
                verbs = (CONTROL_VERBS, self.lex.cues["sponsor_verbs"], owners)
                if not any(v in words for v in _participle(c) for words in verbs):
                    continue  # "Syria sanctions listings": not the actor
                if any(v in self.lex.cues["sponsor_verbs"] for v in _participle(c)) and (
                    tok.lemma_.lower() in self.lex.role_nouns
                    or any(
                        g.dep_ in {"compound", "amod"} and c.i < g.i < tok.i and self.mention(g)
                        for g in tok.children
                    )
                ):
                    continue  # "Iran-backed Houthi launchers": the Houthis', not Iran's; "the
                    # Saudi-backed government": an actor of its own, not its backer
                # "US-led war", "ISIL-held buildings", "a U.S.-backed plan", "a British-flagged
                # tanker" (a group is a mention of its own: "Iran-backed militias" do not
                # reach here)
                for g in c.children:
                    if g.dep_ in {"npadvmod", "compound", "nmod", "amod"} and g.i < c.i:
                        m = self.mention(g)
                        if m is not None and not m.locative:
                            return [(m, g.i)]
        lemma = tok.lemma_.lower()
        if lemma in self.lex.cues["undoing_nouns"]:
            return pronoun  # "welcomed the end of aid to Ukraine": no one named is reached
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in _NP_PREPS:
                if c.lower_ == "with" and not self._relational(lemma):
                    continue  # "the training with the Iraqis": a companion, not the target
                if c.lower_ == "on" and (
                    lemma in self.lex.cues["forum_nouns"] or lemma in self.lex.cues["topic_texts"]
                ):
                    continue  # "a conference on Sudan", "a resolution on Ukraine": a topic
                if (
                    c.lower_ == "in"
                    and lemma in self.lex.cues["forum_nouns"]
                    and any(
                        p.dep_ == "pobj"
                        and (m := self.mention(p)) is not None
                        and m.actor.type == "State"
                        for p in c.children
                    )
                ):
                    continue  # "the talks in Doha": the venue, not a party
                speaks_for = c.lower_ == "for" and lemma in _SPOKES  # "a spokesman for NATO"
                serves = c.lower_ == "to" and any(  # "an adviser to Sudan's army chief"
                    p.dep_ == "pobj" and (m := self.mention(p)) is not None and m.kind == "organ"
                    for p in c.children
                )
                if (
                    c.lower_ in {"for", "to"}
                    and is_title(tok, self.lex)
                    and not (speaks_for or serves)
                ):
                    continue  # "Envoy for the Coalition", "Ambassador to China": a portfolio
                if c.lower_ == "in" and (
                    lemma == "group" or self.lex.group_type(tok.lower_, lemma) is not None
                ):
                    continue  # "armed groups in Ethiopia's Amhara region": where they are
                for p in c.children:
                    if p.dep_ == "pobj":
                        found = self.np_actor(p, depth - 1)
                        if found:
                            return found
            if c.dep_ == "appos" and lemma not in self.lex.cues["motion_nouns"]:
                # "Kenzo Oshima, the UN Relief Coordinator"; a motion has no actor in apposition
                # ("calls to sanction Russia" misparsed with Russia as the appositive)
                found = self.np_actor(c, depth - 1)
                if found:
                    return found
            if c.dep_ == "acl" and lemma in self.lex.cues["news_nouns"]:
                found = self.child_actors(c, "nsubj", depth=depth - 1)  # "the news that X V-ed"
                if found:
                    return found
            if c.dep_ == "acl" and c.lemma_.lower() not in self.lex.cues["mediator_verbs"]:
                # "the demonstration staged by students" (not "a ceasefire brokered by Qatar")
                for a in c.children:
                    if a.dep_ == "agent":
                        found = self.child_actors(a, "pobj", depth=depth - 1)
                        if found:
                            return found
                if c.lemma_.lower() in self.lex.cues["owner_participles"]:
                    found = self._prep_objects(c, ["to", "by", "with"])  # "ships linked to X"
                    if found:
                        return found
                if (  # "brandy imported from the EU" (not "shot down drones made in Iran": the
                    c.lemma_.lower() in self.lex.cues["origin_participles"]
                    and lemma not in self.lex.craft_nouns
                ):
                    found = self._prep_objects(c, ["from", "in", "by"])  # maker is no target)
                    if found:
                        return found
        return pronoun

    def directive(self, verb: Token) -> bool:
        """True for a verb of saying that calls on its object to act: "Blinken told
        Netanyahu to avoid civilian deaths" (an object and a to-infinitive; "told reporters
        that ..." is speech)."""
        return (
            verb.lemma_.lower() in self.lex.cues["directive_verbs"]
            and any(c.dep_ == "dobj" for c in verb.children)
            and any(c.dep_ == "xcomp" and with_to(c) for c in verb.children)
        )

    def ultimatum_recipient(self, verb: Token) -> Token | None:
        """The one given a deadline to act: "NATO gave Russia 48 hours to withdraw its
        troops", "gave the junta a week to reinstate Bazoum", "gave Israel until Friday to
        allow aid in" (Russia, the junta, Israel). "give" with a short span of time (hours,
        days, a week, a deadline; or "until") and a to-infinitive; the recipient is its
        indirect or direct object other than the span (an ultimatum: CAMEO 139). Months or
        years given are no ultimatum ("gave Ukraine two years to repay the loan")."""
        if verb.lemma_.lower() not in self.lex.cues["deadline_verbs"]:
            return None
        kids = list(verb.children)
        spans = [
            c
            for c in kids
            if (c.dep_ in {"dobj", "npadvmod"} and c.lemma_.lower() in self.lex.cues["span_nouns"])
            or (c.dep_ == "prep" and c.lower_ == "until")
        ]
        apposed = [  # "gave France's ambassador 48 hours to leave", the span parsed as the
            c  # object's apposition
            for c in kids
            if c.dep_ in {"dative", "dobj"}
            and any(
                a.dep_ == "appos" and a.lemma_.lower() in self.lex.cues["span_nouns"]
                for a in c.children
            )
        ]
        if not (spans or apposed) or not any(
            c.dep_ in {"advcl", "xcomp"} and with_to(c) for c in kids
        ):
            return None
        return next((c for c in kids if c.dep_ in {"dative", "dobj"} and c not in spans), None)

    def struck_object(self, verb: Token) -> Token | None:
        """The object of a verb of force that the parser made the subject of a participle
        right after it: "Turkey shelled Syria targeting Kurdish militants", "The US struck
        Yemen hitting Houthi targets" (Syria, Yemen are struck; the participle is the
        striker's act)."""
        entry = self.lex.verbs.get(verb.lemma_.lower())
        if entry is None or ontology_relation(entry.relation).quad != 4:
            return None
        if any(c.dep_ == "dobj" for c in verb.children):
            return None
        for c in verb.children:
            if c.dep_ != "ccomp" or c.tag_ != "VBG" or c.i < verb.i:
                continue
            if any(g.dep_ in {"aux", "mark"} for g in c.children):
                continue
            n = next((g for g in c.children if g.dep_ == "nsubj"), None)
            if n is not None and n.left_edge.i == verb.i + 1:
                return n
        return None

    def attitude_gerund(self, tok: Token) -> bool:
        """True for a gerund that is the content of an attitude, with a subject of its own:
        "opposes Ukraine joining the EU", "fears Finland joining NATO", "concerns about
        China supplying Russia", "vetoed Ukraine joining the EU" (the attitude word is the
        governing verb or noun, or the governing verb's object: "dropped its objection to
        Sweden joining NATO")."""
        if tok.tag_ != "VBG" or any(c.dep_ in {"mark", "aux"} for c in tok.children):
            return False
        own = any(c.dep_ == "nsubj" for c in tok.children) and tok.dep_ in {"ccomp", "pcomp"}
        if not (own or self.gerund_subject(tok)):
            return False
        return self._attitude(tok.head.head if tok.head.pos_ == "ADP" else tok.head)

    def _attitude(self, gov: Token) -> bool:
        """True for a verb or noun of attitude, or a verb whose object is one ("dropped its
        objection")."""
        words = [gov, *(c for c in gov.children if c.dep_ == "dobj")]
        return any(w.lemma_.lower() in self.lex.cues["attitude_heads"] for w in words)

    def gerund_subject(self, tok: Token) -> list[tuple[Mention, int]]:
        """The actor right before a gerund hung on an attitude verb, which is the gerund's
        own subject: "approved Sweden joining NATO" (parsed as the verb's object),
        "objected to Ukraine joining the EU", "lifted its veto on Finland joining NATO".
        Not after other verbs ("delivered missiles to Afghan mujahideen fighting Soviet
        forces": a participle describing them)."""
        if tok.tag_ != "VBG" or tok.dep_ not in {"xcomp", "advcl"} or tok.i == 0:
            return []
        if any(c.dep_ in {"nsubj", "nsubjpass", "mark", "aux"} for c in tok.children):
            return []
        before = self.doc[tok.i - 1]
        if before.dep_ not in {"dobj", "pobj"} or not self._attitude(tok.head):
            return []
        m = self.mention(before)
        return [(m, before.i)] if m is not None else []

    def subjects(self, tok: Token, steps: int = 0) -> tuple[list[tuple[Mention, int]], bool]:
        """Subject actors of a predicate token, and whether they were inherited."""
        struck = self.struck_object(tok.head) if tok.dep_ == "ccomp" else None
        if struck is not None and struck.head.i == tok.i:  # "Turkey shelled Syria targeting
            return self.subjects(tok.head, steps + 1)[0], True  # X": Turkey's act
        nsubjs = [c for c in tok.children if c.dep_ == "nsubj"]
        if len(nsubjs) > 1:  # "Near Ar Raqqah, 12 strikes engaged": the one naming an actor
            in_list = all(  # headline style "US, UK strike Houthi targets": both
                a.right_edge.i + 2 == b.left_edge.i and self.doc[a.right_edge.i + 1].text == ","
                for a, b in pairwise(nsubjs)
            )
            found_each = [self.np_actor(c) for c in nsubjs]
            if in_list and all(f and f[0][0].actor.type == "State" for f in found_each):
                return [x for f in found_each for x in f], False
            found = next((f for f in found_each if f), [])
            return found, False
        for c in tok.children:
            if c.dep_ == "nsubj":
                listed = [  # headline style "Japan, Philippines sign defence pact": both
                    (m, a.i)
                    for a in tok.children
                    if a.dep_ in {"npadvmod", "dep"}  # "US, UK strike Houthi targets"
                    and a.i + 2 == c.left_edge.i
                    and self.doc[a.i + 1].text == ","
                    and (m := self.mention(a)) is not None
                    and m.actor.type == "State"
                ]
                return listed + self.np_actor(c), False
            if c.dep_ == "agent" and tok.pos_ != "ADJ":  # ("concerned by X": X is judged)
                for p in c.children:
                    if p.dep_ == "pobj":
                        return self.np_actor(p), False
        for c in (c for a in tok.children if a.dep_ == "aux" for c in a.children):
            if c.dep_ == "nsubj":  # "Egypt and Qatar are mediating", the subject hung on "are"
                return self.np_actor(c), False
        for c in tok.children:  # "Nauru cut ties with Taiwan", the name parsed as an adverb
            if (
                (c.dep_ == "npadvmod" or (c.dep_ == "advmod" and c.pos_ == "PROPN"))
                and c.right_edge.i + 1 == tok.i
                and c.left_edge.i == tok.sent.start
                and not any(d.dep_ in {"nsubj", "nsubjpass", "expl"} for d in tok.children)
                and (m := self.mention(c)) is not None
                and not m.locative
            ):
                return self.np_actor(c), False
        if steps > 0:  # "X is committed to supporting Y", "X was allowed to leave Y": X
            for c in tok.children:
                if c.dep_ == "nsubjpass":
                    return self.np_actor(c), True
        if steps > 4:
            return [], True
        head = tok.head
        dep = tok.dep_
        if head.i == tok.i:
            return [], False
        if dep == "conj" and any(c.dep_ == "nsubjpass" for c in head.children):
            # "X has been indicted ... and will resign": X, not the agent
            return self.child_actors(head, "nsubjpass"), True
        if (
            dep == "advcl"
            and head.lemma_.lower() in self.object_control
            and with_to(tok)
            and (asked := self._asked(head, tok)) is not None
        ):  # "pushed Ukraine to accept", "called on Rwanda to pull its troops out", parsed
            return asked, True  # as a purpose clause: Ukraine accepts, Rwanda pulls out
        if (
            dep in {"advcl", "xcomp"}
            and with_to(tok)
            and (given := self.ultimatum_recipient(head)) is not None
        ):  # "gave Russia 48 hours to withdraw": Russia would withdraw
            return self.np_actor(given), True
        if (
            dep == "advcl"
            and with_to(tok)
            and any(
                c.dep_ == "dobj" and c.lemma_.lower() in self.lex.cues["aspiration_nouns"]
                for c in head.children
            )
        ):  # "to block the applications of X to join Y", the clause hung on the verb (not
            # "blocked the bid, accusing X of ...": the blocker's own act)
            return [], False
        own = self.gerund_subject(tok)
        if own:  # "objected to Ukraine joining the EU", "approved Sweden joining NATO"
            return own, True
        if dep == "advcl" and tok.tag_ == "VBG" and tok.i > 0:
            # "delivered missiles to Afghan mujahideen fighting Soviet forces": a participle
            # right after a group (no comma, no subject of its own) is the group's act
            before = self.doc[tok.i - 1]
            m = self.mention(before) if before.dep_ in {"pobj", "dobj"} else None
            if (
                m is not None
                and m.kind == "group"
                and not any(c.dep_ in {"nsubj", "mark", "aux"} for c in tok.children)
            ):
                return [(m, before.i)], True
        if (
            dep == "conj"
            and head.dep_ == "ccomp"
            and self.sources.is_speech(head.head)
            and self._verbal(tok)
            and (
                head.lemma_ == "be"
                or any(c.dep_ == "nsubj" and self.mention(c) is None for c in head.children)
            )
        ):  # "X said the text interfered ... and accused the West", "Zelenskyy said the
            # involvement of North Korea was an escalation and called on the West to respond",
            # "said Russia was a threat and called on Europe": a text or an act says nothing,
            # and a verdict told is followed by the speaker's own words
            return self.subjects(head.head, steps + 1)[0], True
        if (
            dep == "advcl"
            and tok.tag_ == "VBG"
            and head.dep_ == "relcl"
            and tok.i > 0
            and self.doc[tok.i - 1].text == ","
            and (main := next((a for a in head.head.ancestors if a.pos_ == "VERB"), None))
        ):  # "Russia vetoed a resolution that would have demanded X, drawing criticism":
            return self.subjects(main, steps + 1)[0], True  # the main clause's, not the text's
        if dep == "ccomp" and head.dep_ == "relcl" and head.head.pos_ in {"NOUN", "PROPN"}:
            # "three Chinese firms it said had supplied drones to Russia": the noun the
            # relative clause hangs on, the gap of the clause said
            return self.np_actor(head.head), True
        if dep == "conj" or dep == "advcl":
            return self.subjects(head, steps + 1)[0], True
        if (
            dep == "xcomp"
            and head.lemma_.lower() in self.lex.cues["using_verbs"]
            and any(c.dep_ == "nsubjpass" for c in head.children)
        ):  # "Drones supplied by Iran were used to attack Ukrainian cities": the user did it,
            # named by "by" or not at all; the instrument's maker or giver did not
            return [
                x for c in head.children if c.dep_ == "agent" for x in self.child_actors(c, "pobj")
            ], True
        if dep == "xcomp":
            if (
                head.lemma_.lower() in self.object_control
                and (asked := self._asked(head, tok)) is not None
            ):
                return asked, True
            if head.pos_ == "ADJ":  # "X is unwilling to condemn"
                return self.subjects(head.head, steps + 1)[0], True
            if headline_infinitive(tok):  # "EU to sanction Iran": the EU
                return self.np_actor(head), True
            return self.subjects(head, steps + 1)[0], True
        if dep in {"acomp", "attr"}:
            return self.subjects(head, steps + 1)[0], True
        if dep == "pcomp":
            prep = head
            gov = prep.head
            if gov.pos_ in {"VERB", "AUX"} or gov.tag_ in _VERB_TAGS:
                dissuaded = prep.lower_ in {"against", "from"} and (
                    gov.lemma_.lower() in self.lex.cues["dissuasion_verbs"]
                )  # "warned Putin against invading": Putin would act
                instead = any(c.lower_ in {"instead", "ahead"} for c in prep.children)
                if prep.lower_ == "of" and gov.lemma_.lower() in self.lex.cues["assurance_verbs"]:
                    return [], True  # "warns Japan of crushing defeat", "assured Kyiv of":
                    # what the listener is told of is no act of theirs
                if (prep.lower_ in {"of", "for", "with"} and not instead) or dissuaded:
                    # (not "targeted X instead of attacking Y": the subject's own act)
                    for c in gov.children:  # "accused X of V-ing"; "X was accused of V-ing"
                        if c.dep_ in {"dobj", "nsubjpass"}:
                            return self.np_actor(c), True
                    if (gap := self.gap_head(gov)) is not None:  # "firms it accused of V-ing"
                        return self.np_actor(gap), True
                    if gov.dep_ == "acl" and gov.tag_ == "VBN":  # "nationals suspected by
                        return self.np_actor(gov.head, depth=0), True  # the West of V-ing"
                if prep.lower_ == "for":  # "lashed out at Finland for joining NATO"
                    for c in gov.children:
                        if c.dep_ == "prep" and c.lower_ in {"at", "against"} and c.i < prep.i:
                            found = self.child_actors(c, "pobj")
                            if found:
                                return found, True
                return self.subjects(gov, steps + 1)[0], True
            if gov.pos_ in {"NOUN", "PROPN"}:
                agent = self.noun_agent(gov)
                if (
                    not agent
                    and gov.lemma_.lower() in self.lex.cues["intention_nouns"]
                    and gov.dep_ == "dobj"
                    and gov.head.lemma_ == "have"  # (not "denied any intention of")
                ):  # "X has no intention of occupying Y": X's intention
                    return self.subjects(gov.head, steps + 1)[0], True
                return agent, True
            if gov.pos_ in {"ADJ", "ADV"}:  # "remains committed to", "stopped short of"
                return self.subjects(gov.head, steps + 1)[0], True
        rejecter = self.motion_rejecter(tok)
        if rejecter is not None:  # "Brazil rejected calls to sanction X": Brazil would act
            return self.subjects(rejecter, steps + 1)[0], True
        if dep == "acl" and head.lemma_.lower() in self.lex.cues["aspiration_nouns"]:
            return [], False  # "X's bid to join Y": an act sought, not done by anyone yet
        if dep == "acl" and head.lemma_.lower() in self.lex.cues["intention_nouns"]:
            if planner := self.noun_agent(head) or self._act_doers(head):
                return planner, True  # "China attacked the US plan to sell arms": the US's
            if head.dep_ == "dobj":  # "X has no plans to impose sanctions": X's plan
                return self.subjects(head.head, steps + 1)[0], True
        if dep == "acl" and headline_infinitive(tok):  # "EU to impose sanctions on X"
            return self.np_actor(head), True
        if dep == "acl" and head.pos_ in {"NOUN", "PROPN"}:
            # "the killing of Haniyeh, blamed on Israel": the owner of what a participle is
            # done to is no doer of it (a doer is named by "by": see above)
            passive = tok.tag_ == "VBN" and tok.lemma_.lower() in self.lex.verbs
            agent = [] if passive else self.noun_agent(head)
            if agent:
                return agent, True
            if head.dep_ == "appos" and self.at[head.head.i] is not None:
                # "Operation Inherent Resolve, the operation to eliminate ISIL"
                return self.np_actor(head.head, depth=0), True
            if (
                head.dep_ == "dobj"
                and tok.tag_ in {"VBG", "VBN"}
                and not any(c.dep_ == "prep" and c.lower_ == "of" for c in head.children)
                and not _doers(head, self.lex)
                # (nor "intercepted a flotilla carrying aid to Gaza": a craft does what it
                # carries)
                and head.lemma_.lower() not in self.lex.craft_nouns
            ):  # "issued a statement condemning X", not "targeted individuals supplying X"
                return self.subjects(head.head, steps + 1)[0], True
            if (voter := _voted_for(head)) is not None:
                # "Kenya voted for (in favour of) a resolution condemning Russia": as backed
                return self.subjects(voter, steps + 1)[0], True
        return [], False

    def motion_rejecter(self, tok: Token, *, owned: bool = False) -> Token | None:
        """The verb rejecting a motion whose clause holds the act ``tok``, if any.

        "rejected calls to sanction X", "opposed a proposal to expel X", "voted against a
        resolution condemning X": the act is refused by the rejecter, not done or asked for.
        A proposal with an owner ("rejected the EU's plan to sanction X") holds the owner's
        act, not the rejecter's: its verb is returned only with ``owned`` (the rejection is
        still a stance on the owner).
        """
        act = tok
        while act.dep_ == "conj" and act.head.i != act.i:
            act = act.head
        noun = act.head
        cues = self.lex.cues
        if act.dep_ not in {"acl", "relcl"} or noun.lemma_.lower() not in cues["motion_nouns"]:
            return None
        if (
            noun.lemma_.lower() in cues["aspiration_nouns"]
            or (noun.lemma_.lower() in cues["proposal_nouns"] and not owned)
        ) and self.noun_agent(noun):
            # "blocked Sweden's bid to join NATO", "opposed the EU's proposal to sanction X":
            # the owner's own act (unlike "rejected calls by X to ...", asked of the rejecter)
            return None
        if noun.dep_ in {"dobj", "nsubjpass"}:
            verb, prep = noun.head, None
        elif noun.dep_ == "pobj" and noun.head.dep_ == "prep":
            verb, prep = noun.head.head, noun.head.lower_
        else:
            return None
        lemma = verb.lemma_.lower()
        if (
            (lemma in cues["rejection_verbs"] and prep in {None, "on"})
            or (lemma == "vote" and prep == "against")
            or (lemma == "abstain" and prep == "from")  # "abstained from a vote condemning X"
        ):
            return verb
        return None

    def _asked(self, verb: Token, act: Token) -> list[tuple[Mention, int]] | None:
        """Who a verb of directing asks to do ``act``: its object ("urged Iran to ..."),
        else its "on" object before the act ("called on Russia to withdraw"); None when the
        verb has neither."""
        for c in verb.children:
            if c.dep_ == "dobj":
                return self.np_actor(c)
        for c in verb.children:
            if c.dep_ == "prep" and c.lower_ in {"on", "upon"} and c.i < act.i:
                found = self.child_actors(c, "pobj")
                if found:
                    return found
        return None

    def gap_head(self, verb: Token, *, place: bool = False) -> Token | None:
        """The noun a relative clause with no relative pronoun takes as its verb's object:
        "three Chinese companies it accused of helping Russia" (the companies), "the country
        it invaded"; None when the verb has an object of its own or no subject. A clause
        after "where" names the place of the act, its object only with ``place`` (an act of
        force: "Kyiv, where Russia attacked"; not "Colombia, where exiles sheltered")."""
        if (
            verb.dep_ != "relcl"
            or verb.head.pos_ not in {"NOUN", "PROPN"}
            or not any(c.dep_ == "nsubj" for c in verb.children)
            or any(
                c.dep_ in {"dobj", "dative", "ccomp", "xcomp", "nsubjpass"}
                or c.lower_ in self.lex.cues["relative_pronouns"]
                or (c.tag_ == "WRB" and not place)
                for c in verb.children
            )
        ):
            return None
        return verb.head

    def noun_agent(self, noun: Token) -> list[tuple[Mention, int]]:
        for c in noun.children:
            if c.dep_ == "poss":
                return self.np_actor(c, depth=0)
        for c in noun.children:
            if c.dep_ == "prep" and c.lower_ in {"by", "of"}:
                for p in c.children:
                    if p.dep_ == "pobj" and self.mention(p) is not None:
                        return self.np_actor(p, depth=0)
        return []

    # ------------------------------------------------------------------ objects
    def _prep_objects(
        self, tok: Token, preps: set[str] | Sequence[str]
    ) -> list[tuple[Mention, int]]:
        heads = [tok, *(c for c in tok.children if c.dep_ == "prt")]  # "kidnapped up to 16 ..."
        for up in (h for h in heads[1:] if h.lower_ == "up"):  # "up to 16 advisers": a number,
            for c in (c for c in up.children if c.lower_ == "to"):  # not a destination
                found = self.child_actors(c, "pobj")
                if found:
                    return found
        heads += [  # "pulled its troops out of Lebanon": the "of" of "out of"
            c
            for c in tok.children
            if c.dep_ == "prep"
            and c.lower_ != "according"  # "according to X" names a source, no argument
            and not any(p.dep_ in {"pobj", "pcomp"} for p in c.children)
        ]
        heads += self.side_by_side(tok)
        if tok.pos_ in {"NOUN", "PROPN"} and not any(c.dep_ == "prep" for c in tok.children):
            # "launched artillery, mortar and rocket fire against X": the phrase on the
            # last conjunct is shared by the whole list
            heads.extend(c for c in tok.conjuncts if c.i > tok.i)
        kids = [
            c for h in heads for c in h.children if c.dep_ in {"prep", "prt", "dative"}
        ]  # read once: a Token is built on each access
        for prep in preps:  # in lexicon order: the first listed preposition wins
            for c in kids:
                if c.lower_ == prep:
                    for p in [*(p for p in c.children if p.dep_ == "pobj"), *self._lost_pobj(c)]:
                        if p.lower_ == "behalf":
                            continue  # "on behalf of X": X is the principal, no target
                        found = self.np_actor(p)
                        if found:
                            return found
        return []

    def side_by_side(self, tok: Token, kids: Iterable[Token] | None = None) -> list[Token]:
        """The doubled nouns between ``tok`` and its preposition, whose children are its own.

        "stands side by side with Ukraine", "stand shoulder to shoulder with the Iraqi
        people": the parser hangs "with" on a "side" or a "shoulder". ``kids`` are ``tok``'s
        children when the caller has them already.
        """
        found: list[Token] = []
        for c in tok.children if kids is None else kids:
            if c.lower_ in self.lex.cues["side_by_side"]:
                twins = [d for d in self.doc[max(0, c.i - 2) : c.i + 3] if d.lower_ == c.lower_]
                found.extend(t for t in twins if len(twins) == 2 and t not in found)
        return found

    def _lost_pobj(self, prep: Token) -> list[Token]:
        """The noun phrase right after a preposition the parser left without an object.

        "granted asylum to five officers holed up in ...": the parser makes "officers" the
        subject of "holed"; the phrase starting right after "to" is the object all the same.
        """
        if prep.dep_ != "prep" or any(c.dep_ == "pobj" for c in prep.children):
            return []
        nxt = prep.i + 1
        if nxt >= len(self.doc):
            return []
        head = self.doc[nxt]
        while head.head.i != head.i and head.head.left_edge.i == nxt and head.dep_ != "nsubj":
            head = head.head
        if (
            head.dep_ == "nsubj"
            and head.left_edge.i == nxt
            and head.head.dep_ in {"advcl", "acl", "relcl"}
        ):
            return [head]
        return []

    def _against_in_clause(self, tok: Token) -> list[tuple[Mention, int]]:
        """The first "against X" in the predicate's clause (not inside another clause)."""
        queue = [(c, 1) for c in tok.children if c.dep_ not in _SUBJ | {"ccomp", "parataxis"}]
        while queue:
            cur, depth = queue.pop(0)
            if cur.dep_ == "prep" and cur.lower_ == "against":
                found = self.child_actors(cur, "pobj")
                if found:
                    return found
            if depth < 6:
                queue.extend(  # a list counts as one step: "using aircraft, ... and artillery"
                    (c, depth + (c.dep_ not in {"conj", "cc", "punct"}))
                    for c in cur.children
                    if c.dep_ not in _SUBJ | {"ccomp", "parataxis", "relcl"}
                )
        return []

    def _act_doers(self, noun: Token) -> list[tuple[Mention, int]]:
        """Who an act noun names as its doer: "Russia's", "Russian", "(imposed) by X"."""
        for c in noun.children:
            if c.dep_ == "poss" and (found := self.np_actor(c, depth=0)):
                return found
            if (
                c.dep_ in {"amod", "compound", "nmod"}
                and c.i < noun.i
                and c.lemma_.lower() not in self.lex.cues["sponsor_verbs"]  # "Iran-backed"
                and (joint := self.joined(c))  # "US-UK strikes", "the US and British strikes"
            ):
                return joint
            by = c.dep_ == "prep" and c.lower_ in {"by", "from"}  # "pressure from the EU"
            if by and not self._launch_place(c) and (found := self.child_actors(c, "pobj")):
                return found
            for a in c.children if c.dep_ == "acl" else ():  # "sanctions imposed by X"
                if a.dep_ == "agent" and (found := self.child_actors(a, "pobj")):
                    return found
        return []

    def _from_doers(self, tok: Token) -> list[tuple[Mention, int]]:
        """The doers "from" names on ``tok``: "attack from Iran-backed militias" (not "from
        Lebanese territory", a place)."""
        if any(c.dep_ == "prep" and self._launch_place(c) for c in tok.children):
            return []
        return self._prep_objects(tok, ["from"])

    def _launch_place(self, prep: Token) -> bool:
        """True for "from" a place owned by someone: "an attack on Gaza from its territory",
        "strikes from Lebanese soil" name where an act starts, not who does it."""
        return prep.lower_ == "from" and any(
            p.dep_ == "pobj" and p.lemma_.lower() in self.lex.place_nouns for p in prep.children
        )

    def _passive_agent(self, tok: Token) -> list[tuple[Mention, int]]:
        """The agent of a passive found elsewhere: on a coordinated verb ("was bombed and
        killed by X") or on the act noun ("was killed in a raid by X", "was destroyed in an
        Israeli strike")."""
        for c in tok.children:
            if c.dep_ == "conj":
                for a in c.children:
                    if a.dep_ == "agent":
                        return self.child_actors(a, "pobj")
            if c.dep_ == "prep" and c.lower_ == "of":
                # "was accused of shelling civilians by X": an active gerund has no agent,
                # so a "by" after its object is the accuser
                for p in c.children:
                    if (
                        p.dep_ == "pcomp"
                        and p.tag_ == "VBG"
                        and not any(q.dep_ in {"auxpass", "nsubjpass"} for q in p.children)
                    ):
                        for q in p.children:
                            if (
                                q.dep_ in {"prep", "agent"}
                                and q.lower_ == "by"
                                and any(d.dep_ == "dobj" and d.i < q.i for d in p.children)
                            ):
                                return self.child_actors(q, "pobj")
            if c.dep_ == "prep" and c.lower_ in {"in", "during"}:
                for p in c.children:
                    if p.dep_ == "pobj" and p.lemma_.lower() in self.lex.nouns:
                        for q in p.subtree:
                            if q.dep_ in {"prep", "agent"} and q.lower_ == "by":
                                return self.child_actors(q, "pobj")
                        if found := self._act_doers(p):  # "was destroyed in an Israeli
                            return found  # strike": Israel's
        return []

    def _purpose_objects(self, tok: Token) -> list[tuple[Mention, int]]:
        """ "... in protest of X", "in solidarity with X": the object of the framing noun."""
        for c in tok.children:
            if c.dep_ == "prep" and c.lower_ in {"in", "as"}:
                for p in c.children:
                    if p.dep_ == "pobj" and p.lemma_.lower() in _FRAMES:
                        found = self._prep_objects(p, ["of", "against", "with", "to", "at", "over"])
                        if found:
                            return found
        return []

    def _condition_subjects(self, tok: Token) -> list[tuple[Mention, int]]:
        """ "X threatened to stop talks if Y deploys missiles": the condition's subject."""
        chain = [tok, *(c for c in tok.children if c.dep_ == "xcomp")]
        for x in list(chain[1:]):
            chain.extend(c for c in x.children if c.dep_ == "xcomp")
        for clause in chain[1:]:
            found = self._condition_subject(clause)
            if found is not None:
                return found
        cur = tok
        for _ in range(3):
            found = self._condition_subject(cur)
            if found is not None:
                return found
            if cur.dep_ not in {"xcomp", "ccomp"}:
                break
            cur = cur.head
        return []

    def _condition_subject(
        self, clause: Token, marks: frozenset[str] = frozenset({"if", "unless"})
    ) -> list[tuple[Mention, int]] | None:
        """Actors of the first subject of an if/unless clause (or one with another of
        ``marks``: "protested after Chinese ships entered its waters") under ``clause``,
        else None."""
        for c in clause.children:
            if c.dep_ == "advcl" and any(m.lower_ in marks for m in c.children if m.dep_ == "mark"):
                for s in c.children:
                    if s.dep_ == "nsubj":
                        return self.np_actor(s)
        return None

    def _transfer(self, verb: Token) -> bool:
        """True for a verb of handing something over ("send", "sell", "hand over")."""
        lemma = verb.lemma_.lower()
        phrases = {lemma, *(f"{lemma} {c.lower_}" for c in verb.children if c.dep_ == "prt")}
        return bool(phrases & set(self.lex.cues["transfer_verbs"]))

    def _own_act(self, participle: Token, verb: Token) -> bool:
        """True when a participle after ``verb`` is an act of its own: not one of words, or
        one whose side is against the verb's ("approved the bill, defying the EU")."""
        inner = self.lex.verbs.get(participle.lemma_.lower())
        outer = self.lex.verbs.get(verb.lemma_.lower())
        if inner is None:
            return False
        if not self._verbal(participle) or outer is None:
            return True
        side = ontology_relation(inner.relation).polarity
        return side * ontology_relation(outer.relation).polarity < 0

    def _verbal(self, tok: Token) -> bool:
        """A verb of judging, asking or threatening ("accused", "called on", "urged",
        "vowed")."""
        lemma = tok.lemma_.lower()
        entries = [
            self.lex.verbs.get(lemma),
            *(self.lex.phrasal.get((lemma, c.lower_)) for c in tok.children if c.dep_ in _PARTS),
        ]
        return lemma in self.lex.cues["vow_verbs"] or any(
            e is not None and e.relation in _VERBAL for e in entries
        )

    def act_bringing(self, verb: Token) -> str | None:
        """How a verb takes the act it has as object: "seeks" it ("seek", "want", "fear":
        sought_act_verbs, wish_verbs), "causes" it ("trigger", "provoke": causing_verbs),
        or None."""
        lemma, cues = verb.lemma_.lower(), self.lex.cues
        if lemma in cues["sought_act_verbs"] or lemma in cues["wish_verbs"]:
            return "seeks"
        return "causes" if lemma in cues["causing_verbs"] else None

    def _brought_act(self, verb: Token, obj: Token) -> Token | None:
        """The act noun a verb that brings acts about or seeks them has as its object
        ``obj``, or as what its object is "of": "trigger UN sanctions", "seek the return of
        UN sanctions" (sanctions); None for any other verb or object."""
        if self.act_bringing(verb) is None:
            return None
        for act in [obj, *(p for c in obj.children if c.lower_ == "of" for p in c.children)]:
            if act.pos_ == "NOUN" and act.lemma_.lower() in self.lex.nouns:
                return act
        return None

    def _content_objects(self, tok: Token, preps: Sequence[str]) -> list[tuple[Mention, int]]:
        """Objects inside a complement clause: "threatened to cut off power to X" (of an
        ultimatum, only the one given it: "gave the junta a week to reinstate Bazoum")."""
        if (given := self.ultimatum_recipient(tok)) is not None:
            return self.np_actor(given)
        for c in tok.children:
            if c.dep_ == "ccomp" or (  # "called for Russia to withdraw": Russia
                c.dep_ == "advcl"
                and any(m.dep_ == "mark" and m.lower_ == "for" for m in c.children)
            ):
                if any(s.dep_ == "nsubj" for s in c.children):
                    # "demanded that Stockholm crack down ... and that Washington approve
                    # the sale": each complement's subject
                    return [
                        x
                        for v in (c, *(g for g in c.children if second_complement(g)))
                        for s in v.children
                        if s.dep_ == "nsubj"
                        for x in self.np_actor(s)
                    ]
                for s in c.children:
                    if (
                        s.dep_ == "nsubjpass"
                        and (moved := self.lex.verbs.get(c.lemma_.lower())) is not None
                        and moved.relation in {"mobilizesAgainst", "withdrawsFrom"}
                        and (found := self.np_actor(s))
                    ):  # "called for NATO troops to be deployed (Russian troops to be
                        return found  # withdrawn)": the forces' owner, who moves them
            if c.dep_ == "xcomp" or (
                c.dep_ == "advcl"
                and any(a.lower_ == "to" or a.tag_ == "VBG" for a in [c, *c.children])
                # (not ", drawing criticism from X": X reacts to the act, it is not its object)
                and c.lemma_.lower() not in self.lex.cues["elicit_verbs"]
                # (nor "approved the bill, defying the EU", "approved the bid, leaving Hungary
                # as the last holdout": a participle with an act of its own is that act, on
                # its own object; one of words of the same side, "blocked the bid, accusing
                # Stockholm", says what the act is about)
                and not (c.tag_ == "VBG" and c.i > tok.i and self._own_act(c, tok))
            ):
                topic = c.lemma_.lower() in self.lex.cues["topic_object_verbs"]
                for d in c.children:
                    if d.dep_ in {"dobj", "dative"} and topic:
                        # "refused to discuss the strikes on Iran": a topic, no partner (but
                        # "to discuss a ceasefire with Ukraine": the "with" hung on it is)
                        if found := self._prep_objects(d, ["with"]):
                            return found
                    elif d.dep_ == "dobj" and self._transfer(c):
                        # "refused to hand over Argentina's embassy to Venezuela": what is
                        # handed is no party, to whom it goes is (the "to" hung on either)
                        if found := self._prep_objects(c, ["to"]) or self._prep_objects(d, ["to"]):
                            return found
                    elif d.dep_ in {"dobj", "dative"}:
                        found = self.np_actor(d)
                        if (act := self._brought_act(c, d)) is not None:
                            # "threatened to trigger UN sanctions on Iran": the UN would
                            # impose them; Iran is threatened
                            doers = {i for _, i in self._act_doers(act)}
                            found = [x for x in found if x[1] not in doers]
                            entry = self.lex.nouns[act.lemma_.lower()]
                            found = found or self._prep_objects(act, self.lex.preps_for(entry))
                        if found:
                            return found
                if c.lemma_.lower() == "make":  # "threatened to make Spain pay": the one
                    for d in c.children:  # made to do it
                        if d.dep_ == "ccomp" and (found := self.child_actors(d, "nsubj")):
                            return found
                found = self._prep_objects(
                    c, [*preps, "to", "with", "on", "against", "from", "in", "for"]
                )
                if found:
                    return found
        return []


def second_complement(verb: Token) -> bool:
    """True for a clause joined to another with a "that" of its own: "demanded that A ...
    and that B ..." (B's clause), a complement of the same verb as the first."""
    return verb.dep_ == "conj" and any(
        m.dep_ == "mark" and m.lower_ == "that" for m in verb.children
    )


_PARTS = frozenset({"prt", "prep"})
#: Relations of words one says: judging, asking, threatening ("accused", "called on").
_VERBAL = frozenset({*JUDGEMENTS, "callsOn", "demands", "threatens", "warns"})


def _voted_for(noun: Token) -> Token | None:
    """The verb "vote" when ``noun`` is what it is for: "voted for a resolution", "voted in
    favour of the resolution"; else None.

    Example:
        >>> from spacy.lang.en import English
        >>> from spacy.tokens import Doc
        >>> words = ["Kenya", "voted", "in", "favor", "of", "it", "and", "for", "that"]
        >>> doc = Doc(English().vocab, words=words, heads=[1, 1, 1, 2, 3, 4, 1, 1, 7],
        ...           deps=["nsubj", "ROOT", "prep", "pobj", "prep", "pobj", "cc", "prep",
        ...                 "pobj"], lemmas=["Kenya", "vote", "in", "favor", "of", "it", "and",
        ...                 "for", "that"])
        >>> _voted_for(doc[5]).text, _voted_for(doc[8]).text, _voted_for(doc[3])
        ('voted', 'voted', None)
    """
    if noun.dep_ != "pobj":
        return None
    prep, favour = noun.head, noun.head.head
    if (
        prep.lower_ == "of"
        and favour.lemma_.lower() in {"favor", "favour"}
        and favour.dep_ == "pobj"
        and favour.head.lower_ == "in"
    ):
        prep = favour.head  # "in favour of"
    elif prep.lower_ != "for":
        return None
    return prep.head if prep.head.lemma_.lower() == "vote" else None


def _participle(tok: Token) -> tuple[str, ...]:
    """The verbs a participle may come from: "backed" -> back; "British-flagged", tagged
    an adjective, -> flagg, flag."""
    if tok.tag_ in {"VBN", "VBG"}:
        return (tok.lemma_.lower(),)
    low = tok.lower_
    if tok.tag_ == "JJ" and low.endswith("ed") and tok.i > 0 and tok.nbor(-1).text == "-":
        return (low[:-2], low[:-3], low[:-1])  # "flagg(ed)", "flag(ged)", "operate(d)"
    return ()


def _doers(noun: Token, lex: Lexicon) -> bool:
    """Nouns naming people or bodies who do what their participle says ("individuals
    supplying oil", "companies selling drones"), unlike acts and texts ("a statement
    condemning X", "strikes coordinated with X")."""
    low, lemma = noun.lower_, noun.lemma_.lower()
    return (
        lemma in lex.cues["doer_nouns"]
        or low in lex.group_nouns
        or low in lex.cues["generic_groups"]
        or low in lex.organ_nouns
        or lemma in lex.organ_nouns
    )


def _unique(found: list[tuple[Mention, int]]) -> list[tuple[Mention, int]]:
    seen: set[str] = set()
    out = []
    for m, i in found:
        if m.actor.id not in seen:
            seen.add(m.actor.id)
            out.append((m, i))
    return out
