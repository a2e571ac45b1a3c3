"""Tests of ontologies/graphkit.ttl, ontologies/shapes.ttl, graphkit.namespace and
graphkit.ontology."""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from decimal import Decimal
from pathlib import Path
from types import ModuleType

import pytest
from rdflib import BNode, Graph, Literal, Namespace, URIRef
from rdflib.namespace import DCTERMS, OWL, PROV, RDF, RDFS, SH, SKOS, XSD

from graphkit.errors import OntologyError
from graphkit.namespace import GK, GKA, PREFIXES, bind_prefixes
from graphkit.ontology import (
    load_ontology,
    load_shapes,
    ontology_path,
    read_relations,
    relation,
    relations,
    shapes_path,
)

REPO = Path(__file__).resolve().parents[1]
GROUPS = {
    GK.cooperativeRelation: 1,
    GK.hostileRelation: -1,
    GK.neutralRelation: 0,
}
ANNOTATIONS = (GK.polarity, GK.quadClass, GK.ploverType, GK.cameoRoot, GK.intensity)

# The relation table of the common brief: name -> (PLOVER, CAMEO root, quad, polarity,
# intensity). The ontology must match it exactly; this copy is the independent spec.
EXPECTED = {
    "agreesWith": ("AGREE", "03", 1, 1, 4.0),
    "supports": ("SUPPORT", "05", 1, 1, 3.5),
    "praises": ("SUPPORT", "05", 1, 1, 3.4),
    "alignsWith": ("SUPPORT", "05", 1, 1, 3.0),
    "refusesToCondemn": ("SUPPORT", "05", 1, 1, 1.0),
    "negotiatesWith": ("CONSULT", "04", 1, 1, 3.5),
    "concedesTo": ("CONCEDE", "08", 1, 1, 5.0),
    "partnersWith": ("COOPERATE", "06", 2, 1, 6.0),
    "alliesWith": ("COOPERATE", "06", 2, 1, 7.0),
    "cooperatesWith": ("COOPERATE", "06", 2, 1, 6.0),
    "providesAidTo": ("AID", "07", 2, 1, 7.0),
    "providesWeaponsTo": ("AID", "07", 2, 1, 7.4),
    "withdrawsFrom": ("RETREAT", "08", 2, 1, 5.0),
    "meetsWith": ("CONSULT", "04", 1, 0, 1.0),
    "consultsWith": ("CONSULT", "04", 1, 0, 1.0),
    "visits": ("CONSULT", "04", 1, 0, 1.9),
    "callsOn": ("REQUEST", "02", 1, 0, 3.0),
    "criticizes": ("ACCUSE", "11", 3, -1, -2.0),
    "condemns": ("ACCUSE", "11", 3, -1, -3.0),
    "accuses": ("ACCUSE", "11", 3, -1, -2.0),
    "blames": ("ACCUSE", "11", 3, -1, -2.0),
    "opposes": ("ACCUSE", "11", 3, -1, -2.0),
    "investigates": ("ACCUSE", "09", 3, -1, -2.0),
    "disputes": ("REJECT", "12", 3, -1, -2.0),
    "rejects": ("REJECT", "12", 3, -1, -4.0),
    "challenges": ("REJECT", "12", 3, -1, -3.0),
    "demands": ("REQUEST", "10", 3, -1, -5.0),
    "threatens": ("THREATEN", "13", 3, -1, -4.4),
    "warns": ("THREATEN", "13", 3, -1, -3.0),
    "protestsAgainst": ("PROTEST", "14", 4, -1, -6.5),
    "mobilizesAgainst": ("MOBILIZE", "15", 4, -1, -7.2),
    "sanctions": ("SANCTION", "16", 4, -1, -8.0),
    "cutsTiesWith": ("SANCTION", "16", 4, -1, -4.0),
    "coerces": ("COERCE", "17", 4, -1, -7.0),
    "targets": ("COERCE", "17", 4, -1, -5.0),
    "attacks": ("ASSAULT", "19", 4, -1, -9.0),
    "fightsAgainst": ("ASSAULT", "19", 4, -1, -10.0),
    "invades": ("ASSAULT", "19", 4, -1, -10.0),
    "occupies": ("ASSAULT", "19", 4, -1, -9.5),
}

