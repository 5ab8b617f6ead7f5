"""Errors the model layer raises; each message is meant to be shown to the user as is.

The LSP and CLI catch `ModelError`, show the message, and fall back to the deterministic
generators: a model problem never takes the server down.
"""

from __future__ import annotations


class ModelError(Exception):
    """Base class: something about the model went wrong; the message says what."""


class ModelAssetError(ModelError):
    """A model file is missing, truncated, corrupt or not the expected one."""


class ModelLoadError(ModelError):
    """The model or an adapter cannot be loaded."""


class ModelUnavailable(ModelError):
    """No model is ready (still loading, disabled, or failed to load)."""


class BackendError(ModelError):
    """The HTTP model server failed or answered something unusable."""


class NoUsableOutput(ModelError):
    """The model answered, but nothing in the answer is a usable test (e.g. prose)."""
