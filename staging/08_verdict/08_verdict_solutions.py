# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# [← back to 08 · The verdict](../08_verdict.ipynb)
#
# # Solutions to 08 · The verdict
#
# Each solution computes the answer from the ledger and runs the same self-check as the exercise.

# %%
import sys

sys.path.insert(0, "..")
import course

ledger = course.load("claims")

# %% [markdown]
# **08.1** Count the rows whose verdict is one of the two "supported" grades.

# %%
answer = int(ledger["verdict"].isin(["supported", "partly_supported"]).sum())
print(answer)
course.check("08.1", answer)

# %% [markdown]
# **08.2** Filter on the evidence notebooks column.

# %%
answer = ledger.loc[ledger["evidence_notebooks"].str.contains("03_chip_gap_smic_nodes_yields"), "claim_id"].tolist()
print(answer)
course.check("08.2", answer)

# %% [markdown]
# **08.3** Split each list of ids, flatten, and count the distinct ids.

# %%
ids = ledger["evidence_against_source_ids"].str.split(";").explode()
answer = ids.nunique()
print(answer)
course.check("08.3", answer)

# %% [markdown]
# **08.4** is open: there is no single right answer. A good answer names a notebook and a source id.