# PLOVER event type -> quad class (1 verbal coop, 2 material coop, 3 verbal conflict,
# 4 material conflict).
PLOVER_QUAD = {
    "AGREE": 1,
    "CONSULT": 1,
    "SUPPORT": 1,
    "CONCEDE": 1,
    "COOPERATE": 2,
    "AID": 2,
    "RETREAT": 2,
    "REQUEST": 3,
    "ACCUSE": 3,
    "REJECT": 3,
    "THREATEN": 3,
    "PROTEST": 4,
    "SANCTION": 4,
    "MOBILIZE": 4,
    "COERCE": 4,
    "ASSAULT": 4,
}
# Deliberate departures from PLOVER_QUAD: callsOn is an appeal (verbal cooperation).
QUAD_EXCEPTIONS = {"callsOn": 1}


def _relation_iris(graph: Graph) -> set[URIRef]:
    found: set[URIRef] = set()
    for group in GROUPS:
        found |= {s for s in graph.subjects(RDFS.subPropertyOf, group) if isinstance(s, URIRef)}
    return found


def _load_generator() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "gen_namespace", REPO / "tools" / "gen_namespace.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _validate(data: Graph) -> tuple[bool, Graph]:
    from pyshacl import validate

    conforms, report, _ = validate(data, shacl_graph=load_shapes())
    assert isinstance(report, Graph)
    return bool(conforms), report


def _violations(report: Graph) -> set[tuple[object, object, object]]:
    """(focus node, value, path) of every validation result."""
    return {
        (
            report.value(r, SH.focusNode),
            report.value(r, SH.value),
            report.value(r, SH.resultPath),
        )
        for r in report.subjects(RDF.type, SH.ValidationResult)
    }


# --- files, header ----------------------------------------------------------------------


def test_ontology_paths_point_to_repo_files() -> None:
    assert ontology_path().resolve() == REPO / "ontologies" / "graphkit.ttl"
    assert shapes_path().resolve() == REPO / "ontologies" / "shapes.ttl"


def test_ontology_header_has_version_title_license() -> None:
    g = load_ontology()
    onto = URIRef("https://w3id.org/graphkit/ontology")
    assert (onto, RDF.type, OWL.Ontology) in g
    assert str(g.value(onto, OWL.versionInfo)) == "0.1.0"
    assert "stance" in str(g.value(onto, DCTERMS.title))
    assert g.value(onto, DCTERMS.license) == URIRef("https://opensource.org/licenses/MIT")
    assert "gk:refusesToCondemn" in str(g.value(onto, DCTERMS.description))


def test_ontology_declares_fixed_vocabulary() -> None:
    g = load_ontology()
    classes = [
        "Actor", "State", "InternationalOrganization", "Person", "NonStateArmedGroup",
        "PoliticalParty", "MediaOutlet", "InformalBloc", "Organization", "Statement",
        "Article", "ExtractionRun", "Membership", "AnalysisRun", "Bloc",
    ]  # fmt: skip
    for name in classes:
        assert (GK[name], RDF.type, OWL.Class) in g, name
    for name in classes[1:9]:
        assert (GK[name], RDFS.subClassOf, GK.Actor) in g, name
    assert (GK.ExtractionRun, RDFS.subClassOf, PROV.Activity) in g
    assert (GK.Statement, RDFS.subClassOf, PROV.Entity) in g
    object_props = [
        "memberOf", "affiliatedWith", "member", "organization", "subject", "relation",
        "object", "attributedTo", "speaker", "document", "blocMember", "inRun",
    ]  # fmt: skip
    datatype_props = [
        "iso3", "iso2", "demonym", "capital", "seatOfPower", "sector", "since", "negated",
        "asserted", "evidenceText", "evidenceStart", "evidenceEnd", "subjectMentionText",
        "subjectMentionStart", "subjectMentionEnd", "objectMentionText",
        "objectMentionStart", "objectMentionEnd", "triggerText", "confidence", "documentId",
        "textHash", "url", "graphkitVersion", "modelName", "modelVersion", "method",
        "quality", "seed",
    ]  # fmt: skip
    for name in object_props:
        assert (GK[name], RDF.type, OWL.ObjectProperty) in g, name
    for name in datatype_props:
        assert (GK[name], RDF.type, OWL.DatatypeProperty) in g, name
    for prop in ANNOTATIONS:
        assert (prop, RDF.type, OWL.AnnotationProperty) in g, prop
    assert (GK.document, RDFS.subPropertyOf, PROV.wasDerivedFrom) in g
    assert g.value(GK.since, RDFS.range) == XSD.date


