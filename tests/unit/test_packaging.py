"""The desktop integration files agree with the document format, so a double-click opens our files."""

import configparser
import xml.etree.ElementTree as ET
from pathlib import Path

from editor_app.store.document import EXTENSION, MIMETYPE

LINUX = Path(__file__).resolve().parents[2] / "packaging" / "linux"


def test_mime_type_matches_the_file_format():
    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(LINUX / "editorial-desk-mime.xml").getroot().find("m:mime-type", ns)
    assert mime.get("type") == MIMETYPE
    assert mime.find("m:glob", ns).get("pattern") == "*" + EXTENSION
    assert mime.find("m:magic/m:match", ns).get("value") == "mimetype" + MIMETYPE


def test_desktop_entry_opens_our_files_with_a_chinese_name():
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str
    entry.read(LINUX / "editorial-desk.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["MimeType"].rstrip(";") == MIMETYPE
    assert section["Name[zh_CN]"] == "稿件编辑台"
    assert section["Exec"].startswith("editor-app ")
