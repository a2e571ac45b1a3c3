"""The stance graph inline in Jupyter Lab, VS Code and Colab: an isolated ``<iframe srcdoc>``.

The page is escaped into the ``srcdoc`` attribute of a sandboxed iframe (scripts allowed,
no same-origin access to the notebook), so it renders the same in every front end and
cannot touch the notebook. IPython is imported only when :func:`show_inline` is called.

Example:
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> _ = G.add_edge("A", "B", key="s1", relation="praises", polarity=1)
    >>> frame = iframe_html(G, height=400)
    >>> "<iframe srcdoc=" in frame and "<script" not in frame
    True
"""

from __future__ import annotations

import html
from typing import Any

import networkx as nx

from graphkit.errors import InputError
from graphkit.viz.page import render_html

__all__ = ["iframe_html", "show_inline"]

_SANDBOX = "allow-scripts allow-popups allow-popups-to-escape-sandbox"


def iframe_html(G: nx.MultiDiGraph, *, height: int = 640, **options: Any) -> str:
    """A ``<div>`` with an ``<iframe srcdoc=...>`` holding :func:`render_html` of ``G``.

    Args:
        G: Statement graph.
        height: Frame height in pixels.
        **options: Passed to :func:`~graphkit.viz.page.render_html`.

    Raises:
        InputError: ``height`` not a positive integer, or a bad render option.
    """
    if isinstance(height, bool) or not isinstance(height, int) or height <= 0:
        raise InputError(f"height={height!r} must be a positive number of pixels")
    page = render_html(G, height=f"{height}px", **options)
    title = html.escape(str(options.get("title", "graphkit stance graph")), quote=True)
    return (
        f'<div class="graphkit-frame"><iframe srcdoc="{html.escape(page, quote=True)}" title="{title}" '
        f'sandbox="{_SANDBOX}" referrerpolicy="no-referrer" '
        f'style="width: 100%; height: {height + 4}px; border: 1px solid #ddd;"></iframe></div>'
    )


def show_inline(G: nx.MultiDiGraph, *, height: int = 640, **options: Any) -> Any:
    """The graph as an ``IPython.display.HTML`` object (displays when last in a cell).

    Takes the options of :func:`~graphkit.viz.page.render_html` plus ``height``.
    """
    from IPython.display import HTML

    return HTML(iframe_html(G, height=height, **options))
