"""What the benchmarks print about the machine: shared 2-core machines skew wall times."""

from __future__ import annotations

import os


def load_average() -> str:
    """The 1, 5 and 15 minute load averages and the core count, e.g. ``load 0.9 1.1 1.2 on 2 cores``."""
    one, five, fifteen = os.getloadavg()
    return f"load {one:.2f} {five:.2f} {fifteen:.2f} on {os.cpu_count()} cores"
