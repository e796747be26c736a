# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# [← previous: 02 Huawei](02_huawei_vertical_integration.ipynb) · [contents](00_start_here.ipynb) · [next: 04 DeepSeek →](04_deepseek_efficiency.ipynb)
#
# # 03 · The chip gap: SMIC, nodes and yields
#
# *Is China's chipmaking closing the gap with the world's leaders, or still lagging? This notebook
# measures the gap in years and in process nodes, models what low yields do to the cost of a chip,
# and weighs the evidence on both sides.*

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## At a glance
#
# **You will**
# - **compute** how many years SMIC trails the first foundry to reach each process node, and whether
#   that gap has shrunk since 2019;
# - **judge** what SMIC's 7 nm-class N+2 and N+3 processes (made without EUV) mean for that measure;
# - **vary** a small yield-and-cost model to see how a yield of under half, against about 90%, changes
#   the cost of each working chip, and why subsidies enter the story;
# - **compare** Huawei's Ascend AI chips with Nvidia's, keeping estimates, claims and specifications apart;
# - **weigh** the evidence for "closing the gap" against "still lagging", including what Huawei's own
#   leaders say.
#
# **Time:** 60–75 minutes alone; 45 minutes in a seminar (sections 2, 3 and 6 plus the discussion).
# **Prerequisites:** notebook 00 (how the collection works); notebook 02 helps but is not required.
# pandas: filtering, `groupby`, `pivot`.
# **Data:** `process_node_volume_production`, `yield_estimates`, `smic_financials`,
# `china_chip_equipment_purchases`, `china_state_funds`, `ai_chip_comparison`, `chip_gap_assessments`,
# plus `claims`, `gpu_specs` and `china_ic_imports` from other notebooks (all described in `data/README.md`).
# **Key terms:** *process node* (a generation of chipmaking technology; its "nm" name is a marketing
# label, not a measured length); *volume production* (making a node's chips in commercial quantities);
# *EUV* (extreme-ultraviolet lithography, the tool leading chipmakers use for their finest layers; SMIC
# cannot buy it); *multi-patterning* (exposing a layer several times with older DUV tools to print
# finer features, at a cost in time and yield); *yield* (the share of chips on a wafer that work);
# *wafer* (the silicon disc on which hundreds of chips are made at once).

# %% slideshow={"slide_type": "skip"}
import math
import textwrap

import matplotlib.pyplot as plt
from matplotlib.patches import Patch
from matplotlib.ticker import NullFormatter
import numpy as np
import pandas as pd

import course

course.use_style()

# %% slideshow={"slide_type": "skip"}
def source_line(*ids):
    """course.cite() for figures with many sources, wrapped so the line stays inside the figure."""
    return textwrap.fill(course.cite(*ids), width=120, subsequent_indent="    ")


# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. The claims under test
#
# The commentary (Choyleva, CNA, 30 January 2025) says that Huawei's chips "still lag behind global
# leaders in performance and production yield", yet that the company is "steadily closing the
# technology gap". Of SMIC, China's largest chipmaker, it says that it "struggles with yield rates in
# the production of 7-nanometer chips, requiring heavy state subsidies". The collection's claims table
# lists the claims this notebook tests:

# %% slideshow={"slide_type": "-"}
claims = course.load("claims")
ours = claims[claims["notebook"] == "03_chip_gap_smic_nodes_yields"]
with pd.option_context("display.max_colwidth", None):
    display(ours[["claim_id", "claim", "quote"]].set_index("claim_id"))

# %% [markdown] slideshow={"slide_type": "fragment"}
# Two of these pull in different directions: "still lag" (C06) and "closing the gap" (C07). Both can
# be true at once only if the gap is large but shrinking. So the first job is to measure the gap, and
# to see which way it moves.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. Node names are labels, not measurements
#
# **Question:** when did each chipmaker reach volume production at each node?
#
# A chip "node" used to be named after the length of a transistor feature. That link broke years ago:
# a "7 nm" process has no 7 nm feature, and two firms' "7 nm" need not be alike. Intel admitted as much
# in July 2021, when it renamed its 10 nm Enhanced SuperFin "Intel 7" and its 7 nm "Intel 4", so that
# its names would line up with TSMC's and Samsung's. We therefore compare **foundry** nodes (TSMC,
# Samsung, SMIC) by a *node class* (28, 16/14, 10, 7, 5, 3, 2) and leave Intel's rows unclassed.

# %% slideshow={"slide_type": "subslide"}
nodes = course.load("process_node_volume_production")
CLASS_ORDER = ["28", "16/14", "10", "7", "5", "3", "2"]
class_rank = {c: i for i, c in enumerate(CLASS_ORDER)}

table = (nodes.dropna(subset=["node_class"])
         .pivot_table(index="node_class", columns="company", values="year_volume_production", aggfunc="min")
         .reindex(CLASS_ORDER)[["TSMC", "Samsung", "SMIC"]])
table.columns.name = None
table.index.name = "node class"
table

# %% [markdown] slideshow={"slide_type": "fragment"}
# Each cell is the first year of volume production in that class as reported (an empty cell means the
# maker had not reached that class, or no source was found: Samsung's 5 nm year is missing for the
# second reason).
# Intel is listed separately because its labels are not comparable:

# %% slideshow={"slide_type": "-"}
nodes.loc[nodes["company"] == "Intel", ["node_label", "year_volume_production", "euv_used", "first_product"]]

# %% [markdown] slideshow={"slide_type": "subslide"}
# SMIC has three "7 nm-class" rows. They are not the same achievement, and how you count them changes
# the answer:

