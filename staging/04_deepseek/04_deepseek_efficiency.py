# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown] slideshow={"slide_type": "slide"}
# [← previous: 03 The chip gap](03_chip_gap_smic_nodes_yields.ipynb) · [contents](00_start_here.ipynb) · [next: 05 Five of thirteen →](05_five_of_thirteen.ipynb)
#
# # 04 · DeepSeek's efficiency argument: what \$5.6 million bought, and what it leaves out
#
# *The commentary's sharpest claim is that DeepSeek, short of the best chips, built a competitive
# model cheaply by working smarter. Here you redo DeepSeek's own arithmetic, check it against physics
# (floating-point operations and hardware peaks), and see where the famous figure is solid and where
# it is not.*

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## At a glance
#
# **You will**
# - **reproduce** the \$5.576M from DeepSeek's GPU-hours and its assumed rental price, and state what the
#   report says it leaves out;
# - **compute** training compute with the rule of thumb FLOP ≈ 6·N·D for DeepSeek-V3 and Llama 3.1 405B,
#   and the hardware utilisation it implies under two different peaks;
# - **vary** the cost assumptions in a small model and explain why "\$5.6M vs GPT-4's \$100M" compares
#   unlike things;
# - **compare** benchmark scores with API prices, and judge who ran the benchmarks;
# - **judge** the commentary's claim both ways: efficiency as a response to constraint, and evidence that
#   the constraint still binds.
#
# **Time:** 60–75 minutes alone; a 50- or 90-minute seminar (see the instructor guide).
# **Prerequisites:** notebook 00; pandas basics (`query`, `groupby`, arithmetic on columns); powers of ten.
# **Data:** `ai_models`, `ai_training_runs`, `ai_training_costs`, `ai_benchmarks`, `ai_api_prices`,
# `gpu_specs`, `deepseek_market_reaction` (all in `data/`, described in `data/README.md`).
# **Key terms:** *GPU-hour* (one graphics processor busy for one hour); *FLOP* (one floating-point operation;
# "FLOP/s" is a rate); *mixture of experts, MoE* (a model whose layers contain many sub-networks, of which only
# a few work on each token, so only part of the model is *active*); *FP8 / BF16* (8-bit and 16-bit number
# formats; chips do FP8 arithmetic about twice as fast); *utilisation* (the share of the chip's peak speed
# actually achieved); *API price* (what a developer pays per million tokens sent to or produced by a model).

# %% slideshow={"slide_type": "skip"}
import ipywidgets as widgets
import matplotlib.pyplot as plt
import numpy as np
import pandas as pd
from IPython.display import display

import course

course.use_style()

models = course.load("ai_models")
runs = course.load("ai_training_runs")
costs = course.load("ai_training_costs")
bench = course.load("ai_benchmarks")
prices = course.load("ai_api_prices")
gpus = course.load("gpu_specs")
market = course.load("deepseek_market_reaction")

V3_SRC = "deepseek-20241226-v3-technical-report"
LLAMA_CARD = "meta-20240723-llama31-model-card"
LLAMA_PAPER = "meta-20240723-llama3-herd-paper"


def formatted(df, formats):
    """A copy of df with some columns turned into formatted text, for display only."""
    out = df.copy()
    for col, fmt in formats.items():
        out[col] = out[col].map(lambda v: "" if pd.isna(v) else fmt.format(v))
    return out


def spec(gpu, name):
    """One value from gpu_specs."""
    row = gpus[(gpus["gpu"] == gpu) & (gpus["spec"] == name)]
    assert len(row) == 1, (gpu, name)
    return float(row["value"].iloc[0])

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 1. The claim, and the figure behind it
#
# The commentary (Choyleva, CNA, 30 January 2025) says that despite hardware constraints DeepSeek built a
# cost-effective model "by focusing on efficient algorithms", and reads this as a sign that US controls are
# backfiring. The figure everyone quoted that week was about **\$5.6 million**. Where does it come from?
#
# DeepSeek's V3 technical report gives GPU-hours for each stage of training on its cluster of Nvidia H800s,
# then multiplies by an assumed rental price. First the claim as the collection records it, then the table.

# %% slideshow={"slide_type": "-"}
claims = course.load("claims")
with pd.option_context("display.max_colwidth", None):
    display(claims.query("notebook == '04_deepseek_efficiency'")[["claim_id", "claim", "quote"]].set_index("claim_id"))

# %% slideshow={"slide_type": "subslide"}
v3_runs = runs.query("model == 'DeepSeek-V3'")[["stage", "gpu_type", "gpu_count", "gpu_hours"]]
RENT_USD_PER_GPU_HOUR = 2.0  # the price DeepSeek assumed, not an invoice
v3_runs = v3_runs.assign(cost_usd_m=v3_runs["gpu_hours"] * RENT_USD_PER_GPU_HOUR / 1e6)
v3_total_hours = v3_runs["gpu_hours"].sum()
v3_total_cost = v3_runs["cost_usd_m"].sum()
display(formatted(v3_runs.set_index("stage"),
                  {"gpu_hours": "{:,.0f}", "cost_usd_m": "${:.3f}M", "gpu_count": "{:,}"}))
print(f"Total: {v3_total_hours / 1e6:.3f}M H800 GPU-hours x ${RENT_USD_PER_GPU_HOUR:.0f} "
      f"= ${v3_total_cost:.3f} million")
print(f"Pre-training share of the GPU-hours: "
      f"{v3_runs.set_index('stage').loc['pre-training', 'gpu_hours'] / v3_total_hours:.1%}")
pre = v3_runs.set_index("stage").loc["pre-training"]
print(f"Check: {pre['gpu_hours']:,.0f} GPU-hours / {pre['gpu_count']:,} GPUs / 24 = "
      f"{pre['gpu_hours'] / pre['gpu_count'] / 24:.0f} days of pre-training (the report says under two months)")

