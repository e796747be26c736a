"""Plumbing shared by the notebooks: nothing here is analysis.

Four jobs, each small enough to read in a few minutes:

1. ``load(name)``          a table from ``data/`` with the types its schema gives, checked
                           value by value, with the ids of its sources attached;
2. ``use_style()``         one plot style (colour-blind-safe, readable on a projector),
                           plus ``label_figure`` for titles, subtitles and source lines;
3. ``check(id, answer)``   an exercise self-check that prints feedback and never raises;
4. ``print_sources()``     the notebook's source list, made from the ids it actually used.

Bad data stop with a ``DataError`` that names the file, the row and the column.
"""
from __future__ import annotations

import csv
import json
import math
import os
import re
import textwrap
from pathlib import Path

import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = ROOT / "data"
ANSWERS_DIR = Path(__file__).resolve().parent / "solutions"  # answers_00.json, answers_01.json, ...

# Okabe & Ito (2008): eight colours that stay distinct for the common forms of colour blindness.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#CC79A7", "#56B4E9", "#F0E442", "#000000"]
US_COLOUR, CHINA_COLOUR, ALLY_COLOUR, NEUTRAL_COLOUR = "#0072B2", "#D55E00", "#009E73", "#7F7F7F"

MISSING = {"", "NA"}
_used_source_ids: dict[str, None] = {}  # insertion-ordered set of ids seen by load() and cite()


class DataError(ValueError):
    """A data file is missing, malformed, or holds a value its schema does not allow."""


# --------------------------------------------------------------------------------------------
# 1. Loading data with provenance
# --------------------------------------------------------------------------------------------

def _rel(path: Path) -> str:
    """A path as a reader of the repository would write it (never a machine path)."""
    try:
        return path.resolve().relative_to(ROOT).as_posix()
    except ValueError:
        return path.name


def read_package(data_dir: Path | str | None = None) -> dict:
    """The data package descriptor (``datapackage.json``) as a dict."""
    data_dir = Path(data_dir) if data_dir is not None else DATA_DIR
    path = data_dir / "datapackage.json"
    if not path.exists():
        raise DataError(f"{_rel(path)}: file not found; the data package descriptor is missing")
    try:
        return json.loads(path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        raise DataError(f"{_rel(path)}, line {exc.lineno}: not valid JSON ({exc.msg})") from None


def _resource(package: dict, name: str) -> dict:
    for res in package.get("resources", []):
        if res.get("name") == name:
            return res
    names = sorted(r.get("name", "?") for r in package.get("resources", []))
    raise DataError(f"datapackage.json: no data set named {name!r}; the package has: {', '.join(names)}")


def _convert(value: str, field: dict, where: str):
    """One cell, from text to the Python value its schema type gives (None when missing)."""
    ftype = field.get("type", "string")
    cons = field.get("constraints", {})
    if value in MISSING:
        if cons.get("required"):
            raise DataError(f"{where}: a value is required but the cell is empty")
        return None
    try:
        if ftype in ("integer", "year"):
            out = int(value)
        elif ftype == "number":
            out = float(value)
            if math.isnan(out):
                raise ValueError
        elif ftype == "boolean":
            if value not in ("true", "false"):
                raise ValueError
            out = value == "true"
        elif ftype == "date":
            out = pd.Timestamp(value) if re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) else None
            if out is None:
                raise ValueError
        else:
            out = value
    except ValueError:
        raise DataError(f"{where}: {value!r} is not a valid {ftype}") from None
    if "enum" in cons and value not in cons["enum"]:
        allowed = ", ".join(map(str, cons["enum"]))
        raise DataError(f"{where}: {value!r} is not one of the allowed values ({allowed})")
    if "pattern" in cons and not re.fullmatch(cons["pattern"], value):
        raise DataError(f"{where}: {value!r} does not match the pattern {cons['pattern']}")
    if "minimum" in cons and out < cons["minimum"]:
        raise DataError(f"{where}: {value!r} is below the minimum {cons['minimum']}")
    if "maximum" in cons and out > cons["maximum"]:
        raise DataError(f"{where}: {value!r} is above the maximum {cons['maximum']}")
    return out


