"""Print how the sources were read: counts by type, and how many were read through a relay.

    python tools/source_stats.py [path/to/sources.csv]
"""
import sys
from pathlib import Path

import pandas as pd

path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).resolve().parent.parent / "data" / "sources.csv"
s = pd.read_csv(path, dtype=str, keep_default_na=False)
n = len(s)


def line(label, k):
    print(f"  {label:<34}{k:>5}  {k / n:6.1%}")


print(f"Sources: {n}")
for t in ["primary", "secondary", "estimate"]:
    line(t, (s["type"] == t).sum())
print("Where they were read:")
line("read via a relay (accessed_via)", (s["accessed_via"] != "").sum())
line("url is a relay (url_kind relay)", (s["url_kind"] == "relay").sum())