def test_ontology_every_term_has_label_and_comment() -> None:
    g = load_ontology()
    terms = {s for s in g.subjects(RDF.type, None) if str(s).startswith(str(GK))}
    assert len(terms) > 90
    for term in terms:
        assert len(list(g.objects(term, RDFS.label))) == 1, term
        assert len(str(g.value(term, RDFS.comment) or "")) >= 30, term


def test_ontology_documents_negation_and_refusal() -> None:
    g = load_ontology()
    refuses = str(g.value(GK.refusesToCondemn, RDFS.comment))
    for phrase in ("refuses", "abstains", "gk:negated true", "never reads as hostility"):
        assert phrase in refuses
    assert "gk:refusesToCondemn" in str(g.value(GK.negated, RDFS.comment))
    assert "gk:asserted false" in str(g.value(GK.negated, RDFS.comment))
    assert "attributed" in str(g.value(GK.asserted, RDFS.comment))


# --- relations --------------------------------------------------------------------------


def test_relations_match_common_table_exactly() -> None:
    table = relations()
    assert set(table) == set(EXPECTED)
    for name, (plover, cameo, quad, polarity, intensity) in EXPECTED.items():
        info = table[name]
        assert (info.plover, info.cameo, info.quad, info.polarity) == (
            plover,
            cameo,
            quad,
            polarity,
        ), name
        assert info.intensity == intensity, name
        assert info.iri == GK[name]


def test_relations_are_many_and_cover_all_plover_types() -> None:
    table = relations()
    assert len(table) >= 25
    assert {info.plover for info in table.values()} == set(PLOVER_QUAD)
    assert len(PLOVER_QUAD) == 16


def test_relations_have_annotations_label_comment_and_one_group_in_graph() -> None:
    g = load_ontology()
    rels = _relation_iris(g)
    assert len(rels) == len(EXPECTED)
    for rel in rels:
        assert (rel, RDF.type, OWL.ObjectProperty) in g, rel
        assert g.value(rel, RDFS.domain) == GK.Actor and g.value(rel, RDFS.range) == GK.Actor
        for prop in (*ANNOTATIONS, RDFS.label, RDFS.comment):
            assert len(list(g.objects(rel, prop))) == 1, (rel, prop)
        groups = [o for o in g.objects(rel, RDFS.subPropertyOf) if o in GROUPS]
        assert len(groups) == 1, rel
        assert "Example:" in str(g.value(rel, RDFS.comment)), rel
    for group in GROUPS:
        assert (group, RDFS.subPropertyOf, GK.stanceRelation) in g
    annotated = {s for s in g.subjects(GK.ploverType, None)}
    assert annotated == rels


def test_relations_annotation_datatypes() -> None:
    g = load_ontology()
    for rel in _relation_iris(g):
        for prop, datatype in (
            (GK.polarity, XSD.integer),
            (GK.quadClass, XSD.integer),
            (GK.intensity, XSD.decimal),
        ):
            value = g.value(rel, prop)
            assert isinstance(value, Literal) and value.datatype == datatype, (rel, prop)
        cameo = g.value(rel, GK.cameoRoot)
        assert isinstance(cameo, Literal) and cameo.datatype is None and len(str(cameo)) == 2


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_relation_polarity_matches_group(name: str) -> None:
    info = relation(name)
    expected = {"cooperative": 1, "hostile": -1, "neutral": 0}[info.group]
    assert info.polarity == expected
    assert (info.intensity > 0) == (info.polarity > 0) or info.group == "neutral"


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_relation_quad_consistent_with_plover(name: str) -> None:
    info = relation(name)
    assert info.quad == QUAD_EXCEPTIONS.get(name, PLOVER_QUAD[info.plover])


def test_relation_calls_on_is_a_deliberate_neutral_appeal() -> None:
    calls_on, demands = relation("callsOn"), relation("demands")
    assert calls_on.plover == demands.plover == "REQUEST"
    assert PLOVER_QUAD["REQUEST"] == 3 and demands.quad == 3
    assert (calls_on.quad, calls_on.polarity, calls_on.group) == (1, 0, "neutral")
    assert "appeal" in calls_on.comment


def test_relation_refuses_to_condemn_is_weak_cooperation() -> None:
    info = relation("refusesToCondemn")
    assert (info.group, info.polarity, info.intensity) == ("cooperative", 1, 1.0)
    weakest_other = min(i.intensity for i in relations().values() if i.polarity == 1 and i != info)
    assert info.intensity < weakest_other


