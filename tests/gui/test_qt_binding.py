"""The installed Qt binding does not crash the interpreter under ordinary, long use.

PySide6 6.12.0 on Python 3.11 drops a reference to None, True or False on every call returning them; after
some ten thousand such calls (a few minutes of typing) the interpreter aborts with "deallocating None" and the
writer's unsaved text is gone. pyproject.toml keeps PySide6 below 6.12; this test fails if that changes.
"""

import os
import subprocess
import sys
import textwrap


def test_many_void_and_bool_calls_do_not_abort_the_interpreter():
    script = textwrap.dedent(
        """
        import sys
        from PySide6.QtWidgets import QApplication, QPlainTextEdit
        app = QApplication([])
        editor = QPlainTextEdit()
        before = sys.getrefcount(None), sys.getrefcount(False)
        for _ in range(50_000):
            editor.setMaximumBlockCount(0)   # returns None
            editor.isReadOnly()              # returns False
        after = sys.getrefcount(None), sys.getrefcount(False)
        print(after[0] - before[0], after[1] - before[1])
        """
    )
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, env=env, timeout=120)
    assert result.returncode == 0, result.stderr[-2000:]
    none_drift, false_drift = (int(x) for x in result.stdout.split())
    assert none_drift > -1000 and false_drift > -1000


def test_pyside_still_tells_which_modules_use_it():
    """ui.pyside_scan answers PySide's per-module question (may it switch __feature__ options?) from the file's
    bytes: the answers must be those of the source PySide itself reads."""
    import inspect

    import shibokensupport.feature as feature

    import editor_app.model.report
    import editor_app.ui.main_window

    assert feature._mod_uses_pyside.quick
    for module in (editor_app.ui.main_window, editor_app.model.report, inspect, sys):
        try:
            expected = "PySide6" in inspect.getsource(module)
        except TypeError:  # built in
            expected = False
        assert feature._mod_uses_pyside(module) is expected, module.__name__
    assert feature._mod_uses_pyside(editor_app.ui.main_window)
