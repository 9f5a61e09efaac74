"""Command line: placeholder, filled by the reports work (see issue)."""

from __future__ import annotations

import argparse


def register(top: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands to the top-level command line."""


def register_export(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add this module's commands under `samenleren export`."""