_DTYPES = {"integer": "Int64", "year": "Int64", "number": "float64", "boolean": "boolean",
           "date": "datetime64[ns]"}


def _read_rows(path: Path, fields: list[dict]) -> list[dict]:
    """Read a CSV as text, checking its header and the width of every row."""
    if not path.exists():
        raise DataError(f"{_rel(path)}: file not found")
    names = [f["name"] for f in fields]
    with path.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, strict=True)
        try:
            header = next(reader, None)
            if header != names:
                raise DataError(
                    f"{_rel(path)}, line 1: the header has columns {header}, "
                    f"but the schema in datapackage.json expects {names}")
            rows = []
            for values in reader:
                if len(values) != len(names):
                    raise DataError(
                        f"{_rel(path)}, line {reader.line_num}: expected {len(names)} fields, "
                        f"found {len(values)} (a stray comma, or a missing quote?)")
                rows.append((reader.line_num, dict(zip(names, values))))
        except csv.Error as exc:
            raise DataError(f"{_rel(path)}, line {reader.line_num}: malformed CSV ({exc})") from None
    return rows


def _source_ids(data_dir: Path) -> set[str]:
    return set(load("sources", data_dir)["id"])


def _is_source_column(name: str) -> bool:
    """``source_id``, and any list of ids such as ``corroborating_source_ids``."""
    return name == "source_id" or name.endswith("source_ids")


_cache: dict[tuple, pd.DataFrame] = {}  # checked tables, keyed on their files' modification times


def _stamp(path: Path) -> int:
    return path.stat().st_mtime_ns if path.exists() else -1


def load(name: str, data_dir: Path | str | None = None) -> pd.DataFrame:
    """Load the data set ``name`` from the data package, typed and checked (see ``_load``).

    A table is checked once per kernel and then served from memory, until one of its files changes."""
    data_dir = Path(data_dir) if data_dir is not None else DATA_DIR
    package = read_package(data_dir)
    res = _resource(package, name)
    key = (str(data_dir.resolve()), name, _stamp(data_dir / "datapackage.json"),
           _stamp(data_dir / res["path"]), _stamp(data_dir / "sources.csv"))
    if key not in _cache:
        _cache[key] = _load(name, data_dir)
    frame = _cache[key].copy()
    frame.attrs = {k: list(v) if isinstance(v, list) else v for k, v in _cache[key].attrs.items()}
    _used_source_ids.update(dict.fromkeys(frame.attrs["source_ids"]))
    return frame


def _load(name: str, data_dir: Path) -> pd.DataFrame:
    """Load the data set ``name`` from the data package, typed and checked.

    Every value is checked against its field's type and constraints (required, enum, pattern,
    minimum, maximum), the primary key must be unique, and every id in ``source_id`` and in
    any ``…source_ids`` column (ids separated by ";") must be a row of ``sources.csv``.
    The ids of the rows' own sources (``source_id`` and ``corroborating_source_ids``) are kept in
    ``df.attrs["source_ids"]`` and remembered for ``print_sources()``; ids in other columns (such as
    the evidence cited in the claims ledger) are checked but not listed unless ``cite`` names them.
    """
    res = _resource(read_package(data_dir), name)
    fields = res["schema"]["fields"]
    path = data_dir / res["path"]
    rows = _read_rows(path, fields)
    known = None if name == "sources" else _source_ids(data_dir)
    columns: dict[str, list] = {f["name"]: [] for f in fields}
    ids_used: dict[str, None] = {}
    key = res["schema"].get("primaryKey", [])
    key = [key] if isinstance(key, str) else key
    seen_keys: dict[tuple, int] = {}
    rel = _rel(path)  # once: resolving a path for every value cost ~0.1 ms each
    for line, row in rows:
        for field in fields:
            col = field["name"]
            where = f"{rel}, line {line}, column '{col}'"
            value = _convert(row[col], field, where)
            if known is not None and _is_source_column(col) and value:
                for sid in (s.strip() for s in value.split(";")):
                    if sid not in known:
                        raise DataError(f"{where}: source id {sid!r} is not in data/sources.csv")
                    if col in ("source_id", "corroborating_source_ids"):  # the row's own provenance
                        ids_used[sid] = None
            columns[col].append(value)
        if key:
            k = tuple(row[c] for c in key)
            if k in seen_keys:
                raise DataError(f"{rel}, line {line}: primary key {dict(zip(key, k))} "
                                f"repeats line {seen_keys[k]}")
            seen_keys[k] = line
    frame = pd.DataFrame({
        f["name"]: pd.Series(columns[f["name"]], dtype=_DTYPES.get(f.get("type"), "str"))
        for f in fields})
    frame.attrs["resource"] = name
    frame.attrs["source_ids"] = sorted(ids_used)
    return frame


