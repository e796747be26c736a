# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# [← previous: 01 Small yard, high fence](01_small_yard_high_fence.ipynb) · [contents](00_start_here.ipynb) · [next: 03 The chip gap →](03_chip_gap_smic_nodes_yields.ipynb)
#
# # 02 · Huawei: written off, then vertically integrated?
#
# *Did Huawei come back stronger from US controls, and does it now make its whole technology stack at
# home? This notebook follows its money, its segments and its phones, then checks the stack layer by layer.*

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## At a glance
#
# **You will**
# - **trace** Huawei's revenue, profit and R&D spending from 2015 to 2024 against the US controls, and
#   explain why the 2021 and 2023 profits mislead;
# - **compare** the consumer business before and after Huawei changed how it reports segments, without
#   splicing the two schemes;
# - **read** Huawei's smartphone share in China through the Mate 60 Pro launch from three trackers that
#   do not count the same thing;
# - **judge** the claim of a stack "from wafer fabrication to chip design", layer by layer, and test what
#   the Mate 70 actually shipped with.
#
# **Time:** 50–60 minutes alone; 40 minutes in a seminar (sections 1, 3 and 4 plus the discussion).
# **Prerequisites:** notebook 00 (how the collection works); notebook 01 helps with the US measures.
# pandas: filtering, `pivot`, simple arithmetic on columns.
# **Data:** `huawei_financials`, `huawei_segments`, `smartphone_share`, `huawei_key_dates`,
# `huawei_stack_layers`, plus `claims` and `control_events` from other notebooks (see `data/README.md`).
# **Key terms:** *Entity List* (the US list of foreign firms that need a licence to receive US items);
# *foreign-direct-product rule (FDPR)* (extends US licensing to foreign-made items made with US
# technology or tools); *R&D intensity* (R&D spending divided by revenue); *sell-in* vs *sell-through*
# (units shipped to shops vs units sold to buyers); *instruction set* (the machine language a processor
# design follows, e.g. Arm); *EDA* (electronic design automation, the software used to design chips).

# %% slideshow={"slide_type": "skip"}
import textwrap

import matplotlib.pyplot as plt
import pandas as pd

import course

course.use_style()


def source_line(*ids):
    """course.cite() wrapped so that a long source line stays inside the figure."""
    return textwrap.fill(course.cite(*ids), width=115, subsequent_indent="    ")


# %% [markdown] slideshow={"slide_type": "slide"}
# ## The claims under test
#
# The commentary (Diana Choyleva, CNA, 30 January 2025) says that Huawei, after its 2019 listing, "has
# emerged stronger"; that it has built a chip ecosystem "from wafer fabrication to chip design"; and that
# the Mate 70 on HarmonyOS NEXT marks "a complete break" from dependence on American technology (the
# wording in the seed summary; a syndicated copy of the original reads "a clean break from US technology
# dependencies"). The collection's claims table holds the three claims this notebook tests:

# %% slideshow={"slide_type": "-"}
claims = course.load("claims")
ours = claims[claims["notebook"] == "02_huawei_vertical_integration"]
with pd.option_context("display.max_colwidth", None):
    display(ours[["claim_id", "claim", "quote"]].set_index("claim_id"))

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. The fall and the comeback in the accounts
#
# **Question:** did Huawei's revenue and profit fall after the US controls, and have they recovered?
# The figures come from Huawei's annual reports (five-year tables) and from press reports of its results.

# %% slideshow={"slide_type": "-"}
fin = course.load("huawei_financials")
fin["rd_intensity_pct"] = 100 * fin["rd_expense_cny_bn"] / fin["revenue_cny_bn"]
fin[["year", "revenue_cny_bn", "net_profit_cny_bn", "rd_expense_cny_bn", "rd_intensity_pct"]].set_index("year").round(1)

# %% [markdown] slideshow={"slide_type": "fragment"}
# R&D intensity is computed here (R&D expense ÷ revenue); Huawei's own rounded percentages agree to a
# tenth of a point for the years checked (for example 25.1% in 2022).

