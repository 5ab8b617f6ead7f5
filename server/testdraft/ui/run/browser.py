"""Run generated UI tests in a real headless Chromium against the rendered component.

The component is bundled with esbuild (React 18, automatic JSX runtime) into a page that renders
it at the root, served from 127.0.0.1 on a free port. All tests of one call run in one pytest
subprocess (pytest-playwright, Debian's /usr/bin/chromium, never Playwright's own download); each
test sits in its own folder whose conftest points `APP_URL` at its component's page. The tests
are untrusted: they run in a subprocess with a time limit, and Chromium gets a dead proxy so the
page can reach nothing but the loopback server.
"""

from __future__ import annotations

import hashlib
import logging
import os
import re
import shutil
import subprocess
import sys
import tempfile
import threading
import xml.etree.ElementTree as ET
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlparse

log = logging.getLogger(__name__)

RUNTIME_PACKAGES = ("esbuild@0.28", "react@18", "react-dom@18")
LOOPBACK = ("127.0.0.1", "localhost", "::1")
CHROMIUM_CANDIDATES = ("/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome")
CHROMIUM_ARGS = (
    "--no-sandbox",
    "--headless",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--disable-background-networking",
    "--disable-extensions",
    "--no-first-run",
    "--disable-sync",
    "--proxy-server=127.0.0.1:9",  # loopback bypasses the proxy; nothing else
)


class BrowserUnavailable(RuntimeError):
    """Chromium, node/npm, esbuild or pytest-playwright is missing: say what to install."""


class BundleError(RuntimeError):
    """esbuild could not bundle the component."""


@dataclass(frozen=True)
class UiJob:
    component_path: str
    test_code: str
    component_source: str | None = None  # unsaved editor text; read from disk when None
    component_name: str | None = None  # an exported component other than the default one
    base_url: str = ""  # a dev server already running on this machine: no bundle


@dataclass(frozen=True)
class UiRunResult:
    outcome: str  # passed | failed | error | unavailable
    message: str = ""
    line: int = 0  # 1-based line in the test where it failed, 0 if unknown

    @property
    def passed(self) -> bool:
        return self.outcome == "passed"


def cache_dir() -> Path:
    base = os.environ.get("TESTDRAFT_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME", str(Path.home() / ".cache")), "testdraft"
    )
    return Path(base) / "ui-runtime"


def find_chromium() -> str:
    explicit = os.environ.get("TESTDRAFT_CHROMIUM")
    for candidate in ((explicit,) if explicit else ()) + CHROMIUM_CANDIDATES:
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    raise BrowserUnavailable(
        "no Chromium found (looked for /usr/bin/chromium): install it with "
        "`apt-get install -y chromium`, or set TESTDRAFT_CHROMIUM; the static checks still ran"
    )


def browser_available() -> bool:
    """Chromium and Playwright are here (node/npm are checked when the first run bundles)."""
    try:
        find_chromium()
        _check_playwright()
    except BrowserUnavailable:
        return False
    return True


def _check_playwright() -> None:
    try:
        import playwright  # noqa: F401
        import pytest_playwright  # noqa: F401
    except ImportError as exc:
        raise BrowserUnavailable(
            f"{exc.name} is not installed: `pip install playwright pytest-playwright` "
            "(no `playwright install` needed: Debian's chromium is used)"
        ) from exc


def ensure_runtime(root: Path | None = None, timeout: float = 300) -> Path:
    """node_modules with esbuild, react and react-dom 18, installed once into the cache."""
    root = root or cache_dir()
    modules = root / "node_modules"
    if (modules / ".bin" / "esbuild").exists() and (modules / "react-dom").is_dir():
        return modules
    npm = shutil.which("npm")
    if npm is None or shutil.which("node") is None:
        raise BrowserUnavailable(
            "node/npm not found: install them (`apt-get install -y nodejs npm`) to bundle the "
            "component; the static checks still ran"
        )
    root.mkdir(parents=True, exist_ok=True)
    log.info("installing %s into %s", " ".join(RUNTIME_PACKAGES), root)
    done = subprocess.run(
        [npm, "install", "--no-audit", "--no-fund", "--prefix", str(root), *RUNTIME_PACKAGES],
        capture_output=True,
        text=True,
        timeout=timeout,
        check=False,
    )
    if done.returncode != 0 or not (modules / ".bin" / "esbuild").exists():
        raise BrowserUnavailable(f"npm install failed: {done.stderr.strip()[-600:]}")
    return modules


