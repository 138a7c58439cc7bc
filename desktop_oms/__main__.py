"""`python -m desktop_oms` runs the command line."""

from desktop_oms.cli import main

raise SystemExit(main())
