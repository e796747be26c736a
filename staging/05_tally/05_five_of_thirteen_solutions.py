# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# [← back to 05 · "China leads in 5 of 13"](../05_five_of_thirteen.ipynb)
#
# # Solutions to 05 · "China leads in 5 of 13"
#
# Try each exercise in the notebook first. Each solution below computes the answer from the data and runs
# the same self-check as the exercise, so if the data change, the check here says so.

# %%
import sys

sys.path.insert(0, "..")
import pandas as pd

import course

tally = course.load("bloomberg_tally")
tallies = course.load("tech_tallies")
aircraft = course.load("aircraft_deliveries")
ev_share = course.load("ev_share")
iea = course.load("iea_china_share_headlines")
drones = course.load("drone_market_share")
hsr_share = course.load("hsr_world_share")

# %% [markdown]
# **05.1** Eleven of the 13 are named, with a status, by the study's authors. Robotics is named only by the
# commentary and the seventh "catching up" item is not named at all: both are `unverified`.

# %%
print(tally["status_basis"].value_counts())
answer = int((tally["status_basis"] == "named_by_bloomberg_authors").sum())
course.check("05.1", answer)

# %% [markdown]
# **05.2** Look up the commentary's five "competitive" sectors (the table names robots "Robotics").

# %%
commentary_five = ["Pharmaceuticals", "Robotics", "Artificial intelligence", "Semiconductors", "Commercial aircraft"]
statuses = tally.set_index("technology").loc[commentary_five, "status"]
print(statuses)
answer = statuses[statuses == "lagging"].index[0]
course.check("05.2", answer)

# %% [markdown]
# **05.3** Narrow-bodies only, the C919's class: the A320 family and the 737 against the C919.

# %%
narrow = aircraft.query("year == 2024 and programme in ['A320 family', '737', 'C919']")
print(narrow[["maker", "programme", "deliveries"]])
incumbents = narrow.query("maker in ['Airbus', 'Boeing']")["deliveries"].sum()
answer = incumbents / narrow.query("maker == 'COMAC'")["deliveries"].sum()
print(f"{incumbents} / 10 = {answer:.1f} times")
course.check("05.3", answer)

# %% [markdown]
# **05.4** Rebuild the open indicators of section 6 (one per Bloomberg item), use the carmakers' share for the EV
# item, and count the items at or above 65%. Solar (more than 80%), high-speed rail (more than 70%) and drones
# (69%) pass; the carmakers' "more than half" and aircraft do not.

# %%
items = pd.DataFrame({
    "item": ["Solar panels", "EVs and lithium batteries", "High-speed rail", "Drones", "Commercial aircraft"],
    "china_share_pct": [
        iea.query("technology == 'Solar panels'")["share_pct"].iloc[0],
        ev_share.query("what_leading_means == 'firms'")["share_pct"].iloc[0],
        hsr_share["share_pct"].iloc[0],
        drones.query("year == 2019 and scope == 'world'")["share_pct"].iloc[0],
        100 * narrow.query("maker == 'COMAC'")["deliveries"].sum() / narrow["deliveries"].sum(),
    ]})
print(items)
answer = int((items["china_share_pct"] >= 65).sum())
print(answer, "items")
course.check("05.4", answer)

# %% [markdown]
# **05.5** The share of items led, in each tally, then the difference. Research-paper counting gives China about
# 89% of items; Bloomberg's industrial judgement about 38%.

# %%
share = (100 * tallies["china_leads"] / tallies["items_assessed"]).set_axis(tallies["tally_id"])
print(share.round(1))
answer = float(share["aspi_2024"] - share["bloomberg_2024"])
print(f"{answer:.2f} percentage points")
course.check("05.5", answer)
