"""The rotating log file and the dialog shown for an unexpected exception."""

from __future__ import annotations

import logging
import os
import re
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_oms import APP_AUTHOR, APP_NAME

log = logging.getLogger("desktop_oms")

#: Korean mobile and landline numbers, with or without dashes.
_PHONE = re.compile(r"(?<!\d)(0\d{1,2})[- ]?(\d{3,4})[- ]?(\d{4})(?!\d)")


def log_dir() -> Path:
    home = os.environ.get("DESKTOP_OMS_HOME")
    path = Path(home) / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    return log_dir() / "desktop-oms.log"


class PersonalDataFilter(logging.Filter):
    """Masks phone numbers in every record, so no log line carries one in clear."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        masked = _PHONE.sub(lambda m: f"{m.group(1)}-****-****", message)
        if masked != message:
            record.msg, record.args = masked, None
        return True


def setup_logging() -> Path:
    """Log to a rotating file in the user's log folder (once per process)."""
    path = log_file()
    if any(isinstance(h, RotatingFileHandler) for h in log.handlers):
        return path
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(PersonalDataFilter())
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def mask_personal_data(text: str) -> str:
    return _PHONE.sub(lambda m: f"{m.group(1)}-****-****", text)


def handle_exception(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """sys.excepthook: write the traceback to the log, tell the user, keep running."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    text = "".join(traceback.format_exception(kind, error, tb))
    log.error("unexpected error:\n%s", mask_personal_data(text))
    if QApplication.instance() is None:
        return
    title = QCoreApplication.translate("ErrorDialog", "예기치 않은 오류")
    body = QCoreApplication.translate(
        "ErrorDialog",
        "예기치 않은 오류가 발생했습니다: {0}\n작업은 계속할 수 있습니다. "
        "자세한 내용은 로그 파일에 있습니다:\n{1}",
    ).format(type(error).__name__, log_file())
    QMessageBox.critical(QApplication.activeWindow(), title, body)


def install_excepthook() -> None:
    setup_logging()
    sys.excepthook = handle_exception
