"""`python -m netcompanion` does exactly what the `netcompanion` command does."""

from netcompanion.cli import main

raise SystemExit(main())
