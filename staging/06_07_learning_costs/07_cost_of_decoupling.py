# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# [← previous: 06 Learning by doing](06_learning_by_doing.ipynb) · [contents](00_start_here.ipynb) · [next: 08 The verdict →](08_verdict.ipynb)
#
# # 07 · The cost of decoupling: how much, and who pays?
#
# *The commentary says "the costs of this divorce are mounting for both sides". Economists, trade bodies and
# industry groups have put numbers on decoupling, but the numbers answer different questions. Here you read each
# estimate for what it measures, see why they cannot be added, and look at who is paying so far: US and allied
# chip firms that sold to China, and the Chinese state that funds the replacement.*

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## At a glance
#
# **You will**
# - **read** published estimates of the cost of decoupling (IMF, WTO, BCG for SIA, Rhodium for the US Chamber of
#   Commerce, a Nature study of solar) with their scenario, unit, scope and date;
# - **explain** why the estimates cannot be added or ranked on one axis, and **spot** which were commissioned by
#   an interested party;
# - **compare** US and allied chip firms' China revenue shares before and after the October 2022 controls;
# - **weigh** China's side of the bill: its chip import bill and the state's chip funds;
# - **judge** whether "mounting costs for both sides" is supported, and for whom.
#
# **Time:** 40–55 minutes alone; a 50-minute seminar.
# **Prerequisites:** notebook 00; pandas basics (`query`, `groupby`); notebooks 01 and 03 help.
# **Data:** `claims`, `decoupling_cost_estimates`, `company_china_revenue_share`, `china_state_funds`,
# `china_ic_imports` (all in `data/`, described in `data/README.md`).
# **Key terms:** *scenario* (the hypothetical world a model simulates); *baseline* (the world it is compared
# with); *welfare* vs *GDP* (what people can consume vs what is produced); *one-off* vs *per year* costs;
# *revenue share by billing location* vs *by customer facility* (how firms decide what counts as "China").

# %% slideshow={"slide_type": "skip"}
import textwrap

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from IPython.display import display

import course

course.use_style()

claims = course.load("claims")
estimates = course.load("decoupling_cost_estimates")
revenue = course.load("company_china_revenue_share")
funds = course.load("china_state_funds")
imports = course.load("china_ic_imports")

CONTROLS_2022 = pd.Timestamp("2022-10-07")   # US controls on advanced chips and chip-making tools for China
CONTROLS_SOURCE = "bis-20221007-advanced-computing-controls"


def wrapped_cite(*ids, width=140):
    """course.cite() wrapped so that a long list of sources does not widen a figure."""
    return textwrap.fill(course.cite(*ids), width=width, subsequent_indent="  ")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. The claim
#
# The commentary (Choyleva, CNA, 30 January 2025) closes by saying that "the costs of this divorce are mounting
# for both sides" and that the era of efficient globalisation is ending. The collection records the claim as:

# %% slideshow={"slide_type": "-"}
with pd.option_context("display.max_colwidth", None):
    display(claims.query("notebook == '07_cost_of_decoupling'")[["claim_id", "claim", "quote"]].set_index("claim_id"))

# %% [markdown] slideshow={"slide_type": "-"}
# Two things must be true for the claim to hold: decoupling must have a cost (the estimates in section 2), and
# that cost must fall on both sides and be growing (sections 3 and 4). Keep the two apart: a forecast of what a
# full split *would* cost is not a measurement of what the split so far *has* cost.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. The published estimates, and why they do not add up
#
# **Question:** what do the best-known estimates actually measure?
#
# **Data:** one row per estimate: who made it, who paid for it, the scenario, the measure, the unit, whose
# economy it covers and over what horizon.

# %% slideshow={"slide_type": "-"}
view = estimates.sort_values(["publisher", "date_published", "estimate_id"])[
    ["publisher", "date_published", "scenario", "measure", "value_low", "value_high", "value_bound", "unit", "scope",
     "horizon"]].reset_index(drop=True)
with pd.option_context("display.max_colwidth", 38, "display.max_rows", 40):
    display(view)
n_units = estimates["unit"].nunique()
n_scopes = estimates["scope"].nunique()
n_commissioned = estimates["commissioned_by"].notna().sum()
print(f"{len(estimates)} estimates from {estimates['publisher'].nunique()} publishers, in {n_units} different units "
      f"and {n_scopes} different scopes; {n_commissioned} come from studies commissioned by an industry body or business lobby.")

