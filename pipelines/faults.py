"""Test hooks for crash tests: pause a run at a named point so a test can SIGKILL it there.

Set `LETOPIS_PAUSE_AT=<point>` (and optionally `LETOPIS_PAUSE_MARKER=<file>`, written when
the run reaches the point).  Unset, the hooks do nothing.  Points: `nlp`, `publish:staged`
(new version built, not yet moved), `publish:renamed` (moved into _versions/, not yet
current), `publish:swapped` (current, old versions not yet collected).
"""

from __future__ import annotations

import os
import time
from pathlib import Path


def pause_point(name: str) -> None:
    if os.environ.get("LETOPIS_PAUSE_AT") != name:
        return
    marker = os.environ.get("LETOPIS_PAUSE_MARKER")
    if marker:
        Path(marker).write_text(name)
    time.sleep(3600)
