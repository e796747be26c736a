# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# [← previous: 00 Start here](00_start_here.ipynb) · [contents](00_start_here.ipynb) · [next: 02 Huawei →](02_huawei_vertical_integration.ipynb)
#
# # 01 · "Small yard, high fence": the escalation, measured
#
# *Has the US "yard" of controlled technologies grown and its "fence" risen, as the commentary says, and has China
# answered each round tit-for-tat? Here you rebuild the escalation from 74 sourced measures, 2019–2026, and test both
# claims, including the relaxations that the story of steady tightening leaves out.*

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## At a glance
#
# **You will**
# - **trace** US, allied and Chinese measures on one timeline, by category, tightening *and* relaxation;
# - **count** measures per year by actor and separate the growth of the yard (new kinds of technology controlled)
#   from the rise of the fence (stricter terms, more listed parties);
# - **compute** China's response times and **judge** whether they show tit-for-tat or coincidence;
# - **weigh** China's leverage in the minerals it restricted, and **test** whether US controls cut China's chip imports;
# - **criticise** sources: who coined "small yard, high fence", and what the commentary's summary gets wrong.
#
# **Time:** 50–70 minutes alone; a 50-minute seminar.
# **Prerequisites:** notebook 00; pandas basics (`query`, `groupby`, `merge_asof`); reading a timeline.
# **Data:** `control_events`, `china_ic_imports`, `entity_list_counts`, `mineral_world_share`, `phrase_attributions`,
# `company_china_revenue_share`, `claims` (all in `data/`, described in `data/datapackage.json`).
# **Key terms:** *Entity List* (the US Commerce list of foreign parties that need a licence to receive US items);
# *foreign-direct-product rule* (FDPR: US control over foreign-made items built with US technology or tools);
# *Unreliable Entity List* (China's list of foreign firms barred from trade or investment); *yard* (the range of
# technologies controlled); *fence* (how strictly, and against how many parties).
#
# **How dates are stored.** A source sometimes gives only the month or the year of a measure. We then store
# `"2024-10"` or `"2019"` and never invent a day; `course.partial_dates()` places such a date at the start of its
# period and labels its precision. Analyses that need days (response times) use only day-precise dates.

# %% slideshow={"slide_type": "skip"}
import textwrap

import matplotlib.dates as mdates
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from IPython.display import display
from matplotlib.lines import Line2D

import course

course.use_style()

claims = course.load("claims")
events = course.load("control_events")
ic = course.load("china_ic_imports")
el_counts = course.load("entity_list_counts")
minerals = course.load("mineral_world_share")
phrase = course.load("phrase_attributions")
revenue = course.load("company_china_revenue_share")

EFFECT_COLOURS = {"widened_yard": course.PALETTE[0], "raised_fence": course.PALETTE[5],
                  "retaliation": course.CHINA_COLOUR, "relaxation": course.PALETTE[2]}
EFFECT_LABELS = {"widened_yard": "Widened the yard", "raised_fence": "Raised the fence",
                 "retaliation": "Chinese countermeasure", "relaxation": "Relaxation"}
SIDE = {"US": "US and allies", "Netherlands": "US and allies", "Japan": "US and allies", "China": "China"}

# Dates: a timestamp at the start of the period, and the precision the source gives.
ann = course.partial_dates(events["announced_date"])
events["announced"] = ann["date"]
events["precision"] = ann["precision"]
events["year"] = events["announced"].dt.year
events["side"] = events["actor"].map(SIDE)


def sources_line(*ids, width=125):
    """course.cite() for a figure, wrapped so a long list of sources does not widen the figure."""
    return textwrap.fill(course.cite(*ids), width=width, subsequent_indent="  ")


# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. The claims under test
#
# The commentary (Diana Choyleva, CNA, 30 January 2025) makes two claims that this notebook measures. Here they are
# as the collection's claims table records them.

# %% slideshow={"slide_type": "-"}
display(claims.query("notebook == '01_small_yard_high_fence'")[["claim_id", "claim", "quote"]])

