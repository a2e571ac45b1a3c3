from __future__ import annotations

import matplotlib
import pandas as pd
import pytest
from matplotlib.figure import Figure

from graphkit.analysis import (
    dyad_timeline,
    plot_blocs,
    plot_dyad_timeline,
    plot_stance_matrix,
    signed_graph,
    statement_graph,
    undirected_signed_graph,
)
from graphkit.analysis.figures import write_dyad_timeline_png, write_stance_matrix_png
from graphkit.errors import InputError
from graphkit.types import Document

from .conftest import iri, make

PNG = b"\x89PNG\r\n\x1a\n"


@pytest.fixture
def graph():
    docs = {
        "jan": Document("jan", "a" * 500, date="2022-01-15"),
        "mar": Document("mar", "b" * 500, date="2022-03-15"),
    }
    return statement_graph(
        [
            make("USA", "criticizes", "CHN", doc="jan"),
            make("USA", "sanctions", "CHN", doc="mar"),
            make("CHN", "supports", "RUS", doc="mar", start=40),
            make("FRA", "alliesWith", "USA", doc="jan", start=80),
        ],
        docs,
    )


def _axes():
    return Figure().add_subplot()


def test_plot_stance_matrix_draws_on_the_given_axes():
    m = pd.DataFrame([[0.0, -3.0], [2.0, 0.0]], index=["A", "B"], columns=["A", "B"])
    ax = _axes()
    assert plot_stance_matrix(m, ax, title="T") is ax
    image = ax.get_images()[0]
    assert image.get_array().tolist() == [[0.0, -3.0], [2.0, 0.0]]
    assert image.get_clim() == (-3.0, 3.0)
    assert [t.get_text() for t in ax.get_yticklabels()] == ["A", "B"]
    assert ax.get_title() == "T"
    assert len(ax.figure.axes) == 2  # the colorbar


def test_plot_dyad_timeline_of_one_dyad_from_a_graph(graph):
    ax = plot_dyad_timeline(graph, "USA", iri("CHN"), _axes())
    assert [t.get_text() for t in ax.get_yticklabels()] == ["China – United States"]
    kinds = {c.get_label(): len(c.get_offsets()) for c in ax.collections}
    assert kinds == {"hostile": 2}  # the two days, nothing from the other dyads
    with pytest.raises(InputError, match="XXX"):
        plot_dyad_timeline(graph, "USA", "https://example.org/XXX", _axes())
    with pytest.raises(InputError, match="both actors"):
        plot_dyad_timeline(graph, "USA", None, _axes())


def test_plot_dyad_timeline_filters_a_timeline_by_labels(graph):
    timeline = dyad_timeline(graph)
    ax = plot_dyad_timeline(timeline, "United States", "France", _axes())
    assert [t.get_text() for t in ax.get_yticklabels()] == ["France – United States"]
    every = plot_dyad_timeline(graph, ax=_axes())
    assert len(every.get_yticklabels()) == 3


def test_plot_blocs_colours_only_blocs_of_two_or_more(graph):
    U = undirected_signed_graph(signed_graph(graph))
    blocs = [{iri("CHN"), iri("RUS")}, {iri("FRA"), iri("USA")}]
    ax = plot_blocs(U, blocs, _axes(), seed=0)
    assert [t.get_text() for t in ax.get_legend().get_texts()] == ["bloc 1 (2)", "bloc 2 (2)"]
    assert {t.get_text() for t in ax.texts} == {"China", "Russia", "France", "United States"}


def test_write_png_keeps_the_backend_and_opens_no_pyplot_figure(graph, tmp_path):
    import matplotlib.pyplot as plt

    before = matplotlib.get_backend()
    matplotlib.use("svg")  # a user's (non-Agg) backend must survive writing a PNG
    try:
        m = pd.DataFrame([[1.0]], index=["A"], columns=["A"])
        assert write_stance_matrix_png(m, tmp_path / "m.png").read_bytes()[:8] == PNG
        path = write_dyad_timeline_png(dyad_timeline(graph), tmp_path / "t.png")
        assert path.read_bytes()[:8] == PNG
        assert matplotlib.get_backend() == "svg"
        assert plt.get_fignums() == []
    finally:
        matplotlib.use(before)
