# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# [← previous: 05 "China leads in 5 of 13"](05_five_of_thirteen.ipynb) · [contents](00_start_here.ipynb) · [next: 07 The cost of decoupling →](07_cost_of_decoupling.ipynb)
#
# # 06 · Learning by doing: can a late-comer learn its way to the front?
#
# *The commentary says parallel supply chains let Chinese firms learn by doing, so the catch-up will go on. Solar
# panels are the textbook case of a price falling with every doubling of output. Here you measure that learning
# rate, watch China's share of the factories grow, and build a small model of what it would take for chips to
# follow the same path, and why they may not.*

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## At a glance
#
# **You will**
# - **fit** Wright's law to 44 years of solar-module prices on a log–log scale and report the learning rate
#   *with an interval*;
# - **test** how much the answer depends on the years chosen and on a change of data source;
# - **trace** China's share of solar and battery manufacturing stages from about a fifth to three-quarters or more;
# - **use** a catch-up model to ask how many doublings of output would close a chip-yield gap, and **explain**
#   why a moving frontier and controlled tools make chips different from solar panels.
#
# **Time:** 45–60 minutes alone; a 50-minute seminar.
# **Prerequisites:** notebook 00; logarithms (a doubling is one step of log₂); a straight-line fit.
# **Data:** `claims`, `experience_curve`, `china_manufacturing_share`, `yield_estimates` (all in `data/`,
# described in `data/README.md`).
# **Key terms:** *experience curve* / *Wright's law* (unit cost falls by a fixed fraction each time cumulative
# output doubles); *learning rate* (that fraction); *cumulative output* (everything ever produced, not this
# year's output); *yield* (share of chips on a wafer that work); *frontier* (the leader's current best).

# %% slideshow={"slide_type": "skip"}
import textwrap

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from IPython.display import display
from scipy import stats

import course

course.use_style()

claims = course.load("claims")
curve = course.load("experience_curve")
shares = course.load("china_manufacturing_share")
yields = course.load("yield_estimates")

OWID = "owid-2020-solar-pv-module-costs"


def wright_fit(frame, level=0.95):
    """Fit log2(price) = a + b * log2(cumulative capacity) by least squares.

    Returns a dict with the slope b, its standard error, and the learning rate 1 - 2**b
    with the interval that the slope's t-interval implies."""
    x = np.log2(frame["cumulative_installed_capacity_mw"].to_numpy())
    y = np.log2(frame["module_price_usd_per_w"].to_numpy())
    fit = stats.linregress(x, y)
    t = stats.t.ppf(0.5 + level / 2, len(x) - 2)
    low_slope, high_slope = fit.slope - t * fit.stderr, fit.slope + t * fit.stderr
    return {"n": len(x), "slope": fit.slope, "slope_se": fit.stderr, "intercept": fit.intercept,
            "r2": fit.rvalue ** 2, "learning_rate": 1 - 2 ** fit.slope,
            "lr_low": 1 - 2 ** high_slope, "lr_high": 1 - 2 ** low_slope}


def doublings_to_close(gap, learning_rate):
    """Doublings of the late-comer's cumulative output that cut its cost by the factor `gap`
    (e.g. 3 for a cost three times the leader's), if the leader stood still."""
    return np.log(gap) / -np.log(1 - learning_rate)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. The claim
#
# The commentary (Choyleva, CNA, 30 January 2025) ends on learning: parallel supply chains "enable continuous
# learning and improvement", so China's catch-up is likely to continue. The collection records the claim as:

# %% slideshow={"slide_type": "-"}
with pd.option_context("display.max_colwidth", None):
    display(claims.query("notebook == '06_learning_by_doing'")[["claim_id", "claim", "quote"]].set_index("claim_id"))

