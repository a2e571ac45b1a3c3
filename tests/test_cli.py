"""The CLI skeleton: version, help and error handling."""

from __future__ import annotations

from click.testing import CliRunner

from graphkit import __version__
from graphkit.cli import main


def test_cli_version_prints_package_version() -> None:
    result = CliRunner().invoke(main, ["--version"])
    assert result.exit_code == 0
    assert __version__ in result.output


def test_cli_help_lists_actors_group() -> None:
    result = CliRunner().invoke(main, ["--help"])
    assert result.exit_code == 0
    assert "actors" in result.output


def test_cli_unknown_command_fails() -> None:
    result = CliRunner().invoke(main, ["no-such-command"])
    assert result.exit_code != 0
