"""The terms of the graphkit ontology as an rdflib ``DefinedNamespace``, and the prefixes.

GENERATED from ontologies/graphkit.ttl and ontologies/shapes.ttl by tools/gen_namespace.py;
do not edit by hand. Edit the ontology, then run ``python tools/gen_namespace.py``;
``--check`` (run by tests/test_ontology.py) fails when this file is stale.

``GK`` is closed (``_fail = True``): a term that is not in the ontology raises
``AttributeError`` instead of silently minting an IRI. This module deliberately has no
``from __future__ import annotations``: rdflib reads the ``URIRef`` annotations as classes
(``DefinedNamespace.as_jsonld_context``).

Example:
    >>> GK.condemns
    rdflib.term.URIRef('https://w3id.org/graphkit/ontology#condemns')
    >>> GKA["CHN"]
    rdflib.term.URIRef('https://w3id.org/graphkit/actor/CHN')
    >>> GK.condems
    Traceback (most recent call last):
    ...
    AttributeError: term 'condems' not in namespace 'https://w3id.org/graphkit/ontology#'
"""

from rdflib import Graph
from rdflib.namespace import (
    DCTERMS,
    OWL,
    PROV,
    RDF,
    RDFS,
    SH,
    SKOS,
    XSD,
    DefinedNamespace,
    Namespace,
)
from rdflib.term import URIRef

from graphkit.types import ACTOR_NS

__all__ = ["GK", "GKA", "PREFIXES", "bind_prefixes"]