# %% [markdown] slideshow={"slide_type": "-"}
# "Learning by doing" has a measurable form. In 1936 the engineer T. P. Wright noticed that each time the
# cumulative number of aircraft built doubled, the labour per aircraft fell by a roughly constant fraction. The
# same pattern, now called **Wright's law** or the **experience curve**, fits many manufactured goods:
#
# $$\text{price} = a \cdot Q^{\,b}, \qquad \log_2 \text{price} = \log_2 a + b \cdot \log_2 Q,$$
#
# where $Q$ is cumulative output. On log–log axes the law is a straight line with slope $b$; each doubling of
# $Q$ multiplies the price by $2^b$, so the **learning rate** is $1 - 2^b$. If the claim is right, the firms that
# produce the most learn the most, and a country that builds its own supply chain buys itself learning.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. The solar experience curve
#
# **Question:** how fast has the price of solar modules fallen as the world's installed capacity grew?
#
# **Data:** Our World in Data's series of world module prices (US dollars per watt) and cumulative installed
# capacity (megawatts), 1976–2019. Up to 2009 the prices are Lafond et al.'s (2017), in 2019 dollars; from 2010
# OWID switched to IRENA's price index. The `price_series` column says which. Installed capacity stands in for
# cumulative production, as is usual for solar.

# %% slideshow={"slide_type": "-"}
display(curve[["year", "cumulative_installed_capacity_mw", "module_price_usd_per_w", "price_series"]]
        .iloc[[0, 1, 33, 34, -1]].reset_index(drop=True))
doublings = np.log2(curve["cumulative_installed_capacity_mw"].iloc[-1] / curve["cumulative_installed_capacity_mw"].iloc[0])
fall = curve["module_price_usd_per_w"].iloc[0] / curve["module_price_usd_per_w"].iloc[-1]
print(f"1976 to 2019: cumulative capacity doubled {doublings:.1f} times; the module price fell {fall:.0f}-fold.")

# %% [markdown] slideshow={"slide_type": "subslide"}
# Fit the straight line on log₂ scales. `scipy.stats.linregress` gives the slope and its standard error; a
# t-interval on the slope becomes an interval on the learning rate.

# %% slideshow={"slide_type": "-"}
full = wright_fit(curve)
early = wright_fit(curve.query("year <= 2009"))
late = wright_fit(curve.query("year >= 2010"))
fits = pd.DataFrame({"1976-2019 (all)": full, "1976-2009 (Lafond)": early, "2010-2019 (IRENA)": late}).T
fits_view = fits[["n", "slope", "slope_se", "r2", "learning_rate", "lr_low", "lr_high"]].copy()
fits_view[["learning_rate", "lr_low", "lr_high"]] *= 100
display(fits_view.rename(columns={"learning_rate": "learning rate %", "lr_low": "95% low %",
                                  "lr_high": "95% high %"}).round(3))
print(f"Fitted learning rate, 1976-2019: {full['learning_rate']:.1%} per doubling "
      f"(95% interval {full['lr_low']:.1%} to {full['lr_high']:.1%}; slope {full['slope']:.3f} ± {full['slope_se']:.3f} s.e.).")

# %% slideshow={"slide_type": "subslide"}
fig, ax = plt.subplots(figsize=(10.5, 6))
for series, colour, label in [("lafond_navigant_2019usd", course.NEUTRAL_COLOUR, "Lafond et al. (1976-2009, 2019 USD)"),
                              ("irena_global_index", course.CHINA_COLOUR, "IRENA index (2010-2019)")]:
    part = curve.query("price_series == @series")
    ax.scatter(part["cumulative_installed_capacity_mw"], part["module_price_usd_per_w"], s=36,
               color=colour, label=label, zorder=3)
q = np.geomspace(curve["cumulative_installed_capacity_mw"].min(), curve["cumulative_installed_capacity_mw"].max(), 50)
ax.plot(q, 2 ** (full["intercept"] + full["slope"] * np.log2(q)), color="#333333", lw=1.5,
        label=f"Wright's law fit: {full['learning_rate']:.1%} cheaper per doubling")
ax.set_xscale("log")
ax.set_yscale("log")
ax.set_xlabel("Cumulative installed solar PV capacity (MW, log scale)")
ax.set_ylabel("Module price (USD per watt, log scale)")
for year, text, dx, dy in [(1976, "1976: {mw:g} MW installed, {usd:.0f} USD/W", 4, 0.8),
                           (2010, "2010: source switches to IRENA;\nChina's factory build-out begins", 0.004, 0.12),
                           (2019, "2019: {usd:.2f} USD/W", 0.08, 3.5)]:
    row = curve.query("year == @year").iloc[0]
    text = text.format(mw=row["cumulative_installed_capacity_mw"], usd=row["module_price_usd_per_w"])
    ax.annotate(text, (row["cumulative_installed_capacity_mw"], row["module_price_usd_per_w"]),
                xytext=(row["cumulative_installed_capacity_mw"] * dx, row["module_price_usd_per_w"] * dy),
                fontsize=11, arrowprops={"arrowstyle": "-", "color": "#777777"})
