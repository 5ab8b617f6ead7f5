"""The language server: a thin shell over `testdraft.pipeline`. One handler per file in `handlers/`."""
