"""Prose that cannot drift, and a fact-check record a reviewer can read.

- A figure caption, a "What it shows" paragraph and a takeaway never type a quantity: numbers that come
  from the data are rendered from the data by a code cell, so strict nbval catches drift.
- Every lesson has a fact-check record, `factcheck/NN.csv` (sentence, section, verdict, source_ids,
  note), whose sentences are found in the lesson as it stands and whose sources resolve.
"""
import csv
import json
import re
from pathlib import Path

import pytest

from test_learners_path import sections
from test_notebooks import LESSONS, cells, nb_id, source

ROOT = Path(__file__).resolve().parent.parent
FACTCHECK = ROOT / "factcheck"
DATA = ROOT / "data"
VERDICTS = {"supported", "fixed", "rendered", "judgement", "unverified", "removed"}

NUMBER = r"\d(?:[\d,]*\d)?(?:\.\d+)?"
UNITS = (r"%|per ?cent\b|×|x\b|bn\b|billion\b|million\b|trillion\b|mn\b|GW\b|GWh\b|TWh\b|km\b"
         r"|points?\b|pp\b|percentage points\b|times\b")
WORDS = r"(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+teen|twenty|thirty|forty|fifty|hundred)"
QUANTITY = re.compile(
    rf"{NUMBER}\s?(?:{UNITS})"                      # 35%, 3.9×, USD 432 bn, 671 billion
    rf"|(?:US\$|\$|€|¥|\bUSD|\bCNY|\bRMB)\s?{NUMBER}"  # $5.6M, USD 4.5
    r"|\b\d{1,3}(?:,\d{3})+\b"                      # 2,048
    rf"|\b{WORDS}\s+times\b",                       # eleven times
    re.I)


