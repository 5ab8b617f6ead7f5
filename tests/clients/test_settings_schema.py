"""The settings are declared once (testdraft.settings_schema); every client copy must agree:
the VS Code contribution in package.json, the VS Code client's defaults in settings.ts, and
the Neovim plugin's defaults. The server's own settings objects read their defaults from it."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import pytest
from tests.clients.tools import NVIM_CONFIG, NVIM_INSTALL, VSCODE_CLIENT, find_nvim

from testdraft.generate.registry import GENERATOR_NAMES
from testdraft.lsp.settings import ServerSettings
from testdraft.model.settings import ModelSettings
from testdraft.settings_schema import SETTINGS, Setting, defaults, read, setting
from testdraft.ui.render import FRAMEWORKS

# Settings of the VS Code client itself, never sent to the server.
VSCODE_ONLY = {"testdraft.interpreter", "testdraft.trace.server"}


def _contribution(setting: Setting) -> dict[str, object]:
    """What package.json must declare for the setting (the keys the schema decides)."""
    declared: dict[str, object] = {
        "type": [setting.type, "null"] if setting.nullable else setting.type,
        "default": list(setting.default) if isinstance(setting.default, tuple) else setting.default,
        "markdownDescription": setting.description,
    }
    if setting.type == "array":
        declared["items"] = {"type": "string", **({"enum": list(setting.enum)} if setting.enum else {})}
    elif setting.enum:
        declared["enum"] = list(setting.enum)
    if setting.minimum is not None:
        declared["minimum"] = setting.minimum
    if setting.maximum is not None:
        declared["maximum"] = setting.maximum
    return declared


def test_package_json_contributes_exactly_the_schema() -> None:
    manifest = json.loads((VSCODE_CLIENT / "package.json").read_text(encoding="utf-8"))
    properties: dict[str, dict[str, object]] = manifest["contributes"]["configuration"]["properties"]
    assert set(properties) - VSCODE_ONLY == {f"testdraft.{s.key}" for s in SETTINGS}
    for item in SETTINGS:
        contributed = properties[f"testdraft.{item.key}"]
        expected = _contribution(item)
        assert {key: contributed.get(key) for key in expected} == expected, item.key
        # Bounds and choices nobody declared in the schema must not appear in the editor either.
        for key in ("enum", "minimum", "maximum"):
            assert key in expected or key not in contributed, (item.key, key)


def _typescript_object(source: str, function: str) -> object:
    """The object literal a TypeScript function returns, read as JSON (keys quoted, trailing
    commas dropped)."""
    match = re.search(rf"export function {function}\(\)[^{{]*\{{\s*return (\{{.*?\n  \}});\n\}}", source, re.S)
    assert match, f"{function}() not found in settings.ts"
    literal = re.sub(r"([{,]\s*)([A-Za-z_]\w*):", r'\1"\2":', match.group(1))
    literal = re.sub(r",(\s*[}\]])", r"\1", literal)
    return json.loads(literal)


def test_vscode_client_defaults_and_choices_match_the_schema() -> None:
    source = (VSCODE_CLIENT / "src" / "core" / "settings.ts").read_text(encoding="utf-8")
    assert _typescript_object(source, "defaultSettings") == defaults()
    constants = {
        name: json.loads(re.sub(r",\s*]", "]", values))
        for name, values in re.findall(r"const (\w+): readonly \w+\[\] = (\[[^\]]*\]);", source)
    }
    choices = {s.key: list(s.enum) for s in SETTINGS if s.enum}
    assert constants == {
        "DEVICES": choices["model.device"],
        "QUANTIZE": choices["model.quantize"],
        "UI_FRAMEWORKS": choices["ui.framework"],
        "UI_GENERATORS": choices["ui.generator"],
        "BACKENDS": choices["model.backend"],
    }
    (generators,) = re.findall(r"const GENERATORS = (\[[^\]]*\]);", source)
    assert json.loads(generators) == choices["generators"]


def test_neovim_plugin_defaults_match_the_schema(tmp_path: Path) -> None:
    nvim = find_nvim()
    if nvim is None:
        pytest.skip(f"nvim not found: {NVIM_INSTALL}")
    script = tmp_path / "defaults.lua"
    script.write_text(
        'vim.opt.rtp:prepend(arg[1])\nio.write(vim.json.encode(require("testdraft").default_settings))\n'
    )
    result = subprocess.run(
        [nvim, "--headless", "-l", str(script), str(NVIM_CONFIG)], capture_output=True, text=True, timeout=60
    )
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout) == defaults()


def test_server_settings_start_from_the_schema_and_keep_valid_values_only() -> None:
    server, model = ServerSettings(), ModelSettings()
    expected = defaults()
    assert server.validation_enabled is expected["validation"]["enabled"]  # type: ignore[index]
    assert server.ui_framework == expected["ui"]["framework"]  # type: ignore[index]
    assert list(server.generators) == expected["generators"]
    assert (model.temperature, model.top_p, model.num_candidates, model.max_new_tokens) == tuple(
        expected["model"][key] for key in ("temperature", "topP", "candidates", "maxNewTokens")  # type: ignore[index]
    )
    assert {s.enum for s in SETTINGS if s.key == "ui.framework"} == {FRAMEWORKS}
    assert set(setting("generators").enum) <= set(GENERATOR_NAMES)  # each one the registry builds
    server.update({"testdraft": {"validation": {"enabled": "yes", "mutation": False},
                                 "ui": {"framework": "cypress"}, "generators": ["model", "oracle", "model"]}})
    assert (server.validation_enabled, server.mutation_enabled) == (True, False)
    assert server.ui_framework == "playwright" and server.generators == ("model",)
    assert read({"model": {"candidates": 64}}, "model.candidates", 4) == 4  # above the maximum
    assert read({"model": {"topP": 1}}, "model.topP", 0.5) == 1.0