ax.legend(loc="lower left")
course.label_figure(fig, f"Each doubling of installed solar cut module prices by about {full['learning_rate']:.0%}",
                    subtitle="World solar PV module price against cumulative installed capacity, 1976-2019",
                    source=course.cite(OWID) + " (Lafond et al. 2017; IRENA)")
plt.show()

# %% [markdown] slideshow={"slide_type": "-"}
# *The figure:* on log–log axes the 44 yearly points fall close to one straight line from about 100 dollars per
# watt at 0.3 MW installed (1976) to under 0.4 dollars at almost 580,000 MW (2019); the points after 2010, from
# IRENA's series, fall faster than the line.
#
# **What it shows.** A learning rate of about 23% per doubling, with a tight interval, over 21 doublings.
# **What it does not show.** *Why* prices fell: Wright's law is a correlation between two rising and falling
# series, not proof that output caused the fall (research, polysilicon prices and scale all moved together).
# The interval is too narrow, too: the yearly errors are not independent (a year above the line is usually
# followed by another), which the ordinary standard error assumes away. Section 3 shows how much that matters.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. How sure is the learning rate?
#
# Two checks. First, the **sub-periods** in the table above: the 2010–2019 slope is much steeper than the
# 1976–2009 one. Part of the jump is real (the Chinese build-out of the 2010s), but part may be the change of
# source in 2010, and ten points give a wide interval. Second, the **autocorrelation** of the residuals: below,
# the same slope with a Newey–West standard error, which allows errors to be correlated over a few years.

# %% slideshow={"slide_type": "-"}
x = np.log2(curve["cumulative_installed_capacity_mw"].to_numpy())
y = np.log2(curve["module_price_usd_per_w"].to_numpy())
resid = y - (full["intercept"] + full["slope"] * x)
lag1 = np.corrcoef(resid[:-1], resid[1:])[0, 1]


def newey_west_slope_se(x, resid, lags):
    """Heteroscedasticity- and autocorrelation-consistent standard error of an OLS slope (Bartlett weights)."""
    xc = x - x.mean()
    scores = xc * resid
    s = np.sum(scores ** 2)
    for lag in range(1, lags + 1):
        s += 2 * (1 - lag / (lags + 1)) * np.sum(scores[lag:] * scores[:-lag])
    return np.sqrt(s) / np.sum(xc ** 2)


rows = []
for lags in [0, 2, 4]:
    se = full["slope_se"] if lags == 0 else newey_west_slope_se(x, resid, lags)
    t = stats.t.ppf(0.975, len(x) - 2)
    rows.append({"standard error": "ordinary" if lags == 0 else f"Newey-West, {lags} lags", "slope s.e.": se,
                 "learning rate 95% low %": 100 * (1 - 2 ** (full["slope"] + t * se)),
                 "learning rate 95% high %": 100 * (1 - 2 ** (full["slope"] - t * se))})
display(pd.DataFrame(rows).round(3))
print(f"Correlation of each year's residual with the next year's: {lag1:.2f}")

# %% [markdown] slideshow={"slide_type": "-"}
# The residuals are strongly correlated from one year to the next, so the honest interval is wider than the
# ordinary one, though the learning rate stays clearly above 20%. The bigger uncertainty is the choice of
# years: the 2010s alone give a rate in the mid-30s. A learning rate is a summary of one history, not a constant
# of nature.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. From catch-up to dominance: China's share of the factories
#
# **Question:** while the price fell, where were the modules, cells and batteries made?
#
# **Data:** China's share of each manufacturing stage, from the sources listed. Read the `measure` and
# `geography` columns: some rows are shares of **production**, some of **capacity**, some of cumulative output;
# the 2006–2008 rows count Taiwanese makers as Chinese.

# %% slideshow={"slide_type": "-"}
with pd.option_context("display.max_colwidth", 30):
    display(shares[["technology", "stage", "measure", "year", "china_share_pct", "share_bound", "geography",
                    "source_id"]].sort_values(["technology", "year", "stage"]).reset_index(drop=True))

