"""The claims ledger (data/claims.csv): covers every claim of the commentary, gives a verdict at two dates,
every piece of evidence resolves to an existing source, notebook or data row, and notebook 08 never
shows our verdicts before the student has scored."""
import json
import re
from pathlib import Path

import pandas as pd

import course

ROOT = Path(__file__).resolve().parent.parent
LEDGER = course.load("claims")
SOURCE_IDS = set(course.sources_table()["id"])
VERDICTS = {"supported", "partly_supported", "contested", "not_supported", "not_testable"}
VERDICT_COLUMNS = ("verdict_2025_01_30", "verdict_2026_11_29")
CONDITION = {"yes", "partly", "no", "not_yet_known"}
NOTEBOOK = ROOT / "notebooks" / "08_verdict.ipynb"


def test_the_ledger_covers_at_least_the_issue_claims():
    assert len(LEDGER) >= 12
    assert LEDGER["claim_id"].is_unique
    text = " ".join(LEDGER["claim"]).lower()
    quotes = " ".join(LEDGER["quote"].fillna("")).lower()
    for topic in ("backfiring", "deepseek", "huawei", "break", "gap", "small yard", "tit-for-tat",
                  "five of 13", "commercial aircraft", "smic", "learn by doing", "decoupling", "complacent"):
        assert topic in text or topic in quotes, f"no claim about {topic!r}"


def test_every_claim_has_two_verdicts_and_evidence_both_ways():
    for _, row in LEDGER.iterrows():
        for col in VERDICT_COLUMNS:
            assert row[col] in VERDICTS, f"{row['claim_id']}: {col} is {row[col]!r}"
        assert row["change_condition_met"] in CONDITION
        for col in ("evidence_for", "evidence_against", "verdict_reason", "what_would_change_it",
                    "change_condition_evidence", "what_changed"):
            assert len(row[col]) > 20, f"{row['claim_id']}: {col} is empty or too short"


def test_a_verdict_that_moved_says_which_rows_moved_it():
    moved = LEDGER[LEDGER["verdict_2025_01_30"] != LEDGER["verdict_2026_11_29"]]
    for _, row in moved.iterrows():
        assert pd.notna(row["changed_by_rows"]) and row["changed_by_rows"], \
            f"{row['claim_id']}: the verdict moved but changed_by_rows is empty"


def _resolve(ref: str) -> int:
    """How many rows a reference such as control_events:US-38, smic_financials:2025|capex_usd_bn or
    huawei_key_dates:date=2025-12-17 picks out (0 when it resolves to nothing)."""
    table, _, key = ref.partition(":")
    frame = pd.read_csv(ROOT / "data" / f"{table}.csv", dtype=str, keep_default_na=False)
    column, eq, value = key.partition("=")
    if eq and column in frame.columns:
        return int((frame[column] == value).sum())
    resource = next(r for r in course.read_package()["resources"] if r["name"] == table)
    primary = resource["schema"]["primaryKey"]
    primary = [primary] if isinstance(primary, str) else primary
    parts = key.split("|")
    assert len(parts) <= len(primary), f"{ref}: more key values than {table}'s key {primary}"
    mask = pd.Series(True, index=frame.index)
    for name, part in zip(primary, parts):
        mask &= frame[name] == part
    return int(mask.sum())


def test_every_changed_by_rows_reference_resolves_to_a_row():
    tables = {r["name"] for r in course.read_package()["resources"]}
    refs = 0
    for _, row in LEDGER.iterrows():
        if pd.isna(row["changed_by_rows"]) or not row["changed_by_rows"]:
            continue
        for ref in row["changed_by_rows"].split(";"):
            table = ref.partition(":")[0]
            assert table in tables, f"{row['claim_id']}: {ref!r} names no table of the data package"
            assert _resolve(ref) >= 1, f"{row['claim_id']}: {ref!r} matches no row"
            refs += 1
    assert refs >= 10


def test_the_resolver_rejects_a_missing_row():
    assert _resolve("control_events:US-38") == 1
    assert _resolve("control_events:US-999") == 0
    assert _resolve("huawei_key_dates:date=1900-01-01") == 0


