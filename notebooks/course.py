"""Plumbing shared by the notebooks: nothing here is analysis.

Four jobs, each small enough to read in a few minutes:

1. ``load(name)``          a table from ``data/`` with the types its schema gives, checked
                           value by value, with the ids of its sources attached;
                           ``evidence_as_of(*names)`` says how recent those tables are;
2. ``use_style()``         seaborn's theme with the collection's palette, readable on a projector;
                           ``label_figure`` for titles, subtitles and source lines; and text placed
                           from the data, never at typed coordinates: ``mark_events`` (dated
                           events), ``label_lines`` (end-of-line labels), ``mark_levels``
                           (thresholds), ``label_points`` (scatter labels);
3. ``check(id, answer)``   an exercise self-check that prints feedback and never raises; kinds
                           number, text, set, choice (multiple choice) and figure;
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

def use_style() -> None:
    """Set the collection's plot and table style with seaborn's own theme. Call once, in the setup cell.

    ``sns.set_theme`` with the "whitegrid" style, a colour-blind-safe palette and fonts large enough
    for a projector; then a few settings of our own (figure size, left-aligned bold axes titles,
    no top and right spines)."""
    import matplotlib as mpl
    import seaborn as sns

    sns.set_theme(context="notebook", style="whitegrid", palette=PALETTE, font_scale=1.15)
    mpl.rcParams.update({
        "figure.figsize": (10, 5.6),
        "figure.dpi": 80,               # keeps each PNG small; text stays crisp when projected
        # No layout engine by default: seaborn's figure-level plots (relplot, catplot, displot) lay
        # themselves out with tight_layout, and warn if a constrained engine is already set.
        # label_figure gives every other figure constrained layout when it adds the title bands.
        "figure.constrained_layout.use": False,
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
    Call it once per figure, after the axes exist and before the figure is shown. Legend entries
    written in snake_case ("widened_yard") are shown as words ("widened yard").
    """
    if getattr(fig, "_course_labelled", False):
        raise ValueError("label_figure() was already called for this figure")
    from matplotlib.layout_engine import ConstrainedLayoutEngine, TightLayoutEngine

    fig._course_labelled = True
    # Column values such as "widened_yard" make poor legend entries: show them as words.
    for legend in [a.get_legend() for a in fig.axes] + list(fig.legends):
        if legend is not None:
            for text in [*legend.get_texts(), legend.get_title()]:
                text.set_text(text.get_text().replace("_", " "))
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
    if engine is None and not fig.legends:
        fig.set_layout_engine("constrained")
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


# Text placed from the data: event markers, end-of-line labels, threshold lines, point labels.
# Each measures its labels and moves them apart, so no coordinate is ever typed into a notebook.

# A label drawn over a line stays readable: a white box, slightly see-through.
_LABEL_BOX = {"boxstyle": "square,pad=0.1", "facecolor": "white", "edgecolor": "none", "alpha": 0.8}


def _settle(ax) -> None:
    """Apply any pending autoscaling, so data-to-pixel transforms use the final axis limits."""
    ax.get_xlim()
    ax.get_ylim()


def _text_px(ax, text: str, fontsize: float) -> tuple[float, float]:
    """Width and height in pixels of a text drawn at fontsize on ax's figure."""
    fig = ax.figure
    probe = fig.text(0, 0, text, fontsize=fontsize)
    box = probe.get_window_extent(fig.canvas.get_renderer())
    probe.remove()
    return box.width, box.height


def _spread(centres: list[float], gap: float, low: float | None = None, high: float | None = None) -> list[float]:
    """Move 1-D positions apart, in order, until neighbours are at least ``gap`` apart.

    Labels that would collide are grouped and each group is centred on the points it labels; the
    whole set is then shifted, if needed, to stay within ``low`` and ``high``."""
    order = sorted(range(len(centres)), key=lambda i: centres[i])
    pos = [centres[i] for i in order]
    # Group labels that would collide and centre each group on the mean of its members.
    groups = [[p] for p in pos]
    merged = True
    while merged:
        merged = False
        out = [groups[0]]
        for g in groups[1:]:
            prev = out[-1]
            prev_top = sum(prev) / len(prev) + gap * (len(prev) - 1) / 2
            this_bottom = sum(g) / len(g) - gap * (len(g) - 1) / 2
            if this_bottom - prev_top < gap:
                out[-1] = prev + g
                merged = True
            else:
                out.append(g)
        groups = out
    placed = []
    for g in groups:
        mid = sum(g) / len(g)
        placed += [mid + gap * (k - (len(g) - 1) / 2) for k in range(len(g))]
    if low is not None and placed and placed[0] < low:
        placed = [p + (low - placed[0]) for p in placed]
    if high is not None and placed and placed[-1] > high:
        placed = [p - (placed[-1] - high) for p in placed]
    result = [0.0] * len(centres)
    for i, p in zip(order, placed):
        result[i] = p
    return result


