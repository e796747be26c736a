# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# [← 07 The cost of decoupling](07_cost_of_decoupling.ipynb) · [contents](00_start_here.ipynb) · [back to the start →](00_start_here.ipynb)
#
# # 08 · The verdict: claim by claim, is the US tech war on China backfiring?
#
# *The question: after seven notebooks of evidence, which of the commentary's claims hold up, which
# do not, and which can data not settle? You score them first; then you see our ledger.*

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## At a glance
#
# **You will**
# - **score** each of the commentary's sixteen claims on a five-point scale before seeing ours;
# - **compare** your verdicts with the ledger and find where, and why, you disagree;
# - **review** the key evidence from notebooks 01–07 in one set of figures drawn from their data;
# - **identify** the evidence that would change each verdict.
#
# **Time:** 45 minutes alone; a 50- or 90-minute seminar (see the instructor guide).
# **Prerequisites:** notebooks 01–07, or at least their takeaways.
# **Data:** `data/claims.csv` (the ledger), and for the figures `control_events`, `huawei_financials`,
# `process_node_volume_production`, `ai_training_runs`, `bloomberg_tally`, `experience_curve`,
# `company_china_revenue_share`, `china_ic_imports`.
# **Key terms:** *verdict scale* (below); *claims ledger* (a table of claims, evidence and verdicts).

# %% slideshow={"slide_type": "skip"}
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd

import course

course.use_style()

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. The scale
#
# | verdict | meaning |
# |---|---|
# | **supported** | the evidence in the collection backs the claim as stated |
# | **partly supported** | true in part, or true with a qualification the claim leaves out |
# | **contested** | credible evidence points both ways, or the answer depends on the measure |
# | **not supported** | the evidence contradicts the claim as stated |
# | **not testable** | no data could confirm or refute it |
#
# The scale judges each claim *as the commentary states it*: a claim can point in the right direction
# and still be "partly supported" because it leaves out a qualification that matters.

# %% slideshow={"slide_type": "subslide"}
ledger = course.load("claims")
evidence_ids = (ledger["evidence_for_source_ids"] + ";" + ledger["evidence_against_source_ids"]).str.split(";")
_ = course.cite(*sorted(set(evidence_ids.explode())))  # so the source list at the end includes the evidence
SCALE = ["supported", "partly_supported", "contested", "not_supported", "not_testable"]
with pd.option_context("display.max_colwidth", None):
    display(ledger[["claim_id", "claim", "notebook"]].set_index("claim_id"))

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. Your verdicts first
#
# Before you scroll further, fill in the dictionary below with one word from the scale for each claim
# (`"supported"`, `"partly_supported"`, `"contested"`, `"not_supported"` or `"not_testable"`), then run
# the cell. Go back to the notebooks named in the table if you need to. The cell only counts; it does
# not show our verdicts.

# %% slideshow={"slide_type": "skip"}
my_verdicts = {
    "C01": None, "C02": None, "C03": None, "C04": None, "C05": None, "C06": None, "C07": None, "C08": None,
    "C09": None, "C10": None, "C11": None, "C12": None, "C13": None, "C14": None, "C15": None, "C16": None,
}
scored = {k: v for k, v in my_verdicts.items() if v is not None}
bad = {k: v for k, v in scored.items() if v not in SCALE}
print(f"You have scored {len(scored)} of {len(my_verdicts)} claims.")
if bad:
    print("Not on the scale (check the spelling):", bad)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. The evidence, in one view
#
# Eight panels, each drawn from the data of an earlier notebook (nothing is copied here: change a
# table and the panel changes). The claim each panel bears on is in its title.

# %% slideshow={"slide_type": "subslide"}
events = course.load("control_events")
events["year"] = course.partial_dates(events["announced_date"])["date"].dt.year
huawei = course.load("huawei_financials")
nodes = course.load("process_node_volume_production")
runs = course.load("ai_training_runs")
tally = course.load("bloomberg_tally")
curve = course.load("experience_curve")
exposure = course.load("company_china_revenue_share")
imports = course.load("china_ic_imports")

fig, axes = plt.subplots(4, 2, figsize=(14, 19))
ax = axes.ravel()

