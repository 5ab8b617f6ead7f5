#!/usr/bin/env bash
# Rejection-sampling fine-tuning (`testdraft train --method rft`) of the default model on one GPU.
#
#   bash models/recipes/rft-gpu.sh [OUTPUT]                      # round 1: models/adapters/qwen-tests-rft
#   START=models/adapters/qwen-tests-rft bash models/recipes/rft-gpu.sh models/adapters/qwen-tests-rft2
#
# The model samples 8 answers for each GRPO problem (the train pairs' functions that run
# standalone; at most 40 per package, so sympy does not dominate), the sandbox runs each
# answer's checks against the real function in WORKERS threads, and the two verified answers
# with the most checks that hold and fail against a stub become the SFT pairs
# (OUTPUT/rft-pairs.jsonl) of a fresh rank-16 LoRA on the base model. Round 1 samples from the
# base model and keeps answers of 2+ checks, 2 epochs. With START (an earlier round's adapter),
# round 2 samples with that adapter on, keeps answers of 3+ checks, and trains one epoch on the
# new pairs and START's (expert iteration). On one H200 with 16 cores: round 1 about 4 min,
# round 2 about 6 min (docs/results.md). On CPU, add `--device cpu --threads N` and expect
# hours (the sampling is the cost).
set -euo pipefail
OUTPUT=${1:-models/adapters/qwen-tests-rft}
WORKERS=${WORKERS:-$(( $(nproc) > 2 ? $(nproc) - 1 : 1 ))}
if [ -n "${START:-}" ]; then
  ROUND=(--adapter "$START" --data "$START/rft-pairs.jsonl" --min-asserts 3 --epochs 1 --seed 1)
else
  ROUND=(--min-asserts 2 --epochs 2 --seed 0)
fi
python3 -m testdraft train --method rft \
    --dataset models/training-data/rl-problems-train.csv --max-per-package 40 \
    --candidates 8 --max-new-tokens 256 --temperature 0.8 --workers "$WORKERS" \
    --keep-per-problem 2 "${ROUND[@]}" \
    --rank 16 --alpha 32 --learning-rate 4e-4 --max-length 640 --grad-accum 4 \
    --device "${DEVICE:-cuda}" --dtype "${DTYPE:-bfloat16}" --output "$OUTPUT"