def test_relation_accepts_curie_and_iri() -> None:
    assert relation("gk:condemns") == relation(str(GK.condemns)) == relation("condemns")


def test_relation_unknown_name_raises_with_close_match() -> None:
    with pytest.raises(OntologyError, match="'condems'") as info:
        relation("condems")
    assert "'condemns'" in str(info.value)
    with pytest.raises(OntologyError, match="known relations: accuses"):
        relation("zzz")


def test_relations_returns_fresh_dict() -> None:
    table = relations()
    del table["condemns"]
    assert "condemns" in relations()


def test_read_relations_names_missing_annotation() -> None:
    broken = Graph() + load_ontology()
    broken.remove((GK.sanctions, GK.cameoRoot, None))
    with pytest.raises(OntologyError, match=r"gk:sanctions .*cameo"):
        read_relations(broken)


def test_read_relations_rejects_relation_in_two_groups() -> None:
    broken = Graph() + load_ontology()
    broken.add((GK.visits, RDFS.subPropertyOf, GK.cooperativeRelation))
    with pytest.raises(OntologyError, match="gk:visits is ambiguous"):
        read_relations(broken)


# --- namespace --------------------------------------------------------------------------


def test_namespace_file_is_up_to_date() -> None:
    generator = _load_generator()
    current = (REPO / "graphkit" / "namespace.py").read_text(encoding="utf-8")
    assert generator.generate() == current, "run: python tools/gen_namespace.py"


def test_namespace_generation_is_deterministic_and_check_detects_stale(tmp_path: Path) -> None:
    generator = _load_generator()
    out = tmp_path / "namespace.py"
    assert generator.main(["--output", str(out)]) == 0
    first = out.read_bytes()
    assert generator.main(["--output", str(out)]) == 0
    assert out.read_bytes() == first
    assert generator.main(["--check", "--output", str(out)]) == 0
    out.write_text(first.decode().replace("    condemns: URIRef\n", ""), encoding="utf-8")
    assert generator.main(["--check", "--output", str(out)]) == 1


def test_namespace_covers_every_gk_term() -> None:
    g = load_ontology() + load_shapes()
    terms = {str(s) for s in g.subjects(RDF.type, None) if str(s).startswith(str(GK))}
    assert {str(t) for t in dir(GK)} == terms


def test_namespace_unknown_term_raises_attribute_error() -> None:
    with pytest.raises(AttributeError, match="nonexistent"):
        _ = GK.nonexistent


def test_namespace_actor_iris_and_prefixes() -> None:
    assert GKA["CHN"] == URIRef("https://w3id.org/graphkit/actor/CHN")
    g = bind_prefixes(Graph())
    bound = {prefix: str(ns) for prefix, ns in g.namespaces()}
    for prefix in ("gk", "gka", "prov", "dcterms", "skos", "owl", "rdfs", "xsd", "sh"):
        assert bound[prefix] == PREFIXES[prefix]
    assert bound["skos"] == str(SKOS)
    g.add((GKA["CHN"], GK.condemns, GKA["USA"]))
    assert "gka:CHN gk:condemns gka:USA" in g.serialize(format="turtle")


# --- shapes -----------------------------------------------------------------------------


def test_shapes_parse_and_name_the_shapes() -> None:
    shapes = load_shapes()
    for shape in (GK.ActorShape, GK.StatementShape, GK.ArticleShape, GK.RelationShape):
        assert (shape, RDF.type, SH.NodeShape) in shapes


def test_shapes_ontology_conforms() -> None:
    conforms, report = _validate(load_ontology())
    assert conforms, report.serialize(format="turtle")


def test_shapes_relation_missing_quad_class_fails() -> None:
    broken = Graph() + load_ontology()
    broken.remove((GK.condemns, GK.quadClass, None))
    conforms, report = _validate(broken)
    assert not conforms
    assert _violations(report) == {(GK.hostileRelation, GK.condemns, GK.quadClass)}


def test_shapes_relation_missing_label_and_comment_fails() -> None:
    broken = Graph() + load_ontology()
    broken.remove((GK.visits, RDFS.label, None))
    broken.remove((GK.visits, RDFS.comment, None))
    conforms, report = _validate(broken)
    assert not conforms
    assert _violations(report) == {
        (GK.neutralRelation, GK.visits, RDFS.label),
        (GK.neutralRelation, GK.visits, RDFS.comment),
    }