# %% [markdown] slideshow={"slide_type": "fragment"}
# The arithmetic holds: the three stages add up to the 2.788M GPU-hours and, at \$2 an hour, to the
# \$5.576M the report prints. Two things in that calculation are **assumptions**, not measurements: the
# \$2 price (DeepSeek owns its GPUs; it did not rent them) and the boundary of what counts. On the boundary
# the report is explicit. In its own words the costs "include only the official training of DeepSeek-V3",
# leaving out "prior research and ablation experiments on architectures, algorithms, or data".
#
# Notice what the report does **not** list: buying the 2,048 GPUs, staff, data, electricity, failed runs.
# Those omissions were pointed out by analysts (SemiAnalysis, Epoch AI and others), not admitted by
# DeepSeek; keep the two apart when you cite them.

# %% slideshow={"slide_type": "subslide"}
llama_hours = runs.query("model == 'Llama 3.1 405B'")["gpu_hours"].iloc[0]
hours_ratio = llama_hours / v3_total_hours

fig, ax = plt.subplots(figsize=(10, 3.8))
left = 0.0
stage_colours = {"pre-training": course.CHINA_COLOUR, "context extension": course.PALETTE[1],
                 "post-training": course.PALETTE[4]}
for _, row in v3_runs.iterrows():
    ax.barh("DeepSeek-V3\n(2,048 H800s)", row["gpu_hours"] / 1e6, left=left,
            color=stage_colours[row["stage"]], label=f"V3 {row['stage']}")
    left += row["gpu_hours"] / 1e6
ax.barh("Llama 3.1 405B\n(H100-80GB)", llama_hours / 1e6, color=course.US_COLOUR,
        label="Llama 3.1 405B, all training (not split by stage)")
ax.text(v3_total_hours / 1e6 + 0.4, 0, f"{v3_total_hours / 1e6:.2f}M\n(x \\$2 assumed = \\${v3_total_cost:.3f}M)", va="center")
ax.text(llama_hours / 1e6 + 0.4, 1, f"{llama_hours / 1e6:.2f}M\n({hours_ratio:.1f} x V3)", va="center")
ax.set_xlabel("GPU-hours (millions)")
ax.set_xlim(0, 40)
ax.invert_yaxis()
ax.legend(loc="lower right", bbox_to_anchor=(1.0, 0.55), fontsize=10)
course.label_figure(fig, f"Llama 3.1 405B took {hours_ratio:.0f} times DeepSeek-V3's GPU-hours",
                    subtitle="Reported training GPU-hours; different chips (H100 vs H800) and possibly different stage coverage",
                    source=course.cite(V3_SRC, LLAMA_CARD))
plt.show()

# %% [markdown] slideshow={"slide_type": "-"}
# *The figure shows two horizontal bars: DeepSeek-V3's 2.79 million H800 GPU-hours, almost all of it
# pre-training, against 30.84 million H100 GPU-hours for Meta's Llama 3.1 405B, about eleven times more.*
#
# This is the one comparison in this notebook where both numbers are the same kind of thing, GPU-hours
# reported by the developer, and even so it is not exact: an H800 and an H100 do the same low-precision
# arithmetic at the same peak speed (they share the silicon; the H800 has a slower link between chips), and
# Meta's model card does not say which stages its figure covers. **What it shows:** the final V3 run used
# an order of magnitude less GPU time than a comparable US open model. **What it does not show:** why.
# The next section asks whether DeepSeek did less work, or did the same work faster.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 2. Compute arithmetic: less work, or faster work?
#
# Training a transformer costs roughly **6 floating-point operations per parameter per token**: about 2 for
# the forward pass and 4 for the backward pass. For a mixture-of-experts model only the *active* parameters
# work on each token, so N is the active count:
#
# $$\text{training FLOP} \approx 6 \times N_{\text{active}} \times D_{\text{tokens}}$$
#
# It is a rule of thumb: it ignores attention (which grows with context length), V3's extra
# multi-token-prediction module, and everything after pre-training.

# %% slideshow={"slide_type": "subslide"}
v3 = models.query("model == 'DeepSeek-V3'").iloc[0]
llama_paper = models.query("model == 'Llama 3.1 405B' and source_id == @LLAMA_PAPER").iloc[0]

flop_v3 = 6 * v3["active_params_b"] * 1e9 * v3["training_tokens_t"] * 1e12
flop_llama = 6 * llama_paper["active_params_b"] * 1e9 * llama_paper["training_tokens_t"] * 1e12
per_token_v3 = 6 * v3["active_params_b"] * 1e9
per_token_llama = 6 * llama_paper["active_params_b"] * 1e9

compute = pd.DataFrame({
    "active params (bn)": [v3["active_params_b"], llama_paper["active_params_b"]],
    "total params (bn)": [v3["total_params_b"], llama_paper["total_params_b"]],
    "tokens (trillion)": [v3["training_tokens_t"], llama_paper["training_tokens_t"]],
    "FLOP per token": [per_token_v3, per_token_llama],
    "6ND training FLOP": [flop_v3, flop_llama],
}, index=["DeepSeek-V3", "Llama 3.1 405B"])
display(formatted(compute, {"FLOP per token": "{:.2e}", "6ND training FLOP": "{:.3e}",
                            "active params (bn)": "{:.0f}", "total params (bn)": "{:.0f}",
                            "tokens (trillion)": "{:.1f}"}))
print(f"V3 pre-training:  6 x 37e9 x 14.8e12 = {flop_v3:.3e} FLOP")
print(f"Llama 3.1 405B:   6 x 405e9 x 15.6e12 = {flop_llama:.3e} FLOP "
      f"(Meta states {llama_paper['training_flop']:.1e})")
print(f"Ratio Llama / V3: {flop_llama / flop_v3:.1f} x   "
      f"(per token {per_token_llama / per_token_v3:.1f} x, tokens {llama_paper['training_tokens_t'] / v3['training_tokens_t']:.2f} x)")