# %% slideshow={"slide_type": "-"}
with pd.option_context("display.max_colwidth", 90):
    display(nodes.loc[nodes["company"] == "SMIC", ["node_label", "year_volume_production", "euv_used", "note"]])

# %% slideshow={"slide_type": "subslide"}
fig, ax = plt.subplots(figsize=(10, 5.8))
styles = {"TSMC": (course.ALLY_COLOUR, "o", -0.12), "Samsung": (course.US_COLOUR, "s", 0.12),
          "SMIC": (course.CHINA_COLOUR, "D", 0.0)}
classed = nodes.dropna(subset=["node_class"]).copy()
classed["rank"] = classed["node_class"].map(class_rank)
for company, (colour, marker, shift) in styles.items():
    rows = classed[classed["company"] == company].sort_values(["year_volume_production", "rank"])
    x = rows["year_volume_production"] + shift  # a small shift so that same-year markers do not hide each other
    ax.step(x, rows["rank"], where="post", color=colour, alpha=0.5)
    ax.scatter(x, rows["rank"], color=colour, marker=marker, s=80, label=company, zorder=3)
smic_labels = {"7nm-class N+1 (MinerVa bitcoin chip)": "N+1 bitcoin chip",
               "7nm-class N+2 (Kirin 9000S)": "N+2 Kirin 9000S",
               "N+3 (7nm-class extension; Kirin 9030)": "N+3 Kirin 9030"}
for offset, (label, text) in zip([(-10, 14), (-10, -20), (-60, 14)], smic_labels.items()):
    row = classed[classed["node_label"] == label].iloc[0]
    ax.annotate(text, (row["year_volume_production"], row["rank"]), xytext=offset,
                textcoords="offset points", fontsize=10, color=course.CHINA_COLOUR)
ax.set_yticks(range(len(CLASS_ORDER)), [f"{c} nm class" for c in CLASS_ORDER])
ax.set_xlabel("year of volume production")
ax.set_ylabel("node class (more advanced ↑)")
ax.set_xticks(range(2011, 2026, 2))
ax.legend(loc="upper left")
course.label_figure(
    fig, "SMIC climbs the same ladder, years after the leading foundries",
    subtitle="Year each foundry reached volume production, by node class (labels are marketing names)",
    source=source_line(*sorted(classed["source_id"].unique())))
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# *The figure shows each foundry's node classes against the year it reached volume production. TSMC and
# Samsung step up the ladder roughly every two years, reaching the 2 and 3 nm classes; SMIC's markers
# sit several years to the right of theirs at 28, 16/14 and 7 nm and have not moved above 7 nm.*
#
# **What it shows:** SMIC follows the same sequence of nodes as the leaders, later. **What it does not
# show:** how good each node is. A class groups nodes that sources treat as one generation; within a
# class, density, speed and cost differ, and TechInsights describes N+3 as better than N+2 but still well
# short of the leaders' 5 nm.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. Years behind the frontier, and has the gap shrunk since 2019?
#
# **Question:** how far behind is SMIC, and is that distance shrinking?
#
# Define the *frontier year* of a node class as the first year TSMC or Samsung reached volume production
# in it. Two measures follow:
#
# 1. **Lag at a node** = the year SMIC reached a class − that class's frontier year.
# 2. **Gap in a given year** = that year − the frontier year of the most advanced class SMIC had reached
#    by then. It grows by one every year SMIC stays on the same node, and falls when SMIC moves up.

# %% slideshow={"slide_type": "subslide"}
foundries = classed[classed["company"].isin(["TSMC", "Samsung"])]
frontier_year = foundries.groupby("node_class")["year_volume_production"].min()
smic = classed[classed["company"] == "SMIC"].copy()
smic["frontier_year"] = smic["node_class"].map(frontier_year)
smic["lag_years"] = smic["year_volume_production"] - smic["frontier_year"]
smic[["node_label", "node_class", "year_volume_production", "frontier_year", "lag_years"]]

# %% [markdown] slideshow={"slide_type": "fragment"}
# The lag at each node tells us when SMIC arrived. The gap in each year tells us where SMIC stands
# now. We compute the second for two readings of SMIC's record: counting the 2021 bitcoin-mining chip
# as SMIC's arrival at 7 nm (a tiny, simple, low-volume chip), or counting only the 2023 phone processor.

# %% slideshow={"slide_type": "subslide"}
def gap_in_year(year, smic_rows):
    """Years between `year` and the frontier year of SMIC's most advanced class reached by then,
    plus how many node classes the leading foundry was ahead in that year."""
    reached = smic_rows[smic_rows["year_volume_production"] <= year]
    best = max(reached["node_class"], key=class_rank.get)
    leader = max(foundries.loc[foundries["year_volume_production"] <= year, "node_class"], key=class_rank.get)
    return {"year": year, "smic_best_class": best, "gap_years": year - frontier_year[best],
            "leading_class": leader, "classes_behind": class_rank[leader] - class_rank[best]}

phone_only = smic[smic["node_label"] != "7nm-class N+1 (MinerVa bitcoin chip)"]
years = range(2015, 2026)
gap_all = pd.DataFrame([gap_in_year(y, smic) for y in years]).set_index("year")
gap_phone = pd.DataFrame([gap_in_year(y, phone_only) for y in years]).set_index("year")
gap_all.join(gap_phone[["gap_years"]].rename(columns={"gap_years": "gap_years_phone_chips_only"}))

# %% slideshow={"slide_type": "subslide"}
g19, g25 = gap_all.loc[2019], gap_all.loc[2025]
print(f"2019: SMIC's best class was {g19.smic_best_class} nm; gap {g19.gap_years} years; "
      f"the leaders were {g19.classes_behind} node classes ahead ({g19.leading_class} nm).")
