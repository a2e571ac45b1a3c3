"""The notebooks: stored without outputs, using only graphkit's public API, and running top to
bottom in a fresh kernel (the slow tests execute them with nbclient, cwd ``notebooks/``)."""

from __future__ import annotations

import re
import subprocess
from pathlib import Path

import nbformat
import pytest

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS_DIR = ROOT / "notebooks"
EXPECTED = ("01-quickstart.ipynb", "02-corpus.ipynb", "03-bring-your-own.ipynb")

#: An import of a graphkit submodule (``from graphkit.store import ...``,
#: ``import graphkit.viz``); notebooks use ``import graphkit as gk`` / ``from graphkit import``.
_SUBMODULE_IMPORT = re.compile(
    r"^\s*(?:from\s+graphkit\.\w[\w.]*\s+import\b|import\s+graphkit\.\w)"
)

#: What each notebook must display when run: (MIME type, text the output must contain).
DISPLAYS = {
    "01-quickstart.ipynb": [("text/html", "<iframe srcdoc="), ("image/png", "")],
    "02-corpus.ipynb": [("image/png", "")],
    "03-bring-your-own.ipynb": [("text/plain", '"detection_rate"')],
}


def notebook_paths() -> list[Path]:
    """Every notebook tracked by git anywhere in the repository, plus every notebook under
    ``notebooks/`` not committed yet (Jupyter checkpoint folders excluded)."""
    found = {p for p in NOTEBOOKS_DIR.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts}
    try:
        tracked = subprocess.run(
            ["git", "ls-files", "-z", "--", "*.ipynb"],
            cwd=ROOT,
            capture_output=True,
            check=True,
            text=True,
        ).stdout
    except (OSError, subprocess.CalledProcessError):  # no git, or not a clone
        tracked = ""
    found |= {ROOT / name for name in tracked.split("\0") if name and (ROOT / name).is_file()}
    return sorted(found)


def output_problems(nb: nbformat.NotebookNode) -> list[str]:
    """Code cells that carry outputs or an execution count (a notebook saved after running)."""
    problems = []
    for number, cell in enumerate(nb.cells):
        if cell.cell_type != "code":
            continue
        if cell.get("outputs"):
            problems.append(f"cell {number}: {len(cell.outputs)} output(s)")
        if cell.get("execution_count") is not None:
            problems.append(f"cell {number}: execution_count {cell.execution_count}")
    return problems


def submodule_imports(nb: nbformat.NotebookNode) -> list[str]:
    """Import lines of code cells that reach into a graphkit submodule."""
    return [
        f"cell {number}: {line.strip()}"
        for number, cell in enumerate(nb.cells)
        if cell.cell_type == "code"
        for line in cell.source.splitlines()
        if _SUBMODULE_IMPORT.match(line)
    ]


def _read(path: Path) -> nbformat.NotebookNode:
    return nbformat.read(path, as_version=4)


def _ids(paths: list[Path]) -> list[str]:
    return [path.name for path in paths]


def test_notebooks_expected_ones_present() -> None:
    names = {path.name for path in notebook_paths()}
    assert set(EXPECTED) <= names


@pytest.mark.parametrize("path", notebook_paths(), ids=_ids(notebook_paths()))
def test_notebook_stored_without_outputs(path: Path) -> None:
    nb = _read(path)
    nbformat.validate(nb)
    assert output_problems(nb) == []


@pytest.mark.parametrize("path", notebook_paths(), ids=_ids(notebook_paths()))
def test_notebook_imports_only_public_api(path: Path) -> None:
    nb = _read(path)
    assert submodule_imports(nb) == []
    assert any(
        re.search(r"^\s*(?:import graphkit\b|from graphkit import\b)", cell.source, re.M)
        for cell in nb.cells
        if cell.cell_type == "code"
    )


def test_output_problems_reports_outputs_and_execution_counts() -> None:
    from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook, new_output

    ran = new_code_cell("print(1)", execution_count=3)
    ran.outputs = [new_output("stream", name="stdout", text="1\n")]
    nb = new_notebook(cells=[new_markdown_cell("# title"), new_code_cell("x = 1"), ran])
    assert output_problems(nb) == ["cell 2: 1 output(s)", "cell 2: execution_count 3"]


def test_submodule_imports_flags_only_submodules() -> None:
    from nbformat.v4 import new_code_cell, new_notebook

    source = "\n".join(
        [
            "import graphkit as gk",
            "from graphkit import KnowledgeGraph",
            "from graphkit.store import KnowledgeGraph",
            "    from graphkit.analysis.temporal import graph_as_of",
            "import graphkit.viz",
            "from graphkitx import y",
        ]
    )
    nb = new_notebook(cells=[new_code_cell(source)])
    assert submodule_imports(nb) == [
        "cell 0: from graphkit.store import KnowledgeGraph",
        "cell 0: from graphkit.analysis.temporal import graph_as_of",
        "cell 0: import graphkit.viz",
    ]


def _leaked_servers() -> set[int]:
    """Oxigraph servers started by notebook 03 (its data folder prefix) still running."""
    import psutil

    found = set()
    for proc in psutil.process_iter(["pid", "cmdline"]):
        cmdline = proc.info.get("cmdline") or []
        if any("graphkit-oxigraph-" in part for part in cmdline) and "serve" in cmdline:
            found.add(proc.info["pid"])
    return found


@pytest.mark.slow
@pytest.mark.parametrize("name", EXPECTED)
def test_notebook_runs_top_to_bottom(name: str) -> None:
    from nbclient import NotebookClient

    nb = _read(NOTEBOOKS_DIR / name)
    before = _leaked_servers()
    client = NotebookClient(
        nb,
        timeout=300,
        kernel_name="python3",
        resources={"metadata": {"path": str(NOTEBOOKS_DIR)}},
    )
    client.execute()  # raises CellExecutionError naming the failing cell
    code = [cell for cell in nb.cells if cell.cell_type == "code"]
    assert all(cell.execution_count is not None for cell in code)
    outputs = [output for cell in code for output in cell.outputs]
    assert not [o for o in outputs if o.output_type == "error"]
    shown = [o for o in outputs if o.output_type in ("display_data", "execute_result", "stream")]
    for mime, needle in DISPLAYS[name]:
        texts = [
            o.text if o.output_type == "stream" else o.data.get(mime, "")
            for o in shown
            if (o.output_type == "stream" and mime == "text/plain") or mime in o.get("data", {})
        ]
        assert any(needle in text for text in texts), f"{name} shows no {mime} with {needle!r}"
    assert _leaked_servers() <= before