class GK(DefinedNamespace):
    """graphkit geopolitical stance ontology (version 0.1.0).

    Vocabulary for a knowledge graph of geopolitical stances extracted from news articles.
    Actors (states, international organisations, persons, armed groups, parties, media
    outlets, informal blocs, other organisations) are linked by typed stance relations
    (condemns, supports, sanctions, ...). Every relation property carries its PLOVER event
    type, CAMEO root code, quad class, polarity and intensity as annotations, and is a
    sub-property of exactly one of gk:cooperativeRelation, gk:hostileRelation or
    gk:neutralRelation.

    Each extracted act is a gk:Statement node (subject, relation, object, evidence text and
    offsets, negation, assertion, attribution) linked by PROV to the gk:Article it was read
    from (prov:wasDerivedFrom) and to the gk:ExtractionRun that produced it
    (prov:wasGeneratedBy). A plain actor-to-actor triple (<subject> gk:condemns <object>) is
    written only for asserted, non-negated statements.

    Modelling of negation, refusal and abstention: a negated act ("X did not condemn Y") is
    a gk:Statement with gk:negated true and gk:asserted false, and NO plain triple is
    written. An explicit refusal or avoidance of a hostile verbal act (refuse, decline,
    fail, avoid or be unwilling to condemn, criticize, blame or accuse; abstaining on a
    condemnation) is additionally recorded as the asserted relation gk:refusesToCondemn, a
    weak cooperative signal (intensity +1.0). Neither ever reads as hostility.

    Generated from: ontologies/graphkit.ttl, ontologies/shapes.ttl
    """

    _fail = True
    _NS = Namespace("https://w3id.org/graphkit/ontology#")

    # owl:Class
    #: Anyone who can take a stance: a state, an international organisation, a person, an armed
    #: group, a party, a media outlet, an informal bloc or another organisation. KB actors have
    #: IRIs https://w3id.org/graphkit/actor/<KEY> (ISO3 for states, a short ASCII key for
    #: organisations); actors found only in text have
    #: https://w3id.org/graphkit/actor/ent/<slug>.
    Actor: URIRef
    #: One run of a graph analysis (bloc detection, structural balance, centrality) over the
    #: stance graph, with gk:method, optional gk:seed and gk:quality, prov:startedAtTime and
    #: prov:endedAtTime. Its results (e.g. gk:Bloc nodes) point to it with gk:inRun.
    AnalysisRun: URIRef
    #: An input document (news article or text file) identified by gk:documentId and
    #: gk:textHash, with optional dcterms:title, dcterms:date, dcterms:source and gk:url.
    Article: URIRef
    #: A group of actors found by an analysis run to stand together (a community or side in the
    #: signed stance graph). Members are given with gk:blocMember, the run with gk:inRun. Not to
    #: be confused with gk:InformalBloc, which is an actor named in the news.
    Bloc: URIRef
    #: One run of the graphkit extraction pipeline over a set of articles: gk:graphkitVersion,
    #: gk:modelName, gk:modelVersion, prov:startedAtTime and prov:endedAtTime. Statements point
    #: to it with prov:wasGeneratedBy.
    ExtractionRun: URIRef
    #: A group of states without a formal treaty organisation that is nonetheless named as a
    #: group in news, e.g. the G7, the G20, BRICS, the Quad, "the West".
    InformalBloc: URIRef
    #: A formal intergovernmental organisation with member states, e.g. NATO, the EU, the UN,
    #: ASEAN, the African Union.
    InternationalOrganization: URIRef
    #: A news agency, newspaper or broadcaster, e.g. Xinhua, RT, the BBC; state media keep
    #: gk:affiliatedWith their state.
    MediaOutlet: URIRef
    #: A dated membership of an actor in an organisation or bloc (gk:member, gk:organization,
    #: gk:since). Membership nodes are IRIs, never blank nodes; the direct gk:memberOf triple is
    #: written alongside.
    Membership: URIRef
    #: An armed group that is not the regular force of a state, e.g. an insurgency, militia or
    #: paramilitary organisation (Hamas' armed wing, the Houthis, Wagner).
    NonStateArmedGroup: URIRef
    #: Any other organisation: a ministry, agency, company, NGO, court or mission. Use
    #: gk:affiliatedWith to link a ministry or agency to its state.
    Organization: URIRef
    #: A named individual, typically a head of state, minister or spokesperson;
    #: gk:affiliatedWith gives the actor the person speaks for.
    Person: URIRef
    #: A political party acting in its own name rather than as the government of a state.
    PoliticalParty: URIRef
    #: A sovereign or de facto state, keyed by its ISO 3166-1 alpha-3 code (actor/CHN). Its
    #: government, capital and seat of power are read as the state itself ("Beijing", "the
    #: Kremlin").
    State: URIRef
    #: One extracted stance act: gk:subject, gk:relation (the IRI of a gk:stanceRelation
    #: sub-property), optional gk:object, the evidence sentence with character offsets,
    #: gk:negated, gk:asserted, optional gk:attributedTo / gk:speaker, and the relation's
    #: annotations copied for convenience. prov:wasDerivedFrom gives the gk:Article,
    #: prov:wasGeneratedBy the gk:ExtractionRun.
    Statement: URIRef

    # owl:ObjectProperty
    #: [ACCUSE 11 q3 -1 -2.0] The subject accuses the object of wrongdoing. The accused act
    #: itself, if extracted, is a separate statement gk:attributedTo the accuser and not
    #: asserted. Example: "Kyiv accused Moscow of shelling the plant."
    accuses: URIRef
    #: A person or sub-organisation speaks for, or belongs to, the object actor, e.g. a foreign
    #: minister or a ministry gk:affiliatedWith its state, a state broadcaster with its state.
    affiliatedWith: URIRef
    #: [AGREE 03 q1 1 4.0] The subject agrees with, signs an agreement with or endorses a
    #: position of the object. Example: "India and Japan agreed on a framework for semiconductor
    #: supply."
    agreesWith: URIRef
    #: [SUPPORT 05 q1 1 3.0] The subject sides with or echoes the position of the object without
    #: an explicit agreement. Example: "Hungary sided with Russia on the energy question."
    alignsWith: URIRef
    #: [COOPERATE 06 q2 1 7.0] The subject is in, or enters, a military or political alliance
    #: with the object. Example: "Pyongyang and Moscow signed a mutual defence pact."
    alliesWith: URIRef
    #: [ASSAULT 19 q4 -1 -9.0] The subject carries out a military attack (strike, shelling,
    #: bombing) on the object. Example: "Israel struck Hezbollah positions in southern Lebanon."
    attacks: URIRef
    #: The actor who claims that the act happened, when the article reports the claim rather
    #: than the fact ("Moscow accused Kyiv of shelling ..." as a claim about Kyiv's act is
    #: attributed to Russia).
    attributedTo: URIRef
    #: [ACCUSE 11 q3 -1 -2.0] The subject holds the object responsible for something. Example:
    #: "Israel blamed Hezbollah for the rocket attack."
    blames: URIRef
    #: An actor that an analysis run placed in a gk:Bloc.
    blocMember: URIRef
    #: [REQUEST 02 q1 0 3.0] The subject appeals to or urges the object to act ("called on",
    #: "urged", "appealed to"). Deliberately an appeal: neutral and verbal cooperation (quad 1),
    #: although its PLOVER type REQUEST is otherwise verbal conflict; a hostile demand is
    #: gk:demands. Example: "The UN called on both sides to exercise restraint."
    callsOn: URIRef
    #: [REJECT 12 q3 -1 -3.0] The subject defies or challenges the object's authority, ruling or
    #: position. Example: "Venezuela challenged the court's ruling on the Essequibo."
    challenges: URIRef
    #: [COERCE 17 q4 -1 -7.0] The subject uses non-lethal force or repression against the
    #: object: seizure, arrest, blockade, cyber attack. Example: "Iran seized a tanker belonging
    #: to Greece."
    coerces: URIRef
    #: [CONCEDE 08 q1 1 5.0] The subject yields to a demand of the object: eases restrictions,
    #: releases prisoners, accepts terms. Example: "Ankara lifted its veto on Sweden's NATO
    #: bid."
    concedesTo: URIRef
    #: [ACCUSE 11 q3 -1 -3.0] The subject condemns or strongly denounces the object or its act.
    #: Negated ("did not condemn") it is recorded only as a negated, non-asserted statement;
    #: refused it also yields gk:refusesToCondemn. Example: "France condemned the missile strike
    #: by Russia."
    condemns: URIRef
    #: [CONSULT 04 q1 0 1.0] The subject holds talks, a phone call or consultations with the
    #: object without a stated aim of agreement. Example: "Macron held a phone call with Putin."
    consultsWith: URIRef
    #: [COOPERATE 06 q2 1 6.0] The subject carries out a joint action with the object:
    #: exercises, joint patrols, shared projects, trade deals put into effect. Example: "Chinese
    #: and Russian warships held joint drills."
    cooperatesWith: URIRef
    #: Super-property of relations with polarity +1: agreement, support, consultation towards
    #: agreement, concession, cooperation, aid, withdrawal.
    cooperativeRelation: URIRef
    #: [ACCUSE 11 q3 -1 -2.0] The subject criticises, denounces mildly or expresses concern
    #: about the object. Example: "Germany criticized Hungary's veto."
    criticizes: URIRef
    #: [SANCTION 16 q4 -1 -4.0] The subject breaks off or downgrades relations with the object:
    #: severs diplomatic ties, expels diplomats, recalls an ambassador, leaves a treaty with it.
    #: Example: "Niger cut diplomatic ties with Ukraine."
    cutsTiesWith: URIRef
    #: [REQUEST 10 q3 -1 -5.0] The subject demands that the object act, with an adversarial tone
    #: (CAMEO 10); a polite appeal is gk:callsOn. Example: "Moscow demanded that NATO withdraw
    #: its forces from the Baltics."
    demands: URIRef
    #: [REJECT 12 q3 -1 -2.0] The subject contests a claim, territory or account of the object.
    #: Example: "Manila disputes Beijing's claims in the South China Sea."
    disputes: URIRef
    #: The gk:Article a gk:Statement was read from. Written together with prov:wasDerivedFrom to
    #: the same article.
    document: URIRef
    #: [ASSAULT 19 q4 -1 -10.0] The subject is at war or in sustained armed combat with the
    #: object. Example: "Sudan's army has been fighting the RSF since April."
    fightsAgainst: URIRef
    #: Super-property of relations with polarity -1: accusation, rejection, demands, threats,
    #: protest, sanctions, mobilisation, coercion, assault.
    hostileRelation: URIRef
    #: The gk:AnalysisRun that produced a result such as a gk:Bloc.
    inRun: URIRef
    #: [ASSAULT 19 q4 -1 -10.0] The subject invades the object's territory with military force.
    #: Example: "Russia invaded Ukraine in February 2022."
    invades: URIRef
    #: [ACCUSE 09 q3 -1 -2.0] The subject opens or conducts an investigation into the object
    #: (CAMEO 09). Example: "The ICC opened an investigation into Russia over the deportations."
    investigates: URIRef
    #: [CONSULT 04 q1 0 1.0] The subject meets the object; no stance is implied. Example:
    #: "Blinken met Wang Yi on the sidelines of the summit."
    meetsWith: URIRef
    #: The member actor of a gk:Membership.
    member: URIRef
    #: The subject actor is a member of the object organisation or bloc (a
    #: gk:InternationalOrganization or gk:InformalBloc), e.g. actor/FRA gk:memberOf actor/NATO.
    #: Dated details go on a gk:Membership node.
    memberOf: URIRef
    #: [MOBILIZE 15 q4 -1 -7.2] The subject mobilises, deploys or masses forces against the
    #: object, or raises its military alert (CAMEO 15, show of force). Example: "Russia massed
    #: troops on the border with Ukraine."
    mobilizesAgainst: URIRef
    #: [CONSULT 04 q1 1 3.5] The subject holds talks with the object towards an agreement
    #: (cooperative consultation; a mere meeting is gk:meetsWith). Example: "Iran resumed
    #: negotiations with the IAEA over inspections."
    negotiatesWith: URIRef
    #: Super-property of relations with polarity 0: contact without a stated stance (meetings,
    #: consultations, visits, appeals).
    neutralRelation: URIRef
    #: The actor the act of a gk:Statement is directed at, when there is one ("Iran" in "China
    #: supports Iran"). Absent for acts without an actor target.
    object: URIRef
    #: [ASSAULT 19 q4 -1 -9.5] The subject militarily occupies or annexes territory of the
    #: object. Example: "Russia occupies parts of Georgia."
    occupies: URIRef
    #: [ACCUSE 11 q3 -1 -2.0] The subject states opposition to the object or its policy.
    #: Example: "China opposes U.S. arms sales to Taiwan."
    opposes: URIRef
    #: The organisation or bloc of a gk:Membership.
    organization: URIRef
    #: [COOPERATE 06 q2 1 6.0] The subject forms or runs a partnership (strategic, economic,
    #: technological) with the object. Example: "Vietnam upgraded its partnership with the
    #: United States."
    partnersWith: URIRef
    #: [SUPPORT 05 q1 1 3.4] The subject praises, thanks, welcomes or congratulates the object.
    #: Example: "The EU praised Moldova's reform efforts."
    praises: URIRef
    #: [PROTEST 14 q4 -1 -6.5] The subject protests against the object: formal diplomatic
    #: protest, summoning an ambassador, demonstrations, boycotts. Example: "Seoul summoned the
    #: Japanese ambassador in protest."
    protestsAgainst: URIRef
    #: [AID 07 q2 1 7.0] The subject gives economic, humanitarian or non-lethal military aid to
    #: the object (loans, grants, relief). Example: "Japan pledged $4.5 billion in aid to
    #: Ukraine."
    providesAidTo: URIRef
    #: [AID 07 q2 1 7.4] The subject supplies weapons, ammunition or military equipment to the
    #: object. Example: "Iran supplied drones to Russia."
    providesWeaponsTo: URIRef
    #: [SUPPORT 05 q1 1 1.0] The subject explicitly refuses, declines, fails, avoids or is
    #: unwilling to condemn, criticize, blame or accuse the object, or abstains on a
    #: condemnation of it. A weak cooperative signal (intensity +1.0) that never reads as
    #: hostility. It is recorded as an asserted statement of its own, in addition to the
    #: negated, non-asserted statement of the refused act (gk:negated true, gk:asserted false,
    #: no plain gk:condemns triple). A bare negation ("did not condemn") gives only the negated
    #: statement, not this relation. Example: "India refused to condemn Russia's invasion.";
    #: "China abstained on the resolution condemning Russia."
    refusesToCondemn: URIRef
    #: [REJECT 12 q3 -1 -4.0] The subject rejects a proposal, demand, accusation or offer of the
    #: object. Example: "Tehran rejected Washington's offer of direct talks."
    rejects: URIRef
    #: The relation property of a gk:Statement, given as the IRI of a sub-property of
    #: gk:stanceRelation, e.g. gk:condemns.
    relation: URIRef
    #: [SANCTION 16 q4 -1 -8.0] The subject imposes sanctions, embargoes, tariffs or export bans
    #: on the object. Example: "The EU imposed new sanctions on Iran."
    sanctions: URIRef
    #: The person (or outlet) who voiced the act for the subject, e.g. the foreign ministry
    #: spokesperson whose words are read as China's.
    speaker: URIRef
    #: Top of all typed stance relations between actors. Each concrete relation is a
    #: sub-property of exactly one of gk:cooperativeRelation, gk:hostileRelation,
    #: gk:neutralRelation and carries gk:polarity, gk:quadClass, gk:ploverType, gk:cameoRoot and
    #: gk:intensity.
    stanceRelation: URIRef
    #: The actor who performs the act of a gk:Statement ("China" in "China condemned the
    #: sanctions on Iran").
    subject: URIRef
    #: [SUPPORT 05 q1 1 3.5] The subject voices support for the object or its position (verbal,
    #: not material; use gk:providesAidTo for material help). Example: "Beijing voiced firm
    #: support for Moscow."
    supports: URIRef
    #: [COERCE 17 q4 -1 -5.0] The subject directs coercive measures at the object without a
    #: specific act named: targeted campaigns, crackdowns, hybrid operations. Example: "Hackers
    #: linked to Beijing targeted Taiwan's government networks."
    targets: URIRef
    #: [THREATEN 13 q3 -1 -4.4] The subject threatens the object with force, sanctions or other
    #: punishment. Example: "North Korea threatened Seoul with a nuclear response."
    threatens: URIRef
    #: [CONSULT 04 q1 0 1.9] The subject (usually a leader or delegation) visits the object's
    #: country or seat. Example: "Modi visited Moscow for the annual summit."
    visits: URIRef
    #: [THREATEN 13 q3 -1 -3.0] The subject warns the object of consequences (a veiled threat).
    #: Example: "Beijing warned Washington against crossing red lines on Taiwan."
    warns: URIRef
    #: [RETREAT 08 q2 1 5.0] The subject pulls troops or forces back from territory of, or a
    #: confrontation with, the object (de-escalation, PLOVER RETREAT). Not for leaving a treaty
    #: or organisation, which is gk:cutsTiesWith or gk:rejects. Example: "Azerbaijan withdrew
    #: troops from the border with Armenia."
    withdrawsFrom: URIRef

    # owl:DatatypeProperty
    #: xsd:boolean, true only when the article itself states the act as fact: not negated, not
    #: hedged, and not a claim attributed to another actor ("Russia said Ukraine attacked ..."
    #: is gk:asserted false with gk:attributedTo Russia). Only asserted statements produce the
    #: plain triple <subject> <relation> <object>.
    asserted: URIRef
    #: Capital city of a state used metonymically for its government, e.g. "Moscow" for Russia.
    #: Also given as skos:altLabel.
    capital: URIRef
    #: Extractor confidence in a gk:Statement as an xsd:decimal from 0 to 1.
    confidence: URIRef
    #: Adjective or noun for the people or government of an actor, e.g. "Chinese" for China;
    #: "Chinese officials" is read as China. Also given as skos:altLabel.
    demonym: URIRef
    #: Identifier of an article in its corpus (record id or file name), as given to graphkit.
    documentId: URIRef
    #: Character offset (xsd:integer, exclusive) where the evidence sentence ends in the article
    #: text.
    evidenceEnd: URIRef
    #: Character offset (xsd:integer, 0-based, inclusive) where the evidence sentence starts in
    #: the article text.
    evidenceStart: URIRef
    #: The sentence of the article that evidences a gk:Statement, verbatim.
    evidenceText: URIRef
    #: Version of graphkit that performed an extraction or analysis run, e.g. "0.1.0".
    graphkitVersion: URIRef
    #: Two upper-case letters identifying a state, e.g. "CN". Not repeated as skos:altLabel
    #: ("IT", "IN", "NO" are English words).
    iso2: URIRef
    #: Three upper-case letters identifying a state, e.g. "CHN" ("XKX" for Kosovo, which has no
    #: official code). Deliberately not repeated as skos:altLabel: codes such as "CAN" or "PER"
    #: are English words and would wreck text lookup.
    iso3: URIRef
    #: Name of the algorithm of an analysis run or of how a result was obtained, e.g.
    #: "signed-spectral", "louvain-positive", "structural-balance".
    method: URIRef
    #: Name of the language model used by an extraction run, e.g. "en_core_web_sm".
    modelName: URIRef
    #: Version of the language model used by an extraction run, e.g. "3.8.0".
    modelVersion: URIRef
    #: xsd:boolean, true when the text says the act did not happen ("X did not condemn Y", "X
    #: never supported Y"). A negated statement always has gk:asserted false and never produces
    #: a plain actor-to-actor triple; it does not read as the opposite act. An explicit refusal
    #: ("X refused to condemn Y") is additionally recorded as gk:refusesToCondemn.
    negated: URIRef
    #: Character offset (xsd:integer, exclusive) of the end of the object mention.
    objectMentionEnd: URIRef
    #: Character offset (xsd:integer, inclusive) of the object mention in the article text.
    objectMentionStart: URIRef
    #: The words of the article that name the object actor ("Washington").
    objectMentionText: URIRef
    #: A number (xsd:decimal) scoring an analysis run or one of its results, e.g. modularity of
    #: a partition or the frustration index of a balance analysis; gk:method says which.
    quality: URIRef
    #: Building or place used metonymically for a government or organisation, e.g. "the
    #: Kremlin", "the White House", "Brussels". Also given as skos:altLabel.
    seatOfPower: URIRef
    #: Lower-case sector of an organisation or person within its state or organisation, e.g.
    #: "government", "military", "media", "business", "judiciary", "civil society".
    sector: URIRef
    #: Random seed (xsd:integer) an analysis run used, so that its result can be reproduced.
    seed: URIRef
    #: Date (xsd:date) from which a gk:Membership holds, e.g. "1949-04-04".
    since: URIRef
    #: Character offset (xsd:integer, exclusive) of the end of the subject mention.
    subjectMentionEnd: URIRef
    #: Character offset (xsd:integer, inclusive) of the subject mention in the article text.
    subjectMentionStart: URIRef
    #: The words of the article that name the subject actor ("Beijing").
    subjectMentionText: URIRef
    #: Hex SHA-256 of the article text (UTF-8) the offsets refer to; lets a reader check that
    #: evidence offsets still match the text.
    textHash: URIRef
    #: The word or phrase that triggered the relation ("condemned", "slapped sanctions on").
    triggerText: URIRef
    #: Web address the article was published at, when known (xsd:anyURI).
    url: URIRef

    # owl:AnnotationProperty
    #: Two-digit CAMEO root event code of a relation or statement as a string, e.g. "11"
    #: (disapprove), "19" (fight).
    cameoRoot: URIRef
    #: Goldstein-style intensity of a relation or statement as an xsd:decimal from -10 (most
    #: hostile) to +10 (most cooperative).
    intensity: URIRef
    #: Upper-case PLOVER event type of a relation or statement as a plain string, one of AGREE,
    #: CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT, REQUEST, ACCUSE, REJECT, THREATEN,
    #: PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT.
    ploverType: URIRef
    #: Sign of a relation or statement as an xsd:integer: 1 cooperative, 0 neutral, -1 hostile.
    #: Equals the relation's super-property (gk:cooperativeRelation, gk:neutralRelation,
    #: gk:hostileRelation).
    polarity: URIRef
    #: Event quad class as an xsd:integer: 1 verbal cooperation, 2 material cooperation, 3
    #: verbal conflict, 4 material conflict.
    quadClass: URIRef

    # sh:NodeShape (ontologies/shapes.ttl)
    #: An actor has an IRI, exactly one rdfs:label, at most one ISO code of each kind, Wikidata
    #: links only as owl:sameAs <http://www.wikidata.org/entity/Q...>, and is a member only of
    #: international organisations or informal blocs.
    ActorShape: URIRef
    #: An analysis run names exactly one method, at most one integer seed, and at most one
    #: xsd:dateTime start and end.
    AnalysisRunShape: URIRef
    #: An article has exactly one gk:documentId and exactly one gk:textHash (hex SHA-256), and
    #: at most one title, date, source and URL.
    ArticleShape: URIRef
    #: A bloc found by analysis has at least one member actor and belongs to exactly one
    #: gk:AnalysisRun.
    BlocShape: URIRef
    #: An extraction run names at most one graphkit version, model name and model version, and
    #: has at most one xsd:dateTime start and end.
    ExtractionRunShape: URIRef
    #: A membership node is an IRI (no blank nodes) with exactly one member, exactly one
    #: organisation and at most one xsd:date gk:since.
    MembershipShape: URIRef
    #: Every property that is rdfs:subPropertyOf gk:cooperativeRelation, gk:hostileRelation or
    #: gk:neutralRelation is a stance relation: it carries exactly one rdfs:label, rdfs:comment,
    #: gk:polarity, gk:quadClass, gk:ploverType, gk:cameoRoot and gk:intensity, is a
    #: sub-property of only one of the three groups, and its polarity matches its group (+1
    #: cooperative, 0 neutral, -1 hostile).
    RelationGroupShape: URIRef
    #: Anything carrying gk:ploverType (relation properties, and statements, which copy their
    #: relation's annotations) has at most one of each annotation and each value in range:
    #: polarity -1/0/1, quad class 1-4, one of the 16 PLOVER types, a CAMEO root "01"-"20",
    #: intensity -10..10.
    RelationShape: URIRef
    #: No relation property is left out of the three groups: every owl:ObjectProperty carrying
    #: gk:ploverType is rdfs:subPropertyOf gk:cooperativeRelation, gk:hostileRelation or
    #: gk:neutralRelation (otherwise graphkit.ontology.relations() would not see it).
    StanceRelationShape: URIRef
    #: A statement has exactly one subject, relation (a gk: property IRI), evidence text with
    #: integer offsets 0 <= start < end, negated and asserted booleans, and exactly one source
    #: gk:Article (prov:wasDerivedFrom, repeated as gk:document); at most one object,
    #: attribution, speaker and run. Copied relation annotations, when present, are single and
    #: in range. A negated statement is never asserted.
    StatementShape: URIRef


#: Actor IRIs: ``GKA["CHN"]``, ``GKA["NATO"]``, ``GKA["ent/some-slug"]``.
GKA = Namespace(ACTOR_NS)

#: Every prefix graphkit writes, bound in one place (:func:`bind_prefixes`); also usable as
#: the prefix map of a SPARQL query or a pyoxigraph serialisation.
PREFIXES: dict[str, str] = {
    "gk": str(GK),
    "gka": str(GKA),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "skos": str(SKOS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
    "sh": str(SH),
}


def bind_prefixes(graph: Graph) -> Graph:
    """Bind the graphkit prefixes (:data:`PREFIXES`) on ``graph``, replacing other bindings.

    Args:
        graph: Any rdflib graph (``Graph``, ``Dataset``, ``ConjunctiveGraph``).

    Returns:
        The same graph, for chaining.

    Example:
        >>> g = bind_prefixes(Graph())
        >>> dict(g.namespaces())["gka"]
        rdflib.term.URIRef('https://w3id.org/graphkit/actor/')
    """
    for prefix, namespace in PREFIXES.items():
        graph.bind(prefix, namespace, override=True, replace=True)
    return graph
