"""Write data/README.md, the human-readable data dictionary, from data/datapackage.json.

    python tools/make_data_dictionary.py          # rewrite data/README.md
    python tools/make_data_dictionary.py --check  # exit 1 if data/README.md is out of date

The dictionary is generated, never edited by hand, so it cannot drift from the package
(tests/test_data.py runs the check).
"""
import csv
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"

INTRO = """# Data dictionary

*Generated from `datapackage.json` by `tools/make_data_dictionary.py`: do not edit by hand.*

Every table is a small CSV in this folder, described in the
[Frictionless Data Package](https://specs.frictionlessdata.io/data-package/) `datapackage.json`
(field types, units, allowed values, primary keys, and a foreign key from each row's `source_id`
to `sources.csv`). The tests validate the package and load every table with `notebooks/course.py`,
which stops with the file, line and column of any bad value.

Conventions:
- Column names are snake_case with the unit in the name (`revenue_cny_bn`, `share_pct`).
- Dates are ISO 8601. Where a source gives only the month or the year, the date is written at that
  precision (`2024-12`, `2024`) and the column is a string with the pattern
  `\\d{4}(-\\d{2}(-\\d{2})?)?`; no day is ever invented.
  `course.partial_dates()` turns such a column into the first day of the period plus a precision label.
- `source_id` names the source a row comes from; `corroborating_source_ids` (separated by `;`)
  names others that confirm it. Both must be ids in `sources.csv`.
- Estimates are labelled as estimates, with whose, in the table's own columns.
- Raw facts only: shares, ratios and other derived values are computed in the notebooks.

Licence: CC BY 4.0 for the tables as compiled here; the underlying figures belong to their sources.
"""


def rows_in(path: Path) -> int:
    with path.open(encoding="utf-8", newline="") as f:
        return max(sum(1 for _ in csv.reader(f)) - 1, 0)


def render(package: dict) -> str:
    out = [INTRO, "## Tables\n", "| table | file | rows | what it holds |", "|---|---|---|---|"]
    for res in package["resources"]:
        path = DATA / res["path"]
        n = rows_in(path) if path.exists() else "missing"
        out.append(f"| [{res['name']}](#{res['name']}) | `{res['path']}` | {n} | "
                   f"{res.get('title', '')} |")
    for res in package["resources"]:
        schema = res["schema"]
        key = schema.get("primaryKey", [])
        key = [key] if isinstance(key, str) else key
        out += ["", f"## {res['name']}", "", res.get("description", "").strip(), "",
                f"File `{res['path']}`; primary key: {', '.join(f'`{k}`' for k in key) or 'none'}.", "",
                "| column | type | unit | description | constraints |", "|---|---|---|---|---|"]
        for f in schema["fields"]:
            cons = f.get("constraints", {})
            parts = []
            if cons.get("required"):
                parts.append("required")
            if "enum" in cons:
                parts.append("one of " + ", ".join(f"`{v}`" for v in cons["enum"]))
            if "pattern" in cons:
                parts.append(f"pattern `{cons['pattern']}`")
            for bound in ("minimum", "maximum"):
                if bound in cons:
                    parts.append(f"{bound} {cons[bound]}")
            desc = f.get("description", "").replace("|", "\\|").replace("\n", " ")
            out.append(f"| `{f['name']}` | {f.get('type', 'string')} | {f.get('unit', '')} | {desc} | "
                       f"{'; '.join(parts).replace('|', chr(92) + '|')} |")
        fks = schema.get("foreignKeys", [])
        if fks:
            out += [""] + [f"Foreign key: `{fk['fields']}` → `{fk['reference']['resource']}."
                           f"{fk['reference']['fields']}`." for fk in fks]
    return "\n".join(out) + "\n"


def main(argv: list[str]) -> int:
    package = json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))
    text = render(package)
    target = DATA / "README.md"
    if "--check" in argv:
        if not target.exists() or target.read_text(encoding="utf-8") != text:
            print("data/README.md is out of date: run python tools/make_data_dictionary.py")
            return 1
        return 0
    target.write_text(text, encoding="utf-8")
    print(f"wrote data/README.md ({len(package['resources'])} tables)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
