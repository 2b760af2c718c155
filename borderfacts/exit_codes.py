"""Process exit codes, documented in the README (one enum so CLI and docs agree)."""
from __future__ import annotations

from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0  # every input processed
    INPUT_FAILED = 1  # some input failed; the others were still processed
    USAGE = 2  # bad option or argument, or no model can be loaded
    INTERNAL = 70  # a bug: one line on stderr (EX_SOFTWARE); --debug shows the traceback
    INTERRUPTED = 130  # Ctrl-C (128 + SIGINT), as shells report it
