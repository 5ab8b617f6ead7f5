"""The language server: a thin shell over `testdraft.pipeline`. One handler per file in `handlers/`;
what the editor shows is built in `presentation`, command names live in `commands`, settings
are read in `settings` (declared in `testdraft.settings_schema`)."""
