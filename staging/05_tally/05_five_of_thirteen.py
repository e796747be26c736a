# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# [← previous: 04 DeepSeek's efficiency argument](04_deepseek_efficiency.ipynb) · [contents](00_start_here.ipynb) · [next: 06 Learning by doing →](06_learning_by_doing.ipynb)
#
# # 05 · "China leads in 5 of 13": Bloomberg's tally, and how the method makes the count
#
# *The commentary's broadest piece of evidence is a count: by Bloomberg's research, China leads in five of 13
# advanced technologies. Here you rebuild the tally, check some of its calls against open data, and see how
# other studies, measuring other things, reach very different counts.*

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## At a glance
#
# **You will**
# - **restore** the list of five that the commentary's summary drops, and read the tally at a glance;
# - **check** "leading" calls (electric vehicles, solar, batteries, drones, high-speed rail) and the one "lagging"
#   call (commercial aircraft) against open series, and say what "leading" means on each indicator;
# - **spot** an inconsistency between the commentary and the tally it cites;
# - **compare** tallies that count research papers, industrial position or innovation capability, and **vary**
#   the threshold for "leads" to watch the count move;
# - **judge** what a count of equally weighted items can and cannot tell a policymaker about export controls.
#
# **Time:** 45–60 minutes alone; a 50-minute seminar (see the instructor guide).
# **Prerequisites:** notebook 00; pandas basics (`query`, `groupby`, boolean masks); reading a bar chart.
# **Data:** `claims`, `bloomberg_tally`, `made_in_china_2025`, `made_in_china_2025_targets`, `tech_tallies`,
# `itif_industry_calls`, `ev_share`, `ev_sales`, `iea_china_share_headlines`, `drone_market_share`, `hsr_length`,
# `hsr_world_share`, `aircraft_deliveries` (all in `data/`, described in `data/README.md`).
# **Key terms:** *tally* (a count of items scored one by one); *threshold* (the share above which an item counts
# as a "lead"); *market share* vs *production share* vs *firm share* (where goods are sold, where they are made,
# whose brands make them); *top 10% most-cited papers* (ASPI's measure of research strength); *Made in China 2025*
# (the State Council's 2015 plan for ten manufacturing sectors).

# %% slideshow={"slide_type": "skip"}
import textwrap

import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from IPython.display import display
from matplotlib.patches import Patch, Rectangle

import course

course.use_style()

claims = course.load("claims")
tally = course.load("bloomberg_tally")
mic = course.load("made_in_china_2025")
mic_targets = course.load("made_in_china_2025_targets")
tallies = course.load("tech_tallies")
itif = course.load("itif_industry_calls")
ev_share = course.load("ev_share")
ev_sales = course.load("ev_sales")
iea = course.load("iea_china_share_headlines")
drones = course.load("drone_market_share")
hsr = course.load("hsr_length")
hsr_share = course.load("hsr_world_share")
aircraft = course.load("aircraft_deliveries")

BLOOMBERG_STORY = "bloomberg-20241030-contain-xi-faltering"
TRANSCRIPT = "hive-20241031-odd-lots-transcript-repost"
STATUS_COLOURS = {"leading": course.CHINA_COLOUR, "catching_up": course.PALETTE[1],
                  "lagging": course.US_COLOUR, "unverified": "#FFFFFF"}
STATUS_LABELS = {"leading": "Leading", "catching_up": "Catching up", "lagging": "Lagging",
                  "unverified": "Unverified"}
SHORT_NAMES = {"Electric vehicles and lithium batteries": "EVs and lithium batteries"}


def sources_line(*ids, width=125):
    """course.cite() for a figure, wrapped so that a long list of sources does not widen the figure."""
    return textwrap.fill(course.cite(*ids), width=width, subsequent_indent="  ")

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. The claim, and the list the summary drops
#
# The commentary (Choyleva, CNA, 30 January 2025) says that "according to Bloomberg's research" China leads in
# five of 13 advanced technologies, and then that China is also competitive in pharmaceuticals, robots, AI,
# semiconductors and commercial aircraft. The summary this collection started from ends the first sentence
# with a colon: the five are missing. Here are the two claims as the collection records them.

# %% slideshow={"slide_type": "-"}
with pd.option_context("display.max_colwidth", None):
    display(claims.query("notebook == '05_five_of_thirteen'")[["claim_id", "claim", "quote"]].set_index("claim_id"))

# %% [markdown] slideshow={"slide_type": "subslide"}
# The research is a 48-page study by Bloomberg Economics and Bloomberg Intelligence, reported by Bloomberg on
# 30 October 2024 under the headline "U.S. Efforts to Contain Xi's Push for Tech Supremacy Are Faltering". The
# story gives the counts: of 13 key technologies, China leads in five and is catching up fast in seven. The
# names come from two of the study's authors on Bloomberg's *Odd Lots* podcast the next day. The table below
# holds each technology, its status, who names it, and the source. Two rows are honest gaps: no Bloomberg-side
# source we read names the seventh "catching up" technology, and robotics is named only by the commentary.

# %% slideshow={"slide_type": "-"}
order = {"leading": 0, "catching_up": 1, "unverified": 2, "lagging": 3}
tally_view = (tally.assign(_o=tally["status"].map(order))
              .sort_values(["_o", "technology"])
              [["technology", "status", "status_basis", "source_id"]]
              .reset_index(drop=True))
with pd.option_context("display.max_colwidth", 45):
    display(tally_view)
counts = tally["status"].value_counts()
five = sorted(tally.query("status == 'leading'")["technology"])
print("Status counts in the table:", ", ".join(f"{s} {counts.get(s, 0)}" for s in order))
print("The five the summary drops:", "; ".join(five))

