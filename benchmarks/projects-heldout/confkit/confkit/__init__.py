"""Small helpers for reading configuration from .env files and the environment."""

from confkit.settings import MissingSetting, Settings

__all__ = ["MissingSetting", "Settings"]