print(f"2025: SMIC's best class was {g25.smic_best_class} nm; gap {g25.gap_years} years; "
      f"the leaders were {g25.classes_behind} node classes ahead ({g25.leading_class} nm).")
print(f"Smallest gap since 2019: {gap_all.loc[2019:, 'gap_years'].min()} years "
      f"(in {gap_all.loc[2019:, 'gap_years'].idxmin()}, counting the bitcoin chip); "
      f"{gap_phone.loc[2019:, 'gap_years'].min()} years counting phone chips only.")

# %% slideshow={"slide_type": "subslide"}
fig, ax = plt.subplots(figsize=(10, 5.4))
ax.plot(gap_all.index, gap_all["gap_years"], marker="o", color=course.CHINA_COLOUR, linewidth=4,
        markersize=9, label="counting the 2021 bitcoin chip as SMIC's 7 nm")
ax.plot(gap_phone.index, gap_phone["gap_years"], marker="s", linestyle="--", color="black", linewidth=1.5,
        label="counting phone processors only")
events = {2019: "Huawei on US\nEntity List", 2021: "N+1 bitcoin\nchip", 2023: "Mate 60 Pro\n(N+2)",
          2025: "Mate 80\n(N+3)"}
for year, text in events.items():
    ax.axvline(year, color="#BBBBBB", linewidth=1, zorder=0)
    ax.text(year + 0.08, 8.6, text, fontsize=9.5, va="top", color="#404040")
ax.set_ylim(0, 9)
ax.set_xticks(list(years))
ax.set_xlabel("year")
ax.set_ylabel("years behind the frontier (years)")
ax.legend(loc="lower left")
course.label_figure(
    fig, "By this measure the gap is wider in 2025 than in 2019",
    subtitle="Years since TSMC or Samsung first reached the most advanced node class SMIC had reached",
    source=source_line("cna-20250130-choyleva-backfiring", *sorted(classed["source_id"].unique())))
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# *The figure plots, for each year from 2015 to 2025, how many years earlier the leading foundries had
# reached SMIC's best node. The line climbs one step a year while SMIC stays on a node and drops when it
# moves up: it drops in 2019 (14 nm) and in 2021 or 2023 (7 nm), then climbs back to its highest level
# in 2025.*
#
# **What it shows.** On either reading, SMIC's distance from the frontier in 2025 is at least as large
# as in 2019, in years and in node classes (printed above). The "closing the gap" story holds only for
# short spells after SMIC reaches a new node. **What it does not show.** A class is coarse. N+3 improves
# on N+2 within the 7 nm class, and an improvement inside a class does not register here.
#
# **The N+2 / N+3 story.** SMIC reached 7 nm-class production without EUV, using older deep-ultraviolet
# (DUV) immersion tools that must print each fine layer in several passes. That is a real engineering
# feat and the reason TechInsights called the Mate 60 chip a milestone. But each step since has been an
# extension of 7 nm (N+2 in 2023, N+3 in 2025), while TSMC moved through 5, 3 and 2 nm. If you counted
# N+3 as "5 nm-class" (a tempting reading of a new label), the 2025 gap would look smaller:

# %% slideshow={"slide_type": "-"}
alt = (2025 - frontier_year["5"], 2025 - frontier_year["7"])
print(f"Gap in 2025 if N+3 were counted as 5 nm-class: {alt[0]} years; as TechInsights classes it (7 nm): {alt[1]} years.")

# %% [markdown] slideshow={"slide_type": "fragment"}
# TechInsights' own words (N+3 is "substantially less scaled" than the leaders' 5 nm) support the 7 nm
# reading. The choice of class is a judgement, and this measure is only as good as that judgement.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. Yield and cost: why "under half against ninety per cent" matters
#
# **Question:** how much does low yield raise the cost of each working chip?
#
# Neither SMIC nor Huawei publishes yields. Everything below is somebody's estimate, and the table says
# whose.

# %% slideshow={"slide_type": "subslide"}
yields = course.load("yield_estimates")
with pd.option_context("display.max_colwidth", 60):
    display(yields[["estimate_id", "year", "product", "measure", "yield_low_pct", "yield_high_pct",
                    "value_kind", "estimate_by"]])

# %% slideshow={"slide_type": "subslide"}
pct = yields[yields["measure"] == "yield_pct"].sort_values(["year", "estimate_id"], ascending=False)
fig, ax = plt.subplots(figsize=(10, 6.2))
kind_colour = {"estimate": course.CHINA_COLOUR, "benchmark": course.NEUTRAL_COLOUR, "target": course.US_COLOUR}
for i, row in enumerate(pct.itertuples()):
    lo, hi = row.yield_low_pct, row.yield_high_pct
    colour = kind_colour[row.value_kind]
    if pd.notna(lo) and pd.notna(hi):
        ax.plot([lo, hi], [i, i], marker="o", color=colour, markersize=9)
    elif pd.notna(hi):
        ax.annotate("", xy=(hi - 12, i), xytext=(hi, i), arrowprops=dict(arrowstyle="->", color=colour, lw=2))
        ax.plot(hi, i, marker="|", markersize=14, color=colour)
    else:
        ax.annotate("", xy=(lo + 12, i), xytext=(lo, i), arrowprops=dict(arrowstyle="->", color=colour, lw=2))
        ax.plot(lo, i, marker="|", markersize=14, color=colour)
ax.set_yticks(range(len(pct)), [f"{r.year} · {r.product} — {r.estimate_by}" for r in pct.itertuples()],
              fontsize=9.5)
