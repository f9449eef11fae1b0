"""One window set-up for the GUI tests: a desk whose windows close without the save question afterwards, and a
window on the sample report, on screen and active, as a writer has it."""

from __future__ import annotations

import pytest
from writer import discard, shown

from editor_app.settings import Settings
from editor_app.templates import sample_report
from editor_app.ui.app import Desk, create_application


@pytest.fixture
def desk(qapp):
    create_application()
    desk = Desk(Settings(unit_name="青溪县农业农村局"))
    yield desk
    for window in list(desk.windows):
        discard(window)


@pytest.fixture
def window(desk, qtbot):
    return shown(desk, qtbot, sample_report())
