"""The graphkit spaCy components, registered with ``@Language.factory``.

``graphkit_paragraphs`` (before the parser) starts a sentence after each line break;
``graphkit_actors`` mends the parse errors that lose statements (see
:mod:`graphkit.extract.repairs`) and finds actor mentions (KB alias PhraseMatcher merged
with the model's entities, see :mod:`graphkit.extract.actors`) into
``doc._.graphkit_mentions``;
``graphkit_statements`` runs the pure core :func:`graphkit.extract.relations.extract_from_doc`
into ``doc._.graphkit_statements``. They are declared as ``spacy_factories`` entry points;
Doc extensions are registered when a component is made, not at import.

Example:
    >>> from spacy.language import Language
    >>> Language.has_factory("graphkit_statements")
    True
"""

from __future__ import annotations

import re
from typing import Any

import numpy
from spacy.attrs import IDX
from spacy.lang.en.stop_words import STOP_WORDS
from spacy.language import Language
from spacy.tokens import Doc

from graphkit.extract.lexicon import load_lexicon
from graphkit.extract.repairs import (
    and_clauses,
    complement_infinitives,
    contrast_clauses,
    coordinated_participles,
    denied_charges,
    fronted_appositions,
    fronted_conjuncts,
    gerund_objects,
    headline_subjects,
    headline_verbs,
    known_lemmas,
    labelled_objects,
    misread_nouns,
    named_roots,
    participle_modifiers,
    passive_subjects,
    predicate_adjectives,
    prefixed_lemmas,
    relative_subjects,
    reported_conjuncts,
    reported_participles,
    semicolon_clauses,
    sequence_participles,
    spliced_reports,
    verbless_clauses,
)

__all__ = [
    "ActorsComponent",
    "ParagraphsComponent",
    "StatementsComponent",
    "make_actors",
    "make_paragraphs",
    "make_statements",
]


def _set_extensions() -> None:
    for name in ("graphkit_mentions", "graphkit_statements"):
        if not Doc.has_extension(name):
            Doc.set_extension(name, default=None)