print(f"Share of V3's parameters active per token: {v3['active_params_b'] / v3['total_params_b']:.1%}")
llama_card = models.query("model == 'Llama 3.1 405B' and source_id == @LLAMA_CARD").iloc[0]
flop_llama_card = 6 * llama_card["active_params_b"] * 1e9 * llama_card["training_tokens_t"] * 1e12
print(f"With the model card's '15T+' read as {llama_card['training_tokens_t']:.0f}T tokens instead: "
      f"{flop_llama_card:.3e} FLOP, ratio {flop_llama_card / flop_v3:.1f} x (the sources differ; the conclusion does not)")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Both models read about the same amount of text (14.8 and 15.6 trillion tokens). The whole gap in compute
# comes from **work per token**: V3 switches on 37 billion of its 671 billion parameters for each token
# (about 5.5%), while the dense Llama uses all 405 billion. That is a design choice (mixture of experts,
# carried over from DeepSeek-V2), and it shows up as roughly eleven times fewer FLOP.
#
# Now the second question: given the FLOP, how fast did each cluster do them? Divide the FLOP by
# GPU-hours × 3,600 seconds × the chip's peak rate, and you get the share of peak achieved, the
# *utilisation*. The catch is the **peak**: an H100 (and, per the sources, an H800) peaks at about 989
# trillion FLOP/s in BF16 but about 1,979 trillion in FP8, and V3 did most of its matrix arithmetic in FP8.

# %% slideshow={"slide_type": "subslide"}
peak_bf16 = spec("H100 SXM", "peak dense BF16 tensor throughput") * 1e12   # FLOP/s
peak_fp8 = spec("H100 SXM", "peak dense FP8 tensor throughput") * 1e12
h800_same_compute = spec("H800 SXM", "low-precision tensor throughput relative to H100")
v3_pretrain_hours = v3_runs.set_index("stage").loc["pre-training", "gpu_hours"]


def utilisation(flop, gpu_hours, peak):
    return flop / (gpu_hours * 3600 * peak)


util = pd.DataFrame([
    ["DeepSeek-V3 pre-training", "BF16 peak (989 TFLOP/s)", utilisation(flop_v3, v3_pretrain_hours, peak_bf16 * h800_same_compute)],
    ["DeepSeek-V3 pre-training", "FP8 peak (1,979 TFLOP/s)", utilisation(flop_v3, v3_pretrain_hours, peak_fp8 * h800_same_compute)],
    ["V3 pre-training FLOP, all-stage hours", "BF16 peak (989 TFLOP/s)", utilisation(flop_v3, v3_total_hours, peak_bf16 * h800_same_compute)],
    ["Llama 3.1 405B (all hours)", "BF16 peak (989 TFLOP/s)", utilisation(flop_llama, llama_hours, peak_bf16)],
    ["Llama 3.1 405B, Meta's 3.8e25", "BF16 peak (989 TFLOP/s)", utilisation(llama_paper["training_flop"], llama_hours, peak_bf16)],
], columns=["run", "denominator", "implied utilisation"])
display(formatted(util, {"implied utilisation": "{:.1%}"}).set_index("run"))
achieved_v3 = flop_v3 / (v3_pretrain_hours * 3600) / 1e12
achieved_llama = flop_llama / (llama_hours * 3600) / 1e12
print(f"Achieved rate per GPU: V3 {achieved_v3:.0f} TFLOP/s, Llama {achieved_llama:.0f} TFLOP/s")

# %% slideshow={"slide_type": "subslide"}
fig, ax = plt.subplots(figsize=(10, 4.2))
plot_util = util.iloc[[0, 1, 3]].copy()
labels = ["V3 pre-training\nvs BF16 peak", "V3 pre-training\nvs FP8 peak", "Llama 3.1 405B\nvs BF16 peak"]
colours = [course.CHINA_COLOUR, course.CHINA_COLOUR, course.US_COLOUR]
bars = ax.bar(labels, plot_util["implied utilisation"] * 100, color=colours)
bars[1].set_hatch("//")
bars[1].set_alpha(0.6)
for bar, value in zip(bars, plot_util["implied utilisation"]):
    ax.text(bar.get_x() + bar.get_width() / 2, value * 100 + 1, f"{value:.0%}", ha="center", fontsize=13)
ax.set_ylabel("Implied utilisation (% of peak)")
ax.set_ylim(0, 45)
ax.annotate("same FLOP, same hours:\nonly the yardstick changed", xy=(1, 20.5), xytext=(1, 31),
            ha="center", fontsize=11, arrowprops={"arrowstyle": "->", "color": "#555555"})
course.label_figure(fig, "On the same BF16 yardstick, both clusters ran at about a third of peak",
                    subtitle="Implied utilisation = 6ND FLOP / (GPU-hours x 3,600 s x peak FLOP/s); our arithmetic",
                    source=course.cite(V3_SRC, LLAMA_CARD, LLAMA_PAPER, "lockwood-2022-h100-notes"))
plt.show()

# %% [markdown] slideshow={"slide_type": "-"}
# *The bar chart shows implied utilisation: about 35% for V3's pre-training against the BF16 peak, about
# 17% for the same run against the FP8 peak (hatched), and about 35% for Llama 3.1 405B against the BF16
# peak.*
#
# **What this shows.** Each GPU in both clusters delivered roughly the same useful arithmetic per second
# (about 340 trillion FLOP/s). So on this yardstick DeepSeek's advantage is **not** that its GPUs ran
# faster; it is that each token needed about eleven times less arithmetic. The saving comes mainly from the
# architecture (mixture of experts), not from squeezing more out of each chip.
#
# **Why the denominator matters.** If you divide by the FP8 peak, V3 looks half as efficient (about 17%):
# nothing about the run changed, only the ruler. Which ruler is fair? V3 did most matrix multiplications in
# FP8, which a Hopper GPU can in principle do twice as fast; that it ended up at about the same delivered
# rate as Meta's BF16 run suggests that FP8's speed-up went into paying for other things (the traffic
# between experts on different GPUs, the H800's slower links, the parts still done at higher precision).
# That is an inference, not a measurement: published estimates of V3's utilisation differ widely, mostly
# because of exactly these choices (which peak, and whether attention is counted).
#
# **What it does not show.** 6·N·D is rough; the Llama figure may cover more stages; and none of this
# includes the experiments that found the design.