@pytest.mark.parametrize(
    ("mutate", "expected_value"),
    [
        pytest.param(
            lambda g: g.set((GK.sanctions, GK.polarity, Literal(1))), GK.sanctions, id="polarity"
        ),
        pytest.param(
            lambda g: g.add((GK.meetsWith, RDFS.subPropertyOf, GK.cooperativeRelation)),
            GK.meetsWith,
            id="two-groups",
        ),
        pytest.param(
            lambda g: g.remove((GK.warns, RDFS.subPropertyOf, GK.hostileRelation)),
            GK.warns,
            id="no-group",
        ),
        pytest.param(
            lambda g: g.set((GK.attacks, GK.ploverType, Literal("FIGHT"))),
            Literal("FIGHT"),
            id="plover",
        ),
        pytest.param(
            lambda g: g.set((GK.attacks, GK.quadClass, Literal(5))), Literal(5), id="quad"
        ),
        pytest.param(
            lambda g: g.set((GK.attacks, GK.intensity, Literal(Decimal("-11.0")))),
            Literal(Decimal("-11.0")),
            id="intensity",
        ),
        pytest.param(
            lambda g: g.set((GK.attacks, GK.cameoRoot, Literal(19))), Literal(19), id="cameo"
        ),
    ],
)
def test_shapes_broken_relation_fails(
    mutate: Callable[[Graph], object], expected_value: object
) -> None:
    broken = Graph() + load_ontology()
    mutate(broken)
    conforms, report = _validate(broken)
    assert not conforms
    assert expected_value in {value for _, value, _ in _violations(report)}


# --- shapes on data ---------------------------------------------------------------------

EX = Namespace("https://w3id.org/graphkit/test/")


def _move_to_blank_node(g: Graph, node: URIRef) -> None:
    blank = BNode()
    for p, o in list(g.predicate_objects(node)):
        g.remove((node, p, o))
        g.add((blank, p, o))


def _valid_data() -> Graph:
    g = bind_prefixes(Graph())
    chn, usa, nato, fra = GKA["CHN"], GKA["USA"], GKA["NATO"], GKA["FRA"]
    for actor, cls, label in (
        (chn, GK.State, "China"),
        (usa, GK.State, "United States"),
        (fra, GK.State, "France"),
        (nato, GK.InternationalOrganization, "NATO"),
    ):
        g.add((actor, RDF.type, cls))
        g.add((actor, RDFS.label, Literal(label, lang="en")))
    g.add((chn, GK.iso3, Literal("CHN")))
    g.add((chn, OWL.sameAs, URIRef("http://www.wikidata.org/entity/Q148")))
    g.add((fra, GK.memberOf, nato))
    membership = EX["membership/FRA-NATO"]
    g.add((membership, RDF.type, GK.Membership))
    g.add((membership, GK.member, fra))
    g.add((membership, GK.organization, nato))
    g.add((membership, GK.since, Literal("1949-04-04", datatype=XSD.date)))
    article, run, st = EX["article/a1"], EX["run/r1"], EX["statement/s1"]
    g.add((article, RDF.type, GK.Article))
    g.add((article, GK.documentId, Literal("a1")))
    g.add((article, GK.textHash, Literal("0" * 64)))
    g.add((run, RDF.type, GK.ExtractionRun))
    g.add((run, GK.graphkitVersion, Literal("0.1.0")))
    info = relation("condemns")
    for p, o in (
        (RDF.type, GK.Statement),
        (GK.subject, chn),
        (GK.relation, info.iri),
        (GK.object, usa),
        (GK.negated, Literal(False)),
        (GK.asserted, Literal(True)),
        (GK.evidenceText, Literal("China condemned the United States.")),
        (GK.evidenceStart, Literal(0)),
        (GK.evidenceEnd, Literal(34)),
        (GK.subjectMentionText, Literal("China")),
        (GK.subjectMentionStart, Literal(0)),
        (GK.subjectMentionEnd, Literal(5)),
        (GK.confidence, Literal(0.9)),
        (GK.polarity, Literal(info.polarity)),
        (GK.quadClass, Literal(info.quad)),
        (GK.ploverType, Literal(info.plover)),
        (GK.cameoRoot, Literal(info.cameo)),
        (GK.intensity, Literal(Decimal(str(info.intensity)))),
        (PROV.wasDerivedFrom, article),
        (GK.document, article),
        (PROV.wasGeneratedBy, run),
    ):
        g.add((st, p, o))
    return g


