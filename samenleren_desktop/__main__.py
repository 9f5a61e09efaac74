"""`python -m samenleren_desktop` runs the same entry point as the `samenleren` command."""

from samenleren_desktop.cli import main

raise SystemExit(main())