# %% [markdown] slideshow={"slide_type": "-"}
# The original lists China's counter-strategy as targeting Skydio's battery supply chain, banning exports of
# dual-use minerals (graphite, germanium, gallium, antimony) and probing US chip firms. The collection's seed summary
# drops this list; section 7 restores it and checks each item against the events table.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. The data: 74 measures, three kinds of actor
#
# Each row is one measure with its own source. How many measures per actor, and how precisely are they dated?

# %% slideshow={"slide_type": "-"}
by_actor = (events.groupby(["actor", "precision"]).size().unstack(fill_value=0)
            .reindex(columns=["day", "month", "year"], fill_value=0))
by_actor["total"] = by_actor.sum(axis=1)
display(by_actor.sort_values("total", ascending=False))
not_to_day = events.loc[events["precision"] != "day", ["event_id", "announced_date", "measure"]]
print(f"{len(events)} measures; {len(not_to_day)} are dated only to the month or year:")
display(not_to_day.sort_values("event_id"))

# %% [markdown] slideshow={"slide_type": "-"}
# One partial date is deliberate: Skydio's sanctions are dated 10 October 2024 by some reports and 11 October by the
# Financial Times. Where sources disagree on a day, we keep the month rather than pick a side.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. The whole escalation on one timeline
#
# **Question:** what did each side do, when, and in which field? Each dot below is one measure, placed at its
# announcement; hollow dots are dated only to the month or year.

# %% slideshow={"slide_type": "subslide"}
lanes = (events[["side", "category"]].drop_duplicates()
         .assign(order=lambda d: d["side"].map({"US and allies": 0, "China": 1}))
         .sort_values(["order", "category"]).reset_index(drop=True))
lanes["y"] = np.arange(len(lanes))[::-1]
plot_ev = events.merge(lanes[["side", "category", "y"]], on=["side", "category"])
# Spread measures announced on the same day in the same lane so none is hidden.
plot_ev["y"] = plot_ev["y"] + plot_ev.groupby(["y", "announced"]).cumcount() * 0.22

fig, ax = plt.subplots(figsize=(12, 7.5))
markers = {"US": "o", "Netherlands": "s", "Japan": "s", "China": "D"}
for (effect, actor), grp in plot_ev.groupby(["effect", "actor"]):
    for precise, sub in grp.groupby(grp["precision"] == "day"):
        ax.scatter(sub["announced"], sub["y"], s=90, marker=markers[actor],
                   facecolors=EFFECT_COLOURS[effect] if precise else "white",
                   edgecolors=EFFECT_COLOURS[effect], linewidths=2, zorder=3)
ax.set_yticks(lanes["y"])
ax.set_yticklabels([f"{'US+allies' if s == 'US and allies' else s} · {c.replace('_', ' ')}"
                    for s, c in zip(lanes["side"], lanes["category"])])
split = lanes.loc[lanes["side"] == "China", "y"].max() + 0.5
ax.axhline(split, color="#404040", linewidth=1)
ax.set_xlim(pd.Timestamp("2018-11-01"), pd.Timestamp("2026-05-01"))
ax.xaxis.set_major_locator(mdates.YearLocator())
ax.xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
ax.set_xlabel("Date announced")
minerals_y = lanes.loc[(lanes["side"] == "China") & (lanes["category"] == "minerals"), "y"].iloc[0]
ax.annotate("2 Dec 2024 US package → 3 Dec\nChina bans Ga/Ge/Sb exports to the US", xy=(pd.Timestamp("2024-12-03"), minerals_y),
            xytext=(pd.Timestamp("2019-03-01"), 0.5), fontsize=11,
            arrowprops={"arrowstyle": "->", "color": "#404040"})
ax.axvspan(pd.Timestamp("2025-10-30"), pd.Timestamp("2025-11-20"), color="#DDDDDD", zorder=0)
ax.text(pd.Timestamp("2025-11-08"), lanes["y"].max() + 0.6, "Busan\ntruce", ha="center", fontsize=10)
handles = [Line2D([], [], marker="o", linestyle="", markersize=10, color=c, label=EFFECT_LABELS[k])
           for k, c in EFFECT_COLOURS.items()]
