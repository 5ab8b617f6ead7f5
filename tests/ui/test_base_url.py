"""`testdraft.ui.baseUrl`: UI tests that target a dev server already running, not the bundle."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from testdraft.lsp.settings import ServerSettings
from testdraft.ui.pipeline import generate_ui_test
from testdraft.ui.run import UiJob, run_ui_tests
from testdraft.ui.run.browser import bundle, ensure_runtime, serve

ROUTER = Path(__file__).resolve().parents[2] / "benchmarks" / "ui-corpus" / "dev" / "15-hash-router-pages"
STEPS = '1. Go to "#/hours".\n\nExpected result:\n- The text "Monday to Saturday, 9:00 to 18:00." is shown.\n'


def test_the_setting_is_read_and_becomes_the_tests_default_app_url() -> None:
    settings = ServerSettings()
    assert settings.ui_base_url == ""
    settings.update({"testdraft": {"ui": {"baseUrl": "http://localhost:3000/app/"}}})
    assert settings.ui_base_url == "http://localhost:3000/app/"
    settings.update({"testdraft": {"ui": {"baseUrl": 3000}}})  # not a string: kept as it was
    assert settings.ui_base_url == "http://localhost:3000/app/"
    component = ROUTER / "Component.jsx"
    code = generate_ui_test(
        str(component), component.read_text(), STEPS, base_url="http://localhost:3000/app/"
    ).code
    assert 'BASE_URL = os.environ.get("APP_URL", "http://localhost:3000/app/")' in code
    plain = generate_ui_test(str(component), component.read_text(), STEPS).code
    assert 'BASE_URL = os.environ.get("APP_URL", "http://127.0.0.1:5173")' in plain


def test_a_base_url_off_this_machine_is_refused_without_running() -> None:
    (result,) = run_ui_tests([UiJob("App.jsx", "def test_x():\n    pass\n", base_url="https://example.com/")])
    assert result.outcome in ("error", "unavailable")
    if result.outcome == "error":
        assert "not an http(s) URL on this machine" in result.message


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("npm") is None or shutil.which("chromium") is None,
    reason="needs chromium and npm (apt-get install -y chromium nodejs npm)",
)
def test_the_browser_check_runs_against_the_running_server(tmp_path: Path) -> None:
    component = ROUTER / "Component.jsx"
    bundle(str(component), tmp_path / "app", ensure_runtime())  # stands in for `npm run dev`
    with serve(tmp_path) as server:
        url = f"{server}/app/"
        code = generate_ui_test(str(component), component.read_text(), STEPS, base_url=url).code
        wrong = code.replace("9:00 to 18:00", "8:00 to 18:00")
        # the component path is a file that does not exist: nothing is bundled for these jobs
        good, bad = run_ui_tests(
            [UiJob(str(tmp_path / "missing.jsx"), c, base_url=url) for c in (code, wrong)]
        )
    assert good.passed, good
    assert bad.outcome == "failed" and "8:00 to 18:00" in wrong.splitlines()[bad.line - 1]
