"""Parse repairs: pure functions that mend, in place, the dependency parses the small
English model gets wrong in ways that lose or invert statements, before the actor and
statement rules read the Doc (called by the ``graphkit_actors`` component).

Each repairs one shape of error, written in its docstring with the sentences that showed
it, and leaves any other parse as it is: a lemma the lemmatizer does not know
(:func:`prefixed_lemmas`) or gets wrong (:func:`known_lemmas`), a clause hung across a
semicolon (:func:`semicolon_clauses`) or after "and" (:func:`and_clauses`), a noun made a
subject or a clause (:func:`misread_nouns`), a gerund made a modifier
(:func:`gerund_objects`), a verb made a modifier in a sentence with no other verb
(:func:`verbless_clauses`) or of the object of a name made the root (:func:`named_roots`),
an opening apposition made a second subject (:func:`fronted_appositions`), a headline's
verb read as a plural noun (:func:`headline_verbs`), a speaker's second verb joined to
what they report (:func:`reported_conjuncts`), an infinitive after a verb of refusing or
intending made a purpose clause (:func:`complement_infinitives`), a denied charge after a
clause made its root or a verb joined to it (:func:`denied_charges`), a second source's
clause after a comma made what the first says (:func:`spliced_reports`), a first conjunct
made an apposition of the second (:func:`fronted_conjuncts`), a participle before a noun
made a verb of its own (:func:`participle_modifiers`) or one after "and" a verb joined to the
clause's (:func:`coordinated_participles`), a verb after a subject's relative
clause made a modifier (:func:`relative_subjects`), the noun named through "what X
called" left out of the verb's object (:func:`labelled_objects`), a headline's opening
names made a modifier of its verb (:func:`headline_subjects`), a participle after a
parenthetical speech verb made the speaker's (:func:`reported_participles`) or one of words
after a clause of sequence made that clause's (:func:`sequence_participles`), a contrasting
clause after a report made part of it (:func:`contrast_clauses`), a passive verb's subject
left a plain subject (:func:`passive_subjects`), and two adjectives after a labelled object
made its modifiers (:func:`predicate_adjectives`).
"""

from __future__ import annotations

import re
from collections.abc import Container, Iterator
from functools import cache
from typing import Any

from spacy.attrs import DEP, HEAD, LEMMA, LOWER, POS, SENT_START, TAG
from spacy.parts_of_speech import ADJ, ADV, AUX, CCONJ, DET, NOUN, NUM, PART, PROPN, VERB
from spacy.strings import get_string_id
from spacy.tokens import Doc

from graphkit.extract.lexicon import JUDGEMENTS, load_lexicon
from graphkit.extract.mentions import doc_text, token_indices, with_to
from graphkit.ontology import relation as ontology_relation

__all__ = [
    "and_clauses",
    "complement_infinitives",
    "contrast_clauses",
    "coordinated_participles",
    "denied_charges",
    "fronted_appositions",
    "gerund_objects",
    "headline_subjects",
    "headline_verbs",
    "known_lemmas",
    "labelled_objects",
    "misread_nouns",
    "named_roots",
    "participle_modifiers",
    "passive_subjects",
    "predicate_adjectives",
    "prefixed_lemmas",
    "relative_subjects",
    "reported_conjuncts",
    "reported_participles",
    "semicolon_clauses",
    "sequence_participles",
    "spliced_reports",
    "verbless_clauses",
]

#: A word with the prefix "co-", kept whole by the tokenizer (see ``load_pipeline``).
_CO_WORD = re.compile(r"(?i)\bco-([a-z]{3,})")


def prefixed_lemmas(doc: Doc, lemmatizer: Any) -> None:
    """Lemmatize "co-operated", "co-sponsoring" as "cooperate", "cosponsor", and an
    irregular past with the prefix "re" ("retook", "reran") as "retake", "rerun".

    The model's lemmatizer knows none of these words: it strips the wrong ending
    ("co-sponsore") or leaves the word as it is ("retook"). The stem after the prefix is
    lemmatized on its own instead.
    """
    if _CO_WORD.search(doc_text(doc)) is not None:  # most documents have none: no token loop
        for tok in doc:
            found = _CO_WORD.fullmatch(tok.text)
            if found is not None and tok.pos_ in {"VERB", "NOUN", "ADJ", "AUX"}:
                tok.lemma_ = "co" + _stem_lemma(doc, found.group(1).lower(), tok.pos_, lemmatizer)
    # verbs the lemmatizer left as they are (tagged any tense: "retook" comes out VBP),
    # found in the document's array (no Token built for the others)
    for i in token_indices(doc, POS, _VERB):
        tok = doc[i]
        low = tok.lower_
        if tok.lemma == tok.lower and low.startswith("re") and len(low) >= 5:
            lemma = _stem_lemma(doc, low[2:], "VERB", lemmatizer)
            if lemma != low[2:]:  # "retook": "took" -> "take" ("reset", "read" stay)
                tok.lemma_ = "re" + lemma


def known_lemmas(doc: Doc) -> None:
    """Give the forms the model's lemmatizer gets wrong the lemma the lexicon reads them by
    (cue ``lemma_exceptions``): "hoped", "hoping" and "hopes" come out "hop" (a silent e
    taken for a doubled consonant's), and a wish went unread ("Armenia hoped for support
    from Russia" was Armenia's support).

    Example:
        >>> from spacy.lang.en import English
        >>> doc = English()("Kyiv hoped for help.")
        >>> doc[1].lemma_ = "hop"
        >>> known_lemmas(doc)
        >>> doc[1].lemma_
        'hope'
    """
    lemmas, ids, forms = _lemma_exceptions()
    text = doc_text(doc).lower()
    if not any(form in text for form in forms):  # most documents have none: no token loop
        return
    for i in token_indices(doc, LOWER, ids):
        doc[i].lemma_ = lemmas[doc[i].lower]


@cache
def _lemma_exceptions() -> tuple[dict[int, str], frozenset[int], frozenset[str]]:
    forms = {f: lemma for f, lemma in load_lexicon().cues["lemma_exceptions"].items() if f != "_"}
    table = {get_string_id(form): lemma for form, lemma in forms.items()}
    return table, frozenset(table), frozenset(forms)


def semicolon_clauses(doc: Doc) -> None:
    """Make a clause before a semicolon a sentence of its own when the parser hung it, as a
    complement, on the verb after the semicolon.

    "Pakistan accused India of the strike; India denied the claim" is parsed with the
    accusation as what India denied, "Russia struck Kyiv; Ukraine said 15 people died" with
    the strike as what Ukraine said: each clause is the writer's own statement.
    """
    if ";" not in doc_text(doc):
        return
    for semi in [t for t in doc if t.text == ";"]:
        verb = semi.head
        if verb.dep_ != "ROOT":  # '"We trained them; they have arms," said X': all quoted
            continue
        first = next(
            (c for c in verb.children if c.dep_ == "ccomp" and c.i < semi.i < verb.i), None
        )
        if first is not None:
            first.head = first
            first.dep_ = "ROOT"
            semi.head = first  # the semicolon ends the first sentence


def and_clauses(doc: Doc) -> None:
    """Give a clause after "and" its subject back when the parser made that subject a
    conjunct of the object (or of the subject) of the clause before.

    "Russia attacked Ukraine and Georgia condemned it" is parsed with Georgia as a second
    country attacked and "condemned" as Russia's; "China sanctioned Lithuania and the EU
    protested" with the EU sanctioned; "Israel struck Gaza and Egypt condemned the
    strikes" with "Gaza and Egypt" condemning; "China backs Russia and Iran arms the
    Houthis" with "arms" as what China backs, done by Russia and Iran. A finite verb right
    after the conjunct, with no subject of its own, takes it as its subject. The last two
    forms are mended only under a verb the lexicon reads as an act on an object, one that
    takes no clause ("Russia said Ukraine and Poland attacked it", "agreed Serbia and
    Kosovo should talk" are parsed right).

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = "Russia attacked Ukraine and Georgia condemned it".split()
        >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 2, 1, 5],
        ...           deps=["nsubj", "ROOT", "dobj", "cc", "conj", "conj", "dobj"],
        ...           tags=["NNP", "VBD", "NNP", "CC", "NNP", "VBD", "PRP"],
        ...           pos=["PROPN", "VERB", "PROPN", "CCONJ", "PROPN", "VERB", "PRON"])
        >>> and_clauses(doc)
        >>> doc[4].dep_, doc[4].head.text, doc[5].head.text
        ('nsubj', 'condemned', 'attacked')
    """
    for i in token_indices(doc, LOWER, _AND):
        cc = doc[i]
        first = cc.head
        second = next((c for c in first.children if c.dep_ == "conj" and c.i > cc.i), None)
        if cc.dep_ != "cc" or second is None or second.right_edge.i + 1 >= len(doc):
            continue
        verb = doc[second.right_edge.i + 1]
        if (
            verb.pos_ != "VERB"
            or verb.tag_ not in {"VBD", "VBZ", "VBP"}
            or verb.dep_ not in {"conj", "ccomp", "dobj"}
        ):
            continue
        head = verb.head
        opening = [c for c in verb.children if c.dep_ in {"nsubj", "nsubjpass", "mark"}]
        if first.dep_ == "dobj" and first.head.i == head.i and not opening:
            pass  # "attacked Ukraine and Georgia condemned it"
        elif (
            first.dep_ == "nsubj"
            and opening == [first]
            and verb.dep_ in {"ccomp", "dobj"}
            and not any(c.dep_ == "dobj" and c.i != verb.i for c in head.children)
            and _takes_no_clause(head.lemma_.lower())
        ):  # "struck Gaza and Egypt condemned the strikes", "backs Russia and Iran arms"
            first.head, first.dep_ = head, "dobj"
        else:
            continue
        second.head, second.dep_ = verb, "nsubj"
        cc.head = head
        verb.dep_ = "conj"