# %% slideshow={"slide_type": "subslide"}
fig, ax = plt.subplots(figsize=(11, 6.2))
columns = [("leading", ["leading"]), ("catching_up", ["catching_up", "unverified"]), ("lagging", ["lagging"])]
tile_w, tile_h, gap = 3.2, 0.62, 0.12
for col, (head, statuses) in enumerate(columns):
    x = col * (tile_w + 0.5)
    ax.text(x + tile_w / 2, 0.35, STATUS_LABELS[head].upper(), ha="center", va="bottom",
            fontsize=13, fontweight="bold", color=STATUS_COLOURS[head])
    rows = tally[tally["status"].isin(statuses)].assign(_o=lambda d: d["status"].map(order)).sort_values(["_o", "technology"])
    for i, (_, r) in enumerate(rows.iterrows()):
        y = -(i + 1) * (tile_h + gap)
        unknown = r["status"] == "unverified"
        ax.add_patch(Rectangle((x, y), tile_w, tile_h, facecolor=STATUS_COLOURS[r["status"]],
                               edgecolor=course.NEUTRAL_COLOUR if unknown else "none",
                               hatch="//" if unknown else None, linewidth=1.2))
        name = SHORT_NAMES.get(r["technology"], r["technology"])
        label = name if not unknown else f"? {name}"
        colour = "#333333" if unknown or r["status"] == "catching_up" else "white"
        ax.text(x + 0.12, y + tile_h / 2, label, va="center", ha="left", fontsize=11.5, color=colour,
                fontweight="bold" if not unknown else "normal",
                bbox=dict(facecolor="white", edgecolor="none", pad=1.0) if unknown else None)
ax.text(tile_w + 0.5 + tile_w / 2, -8 * (tile_h + gap) - 0.05,
        "Hatched: status or name not confirmed\nby a Bloomberg-side source", ha="center", va="top",
        fontsize=10, color="#555555")
ax.set_xlim(-0.1, 3 * tile_w + 1.1)
ax.set_ylim(-8 * (tile_h + gap) - 0.75, 0.8)
ax.axis("off")
course.label_figure(fig, f"China leads in {counts['leading']} of Bloomberg's 13 technologies and lags in {counts['lagging']}",
                    subtitle="Bloomberg Economics and Bloomberg Intelligence, October 2024; two of the seven 'catching up' slots are not confirmed",
                    source=course.cite(BLOOMBERG_STORY, TRANSCRIPT, "cna-20250130-choyleva-backfiring"))
plt.show()

# %% [markdown] slideshow={"slide_type": "-"}
# *The figure shows 13 tiles in three columns: five red tiles for the technologies where China leads (drones,
# electric vehicles with lithium batteries, graphene, high-speed rail, solar panels), seven in the middle column
# for "catching up" (five confirmed, plus two hatched tiles for robotics and an unnamed technology), and one blue
# tile for commercial aircraft, the only technology where China is behind.*
#
# **What it shows:** the list the commentary's summary drops, and the shape of the tally: mostly "leading" or
# "catching up". **What it does not show:** *how* Bloomberg decided each call. The parts of the news story,
# newsletter and podcast we could read do not give the indicators or thresholds behind the calls, and we have not
# read the 48-page report itself. The podcast transcript is machine-made and garbled where it lists the middle
# group (it reads "competitors" where the speaker surely meant "competitive"), so those five rest on our reading
# of it plus Bloomberg's count of seven. Every status here is the authors' summary judgement, not a number you can recompute. That is why
# the next sections check some calls against open data instead.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. Where the 13 come from: Made in China 2025
#
# The State Council issued *Made in China 2025* on 8 May 2015. It named ten priority sectors and, in the reading
# of China Water Risk's summary, aimed for 40% self-sufficiency in core components and materials by 2020 and
# 70% by 2025. Bloomberg's 13 technologies are drawn from those sectors. The last column of `bloomberg_tally`
# maps each technology to a sector: that mapping is ours, not Bloomberg's.

# %% slideshow={"slide_type": "-"}
display(mic_targets[["target", "target_year", "value_pct"]])
per_sector = (tally.dropna(subset=["mic2025_sector_ours"])
              .groupby("mic2025_sector_ours")["technology"].agg(lambda s: "; ".join(sorted(s))))
sector_map = mic.set_index("sector_no")[["sector"]].assign(
    bloomberg_technologies_our_mapping=lambda d: d["sector"].map(per_sector).fillna("(none identified)"))
with pd.option_context("display.max_colwidth", 60):
    display(sector_map)
unmatched = set(per_sector.index) - set(mic["sector"])
assert not unmatched, f"mapping names not in made_in_china_2025: {unmatched}"
print(f"{len(mic)} sectors in the plan; {per_sector.size} of them hold at least one of Bloomberg's named technologies.")

# %% [markdown] slideshow={"slide_type": "-"}
# Two things to notice. First, the tally is not the plan: some sectors get two items (aerospace gets both drones,
# where China leads, and airliners, where it lags), and agricultural machinery gets none that we can identify.
# How a study splits sectors into items changes the count before a single call is made. Second, the plan's own
# headline targets were about *self-sufficiency*, not about leading the world; "leads in five of 13" answers a
# different question from the one the plan set.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. Checking the "leading" calls: what does "leading" mean?
#
# An open number can check a call only if we say what "leading" means. A country can lead because its
# **market** buys most of the product, because its **factories** make most of it, because its **firms** (whoever
# owns the factory) sell most of it, or because it has **built** the most of it at home. Electric cars show that
# these are different numbers.

# %% slideshow={"slide_type": "-"}
display(ev_share[["year", "indicator", "what_leading_means", "share_pct", "qualifier", "source_id"]])
sales = ev_sales.set_index(["year", "region"])["electric_car_sales_m"]
print(f"2024 electric car sales: China more than {sales[(2024, 'China')]:.0f} million of more than "
      f"{sales[(2024, 'World')]:.0f} million worldwide (IEA): both figures are lower bounds, so their ratio "
      f"({sales[(2024, 'China')] / sales[(2024, 'World')]:.0%}) is only indicative.")

