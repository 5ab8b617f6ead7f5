#!/usr/bin/env bash
# Set up, then draft tests for the example shop: docstring examples (instant) and the
# embedded default model (Qwen2.5-Coder-0.5B-Instruct on the CPU; a minute or a few).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
for function in total slug; do
  echo "=== testdraft suggest examples/shop/pricing.py::$function"
  .venv/bin/testdraft suggest "examples/shop/pricing.py::$function"
done
# No docstring examples and no body yet (TDD): the model drafts the cases.
echo "=== testdraft suggest examples/shop/pricing.py::free_shipping --generator combined"
.venv/bin/testdraft suggest "examples/shop/pricing.py::free_shipping" --generator combined
# Which weights drafted those: the default model, and the adapter shipped in models/ with its provenance.
echo "=== testdraft model info"
.venv/bin/testdraft model info
