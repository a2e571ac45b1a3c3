"""Generate ``ontologies/actors.ttl`` (the actor knowledge base) from its source tables.

Sources (edit these, never the Turtle):

* ``tools/actors_states.tsv``: one row per state (ISO3, ISO2, Wikidata id, label, alt labels,
  demonyms, capitals, seats of power; multi-valued cells separated by ``|``).
* ``tools/actors_former_states.tsv``: former states (Soviet Union, Yugoslavia, ...), same
  columns plus the date each was dissolved; they have no capitals and no memberships.
* ``tools/actors_other.toml``: organisations, informal blocs, armed groups, media, parties,
  and the memberships of all actors.
* ``tools/actors_persons.tsv``: leaders and officials with the one actor each speaks for
  (key, label, affiliated_with, alt labels, note); see its header for the scope.

The output is deterministic (states sorted by ISO3, other actors in source order, membership
nodes sorted), so ``tests/test_kb.py`` can check that the committed Turtle is up to date::

    python tools/build_actors.py          # rewrite ontologies/actors.ttl
    python tools/build_actors.py --check  # exit 1 if it is out of date

Wikidata ids were not fetched from Wikidata (no network); they were cross-checked against
public tables: the state ids against owid/owid-grapher ``CountriesRegions.ts`` and
waldenn/conzept ``countries.js`` (194 of 197 agree with both; Palestine Q219060 from OWID;
Kosovo Q1246 and the Holy See Q159583 from three further code tables each), the organisation
ids against confirmordeny/supraverden ``dist/ALL_BODIES.md`` / ``dist/UN_BODIES.md`` and the
kuni ``groupings`` table, the armed group, media and bloc ids against smaller curated tables
(impresso news-agency ids, a Turkish Wikidata script's organisation list). Actors whose id
could not be verified carry no ``owl:sameAs``.

Example:
    >>> ttl = render(*read_sources())
    >>> "gka:CHN a gk:State" in ttl
    True
"""

from __future__ import annotations

import argparse
import csv
import datetime as dt
import re
import sys
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

__all__ = ["ActorRow", "main", "read_sources", "render"]

TOOLS_DIR = Path(__file__).resolve().parent
STATES_PATH = TOOLS_DIR / "actors_states.tsv"
FORMER_STATES_PATH = TOOLS_DIR / "actors_former_states.tsv"
OTHER_PATH = TOOLS_DIR / "actors_other.toml"
PERSONS_PATH = TOOLS_DIR / "actors_persons.tsv"
OUTPUT_PATH = TOOLS_DIR.parent / "ontologies" / "actors.ttl"

#: Date the membership facts are as of (also written into the Turtle header).
FACTS_AS_OF = "2025-11-01"

ACTOR_TYPES = (
    "State",
    "InternationalOrganization",
    "InformalBloc",
    "NonStateArmedGroup",
    "MediaOutlet",
    "PoliticalParty",
    "Organization",
    "Person",
)
_KEY = re.compile(r"^[A-Z][A-Z0-9_]*$")
_QID = re.compile(r"^Q[1-9][0-9]*$")


@dataclass
class ActorRow:
    """One actor as read from the sources."""

    key: str
    type: str
    label: str
    wikidata: str | None = None
    iso3: str | None = None
    iso2: str | None = None
    alt: list[str] = field(default_factory=list)
    demonym: list[str] = field(default_factory=list)
    capital: list[str] = field(default_factory=list)
    seat: list[str] = field(default_factory=list)
    affiliated_with: str | None = None
    note: str | None = None


class SourceError(ValueError):
    """A source table row that cannot be turned into Turtle."""


def _cells(value: str) -> list[str]:
    return [part.strip() for part in value.split("|") if part.strip()]


