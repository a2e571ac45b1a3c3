"""Signed-graph analysis of the stance graph: blocs, balance, influence, change over time.

The pipeline is ``statement_graph`` (one edge per statement) -> ``signed_graph`` (one edge
per dyad) -> ``undirected_signed_graph`` (one signed tie per pair), and :func:`analyze`
runs everything on top of these and writes the files ``graphkit analyze`` produces.

Example:
    >>> import networkx as nx
    >>> U = nx.Graph()
    >>> U.add_weighted_edges_from([("USA", "GBR", 6), ("CHN", "RUS", 4), ("USA", "RUS", -8)])
    >>> sorted(map(sorted, signed_louvain_communities(U, seed=0)))
    [['CHN', 'RUS'], ['GBR', 'USA']]
"""

from __future__ import annotations

from graphkit.analysis.balance import (
    balance_report,
    frustration_index,
    signed_triangles,
    triangle_census,
)
from graphkit.analysis.blocs import (
    adjusted_rand_index,
    compare_blocs,
    known_blocs,
    partition_frustration,
    signed_louvain_communities,
    signed_modularity,
)
from graphkit.analysis.centrality import (
    actor_roles,
    broker_betweenness,
    centrality_table,
    layer_pagerank,
)
from graphkit.analysis.figures import plot_blocs, plot_dyad_timeline, plot_stance_matrix
from graphkit.analysis.projection import (
    signed_graph,
    statement_graph,
    undirected_signed_graph,
)
from graphkit.analysis.rdf import to_rdf, write_rdf
from graphkit.analysis.report import AnalysisResult, analyze, format_tables, write_outputs
from graphkit.analysis.temporal import (
    diff_windows,
    dyad_timeline,
    graph_as_of,
    stance_diff,
    stance_matrix,
    window_graph,
)

__all__ = [
    "AnalysisResult",
    "actor_roles",
    "adjusted_rand_index",
    "analyze",
    "balance_report",
    "broker_betweenness",
    "centrality_table",
    "compare_blocs",
    "diff_windows",
    "dyad_timeline",
    "format_tables",
    "frustration_index",
    "graph_as_of",
    "known_blocs",
    "layer_pagerank",
    "partition_frustration",
    "plot_blocs",
    "plot_dyad_timeline",
    "plot_stance_matrix",
    "signed_graph",
    "signed_louvain_communities",
    "signed_modularity",
    "signed_triangles",
    "stance_diff",
    "stance_matrix",
    "statement_graph",
    "to_rdf",
    "triangle_census",
    "undirected_signed_graph",
    "window_graph",
    "write_outputs",
    "write_rdf",
]
