"""Every `workspace/executeCommand` name and custom notification the server and its clients
share, and how command arguments are read. Handlers import names from here, never from
each other.
"""

from __future__ import annotations

from typing import Any

from testdraft.pipeline import SuggestError

SUGGEST_TESTS = "testdraft.suggestTests"
# The same request in characterization mode: expected values from running the implementation.
CHARACTERIZE_TESTS = "testdraft.characterizeTests"
GENERATE_UI_TEST = "testdraft.generateUiTest"
REVALIDATE = "testdraft.revalidate"
SHOW_SURVIVORS = "testdraft.showSurvivors"
SHOW_TEST_RESULT = "testdraft.showTestResult"
MODEL_INFO = "testdraft.modelInfo"

STATUS_NOTIFICATION = "testdraft/status"


def _values(arguments: Any) -> list[Any]:
    # Some clients nest the argument list in a list.
    if len(arguments) == 1 and isinstance(arguments[0], list):
        return list(arguments[0])
    return list(arguments)


def parse_position_argument(arguments: Any) -> tuple[str, int, int, str | None]:
    """(uri, line, character, steps) from `[{"uri", "position": {"line", "character"}, "steps"?}]`;
    `steps` are manual test steps the client collected for a UI test."""
    try:
        argument = _values(arguments)[0]
        position = argument["position"]
        steps = argument.get("steps")
        return (
            str(argument["uri"]),
            int(position["line"]),
            int(position["character"]),
            steps if isinstance(steps, str) and steps.strip() else None,
        )
    except (IndexError, KeyError, TypeError, ValueError, AttributeError) as error:
        raise SuggestError('expected arguments [{"uri": ..., "position": {"line": ..., "character": ...}}]') from error


def uri_argument(arguments: Any) -> str | None:
    """The first `{"uri": ...}` among the arguments; None when there is none."""
    for value in _values(arguments):
        if isinstance(value, dict) and isinstance(value.get("uri"), str):
            return str(value["uri"])
    return None


def dict_arguments(arguments: Any) -> list[dict[str, Any]]:
    """The object arguments (a code lens sends a list of them)."""
    return [value for value in _values(arguments) if isinstance(value, dict)]
