"""Takes docs/nvim-testdraft.png: Neovim in tmux after "Suggest tests" on add and mul.

    PYTHONPATH=server python editors/nvim/test/screenshot.py [docs/nvim-testdraft.png]

Needs tmux, Debian's chromium, nvim 0.11 and rich (renders the captured pane as HTML).
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from rich.console import Console
from rich.terminal_theme import MONOKAI
from rich.text import Text

REPO = Path(__file__).resolve().parents[3]
SESSION = "testdraft-shot"
WIDTH, HEIGHT = 112, 32


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def keys(*sequence: str, pause: float = 0.6) -> None:
    for key in sequence:
        tmux("send-keys", "-t", SESSION, key)
        time.sleep(pause)


def wait_for_screen(text: str, timeout: float = 90) -> str:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        screen = tmux("capture-pane", "-p", "-t", SESSION)
        if text in screen:
            return screen
        time.sleep(0.5)
    raise TimeoutError(f"{text!r} never appeared on screen:\n{screen}")


def render_png(ansi: str, target: Path) -> None:
    """The captured pane, colours kept, as a PNG through headless Chromium."""
    console = Console(record=True, width=WIDTH, file=open(os.devnull, "w"), color_system="256")  # noqa: SIM115
    console.print(Text.from_ansi(ansi), end="")
    with tempfile.TemporaryDirectory() as scratch:
        page = Path(scratch) / "screen.html"
        page.write_text(console.export_html(theme=MONOKAI, inline_styles=True))
        subprocess.run(
            ["chromium", "--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars",
             f"--screenshot={target}", "--window-size=1120,640", page.as_uri()],
            check=True, capture_output=True, timeout=60,
        )  # fmt: skip


def main() -> None:
    target = Path(sys.argv[1] if len(sys.argv) > 1 else REPO / "docs" / "nvim-testdraft.png").resolve()
    nvim = shutil.which("nvim", path=f"{Path(sys.executable).parent}:{os.environ['PATH']}")
    assert nvim, "nvim not found"
    with tempfile.TemporaryDirectory() as scratch:
        project = Path(scratch) / "project"
        shutil.copytree(REPO / "tests" / "clients" / "fixtures" / "calc_project", project)
        env = f"TESTDRAFT_REPO={REPO} TESTDRAFT_PYTHON={sys.executable} TERM=xterm-256color"
        init = REPO / "editors" / "nvim" / "test" / "screenshot_init.lua"
        tmux("new-session", "-d", "-s", SESSION, "-x", str(WIDTH), "-y", str(HEIGHT), "-c", str(project),
             f"env {env} {nvim} -u {init} calc.py")  # fmt: skip
        try:
            wait_for_screen("testdraft")
            time.sleep(2)  # the client attaches
            for name in ("add", "mul"):
                keys("gg", f":call search('^def {name}')", "Enter", "j")
                keys(":lua vim.lsp.buf.code_action()", "Enter", pause=1.5)
                wait_for_screen(f"Suggest tests for `{name}`")
                keys("1", "Enter", pause=1.5)
            keys(":silent wall", "Enter", ":vsplit tests/test_calc.py", "Enter", ":vertical resize 80", "Enter")
            wait_for_screen("failed")  # validation ran: lenses and diagnostics
            keys(":27", "Enter", pause=3.0)  # on the failing test; CursorHold refreshes lenses
            render_png(tmux("capture-pane", "-e", "-p", "-t", SESSION), target)
        finally:
            subprocess.run(["tmux", "kill-session", "-t", SESSION], check=False)
    print(target)


if __name__ == "__main__":
    main()
