"""VS Code itself (code-server from npm) in headless Chromium, with the packaged .vsix.

Opens calc.py, runs the "Suggest tests" code action from the light bulb menu (Ctrl+.) for
`add` and `mul`, saves, and checks the written tests and the Problems count. Set
TESTDRAFT_SCREENSHOTS=docs to keep docs/vscode-testdraft.png.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from tests.clients.tools import REPO_ROOT, VSCODE_CLIENT, copy_sample_project, run_pytest

INSTALL = "sh vscode-client/test/codeserver/install-code-server.sh (npm + Debian only)"
CHROMIUM = shutil.which("chromium") or "/usr/bin/chromium"
# The Problems item's label: "Errors: 2", "Warnings: 1, ..." (older builds: "2 Errors").
SOME_PROBLEMS = re.compile(r"(Errors?|Warnings?): [1-9]|[1-9]\d* (Errors?|Warnings?)")


def find_code_server() -> str | None:
    default = Path.home() / ".cache" / "testdraft" / "code-server" / "bin" / "code-server"
    configured = os.environ.get("TESTDRAFT_CODE_SERVER")
    return configured or (str(default) if default.exists() else shutil.which("code-server"))


CODE_SERVER = find_code_server()
playwright = pytest.importorskip("playwright.sync_api", reason="playwright (PyPI) is not installed")
pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(CODE_SERVER is None, reason=f"code-server not found; install with: {INSTALL}"),
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="chromium not found: apt-get install -y chromium"),
]


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def vsix() -> Path:
    package = VSCODE_CLIENT / "testdraft.vsix"
    if not (VSCODE_CLIENT / "node_modules" / ".package-lock.json").exists():  # a fresh clone
        subprocess.run(["npm", "--prefix", str(VSCODE_CLIENT), "ci"], check=True, capture_output=True, timeout=600)
    if not package.exists():
        subprocess.run(["npm", "--prefix", str(VSCODE_CLIENT), "run", "package"], check=True, capture_output=True)
    return package


def user_settings(data_dir: Path) -> None:
    settings = {
        # The server from this checkout, with the Python running the tests.
        "testdraft.interpreter": ["env", f"PYTHONPATH={REPO_ROOT / 'server'}", sys.executable],
        "testdraft.generators": ["docstring"],
        "testdraft.validation.mutation": False,
        "workbench.startupEditor": "none",
        "security.workspace.trust.enabled": False,
        "workbench.colorTheme": "Default Dark Modern",
        "telemetry.telemetryLevel": "off",
        "extensions.autoCheckUpdates": False,
        "editor.minimap.enabled": False,
        "workbench.tips.enabled": False,
    }
    (data_dir / "User").mkdir(parents=True)
    (data_dir / "User" / "settings.json").write_text(json.dumps(settings, indent=2))


@pytest.fixture(scope="module")
def code_server(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, Any]]:
    assert CODE_SERVER is not None
    root = tmp_path_factory.mktemp("code-server")
    data, extensions = root / "data", root / "extensions"
    user_settings(data)
    common = [CODE_SERVER, "--user-data-dir", str(data), "--extensions-dir", str(extensions)]
    installed = subprocess.run(
        [*common, "--install-extension", str(vsix())], capture_output=True, text=True, timeout=120
    )
    assert "successfully installed" in installed.stdout, installed.stdout + installed.stderr
    project = copy_sample_project(root / "project")
    port = free_port()
    log = (root / "code-server.log").open("w")
    process = subprocess.Popen(
        [*common, "--auth", "none", "--bind-addr", f"127.0.0.1:{port}", "--disable-telemetry",
         "--disable-update-check", str(project)],
        stdout=log, stderr=subprocess.STDOUT,
    )  # fmt: skip
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                urllib.request.urlopen(f"http://127.0.0.1:{port}/healthz", timeout=2)
                break
            except OSError:
                assert time.monotonic() < deadline, (root / "code-server.log").read_text()[-2000:]
                time.sleep(0.5)
        yield {"url": f"http://127.0.0.1:{port}/?folder={project}", "project": project}
    finally:
        process.terminate()
        process.wait(timeout=30)
        log.close()


@pytest.fixture(scope="module")
def session(code_server: dict[str, Any], tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    """Drives the workbench like a user; returns what it saw."""
    seen: dict[str, Any] = {"project": code_server["project"], "menus": []}
    shots = tmp_path_factory.mktemp("shots")
    with playwright.sync_playwright() as driver:
        browser = driver.chromium.launch(executable_path=CHROMIUM, args=["--no-sandbox"])
        page = browser.new_page(viewport={"width": 1280, "height": 760})
        page.goto(code_server["url"])
        page.wait_for_selector(".monaco-workbench", timeout=90_000)
        keyboard = page.keyboard

        def quick_open(name: str) -> None:
            # Fill the box rather than type: keys pressed before it takes focus land in the editor.
            # A file the code action just created can be missing from the first search: ask again.
            for attempt in range(3):
                keyboard.press("Control+p")
                box = page.locator(".quick-input-widget .quick-input-box input")
                box.wait_for(state="visible")
                box.fill(name)
                try:
                    page.wait_for_selector(f".quick-input-list >> text={name}", timeout=30_000)
                except playwright.TimeoutError:
                    page.screenshot(path=str(shots / f"quick-open-{attempt}.png"))
                    keyboard.press("Escape")
                    time.sleep(2)
                    continue
                keyboard.press("Enter")
                return
            raise AssertionError(f"Quick Open never listed {name}; screenshots in {shots}")

        def go_to_line(line: int) -> None:
            keyboard.press("Control+g")
            page.wait_for_selector(".quick-input-widget", state="visible")
            keyboard.type(str(line))
            keyboard.press("Enter")
            time.sleep(0.5)

        quick_open("calc.py")
        page.wait_for_selector(".monaco-editor .view-lines >> text=def add", timeout=30_000)
        for line, name in ((2, "add"), (13, "mul")):
            go_to_line(line)
            seen["menus"].append(open_light_bulb(page, f"Suggest tests for `{name}`", code_server))
            page.screenshot(path=str(shots / f"menu-{name}.png"))
            keyboard.press("Enter")
            # The edit lands in an unsaved buffer; save all until the file on disk has it.
            tests = code_server["project"] / "tests" / "test_calc.py"
            deadline = time.monotonic() + 60
            while f"def test_{name}" not in saved_text(tests) and time.monotonic() < deadline:
                keyboard.press("Control+k")
                keyboard.press("s")  # File: Save All
                time.sleep(1)
        quick_open("test_calc.py")
        page.wait_for_selector(".monaco-editor .view-lines >> text=test_mul", timeout=30_000)
        problems = page.locator('[id="status.problems"]')
        seen["problems"] = ""
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            seen["problems"] = problems.get_attribute("aria-label") or problems.inner_text()
            if SOME_PROBLEMS.search(seen["problems"]):
                break
            time.sleep(1)
        target = shots / "vscode-testdraft.png"
        page.screenshot(path=str(target))
        seen["status_bar"] = page.locator(".statusbar").inner_text()
        # Clicking the failing test's code lens opens its result beside the editor.
        seen["lens_details"] = ""
        lens = page.locator(".codelens-decoration a", has_text=re.compile(r"^✗ failed")).first
        try:
            lens.wait_for(timeout=30_000)
            lens.click()
            page.wait_for_selector(".monaco-editor .view-lines >> text=**failed**", timeout=30_000)
            seen["lens_details"] = page.locator(".editor-group-container.active .view-lines").inner_text()
        except playwright.TimeoutError:
            page.screenshot(path=str(shots / "lens.png"))
        seen["lenses"] = page.locator(".codelens-decoration").all_inner_texts()
        browser.close()
    keep = os.environ.get("TESTDRAFT_SCREENSHOTS")
    if keep:
        shutil.copy(target, Path(keep) / "vscode-testdraft.png")
        shutil.copy(shots / "menu-add.png", Path(keep) / "vscode-code-action.png")
    return seen


def open_light_bulb(page: Any, title: str, code_server: dict[str, Any]) -> str:
    """Presses Ctrl+. until the menu offers `title`; returns the menu's text.

    The extension starts the server on activation, so the first tries may find no action.
    Each try waits longer than the last: on a loaded machine an answer can take seconds, and
    pressing Escape before it comes would cancel the request it answers.
    """
    deadline = time.monotonic() + 300
    wait_ms = 2_000
    while True:
        page.keyboard.press("Control+.")
        try:
            page.wait_for_selector(f".action-widget >> text={title}", timeout=wait_ms)
            return str(page.locator(".action-widget").inner_text())
        except playwright.TimeoutError:
            page.keyboard.press("Escape")
        if time.monotonic() > deadline:
            pytest.fail(f"no `{title}` in the light bulb menu after 300 s\n" + workbench_logs(code_server))
        wait_ms = min(2 * wait_ms, 16_000)


def workbench_logs(code_server: dict[str, Any]) -> str:
    """The tails of code-server's log, the extension host's and the extension's output channel."""
    root = code_server["project"].parent
    found = (root / "data" / "logs").rglob("*.log")
    logs = [
        root / "code-server.log",
        *sorted(log for log in found if log.name in ("remoteexthost.log", "1-testdraft.log")),
    ]
    return "\n".join(f"--- {log}\n{log.read_text(errors='replace')[-2000:]}" for log in logs if log.is_file())


