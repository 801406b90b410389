"""Links in messages: a message's text decides what a link says, so the real address is shown
before anything opens, and only web and mail addresses open at all (no file:, smb:, custom
schemes that the desktop would hand to some program). Sources open through the document
actions, never through a link in a message. Thread: GUI."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from app.ui.plain import plain_box

OPENABLE = ("http", "https", "mailto")


def address(url: QUrl) -> str:
    """The address as it really is: the host in ASCII (an internationalized look-alike shows
    as xn--...), nothing decoded that could hide where it goes."""
    return url.toString(QUrl.ComponentFormattingOption.FullyEncoded)


def link_box(href: str, parent: QWidget | None = None) -> tuple[QMessageBox, bool]:
    """The question (or refusal) for a link: (box, whether it may open)."""
    url = QUrl(href)
    scheme = url.scheme().lower()
    openable = scheme in OPENABLE and url.isValid() and (scheme == "mailto" or bool(url.host()))
    box = plain_box(QMessageBox(parent))
    box.setObjectName("linkDialog")
    tr = box.tr
    shown = address(url) if url.isValid() else href
    if openable:
        box.setIcon(QMessageBox.Icon.Question)
        box.setWindowTitle(tr("Open link"))
        box.setText(tr("Open this address in your browser? It is where the link really "
                       "goes, whatever its text says.") if scheme != "mailto"
                    else tr("Write an email to this address?"))
        box.setInformativeText(shown[:2000])
        box.addButton(tr("Open"), QMessageBox.ButtonRole.AcceptRole)
    else:
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Link not opened"))
        box.setText(tr("Hearth opens only web and email links from messages."))
        box.setInformativeText(shown[:2000])
    copy = box.addButton(tr("Copy address"), QMessageBox.ButtonRole.ActionRole)
    copy.clicked.disconnect()  # copying must not close the question
    copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(shown))
    box.addButton(QMessageBox.StandardButton.Cancel if openable
                  else QMessageBox.StandardButton.Close)
    return box, openable


def ask(box: QMessageBox) -> bool:
    box.exec()
    return box.buttonRole(box.clickedButton()) == QMessageBox.ButtonRole.AcceptRole


def open_link(href: str, parent: QWidget | None = None, *,
              confirm: Callable[[QMessageBox], bool] = ask) -> bool:
    """Show where `href` goes; open it only if it is a web or mail address and the person says
    so. True when it was handed to the desktop."""
    box, openable = link_box(href, parent)
    if not confirm(box) or not openable:
        return False
    return QDesktopServices.openUrl(QUrl(href))