# %% slideshow={"slide_type": "-"}
by_year = fin.set_index("year")
peak_year = int(by_year["revenue_cny_bn"].idxmax())
fall_2021 = 100 * (by_year.loc[2021, "revenue_cny_bn"] / by_year.loc[2020, "revenue_cny_bn"] - 1)
gap_2024 = 100 * (by_year.loc[2024, "revenue_cny_bn"] / by_year.loc[peak_year, "revenue_cny_bn"] - 1)
print(f"Peak revenue: {peak_year}, CNY {by_year.loc[peak_year, 'revenue_cny_bn']:.1f} bn")
print(f"Revenue change 2020 -> 2021: {fall_2021:+.1f}%")
print(f"2024 revenue against the {peak_year} peak: {gap_2024:+.1f}%")
print(f"Net profit 2020, 2021, 2022: {by_year.loc[2020, 'net_profit_cny_bn']:.1f}, "
      f"{by_year.loc[2021, 'net_profit_cny_bn']:.1f}, {by_year.loc[2022, 'net_profit_cny_bn']:.1f} CNY bn")
print(f"R&D intensity 2019 and 2022: {by_year.loc[2019, 'rd_intensity_pct']:.1f}% and "
      f"{by_year.loc[2022, 'rd_intensity_pct']:.1f}%")

# %% [markdown] slideshow={"slide_type": "subslide"}
# The US policy events come from the collection's `control_events` table (built for notebook 01); the
# sale of Honor and the Mate 60 Pro from this notebook's `huawei_key_dates`.

# %% slideshow={"slide_type": "-"}
controls = course.load("control_events")
policy = controls[controls["event_id"].isin(["US-01", "US-04", "US-05"])].copy()
policy["when"] = course.partial_dates(policy["announced_date"])["date"]
policy["label"] = policy["event_id"].map({"US-01": "Entity List", "US-04": "FDPR", "US-05": "FDPR widened"})

dates = course.load("huawei_key_dates")
dates["when"] = course.partial_dates(dates["date"])["date"]
company = dates[dates["event"].str.startswith(("Huawei sells Honor", "Mate 60 Pro"))].copy()
company["label"] = ["Honor sold" if "Honor" in e else "Mate 60 Pro" for e in company["event"]]
marks = pd.concat([policy[["when", "label", "source_id"]], company[["when", "label", "source_id"]]])
marks = marks.sort_values("when").reset_index(drop=True)
marks[["when", "label", "source_id"]]

# %% slideshow={"slide_type": "subslide"}
def frac_year(ts):
    """A timestamp as a decimal year, so events sit between the annual points."""
    return ts.year + (ts.day_of_year - 1) / 365


fig, (ax, ax2) = plt.subplots(2, 1, figsize=(11, 8.5), sharex=True, height_ratios=[2.2, 1])
x = fin["year"].astype(float) + 0.5  # an annual figure plotted at mid-year
ax.plot(x, fin["revenue_cny_bn"], marker="o", lw=2.5, color=course.CHINA_COLOUR, label="Revenue")
ax.plot(x, fin["net_profit_cny_bn"], marker="s", lw=2.5, color=course.NEUTRAL_COLOUR, label="Net profit")
for yr in (2021, 2023):
    ax.annotate("incl. Honor-sale gain", (yr + 0.5, by_year.loc[yr, "net_profit_cny_bn"]),
                xytext=(0, 14), textcoords="offset points", ha="center", fontsize=10)
placing = {"Entity List": (1030, "center"), "FDPR": (975, "right"), "FDPR widened": (1030, "center"),
           "Honor sold": (920, "left"), "Mate 60 Pro": (1030, "center")}
for _, m in marks.iterrows():
    xe = frac_year(m["when"])
    h, ha = placing[m["label"]]
    for a in (ax, ax2):
        a.axvline(xe, color=course.US_COLOUR if m["label"] in ("Entity List", "FDPR", "FDPR widened")
                  else "#555555", ls="--", lw=1)
    ax.text(xe, h, m["label"], ha=ha, va="bottom", fontsize=10,
            bbox={"facecolor": "white", "edgecolor": "none", "pad": 1})