def reported_conjuncts(doc: Doc) -> None:
    """Give a verb joined to a reported clause back to the speaker when the clause's subject
    is a thing that cannot act.

    "China said the drills were a warning and accused Washington of interfering" is parsed
    with "accused" joined to "were": the drills accuse, and the charge has no speaker. A
    finite verb the lexicon reads as an act or as speech, in the tense of the speech verb,
    joined to the speech verb's reported clause, with no subject of its own, while that
    clause's subject is an act or a summing noun ("the drills", "the move"), is joined to
    the speech verb instead, and shares its subject. So is one joined to a clause told in
    the past perfect ("Aliyev said Moscow had tried to cover up the incident and demanded
    an apology": the simple past is the speaker's tense, not the clause's).

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = "China said the drills were a warning and accused Washington".split()
        >>> doc = Doc(spacy.blank("en").vocab, words=words,
        ...           heads=[1, 1, 3, 4, 1, 6, 4, 4, 4, 8],
        ...           deps=["nsubj", "ROOT", "det", "nsubj", "ccomp", "det", "attr", "cc",
        ...                 "conj", "dobj"],
        ...           tags=["NNP", "VBD", "DT", "NNS", "VBD", "DT", "NN", "CC", "VBD", "NNP"],
        ...           pos=["PROPN", "VERB", "DET", "NOUN", "AUX", "DET", "NOUN", "CCONJ",
        ...                "VERB", "PROPN"],
        ...           lemmas=["China", "say", "the", "drill", "be", "a", "warning", "and",
        ...                   "accuse", "Washington"])
        >>> reported_conjuncts(doc)
        >>> doc[8].head.text, doc[7].head.text
        ('said', 'said')
    """
    lex = load_lexicon()
    for said, clauses in _reports(doc):
        for clause in clauses:
            subject = _subject(clause)
            # "Aliyev said Moscow had tried to cover up the incident and demanded an apology":
            # a clause told in the past perfect, and a verb joined to it in the speech verb's
            # simple past, is the speaker's second verb whatever the clause's subject
            backshifted = clause.tag_ == "VBN" and any(
                c.dep_ == "aux" and c.lower_ == "had" for c in clause.children
            )
            if subject is None:
                continue
            noun = subject.lemma_.lower()
            thing = noun in lex.nouns or noun in lex.summing_nouns
            if not (backshifted or thing):
                continue
            for verb in [c for c in clause.children if c.dep_ == "conj" and c.i > clause.i]:
                lemma = verb.lemma_.lower()
                entry = lex.verbs.get(lemma)
                if (
                    verb.pos != VERB
                    or verb.tag != said.tag
                    or not (entry is not None or lemma in lex.speech_verbs)
                    or any(c.dep_ in {"nsubj", "nsubjpass"} for c in verb.children)
                    # after a named subject only words ("demanded"): in "Israel said
                    # Hezbollah had fired rockets at Haifa and attacked UN peacekeepers" both
                    # acts are Hezbollah's ("attacked" may stand for "had attacked")
                    or not (thing or _words(lemma))
                ):
                    continue
                for cc in [c for c in clause.children if c.dep_ == "cc" and c.i < verb.i]:
                    cc.head = said
                verb.head = said


def spliced_reports(doc: Doc) -> None:
    """Make a second reported clause after a comma a clause of its own when its subject, a
    name, answers in words: "Russia says Ukraine shelled the plant, Ukraine blames Russia"
    (a headline's two sources) is parsed with both clauses as what Russia says.

    A verb of saying with two reported clauses, the later one right after a comma, with a
    proper-noun subject and a verb the lexicon reads as speech or a judgement (blame, deny,
    condemn, reject ...): that clause is the writer's, a root of its own.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = "Russia says Ukraine shelled it , Ukraine blames Russia".split()
        >>> doc = Doc(spacy.blank("en").vocab, words=words,
        ...           heads=[1, 1, 3, 1, 3, 7, 7, 1, 7],
        ...           deps=["nsubj", "ROOT", "nsubj", "ccomp", "dobj", "punct", "nsubj",
        ...                 "ccomp", "dobj"],
        ...           tags=["NNP", "VBZ", "NNP", "VBD", "PRP", ",", "NNP", "VBZ", "NNP"],
        ...           pos=["PROPN", "VERB", "PROPN", "VERB", "PRON", "PUNCT", "PROPN", "VERB",
        ...                "PROPN"],
        ...           lemmas=["Russia", "say", "Ukraine", "shell", "it", ",", "Ukraine",
        ...                   "blame", "Russia"])
        >>> spliced_reports(doc)
        >>> doc[7].dep_, doc[7].head.text
        ('ROOT', 'blames')
    """
    lex = load_lexicon()
    for _said, clauses in _reports(doc):
        for clause in clauses[1:]:
            subject = _subject(clause)
            lemma = clause.lemma_.lower()
            entry = lex.verbs.get(lemma)
            if (
                subject is not None
                and subject.pos == PROPN
                and doc[subject.left_edge.i - 1].text == ","
                and (
                    lemma in lex.speech_verbs
                    or (entry is not None and entry.relation in JUDGEMENTS)
                )
            ):
                clause.head, clause.dep_ = clause, "ROOT"
                doc[subject.left_edge.i - 1].head = clause


def _reports(doc: Doc) -> Iterator[tuple[Any, list[Any]]]:
    """Each verb of saying in ``doc`` with the clauses it reports after it, in order (found
    on the lemma array: no Token is built for the other words)."""
    for i in token_indices(doc, LEMMA, load_lexicon().speech_lemma_ids):
        said = doc[i]
        if said.pos == VERB:
            yield said, [c for c in said.children if c.dep_ == "ccomp" and c.i > said.i]


def complement_infinitives(doc: Doc) -> None:
    """Make an infinitive right after a verb of refusing or intending its complement when
    the parser made it a purpose clause, and one right after an appeal its object.

    "Pakistan hesitated to back Saudi Arabia" is parsed with "to back" as what hesitating
    was for, and so asserted the backing: the infinitive that follows a refusal or intent
    verb with nothing between but adverbs (no comma) says what was refused or intended.
    "Hungary ignored EU calls to isolate Russia" is parsed the same way, Hungary isolating
    Russia: an infinitive right after a verb's object that is an appeal ("calls",
    "demands", "pressure") is what the appeal asks for, and hangs on it.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = "Pakistan hesitated to back Riyadh".split()
        >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 3],
        ...           deps=["nsubj", "ROOT", "aux", "advcl", "dobj"],
        ...           tags=["NNP", "VBD", "TO", "VB", "NNP"],
        ...           lemmas=["Pakistan", "hesitate", "to", "back", "Riyadh"])
        >>> complement_infinitives(doc)
        >>> doc[3].dep_
        'xcomp'
    """
    lex = load_lexicon()
    governing = {*lex.refusal_verbs, *lex.intent_verbs}
    for i in (doc.to_array(DEP) == _ADVCL).nonzero()[0].tolist():
        verb = doc[i]
        head = verb.head
        if (
            verb.tag_ == "VB"
            and 0 < head.i < i - 1
            and doc[i - 1].lower_ == "to"
            and doc[i - 1].head.i == i
            and head.lemma_.lower() in governing
            and all(t.dep_ in {"advmod", "neg"} for t in doc[head.i + 1 : i - 1])
        ):
            verb.dep_ = "xcomp"
            continue
        noun = next(  # the verb's object, ending right before "to" ("calls from Brussels")
            (c for c in head.children if c.dep_ == "dobj" and c.right_edge.i == i - 2), None
        )
        if (  # "ignored EU calls to isolate Russia": the act asked for, not the subject's
            noun is not None
            and verb.tag_ == "VB"
            and doc[i - 1].lower_ == "to"
            and doc[i - 1].head.i == i
            and noun.lemma_.lower() in lex.request_verbs
            and noun.tag_ in _PLURAL_OR_NOUN
        ):
            verb.head, verb.dep_ = noun, "acl"


