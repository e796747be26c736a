"""The seminar handouts as an instructor prints them: built to HTML and PDF (Chromium's print), with
the scoring sheet free of our verdicts. The PDFs are kept in test-artifacts/handouts/ to look at.

Opt-in with the browser group: ``RUN_BROWSER_TESTS=1`` (``.ci/run`` sets it).
"""
import re
import shutil
import sys

from clientkit import ARTIFACTS, ROOT, opt_in

sys.path.insert(0, str(ROOT / "tools"))
import build_handouts  # noqa: E402

pytestmark = opt_in("RUN_BROWSER_TESTS", "handouts printed by headless Chromium")


def pdf_pages(data: bytes) -> int:
    return len(re.findall(rb"/Type\s*/Page(?!s)", data))


def test_handouts_build_to_html_and_pdf(tmp_path):
    built = build_handouts.build(tmp_path)
    names = {p.name for p in built}
    for stem in ("claims_scoring_sheet", "reading_list", "rubrics"):
        assert f"{stem}.html" in names and f"{stem}.pdf" in names, f"{stem} was not built"
    keep = ARTIFACTS / "handouts"
    shutil.rmtree(keep, ignore_errors=True)
    keep.mkdir(parents=True)
    for p in built:
        shutil.copy(p, keep / p.name)
        if p.suffix == ".pdf":
            pages = pdf_pages(p.read_bytes())
            assert 1 <= pages <= 12, f"{p.name}: {pages} pages"


def test_scoring_sheet_has_every_claim_and_none_of_our_verdicts(tmp_path):
    html = build_handouts.scoring_sheet()
    claims = build_handouts.course.load("claims")
    for cid in claims["claim_id"]:
        assert f"<b>{cid}</b>" in html
    for col in [c for c in claims.columns if c.startswith("verdict")]:
        for reason in claims[col].dropna().astype(str):
            if len(reason) > 25:  # verdict reasons: never on the sheet
                assert reason[:25] not in html


def test_reading_list_names_the_original_and_pieces_arguing_other_ways():
    text = (ROOT / "seminar" / "handouts" / "reading_list.md").read_text(encoding="utf-8")
    assert "channelnewsasia.com/commentary/deepseek-huawei-us-tech-restrictions" in text
    entries = re.findall(r"^\d+\. \*\*", text, re.M)
    assert 4 <= len(entries) - 1 <= 6, "three to five pieces arguing other ways, beside the original"
    for block in re.split(r"^\d+\. ", text, flags=re.M)[1:]:
        assert re.search(r"<https?://", block) and "*Why:*" in block, block[:80]