def _pairs(data, x, label) -> list[tuple]:
    """(x, label) pairs from a DataFrame's columns, a {label: x} mapping, or a list of pairs."""
    if isinstance(data, pd.DataFrame):
        return list(zip(data[x], data[label]))
    if hasattr(data, "items"):
        return [(value, name) for name, value in data.items()]
    return [(value, name) for value, name in data]


def mark_events(ax, events, x: str = "date", label: str = "label", *, color: str = NEUTRAL_COLOUR,
                fontsize: float = 10, linestyle: str = "--", side: str = "right") -> None:
    """Draw a vertical line at each event and label it along the top of the plot.

    ``events``: a DataFrame (columns ``x`` and ``label``), a ``{label: x}`` dict, or (x, label) pairs.
    Labels that would overlap go onto further rows, so any set of dates gives a readable figure.
    ``side``: which side of its line a label goes ("right" or "left"; the other side where there is
    no room). Call it after the data are plotted (it reads the axis limits)."""
    pairs = sorted(_pairs(events, x, label), key=lambda p: p[0])
    if not pairs:
        return
    fig = ax.figure
    num = list(zip(_to_axis(ax.xaxis, [v for v, _ in pairs]), [str(name) for _, name in pairs]))
    for value, _ in num:  # lines first: a line outside the data widens the axis before labels are placed
        ax.axvline(value, color=color, linestyle=linestyle, linewidth=1, zorder=1)
    _settle(ax)
    ax_w = ax.get_window_extent(fig.canvas.get_renderer()).width * 0.9  # the layout may narrow the axes a little
    row_ends: list[float] = []  # per row, the axes fraction where its last label ends
    height_frac = _text_px(ax, "Ag", fontsize)[1] * 1.35 / ax.get_window_extent(fig.canvas.get_renderer()).height
    to_axes = ax.transAxes.inverted()
    for value, name in num:
        frac = to_axes.transform(ax.transData.transform((value, ax.get_ylim()[0])))[0]  # log axes too
        width = (_text_px(ax, name, fontsize)[0] + 6) / ax_w
        right_side = frac + width <= 1.0 if side == "right" else frac - width < 0.0
        start, end = (frac, frac + width) if right_side else (frac - width, frac)
        row = next((r for r, e in enumerate(row_ends) if start > e), len(row_ends))
        if row == len(row_ends):
            row_ends.append(end)
        else:
            row_ends[row] = end
        ax.annotate(name, xy=(value, 1 - 0.02 - row * height_frac), xycoords=ax.get_xaxis_transform(),
                    xytext=(3 if right_side else -3, 0), textcoords="offset points",
                    ha="left" if right_side else "right", va="top", fontsize=fontsize, color=color,
                    bbox=_LABEL_BOX)


def _to_axis(axis, values) -> list[float]:
    """Data values as the numbers matplotlib plots them at: dates, numbers, or categories (their
    position on a categorical axis)."""
    if axis.have_units() and axis.get_converter() is not None and not all(
            isinstance(v, (int, float)) for v in values):
        return [float(v) for v in axis.convert_units(list(values))]
    return [mdates_num(v) for v in values]


def mdates_num(value) -> float:
    """A date (Timestamp, datetime, ISO string) or a number, as a matplotlib x coordinate."""
    import numbers

    import matplotlib.dates as mdates
    if isinstance(value, numbers.Real) and not isinstance(value, bool):
        return float(value)
    return float(mdates.date2num(pd.Timestamp(value)))