# %% [markdown] slideshow={"slide_type": "subslide"}
# Only a few of the estimates share a unit: a change in *world* output or income, in per cent. Even these are
# not one quantity measured several times: the IMF and WTO simulate different scenarios, with different models,
# against different baselines, and not all give a horizon. The chart puts them side by side with their
# scenarios, losses to the left, the one gain to the right.

# %% slideshow={"slide_type": "-"}
world = estimates[estimates["unit"].str.contains("global") & estimates["scope"].eq("world")].copy()
sign = np.where(world["measure"].str.startswith("loss"), -1, 1)
world["low"] = sign * world["value_low"]
world["high"] = sign * world["value_high"]
world["label"] = [f"{p} ({d[:4]}): {textwrap.shorten(s, 62, placeholder='…')}"
                  for p, d, s in zip(world["publisher"], world["date_published"], world["scenario"])]
world = world.sort_values("low", ascending=False).reset_index(drop=True)

fig, ax = plt.subplots(figsize=(11.5, 5.2))
for i, row in world.iterrows():
    colour = course.ALLY_COLOUR if row["direction"] == "gain" else course.CHINA_COLOUR
    ax.barh(i, row["low"], color=colour, height=0.55)
    qualifier = {"up_to": "up to ", "about": "about ", "at_least": "at least "}.get(row["value_bound"], "")
    ax.text(row["low"] + (0.15 if row["low"] > 0 else -0.15), i, f"{qualifier}{row['low']:+.1f}%",
            va="center", ha="left" if row["low"] > 0 else "right", fontsize=11)
ax.set_yticks(range(len(world)), world["label"], fontsize=10.5)
ax.axvline(0, color="#333333", lw=1)
ax.set_xlim(-9.5, 5)
ax.set_xlabel("Change in world GDP or real income against the model's baseline (%)")
ax.invert_yaxis()
course.label_figure(fig, "The same unit, different worlds: modelled costs of fragmentation run from 0.2% to 7% of world output",
                    subtitle="Long-run estimates in per cent of world output or income; each bar is one scenario of one study",
                    source=wrapped_cite(*world["source_id"]))
plt.show()

# %% [markdown] slideshow={"slide_type": "-"}
# *The figure:* five horizontal bars; the IMF's limited-fragmentation scenario costs 0.2% of world output, the
# WTO's two estimates of a two-bloc world about 5–5.4%, the IMF's severe scenario up to 7%; a green bar shows the
# WTO's estimated gain of 3.2% from reviving multilateral trade.
#
# **What it shows.** The size of the answer depends on the scenario far more than on the model: the IMF's own
# range runs from 0.2% to 7%. **What it does not show.** None of these is the cost of the chip controls: they
# model blocs raising tariffs and barriers on *all* trade, and the large numbers come from assuming that ideas
# stop flowing between blocs. The IMF's worst figure (8–12% "in some countries", with technological decoupling)
# is a country loss, not a world total, so it is not on this chart.

# %% [markdown] slideshow={"slide_type": "subslide"}
# The rest of the estimates are in dollars or in shares of one industry, for different economies and horizons:
# one-off investments next to yearly losses, US GDP next to world chip prices. Read them row by row.

# %% slideshow={"slide_type": "-"}
other = estimates[~estimates["estimate_id"].isin(world["estimate_id"])]
other_view = other.sort_values(["unit", "publisher", "estimate_id"])[
    ["publisher", "commissioned_by", "scenario", "value_low", "value_high", "unit", "scope", "horizon"]]
with pd.option_context("display.max_colwidth", 34, "display.max_rows", 40):
    display(other_view.reset_index(drop=True))

# %% [markdown] slideshow={"slide_type": "-"}
# Three warnings before using any of these numbers.
# 1. **Never add them.** The IMF's 7% and the US Chamber's USD 190 bn both describe "decoupling", but one is a share
#    of world output in a world of blocs, the other a yearly loss of US GDP under a 25% tariff. Adding them is
#    like adding kilometres to kilograms.
# 2. **Ask who paid.** The BCG studies were commissioned by the Semiconductor Industry Association, whose members
#    sell to China; the Rhodium study was commissioned by the US Chamber of Commerce. That does not make them
#    wrong, but their scenarios (a *full* ban, *full* self-sufficiency) are chosen to show large costs.
# 3. **Sources disagree on the same study.** SIA reports "at least USD 1 trillion" of upfront investment for
#    self-sufficient chip supply chains, TechOrange USD 1.2 trillion; the Nature solar study's authors say 2030
#    module prices would be 20–30% higher, their university's press release 20–25%. Both versions are kept.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. Who pays (1): US and allied chip firms
#
# **Question:** did the October 2022 controls cut what US and allied firms earn in China?
#
# **Data:** China's share of each firm's revenue, for whole years and single quarters, as the firm reports it or
# as the news relays it. Firms define "China" differently: Nvidia by where customers are billed, ASML by where the
# customer's fab is. A quarter is not a year.

