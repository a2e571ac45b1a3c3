from __future__ import annotations

import html
import re

import pytest

from graphkit.errors import InputError
from graphkit.viz import iframe_html, render_html, show_inline


def test_iframe_html_embeds_the_escaped_page(hostile_graph):
    frame = iframe_html(hostile_graph, height=500, title="T")
    srcdoc = re.fullmatch(
        r'<div class="graphkit-frame"><iframe srcdoc="([^"]*)" .*</iframe></div>', frame, re.S
    )
    assert srcdoc, frame[:200]
    assert "<" not in srcdoc.group(1)
    assert html.unescape(srcdoc.group(1)) == render_html(hostile_graph, height="500px", title="T")


def test_iframe_html_is_sandboxed_without_same_origin(seed_graph):
    frame = iframe_html(seed_graph)
    sandbox = re.search(r'sandbox="([^"]*)"', frame).group(1).split()
    assert "allow-scripts" in sandbox and "allow-same-origin" not in sandbox


def test_iframe_html_rejects_bad_height(seed_graph):
    with pytest.raises(InputError, match="height=0"):
        iframe_html(seed_graph, height=0)


def test_show_inline_returns_ipython_html(seed_graph):
    pytest.importorskip("IPython")
    obj = show_inline(seed_graph, height=300)
    assert type(obj).__name__ == "HTML"
    assert '<iframe srcdoc="' in obj._repr_html_()