def label_lines(ax, data: pd.DataFrame, x: str, y: str, hue: str, *, palette=None,
                fontsize: float = 11, fmt: str = "{hue}") -> None:
    """Label each line at its last point, in the line's colour, moving labels apart where they meet.

    Use it with ``sns.lineplot(..., hue=hue, legend=False)``. ``palette``: the same dict or list of
    colours given to seaborn (default: dark grey). ``fmt`` may use ``{hue}``, ``{x}`` and ``{y}``."""
    _settle(ax)
    ends = (data.dropna(subset=[x, y]).sort_values(x).groupby(hue, sort=True, observed=True).tail(1))
    if ends.empty:
        return
    names = list(ends[hue])
    if isinstance(palette, dict):
        colours = [palette.get(n, ".15") for n in names]
    elif palette is not None:
        order = list(dict.fromkeys(data[hue].dropna()))
        colours = [list(palette)[order.index(n) % len(palette)] for n in names]
    else:
        colours = [".15"] * len(names)
    xs = _to_axis(ax.xaxis, ends[x])
    pts = ax.transData.transform(list(zip(xs, ends[y].astype(float))))
    gap = _text_px(ax, "Ag", fontsize)[1] * 1.1
    box = ax.get_window_extent(ax.figure.canvas.get_renderer())
    placed = _spread([p[1] for p in pts], gap, low=box.y0, high=box.y1)
    to_pt = 72 / ax.figure.dpi
    for x_pos, (_, py), new_y, name, colour, (_, row) in zip(xs, pts, placed, names, colours, ends.iterrows()):
        text = fmt.format(hue=name, x=row[x], y=row[y])
        ax.annotate(text, xy=(x_pos, row[y]), xytext=(6, (new_y - py) * to_pt),
                    textcoords="offset points", va="center", ha="left", fontsize=fontsize,
                    color=colour, fontweight="bold")


def mark_levels(ax, levels, x: str = "value", label: str = "label", *, axis: str = "y",
                color: str = NEUTRAL_COLOUR, fontsize: float = 10, linestyle: str = ":",
                side: str = "right") -> None:
    """Draw reference lines (thresholds, targets) and label each at the plot's edge.

    ``levels`` as for ``mark_events``: a DataFrame, a ``{label: value}`` dict, or pairs. With
    ``axis="y"`` the lines are horizontal and labelled at the right; with ``axis="x"`` they are
    vertical and labelled along the top (as ``mark_events``, whose ``side`` they take)."""
    if axis == "x":
        mark_events(ax, levels, x, label, color=color, fontsize=fontsize, linestyle=linestyle, side=side)
        return
    _settle(ax)
    pairs = sorted(_pairs(levels, x, label), key=lambda p: p[0])
    for value, _ in pairs:  # lines first: a level outside the data widens the axis before labels are placed
        ax.axhline(value, color=color, linestyle=linestyle, linewidth=1.2, zorder=1)
    _settle(ax)
    renderer = ax.figure.canvas.get_renderer()
    box = ax.get_window_extent(renderer)
    ys = [ax.transData.transform((0, v))[1] for v, _ in pairs]
    gap = _text_px(ax, "Ag", fontsize)[1] * 1.1
    placed = _spread([y + gap * 0.6 for y in ys], gap, low=box.y0, high=box.y1 - gap * 0.5)
    to_pt = 72 / ax.figure.dpi
    for (value, name), y, new_y in zip(pairs, ys, placed):
        ax.annotate(str(name), xy=(1, value), xycoords=ax.get_yaxis_transform(),
                    xytext=(-3, (new_y - y) * to_pt), textcoords="offset points", ha="right",
                    va="center", fontsize=fontsize, color=color, bbox=_LABEL_BOX)