# C08: measures per year by what they did
effects = ["widened_yard", "raised_fence", "retaliation", "relaxation"]
per_year = events.groupby(["year", "effect"]).size().unstack(fill_value=0).reindex(columns=effects, fill_value=0)
per_year.plot.bar(stacked=True, ax=ax[0], color=course.PALETTE[:4], width=0.8, rot=0)
ax[0].set(title="C08/C09 · measures per year, by effect", xlabel="Year announced", ylabel="Measures")
ax[0].legend([e.replace("_", " ") for e in effects], loc="upper left", fontsize=10)

# C03: Huawei's revenue and net profit
ax[1].plot(huawei["year"], huawei["revenue_cny_bn"], marker="o", label="revenue")
ax[1].plot(huawei["year"], huawei["net_profit_cny_bn"], marker="s", label="net profit")
ax[1].axvline(2019.37, color=course.NEUTRAL_COLOUR, ls="--", lw=1)
ax[1].text(2019.45, huawei["revenue_cny_bn"].max() * 0.55, "Entity List\nMay 2019", fontsize=10)
ax[1].set(title="C03 · Huawei's revenue and net profit", xlabel="Year", ylabel="CNY bn")
ax[1].legend(loc="upper left", fontsize=10)

# C06/C07: each year, how long ago TSMC reached the node class that is SMIC's best
CLASSES = ["28", "16/14", "10", "7", "5", "3", "2"]
tsmc = nodes[nodes["company"] == "TSMC"].groupby("node_class")["year_volume_production"].min()
smic = nodes[nodes["company"] == "SMIC"].groupby("node_class")["year_volume_production"].min()
gap = {}
for year in range(int(smic.min()), 2026):
    reached = [c for c in CLASSES if c in smic.index and smic[c] <= year]
    best = reached[-1]  # the most advanced class SMIC had reached by then
    gap[year] = year - int(tsmc[best])
gap = pd.Series(gap)
ax[2].plot(gap.index, gap.values, marker="o", color=course.CHINA_COLOUR)
ax[2].set(title="C06/C07 · years SMIC's best node trails TSMC's", xlabel="Year",
          ylabel="Years behind TSMC", ylim=(0, gap.max() + 1.5))
for year in (2019, 2021, 2025):
    ax[2].annotate(f"{gap[year]}", (year, gap[year]), textcoords="offset points", xytext=(0, 8),
                   ha="center", fontsize=11)

# C02: GPU-hours of the final training runs
hours = runs.groupby("model")["gpu_hours"].sum().loc[["DeepSeek-V3", "Llama 3.1 405B"]] / 1e6
ax[3].barh(hours.index, hours.values, color=[course.CHINA_COLOUR, course.US_COLOUR])
ax[3].set(title="C02 · GPU-hours of the final training run", xlabel="Million GPU-hours")
for i, v in enumerate(hours.values):
    ax[3].text(v + 0.3, i, f"{v:.2f}M", va="center", fontsize=11)
ax[3].set_xlim(0, hours.max() * 1.2)

# C10/C11: Bloomberg's tally
status_order = ["leading", "catching_up", "lagging", "unverified"]
counts = tally["status"].value_counts().reindex(status_order, fill_value=0)
ax[4].bar([s.replace("_", " ") for s in counts.index], counts.values,
          color=[course.PALETTE[2], course.PALETTE[1], course.PALETTE[3], course.NEUTRAL_COLOUR])
ax[4].set(title="C10/C11 · Bloomberg's 13 technologies", xlabel="Status", ylabel="Technologies")
aircraft = tally.loc[tally["technology"] == "Commercial aircraft", "status"].iloc[0]
ax[4].text(2, counts["lagging"] + 0.2, "commercial\naircraft", ha="center", fontsize=10)

# C13: the solar experience curve
ax[5].loglog(curve["cumulative_installed_capacity_mw"], curve["module_price_usd_per_w"], "o",
             color=course.PALETTE[0], ms=5)
ax[5].set(title="C13 · solar modules: price against cumulative capacity",
          xlabel="Cumulative installed capacity, MW (log)", ylabel="Module price, 2019 USD per W (log)")

# C14: US and allied firms' China share of revenue
exposure["when"] = course.partial_dates(exposure["period_end"])["date"]
for colour, (company, grp) in zip(course.PALETTE, exposure.sort_values("when").groupby("company")):
    ax[6].plot(grp["when"], grp["china_revenue_share_pct"], marker="o", color=colour, label=company)
ax[6].set(title="C14 · firms' revenue from China (mixed periods)", xlabel="End of period",
          ylabel="Share of revenue, %")
