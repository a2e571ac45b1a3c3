"""The CLI skeleton: version, help and error handling."""

from __future__ import annotations

import json

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


def test_cli_actors_lookup_resolves_capital_to_state() -> None:
    result = CliRunner().invoke(main, ["actors", "lookup", "Beijing"])
    assert result.exit_code == 0
    assert "China" in result.output
    assert "CHN" in result.output
    assert "Q148" in result.output


def test_cli_actors_lookup_resolves_seat_of_power_and_demonym() -> None:
    kremlin = CliRunner().invoke(main, ["actors", "lookup", "the Kremlin", "--json"])
    ukrainian = CliRunner().invoke(main, ["actors", "lookup", "Ukrainian", "--json"])
    assert json.loads(kremlin.output)["iso3"] == "RUS"
    assert json.loads(ukrainian.output)["iso3"] == "UKR"


def test_cli_actors_lookup_organisation_lists_members() -> None:
    result = CliRunner().invoke(main, ["actors", "lookup", "NATO", "--json"])
    record = json.loads(result.output)
    assert record["type"] == "InternationalOrganization"
    members = {m["iso3"] for m in record["members"]}
    assert len(members) == 32
    assert {"USA", "FIN", "SWE", "TUR"} <= members
    assert "UKR" not in members


def test_cli_actors_lookup_unknown_name_exits_nonzero() -> None:
    result = CliRunner().invoke(main, ["actors", "lookup", "Narnia"])
    assert result.exit_code == 1
    assert "Narnia" in result.output
