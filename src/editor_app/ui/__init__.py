"""The window (Qt). Nothing below ``ui`` is imported by the core or the command line."""

from .pyside_scan import read_sources_quickly

read_sources_quickly()
