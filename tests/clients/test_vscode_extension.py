"""The VS Code extension: lint, unit tests, the .vsix, and the Node client against the real server."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import zipfile

import pytest
from tests.clients.tools import NODE_INSTALL, VSCODE_CLIENT, server_env

pytestmark = pytest.mark.skipif(
    shutil.which("node") is None or shutil.which("npm") is None,
    reason=f"node/npm not found on PATH; install with: {NODE_INSTALL}",
)


def npm(*args: str, timeout: float = 300) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["npm", "--prefix", str(VSCODE_CLIENT), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=server_env(),
    )


@pytest.fixture(scope="module", autouse=True)
def node_modules() -> None:
    """`npm ci` once when the checkout has no node_modules yet (a fresh clone)."""
    if not (VSCODE_CLIENT / "node_modules" / ".package-lock.json").exists():
        result = npm("ci", timeout=600)
        assert result.returncode == 0, result.stdout + result.stderr


def tap_counts(output: str) -> dict[str, int]:
    """The closing counts of node's test runner (`# pass 3`, `# fail 0`)."""
    return {name: int(count) for name, count in re.findall(r"^# (pass|fail|skipped) (\d+)$", output, re.M)}


def test_lint_is_clean() -> None:
    result = npm("run", "lint")
    assert result.returncode == 0, result.stdout + result.stderr


def test_unit_tests_pass() -> None:
    result = npm("test")
    counts = tap_counts(result.stdout)
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr
    assert counts.get("fail") == 0 and counts.get("pass", 0) >= 20, counts


def test_vsix_holds_the_bundled_extension() -> None:
    result = npm("run", "package")
    assert result.returncode == 0, result.stdout[-4000:] + result.stderr
    with zipfile.ZipFile(VSCODE_CLIENT / "testdraft.vsix") as vsix:
        names = set(vsix.namelist())
        manifest = json.loads(vsix.read("extension/package.json"))
        bundle = vsix.read("extension/dist/extension.js")
    assert "extension/dist/extension.js" in names
    # Dependencies are bundled by esbuild, so none ship as node_modules.
    assert not any(name.startswith("extension/node_modules/") for name in names)
    assert manifest["main"] == "./dist/extension.js"
    assert b"vscode-languageclient" in bundle or b"LanguageClient" in bundle
    commands = {entry["command"] for entry in manifest["contributes"]["commands"]}
    assert {"testdraft.suggestTestsAtCursor", "testdraft.restartServer", "testdraft.showOutput"} <= commands


def test_node_client_drives_the_real_server() -> None:
    """vscode-jsonrpc over stdio: codeAction -> executeCommand -> applyEdit -> diagnostics."""
    result = npm("run", "test:e2e", timeout=420)
    counts = tap_counts(result.stdout)
    assert result.returncode == 0, result.stdout[-6000:] + result.stderr[-2000:]
    assert counts.get("fail") == 0 and counts.get("pass", 0) >= 2, counts
