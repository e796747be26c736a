# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# [← back to notebook 02](../02_huawei_vertical_integration.ipynb) · [contents](../00_start_here.ipynb)
#
# # 02 · Solutions: Huawei
#
# *Worked solutions to the exercises of notebook 02. Each answer is computed from the data and passed
# to the same self-check as in the notebook, so if the data change, the check here says so.*

# %% slideshow={"slide_type": "skip"}
import sys

sys.path.insert(0, "..")  # the solutions live one folder below course.py
import course

fin = course.load("huawei_financials")
seg = course.load("huawei_segments")
stack = course.load("huawei_stack_layers")

# %% [markdown] slideshow={"slide_type": "subslide"}
# **02.1.** R&D expense divided by revenue, times 100, for 2022.

# %% slideshow={"slide_type": "-"}
row = fin.set_index("year").loc[2022]
answer = round(100 * row["rd_expense_cny_bn"] / row["revenue_cny_bn"], 2)
print(answer)
course.check("02.1", answer)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **02.2.** Consumer revenue in the customer-group scheme, 2021 against 2020.

# %% slideshow={"slide_type": "-"}
c = seg[(seg["scheme"] == "customer_group") & (seg["segment"] == "consumer")].set_index("year")["revenue_cny_bn"]
answer = round(100 * (c[2021] / c[2020] - 1), 2)
print(answer)
course.check("02.2", answer)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **02.3.** Filter the stack table on `status_level <= 1`.

# %% slideshow={"slide_type": "-"}
answer = sorted(stack.loc[stack["status_level"] <= 1, "layer"])
print(answer)
course.check("02.3", answer)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **02.4.** Sum net profit and revenue over 2021–2024 and divide. The result (about 10%) mixes the
# one-off Honor gains of 2021 and 2023 with operating profit, so it flatters the business: a fairer
# measure would use operating profit or strip the gains, which Huawei does not itemise in our sources.

# %% slideshow={"slide_type": "-"}
years = fin[fin["year"].between(2021, 2024)]
answer = round(100 * years["net_profit_cny_bn"].sum() / years["revenue_cny_bn"].sum(), 2)
print(answer)
course.check("02.4", answer)