ax.set_xlim(0, 100)
ax.set_xlabel("yield (% of chips on a wafer that work)")
for kind, colour in kind_colour.items():
    ax.plot([], [], marker="o", color=colour, linestyle="", label=kind)
ax.legend(loc="upper center", bbox_to_anchor=(0.35, -0.13), ncol=3, title="kind of value")
course.label_figure(
    fig, "Every yield figure for SMIC-made chips is an estimate, and most sit well below 70–90%",
    subtitle="Reported yields; arrows mark 'below' or 'above' bounds",
    source=source_line(*sorted(pct["source_id"].unique())))
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# *The figure lists each yield figure with the year and whose it is. The estimates for SMIC-made chips
# (the Kirin 9000S phone chip, the Ascend 910B and 910C AI chips) lie between about 20% and 50%, with
# TechInsights' "above 50%" the most favourable; the benchmarks for commercial chips sit at 70% and 90%.*
#
# The estimates disagree: "unnamed research firms" put the 2023 phone chip below half; TechInsights'
# Dan Hutcheson thought above half was reasonable. For the AI chips, the reported 910C figure doubled
# between the Reuters report (2024) and the FT report (2025). Two FT rows are
# not yields at all and are left out of the figure: a ratio to TSMC's yield (Y04) and a price premium
# over TSMC (Y10); we use both in the cost model below.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### A small model you can vary
#
# A wafer costs the same whether its chips work or not. So the cost of one *working* chip is
#
# $$\text{cost per good chip} = \frac{\text{wafer cost}}{\text{chips per wafer} \times \text{yield}}.$$
#
# Chips per wafer depends on the die size. A common textbook approximation for a round wafer of diameter
# $d$ and a die of area $A$ is $\pi (d/2)^2 / A - \pi d / \sqrt{2A}$ (the second term is the chips lost
# at the round edge).
#
# **Which inputs are facts and which are not.** The die area of the Kirin 9000S (107 mm²) is sourced
# from TechInsights. The 300 mm wafer diameter is an assumption you can change. **The wafer cost is an
# illustrative parameter, not a fact:** no wafer price was verified for this notebook, so we use a round
# number you should change. The yields come from the table above.

# %% slideshow={"slide_type": "skip"}
# ---- Parameters: change these and re-run the cells below ----
WAFER_COST_USD = 10_000      # ILLUSTRATIVE: a round number, not a sourced price
WAFER_DIAMETER_MM = 300      # assumption: a 300 mm (12-inch) wafer
KIRIN_9000S_DIE_MM2 = 107    # sourced: TechInsights measured the Kirin 9000S die at 107 mm2
course.cite("techinsights-202309-smic-n2-mate60")


def chips_per_wafer(die_area_mm2, wafer_diameter_mm=WAFER_DIAMETER_MM):
    """Whole dies on a round wafer (textbook approximation, edge loss included)."""
    d = wafer_diameter_mm
    return math.floor(math.pi * (d / 2) ** 2 / die_area_mm2 - math.pi * d / math.sqrt(2 * die_area_mm2))


def cost_per_good_chip(yield_share, wafer_cost_usd=WAFER_COST_USD, die_area_mm2=KIRIN_9000S_DIE_MM2):
    """Wafer cost spread over the chips that work (yield_share between 0 and 1)."""
    return wafer_cost_usd / (chips_per_wafer(die_area_mm2) * yield_share)


# %% slideshow={"slide_type": "subslide"}
n_chips = chips_per_wafer(KIRIN_9000S_DIE_MM2)
print(f"A {WAFER_DIAMETER_MM} mm wafer holds about {n_chips} dies of {KIRIN_9000S_DIE_MM2} mm².")
for y in [0.9, 0.5, 0.4, 0.2]:
    print(f"  yield {y:.0%}: {n_chips * y:5.0f} good chips, cost per good chip "
          f"{cost_per_good_chip(y):6.2f} USD (illustrative wafer cost), "
          f"{cost_per_good_chip(y) / cost_per_good_chip(0.9):.2f}x the cost at 90% yield")

# %% [markdown] slideshow={"slide_type": "fragment"}
# The last column does not depend on the wafer cost at all: **relative** cost per good chip is just
# the ratio of yields. Halving the yield doubles the cost of each working chip, whatever the wafer
# costs. That is why the relative figures are the ones to trust here, and the dollar figures are only as
# good as the illustrative wafer cost.

# %% slideshow={"slide_type": "subslide"}
grid = np.linspace(0.15, 0.95, 81)
relative = 0.9 / grid
fig, ax = plt.subplots(figsize=(10, 5.4))
ax.plot(grid * 100, relative, color=course.NEUTRAL_COLOUR)
marks = {"910C, Reuters 2024": 20, "910C, FT 2025": 40, "910B, Reuters 2024": 50,
         "viability threshold": 70, "industry norm": 90}
for (text, y), dy in zip(marks.items(), [8, 8, 10, 8, 10]):
    ax.plot(y, 0.9 / (y / 100), "o", color=course.CHINA_COLOUR if y < 70 else course.NEUTRAL_COLOUR)
    ax.annotate(f"{text}: {0.9 / (y / 100):.1f}x", (y, 0.9 / (y / 100)), xytext=(8, dy),
                textcoords="offset points", fontsize=10)
