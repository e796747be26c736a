"""Quotes of the commentary are its own words.

The collection tests a commentary (Choyleva, CNA, 30 January 2025) but started from a summary of it that
paraphrases. `data/commentary_quotes.csv` lists the wordings checked against full copies of the original:
`verbatim` rows were read word for word in the copies named in `verified_in`; `summary_only` rows are the
summary's words (the original says something else, or its passage could not be read) and must never be put
in quotation marks as hers.

Three checks:
1. The claims ledger: each `quote` is a verbatim wording (or part of one) and `quote_verified_in` names
   sources rows; an empty quote is allowed only for the claims listed in QUOTE_IN_A_GAP.
2. No summary-only wording in quotation marks, anywhere: notebook markdown and text outputs, README,
   seminar kit, data text cells (there also in single quotes). A quoted phrase of two or more words and ten
   or more characters is flagged when it is part of a summary-only wording and not part of any verbatim one.
3. Quotes beside the commentary's name: in notebook markdown, README, glossary and seminar kit, a phrase of
   four or more words in quotation marks, in a sentence that names the commentary, Choyleva or "the
   article", must be part of a verbatim wording, unless the sentence attributes it to someone else.
   "Someone else" is read simply: the sentence has a reporting verb (says, said, told, called, reported,
   wrote, according to, headline) and the commentary is not the one saying it ("the commentary
   (Choyleva, CNA, 2025) says", "Choyleva ... writes"). What this misses or gets wrong is settled by ALLOWED, one reason each.

Matching ignores case, curly versus straight quotes and apostrophes, dash styles and markdown escapes.
"""
import csv
import re
from pathlib import Path

import pytest

from test_notebooks import ALL, cells, source

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "data"



def _rows(path: Path, reader=csv.DictReader) -> list:
    with path.open(encoding="utf-8", newline="") as f:
        return list(reader(f))


QUOTES = _rows(DATA / "commentary_quotes.csv")
CLAIMS = _rows(DATA / "claims.csv")
SOURCE_IDS = {r["id"] for r in _rows(DATA / "sources.csv")}

# Claims whose passage of the original is in a gap of the reconstruction (no full copy could be read
# there): their quote stays empty rather than borrow the summary's words.
QUOTE_IN_A_GAP = {"C07", "C10", "C11", "C12", "C13", "C14", "C15"}

# (file, quoted phrase as normalised by _norm) -> why it is fine.
ALLOWED = {
    ("seminar/INSTRUCTOR_GUIDE.md", "progress within 7 nm"):
        "the students' words, not the commentary's: 'Students usually rescue the commentary with ...'",
    ("data/sources.csv", "complete break"):
        "the note on cna-20250130-choyleva-backfiring names it as the summary's wording, against the original's",
}


def _norm(text: str) -> str:
    text = text.replace("\\", "").replace("*", "").replace("_", " ")
    text = re.sub(r"[’‘`]", "'", text)
    text = re.sub(r"[“”]", '"', text)
    text = re.sub(r"[—–]", "-", text)
    return re.sub(r"\s+", " ", text).strip().lower()


VERBATIM = [_norm(q["wording"]) for q in QUOTES if q["status"] == "verbatim"]
SUMMARY_ONLY = [_norm(q["wording"]) for q in QUOTES if q["status"] == "summary_only"]
DOUBLE_QUOTED = re.compile(r'["“]([^"“”\n]{2,300}?)["”]')
SINGLE_QUOTED = re.compile(r"(?<![\w'])['‘]([^'‘’\n]{2,300}?)['’](?![\w'])")


def _is_verbatim(phrase: str) -> bool:
    return any(_norm(phrase) in v for v in VERBATIM)


def _is_summary_only(phrase: str) -> bool:
    """Two or more words and ten or more characters ("complete break" yes, "the US" no)."""
    p = _norm(phrase)
    return (len(p.split()) >= 2 and len(p) >= 10 and any(p in s for s in SUMMARY_ONLY)
            and not _is_verbatim(phrase))


# ------------------------------------------------------------------------------------- the table

def test_the_quotes_table_is_consistent():
    assert {q["status"] for q in QUOTES} == {"verbatim", "summary_only"}
    for q in QUOTES:
        ids = [i for i in q["verified_in"].split(";") if i]
        if q["status"] == "verbatim":
            assert ids, f"{q['quote_id']}: verbatim but verified in no copy"
            assert len(q["wording"].split()) <= 20, f"{q['quote_id']}: not brief"
        else:
            assert not ids, f"{q['quote_id']}: a summary-only wording cannot be verified"
        for i in ids:
            assert i in SOURCE_IDS, f"{q['quote_id']}: unknown source {i!r}"
        assert q["source_id"] == "cna-20250130-choyleva-backfiring"
    for s in SUMMARY_ONLY:
        assert not any(s in v for v in VERBATIM), f"{s!r} is marked summary_only but is verbatim"


# ------------------------------------------------------------------------------------- 1. the ledger