def test_shapes_valid_data_conforms() -> None:
    conforms, report = _validate(_valid_data())
    assert conforms, report.serialize(format="turtle")


@pytest.mark.parametrize(
    ("mutate", "focus", "component"),
    [
        pytest.param(
            lambda g: g.set((EX["statement/s1"], GK.negated, Literal(True))),
            EX["statement/s1"],
            "Or",
            id="negated-and-asserted",
        ),
        pytest.param(
            lambda g: g.set((GKA["CHN"], GK.iso3, Literal("China"))),
            GKA["CHN"],
            "Pattern",
            id="iso3",
        ),
        pytest.param(
            lambda g: g.add((GKA["CHN"], GK.iso3, Literal("PRC"))),
            GKA["CHN"],
            "MaxCount",
            id="two-iso3",
        ),
        pytest.param(
            lambda g: g.add((GKA["CHN"], RDFS.label, Literal("PRC"))),
            GKA["CHN"],
            "MaxCount",
            id="2-labels",
        ),
        pytest.param(
            lambda g: g.set((GKA["CHN"], OWL.sameAs, URIRef("http://dbpedia.org/resource/C"))),
            GKA["CHN"],
            "Pattern",
            id="sameAs-not-wikidata",
        ),
        pytest.param(
            lambda g: g.add((GKA["FRA"], GK.memberOf, GKA["USA"])), GKA["FRA"], "Or", id="memberOf"
        ),
        pytest.param(
            lambda g: g.remove((EX["article/a1"], GK.textHash, None)),
            EX["article/a1"],
            "MinCount",
            id="no-text-hash",
        ),
        pytest.param(
            lambda g: g.remove((EX["statement/s1"], PROV.wasDerivedFrom, None)),
            EX["statement/s1"],
            "MinCount",
            id="no-article",
        ),
        pytest.param(
            lambda g: g.set((EX["statement/s1"], GK.evidenceStart, Literal(40))),
            EX["statement/s1"],
            "LessThan",
            id="start-after-end",
        ),
        pytest.param(
            lambda g: g.set((EX["statement/s1"], GK.evidenceStart, Literal(-1))),
            EX["statement/s1"],
            "MinInclusive",
            id="negative-offset",
        ),
        pytest.param(
            lambda g: g.set((EX["statement/s1"], GK.confidence, Literal(1.5))),
            EX["statement/s1"],
            "MaxInclusive",
            id="confidence",
        ),
        pytest.param(
            lambda g: g.set((EX["statement/s1"], GK.polarity, Literal(2))),
            EX["statement/s1"],
            "In",
            id="statement-polarity",
        ),
        pytest.param(
            lambda g: g.add((EX["statement/s1"], GK.object, GKA["FRA"])),
            EX["statement/s1"],
            "MaxCount",
            id="two-objects",
        ),
        pytest.param(
            lambda g: g.set((EX["statement/s1"], GK.negated, Literal("no"))),
            EX["statement/s1"],
            "Datatype",
            id="negated-not-boolean",
        ),
        pytest.param(
            lambda g: _move_to_blank_node(g, EX["membership/FRA-NATO"]),
            None,
            "NodeKind",
            id="blank-membership",
        ),
    ],
)
def test_shapes_broken_data_fails(
    mutate: Callable[[Graph], object], focus: URIRef | None, component: str
) -> None:
    data = _valid_data()
    mutate(data)
    conforms, report = _validate(data)
    assert not conforms
    found = {
        (report.value(r, SH.focusNode), report.value(r, SH.sourceConstraintComponent))
        for r in report.subjects(RDF.type, SH.ValidationResult)
    }
    expected = getattr(SH, component + "ConstraintComponent")
    assert expected in {c for _, c in found}
    if focus is not None:
        assert (focus, expected) in found


def test_ontology_files_ship_inside_the_package() -> None:
    # graphkit/ontologies links to the top-level folder; a wheel copies it (package data).
    package_dir = Path(__file__).resolve().parents[1] / "graphkit" / "ontologies"
    assert (package_dir / "graphkit.ttl").is_file()
    assert (package_dir / "actors.ttl").is_file()
    assert (package_dir / "shapes.ttl").is_file()
