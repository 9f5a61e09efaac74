"""`python -m samenleren_server` runs the `samenleren-server` command."""

import sys

from samenleren_server.cli import main

sys.exit(main())