# %% [markdown] slideshow={"slide_type": "subslide"}
# **Where the saving comes from, and where it does not.**
#
# | Source of saving | Evidence here | Strength |
# |---|---|---|
# | Fewer FLOP per token (mixture of experts; 37B of 671B active) | 6·N·D: about 11× fewer FLOP at similar token counts | strong, by arithmetic |
# | FP8 arithmetic | Report says most matrix multiplications ran in FP8; delivered rate per GPU no higher than Meta's BF16 | plausible, not quantified |
# | Engineering for the H800's slow links (overlapping communication, routing each token to at most 4 nodes) | Report's own account of its links (figures in section 5) | described, not measured separately |
# | Cheaper chips or cheaper hours | No: the \$2 is an assumed price, and the H800 has the H100's arithmetic units (per the sources) | none |
# | Less research effort | Not claimed; excluded from the figure | unknown |

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 3. What would it cost? A small, honest model
#
# The \$5.576M depends on three choices: the **price** per GPU-hour, **what counts** (one final run, or
# also the experiments that led to it), and **rent versus own**. Below, each is a knob. The rental price
# and the experiment multiplier are *assumptions you choose*, not data: DeepSeek published neither a
# real price nor the compute spent on experiments. The scenarios are illustrations of how the answer moves.

# %% slideshow={"slide_type": "subslide"}
r1_extra = costs.query("model == 'DeepSeek-R1' and cost_basis == 'rental-price arithmetic'")["cost_usd_m"].iloc[0]
fleet_capex = costs.query("model == 'DeepSeek (company)' and cost_basis == 'hardware capex'")["cost_usd_m"].iloc[0]


def run_cost_usd_m(price_per_gpu_hour=2.0, experiments_multiple=1.0, include_r1=False):
    """Cost in USD million of V3's reported GPU-hours at a chosen price, scaled for experiments.

    experiments_multiple = total compute / final-run compute (1 = final run only; an assumption).
    include_r1 adds the R1 stages as DeepSeek reported them, rescaled to the chosen price."""
    total = v3_total_hours * price_per_gpu_hour / 1e6 * experiments_multiple
    if include_r1:
        total += r1_extra * price_per_gpu_hour / RENT_USD_PER_GPU_HOUR
    return total


scenarios = pd.DataFrame([
    ["DeepSeek's own arithmetic", 2.0, 1, False],
    ["Same hours at $3 per GPU-hour", 3.0, 1, False],
    ["Plus R1's reported stages", 2.0, 1, True],
    ["Experiments = 2x the final run (assumption)", 2.0, 2, True],
    ["Experiments = 5x the final run (assumption)", 2.0, 5, True],
    ["Experiments = 5x, at $3 (assumption)", 3.0, 5, True],
], columns=["scenario", "usd_per_gpu_hour", "experiments_multiple", "include_r1"])
scenarios["cost_usd_m"] = [run_cost_usd_m(p, m, r) for p, m, r in
                           scenarios[["usd_per_gpu_hour", "experiments_multiple", "include_r1"]].itertuples(index=False)]
display(formatted(scenarios, {"usd_per_gpu_hour": "${:.2f}", "cost_usd_m": "${:.1f}M"}).set_index("scenario"))
print(f"For scale, a different measure: SemiAnalysis's estimate of DeepSeek's total server capex is "
      f"${fleet_capex / 1000:.1f} billion ({fleet_capex / v3_total_cost:.0f} x the $5.576M), for a fleet that "
      f"served many models, experiments and a hedge fund over several years.")

# %% [markdown] slideshow={"slide_type": "fragment"}
# Try it yourself. Move the sliders: the printed total is the same `run_cost_usd_m` function as in the
# table. (On GitHub or in a static view the sliders do not run; the table above carries the same lesson.)

# %% slideshow={"slide_type": "skip"}
price_slider = widgets.FloatSlider(value=2.0, min=1.0, max=5.0, step=0.25, description="$ / GPU-hour")
multiple_slider = widgets.FloatSlider(value=1.0, min=1.0, max=10.0, step=0.5, description="experiments x")
r1_box = widgets.Checkbox(value=False, description="include R1 stages")
result = widgets.HTML()


def show_cost(_=None):
    cost = run_cost_usd_m(price_slider.value, multiple_slider.value, r1_box.value)
    result.value = (f"<b>Modelled compute cost: ${cost:,.1f} million</b> "
                    f"({cost / v3_total_cost:.1f} x DeepSeek's $5.576M figure)")


for control in (price_slider, multiple_slider, r1_box):
    control.observe(show_cost, names="value")
show_cost()
widgets.VBox([price_slider, multiple_slider, r1_box, result])

# %% [markdown] slideshow={"slide_type": "subslide"}
# ### Four kinds of "training cost"
#
# The popular comparison set DeepSeek's \$5.6M beside "over \$100 million" for GPT-4. Those are different
# measures. The table `ai_training_costs` keeps each figure with its **basis**:

# %% slideshow={"slide_type": "-"}
basis_counts = (costs.groupby("cost_basis")
                .agg(figures=("cost_usd_m", "size"), whose=("estimate_by", lambda s: ", ".join(sorted(set(s)))))
                .sort_index())
display(basis_counts)