def partial_dates(values: pd.Series) -> pd.DataFrame:
    """Turn ISO dates of any precision ("2024", "2024-12", "2024-12-02") into a timestamp
    (the first day of the period, so a month-only date plots at the start of its month)
    and a precision label ("year", "month" or "day")."""
    text = values.astype("str")
    bad = ~text.str.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?") & values.notna()
    if bad.any():
        raise DataError(f"not an ISO date of year, month or day precision: {text[bad].iloc[0]!r}")
    precision = text.str.len().map({4: "year", 7: "month", 10: "day"}).where(values.notna())
    return pd.DataFrame({"date": pd.to_datetime(text.where(values.notna()), format="mixed"),
                         "precision": precision}, index=values.index)


# --------------------------------------------------------------------------------------------
# 2. One plot style
# --------------------------------------------------------------------------------------------

# seaborn's "whitegrid" style in its "notebook" context at font_scale 1.15, written out as the
# matplotlib settings it makes (seaborn 0.13.2). Setting them directly gives the same figures
# without importing seaborn, which loads scipy.stats and cost ~0.8 s at the start of every notebook.
# seaborn stays installed for anyone who wants its plots: `import seaborn as sns` works as usual.
SEABORN_WHITEGRID = {
    "axes.axisbelow": True, "axes.edgecolor": ".8", "axes.grid": True, "axes.labelcolor": ".15",
    "axes.linewidth": 1.25, "grid.color": ".8", "grid.linewidth": 1.0, "text.color": ".15",
    "xtick.color": ".15", "ytick.color": ".15", "xtick.bottom": False, "ytick.left": False,
    "patch.edgecolor": "w", "patch.force_edgecolor": True, "lines.solid_capstyle": "round",
    "font.sans-serif": ["Arial", "DejaVu Sans", "Liberation Sans", "Bitstream Vera Sans", "sans-serif"],
    "font.size": 13.8, "axes.labelsize": 13.8, "legend.title_fontsize": 13.8,
    "legend.fontsize": 12.65, "xtick.labelsize": 12.65, "ytick.labelsize": 12.65,
    "xtick.major.size": 6.0, "ytick.major.size": 6.0, "xtick.minor.size": 4.0, "ytick.minor.size": 4.0,
    "xtick.major.width": 1.25, "ytick.major.width": 1.25, "xtick.minor.width": 1.0, "ytick.minor.width": 1.0,
}


