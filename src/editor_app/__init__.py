"""Editorial Desk (稿件编辑台): structured reports for county government portals, written offline."""

__version__ = "0.1.0"
EXTENSION = ".edesk"  # a document file; here so the command line names it without loading the store