def denied_charges(doc: Doc) -> None:
    """Give "..., a charge X denied" after a clause its reading: a summing noun in
    apposition, with the denial as its relative clause.

    "Sudan's army accused the UAE of arming the RSF, a charge Abu Dhabi denied" is parsed
    with "denied" as the root and the accusation its clause, and with "has denied" as a
    verb joined to "accused": the accusation becomes the denier's claim. When a claim noun
    opened by "a" or "the" after a comma is followed by a name (with its article), an
    optional auxiliary and a denial verb, the claim noun is made an apposition of the word
    before the comma, the name the denial's subject and the denial a relative clause on the
    claim noun, as the parser reads "a charge the UAE denied". So is a bare plural claim
    noun ("..., charges Asmara rejected as baseless"), and the verb may reject or dismiss.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = "Sudan accused Abu Dhabi , a charge Abu Dhabi has denied .".split()
        >>> doc = Doc(spacy.blank("en").vocab, words=words,
        ...           heads=[1, 1, 3, 1, 3, 6, 8, 8, 3, 10, 1, 10],
        ...           deps=["nsubj", "ROOT", "compound", "dobj", "punct", "det", "compound",
        ...                 "compound", "nsubj", "aux", "conj", "punct"],
        ...           pos=["PROPN", "VERB", "PROPN", "PROPN", "PUNCT", "DET", "NOUN", "PROPN",
        ...                "PROPN", "AUX", "VERB", "PUNCT"],
        ...           lemmas=["Sudan", "accuse", "Abu", "Dhabi", ",", "a", "charge", "Abu",
        ...                   "Dhabi", "have", "deny", "."])
        >>> denied_charges(doc)
        >>> [(t.text, t.dep_, t.head.text) for t in doc[6:11]]  # doctest: +NORMALIZE_WHITESPACE
        [('charge', 'appos', 'Dhabi'), ('Abu', 'compound', 'Dhabi'), ('Dhabi', 'nsubj', 'denied'),
         ('has', 'aux', 'denied'), ('denied', 'relcl', 'charge')]
    """
    cues = load_lexicon().cues
    claims = set(cues["claim_nouns"])
    for i in token_indices(doc, LEMMA, _cue_lemma_ids("refutation_verbs")):
        verb = doc[i]
        if verb.pos != VERB:
            continue
        k = i - 1
        while k > 0 and doc[k].pos in {AUX, ADV}:  # "has repeatedly denied"
            k -= 1
        name_end = k + 1
        while k > 0 and (doc[k].pos == PROPN or (doc[k].pos == DET and doc[k + 1].pos == PROPN)):
            k -= 1
        noun = doc[k]
        # "a charge" or "the claim" after the comma, or a bare plural: ", charges Asmara
        # rejected" (parsed with both the charges and Asmara subjects of "rejected")
        article = int(k > 0 and doc[k - 1].lower_ in {"a", "the"})
        if (
            name_end - k < 2
            or noun.lemma_.lower() not in claims
            or k < 2 + article
            or not (article or noun.tag_ == "NNS")
            or doc[k - 1 - article].text != ","
            or (verb.dep_ == "relcl" and verb.head.i == noun.i)
            or (
                noun.dep_ == "nsubj"
                and noun.head.i == verb.i
                and doc[name_end - 1].dep_ not in {"nsubj", "compound"}
            )
        ):
            continue
        name = doc[name_end - 1]
        before = doc[k - 2 - article]
        root: Any = verb.sent.root
        if root.i == verb.i:  # "denied" the root, the accusation its clause
            root = next((c for c in verb.children if c.dep_ == "ccomp" and c.i < k), None)
            if root is None:
                continue
            root.head, root.dep_ = root, "ROOT"
        name.head, name.dep_ = verb, "nsubj"
        for t in doc[k + 1 : name_end - 1]:
            t.head = name
        noun.head, noun.dep_ = before, "appos"
        if article:
            doc[k - 1].head = noun
        trailing = [c for c in verb.children if c.dep_ == "punct" and c.i > verb.i]
        verb.head, verb.dep_ = noun, "relcl"
        for t in trailing:  # the full stop
            t.head = root


def misread_nouns(doc: Doc) -> None:
    """Give a noun the parser made a subject or a clause its noun's dependency back.

    "Turkey blocked Sweden's NATO bid" is parsed with "NATO" the subject of "bid" (a noun
    right after it, as if a verb), "Hungary blocked Ukraine's EU membership bid" with
    "bid" a clausal complement of "blocked": what was blocked, and whose bid it was, were
    lost. A subject right before the noun it hangs on becomes a modifier of it (a noun
    phrase's possessor hung on the subject goes to the noun); a common noun that is a
    clausal complement right after its verb, with no subject, auxiliary or copula of its
    own, becomes the object of a verb that has none.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = "Turkey blocked Sweden 's NATO bid".split()
        >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 4, 2, 5, 1],
        ...           deps=["nsubj", "ROOT", "poss", "case", "nsubj", "dobj"],
        ...           pos=["PROPN", "VERB", "PROPN", "PART", "PROPN", "NOUN"])
        >>> misread_nouns(doc)
        >>> [(t.text, t.dep_, t.head.text) for t in doc[2:5]]
        [('Sweden', 'poss', 'bid'), ("'s", 'case', 'Sweden'), ('NATO', 'compound', 'bid')]
    """
    rows = doc.to_array([DEP, POS, HEAD]).tolist()
    found = [  # a noun subject of the noun right after it, or a noun clause
        i
        for i, (dep, pos, head) in enumerate(rows)
        if (
            dep == _NSUBJ
            and head == 1  # (the head as an offset)
            and pos in _NOMINAL
            and rows[i + 1][1] in _NOMINAL
        )
        or (dep == _CCOMP and pos == NOUN)
    ]
    for i in found:
        tok = doc[i]
        if tok.dep_ == "nsubj":
            noun = tok.head
            if any(c.dep_ in {"cop", "aux", "auxpass"} for c in noun.children):
                continue
            tok.dep_ = "compound"
            for c in [c for c in tok.children if c.dep_ == "poss"]:
                c.head = noun
        elif (
            tok.left_edge.i == tok.head.i + 1  # right after the verb: not ", a claim ..."
            and not any(
                c.dep_ in {"nsubj", "nsubjpass", "aux", "auxpass", "cop", "mark"}
                for c in tok.children
            )
            and not any(c.dep_ == "dobj" for c in tok.head.children)
        ):
            tok.dep_ = "dobj"


def gerund_objects(doc: Doc) -> None:
    """Make a gerund the parser read as a modifier of a denied or halted object the verb it
    is: "Tehran denied supplying missiles to the Houthis" is parsed with "supplying" an
    adjective of "missiles", as in "supplying countries", and the Houthis reached by the
    denial: the denied act was lost. A "-ing" word right after a verb of denial or
    cessation, modifying that verb's object, whose verb lemma the lexicon reads as an act
    on an object, becomes that verb's complement, with the object and the phrases after it
    its own.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = "Tehran denied supplying missiles to the Houthis".split()
        >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 1, 6, 4],
        ...           deps=["nsubj", "ROOT", "amod", "dobj", "prep", "det", "pobj"],
        ...           tags=["NNP", "VBD", "VBG", "NNS", "IN", "DT", "NNP"],
        ...           lemmas=["Tehran", "deny", "supply", "missile", "to", "the", "Houthis"])
        >>> gerund_objects(doc)
        >>> [(t.text, t.dep_, t.head.text) for t in doc[2:5]]
        [('supplying', 'xcomp', 'denied'), ('missiles', 'dobj', 'supplying'), ('to', 'prep', 'supplying')]
    """
    if "ing " not in doc_text(doc):  # most documents: no gerund before an object
        return
    for i in token_indices(doc, TAG, [_VBG]):
        tok = doc[i]
        noun, verb = tok.head, doc[i - 1] if i else None
        if (
            verb is None
            or tok.dep_ != "amod"
            or noun.dep_ != "dobj"
            or noun.head.i != verb.i
            or verb.lemma_.lower() not in _gerund_verbs()
            or not _acts_on_object(tok.lemma_.lower())
        ):
            continue
        tok.head, tok.dep_, tok.pos_ = verb, "xcomp", "VERB"
        noun.head = tok
        for c in [c for c in verb.children if c.dep_ == "prep" and c.i > noun.i]:
            c.head = tok