def saved_text(path: Path) -> str:
    return path.read_text() if path.exists() else ""


def test_light_bulb_offers_suggest_tests(session: dict[str, Any]) -> None:
    assert "Suggest tests for `add`" in session["menus"][0]
    assert "Suggest tests for `mul`" in session["menus"][1]


def test_code_action_writes_passing_tests(session: dict[str, Any]) -> None:
    project: Path = session["project"]
    text = (project / "tests" / "test_calc.py").read_text()
    assert "def test_add" in text and "def test_mul" in text
    assert text.count("import pytest") == 1
    passing = run_pytest(project, "tests/test_calc.py", "-k", "add")
    assert passing.returncode == 0 and "2 passed" in passing.stdout, passing.stdout
    failing = run_pytest(project, "tests/test_calc.py", "-k", "mul")
    assert failing.returncode == 1 and "2 failed" in failing.stdout, failing.stdout


def test_status_bar_shows_the_model_state(session: dict[str, Any]) -> None:
    assert re.search(r"testdraft (loading|ready|generating|error|disabled)", session["status_bar"]), session[
        "status_bar"
    ]


def test_problems_show_the_failing_tests(session: dict[str, Any]) -> None:
    assert SOME_PROBLEMS.search(session["problems"]), session["problems"]


def test_code_lens_opens_the_test_result(session: dict[str, Any]) -> None:
    details = session["lens_details"].replace("\u00a0", " ")
    assert "test_mul_examples" in details and "**failed**" in details, (details, session["lenses"])