# %% [markdown] slideshow={"slide_type": "subslide"}
# Now every "leading" call we can check, plus the "lagging" one, on a common scale: China's share of a world
# total, each bar labelled with what the total is. The bars are not the same measure, which is the point: the
# colour says what kind of lead each number is.

# %% slideshow={"slide_type": "-"}
narrow = aircraft.query("year == 2024 and programme in ['A320 family', '737', 'C919']")
c919_narrow_share = 100 * narrow.query("maker == 'COMAC'")["deliveries"].sum() / narrow["deliveries"].sum()
dji_2019 = drones.query("year == 2019 and scope == 'world'").iloc[0]

checks = pd.DataFrame([
    ("Solar panels", "Each manufacturing stage of solar panels, capacity (2021)",
     iea.query("technology == 'Solar panels'")["share_pct"].iloc[0], "more_than", "production_location"),
    ("EVs and lithium batteries", "Battery-cell production capacity (2023)",
     iea.query("technology == 'Lithium-ion battery cells'")["share_pct"].iloc[0], "about", "production_location"),
    ("EVs and lithium batteries", "Electric cars produced in China (2024)",
     ev_share.query("year == 2024")["share_pct"].iloc[0], "about", "production_location"),
    ("EVs and lithium batteries", "Electric car sales located in China (2023)",
     ev_share.query("what_leading_means == 'market_location'")["share_pct"].iloc[0], "about", "market_location"),
    ("EVs and lithium batteries", "Electric cars sold worldwide made by Chinese carmakers (2023)",
     ev_share.query("what_leading_means == 'firms'")["share_pct"].iloc[0], "more_than", "firms"),
    ("High-speed rail", "World high-speed rail network in China (2024)",
     hsr_share["share_pct"].iloc[0], hsr_share["qualifier"].iloc[0], "built_at_home"),
    ("Drones", "World drone market held by DJI, estimate (2019)",
     dji_2019["share_pct"], "about", "firms"),
    ("Commercial aircraft", "Narrow-body deliveries by Airbus, Boeing and COMAC that were C919s (2024)",
     c919_narrow_share, "exact", "firms"),
], columns=["bloomberg_item", "indicator", "china_share_pct", "qualifier", "what_leading_means"])
checks["bloomberg_status"] = checks["bloomberg_item"].map(
    tally.set_index("technology")["status"].rename({"Electric vehicles and lithium batteries": "EVs and lithium batteries"}))
display(checks[["bloomberg_item", "bloomberg_status", "indicator", "china_share_pct", "qualifier", "what_leading_means"]])

# %% slideshow={"slide_type": "subslide"}
KIND_COLOURS = {"production_location": course.CHINA_COLOUR, "market_location": course.PALETTE[1],
                "firms": course.PALETTE[4], "built_at_home": course.PALETTE[2]}
KIND_LABELS = {"production_location": "where it is made", "market_location": "where it is sold",
               "firms": "whose firms make it", "built_at_home": "what is built at home"}
plot = checks.iloc[::-1].reset_index(drop=True)
fig, ax = plt.subplots(figsize=(11, 6.4))
ax.barh(range(len(plot)), plot["china_share_pct"], color=plot["what_leading_means"].map(KIND_COLOURS))
for i, r in plot.iterrows():
    sign = ">" if r["qualifier"] == "more_than" else ("~" if r["qualifier"] == "about" else "")
    ax.text(r["china_share_pct"] + 1, i, f"{sign}{r['china_share_pct']:.0f}%" if r["china_share_pct"] >= 10
            else f"{r['china_share_pct']:.1f}%", va="center", fontsize=11)
ax.set_yticks(range(len(plot)))
ax.set_yticklabels([f"{r['bloomberg_item']} [{STATUS_LABELS[r['bloomberg_status']].lower()}]\n{r['indicator']}"
                    for _, r in plot.iterrows()], fontsize=9.5)
ax.axvline(50, color="#555555", linestyle="--", linewidth=1)
ax.text(50.5, len(plot) - 0.45, "half the world", fontsize=10, color="#555555", va="bottom")
ax.set_xlim(0, 140)
ax.set_xticks(range(0, 101, 20))
ax.set_ylim(-0.6, len(plot) - 0.1)
ax.set_xlabel("China's share of the world total (%)")
ax.legend(handles=[Patch(color=c, label=KIND_LABELS[k]) for k, c in KIND_COLOURS.items()],
          loc="center right", fontsize=9.5, title="China's lead is in...", title_fontsize=10)
course.label_figure(fig, "Every 'leading' call we can check shows China at half the world or more; aircraft shows about 1%",
                    subtitle="China's share of a world total, by Bloomberg item; each bar is a different total (labelled)",
                    source=sources_line("iea-202207-solar-pv-global-supply-chains", "telegraph-20240425-britain-risks-china-batteries",
                                       "newpolis-2025-ev-sales-new-highs", "btimes-20240423-ev-sales-17-million",
                                       "iea-20240423-global-ev-outlook-2024", "menafn-20240917-china-railway-160000",
                                       "dronegirl-20201210-dji-share-2019", "flyingflights-2025-airbus-2024-deliveries",
                                       "aviationdirect-202412-comac-c919-2024"))
plt.show()

# %% [markdown] slideshow={"slide_type": "-"}
# *The figure shows eight horizontal bars. For the "leading" items, China's share runs from more than half (EVs
# sold worldwide by Chinese carmakers) to about 85% (battery-cell capacity) and more than 80% (each solar
# stage). The single "lagging" item, commercial aircraft, sits at about 1%: the C919's share of 2024 narrow-body
# deliveries.*

