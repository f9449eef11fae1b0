"""Report templates: Markdown files with front matter, bundled or added by the office.

A template is a Markdown document (docs/markdown-format.md) whose front matter also has ``name`` and
``description``. Its text is a skeleton in 【】 brackets telling the writer what goes where. Bundled templates
live in ``resources/templates``; an office adds its own as ``*.md`` in the ``templates`` folder of the
user data folder, and one with the same id replaces the bundled one.
"""

from __future__ import annotations

from pathlib import Path

from .importers.common import ImportFailed
from .model.records import record
from .model.report import Report
from .resources import resource_path
from .settings import data_dir

SAMPLE_PATH = resource_path("samples", "sample-report.md")
SAMPLE_DOCUMENT = resource_path("samples", "sample-report.edesk")
"""The sample as a document, made from SAMPLE_PATH by ``python -m editor_app.templates`` (a test checks that the two
agree): the first start opens it without loading YAML and the Markdown parser."""
ORDER = ("thematic-report", "work-summary", "info-brief", "blank")


@record(frozen=True)
class Template:
    id: str
    name: str
    description: str
    path: Path

    def create(self) -> Report:
        """A new report from this template."""
        from .importers.markdown import parse_markdown

        report = parse_markdown(self.path.read_text(encoding="utf-8")).report
        report.template = self.id
        return report


def _template_folders() -> list[Path]:
    return [resource_path("templates"), data_dir() / "templates"]


def list_templates() -> list[Template]:
    """Every template, bundled first in a sensible order, then the office's own by id."""
    from .importers.markdown import split_front_matter

    found: dict[str, Template] = {}
    for folder in _template_folders():
        for path in sorted(folder.glob("*.md")) if folder.is_dir() else ():
            try:
                data, _ = split_front_matter(path.read_text(encoding="utf-8"))
            except (OSError, UnicodeDecodeError, ImportFailed):
                continue  # an office's broken template must not hide the others
            found[path.stem] = Template(
                path.stem, str(data.get("name") or path.stem), str(data.get("description") or ""), path
            )
    rank = {template_id: i for i, template_id in enumerate(ORDER)}
    return sorted(found.values(), key=lambda t: (rank.get(t.id, len(ORDER)), t.id))


def get_template(template_id: str) -> Template:
    for template in list_templates():
        if template.id == template_id:
            return template
    known = "、".join(t.id for t in list_templates())
    raise KeyError(f"没有名为“{template_id}”的模板。可用模板：{known}")


def sample_report() -> Report:
    """The bundled sample report, the app's first-run document."""
    from .store.document import open_document

    return open_document(SAMPLE_DOCUMENT)


def sample_from_source() -> Report:
    """The sample as its Markdown source says (what SAMPLE_DOCUMENT must hold)."""
    from .importers.markdown import parse_markdown

    return parse_markdown(SAMPLE_PATH.read_text(encoding="utf-8")).report


if __name__ == "__main__":  # after editing the sample's Markdown
    from .store.document import save_document

    print(save_document(sample_from_source(), SAMPLE_DOCUMENT, keep_backup=False))
