"""The rotating log file and the dialog shown for an unexpected exception."""

from __future__ import annotations

import logging
import os
import sys
import traceback
from logging.handlers import RotatingFileHandler
from pathlib import Path
from types import TracebackType

import platformdirs
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_oms import APP_AUTHOR, APP_NAME
from desktop_oms.services.log_privacy import PersonalDataFilter, mask_personal_text

log = logging.getLogger("desktop_oms")


def log_dir() -> Path:
    home = os.environ.get("DESKTOP_OMS_HOME")
    path = Path(home) / "logs" if home else Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR))
    path.mkdir(parents=True, exist_ok=True)
    return path


def log_file() -> Path:
    return log_dir() / "desktop-oms.log"


def setup_logging() -> Path:
    """Log to a rotating file in the user's log folder (one handler, moved if the folder did)."""
    path = log_file()
    for old in [h for h in log.handlers if isinstance(h, RotatingFileHandler)]:
        if old.baseFilename == str(path.resolve()):
            return path
        log.removeHandler(old)
        old.close()
    handler = RotatingFileHandler(path, maxBytes=1_000_000, backupCount=5, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(PersonalDataFilter())
    log.addHandler(handler)
    log.setLevel(logging.INFO)
    return path


def short_message(error: BaseException) -> str:
    """The error's type and first words, personal data masked."""
    text = mask_personal_text(str(error).splitlines()[0] if str(error) else "")[:160]
    return f"{type(error).__name__}: {text}" if text else type(error).__name__


def handle_exception(
    kind: type[BaseException], error: BaseException, tb: TracebackType | None
) -> None:
    """sys.excepthook: write the traceback to the log, tell the user, keep running."""
    if issubclass(kind, KeyboardInterrupt):
        sys.__excepthook__(kind, error, tb)
        return
    text = "".join(traceback.format_exception(kind, error, tb))
    log.error("unexpected error:\n%s", mask_personal_text(text))
    if QApplication.instance() is None:
        return
    title = QCoreApplication.translate("ErrorDialog", "예기치 않은 오류")
    body = QCoreApplication.translate(
        "ErrorDialog",
        "예기치 않은 오류가 발생했습니다: {0}\n작업은 계속할 수 있습니다. "
        "자세한 내용은 로그 파일에 있습니다:\n{1}",
    ).format(short_message(error), log_file())
    QMessageBox.critical(QApplication.activeWindow(), title, body)


def install_excepthook() -> None:
    setup_logging()
    sys.excepthook = handle_exception
