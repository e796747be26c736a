# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# [contents](00_start_here.ipynb) · [next: 01 Small yard, high fence →](01_small_yard_high_fence.ipynb)
#
# # 00 · Start here: are US tech restrictions on China backfiring?
#
# *The question of this collection: does the evidence support a January 2025 commentary that says US
# technology controls are speeding China up rather than slowing it down? This notebook sets out the
# argument, the claims we will test, and how the collection works.*

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## At a glance
#
# **You will**
# - **list** the commentary's claims and find the notebook that tests each one;
# - **explore** the sources table: who published our evidence, when, and how much of it is primary;
# - **use** the conventions of the collection: source ids, partial dates, exercises with self-checks;
# - **practise** the first two exercises and check your own answers.
#
# **Time:** 20 minutes alone; 15 minutes as the opening of a seminar.
# **Prerequisites:** none beyond reading a pandas table (`df.head()`, `value_counts()`).
# **Data:** `data/claims.csv`, `data/sources.csv` (both described in `data/README.md`).
# **Key terms:** *export controls* (rules on what may be sold abroad, and to whom);
# *Entity List* (the US list of foreign parties that need a licence to receive US items);
# *decoupling* (the deliberate separation of two economies' supply chains);
# *primary source* (the actor's own document or data) against *secondary source* (reporting or analysis).

# %% slideshow={"slide_type": "skip"}
import matplotlib.pyplot as plt
import pandas as pd
import seaborn as sns

import course

course.use_style()

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. The argument we are testing
#
# On 30 January 2025, CNA published a commentary by Diana Choyleva, founder and chief economist of
# Enodo Economics, under the headline "From DeepSeek to Huawei, US tech restrictions on China are
# backfiring". Its case, in our words:
#
# 1. US controls were meant to slow China's technology, but they push China to build its own, faster.
# 2. **DeepSeek** built a competitive AI model cheaply despite hardware limits.
# 3. **Huawei**, written off after 2019, rebuilt itself around a home-grown chip and software stack,
#    although its chips still trail the leaders.
# 4. The US policy of a **"small yard, high fence"** (few technologies, tightly controlled) has grown
#    into a wide yard, and China has struck back with countermeasures of its own.
# 5. By **Bloomberg's tally**, China already leads in five of 13 advanced technologies.
# 6. Parallel supply chains let China **learn by doing**, while the **costs** of decoupling mount on
#    both sides.
#
# It is an opinion piece, and a good one to test: it makes checkable claims. The collection does not
# ask you to agree or disagree with it. It asks you to weigh each claim against the evidence, for and
# against, and to reach your own verdict in notebook 08.

# %% [markdown] slideshow={"slide_type": "subslide"}
# The table below lists the claims we test. The quotes are brief phrases from the summary of the
# commentary that this collection was built around; the full text is at the CNA address in the
# sources list at the end. Each claim names the notebook that lays out its evidence.

# %% slideshow={"slide_type": "-"}
claims = course.load("claims")
with pd.option_context("display.max_colwidth", None):
    display(claims[["claim_id", "claim", "notebook"]].set_index("claim_id"))

# %% slideshow={"slide_type": "subslide"}
per_notebook = claims.groupby("notebook")["claim_id"].agg(["count", lambda s: ", ".join(s)])
per_notebook.columns = ["claims", "claim_ids"]
per_notebook

# %% [markdown] slideshow={"slide_type": "fragment"}
# Every topic notebook carries at least one claim, and notebook 08 collects them all in a ledger that
# you score before you see ours. Two claims (C01, "backfiring" overall, and C15, American complacency)
# are judgements about the whole picture, so they are weighed only at the end.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. The collection, in order
#
# | notebook | the question |
# |---|---|
# | [01 · Small yard, high fence](01_small_yard_high_fence.ipynb) | How far did the controls widen, how did China answer, and how fast? |
# | [02 · Huawei](02_huawei_vertical_integration.ipynb) | Written off in 2019, vertically integrated by 2024? |
# | [03 · The chip gap](03_chip_gap_smic_nodes_yields.ipynb) | How far behind the frontier are SMIC and Huawei, and is the gap closing? |
# | [04 · DeepSeek](04_deepseek_efficiency.ipynb) | What did $5.6 million buy, and what does the figure leave out? |
# | [05 · Five of 13](05_five_of_thirteen.ipynb) | Which technologies does China lead, and how does the method make the count? |
# | [06 · Learning by doing](06_learning_by_doing.ipynb) | Do experience curves explain catch-up, and would chips follow solar? |
# | [07 · The cost of decoupling](07_cost_of_decoupling.ipynb) | What do the published cost estimates measure, and who pays? |
# | [08 · The verdict](08_verdict.ipynb) | Claim by claim: supported, contested, or not testable? |
#
# Each notebook has worked solutions in [`solutions/`](solutions/), and the instructor guide in
# the repository's `seminar/` folder has session plans for each one.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. How to use the collection
#
# **Alone.** Read top to bottom and run each cell (Shift + Enter). Try each exercise before you open
# the solutions notebook; the self-check under each exercise tells you whether you are right, and
# often why not. Budget the time given under "At a glance".
#
# **In a seminar.** The instructor projects the notebook (or its slide deck, built with
# `jupyter nbconvert --to slides`), stops at each figure, and uses the "For discussion" questions.
# One question in every notebook asks you to argue the side you disagree with: take it seriously.
#
# **On Binder.** The launch button in the README opens this notebook in JupyterLab in your browser,
# with nothing to install. A Binder session is temporary: it shuts down after about ten minutes
# without activity, and your changes go with it. To keep your work, use *File → Download* in
# JupyterLab before you close the tab.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. A first look at the evidence: the sources table
#
# Every number in `data/` carries a source id, and every id is a row of `data/sources.csv`: title,
# publisher, author, date, the address we read it at, and a type. *Primary* means the actor's own
# document or data (a regulation in the Federal Register, a company's annual report, a technical
# report); *secondary* means reporting or analysis of it; *estimate* marks a source whose figure is its
# own estimate or model. How much of our evidence is primary?