def test_every_evidence_source_and_notebook_exists():
    for _, row in LEDGER.iterrows():
        for col in ("evidence_for_source_ids", "evidence_against_source_ids"):
            for sid in row[col].split(";"):
                assert sid in SOURCE_IDS, f"{row['claim_id']}: {col} names unknown source {sid!r}"
        for nb in [row["notebook"], *row["evidence_notebooks"].split(";")]:
            assert (ROOT / "notebooks" / f"{nb}.ipynb").exists(), f"{row['claim_id']}: no notebook {nb}"


def test_the_commentarys_inconsistency_is_in_the_ledger():
    """It calls China competitive in commercial aircraft; Bloomberg's tally puts aircraft behind."""
    aircraft = LEDGER[LEDGER["claim"].str.contains("commercial aircraft")]
    assert len(aircraft) == 1
    assert set(aircraft[list(VERDICT_COLUMNS)].iloc[0]) == {"not_supported"}
    tally = course.load("bloomberg_tally")
    assert tally.loc[tally["technology"] == "Commercial aircraft", "status"].tolist() == ["lagging"]


# ------------------------------------------------------------------ score first, then see ours

def _cells():
    return json.loads(NOTEBOOK.read_text(encoding="utf-8"))["cells"]


def _text(value) -> str:
    return "".join(value) if isinstance(value, list) else str(value)


READS_VERDICTS = re.compile(r"verdict_20\d\d|\[\s*[\"']verdict[\"']\s*\]|\.verdict\b|VERDICT_COLUMNS")


def test_no_committed_output_of_08_shows_our_verdicts():
    """Students score first: no output committed in 08 may show a verdict value or the verdict columns."""
    shown = re.compile(r"partly[_ ]supported|not[_ ]supported|not[_ ]testable|\bcontested\b|verdict_20\d\d",
                       re.I)
    for i, cell in enumerate(_cells()):
        for out in cell.get("outputs", []):
            blob = _text(out.get("text", "")) + json.dumps(
                {k: v for k, v in out.get("data", {}).items() if not k.startswith("image/")})
            assert not shown.search(blob), f"cell {i}: a committed output shows a verdict: {shown.search(blob).group()}"


def test_every_cell_that_reads_a_verdict_is_a_deferred_reveal():
    """A code cell that reads a verdict column is tagged nbval-skip and committed unexecuted with no output."""
    readers = 0
    for i, cell in enumerate(_cells()):
        if cell["cell_type"] != "code" or not READS_VERDICTS.search(_text(cell["source"])):
            continue
        readers += 1
        tags = cell.get("metadata", {}).get("tags", [])
        assert "nbval-skip" in tags, f"cell {i} reads a verdict column but is not tagged nbval-skip"
        assert not cell.get("outputs") and cell.get("execution_count") is None, \
            f"cell {i} reads a verdict column but is committed with an output"
    assert readers >= 2, "no reveal cells found: does 08 still show our verdicts?"


def test_the_solutions_notebook_runs_the_reveal_code():
    """The reveal code is tested where strict nbval compares it: the solutions notebook executes it."""
    sol = json.loads((ROOT / "notebooks" / "solutions" / "08_verdict_solutions.ipynb").read_text(encoding="utf-8"))
    executed = [c for c in sol["cells"] if c["cell_type"] == "code" and READS_VERDICTS.search(_text(c["source"]))]
    assert executed and all(c.get("execution_count") for c in executed), "the solutions notebook does not run the reveal"
    lesson = [_text(c["source"]) for c in _cells()
              if c["cell_type"] == "code" and "nbval-skip" in c.get("metadata", {}).get("tags", [])]
    solved = [_text(c["source"]) for c in sol["cells"] if c["cell_type"] == "code"]
    missing = [src.splitlines()[0] for src in lesson if src not in solved]
    assert not missing, f"reveal cells of 08 not run verbatim in its solutions notebook: {missing}"


# ------------------------------------------------------------------ figures in the text follow the data

TEXT_COLUMNS = ("claim", "evidence_for", "evidence_against", "verdict_reason", "what_would_change_it",
                "change_condition_evidence", "what_changed")