# %% slideshow={"slide_type": "subslide"}
shares_plot = shares.assign(yr=shares["year"].astype(int))
fig, axes = plt.subplots(1, 2, figsize=(12.5, 6.2), sharey=True)
markers = {"production": "o", "capacity": "s", "cumulative_production": "D"}
stage_colour = {"cells": course.CHINA_COLOUR, "polysilicon": course.PALETTE[1], "wafers": course.PALETTE[2],
                "modules": course.PALETTE[4], "all_stages": "#000000", "cells_and_modules": course.NEUTRAL_COLOUR,
                "automotive_cells": course.PALETTE[1], "all_cells": course.CHINA_COLOUR,
                "batteries": "#000000", "ev_batteries": course.PALETTE[4]}
nudge = {"all_stages": 0.5}   # the IEA's all-stage figure sits on top of the 2021 polysilicon point: shifted right
for ax, tech, title, where in [(axes[0], "solar_pv", "Solar PV", "lower right"),
                               (axes[1], "li_ion_battery", "Lithium-ion batteries", "upper left")]:
    part = shares_plot.query("technology == @tech").sort_values("yr")
    for (stage, measure, geo), g in part.groupby(["stage", "measure", "geography"], sort=True):
        hollow = geo == "china_incl_taiwan"
        colour = stage_colour[stage]
        bound = " (more than)" if (g["share_bound"] == "more_than").all() else ""
        ax.plot(g["yr"] + nudge.get(stage, 0), g["china_share_pct"], marker=markers[measure], ms=10,
                lw=1.5 if len(g) > 1 else 0, color=colour, mfc="white" if hollow else colour,
                label=f"{stage.replace('_', ' ')}, {measure.replace('_', ' ')}{', incl. Taiwan' if hollow else ''}{bound}")
    ax.set_title(title)
    ax.set_xlabel("Year")
    ax.set_ylim(0, 100)
    ax.set_xlim(2005, 2025.5)
    ax.set_xticks(range(2006, 2026, 3))
    ax.axhline(50, color="#bbbbbb", lw=1, ls="--")
    ax.legend(fontsize=10, loc=where)
axes[0].set_ylabel("China's share of world manufacturing (%)")
axes[0].annotate("2011 onward: over USD 50 bn of Chinese\ninvestment in PV supply capacity (IEA)", (2011, 60), fontsize=10,
                 xytext=(2005.5, 62))
source_ids = sorted(shares["source_id"].unique())
course.label_figure(fig, "China went from a fifth of solar-cell output to three-quarters or more of every stage",
                    subtitle="China's share of world manufacturing by stage; circles production, squares capacity, diamonds cumulative output",
                    source=textwrap.fill(course.cite(*source_ids), width=150, subsequent_indent="  "))
plt.show()

# %% [markdown] slideshow={"slide_type": "-"}
# *The figure:* in solar (left), China's share of cell production climbs from 20% in 2006 to almost 48% in 2010,
# and by 2021 its share of capacity is 75–97% across the stages; in batteries (right), China made 15% of
# automotive cells in 2014 but held 63% of all cell capacity in 2016, nearly 85% in 2023, and made more than
# three-quarters of batteries in 2024.
#
# **What it shows.** Catch-up became dominance within about 15 years in both industries, alongside (not
# necessarily because of) the learning curve of section 2. **What it does not show.** The points are a patchwork
# of sources and measures; capacity shares run ahead of production when plants are idle (the IEA put solar
# factory use at about 50% in 2023). Nor does a share show who *learned*, or from whom: solar learning crossed
# borders (notebook 07 shows an estimate of what that was worth), which is the point of section 6.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5. A catch-up model you can vary
#
# **Question:** if a late-comer's cost is some multiple of the leader's, how much must it produce to close the gap?
#
# On Wright's law each doubling of the late-comer's cumulative output multiplies its cost by $(1-\text{LR})$. To cut
# its cost by a factor $g$ it needs $n = \ln g \,/\, {-\ln(1-\text{LR})}$ doublings, i.e. $2^n$ times its output so
# far, **if the leader stands still**. The function `doublings_to_close(gap, learning_rate)` in the setup cell does
# this sum.
#
# **A chip gap to try.** Reports say SMIC's yields at 7 and 5 nm are under a third of TSMC's (FT, February 2024).
# At equal wafer cost, the cost of a *working* chip is inversely proportional to yield, so a third of the yield is
# about three times the cost per good chip.