_ENTRY = """import {{ createRoot }} from "react-dom/client";
import * as Module from {path};
const Component = Module[{name}] ?? Module.default;
createRoot(document.getElementById("root")).render(<Component />);
"""
_ASSET_EXTENSIONS = ("png", "jpg", "jpeg", "gif", "svg", "webp")  # imported images inline
_PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><title>{name}</title></head>
<body><div id="root"></div><script src="bundle.js"></script></body></html>
"""


def bundle(
    component_path: str,
    out_dir: Path,
    modules: Path,
    source: str | None = None,
    component_name: str | None = None,
) -> None:
    """Write `index.html` + `bundle.js` rendering the component into `out_dir`."""
    out_dir.mkdir(parents=True, exist_ok=True)
    component = Path(component_path).resolve()
    if source is not None:  # bundle the editor's text, keeping the file's folder for imports
        component = component.with_name(f".testdraft-{component.stem}{component.suffix}")
        component.write_text(source, encoding="utf-8")
    name = component_name or Path(component_path).stem
    entry = out_dir / "entry.jsx"
    entry.write_text(_ENTRY.format(path=_js_string(str(component)), name=_js_string(name)))
    (out_dir / "index.html").write_text(_PAGE.format(name=name))
    env = {**os.environ, "NODE_PATH": str(modules)}
    try:
        done = subprocess.run(
            [
                str(modules / ".bin" / "esbuild"),
                str(entry),
                "--bundle",
                "--format=iife",
                "--jsx=automatic",
                "--loader:.js=jsx",
                *(f"--loader:.{ext}=dataurl" for ext in _ASSET_EXTENSIONS),
                "--log-level=error",
                '--define:process.env.NODE_ENV="development"',
                f"--outfile={out_dir / 'bundle.js'}",
            ],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
            check=False,
        )
    finally:
        if source is not None:
            component.unlink(missing_ok=True)
    if done.returncode != 0:
        raise BundleError(f"esbuild failed for {component_path}: {done.stderr.strip()[-800:]}")


def _js_string(value: str) -> str:
    return '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, format: str, *args: object) -> None:  # keep stdout clean
        log.debug(format, *args)


@contextmanager
def serve(root: Path) -> Iterator[str]:
    """Serve `root` on 127.0.0.1 (free port) in a thread; yields the base URL."""
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()


_CONFTEST = """import os

import pytest

os.environ["APP_URL"] = {url!r}
os.environ.setdefault("CHROME_BIN", {chromium!r})


@pytest.fixture(autouse=True)
def _short_timeouts(request):
    if "page" in request.fixturenames:  # Playwright tests; Selenium ones bring their driver
        request.getfixturevalue("page").set_default_timeout({timeout_ms})
    yield
"""
_ROOT_CONFTEST = """import pytest
from playwright.sync_api import expect

expect.set_options(timeout={timeout_ms})


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args):
    return {{**browser_type_launch_args, "executable_path": {chromium!r}, "args": {args!r}}}
"""


def run_ui_tests(
    jobs: Sequence[UiJob], timeout: float = 300, step_timeout_ms: int = 4000
) -> list[UiRunResult]:
    """Run every job's test against its bundled component; one result per job, in order."""
    try:
        chromium = find_chromium()
        _check_playwright()
        modules = ensure_runtime()
    except BrowserUnavailable as exc:
        return [UiRunResult("unavailable", str(exc)) for _ in jobs]
    with tempfile.TemporaryDirectory(prefix="testdraft-ui-") as tmp:
        work = Path(tmp)
        site, tests = work / "site", work / "tests"
        tests.mkdir()
        (tests / "conftest.py").write_text(
            _ROOT_CONFTEST.format(
                timeout_ms=step_timeout_ms, chromium=chromium, args=list(CHROMIUM_ARGS)
            )
        )
        pages: dict[str, str] = {}
        results: dict[int, UiRunResult] = {}
        for number, job in enumerate(jobs):
            if job.base_url:  # the app runs already: the test goes to it as it is
                problem = _not_loopback(job.base_url)
                results[number] = UiRunResult("error", problem) if problem else _at(job.base_url)
                if not problem:
                    _write_case(tests, number, job.test_code)
                continue
            source = job.component_source
            identity = "\0".join((job.component_path, source or "", job.component_name or ""))
            key = hashlib.sha256(identity.encode()).hexdigest()[:16]
            if key not in pages:
                try:
                    bundle(job.component_path, site / key, modules, source, job.component_name)
                except (BundleError, OSError, subprocess.TimeoutExpired) as exc:
                    results[number] = UiRunResult("error", str(exc))
                    continue
                pages[key] = key
            _write_case(tests, number, job.test_code)
            results[number] = UiRunResult("pending", key)
        pending = [n for n, r in results.items() if r.outcome == "pending"]
        if pending:
            site.mkdir(exist_ok=True)
            with serve(site) as base:
                for number in pending:
                    message = results[number].message
                    url = message[len(_AT) :] if message.startswith(_AT) else f"{base}/{message}/"
                    (tests / f"case{number}" / "conftest.py").write_text(
                        _CONFTEST.format(url=url, timeout_ms=step_timeout_ms, chromium=chromium)
                    )
                outcomes = _pytest(tests, timeout)
            for number in pending:
                results[number] = outcomes.get(
                    f"case{number}", UiRunResult("error", outcomes.get("", _NO_RESULT).message)
                )
        return [results[n] for n in range(len(jobs))]