# %% slideshow={"slide_type": "-"}
rev = revenue.join(course.partial_dates(revenue["period_end"]))
with pd.option_context("display.max_colwidth", 50):
    display(rev.sort_values(["company", "date"])[
        ["company", "fiscal_year", "period", "period_end", "china_revenue_share_pct", "share_basis", "source_id"]
    ].reset_index(drop=True))

# %% slideshow={"slide_type": "subslide"}
fig, ax = plt.subplots(figsize=(11, 5.8))
colours = {"Applied Materials": course.US_COLOUR, "Nvidia": "#000000", "ASML": course.ALLY_COLOUR,
           "Tokyo Electron": course.PALETTE[4]}
for company, g in rev.sort_values("date").groupby("company", sort=True):
    for period_kind, marker, fill in [("full year", "s", True), ("quarter", "o", False)]:
        part = g[(g["period"] == "full year") == (period_kind == "full year")]
        if part.empty:
            continue
        ax.plot(part["date"], part["china_revenue_share_pct"], marker=marker, ms=10, lw=1.2,
                color=colours[company], mfc=colours[company] if fill else "white",
                label=f"{company} ({period_kind})")
ax.axvline(CONTROLS_2022, color=course.CHINA_COLOUR, lw=1.5, ls="--")
ax.text(CONTROLS_2022 - pd.Timedelta(days=25), 49, "7 Oct 2022: US controls on\nadvanced chips and chip tools",
        color=course.CHINA_COLOUR, fontsize=11, va="top", ha="right")
ax.set_ylim(0, 50)
ax.set_ylabel("China's share of the firm's revenue (%)")
ax.set_xlabel("End of the reporting period")
ax.legend(loc="lower left", fontsize=10, ncols=2)
course.label_figure(fig, "After the 2022 controls, toolmakers sold more to China for a while; Nvidia's share fell",
                    subtitle="China's share of revenue by firm; squares are full years, circles single quarters",
                    source=wrapped_cite(*sorted(rev["source_id"].unique()), CONTROLS_SOURCE))
plt.show()

# %% [markdown] slideshow={"slide_type": "-"}
# *The figure:* China's share of revenue for four firms from 2020 to 2025. Applied Materials' quarterly share
# jumps from 17% to 45% between early 2023 and early 2024 and falls back to 25–35% in 2025; ASML's full-year share
# doubles from about 14% (2022) to about 26% (2023); Tokyo Electron reaches 47% at the end of 2023; Nvidia's
# share falls from 22% to 15% of a quarter and 13% of its fiscal year 2025 (which ended in January 2025).
#
# **What it shows.** In the first two years the controls did not cut toolmakers' China sales: Chinese fabs bought
# as many uncontrolled (mostly older-generation) tools as they could before rules tightened, so China's share of
# their revenue *rose*. Nvidia, whose best chips were barred outright, saw China's share shrink even as its China
# revenue grew in dollars. **What it does not show.** Lost *future* sales, market share taken by Chinese rivals, or
# what would have happened without controls. Quarterly and yearly shares, and different definitions of "China",
# are not strictly comparable; we could not find full-year shares for every firm (see the report for gaps).

# %% slideshow={"slide_type": "-"}
amat = rev.query("company == 'Applied Materials' and period != 'full year'").sort_values("date")
peak = amat.loc[amat["china_revenue_share_pct"].idxmax()]
latest = amat.iloc[-1]
print(f"Applied Materials: peak China share {peak['china_revenue_share_pct']:.0f}% ({peak['fiscal_year']} {peak['period']}), "
      f"latest {latest['china_revenue_share_pct']:.0f}% ({latest['fiscal_year']} {latest['period']}).")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. Who pays (2): China's state
#
# **Question:** what is China spending to replace what it can no longer buy?
#
# **Data:** the three phases of the National Integrated Circuit Industry Investment Fund (the "Big Fund"), from
# notebook 03's table: registered capital in the company registry, and the size most reports give.

# %% slideshow={"slide_type": "-"}
display(funds[["fund_phase", "launched_date", "registered_capital_cny_bn", "reported_size_cny_bn", "source_id"]])
total = funds["registered_capital_cny_bn"].sum()
print(f"Registered capital of phases I-III together: CNY {total:.0f} bn; phase III alone is "
      f"{funds.set_index('fund_phase').loc['III', 'registered_capital_cny_bn'] / total:.0%} of it.")