def _tsv_records(path: Path) -> csv.DictReader[str]:
    """The records of a tab-separated source table; blank and ``#`` comment lines skipped."""
    lines = [line for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [line for line in lines if not line.startswith("#")]
    return csv.DictReader(rows, delimiter="\t", quoting=csv.QUOTE_NONE)


def _read_states(path: Path) -> list[ActorRow]:
    states = []
    for rec in _tsv_records(path):
        iso3 = rec["iso3"].strip()
        dissolved = (rec.get("dissolved") or "").strip()
        if dissolved:
            try:
                dt.date.fromisoformat(dissolved)
            except ValueError:
                raise SourceError(f"{iso3}: dissolved={dissolved!r} is not an ISO date") from None
        states.append(
            ActorRow(
                key=iso3,
                type="State",
                label=rec["label"].strip(),
                wikidata=rec["wikidata"].strip() or None,
                iso3=iso3,
                iso2=rec["iso2"].strip(),
                alt=_cells(rec["alt"] or ""),
                demonym=_cells(rec["demonym"] or ""),
                capital=_cells(rec["capital"] or ""),
                seat=_cells(rec["seat"] or ""),
                note=f"Former state, dissolved {dissolved}." if dissolved else None,
            )
        )
    return sorted(states, key=lambda a: a.key)


def _read_persons(path: Path) -> list[ActorRow]:
    persons = []
    for lineno, rec in enumerate(_tsv_records(path), start=2):
        if None in rec or any(v is None for v in rec.values()):
            raise SourceError(f"{path.name}: row {lineno} does not have 5 tab-separated cells")
        persons.append(
            ActorRow(
                key=rec["key"].strip(),
                type="Person",
                label=rec["label"].strip(),
                alt=_cells(rec["alt"]),
                affiliated_with=rec["affiliated_with"].strip(),
                note=rec["note"].strip() or None,
            )
        )
    return persons


def read_sources(
    states_path: Path = STATES_PATH,
    former_states_path: Path = FORMER_STATES_PATH,
    other_path: Path = OTHER_PATH,
    persons_path: Path = PERSONS_PATH,
) -> tuple[list[ActorRow], list[tuple[str, str, str | None]]]:
    """Read and check both source tables.

    Returns:
        The actors (states first) and the memberships as ``(member key, org key, since)``
        with ``since`` an ISO date or ``None``, sorted by organisation then member.

    Raises:
        SourceError: A duplicate key, an unknown type, a malformed id or date, or a
            membership or affiliation naming an actor that does not exist.
    """
    actors = _read_states(states_path)
    # "all_states_except" memberships are of the present states only.
    state_keys = [a.key for a in actors]
    actors += _read_states(former_states_path)
    data = tomllib.loads(other_path.read_text(encoding="utf-8"))
    for rec in data.get("actor", []):
        actors.append(
            ActorRow(
                key=rec["key"],
                type=rec["type"],
                label=rec["label"],
                wikidata=rec.get("wikidata"),
                alt=list(rec.get("alt", [])),
                seat=list(rec.get("seat", [])),
                affiliated_with=rec.get("affiliated_with"),
                note=rec.get("note"),
            )
        )
    actors.extend(_read_persons(persons_path))
    _check_actors(actors)
    keys = {a.key for a in actors}
    memberships: set[tuple[str, str, str | None]] = set()
    listed: set[tuple[str, str]] = set()
    for rec in data.get("membership", []):
        org = rec["org"]
        if org not in keys:
            raise SourceError(f"membership of unknown organisation {org!r}")
        pairs: list[tuple[str, str | None]] = [(m, None) for m in rec.get("members", [])]
        pairs += [(m, str(d)) for m, d in rec.get("since", {}).items()]
        excluded = rec.get("all_states_except")
        if excluded is not None:
            pairs += [(m, None) for m in state_keys if m not in set(excluded)]
        for member, since in pairs:
            if member not in keys:
                raise SourceError(f"unknown member {member!r} of {org!r}")
            if since is not None:
                try:
                    dt.date.fromisoformat(since)
                except ValueError:
                    raise SourceError(
                        f"membership of {member!r} in {org!r}: since={since!r} is not an ISO "
                        "date (YYYY-MM-DD)"
                    ) from None
            if (member, org) in listed:
                raise SourceError(f"{member!r} listed twice as a member of {org!r}")
            listed.add((member, org))
            memberships.add((member, org, since))
    return actors, sorted(memberships, key=lambda m: (m[1], m[0]))


def _check_actors(actors: list[ActorRow]) -> None:
    seen: set[str] = set()
    keys = {a.key for a in actors}
    for a in actors:
        if not _KEY.match(a.key) and a.key != "XKX":
            raise SourceError(f"actor key {a.key!r} is not upper-case ASCII")
        if a.key in seen:
            raise SourceError(f"duplicate actor key {a.key!r}")
        seen.add(a.key)
        if a.type not in ACTOR_TYPES:
            raise SourceError(f"{a.key}: unknown type {a.type!r}; expected one of {ACTOR_TYPES}")
        if a.wikidata is not None and not _QID.match(a.wikidata):
            raise SourceError(f"{a.key}: malformed Wikidata id {a.wikidata!r}")
        if a.affiliated_with is not None and a.affiliated_with not in keys:
            raise SourceError(f"{a.key}: affiliated with unknown actor {a.affiliated_with!r}")
        if a.type == "State" and (
            not re.fullmatch(r"[A-Z]{3}", a.iso3 or "")
            or not re.fullmatch(r"[A-Z]{2}", a.iso2 or "")
        ):
            raise SourceError(f"{a.key}: a state needs an ISO3 and an ISO2 code")


def _lit(text: str, lang: str | None = None) -> str:
    escaped = text.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n")
    return f'"{escaped}"' + (f"@{lang}" if lang else "")


def _unique(values: list[str], exclude: str) -> list[str]:
    out: list[str] = []
    for v in values:
        if v != exclude and v not in out:
            out.append(v)
    return out


def _actor_block(a: ActorRow, member_of: list[str]) -> str:
    props: list[tuple[str, list[str]]] = [("rdfs:label", [_lit(a.label, "en")])]
    alt = _unique(a.alt + a.demonym + a.capital + a.seat, exclude=a.label)
    if alt:
        props.append(("skos:altLabel", [_lit(v, "en") for v in alt]))
    if a.iso3:
        props.append(("gk:iso3", [_lit(a.iso3)]))
    if a.iso2:
        props.append(("gk:iso2", [_lit(a.iso2)]))
    for name, values in (
        ("gk:demonym", a.demonym),
        ("gk:capital", a.capital),
        ("gk:seatOfPower", a.seat),
    ):
        if values:
            props.append((name, [_lit(v) for v in _unique(values, exclude="")]))
    if a.wikidata:
        props.append(("owl:sameAs", [f"<http://www.wikidata.org/entity/{a.wikidata}>"]))
    if a.affiliated_with:
        props.append(("gk:affiliatedWith", [f"gka:{a.affiliated_with}"]))
    if member_of:
        props.append(("gk:memberOf", [f"gka:{o}" for o in member_of]))
    if a.note:
        props.append(("rdfs:comment", [_lit(a.note, "en")]))
    lines = [f"gka:{a.key} a gk:{a.type} ;"]
    for i, (pred, objs) in enumerate(props):
        end = " ." if i == len(props) - 1 else " ;"
        lines.append(f"    {pred} " + " ,\n        ".join(objs) + end)
    return "\n".join(lines)


_HEADER = """\
# graphkit actor knowledge base. GENERATED by tools/build_actors.py from
# tools/actors_states.tsv, tools/actors_other.toml and tools/actors_persons.tsv: edit those,
# then rerun the script.
#
# {n_states} states (the 193 UN members, Palestine, the Holy See, Taiwan, Kosovo), {n_orgs}
# international organisations, {n_blocs} informal blocs, {n_groups} non-state armed groups,
# {n_media} media outlets, {n_parties} political parties and {n_persons} persons (leaders and
# officials, tools/actors_persons.tsv). Membership facts as of {as_of}.
# Kosovo uses the user-assigned code XKX (not in ISO 3166-1).
# Every gk:demonym, gk:capital and gk:seatOfPower literal is also a skos:altLabel.

@prefix gk:      <https://w3id.org/graphkit/ontology#> .
@prefix gka:     <https://w3id.org/graphkit/actor/> .
@prefix gkm:     <https://w3id.org/graphkit/actor/membership/> .
@prefix dcterms: <http://purl.org/dc/terms/> .
@prefix owl:     <http://www.w3.org/2002/07/owl#> .
@prefix rdfs:    <http://www.w3.org/2000/01/rdf-schema#> .
@prefix skos:    <http://www.w3.org/2004/02/skos/core#> .
@prefix xsd:     <http://www.w3.org/2001/XMLSchema#> .

<https://w3id.org/graphkit/actors>
    a owl:Ontology ;
    rdfs:label "graphkit actor knowledge base"@en ;
    dcterms:license <https://opensource.org/licenses/MIT> ;
    rdfs:seeAlso <https://w3id.org/graphkit/ontology> ;
    rdfs:comment "States, international organisations, informal blocs, armed groups, media and parties named in geopolitical news, with the aliases used to find them in text. Membership facts as of {as_of}."@en .
"""


def render(actors: list[ActorRow], memberships: list[tuple[str, str, str | None]]) -> str:
    """The Turtle text of the knowledge base (deterministic for the same sources)."""
    count = {t: sum(1 for a in actors if a.type == t) for t in ACTOR_TYPES}
    parts = [
        _HEADER.format(
            n_states=count["State"],
            n_orgs=count["InternationalOrganization"],
            n_blocs=count["InformalBloc"],
            n_groups=count["NonStateArmedGroup"],
            n_media=count["MediaOutlet"],
            n_parties=count["PoliticalParty"],
            n_persons=count["Person"],
            as_of=FACTS_AS_OF,
        )
    ]
    member_of: dict[str, list[str]] = {}
    for member, org, _ in memberships:
        member_of.setdefault(member, []).append(org)
    section = None
    for a in actors:
        if a.type != section:
            section = a.type
            parts.append(f"# {'-' * 88}\n# gk:{section}\n# {'-' * 88}\n")
        parts.append(_actor_block(a, sorted(member_of.get(a.key, []))) + "\n")
    parts.append(f"# {'-' * 88}\n# gk:Membership (dated accessions)\n# {'-' * 88}\n")
    for member, org, since in memberships:
        if since is None:
            continue
        parts.append(
            f"gkm:{member}-{org} a gk:Membership ;\n"
            f"    gk:member gka:{member} ;\n"
            f"    gk:organization gka:{org} ;\n"
            f'    gk:since "{since}"^^xsd:date .\n'
        )
    return "\n".join(parts)


def main(argv: list[str] | None = None) -> int:
    """Write (or with ``--check`` compare) ``ontologies/actors.ttl``."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="exit 1 if the file is stale")
    parser.add_argument("--output", type=Path, default=OUTPUT_PATH)
    args = parser.parse_args(argv)
    text = render(*read_sources())
    if args.check:
        current = args.output.read_text(encoding="utf-8") if args.output.exists() else ""
        if current != text:
            print(
                f"{args.output} is out of date; run python tools/build_actors.py", file=sys.stderr
            )
            return 1
        return 0
    args.output.write_text(text, encoding="utf-8")
    print(f"wrote {args.output}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