ax.set_ylim(0, 1090)
ax.set_ylabel("CNY billion")
ax.legend(loc="center left", bbox_to_anchor=(0.0, 0.62))
ax2.plot(x, fin["rd_intensity_pct"], marker="o", lw=2.5, color=course.PALETTE[0])
ax2.set_ylabel("R&D / revenue (%)")
ax2.set_ylim(10, 28)
ax2.set_xticks(x, fin["year"].astype(str))
ax2.set_xlim(2015, 2025)
course.label_figure(
    fig, "Revenue fell by over a quarter in 2021 and was back near its 2020 peak by 2024",
    subtitle="Huawei revenue and net profit (top) and R&D spending as a share of revenue (bottom); "
             "blue dashes: US measures",
    source=source_line(*sorted(set(fin["source_id"]) | set(fin["rd_source_ids"]) | set(marks["source_id"]))))
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# *The figure:* revenue climbs from about CNY 395 bn in 2015 to a peak in 2020, drops sharply in 2021
# after the chip cut-off and the sale of Honor, and rises again in 2023–2024; net profit spikes in 2021
# and again in 2023; R&D intensity rises from about 14–15% before the listing to about 25% in 2022.
#
# **What it shows.** The fall is real and it came a year after the policy events: revenue kept growing in
# 2019 and 2020 (stockpiles, and Honor still inside Huawei) and dropped in 2021, when the 2020
# foreign-direct-product rules cut Huawei off from TSMC and Honor had been sold. Meanwhile Huawei kept
# spending: R&D went up while revenue went down, so R&D intensity jumped.
#
# **What it does not show.** Profit is a poor guide here. The 2021 record profit came mainly from the
# gain on selling Honor (Pocketnow, relaying Huawei's call), and Reuters reports that payments for
# Honor kept boosting profit in later years, which is why 2024 profit "fell" 28% from 2023. Operating
# strength must be read from revenue and from the segments below, not from net profit.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. The consumer business, across a change of scheme
#
# **Question:** how far did the consumer (phones and devices) business fall, and has it come back?
# Huawei reported revenue by *customer group* (carrier, enterprise, consumer) up to 2022 and by *business
# segment* (ICT infrastructure, consumer, cloud, digital power, intelligent automotive solutions) from
# 2023. The table keeps them apart in a `scheme` column.

# %% slideshow={"slide_type": "-"}
seg = course.load("huawei_segments")
wide = seg.pivot(index=["scheme", "segment"], columns="year", values="revenue_cny_bn")
wide

# %% [markdown] slideshow={"slide_type": "fragment"}
# Empty cells are gaps, not zeros: the 2018 carrier and enterprise figures are missing because we did
# not find them in a source we could cite.
#
# The 2024 growth rates Huawei published do not match the 2023 figures it first published (cloud: CNY
# 38.5 bn in 2024 is "up 8.5%", yet 2023 was first reported as 55.3 bn), so Huawei restated the 2023
# segments when it changed their scope. We keep the first-reported values and compare only within one
# scheme and one report.

# %% slideshow={"slide_type": "-"}
consumer = seg[seg["segment"] == "consumer"].set_index("year")["revenue_cny_bn"]
print(f"Consumer, customer-group scheme: 2020 {consumer[2020]:.1f} -> 2021 {consumer[2021]:.1f} "
      f"({100 * (consumer[2021] / consumer[2020] - 1):+.1f}%) -> 2022 {consumer[2022]:.1f} CNY bn")
print(f"Consumer, business-segment scheme: 2023 {consumer[2023]:.1f} -> 2024 {consumer[2024]:.1f} CNY bn "
      f"(Huawei reports +38.3% on a restated 2023 base)")
print(f"Consumer share of revenue: 2020 {100 * consumer[2020] / by_year.loc[2020, 'revenue_cny_bn']:.0f}%, "
      f"2022 {100 * consumer[2022] / by_year.loc[2022, 'revenue_cny_bn']:.0f}%, "
      f"2024 {100 * consumer[2024] / by_year.loc[2024, 'revenue_cny_bn']:.0f}%")

# %% slideshow={"slide_type": "subslide"}
names = {"carrier": "Carrier", "enterprise": "Enterprise", "consumer": "Consumer",
         "ict_infrastructure": "ICT infrastructure", "cloud_computing": "Cloud",
         "digital_power": "Digital power", "intelligent_automotive_solutions": "Automotive"}
