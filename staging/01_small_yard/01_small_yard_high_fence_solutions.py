# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# [← back to notebook 01](../01_small_yard_high_fence.ipynb) · [contents](../00_start_here.ipynb)
#
# # 01 · Solutions: "Small yard, high fence"
#
# *Worked solutions to the exercises of notebook 01. Each answer is computed from the data and passed to the same
# self-check the notebook uses, so running this notebook proves the answer key.*

# %% slideshow={"slide_type": "skip"}
import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path.cwd().parent))
import course

events = course.load("control_events")
minerals = course.load("mineral_world_share")
ann = course.partial_dates(events["announced_date"])
events["announced"] = ann["date"]
events["precision"] = ann["precision"]
events["year"] = events["announced"].dt.year

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 01.1 · Days from the US package to China's ban

# %% slideshow={"slide_type": "-"}
dates = events.set_index("event_id")["announced"]
answer = (dates["CN-13"] - dates["US-20"]).days
print(answer)
course.check("01.1", answer)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 01.2 · The year with the most Chinese countermeasures

# %% slideshow={"slide_type": "-"}
counts = events.loc[events["effect"] == "retaliation", "year"].value_counts().sort_index()
print(counts.to_string())
answer = int(counts.idxmax())
course.check("01.2", answer)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 01.3 · Yard or fence?
#
# Adding parties to the Entity List for items that are already controlled does not bring any new technology under
# control: it tightens who may receive what is already in the yard. So it raises the fence.

# %% slideshow={"slide_type": "-"}
answer = "raised_fence"  # more parties restricted, no new kind of item controlled
course.check("01.3", answer)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 01.4 · Countermeasures within 7 days

# %% slideshow={"slide_type": "-"}
west = (events[(events["actor"] != "China") & (events["precision"] == "day")]
        .sort_values("announced")[["announced"]].rename(columns={"announced": "trigger_date"}))
cn = events[(events["actor"] == "China") & (events["effect"] == "retaliation") & (events["precision"] == "day")]
lags = pd.merge_asof(cn.sort_values("announced"), west, left_on="announced", right_on="trigger_date",
                     direction="backward")
lags["lag_days"] = (lags["announced"] - lags["trigger_date"]).dt.days
answer = int((lags["lag_days"] <= 7).sum())
print(f"{answer} of {len(lags)}")
course.check("01.4", answer)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 01.5 · Minerals whose sources disagree
#
# Only figures for the *same* measure are compared: gallium's 98% (primary production) and 80% (production,
# unspecified) measure different things, so they do not count as a disagreement here.

# %% slideshow={"slide_type": "-"}
spread = minerals.groupby(["mineral", "measure"])["china_share_pct"].agg(lambda s: s.max() - s.min())
print(spread[spread > 0].to_string())
answer = sorted(spread[spread > 5].index.get_level_values("mineral").unique())
print(answer)
course.check("01.5", answer)
