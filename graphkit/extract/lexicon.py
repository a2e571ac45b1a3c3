"""Relation lexicons and cue lists, loaded once from ``graphkit/extract/data``.

The lexicons are data, not code: ``predicates.tsv`` maps verb, noun and adjective lemmas to
ontology relation names, ``support.tsv`` maps a light verb plus its object noun ("impose
sanctions", "open fire") to a relation, and ``cues.json`` holds the closed-class cue lists
(negators, refusal and speech verbs, titles, organ and group nouns, role nouns).

Every relation name in the files must exist in the ontology; :func:`load_lexicon` checks it
when the ontology is available.

Example:
    >>> lex = load_lexicon()
    >>> lex.verbs["invade"].relation
    'invades'
    >>> lex.support[("impose", "sanction")].relation
    'sanctions'
    >>> "refuse" in lex.refusal_verbs
    True
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, cached_property
from importlib import resources
from typing import Any

from spacy.strings import get_string_id

from graphkit.errors import OntologyError

__all__ = ["JUDGEMENTS", "CueList", "Entry", "Lexicon", "load_lexicon", "load_territories"]

#: Relations that judge an act or a claim (a judgement of "the attack" judges its doer).
JUDGEMENTS = frozenset(
    {
        "praises",
        "supports",
        "criticizes",
        "condemns",
        "opposes",
        "rejects",
        "disputes",
        "challenges",
        "protestsAgainst",
        "accuses",
        "blames",
        "investigates",
    }
)


@dataclass(frozen=True, slots=True)
class Entry:
    """One lexicon entry: a trigger lemma (possibly with a particle) and its relation."""

    lemma: str
    pos: str
    relation: str
    preps: tuple[str, ...]
    particle: str | None = None


class CueList(frozenset[str]):
    """A cue list as written in ``cues.json``: a frozenset (the rules test membership tens
    of thousands of times per document set, and a list would scan) that keeps the list's
    order for iteration and indexing.

    Example:
        >>> words = CueList(["hospital", "school"])
        >>> "school" in words, words[0], list(words)
        (True, 'hospital', ['hospital', 'school'])
    """

    _order: tuple[str, ...]

    def __new__(cls, words: list[str]) -> CueList:
        made = super().__new__(cls, words)
        made._order = tuple(words)
        return made

    def __iter__(self) -> Iterator[str]:
        return iter(self._order)

    def __getitem__(self, index: int) -> str:
        return self._order[index]


@dataclass(frozen=True)
class Lexicon:
    """All extraction lexicons (read-only)."""

    verbs: dict[str, Entry]
    phrasal: dict[tuple[str, str], Entry]
    nouns: dict[str, Entry]
    adjectives: dict[str, Entry]
    support: dict[tuple[str, str], Entry]
    cues: dict[str, Any]
    negators: frozenset[str]
    refusal_verbs: frozenset[str]
    litotes_verbs: frozenset[str]  # refusals whose denial is the act ("did not hesitate to")
    refusal_adjectives: frozenset[str]
    refusal_nouns: frozenset[str]
    intent_verbs: frozenset[str]
    intent_adjectives: frozenset[str]
    threat_verbs: frozenset[str]
    request_verbs: frozenset[str]
    demand_verbs: frozenset[str]
    speech_verbs: frozenset[str]
    titles: frozenset[str]
    government_titles: frozenset[str]
    organ_nouns: frozenset[str]
    group_nouns: dict[str, str]
    role_nouns: dict[str, tuple[str, ...]]
    head_role_nouns: frozenset[str]
    locative_preps: frozenset[str]
    place_nouns: frozenset[str]
    reciprocal: frozenset[str]
    condemn_type: frozenset[str]
    compound_overrides: dict[str, str]
    default_preps: dict[str, tuple[str, ...]]
    complement_nouns: frozenset[str]  # found in a verb's complement, not its object
    undoing_verbs: frozenset[str]  # an act they govern does not happen ("vetoed aid")

    @cached_property
    def support_nouns(self) -> frozenset[str]:
        """The nouns of the light-verb rows ("impose sanctions": "sanction")."""
        return frozenset(noun for _verb, noun in self.support)

    @cached_property
    def phrasal_verbs(self) -> frozenset[str]:
        """The verbs of the multi-word rows ("call" of "call on", "hold" of "hold
        responsible")."""
        return frozenset(verb for verb, _particle in self.phrasal)

    @cached_property
    def support_verbs(self) -> frozenset[str]:
        """The verbs (with a particle or preposition, if any) of the light-verb rows."""
        return frozenset(verb for verb, _noun in self.support)

    @cached_property
    def complement_verbs(self) -> frozenset[str]:
        """The verbs of light-verb rows whose noun stands in the complement ("designated X
        a terrorist group")."""
        return frozenset(
            verb for (verb, _), e in self.support.items() if e.particle in self.complement_nouns
        )

    @cached_property
    def speech_lemma_ids(self) -> frozenset[int]:
        """String ids of the speech verbs as lemmas, lower, capitalised and upper case (for
        finding them in a document's array of lemmas)."""
        return frozenset(
            get_string_id(form)
            for verb in self.speech_verbs
            for form in {verb, verb.capitalize(), verb.upper()}
        )

    @cached_property
    def craft_nouns(self) -> frozenset[str]:
        """Weapons and vehicles: a demonym or name on them names their owner ("Chinese
        fighter jets"), and they are no target of a measure on goods."""
        return frozenset(self.cues["weapon_nouns"]) | frozenset(self.cues["vehicle_nouns"])

    @cached_property
    def summing_nouns(self) -> frozenset[str]:
        """Nouns that sum up a clause told before them: summaries ("a move") and claims ("a
        charge"): "X accused Y of V-ing, a charge Y denied"."""
        return frozenset(self.cues["summary_nouns"]) | frozenset(self.cues["claim_nouns"])

    @cached_property
    def service_words(self) -> frozenset[str]:
        """The words of a state's service named without the state ("Coast Guard")."""
        return frozenset(self.cues["service_words"])

    def group_type(self, word: str, lemma: str) -> str | None:
        """The actor type of a group noun, plural or singular ("companies", "a company").

        Example:
            >>> lex = load_lexicon()
            >>> lex.group_type("company", "company"), lex.group_type("rebel", "rebel")
            ('Organization', 'NonStateArmedGroup')
        """
        plurals = (lemma + "s", lemma[:-1] + "ies" if lemma.endswith("y") else lemma + "es")
        return self.group_nouns.get(word) or next(
            (self.group_nouns[p] for p in plurals if p in self.group_nouns), None
        )

    def preps_for(self, entry: Entry) -> tuple[str, ...]:
        """The prepositions that introduce the object of ``entry``.

        A multi-word verb's own particle comes first ("stand by X", "side with X").
        """
        if entry.preps:
            return entry.preps
        own = (entry.particle,) if entry.particle else ()
        return own + tuple(p for p in self.default_preps.get(entry.relation, ()) if p not in own)


def _read_text(name: str) -> str:
    return resources.files("graphkit.extract").joinpath("data", name).read_text("utf-8")


def _rows(name: str) -> list[list[str]]:
    rows = []
    for lineno, line in enumerate(_read_text(name).splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 4:
            raise OntologyError(
                f"{name} line {lineno}: expected 4 tab-separated cells, got {line!r}"
            )
        rows.append(cells)
    return rows


def _preps(cell: str) -> tuple[str, ...]:
    return () if cell.strip() in {"", "-"} else tuple(p.strip() for p in cell.split(","))


def _check_relations(names: set[str]) -> None:
    try:
        from graphkit.ontology import relations
    except ImportError:  # pragma: no cover - the ontology module is part of the package
        return
    known = relations()
    unknown = sorted(n for n in names if n and n not in known)
    if unknown:
        raise OntologyError(
            f"lexicon relations not in the ontology: {unknown}; known: {sorted(known)}"
        )


@cache
def load_territories() -> dict[str, str]:
    """Regions and cities outside the KB mapped to the ISO3 code of their state.

    Example:
        >>> load_territories()["Gaza Strip"]
        'PSE'
    """
    out: dict[str, str] = {}
    for lineno, line in enumerate(_read_text("territories.tsv").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        cells = line.split("\t")
        if len(cells) != 2:
            raise OntologyError(f"territories.tsv line {lineno}: expected 2 cells, got {line!r}")
        out[cells[0]] = cells[1]
    return out


@cache
def load_lexicon() -> Lexicon:
    """Load (once) the relation lexicons and cue lists.

    Returns:
        The shared :class:`Lexicon`.

    Raises:
        OntologyError: A data file is malformed or names a relation the ontology lacks.
    """
    verbs: dict[str, Entry] = {}
    phrasal: dict[tuple[str, str], Entry] = {}
    nouns: dict[str, Entry] = {}
    adjectives: dict[str, Entry] = {}
    for lemma, pos, relation, preps in _rows("predicates.tsv"):
        words = lemma.split()
        entry = Entry(words[0], pos, relation, _preps(preps), " ".join(words[1:]) or None)
        if pos == "V":
            if entry.particle:
                phrasal[(words[0], entry.particle)] = entry
            else:
                verbs[lemma] = entry
        elif pos == "N":
            nouns[lemma] = entry
        elif pos == "A":
            adjectives[lemma] = entry
        else:
            raise OntologyError(f"predicates.tsv: unknown part of speech {pos!r} for {lemma!r}")
    support: dict[tuple[str, str], Entry] = {}
    for verb, noun, relation, preps in _rows("support.tsv"):
        support[(verb, noun)] = Entry(verb, "S", relation, _preps(preps), noun)
    cues: dict[str, Any] = {
        key: CueList(value)
        if isinstance(value, list) and all(isinstance(v, str) for v in value)
        else value
        for key, value in json.loads(_read_text("cues.json")).items()
    }
    grids = [  # verb x noun rows: "summoned the envoy", "called Yoon a traitor", "shipped shells"
        *((v, r, tuple(p), cues["envoy_nouns"]) for v, (r, p) in cues["diplomatic_verbs"].items()),
        *((v, "accuses", (), cues["pejorative_nouns"]) for v in cues["labelling_verbs"]),
        *(  # "carried out air strikes on X", "mounted a raid on X"
            (v, "attacks", ("on", "against", "at", "of"), cues["attack_nouns"])
            for v in cues["force_light_verbs"]
        ),
        *(  # "used attack helicopters against X", "employed drones on X"
            (v, "attacks", ("against", "on"), cues["weapon_nouns"]) for v in cues["using_verbs"]
        ),
        *((v, "praises", (), cues["praise_nouns"]) for v in cues["labelling_verbs"]),
        # "called the accusations baseless": the accuser disputed
        *((v, "disputes", (), cues["falsity_adjectives"]) for v in cues["labelling_verbs"]),
        *((v, "providesWeaponsTo", ("to",), cues["weapon_nouns"]) for v in cues["transfer_verbs"]),
        *((v, "providesAidTo", ("to", "for"), cues["relief_nouns"]) for v in cues["relief_verbs"]),
        *(  # "a rescue team landed in Myanmar with emergency supplies": relief brought
            (f"{v} with", "providesAidTo", ("in", "to"), cues["relief_nouns"])
            for v in cues["trip_verbs"]
        ),
        *(
            (v, "cooperatesWith", ("to", "from"), cues["commodity_nouns"])
            for v in cues["trade_verbs"]
        ),
        *(  # "India buys Russian oil", "bought oil from Russia": the seller
            (v, "cooperatesWith", ("from",), cues["commodity_nouns"])
            for v in cues["purchase_verbs"]
        ),
        *((v, "cutsTiesWith", ("with",), cues["tie_nouns"]) for v in cues["tie_cutting_verbs"]),
        *(  # "resumed diplomatic relations with Qatar", "A and B reopened their embassies"
            (v, "alignsWith", ("with",), cues["diplomatic_tie_nouns"])
            for v in cues["tie_restoring_verbs"]
        ),
        *(  # "tightened export controls on China" (on chips to China): the target sanctioned
            (v, "sanctions", ("on", "against", "of", "to"), cues["measure_nouns"])
            for v in cues["tightening_verbs"]
        ),
        *(  # "relaxed sanctions on Syria", "waived tariffs on X": a concession to the target
            (v, "concedesTo", ("on", "against", "of", "in"), cues["measure_nouns"])
            for v in cues["easing_verbs"]
        ),
    ]
    for grid_verb, grid_relation, grid_preps, grid_nouns in grids:
        for noun in grid_nouns:
            entry = Entry(grid_verb, "S", grid_relation, grid_preps, noun)
            support.setdefault((grid_verb, noun), entry)
    default_preps = {k: tuple(v) for k, v in cues["default_preps"].items()}
    names = {e.relation for e in [*verbs.values(), *phrasal.values(), *nouns.values()]}
    names |= {e.relation for e in [*adjectives.values(), *support.values()]}
    names |= set(cues["noun_compound_overrides"].values()) | set(default_preps)
    _check_relations(names)

    def fs(key: str) -> frozenset[str]:
        return frozenset(cues[key])

    return Lexicon(
        verbs=verbs,
        phrasal=phrasal,
        nouns=nouns,
        adjectives=adjectives,
        support=support,
        cues=cues,
        negators=fs("negators"),
        refusal_verbs=fs("refusal_verbs"),
        litotes_verbs=fs("litotes_verbs"),
        refusal_adjectives=fs("refusal_adjectives"),
        refusal_nouns=fs("refusal_nouns"),
        intent_verbs=fs("intent_verbs"),
        intent_adjectives=fs("intent_adjectives"),
        threat_verbs=fs("threat_verbs"),
        request_verbs=fs("request_verbs"),
        demand_verbs=fs("demand_verbs"),
        speech_verbs=fs("speech_verbs"),
        titles=fs("titles"),
        government_titles=fs("government_titles"),
        organ_nouns=fs("organ_nouns"),
        group_nouns=dict(cues["group_nouns"]),
        role_nouns={k: tuple(v) for k, v in cues["role_nouns"].items()},
        head_role_nouns=fs("head_role_nouns"),
        locative_preps=fs("locative_preps"),
        place_nouns=fs("place_nouns"),
        reciprocal=fs("reciprocal_relations"),
        condemn_type=fs("condemn_type"),
        compound_overrides=dict(cues["noun_compound_overrides"]),
        default_preps=default_preps,
        complement_nouns=fs("complement_nouns")
        | fs("pejorative_nouns")
        | fs("praise_nouns")
        | fs("falsity_adjectives"),
        undoing_verbs=fs("rejection_verbs") | fs("cessation_verbs"),
    )