# %% slideshow={"slide_type": "-"}
smic = yields.query("measure == 'yield_share_of_tsmc_pct'").iloc[0]
gap = 100 / smic["yield_high_pct"]
print(f"{smic['product']}: yield at most {smic['yield_high_pct']:.1f}% of TSMC's ({smic['estimate_by']}, {smic['source_id']})")
print(f"Implied cost gap per good chip at equal wafer cost: about {gap:.1f} times")
for label, lr in [("1976-2009 rate", early["learning_rate"]), ("full-period rate", full["learning_rate"]),
                  ("2010-2019 rate", late["learning_rate"])]:
    n = doublings_to_close(gap, lr)
    print(f"  {label} ({lr:.1%}): {n:.1f} doublings, i.e. {2 ** n:.0f} times the output made so far")

# %% [markdown] slideshow={"slide_type": "subslide"}
# **The frontier moves.** The leader also learns. If both learn at the same rate, the gap shrinks only by the
# *difference* in doublings: a late-comer that doubles its cumulative output every year while the leader doubles
# every two years gains half a doubling a year. And at each new process node the leader starts a fresh curve, so
# the late-comer's target keeps jumping. Change the parameters below and rerun.

# %% slideshow={"slide_type": "-"}
LEARNING_RATE = full["learning_rate"]   # try early["learning_rate"], or a lower rate for a firm without the best tools
LATECOMER_DOUBLING_YEARS = 1.0          # years for the late-comer's cumulative output to double
LEADER_DOUBLING_YEARS = 2.0             # years for the leader's cumulative output to double

years = np.arange(0, 16)
relative_doublings = years * (1 / LATECOMER_DOUBLING_YEARS - 1 / LEADER_DOUBLING_YEARS)
gap_path = gap * (1 - LEARNING_RATE) ** relative_doublings
closed = years[gap_path <= 1]
print(f"Gap closes after {closed[0]} years" if len(closed) else "Gap not closed within 15 years")

fig, ax = plt.subplots(figsize=(10, 5.4))
ax.plot(years, gap_path, marker="o", color=course.CHINA_COLOUR, label="Late-comer's cost / leader's cost")
ax.plot(years, gap * (1 - LEARNING_RATE) ** (years / LATECOMER_DOUBLING_YEARS), ls="--", color=course.NEUTRAL_COLOUR,
        label="Same, if the leader stood still")
ax.axhline(1, color=course.US_COLOUR, lw=1.5)
ax.text(15, 1.05, "parity with the leader", ha="right", va="bottom", color=course.US_COLOUR, fontsize=11)
ax.set_xlabel("Years from today")
ax.set_ylabel("Cost per good chip, late-comer ÷ leader (ratio)")
ax.set_ylim(0, gap * 1.1)
ax.legend(loc="upper right")
course.label_figure(fig, "A moving frontier roughly doubles the time a late-comer needs to close a cost gap",
                    subtitle=f"Model: gap {gap:.1f}x, learning rate {LEARNING_RATE:.1%}, late-comer doubles output every "
                             f"{LATECOMER_DOUBLING_YEARS:g} yr, leader every {LEADER_DOUBLING_YEARS:g} yr",
                    source="our model; gap from " + course.cite(smic["source_id"]) + "; learning rate fitted to " + course.cite(OWID))
plt.show()