ax.set_xlabel("yield (%)")
ax.set_ylabel("cost per good chip\n(multiple of the cost at 90% yield)")
ax.set_xlim(10, 100)
ax.set_ylim(0, 6.5)
course.label_figure(
    fig, "At 20% yield each working chip costs four and a half times as much as at 90%",
    subtitle="Cost per good chip relative to a 90% yield, same wafer cost; points are reported estimates",
    source=course.cite("reuters-20241121-ascend-910c-yield", "digitimes-20250226-ascend-910c-40pct",
                       "technewsspace-202309-mate60-yield-norm"))
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# *The curve falls steeply from left to right: at the reported 20% yield a working chip costs 4.5 times
# what it would at 90%, at 40% about 2.3 times, at 50% 1.8 times; from 70% upwards the penalty is small.*
#
# The FT adds a second penalty: SMIC reportedly charges customers more per wafer than TSMC for 5 and
# 7 nm (row Y10 of the table; Evertiq's relay of the FT gives only the top of that range, a small
# conflict we keep in the note). Combined with a yield under one-third of TSMC's (row Y04), a customer
# pays several times TSMC's price per working chip (exercise 03.5). Somebody has to absorb that, which
# is where subsidies come in.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5. Why subsidies enter the story
#
# **Question:** who pays for expensive chips made at low yield?
#
# Three pieces of evidence: SMIC's own accounts, the state's chip fund, and China's spending on
# chipmaking tools. What we could **not** find is a sourced figure for state subsidies received by SMIC
# itself, so the commentary's "heavy state subsidies" is tested only indirectly here.

# %% slideshow={"slide_type": "subslide"}
fin = course.load("smic_financials")
wide = fin.pivot(index="year", columns="measure", values="value")
wide.columns.name = None
wide = wide[["revenue_usd_m", "profit_attributable_usd_m", "gross_margin_pct", "capex_usd_bn",
             "capacity_utilisation_pct"]]
wide

# %% slideshow={"slide_type": "-"}
for y in [2022, 2024]:
    print(f"{y}: capex was {wide.loc[y, 'capex_usd_bn'] * 1000 / wide.loc[y, 'revenue_usd_m']:.0%} of revenue.")
print(f"Revenue: {wide.loc[2019, 'revenue_usd_m'] / 1000:.1f} USD bn in 2019, "
      f"{wide.loc[2024, 'revenue_usd_m'] / 1000:.1f} USD bn in 2024.")
print(f"Gross margin fell from {wide.loc[2022, 'gross_margin_pct']:.1f}% (2022) to "
      f"{wide.loc[2024, 'gross_margin_pct']:.1f}% (2024) while revenue rose to "
      f"{wide.loc[2024, 'revenue_usd_m'] / 1000:.2f} USD bn.")

# %% slideshow={"slide_type": "subslide"}
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11, 5))
ax1.bar(wide.index, wide["revenue_usd_m"] / 1000, color=course.CHINA_COLOUR, alpha=0.8, label="revenue")
capex = wide["capex_usd_bn"].dropna()
ax1.plot(capex.index, capex.values, "D", color="black", markersize=9, label="capital spending")
ax1.set_ylabel("USD billion")
ax1.set_xlabel("year")
ax1.legend(loc="upper left")
ax1.set_title("Revenue and capital spending")
ax2.plot(wide.index, wide["gross_margin_pct"], marker="o", color=course.CHINA_COLOUR)
ax2.axvline(2020, color="#BBBBBB", linewidth=1)
ax2.text(2020.08, 40, "SMIC hit by US\nEntity List (2H 2020)", fontsize=9.5, va="top")
ax2.axvline(2023, color="#BBBBBB", linewidth=1)
ax2.text(2023.08, 40, "Mate 60 Pro\n(N+2)", fontsize=9.5, va="top")
ax2.set_ylim(0, 42)
ax2.set_ylabel("gross margin (% of revenue)")
ax2.set_xlabel("year")
ax2.set_title("Gross margin")
for ax in (ax1, ax2):
    ax.set_xticks(list(wide.index))
course.label_figure(
    fig, "SMIC sells more but earns less per dollar, while spending nearly its revenue on new capacity",
    subtitle="SMIC annual results (IFRS); capital spending shown only for years with a sourced figure",
    source=source_line(*sorted(fin["source_id"].unique()), "smic-20240206-4q23-results"))
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# *Left: SMIC's revenue bars rise from about 3 to 8 USD bn between 2019 and 2024, with a dip in 2023;
# the two capital-spending markers (2022, 2024) sit just below revenue. Right: gross margin rose to a
# peak of 38% in 2022, then halved to under 20% in 2023 and 2024.*
#
# **What it shows:** a company investing almost a year's revenue a year in capacity, at thin margins.
# **What it does not show:** why margins fell. SMIC blames the industry downturn, lower utilisation and
# higher depreciation in 2023; it does not publish 7 nm yields or 7 nm profitability, so the figure
# cannot tell us how much the advanced nodes cost it. Capital spending for 2019–2021 and 2023 was not
# found in a source we read.

# %% slideshow={"slide_type": "subslide"}
funds = course.load("china_state_funds")
funds[["fund_phase", "launched_date", "registered_capital_cny_bn", "reported_size_cny_bn", "note"]]

# %% slideshow={"slide_type": "-"}
iii = funds.set_index("fund_phase")["registered_capital_cny_bn"]
print(f"Phase III registered capital ({iii['III']:.0f} CNY bn) is {iii['III'] / (iii['I'] + iii['II']):.2f} "
      f"times phases I and II together ({iii['I'] + iii['II']:.2f} CNY bn).")

# %% [markdown] slideshow={"slide_type": "fragment"}
# The fund's phase I has several sizes in the sources: its *registered* capital in the company registry
# (Yicai), the larger *capital raised* that most reports quote (TrendForce 2023), and a rounder
# "approximately" figure (TrendForce 2024; see the note column). We keep them and do not choose.
# TrendForce also reports that phases I and II together held a stake in SMIC: state money is in SMIC's
# equity, not only in grants.