def use_style() -> None:
    """Set the collection's plot and table style. Call once, in the setup cell."""
    import matplotlib as mpl
    from cycler import cycler

    mpl.rcParams.update(SEABORN_WHITEGRID)
    mpl.rcParams.update({
        "axes.prop_cycle": cycler(color=PALETTE),
        "figure.figsize": (10, 5.6),
        "figure.dpi": 80,               # keeps each PNG small; text stays crisp when projected
        "figure.constrained_layout.use": True,
        "axes.titlesize": 14,
        "axes.titleweight": "bold",
        "axes.titlelocation": "left",
        "axes.spines.top": False,
        "axes.spines.right": False,
        "legend.frameon": False,
        "savefig.dpi": 80,
    })
    # In Jupyter, show each figure as it is: label_figure keeps every text inside the figure, so the
    # inline backend's default extra "tight bounding box" pass (a second layout of every text, about
    # a fifth of the drawing time) is not needed.
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with Jupyter
        get_ipython = None
    shell = get_ipython() if get_ipython else None
    if shell is not None and "inline" in mpl.get_backend():
        shell.run_line_magic("config", "InlineBackend.print_figure_kwargs = {'bbox_inches': None}")
    pd.set_option("display.max_rows", 30)
    pd.set_option("display.max_columns", 20)
    pd.set_option("display.width", 120)
    pd.set_option("display.max_colwidth", 60)
    pd.set_option("display.precision", 2)


def label_figure(fig, title: str, *, subtitle: str | None = None, source: str | None = None) -> None:
    """Put the finding as the title, an optional subtitle, and a source line under the figure.

    The texts sit in bands above and below the plot area, inside the figure: the figure grows by the
    bands' height, so the plot keeps the size it was given, and a saved figure (``fig.savefig``)
    keeps its title and source. A text wider than the figure is wrapped onto more lines.
    Call it once per figure, after the axes exist and before the figure is shown.
    """
    if getattr(fig, "_course_labelled", False):
        raise ValueError("label_figure() was already called for this figure")
    from matplotlib.layout_engine import ConstrainedLayoutEngine, TightLayoutEngine

    fig._course_labelled = True
    dpi, margin = fig.dpi, 0.1  # margin: inches of space at the figure's left and right edges
    room_px = (fig.get_figwidth() - 2 * margin) * dpi

    def band_text(text: str, *, indent: str = "", **style):
        artist = fig.text(0, 0, text, ha="left", va="top", **style)
        _wrap_to_width(artist, room_px, indent)
        return artist, artist.get_window_extent().height / dpi

    # Heights in inches, from the top of the figure down and from the bottom up.
    top_parts = [band_text(title, fontsize=16, fontweight="bold")]
    if subtitle:
        top_parts.append(band_text(subtitle, fontsize=12, color="#404040"))
    bottom = band_text(f"Source: {source}", indent="  ", fontsize=10, color="#555555") if source else None
    gap = 0.05
    top_in = 0.08 + sum(h for _, h in top_parts) + gap * (len(top_parts) - 1) + 0.12
    bottom_in = (0.06 + bottom[1] + 0.10) if bottom else 0.0

    old_height = fig.get_figheight()
    height = round((old_height + top_in + bottom_in) * dpi) / dpi  # whole pixels
    fig.set_figheight(height)
    y = height - 0.08
    for artist, h in top_parts:
        artist.set_position((margin / fig.get_figwidth(), y / height))
        y -= h + gap
    if bottom:
        bottom[0].set_position((margin / fig.get_figwidth(), 0.06 / height))
        bottom[0].set_verticalalignment("bottom")

    if os.environ.get("COURSE_CHECK_FIGURES"):  # set by the test suite: costs a layout pass per figure
        fig.canvas.mpl_connect("draw_event", _warn_if_clipped)

    # Keep the axes out of the bands.
    low, high = bottom_in / height, 1 - top_in / height
    engine = fig.get_layout_engine()
    if isinstance(engine, ConstrainedLayoutEngine):
        engine.set(rect=(0, low, 1, high - low))
    elif isinstance(engine, TightLayoutEngine):
        engine.set(rect=(0, low, 1, high))
    else:  # fixed subplot parameters: move them into the space between the bands
        params = fig.subplotpars
        fig.subplots_adjust(bottom=(bottom_in + params.bottom * old_height) / height,
                            top=(bottom_in + params.top * old_height) / height)