# %% [markdown] slideshow={"slide_type": "-"}
# - **Rental-price arithmetic** (DeepSeek): GPU-hours of one run × an assumed hourly price.
# - **Cloud-rental estimate** (Epoch AI, the Stanford AI Index): what the final run would cost at cloud
#   list prices, with the hardware and duration partly guessed for closed models.
# - **Amortised hardware and energy** (Epoch AI): the share of the hardware's purchase price used up during
#   the run, plus electricity. Usually far below the rental figure.
# - **Hardware acquisition or capex** (Epoch AI; SemiAnalysis for DeepSeek's fleet): the price of buying
#   the machines outright, which then serve many runs.
# - **Executive remark** (Sam Altman on GPT-4): "much more" than \$100 million, with no stated basis.
#
# So the figure below gives each basis its own panel and its own axis. Compare within a panel, never across.

# %% slideshow={"slide_type": "subslide"}
llama_at_2 = llama_hours * RENT_USD_PER_GPU_HOUR / 1e6
panel_rows = [
    ("Rental-price arithmetic\n(GPU-hours x $2)", "DeepSeek-V3 (DeepSeek)", v3_total_cost, course.CHINA_COLOUR),
    ("Rental-price arithmetic\n(GPU-hours x $2)", "DeepSeek-R1 stages (DeepSeek)", r1_extra, course.CHINA_COLOUR),
    ("Rental-price arithmetic\n(GPU-hours x $2)", "Llama 3.1 405B (our what-if)", llama_at_2, course.US_COLOUR),
]
for basis, title in [("cloud-rental estimate", "Cloud-rental estimate\n(Epoch AI, final run)"),
                     ("amortised hardware and energy", "Amortised hardware + energy\n(Epoch AI, final run)"),
                     ("hardware acquisition", "Hardware bought outright\n(Epoch AI; SemiAnalysis)"),
                     ("hardware capex", "Hardware bought outright\n(Epoch AI; SemiAnalysis)")]:
    sub = costs.query("cost_basis == @basis and estimate_by in ['Epoch AI', 'SemiAnalysis']")
    for _, r in sub.iterrows():
        label = r["model"] + (" fleet (SemiAnalysis)" if r["model"].startswith("DeepSeek") else "")
        colour = course.CHINA_COLOUR if r["model"].startswith("DeepSeek") else course.US_COLOUR
        panel_rows.append((title, label.replace("DeepSeek (company) fleet", "DeepSeek fleet"), r["cost_usd_m"], colour))
panel_df = pd.DataFrame(panel_rows, columns=["panel", "label", "usd_m", "colour"])

panel_order = list(dict.fromkeys(panel_df["panel"]))
fig, axes = plt.subplots(1, 4, figsize=(15, 5.2))
for ax, panel in zip(axes, panel_order):
    sub = panel_df[panel_df["panel"] == panel].sort_values("usd_m")
    ax.barh(sub["label"], sub["usd_m"], color=sub["colour"])
    for y, v in enumerate(sub["usd_m"]):
        ax.text(v, y, f" {v:,.1f}" if v < 10 else f" {v:,.0f}", va="center", fontsize=10)
    ax.set_xlim(0, sub["usd_m"].max() * 1.35)
    ax.set_title(panel, fontsize=11.5)
    ax.set_xlabel("USD million")
    ax.tick_params(axis="y", labelsize=10)
course.label_figure(fig, "Four different things called 'training cost': compare within a panel, never across",
                    subtitle="Each panel has its own scale; blue = US developer, red = DeepSeek. GPT-4's 'over $100M' remark has no basis and is not shown",
                    source=course.cite(V3_SRC, "techspot-20250919-deepseek-r1-294000", LLAMA_CARD,
                                       "epoch-2025-model-costs", "tomshardware-202502-deepseek-50000-gpus"))
plt.show()

# %% [markdown] slideshow={"slide_type": "-"}
# *Four panels of horizontal bars. Panel 1, GPU-hours times \$2: V3 about \$5.6M, R1's extra stages \$0.3M,
# and Llama 3.1 405B's GPU-hours at the same \$2 about \$62M. Panel 2, Epoch's cloud-rental estimates:
# GPT-4 about \$79M, Llama \$170M, Gemini 1.0 Ultra \$199M. Panel 3, Epoch's amortised estimates: \$25M to
# \$51M. Panel 4, buying the hardware: \$0.6bn to \$0.9bn per model for US models by Epoch, \$1.6bn for
# DeepSeek's whole fleet by SemiAnalysis.*
#
# Read within panels. In the first, priced the same way, Llama 3.1 405B's GPU-hours would cost about eleven
# times V3's: a real gap, the same one as in section 1. Across panels the numbers mean different things: the
# famous "\$6M vs \$100M" puts a panel-1 number beside a remark that fits no panel. And DeepSeek's own
# hardware bill (panel 4) is an analyst's estimate for a whole fleet, not the cost of V3.

# %% slideshow={"slide_type": "skip"}
conflicts = costs.query("model in ['GPT-4', 'Gemini 1.0 Ultra'] and cost_basis == 'cloud-rental estimate'")
display(conflicts[["model", "cost_usd_m", "estimate_by", "note"]].sort_values(["model", "cost_usd_m"]).reset_index(drop=True))

# %% [markdown] slideshow={"slide_type": "-"}
# Even one basis moves between editions: the AI Index (2024) put Gemini 1.0 Ultra's cloud-rental cost at
# \$191.4M; Epoch's later file gives \$198.9M. Estimates of closed models rest on guessed hardware and run
# length; treat them as orders of magnitude.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 4. Cheap to train, cheap to use? Scores against prices
#
# For users, the price that matters is the API price per million tokens. Below, DeepSeek's benchmark table
# from the R1 release is joined to list prices. A caution before the figure: **DeepSeek ran or collected all
# these scores, including its rivals'**, and its own two reports disagree for the same model.

# %% slideshow={"slide_type": "subslide"}
same = (bench.query("model in ['DeepSeek-V3', 'Claude-3.5-Sonnet-1022', 'GPT-4o-0513']")
        .pivot_table(index=["benchmark", "model"], columns="report", values="score")
        .dropna())