# %% [markdown] slideshow={"slide_type": "-"}
# *The figure:* with the default settings the late-comer's cost ratio falls from about 3 towards 1; against a
# standing leader (dashed) parity comes after about four years, against a leader who keeps learning (solid) it
# takes about twice as long.
#
# **What the model shows.** Learning can close large gaps, but only with many doublings, and only as fast as the
# late-comer out-produces the leader. **What it leaves out** is what makes chips different from solar:
# 1. *The frontier restarts.* A solar module in 2019 did the same job as one in 1976; a chip node is replaced every
#    few years, and learning on one node carries over only partly to the next.
# 2. *Tools are controlled.* Solar factories faced no export controls on their equipment. Chinese fabs cannot buy
#    EUV lithography (notebook 01), so their learning rate on the leading nodes may be lower, and some gaps
#    (the finest patterns, which need EUV or costly workarounds) may not close by practice alone.
# 3. *Demand is captive but smaller.* Huawei and others must buy domestic chips, which gives volume to learn on
#    (the commentary's point), but the leader's global volume is still larger.
# 4. *The gap input is an estimate.* "Under a third" of TSMC's yield comes from anonymous sources, and later reports
#    (notebook 03) speak of yields rising from about 20% to about 40% for one chip.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6. Evidence for and against the claim
#
# **For.** Solar and batteries show that volume-driven learning works and that a country which builds the whole
# chain can come to dominate it: China's share rose from about a fifth to three-quarters or more of every stage while prices
# fell by more than 99%. Controls that force Chinese chip buyers onto domestic suppliers give those suppliers the
# volume that Wright's law rewards.
#
# **Against.** In solar, China learned *inside* a global market: the Nature study in notebook 07 estimates that
# cross-border learning saved installers in the US, Germany and China tens of billions of dollars. The learning
# was shared, not parallel. In chips, the leader's frontier moves and the key tools are
# withheld, so the late-comer learns on a curve the leader left years ago. The fitted learning rate also depends
# heavily on the years chosen, so any forecast built on it carries a wide band.
#
# **Verdict for this notebook:** learning by doing is real and measurable; whether it carries China to the chip
# frontier depends on things the solar curve cannot tell us.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exercises
#
# Replace `None` with code that computes the answer from the data, then run the cell. Solutions:
# `solutions/06_learning_by_doing_solutions.ipynb`.
#
# **06.1 (easy).** Which solar manufacturing stage had the highest Chinese share of capacity in 2021, according to
# `shares`? Give the stage name as it appears in the table.

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("06.1", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **06.2 (medium).** Fit Wright's law to the years 1976–2009 only (the Lafond et al. series) and give the learning
# rate in percent (e.g. `23.5`).

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("06.2", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **06.3 (medium).** SMIC's wafer *price* is also reported to be 40–50% above TSMC's (see `yields`, measure
# `wafer_price_premium_vs_tsmc_pct`). Suppose a buyer's cost per good chip is the wafer price divided by the yield:
# take the low end of the premium (40%) and the "under a third" yield ratio. How many doublings of cumulative
# output, at the full-period fitted learning rate, would close that gap if the leader stood still?

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("06.3", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **06.4 (harder).** Back to the yield-only gap (`gap`) and the full-period learning rate. The leader doubles its
# cumulative output every 2 years. How many years would the gap take to close (as a real number, not rounded to
# whole years) if the late-comer doubled its cumulative output every 0.75 years?

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("06.4", answer)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## For discussion
#
# 1. The learning rate for 2010–2019 is far higher than for 1976–2009. Is that China's build-out, a change of
#    data source, or both? What data would let you tell?
# 2. **Argue the other side.** Make the strongest case that the solar story *will* repeat in chips: captive
#    Chinese demand, state funds, thousands of engineers, and mature nodes where the tools are not controlled.
#    Then say what the best reply to your own argument is.
# 3. The model treats learning as a function of cumulative output alone. Name two other things that cut chip
#    costs, and say whether export controls help or hinder each for Chinese firms.
# 4. Solar learning happened in a global market. Does the solar curve support the commentary's claim about
#    *parallel* supply chains, or the opposite?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Takeaways
#
# - Solar module prices fell about 23% for each doubling of installed capacity from 1976 to 2019 (a 95% interval
#   of about 21.5–23.7%, wider once year-to-year correlation is allowed for); the 2010s alone give a rate in the
#   mid-30s, partly a change of source.
# - China's share of solar and battery manufacturing went from about a fifth to three-quarters or more in about
#   15 years: catch-up can become dominance.
# - On Wright's law, closing a threefold cost gap takes about four doublings of output if the leader stands still,
#   and roughly twice as long if the leader keeps learning at half the late-comer's pace.
# - Chips differ: the frontier restarts at each node and the best tools are controlled, so learning by doing is
#   necessary for China's catch-up but not obviously sufficient.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## Sources
#
# Generated from `data/sources.csv` for every source this notebook loaded or cited.

# %% slideshow={"slide_type": "-"}
course.print_sources()

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Next
#
# Notebook 07 asks the other half of the closing argument: what decoupling costs, and who pays.
#
# [← previous: 05 "China leads in 5 of 13"](05_five_of_thirteen.ipynb) · [contents](00_start_here.ipynb) · [next: 07 The cost of decoupling →](07_cost_of_decoupling.ipynb)
