"""Unit tests for notebooks/course.py: loading with provenance, clear errors on bad data,
self-checks that never raise, and source lists."""
import json
import os
import shutil
from pathlib import Path

import matplotlib
import pandas as pd
import pytest

import course

matplotlib.use("Agg")
GOOD = Path(__file__).resolve().parent / "fixtures" / "good"


@pytest.fixture
def pkg(tmp_path):
    """A writable copy of the small, valid fixture package."""
    dest = tmp_path / "data"
    shutil.copytree(GOOD, dest)
    return dest


def edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text, f"fixture edit: {old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


# ---------------------------------------------------------------- loading good data

def test_load_types_and_provenance(pkg):
    df = course.load("things", pkg)
    assert list(df.columns) == ["item", "status", "amount_usd_bn", "year", "announced_date",
                                "source_id", "corroborating_source_ids"]
    assert str(df["amount_usd_bn"].dtype) == "float64"
    assert str(df["year"].dtype) == "Int64"
    assert df["amount_usd_bn"].isna().tolist() == [False, True]
    assert df.attrs["resource"] == "things"
    assert df.attrs["source_ids"] == ["alpha-20240101-report", "beta-20250202-news"]


def test_sources_table_loads(pkg):
    src = course.sources_table(pkg)
    assert src.loc[1, "title"] == "A news story, with a comma"
    assert pd.isna(src.loc[0, "author"])


def test_partial_dates():
    out = course.partial_dates(pd.Series(["2024-12-02", "2023-05", "2022", None]))
    assert out["precision"].tolist()[:3] == ["day", "month", "year"]
    assert out["date"].iloc[1] == pd.Timestamp("2023-05-01")
    assert out["date"].isna().iloc[3]
    with pytest.raises(course.DataError, match="2024/12"):
        course.partial_dates(pd.Series(["2024/12"]))


# ---------------------------------------------------------------- bad data: clear errors

def test_missing_file_names_the_file(pkg):
    (pkg / "things.csv").unlink()
    with pytest.raises(course.DataError, match=r"things\.csv: file not found"):
        course.load("things", pkg)


def test_missing_descriptor(tmp_path):
    with pytest.raises(course.DataError, match=r"datapackage\.json: file not found"):
        course.load("things", tmp_path)


