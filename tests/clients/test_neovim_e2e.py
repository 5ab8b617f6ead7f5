"""Headless Neovim with editors/nvim against the real server (editors/nvim/test/e2e.lua)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from tests.clients.tools import (
    NVIM_CONFIG,
    NVIM_INSTALL,
    REPO_ROOT,
    copy_sample_project,
    find_nvim,
    nvim_version,
    run_pytest,
)

NVIM = find_nvim()
pytestmark = pytest.mark.skipif(NVIM is None, reason=f"nvim not found; install with: {NVIM_INSTALL}")

# vim.lsp.enable needs 0.11; the vim.lsp.start form works from 0.8.
MINIMUM = {"enable": (0, 11), "legacy": (0, 8)}


def run_neovim(project: Path, ui_project: Path, api: str, result_path: Path) -> dict[str, Any]:
    assert NVIM is not None
    version = nvim_version(NVIM)
    if version < MINIMUM[api]:
        pytest.skip(f"{NVIM} is {version}, this form needs {MINIMUM[api]}; install with: {NVIM_INSTALL}")
    command = [
        NVIM, "--headless", "--clean", "-l", str(NVIM_CONFIG / "test" / "e2e.lua"),
        str(REPO_ROOT), str(project), sys.executable, str(result_path), api, str(ui_project),
    ]  # fmt: skip
    completed = subprocess.run(command, capture_output=True, text=True, timeout=300, cwd=project)
    assert result_path.exists(), f"nvim wrote no result; stderr: {completed.stderr[-2000:]}"
    result: dict[str, Any] = json.loads(result_path.read_text())
    assert completed.returncode == 0 and "error" not in result, json.dumps(result, indent=2)[-4000:]
    return result


@pytest.fixture(scope="module", params=["enable", "legacy"])
def session(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """One Neovim run per configuration form; its project and what it recorded."""
    api: str = request.param
    root = tmp_path_factory.mktemp(f"nvim-{api}")
    project = copy_sample_project(root / "project")
    ui_project = copy_sample_project(root / "ui_project", "ui_project")
    result = run_neovim(project, ui_project, api, root / "result.json")
    assert result["api"] == ("vim.lsp.enable" if api == "enable" else "vim.lsp.start")
    return {"project": project, **result}


def test_code_action_inserts_passing_tests(session: dict[str, Any]) -> None:
    project: Path = session["project"]
    assert "Suggest tests for `add`" in session["titles"]
    test_file = Path(session["test_file"])
    assert test_file.parent.parent == project, test_file
    saved = test_file.read_text()
    assert saved.rstrip("\n") == session["after_mul"].rstrip("\n"), "the buffer was written as shown"
    assert "def test_" in session["after_add"] and "mul" not in session["after_add"]
    assert saved.count("import pytest") == 1, "the second suggestion merged into the same module"

    # add's tests pass against the implementation; mul's (a + b) fail.
    passing = run_pytest(project, str(test_file), "-k", "add")
    assert passing.returncode == 0 and "2 passed" in passing.stdout, passing.stdout
    failing = run_pytest(project, str(test_file), "-k", "mul")
    assert failing.returncode == 1 and "2 failed" in failing.stdout, failing.stdout


def test_diagnostics_flag_the_failing_tests(session: dict[str, Any]) -> None:
    flagged = {diagnostic["test"] for diagnostic in session["diagnostics"]}
    assert session["diagnostics_arrived"], f"no diagnostic on the mul tests within 60 s: {session['diagnostics']}"
    assert any("mul" in name for name in flagged), session["diagnostics"]
    assert not any("add" in name for name in flagged), session["diagnostics"]


def test_code_lenses_show_outcomes_and_open_details(session: dict[str, Any]) -> None:
    titles: list[str] = session["lens_titles"]
    assert any("passed" in title for title in titles) and any("failed" in title for title in titles), titles
    # Running the mul test's lens (vim.lsp.codelens.run) opens its result in a scratch buffer.
    details: str = session.get("lens_result") or ""
    assert details.startswith("# test_mul"), details
    assert "**failed**" in details, details


def test_ui_test_asks_for_steps_then_writes_a_playwright_test(session: dict[str, Any]) -> None:
    # The component has no steps: the server answered needs_steps and the client asked once.
    assert len(session["prompts"]) == 1 and "steps" in session["prompts"][0].lower()
    assert Path(session["ui_test_file"]).name.startswith("test_counter")
    code: str = session["ui_test"]
    assert "from playwright.sync_api import" in code
    assert 'get_by_role("button", name="Increment").click()' in code, code