ax[6].legend(fontsize=9, loc="upper left")

# C16: China's chip imports
ax[7].bar(imports["year"], imports["imports_value_usd_bn"], color=course.PALETTE[5])
ax[7].set(title="C16 · China's integrated-circuit imports", xlabel="Year", ylabel="USD bn")
for y in imports.loc[imports["imports_value_usd_bn"].isna(), "year"]:
    ax[7].text(y, 20, "no value\nfound", ha="center", fontsize=9)

course.label_figure(fig, "The controls widened, Huawei recovered, but SMIC's lag did not shrink",
                    subtitle="Eight views of the evidence from notebooks 01–07; each panel's claim id is in its title",
                    source="the tables named in each panel (data/), from the sources listed at the end")
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# Reading left to right and top to bottom, the panels show: US and allied measures that widened the yard or
# raised the fence rising through 2024, with Chinese retaliation close behind and relaxations in 2025;
# Huawei's revenue falling in 2021 and climbing back by 2024 while its profit swung with the Honor sale;
# SMIC's best node trailing TSMC by more years in 2025 than in 2019, because the frontier moved on; DeepSeek-V3's final run using about a tenth of the
# GPU-hours of Llama 3.1 405B; Bloomberg's five leads and single laggard; the solar price falling along
# a straight line on log–log axes; toolmakers' China shares rising and then falling; and China's chip
# imports staying large. Each panel is a summary: the notebook it comes from has the caveats.

# %% slideshow={"slide_type": "skip"}
print(f"Years SMIC's best node trailed TSMC: 2019: {gap[2019]}, 2021: {gap[2021]}, 2025: {gap[2025]}")
print(f"GPU-hours, Llama 3.1 405B ÷ DeepSeek-V3: {hours['Llama 3.1 405B'] / hours['DeepSeek-V3']:.1f}")
print(f"Bloomberg's status for commercial aircraft: {aircraft}")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. Our ledger
#
# Scored? Then run on. Here are our verdicts, with the strongest evidence each way.

# %% slideshow={"slide_type": "subslide"}
order = {v: i for i, v in enumerate(SCALE)}
shown = ledger.assign(rank=ledger["verdict"].map(order)).sort_values(["rank", "claim_id"])
colours = dict(zip(SCALE, [course.PALETTE[2], course.PALETTE[5], course.PALETTE[1], course.PALETTE[3],
                           course.NEUTRAL_COLOUR]))
fig, ax = plt.subplots(figsize=(12, 8))
y = np.arange(len(shown))[::-1]
ax.barh(y, 1, color=shown["verdict"].map(colours), height=0.8)
for yi, (_, row) in zip(y, shown.iterrows()):
    short = row["claim"] if len(row["claim"]) <= 78 else row["claim"][:75] + "…"
    ax.text(0.01, yi, f"{row['claim_id']}  {short}", va="center", fontsize=10.5, color="white"
            if row["verdict"] in ("supported", "not_supported") else "black")
ax.set_yticks([]); ax.set_xticks([]); ax.set_xlim(0, 1)
ax.grid(False)
handles = [plt.Rectangle((0, 0), 1, 1, color=colours[v]) for v in SCALE]
ax.legend(handles, [v.replace("_", " ") for v in SCALE], ncol=5, loc="upper center",
          bbox_to_anchor=(0.5, -0.01), fontsize=10.5)
tally_v = ledger["verdict"].value_counts().reindex(SCALE, fill_value=0)
course.label_figure(fig, f"Of {len(ledger)} claims we find {tally_v['supported']} supported and "
                         f"{tally_v['not_supported']} not supported",
                    subtitle="Our verdicts on the commentary's claims; most sit in between",
                    source="data/claims.csv (this collection), from the evidence in notebooks 01–07")
plt.show()
print(tally_v.rename(lambda v: v.replace("_", " ")).to_string())

# %% [markdown] slideshow={"slide_type": "fragment"}
# Each bar is a claim, coloured by our verdict and sorted from supported to not testable. Most claims
# land in the middle of the scale: the commentary usually points in a defensible direction and
# then states it more strongly than the evidence allows.

# %% slideshow={"slide_type": "skip"}
agree = {k: v for k, v in scored.items() if v == ledger.set_index("claim_id").loc[k, "verdict"]}
print(f"You scored {len(scored)} claims and agree with the ledger on {len(agree)}.")
if scored:
    differ = sorted(set(scored) - set(agree))
    print("Where you differ:", ", ".join(differ) if differ else "nowhere")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5. Claim by claim