# %% slideshow={"slide_type": "-"}
sources = course.sources_table()
sources["year_published"] = sources["date_published"].str[:4].astype(int)
by_type = sources["type"].value_counts().reindex(["primary", "secondary", "estimate"], fill_value=0)
print(f"{len(sources)} sources: " + ", ".join(f"{n} {t}" for t, n in by_type.items()))
print(f"Published between {sources['year_published'].min()} and {sources['year_published'].max()}; "
      f"{sources['publisher'].nunique()} publishers.")

# %% slideshow={"slide_type": "subslide"}
counts = (sources.groupby(["year_published", "type"]).size().unstack(fill_value=0)
          .reindex(columns=["primary", "secondary", "estimate"], fill_value=0))
years = range(counts.index.min(), counts.index.max() + 1)
counts = counts.reindex(years, fill_value=0)
fig, ax = plt.subplots(figsize=(10, 5))
bottom = pd.Series(0, index=counts.index)
for colour, kind in zip(course.PALETTE, counts.columns):
    ax.bar(counts.index, counts[kind], bottom=bottom, color=colour, label=kind, width=0.8)
    bottom += counts[kind]
ax.set_xlabel("Year the source was published")
ax.set_ylabel("Number of sources")
ax.set_xticks(list(years))
ax.tick_params(axis="x", rotation=45)
ax.legend(title="Type of source", loc="upper left")
most = counts.sum(axis=1).idxmax()
course.label_figure(fig, f"Most of our evidence was published in {most}",
                    subtitle="Sources in data/sources.csv, by year of publication and type",
                    source="data/sources.csv (this collection)")
plt.show()

# %% [markdown] slideshow={"slide_type": "fragment"}
# The bars count the sources behind the collection by the year they were published, split into
# primary, secondary and estimate. Most of the evidence is recent, because the story is: the controls
# and the countermeasures we study were mostly announced from 2022 on.

# %% slideshow={"slide_type": "subslide"}
top_publishers = (sources.groupby("publisher")
                  .agg(sources=("id", "size"), primary=("type", lambda t: int((t == "primary").sum())))
                  .sort_values(["sources", "publisher"], ascending=[False, True]).head(12))
top_publishers

# %% [markdown] slideshow={"slide_type": "fragment"}
# The publishers with the most sources are listed first. A collection that leaned on one news wire,
# or on one think tank, would inherit its blind spots; look at this table again after notebook 08 and
# ask whether any side of the argument is sourced more thinly than the others.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5. Conventions
#
# - **Source ids.** Each row of data names its source as `publisher-yyyymmdd-slug`, for example
#   `cna-20250130-choyleva-backfiring` for the commentary itself. Some rows also list
#   `corroborating_source_ids`: other sources that confirm the same figure.
# - **Loading data.** `course.load("claims")` reads `data/claims.csv` with the types that
#   `data/datapackage.json` gives, checks every value and every source id, and stops with the file,
#   line and column of anything wrong.
# - **Partial dates.** Where a source gives only the month, the date is written `2024-12`; we never
#   invent a day. `course.partial_dates()` turns such dates into the first of the month plus a
#   precision label, so you can see which dates are exact.
# - **Estimates** say whose they are. **Quotes** are brief and attributed; everything else is in our
#   own words.
# - **Exercises.** Replace `None` with your answer, run the cell, and read the self-check below it.
#   It never stops the notebook, so you can skip an exercise and come back.
# - **Sources.** The last section of every notebook prints the full reference of every source it
#   used, generated from the ids, so the list cannot drift from the data.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 6. Warm-up exercises
#
# **Exercise 00.1 (easy).** How many of the sources in `sources` are *primary*? Use the `type` column.

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here, e.g. (sources["type"] == ...).sum()
course.check("00.1", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **Exercise 00.2 (easy).** Which notebook lays out the evidence on the claim that China answered
# the US with a "tit-for-tat"? Give the notebook's two-digit number as text, for example `"04"`.
# Use the `claims` table.

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("00.2", answer)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## For discussion
#
# 1. Before you look at any data: which of the sixteen claims do you expect to hold up best, and which
#    worst? Write your guesses down; notebook 08 asks for them again.
# 2. The commentary is an opinion piece by an economist whose firm advises clients on China. What
#    would you want to know about an author before you weigh an argument, and what would you not let
#    it change?
# 3. Argue the other side: make the strongest case you can that US controls are *working*, in three
#    sentences, before you have seen the evidence. Which data would you need to prove it?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Takeaways
#
# - The commentary makes at least sixteen checkable claims, from DeepSeek's training cost to
#   Bloomberg's 5-of-13 tally; each notebook tests some of them, for and against.
# - Every number in the collection has a source id that resolves to a full reference, and estimates
#   say whose they are.
# - Primary sources (regulations, company reports, technical reports) carry more weight than
#   reporting about them; the sources table tells you which is which.
# - Exercises check themselves; solutions are in `notebooks/solutions/`.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Sources

# %% slideshow={"slide_type": "-"}
course.print_sources(claims)

# %% [markdown] slideshow={"slide_type": "-"}
# [contents](00_start_here.ipynb) · [next: 01 Small yard, high fence →](01_small_yard_high_fence.ipynb)