# %% slideshow={"slide_type": "subslide"}
equip = course.load("china_chip_equipment_purchases")
ew = equip.pivot(index="year", columns="region", values="billings_usd_bn")
ew.columns.name = None
ew["rest_of_world"] = ew["world"] - ew["china"]
ew["china_share_pct"] = ew["china"] / ew["world"] * 100
ew.round(1)

# %% slideshow={"slide_type": "subslide"}
fig, ax = plt.subplots(figsize=(10, 5.4))
ax.bar(ew.index, ew["china"], color=course.CHINA_COLOUR, label="China")
ax.bar(ew.index, ew["rest_of_world"], bottom=ew["china"], color="#CCCCCC", label="rest of the world")
for year, row in ew.iterrows():
    ax.text(year, row["china"] / 2, f"{row['china_share_pct']:.0f}%", ha="center", color="white",
            fontsize=11, fontweight="bold")
ax.annotate("2020: China becomes the\nlargest market for the first time", xy=(2020, 72), xytext=(2018.6, 100),
            fontsize=9.5, arrowprops=dict(arrowstyle="->", color="#404040"))
ax.set_ylim(0, 135)
ax.set_ylabel("equipment billings (USD billion)")
ax.set_xlabel("year")
ax.legend(loc="upper left")
course.label_figure(
    fig, "China bought over two-fifths of the world's new chipmaking tools in 2024",
    subtitle="SEMI/SEAJ billings of semiconductor manufacturing equipment by region; labels: China's share",
    source=source_line(*sorted(equip["source_id"].unique())))
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# *Stacked bars of world equipment billings from 2019 to 2024, with China's part at the bottom: China's
# share rises from about a fifth in 2019 to over two-fifths in 2024, and its spending jumps in 2023 and
# 2024 while the rest of the world's stays flat or falls.*
#
# **What it shows:** China has been the largest buyer of chipmaking tools every year since 2020 (SEMI),
# and its purchases rose further in 2023 and 2024 (US controls on tools are covered in notebook 01). **What it
# does not show:** which tools, for which nodes, or who paid. Billings count tools installed in China,
# including in foreign-owned fabs, and the SEMI totals do not split leading-edge from mature nodes.

# %% [markdown] slideshow={"slide_type": "subslide"}
# For scale, set the tools beside China's imports of chips themselves (the `china_ic_imports` table,
# built for notebook 01; its note column explains gaps and conflicts of basis):

# %% slideshow={"slide_type": "-"}
imports = course.load("china_ic_imports")
scale = (imports.set_index("year")[["imports_value_usd_bn"]]
         .join(ew[["china"]].rename(columns={"china": "equipment_billings_usd_bn"}), how="inner"))
scale.index = scale.index.astype(int)
display(scale)
row = scale.dropna().iloc[-1]
print(f"In {scale.dropna().index[-1]} China imported {row['imports_value_usd_bn']:.0f} USD bn of chips and bought "
      f"{row['equipment_billings_usd_bn']:.1f} USD bn of chipmaking tools: chip imports were "
      f"{row['imports_value_usd_bn'] / row['equipment_billings_usd_bn']:.1f} times tool purchases.")

# %% [markdown] slideshow={"slide_type": "fragment"}
# China still buys far more chips abroad than it spends on tools to make its own: self-reliance is a
# goal the import bill shows to be distant. The two series measure different things (customs values
# of imported chips, SEMI billings of installed tools), so compare their size, not their year-to-year
# moves.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6. Ascend against Nvidia: keep estimates, claims and specifications apart
#
# **Question:** how far do Huawei's AI chips trail Nvidia's?
#
# Every Ascend figure we found is an *estimate* by an analyst firm (SemiAnalysis) or a *claim*; we found
# no independent published *benchmark*. The H100 figure is Nvidia's, from the collection's `gpu_specs`
# table.

# %% slideshow={"slide_type": "subslide"}
ai = course.load("ai_chip_comparison")
with pd.option_context("display.max_colwidth", 45):
    display(ai[["item_id", "chip_or_system", "metric", "value", "unit", "value_kind", "estimate_by"]])

# %% slideshow={"slide_type": "subslide"}
gpu = course.load("gpu_specs")
h100_bf16 = gpu.loc[(gpu["gpu"] == "H100 SXM") & (gpu["spec"] == "peak dense BF16 tensor throughput"), "value"].iloc[0]
v = ai.set_index("item_id")["value"]
pairs = {
    "BF16 per chip (910C / GB200)": v["A01"] / v["A02"],
    "HBM capacity per chip": v["A03"] / v["A04"],
    "HBM bandwidth per chip": v["A05"] / v["A06"],
    "BF16 per system (CM384 / NVL72)": v["A07"] / v["A08"],
    "HBM capacity per system": v["A11"] / v["A12"],
    "power per system": v["A09"] / v["A10"],
    "power per unit of BF16 compute": (v["A09"] / v["A07"]) / (v["A10"] / v["A08"]),
}
ratios = pd.Series(pairs, name="Huawei ÷ Nvidia")
print(ratios.round(2).to_string())
print(f"\n910C BF16 (SemiAnalysis estimate) ÷ H100 BF16 (Nvidia specification): {v['A01'] / h100_bf16:.2f}")
print(f"Claimed 910C inference performance: {v['A13']:.0f}% of an H100 (a claim, not a benchmark).")
print(f"SemiAnalysis' own headline: {v['A14']} times lower FLOP per watt; from its rounded system figures: "
      f"{pairs['power per unit of BF16 compute']:.1f} times the power per unit of compute.")