class ActorsComponent:
    """Finds actor mentions: KB alias matches merged with the model's entities."""

    def __init__(self, nlp: Language, name: str = "graphkit_actors") -> None:
        from spacy.matcher import PhraseMatcher

        from graphkit.kb import AMBIGUOUS_ALIASES, load_kb

        _set_extensions()
        self.name = name
        self.lemmatizer = nlp.get_pipe("lemmatizer") if "lemmatizer" in nlp.pipe_names else None
        self.waters = frozenset(load_lexicon().cues["water_names"])
        kb = load_kb()
        rank = {"label": 0, "alt": 1, "demonym": 2, "capital": 3, "seat": 3, "territory": 4}
        chosen = {k: kb.get(key).id for k, key in AMBIGUOUS_ALIASES.items()}
        self.aliases: dict[str, tuple[Any, str]] = {}
        for alias, actor, kind in kb.aliases():
            if chosen.get(alias.lower(), actor.id) != actor.id:
                continue  # "Brussels" is the EU, as the KB resolves it
            forms = [alias]
            if alias.lower().startswith("the ") and actor.type != "InformalBloc":
                forms.append(alias[4:])  # "Kremlin officials"; but "West" needs "the"
            if kind == "demonym" and not alias.endswith(("s", "ese")):
                forms.append(alias + "s")
            for form in forms:
                key = form.lower()
                old = self.aliases.get(key)
                if old is None or rank[kind] < rank[old[1]]:
                    self.aliases[key] = (actor, kind)
        from graphkit.extract.lexicon import load_territories
        from graphkit.types import ACTOR_NS

        states = {a.id: a for a in kb.actors}
        for name, iso3 in load_territories().items():
            state = states.get(ACTOR_NS + iso3)
            if state is not None and name.lower() not in self.aliases:
                self.aliases[name.lower()] = (state, "territory")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        exact: list[Doc] = []
        lower: list[Doc] = []
        for key, (actor, _) in self.aliases.items():
            if len(key) <= 4:  # a person's short name only as written ("Xi", not "XI")
                cased = {_title(key)} if actor.type == "Person" else {key.upper(), _title(key)}
                if key in STOP_WORDS:  # "Who attacked Israel?" is no WHO, "Us" no US
                    cased.discard(_title(key))
                exact.extend(nlp.make_doc(f) for f in cased)
            else:
                lower.append(nlp.make_doc(key))
        # short aliases ("US", "EU", "UK", "Iran") are matched case-sensitively
        for alias, _, _ in kb.aliases():
            if len(alias) <= 4:
                exact.append(nlp.make_doc(alias))
        self.exact.add("KB", exact)
        self.lower.add("KB", lower)

    def _inside_place(self, span: Any, places: list[tuple[int, int]]) -> bool:
        """True for a non-state name that is part of a longer place name ("West" in "West
        Bank", "the West" in "the West Bank")."""
        found = self.aliases.get(span.text.lower())
        if len(span) > 1 and span[0].text == "the":
            span = span[1:]
            found = self.aliases.get(span.text.lower()) or found
        return (
            found is not None
            and found[0].type != "State"
            and any(
                s <= span.start
                and span.end <= e
                and (s, e) != (span.start, span.end)
                and span[-1].i + 1 < e
                for s, e in places
            )
        )

    def matches(self, doc: Doc) -> list[tuple[int, int, Any, str]]:
        from spacy.util import filter_spans

        places = [
            (e.start + (e[0].lower_ == "the"), e.end)
            for e in doc.ents
            if e.label_ in {"GPE", "LOC", "FAC"}
        ]
        seas = [  # "Indian Ocean", "Arabian Sea": a name of the sea, no actor
            (e.start, e.end)
            for e in doc.ents
            if e.label_ == "LOC" and len(e) > 1 and e[-1].lower_ in self.waters
        ]
        spans = [  # ("the West" in "the West Bank" is dropped before it can hide the Bank)
            doc[s:e]
            for _, s, e in [*self.exact(doc), *self.lower(doc)]
            if not self._inside_place(doc[s:e], places)
            and not any(a <= s and e < z for a, z in seas)
        ]
        out = []
        for span in filter_spans(spans):
            found = self.aliases.get(span.text.lower())
            if len(span) > 1 and span[0].text == "the":
                span = span[1:]  # "the Kremlin" mid-sentence: the name after the article
                found = self.aliases.get(span.text.lower()) or found  # "the West": kept whole
            if found is None or not (
                span[0].text[:1].isupper() or re.match(r"al[-\s][A-Z]", span.text)
            ):  # a name ("al-Qaida" as written too), not a common word
                continue
            if (
                span[-1].lower_ in _COMPASS
                and span.end < len(doc)
                and doc[span.end].ent_type_ == "NORP"
            ):  # "the West African regional bloc", "East Asian states": a region, not the West
                continue
            out.append((span.start, span.end, found[0], found[1]))
        return out

    def __call__(self, doc: Doc) -> Doc:
        from graphkit.extract.actors import find_mentions

        known_lemmas(doc)
        if self.lemmatizer is not None:
            prefixed_lemmas(doc, self.lemmatizer)
        semicolon_clauses(doc)
        and_clauses(doc)
        reported_conjuncts(doc)
        spliced_reports(doc)
        reported_participles(doc)
        sequence_participles(doc)
        contrast_clauses(doc)
        complement_infinitives(doc)
        denied_charges(doc)
        misread_nouns(doc)
        gerund_objects(doc)
        participle_modifiers(doc)
        coordinated_participles(doc)
        relative_subjects(doc)
        passive_subjects(doc)
        labelled_objects(doc)
        predicate_adjectives(doc)
        fronted_appositions(doc)
        found = self.matches(doc)
        if self.lemmatizer is not None:
            names = {end - 1 for _, end, _, _ in found}
            verbless_clauses(doc, self.lemmatizer, names=names)
            named_roots(doc, self.lemmatizer, names=names)
            headline_verbs(doc, names=names)
            headline_subjects(doc, names=names)
        fronted_conjuncts(doc)  # (after the verbs above: "The EU sanctions A and B")
        doc._.graphkit_mentions = find_mentions(doc, found)
        return doc


