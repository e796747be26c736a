# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# [← back to 00 · Start here](../00_start_here.ipynb)
#
# # Solutions to 00 · Start here
#
# Try each exercise in the notebook first. Each solution below computes the answer from the data and
# runs the same self-check as the exercise, so if the data change, the check here says so.

# %%
import sys

sys.path.insert(0, "..")
import course

sources = course.sources_table()
claims = course.load("claims")

# %% [markdown]
# **00.1** Count the rows whose `type` is `"primary"`.

# %%
answer = int((sources["type"] == "primary").sum())
print(answer)
course.check("00.1", answer)

# %% [markdown]
# **00.2** Find the claim whose wording mentions "tit-for-tat", and read its notebook's number.

# %%
row = claims[claims["claim"].str.contains("tit-for-tat", case=False)]
answer = row["notebook"].iloc[0][:2]
print(row[["claim_id", "notebook"]].to_string(index=False))
course.check("00.2", answer)