handles += [Line2D([], [], marker=m, linestyle="", markersize=9, markerfacecolor="white", markeredgecolor="#404040",
                   label=lab) for m, lab in [("o", "US"), ("s", "Netherlands / Japan"), ("D", "China")]]
handles += [Line2D([], [], marker="o", linestyle="", markersize=9, markerfacecolor="white", markeredgecolor="#404040",
                   markeredgewidth=2, label="hollow: month or year only")]
ax.legend(handles=handles, loc="upper left", fontsize=10, ncol=1, bbox_to_anchor=(1.0, 1.0))
ax.grid(axis="y", alpha=0.3)
course.label_figure(fig, "Controls widened and tightened for six years, then partly eased in 2025–26",
                    subtitle="US, allied and Chinese technology measures by field, by date announced, 2019–2026",
                    source=sources_line(*events["source_id"].unique()[:4])
                    + f"; and {events['source_id'].nunique() - 4} more (see Sources)")
plt.show()

# %% [markdown] slideshow={"slide_type": "-"}
# *The timeline shows US and allied measures (top lanes) building up from the 2019 Huawei listing to dense clusters
# in 2023–2025, Chinese countermeasures (bottom lanes) thickening from 2023, mostly in minerals and sanctions law, and
# green relaxations on both sides from May 2025 onward.*
#
# **What it shows:** both sides escalated, and from late 2024 the pace of both is high. **What it does not show:**
# how much each measure mattered. A dot for 140 listed entities weighs the same as a dot for a clarifying rule.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. Count it: measures per year, and the yard against the fence
#
# **Question:** did the number of measures rise year by year, and on which side?

# %% slideshow={"slide_type": "-"}
per_year = events.pivot_table(index="year", columns="effect", values="event_id", aggfunc="count", fill_value=0)
per_year = per_year.reindex(columns=list(EFFECT_COLOURS), fill_value=0)
display(per_year)
per_actor_year = events.pivot_table(index="year", columns="actor", values="event_id", aggfunc="count", fill_value=0)
display(per_actor_year)

# %% slideshow={"slide_type": "subslide"}
fig, ax = plt.subplots(figsize=(11, 5.8))
bottom = np.zeros(len(per_year))
for effect in EFFECT_COLOURS:
    ax.bar(per_year.index, per_year[effect], bottom=bottom, color=EFFECT_COLOURS[effect],
           label=EFFECT_LABELS[effect], edgecolor="white")
    bottom += per_year[effect].to_numpy()
ax.set_xlabel("Year announced")
ax.set_ylabel("Measures (count)")
ax.set_xticks(per_year.index)
ax.legend(loc="upper left")
ax.annotate("2023: US chip update, Japanese and Dutch\ntool rules, China's first mineral controls",
            xy=(2023, per_year.loc[2023].sum()), xytext=(2019.6, 17), fontsize=11,
            arrowprops={"arrowstyle": "->", "color": "#404040"})
ax.annotate("2025: tariff war, then the Busan truce", xy=(2025, per_year.loc[2025].sum()),
            xytext=(2021.6, 31), fontsize=11, arrowprops={"arrowstyle": "->", "color": "#404040"})
course.label_figure(fig, "2025 had the most measures, and the most relaxations",
                    subtitle="US, allied and Chinese measures per year, by what they did",
                    source="control_events table (74 measures, each with its own source; see Sources)")
plt.show()

# %% [markdown] slideshow={"slide_type": "-"}
# *The stacked bars rise from a handful of measures a year in 2019–2022 to a dozen or so in 2023 and 2024 and by far
# the most in 2025, when Chinese countermeasures (orange-red) and relaxations (green) both peak.*
#
# Counting measures is crude: a year can look busy because of many small listings. So we separate two things the
# metaphor mixes. The **yard** grows when a measure brings a new kind of technology or item under control; the
# **fence** rises when terms tighten or more parties are listed for what is already controlled.

