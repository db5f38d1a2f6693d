"""The SDK version (one source: pyproject reads it too)."""

__version__ = "0.2.0"
