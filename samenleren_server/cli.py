"""The `samenleren-server` command (the central sync server arrives with the sync issue)."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from samenleren_desktop import __version__


def main(argv: Sequence[str] | None = None) -> int:
    """Parse the command line; no server command is available in this version yet."""
    parser = argparse.ArgumentParser(
        prog="samenleren-server",
        description="De centrale synchronisatieserver van Samen Leren.",
    )
    parser.add_argument("--version", action="version", version=f"Samen Leren {__version__}")
    parser.parse_args(argv)
    print(
        "Fout: deze versie bevat de synchronisatieserver nog niet (zie docs/architecture.md).",
        file=sys.stderr,
    )
    return 1