# %% slideshow={"slide_type": "subslide"}
west = events[events["side"] == "US and allies"].sort_values("announced")
yard = west[west["effect"] == "widened_yard"].assign(n=1)
fence = west[(west["effect"] == "raised_fence") | west["also_raised_fence"]].assign(n=1)
listed = west.dropna(subset=["chinese_entities_added"])
relax = west[west["effect"] == "relaxation"]

fig, axes = plt.subplots(3, 1, figsize=(11, 8.5), sharex=True)
for ax, data, col, colour, label in [
        (axes[0], yard, "n", EFFECT_COLOURS["widened_yard"], "Yard: measures\nwidening it (count)"),
        (axes[1], fence, "n", EFFECT_COLOURS["raised_fence"], "Fence: measures\nraising it (count)"),
        (axes[2], listed, "chinese_entities_added", "#404040", "Chinese entities\nlisted (count,\nwhere sourced)")]:
    cum = data.groupby("announced")[col].sum().cumsum()
    ax.step(cum.index, cum.to_numpy(), where="post", color=colour, linewidth=2.5)
    ax.set_ylabel(label)
    ax.set_ylim(bottom=0)
    for d in relax["announced"]:
        ax.axvline(d, color=EFFECT_COLOURS["relaxation"], linewidth=1, alpha=0.7)
axes[0].text(pd.Timestamp("2025-05-13"), 1, "relaxations\n(green lines)", color=EFFECT_COLOURS["relaxation"],
             ha="right", fontsize=10)
axes[2].xaxis.set_major_locator(mdates.YearLocator())
axes[2].xaxis.set_major_formatter(mdates.DateFormatter("%Y"))
axes[2].set_xlabel("Date announced (US and allied measures only)")
course.label_figure(fig, "Both the yard and the fence grew, in steps, until 2025",
                    subtitle="Cumulative US and allied measures; bottom panel counts only rounds whose China total is sourced",
                    source="control_events table; Federal Register and BIS notices (see Sources)")
plt.show()
print(f"Yard-widening measures: {len(yard)}; fence-raising measures: {len(fence)}; "
      f"Chinese entities in rounds with a sourced count: {int(listed['chinese_entities_added'].sum())} "
      f"({len(listed)} of {int((west['category'] == 'entity_list').sum())} listing measures)")

# %% [markdown] slideshow={"slide_type": "-"}
# *Three step lines climb from 2019 to late 2025: yard-widening measures, fence-raising measures, and Chinese
# entities listed in rounds whose China total is known; green vertical lines mark the relaxations clustered in 2025–26.*
#
# **What it does not show:** the bottom line is a floor, not a total. Many rounds (Huawei's 2019 affiliates, the
# 140 entities of December 2024) have no China-only count in the sources. No clean yearly count of Chinese parties
# on the Entity List exists in what we read; the few counts there are use different units and dates:

# %% slideshow={"slide_type": "-"}
display(el_counts[["as_of", "measure", "count", "count_kind", "unit", "note"]].sort_values("as_of"))

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5. Response times: tit-for-tat or coincidence?
#
# The famous pair: on Monday 2 December 2024 the US announced its third chip package in three years; on Tuesday
# 3 December China banned, in principle, exports of gallium, germanium and antimony to the US. For each Chinese
# countermeasure dated to the day, how many days had passed since the nearest preceding US or allied measure?

# %% slideshow={"slide_type": "-"}
west_days = (events[(events["side"] == "US and allies") & (events["precision"] == "day")]
             .sort_values("announced")[["announced", "event_id", "measure"]]
             .rename(columns={"event_id": "trigger_id", "measure": "trigger", "announced": "trigger_date"}))
cn = events[(events["actor"] == "China") & (events["effect"] == "retaliation") & (events["precision"] == "day")]
lags = pd.merge_asof(cn.sort_values("announced"), west_days, left_on="announced", right_on="trigger_date",
                     direction="backward")
