"""The public API re-exported from ``graphkit``."""

from __future__ import annotations

import importlib
import subprocess
import sys
import types

import graphkit


def test_every_public_name_resolves_to_the_object_even_after_its_module_is_imported():
    # A module named like a public function would replace it on the package once imported
    # (the CLI imports the modules): graphkit.build was the module after a CLI run.
    for module in set(graphkit._LAZY.values()):
        importlib.import_module(module)
    for name in graphkit.__all__:
        value = getattr(graphkit, name)
        assert not isinstance(value, types.ModuleType), name


def test_import_graphkit_loads_no_heavy_package():
    code = (
        "import sys, graphkit; "
        "print(sorted(m for m in ('spacy', 'pyoxigraph', 'pyvis', 'rdflib') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"
