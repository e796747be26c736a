"""Build the seminar handouts as HTML and PDF, ready to print or share.

    .venv/bin/python tools/build_handouts.py         # -> build/handouts/*.html and *.pdf

- The claims scoring sheet is made from data/claims.csv (claim and notebook only: never our verdicts),
  with room for the student's verdict and evidence.
- Every other handout is a Markdown file in seminar/handouts/ (reading list, rubrics, ...).
- PDFs are printed by Chromium (Debian's package, driven by Playwright: no browser download), A4.
The HTML files need nothing but a browser; the PDFs nothing at all.
"""
from __future__ import annotations

import html
import os
import shutil
import sys
from pathlib import Path

import mistune

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "notebooks"))
import course  # noqa: E402

SRC = ROOT / "seminar" / "handouts"
OUT = ROOT / "build" / "handouts"
SCALE = ["supported", "partly supported", "contested", "not supported", "not testable"]
STYLE = """
body { font-family: "DejaVu Sans", Arial, sans-serif; font-size: 10.5pt; line-height: 1.4; margin: 0; color: #222; }
h1 { font-size: 17pt; margin: 0 0 4pt; } h2 { font-size: 13pt; margin: 14pt 0 4pt; } h3 { font-size: 11pt; }
table { border-collapse: collapse; width: 100%; } td, th { border: 1px solid #999; padding: 4pt; vertical-align: top; }
th { background: #eee; text-align: left; } a { color: #0b5394; word-break: break-all; }
.claim { page-break-inside: avoid; border: 1px solid #999; padding: 6pt 8pt; margin: 0 0 8pt; }
.claim p { margin: 0 0 4pt; } .boxes span { margin-right: 12pt; white-space: nowrap; }
.lines { border-bottom: 1px solid #bbb; height: 16pt; }
.meta { color: #555; font-size: 9pt; }
"""


def page(title: str, body: str) -> str:
    return (f"<!doctype html><html lang='en'><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
            f"<style>{STYLE}</style></head><body>{body}</body></html>")


def scoring_sheet() -> str:
    claims = course.load("claims")
    rows = []
    for _, c in claims.iterrows():
        boxes = "".join(f"<span>☐ {s}</span>" for s in SCALE)
        rows.append(
            f"<div class='claim'><p><b>{c['claim_id']}</b> · {html.escape(c['claim'])}</p>"
            f"<p class='meta'>Evidence in notebook {html.escape(c['notebook'].split('_')[0])}</p>"
            f"<p class='boxes'>My verdict: {boxes}</p>"
            "<p>The strongest evidence (table, figure or source id):</p><div class='lines'></div>"
            "<p>What would change my mind:</p><div class='lines'></div></div>")
    intro = ("<h1>Claims scoring sheet</h1><p class='meta'>Are US tech restrictions on China backfiring? "
             "Score each claim before you open notebook 08, then compare your verdicts with ours. "
             f"Name: ____________________ &nbsp; Date: ____________</p>")
    return page("Claims scoring sheet", intro + "".join(rows))


def from_markdown(path: Path) -> str:
    text = path.read_text(encoding="utf-8")
    title = next((line[2:] for line in text.splitlines() if line.startswith("# ")), path.stem)
    return page(title, mistune.html(text))


def to_pdf(pages: list[Path]) -> list[Path]:
    """Print each HTML page to an A4 PDF with headless Chromium."""
    from playwright.sync_api import sync_playwright
    chromium = os.environ.get("CHROMIUM") or shutil.which("chromium") or "/usr/bin/chromium"
    out = []
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=chromium, headless=True, args=["--no-sandbox"])
        context = browser.new_context(offline=True)
        tab = context.new_page()
        for p in pages:
            tab.goto(p.as_uri())
            pdf = p.with_suffix(".pdf")
            tab.pdf(path=str(pdf), format="A4", print_background=True,
                    margin={"top": "16mm", "bottom": "16mm", "left": "16mm", "right": "16mm"})
            out.append(pdf)
        browser.close()
    return out


def build(out: Path = OUT, pdf: bool = True) -> list[Path]:
    out.mkdir(parents=True, exist_ok=True)
    pages = {"claims_scoring_sheet": scoring_sheet()}
    for md in sorted(p for p in SRC.glob("*.md") if p.name != "README.md"):
        pages[md.stem] = from_markdown(md)
    written = []
    for name, text in pages.items():
        target = out / f"{name}.html"
        target.write_text(text, encoding="utf-8")
        written.append(target)
    return written + (to_pdf(written) if pdf else [])


if __name__ == "__main__":
    for path in build(pdf="--no-pdf" not in sys.argv):
        print(path.relative_to(ROOT))