lags["lag_days"] = (lags["announced"] - lags["trigger_date"]).dt.days
show = lags[["event_id", "announced_date", "lag_days", "trigger_id"]].copy()
show["measure"] = lags["measure"].str.slice(0, 55)
display(show.sort_values("announced_date").reset_index(drop=True))

# %% [markdown] slideshow={"slide_type": "-"}
# A short lag is suggestive, not proof: with a US or allied measure every few weeks, *any* date is close to some
# measure. A fair test compares the Chinese dates with every calendar day in the same period.

# %% slideshow={"slide_type": "subslide"}
days = pd.DataFrame({"day": pd.date_range(west_days["trigger_date"].min(), lags["announced"].max(), freq="D")})
baseline = pd.merge_asof(days, west_days[["trigger_date"]], left_on="day", right_on="trigger_date",
                         direction="backward")
baseline["lag_days"] = (baseline["day"] - baseline["trigger_date"]).dt.days
within = 7
share_cn = (lags["lag_days"] <= within).mean() * 100
share_days = (baseline["lag_days"] <= within).mean() * 100
print(f"Chinese countermeasures dated to the day: {len(lags)}; median lag {lags['lag_days'].median():.0f} days")
print(f"Within {within} days of a US/allied measure: {share_cn:.0f}% of countermeasures "
      f"vs {share_days:.0f}% of all calendar days (the 'coincidence' baseline)")

fig, ax = plt.subplots(figsize=(11, 5))
bins = np.arange(0, 181, 7)
ax.hist(baseline["lag_days"].clip(upper=180), bins=bins, density=True, color="#BBBBBB",
        label="All calendar days, 2019–2025 (baseline)")
ax.hist(lags["lag_days"].clip(upper=180), bins=bins, density=True, histtype="step", linewidth=3,
        color=course.CHINA_COLOUR, label="Chinese countermeasures")
ax.set_xlabel("Days since the nearest preceding US or allied measure (values above 180 shown at 180)")
ax.set_ylabel("Share per day of lag (density)")
ax.legend()
ax.annotate("3 Dec 2024: 1 day\nafter the US package", xy=(1, 0.02), xytext=(40, 0.035), fontsize=11,
            arrowprops={"arrowstyle": "->", "color": "#404040"})
course.label_figure(fig, "Chinese countermeasures cluster just after US moves, more than chance would put them",
                    subtitle="Lag from each Chinese countermeasure to the nearest earlier US or allied measure, against every day",
                    source="control_events table (day-precise dates only)")
plt.show()

# %% [markdown] slideshow={"slide_type": "-"}
# *The orange-red outline (Chinese countermeasures) is piled up in the first week or two of lag, while the grey
# baseline of all calendar days is spread more evenly over the first weeks and months.*
#
# **What the data can show:** timing. **What it cannot show:** motive. Several countermeasures answer things not in
# this table (US tariffs in February and April 2025, Taiwan arms sales), and the nearest US measure is not always the
# one China was answering: the April 2025 rare-earth controls followed US tariffs, not a technology control.
# China's ministry also said its mineral controls targeted no country, until the December 2024 ban named the US.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6. Leverage: the minerals China restricted
#
# **Question:** how much of world supply does China hold in the minerals it restricted? The sources disagree, and
# they measure different stages (mining, refining, primary production), so each figure is kept with whose it is.

# %% slideshow={"slide_type": "subslide"}
m = minerals.sort_values(["mineral", "china_share_pct"]).reset_index(drop=True)
m["label"] = m["mineral"] + " · " + m["measure"].str.replace("_", " ")
MEASURE_COLOURS = {"mining": course.PALETTE[1], "production": "#7F7F7F", "primary_production": course.PALETTE[4],
                   "refining": course.PALETTE[0], "separation": course.PALETTE[5], "manufacturing": course.PALETTE[2]}
SHORT_WHO = {"Critical Raw Materials Alliance": "CRMA", "Benchmark Mineral Intelligence / USGS": "Benchmark/USGS",
             "not stated": "source's own"}