def label_points(ax, data: pd.DataFrame, x: str, y: str, label: str, *, fontsize: float = 10,
                 color: str = ".15") -> None:
    """Label scatter points with the ``label`` column, trying eight places around each point and
    keeping the first that overlaps no text already on the axes (call it after ``mark_levels``)."""
    _settle(ax)
    renderer = ax.figure.canvas.get_renderer()
    to_pt = 72 / ax.figure.dpi
    placed = [(b.x0, b.y0, b.x1, b.y1) for b in (t.get_window_extent(renderer) for t in ax.texts)]
    rows = data.dropna(subset=[x, y])
    pts = ax.transData.transform(list(zip(_to_axis(ax.xaxis, rows[x]), _to_axis(ax.yaxis, rows[y]))))
    for (px, py), name in zip(pts, rows[label].astype(str)):
        w, h = _text_px(ax, name, fontsize)
        options = [(6, 2, "left"), (6, -h - 2, "left"), (-6, 2, "right"), (-6, -h - 2, "right"),
                   (6, h + 4, "left"), (6, -2 * h - 4, "left"), (-6, h + 4, "right"), (-6, -2 * h - 4, "right")]

        def box(dx, dy, ha):
            x0 = px + dx if ha == "left" else px + dx - w
            return (x0, py + dy, x0 + w, py + dy + h)

        def free(b):
            return all(b[2] < o[0] or b[0] > o[2] or b[3] < o[1] or b[1] > o[3] for o in placed)

        dx, dy, ha = next((o for o in options if free(box(*o))), options[0])
        placed.append(box(dx, dy, ha))
        ax.annotate(name, xy=tuple(ax.transData.inverted().transform((px, py))),
                    xytext=(dx * to_pt, dy * to_pt), textcoords="offset points", ha=ha, va="bottom",
                    fontsize=fontsize, color=color)


# --------------------------------------------------------------------------------------------
# Evidence dates
# --------------------------------------------------------------------------------------------

_PERIOD = re.compile(r"\d{4}(Q[1-4]|-\d{2}(-\d{2})?)?")


def _period_field(resource: dict) -> str | None:
    """The field that dates a table's evidence: the first date or year field, or the first string
    field of ISO dates or quarters; never a target or forecast year."""
    names = [f["name"] for f in resource["schema"]["fields"]]
    for preferred in ("as_of", "period_end"):  # the date a row's evidence refers to, where a table has one
        if preferred in names:
            return preferred
    for field in resource["schema"]["fields"]:
        name, ftype = field["name"], field.get("type")
        pattern = field.get("constraints", {}).get("pattern", "")
        if name.startswith(("target", "forecast")):  # a plan's target year is not evidence
            continue
        if ftype in ("date", "year") or (ftype == "integer" and name.startswith("year")):
            return name
        if ftype == "string" and pattern in (r"\d{4}(-\d{2}(-\d{2})?)?", r"\d{4}(Q[1-4])?"):
            return name
    return None


def latest_period(name: str, data_dir: Path | str | None = None) -> str | None:
    """The latest date a table's rows cover, as written in the data ("2026-01-13", "2025Q2", "2024"),
    or None for a table without dates (specifications, lists)."""
    data_dir = Path(data_dir) if data_dir is not None else DATA_DIR
    field = _period_field(_resource(read_package(data_dir), name))
    if field is None:
        return None
    values = load(name, data_dir)[field].dropna()
    texts = [v.strftime("%Y-%m-%d") if hasattr(v, "strftime") else str(v) for v in values]
    texts = [t for t in texts if _PERIOD.fullmatch(t)]
    return max(texts, key=_period_key) if texts else None


def _period_key(text: str) -> tuple:
    """Sort key for "2024", "2025Q2", "2025-06", "2025-06-30": a period counts from its last day."""
    if "Q" in text:
        return (text[:4], f"{int(text[5]) * 3:02d}", "99")
    parts = text.split("-") + ["99", "99"]
    return (parts[0], parts[1], parts[2])


def evidence_as_of(*names: str, data_dir: Path | str | None = None):
    """A Markdown line: the latest date of the evidence in the named tables, and each table's own.

    Shown near the top of each notebook, so a reader sees at once how recent the evidence is."""
    from IPython.display import Markdown
    data_dir = Path(data_dir) if data_dir is not None else DATA_DIR
    ends = {n: latest_period(n, data_dir) for n in names}
    dated = {n: e for n, e in ends.items() if e}
    if not dated:
        return Markdown("**Evidence as of:** the tables used here carry no dates.")
    newest = max(dated.values(), key=_period_key)
    parts = [f"`{n}` to {e}" if e else f"`{n}` (undated)" for n, e in ends.items()]
    return Markdown(f"**Evidence as of {newest}** (the latest dated row in the tables this notebook "
                    f"uses): {'; '.join(parts)}.")


