"""Errors whose message a person can act on; workers turn them into `failed(str)` signals."""

from __future__ import annotations


class HearthError(Exception):
    """Base for every error whose text is shown to the user as it is (already translated)."""


class ModelLoadError(HearthError):
    """The model file could not be loaded; the message says why and what to do."""


class LoadCancelled(HearthError):
    """The user cancelled a model load."""


class GenerationError(HearthError):
    """Generation failed part-way; what was produced so far is kept."""
