"""The frozen app's entry point: ``editor-app`` with the same command line as the installed Python package."""

import sys

from editor_app.cli import main

sys.exit(main())
