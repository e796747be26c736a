# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# [← back to 07 · The cost of decoupling](../07_cost_of_decoupling.ipynb)
#
# # Solutions to 07 · The cost of decoupling
#
# Try each exercise in the notebook first. Each solution below computes the answer from the data and runs
# the same self-check as the exercise, so if the data change, the check here says so.

# %%
import sys

sys.path.insert(0, "..")
import course

estimates = course.load("decoupling_cost_estimates")
revenue = course.load("company_china_revenue_share")
funds = course.load("china_state_funds")

# %% [markdown]
# **07.1** Count the distinct values of `unit`.

# %%
print(estimates["unit"].value_counts())
answer = estimates["unit"].nunique()
course.check("07.1", answer)

# %% [markdown]
# **07.2** Take the two Applied Materials quarters and subtract.

# %%
amat = revenue.query("company == 'Applied Materials' and period == 'Q1'").set_index("fiscal_year")["china_revenue_share_pct"]
print(amat)
answer = amat["FY2024"] - amat["FY2023"]
course.check("07.2", answer)

# %% [markdown]
# **07.3** Phase III's registered capital over the sum of phases I and II.

# %%
cap = funds.set_index("fund_phase")["registered_capital_cny_bn"]
answer = cap["III"] / (cap["I"] + cap["II"])
print(f"{answer:.3f}")
course.check("07.3", answer)

# %% [markdown]
# **07.4** Among cost rows, the share with a `commissioned_by` entry.

# %%
costs = estimates.query("direction == 'cost'")
print(costs.groupby(costs["commissioned_by"].fillna("(none)"))["estimate_id"].count())
answer = 100 * costs["commissioned_by"].notna().mean()
print(f"{answer:.1f}%")
course.check("07.4", answer)