_AT = "url:"  # a pending job's message: the page to test, when it is not a bundle


def _at(url: str) -> UiRunResult:
    return UiRunResult("pending", _AT + url)


def _not_loopback(url: str) -> str:
    """Why the browser cannot test `url`, or "": it reaches loopback addresses only."""
    parsed = urlparse(url)
    if parsed.scheme not in ("http", "https") or parsed.hostname not in LOOPBACK:
        return (
            f"testdraft.ui.baseUrl {url!r} is not an http(s) URL on this machine (127.0.0.1, "
            "localhost, ::1): the browser check reaches nothing else"
        )
    return ""


def _write_case(tests: Path, number: int, code: str) -> None:
    case = tests / f"case{number}"
    case.mkdir()
    (case / "__init__.py").write_text("")
    (case / f"test_case{number}.py").write_text(code)


# HTTP clients in the untrusted test honour these: only the loopback page is reachable
_NO_NETWORK = {
    "HTTP_PROXY": "http://127.0.0.1:9",
    "HTTPS_PROXY": "http://127.0.0.1:9",
    "http_proxy": "http://127.0.0.1:9",
    "https_proxy": "http://127.0.0.1:9",
    "NO_PROXY": "127.0.0.1,localhost",
    "no_proxy": "127.0.0.1,localhost",
}
_NO_RESULT = UiRunResult("error", "pytest produced no result for this test")


def _pytest(tests: Path, timeout: float) -> dict[str, UiRunResult]:
    report = tests.parent / "report.xml"
    command = [
        sys.executable,
        "-m",
        "pytest",
        "-q",
        "-p",
        "no:cacheprovider",
        "-p",
        "no:randomly",
        "--browser",
        "chromium",
        f"--junitxml={report}",
        "-o",
        "addopts=",
        "--rootdir",
        str(tests),
        str(tests),
    ]
    try:
        done = subprocess.run(
            command,
            cwd=tests,
            env={**os.environ, **_NO_NETWORK},
            capture_output=True,
            text=True,
            timeout=timeout,
            check=False,
        )
    except subprocess.TimeoutExpired:
        return {"": UiRunResult("error", f"browser tests timed out after {timeout:.0f}s")}
    if not report.exists():
        return {"": UiRunResult("error", (done.stdout + done.stderr).strip()[-800:])}
    return _parse_report(report, done.stdout + done.stderr)


def _parse_report(report: Path, output: str) -> dict[str, UiRunResult]:
    outcomes: dict[str, UiRunResult] = {}
    for case in ET.parse(report).getroot().iter("testcase"):
        folder = (case.get("classname") or "").split(".")[0]
        problem = next((c for c in case if c.tag in ("failure", "error", "skipped")), None)
        if problem is None:
            outcomes[folder] = UiRunResult("passed")
            continue
        detail = (problem.text or problem.get("message") or "").strip()
        lines = [int(n) for n in re.findall(r"test_case\d+\.py:(\d+)", detail)]
        message = (problem.get("message") or detail).strip().splitlines()
        summary = " ".join(message[:3])[:500] if message else "failed"
        outcome = (
            "failed"
            if problem.tag == "failure"
            else ("skipped" if problem.tag == "skipped" else "error")
        )
        outcomes[folder] = UiRunResult(outcome, summary, lines[-1] if lines else 0)
    if not outcomes:
        outcomes[""] = UiRunResult("error", output.strip()[-800:])
    return outcomes
