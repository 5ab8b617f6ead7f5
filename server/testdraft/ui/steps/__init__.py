"""Stage 2, steps: the manual test case, from a sibling `testcase.md`, a comment above the
component or the client's text, read into title, preconditions, steps and expected results."""


from testdraft.ui.steps.read import ACTION_VERBS, Mock, NoStepsError, TestCase, find_steps, parse_test_case

__all__ = ["ACTION_VERBS", "Mock", "NoStepsError", "TestCase", "find_steps", "parse_test_case"]