def verbless_clauses(doc: Doc, lemmatizer: Any, names: Container[int] = ()) -> None:
    """Make a past-tense verb the parser read as an adjective the verb of a sentence that
    has no other verb.

    "NATO armed Ukraine in 2023" is parsed with "armed" an adjective that has a subject and
    a direct object: it becomes the verb it is. "The US armed Ukraine with HIMARS" and
    "Washington armed Kyiv" are parsed as one noun phrase, "armed" a modifier of Ukraine
    (as in "armed groups") and the US a modifier beside it: nobody arms anyone. A lower-case
    word ending in "-ed" that modifies the sentence's head, itself a name (not "Russia armed
    forces in Syria", a caption), becomes the verb when it comes right after a name (not
    joined to it by a hyphen, as "US-armed" is) or has a subject of its own ("Orban
    criticised Brussels", Orban the subject of "criticised", a modifier of Brussels): that
    name or subject is the verb's subject, the head its object. A name is a proper noun, a
    word the model tagged as a named entity, or the last word of a KB name (in ``names``:
    "Orban" comes out an adjective). Either way only where the word's verb lemma is one
    the lexicon reads as an act on an object. Under a common noun ("The EU granted
    candidate status to Ukraine", the EU a modifier of "granted"), only a light verb with
    the noun that names its act does (not "Iran backed militias", a caption), or any such
    verb between two offices named by whom they serve ("Qatar's emir hosted Hamas leaders",
    parsed as Qatar's leaders, "emir-hosted"; see :func:`_named_office`), or any such verb
    on a noun the lexicon reads as an act, the name hung on the verb or on the noun ("Orban
    blocked EU aid to Ukraine", "The US relaxed sanctions on Syria"), or on the noun with its
    apposition closed by a comma right before the verb ("Orban, an ally of Putin, blocked EU
    aid to Ukraine": see :func:`_apposed_name`).

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> class Lemmatizer:  # the model's rule lemmatizer, for this one word
        ...     def rule_lemmatize(self, token): return [token.text[:-2]]
        >>> words = "The US armed Ukraine .".split()
        >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[3, 3, 3, 3, 3],
        ...           deps=["det", "nmod", "amod", "ROOT", "punct"],
        ...           tags=["DT", "NNP", "VBN", "NNP", "."],
        ...           pos=["DET", "PROPN", "ADJ", "PROPN", "PUNCT"])
        >>> verbless_clauses(doc, Lemmatizer())
        >>> [(t.text, t.dep_, t.head.text) for t in doc]  # doctest: +NORMALIZE_WHITESPACE
        [('The', 'det', 'US'), ('US', 'nsubj', 'armed'), ('armed', 'ROOT', 'armed'),
         ('Ukraine', 'dobj', 'armed'), ('.', 'punct', 'armed')]
    """
    # the first token of each sentence with no verb outside a modifier (None: it has one)
    verbless: list[int | None] = []
    for i, (pos, dep, start) in enumerate(doc.to_array([POS, DEP, SENT_START]).tolist()):
        if i == 0 or start == 1:  # (the first token starts one, whatever the parser set)
            verbless.append(i)
        if verbless and verbless[-1] is not None and pos in _VERBAL and dep not in _MODIFIER:
            verbless[-1] = None
    for first in verbless:
        if first is None:
            continue
        root = doc[first].sent.root
        if root.pos_ == "ADJ":  # "NATO armed Ukraine"
            deps = {c.dep_ for c in root.children}
            tok = root if {"nsubj", "dobj"} <= deps and _past(root) else None
        elif root.pos_ == "PROPN":  # "The US armed Ukraine"
            tok = next(
                (
                    c
                    for c in root.lefts
                    if c.dep_ in {"amod", "compound"}
                    and _past(c)
                    and (
                        _subject(c) is not None
                        or (
                            (c.i - 1 in names or _named(doc[c.i - 1]))
                            and doc[c.i - 1].head.i == root.i
                            and doc[c.i - 1].whitespace_
                        )
                    )
                ),
                None,
            )
        elif root.pos_ == "NOUN":  # "The EU granted candidate status to Ukraine"
            tok = next(
                (
                    c
                    for c in root.lefts
                    if c.dep_ == "amod"
                    and _past(c)
                    and (
                        (
                            (
                                doc[c.i - 1].head.i == c.i
                                # "Orban blocked EU aid to Ukraine", the name a modifier of
                                # the act
                                or (
                                    doc[c.i - 1].head.i == root.i and _act_noun(root.lemma_.lower())
                                )
                            )
                            and (
                                c.i - 1 in names
                                or _named(doc[c.i - 1])
                                or _named_office(doc[c.i - 1], names)  # "Qatar's emir hosted"
                            )
                        )
                        # "Orban, an ally of Putin, blocked EU aid to Ukraine"
                        or (
                            _act_noun(root.lemma_.lower())
                            and _apposed_name(c, root, names) is not None
                        )
                    )
                    and doc[c.i - 1].whitespace_
                ),
                None,
            )
        else:
            continue
        if tok is None:
            continue
        lemma = _stem_lemma(doc, tok.lower_, "VERB", lemmatizer)
        if not (
            _acts_on_object(lemma)
            if root.pos_ != "NOUN" or _named_office(root, names, modifier=True)
            else _support_pair(lemma, root.lemma_.lower())
            or (_acts_on_object(lemma) and _act_noun(root.lemma_.lower()))
        ):
            continue
        tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBD", lemma
        if tok.i == root.i:
            continue
        subject = _subject(tok) or _apposed_name(tok, root, names) or doc[tok.i - 1]
        before = [c for c in root.lefts if c.i < subject.i]
        closing = [c for c in root.lefts if subject.i < c.i < tok.i and c.dep_ == "punct"]
        tok.head, tok.dep_ = tok, "ROOT"
        subject.head, subject.dep_ = tok, "nsubj"
        for c in before:  # "The" of "The US", "the" of "the Kremlin"
            c.head = subject
        for c in closing:  # the comma that closes an apposition of the subject
            c.head = subject
        for c in [c for c in root.rights if c.dep_ == "punct"]:
            c.head = tok
        root.head, root.dep_ = tok, "dobj"


def _apposed_name(tok: Any, root: Any, names: Container[int]) -> Any:
    """The name hung on ``root`` before ``tok`` whose apposition a comma right before
    ``tok`` closes ("Orban, an ally of Putin, blocked ..."), or None."""
    doc = tok.doc
    if tok.i < 3 or doc[tok.i - 1].text != ",":
        return None
    return next(
        (
            t
            for t in root.lefts
            if t.i < tok.i
            and (t.i in names or _named(t))
            and any(a.dep_ == "appos" and a.right_edge.i == tok.i - 2 for a in t.children)
        ),
        None,
    )


def named_roots(doc: Doc, lemmatizer: Any, names: Container[int] = ()) -> None:
    """Make the verb after a name the verb of its sentence when the parser made the name
    the sentence's root and the verb a modifier of its object.

    "ECOWAS imposed sanctions on Niger" is parsed with "ECOWAS" the root (tagged as a
    gerund) and "imposed" an adjective on "sanctions", its object: nobody imposes anything.
    A lower-case word ending in "-ed" right after a root that is a name (a proper noun, a
    named entity, an acronym or the last word of a KB name, in ``names``), modifying a noun
    after it that hangs on the root, becomes the verb, the name its subject and the noun its
    object; only where its verb lemma is one the lexicon reads as an act on an object, or
    as a light verb with that noun.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> class Lemmatizer:  # the model's rule lemmatizer, for this one word
        ...     def rule_lemmatize(self, token): return [token.text[:-1]]
        >>> words = "ECOWAS imposed sanctions on Niger .".split()
        >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 2, 0, 2, 3, 0],
        ...           deps=["ROOT", "amod", "dobj", "prep", "pobj", "punct"],
        ...           tags=["VBG", "VBN", "NNS", "IN", "NNP", "."],
        ...           pos=["VERB", "ADJ", "NOUN", "ADP", "PROPN", "PUNCT"],
        ...           lemmas=["ECOWAS", "imposed", "sanction", "on", "Niger", "."])
        >>> named_roots(doc, Lemmatizer())
        >>> [(t.text, t.dep_, t.head.text) for t in doc]  # doctest: +NORMALIZE_WHITESPACE
        [('ECOWAS', 'nsubj', 'imposed'), ('imposed', 'ROOT', 'imposed'),
         ('sanctions', 'dobj', 'imposed'), ('on', 'prep', 'sanctions'),
         ('Niger', 'pobj', 'on'), ('.', 'punct', 'imposed')]
    """
    rows = doc.to_array([DEP, HEAD]).tolist()  # HEAD: the offset to the head
    for i, (dep, _) in enumerate(rows[:-2]):
        nxt_dep, nxt_head = rows[i + 1]
        if dep != _ROOT or nxt_dep != _AMOD or not 0 < nxt_head < len(rows):
            continue  # (a cheap test on the arrays first: most roots fail it; a head
            # before the word is a negative offset, read as a huge unsigned one)
        root, tok = doc[i], doc[i + 1]
        noun = tok.head
        if not (
            _past(tok)
            and noun.head.i == root.i
            and noun.dep_ in {"dobj", "attr", "npadvmod", "appos"}
            and root.whitespace_
            and (i in names or _named(root) or (len(root.text) > 1 and root.text.isupper()))
        ):
            continue
        lemma = _stem_lemma(doc, tok.lower_, "VERB", lemmatizer)
        if not (_acts_on_object(lemma) or _support_pair(lemma, noun.lemma_.lower())):
            continue
        if root.pos_ not in _NOMINAL:
            root.pos_, root.tag_ = "PROPN", "NNP"
        tok.pos_, tok.tag_, tok.lemma_ = "VERB", "VBD", lemma
        rest = [c for c in root.rights if c.i != noun.i]
        tok.head, tok.dep_ = tok, "ROOT"
        root.head, root.dep_ = tok, "nsubj"
        noun.head, noun.dep_ = tok, "dobj"
        for c in rest:  # the full stop, a clause after the object
            c.head = tok


