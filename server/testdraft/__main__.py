"""`python -m testdraft` is the same as the `testdraft` console script."""

from testdraft.cli import main

raise SystemExit(main())
