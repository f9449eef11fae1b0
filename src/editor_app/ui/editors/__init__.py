"""The reading-order editors: the whole report as one scrolling column of small editors, one per text.

``block`` (a paragraph or line), ``heading`` (a section title with its number), ``attachments`` (the names of
the attachments) and ``column`` (the column that lays them out in reading order).
"""

from .block import MAX_PASTE_CHARS, BlockEditor
from .column import ReadingColumn

__all__ = ["MAX_PASTE_CHARS", "BlockEditor", "ReadingColumn"]
