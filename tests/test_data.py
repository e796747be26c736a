"""The data package: valid, complete, every row sourced, and documented without drift."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from frictionless import Package

import course

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"
PACKAGE = json.loads((DATA / "datapackage.json").read_text(encoding="utf-8"))
RESOURCES = [r["name"] for r in PACKAGE["resources"]]
DATA_RESOURCES = [r for r in PACKAGE["resources"] if r["name"] != "sources"]


def test_frictionless_validates_the_package():
    """Types, constraints, primary keys and the foreign keys to sources.csv, checked by Frictionless."""
    report = Package(str(DATA / "datapackage.json")).validate()
    errors = report.flatten(["rowNumber", "fieldName", "message"])
    assert report.valid, "\n".join(map(str, errors[:20]))


@pytest.mark.parametrize("name", RESOURCES)
def test_every_table_loads_with_the_helper(name):
    df = course.load(name)
    assert len(df) > 0, f"{name} is empty"


def test_every_csv_is_described_and_every_description_has_a_file():
    described = {r["path"] for r in PACKAGE["resources"]}
    on_disk = {p.name for p in DATA.glob("*.csv")}
    assert on_disk - described == set(), f"CSV files not in datapackage.json: {on_disk - described}"
    assert described - on_disk == set(), f"datapackage.json names missing files: {described - on_disk}"


@pytest.mark.parametrize("res", DATA_RESOURCES, ids=lambda r: r["name"])
def test_every_table_is_keyed_sourced_and_described(res):
    schema = res["schema"]
    names = [f["name"] for f in schema["fields"]]
    assert schema.get("primaryKey"), f"{res['name']}: no primaryKey"
    assert "source_id" in names, f"{res['name']}: no source_id column"
    source_field = next(f for f in schema["fields"] if f["name"] == "source_id")
    assert source_field.get("constraints", {}).get("required"), f"{res['name']}: source_id not required"
    assert {"fields": "source_id", "reference": {"resource": "sources", "fields": "id"}} in \
        schema.get("foreignKeys", []), f"{res['name']}: no foreign key from source_id to sources.id"
    for f in schema["fields"]:
        assert re.fullmatch(r"[a-z][a-z0-9_]*", f["name"]), f"{res['name']}.{f['name']}: not snake_case"
        assert f.get("description"), f"{res['name']}.{f['name']}: no description"
    assert res.get("description"), f"{res['name']}: no description"


def test_every_source_has_a_url_and_a_note():
    src = course.sources_table()
    assert src["url"].str.match(r"https?://").all()
    assert src["note"].str.len().gt(10).all()
    assert src["id"].is_unique


def test_every_source_is_used():
    """Nothing in the sources table is dead weight: each id backs a data row or is cited in a notebook."""
    used = set()
    for name in RESOURCES:
        if name != "sources":
            df = course.load(name)
            for col in [c for c in df.columns if c == "source_id" or c.endswith(("source_ids", "verified_in"))]:
                used.update(df[col].dropna().str.split(";").explode().str.strip())
    notebooks = " ".join(p.read_text(encoding="utf-8") for p in (ROOT / "notebooks").rglob("*.ipynb"))
    unused = sorted(i for i in set(course.sources_table()["id"]) - used if i not in notebooks)
    assert not unused, f"sources not used by any table or notebook: {unused}"


def test_data_dictionary_is_up_to_date():
    result = subprocess.run([sys.executable, str(ROOT / "tools" / "make_data_dictionary.py"), "--check"],
                            capture_output=True, text=True)
    assert result.returncode == 0, result.stdout + result.stderr


def test_data_files_stay_small():
    for path in DATA.iterdir():
        assert path.stat().st_size < 300_000, f"{path.name} is {path.stat().st_size} bytes"
