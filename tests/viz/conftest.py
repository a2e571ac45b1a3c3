"""Statement graphs built by hand, following the analysis/viz graph contract exactly.

``seed_graph`` holds statements read off the seed article (``seeds/000_*.txt``) with real
document offsets; ``hostile_graph`` is an article written to attack the page;
``corpus_graph`` is what graphkit extracts from the dated demo corpus
(``tests/data/corpus/articles.jsonl``, ten synthetic articles, 2022-05 to 2024-03).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import networkx as nx
import pytest

from graphkit.ontology import relation
from graphkit.types import ACTOR_NS

SEED = Path(__file__).resolve().parents[2] / "seeds" / "000_f84690233bbf2512.txt"
CORPUS = Path(__file__).resolve().parents[1] / "data" / "corpus" / "articles.jsonl"

ACTORS = {
    "CHN": ("China", "State", "Q148"),
    "RUS": ("Russia", "State", "Q159"),
    "UKR": ("Ukraine", "State", "Q212"),
    "USA": ("United States", "State", "Q30"),
    "NATO": ("NATO", "InternationalOrganization", "Q7184"),
    "EU": ("European Union", "InternationalOrganization", "Q458"),
    "ent/jens-stoltenberg": ("Jens Stoltenberg", "Person", None),
}


def iri(key: str) -> str:
    return ACTOR_NS + key


def add_actor(
    G: nx.MultiDiGraph, key: str, label: str | None = None, kind: str | None = None
) -> str:
    known = ACTORS.get(key, (label or key, kind or "Organization", None))
    G.add_node(
        iri(key),
        label=label or known[0],
        type=kind or known[1],
        wikidata=known[2],
        iso3=key if kind in (None, "State") and len(key) == 3 else None,
    )
    return iri(key)


def add_statement(
    G: nx.MultiDiGraph,
    key: str,
    subject: str,
    rel: str,
    obj: str,
    *,
    text: str,
    sentence: str,
    subject_mention: str,
    object_mention: str,
    negated: bool = False,
    attributed_to: str | None = None,
    doc: str = "000_f84690233bbf2512",
    title: str = "China Is Challenging NATO Over Russia's Ukraine War: Jens Stoltenberg",
    date: str | None = "2022-04-07",
    url: str | None = "https://www.newsweek.com/china-challenging-nato-russia-ukraine-war",
    **extra: Any,
) -> None:
    """Add one statement edge with document offsets computed from ``text``."""
    info = relation(rel)
    ev_start = text.index(sentence)
    s_start = ev_start + sentence.index(subject_mention)
    o_start = ev_start + sentence.index(object_mention)
    for actor in (subject, obj):
        if iri(actor) not in G:
            add_actor(G, actor)
    attrs: dict[str, Any] = {
        "relation": info.name,
        "polarity": info.polarity,
        "quad": info.quad,
        "plover": info.plover,
        "cameo": info.cameo,
        "intensity": info.intensity,
        "asserted": not negated and attributed_to is None,
        "negated": negated,
        "attributed_to": iri(attributed_to) if attributed_to else None,
        "attributed_to_label": G.nodes[iri(attributed_to)]["label"] if attributed_to else None,
        "speaker_label": None,
        "confidence": 0.8,
        "evidence": sentence,
        "evidence_start": ev_start,
        "evidence_end": ev_start + len(sentence),
        "subject_mention": subject_mention,
        "subject_mention_start": s_start,
        "subject_mention_end": s_start + len(subject_mention),
        "object_mention": object_mention,
        "object_mention_start": o_start,
        "object_mention_end": o_start + len(object_mention),
        "doc": doc,
        "article": f"https://w3id.org/graphkit/article/{doc}",
        "title": title,
        "date": date,
        "url": url,
    }
    attrs.update(extra)
    G.add_edge(iri(subject), iri(obj), key=f"https://w3id.org/graphkit/statement/{key}", **attrs)


@pytest.fixture(scope="session")
def seed_text() -> str:
    if not SEED.exists():
        pytest.skip(f"seed article {SEED} is absent")
    return SEED.read_text(encoding="utf-8")


@pytest.fixture
def seed_graph(seed_text: str) -> nx.MultiDiGraph:
    """Stances of the seed article, by hand (what the extractor should find)."""
    G = nx.MultiDiGraph()
    for key in ("NATO", "CHN", "RUS", "UKR", "EU", "USA", "ent/jens-stoltenberg"):
        add_actor(G, key)
    t = seed_text
    add_statement(
        G, "s1", "CHN", "condemns", "RUS", text=t, negated=True,
        sentence="We have seen that China is unwilling to condemn Russia's aggression,",
        subject_mention="China", object_mention="Russia",
    )  # fmt: skip
    add_statement(
        G, "s2", "CHN", "refusesToCondemn", "RUS", text=t,
        sentence="We have seen that China is unwilling to condemn Russia's aggression,",
        subject_mention="China", object_mention="Russia",
    )  # fmt: skip
    add_statement(
        G, "s3", "RUS", "invades", "UKR", text=t,
        sentence="NATO Secretary-General Jens Stoltenberg said China's failure to condemn "
        'Russia for its invasion of Ukraine represents a "serious challenge" to the entire '
        "North Atlantic alliance.",
        subject_mention="Russia", object_mention="Ukraine",
    )  # fmt: skip
    add_statement(
        G, "s4", "CHN", "disputes", "ent/jens-stoltenberg", text=t,
        sentence="In a statement sent to Newsweek, China's mission to the European Union "
        "disputed Stoltenberg's analysis.",
        subject_mention="China", object_mention="Stoltenberg",
    )  # fmt: skip
    add_statement(
        G, "s5", "CHN", "criticizes", "NATO", text=t,
        sentence='The mission also dismissed NATO as "a remnant of the Cold War" that is '
        '"increasingly targeting China."',
        subject_mention="The mission", object_mention="NATO",
    )  # fmt: skip
    add_statement(
        G, "s6", "CHN", "accuses", "USA", text=t,
        sentence="Echoing another long-established Russian talking point, Zhao also accused "
        'the U.S. of creating the situation in Ukraine so as to "profit from the chaos and '
        'make a lot of money."',
        subject_mention="Zhao", object_mention="U.S.",
    )  # fmt: skip
    add_statement(
        G, "s7", "CHN", "accuses", "USA", text=t,
        sentence="Meanwhile, the Chinese Communist Party and its media organs have "
        "consistently accused the U.S. of fueling the conflict by providing weapons to "
        'Ukraine and refusing to renege on NATO\'s "open door" policy for new members.',
        subject_mention="Chinese Communist Party", object_mention="U.S.",
    )  # fmt: skip
    add_statement(
        G, "s8", "CHN", "supports", "RUS", text=t, attributed_to="NATO",
        sentence='The NATO chief said the attendance of Asia Pacific partners was important '
        '"because the crisis has global ramifications," not least due to the role of China '
        "in giving tacit support for Moscow's invasion.",
        subject_mention="China", object_mention="Moscow",
    )  # fmt: skip
    add_statement(
        G, "s9", "ent/jens-stoltenberg", "criticizes", "CHN", text=t,
        sentence="NATO Secretary-General Jens Stoltenberg said China's failure to condemn "
        'Russia for its invasion of Ukraine represents a "serious challenge" to the entire '
        "North Atlantic alliance.",
        subject_mention="Jens Stoltenberg", object_mention="China",
    )  # fmt: skip
    add_statement(
        G, "s10", "NATO", "meetsWith", "UKR", text=t,
        sentence="Stoltenberg spoke with journalists on Thursday after NATO foreign ministers "
        "met in Brussels, joined by Ukrainian Foreign Minister Dmytro Kuleba.",
        subject_mention="NATO", object_mention="Ukrainian",
    )  # fmt: skip
    return G


HOSTILE_TEXT = (
    'Evil <script>window.__pwned=1</script> said <img src=x onerror="window.__pwned=1"> '
    "Mordor condemned Gondor </script><script>window.__pwned=2</script> & \u2028 more."
)


@pytest.fixture
def hostile_graph() -> nx.MultiDiGraph:
    """An article whose title, text, URL and actor labels try to run script."""
    G = nx.MultiDiGraph()
    add_actor(G, "ent/mordor", label='Mordor <img src=x onerror="window.__pwned=3">')
    add_actor(G, "ent/gondor", label="Gondor</script><script>window.__pwned=4</script>")
    add_statement(
        G, "h1", "ent/mordor", "condemns", "ent/gondor", text=HOSTILE_TEXT,
        sentence=HOSTILE_TEXT, subject_mention="Mordor", object_mention="Gondor",
        title='<script>window.__pwned=5</script><b onmouseover="window.__pwned=6">Title</b>',
        url="javascript:window.__pwned=1", doc="evil",
        date="2022-04-07T09:00<script>window.__pwned=10</script>",
    )  # fmt: skip
    add_statement(
        G, "h2", "ent/gondor", "rejects", "ent/mordor", text=HOSTILE_TEXT,
        sentence=HOSTILE_TEXT, subject_mention="Gondor", object_mention="Mordor",
        title="plain", url=" JaVaScRiPt:window.__pwned=7", doc="evil2",
        date='<img src=x onerror="window.__pwned=8">',
    )  # fmt: skip
    return G


@pytest.fixture(scope="session")
def corpus_graph() -> nx.MultiDiGraph:
    """Statements graphkit extracts from the demo corpus, claims and negated acts included."""
    from graphkit.corpus import read_corpus
    from graphkit.store import KnowledgeGraph

    if not CORPUS.exists():
        pytest.skip(f"demo corpus {CORPUS} is absent")
    kg = KnowledgeGraph.memory()
    kg.ingest(list(read_corpus(CORPUS)))
    return kg.statement_graph(include_claims=True, include_negated=True)
