"""Every shell command in the README runs as written.

The README's ```bash blocks are run in order, in a scratch folder holding a copy of
``seeds/``, so relative paths mean what they mean for a user in a fresh clone. Two things
are left out on purpose: the ``pip install ... &&`` prefix (CI itself runs that install)
and the test command (this test is part of it).
"""

from __future__ import annotations

import re
import shlex
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
README = ROOT / "README.md"
_BLOCK = re.compile(r"```bash\n(.*?)```", re.DOTALL)
_PYTHON = re.compile(r"```python\n(.*?)```", re.DOTALL)
_INSTALL = re.compile(r"^pip install [^&]*&&\s*")


def readme_commands(text: str) -> list[str]:
    """The shell commands of the README's bash blocks, install prefixes stripped."""
    commands = []
    for block in _BLOCK.findall(text):
        for line in block.splitlines():
            line = line.split("  #", 1)[0].strip()
            if not line or line.startswith("#"):
                continue
            line = _INSTALL.sub("", line)
            if line.startswith("pip install"):
                continue
            commands.append(line)
    return commands


def test_readme_opens_with_the_two_commands() -> None:
    blocks = _BLOCK.findall(README.read_text(encoding="utf-8"))
    assert blocks[0].strip() == "pip install -e . && graphkit build seeds/ --out out/"
    assert blocks[1].strip() == 'pip install -e ".[test]" && python -m pytest -q'


def test_ci_runs_the_readme_test_command() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    blocks = _BLOCK.findall(README.read_text(encoding="utf-8"))
    assert blocks[1].strip() in ci.splitlines()


def test_readme_commands_strip_only_install_steps() -> None:
    sample = "```bash\npip install -e . && graphkit build seeds/ --out out/\n```\n"
    assert readme_commands(sample) == ["graphkit build seeds/ --out out/"]


@pytest.mark.slow
def test_readme_shell_commands_run_as_written(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    commands = [c for c in readme_commands(README.read_text(encoding="utf-8"))]
    commands = [c for c in commands if not c.startswith("python -m pytest")]
    assert any(c.startswith("graphkit build") for c in commands)
    graphkit = shutil.which("graphkit") or f"{sys.executable} -m graphkit.cli"
    for command in commands:
        argv = shlex.split(command)
        if argv[0] == "graphkit":
            argv = [*shlex.split(graphkit), *argv[1:]]
        done = subprocess.run(
            argv, cwd=tmp_path, capture_output=True, text=True, timeout=300, check=False
        )
        assert done.returncode == 0, f"{command}\n{done.stdout}\n{done.stderr}"


@pytest.mark.slow
def test_readme_python_blocks_run(tmp_path: Path) -> None:
    shutil.copytree(ROOT / "seeds", tmp_path / "seeds")
    blocks = _PYTHON.findall(README.read_text(encoding="utf-8"))
    assert blocks
    for block in blocks:
        done = subprocess.run(
            [sys.executable, "-c", block],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=300,
            check=False,
        )
        assert done.returncode == 0, f"{block}\n{done.stderr}"