def test_descriptor_not_json(pkg):
    (pkg / "datapackage.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(course.DataError, match=r"datapackage\.json, line 1: not valid JSON"):
        course.load("things", pkg)


def test_unknown_data_set_lists_the_known_ones(pkg):
    with pytest.raises(course.DataError, match=r"no data set named 'thing'; the package has: sources, things"):
        course.load("thing", pkg)


BROKEN = {  # one edit to the good fixture -> the error message (regex) that must name where it is
    "row with a stray field": ("aircraft,lagging,,2023", "aircraft,lagging,,,2023",
                               r"things\.csv, line 3: expected 7 fields, found 8"),
    "unclosed quote": ("aircraft,lagging", 'aircraft,"lagging',
                       r"things\.csv, line \d+: (malformed CSV|expected 7 fields)"),
    "header mismatch": ("amount_usd_bn", "amount", r"things\.csv, line 1: the header has columns"),
    "unknown source id": ("aircraft,lagging,,2023,2023-05,beta-20250202-news",
                          "aircraft,lagging,,2023,2023-05,gamma-20990101-nothing",
                          r"things\.csv, line 3, column 'source_id': "
                          r"source id 'gamma-20990101-nothing' is not in data/sources\.csv"),
    "unknown corroborating id": ("alpha-20240101-report,beta-20250202-news",
                                 "alpha-20240101-report,beta-20250202-news;delta-1",
                                 r"line 2, column 'corroborating_source_ids': source id 'delta-1'"),
    "value outside allowed set": ("drones,leading", "drones,winning",
                                  r"things\.csv, line 2, column 'status': 'winning' is not one of "
                                  r"the allowed values \(leading, lagging\)"),
    "wrong type": ("1.5,2024", "1.5bn,2024",
                   r"line 2, column 'amount_usd_bn': '1\.5bn' is not a valid number"),
    "below minimum": ("1.5,2024", "-1.5,2024", r"column 'amount_usd_bn': '-1\.5' is below the minimum 0"),
    "pattern": ("2024-12-02", "2 Dec 2024", r"column 'announced_date': '2 Dec 2024' does not match"),
    "required value missing": ("drones,leading", "drones,", r"line 2, column 'status': a value is required"),
    "duplicate primary key": ("aircraft,lagging", "drones,lagging",
                              r"line 3: primary key \{'item': 'drones'\} repeats line 2"),
}


@pytest.mark.parametrize("case", BROKEN, ids=list(BROKEN))
def test_broken_data_names_file_line_and_column(pkg, case):
    old, new, message = BROKEN[case]
    edit(pkg / "things.csv", old, new)
    with pytest.raises(course.DataError, match=message):
        course.load("things", pkg)


def test_a_changed_file_is_checked_again(pkg):
    """Loads are cached per kernel, but an edited file is read and checked afresh."""
    assert len(course.load("things", pkg)) == 2
    edit(pkg / "things.csv", "drones,leading", "drones,winning")
    os.utime(pkg / "things.csv", ns=(1, 10**18))  # a distinct modification time, however fast the edit
    with pytest.raises(course.DataError, match="'winning' is not one of"):
        course.load("things", pkg)


def test_errors_never_show_machine_paths(pkg):
    (pkg / "things.csv").unlink()
    with pytest.raises(course.DataError) as info:
        course.load("things", pkg)
    assert str(pkg) not in str(info.value)


# ---------------------------------------------------------------- self-checks

@pytest.fixture
def key(tmp_path):
    path = tmp_path / "answers_99.json"
    path.write_text(json.dumps({
        "99.1": {"kind": "number", "expected": 5.576, "units": "US$ m", "hint": "GPU-hours × price."},
        "99.2": {"kind": "text", "expected": ["fence", "raised the fence"]},
        "99.3": {"kind": "set", "expected": ["drones", "solar"]},
    }), encoding="utf-8")
    return path


@pytest.mark.parametrize("answer, ok, message", [
    (None, False, "Not attempted yet"),
    (5.58, True, "✓ Correct."),
    (5576000.0, False, "check the units (US$ m)"),
    (7, False, "too high (US$ m). Hint: GPU-hours × price."),
    (1, False, "too low"),
    ("five", False, "Expected a number, but you gave text"),
    (True, False, "Expected a number"),
])
def test_check_number(key, capsys, answer, ok, message):
    assert course.check("99.1", answer, key_path=key) is None
    out = capsys.readouterr().out
    assert out.startswith("[99.1] ✓" if ok else "[99.1] ")
    assert ("✓" in out) is ok
    assert message in out


def test_check_text_and_set(key, capsys):
    assert course.feedback("99.2", " Raised the Fence ", key_path=key).startswith("✓")
    assert course.feedback("99.2", "yard", key_path=key).startswith("✗")
    assert course.feedback("99.3", ["Solar", "drones"], key_path=key).startswith("✓")
    course.check("99.3", ["solar", "rail"], key_path=key)
    course.check("99.3", 3, key_path=key)
    out = capsys.readouterr().out
    assert "1 missing and 1 that should not be there" in out
    assert "Expected a list of names" in out


def test_check_unknown_exercise_does_not_raise(key, capsys):
    course.check("99.9", 1, key_path=key)
    assert "No answer is recorded" in capsys.readouterr().out


def test_every_answer_key_is_well_formed():
    for path in sorted(course.ANSWERS_DIR.glob("answers_*.json")):
        nb = path.stem.split("_")[1]
        for ex, spec in json.loads(path.read_text(encoding="utf-8")).items():
            assert ex.startswith(nb + "."), f"{path.name}: {ex} belongs in another key"
            assert spec["kind"] in {"number", "text", "set", "choice", "figure"}, f"{path.name}: {ex} has kind {spec['kind']}"
            if spec["kind"] != "figure":
                assert "expected" in spec, f"{path.name}: {ex} has no expected answer"
            if spec["kind"] == "choice":
                assert spec["expected"] in spec["options"], f"{path.name}: {ex}: the answer is not an option"


# ---------------------------------------------------------------- citations and style

def test_print_sources_from_frames_and_ids(pkg, capsys):
    df = course.load("things", pkg)
    course.print_sources(df, data_dir=pkg)
    out = capsys.readouterr().out
    assert out.startswith("2 sources, by id:")
    assert "- [beta-20250202-news] Jane Doe. A news story, with a comma. Beta News, 2025-02-02." in out
    with pytest.raises(course.DataError, match="no source with id 'nope'"):
        course.print_sources("nope", data_dir=pkg)


def test_cite_caption(pkg):
    assert course.cite("alpha-20240101-report", "beta-20250202-news", data_dir=pkg) == \
        "Alpha Corp (2024); Beta News (2025)"
    with pytest.raises(course.DataError, match="no source with id 'x'"):
        course.cite("x", data_dir=pkg)


def test_style_and_label_figure():
    import matplotlib.pyplot as plt
    course.use_style()
    from matplotlib.colors import to_hex
    cycle = [to_hex(c) for c in matplotlib.rcParams["axes.prop_cycle"].by_key()["color"]]
    assert cycle[:3] == [c.lower() for c in course.PALETTE[:3]]
    fig, ax = plt.subplots(figsize=(6, 4))
    course.label_figure(fig, "Title", subtitle="Sub", source="Somebody (2025)")
    texts = {t.get_text(): t for t in fig.texts}
    assert set(texts) == {"Title", "Sub", "Source: Somebody (2025)"}
    # The figure grew by the bands, so the plot area keeps its 4 inches, and every text is inside it.
    assert fig.get_figheight() > 4
    fig.canvas.draw()
    box = fig.bbox
    for t in fig.texts:
        ext = t.get_window_extent()
        assert box.x0 <= ext.x0 and ext.x1 <= box.x1 and box.y0 <= ext.y0 and ext.y1 <= box.y1, t.get_text()
    assert texts["Title"].get_window_extent().y0 > ax.get_tightbbox().y1  # title above the plot
    assert texts["Source: Somebody (2025)"].get_window_extent().y1 < ax.get_tightbbox().y0  # source below
    with pytest.raises(ValueError, match="already called"):
        course.label_figure(fig, "Again")
    plt.close(fig)


def test_style_is_seaborns_theme():
    """use_style() calls seaborn's own set_theme: the grid, font scale and palette are seaborn's."""
    import matplotlib.pyplot as plt  # noqa: F401  (pyplot first, as in a notebook)
    from matplotlib.colors import to_hex
    import seaborn as sns
    try:
        sns.set_theme(context="notebook", style="whitegrid", palette=course.PALETTE, font_scale=1.15)
        theirs = {k: matplotlib.rcParams[k] for k in ("axes.grid", "grid.color", "font.size", "axes.edgecolor")}
    finally:
        matplotlib.rcdefaults()
    course.use_style()
    assert {k: matplotlib.rcParams[k] for k in theirs} == theirs
    assert [to_hex(c) for c in matplotlib.rcParams["axes.prop_cycle"].by_key()["color"]] == \
        [c.lower() for c in course.PALETTE]


def test_label_figure_wraps_long_text():
    import matplotlib.pyplot as plt
    course.use_style()
    fig, _ = plt.subplots(figsize=(5, 3))
    long_source = "; ".join(f"Publisher number {i} (2024)" for i in range(12))
    course.label_figure(fig, "A title", source=long_source)
    source = next(t for t in fig.texts if t.get_text().startswith("Source:"))
    assert source.get_text().count("\n") >= 2  # wrapped onto several lines
    assert source.get_text().replace("\n  ", " ") == f"Source: {long_source}"  # no word lost
    assert source.get_window_extent().width <= fig.bbox.width
    plt.close(fig)

def test_clipped_figure_text_is_reported():
    """With COURSE_CHECK_FIGURES set (the root conftest.py sets it), text past the edge warns."""
    import matplotlib.pyplot as plt
    assert os.environ.get("COURSE_CHECK_FIGURES")
    course.use_style()
    fig, _ = plt.subplots(figsize=(5, 3))
    course.label_figure(fig, "A title", source="Somebody (2025)")
    fig.text(0.9, 0.5, "a note placed by hand, which no layout engine moves")
    with pytest.warns(UserWarning, match="'A title': content is cut off at the right"):
        fig.canvas.draw()
    plt.close(fig)


# ---------------------------------------------------------------- self-checks: each misfire

@pytest.fixture
def key2(tmp_path):
    path = tmp_path / "answers_98.json"
    path.write_text(json.dumps({
        "98.1": {"kind": "number", "expected": 42.5, "units": "percent", "hint": "Divide, then scale."},
        "98.2": {"kind": "number", "expected": -120, "units": "CNY bn", "hint": "Later minus earlier."},
        "98.3": {"kind": "number", "expected": 0.35, "units": "share of countermeasures"},
        "98.4": {"kind": "set", "expected": ["antimony", "gallium"]},
        "98.5": {"kind": "text", "expected": ["raised_fence"]},
        "98.6": {"kind": "choice", "expected": "b", "options": {"a": "yes", "b": "no", "c": "it depends"},
                 "why": {"a": "Check the interconnect rate, not only the throughput.",
                         "b": "Its interconnect was cut below the line."}},
        "98.7": {"kind": "figure", "xlabel": "year", "labels": ["Huawei"]},
    }), encoding="utf-8")
    return path


@pytest.mark.parametrize("ex, answer, ok, message", [
    ("98.1", float("nan"), False, "NaN (not a number)"),
    ("98.1", None, False, "Not attempted yet"),
    ("98.1", "42.5", False, "remove the quotes"),
    ("98.1", "about half", False, "Expected a number, but you gave text"),
    ("98.1", 0.425, False, "looks like a share"),
    ("98.1", [42.5], False, "Expected one number, but you gave a list"),
    ("98.1", pd.Series([42.5]), False, "take the number out of it"),
    ("98.1", pd.Series([42.5, 1.0]), False, "a Series of 2 values"),
    ("98.1", float("inf"), False, "divide by zero"),
    ("98.1", 50, False, "too high (percent). Hint: Divide, then scale."),
    ("98.2", 120, False, "the sign is not"),
    ("98.2", -120.0, True, "Correct"),
    ("98.3", 35, False, "looks like a percentage"),
    ("98.4", "antimony, gallium", False, "you gave one piece of text"),
    ("98.4", pd.DataFrame({"m": ["antimony"]}), False, "you gave a table"),
    ("98.4", pd.Series(["Gallium", "antimony"]), True, "Correct"),
    ("98.5", ["raised_fence", "widened_yard"], False, "you gave a list of 2 items"),
    ("98.5", "Raised_Fence", True, "Correct"),
    ("98.6", "B", True, "interconnect was cut"),
    ("98.6", "(a)", False, "Not this one. Check the interconnect"),
    ("98.6", "d", False, "Choose one of a, b, c"),
    ("98.6", 2, False, "Answer with the letter"),
])
def test_check_misfires_get_specific_hints(key2, ex, answer, ok, message):
    out = course.feedback(ex, answer, key_path=key2)
    assert out.startswith("✓") is ok, out
    assert message in out, out


def test_type_errors_do_not_print_the_hint(key2):
    assert "Hint" not in course.feedback("98.1", "about half", key_path=key2)


def test_check_figure(key2):
    import matplotlib.pyplot as plt
    import seaborn as sns
    course.use_style()
    data = pd.DataFrame({"year": [2020, 2021, 2020, 2021], "revenue": [1, 2, 3, 4],
                         "firm": ["Huawei", "Huawei", "Apple", "Apple"]})
    ax = sns.lineplot(data, x="year", y="revenue", hue="firm")
    assert course.feedback("98.7", ax, key_path=key2).startswith("✓")
    plt.close("all")
    ax = sns.lineplot(data, x="revenue", y="year")
    assert "x axis" in course.feedback("98.7", ax, key_path=key2)
    plt.close("all")
    ax = sns.lineplot(data, x="year", y="revenue")
    assert "Huawei" in course.feedback("98.7", ax, key_path=key2)
    assert "Expected a figure" in course.feedback("98.7", "a plot", key_path=key2)
    plt.close("all")


# ---------------------------------------------------------------- text placed from the data

def _boxes(ax):
    r = ax.figure.canvas.get_renderer()
    return [t.get_window_extent(r) for t in ax.texts]


def _overlap(a, b):
    return not (a.x1 <= b.x0 or b.x1 <= a.x0 or a.y1 <= b.y0 or b.y1 <= a.y0)


def test_mark_events_labels_do_not_overlap():
    import matplotlib.pyplot as plt
    course.use_style()
    fig, ax = plt.subplots(figsize=(8, 4))
    dates = pd.to_datetime(["2019-05-15", "2019-06-01", "2020-05-15", "2020-08-17", "2022-10-07"])
    ax.plot(dates, range(5))
    course.mark_events(ax, {f"Event number {i}": d for i, d in enumerate(dates)})
    fig.canvas.draw()
    boxes = _boxes(ax)
    assert len(boxes) == 5
    assert not any(_overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    plt.close(fig)


def test_mark_events_side_left_keeps_labels_left_of_their_lines():
    """Two close vertical levels: labelled on the left, neither label crosses the other's line."""
    import matplotlib.pyplot as plt
    course.use_style()
    fig, ax = plt.subplots(figsize=(8, 4))
    ax.scatter([0, 100], [0, 1])
    ax.set_xlim(0, 100)
    course.mark_levels(ax, {"commercial viability threshold": 70, "industry norm": 90}, axis="x", side="left")
    fig.canvas.draw()
    to_data = ax.transData.inverted()
    for text, line in zip(sorted(ax.texts, key=lambda t: t.xy[0]), (70, 90)):
        box = text.get_window_extent(fig.canvas.get_renderer())
        x0, x1 = to_data.transform((box.x0, 0))[0], to_data.transform((box.x1, 0))[0]
        assert x1 <= line, f"{text.get_text()!r} runs past its line at {line}"
        assert not (x0 < 70 < x1), f"{text.get_text()!r} crosses the line at 70"
    plt.close(fig)


def test_label_lines_at_line_ends_apart():
    import matplotlib.pyplot as plt
    import seaborn as sns
    course.use_style()
    data = pd.DataFrame({"year": [2020, 2021] * 3, "v": [1, 10, 1, 10.2, 1, 10.1],
                         "firm": ["a"] * 2 + ["b"] * 2 + ["c"] * 2})
    ax = sns.lineplot(data, x="year", y="v", hue="firm", legend=False)
    course.label_lines(ax, data, "year", "v", "firm")
    ax.figure.canvas.draw()
    assert sorted(t.get_text() for t in ax.texts) == ["a", "b", "c"]
    assert all(t.xy[0] == 2021 for t in ax.texts)
    boxes = _boxes(ax)
    assert not any(_overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    plt.close("all")


def test_mark_levels_and_label_points():
    import matplotlib.pyplot as plt
    course.use_style()
    fig, ax = plt.subplots(figsize=(6, 4))
    pts = pd.DataFrame({"x": [1, 1.02, 1.04, 3], "y": [1, 1.01, 1.0, 3], "n": ["A100", "A800", "H800", "H20"]})
    ax.scatter(pts["x"], pts["y"])
    course.mark_levels(ax, {"4,800 (2022 rule)": 2.9, "4,800 again": 2.95})
    course.label_points(ax, pts, "x", "y", "n")
    fig.canvas.draw()
    boxes = _boxes(ax)
    assert len(boxes) == 6
    assert not any(_overlap(a, b) for i, a in enumerate(boxes) for b in boxes[i + 1:])
    plt.close(fig)


def test_evidence_as_of(pkg):
    line = course.evidence_as_of("things", data_dir=pkg).data
    assert line.startswith("**Evidence as of 20")
    assert "`things` to" in line
    assert course._period_key("2025Q2") < course._period_key("2025-07")
    assert course._period_key("2025") > course._period_key("2025-12-30")


def test_levels_and_events_outside_the_data_are_labelled_at_their_lines():
    """A threshold above every data point widens the axis; its label must still sit on its line."""
    import matplotlib.pyplot as plt
    course.use_style()
    fig, ax = plt.subplots(figsize=(6, 4))
    ax.set_yscale("log")
    ax.scatter([1, 2, 3], [10, 20, 30])
    course.mark_levels(ax, {"4,800": 4800})
    course.mark_events(ax, {"late": 5})
    fig.canvas.draw()
    r = fig.canvas.get_renderer()
    level = next(t for t in ax.texts if t.get_text() == "4,800").get_window_extent(r)
    line_y = ax.transData.transform((0, 4800))[1]
    assert level.y0 - 15 <= line_y <= level.y1 + 15
    event = next(t for t in ax.texts if t.get_text() == "late").get_window_extent(r)
    line_x = ax.transData.transform((5, 10))[0]
    assert abs(event.x0 - line_x) < 15 or abs(event.x1 - line_x) < 15
    plt.close(fig)


def test_check_figure_panels(tmp_path):
    """One panel per measure: a grid split by another column fails, with a hint about col=."""
    import matplotlib.pyplot as plt
    import seaborn as sns
    key = tmp_path / "answers_97.json"
    key.write_text(json.dumps({"97.1": {"kind": "figure", "panels": ["shipments", "sales"],
                                        "labels": ["IDC"], "min_axes": 2}}), encoding="utf-8")
    course.use_style()
    data = pd.DataFrame({"q": [1, 2, 1, 2] * 2, "share": [1, 2, 3, 4, 5, 6, 7, 8],
                         "measure": ["shipments"] * 4 + ["sales"] * 4, "tracker": ["IDC", "IDC", "Omdia", "Omdia"] * 2})
    good = sns.relplot(data, x="q", y="share", col="measure", hue="tracker")
    assert course.feedback("97.1", good, key_path=key).startswith("✓")
    wrong = sns.relplot(data, x="q", y="share", col="tracker", hue="tracker")
    assert "col=" in course.feedback("97.1", wrong, key_path=key)
    plt.close("all")


def test_label_figure_shows_legend_entries_as_words():
    import matplotlib.pyplot as plt
    import seaborn as sns
    course.use_style()
    data = pd.DataFrame({"x": [1, 2], "y": [1, 2], "effect_kind": ["widened_yard", "raised_fence"]})
    ax = sns.scatterplot(data, x="x", y="y", hue="effect_kind")
    course.label_figure(ax.figure, "T")
    legend = ax.get_legend()
    assert [t.get_text() for t in legend.get_texts()] == ["widened yard", "raised fence"]
    assert legend.get_title().get_text() == "effect kind"
    plt.close("all")


def test_print_sources_names_the_copy_read_and_marks_relays(pkg, capsys):
    sources = pkg / "sources.csv"
    edit(sources, "https://example.org/alpha,publisher,", "https://example.org/alpha,publisher,https://mirror.example.net/alpha")
    edit(sources, "https://example.org/beta,publisher,", "https://repost.example.net/beta,relay,")
    course.print_sources("alpha-20240101-report", "beta-20250202-news", data_dir=pkg)
    out = capsys.readouterr().out
    assert "https://example.org/alpha (primary). Read via https://mirror.example.net/alpha." in out
    assert "https://repost.example.net/beta (secondary, a relay: the publisher's copy was not found)." in out