def headline_verbs(doc: Doc, names: Container[int] = ()) -> None:
    """Make a plural noun right after a name the verb of a headline that has no verb.

    "US sanctions Chinese firms over support for Russia" and "Niger junta orders French
    ambassador to leave" are parsed as noun phrases, "sanctions" a modifier of "firms" and
    "orders" the root with the ambassador in apposition: nobody sanctions or orders anyone.
    A word tagged as a plural noun whose lemma the lexicon reads as an act on an object
    becomes the verb when it comes right after a short noun phrase holding a name (a proper
    noun, a named entity, or the last word of a KB name, in ``names``) that opens its
    sentence, and right before a noun phrase opened by a determiner, an adjective, a number
    or a name ("French ambassador", not "US arms sales", where "arms" modifies "sales"), in a
    sentence with no verb before that second phrase ends: the first phrase is its subject,
    the second its object. (With no full stop the parser may make an infinitive after the
    object the root, "to leave", and the plural its subject: it becomes the verb's
    complement; with a comma and a speech verb after the object, "China arms Russia, the
    US says", the verb becomes that speech verb's complement.) A present-tense verb the
    parser did tag as one may still have lost its subject to a modifier reading: "China
    arms Russia", "The US sanctions three Chinese firms" hang the name on the verb as a
    compound; the name becomes its subject, and a name in apposition right after it its
    object (see :func:`_modifier_subject`). And one with a
    subject of its own may be hung on the noun after it: "The EU sanctions Russian banks"
    (see :func:`_hung_clause`).

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = "US sanctions Chinese firms".split()
        >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 3, 3, 3],
        ...           deps=["compound", "nmod", "amod", "ROOT"],
        ...           tags=["NNP", "NNS", "JJ", "NNS"],
        ...           pos=["PROPN", "NOUN", "ADJ", "NOUN"],
        ...           lemmas=["US", "sanction", "chinese", "firm"])
        >>> headline_verbs(doc)
        >>> [(t.text, t.dep_, t.head.text) for t in doc]  # doctest: +NORMALIZE_WHITESPACE
        [('US', 'nsubj', 'sanctions'), ('sanctions', 'ROOT', 'sanctions'),
         ('Chinese', 'amod', 'firms'), ('firms', 'dobj', 'sanctions')]
    """
    rows = doc.to_array([TAG, DEP, HEAD, POS]).tolist()  # HEAD: the offset to the head
    for i in range(1, len(rows) - 1):
        tag = rows[i][0]
        if tag == _VBZ:
            # "China arms Russia", "The US sanctions three Chinese firms": a verb with the
            # name before it hung on it as a modifier, and no subject
            if rows[i - 1][1] in _MODIFIER and rows[i - 1][2] == 1:
                _modifier_subject(doc[i], names)
            if rows[i][1] in _HUNG and 0 < rows[i][2] < 6:  # (a head to its right)
                _hung_clause(doc[i])
            continue
        if tag != _NNS or rows[i - 1][3] not in _NOMINAL or rows[i + 1][3] not in _OPENS_OBJECT:
            continue  # (read on the array: no Token is built for most plural nouns)
        tok = doc[i]
        if not (tok.lower_.endswith("s") and _acts_on_object(tok.lemma_.lower())):
            continue
        sent = tok.sent
        subject = doc[sent.start : i]
        if not (
            len(subject) <= 5
            and all(t.pos in _IN_HEADLINE_SUBJECT for t in subject)
            and any(t.i in names or _named(t) for t in subject)
        ):
            continue
        end = i + 1  # the object phrase: nominal words and modifiers up to a preposition
        while end < sent.end and (doc[end].pos in _IN_HEADLINE_OBJECT or doc[end].tag == _POS):
            end += 1
        nominal = [t for t in doc[i + 1 : end] if t.pos in _NOMINAL]
        root = sent.root
        # the root: a noun, or an infinitive after the object ("... ambassador to leave",
        # with no full stop: "leave" is made the root and "orders" its subject)
        infinitive = root.i >= end and root.tag_ == "VB" and with_to(root)
        # or a speech verb after a comma: "China arms Russia, the US says"
        reported = (
            root.i > end
            and doc[end].text == ","
            and root.pos == VERB
            and root.lemma_.lower() in load_lexicon().speech_verbs
        )
        if (
            not nominal
            or not (root.pos in _NOMINAL or infinitive or reported)
            or any(t.pos in _VERBAL for t in doc[sent.start : end])
        ):
            continue
        obj, head = nominal[-1], doc[i - 1]
        inside = range(i + 1, end)
        outside_object = [t for t in doc[i + 1 : end] if t.head.i not in inside and t.i != obj.i]
        outside_subject = [t for t in subject if t.head.i >= i and t.i != head.i]
        after = [
            t
            for t in doc[end : sent.end]
            if not reported and (t.dep_ == "punct" or (t.head.i < end and t.head.i not in inside))
        ]
        tok.pos_, tok.tag_ = "VERB", "VBZ"
        tok.head, tok.dep_ = (root, "ccomp") if reported else (tok, "ROOT")
        head.head, head.dep_ = tok, "nsubj"
        obj.head, obj.dep_ = tok, "dobj"
        for t in outside_subject:  # "Niger" of "Niger junta"
            t.head, t.dep_ = head, "compound"
        for t in outside_object:
            t.head = obj
        for t in after:  # the full stop, a phrase hung on the old root
            t.head = tok
        if infinitive:
            root.head, root.dep_ = tok, "xcomp"


def headline_subjects(doc: Doc, names: Container[int] = ()) -> None:
    """Make the names that open a headline the subject of its present-tense verb when the
    parser hung them on it as a modifier.

    "Putin and Kim sign mutual defence pact" is parsed with "Putin" (and "Kim" joined to
    it) a modifier of "sign", which has no subject; "Putin, Kim sign mutual defence pact"
    with "Kim" the subject and "Putin" a modifier. When a sentence's root is a verb in the
    base or present form, with no auxiliary, its object named, whose lemma the lexicon reads
    as an act on an object or which forms a light-verb pair with its object ("sign pact"),
    and the sentence opens with a name (a proper noun, a named entity, or the last word of
    a KB name, in ``names``) hung on the verb: that name becomes the subject, and a name
    after a comma right before the verb, parsed as the subject, is joined to it.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = "Putin , Kim sign pact".split()
        >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[3, 3, 3, 3, 3],
        ...           deps=["nmod", "punct", "nsubj", "ROOT", "dobj"],
        ...           tags=["NNP", ",", "NNP", "VB", "NN"],
        ...           pos=["PROPN", "PUNCT", "PROPN", "VERB", "NOUN"],
        ...           lemmas=["Putin", ",", "Kim", "sign", "pact"])
        >>> headline_subjects(doc)
        >>> [(t.text, t.dep_, t.head.text) for t in doc]  # doctest: +NORMALIZE_WHITESPACE
        [('Putin', 'nsubj', 'sign'), (',', 'punct', 'Putin'), ('Kim', 'conj', 'Putin'),
         ('sign', 'ROOT', 'sign'), ('pact', 'dobj', 'sign')]
    """
    for sent in doc.sents:
        verb, first = sent.root, doc[sent.start]
        if (
            verb.pos != VERB
            or verb.tag_ not in {"VB", "VBP", "VBZ"}
            or first.head.i != verb.i
            or first.dep_ not in {"nmod", "npadvmod", "compound", "dep"}
            or not (first.i in names or _named(first))
            or first.ent_type_ in {"DATE", "TIME"}
            or any(
                c.dep_ in {"aux", "auxpass", "expl", "csubj", "nsubjpass"} for c in verb.children
            )
        ):
            continue
        objects = [c.lemma_.lower() for c in verb.children if c.dep_ == "dobj"]
        lemma = verb.lemma_.lower()
        if not objects or not (
            _acts_on_object(lemma) or any(_support_pair(lemma, o) for o in objects)
        ):
            continue
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        if subjects:  # "Putin, Kim sign ...": the name after the comma joins the first
            second = subjects[0]
            if not (
                len(subjects) == 1
                and second.i == first.i + 2 == verb.i - 1
                and doc[first.i + 1].text == ","
                and (second.i in names or _named(second))
            ):
                continue
            second.head, second.dep_ = first, "conj"
            doc[first.i + 1].head = first
        first.dep_ = "nsubj"


def _modifier_subject(verb: Any, names: Container[int]) -> None:
    """Make the name hung on ``verb`` right before it as a modifier its subject, and a name
    in apposition right after it its object, when the verb has no subject and the lexicon
    reads its lemma as an act on an object (see :func:`headline_verbs`)."""
    doc = verb.doc
    before = doc[verb.i - 1]
    if (
        verb.pos_ != "VERB"
        or not (before.i in names or _named(before))
        or any(c.dep_ in {"nsubj", "nsubjpass", "expl", "csubj"} for c in verb.children)
        or not _acts_on_object(verb.lemma_.lower())
    ):
        return
    lefts = [c for c in verb.lefts if c.i < before.i]
    before.dep_ = "nsubj"
    for c in lefts:  # "The" of "The US"
        c.head = before
    if not any(c.dep_ == "dobj" for c in verb.children):
        after = next((c for c in verb.rights if c.dep_ in {"appos", "npadvmod"}), None)
        if after is not None and after.left_edge.i == verb.i + 1 and after.pos in _NOMINAL:
            after.dep_ = "dobj"  # "China arms Russia", "Russia" parsed in apposition


def _hung_clause(verb: Any) -> None:
    """Make a present-tense verb with a subject of its own, hung as a modifier on the noun
    after it, the verb of its clause, and that noun its object.

    "The EU sanctions Russian banks" is parsed as a noun phrase headed by "banks", and "as
    Beijing deepens ties with Moscow" as a prepositional phrase headed by "ties": a verb
    with a subject cannot modify a noun. When the noun heads its sentence, the verb becomes
    the root; when it is the object of a subordinating word ("as", "after", "while"), the
    verb becomes the clause that word opens, and the word its marker. Anything else is left
    as parsed.
    """
    noun, subject = verb.head, _subject(verb)
    if subject is None or subject.i > verb.i or noun.pos not in _NOMINAL:
        return
    if noun.dep == _ROOT:
        head, dep, marker = verb, "ROOT", None
    elif noun.dep_ == "pobj" and noun.head.lower_ in _SUBORDINATORS:
        marker = noun.head
        head, dep = marker.head, "advcl"
    else:
        return
    before = [c for c in noun.lefts if c.i < verb.i]
    trailing = [c for c in noun.rights if c.dep_ == "punct"] if marker is None else []
    verb.head, verb.dep_ = head, dep
    noun.head, noun.dep_ = verb, "dobj"
    for c in before:  # "The" of "The EU"
        c.head = subject
    for c in trailing:  # the full stop
        c.head = verb
    if marker is not None:
        marker.head, marker.dep_ = verb, "mark"