# A typed quantity: a currency before a number, a number before %, ×, bn, billion, million, trn,
# trillion or M, or any decimal. Years and counts are not quantities.
QUANTITY = re.compile(r"(?:US\$|USD|CNY|\$)\s?(\d[\d,]*(?:\.\d+)?)"
                      r"|(\d[\d,]*(?:\.\d+)?)\s?(?:%|×|bn\b|billion\b|million\b|trn\b|trillion\b|M\b)"
                      r"|\b(\d+\.\d+)\b")
NAMES = ("Llama 3.1 405B", "HarmonyOS 4.3")  # names that contain a decimal, not quantities
# Figures that are not a value of a row: computed from rows, or quoted from a source.
# (claim, figure as written) -> where it comes from, with the table or source id.
NOT_A_ROW_VALUE = {
    ("C11", "1%"): "computed: aircraft_deliveries, 10 C919s of 877 narrow-bodies (10 + 602 + 265) in 2024",
    ("C13", "23%"): "computed: notebook 06's Wright's-law fit to experience_curve (owid-2020-solar-pv-module-costs)",
}
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")


def _numbers_in_rows(refs: list[str]) -> list[float]:
    """Every number in every cell (values and notes) of the rows the references pick out."""
    numbers = []
    for ref in refs:
        table, _, key = ref.partition(":")
        frame = pd.read_csv(ROOT / "data" / f"{table}.csv", dtype=str, keep_default_na=False)
        column, eq, value = key.partition("=")
        if eq and column in frame.columns:
            rows = frame[frame[column] == value]
        else:
            resource = next(r for r in course.read_package()["resources"] if r["name"] == table)
            primary = resource["schema"]["primaryKey"]
            primary = [primary] if isinstance(primary, str) else primary
            mask = pd.Series(True, index=frame.index)
            for name, part in zip(primary, key.split("|")):
                mask &= frame[name] == part
            rows = frame[mask]
        for cell in rows.to_numpy().ravel():
            numbers += [float(n.replace(",", "")) for n in NUMBER.findall(str(cell))]
    return numbers


def _found(written: str, numbers: list[float], percent: bool) -> bool:
    """The figure equals a number of the rows rounded as written (in bn, m or trn as the row has it),
    or, for a percentage, a ratio of two of them."""
    value = float(written.replace(",", ""))
    places = len(written.partition(".")[2])
    scaled = [n * s for n in numbers for s in (1, 1e-3, 1e3, 1e-6, 1e6)]
    if any(round(n, places) == value for n in scaled):
        return True
    return percent and any(b and round(100 * a / b, places) == value for a in numbers for b in numbers)


def _quantities(text: str):
    for name in NAMES:
        text = text.replace(name, "")
    for m in QUANTITY.finditer(text):
        yield m.group(0).strip(), next(g for g in m.groups() if g), m.group(0).rstrip().endswith("%")


def test_figures_from_references_resolve():
    for _, row in LEDGER.iterrows():
        for ref in [r for r in str(row["figures_from"] if pd.notna(row["figures_from"]) else "").split(";") if r]:
            assert _resolve(ref) >= 1, f"{row['claim_id']}: figures_from {ref!r} matches no row"


def test_every_figure_in_the_ledger_text_is_in_its_rows():
    """A figure typed in a claim's text must be a value of the rows named in figures_from or changed_by_rows,
    at the precision written, so that a change in the data the text does not follow fails here."""
    missing = []
    for _, row in LEDGER.iterrows():
        refs = [r for col in ("figures_from", "changed_by_rows") if pd.notna(row[col])
                for r in row[col].split(";") if r]
        numbers = _numbers_in_rows(refs)
        for col in TEXT_COLUMNS:
            for shown, number, percent in _quantities(row[col]):
                if (row["claim_id"], shown) in NOT_A_ROW_VALUE or (row["claim_id"], number + "%") in NOT_A_ROW_VALUE:
                    continue
                if not _found(number, numbers, percent):
                    missing.append(f"{row['claim_id']} {col}: {shown!r}")
    assert not missing, "figures not found in the rows the claim names:\n" + "\n".join(missing)


def test_the_figure_check_catches_drift():
    numbers = _numbers_in_rows(["smic_financials:2025|capacity_utilisation_pct"])
    assert _found("93.5", numbers, True)
    assert not _found("92.5", numbers, True)
    assert _found("1.6", _numbers_in_rows(["ai_training_costs:DeepSeek (company)|hardware capex"]), False)
