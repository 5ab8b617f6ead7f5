"""`python -m testdraft.training_data`: rebuild the training pairs and their manifest.

With `--unit-tests`, the pairs from the packages' own unit tests instead of their docstring
examples (`unit-pairs-*.jsonl.gz` and `unit-manifest.json` in models/training-data).
With `--rl-problems`, the problems for `testdraft train --method grpo` instead: the train
pairs' functions that run standalone with their verified tests (`rl-problems-train.csv` and
`rl-problems-manifest.json`; `testdraft.training_data.rl_problems`).
"""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from testdraft.training_data.build import BuildOptions, build, default_cache_dir
from testdraft.training_data.pairs import TRAINING_DATA_DIR


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m testdraft.training_data",
                                     description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--packages", type=Path,
                        default=TRAINING_DATA_DIR / "packages.json")
    parser.add_argument("--unit-tests", action="store_true",
                        help="pairs from the packages' own unit tests (their sdists), the "
                             "packages of --packages and --extra-packages")
    parser.add_argument("--rl-problems", action="store_true",
                        help="GRPO problems from the committed train pairs: self-contained "
                             "functions whose tests pass against them standalone")
    parser.add_argument("--extra-packages", type=Path,
                        default=TRAINING_DATA_DIR / "unit-packages.json",
                        help="with --unit-tests: more packages to take tests from "
                             "(default %(default)s)")
    parser.add_argument("--manifest", type=Path, default=None,
                        help="default: manifest.json, or unit-manifest.json with --unit-tests, "
                             "in models/training-data")
    parser.add_argument("--output-dir", type=Path, default=TRAINING_DATA_DIR,
                        help="with --unit-tests: where unit-pairs-*.jsonl.gz go, with "
                             "--rl-problems: the CSV and its manifest (default %(default)s); "
                             "the docstring pairs go to <cache-dir>/data")
    parser.add_argument("--cache-dir", type=Path, default=default_cache_dir(),
                        help="wheels, unpacked packages and the pairs (default %(default)s)")
    parser.add_argument("--mbpp", type=Path, default=None,
                        help="PyTester's MBPP CSV, to decontaminate against (never trained on)")
    parser.add_argument("--limit-per-package", type=int, default=None,
                        help="only the first N documented functions of each package (with "
                             "--unit-tests: a seeded sample of N tested functions, default 300)")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    if args.rl_problems:
        from testdraft.training_data.rl_problems import RL_MANIFEST, RL_PROBLEMS, build_rl_problems

        problems = build_rl_problems(args.cache_dir, args.output_dir / RL_PROBLEMS.name,
                                     args.output_dir / RL_MANIFEST.name, args.mbpp)
        print(f"{len(problems.rows)} verified problems -> {args.output_dir / RL_PROBLEMS.name}")
        return 0
    if args.unit_tests:
        from testdraft.training_data.unit_build import UNIT_LIMIT, UnitOptions, build_unit_pairs

        unit_pairs = build_unit_pairs(UnitOptions(
            [args.packages, args.extra_packages],
            args.manifest or TRAINING_DATA_DIR / "unit-manifest.json",
            args.cache_dir, args.output_dir, args.mbpp,
            UNIT_LIMIT if args.limit_per_package is None else args.limit_per_package))
        for split, records in unit_pairs.items():
            print(f"{split}: {len(records)} verified pairs -> {args.output_dir}")
        return 0
    manifest = args.manifest or TRAINING_DATA_DIR / "manifest.json"
    result = build(BuildOptions(args.packages, manifest, args.cache_dir, args.mbpp,
                                args.limit_per_package))
    for split, pairs in result.pairs.items():
        print(f"{split}: {len(pairs)} verified pairs -> {args.cache_dir / 'data'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
