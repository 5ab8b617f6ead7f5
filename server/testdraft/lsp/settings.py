"""Server settings, from `initializationOptions` and `workspace/didChangeConfiguration`.

Clients send the `testdraft` settings object in camelCase (see vscode-client/package.json).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class ServerSettings:
    validation_enabled: bool = True
    mutation_enabled: bool = True
    ui_framework: str = "playwright"
    generators: tuple[str, ...] = ("docstring", "model")
    model: dict[str, Any] = field(default_factory=dict)  # passed as is to testdraft.model

    @classmethod
    def from_options(cls, options: object) -> ServerSettings:
        settings = cls()
        settings.update(options)
        return settings

    def update(self, options: object) -> None:
        if not isinstance(options, dict):
            return
        if isinstance(options.get("testdraft"), dict):  # didChangeConfiguration nests it
            options = options["testdraft"]
            assert isinstance(options, dict)
        validation = options.get("validation")
        if isinstance(validation, dict):
            self.validation_enabled = bool(validation.get("enabled", self.validation_enabled))
            self.mutation_enabled = bool(validation.get("mutation", self.mutation_enabled))
        ui = options.get("ui")
        if isinstance(ui, dict) and ui.get("framework") in ("playwright", "selenium"):
            self.ui_framework = str(ui["framework"])
        generators = options.get("generators")
        if isinstance(generators, list) and all(isinstance(name, str) for name in generators):
            self.generators = tuple(generators)
        model = options.get("model")
        if isinstance(model, dict):
            self.model = dict(model)