def fronted_appositions(doc: Doc) -> None:
    """Make a noun phrase that opens a sentence, set off by a comma before its subject, an
    apposition of that subject when the parser made it a second subject of the verb.

    "A key partner of Washington, Japan condemned North Korea" is parsed with two subjects,
    "partner" and "Japan", and so has Washington condemn North Korea; "A former Soviet
    republic, Georgia has angered Moscow" has Moscow angered by the Soviet Union. A common
    noun heading the sentence's first phrase, a comma right after it and the verb's other
    subject right after the comma: the phrase describes that subject.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = "A partner of Washington , Japan condemned Pyongyang .".split()
        >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 6, 1, 2, 6, 6, 6, 6, 6],
        ...           deps=["det", "nsubj", "prep", "pobj", "punct", "nsubj", "ROOT", "dobj",
        ...                 "punct"], pos=["DET", "NOUN", "ADP", "PROPN", "PUNCT", "PROPN",
        ...                 "VERB", "PROPN", "PUNCT"])
        >>> fronted_appositions(doc)
        >>> [(t.text, t.dep_, t.head.text) for t in doc[:6]]  # doctest: +NORMALIZE_WHITESPACE
        [('A', 'det', 'partner'), ('partner', 'appos', 'Japan'), ('of', 'prep', 'partner'),
         ('Washington', 'pobj', 'of'), (',', 'punct', 'Japan'), ('Japan', 'nsubj', 'condemned')]
    """
    rows = doc.to_array([DEP, HEAD])  # HEAD: the offset to the head (unsigned)
    subjects = (rows[:, 0] == _NSUBJ).nonzero()[0]
    verbs = (subjects + rows[subjects, 1].astype("int64")).tolist()
    if len(set(verbs)) == len(verbs):
        return  # (read on the arrays: in most documents no verb has two subjects)
    for verb in {v for v in verbs if verbs.count(v) == 2}:
        first, subject = (doc[int(i)] for i, v in zip(subjects, verbs, strict=True) if v == verb)
        comma = first.right_edge.i + 1
        if (
            first.pos == NOUN
            and first.left_edge.is_sent_start
            and doc[comma].text == ","
            and subject.left_edge.i == comma + 1
        ):
            first.head, first.dep_ = subject, "appos"
            doc[comma].head = subject


def fronted_conjuncts(doc: Doc) -> None:
    """Make a noun the parser hung as an apposition on the noun after it, across "and" or
    "or", the first conjunct of that noun.

    "The EU sanctions Russian banks and Chinese firms" is parsed with "banks" an apposition
    of "firms", the object, and so sanctions only China. An apposition follows what it
    describes; one before its head with a coordinator between them is a conjunct.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = "EU sanctions banks and firms".split()
        >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 4, 2, 1],
        ...           deps=["nsubj", "ROOT", "appos", "cc", "dobj"],
        ...           pos=["PROPN", "VERB", "NOUN", "CCONJ", "NOUN"])
        >>> fronted_conjuncts(doc)
        >>> [(t.text, t.dep_, t.head.text) for t in doc[2:]]
        [('banks', 'dobj', 'sanctions'), ('and', 'cc', 'banks'), ('firms', 'conj', 'banks')]
    """
    rows = doc.to_array([DEP, HEAD])
    for i in (rows[:, 0] == _APPOS).nonzero()[0].tolist():
        first = doc[i]
        second = first.head
        if (
            second.i <= first.i
            or first.pos not in _NOMINAL
            or second.pos not in _NOMINAL
            or not any(
                c.dep_ == "cc" and c.lower_ in {"and", "or"} and c.i < second.i
                for c in first.children
            )
        ):
            continue
        root = second.dep_ == "ROOT"
        first.head, first.dep_ = (first if root else second.head), second.dep_
        second.head, second.dep_ = first, "conj"


def participle_modifiers(doc: Doc) -> None:
    """Make a past participle right after a verb, which the parser made a clause of its own
    with the verb's object as its object, a modifier of that object.

    "The US returned seized Venezuelan aircraft" is parsed with "seized" a second verb of
    the US, whose object the aircraft is: the US seizes Venezuela. A verb form in the past,
    right after the verb it hangs on, with no subject, auxiliary or marker of its own, while
    that verb has no object: the form describes the object ("seized aircraft").

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = "US returned seized aircraft".split()
        >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2],
        ...           deps=["nsubj", "ROOT", "advcl", "dobj"], tags=["NNP", "VBD", "VBD", "NN"],
        ...           pos=["PROPN", "VERB", "VERB", "NOUN"])
        >>> participle_modifiers(doc)
        >>> [(t.text, t.dep_, t.head.text) for t in doc[2:]]
        [('seized', 'amod', 'aircraft'), ('aircraft', 'dobj', 'returned')]
    """
    for i in (doc.to_array(DEP) == _ADVCL).nonzero()[0].tolist():
        form, verb = doc[i], doc[i].head
        if (
            i == 0
            or verb.i != i - 1
            or form.tag not in _PAST
            or verb.pos != VERB
            or any(c.dep_ in {"dobj", "ccomp", "xcomp"} for c in verb.children)
        ):
            continue
        kids = list(form.children)
        objects = [c for c in kids if c.dep_ == "dobj"]
        if len(objects) != 1 or any(c.dep_ not in {"dobj", "punct"} for c in kids):
            continue
        noun = objects[0]
        noun.head, noun.dep_ = verb, "dobj"
        form.head, form.dep_, form.tag_ = noun, "amod", "VBN"


def coordinated_participles(doc: Doc) -> None:
    """Make a past participle after "and" that follows a noun, which the parser made a verb
    joined to the clause's verb with the next noun as its object, a modifier of that noun,
    itself joined to the noun before "and".

    "The EU renewed sanctions ... over the imprisonment and forced exile of opposition
    figures" is parsed with "forced" a second verb of the EU, whose object the exile is: the
    EU coerces the opposition. A participle right after "and", itself right after the noun
    of a reason ("over", "for"), with nothing but its object right after it: the participle
    describes that object, a second noun of the reason ("Russia shelled the port and forced
    evacuations", also tagged a participle, is left as two acts).

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = "EU renewed sanctions over imprisonment and forced exile".split()
        >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 1, 2, 3, 1, 1, 6],
        ...           deps=["nsubj", "ROOT", "dobj", "prep", "pobj", "cc", "conj", "dobj"],
        ...           tags=["NNP", "VBD", "NNS", "IN", "NN", "CC", "VBN", "NN"],
        ...           pos=["PROPN", "VERB", "NOUN", "ADP", "NOUN", "CCONJ", "VERB", "NOUN"])
        >>> coordinated_participles(doc)
        >>> [(t.text, t.dep_, t.head.text) for t in doc[5:]]
        [('and', 'cc', 'imprisonment'), ('forced', 'amod', 'exile'), ('exile', 'conj', 'imprisonment')]
    """
    for i in token_indices(doc, TAG, [_VBN]):
        form = doc[i]
        if i < 2 or i + 1 >= len(doc) or form.dep_ != "conj" or form.head.tag_ == "VBN":
            continue
        cc, before, noun = doc[i - 1], doc[i - 2], doc[i + 1]
        kids = list(form.children)
        if (
            cc.lower_ != "and"
            or before.pos != NOUN
            # the reason for an act ("sanctions over the imprisonment and forced exile of X"),
            # not its object ("shelled the port and forced evacuations": two acts)
            or before.dep_ != "pobj"
            or before.head.lower_ not in {"over", "for"}
            or [c.i for c in kids] != [noun.i]
            or noun.dep_ != "dobj"
            or noun.pos != NOUN
        ):
            continue
        cc.head = before
        noun.head, noun.dep_ = before, "conj"
        form.head, form.dep_ = noun, "amod"


def relative_subjects(doc: Doc) -> None:
    """Make the verb after a subject's relative clause, which the parser read as a modifier
    of the noun after it, the verb of the sentence.

    "Qatar, which hosts Hamas's political office, mediated talks between Israel and Hamas"
    is parsed with "Qatar" the root, "mediated talks" a noun phrase in apposition to the
    office: Qatar mediates nothing. A past form right after the comma that closes a
    relative clause of the sentence's root, a name or noun, modifying the noun after it, in
    a sentence with no verb outside that clause: the form is the verb, the root its
    subject, the noun its object. Only for a verb the lexicon reads as an act on an object.
    A past form right after that comma parsed as a modifier of the root itself is the verb
    too ("China, which has close ties with both neighbours, called on Iran and Pakistan":
    see :func:`_subject_of_modifier`).

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = "Qatar , which hosts Hamas , mediated talks .".split()
        >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[0, 0, 3, 0, 3, 4, 7, 4, 0],
        ...           deps=["ROOT", "punct", "nsubj", "relcl", "dobj", "punct", "amod", "appos",
        ...                 "punct"], tags=["NNP", ",", "WDT", "VBZ", "NNP", ",", "VBN", "NNS", "."],
        ...           pos=["PROPN", "PUNCT", "PRON", "VERB", "PROPN", "PUNCT", "VERB", "NOUN",
        ...                "PUNCT"], lemmas=[*words[:6], "mediate", "talk", "."])
        >>> relative_subjects(doc)
        >>> [(t.text, t.dep_, t.head.text) for t in doc if t.dep_ != "punct"]
        ... # doctest: +NORMALIZE_WHITESPACE
        [('Qatar', 'nsubj', 'mediated'), ('which', 'nsubj', 'hosts'), ('hosts', 'relcl', 'Qatar'),
         ('Hamas', 'dobj', 'hosts'), ('mediated', 'ROOT', 'mediated'), ('talks', 'dobj', 'mediated')]
    """
    for i in (doc.to_array(DEP) == _RELCL).nonzero()[0].tolist():
        clause, root = doc[i], doc[i].head
        sent, start = root.sent, clause.left_edge.i
        if (
            root.dep != _ROOT
            or root.pos not in _NOMINAL
            or not root.i < start
            or doc[start - 1].text != ","
        ):
            continue
        after = next(  # the comma that closes the clause, right before the verb
            (
                j
                for j in range(i + 1, sent.end - 1)
                if doc[j].text == "," and _hung_verb(doc[j + 1])
            ),
            None,
        )
        if after is None:
            _subject_of_modifier(doc, clause, root)
            continue
        verb, noun = doc[after + 1], doc[after + 1].head
        if not clause.is_ancestor(noun) or any(
            t.pos in _VERBAL and t.i != verb.i and not (start <= t.i < after) for t in sent
        ):
            continue
        closing, final = doc[after], [c for c in root.rights if c.dep_ == "punct" and c.i > verb.i]
        verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
        root.head, root.dep_ = verb, "nsubj"
        noun.head, noun.dep_ = verb, "dobj"
        closing.head, closing.dep_ = root, "punct"
        for c in final:
            c.head = verb