def _warn_if_clipped(event) -> None:
    """Warn when something drawn lies outside the figure, where a saved or shown figure cuts it off.

    Layout engines ignore some things (an axes title wider than its axes, text placed by hand), so the
    test suite turns this check on (COURSE_CHECK_FIGURES=1) and a clipped label fails the notebook.
    """
    import warnings

    fig = event.canvas.figure
    if getattr(fig, "_course_clip_warned", False):
        return
    inside = fig.bbox.padded(1)  # pixels; one pixel of rounding is not a clip
    outside = []
    for artist in fig.get_children():
        if not artist.get_visible() or artist is fig.patch:
            continue
        box = artist.get_tightbbox(event.renderer)
        if box is None:
            continue
        for edge, over in (("left", inside.x0 - box.x0), ("right", box.x1 - inside.x1),
                           ("bottom", inside.y0 - box.y0), ("top", box.y1 - inside.y1)):
            if over > 0:
                outside.append(f"{edge} by {over / fig.dpi:.2f} in")
    if outside:
        fig._course_clip_warned = True
        title = fig.texts[0].get_text().replace("\n", " ") if fig.texts else "a figure"
        warnings.warn_explicit(f"figure {title!r}: content is cut off at the {', '.join(sorted(set(outside)))}",
                               UserWarning, filename="course.label_figure", lineno=0)


def _wrap_to_width(artist, width_px: float, indent: str = "") -> None:
    """Rewrap a figure text, at word breaks, until no line is wider than width_px pixels.

    The lines come out about equally long, so a title never ends in one stray word.
    """
    text = artist.get_text()
    if artist.get_window_extent().width <= width_px:
        return
    words = " ".join(line.strip() for line in text.splitlines())

    def fill(chars: int) -> str:
        return textwrap.fill(words, width=chars, subsequent_indent=indent,
                             break_long_words=False, break_on_hyphens=False)

    chars = len(max(text.splitlines(), key=len))
    while artist.get_window_extent().width > width_px and chars > 20:
        chars = max(20, int(chars * min(0.95, width_px / artist.get_window_extent().width)))
        artist.set_text(fill(chars))
    lines = artist.get_text().count("\n") + 1
    for narrower in range(math.ceil(len(words) / lines), chars):  # same number of lines, evened out
        if fill(narrower).count("\n") + 1 == lines:
            fitted = artist.get_text()
            artist.set_text(fill(narrower))
            if artist.get_window_extent().width > width_px:  # proportional fonts: rarely wider
                artist.set_text(fitted)
            break


# --------------------------------------------------------------------------------------------
# 3. Exercise self-checks
# --------------------------------------------------------------------------------------------

def _answer_key(exercise: str, path: Path | None = None) -> dict:
    """The answer key of the notebook an exercise id belongs to ("01.2" -> answers_01.json)."""
    path = path or ANSWERS_DIR / f"answers_{exercise.split('.')[0]}.json"
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def _feedback(answer, spec: dict) -> tuple[bool, str]:
    kind = spec["kind"]
    expected = spec["expected"]
    units = f" ({spec['units']})" if spec.get("units") else ""
    if kind == "number":
        if isinstance(answer, bool) or not isinstance(answer, (int, float)) and not hasattr(answer, "__float__"):
            return False, f"Expected a number{units}, got {type(answer).__name__}."
        value = float(answer)
        tol = spec.get("rel_tol", 0.01)
        if math.isclose(value, expected, rel_tol=tol, abs_tol=spec.get("abs_tol", 0)):
            return True, "Correct."
        if expected and any(math.isclose(value * f, expected, rel_tol=tol) for f in
                            (1e3, 1e-3, 1e6, 1e-6, 1e9, 1e-9, 100, 0.01)):
            return False, f"The digits look right but the scale does not: check the units{units}."
        return False, f"Not quite: your answer is too {'high' if value > expected else 'low'}."
    if kind == "text":
        accepted = [expected] if isinstance(expected, str) else list(expected)
        if str(answer).strip().casefold() in {a.casefold() for a in accepted}:
            return True, "Correct."
        return False, "Not quite: compare your answer with the table again."
    if kind == "set":
        try:
            given = {str(a).strip().casefold() for a in answer}
        except TypeError:
            return False, "Expected a list of names."
        want = {str(a).casefold() for a in expected}
        if given == want:
            return True, "Correct."
        missing, extra = len(want - given), len(given - want)
        return False, f"Not quite: {missing} missing and {extra} that should not be there."
    raise DataError(f"answer key: unknown kind {kind!r}")