# %% slideshow={"slide_type": "subslide"}
fig, ax = plt.subplots(figsize=(10, 5.2))
order = ratios.sort_values()
colours = [course.CHINA_COLOUR if r >= 1 else course.US_COLOUR for r in order]
ax.barh(order.index, order.values, color=colours)
ax.axvline(1, color="black", linewidth=1)
ax.set_xscale("log")
ax.set_xticks([0.25, 0.5, 1, 2, 4], ["0.25", "0.5", "1", "2", "4"])
ax.xaxis.set_minor_formatter(NullFormatter())
ax.legend(handles=[Patch(color=course.CHINA_COLOUR, label="Huawei's figure is larger"),
                   Patch(color=course.US_COLOUR, label="Nvidia's figure is larger")], loc="lower right")
for i, r in enumerate(order):
    ax.text(r * (1.04 if r >= 1 else 0.96), i, f"{r:.2f}x", va="center", ha="left" if r >= 1 else "right",
            fontsize=10)
ax.set_xlim(0.18, 6)
ax.set_xlabel("Huawei figure ÷ Nvidia figure (log scale; 1 = parity)")
course.label_figure(
    fig, "Huawei trails per chip but out-builds Nvidia per system, at about 2.3 times the power per FLOP",
    subtitle="Ascend 910C / CloudMatrix 384 against GB200 / GB200 NVL72; all SemiAnalysis estimates",
    source=course.cite("winbuzzer-20250420-cloudmatrix", "techpowerup-2025-cloudmatrix",
                       "semianalysis-20250416-cloudmatrix"))
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# *Each bar is a ratio of Huawei's figure to Nvidia's. Per chip, the 910C has about a third of the
# GB200's compute and 40% of its memory bandwidth; per system, CloudMatrix 384 has more compute and far
# more memory than the NVL72, but draws almost four times the power, about 2.3 times as much per unit
# of compute.*
#
# **What it shows:** Huawei compensates for weaker chips by using five times as many of them, which
# costs power (and, given the yields above, wafers). The power penalty itself comes in two sizes from
# the same analyst (printed above): the headline and the ratio of its rounded figures differ, and we
# keep both. **What it does not show:** real workloads. These are peak figures estimated by one firm;
# the "60% of an H100" figure is a claim relayed from a social-media post, and the comparison of an
# estimate with a specification is not like with like.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 7. Closing the gap, or still lagging? Weigh the evidence
#
# **Question:** whose assessment supports which side, and how much weight does each deserve?

# %% slideshow={"slide_type": "subslide"}
views = course.load("chip_gap_assessments").sort_values("date")
with pd.option_context("display.max_colwidth", 75):
    display(views[["date", "assessor", "assessor_kind", "stance", "gap_low", "gap_high", "gap_unit", "statement"]]
            .set_index("date"))

# %% slideshow={"slide_type": "-"}
print(views.groupby(["assessor_kind", "stance"]).size().unstack(fill_value=0).to_string())
huawei = views[views["assessor_kind"] == "huawei_executive"]
print(f"\nHuawei executives on record: {', '.join(sorted(huawei['assessor'].unique()))}; "
      f"stances: {', '.join(sorted(huawei['stance'].unique()))}.")

# %% slideshow={"slide_type": "subslide"}
when = course.partial_dates(views["date"])["date"]
kinds = ["analyst", "us_government", "huawei_executive"]
stance_style = {"lagging": (course.US_COLOUR, "v"), "mixed": (course.NEUTRAL_COLOUR, "o"),
                "closing": (course.CHINA_COLOUR, "^")}
# small vertical nudges so that statements made days apart do not hide each other
nudge = {"G02": 0.13, "G03": -0.13}
label_at = {"G02": (0, 10, "center"), "G03": (-6, -16, "right"), "G05": (6, -16, "left"),
            "G04": (0, 11, "center"), "G08": (0, 11, "center"), "G09": (0, -17, "center")}
ypos = views["assessor_kind"].map(kinds.index) + views["assessment_id"].map(nudge).fillna(0)
fig, ax = plt.subplots(figsize=(10, 5))
for stance, (colour, marker) in stance_style.items():
    m = views["stance"] == stance
    ax.scatter(when[m], ypos[m], color=colour, marker=marker, s=140, label=stance, zorder=3)
for (i, row), x, y in zip(views.iterrows(), when, ypos):
    dx, dy, ha = label_at.get(row["assessment_id"], (0, -17, "center"))
    ax.annotate(row["assessor"], (x, y), xytext=(dx, dy), textcoords="offset points", ha=ha, fontsize=9.5)
