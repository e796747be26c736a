"""Estimate a notebook's self-study time by the method stated in CONTRIBUTING.md.

    minutes = words of prose / 200            (reading at about 200 words a minute)
            + lines of code / 15              (reading code, about 15 lines a minute)
            + 1 per figure                    (looking at it and reading the sentence after it)
            + 3 / 6 / 10 per exercise         (easy / medium / hard, by its label)

Sections whose heading says "Going deeper" (optional) are left out and reported apart.
Run: python tools/estimate_minutes.py [notebooks/NN_topic.ipynb ...]
"""
from __future__ import annotations

import json
import math
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EXERCISE_MINUTES = {"easy": 3, "medium": 6, "hard": 10}
LABEL = re.compile(r"\*\*(\d\d[a-z]?\.\d+)\*\*[^\n]*?\b(easy|medium|hard)\b", re.I)


def _src(cell: dict) -> str:
    s = cell.get("source", "")
    return "".join(s) if isinstance(s, list) else s


def estimate(path: Path) -> dict:
    """Minutes for the core path and for optional "going deeper" sections, with the parts."""
    cells = json.loads(Path(path).read_text(encoding="utf-8"))["cells"]
    parts = {"core": {"words": 0, "code_lines": 0, "figures": 0, "exercises": {}},
             "optional": {"words": 0, "code_lines": 0, "figures": 0, "exercises": {}}}
    where = "core"
    for cell in cells:
        text = _src(cell)
        if cell["cell_type"] == "markdown":
            heading = re.match(r"^(#{1,2}) (.*)", text)
            if heading:
                where = "optional" if re.search(r"going deeper", heading.group(2), re.I) else "core"
            prose = re.sub(r"\]\([^)]*\)", "]", text)       # link targets are not read
            prose = re.sub(r"<[^>]+>", " ", prose)
            parts[where]["words"] += len(re.findall(r"[\w’'-]+", prose))
            for ex, level in LABEL.findall(text):
                parts[where]["exercises"][ex] = level.lower()
        elif cell["cell_type"] == "code":
            parts[where]["code_lines"] += sum(1 for line in text.splitlines() if line.strip())
            if any("image/png" in (o.get("data") or {}) for o in cell.get("outputs", [])):
                parts[where]["figures"] += 1
    out = {}
    for key, p in parts.items():
        minutes = (p["words"] / 200 + p["code_lines"] / 15 + p["figures"]
                   + sum(EXERCISE_MINUTES[v] for v in p["exercises"].values()))
        out[key] = {**p, "minutes": math.ceil(minutes)}
    return out


def main(paths: list[str]) -> None:
    paths = paths or sorted(str(p) for p in (ROOT / "notebooks").glob("[0-9][0-9]*_*.ipynb"))
    print(f"{'notebook':45} {'words':>6} {'code':>5} {'figs':>4} {'ex':>3} {'min':>4} {'optional min':>12}")
    for path in paths:
        e = estimate(Path(path))
        c = e["core"]
        print(f"{Path(path).name:45} {c['words']:6} {c['code_lines']:5} {c['figures']:4} "
              f"{len(c['exercises']):3} {c['minutes']:4} {e['optional']['minutes']:12}")


if __name__ == "__main__":
    main(sys.argv[1:])
