"""Server settings, from `initializationOptions` and `workspace/didChangeConfiguration`.

Clients send the `testdraft` settings object in camelCase; what each setting means, its type
and its default are declared once in `testdraft.settings_schema`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from testdraft.settings_schema import default, read, setting


@dataclass
class ServerSettings:
    validation_enabled: bool = default("validation.enabled", bool)
    mutation_enabled: bool = default("validation.mutation", bool)
    ui_framework: str = default("ui.framework", str)
    ui_generator: str = default("ui.generator", str)
    ui_base_url: str = default("ui.baseUrl", str)
    generators: tuple[str, ...] = tuple(setting("generators").default or ())  # type: ignore[arg-type]
    model: dict[str, Any] = field(default_factory=dict)  # passed as is to ModelSettings.from_dict

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
        self.validation_enabled = read(options, "validation.enabled", self.validation_enabled)
        self.mutation_enabled = read(options, "validation.mutation", self.mutation_enabled)
        self.ui_framework = read(options, "ui.framework", self.ui_framework)
        self.ui_generator = read(options, "ui.generator", self.ui_generator)
        self.ui_base_url = read(options, "ui.baseUrl", self.ui_base_url)
        self.generators = read(options, "generators", self.generators)
        model = options.get("model")
        if isinstance(model, dict):
            self.model = dict(model)
