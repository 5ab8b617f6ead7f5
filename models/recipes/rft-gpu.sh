#!/usr/bin/env bash
# Rejection-sampling fine-tuning (`testdraft train --method rft`) of the default model on one GPU.
#
#   bash models/recipes/rft-gpu.sh [OUTPUT]      # default: models/adapters/qwen-tests-rft
#
# The model samples 8 answers for each GRPO problem (the train pairs' functions that run
# standalone; at most 40 per package, so sympy does not dominate), the sandbox runs each
# answer's checks against the real function in WORKERS threads, and the two verified answers
# with the most checks that hold and fail against a stub (2 at least) become the SFT pairs
# (OUTPUT/rft-pairs.jsonl) of a fresh rank-16 LoRA. On one H200 with 16 cores: see
# docs/results.md for the run's times and figures. On CPU, add `--device cpu --threads N`
# and expect hours (the sampling is the cost).
set -euo pipefail
OUTPUT=${1:-models/adapters/qwen-tests-rft}
WORKERS=${WORKERS:-$(( $(nproc) > 2 ? $(nproc) - 1 : 1 ))}
python3 -m testdraft train --method rft \
    --dataset models/training-data/rl-problems-train.csv --max-per-package 40 \
    --candidates 8 --max-new-tokens 256 --temperature 0.8 --workers "$WORKERS" \
    --min-asserts 2 --keep-per-problem 2 \
    --epochs 2 --rank 16 --alpha 32 --learning-rate 4e-4 --max-length 640 --grad-accum 4 \
    --seed 0 --device "${DEVICE:-cuda}" --dtype "${DTYPE:-bfloat16}" --output "$OUTPUT"
