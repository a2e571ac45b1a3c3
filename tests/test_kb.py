"""Tests of the actor knowledge base (ontologies/actors.ttl) and its API (graphkit.kb)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest
from rdflib import RDFS, Graph, URIRef
from rdflib.namespace import OWL, SKOS

from graphkit.errors import KnowledgeBaseError
from graphkit.kb import (
    AMBIGUOUS_ALIASES,
    EXCLUDED_ALIASES,
    KnowledgeBase,
    kb_path,
    load_kb,
    normalize_alias,
    read_kb,
)
from graphkit.namespace import GK
from graphkit.types import ACTOR_NS

pycountry = pytest.importorskip("pycountry")

REPO = Path(__file__).resolve().parents[1]
NON_UN_STATES = {"PSE", "VAT", "TWN", "XKX"}
FORMER_STATES = {"CSK", "DDR", "SUN", "YUG"}


@pytest.fixture(scope="module")
def kb() -> KnowledgeBase:
    return load_kb()


@pytest.fixture(scope="module")
def graph() -> Graph:
    return Graph().parse(kb_path(), format="turtle")


@pytest.fixture()
def build() -> Iterator[ModuleType]:
    """``tools/build_actors.py`` (a script, not part of the package) loaded as a module."""
    spec = importlib.util.spec_from_file_location(
        "build_actors", REPO / "tools" / "build_actors.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses resolve annotations through sys.modules
    try:
        spec.loader.exec_module(module)
        yield module
    finally:
        del sys.modules[spec.name]


def _states(kb: KnowledgeBase) -> list:
    return [a for a in kb.actors if a.type == "State"]


def _uri(actor) -> URIRef:
    return URIRef(actor.id)


def _key(actor) -> str:
    return actor.id.removeprefix(ACTOR_NS)


def _plain(text: str) -> str:
    text = unicodedata.normalize("NFKD", text)
    text = "".join(c for c in text if not unicodedata.combining(c))
    text = re.sub(r"\s*\(.*?\)", "", text)  # "Holy See (Vatican City State)" -> "Holy See"
    return normalize_alias(text)


def _pycountry_names(country) -> set[str]:
    names = set()
    for attr in ("name", "official_name", "common_name"):
        value = getattr(country, attr, None)
        if not value:
            continue
        names.add(_plain(value))
        if "," in value:  # "Congo, The Democratic Republic of the" -> "The Democratic ... Congo"
            head, tail = value.split(",", 1)
            names.add(_plain(f"{tail.strip()} {head.strip()}"))
    return names


# --------------------------------------------------------------------------------------
# States
# --------------------------------------------------------------------------------------


def test_kb_has_197_states_193_un_members_plus_four(kb):
    keys = {_key(a) for a in _states(kb)} - FORMER_STATES
    assert len(keys) == 197
    assert keys >= NON_UN_STATES
    un_members = {_key(a) for a in kb.members("UN")}
    assert len(un_members) == 193
    assert un_members == keys - NON_UN_STATES


def test_kb_states_match_pycountry_codes_and_names(kb, graph):
    for actor in _states(kb):
        if actor.iso3 == "XKX" or actor.iso3 in FORMER_STATES:
            continue  # Kosovo (user-assigned code) and former states: their own tests
        country = pycountry.countries.get(alpha_3=actor.iso3)
        assert country is not None, f"{actor.iso3} is not an ISO 3166-1 alpha-3 code"
        assert _key(actor) == actor.iso3
        iso2 = str(graph.value(_uri(actor), GK.iso2))
        assert iso2 == country.alpha_2, f"{actor.iso3}: iso2 {iso2} != {country.alpha_2}"
        ours = {_plain(actor.label)} | {
            _plain(str(o)) for o in graph.objects(_uri(actor), SKOS.altLabel)
        }
        assert ours & _pycountry_names(country), (
            f"{actor.iso3} {actor.label!r}: no name matches pycountry {country.name!r}"
        )


def test_kb_former_states_carry_iso_3166_3_codes_and_no_capital_or_membership(kb, graph):
    former = {_key(a): a for a in _states(kb) if _key(a) in FORMER_STATES}
    assert set(former) == FORMER_STATES
    for key, actor in former.items():
        country = pycountry.historic_countries.get(alpha_3=key)
        assert country is not None and pycountry.countries.get(alpha_3=key) is None
        assert str(graph.value(_uri(actor), GK.iso2)) == country.alpha_2
        ours = {_plain(actor.label)} | {
            _plain(str(o)) for o in graph.objects(_uri(actor), SKOS.altLabel)
        }
        assert ours & {_plain(part) for part in country.name.split(",")}, key
        assert "Former state, dissolved" in str(graph.value(_uri(actor), RDFS.comment))
        assert graph.value(_uri(actor), GK.capital) is None
        assert kb.memberships(key) == ()
    assert former["SUN"].wikidata == "Q15180"
    assert kb.lookup("USSR") == kb.lookup("Soviet") == former["SUN"]
    assert kb.lookup("Moscow") == kb.get("RUS")  # a capital names the present state
    assert kb.lookup("GDR") == former["DDR"]


def test_kb_kosovo_uses_user_assigned_code_outside_pycountry(kb, graph):
    kosovo = kb.get("XKX")
    assert pycountry.countries.get(alpha_3="XKX") is None
    assert (kosovo.label, kosovo.iso3, kosovo.wikidata) == ("Kosovo", "XKX", "Q1246")
    assert str(graph.value(_uri(kosovo), GK.iso2)) == "XK"
    assert kb.lookup("Pristina") == kosovo


@pytest.mark.parametrize(
    ("key", "label", "qid"),
    [
        ("CHN", "China", "Q148"),
        ("RUS", "Russia", "Q159"),
        ("UKR", "Ukraine", "Q212"),
        ("USA", "United States", "Q30"),
        ("GBR", "United Kingdom", "Q145"),
        ("JPN", "Japan", "Q17"),
        ("AUS", "Australia", "Q408"),
        ("NZL", "New Zealand", "Q664"),
        ("KOR", "South Korea", "Q884"),
        ("PRK", "North Korea", "Q423"),
        ("DEU", "Germany", "Q183"),
        ("FRA", "France", "Q142"),
        ("TUR", "Turkey", "Q43"),
        ("CIV", "Ivory Coast", "Q1008"),
        ("COD", "Democratic Republic of the Congo", "Q974"),
        ("COG", "Republic of the Congo", "Q971"),
        ("CZE", "Czech Republic", "Q213"),
        ("PSE", "Palestine", "Q219060"),
        ("TWN", "Taiwan", "Q865"),
        ("VAT", "Holy See", "Q159583"),
        ("NATO", "NATO", "Q7184"),
        ("EU", "European Union", "Q458"),
        ("UN", "United Nations", "Q1065"),
        ("IAEA", "International Atomic Energy Agency", "Q41984"),
        ("ISIL", "Islamic State", "Q2429253"),
    ],
)
def test_kb_actor_label_and_wikidata(kb, key, label, qid):
    actor = kb.get(key)
    assert (actor.label, actor.wikidata) == (label, qid)


# --------------------------------------------------------------------------------------
# Whole-KB invariants
# --------------------------------------------------------------------------------------


def test_kb_labels_are_unique(kb):
    labels = [a.label for a in kb.actors]
    assert len(labels) == len(set(labels))


def test_kb_wikidata_ids_are_unique_and_well_formed(kb, graph):
    qids = [a.wikidata for a in kb.actors if a.wikidata]
    assert len(qids) == len(set(qids))
    assert all(re.fullmatch(r"Q[1-9][0-9]*", q) for q in qids)
    assert len(qids) >= 197 + 30  # every state and every treaty organisation has one
    for actor in kb.actors:  # at most one owl:sameAs each, so Actor.wikidata loses nothing
        assert len(list(graph.objects(_uri(actor), OWL.sameAs))) <= 1


def test_kb_every_demonym_capital_and_seat_is_also_an_altlabel(graph):
    checked = 0
    for pred in (GK.demonym, GK.capital, GK.seatOfPower):
        for subject, value in graph.subject_objects(pred):
            alts = {str(o) for o in graph.objects(subject, SKOS.altLabel)}
            label = str(graph.value(subject, RDFS.label))
            assert str(value) in alts or str(value) == label, f"{subject} {pred} {value}"
            checked += 1
    assert checked > 500


def test_kb_no_alias_names_two_actors_except_the_resolved_list(kb):
    owners: dict[str, set[str]] = defaultdict(set)
    for text, actor, _ in kb.aliases():
        owners[normalize_alias(text)].add(_key(actor))
    clashes = {alias: keys for alias, keys in owners.items() if len(keys) > 1}
    # Short acronyms are indexed case-sensitively, so compare on the case-folded form too:
    # a clash must be listed, and every listed alias must really be a clash.
    assert set(clashes) == set(AMBIGUOUS_ALIASES)
    for alias, chosen in AMBIGUOUS_ALIASES.items():
        assert chosen in clashes[alias]
        assert _key(kb.lookup(alias)) == chosen


def test_kb_excluded_aliases_find_nothing(kb):
    for alias in EXCLUDED_ALIASES:
        assert kb.lookup(alias) is None, alias
    assert kb.lookup("Korean") is None
    assert kb.lookup("the alliance") is None
    assert kb.lookup("IS") is None


def test_kb_validates_against_shapes(graph):
    shapes = REPO / "ontologies" / "shapes.ttl"
    if not shapes.exists():
        pytest.skip("ontologies/shapes.ttl not written yet")
    pyshacl = pytest.importorskip("pyshacl")
    # A parsed Graph, as validate_store passes: from a path pyshacl loads an rdflib Dataset,
    # whose every lookup warns that rdflib 7.6 itself uses Dataset.default_context.
    shacl = Graph().parse(shapes, format="turtle")
    conforms, _, report = pyshacl.validate(graph, shacl_graph=shacl, inference="none")
    assert conforms, report


def test_kb_turtle_is_up_to_date_with_its_sources(build):
    expected = build.render(*build.read_sources())
    assert kb_path().read_text(encoding="utf-8") == expected, (
        "ontologies/actors.ttl is stale: run python tools/build_actors.py"
    )


# --------------------------------------------------------------------------------------
# Memberships
# --------------------------------------------------------------------------------------


def test_kb_nato_has_exactly_its_32_members(kb):
    members = {_key(a) for a in kb.members("NATO")}
    assert len(members) == 32
    assert {"FIN", "SWE", "USA", "TUR", "MKD", "MNE"} <= members
    assert not members & {"AUT", "IRL", "UKR", "CHE", "GEO", "CYP", "MLT"}


def test_kb_eu_has_exactly_its_27_members(kb):
    members = {_key(a) for a in kb.members("EU")}
    assert len(members) == 27
    assert {"HRV", "BGR", "ROU", "IRL", "AUT", "MLT", "CYP"} <= members
    assert not members & {"GBR", "NOR", "CHE", "ISL", "TUR", "UKR"}


@pytest.mark.parametrize(
    ("member", "org", "since"),
    [
        ("FIN", "NATO", dt.date(2023, 4, 4)),
        ("SWE", "NATO", dt.date(2024, 3, 7)),
        ("DEU", "NATO", dt.date(1955, 5, 6)),
        ("MKD", "NATO", dt.date(2020, 3, 27)),
        ("HRV", "EU", dt.date(2013, 7, 1)),
        ("POL", "EU", dt.date(2004, 5, 1)),
        ("FRA", "EU", dt.date(1958, 1, 1)),
    ],
)
def test_kb_accession_dates(kb, member, org, since):
    assert kb.member_since(member, org) == since


def test_kb_every_nato_and_eu_member_has_a_dated_membership_node(kb):
    for org in ("NATO", "EU"):
        for member in kb.members(org):
            assert kb.member_since(member.id, org) is not None, (member.label, org)
    assert kb.member_since("USA", "G7") is None  # undated memberships have no node


@pytest.mark.parametrize(
    ("org", "size", "must", "must_not"),
    [
        ("G7", 7, {"JPN", "ITA", "CAN"}, {"RUS", "CHN"}),
        ("G20", 19, {"CHN", "SAU", "TUR", "ZAF"}, {"ESP", "EU"}),
        ("QUAD", 4, {"AUS", "IND", "JPN", "USA"}, {"GBR"}),
        ("AUKUS", 3, {"AUS", "GBR", "USA"}, {"NZL"}),
        ("BRICS", 10, {"EGY", "ETH", "IRN", "ARE", "IDN"}, {"SAU", "TUR"}),
        ("GCC", 6, {"SAU", "QAT"}, {"IRQ", "YEM"}),
        ("SCO", 10, {"IRN", "BLR", "PAK"}, {"TUR", "MNG"}),
        ("ASEAN", 11, {"TLS", "MMR"}, {"PNG"}),
    ],
)
def test_kb_other_memberships(kb, org, size, must, must_not):
    members = {_key(a) for a in kb.members(org)}
    assert len(members) == size
    assert must <= members
    assert not members & must_not


def test_kb_memberships_lists_the_organisations_of_an_actor(kb):
    finland = {_key(o) for o in kb.memberships(ACTOR_NS + "FIN")}
    assert {"NATO", "EU", "UN"} <= finland
    assert "G7" not in finland
    assert kb.memberships("TWN") == ()


# --------------------------------------------------------------------------------------
# Lookup
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key"),
    [
        ("Beijing", "CHN"),
        ("the Kremlin", "RUS"),
        ("Kremlin", "RUS"),
        ("Ukrainian", "UKR"),
        ("Ukrainians", "UKR"),
        ("Kiev", "UKR"),
        ("Kyiv", "UKR"),
        ("Bankova", "UKR"),
        ("U.S.", "USA"),
        ("US", "USA"),
        ("America", "USA"),
        ("Americans", "USA"),
        ("the White House", "USA"),
        ("Washington", "USA"),
        ("Washington, D.C.", "USA"),
        ("Foggy Bottom", "USA"),
        ("Britain", "GBR"),
        ("UK", "GBR"),
        ("British", "GBR"),
        ("Downing Street", "GBR"),
        ("Whitehall", "GBR"),
        ("PRC", "CHN"),
        ("People's Republic of China", "CHN"),
        ("People’s Republic of China", "CHN"),
        ("Zhongnanhai", "CHN"),
        ("China's", "CHN"),
        ("China’s", "CHN"),
        ("  the   Kremlin ", "RUS"),
        ("Russian Federation", "RUS"),
        ("DPRK", "PRK"),
        ("North Korean", "PRK"),
        ("ROK", "KOR"),
        ("the Blue House", "KOR"),
        ("Türkiye", "TUR"),
        ("Turkish", "TUR"),
        ("the Elysee", "FRA"),
        ("Élysée Palace", "FRA"),
        ("Quai d'Orsay", "FRA"),
        ("Czechia", "CZE"),
        ("Congo", "COD"),
        ("Congolese", "COD"),
        ("Republic of the Congo", "COG"),
        ("Congo-Brazzaville", "COG"),
        ("Dominican", "DOM"),
        ("Dominica", "DMA"),
        ("Guinean", "GIN"),
        ("Sudanese", "SDN"),
        ("South Sudanese", "SSD"),
        ("Georgia", "GEO"),
        ("Jordan", "JOR"),
        ("the Philippines'", "PHL"),
        ("Vatican", "VAT"),
        ("Taipei", "TWN"),
        ("Brussels", "EU"),
        ("NATO", "NATO"),
        ("Nato", "NATO"),
        ("North Atlantic Treaty Organization", "NATO"),
        ("UN Security Council", "UNSC"),
        ("UN nuclear watchdog", "IAEA"),
        ("WHO", "WHO"),
        ("G7", "G7"),
        ("Daesh", "ISIL"),
        ("ISIS", "ISIL"),
        ("Islamic State", "ISIL"),
        ("al Qaeda", "AL_QAEDA"),
        ("Al-Qaida", "AL_QAEDA"),
        ("Hizballah", "HEZBOLLAH"),
        ("Ansar Allah", "HOUTHIS"),
        ("Houthi", "HOUTHIS"),
        ("PMC Wagner", "WAGNER"),
        ("Syrian Democratic Forces", "SDF"),
        ("the West", "WEST"),
        ("Western powers", "WEST"),
        ("Global South", "GLOBAL_SOUTH"),
        ("Xinhua", "XINHUA"),
        ("Communist Party of China", "CCP"),
        ("European Community", "EU"),
        ("EEC", "EU"),
    ],
)
def test_kb_lookup(kb, text, key):
    actor = kb.lookup(text)
    assert actor is not None, text
    assert _key(actor) == key


@pytest.mark.parametrize("text", ["us", "Us", "who", "let", "it", "Atlantis", "", "   ", "the"])
def test_kb_lookup_finds_nothing(kb, text):
    assert kb.lookup(text) is None


def test_kb_lookup_nato_gives_the_organisation_with_its_members(kb):
    nato = kb.lookup("NATO")
    assert nato is not None
    assert (nato.type, nato.wikidata) == ("InternationalOrganization", "Q7184")
    assert len(kb.members(nato.id)) == 32


def test_kb_lookup_rejects_non_strings(kb):
    with pytest.raises(KnowledgeBaseError, match="42"):
        kb.lookup(42)  # type: ignore[arg-type]


def test_kb_get_unknown_actor_names_it(kb):
    with pytest.raises(KnowledgeBaseError, match="ATLANTIS"):
        kb.get("ATLANTIS")


def test_kb_alias_kinds(kb):
    china = {(text, kind) for text, actor, kind in kb.aliases() if _key(actor) == "CHN"}
    assert {
        ("China", "label"),
        ("Chinese", "demonym"),
        ("Beijing", "capital"),
        ("Zhongnanhai", "seat"),
        ("PRC", "alt"),
    } <= china
    assert len([t for t, _ in china if t == "Beijing"]) == 1  # listed once, as a capital


@pytest.mark.parametrize(
    ("key", "type_", "affiliation"),
    [
        ("XINHUA", "MediaOutlet", "CHN"),
        ("CGTN", "MediaOutlet", "CHN"),
        ("GLOBAL_TIMES", "MediaOutlet", "CHN"),
        ("PEOPLES_DAILY", "MediaOutlet", "CHN"),
        ("TASS", "MediaOutlet", "RUS"),
        ("RIA_NOVOSTI", "MediaOutlet", "RUS"),
        ("RT", "MediaOutlet", "RUS"),
        ("REUTERS", "MediaOutlet", None),
        ("BBC", "MediaOutlet", None),
        ("CCP", "PoliticalParty", "CHN"),
        ("UNITED_RUSSIA", "PoliticalParty", "RUS"),
        ("HAMAS", "NonStateArmedGroup", None),
        ("G20", "InformalBloc", None),
        ("WEST", "InformalBloc", None),
        ("BALTIC_STATES", "InformalBloc", None),
        ("OPEC", "InternationalOrganization", None),
        ("VLADIMIR_PUTIN", "Person", "RUS"),
        ("ANTONIO_GUTERRES", "Person", "UN"),
        ("HASSAN_NASRALLAH", "Person", "HEZBOLLAH"),
    ],
)
def test_kb_types_and_affiliations(kb, key, type_, affiliation):
    actor = kb.get(key)
    assert actor.type == type_
    assert actor.affiliation == (ACTOR_NS + affiliation if affiliation else None)


def test_kb_load_is_cached(kb):
    assert load_kb() is kb


# --------------------------------------------------------------------------------------
# Reading other files
# --------------------------------------------------------------------------------------

_MINI = """\
@prefix gk: <https://w3id.org/graphkit/ontology#> .
@prefix gka: <https://w3id.org/graphkit/actor/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos: <http://www.w3.org/2004/02/skos/core#> .
gka:AAA a gk:State ; rdfs:label "Aland" ; skos:altLabel "{a}" .
gka:BBB a gk:State ; rdfs:label "Bland" ; skos:altLabel "{b}" .
"""


def test_read_kb_refuses_an_unresolved_shared_alias(tmp_path):
    path = tmp_path / "actors.ttl"
    path.write_text(_MINI.format(a="Foo Land", b="foo  land"), encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="foo land"):
        read_kb(path)


def test_read_kb_accepts_distinct_aliases(tmp_path):
    path = tmp_path / "actors.ttl"
    path.write_text(_MINI.format(a="Fooland", b="BL"), encoding="utf-8")
    small = read_kb(path)
    assert [a.label for a in small.actors] == ["Aland", "Bland"]
    assert small.lookup("FOOLAND").label == "Aland"
    assert small.lookup("BL").label == "Bland"
    assert small.lookup("bl") is None  # short aliases match case-sensitively


def test_read_kb_missing_or_broken_file(tmp_path):
    with pytest.raises(KnowledgeBaseError, match="does not exist"):
        read_kb(tmp_path / "nope.ttl")
    broken = tmp_path / "broken.ttl"
    broken.write_text("gka:AAA a gk:State", encoding="utf-8")
    with pytest.raises(KnowledgeBaseError, match="not valid Turtle"):
        read_kb(broken)


# --------------------------------------------------------------------------------------
# Persons (tools/actors_persons.tsv)
# --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "key", "affiliation"),
    [
        ("Putin", "VLADIMIR_PUTIN", "RUS"),
        ("Vladimir Putin", "VLADIMIR_PUTIN", "RUS"),
        ("Xi", "XI_JINPING", "CHN"),
        ("Zelenskyy", "VOLODYMYR_ZELENSKY", "UKR"),
        ("Erdoğan", "RECEP_TAYYIP_ERDOGAN", "TUR"),
        ("Erdogan", "RECEP_TAYYIP_ERDOGAN", "TUR"),
        ("Abu Mazen", "MAHMOUD_ABBAS", "PSE"),
        ("bin Laden", "OSAMA_BIN_LADEN", "AL_QAEDA"),
    ],
)
def test_kb_persons_speak_for_one_actor(kb, text, key, affiliation):
    person = kb.lookup(text)
    assert person is not None and _key(person) == key
    assert (person.type, person.affiliation) == ("Person", ACTOR_NS + affiliation)


@pytest.mark.parametrize("text", ["Clinton", "Bush", "Sharif", "Aoun", "Kim", "Abe", "Stoltenberg"])
def test_kb_shared_surnames_and_two_hat_officials_are_left_out(kb, text):
    """A surname news uses for several people, or a person who spoke for two actors."""
    assert kb.lookup(text) is None


def test_kb_every_person_has_an_affiliation_and_a_note(graph):
    from rdflib import RDF, RDFS

    persons = set(graph.subjects(RDF.type, GK.Person))
    assert len(persons) >= 250
    for person in persons:
        assert graph.value(person, GK.affiliatedWith) is not None, person
        assert graph.value(person, RDFS.comment) is not None, person


def test_build_actors_refuses_a_short_person_row(build, tmp_path):
    bad = tmp_path / "persons.tsv"
    bad.write_text("key\tlabel\taffiliated_with\talt\tnote\nX_Y\tX Y\tRUS\n", "utf-8")
    with pytest.raises(build.SourceError, match="row 2"):
        build.read_sources(persons_path=bad)
    unknown = tmp_path / "unknown.tsv"
    unknown.write_text("key\tlabel\taffiliated_with\talt\tnote\nX_Y\tX Y\tATLANTIS\t\tn\n")
    with pytest.raises(build.SourceError, match="ATLANTIS"):
        build.read_sources(persons_path=unknown)
