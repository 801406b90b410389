"""GUI entry: the QApplication, translations hook, theme, global excepthook, the main window."""

from __future__ import annotations

import gc
import logging
import os
import sys
import threading
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QThread, QTimer, QTranslator
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QMessageBox

from app import APP_NAME, APP_ORG
from app.core import i18n, privacy
from app.core.settings import Settings, paths
from app.ui import database_dialog, icons, language, unlock
from app.ui.main_window import MainWindow
from app.ui.single_instance import SingleInstance
from app.ui.theme import RESOURCES, ThemeManager

log = logging.getLogger(__name__)
_showing_error = False


def install_excepthook() -> None:
    """Log every uncaught exception; show a dialog only when it happened on the GUI thread."""

    def hook(exc_type: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        global _showing_error
        text = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("uncaught exception:\n%s", text)
        app = QApplication.instance()
        on_gui = app is not None and QThread.currentThread() is app.thread()
        if not on_gui or _showing_error or issubclass(exc_type, KeyboardInterrupt):
            return
        _showing_error = True
        try:
            box = QMessageBox(QMessageBox.Icon.Critical,
                              QCoreApplication.translate("app", "Something went wrong"),
                              QCoreApplication.translate(
                                  "app", "Hearth hit an unexpected error. Your conversations "
                                  "are saved. The details were written to the log."))
            box.setDetailedText(text)
            box.exec()
        finally:
            _showing_error = False

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        text = "".join(traceback.format_exception(args.exc_type, args.exc_value,
                                                   args.exc_traceback))
        log.error("uncaught exception in thread %s:\n%s",
                  args.thread.name if args.thread else "?", text)

    sys.excepthook = hook
    threading.excepthook = thread_hook


def _log_to_file() -> None:
    log_dir = paths().ensure().log_dir
    path = log_dir / "hearth.log"
    # Owner-only like the history: the log can quote file names and errors about messages.
    os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600))
    if os.name == "posix" and path.stat().st_mode & 0o077:
        os.chmod(path, 0o600)  # our own file, made 0644 by an older version
    handler = logging.FileHandler(path, encoding="utf-8")
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    logging.getLogger().addHandler(handler)


GUI_SWITCH_INTERVAL = 0.001  # seconds


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused if one exists), with Hearth's names and base font."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(argv if argv is not None else sys.argv[:1])
    # The GUI thread takes the GIL for every paint and slot written in Python. While another
    # thread runs Python (the engine's decode loop, a document being read, the warm-up) each of
    # those waits up to the switch interval: 5 ms by default, 100-300 ms for a paint that calls
    # into Python dozens of times. 1 ms bounds that; the extra switches cost the background
    # threads next to nothing.
    sys.setswitchinterval(GUI_SWITCH_INTERVAL)
    # Everything imported so far lives as long as the process: keep it out of full garbage
    # collections, which hold the GIL and froze the window (see app.ui.gc_policy).
    gc.freeze()
    app.setApplicationName(APP_NAME)
    app.setDesktopFileName("hearth")  # Wayland matches the window to hearth.desktop by this
    app.setOrganizationName(APP_ORG)
    app.setApplicationDisplayName("Hearth")
    app.setWindowIcon(icons.app_icon())
    font = QFont(app.font())
    font.setPointSizeF(max(font.pointSizeF(), 10.0))
    app.setFont(font)
    install_translations(app)
    return app


def install_translations(app: QApplication) -> None:
    """Qt's translators (once per application) and core's hook into them. English ships too:
    it holds the plural forms of strings that count ("%n model(s)" reads "1 model")."""
    if getattr(app, "_hearth_translators", None) is None:
        translators = []
        translator = QTranslator(app)
        if translator.load(str(RESOURCES / "translations" / "hearth_en.qm")):
            app.installTranslator(translator)
            translators.append(translator)
        else:
            log.warning("English plural forms not found: counts read \"(s)\"")
        app._hearth_translators = translators  # type: ignore[attr-defined]
    i18n.install(lambda ctx, text: QCoreApplication.translate(ctx, text),
                 lambda ctx, text, n: QCoreApplication.translate(ctx, text, None, n))


def open_window(settings: Settings, *, theme: ThemeManager | None = None,
                asker: database_dialog.Asker = database_dialog.ask,
                teller: database_dialog.Teller | None = None) -> MainWindow | None:
    """The main window for this data folder, or None: another window already has the folder
    (it was asked to come forward), or the database cannot be used and the person chose to
    quit. A damaged or read-only database is explained with a way forward, before any window
    exists."""
    data = paths().ensure()
    instance = SingleInstance(data.data_dir)
    if not instance.acquire():
        shown = instance.ask_first_to_show()
        message = QCoreApplication.translate(
            "app", "Hearth is already open with this data folder ({folder}); its window was "
            "brought forward.").format(folder=data.data_dir)
        log.warning("%s (answered: %s)", message, shown)
        print(message, file=sys.stderr)
        return None
    # The key next (a passphrase dialog when that is the way in; a plain history from an
    # older Hearth is encrypted here): without it no window, and nothing is created.
    if not unlock.open_history():
        instance.release()
        return None
    privacy.protect_leftovers()
    mode = database_dialog.settle(data.database, asker=asker,
                                  **({"teller": teller} if teller is not None else {}))
    if mode is None:
        instance.release()
        return None
    window = MainWindow(settings, theme=theme, read_only=mode == "ro")
    window.single_instance = instance
    instance.setParent(window)
    instance.activated.connect(window.bring_forward)
    instance.listen()
    return window


def run_gui(model: str | None = None) -> int:
    """Open the window (loading `model`, else the last model used) and run until it closes."""
    app = make_application()
    try:
        _log_to_file()
    except OSError as exc:
        log.warning("no log file: %s", exc)
    install_excepthook()
    settings = Settings.load()
    language.apply(settings.language)
    theme = ThemeManager(app)
    theme.set_mode(settings.theme)
    window = open_window(settings, theme=theme)
    if window is None:
        return 0
    window.show()
    target = model or (settings.last_model if settings.last_model
                       and Path(settings.last_model).is_file() else None)
    if not model and window.maybe_show_first_run():
        pass  # the guided start loads a model (or the person skips it)
    elif not model and settings.use_remote and settings.remote_url:
        from app.core.models import secrets
        from app.core.remote_engine import config_from, normalize_base_url

        key = secrets.get_api_key(secrets.remote_key_name(normalize_base_url(settings.remote_url)))
        config = config_from(settings, key)
        QTimer.singleShot(0, lambda: window.use_remote(config))
    elif target:
        QTimer.singleShot(0, lambda: window.load_model(target))
    code = app.exec()
    window.close()
    return int(code)
