"""When a statement is asserted: places, guessed references, other senses, scare quotes.

Each row is (text, facts that must be present, facts that must be absent); a fact is
(subject label, relation, object label, negated, asserted). A statement that is kept but
not asserted names its reason in ``extras["unasserted"]``.
"""

from __future__ import annotations

import pytest

from graphkit.extract import extract_statements

TABLE = [
    (  # a city standing for its state is a guess: kept, not asserted
        "Kurdish fighters isolated Raqqah.",
        {("Kurdish fighters", "coerces", "Syria", False, False)},
        {("Kurdish fighters", "coerces", "Syria", False, True)},
    ),
    (  # what is liberated is no target; the holder named by "from" is
        "The Iraqi army liberated Mosul from ISIL.",
        {("Iraq", "attacks", "Islamic State", False, True)},
        set(),
    ),
    (
        "Russia engaged Ukrainian troops.",
        {("Russia", "attacks", "Ukraine", False, True)},
        set(),
    ),
    (  # "engage with" is another sense than "engage"
        "Russia engaged with Ukrainian civil society.",
        set(),
        {("Russia", "attacks", "Ukraine", False, True)},
    ),
    (  # providing a statement is no aid
        "NATO provided the following statement to Russia.",
        set(),
        {("NATO", "providesAidTo", "Russia", False, True)},
    ),
    (
        "NATO provided weapons to Ukraine.",
        {("NATO", "providesWeaponsTo", "Ukraine", False, True)},
        set(),
    ),
    (  # a scare-quoted trigger: the writer does not vouch for the act
        'Russia\'s "invasion" of Georgia was condemned.',
        {("Russia", "invades", "Georgia", False, False)},
        {("Russia", "invades", "Georgia", False, True)},
    ),
    (  # one person before: "he" is that person, asserted
        "Iraqi President Barham Salih visited Paris. He later condemned Iran.",
        {("Iraq", "condemns", "Iran", False, True)},
        set(),
    ),
    (  # two compatible antecedents: "they" is a guess
        "Iranian forces attacked Iraqi troops. The next day they attacked Kuwait.",
        {("Iran", "attacks", "Iraq", False, True)},
        {("Iraq", "attacks", "Kuwait", False, True), ("Iran", "attacks", "Kuwait", False, True)},
    ),
    (  # "Near X, four strikes ...": X is a place; the strikes' actor is inferred
        "Coalition aircraft conducted 12 strikes against ISIL. "
        "Near Ar Raqqah, four strikes engaged an ISIL tactical unit.",
        {
            ("Coalition", "attacks", "Islamic State", False, True),
            ("Coalition", "attacks", "Islamic State", False, False),
        },
        {("Syria", "attacks", "Islamic State", False, True)},
    ),
    (  # no title between a body and the name: the body is part of another name
        "Envoy for the Global Coalition to Counter ISIL Brett McGurk criticized Iran.",
        {("Brett McGurk", "criticizes", "Iran", False, True)},
        {("Islamic State", "criticizes", "Iran", False, True)},
    ),
    (  # the direct object of "discuss" is the topic, "with" names the partner
        "The British Foreign Secretary discussed Iran with France.",
        {("United Kingdom", "consultsWith", "France", False, True)},
        {("United Kingdom", "consultsWith", "Iran", False, True)},
    ),
    (  # a material verb with a clause complement is used abstractly
        "The statement by Iran reinforces why the alliance is supporting Israel.",
        set(),
        {("Iran", "mobilizesAgainst", "Israel", False, True)},
    ),
    (  # a group known by its name, whatever side of the border it is on
        "Iran provided weapons to militants on the Syrian side.",
        {("Iran", "providesWeaponsTo", "militants", False, True)},
        {("Iran", "providesWeaponsTo", "Syria", False, True)},
    ),
]


@pytest.mark.parametrize(("text", "present", "absent"), TABLE, ids=[t[0][:40] for t in TABLE])
def test_assertion_table(nlp, facts, text, present, absent):
    found = facts(extract_statements(text, nlp=nlp))
    assert present <= found, found
    assert not (absent & found), found


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Kurdish fighters isolated Raqqah.", "place"),
        ('Russia\'s "invasion" of Georgia was condemned.', "scare quotes"),
        (
            "Iranian forces attacked Iraqi troops. The next day they attacked Kuwait.",
            "ambiguous reference",
        ),
        (
            "Coalition aircraft conducted 12 strikes against ISIL. "
            "Near Ar Raqqah, four strikes engaged an ISIL tactical unit.",
            "reference across sentences",
        ),
    ],
)
def test_assertion_unasserted_statement_names_its_reason(nlp, text, reason):
    kept = [s for s in extract_statements(text, nlp=nlp) if "unasserted" in s.extras]
    assert kept and all(not s.asserted for s in kept)
    assert reason in {s.extras["unasserted"] for s in kept}


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The French frigate FS Forbin attacked USS Mahan.", {"FS Forbin", "USS Mahan"}),
        ("ISIL seized the tanks from Tiyas Military Airfield.", {"Tiyas Military Airfield"}),
        ("Kurdish fighters attacked a VBIED.", {"VBIED"}),
    ],
)
def test_assertion_vessels_facilities_and_equipment_are_no_actors(nlp, text, names):
    for s in extract_statements(text, nlp=nlp):
        for side in (s.subject, s.object):
            assert side is None or side.actor.label not in names, s


def test_assertion_travel_destination_is_a_place(nlp):
    statements = extract_statements("Tony Blinken will travel to Paris for talks.", nlp=nlp)
    to_paris = [s for s in statements if s.object and s.object.mention.text == "Paris"]
    # the trip is a visit to France; the talks are held there, not with France
    assert [(s.relation, s.object.actor.label) for s in to_paris] == [("visits", "France")]