same["difference"] = same["DeepSeek-R1 release (Jan 2025)"] - same["DeepSeek-V3 report (Dec 2024)"]
disagree = same[same["difference"].abs() > 0].sort_values("difference")
display(disagree.round(1))
print(f"{len(same)} model-benchmark pairs appear in both documents; {len(disagree)} differ.")

# %% [markdown] slideshow={"slide_type": "-"}
# The two DeepSeek documents agree on most shared scores, but not all: V3's Codeforces percentile is 51.6 in
# the V3 report and 58.7 in the R1 release, and the Chinese factual test (C-SimpleQA) moves for every model.
# The R1 table allowed 32,768 output tokens where the V3 report allowed 8,192, which can explain some of it.
# The lesson: a benchmark score is a measurement by someone, under settings; cite which.

# %% slideshow={"slide_type": "subslide"}
price_map = prices.dropna(subset=["benchmark_model"]).set_index("benchmark_model")
r1_scores = bench.query("report == 'DeepSeek-R1 release (Jan 2025)'")
scatter = (r1_scores.query("benchmark in ['GPQA Diamond', 'AIME 2024']")
           .join(price_map[["output_usd_per_m", "input_cache_miss_usd_per_m", "price_as_of"]], on="model")
           .dropna(subset=["output_usd_per_m"]))
display(scatter.pivot_table(index=["model", "output_usd_per_m", "input_cache_miss_usd_per_m"],
                            columns="benchmark", values="score").sort_index(level=1))
r1_price = price_map.loc["DeepSeek-R1"]
o1_price = price_map.loc["OpenAI o1-1217"]
print(f"o1 / R1 price ratio: output {o1_price['output_usd_per_m'] / r1_price['output_usd_per_m']:.1f} x, "
      f"input {o1_price['input_cache_miss_usd_per_m'] / r1_price['input_cache_miss_usd_per_m']:.1f} x")
v31 = prices.query("model == 'DeepSeek-V3.1'").iloc[0]
print(f"From {v31['price_as_of']} DeepSeek charged ${v31['input_cache_miss_usd_per_m']:.2f} (input) and "
      f"${v31['output_usd_per_m']:.2f} (output) per million tokens for V3.1, against V3's "
      f"${price_map.loc['DeepSeek-V3', 'input_cache_miss_usd_per_m']:.2f} and "
      f"${price_map.loc['DeepSeek-V3', 'output_usd_per_m']:.2f}")

# %% slideshow={"slide_type": "subslide"}
offsets = {"DeepSeek-R1": (8, -14), "DeepSeek-V3": (8, 4), "OpenAI o1-1217": (-10, 8),
           "OpenAI o1-mini": (8, -12), "GPT-4o-0513": (-8, 6), "Claude-3.5-Sonnet-1022": (8, 4)}
fig, axes = plt.subplots(1, 2, figsize=(12.5, 5.2), sharex=True)
for ax, name in zip(axes, ["AIME 2024", "GPQA Diamond"]):
    sub = scatter[scatter["benchmark"] == name].sort_values("model")
    for _, r in sub.iterrows():
        colour = course.CHINA_COLOUR if r["model"].startswith("DeepSeek") else course.US_COLOUR
        ax.scatter(r["output_usd_per_m"], r["score"], s=90, color=colour, zorder=3)
        dx, dy = offsets[r["model"]]
        ax.annotate(r["model"].replace("-1022", "").replace("-0513", ""), (r["output_usd_per_m"], r["score"]),
                    xytext=(dx, dy), textcoords="offset points", fontsize=10,
                    ha="right" if dx < 0 else "left")
    ax.set_xscale("log")
    ax.set_xlim(0.6, 150)
    ax.set_ylim(0, 100)
    ax.set_title(name + " (pass@1, %)", fontsize=12)
    ax.set_xlabel("Output price, USD per million tokens (log scale)")
axes[0].set_ylabel("Score (%), as run or collected by DeepSeek")
course.label_figure(fig, "On DeepSeek's own tests, R1 scores near o1 at about 1/27 of the price",
                    subtitle="Scores from DeepSeek's R1 release table; list prices (DeepSeek: 2025 list; OpenAI, Anthropic: dated in ai_api_prices)",
                    source=course.cite("deepseek-20250120-r1-readme", "deepseek-2025-api-pricing-page",
                                       "scmp-20250226-deepseek-off-peak-discount", "openai-20241001-prompt-caching",
                                       "openai-20240513-gpt-4o-api-announcement", "anthropic-2025-pricing-page"))
plt.show()

# %% [markdown] slideshow={"slide_type": "-"}
# *Two scatter plots, price on a log axis. On AIME 2024 (a maths contest) R1 scores 79.8 at \$2.19 per
# million output tokens and o1 79.2 at \$60; on GPQA Diamond (graduate-level science questions) o1 leads,
# 75.7 to 71.5. The non-reasoning models (V3, GPT-4o, Claude 3.5 Sonnet) sit lower on both.*
#
# **What it shows.** On these DeepSeek-run tests, R1 delivers o1-like maths scores for a small fraction of
# the list price, and V3 is cheaper still. Cheap tokens matter for adoption: developers can build on a
# model whose weights are open (MIT licence) and whose API costs little, and the app briefly topped the US
# App Store (below). **What it does not show.** A list price is not a cost: we do not know DeepSeek's margin,
# and prices change (from September 2025 DeepSeek charged one price for both modes, printed above: more than
# V3's, less than R1's for output). Reasoning models also emit many
# hidden "thinking" tokens billed as output, so price per *answer* can differ from price per token.
# And the scores are DeepSeek's measurements.

# %% slideshow={"slide_type": "subslide"}
nv = market.query("entity == 'Nvidia' and measure == 'closing share price'").set_index("date")["value"]
nv_change = (nv.loc[pd.Timestamp("2025-01-27")] / nv.loc[pd.Timestamp("2025-01-24")] - 1) * 100
moves = pd.concat([
    pd.DataFrame({"entity": ["Nvidia (from closing prices)"], "change_pct": [nv_change]}),
    market.query("measure == 'one-day change'").rename(columns={"value": "change_pct"})[["entity", "change_pct"]],
]).sort_values("change_pct")
losses = market.query("measure == 'one-day loss of market value'")[["value", "source_id"]].sort_values("value")

