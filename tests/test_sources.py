"""Where each source was read: url is the publisher's own address, and any repost, mirror or copy is said.

A row's url is the publisher's canonical address (url_kind publisher). Where the source was actually read
somewhere else, that address is in accessed_via. Where no copy at the publisher could be found, url is the
relay itself and url_kind says relay, and the note says so in words.
"""
import csv
import ipaddress
import re
from pathlib import Path
from urllib.parse import urlparse

import pytest

SOURCES = Path(__file__).resolve().parent.parent / "data" / "sources.csv"
with SOURCES.open(encoding="utf-8", newline="") as f:
    ROWS = list(csv.DictReader(f))

# Hosts known to be reposts, aggregators, mirrors, archives or proxies, never a publisher's own site.
# Add any new one met while checking sources. (nasdaq.com and design-reuse.com are not listed: they
# also publish their own articles.)
RELAY_HOSTS = [
    "msn.com", "yahoo.com", "libproxy", "archive.org", "archive.ph", "archive.today",
    "mondaq.com", "menafn.com", "vuink.com", "daily8.com", "financetom.com", "justia.com",
    "thefederalregister.org", "issuhub.com", "scribd.com", "serv00.net", "sureanot.com",
    "omniwire.xyz", "podam.pl", "mitrade.com", "traderfan.io", "todayheadline.co", "techgethub.com",
    "guidantech.com", "yokaspace.com", "harakhaber.com", "chinastocks.net", "thetechstreetnow.com",
    "link4din.com", "built2invest.com", "wikimili.com", "threadreaderapp.com", "docslib.org",
]

# Words in a note that say the source was read somewhere other than the publisher's own page.
READ_ELSEWHERE = re.compile(
    r"\b(repost(ed)?|mirror(ed)?|syndicated|relay)\b|\bread via\b"
    r"|\b(reprint|copy) of (a|an|the) [^.;]*\b(release|story|article|transcript)\b", re.I)


def host(url):
    return (urlparse(url).hostname or "").rstrip(".")


def is_ip(h):
    try:
        ipaddress.ip_address(h)
        return True
    except ValueError:
        return False


def ids(rows):
    return [r["id"] for r in rows]


def test_no_raw_ip_address_hosts():
    bad = [(r["id"], col) for r in ROWS for col in ("url", "accessed_via") if r[col] and is_ip(host(r[col]))]
    assert bad == [], f"raw IP-address URLs: {bad}"


def test_url_kind_is_publisher_or_relay():
    assert {r["url_kind"] for r in ROWS} <= {"publisher", "relay"}


@pytest.mark.parametrize("row", [r for r in ROWS if r["url_kind"] == "relay"], ids=lambda r: r["id"])
def test_a_relay_says_so_in_its_note(row):
    note = row["note"]
    assert re.search(r"repost|relay|mirror|cop(y|ies)|translation|syndicated", note, re.I), "note does not say it is a relay"
    assert re.search(r"not found", note, re.I), "note does not say the publisher's copy was not found"
    assert row["accessed_via"] == "", "a relay is its own url: accessed_via stays empty"


@pytest.mark.parametrize("row", [r for r in ROWS if r["accessed_via"]], ids=lambda r: r["id"])
def test_accessed_via_is_another_real_address(row):
    assert re.fullmatch(r"https?://[^\s/]+\.[^\s/]+(/\S*)?", row["accessed_via"]), row["accessed_via"]
    assert row["accessed_via"] != row["url"]
    assert row["url_kind"] == "publisher"


def test_known_relay_hosts_are_never_a_publishers_url():
    bad = [(r["id"], host(r["url"])) for r in ROWS
           if r["url_kind"] == "publisher" and any(k in host(r["url"]) for k in RELAY_HOSTS)]
    assert bad == [], f"relay hosts given as the publisher's address: {bad}"


def test_notes_that_say_read_elsewhere_are_marked():
    """A note that says repost, mirror, syndicated, relay, 'read via' or 'copy of a release/story' is marked:
    url_kind relay, or an accessed_via. (A copy whose address was not recorded is said in words only.)"""
    bad = [r["id"] for r in ROWS
           if READ_ELSEWHERE.search(r["note"] + " " + r["publisher"])
           and r["url_kind"] != "relay" and not r["accessed_via"]]
    assert bad == [], f"notes say the source was read elsewhere, but the row is not marked: {bad}"