fig, (left, right) = plt.subplots(1, 2, figsize=(12, 5.8), sharey=True, width_ratios=[2.3, 1])
old = seg[seg["scheme"] == "customer_group"]
for s, colour in [("carrier", course.PALETTE[0]), ("enterprise", course.PALETTE[2]),
                  ("consumer", course.CHINA_COLOUR)]:
    d = old[old["segment"] == s].sort_values("year")
    left.plot(d["year"], d["revenue_cny_bn"], marker="o", lw=3 if s == "consumer" else 2,
              color=colour, label=names[s])
left.axvline(2020.87, color="#555555", ls="--", lw=1)
left.text(2020.8, 15, "Honor sold (Nov 2020) ", ha="right", va="bottom", fontsize=10)
left.text(0.01, 0.99, "Customer groups, 2015–2022 (as first reported)", transform=left.transAxes,
          ha="left", va="top", fontsize=12, fontweight="bold")
left.set_ylabel("Revenue, CNY billion")
left.set_xticks(range(2015, 2023))
left.legend(loc="upper left", bbox_to_anchor=(0, 0.92))
new = seg[seg["scheme"] == "business_segment"].pivot(index="segment", columns="year", values="revenue_cny_bn")
new = new.loc[["ict_infrastructure", "consumer", "digital_power", "cloud_computing",
               "intelligent_automotive_solutions"]]
pos = range(len(new))
right.bar([p - 0.2 for p in pos], new[2023], width=0.4, color="#BBBBBB", label="2023")
right.bar([p + 0.2 for p in pos], new[2024], width=0.4,
          color=[course.CHINA_COLOUR if i == "consumer" else course.PALETTE[0] for i in new.index], label="2024")
right.set_xticks(list(pos), [names[i] for i in new.index], rotation=40, ha="right")
right.text(0.02, 0.99, "Business segments, 2023–2024", transform=right.transAxes,
           ha="left", va="top", fontsize=12, fontweight="bold")
right.legend(loc="upper right", bbox_to_anchor=(1, 0.92))
course.label_figure(
    fig, "The consumer business halved in 2021, then grew back to CNY 339 bn by 2024",
    subtitle="Huawei revenue by segment in its two reporting schemes, shown side by side and not joined",
    source=source_line(*sorted(seg["source_id"].unique())))
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# *The figure:* on the left, consumer revenue rises from about CNY 129 bn (2015) to 483 bn (2020),
# overtaking carrier in 2018, then halves in 2021 and slips again in 2022; on the right, under the new
# scheme, consumer revenue rises from 252 bn (2023) to 339 bn (2024), second to ICT infrastructure.
#
# **What it shows.** The collapse was in phones: carrier and enterprise revenue barely moved. The
# comeback is also in phones, from 2023. **What it does not show.** The 2020 and 2024 consumer figures
# are not the same thing measured twice: 2020 still included Honor for most of the year, and the new
# scheme was drawn up by Huawei with its own restated base. "Back above 2021" is solid; "back to 2020"
# is not a like-for-like statement.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. Smartphone share in China, quarter by quarter
#
# **Question:** what happened to Huawei's share of China's smartphone market around the Mate 60 Pro
# (on sale from 29 August 2023)? Three trackers publish figures: IDC and Canalys count *shipments*
# (sell-in); Counterpoint's China series counts *sell-through sales*, except one 2022 Q4 row that is its
# shipment share (drawn hollow). Each row names its tracker and what it counts.

# %% slideshow={"slide_type": "-"}
share = course.load("smartphone_share")
china_q = share[(share["market"] == "china") & (share["period_type"] == "quarter")].copy()
china_q["quarter_start"] = pd.PeriodIndex(china_q["period"], freq="Q").start_time
cols = ["period", "tracker", "measure", "shipments_m", "share_pct", "growth_yoy_pct", "includes_honor"]
china_q.sort_values(["period", "tracker"])[cols].set_index(["period", "tracker"])

# %% [markdown] slideshow={"slide_type": "fragment"}
# Where two or three trackers report the same quarter, they disagree, and we show every figure:

# %% slideshow={"slide_type": "-"}
multi = china_q.groupby("period")["tracker"].transform("size") > 1
china_q[multi].sort_values(["period", "tracker"])[["period", "tracker", "measure", "share_pct",
                                                   "growth_yoy_pct"]].set_index(["period", "tracker"])

# %% slideshow={"slide_type": "subslide"}
fig, ax = plt.subplots(figsize=(11, 5.8))
style = {"Canalys": ("o", course.PALETTE[0]), "IDC": ("s", course.PALETTE[2]),
         "Counterpoint": ("D", course.CHINA_COLOUR)}
for (tracker, measure), d in china_q[china_q["share_pct"].notna()].groupby(["tracker", "measure"]):
    marker, colour = style[tracker]
    d = d.sort_values("quarter_start")
    kind = "sales" if measure == "sell_through_sales" else "shipments"
    hollow = tracker == "Counterpoint" and kind == "shipments"  # its one shipment-share row
    ax.plot(d["quarter_start"], d["share_pct"], marker=marker, ms=9, ls="none", color=colour,
            mfc="white" if hollow else colour, label=f"{tracker} ({kind})")
    dy = -18 if tracker == "Canalys" else 9  # Canalys labels below the points, the others above
    for _, r in d.iterrows():
        ax.annotate(f"{r['share_pct']:g}", (r["quarter_start"], r["share_pct"]), xytext=(0, dy),
                    textcoords="offset points", ha="center", fontsize=10, color=colour)
honor = dates.loc[dates["event"].str.startswith("Huawei sells Honor"), "when"].iloc[0]
mate60 = dates.loc[dates["event"].str.startswith("Mate 60 Pro"), "when"].iloc[0]
ax.axvspan(pd.Timestamp("2018-01-01"), honor, color="#EEEEEE", zorder=0)
ax.text(pd.Timestamp("2018-03-01"), 3, "Huawei figures include Honor", fontsize=10, color="#444444")
ax.axvline(mate60, color="#555555", ls="--", lw=1)
ax.text(mate60, 45, "Mate 60 Pro\non sale ", ha="right", va="top", fontsize=10)
ax.set_ylim(0, 48)
ax.set_ylabel("Huawei share of China smartphones (%)")
ax.legend(loc="upper center")
course.label_figure(
    fig, "Huawei's China share fell below 10% by 2021, then rose after the Mate 60 Pro",
    subtitle="Huawei's quarterly share of mainland China's smartphone market, by tracker "
             "(shipments and sales are counted differently)",
    source=source_line(*sorted(china_q.loc[china_q["share_pct"].notna(), "source_id"].unique())))
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# *The figure:* Canalys puts Huawei (with Honor) at 38–42% of China's shipments in 2019; by the end of
# 2021 Counterpoint has it at 7% of sales; after the Mate 60 Pro its share climbs from about 9–11% to
# 13–16% in the following quarters and to 17–18% by late 2024 and mid-2025 (Canalys).
#
# **What it shows.** The Mate 60 Pro marks a turn: every tracker that reported growth for Q4 2023 saw
# large growth, but they disagree on how large (print below). **What it does not show.** Before and
# after 2020 are not the same company: the 2019 peak includes Honor, which Huawei sold. Gaps in the
# series are quarters for which we found no citable figure, not zeros; Canalys did not publish a share for
# Huawei in Q3 2023 at all (it ranked sixth).

# %% slideshow={"slide_type": "-"}
q4 = china_q[china_q["period"] == "2023Q4"].set_index("tracker")["growth_yoy_pct"].sort_index()
for tracker, g in q4.items():
    print(f"Q4 2023 growth on a year earlier, {tracker}: {g:+.1f}%")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. Vertically integrated, "from wafer fabrication to chip design"?
#
# **Question:** which layers of the stack behind a Huawei phone or AI server are Chinese, and which still
# depend on foreign technology? The table rates each layer on a four-step scale. The rating is this
# collection's judgement from the cited evidence, not a measurement: **0** no Chinese substitute in
# Huawei's products; **1** a substitute for older nodes, in samples or at small scale; **2** a substitute
# in volume use but behind the frontier or still using foreign inputs; **3** in volume use, close to
# the frontier.