# %% slideshow={"slide_type": "-"}
print(f"C919 share of 2024 narrow-body deliveries (A320 family + 737 + C919): {c919_narrow_share:.1f}%")
dji_world = drones.query("scope == 'world'").set_index("year")["share_pct"]
dji_us_reg = drones.query("scope == 'us_faa_part_107_registrations'")["share_pct"].iloc[0]
print("DJI's estimated world share (DroneAnalyst): " + ", ".join(f"{y}: {v:.0f}%" for y, v in dji_world.items())
      + f"; US FAA Part 107 registrations to July 2020: {dji_us_reg:.1f}% (Drone Industry Insights)")

# %% [markdown] slideshow={"slide_type": "-"}
# **What it shows:** the open data agree with Bloomberg's direction on the items we can check: China's shares are
# large where Bloomberg says it leads and tiny where it says it lags. **What it does not show:**
# - *Leadership in what?* Solar and battery numbers are **capacity located in China**, whoever owns it. EV sales
#   are a **market** lead: China buys most electric cars. The drone number is **one firm's** share (DJI), an
#   estimate by a market-research firm. High-speed rail is track **built at home**, which says little about
#   exports of trains. Only "made by Chinese carmakers" and "DJI" measure Chinese *firms*, wherever their products are sold.
# - *Technology.* A share of output is not a share of the frontier. None of these bars says whose cells are
#   densest or whose drones fly farthest.
# - *Graphene*, the fifth "leading" item, has no open series here; we cannot check that call.

# %% [markdown] slideshow={"slide_type": "subslide"}
# High-speed rail is the clearest lead, and the data carry a small lesson in sourcing: two official figures for
# the same date.

# %% slideshow={"slide_type": "-"}
china_hsr = hsr.query("country == 'China'").assign(**{"as_of_date": lambda d: course.partial_dates(d["as_of"])["date"]})
others_2020 = hsr.query("as_of == '2020-02'").sort_values("hsr_km", ascending=False)
fig, (ax1, ax2) = plt.subplots(1, 2, figsize=(11.5, 5.2), gridspec_kw={"width_ratios": [1.3, 1]})
ax1.plot(china_hsr["as_of_date"], china_hsr["hsr_km"] / 1000, "o", color=course.CHINA_COLOUR, markersize=8)
OFFSETS = {"xinhua-20241227-hsr-47000km": (-100, -35), "people-20250116-hsr-48000km": (-125, 36),
           "chinadaily-20240914-railway-160000km": (-130, 12), "uanews-2025-china-hsr-50000km": (-115, 60)}
WHO = {"xinhua-20241227-hsr-47000km": "NRA, said 26 Dec 2024", "people-20250116-hsr-48000km": "NRA, end-2024, said Jan 2025",
       "chinadaily-20240914-railway-160000km": "China Railway, Sep 2024", "uanews-2025-china-hsr-50000km": "passed in 2025"}
for _, r in china_hsr.iterrows():
    dx, dy = OFFSETS.get(r["source_id"], (0, 14))
    who = WHO.get(r["source_id"], r["as_of"])
    km = f">{r['hsr_km']:,.0f}" if r["qualifier"] == "more_than" else f"{r['hsr_km']:,.0f}"
    ax1.annotate(f"{km} km ({who})" if r["source_id"] in WHO else f"{km} km\n({who})",
                 (r["as_of_date"], r["hsr_km"] / 1000), xytext=(dx, dy), textcoords="offset points",
                 ha="center", fontsize=9.5,
                 arrowprops=dict(arrowstyle="-", color="#999999", linewidth=0.8) if r["source_id"] in WHO else None)
ax1.set_ylim(15, 60)
ax1.set_xlim(pd.Timestamp("2016-06-01"), pd.Timestamp("2025-09-01"))
ax1.set_ylabel("High-speed line in operation (thousand km)")
ax1.set_title("China, 2017–2025")
ax2.bar(others_2020["country"], others_2020["hsr_km"] / 1000,
        color=[course.CHINA_COLOUR if c == "China" else course.NEUTRAL_COLOUR for c in others_2020["country"]])
for i, v in enumerate(others_2020["hsr_km"]):
    ax2.text(i, v / 1000 + 0.6, f"{v:,.0f}", ha="center", fontsize=10)
ax2.set_ylabel("High-speed line in operation (thousand km)")
ax2.set_title("Top five, February 2020")
course.label_figure(fig, "China's high-speed network is ten times the next country's and still growing",
                    subtitle="Kilometres of high-speed line in operation; two official figures exist for the end of 2024",
                    source=course.cite("people-20180914-china-hsr-25200km", "moneycontrol-20200824-hsr-top10",
                                       "chinadaily-20240914-railway-160000km", "xinhua-20241227-hsr-47000km",
                                       "people-20250116-hsr-48000km", "uanews-2025-china-hsr-50000km"))
plt.show()
ratio_2020 = others_2020["hsr_km"].iloc[0] / others_2020["hsr_km"].iloc[1]
print(f"February 2020: China {others_2020['hsr_km'].iloc[0]:,.0f} km, {ratio_2020:.1f} times Spain, the next country.")

# %% [markdown] slideshow={"slide_type": "-"}
# *Left: China's high-speed network grew from 25,200 km at the end of 2017 to 46,000–48,000 km in late 2024 and
# past 50,000 km in 2025 (plotted at the start of the year, as only the year is known); two National Railway
# Administration figures for the end of 2024 differ by 1,000 km. Right: in February 2020
# China had 35,388 km, about ten times Spain, Japan or France.*
#
# The two end-2024 figures are both official: the administration gave "about 47,000 km" at its year-end
# conference on 26 December and "48,000 km" in its data release three weeks later. We keep both. Neither
# changes the call, which shows how robust this lead is; a call that flipped on a 2% revision would be fragile.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. The "lagging" call, and the commentary's inconsistency
#
# Bloomberg's authors put commercial aircraft furthest behind ("really behind" in the podcast transcript). The
# delivery counts show why.