def check(exercise: str, answer, *, key_path: Path | None = None) -> None:
    """Print feedback on an exercise answer: "✓" when right, "✗" and a hint when not.

    Never raises on a wrong or missing answer, so a notebook with unfinished exercises
    still runs to the end. Returns nothing, so that nothing but the feedback is shown."""
    print(f"[{exercise}] {feedback(exercise, answer, key_path=key_path)}")


def feedback(exercise: str, answer, *, key_path: Path | None = None) -> str:
    """The text that ``check`` prints, without the exercise id."""
    spec = _answer_key(exercise, key_path).get(exercise)
    if spec is None:
        return "No answer is recorded for this exercise: tell the instructor."
    if answer is None or answer is Ellipsis:
        return "Not attempted yet: replace None with your answer and run this cell again."
    try:
        ok, message = _feedback(answer, spec)
    except Exception as exc:  # a self-check must never stop the notebook
        ok, message = False, f"Could not check this answer ({type(exc).__name__}: {exc})."
    hint = "" if ok or not spec.get("hint") else f" Hint: {spec['hint']}"
    return f"{'✓' if ok else '✗'} {message}{hint}"


# --------------------------------------------------------------------------------------------
# 4. Citations
# --------------------------------------------------------------------------------------------

def sources_table(data_dir: Path | str | None = None) -> pd.DataFrame:
    """The sources table, one row per source id."""
    return load("sources", data_dir)


def cite(*ids: str, data_dir: Path | str | None = None) -> str:
    """Remember source ids used in prose or figures and return a short caption,
    e.g. 'Huawei (2024); Reuters (2023)'."""
    table = sources_table(data_dir).set_index("id")
    parts = []
    for sid in ids:
        if sid not in table.index:
            raise DataError(f"data/sources.csv: no source with id {sid!r}")
        _used_source_ids[sid] = None
        row = table.loc[sid]
        parts.append(f"{row['publisher']} ({str(row['date_published'])[:4]})")
    return "; ".join(dict.fromkeys(parts))


def print_sources(*used, data_dir: Path | str | None = None) -> None:
    """Print the full reference for each source id used.

    With no arguments: every id that ``load`` and ``cite`` have seen in this kernel.
    Arguments may be data frames (their ``attrs['source_ids']``) or id strings."""
    if used:
        ids: dict[str, None] = {}
        for item in used:
            if isinstance(item, pd.DataFrame):
                ids.update(dict.fromkeys(item.attrs.get("source_ids", [])))
            else:
                ids[item] = None
    else:
        ids = dict(_used_source_ids)
    table = sources_table(data_dir).set_index("id")
    unknown = [i for i in ids if i not in table.index]
    if unknown:
        raise DataError(f"data/sources.csv: no source with id {unknown[0]!r}")
    print(f"{len(ids)} sources, by id:")
    for sid in sorted(ids):
        row = table.loc[sid]
        author = f"{row['author']}. " if pd.notna(row["author"]) else ""
        print(f"- [{sid}] {author}{row['title']}. {row['publisher']}, {row['date_published']}. "
              f"{row['url']} ({row['type']})")
