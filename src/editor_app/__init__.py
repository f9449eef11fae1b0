"""Editorial Desk (稿件编辑台): structured reports for county government portals, written offline."""

__version__ = "0.1.0"