# %% slideshow={"slide_type": "-"}
stack = course.load("huawei_stack_layers").sort_values("order")
with pd.option_context("display.max_colwidth", 70):
    display(stack[["layer", "chinese_substitute", "status_level", "as_of_year", "still_foreign"]]
            .set_index("layer"))

# %% slideshow={"slide_type": "subslide"}
level_text = {0: "0: none in use", 1: "1: older nodes / small scale", 2: "2: volume, behind or foreign inputs",
              3: "3: volume, near frontier"}
level_colour = {0: course.PALETTE[0], 1: course.PALETTE[5], 2: course.PALETTE[1], 3: course.CHINA_COLOUR}
fig, ax = plt.subplots(figsize=(11, 6.2))
rows = stack.iloc[::-1]
ax.barh(rows["layer"], rows["status_level"] + 0.08, color=[level_colour[v] for v in rows["status_level"]])
for i, (_, r) in enumerate(rows.iterrows()):
    ax.text(r["status_level"] + 0.15, i, textwrap.shorten(r["chinese_substitute"], 62, placeholder="…"),
            va="center", fontsize=10)
ax.set_xlim(0, 5.4)
ax.set_xticks([0, 1, 2, 3], [level_text[k].split(":")[0] for k in range(4)])
ax.set_xlabel("How far the Chinese substitute has got (0–3, our rating from the sources)")
handles = [plt.Rectangle((0, 0), 1, 1, color=level_colour[k]) for k in range(4)]
ax.legend(handles, [level_text[k] for k in range(4)], loc="lower right", fontsize=10)
course.label_figure(
    fig, "Only chip design is near the frontier; fabs, tools, memory and software lag",
    subtitle="Huawei's technology stack, layer by layer: Chinese substitute and our 0–3 rating of its progress",
    source=source_line(*sorted(stack["source_id"].unique())))
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# *The figure:* one bar per layer. Chip design reaches 3; foundry, operating system and AI chips reach 2;
# EDA, lithography equipment, HBM memory, the app ecosystem and the AI software framework reach 1; the
# instruction set is at 0, because Huawei's Kunpeng and Kirin processors use Arm's.

# %% slideshow={"slide_type": "-"}
counts = stack["status_level"].value_counts().sort_index()
for lvl, n in counts.items():
    print(f"Level {lvl}: {n} layer(s): {', '.join(stack.loc[stack['status_level'] == lvl, 'layer'])}")

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Evidence for the claim.** Huawei does design its own phone, server and AI chips, and since 2023 its
# phone chips have been made in China (TechInsights found SMIC's 7 nm-class N+2 process in the Mate 60
# Pro's Kirin 9000S, and N+2 again in the Kirin 9020 of the Mate 70 Pro+). Huawei-linked firms are
# building fabs and tools, and the company says it has localised design software for 14 nm and above.
#
# **Evidence against.** "Vertically integrated" overstates it. Huawei does not run the foundry: SMIC
# does, with mostly foreign-made tools, and without EUV it is stuck at 7 nm-class processes (N+3 in 2025
# is, per TechInsights, an extension of 7 nm, well short of 5 nm). The processors use the Arm instruction
# set under licence. A TSMC-made die turned up in an Ascend 910B, after TSMC had stopped supplying Huawei
# in 2020. HBM memory for AI chips still relies on foreign parts. Huawei's own founder says its single
# chips "lag behind the US by a generation" (Tom's Hardware, June 2025).
#
# **What "complete break" would require:** levels of 2 or 3 in *every* row, including an instruction set
# not licensed from abroad, lithography tools not bought from ASML, and memory not bought from Korea.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Testing the Mate 70 claim
#
# The claim (C05) is that the Mate 70 on HarmonyOS NEXT marks a complete break from American technology.
# What did the phones actually ship with? Here are the dated events and the operating-system row:

# %% slideshow={"slide_type": "-"}
mate = dates[dates["event"].str.contains("Mate 70|HarmonyOS|Kirin 9020")].sort_values(["when", "event"])
with pd.option_context("display.max_colwidth", 90):
    display(mate[["date", "event", "source_id"]].set_index("date"))
os_row = stack.set_index("layer").loc["Operating system"]
print("OS evidence:", os_row["evidence"])