# %% slideshow={"slide_type": "-"}
d24 = aircraft.query("year == 2024")
all_jets = d24.query("programme in ['all commercial aircraft', 'C919']")
fig, ax = plt.subplots(figsize=(10, 4.6))
groups = [("All commercial aircraft", all_jets), ("Narrow-bodies (the C919's class)", narrow)]
maker_colours = {"Airbus": course.ALLY_COLOUR, "Boeing": course.US_COLOUR, "COMAC": course.CHINA_COLOUR}
for g, (label, frame) in enumerate(groups):
    for m, maker in enumerate(["Airbus", "Boeing", "COMAC"]):
        row = frame.query("maker == @maker").iloc[0]
        y = g * 4 + m
        ax.barh(y, row["deliveries"], color=maker_colours[maker])
        prog = "" if row["programme"] == "all commercial aircraft" else f" {row['programme']}"
        ax.text(row["deliveries"] + 8, y, f"{maker}{prog}: {row['deliveries']:,}", va="center", fontsize=10.5)
    ax.text(-10, g * 4 - 0.85, label, fontsize=11.5, fontweight="bold", ha="left")
ax.set_yticks([])
ax.invert_yaxis()
ax.set_xlim(-12, 1000)
ax.set_xlabel("Aircraft delivered in 2024")
course.label_figure(fig, f"In 2024 the C919 was {c919_narrow_share:.1f}% of narrow-body deliveries by the three makers",
                    subtitle="Deliveries to customers in 2024; COMAC's figure is the C919 only, all to Chinese airlines",
                    source=course.cite("airbus-via-reuters-20250109-766-deliveries", "saflyer-2025-boeing-vs-airbus-2024",
                                       "flyingflights-2025-airbus-2024-deliveries", "theregister-2025-boeing-348-deliveries",
                                       "aviationdirect-202412-comac-c919-2024"))
plt.show()
all_share = 100 * all_jets.query("maker == 'COMAC'")["deliveries"].sum() / all_jets["deliveries"].sum()
print(f"C919 share of all 2024 deliveries by the three makers: {all_share:.1f}%; of narrow-bodies: {c919_narrow_share:.1f}%")
b = aircraft.query("maker == 'Boeing' and programme == 'all commercial aircraft'").set_index("year")["deliveries"]
c919_2024 = d24.query("maker == 'COMAC'")["deliveries"].iloc[0]
print(f"Boeing's deliveries fell from {b[2023]} (2023) to {b[2024]} (2024), a bad year for the incumbent; "
      f"the C919 delivered {c919_2024}.")

# %% [markdown] slideshow={"slide_type": "-"}
# *Two groups of bars: Airbus delivered 766 aircraft in 2024, Boeing 348 and COMAC 10 C919s; among narrow-bodies,
# 602 A320-family jets and 265 737s against the same 10 C919s.*
#
# Now the inconsistency. The commentary lists commercial aircraft among the sectors where China is
# "competitive", in the same breath as pharmaceuticals, AI and semiconductors. The tally it cites puts aircraft
# in a class of its own, behind.

# %% slideshow={"slide_type": "-"}
commentary_competitive = ["Pharmaceuticals", "Robotics", "Artificial intelligence", "Semiconductors", "Commercial aircraft"]
compare = tally.set_index("technology").loc[commentary_competitive, ["status", "status_basis", "source_id"]]
display(compare)
print("The commentary's five 'competitive' sectors, by Bloomberg's status:",
      compare["status"].value_counts().to_dict())
print("On the C919's Western engines, see:", course.cite("dtnext-20260309-china-five-year-plan-tech"))

# %% [markdown] slideshow={"slide_type": "-"}
# Three of the five are "catching up" in Bloomberg's terms, robotics cannot be confirmed, and aircraft is the
# tally's only "lagging" item. Calling all five "competitive" blurs the tally's most useful distinction. It also
# matters for the commentary's argument: the C919 flies on Western-supplied engines, which the US temporarily cut
# off in 2025 (reported by DT Next in March 2026, after the commentary), and China's new five-year plan promises a
# domestic jet engine. Aircraft is where controls can bite hardest, and the tally says China is furthest behind
# there.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5. Other tallies, other counts
#
# Bloomberg's is one of several studies that score China technology by technology. Their counts differ wildly,
# and the main reason is what they measure.

# %% slideshow={"slide_type": "-"}
tv = tallies.assign(china_leads_share_pct=100 * tallies["china_leads"] / tallies["items_assessed"])
with pd.option_context("display.max_colwidth", 55):
    display(tv[["tally_id", "published", "data_window", "items_assessed", "china_leads", "china_middle",
                "china_behind", "us_leads", "what_is_measured"]])

# %% slideshow={"slide_type": "subslide"}
MEASURE_COLOURS = {"research_papers": course.PALETTE[0], "industrial_position": course.CHINA_COLOUR,
                   "innovation_capability": course.PALETTE[4], "qualitative": course.NEUTRAL_COLOUR}
MEASURE_LABELS = {"research_papers": "research papers (top 10% most cited)", "industrial_position": "industrial position",
                  "innovation_capability": "firms' innovation capability", "qualitative": "qualitative review"}
pv = tv.dropna(subset=["china_leads"]).sort_values("china_leads_share_pct").reset_index(drop=True)
fig, ax = plt.subplots(figsize=(11, 5.2))
ax.barh(range(len(pv)), pv["china_leads_share_pct"], color=pv["what_is_measured"].map(MEASURE_COLOURS))
for i, r in pv.iterrows():
    extra = f" (+{r['china_middle']:.0f} {r['middle_label']})" if pd.notna(r["china_middle"]) else ""
    ax.text(r["china_leads_share_pct"] + 1, i, f"{r['china_leads']:.0f} of {r['items_assessed']}{extra}",
            va="center", fontsize=10.5)
ax.set_yticks(range(len(pv)))
TALLY_NAMES = {"aspi": "ASPI", "bloomberg": "Bloomberg", "itif": "ITIF", "belfer": "Belfer"}
ax.set_yticklabels([f"{TALLY_NAMES[r['tally_id'].split('_')[0]]}, published {r['published'][:4]}\n(data {r['data_window']})"
                    for _, r in pv.iterrows()], fontsize=10)
