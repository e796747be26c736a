# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# [← back to notebook 03](../03_chip_gap_smic_nodes_yields.ipynb) · [contents](../00_start_here.ipynb)
#
# # 03 · Solutions: the chip gap
#
# *Worked solutions to the exercises of notebook 03. Each answer is computed from the data and passed
# to the same self-check as in the notebook, so if the data change, the check here says so.*

# %% slideshow={"slide_type": "skip"}
import math
import sys

sys.path.insert(0, "..")  # the solutions live one folder below course.py
import course

nodes = course.load("process_node_volume_production")
equip = course.load("china_chip_equipment_purchases")
yields = course.load("yield_estimates")
views = course.load("chip_gap_assessments")

# %% [markdown] slideshow={"slide_type": "subslide"}
# **03.1.** Subtract TSMC's N7 year from SMIC's N+2 (Kirin 9000S) year.

# %% slideshow={"slide_type": "-"}
year = nodes.set_index(["company", "node_label"])["year_volume_production"]
answer = int(year["SMIC", "7nm-class N+2 (Kirin 9000S)"] - year["TSMC", "N7 (7nm)"])
print(answer)
course.check("03.1", answer)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **03.2.** Pivot the billings and divide China's by the world's.

# %% slideshow={"slide_type": "-"}
ew = equip.pivot(index="year", columns="region", values="billings_usd_bn")
answer = ew.loc[2024, "china"] / ew.loc[2024, "world"] * 100
print(round(answer, 1))
course.check("03.2", answer)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **03.3.** Rebuild the gap measure of section 3 and compare 2025 with 2019.

# %% slideshow={"slide_type": "-"}
CLASS_ORDER = ["28", "16/14", "10", "7", "5", "3", "2"]
class_rank = {c: i for i, c in enumerate(CLASS_ORDER)}
classed = nodes.dropna(subset=["node_class"])
foundries = classed[classed["company"].isin(["TSMC", "Samsung"])]
frontier_year = foundries.groupby("node_class")["year_volume_production"].min()
smic = classed[classed["company"] == "SMIC"]


def gap_years(year, smic_rows=smic):
    reached = smic_rows[smic_rows["year_volume_production"] <= year]
    best = max(reached["node_class"], key=class_rank.get)
    return int(year - frontier_year[best])


answer = gap_years(2025) - gap_years(2019)
print(gap_years(2019), gap_years(2025), answer)
course.check("03.3", answer)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **03.4.** With the same wafer cost and die, the wafer cost and chip count cancel: the multiple is the
# ratio of yields. We still compute it with the notebook's function to show that.

# %% slideshow={"slide_type": "-"}
def chips_per_wafer(die_area_mm2, wafer_diameter_mm=300):
    d = wafer_diameter_mm
    return math.floor(math.pi * (d / 2) ** 2 / die_area_mm2 - math.pi * d / math.sqrt(2 * die_area_mm2))


def cost_per_good_chip(yield_share, wafer_cost_usd=10_000, die_area_mm2=107):
    return wafer_cost_usd / (chips_per_wafer(die_area_mm2) * yield_share)


y = yields.set_index("estimate_id")
y_910c = y.loc["Y05", "yield_high_pct"] / 100
y_norm = y.loc["Y03", "yield_low_pct"] / 100
answer = cost_per_good_chip(y_910c) / cost_per_good_chip(y_norm)
print(round(answer, 2))
course.check("03.4", answer)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **03.5.** Relative cost per good chip = (SMIC wafer price ÷ TSMC wafer price) ÷ (SMIC yield ÷ TSMC
# yield). The smallest multiple uses the lowest price premium (row Y10, low bound) and the highest yield
# ratio the FT allows (one-third, stored as 33.3% in row Y04).

# %% slideshow={"slide_type": "-"}
price_ratio = 1 + y.loc["Y10", "yield_low_pct"] / 100  # the low end of the reported price premium
yield_ratio = y.loc["Y04", "yield_high_pct"] / 100
answer = price_ratio / yield_ratio
print(round(answer, 2))
course.check("03.5", answer)

# %% [markdown] slideshow={"slide_type": "subslide"}
# **03.6.** Filter the assessments by kind.

# %% slideshow={"slide_type": "-"}
answer = sorted(views.loc[views["assessor_kind"] == "huawei_executive", "assessor"].unique())
print(answer)
course.check("03.6", answer)
