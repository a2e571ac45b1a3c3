"""One call for the whole analysis: :func:`analyze` computes, writes files, and formats.

Example:
    >>> from graphkit.types import Actor, ActorMention, Span, Statement
    >>> def st(s, rel, pol, inten, o):
    ...     a = Actor(f"https://w3id.org/graphkit/actor/{s}", s, "State")
    ...     b = Actor(f"https://w3id.org/graphkit/actor/{o}", o, "State")
    ...     return Statement("d", ActorMention(a, Span(s, 0, 3)), rel, "X", "00", 1, pol,
    ...                      inten, ActorMention(b, Span(o, 4, 7)), False, True, None,
    ...                      Span(f"{s} {o}", 0, 7), 1.0)
    >>> result = analyze([st("AAA", "supports", 1, 3.5, "BBB"),
    ...                   st("CCC", "condemns", -1, -3.0, "AAA")], known_orgs=())
    >>> [sorted(b) for b in result.bloc_labels()]
    [['AAA', 'BBB'], ['CCC']]
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import networkx as nx
import pandas as pd

from graphkit.analysis.balance import TRIAD_TYPES, balance_report, frustration_index
from graphkit.analysis.blocs import (
    compare_blocs,
    known_blocs,
    partition_frustration,
    signed_louvain_communities,
    signed_modularity,
)
from graphkit.analysis.centrality import actor_roles, centrality_table
from graphkit.analysis.projection import (
    _induced_subgraph,
    normalize_actor,
    signed_graph,
    statement_graph,
    undirected_signed_graph,
)
from graphkit.analysis.temporal import dyad_timeline, stance_matrix, top_actors, window_graph
from graphkit.errors import InputError, KnowledgeBaseError
from graphkit.types import Document

__all__ = ["BLOC_METHOD", "AnalysisResult", "analyze", "format_tables", "write_outputs"]

#: Name of the bloc detection method, as written to gk:method.
BLOC_METHOD = "signed-louvain-traag-bruggeman"


@dataclass(slots=True)
class AnalysisResult:
    """Everything :func:`analyze` computed.

    Attributes:
        statements: The statement multigraph (graph contract with graphkit.viz).
        dyads: The signed dyad DiGraph.
        ties: The undirected signed Graph used for blocs and balance.
        blocs: Partition of the actors, largest bloc first (singletons last).
        bloc_quality: method, signed modularity, frustrated ties of the partition.
        known: Comparison of the blocs with known organisations (see ``compare_blocs``).
        balance: Triangle census, frustrating triangles/dyads/actors, frustration index.
        roles: Most condemned / supported / hostile / cooperative actors and brokers.
        centrality: One row per actor (see ``centrality_table``).
        stance: Stance matrix of the most active actors, labelled.
        stance_actors: The IRIs of the rows/columns of ``stance``, in order.
        params: The options of the run (window, actors, seed, ...).
        started: ISO timestamp (UTC) of the start.
        ended: ISO timestamp (UTC) of the end.
        timings: Seconds per step.
        files: Paths written by :func:`write_outputs`.
    """

    statements: nx.MultiDiGraph
    dyads: nx.DiGraph
    ties: nx.Graph
    blocs: list[set[str]]
    bloc_quality: dict[str, Any]
    known: dict[str, dict[str, Any]]
    balance: dict[str, Any]
    roles: dict[str, list[dict[str, Any]]]
    centrality: pd.DataFrame
    stance: pd.DataFrame
    stance_actors: list[str]
    params: dict[str, Any]
    started: str
    ended: str = ""
    timings: dict[str, float] = field(default_factory=dict)
    files: list[Path] = field(default_factory=list)

    def actor(self, iri: str) -> dict[str, Any]:
        """``{"label", "iri", "wikidata"}`` of an actor of the graph (or of the KB)."""
        if iri in self.dyads:
            attrs = self.dyads.nodes[iri]
            return {
                "label": attrs.get("label") or iri,
                "iri": iri,
                "wikidata": attrs.get("wikidata"),
            }
        from graphkit.kb import load_kb

        try:
            known = load_kb().get(iri)
        except KnowledgeBaseError:
            return {"label": iri, "iri": iri, "wikidata": None}
        return {"label": known.label, "iri": iri, "wikidata": known.wikidata}

    def bloc_labels(self, *, min_size: int = 1) -> list[list[str]]:
        """The blocs as lists of actor labels (sorted), for blocs of at least ``min_size``."""
        return [sorted(self.actor(n)["label"] for n in b) for b in self.blocs if len(b) >= min_size]

    def bloc_of(self, iri: str) -> int | None:
        """Index of the bloc holding an actor, or None."""
        return next((i for i, b in enumerate(self.blocs) if iri in b), None)


def _now() -> str:
    return datetime.now(UTC).isoformat(timespec="seconds")


def analyze(
    source: Any,
    out_dir: str | Path | None = None,
    *,
    since: str | None = None,
    until: str | None = None,
    actors: Iterable[str] | None = None,
    seed: int = 0,
    documents: Mapping[str, Document] | None = None,
    weight: str = "intensity",
    min_evidence: int = 1,
    include_claims: bool = False,
    aggregate_persons: bool = False,
    resolution: float = 1.0,
    known_orgs: Iterable[str] = ("NATO", "EU"),
    matrix_top: int = 40,
    betweenness_k: int | None = None,
    top: int = 10,
    figures: bool = True,
) -> AnalysisResult:
    """Compute blocs, balance, roles, centrality and the stance matrix; write them if asked.

    Args:
        source: Statement records, a ``KnowledgeGraph``, or a statement graph
            (``nx.MultiDiGraph`` from :func:`statement_graph`; ``since``/``until`` then
            select its dated statements and ``actors`` its induced subgraph; the graph is
            otherwise used as built, so ``include_claims`` and ``aggregate_persons`` do not
            apply).
        out_dir: When given, :func:`write_outputs` writes the files there.
        since: ISO date: first day of the window.
        until: ISO date: last day of the window.
        actors: Restrict to statements between these actors (IRIs or KB keys).
        seed: Seed of bloc detection, frustration search, betweenness sampling and layout.
        documents: Document metadata for records (see :func:`statement_graph`).
        weight: ``"intensity"`` or ``"count"`` (see :func:`signed_graph`).
        min_evidence: Least number of statements for a dyad.
        include_claims: Count claims attributed to someone as acts.
        aggregate_persons: Replace persons and sub-organisations by what they speak for.
        resolution: Resolution of signed modularity.
        known_orgs: Organisations (IRIs or KB keys) whose KB members the blocs are compared
            with; empty to skip the KB.
        matrix_top: Number of most active actors in the stance matrix and figures.
        betweenness_k: Betweenness sample size (None: exact up to 1000 actors, else 64).
        top: Length of the role and frustration lists.
        figures: Write the PNG figures (with ``out_dir``).

    Returns:
        An :class:`AnalysisResult`.
    """
    started, t0 = _now(), time.perf_counter()
    timings: dict[str, float] = {}
    clock = [t0]

    def step(name: str) -> None:
        now = time.perf_counter()
        timings[name] = round(now - clock[0], 4)
        clock[0] = now

    actor_list = sorted(actors) if actors is not None else None
    if isinstance(source, nx.MultiDiGraph):
        G = source
        if since is not None or until is not None:
            G = window_graph(G, since=since, until=until)
        if actor_list is not None:
            G = _induced_subgraph(G, {normalize_actor(a) for a in actor_list})
    else:
        G = statement_graph(
            source,
            documents,
            since=since,
            until=until,
            actors=actor_list,
            include_claims=include_claims,
            aggregate_persons=aggregate_persons,
        )
    step("statement_graph")
    D = signed_graph(G, min_evidence=min_evidence, weight=weight)
    U = undirected_signed_graph(D)
    step("signed_graphs")
    blocs = signed_louvain_communities(U, resolution=resolution, seed=seed)
    quality = {
        "method": BLOC_METHOD,
        "signed_modularity": round(signed_modularity(U, blocs, resolution=resolution), 6),
        "resolution": resolution,
        **partition_frustration(U, blocs),
    }
    step("blocs")
    orgs = list(known_orgs)
    known = compare_blocs(blocs, known_blocs(orgs), nodes=set(U)) if orgs else {}
    step("known_blocs")
    balance = balance_report(U, top=top)
    step("triangles")
    balance["frustration_index"] = frustration_index(U, seed=seed)
    step("frustration_index")
    table = centrality_table(D, U, blocs=blocs, k=betweenness_k, seed=seed)
    roles = actor_roles(D, top=top)
    roles["brokers"] = [
        {"actor": n, "label": row["label"], "betweenness": round(float(row["betweenness"]), 6)}
        for n, row in table.head(top).iterrows()
        if row["betweenness"] > 0
    ]
    for layer in ("cooperative", "hostile"):
        col = f"pagerank_{layer}"
        best = table[table[col] > 0].sort_values(col, ascending=False, kind="stable").head(top)
        roles[col] = [
            {"actor": n, "label": row["label"], "pagerank": round(float(row[col]), 6)}
            for n, row in best.iterrows()
        ]
    step("centrality")
    order = _bloc_order(blocs, top_actors(D, matrix_top))
    stance = stance_matrix(D, actors=order, labels=True)
    step("stance_matrix")
    result = AnalysisResult(
        statements=G,
        dyads=D,
        ties=U,
        blocs=blocs,
        bloc_quality=quality,
        known=known,
        balance=balance,
        roles=roles,
        centrality=table,
        stance=stance,
        stance_actors=order,
        params={
            "since": since,
            "until": until,
            "actors": actor_list,
            "seed": seed,
            "weight": weight,
            "min_evidence": min_evidence,
            "include_claims": include_claims,
            "aggregate_persons": aggregate_persons,
            "resolution": resolution,
            "known_orgs": orgs,
            "matrix_top": matrix_top,
        },
        started=started,
        timings=timings,
    )
    if out_dir is not None:
        write_outputs(result, out_dir, figures=figures)
        timings.update(result.timings)
    result.ended = _now()
    timings["total"] = round(time.perf_counter() - t0, 4)
    return result


def _bloc_order(blocs: list[set[str]], actors: list[str]) -> list[str]:
    """The given actors grouped by bloc (bloc order), keeping their order inside a bloc."""
    where = {n: i for i, b in enumerate(blocs) for n in b}
    return sorted(actors, key=lambda n: where.get(n, len(blocs)))


def _json(path: Path, data: Any) -> Path:
    path.write_text(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")
    return path


def write_outputs(result: AnalysisResult, out_dir: str | Path, *, figures: bool = True) -> None:
    """Write blocs.json, blocs_meta.json, balance.json, stance_matrix.csv, centrality.csv
    and (with ``figures``) stance_matrix.png, blocs.png, dyad_timeline.png to ``out_dir``.

    ``blocs.json`` is a JSON list of the blocs of two or more actors (in the order of
    ``result.blocs``), each a list of ``{"label", "iri", "wikidata"}``; the method, quality,
    cooperative and hostile ties inside each bloc, comparison with known organisations and
    the unaligned actors are in ``blocs_meta.json``. An actor with no cooperative or hostile
    tie in the window (only neutral contacts such as meetsWith) is always unaligned, and a
    bloc never joins actors that no path of such ties links.
    The ``bloc`` column of ``centrality.csv`` is the 0-based index into ``blocs.json``.
    """
    out = Path(out_dir)
    if out.exists() and not out.is_dir():
        raise InputError(f"out_dir {str(out)!r} exists and is not a directory")
    out.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    multi = [b for b in result.blocs if len(b) > 1]
    files = [
        _json(out / "blocs.json", [[result.actor(n) for n in sorted(b)] for b in multi]),
        _json(
            out / "blocs_meta.json",
            {
                **result.bloc_quality,
                "seed": result.params["seed"],
                "sizes": [len(b) for b in multi],
                "inside_ties": [_inside_ties(result.ties, b) for b in multi],
                "known": result.known,
                "unaligned": [result.actor(n) for b in result.blocs if len(b) == 1 for n in b],
                "params": result.params,
                "started": result.started,
            },
        ),
        _json(out / "balance.json", _balance_json(result)),
    ]
    result.stance.to_csv(out / "stance_matrix.csv", index_label="subject \\ object")
    table = result.centrality.copy()
    if "bloc" in table:  # index into blocs.json; empty for actors in no bloc of two or more
        table["bloc"] = table["bloc"].where(table["bloc"] < len(multi)).astype("Int64")
    table.to_csv(out / "centrality.csv")
    files += [out / "stance_matrix.csv", out / "centrality.csv"]
    result.timings["write_tables"] = round(time.perf_counter() - t0, 4)
    if figures:
        from graphkit.analysis.figures import (
            write_blocs_png,
            write_dyad_timeline_png,
            write_stance_matrix_png,
        )

        t0 = time.perf_counter()
        files.append(write_stance_matrix_png(result.stance, out / "stance_matrix.png"))
        files.append(
            write_blocs_png(
                result.ties,
                result.blocs,
                out / "blocs.png",
                actors=result.stance_actors,
                seed=result.params["seed"],
            )
        )
        files.append(
            write_dyad_timeline_png(dyad_timeline(result.statements), out / "dyad_timeline.png")
        )
        result.timings["write_figures"] = round(time.perf_counter() - t0, 4)
    result.files = files


def _inside_ties(U: nx.Graph, bloc: set[str]) -> dict[str, int]:
    """Cooperative and hostile ties between members of a bloc: a bloc held together only by
    a common enemy (structural balance) has no cooperative tie inside."""
    signs = [d.get("weight", 0.0) for _u, _v, d in U.subgraph(bloc).edges(data=True)]
    return {"cooperative": sum(w > 0 for w in signs), "hostile": sum(w < 0 for w in signs)}


def _balance_json(result: AnalysisResult) -> dict[str, Any]:
    bal = dict(result.balance)
    actor = result.actor
    bal["unbalanced_triangles"] = [
        {**t, "actors": [actor(n) for n in t["actors"]]} for t in bal["unbalanced_triangles"]
    ]
    bal["frustrating_dyads"] = [
        {**d, "actors": [actor(n) for n in d["actors"]]} for d in bal["frustrating_dyads"]
    ]
    bal["frustrating_actors"] = [
        {**actor(a["actor"]), "unbalanced_triangles": a["unbalanced_triangles"]}
        for a in bal["frustrating_actors"]
    ]
    fi = dict(bal["frustration_index"])
    fi["sides"] = [sorted(s) for s in fi["sides"]]
    bal["frustration_index"] = fi
    return bal


def _table(rows: list[list[Any]], header: list[str]) -> str:
    cells = [header, *[[str(c) for c in r] for r in rows]]
    widths = [max(len(r[i]) for r in cells) for i in range(len(header))]
    lines = ["  ".join(c.ljust(w) for c, w in zip(r, widths, strict=True)).rstrip() for r in cells]
    lines.insert(1, "  ".join("-" * w for w in widths))
    return "\n".join(lines)


def _members(result: AnalysisResult, bloc: set[str], limit: int = 12) -> str:
    labels = sorted(result.actor(n)["label"] for n in bloc)
    more = f" … (+{len(labels) - limit})" if len(labels) > limit else ""
    return ", ".join(labels[:limit]) + more


def format_tables(result: AnalysisResult, *, top: int = 10) -> str:
    """Readable terminal tables of an analysis: summary, blocs, balance, roles."""
    G, D, q, bal = result.statements, result.dyads, result.bloc_quality, result.balance
    window = f"{result.params['since'] or '…'} to {result.params['until'] or '…'}"
    parts = [
        f"Analysis {window}: {D.number_of_nodes()} actors, {G.number_of_edges()} statements, "
        f"{D.number_of_edges()} dyads, {result.ties.number_of_edges()} signed ties",
        "",
        f"Blocs ({q['method']}, signed modularity {q['signed_modularity']:.3f}, "
        f"{q['frustrated']} of {q['ties']} ties frustrated)",
    ]
    multi = [(i, b) for i, b in enumerate(result.blocs) if len(b) > 1]
    if multi:
        rows = [[i + 1, len(b), _members(result, b)] for i, b in multi[:top]]
        parts.append(_table(rows, ["bloc", "size", "members"]))
    else:
        parts.append("(no bloc of two or more actors)")
    if result.known:
        rows = [
            [
                result.actor(k)["label"],
                v["present"],
                "-" if v["bloc"] is None else v["bloc"] + 1,
                v["jaccard"],
                v["recall"],
                "-" if v["ari"] is None else round(v["ari"], 3),
            ]
            for k, v in result.known.items()
        ]
        parts += ["", _table(rows, ["known", "in graph", "best bloc", "jaccard", "recall", "ARI"])]
    ratio = bal["balance_ratio"]
    parts += [
        "",
        f"Structural balance: {bal['triangles']} signed triangles, balance ratio "
        f"{'-' if ratio is None else f'{ratio:.3f}'}, frustration index <= "
        f"{bal['frustration_index']['frustration']}",
        _table(
            [[t, bal[t], "yes" if ok else "no"] for t, ok in TRIAD_TYPES.items()],
            ["triangle", "count", "balanced"],
        ),
    ]
    if bal["frustrating_dyads"]:
        rows = [
            [
                " – ".join(result.actor(n)["label"] for n in d["actors"]),
                "+" if d["sign"] > 0 else "-",
                d["unbalanced_triangles"],
            ]
            for d in bal["frustrating_dyads"][:top]
        ]
        parts += ["", _table(rows, ["frustrating dyad", "sign", "unbalanced triangles"])]
    for name, key in (
        ("most condemned", "most_condemned"),
        ("most supported", "most_supported"),
        ("most hostile", "most_hostile"),
        ("brokers", "brokers"),
        ("PageRank cooperative", "pagerank_cooperative"),
        ("PageRank hostile", "pagerank_hostile"),
    ):
        entries = result.roles.get(key, [])[:top]
        if entries:
            value = next(k for k in ("count", "betweenness", "pagerank") if k in entries[0])
            parts += ["", _table([[e["label"], e[value]] for e in entries], [name, value])]
    return "\n".join(parts)
