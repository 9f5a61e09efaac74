"""Where the program's shipped data files are, installed or run from a source tree."""

from __future__ import annotations

from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent.parent


def resources_dir() -> Path:
    """The `resources/` folder: inside the installed package, or at the top of a checkout."""
    installed = _PACKAGE / "resources"
    return installed if installed.is_dir() else _PACKAGE.parent / "resources"


def content_dir() -> Path:
    """The shipped Samen Leren content (goals, informatiemap, questionnaires)."""
    return resources_dir() / "content"


def translations_dir() -> Path:
    """The compiled Qt translations."""
    installed = _PACKAGE / "translations"
    return installed if installed.is_dir() else _PACKAGE.parent / "translations"