fig, ax = plt.subplots(figsize=(11, 7.5))
ypos = np.arange(len(m))[::-1]
ax.hlines(ypos, 0, m["china_share_pct"], color="#DDDDDD", linewidth=2)
for measure, colour in MEASURE_COLOURS.items():
    sel = m["measure"] == measure
    ax.scatter(m.loc[sel, "china_share_pct"], ypos[sel.to_numpy()], s=110, color=colour,
               label=measure.replace("_", " "), zorder=3)
for y, (_, r) in zip(ypos, m.iterrows()):
    who = SHORT_WHO.get(r["estimate_by"], r["estimate_by"])
    ax.text(r["china_share_pct"] + 1.5, y, f"{r['china_share_pct']:.0f}% ({who}, {r['year']})",
            va="center", fontsize=10.5)
ax.set_yticks(ypos)
ax.set_yticklabels(m["label"])
ax.set_xlim(0, 135)
ax.set_xticks(range(0, 101, 20))
ax.set_xlabel("China's share of world output (%)")
ax.legend(title="Stage measured", loc="upper center", bbox_to_anchor=(0.45, -0.1), ncol=6, fontsize=10,
          handletextpad=0.2, columnspacing=0.8)
course.label_figure(fig, "China holds half to nearly all of world supply, depending on mineral and stage",
                    subtitle="China's share of world output of the minerals it restricted, as each source gives it",
                    source=sources_line(*m["source_id"].unique()))
plt.show()

# %% [markdown] slideshow={"slide_type": "-"}
# *Dots for each mineral and stage run from about half (antimony mining, 48–56%) to nearly all (gallium primary
# production 98%, rare-earth magnets 94%); where two sources measure the same thing, their dots sit side by side.*
#
# **What those controls reach:** gallium and germanium go into compound chips, radar and night vision; antimony into
# ammunition and flame retardants; graphite into every EV battery anode; rare-earth magnets into motors, drones and
# guided weapons. China's share is higher at the refining and magnet stages than at the mine, which is where the
# leverage lies. **What the figure does not show:** how fast others can replace Chinese supply, or how much of
# China's output is exported; and licences are not bans: most controls required permits, and only the December
# 2024 rule banned exports to the US in principle.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 7. Did the controls cut China's chip imports?
#
# **Question:** if US controls bit, China's imports of integrated circuits should fall. Do they?

# %% slideshow={"slide_type": "subslide"}
fig, axes = plt.subplots(1, 2, figsize=(12, 5.2))
for ax, col, colour, unit in [(axes[0], "imports_value_usd_bn", course.CHINA_COLOUR, "Value (USD bn)"),
                              (axes[1], "imports_quantity_bn_units", course.NEUTRAL_COLOUR, "Quantity (bn units)")]:
    s = ic.set_index("year")[col]
    ax.plot(s.index, s.to_numpy(), marker="o", markersize=9, color=colour, linewidth=2.5)
    for year in s.index[s.isna()]:
        ax.text(year, s.dropna().min() * 0.96, "not\nfound", ha="center", fontsize=10, color="#555555")
    ax.set_ylabel(unit)
    ax.set_xlabel("Year")
    ax.set_xticks(ic["year"])
    ax.set_ylim(s.min() * 0.85, s.max() * 1.08)
    for x, lab in [(2022.8, "Oct 2022\ncontrols"), (2023.8, "Oct 2023\ncontrols")]:
        ax.axvline(x, color=course.US_COLOUR, linestyle="--", linewidth=1)
        ax.text(x - 0.05, s.max() * 1.06, lab, ha="right", va="top", fontsize=10, color=course.US_COLOUR)
axes[0].annotate("2020: USD 350bn customs\n(NBS basis differs)", xy=(2020, 350.06), xytext=(2018.1, 395),
                 fontsize=10, arrowprops={"arrowstyle": "->", "color": "#404040"})
course.label_figure(fig, "Chip imports fell in 2022–23, then rebounded in 2024",
                    subtitle="China's imports of integrated circuits by year (2021 value and 2019 quantity not found)",
                    source=sources_line(*ic["source_id"].unique()))