ax.set_xlim(0, 118)
ax.set_xticks(range(0, 101, 20))
ax.set_xlabel("Items where China leads (% of items assessed)")
ax.legend(handles=[Patch(color=MEASURE_COLOURS[k], label=MEASURE_LABELS[k]) for k in pv["what_is_measured"].unique()],
          loc="lower right", fontsize=10)
course.label_figure(fig, "Research-paper tallies put China first almost everywhere; industry tallies far less often",
                    subtitle="Share of assessed technologies or industries in which each study puts China first",
                    source=course.cite("aspi-20230301-critical-technology-tracker", "aspi-20240905-tracker-two-decades",
                                       "newsmax-20251214-aspi-66-of-74", "federalnewswire-202409-itif-china-innovator",
                                       BLOOMBERG_STORY))
plt.show()

# %% [markdown] slideshow={"slide_type": "-"}
# *Horizontal bars, lowest to highest: ITIF 2024 puts China first in 1 of 10 industries (plus 5 on par or near
# the lead); ASPI's earliest window (2003–07) in 3 of 64; Bloomberg 2024 in 5 of 13 (plus 7 catching up); ASPI's
# research-paper counts in 37 of 44 (2023), 57 of 64 (2024) and 66 of 74 (December 2025, after the commentary).*
#
# **What it shows:** the count depends first on *what is measured*. ASPI counts which country writes the most
# of the top 10% most-cited papers: a leading indicator of research, not of products. ITIF judges whether Chinese
# firms can innovate at the frontier. Bloomberg judges industrial position. **It also depends on the list**: ASPI
# tracks 44 to 74 technologies, ITIF 10 industries, Bloomberg 13 technologies from China's own plan. Harvard's
# Belfer Center (December 2021) reviewed six technologies and gave no count at all: it said China was already
# first in some races and would overtake the US in others within a decade.
#
# Where the lists overlap, the calls can disagree item by item:

# %% slideshow={"slide_type": "-"}
pairs = [("Semiconductors", "Semiconductors"), ("Artificial intelligence", "Artificial intelligence"),
         ("Machine tools", "Machine tools"), ("Robotics", "Robotics"),
         ("Electric vehicles and lithium batteries", "Electric vehicles and batteries"),
         ("Pharmaceuticals", "Biotechnology and biopharmaceuticals")]
overlap = pd.DataFrame([{"item": b, "bloomberg_2024": tally.set_index("technology").loc[b, "status"],
                         "itif_2024": itif.set_index("industry").loc[i, "call"]} for b, i in pairs])
display(overlap)
with pd.option_context("display.max_colwidth", None):
    display(itif.dropna(subset=["note"]).query("note.str.startswith('Conflict')")[["industry", "call", "note"]])

# %% [markdown] slideshow={"slide_type": "-"}
# Machine tools are "catching up" for Bloomberg but "lags" for ITIF; AI is "catching up" for Bloomberg, "near
# the lead" in ITIF's summary and "lags for now" in ITIF's own key takeaways. Even one study can word its call two
# ways. A count is only as firm as its least firm call.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6. Move the threshold, watch the count
#
# Bloomberg's thresholds are not public, so build your own. Take the open indicators of section 3, one per
# Bloomberg item, and say China "leads" on an item when its share of the world is at least `THRESHOLD` percent.
# For the EVs-and-batteries item you must also choose *which* indicator: that choice is part of the method.

# %% slideshow={"slide_type": "-"}
THRESHOLD = 50  # percent: try 40, 60, 70, 75, 80, 90
EV_INDICATOR = "Electric cars produced in China (2024)"  # or another EV/battery indicator from `checks`


def open_items(ev_indicator):
    """One row per Bloomberg item that has an open indicator: the EV item uses the chosen indicator."""
    keep = (checks["bloomberg_item"] != "EVs and lithium batteries") | (checks["indicator"] == ev_indicator)
    return checks[keep][["bloomberg_item", "bloomberg_status", "indicator", "china_share_pct"]].reset_index(drop=True)


def count_leads(threshold, ev_indicator=EV_INDICATOR):
    """How many items count as 'China leads' at this threshold."""
    return int((open_items(ev_indicator)["china_share_pct"] >= threshold).sum())


items = open_items(EV_INDICATOR).assign(leads=lambda d: d["china_share_pct"] >= THRESHOLD)
display(items)
print(f"At a threshold of {THRESHOLD}%: China leads on {count_leads(THRESHOLD)} of {len(items)} items with open data "
      f"(Bloomberg: {(items['bloomberg_status'] == 'leading').sum()} of these {len(items)} are 'leading').")

# %% slideshow={"slide_type": "subslide"}
thresholds = np.arange(0, 101, 1)
ev_options = checks.query("bloomberg_item == 'EVs and lithium batteries'")["indicator"].tolist()
fig, ax = plt.subplots(figsize=(10.5, 5.4))
for k, ev_ind in enumerate(ev_options):
    ax.step(thresholds, [count_leads(t, ev_ind) + 0.06 * (k - 1.5) for t in thresholds], where="post",
            color=course.PALETTE[[3, 1, 4, 0][k]], linewidth=2.2, label=f"EV item measured by: {ev_ind}")
