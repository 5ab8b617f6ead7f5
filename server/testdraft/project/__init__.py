"""Where things are in the user's project: import paths (via jedi) and the tests folder."""
