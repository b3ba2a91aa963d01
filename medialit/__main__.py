"""`python -m medialit`: see medialit.cli."""

from medialit.cli import main

raise SystemExit(main())