fig, ax = plt.subplots(figsize=(10, 3.8))
ax.barh(moves["entity"], moves["change_pct"],
        color=[course.US_COLOUR if "Nasdaq" not in e else course.NEUTRAL_COLOUR for e in moves["entity"]])
for y, v in enumerate(moves["change_pct"]):
    ax.text(v - 0.3, y, f"{v:.1f}%", va="center", ha="right", fontsize=11)
ax.set_xlim(-22, 0)
ax.set_xlabel("Change on Monday 27 January 2025 (%)")
course.label_figure(fig, "The Monday after DeepSeek topped the App Store, chip stocks fell hardest",
                    subtitle=f"Nvidia lost \\${losses['value'].min():g}bn to \\${losses['value'].max():g}bn of market value that day, depending on whose tally",
                    source=course.cite("reuters-20250127-deepseek-selloff", "theepochtimes-202501-nvidia-600bn",
                                       "bloomberg-20250127-nvidia-589bn-rout"))
plt.show()
app = market.query("entity == 'DeepSeek app'").sort_values(["date", "measure"])
display(app[["date", "measure", "value", "unit", "note"]].reset_index(drop=True))

# %% [markdown] slideshow={"slide_type": "-"}
# *Horizontal bars of one-day falls on 27 January 2025: Broadcom −17.4%, Nvidia about −16.9%, the Philadelphia
# semiconductor index −9.2%, the Nasdaq −3.1%.*
#
# The DeepSeek app reached No. 1 among free apps on the US App Store on Sunday 26 January (Appfigures, via
# TechCrunch); downloads went from 1 million to 2.6 million between Friday and Monday. The next day Nvidia had
# the largest one-day loss of market value of any US company: \$589bn by Bloomberg's tally, \$593bn by
# Reuters'. Markets read cheap training as a threat to chip demand; whether it was (cheaper AI can mean more
# AI use) is a question for your seminar, not for these data.

# %% [markdown] slideshow={"slide_type": "slide"}
# ## 5. Judging the claim: efficiency as a response to constraint
#
# > "focusing on efficient algorithms" — Choyleva (CNA, 2025), on how DeepSeek worked around hardware limits
#
# **Evidence for.** DeepSeek trained on H800s, the China-only version of the H100 with chip-to-chip links cut
# to about half (Reuters' source; Golem.de inferred a figure, in the table below). The V3 report describes
# engineering built around exactly that weakness: it reports the bandwidth it achieved inside and between
# nodes (below), sends each token to experts on at most four nodes to spare the slow links, and overlaps
# communication with computation. Section 2 showed the result: about eleven times less compute per token
# than a dense model that scores similarly on DeepSeek's tests.
#
# **Evidence that the constraint still binds.**

# %% slideshow={"slide_type": "subslide"}
h800_link = spec("H800 SXM", "NVLink bandwidth")
h100_link = spec("H100 SXM", "NVLink bandwidth")
h20_fp8 = spec("H20", "peak dense FP8 tensor throughput")
h20_bf16 = spec("H20", "peak dense BF16 tensor throughput")
hw = pd.DataFrame({
    "peak dense BF16 (TFLOP/s)": [peak_bf16 / 1e12, peak_bf16 / 1e12 * h800_same_compute, h20_bf16],
    "peak dense FP8 (TFLOP/s)": [peak_fp8 / 1e12, peak_fp8 / 1e12 * h800_same_compute, h20_fp8],
    "NVLink (GB/s)": [h100_link, h800_link, spec("H20", "NVLink bandwidth")],
    "status for China": ["barred since Oct 2022", "sold Mar-Oct 2023, then barred", "licence required from Apr 2025"],
}, index=["H100 SXM", "H800 SXM", "H20"])
display(formatted(hw, {"peak dense BF16 (TFLOP/s)": "{:,.0f}", "peak dense FP8 (TFLOP/s)": "{:,.0f}",
                       "NVLink (GB/s)": "{:,.0f}"}))
print(f"H20 vs H100, peak dense FP8: {h20_fp8 / (peak_fp8 / 1e12):.0%} of H100")
print("H800 NVLink: an estimate (Golem.de), Nvidia published no datasheet; H800 compute equal to H100 per a reference wiki.")
print(f"DeepSeek's cluster, as measured by DeepSeek: NVLink {spec('H800 cluster (DeepSeek)', 'intra-node NVLink bandwidth achieved'):.0f} GB/s "
      f"inside a node, InfiniBand {spec('H800 cluster (DeepSeek)', 'inter-node InfiniBand bandwidth'):.0f} GB/s between nodes")

# %% [markdown] slideshow={"slide_type": "-"}
# - **The chips.** The H800 itself was barred from China in October 2023; its successor for China, the H20,
#   has about 15% of the H100's peak FP8 throughput (its strength is memory, good for serving models, not
#   training them). In April 2025 the US required a licence for H20 exports too, and Nvidia announced a
#   charge of several billion dollars (CNBC, from Nvidia's filing).
# - **The founder's own words, as reported.** The BBC reports that Liang Wenfeng told Chinese media the chip
#   ban was DeepSeek's "main problem". (A stronger version often quoted online could not be traced to the
#   original interview, so we do not use it.)
# - **More hardware than the story implied.** DeepSeek's own Nature supplement (Sept 2025) admits A100s for
#   early experiments; SemiAnalysis estimates a fleet of tens of thousands of Hopper GPUs behind the server
#   capex in section 3, which DeepSeek has not confirmed and a critic of the estimate has questioned.
# - **The next model.** The FT reported in August 2025 that R2 was delayed after training on Huawei's Ascend
#   chips failed, and that DeepSeek went back to Nvidia for training. The same report says R1 was built
#   largely on H20s, which conflicts with DeepSeek's papers naming H800s; we record the conflict, unresolved.
#
# **And what the claim leaves out.** Mixture of experts is not DeepSeek's invention, and DeepSeek was already
# using it in V2 (May 2024, in `ai_models`), so V3's efficiency was a line of work rather than a sudden answer
# to one rule. Whether that line of work was itself pushed by the controls (in force since October 2022),
# or would have happened anyway because compute is expensive for everyone, these data cannot say.
#
# A US rival read the same facts the other way. Anthropic's chief executive, Dario Amodei (an advocate of export
# controls, so an interested party), called V3 a model close to US models "7-10 months older" at lower cost,
# on a cost curve that falls "maybe ~4x/year" for everyone (as summarised by The Decoder). On that reading
# the surprise was who reached the curve first, not the curve.