# --------------------------------------------------------------------------------------------
# 3. Exercise self-checks
# --------------------------------------------------------------------------------------------

def _answer_key(exercise: str, path: Path | None = None) -> dict:
    """The answer key of the notebook an exercise id belongs to ("01.2" -> answers_01.json)."""
    path = path or ANSWERS_DIR / f"answers_{exercise.split('.')[0]}.json"
    if not path.exists():
        return {}
    return json.loads(path.read_text(encoding="utf-8"))


def _one_number(answer):
    """(value, problem): the answer as a float, or why it is not one number."""
    if isinstance(answer, bool):
        return None, f"Expected a number, got {answer} (a comparison, not a count or an amount?)."
    if isinstance(answer, str):
        try:
            float(answer.replace(",", ""))
        except ValueError:
            return None, "Expected a number, but you gave text."
        return None, "You gave the number as text (in quotes): remove the quotes."
    if isinstance(answer, (pd.Series, pd.DataFrame)) or type(answer).__name__ == "ndarray":
        size = getattr(answer, "size", 0)
        kind = type(answer).__name__
        if size == 1:
            return None, (f"You gave a {kind} holding one value; take the number out of it "
                          "with .item() (or .iloc[0]).")
        return None, f"Expected one number, but you gave a {kind} of {size} values."
    if isinstance(answer, (list, tuple, set, dict)):
        return None, f"Expected one number, but you gave a {type(answer).__name__} of {len(answer)} items."
    try:
        return float(answer), None
    except (TypeError, ValueError):
        return None, f"Expected a number, got {type(answer).__name__}."


def _number_feedback(answer, spec: dict) -> tuple[bool, str]:
    expected = float(spec["expected"])
    units = spec.get("units", "")
    in_units = f" ({units})" if units else ""
    value, problem = _one_number(answer)
    if problem:
        return False, problem
    if math.isnan(value):
        return False, ("Your answer is NaN (not a number): a step produced a missing value, for "
                       "example a filter that matched no rows or a column with gaps. Print the "
                       "intermediate results to find it.")
    if math.isinf(value):
        return False, "Your answer is infinite: did you divide by zero?"
    tol = spec.get("rel_tol", 0.01)
    abs_tol = spec.get("abs_tol", 0)

    def near(v):
        return math.isclose(v, expected, rel_tol=tol, abs_tol=abs_tol)

    if near(value):
        return True, "Correct."
    if expected and near(-value):
        return False, ("The size is right but the sign is not: is it a rise or a fall, and which "
                       "value did you subtract from which?")
    percent = any(w in units.lower() for w in ("%", "percent", "pct"))
    share = "share" in units.lower() and not percent
    if expected and near(value * 100) and percent:
        return False, "That looks like a share (between 0 and 1); we asked for a percentage: multiply by 100."
    if expected and near(value / 100) and share:
        return False, "That looks like a percentage; we asked for a share between 0 and 1: divide by 100."
    if expected and any(near(value * f) for f in (1e3, 1e-3, 1e6, 1e-6, 1e9, 1e-9, 1e12, 1e-12, 100, 0.01)):
        return False, f"The digits look right but the scale does not: check the units{in_units}."
    return False, f"Not quite: your answer is too {'high' if value > expected else 'low'}{in_units}."


def _as_names(answer):
    """(list of names, problem) for an answer that should be a list of names."""
    if isinstance(answer, str):
        return None, ("Expected a list of names, but you gave one piece of text. Put each name in "
                      "quotes, inside square brackets: ['first', 'second'].")
    if isinstance(answer, pd.DataFrame):
        return None, "Expected a list of names, but you gave a table: pick one column, then .tolist()."
    if isinstance(answer, dict):
        return None, "Expected a list of names, but you gave a dict: use list(your_dict) for its keys."
    try:
        return [str(a).strip() for a in answer], None
    except TypeError:
        return None, f"Expected a list of names, got {type(answer).__name__}."


def _choice_feedback(answer, spec: dict) -> tuple[bool, str]:
    letters = list(spec.get("options", {}))  # the keys of {letter: text}, or a list of letters
    if not isinstance(answer, str):
        return False, f"Answer with the letter of your choice, as text in quotes: for example '{letters[0]}'."
    pick = answer.strip().strip("()[].").strip().lower()
    if pick not in [l.lower() for l in letters]:
        return False, f"Choose one of {', '.join(letters)}."
    why = spec.get("why", {})
    if pick == str(spec["expected"]).lower():
        return True, " ".join(["Correct.", why.get(pick, "")]).strip()
    return False, " ".join(["Not this one.", why.get(pick, "")]).strip()