ax.set_yticks(range(len(kinds)), ["analysts", "US government", "Huawei executives"])
ax.set_ylim(-0.6, 2.5)
ax.set_xlabel("date of statement (or of the report carrying it)")
ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.16), title="stance", ncol=3)
course.label_figure(
    fig, "Huawei's own leaders stress the lag; analysts are split",
    subtitle="Assessments of China's chip gap, by who made them and what they stress",
    source=source_line(*sorted(views["source_id"].unique())))
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# *Each marker is one assessment, placed by date and by who made it: downward triangles stress the lag,
# upward triangles catch-up, circles both. All three Huawei statements stress the lag; the analysts'
# six are split between lagging, mixed and closing; the one US official stresses the lag.*

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Evidence for "closing the gap"** (the commentary's C07):
# - SMIC reached 7 nm-class production without EUV, when (in TechInsights' Hutcheson's words to
#   Reuters) it had been assumed China would be stopped at 14 nm; it now ships it in flagship phones
#   (N+2 in 2023, N+3 in 2025) and in AI chips (section 2).
# - Reported yields on the 910C rose from about a fifth to about two-fifths in a year (section 4);
#   DIGITIMES and the Japanese teardown firm Fomalhaut saw faster catch-up than expected (section 7).
# - China is buying tools at record scale and the state's chip fund keeps growing (section 5).
# - At the system level, Huawei's CloudMatrix matches or beats Nvidia's rack on compute (section 6).
#
# **Evidence for "still lagging"** (C06, C12):
# - By the gap-in-years measure, SMIC is further behind the frontier in 2025 than in 2019, and the
#   leaders are more node classes ahead (section 3).
# - Every point estimate of yield for SMIC-made chips is at or below 50%, under the 70% commercial
#   threshold quoted by Reuters' sources (only Hutcheson's open-ended "above 50%" leaves room for more),
#   and low yield multiplies the cost of each good chip (section 4).
# - SMIC's margins have halved while it spends nearly its revenue on capacity (section 5).
# - Huawei's own leaders say so: Eric Xu says the mainland will lag in process nodes "for a relatively
#   long time", and Ren Zhengfei that Huawei's single chips lag by a generation (section 7).
#
# **How much weight?** Huawei's leaders have reasons to play down their progress (Ren spoke as the US
# was cracking down on Ascend chips), and analysts and officials have their own reasons to stress
# progress or weakness. The two
# measurable series we have (node years and yields) point to a gap that is large and not shrinking at
# the leading edge, alongside fast learning within SMIC's 7 nm class.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exercises
#
# Each exercise has a cell for your answer and a self-check. Replace `None` with code that computes the
# answer from the data (not a number typed from the text). Worked solutions are in
# `solutions/03_chip_gap_smic_nodes_yields_solutions.ipynb`; try first.

# %% [markdown] slideshow={"slide_type": "subslide"}
# **03.1 (easy).** How many years after TSMC's first 7 nm volume production did SMIC reach volume
# production of a 7 nm-class *phone processor* (the Kirin 9000S on N+2)? Use `nodes`. Answer in years.

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("03.1", answer)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **03.2 (easy).** What share of the world's chipmaking-equipment billings went to China in 2024,
# in percent? Use `equip`.

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("03.2", answer)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **03.3 (medium).** Using `gap_in_year` from section 3 and the full `smic` table, by how many years did
# SMIC's gap to the frontier change between 2019 and 2025? (Positive means the gap widened.)

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("03.3", answer)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **03.4 (medium).** With the same wafer cost and die, how many times more does a working Ascend 910C
# cost at the yield Reuters' source reported in 2024 than at the industry norm of 90% that Reuters
# quoted in 2023? Take both yields from `yields` (rows Y05 and Y03) and use `cost_per_good_chip`.

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("03.4", answer)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **03.5 (hard).** The FT reported that SMIC charges more than TSMC per wafer (row Y10) and that its
# yield is under one-third of TSMC's (row Y04). For the same die, what is the *smallest* multiple of
# TSMC's cost per good chip that a SMIC customer pays under those figures? Use the low end of the price
# premium and the yield ratio, both from `yields`. (Hint: cost per good chip = price per wafer ÷
# (chips × yield).)

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("03.5", answer)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **03.6 (medium).** Which Huawei executives in `views` say the gap will last, or that Huawei lags?
# Give a list of their names.

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("03.6", answer)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## For discussion
#
# 1. The gap-in-years measure says SMIC is further behind in 2025 than in 2019. The commentary says
#    Huawei is "steadily closing the technology gap". Can both be right? What measure would the
#    commentary need to be right?
# 2. Low yields make each chip dearer, but Huawei and SMIC keep making them. When does the cost per chip
#    stop mattering: for a phone maker, for a state buying AI compute, for national security?
# 3. **Argue the other side.** If you found the "still lagging" evidence persuasive, make the strongest
#    case that China *is* closing the gap (think of learning within the 7 nm class, system design, tool
#    purchases). If you found "closing" persuasive, argue that the controls are working.
# 4. Huawei's leaders say they lag. Why might a company under sanctions say that, and how much weight
#    should their statements carry compared with a teardown firm's measurements?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Takeaways
#
# - Node names are marketing labels; compare chipmakers by generation, and say which grouping you used.
# - By years behind the frontier, SMIC's gap in 2025 is no smaller than in 2019: it reached 7 nm-class
#   without EUV, but has since improved within 7 nm while the leaders moved to 5, 3 and 2 nm.
# - No yield for SMIC's advanced chips is published; every figure is someone's estimate, and most sit
#   well below the 70–90% of commercial chipmaking. Relative cost per good chip is the ratio of yields.
# - Low yields and thin margins make state money part of the story (the Big Fund, record tool purchases),
#   but we found no sourced figure for subsidies to SMIC itself.
# - The evidence supports "still lagging" at the leading edge and fast learning behind it; Huawei's own
#   leaders say the process gap will last.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Sources
#
# Generated from `data/sources.csv` for the tables this notebook loaded (all rows) and the sources its
# figures cite. From `gpu_specs` only the H100 row is used, so only its source is listed.

# %% slideshow={"slide_type": "-"}
h100_source = gpu.loc[(gpu["gpu"] == "H100 SXM") & (gpu["spec"] == "peak dense BF16 tensor throughput"), "source_id"].iloc[0]
course.print_sources(claims, nodes, yields, fin, funds, equip, imports, ai, views, h100_source,
                     "smic-20240206-4q23-results")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Next
#
# Notebook 04 turns from chips to models: did DeepSeek really do more with less?
#
# [← previous: 02 Huawei](02_huawei_vertical_integration.ipynb) · [contents](00_start_here.ipynb) · [next: 04 DeepSeek →](04_deepseek_efficiency.ipynb)