# %% slideshow={"slide_type": "subslide"}
fig, ax = plt.subplots(figsize=(9.5, 5))
labels = [f"Phase {p}\n({d[:4]})" for p, d in zip(funds["fund_phase"], funds["launched_date"])]
bars = ax.bar(labels, funds["registered_capital_cny_bn"], color=course.CHINA_COLOUR, width=0.55)
for bar, value in zip(bars, funds["registered_capital_cny_bn"]):
    ax.text(bar.get_x() + bar.get_width() / 2, value + 6, f"{value:.0f}", ha="center", fontsize=12)
ax.set_ylabel("Registered capital (CNY bn)")
ax.set_ylim(0, funds["registered_capital_cny_bn"].max() * 1.18)
ax.annotate("launched after the\nOctober 2022 US controls", (1.72, 290), xytext=(0.75, 300), fontsize=11,
            arrowprops={"arrowstyle": "->", "color": "#555555"})
course.label_figure(fig, "Each phase of China's chip fund has been larger than the last",
                    subtitle="National IC Industry Investment Fund, registered capital by phase",
                    source=wrapped_cite(*funds["source_id"].unique(), width=100))
plt.show()

# %% [markdown] slideshow={"slide_type": "-"}
# *The figure:* three bars of registered capital, about CNY 99 bn for phase I (2014), 204 bn for phase II (2019)
# and 344 bn for phase III (2024).
#
# **What it shows.** China's public money for chips has grown with each phase, and phase III is larger than the
# first two together. **What it does not show.** How much is actually spent (registered capital is paid in over
# years), how much would have been spent anyway (phases I and II predate the chip controls), or the return: a fund
# is a cost only if the money would have earned more elsewhere.
#
# **China's other bill: imported chips.** Integrated circuits are China's largest import item. The table (built for
# notebook 01) gives the customs value by year; 2021 is missing because no source we read gave it.

# %% slideshow={"slide_type": "subslide"}
imp = imports.dropna(subset=["imports_value_usd_bn"]).sort_values("year")
fig, ax = plt.subplots(figsize=(10, 5.2))
bars = ax.bar(imp["year"], imp["imports_value_usd_bn"], color=course.NEUTRAL_COLOUR, width=0.6)
for bar, value in zip(bars, imp["imports_value_usd_bn"]):
    ax.text(bar.get_x() + bar.get_width() / 2, value + 6, f"{value:.0f}", ha="center", fontsize=12)
for year in sorted(set(imports["year"]) - set(imp["year"])):
    ax.text(year, 20, "value\nnot found", ha="center", fontsize=10, color="#555555")
ax.axvline(2022.75, color=course.CHINA_COLOUR, lw=1.5, ls="--")
ax.text(2022.8, 470, "Oct 2022 US controls", color=course.CHINA_COLOUR, fontsize=11)
ax.set_ylim(0, 500)
ax.set_xticks(sorted(imports["year"]))
ax.set_xlabel("Year")
ax.set_ylabel("China's integrated-circuit imports (USD bn)")
course.label_figure(fig, "China still buys hundreds of billions of dollars of chips a year",
                    subtitle="Value of China's integrated-circuit imports by year (customs and other reports; see notes in the table)",
                    source=wrapped_cite(*sorted(imp["source_id"].unique()), CONTROLS_SOURCE))
plt.show()
first, last = imp.iloc[0], imp.iloc[-1]
print(f"Imports: USD {first['imports_value_usd_bn']:.0f} bn in {first['year']}, peak USD "
      f"{imp['imports_value_usd_bn'].max():.0f} bn in {imp.loc[imp['imports_value_usd_bn'].idxmax(), 'year']}, "
      f"USD {last['imports_value_usd_bn']:.0f} bn in {last['year']}.")

# %% [markdown] slideshow={"slide_type": "-"}
# *The figure:* bars of China's chip imports from 2018 to 2024 (2021 missing): about USD 300–350 bn a year before
# the controls, a peak of about 416 bn in 2022, a dip to about 349 bn in 2023 and a rise to 385 bn in 2024.
#
# **What it shows.** The import bill has not collapsed: most chips China imports are not the advanced ones the
# controls target, and the 2024 rise was attributed partly to stockpiling before new curbs. The dip of 2023 also
# reflects weak electronics demand. **What it does not show.** Whether the bill would be higher or lower without
# controls; the 2018 figure is an industry association's, not a customs table.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5. A case where decoupling has been measured: solar
#
# The one estimate above that measures a cost *after the fact* is about solar, the industry of notebook 06.
# Helveston, He and Davidson (Nature, 2022) modelled what module prices would have been had the US, Germany and
# China each built their own supply chain from 2008.