def _subject_of_modifier(doc: Doc, clause: Any, root: Any) -> None:
    """ "China, which has close ties with both neighbours, called on Iran and Pakistan to
    ...": the past form after the comma that closes the root's relative clause, parsed as a
    modifier of the root itself, is the verb of the sentence (no other verb outside the two
    clauses), the root its subject."""
    end = clause.right_edge.i  # the closing comma, hung inside the clause or after it
    end += doc[end].text != ","
    if end + 1 >= len(doc) or doc[end].text != ",":
        return
    verb = doc[end + 1]
    if (
        verb.dep_ != "acl"
        or verb.head.i != root.i
        or verb.tag not in _PAST
        or not (
            _acts_on_object(verb.lemma_.lower())
            or verb.lemma_.lower() in load_lexicon().phrasal_verbs  # "called on"
        )
        or any(
            t.pos in _VERBAL and not clause.is_ancestor(t) and not verb.is_ancestor(t)
            for t in root.sent
            if t.i not in {verb.i, clause.i}
        )
    ):
        return
    final = [c for c in root.rights if c.dep_ == "punct" and c.i > verb.i]
    verb.head, verb.dep_, verb.pos_ = verb, "ROOT", "VERB"
    root.head, root.dep_ = verb, "nsubj"
    for c in final:
        c.head = verb


def passive_subjects(doc: Doc) -> None:
    """Make the subject of a passive verb its passive subject.

    "The M23 rebels, who Kinshasa says are backed by Kigali, ..." is parsed with "who" the
    plain subject of "are backed" (the relative pronoun split from its verb by the speaker
    put in between): the rebels were backed by no one. A subject of a verb with a passive
    auxiliary is its passive subject.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = "who Kinshasa says are backed by Kigali".split()
        >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[4, 2, 2, 4, 2, 4, 5],
        ...           deps=["nsubj", "nsubj", "ROOT", "auxpass", "ccomp", "agent", "pobj"])
        >>> passive_subjects(doc)
        >>> [(t.text, t.dep_) for t in doc[:2]]
        [('who', 'nsubjpass'), ('Kinshasa', 'nsubj')]
    """
    for i in (doc.to_array(DEP) == _AUXPASS).nonzero()[0].tolist():
        for c in doc[i].head.children:
            if c.dep == _NSUBJ:
                c.dep_ = "nsubjpass"


def labelled_objects(doc: Doc) -> None:
    """Make the noun a verb's object names through "what X called" the verb's object.

    "India struck what it called terrorist infrastructure in nine locations in Pakistan"
    and "Russia launched what it called a special military operation in Ukraine" are
    parsed with "what it called ..." a clause of the verb and the noun the predicate of
    "called": the verb has no object, and the places hang on "called". When a clause
    opened by "what", headed by a labelling verb ("called", "described ... as", "dubbed"),
    is the complement of a verb with no object of its own, the labelled noun becomes the
    verb's object and the labelling clause a modifier of that noun; the clause's phrases
    after the noun move to the noun ("in nine locations in Pakistan").

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = "India struck what it called camps in Pakistan .".split()
        >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 4, 4, 1, 4, 4, 6, 1],
        ...           deps=["nsubj", "ROOT", "dobj", "nsubj", "ccomp", "oprd", "prep", "pobj",
        ...                 "punct"], pos=["PROPN", "VERB", "PRON", "PRON", "VERB", "NOUN",
        ...                 "ADP", "PROPN", "PUNCT"], lemmas=[*words[:4], "call", *words[5:]])
        >>> labelled_objects(doc)
        >>> [(t.text, t.dep_, t.head.text) for t in doc[2:8]]  # doctest: +NORMALIZE_WHITESPACE
        [('what', 'dobj', 'called'), ('it', 'nsubj', 'called'), ('called', 'acl', 'camps'),
         ('camps', 'dobj', 'struck'), ('in', 'prep', 'camps'), ('Pakistan', 'pobj', 'in')]
    """
    for i in token_indices(doc, LOWER, _WHAT):
        label = doc[i].head
        verb = label.head
        if (
            doc[i].dep_ not in {"dobj", "nsubj"}
            or label.dep_ != "ccomp"
            or label.lemma not in _cue_lemma_ids("labelling_verbs")
            or label.left_edge.i != i
            or verb.pos != VERB
            or verb.i > i
            or any(c.dep_ == "dobj" for c in verb.children)
        ):
            continue
        noun = next((c for c in label.children if c.dep_ == "oprd" and c.pos in _NOMINAL), None)
        for c in label.children if noun is None else ():
            if c.dep_ == "prep" and c.lower_ == "as":  # "described as Hezbollah targets"
                noun = next((p for p in c.children if p.dep_ == "pobj" and p.pos in _NOMINAL), None)
        if noun is None:
            continue
        later = [c for c in label.children if c.dep_ == "prep" and c.i > noun.i]
        noun.head, noun.dep_ = verb, "dobj"
        label.head, label.dep_ = noun, "acl"
        for c in later:
            c.head = noun


_WHAT = frozenset({get_string_id("what")})


def reported_participles(doc: Doc) -> None:
    """Hang a participle after a parenthetical speech verb on the clause it reports.

    "Russian forces shelled Kharkiv overnight, Ukrainian officials said, killing four
    civilians" is parsed with "killing" a clause of "said": the officials kill the
    civilians. When a speech verb has the clause it reports before it and, after a comma,
    a participle of a material act (one the lexicon reads as an act of force or of
    material help, not "adding", "citing" or "calling", which are the speaker's), the
    participle belongs to the reported clause.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = "Russia shelled Kharkiv , officials said , killing civilians .".split()
        >>> doc = Doc(spacy.blank("en").vocab, words=words,
        ...           heads=[1, 5, 1, 5, 5, 5, 5, 5, 7, 5],
        ...           deps=["nsubj", "ccomp", "dobj", "punct", "nsubj", "ROOT", "punct",
        ...                 "advcl", "dobj", "punct"],
        ...           tags=["NNP", "VBD", "NNP", ",", "NNS", "VBD", ",", "VBG", "NNS", "."],
        ...           lemmas=["Russia", "shell", "Kharkiv", ",", "official", "say", ",", "kill",
        ...                   "civilian", "."])
        >>> reported_participles(doc)
        >>> doc[7].head.text
        'shelled'
    """
    lex = load_lexicon()
    for participle, speech in _trailing_participles(doc):
        entry = lex.verbs.get(participle.lemma_.lower())
        if (
            speech.lemma_.lower() not in lex.speech_verbs
            or entry is None
            or ontology_relation(entry.relation).quad not in {2, 4}
        ):
            continue
        reported = next((c for c in speech.children if c.dep_ == "ccomp" and c.i < speech.i), None)
        if reported is not None:
            participle.head = reported


def sequence_participles(doc: Doc) -> None:
    """Hang a participle of words after a clause of sequence on the clause it follows.

    "India suspended the treaty after a militant attack in Kashmir killed 26 tourists,
    accusing Islamabad of backing the gunmen" is parsed with "accusing" a clause of
    "killed": the attack (or Kashmir) accuses. When a clause opened by a mark of sequence
    ("after", "before", "since", "because", ...) is followed, after a comma, by a participle
    of words (a speech verb, or a verbal act of quad 1 or 3), the participle is the main
    clause's: India accuses. A participle of a deed stays ("after troops crossed the border,
    killing five": the troops killed).

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = "India left after attacks killed five , accusing Pakistan .".split()
        >>> doc = Doc(spacy.blank("en").vocab, words=words,
        ...           heads=[1, 1, 4, 4, 1, 4, 4, 4, 7, 1],
        ...           deps=["nsubj", "ROOT", "mark", "nsubj", "advcl", "dobj", "punct",
        ...                 "advcl", "dobj", "punct"],
        ...           tags=["NNP", "VBD", "IN", "NNS", "VBD", "CD", ",", "VBG", "NNP", "."],
        ...           lemmas=["India", "leave", "after", "attack", "kill", "five", ",", "accuse",
        ...                   "Pakistan", "."])
        >>> sequence_participles(doc)
        >>> doc[7].head.text
        'left'
    """
    marks = set(load_lexicon().cues["sequence_marks"])
    for participle, clause in _trailing_participles(doc):
        if (
            clause.dep == _ADVCL
            and any(c.dep_ == "mark" and c.lower_ in marks for c in clause.children)
            and _words(participle.lemma_.lower())
        ):
            participle.head = clause.head


def _trailing_participles(doc: Doc) -> Iterator[tuple[Any, Any]]:
    """Each participle after a comma hung on a verb before it, with that verb: "...,
    killing four civilians", ", accusing Islamabad of ..."."""
    for i in (doc.to_array(DEP) == _ADVCL).nonzero()[0].tolist():
        participle, head = doc[i], doc[i].head
        if i > 0 and participle.tag_ == "VBG" and doc[i - 1].text == "," and head.i < i:
            yield participle, head


