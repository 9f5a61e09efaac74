"""The frozen program's entry point: the same `main()` as the `samenleren` command."""

from samenleren_desktop.cli import main

raise SystemExit(main())
