"""Turn chosen tests into text edits of a test module (new or existing)."""
