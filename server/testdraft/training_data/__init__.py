"""Training data mined from real packages and verified by execution (issue 13)."""
