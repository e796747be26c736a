# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# [← back to 06 · Learning by doing](../06_learning_by_doing.ipynb)
#
# # Solutions to 06 · Learning by doing
#
# Try each exercise in the notebook first. Each solution below computes the answer from the data and runs
# the same self-check as the exercise, so if the data change, the check here says so.

# %%
import sys

sys.path.insert(0, "..")
import numpy as np
from scipy import stats

import course

curve = course.load("experience_curve")
shares = course.load("china_manufacturing_share")
yields = course.load("yield_estimates")


def learning_rate(frame):
    """1 - 2**slope of log2(price) on log2(cumulative capacity)."""
    fit = stats.linregress(np.log2(frame["cumulative_installed_capacity_mw"]), np.log2(frame["module_price_usd_per_w"]))
    return 1 - 2 ** fit.slope


def doublings_to_close(gap, lr):
    return np.log(gap) / -np.log(1 - lr)


# %% [markdown]
# **06.1** Filter to solar capacity shares for 2021 and take the largest.

# %%
cap2021 = shares.query("technology == 'solar_pv' and measure == 'capacity' and year == '2021'")
print(cap2021[["stage", "china_share_pct", "share_bound"]].sort_values("china_share_pct"))
answer = cap2021.sort_values("china_share_pct").iloc[-1]["stage"]
course.check("06.1", answer)

# %% [markdown]
# **06.2** The same fit as in the notebook, on 1976–2009 only.

# %%
answer = 100 * learning_rate(curve.query("year <= 2009"))
print(f"{answer:.2f}%")
course.check("06.2", answer)

# %% [markdown]
# **06.3** Cost per good chip ∝ wafer price ÷ yield, so the gap is (1 + premium) × (TSMC yield ÷ SMIC yield).

# %%
premium = yields.query("measure == 'wafer_price_premium_vs_tsmc_pct'").iloc[0]["yield_low_pct"]
ratio = yields.query("measure == 'yield_share_of_tsmc_pct'").iloc[0]["yield_high_pct"]
gap = (1 + premium / 100) * (100 / ratio)
answer = doublings_to_close(gap, learning_rate(curve))
print(f"gap {gap:.2f}x -> {answer:.2f} doublings")
course.check("06.3", answer)

# %% [markdown]
# **06.4** The late-comer gains 1/0.75 − 1/2 doublings a year on the leader; divide the doublings needed by that.

# %%
gap = 100 / ratio
answer = doublings_to_close(gap, learning_rate(curve)) / (1 / 0.75 - 1 / 2)
print(f"{answer:.2f} years")
course.check("06.4", answer)