plt.show()
ic_show = ic.set_index("year")[["imports_value_usd_bn", "imports_quantity_bn_units"]]
display(ic_show)
print("Change 2022 → 2023: value {:.1f}%, quantity {:.1f}%".format(
    *(100 * (ic_show.loc[2023] / ic_show.loc[2022] - 1))))
print("Change 2023 → 2024: value {:.1f}%, quantity {:.1f}%".format(
    *(100 * (ic_show.loc[2024] / ic_show.loc[2023] - 1))))

# %% [markdown] slideshow={"slide_type": "-"}
# *Left: the value of China's IC imports rose from about USD 310 bn (2018) to 416 bn (2022), fell to 349 bn in 2023
# and recovered to 385 bn in 2024. Right: the number of chips peaked in 2021, fell in 2022 and 2023 and rose again in
# 2024, still below the 2021 peak.*
#
# **For the controls:** the 2022–23 fall came after the October 2022 package. **Against:** the fall also matches a
# global downturn in phones and PCs, and 2024's jump is attributed to stockpiling *ahead of* new controls: the
# series mixes the effect of controls with demand, prices and anticipation. **Caveats:** the 2020 value conflicts
# between customs (USD 350 bn) and the statistics bureau (RMB 2.4 tn, about USD 371 bn by one conversion); the 2021
# value was not found, and we do not back-compute it. The changes printed above differ a little from those the
# reports give (SCMP: value down 15.4% in 2023, up 10.4% in 2024) because customs revises earlier years' totals:
# each year's figure here is the one first reported for that year. Most imported chips are not the advanced chips the controls
# target, so totals are a blunt instrument.
#
# **Company exposure.** The controls also cost the controllers' firms. The collection's revenue table (built for
# notebook 07) gives Nvidia's and ASML's China shares:

# %% slideshow={"slide_type": "-"}
expo = revenue[revenue["company"].isin(["Nvidia", "ASML"])]
display(expo[["company", "fiscal_year", "period", "china_revenue_share_pct", "share_basis"]]
        .sort_values(["company", "fiscal_year", "period"]).reset_index(drop=True))

# %% [markdown] slideshow={"slide_type": "-"}
# ASML's China share of sales doubled from 2022 to 2023 as Chinese fabs bought ahead of Dutch and US limits; Nvidia's
# fell as its best chips were barred. Quarterly and full-year shares are not comparable with each other.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 8. The commentary, checked
#
# > "has expanded, encompassing more technologies and stricter controls" (Choyleva, CNA, 2025)
#
# **For:** sections 3–4 show both the yard (new categories: AI model weights, chip-design software, memory, outbound
# investment) and the fence (more listed parties, the affiliates rule, foundry due diligence) growing through 2025.
# **Against, or missing:** from May 2025 the US rescinded the AI Diffusion rule, lifted the EDA letters, licensed H20
# and then H200 sales, and suspended the affiliates rule; the commentary (January 2025) could not see this.
#
# **The countermeasures the seed summary drops.** The original names four. Each is in the events table:

# %% slideshow={"slide_type": "-"}
restore = events[events["event_id"].isin(["CN-11", "CN-07", "CN-08", "CN-10", "CN-13", "CN-14", "CN-23", "CN-20"])]
display(restore[["event_id", "announced_date", "agency", "category", "measure"]].sort_values("announced_date")
        .reset_index(drop=True))

# %% [markdown] slideshow={"slide_type": "-"}
# **A correction the sources make.** Skydio was hit in October 2024 by Foreign Ministry countermeasures under the
# Anti-Foreign Sanctions Law (row CN-11), which cut its battery supply; it joined the **Unreliable Entity List** only
# on 4 April 2025 (row CN-20). Accounts that put Skydio on the Unreliable Entity List in 2024 mix up two tools. Note
# too that the mineral "bans" of 2023 and 2024 (gallium, germanium, graphite, antimony) were licence requirements;
# only the December 2024 rule banned exports, and only to the US.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 9. Source criticism: who coined "small yard, high fence"?
#
# The phrase is everywhere, but its origin is contested in the sources. Here are the attributions we found, with who
# makes each one; "unverified" means we could not read the original text being credited.

