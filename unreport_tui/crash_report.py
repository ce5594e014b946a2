"""When unreport itself fails: the details go to a file, the user gets one line."""

from __future__ import annotations

import datetime as dt
import traceback
from pathlib import Path

from platformdirs import user_log_path

from . import __version__


def write_crash_report(error: BaseException | None = None) -> Path:
    """Write the traceback of ``error`` (default: the exception being handled) and return the file."""
    folder = user_log_path("unreport", appauthor=False)
    folder.mkdir(parents=True, exist_ok=True)
    report = folder / f"crash-{dt.datetime.now():%Y%m%d-%H%M%S-%f}.txt"
    details = "".join(traceback.format_exception(error)) if error else traceback.format_exc()
    report.write_text(f"unreport {__version__}\n{details}", encoding="utf-8")
    return report


def crash_line(error: BaseException, report: Path) -> str:
    return (
        f"unreport: unexpected error ({type(error).__name__}: {error}). Nothing was lost that had been "
        f"saved; details for a bug report are in {report}"
    )