def _words(lemma: str) -> bool:
    """True for a verb of words: a speech verb, or one the lexicon reads as a verbal act
    (quad 1 or 3: "demanded", "accused")."""
    lex = load_lexicon()
    entry = lex.verbs.get(lemma)
    return lemma in lex.speech_verbs or (
        entry is not None and ontology_relation(entry.relation).quad in {1, 3}
    )


def contrast_clauses(doc: Doc) -> None:
    """Hang a contrasting clause after what a speaker said on the speech verb.

    "The United States said the case was meritless, while Namibia criticised Germany" is
    parsed with the while-clause a clause of "was meritless": the US says Namibia
    criticised Germany (a claim, and an accusation of Namibia). A clause opened by "while"
    or "whereas" after a comma, with a subject of its own, that hangs on the complement a
    speech verb has after it is the writer's second statement: it goes to the speech verb
    (as "China welcomed the deal, while India criticised Pakistan" is read).

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = "US said it erred , while Namibia criticised Germany .".split()
        >>> doc = Doc(spacy.blank("en").vocab, words=words,
        ...           heads=[1, 1, 3, 1, 3, 7, 7, 3, 7, 1],
        ...           deps=["nsubj", "ROOT", "nsubj", "ccomp", "punct", "mark", "nsubj",
        ...                 "advcl", "dobj", "punct"],
        ...           lemmas=["US", "say", "it", "err", ",", "while", "Namibia", "criticise",
        ...                   "Germany", "."])
        >>> contrast_clauses(doc)
        >>> doc[7].head.text
        'said'
    """
    speech = load_lexicon().speech_verbs
    for i in token_indices(doc, LOWER, _CONTRAST_MARKS):
        clause = doc[i].head
        told = clause.head
        if (
            i == 0
            or doc[i - 1].text != ","
            or doc[i].dep_ != "mark"
            or clause.dep_ != "advcl"
            or told.dep_ != "ccomp"
            or told.head.i > told.i
            or told.head.lemma_.lower() not in speech
            or not any(c.dep_ == "nsubj" for c in clause.children)
        ):
            continue
        clause.head = told.head


def predicate_adjectives(doc: Doc) -> None:
    """Make an adjective after a labelled object the label: "called the Chinese actions
    dangerous and irresponsible" is parsed with "dangerous" a modifier of "actions" (as it
    is not with one adjective: "called the Chinese actions dangerous"), so nothing was
    called anything. An adjective hung on the object of a labelling verb ("call", "brand",
    "declare", ...) from after it is the verb's object predicate.

    Example:
        >>> import spacy
        >>> from spacy.tokens import Doc
        >>> words = "US called the actions dangerous and irresponsible".split()
        >>> doc = Doc(spacy.blank("en").vocab, words=words, heads=[1, 1, 3, 1, 3, 4, 4],
        ...           deps=["nsubj", "ROOT", "det", "dobj", "amod", "cc", "conj"],
        ...           pos=["PROPN", "VERB", "DET", "NOUN", "ADJ", "CCONJ", "ADJ"],
        ...           lemmas=["US", "call", "the", "action", "dangerous", "and", "irresponsible"])
        >>> predicate_adjectives(doc)
        >>> (doc[4].dep_, doc[4].head.text)
        ('oprd', 'called')
    """
    for i in token_indices(doc, LEMMA, _cue_lemma_ids("labelling_verbs")):
        verb = doc[i]
        for noun in (c for c in verb.children if c.dep_ == "dobj"):
            for adj in [c for c in noun.children if c.dep_ == "amod" and c.i > noun.i]:
                if adj.pos == ADJ:
                    adj.head, adj.dep_ = verb, "oprd"


def _hung_verb(tok: Any) -> bool:
    """True for a past form the parser hung on the noun after it as a modifier, whose verb
    the lexicon reads as an act on an object ("mediated talks")."""
    return (
        tok.tag in _PAST
        and tok.dep in _HUNG
        and tok.head.pos in _NOMINAL
        and tok.head.i > tok.i
        and _acts_on_object(tok.lemma_.lower())
    )


#: The tags of a noun, and of "calls" or "demands" a noun the tagger took for a verb.
_PLURAL_OR_NOUN = frozenset({"NN", "NNS", "VBZ"})
_ROOT, _AMOD = get_string_id("ROOT"), get_string_id("amod")
_RELCL, _AUXPASS = get_string_id("relcl"), get_string_id("auxpass")
_CONTRAST_MARKS = frozenset({get_string_id("while"), get_string_id("whereas")})
_PAST = frozenset({get_string_id("VBD"), get_string_id("VBN")})
_APPOS = get_string_id("appos")
_MODIFIER = frozenset({get_string_id("amod"), get_string_id("compound")})
_VERBAL = frozenset({VERB, AUX})
#: The dependencies of a verb misread as a modifier of the noun after it.
_HUNG = _MODIFIER | {get_string_id("nmod")}
#: Words that open a clause the parser may read as a preposition ("as Beijing deepens ties").
_SUBORDINATORS = frozenset({"as", "after", "before", "while", "since", "until", "because"})
_VERB = frozenset({VERB})
_NOMINAL = frozenset({NOUN, PROPN})
_AND = frozenset({get_string_id("and")})
_VBG, _VBN = get_string_id("VBG"), get_string_id("VBN")
_NSUBJ, _CCOMP = get_string_id("nsubj"), get_string_id("ccomp")
_ADVCL = get_string_id("advcl")
_NNS, _VBZ, _POS = get_string_id("NNS"), get_string_id("VBZ"), get_string_id("POS")
#: The words that open an object phrase after a headline's verb ("Chinese firms", "the
#: ambassador"; not a common noun, which the plural before it modifies: "arms sales").
_OPENS_OBJECT = frozenset({DET, ADJ, NUM, PROPN})
_IN_HEADLINE_OBJECT = frozenset({DET, ADJ, NUM, PROPN, NOUN, CCONJ})
_IN_HEADLINE_SUBJECT = frozenset({DET, ADJ, PROPN, NOUN, PART})


@cache
def _cue_lemma_ids(cue: str) -> frozenset[int]:
    """String ids of the words of the lexicon's ``cue`` list as lemmas, to compare with a
    token's ``lemma`` or the document's lemma array."""
    return frozenset(get_string_id(v) for v in load_lexicon().cues[cue])


@cache
def _gerund_verbs() -> frozenset[str]:
    """Verbs of denial, admission or cessation, which take a gerund ("denied supplying")."""
    cues = load_lexicon().cues
    return frozenset(
        [*cues["denial_verbs"], *cues["cessation_verbs"], "admit", "resume", "continue", "avoid"]
    )


def _named(tok: Any) -> bool:
    """A name: a proper noun, or a word the model tagged as a named person, body or place
    ("Orban" comes out an adjective)."""
    return tok.pos_ == "PROPN" or tok.ent_type_ in {"PERSON", "ORG", "GPE"}


def _named_office(tok: Any, names: Container[int], *, modifier: bool = False) -> bool:
    """An office or a body's people named by whom they serve: a title or organ noun with a
    name as its possessor ("Qatar's emir") or, with ``modifier``, as its modifier ("Hamas
    leaders")."""
    if tok.lemma_.lower() not in _offices():
        return False
    deps = {"compound", "amod"} if modifier else {"poss"}
    owners = [c for c in tok.children if c.dep_ in deps and c.i < tok.i]
    if not modifier and tok.i > 1 and tok.doc[tok.i - 1].dep_ == "case":
        owners.append(tok.doc[tok.i - 2])  # "Qatar's emir", the possessor hung elsewhere
    return any(c.i in names or _named(c) for c in owners)


@cache
def _offices() -> frozenset[str]:
    """Title and organ nouns ("emir", "leaders", "ministry")."""
    lex = load_lexicon()
    return lex.titles | lex.organ_nouns


def _subject(tok: Any) -> Any:
    """The subject the parser gave ``tok``, if any."""
    return next((c for c in tok.children if c.dep_ == "nsubj"), None)


def _past(tok: Any) -> bool:
    """A lower-case word ending in "-ed", not the first of its sentence."""
    return tok.text.islower() and tok.text.endswith("ed") and tok.i > tok.sent.start


@cache
def _support_pair(lemma: str, noun: str) -> bool:
    """True for a light verb and the noun that names its act ("granted status")."""
    return (lemma, noun) in load_lexicon().support


@cache
def _act_noun(lemma: str) -> bool:
    """True for a noun the lexicon reads as an act ("aid", "sanctions", "strikes")."""
    return lemma in load_lexicon().nouns


@cache
def _acts_on_object(lemma: str) -> bool:
    """True for a verb the lexicon reads as an act on an object ("armed", "criticised")."""
    return lemma in load_lexicon().verbs


@cache
def _takes_no_clause(lemma: str) -> bool:
    """True for a verb the lexicon reads as an act on an object that takes no clause as its
    complement ("struck", "supports"; not "said", "warned", "urged", "agreed", "hopes")."""
    if not _acts_on_object(lemma):
        return False
    lex = load_lexicon()
    clausal = (
        lex.speech_verbs
        | lex.threat_verbs
        | lex.request_verbs
        | lex.demand_verbs
        | lex.intent_verbs
        | set(lex.cues["clause_verbs"])
    )
    return lemma not in clausal


def _stem_lemma(doc: Doc, stem: str, pos: str, lemmatizer: Any) -> str:
    """The lemma the model's rule lemmatizer gives ``stem`` as a word of its own."""
    word = Doc(doc.vocab, words=[stem], pos=[pos])
    return str(lemmatizer.rule_lemmatize(word[0])[0])