#: A line break in a document's text.
_BREAK = re.compile("\n")
#: Points of the compass, which begin regions' adjectives ("West African", "East Asian").
_COMPASS = frozenset({"west", "east", "north", "south"})


def _title(text: str) -> str:
    return text[:1].upper() + text[1:]


class StatementsComponent:
    """Runs the pure extraction core and stores the statements on the Doc."""

    def __init__(self, nlp: Language, name: str = "graphkit_statements") -> None:
        _set_extensions()
        self.name = name
        self.lexicon = load_lexicon()

    def __call__(self, doc: Doc) -> Doc:
        from graphkit.extract.relations import extract_from_doc

        mentions = doc._.graphkit_mentions or []
        doc._.graphkit_statements = extract_from_doc(doc, mentions, lexicon=self.lexicon)
        return doc


class ParagraphsComponent:
    """Starts a sentence after every line break, after a footnote marker that follows a
    sentence end ("... al-Freiji.[2] Qanbar announced ...") and after the dateline that
    opens a paragraph ("KYIV, Ukraine (AP) — Russia ...", see
    :func:`graphkit.extract.mentions.dateline_end`), before the parser runs."""

    def __init__(self, nlp: Language, name: str = "graphkit_paragraphs") -> None:
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        from graphkit.extract.mentions import datelines, doc_text
        from graphkit.extract.pipeline import FOOTNOTE_MARKER

        spans = doc.user_data["graphkit_datelines"] = datelines(doc)  # read by find_mentions
        for _, end in spans:
            doc[end].is_sent_start = True
            if end + 1 < len(doc):  # no one-word sentence ("BEIRUT - Israel | carried out")
                doc[end + 1].is_sent_start = False
        text = doc_text(doc)
        starts = doc.to_array(IDX)  # found from the text, with no Python loop over tokens
        # the token after one whose text or trailing space holds a line break: the first
        # token starting past the break
        breaks = [m.start() for m in _BREAK.finditer(text)]
        for j in set(numpy.searchsorted(starts, breaks, side="right").tolist()):
            if 0 < j < len(doc):
                doc[j].is_sent_start = True
        for m in FOOTNOTE_MARKER.finditer(text):  # "... al-Freiji.[2] Qanbar announced"
            k = int(numpy.searchsorted(starts, m.start()))
            if (
                0 < k < len(doc) - 1
                and starts[k] == m.start()
                and doc[k].text == m.group()
                and doc[k - 1].text in {".", "!", "?"}
                and not FOOTNOTE_MARKER.fullmatch(doc[k + 1].text)
            ):
                doc[k + 1].is_sent_start = True
        return doc


@Language.factory("graphkit_paragraphs", default_config={}, assigns=["token.is_sent_start"])
def make_paragraphs(nlp: Language, name: str) -> ParagraphsComponent:
    """Factory of the ``graphkit_paragraphs`` component."""
    return ParagraphsComponent(nlp, name)


@Language.factory(
    "graphkit_actors",
    default_config={},
    assigns=["doc._.graphkit_mentions"],
    requires=["token.dep", "token.lemma", "doc.ents"],
)
def make_actors(nlp: Language, name: str) -> ActorsComponent:
    """Factory of the ``graphkit_actors`` component."""
    return ActorsComponent(nlp, name)


@Language.factory(
    "graphkit_statements",
    default_config={},
    assigns=["doc._.graphkit_statements"],
    requires=["doc._.graphkit_mentions"],
)
def make_statements(nlp: Language, name: str) -> StatementsComponent:
    """Factory of the ``graphkit_statements`` component."""
    return StatementsComponent(nlp, name)