# %% slideshow={"slide_type": "-"}
display(phrase[["attributed_to", "date_of_use", "role", "attributed_by", "status"]].sort_values("date_of_use")
        .reset_index(drop=True))

# %% [markdown] slideshow={"slide_type": "-"}
# A Chinese think tank credits Samm Sacks (2018); a student reporter calls it an Obama-era trope; Robert Gates'
# 2010 reform speech has the idea but, in the excerpt read, not the words. None of these is the original 2018 text,
# which we could not retrieve. The honest answer is: *contested*. Ask of any "who said it first" claim: who makes
# it, did they read the original, and what do they gain from the answer?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 10. Exercises
#
# Each exercise has a self-check. Replace `None` with your answer (computed from the data, not typed in) and run
# the cell. Worked solutions are in `solutions/01_small_yard_high_fence_solutions.ipynb`.
#
# **01.1 (easy).** How many days passed between the US package of 2 December 2024 (`US-20`) and China's ban on
# gallium, germanium and antimony exports to the US (`CN-13`)? Use the `announced` column.

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("01.1", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **01.2 (easy).** In which year did China announce the most countermeasures (`effect == "retaliation"`)? Give the
# year as a number.

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("01.2", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **01.3 (medium).** Classify a new event: *"BIS adds 12 more Chinese chip firms to the Entity List, for items it
# already controls."* Did it widen the yard or raise the fence? Answer with one of the `effect` values, and write one
# sentence to justify it in a comment.

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("01.3", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **01.4 (harder).** Using the day-precise Chinese countermeasures and the nearest preceding day-precise US or allied
# measure (as in section 5), how many countermeasures came **within 7 days** (lag of 0 to 7 days)?

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("01.4", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **01.5 (harder).** Which of the minerals in `mineral_world_share` have two or more figures that disagree by more
# than 5 percentage points *for the same measure*? Give a list of mineral names.

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("01.5", answer)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## For discussion
#
# 1. **Argue the other side:** make the best case that the controls *worked*: China's chip imports fell in 2022–23,
#    Nvidia's and ASML's best products were kept out, and China answered with minerals, not with chips of its own.
#    What evidence in this notebook supports you, and what would you need to see that it cannot show?
# 2. The yard and the fence both grew, then the US relaxed. Is the 2025–26 relaxation a failure of the strategy or
#    a use of controls as a bargaining chip, as the US Treasury Secretary suggested?
# 3. Tit-for-tat or coincidence? Section 5 shows clustering. What would convince you that a particular measure was
#    *caused* by a US move, and what data would you need?
# 4. China holds most of world supply of gallium and rare-earth magnets. Why did it suspend its controls within a
#    year? What does that say about the limits of leverage?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Takeaways
#
# - The US yard (kinds of technology controlled) and fence (strictness and parties listed) both grew from 2019 to
#   2025; the commentary's claim of expansion holds, but 2025–26 also brought relaxations it could not see.
# - China's countermeasures cluster within days of US moves more than chance alone would put them, but timing cannot
#   prove motive, and some answered tariffs or arms sales rather than technology controls.
# - China's leverage is greatest at refining and magnets, not the mine; most of its controls were licences, and the
#   one outright ban on the US was suspended within a year.
# - China's chip imports fell in 2022–23 and rebounded in 2024: the series mixes controls with demand and stockpiling.
# - Even a famous phrase has a contested origin: show competing attributions, and say who makes each.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Sources
#
# Every source behind the tables and figures above, generated from the data package:

# %% slideshow={"slide_type": "skip"}
course.print_sources()

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Next
#
# Notebook 02 asks whether Huawei, written off after the 2019 listing and the 2020 foreign-direct-product rules you
# met here, became more vertically integrated as a result.
#
# [← previous: 00 Start here](00_start_here.ipynb) · [contents](00_start_here.ipynb) · [next: 02 Huawei →](02_huawei_vertical_integration.ipynb)
