"""The task helper under stress: thousands of tasks, with CPU hogs beside them, in a child
process, so that a lifetime bug is a crash this test sees (not a lucky pass of the suite).

Before ``ui/tasks.py`` kept every Qt object and every last reference on the GUI thread, this
crashed about once in eight runs of 10,000 tasks (segfault in ``_drop_retired``).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

CHILD = Path(__file__).with_name("task_stress_child.py")


@pytest.mark.slow
@pytest.mark.timeout(600)
def test_thousands_of_tasks_with_a_cpu_hog_beside_them_never_crash() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    for run in range(3):
        proc = subprocess.run(
            [sys.executable, "-X", "faulthandler", str(CHILD), "10000"],
            capture_output=True,
            text=True,
            timeout=300,
            env=env,
            check=False,
        )
        assert proc.returncode == 0, f"run {run}: exit {proc.returncode}\n{proc.stderr[-3000:]}"
        assert "delivered=" in proc.stdout
