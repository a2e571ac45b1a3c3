"""When an extracted act is asserted: the actors must be named, not guessed.

``asserted`` means the article itself states the act and graphkit is confident about who
did it to whom, so the plain triple is written. A statement that fails one of these checks
is still kept (it counts for recall and can be reviewed) with ``asserted`` false and the
reason in ``extras["unasserted"]``:

- ``"place"``: a subject named as a place (``attacks in Paris``); a city or region outside
  the KB standing for its state as a plain argument (``isolated Raqqah``; not as what is
  occupied or annexed: ``Russia annexed Crimea``); a place as the
  object of a cooperative or neutral act (``discussed the towns in Iraq``). A hostile act
  done in a place (``an attack in Basra``) and the relations whose target is a place
  (``a curfew in X``, :data:`LOCATIVE_RELATIONS`) keep it, as event coding does.
- ``"guessed actor"``: a role noun resolved by no antecedent (``The Prime Minister`` taken
  to be the document's most mentioned state), as subject or as object.
- ``"reference across sentences"``: an instrument (``one strike destroyed ...``) whose
  actor is the acting subject of an earlier sentence.
- ``"ambiguous reference"``: ``he``/``they``/``it`` resolved to an actor named in an
  earlier sentence while another compatible actor was named since. ``the mission`` (a
  definite role noun naming its kind) and ``we`` in a quote (the quoted speaker's body)
  are resolved by what they say and stay asserted.
- ``"scare quotes"``: a trigger quoted on its own (Assad's "war" on ISIL): the writer
  does not vouch for the act.
- ``"speaker's side unknown"``: an accusation derived from a person's report of another
  actor's hostile act when the person's own side is unknown ("Putin said Russia would
  retaliate" is no accusation of Russia), set by :mod:`graphkit.extract.assembly`.
- ``"hypothetical"``: an act in a condition, a speculation, a forecast or a question (``if
  Russia attacks NATO``, ``Russia may have attacked``, ``it is unlikely that``, ``is likely
  to``, ``Experts think Iran will retaliate``, ``Analysts said Russia would attack Moldova``
  (a future told by a speaker who is no actor), ``Will China invade Taiwan?``), set by
  :mod:`graphkit.extract.assembly`.
- ``"past event"``: an act told as history (``Eighty years after Germany invaded Poland``,
  ``the anniversary of the 1999 NATO bombing``, ``Japan's wartime invasion``, ``recalled
  how ... troops stormed``), or dated by its clause two or more years before its document's
  date (``In 1982, Israel invaded Lebanon`` in a 2024 article: the year is kept in
  ``extras["year"]``, and :func:`graphkit.extract.extract_documents` compares it with
  ``Document.date``): true, but no stance of the article's day.
- ``"hedged"``: an act the writer does not vouch for (``Russia allegedly attacked``,
  ``reportedly``), or one its teller leaves open (``Israel did not confirm / declined to
  confirm that it had struck``, ``China did not deny supplying``: neither done nor undone),
  set by :mod:`graphkit.extract.assembly`.
- ``"called false"``: an act the writer says its teller told falsely (``Venezuela invaded
  Guyana, an official falsely claimed``, ``Russian media wrongly reported that ...``), even
  the teller's own; the telling itself stands.
- ``"contested"``: an act the text itself calls a claim another actor denies (``The
  Houthis said they had targeted a US warship, a claim the Pentagon denied``); an
  accusation made by reporting it stands (the claim is contested, not that it was made).
- ``"planned"``: a meeting, talks or a visit still to come (``Putin and Xi will meet next
  week``, ``is due to visit``, ``vowed to meet the IAEA chief``): announced, not held, set
  by :mod:`graphkit.extract.assembly`. The relation stays neutral: a summit of rivals is
  no sign of alignment (PLOVER would code the announcement as AGREE).

Example:
    >>> from graphkit.extract.actors import Mention
    >>> from graphkit.types import Actor
    >>> from spacy.lang.en import English
    >>> doc = English()("Kurdish fighters isolated Raqqah .")
    >>> syr = Actor("https://w3id.org/graphkit/actor/SYR", "Syria", "State", iso3="SYR")
    >>> kurds = Actor("https://w3id.org/graphkit/actor/ent/k", "Kurdish fighters", "Organization")
    >>> unasserted_reason(doc, Mention(0, 2, kurds, "group"),
    ...                   Mention(3, 4, syr, "capital", territory=True), "coerces")
    'place'
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from graphkit.extract.actors import Mention
from graphkit.extract.lexicon import load_lexicon
from graphkit.ontology import relation as ontology_relation

__all__ = ["LOCATIVE_RELATIONS", "scare_quoted", "unasserted_reason"]

#: Relations whose target can be the place it happens in ("a curfew in X"): never attacks.
LOCATIVE_RELATIONS = frozenset(
    {
        "mobilizesAgainst",
        "coerces",
        "concedesTo",
        "withdrawsFrom",
        "occupies",
        "sanctions",
        "providesAidTo",
        "visits",
    }
)
_OPEN_QUOTES = {'"', "“", "‘", "'", "``"}
_CLOSE_QUOTES = {'"', "”", "’", "'", "''"}


def scare_quoted(tok: Token) -> bool:
    """True for a trigger quoted on its own (Assad's "war" on ISIL).

    Example:
        >>> from spacy.lang.en import English
        >>> doc = English()('Assad \\'s " war " on ISIL')
        >>> scare_quoted(doc[3]), scare_quoted(doc[0])
        (True, False)
    """
    doc = tok.doc
    return (
        0 < tok.i < len(doc) - 1
        and doc[tok.i - 1].text in _OPEN_QUOTES
        and doc[tok.i + 1].text in _CLOSE_QUOTES
    )


def unasserted_reason(doc: Doc, subj: Mention, obj: Mention | None, rel: str) -> str | None:
    """Why the actors of a ``subj --rel--> obj`` act are too uncertain to assert, or None.

    Args:
        doc: The parsed document (sentence boundaries are used).
        subj: The subject mention.
        obj: The object mention, if any.
        rel: The lexicon relation of the act (before modality changes it).

    Returns:
        One of the reasons in the module docs, or None when the act can be asserted.
    """
    if subj.locative or subj.territory:
        return "place"
    if subj.kind in {"pronoun", "role", "instrument"}:
        if subj.anchor < 0:
            return "guessed actor"
        far = doc[subj.anchor].sent.start != doc[subj.start].sent.start
        if far and subj.kind == "instrument":
            return "reference across sentences"
        first_person = doc[subj.start].lower_ in load_lexicon().cues["first_person"]
        if far and subj.kind == "pronoun" and subj.ambiguous and not first_person:
            return "ambiguous reference"
    if obj is not None and obj.kind in {"pronoun", "role"} and obj.anchor < 0:
        return "guessed actor"  # "complimented the prime minister", no prime minister named
    if obj is not None and (
        # a territory stands for its state only doubtfully, unless it is what is occupied or
        # annexed ("Russia annexed Crimea")
        (obj.territory and not obj.locative and rel != "occupies")
        or (obj.locative and rel not in LOCATIVE_RELATIONS and ontology_relation(rel).polarity >= 0)
    ):
        return "place"
    return None