# %% [markdown] slideshow={"slide_type": "fragment"}
# **Verdict on C05, from these sources.** The software part is mostly true: HarmonyOS NEXT contains no
# Android code, and all four Mate 70 models could run it. But at launch buyers could also choose
# HarmonyOS 4.3, which still runs Android apps (Richard Yu to Reuters, via KrASIA), so the Mate 70 did
# not ship *only* with NEXT. On hardware, Huawei did not disclose the chip; a teardown (TechInsights, via
# SCMP) found the Kirin 9020 in the Mate 70 Pro+ made on SMIC's N+2, the same process as the Mate 60's
# chip, whose tools are largely foreign and whose cores follow Arm's instruction set. The chips in the
# other Mate 70 models were not verified by a teardown we found. Huawei's consumer chief did claim that
# every chip in the series is made in China (table above): a company claim, which even if true concerns
# where chips are *made*, not whose tools and instruction set they rely on. "A clean break" from US
# *software* is closer to the truth than a break from US *technology*.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exercises
#
# Replace `None` with code that computes the answer from the tables loaded above, then run the check.
#
# **02.1 (easy).** What was Huawei's R&D intensity in 2022, in percent of revenue? Use `fin`.

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("02.1", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **02.2 (medium).** By how many percent did consumer revenue change from 2020 to 2021, in the
# customer-group scheme? (A fall is negative.) Use `seg`.

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("02.2", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **02.3 (medium).** Which layers of the stack are rated 0 or 1? Give a list of the `layer` names from
# `stack`.

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("02.3", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **02.4 (harder).** Net profit in 2021 and 2023 includes gains from the Honor sale. Compute Huawei's
# *total* net profit over 2021–2024 as a share of its total revenue over the same years (percent), and
# then ask yourself: is that a fair measure of how profitable the business is? The self-check tests the
# number only.

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("02.4", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# Worked solutions: [solutions/02_huawei_vertical_integration_solutions.ipynb](solutions/02_huawei_vertical_integration_solutions.ipynb)
# (try first!).

# %% [markdown] slideshow={"slide_type": "slide"}
# ## For discussion
#
# 1. Revenue in 2024 was close to the 2020 peak, but the mix was different (less from phones abroad,
#    more from cars and digital power). Does "emerged stronger" depend on which measure you pick?
# 2. The trackers disagree on Huawei's Q4 2023 growth by tens of points. How would you decide which to
#    quote, and what would you tell a reader?
# 3. **Argue the other side.** Make the best case that Huawei *is* vertically integrated in the sense
#    that matters: it controls the layers that the US could cut (design, OS, AI chips) and has domestic
#    suppliers for the rest. Which rows of the stack table would you have to rate higher, and on what
#    evidence?
# 4. Which single layer would you watch to know whether a "complete break" is coming, and why?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Takeaways
#
# - Huawei's revenue fell by more than a quarter in 2021, a year after the 2020 rules cut it off from
#   TSMC, and was back near its 2020 peak by 2024.
# - Net profit misleads: the Honor sale lifted 2021 and 2023, so "profit fell 28% in 2024" is not a
#   sign of weakness, nor was the 2021 record a sign of strength.
# - The consumer business halved and then came back after the Mate 60 Pro; comparisons must stay within
#   one segment scheme.
# - Trackers disagree and count different things; honest charts show every figure with its tracker.
# - The stack is domestic in design and, at 7 nm-class, in fabrication, but not in instruction set,
#   lithography tools or leading memory: "vertically integrated" and "complete break" overstate it.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Sources
#
# Generated from `data/sources.csv`: every source of this notebook's five tables, the commentary, the
# sources of the three US measures marked in the first figure (not all of `control_events`).

# %% slideshow={"slide_type": "-"}
course.print_sources(fin, seg, share, dates, stack, *ours["source_id"].unique(), *policy["source_id"].unique())

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Next
#
# Notebook 03 measures the chip gap itself: how far SMIC's 7 nm-class processes trail TSMC, what low
# yields cost, and how Huawei's Ascend compares with Nvidia.
#
# [← previous: 01 Small yard, high fence](01_small_yard_high_fence.ipynb) · [contents](00_start_here.ipynb) · [next: 03 The chip gap →](03_chip_gap_smic_nodes_yields.ipynb)
