"""Interactive, self-contained HTML views of the stance graph.

``write_html`` / ``render_html`` turn the statement graph (``nx.MultiDiGraph`` of the
analysis/viz contract) into one HTML file with every script and style inline (vis-network
from the installed pyvis package), which opens from ``file://`` with the network off;
``show_inline`` shows the same page in Jupyter inside an isolated ``<iframe srcdoc>``.

How the page draws the statements (see :mod:`graphkit.viz.model`): one edge per subject,
object, group and claim status, width growing with the number of statements; blue
cooperative, red hostile, grey neutral; dashed for claims (not asserted: attributed to a
third party); negated statements ("did not condemn") on their own dotted light-grey edge,
never as hostility. Nodes are shaped by actor type and coloured by type, bloc or
centrality. Clicking (or, with nothing selected, hovering) an edge lists its statements
with the evidence sentence and the mentions highlighted; clicking an actor lists its
stances taken and received. Filters (polarity, claims, relations, actor search) hide
through vis DataViews and never blank the graph.

Example:
    >>> import networkx as nx
    >>> from graphkit.viz import render_html
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("A", "B", key="s1", relation="praises", polarity=1)
    >>> render_html(G).startswith("<!DOCTYPE html>")
    True
"""

from __future__ import annotations

from graphkit.viz.jupyter import iframe_html, show_inline
from graphkit.viz.page import render_html, write_html

__all__ = ["iframe_html", "render_html", "show_inline", "write_html"]
