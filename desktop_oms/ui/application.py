"""Program start: arguments, font, language, error hook, database, first-start demo, window."""

from __future__ import annotations

import argparse
import logging
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QMessageBox

from desktop_oms import APP_AUTHOR, APP_NAME, __version__
from desktop_oms.services.backup import backup_if_due
from desktop_oms.services.connection import chosen_url, describe
from desktop_oms.services.log_privacy import install_log_privacy, mask_personal_text
from desktop_oms.storage.uow import Database
from desktop_oms.ui.context import AppContext
from desktop_oms.ui.error_log import install_excepthook
from desktop_oms.ui.housekeeping import HOURLY_MS
from desktop_oms.ui.i18n import chosen_language, effective_language, install_translation

log = logging.getLogger(__name__)

KOREAN_FONTS = (
    "Malgun Gothic",
    "맑은 고딕",
    "Apple SD Gothic Neo",
    "NanumGothic",
    "나눔고딕",
    "Noto Sans CJK KR",
    "Noto Sans KR",
    "NanumBarunGothic",
)
SMOKE_ORDERS = 60


def parse_args(argv: list[str]) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="desktop-oms-gui", description="Desktop OMS")
    parser.add_argument("--db", metavar="URL", help="database URL (default: the SQLite file)")
    parser.add_argument(
        "--smoke", action="store_true", help="open the window on a temporary DB and exit"
    )
    parser.add_argument(
        "--screenshot", metavar="DIR", type=Path, help="save PNGs of the main window and exit"
    )
    parser.add_argument("--language", choices=("ko", "en", "system"), help=argparse.SUPPRESS)
    known, _qt_args = parser.parse_known_args(argv)
    return known


def korean_font_family(available: list[str]) -> str | None:
    """The first Korean font family installed, in order of preference."""
    have = set(available)
    return next((family for family in KOREAN_FONTS if family in have), None)


def make_application(argv: list[str]) -> QApplication:
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication([sys.argv[0], *argv])
    app.setOrganizationName(APP_AUTHOR)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    family = korean_font_family(QFontDatabase.families())
    if family:
        font = QFont(family)
        font.setPointSize(max(app.font().pointSize(), 9))
        app.setFont(font)
    return app


def open_database(url: str | None) -> Database | None:
    """The database, or None after telling the user why it could not be opened.

    A SQLite file gets its automatic backup (one a day, the last 14 kept) before the
    schema is touched."""
    url = url or chosen_url()
    try:
        backup_if_due(url)
    except Exception as error:  # a failed backup must not keep the shop from working
        log.warning("automatic backup failed: %s", mask_personal_text(repr(error)))
    try:
        return Database.open(url)
    except Exception as error:
        log.error("cannot open database: %s", mask_personal_text(repr(error)))
        QMessageBox.critical(
            None,
            QCoreApplication.translate("Startup", "데이터베이스 오류"),
            QCoreApplication.translate(
                "Startup",
                "데이터베이스를 열 수 없습니다.\nThe database could not be opened.\n\n{0}\n\n{1}",
            ).format(describe(url), str(error)[:500]),
        )
        return None


def run(argv: list[str] | None = None) -> int:
    """Start the GUI; returns the process exit code."""
    args_list = list(sys.argv[1:] if argv is None else argv)
    args = parse_args(args_list)
    app = make_application(args_list)
    install_excepthook()
    install_log_privacy()
    language = effective_language(args.language or chosen_language())
    install_translation(app, language)

    temp_dir: tempfile.TemporaryDirectory[str] | None = None
    url = args.db
    if args.smoke and not url:
        temp_dir = tempfile.TemporaryDirectory(prefix="desktop-oms-smoke-")
        url = f"sqlite:///{Path(temp_dir.name) / 'smoke.sqlite3'}"
    db = open_database(url)
    if db is None:
        return 1
    try:
        return _run_window(app, db, args)
    finally:
        db.dispose()
        if temp_dir is not None:
            temp_dir.cleanup()


def _run_window(app: QApplication, db: Database, args: argparse.Namespace) -> int:
    from desktop_oms.ui.first_start import fill_with_progress, is_empty
    from desktop_oms.ui.main_window import MainWindow

    if is_empty(db):
        if args.smoke:
            from desktop_oms.services.demo import fill_demo

            fill_demo(db, SMOKE_ORDERS)
        else:
            outcome = fill_with_progress(db)
            if outcome not in ("finished", "cancelled"):
                QMessageBox.warning(
                    None,
                    QCoreApplication.translate("Startup", "예제 데이터"),
                    QCoreApplication.translate(
                        "Startup", "예제 데이터를 만들지 못했습니다 / Demo data failed: {0}"
                    ).format(outcome),
                )
    if not args.smoke and not args.screenshot:
        from desktop_oms.ui.first_run_dialog import FirstRunDialog, first_run_needed
        from desktop_oms.ui.login_dialog import viewer_at_start

        viewer = viewer_at_start(db)
        if viewer is None:
            return 0  # the login was closed: the user chose not to work now
        context = AppContext(db=db, operator=viewer.name, role=viewer.role)
        first_run = FirstRunDialog(context) if first_run_needed() else None
        if first_run is not None:
            first_run.exec()
        window = MainWindow(context, housekeeping_ms=HOURLY_MS)
        if first_run is not None and first_run.wants_shared_database:
            QTimer.singleShot(0, lambda: window.part_menus.open_key("database"))
    else:
        window = MainWindow(AppContext(db=db))
    window.load()
    window.show()
    if args.smoke:
        for _ in range(10):
            app.processEvents()
        window.close()
        return _smoke_label(db)
    if args.screenshot:
        from desktop_oms.ui.screenshots import save_screenshots

        for path in save_screenshots(window, args.screenshot):
            print(path)
        window.close()
        return 0
    return int(app.exec())


def _smoke_label(db: Database) -> int:
    """Render one label PDF (font and barcode) and say how big it came out."""
    try:
        from desktop_oms.services.labels import sample_label_pdf

        pdf = sample_label_pdf(db)
    except Exception as error:  # a smoke run answers with its exit code, never a dialog
        print(f"smoke: label PDF failed: {type(error).__name__}: {error}", flush=True)
        return 1
    ok = pdf.startswith(b"%PDF") and len(pdf) > 1000
    print(f"smoke: main window opened; label PDF {len(pdf):,} bytes", flush=True)
    return 0 if ok else 1
