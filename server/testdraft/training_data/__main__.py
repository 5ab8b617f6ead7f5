"""`python -m testdraft.training_data`: rebuild the training pairs and their manifest."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from testdraft.training_data.build import BuildOptions, build, default_cache_dir
from testdraft.training_data.pairs import TRAINING_DATA_DIR


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m testdraft.training_data",
                                     description=__doc__)
    parser.add_argument("--packages", type=Path,
                        default=TRAINING_DATA_DIR / "packages.json")
    parser.add_argument("--manifest", type=Path,
                        default=TRAINING_DATA_DIR / "manifest.json")
    parser.add_argument("--cache-dir", type=Path, default=default_cache_dir(),
                        help="wheels, unpacked packages and the pairs (default %(default)s)")
    parser.add_argument("--mbpp", type=Path, default=None,
                        help="PyTester's MBPP CSV, to decontaminate against (never trained on)")
    parser.add_argument("--limit-per-package", type=int, default=None,
                        help="only the first N documented functions of each package")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(asctime)s %(message)s", stream=sys.stderr)
    result = build(BuildOptions(args.packages, args.manifest, args.cache_dir, args.mbpp,
                                args.limit_per_package))
    for split, pairs in result.pairs.items():
        print(f"{split}: {len(pairs)} verified pairs -> {args.cache_dir / 'data'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