bloomberg_leading = int((open_items(EV_INDICATOR)["bloomberg_status"] == "leading").sum())
ax.axhline(bloomberg_leading, color="#555555", linestyle=":", linewidth=1.2)
ax.text(3, bloomberg_leading + 0.22, f"Bloomberg's call on these items: {bloomberg_leading} leading", fontsize=10, color="#555555")
ax.set_xlabel("Threshold for 'China leads': China's share of the world total (%)")
ax.set_ylabel(f"Items where China leads (of {len(items)})")
ax.set_ylim(-0.3, len(items) + 0.6)
ax.set_xlim(0, 100)
ax.legend(loc="lower left", fontsize=9.5)
course.label_figure(fig, "Move the bar from 50% to 75% and China's four checkable leads shrink to one or two",
                    subtitle="Count of Bloomberg items (with open data) where China's share is at or above the threshold; lines offset slightly",
                    source=course.cite("iea-202207-solar-pv-global-supply-chains", "telegraph-20240425-britain-risks-china-batteries",
                                       "newpolis-2025-ev-sales-new-highs", "menafn-20240917-china-railway-160000",
                                       "dronegirl-20201210-dji-share-2019"))
plt.show()
for t in (50, 70, 75, 85):
    print(f"threshold {t}%: " + ", ".join(f"{count_leads(t, e)} ({e.split(' (')[0]})" for e in ev_options))

# %% [markdown] slideshow={"slide_type": "-"}
# *The figure shows four step lines, one per choice of EV indicator, falling from five items at a threshold near
# zero to none above 85%. At 50% four items count as leads whichever EV indicator is used (the carmakers' "more than
# half" sits exactly on the line and drops out just above it); at 75% only solar remains, plus batteries if
# battery cells measure the EV item.*
#
# **What it shows:** with a generous threshold the open data reproduce Bloomberg's "leading" calls; with a strict
# one most of them disappear, and which ones survive depends on how the EV item is measured. Two of the numbers
# are bounds ("more than 80%", "more than 70%"), so their true values may clear a higher bar than the chart
# credits. **What it does not show:** the items with no open number (graphene, and all of the "catching up"
# items) cannot be scored this way at all; a real tally has to use judgement for them.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 7. What a tally can and cannot tell a policymaker
#
# A count of 13 equally weighted items is a **breadth** measure. It answers "in how many areas is China strong?"
# It does not answer "how much does each area matter?", "how deep is the lead?" or "did US controls cause or
# prevent it?". Three checks on the last question, using the dates in our data:

# %% slideshow={"slide_type": "-"}
TARIFFS_YEAR, CONTROLS_DATE = 2018, pd.Timestamp("2022-10-07")  # as dated in Bloomberg's story
FIRST_HSR_LINE_YEAR = 2008  # Beijing-Tianjin, as dated by UA.News (uanews-2025-china-hsr-50000km)
dji_2017 = drones.query("year == 2017 and scope == 'world'")["share_pct"].iloc[0]
hsr_2017 = hsr.query("country == 'China' and as_of == '2017-12'")["hsr_km"].iloc[0]
events = pd.DataFrame([
    (pd.Timestamp(f"{FIRST_HSR_LINE_YEAR}-08-01"), "First high-speed line (Beijing-Tianjin)", "lead"),
    (pd.Timestamp("2015-05-08"), "Made in China 2025 issued", "plan"),
    (pd.Timestamp("2017-01-01"), f"DJI ~{dji_2017:.0f}% of world drones (est.)", "lead"),
    (pd.Timestamp("2017-12-01"), f"China HSR {hsr_2017:,.0f} km, first in world", "lead"),
    (pd.Timestamp(f"{TARIFFS_YEAR}-01-01"), "US tariffs on China begin", "us"),
    (pd.Timestamp("2021-01-01"), "Solar: every stage >80% of world capacity", "lead"),
    (CONTROLS_DATE, "US chip export controls (7 Oct 2022)", "us"),
    (pd.Timestamp("2023-01-01"), "EV sales: ~60% of world in China", "lead"),
    (pd.Timestamp("2024-10-30"), "Bloomberg: China leads 5 of 13", "plan"),
], columns=["date", "event", "kind"])
lead_dates = events.query("kind == 'lead'")["date"]
print(f"Open-data leads dated before the October 2022 controls: {(lead_dates < CONTROLS_DATE).sum()} of {len(lead_dates)}; "
      f"before the {TARIFFS_YEAR} tariffs: {(lead_dates < pd.Timestamp(f'{TARIFFS_YEAR}-01-01')).sum()}.")

# %% slideshow={"slide_type": "subslide"}
fig, ax = plt.subplots(figsize=(11, 5.2))
ev_colours = {"plan": course.NEUTRAL_COLOUR, "lead": course.CHINA_COLOUR, "us": course.US_COLOUR}
ax.axhline(0, color="#999999", linewidth=1)
levels = [1.2, 1.2, -1.0, 2.4, -2.2, 1.2, -1.0, 2.4, -2.2]  # label heights, chosen so that labels do not collide
for (i, r), lv in zip(events.iterrows(), levels):
    ax.plot([r["date"], r["date"]], [0, lv - 0.35 * np.sign(lv)], color=ev_colours[r["kind"]], linewidth=1.2)
    ax.plot(r["date"], 0, "o", color=ev_colours[r["kind"]], markersize=9)
    ax.text(r["date"], lv, textwrap.fill(f"{r['date'].year}: {r['event']}", 26), ha="center", va="center",
            fontsize=10, color=ev_colours[r["kind"]], bbox=dict(facecolor="white", edgecolor="none", pad=1.5))
ax.set_ylim(-2.9, 2.9)
ax.set_xlim(pd.Timestamp("2006-06-01"), pd.Timestamp("2026-06-01"))
ax.set_yticks([])
ax.spines["left"].set_visible(False)
ax.set_xlabel("Year")
ax.legend(handles=[Patch(color=ev_colours["lead"], label="China's lead, open data"),
                   Patch(color=ev_colours["us"], label="US measure"),
                   Patch(color=ev_colours["plan"], label="plan and tally")], loc="lower left", fontsize=9.5)
course.label_figure(fig, "Most of the leads the tally counts were in place before the chip controls began",
                    subtitle="Dates of selected open-data leads against the dates of US measures",
                    source=sources_line(BLOOMBERG_STORY, "uanews-2025-china-hsr-50000km", "statecouncil-20150508-made-in-china-2025", "dronegirl-20201210-dji-share-2019",
                                       "people-20180914-china-hsr-25200km", "iea-202207-solar-pv-global-supply-chains",
                                       "btimes-20240423-ev-sales-17-million"))
