"""The app quits cleanly: exit code 0 after the preview ran and the clipboard holds portal content."""

import os
import subprocess
import sys
import textwrap
from pathlib import Path

import editor_app


def test_quit_after_preview_and_copy_for_portal_exits_with_zero(tmp_path):
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtCore import QTimer
        from PySide6.QtWidgets import QApplication
        from editor_app.ui import app as app_module

        def check():
            windows = [w for w in QApplication.topLevelWidgets() if w.inherits("QMainWindow") and w.isVisible()]
            window = windows[0]
            if window.preview is None or window.preview.engine() != "web":
                QTimer.singleShot(200, check)
                return
            window.menus.action("copy_portal").trigger()
            print("clipboard:", "<strong>" in QApplication.clipboard().mimeData().html(), flush=True)
            QTimer.singleShot(500, window.menus.action("quit").trigger)

        app_module.create_application()
        QTimer.singleShot(300, check)
        QTimer.singleShot(60_000, lambda: QApplication.exit(3))
        sys.exit(app_module.run_gui(None))
        """
    )
    src = str(Path(editor_app.__file__).parent.parent)
    env = {
        **os.environ,
        "PYTHONPATH": src,
        "QT_QPA_PLATFORM": "offscreen",
        "EDITOR_APP_CONFIG_DIR": str(tmp_path / "config"),
        "EDITOR_APP_DATA_DIR": str(tmp_path / "data"),
    }
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert "clipboard: True" in result.stdout, result.stderr[-3000:]
    assert result.returncode == 0, result.stderr[-3000:]