# %% slideshow={"slide_type": "skip"}
for ref in ["cna-20250130-choyleva-backfiring", "golem-202303-nvidia-h800", "tomshardware-202303-nvidia-h800",
            "aiwiki-20260603-nvidia-h800", "cnbc-20250415-nvidia-h20-charge", "bbc-20250128-deepseek-ai-heroes",
            "ft-20250814-deepseek-r2-delay", "threadreader-20250131-semianalysis-table-critique",
            "techcrunch-20250127-deepseek-app-store", "deepseek-202405-v2-report",
            "tomshardware-2024-nvidia-h20-l20-l2", "tweaktown-2024-nvidia-h20-mass-production",
            "visualcapitalist-20240604-ai-training-costs", "asiadaily-2025-r1-cost-unpacked",
            "thedecoder-20250129-amodei-deepseek"]:
    course.cite(ref)  # the sources this section's prose relies on, so the list at the end includes them

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Exercises
#
# Each exercise cell runs as it is. Replace `None` with code that computes the answer from the data loaded
# above, run the cell, then run the check below it. Worked solutions are in
# [solutions/04_deepseek_efficiency_solutions.ipynb](solutions/04_deepseek_efficiency_solutions.ipynb):
# try first.
#
# **04.1 (easy).** Using `models`, compute DeepSeek-V3's pre-training compute with 6·N·D, with N the active
# parameters and D the tokens. Answer in FLOP (a number like `3e24`).

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("04.1", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **04.2 (easy).** DeepSeek assumed \$2 per GPU-hour. Using `runs`, what would V3's three stages cost at
# **\$3** per GPU-hour? Answer in USD million.

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("04.2", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **04.3 (medium).** How many times V3's total GPU-hours did Llama 3.1 405B use? (Ratio of Llama's GPU-hours
# to V3's, from `runs`.)

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("04.3", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **04.4 (medium).** From `prices`, how many times more does OpenAI's o1 charge than DeepSeek-R1 per million
# **output** tokens? (Use the rows whose `benchmark_model` is `OpenAI o1-1217` and `DeepSeek-R1`.)

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("04.4", answer)

# %% [markdown] slideshow={"slide_type": "skip"}
# **04.5 (hard).** Suppose V3 had been a *dense* model, with all 671B parameters active, trained on the same
# tokens at the same FLOP per GPU-hour as the real pre-training run. What would its pre-training have cost at
# DeepSeek's \$2 per GPU-hour? Answer in USD million. (Hint: the GPU-hours scale with FLOP.)

# %% slideshow={"slide_type": "skip"}
answer = None  # your code here
course.check("04.5", answer)

# %% [markdown] slideshow={"slide_type": "slide"}
# ## For discussion
#
# 1. **Argue that the "\$5.6 million" story misleads.** Use at least two of: what the report excludes, the
#    assumed price, the fleet estimates, the four kinds of cost. Then say what single sentence a journalist
#    *could* have written that is both short and true.
# 2. **Argue the other side.** The GPU-hours are DeepSeek's own and consistent with 6·N·D at a normal
#    utilisation; the efficiency is real. Does the efficiency support the commentary's claim that controls
#    *backfire*, or only that they were worked around for one generation of models?
# 3. If the FT is right that R2's training on Huawei chips failed, what does that tell you about which
#    constraint binds: algorithms, chips for training, or chips for serving?
# 4. Cheap API prices drove adoption (the App Store, developers). Is low price evidence of low cost, of a
#    subsidy, or of a strategy? What data would tell them apart?

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Takeaways
#
# - DeepSeek's \$5.576M is **2.788M H800 GPU-hours × an assumed \$2**: the arithmetic is right, and the report
#   itself says it covers only the final official run, not prior research or ablations.
# - By 6·N·D, V3's pre-training needed about **3.3 × 10²⁴ FLOP**, about eleven times less than Llama 3.1
#   405B, because only 37B of its 671B parameters work on each token; both clusters ran at about a third of
#   the BF16 peak. The saving is in the design, not in faster chips.
# - "Training cost" names at least four different measures (rental arithmetic, cloud-rental estimates,
#   amortised hardware, capex). "\$6M vs \$100M" compares unlike things.
# - On DeepSeek's own (self-run) benchmarks R1 is close to o1 at about 1/27 of the API price: cheap to use,
#   which drove adoption.
# - Efficiency was partly a response to the H800's limits, but the constraint still binds: the H800 and then
#   the H20 were restricted, and the next model reportedly struggled on domestic chips.

# %% [markdown] slideshow={"slide_type": "subslide"}
# ## Sources
#
# Generated from `data/sources.csv` for every source this notebook loaded or cited.

# %% slideshow={"slide_type": "-"}
course.print_sources()

# %% [markdown] slideshow={"slide_type": "slide"}
# ## Next
#
# Notebook 05 tests the commentary's second kind of evidence: Bloomberg's tally that China leads in five of
# thirteen technologies.
#
# [← previous: 03 The chip gap](03_chip_gap_smic_nodes_yields.ipynb) · [contents](00_start_here.ipynb) · [next: 05 Five of thirteen →](05_five_of_thirteen.ipynb)
