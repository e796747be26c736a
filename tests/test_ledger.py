"""The claims ledger (data/claims.csv): covers every claim of the commentary, and every piece of
evidence resolves to an existing source and an existing notebook."""
from pathlib import Path

import course

ROOT = Path(__file__).resolve().parent.parent
LEDGER = course.load("claims")
SOURCE_IDS = set(course.sources_table()["id"])
VERDICTS = {"supported", "partly_supported", "contested", "not_supported", "not_testable"}


def test_the_ledger_covers_at_least_the_issue_claims():
    assert len(LEDGER) >= 12
    assert LEDGER["claim_id"].is_unique
    text = " ".join(LEDGER["claim"]).lower()
    for topic in ("backfiring", "deepseek", "huawei", "complete", "gap", "small yard", "tit-for-tat",
                  "five of 13", "commercial aircraft", "smic", "learn by doing", "decoupling", "complacent"):
        assert topic in text or topic in " ".join(LEDGER["quote"]).lower(), f"no claim about {topic!r}"


def test_every_claim_has_a_verdict_and_evidence_both_ways():
    for _, row in LEDGER.iterrows():
        assert row["verdict"] in VERDICTS
        for col in ("evidence_for", "evidence_against", "verdict_reason", "what_would_change_it"):
            assert len(row[col]) > 20, f"{row['claim_id']}: {col} is empty or too short"


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
    assert len(aircraft) == 1 and aircraft["verdict"].iloc[0] == "not_supported"
    tally = course.load("bloomberg_tally")
    assert tally.loc[tally["technology"] == "Commercial aircraft", "status"].tolist() == ["lagging"]
