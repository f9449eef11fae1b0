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
