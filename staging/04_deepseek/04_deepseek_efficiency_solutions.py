# ---
# jupyter:
#   kernelspec:
#     display_name: Python 3 (ipykernel)
#     language: python
#     name: python3
# ---

# %% [markdown]
# [← back to 04 · DeepSeek's efficiency argument](../04_deepseek_efficiency.ipynb)
#
# # Solutions to 04 · DeepSeek's efficiency argument
#
# Try each exercise in the notebook first. Each solution below computes the answer from the data and runs
# the same self-check as the exercise, so if the data change, the check here says so.

# %%
import sys

sys.path.insert(0, "..")
import course

models = course.load("ai_models")
runs = course.load("ai_training_runs")
prices = course.load("ai_api_prices")

# %% [markdown]
# **04.1** 6 × active parameters × tokens, with billions and trillions written out. Using the total (671B)
# instead of the active parameters would overstate the work about eighteen times.

# %%
v3 = models.query("model == 'DeepSeek-V3'").iloc[0]
answer = 6 * v3["active_params_b"] * 1e9 * v3["training_tokens_t"] * 1e12
print(f"{answer:.4e} FLOP")
course.check("04.1", answer)

# %% [markdown]
# **04.2** Same GPU-hours, a different assumed price.

# %%
v3_hours = runs.query("model == 'DeepSeek-V3'")["gpu_hours"].sum()
answer = v3_hours * 3 / 1e6
print(f"{v3_hours:,.0f} GPU-hours x $3 = ${answer:.3f} million")
course.check("04.2", answer)

# %% [markdown]
# **04.3** A ratio of like measures (GPU-hours), though on different chips.

# %%
llama_hours = runs.query("model == 'Llama 3.1 405B'")["gpu_hours"].iloc[0]
answer = llama_hours / v3_hours
print(f"{answer:.2f} x")
course.check("04.3", answer)

# %% [markdown]
# **04.4** Output tokens include a reasoning model's hidden "thinking", so this is the price ratio that
# matters most for reasoning models.

# %%
by_bench_name = prices.dropna(subset=["benchmark_model"]).set_index("benchmark_model")
answer = by_bench_name.loc["OpenAI o1-1217", "output_usd_per_m"] / by_bench_name.loc["DeepSeek-R1", "output_usd_per_m"]
print(f"{answer:.1f} x")
course.check("04.4", answer)

# %% [markdown]
# **04.5** At a fixed rate of FLOP per GPU-hour, GPU-hours scale with FLOP, and FLOP (at the same tokens)
# scale with active parameters. A dense 671B model needs 671/37 ≈ 18 times the pre-training compute.

# %%
pretrain_hours = runs.query("model == 'DeepSeek-V3' and stage == 'pre-training'")["gpu_hours"].iloc[0]
dense_hours = pretrain_hours * v3["total_params_b"] / v3["active_params_b"]
answer = dense_hours * 2 / 1e6
print(f"{dense_hours / 1e6:.1f}M GPU-hours x $2 = ${answer:.1f} million (pre-training only)")
course.check("04.5", answer)