plt.show()

# %% [markdown] slideshow={"slide_type": "-"}
# *A timeline from 2008 to 2024: above and below the axis, red labels mark China's leads (the first high-speed
# line in 2008, DJI's drone share in 2017, high-speed rail first in the world by 2017, every solar stage above 80% by 2021, most EV sales by 2023),
# blue labels the US tariffs of 2018 and the chip controls of October 2022, grey the 2015 plan and the 2024 tally.*
#
# **What it shows:** the leads that the tally counts are mostly old: China opened its first high-speed line in
# 2008, fourteen years before the chip controls. Drones and high-speed rail were
# Chinese strengths before the 2018 tariffs, solar by 2021, and every dated lead but one was in place before
# the October 2022 chip controls, which target a different thing (advanced chips and the tools to make them). The
# one exception, EV sales in 2023, is simply the first year in our data, not the start of the lead. A "5 of 13" that is mostly made of
# pre-control leads cannot, on its own, show that controls *backfired*; nor can it show they worked. **What it
# does not show:** the counterfactual. Whether China would be further ahead in semiconductors and AI without the
# controls is the question notebooks 03 and 04 take up, and no tally answers it.
#
# Two more limits to carry into the discussion:
# - **Equal weights.** Graphene counts as much as semiconductors. Splitting "EVs and lithium batteries" into two
#   items would make it "6 of 14" without any change in the world.
# - **Breadth against depth.** "Leading" with 51% and with 97% are the same tick. A policymaker choosing where to
#   draw a fence needs the depth (how far ahead, how dependent others are) more than the count.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exercises
#
# Each exercise cell runs as it is. Replace `None` with code that computes the answer from the data loaded
# above, run the cell, then run the check below it. Worked solutions are in
# [solutions/05_five_of_thirteen_solutions.ipynb](solutions/05_five_of_thirteen_solutions.ipynb): try first.
#
# **05.1 (easy).** How firm is the tally we rebuilt? From `tally`, count the technologies whose status is
# confirmed by the Bloomberg side (`status_basis` is `named_by_bloomberg_authors`). Answer as a number of
# technologies.

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("05.1", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **05.2 (easy).** Of the five sectors the commentary calls "competitive", which one does Bloomberg's tally place
# as `lagging`? Answer with the technology's name as it appears in `tally`.

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("05.2", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **05.3 (medium).** Using `aircraft`: in 2024, how many times as many narrow-bodies did Airbus (`A320 family`)
# and Boeing (`737`) deliver **together** as COMAC delivered C919s? Answer as a ratio (e.g. `12.5`).

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("05.3", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **05.4 (medium).** Using `count_leads` from section 6: at a threshold of **65%**, with the EVs-and-batteries
# item measured by the share of EVs **made by Chinese carmakers**
# (`"Electric cars sold worldwide made by Chinese carmakers (2023)"`), on how many items does China lead?

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("05.4", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **05.5 (hard).** How much bigger is China's lead in ASPI's 2024 research tally than in Bloomberg's 2024 tally?
# From `tallies`, compute for each the share of assessed items in which China leads (in percent), and give
# ASPI's (`aspi_2024`) minus Bloomberg's (`bloomberg_2024`), in percentage points.

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("05.5", answer)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## For discussion
#
# 1. **What does "leads" mean?** For each of the five leading items, say whether the lead is in the market,
#    the factories, the firms or the technology. Which kind of lead would matter most to a US official deciding
#    what to control, and why?
# 2. **Defend the tally.** Argue that a broad count like Bloomberg's is the *right* way to judge the controls:
#    controls aim to slow China's technological rise as a whole, so the test is breadth across many technologies,
#    not depth in a few; and a count of leads that keeps growing despite six years of tariffs and controls is
#    exactly the evidence a policymaker needs. Then say what the best reply to your own argument is.
# 3. The commentary calls China "competitive" in commercial aircraft. Is this a slip, or a reasonable reading
#    of "catching up"? What would you need to see in the C919's deliveries, and in where its engines come from,
#    to change the call?
# 4. ASPI says 57 of 64; ITIF says 1 of 10 (plus 5 close). Write one sentence a journalist could use that is true
#    to both.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Takeaways
#
# - The five the summary drops are **drones, electric vehicles with lithium batteries, graphene, high-speed rail
#   and solar panels** (Bloomberg Economics and Bloomberg Intelligence, October 2024). Commercial aircraft is the
#   only item behind; one of the seven "catching up" items is not named in any source we could read.
# - Open data back the direction of the checkable calls: China holds more than half, often more than 80%, of the
#   world total on each "leading" indicator, and about 1% of narrow-body deliveries in aircraft.
# - "Leading" means different things on different indicators: where goods are **sold**, where they are **made**,
#   whose **firms** make them, or what is **built** at home. None is a measure of the technological frontier.
# - Counts depend on what is measured and on the threshold: research-paper tallies give China 57 of 64, industry
#   tallies far fewer, and moving the bar from 50% to 75% cuts the checkable leads from four to one or two.
# - Most of the counted leads predate the chip controls; a tally measures breadth, not depth, and cannot by itself
#   say whether controls backfired.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## Sources
#
# Generated from `data/sources.csv` for every source this notebook loaded or cited.

# %% slideshow={"slide_type": "-"}
course.print_sources()

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Next
#
# Notebook 06 asks whether building parallel supply chains makes Chinese firms learn faster: the learning curves
# behind solar panels and batteries, two of the leads you checked here.
#
# [← previous: 04 DeepSeek's efficiency argument](04_deepseek_efficiency.ipynb) · [contents](00_start_here.ipynb) · [next: 06 Learning by doing →](06_learning_by_doing.ipynb)