def plain(text: str) -> str:
    """Markdown as a reader sees it, enough for matching: links to their text, code and math left out."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    text = re.sub(r"\$\$.*?\$\$|`[^`]*`|\$[^$\n]*\$", " ", text, flags=re.S)
    return text


def prose_cells(path: Path):
    """(where, text) for captions, 'What it shows' paragraphs and takeaways, as typed in markdown."""
    previous = None
    for heading, cs in sections(path):
        for cell in cs:
            text = source(cell)
            if cell["cell_type"] == "markdown":
                drew = previous is not None and any("image/png" in o.get("data", {})
                                                    for o in previous.get("outputs", []))
                if heading.lower().startswith("takeaways"):
                    yield "Takeaways", text
                elif "What it shows" in text or "what it shows" in text:
                    yield f"'What it shows' in {heading!r}", text
                elif drew and text.lstrip().startswith("*"):
                    yield f"caption in {heading!r}", text
            previous = cell


@pytest.mark.parametrize("path", LESSONS, ids=nb_id)
def test_captions_findings_and_takeaways_render_their_numbers(path):
    typed = [(where, m.group(0)) for where, text in prose_cells(path)
             for m in QUANTITY.finditer(plain(text))]
    assert not typed, ("typed quantities where a number must be rendered from the data "
                       f"(a code cell ending in Markdown(f'...')): {typed}")


def test_the_quantity_pattern_catches_what_drifts_and_spares_labels():
    caught = ["35% of responses", "3.9× the power", "USD 432 bn", "671 billion", "$5.6M",
              "2,048 GPUs", "about eleven times", "2.7 percentage points"]
    spared = ["in 2022", "7 nm", "N+2", "row Y10", "on 2025-05-13", "exercise 03.2", "Mate 70",
              "Llama 3.1 405B"]
    assert all(QUANTITY.search(s) for s in caught), [s for s in caught if not QUANTITY.search(s)]
    assert not any(QUANTITY.search(s) for s in spared), [s for s in spared if QUANTITY.search(s)]


# ---------------------------------------------------------------- the fact-check record

def record_name(path: Path) -> str:
    return path.name.split("_")[0]


def read_record(name: str) -> list[dict]:
    with open(FACTCHECK / f"{name}.csv", newline="", encoding="utf-8") as f:
        return list(csv.DictReader(f))


def squash(text: str) -> str:
    """For matching a recorded sentence: links to their text, emphasis and backticks dropped, spaces
    collapsed (so a sentence copied from the markdown or from the rendered page both match)."""
    text = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", text)
    return re.sub(r"\s+", " ", re.sub(r"[*`]", "", text)).strip()


def lesson_text(path: Path) -> str:
    """Everything a student reads: markdown sources and the text code cells print or display."""
    parts = []
    for cell in cells(path):
        if cell["cell_type"] == "markdown":
            parts.append(source(cell))
            continue
        for out in cell.get("outputs", []):
            data = out.get("data", {})
            for kind in ("text/markdown", "text/plain"):
                if kind in data:
                    parts.append("".join(data[kind]))
            if out.get("output_type") == "stream":
                parts.append("".join(out["text"]))
    return squash("\n".join(parts))


def digits_as_hash(text: str) -> str:
    return re.sub(r"\d[\d,.]*\d|\d", "#", text)


def source_ids() -> set[str]:
    with open(DATA / "sources.csv", newline="", encoding="utf-8") as f:
        return {row["id"] for row in csv.DictReader(f)}


def tables() -> set[str]:
    return {p.stem for p in DATA.glob("*.csv")}


def check_rows(rows: list[dict], text: str, label: str):
    known, names = source_ids(), tables()
    hashed = digits_as_hash(text)   # a rendered sentence is found whatever numbers the data now give it
    assert rows, f"{label}: the record is empty"
    assert list(rows[0]) == ["sentence", "section", "verdict", "source_ids", "note"], f"{label}: columns"
    problems = []
    for i, row in enumerate(rows, start=2):
        where = f"{label} line {i}"
        if row["verdict"] not in VERDICTS:
            problems.append(f"{where}: verdict {row['verdict']!r}")
        refs = [r.strip() for r in row["source_ids"].split(";") if r.strip()]
        if not refs and row["verdict"] not in {"judgement", "removed", "unverified"}:
            problems.append(f"{where}: no source for a {row['verdict']} sentence")
        for ref in refs:
            ok = ref[5:] in names if ref.startswith("data:") else ref in known
            if not ok:
                problems.append(f"{where}: {ref!r} is neither a source id nor data:<table>")
        if row["verdict"] in {"fixed", "removed", "unverified"} and not row["note"].strip():
            problems.append(f"{where}: a {row['verdict']} sentence needs a note saying what was wrong")
        sentence = squash(row["sentence"])
        if row["verdict"] != "removed" and sentence not in text and digits_as_hash(sentence) not in hashed:
            problems.append(f"{where}: sentence not found as it stands: {sentence[:80]!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("path", LESSONS, ids=nb_id)
def test_every_lesson_has_a_fact_check_record_that_matches_it(path):
    name = record_name(path)
    assert (FACTCHECK / f"{name}.csv").exists(), f"no fact-check record factcheck/{name}.csv"
    check_rows(read_record(name), lesson_text(path), f"factcheck/{name}.csv")


def test_glossary_record_matches_the_glossary():
    text = squash((ROOT / "notebooks" / "GLOSSARY.md").read_text(encoding="utf-8"))
    check_rows(read_record("glossary"), text, "factcheck/glossary.csv")


def test_ledger_record_matches_the_ledger():
    with open(DATA / "claims.csv", newline="", encoding="utf-8") as f:
        text = squash(" \n".join(" \n".join(row.values()) for row in csv.DictReader(f)))
    check_rows(read_record("ledger"), text, "factcheck/ledger.csv")


IMPERATIVE = re.compile(r"(Ask|Argue|Budget|Change|Compute|Divide|Draw|Find|Give|Look|Make|Merge|Pick|Put|Read|"
                        r"Redraw|Try|Use|Widen|Skip|Now|Using)\b")
QUOTATION = re.compile(r"[\"“][^\"”]*\s[^\"”]*\s[^\"”]*[\"”]")   # three words or more in quotation marks
YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def claims_with_numbers_or_quotes(path: Path) -> list[str]:
    """Sentences of a lesson's prose that state a quantity, name a year or quote three words or more.

    Left out: "At a glance", headings, navigation, tables, maths, exercise stems and their options, blocks
    that show code, questions and instructions (a sentence opening with an imperative verb)."""
    found = []
    for cell in cells(path):
        if cell["cell_type"] != "markdown" or "## At a glance" in source(cell):
            continue
        for block in re.split(r"\n\s*\n|\n(?=\s*(?:[-*] |\d+\. ))", source(cell)):
            if ("`" in block or re.match(r"\s*\*\*\d\d[a-z]?\.\d", block)
                    or block.lstrip().startswith(("#", "[", "$$", "|", "<"))):
                continue
            block = re.sub(r"^\s*(?:[-*] |\d+\. )", "", block)
            if re.match(r"\s*\**[a-e]\**[ )]", block):          # an option of a multiple-choice item
                continue
            for sentence in re.split(r"(?<=[.!?])\s+(?=[A-Z\"“(*>])", squash(block)):
                text = plain(sentence).lstrip("> ")
                if (len(text) < 40 or text.rstrip().endswith("?") or IMPERATIVE.match(text)):
                    continue
                if QUANTITY.search(text) or YEAR.search(text) or QUOTATION.search(text):
                    found.append(sentence)
    return found


@pytest.mark.parametrize("path", LESSONS, ids=nb_id)
def test_sentences_with_numbers_years_or_quotes_are_in_the_record(path):
    """A floor for completeness: the sentences most likely to drift or to say too much are recorded.

    A sentence counts as recorded when its first 40 characters (links, emphasis and backticks dropped)
    occur in the record, or when a recorded row of 40 characters or more is part of it (a clause recorded
    on its own)."""
    rows = [squash(r["sentence"]) for r in read_record(record_name(path))]
    recorded = " ".join(rows)

    def is_recorded(sentence: str) -> bool:
        text = squash(sentence).lstrip("> ")
        return text[:40] in recorded or any(len(row) >= 40 and row in text for row in rows)

    missing = [s[:90] for s in claims_with_numbers_or_quotes(path) if not is_recorded(s)]
    assert not missing, f"{len(missing)} sentences with numbers, years or quotes not in the record: {missing}"


def test_seminar_record_matches_the_seminar_kit():
    files = [ROOT / "seminar" / "INSTRUCTOR_GUIDE.md", *sorted((ROOT / "seminar" / "handouts").glob("*.md")),
             ROOT / "notebooks" / "solutions" / "model_answers.md"]
    text = squash("\n".join(p.read_text(encoding="utf-8") for p in files))
    check_rows(read_record("seminar"), text, "factcheck/seminar.csv")
