"""Merge staging/<topic>/{sources.csv,resources.json} into data/sources.csv and data/datapackage.json,
then validate every resource with notebooks/course.py and Frictionless.

Run from the repository root:  .venv/bin/python staging/merge.py
Idempotent and safe to run by several people at once (it takes a file lock).
"""
import csv
import fcntl
import io
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STAGING = ROOT / "staging"
DATA = ROOT / "data"
sys.path.insert(0, str(ROOT / "notebooks"))

PACKAGE_META = {
    "profile": "tabular-data-package",
    "name": "us-china-tech-decoupling",
    "title": "US-China technology decoupling: a teaching data package",
    "description": "Small, sourced tables behind the notebooks of the collection. Every data row carries a source_id that resolves to data/sources.csv. Estimates are labelled as estimates, with whose.",
    "version": "1.0.0",
    "licenses": [{"name": "CC-BY-4.0", "path": "https://creativecommons.org/licenses/by/4.0/",
                  "title": "Creative Commons Attribution 4.0"}],
    "contributors": [{"title": "The collection's authors", "role": "author"}],
}


def main() -> int:
    lock = open(STAGING / ".lock", "w")
    fcntl.flock(lock, fcntl.LOCK_EX)
    try:
        return merge()
    finally:
        fcntl.flock(lock, fcntl.LOCK_UN)


def merge() -> int:
    topics = sorted(p for p in STAGING.iterdir() if p.is_dir() and not p.name.startswith("."))
    header = None
    sources: dict[str, dict] = {}
    origin: dict[str, str] = {}
    problems = []
    resources = []
    for topic in topics:
        src = topic / "sources.csv"
        if src.exists():
            with src.open(encoding="utf-8", newline="") as f:
                reader = csv.DictReader(f)
                if header is None:
                    header = reader.fieldnames
                if reader.fieldnames != header:
                    problems.append(f"{src}: header {reader.fieldnames} differs from {header}")
                    continue
                for row in reader:
                    sid = row["id"]
                    if sid in sources and sources[sid] != row:
                        if sources[sid]["url"] != row["url"]:
                            problems.append(f"source id {sid!r} defined differently in {origin[sid]} and {topic.name} (different URL)")
                        continue  # same id, same URL: keep the first description
                    sources.setdefault(sid, row)
                    origin.setdefault(sid, topic.name)
        res = topic / "resources.json"
        if res.exists():
            try:
                for r in json.loads(res.read_text(encoding="utf-8")):
                    resources.append({"profile": "tabular-data-resource", **r})
            except json.JSONDecodeError as exc:
                problems.append(f"{res}: invalid JSON: {exc}")
    names = [r["name"] for r in resources]
    dups = {n for n in names if names.count(n) > 1}
    if dups:
        problems.append(f"resource names defined twice: {sorted(dups)}")
    urls: dict[str, str] = {}
    for sid, row in sorted(sources.items()):
        if row["url"] in urls:
            print(f"note: {sid} and {urls[row['url']]} share a URL ({row['url']}); consider one id")
        urls[row["url"]] = sid
    if problems:
        print("\n".join("PROBLEM: " + p for p in problems))
        return 1
    buf = io.StringIO()
    writer = csv.DictWriter(buf, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    for sid in sorted(sources):
        writer.writerow(sources[sid])
    (DATA / "sources.csv").write_text(buf.getvalue(), encoding="utf-8")
    package = dict(PACKAGE_META, resources=resources)
    (DATA / "datapackage.json").write_text(json.dumps(package, indent=2, ensure_ascii=False) + "\n",
                                           encoding="utf-8")
    print(f"wrote data/sources.csv ({len(sources)} sources) and data/datapackage.json ({len(resources)} resources)")
    import subprocess
    subprocess.run([sys.executable, str(ROOT / "tools" / "make_data_dictionary.py")], check=True)
    import course
    failed = 0
    for r in resources:
        try:
            df = course.load(r["name"])
            print(f"  ok   {r['name']}: {len(df)} rows")
        except Exception as exc:  # report them all
            failed += 1
            print(f"  FAIL {r['name']}: {exc}")
    from frictionless import Package
    report = Package(str(DATA / "datapackage.json")).validate()
    if not report.valid:
        failed += 1
        for err in report.flatten(["type", "message"])[:30]:
            print("  frictionless:", err)
    else:
        print("  frictionless: valid")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
