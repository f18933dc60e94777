"""Entry script for the frozen bundle: the same command line as the installed `netcompanion`."""

from netcompanion.cli import main

raise SystemExit(main())