@pytest.mark.parametrize("claim", CLAIMS, ids=lambda c: c["claim_id"])
def test_every_claims_quote_is_the_originals_wording(claim):
    quote, where = claim["quote"], [i for i in claim["quote_verified_in"].split(";") if i]
    if claim["claim_id"] in QUOTE_IN_A_GAP:
        assert not quote and not where, f"{claim['claim_id']}: listed as in a gap, but has a quote"
        return
    assert quote, f"{claim['claim_id']}: empty quote"
    assert len(quote.split()) <= 20, f"{claim['claim_id']}: quote longer than 20 words"
    assert _is_verbatim(quote), f"{claim['claim_id']}: {quote!r} is not a verbatim wording in commentary_quotes"
    assert where, f"{claim['claim_id']}: quote_verified_in is empty"
    for sid in where:
        assert sid in SOURCE_IDS, f"{claim['claim_id']}: quote_verified_in names unknown source {sid!r}"
    rows = [q for q in QUOTES if q["status"] == "verbatim" and _norm(quote) in _norm(q["wording"])]
    assert any(set(where) <= set(q["verified_in"].split(";")) for q in rows), \
        f"{claim['claim_id']}: verified in {where}, but commentary_quotes does not record it there"


# ------------------------------------------------------------------------------------- texts to scan

def _notebooks():
    return ALL


def _prose_files():
    seminar = [p for p in (ROOT / "seminar").rglob("*") if p.suffix in (".md", ".j2", ".html", ".txt")
               and "node_modules" not in p.parts]
    return [ROOT / "README.md", ROOT / "notebooks" / "GLOSSARY.md", *sorted(seminar)]


def _markdown(nb: Path):
    for cell in cells(nb):
        if cell["cell_type"] == "markdown":
            yield source(cell)


def _outputs(nb: Path):
    for cell in cells(nb):
        for out in cell.get("outputs", []):
            text = out.get("text") or out.get("data", {}).get("text/markdown") or out.get("data", {}).get("text/plain", "")
            yield "".join(text) if isinstance(text, list) else text


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


# ------------------------------------------------------------------------------------- 2. summary-only

def _summary_only_hits(name: str, text: str, single_quotes: bool = False):
    patterns = [DOUBLE_QUOTED, SINGLE_QUOTED] if single_quotes else [DOUBLE_QUOTED]
    text = re.sub(r"\s+", " ", text)  # a quote may run over a line break
    for pattern in patterns:
        for m in pattern.finditer(text):
            if _is_summary_only(m.group(1)) and (name, _norm(m.group(1))) not in ALLOWED:
                yield f"{name}: \"{m.group(1)}\""


def test_no_summary_only_wording_in_quotation_marks():
    hits = []
    for nb in _notebooks():
        for text in [*_markdown(nb), *_outputs(nb)]:
            hits += _summary_only_hits(_rel(nb), text)
    for path in _prose_files():
        hits += _summary_only_hits(_rel(path), path.read_text(encoding="utf-8"))
    for path in sorted(DATA.glob("*.csv")):
        if path.name == "commentary_quotes.csv":
            continue
        for row in _rows(path, csv.reader):
            for cell in row:
                hits += _summary_only_hits(_rel(path), cell, single_quotes=True)
    assert not hits, "a summary's wording is quoted as the commentary's:\n" + "\n".join(sorted(set(hits)))


# ------------------------------------------------------------------------------------- 3. beside her name

NAMES_IT = re.compile(r"commentary|choyleva|the article", re.I)
REPORTING = re.compile(r"\b(says|said|told|tells|called|calls|reported|reports|wrote|writes|according to|headline)\b",
                       re.I)
HERS = re.compile(r"(commentary|choyleva|article)[^\"“.]{0,60}?\b(says|said|writes|wrote|calls|called|argues)\b", re.I)


def _sentences(text: str):
    for para in re.split(r"\n\s*\n|\n\s*(?:[-*>|]|\d+\.)\s", text):
        yield from re.split(r"(?<=[.!?])\s+(?=[A-Z*\"“(])", re.sub(r"\s+", " ", para))


def _attributed_elsewhere(sentence: str) -> bool:
    return bool(REPORTING.search(sentence)) and not HERS.search(sentence)


def _unverified_quotes(name: str, text: str):
    for sentence in _sentences(text):
        if not NAMES_IT.search(sentence):
            continue
        for m in DOUBLE_QUOTED.finditer(sentence):
            phrase = m.group(1)
            if len(_norm(phrase).split()) < 4 or _is_verbatim(phrase) or (name, _norm(phrase)) in ALLOWED:
                continue
            if _attributed_elsewhere(sentence):
                continue
            yield f"{name}: \"{phrase}\""


def test_quotes_beside_the_commentary_are_its_words():
    hits = []
    for nb in _notebooks():
        for text in _markdown(nb):
            hits += _unverified_quotes(_rel(nb), text)
    for path in _prose_files():
        hits += _unverified_quotes(_rel(path), path.read_text(encoding="utf-8"))
    assert not hits, "quoted beside the commentary's name, but not its verified wording:\n" + "\n".join(hits)


def test_the_checks_catch_the_known_paraphrase():
    """The summary's 'complete break' is caught; the original's 'clean break' passes."""
    assert list(_summary_only_hits("x", 'It marks "a complete break" from US technology.'))
    assert not list(_summary_only_hits("x", 'It marks "a clean break" from US technology.'))
    assert list(_unverified_quotes("x", 'The commentary says it is "a complete break from dependence on it".'))
    assert not list(_unverified_quotes("x", 'The commentary says it "represents a clean break from US technology dependencies".'))
    assert not list(_unverified_quotes("x", 'Unlike the commentary, the BBC reported it as "a very big main problem".'))