def _figure_feedback(answer, spec: dict) -> tuple[bool, str]:
    """Check a figure the student made: answer is an Axes, a Figure or a seaborn grid."""
    if hasattr(answer, "get_xlabel"):  # an Axes
        axes = [answer]
    elif hasattr(answer, "axes"):      # a Figure, or a seaborn FacetGrid (axes is an array)
        axes = [a for a in getattr(answer, "axes").flat] if hasattr(getattr(answer, "axes"), "flat") \
            else list(answer.axes)
    else:
        return False, "Expected a figure: give the Axes that seaborn returns (ax = sns.lineplot(...))."
    if not axes:
        return False, "The figure has no plot in it yet."
    ax = axes[0]
    for what, getter in (("xlabel", ax.get_xlabel), ("ylabel", ax.get_ylabel)):
        want = spec.get(what)
        if want and want.lower() not in getter().lower():
            return False, f"Check the {'x' if what == 'xlabel' else 'y'} axis: its label should mention {want!r}."
    legend = ax.get_legend() or (ax.figure.legends[0] if ax.figure.legends else None)
    labels = [t.get_text() for t in legend.get_texts()] if legend else []
    labels += [t.get_text() for a in axes for t in a.texts]
    titles = [a.get_title(loc) for a in axes for loc in ("left", "center", "right")]
    if len(axes) < spec.get("min_axes", 1):
        return False, f"Expected at least {spec['min_axes']} panels (try col=...)."
    def norm(text: str) -> str:  # label_figure shows "gross_margin_pct" as "gross margin pct"
        return text.lower().replace("_", " ")

    for name in spec.get("panels", []):
        if not any(norm(name) in norm(t) for t in titles):
            return False, f"No panel is titled with {name!r}: which column should col= name?"
    for name in spec.get("labels", []):
        if not any(norm(name) in norm(l) for l in labels + titles):
            return False, f"Nothing in the legend or labels mentions {name!r}: is the hue right?"
    return True, "Looks right."


def _feedback(answer, spec: dict) -> tuple[bool, str]:
    kind = spec["kind"]
    if kind == "number":
        return _number_feedback(answer, spec)
    if kind == "text":
        expected = spec["expected"]
        accepted = [expected] if isinstance(expected, str) else list(expected)
        if isinstance(answer, (list, tuple, set, pd.Series)):
            return False, (f"Expected one answer as text, but you gave a {type(answer).__name__} of "
                           f"{len(answer)} items: pick the one you mean.")
        if str(answer).strip().casefold() in {a.casefold() for a in accepted}:
            return True, "Correct."
        return False, "Not quite."
    if kind == "set":
        names, problem = _as_names(answer)
        if problem:
            return False, problem
        given = {n.casefold() for n in names}
        want = {str(a).casefold() for a in spec["expected"]}
        if given == want:
            return True, "Correct."
        missing, extra = len(want - given), len(given - want)
        return False, f"Not quite: {missing} missing and {extra} that should not be there."
    if kind == "choice":
        return _choice_feedback(answer, spec)
    if kind == "figure":
        return _figure_feedback(answer, spec)
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
    # A hint helps with a wrong value; for an answer of the wrong kind the message says what to fix.
    wrong_value = not ok and message.startswith(("Not quite", "Not this one"))
    hint = f" Hint: {spec['hint']}" if wrong_value and spec.get("hint") else ""
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
    """Print the full reference for each source id used: the publisher's URL, and where the source
    was read if that was a copy elsewhere (``accessed_via``); a relay is marked as one.

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
        via = row.get("accessed_via")
        read = f" Read via {via}." if isinstance(via, str) and via else ""
        relay = ", a relay: the publisher's copy was not found" if row.get("url_kind") == "relay" else ""
        print(f"- [{sid}] {author}{row['title']}. {row['publisher']}, {row['date_published']}. "
              f"{row['url']} ({row['type']}{relay}).{read}")
