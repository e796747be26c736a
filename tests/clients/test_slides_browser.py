"""The slide decks as an instructor meets them: every deck opened in Chromium at 1280x720 with the
network cut, stepped through slide by slide.

A slide fails when its content is taller or wider than reveal.js's 1280x720 stage (the audience would
not see all of it), when it shows code (a deck shows figures, findings and questions), or when any
file the deck asks for does not load (a script, a style, a font). Every slide's screenshot is kept in
test-artifacts/slides/ for a person to look at.

Opt-in with the browser group: ``RUN_BROWSER_TESTS=1`` (``.ci/run`` sets it). Decks are built into a
temporary folder with tools/build_slides.py, exactly as an instructor builds them.
"""
import shutil
import sys
from pathlib import Path

import pytest

from clientkit import ARTIFACTS, ROOT, opt_in
from test_jupyterlab_browser import CHROMIUM_ARGS, _chromium

sys.path.insert(0, str(ROOT / "tools"))
import build_slides  # noqa: E402

pytestmark = opt_in("RUN_BROWSER_TESTS", "slide decks in headless Chromium")
SHOTS = ARTIFACTS / "slides"
STAGE_W, STAGE_H = 1280, 720
LESSONS = build_slides.lessons()

# For every slide (vertical ones included): its size with all fragments shown, and whether code shows.
_MEASURE = """() => {
  const out = [];
  const slides = Reveal.getSlides();
  slides.forEach((s, i) => {
    const idx = Reveal.getIndices(s);
    Reveal.slide(idx.h, idx.v, 1e6);
    const h = Math.max(s.scrollHeight, ...[...s.children].map(c => c.offsetTop + c.offsetHeight));
    const w = Math.max(s.scrollWidth, ...[...s.children].map(c => c.offsetLeft + c.offsetWidth));
    const title = (s.querySelector('h1,h2,h3') || {}).textContent || s.textContent.slice(0, 60);
    const code = s.querySelectorAll('.jp-CodeCell .jp-Cell-inputWrapper, .jp-CodeCell .jp-InputArea').length;
    out.push({i, h: idx.h, v: idx.v, height: h, width: w, title: title.replace('¶', '').trim(), code});
  });
  return out;
}"""


@pytest.fixture(scope="module")
def decks(tmp_path_factory):
    out = tmp_path_factory.mktemp("decks")
    return {p.name: d for p, d in zip(LESSONS, build_slides.build(LESSONS, out))}


@pytest.fixture(scope="module")
def page():
    from playwright.sync_api import sync_playwright
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=_chromium(), headless=True, args=CHROMIUM_ARGS)
        context = browser.new_context(viewport={"width": STAGE_W, "height": STAGE_H}, offline=True)
        page = context.new_page()
        yield page
        context.close()
        browser.close()


@pytest.mark.parametrize("name", [p.name for p in LESSONS])
def test_deck_fits_the_stage_offline(name, decks, page):
    failed, outside = [], []
    page.on("requestfailed", lambda r: failed.append(r.url))
    page.route("**/*", lambda route: route.continue_() if route.request.url.startswith(("file:", "data:"))
               else (outside.append(route.request.url), route.abort()))
    page.goto(decks[name].as_uri())
    page.wait_for_function("() => window.Reveal && Reveal.isReady()", timeout=30_000)
    page.wait_for_timeout(500)  # fonts and MathJax
    slides = page.evaluate(_MEASURE)
    folder = SHOTS / name.removesuffix(".ipynb")
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True)
    for s in slides:
        page.evaluate(f"() => Reveal.slide({s['h']}, {s['v']}, 1e6)")
        page.wait_for_timeout(50)
        page.screenshot(path=str(folder / f"slide-{s['i'] + 1:02d}.png"))
    page.unroute("**/*")
    tallest = max(slides, key=lambda s: s["height"])
    with (SHOTS / "summary.tsv").open("a", encoding="utf-8") as fh:  # slides, tallest slide, for the record
        fh.write(f"{name}\t{len(slides)}\t{tallest['height']}\t{tallest['i'] + 1}\t{tallest['title'][:60]}\n")
    problems = [f"slide {s['i'] + 1} ({s['title'][:50]!r}): {s['width']}x{s['height']} px on a "
                f"{STAGE_W}x{STAGE_H} stage" for s in slides if s["height"] > STAGE_H or s["width"] > STAGE_W]
    problems += [f"slide {s['i'] + 1} ({s['title'][:50]!r}) shows code" for s in slides if s["code"]]
    problems += [f"tried the network: {u}" for u in outside]
    problems += [f"did not load: {u}" for u in failed if not u.startswith("data:")]
    assert len(slides) >= 6, f"only {len(slides)} slides"
    assert not problems, f"{name}: {len(problems)} problems (screenshots in {folder.relative_to(ROOT)}):\n" + \
        "\n".join(problems)