# %% slideshow={"slide_type": "-"}
solar = estimates[estimates["estimate_id"].str.startswith("helveston")]
display(solar[["estimate_id", "publisher", "scenario", "value_low", "value_high", "unit", "scope", "horizon"]]
        .reset_index(drop=True))
saved = solar.set_index("estimate_id").loc["helveston-2022-saved", "value_low"]
print(f"Global supply chains saved installers in the three countries about USD {saved:.0f} bn in 2008-2020 (model estimate).")

# %% [markdown] slideshow={"slide_type": "-"}
# Here the costs of a divorce fall on both sides, including China, whose installers saved the most. It is also a
# warning about notebook 06: the learning that made China dominant in solar happened in a *shared* market, and
# the authors estimate that splitting it would make learning slower for everyone.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6. Evidence for and against the claim
#
# **For "mounting costs for both sides".** Every model finds that fragmentation costs output, and more so when
# technology stops flowing; solar shows the cost of nationalist supply chains to all three countries studied.
# China is paying with ever larger state funds; Nvidia has lost share in a market it once depended on, and the
# toolmakers' China boom of 2023–24 has begun to fade.
#
# **Against (or not yet shown).** The large numbers are forecasts of *full* splits, several commissioned by firms
# that sell to China; the partial, targeted chip controls so far coincided with *record* China sales for
# toolmakers. "Mounting" needs a series of measured costs over time, which none of these estimates is.
#
# **Verdict for this notebook:** the direction of the claim is supported by every model we read; its size, and
# whether the costs are *mounting* rather than *forecast*, are not shown by the published numbers.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exercises
#
# Replace `None` with code that computes the answer from the data, then run the cell. Solutions:
# `solutions/07_cost_of_decoupling_solutions.ipynb`.
#
# **07.1 (easy).** How many different units do the estimates in `estimates` use?

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("07.1", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **07.2 (easy).** By how many percentage points did China's share of Applied Materials' quarterly revenue rise
# from FY2023 Q1 to FY2024 Q1?

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("07.2", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **07.3 (medium).** How many times the registered capital of Big Fund phases I and II *combined* is phase III's?
# Give a ratio such as `1.5`.

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("07.3", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **07.4 (harder).** Of the estimates that are *costs* (`direction == 'cost'`), what percentage come from studies
# commissioned by an interested party (a non-empty `commissioned_by`)? Give a percentage such as `40.0`.

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("07.4", answer)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## For discussion
#
# 1. The IMF's range runs from 0.2% to 7% of world output. Which scenario is closer to the world of 2025, and why?
# 2. **Argue the other side.** Make the case that the costs are *not* mounting for the US: toolmakers had record
#    China sales after the 2022 controls, Nvidia grew fast without China, and the big numbers are industry-paid
#    forecasts. Then say what the best reply to your own argument is.
# 3. Is a state fund a "cost" of decoupling? Under what conditions is it an investment instead?
# 4. If you could commission one new estimate to settle the commentary's claim, what would it measure, in which
#    unit, and over what horizon?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Takeaways
#
# - Published estimates of decoupling's cost range from 0.2% to 7% of world output (IMF), about 5% (WTO), and
#   hundreds of billions of dollars for US GDP or chip investment (US Chamber/Rhodium, BCG for SIA): they measure
#   different things and must never be added.
# - Several of the largest numbers come from studies commissioned by industry, and all model *full* splits, not
#   the targeted controls in force.
# - After October 2022, China's share of US and allied toolmakers' revenue rose sharply for about two years, then
#   eased in 2025; Nvidia's China share fell.
# - China's bill is visible in its chip funds: phase III's registered capital (CNY 344 bn) exceeds phases I and II
#   together.
# - "Costs for both sides" is supported as a direction; "mounting" is a forecast, not yet a measurement.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## Sources
#
# Generated from `data/sources.csv` for every source this notebook loaded or cited.

# %% slideshow={"slide_type": "-"}
course.print_sources()

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Next
#
# Notebook 08 brings the evidence of all the notebooks together and scores each of the commentary's claims.
#
# [← previous: 06 Learning by doing](06_learning_by_doing.ipynb) · [contents](00_start_here.ipynb) · [next: 08 The verdict →](08_verdict.ipynb)