#
# The full ledger: our verdict, the strongest evidence for and against, and why. The source ids
# resolve to full references at the end of this notebook.

# %% slideshow={"slide_type": "-"}
for _, row in ledger.iterrows():
    print(f"{row['claim_id']} · {row['claim']}")
    print(f"   commentary: \"{row['quote']}\"   → verdict: {row['verdict'].replace('_', ' ').upper()}")
    print(f"   for:     {row['evidence_for']}  [{row['evidence_for_source_ids'].replace(';', ', ')}]")
    print(f"   against: {row['evidence_against']}  [{row['evidence_against_source_ids'].replace(';', ', ')}]")
    print(f"   why:     {row['verdict_reason']}")
    print(f"   see:     {row['evidence_notebooks'].replace(';', ', ')}")
    print()

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6. The commentary against its own source
#
# The commentary lists commercial aircraft among the sectors where China is "competitive" (C11). The
# Bloomberg research it cites for the 5-of-13 count (C10) puts commercial aircraft furthest behind of
# all thirteen. Both claims cannot rest on the same source.

# %% slideshow={"slide_type": "-"}
print(tally.loc[tally["technology"] == "Commercial aircraft", ["technology", "status", "status_wording"]]
      .to_string(index=False))
print()
print(ledger.loc[ledger["claim_id"].isin(["C10", "C11"]), ["claim_id", "verdict"]].to_string(index=False))

# %% [markdown] slideshow={"slide_type": "fragment"}
# A careful reader catches this with one table. It does not sink the whole argument, but it is a
# reason to check every list in an opinion piece against the source it cites.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 7. What evidence would change your mind?
#
# A verdict is only as good as the evidence that could overturn it. For each claim, the ledger names
# what would change ours; the list below is for the claims we could not settle.

# %% slideshow={"slide_type": "-"}
open_claims = ledger[ledger["verdict"].isin(["contested", "not_testable"])]
for _, row in open_claims.iterrows():
    print(f"{row['claim_id']} ({row['verdict'].replace('_', ' ')}): {row['what_would_change_it']}")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exercises
#
# **Exercise 08.1 (easy).** How many claims does our ledger rate `supported` or `partly_supported`?

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("08.1", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 08.2 (medium).** Which claims list notebook `03_chip_gap_smic_nodes_yields` among their
# evidence notebooks? Give a list of claim ids, e.g. `["C01", "C02"]`. (Hint: `str.contains`.)

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("08.2", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 08.3 (medium).** Count the distinct source ids cited as evidence *against* any claim
# (column `evidence_against_source_ids`, ids separated by `;`).

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("08.3", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 08.4 (harder, open).** Pick the claim where you most disagree with our verdict. Write
# three sentences: the evidence you weigh differently, the notebook and source id it comes from, and
# what would convince you that our verdict is right. There is no self-check: discuss it in the seminar.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## For discussion
#
# 1. Is "backfiring" (C01) the right question? Write down what the controls were meant to achieve
#    (slowing China's frontier AI and military uses? keeping a lead in tools?) and judge them against
#    that aim instead.
# 2. Most verdicts are "partly supported". Is that a sign that the commentary is mostly right, or that
#    it states things too strongly to be useful? What would a fairer one-paragraph summary say?
# 3. Argue the other side: make the case that the controls *worked* (C06, C07 and the chip gap panel),
#    then the case that they failed (C02, C03, C08). Which case needs more assumptions?
# 4. Which single new data series would most change the ledger, and who could publish it?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Takeaways
#
# - Of the commentary's sixteen claims, a few are supported, most are partly supported or contested,
#   two are contradicted by the evidence, and one cannot be tested with data.
# - The strongest claims are about direction (the yard widened; China answered; Huawei recovered); the
#   weakest are about completeness ("complete break") and lists (commercial aircraft).
# - The chip gap measured in years of volume production did not close after 2021; progress in China
#   and a moving frontier are both true at once.
# - A verdict should name the evidence that would overturn it.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Sources

# %% slideshow={"slide_type": "-"}
course.print_sources()

# %% [markdown] slideshow={"slide_type": "-"}
# [← 07 The cost of decoupling](07_cost_of_decoupling.ipynb) · [contents](00_start_here.ipynb) · [back to the start →](00_start_here.ipynb)
