"""The frozen app's entry point: ``editor-app`` with the same command line as the installed Python package."""

from editor_app.cli import run

run()
