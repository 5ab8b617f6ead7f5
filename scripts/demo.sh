#!/usr/bin/env bash
# Set up, then draft tests for the example shop with the default generators.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
for function in total slug free_shipping; do
  echo "=== testdraft suggest examples/shop/pricing.py::$function"
  .venv/bin/testdraft suggest "examples/shop/pricing.py::$function"
done
