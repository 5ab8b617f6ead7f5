"""One module per CLI subcommand; see `testdraft.cli`."""
