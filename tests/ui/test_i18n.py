"""The Chinese UI: switching the language in place leaves no English in the main window, every
Settings tab, the model manager, the document chips or the guided start, keeps the open
conversation, and goes back; the system locale picks the language; core messages and numbers
follow it."""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from dataclasses import replace
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QLocale, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from app.core.errors import describe
from app.core.status import MessageStatus
from app.ui import language
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog

ZH_CN = Path(language.I18N_DIR) / "hearth_zh_CN.ts"
# Qt's own parts (a tab bar's scroll buttons, a spin box's line edit) are Qt's to translate.
QT_INTERNAL = re.compile(r"^(qt_|ScrollLeftButton$|ScrollRightButton$)")
# The language menu names each language in itself, so anyone finds theirs.
NATIVE_NAMES = {"English", "简体中文", "繁體中文"}
NOT_PROSE = re.compile(r"https?://\S+|\S*[/\\]\S*|\S+\.(gguf|json|md|txt|pdf|jsonl|docx)\b"
                       r"|\S+_\S+")


def english_only_words() -> set[str]:
    """Words the English sources use and no Chinese translation keeps (so not names such as
    Hearth, GGUF, GPU or a model's): one of them on screen is English left untranslated."""
    source_words: set[str] = set()
    kept: set[str] = set()
    for msg in ET.parse(ZH_CN).getroot().iter("message"):
        source_words |= {w.lower() for w in re.findall(r"[A-Za-z]{3,}", msg.findtext("source")
                                                       or "")}
        node = msg.find("translation")
        kept |= {w.lower() for w in re.findall(r"[A-Za-z]{3,}", (node.text or "")
                                               if node is not None else "")}
    return source_words - kept


def visible_texts(roots: list[QWidget]) -> Iterator[tuple[str, str]]:
    """(where, text) for what a person reads or a screen reader speaks."""
    for root in roots:
        for obj in [root, *root.findChildren(QWidget), *root.findChildren(QAction)]:
            name = obj.objectName()
            if QT_INTERNAL.match(name):
                continue
            where = f"{type(obj).__name__}#{name}"
            if isinstance(obj, QAction):
                yield where, obj.text()
                yield where, obj.toolTip()
                continue
            assert isinstance(obj, QWidget)
            texts = [obj.toolTip(), obj.accessibleName(), obj.accessibleDescription(),
                     obj.statusTip()]
            if obj.isWindow():
                texts.append(obj.windowTitle())
            if isinstance(obj, QLabel | QAbstractButton):
                texts.append(obj.text())
            if isinstance(obj, QLineEdit | QPlainTextEdit | QTextEdit):
                texts.append(obj.placeholderText())
            if isinstance(obj, QAbstractSpinBox):
                texts.append(obj.specialValueText())
            if isinstance(obj, QGroupBox):
                texts.append(obj.title())
            if isinstance(obj, QComboBox):
                texts += [obj.itemText(i) for i in range(obj.count())]
            if isinstance(obj, QTabWidget):
                texts += [obj.tabText(i) for i in range(obj.count())]
                texts += [obj.tabToolTip(i) for i in range(obj.count())]
            for text in texts:
                yield where, text


def untranslated(roots: list[QWidget]) -> list[str]:
    english = english_only_words()
    bad = []
    for where, text in visible_texts(roots):
        if text in NATIVE_NAMES:
            continue
        prose = NOT_PROSE.sub(" ", text)
        words = [w for w in re.findall(r"[A-Za-z]{3,}", prose) if w.lower() in english]
        if words:
            bad.append(f"{where}: {text!r} ({', '.join(words)})")
    return sorted(set(bad))


def row_label(window: MainWindow, row: int) -> str:
    """What the row says about how it ended: its status, or the note that explains it."""
    delegate, item = window.chat_view.chat_delegate, window.chat_model.item(row)
    note = getattr(delegate, "note_text", None)
    return delegate.status_text(item) or (note(item) if note is not None else "")


def settle() -> None:
    """Let rebuilt parts replace the old ones (their widgets are deleted later)."""
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QApplication.processEvents()


@pytest.fixture
def restore_english() -> Iterator[None]:
    yield
    language.apply("en")
    QLocale.setDefault(QLocale("en_US"))


def open_everything(window: MainWindow, docs: list[Path], qtbot) -> list[QWidget]:
    """The window with a conversation, its document chips, Settings and the model manager."""
    store = window.store
    conv = store.create_conversation("周末计划")
    question = store.add_message(conv.id, "user", "周末去哪里？")
    store.add_message(conv.id, "assistant", "去海边。", parent_id=question.id,
                      reasoning="想一想。", stats={"generated_tokens": 3, "decode_tps": 12.5})
    store.add_message(conv.id, "user", "还有呢？")
    store.add_message(conv.id, "assistant", "爬山", status="cancelled")
    store.create_conversation("")  # an untitled one: the sidebar names it
    window.sidebar.reload(conv.id)
    window.open_conversation(conv.id)
    window.composer.set_text("草稿：还没发出去")
    with qtbot.waitSignal(window.documents_ingested, timeout=30_000):
        window.attach_files([str(p) for p in docs])
    settings = SettingsDialog(window.settings, store.get_conversation(conv.id), window)
    settings.show()
    manager = window.open_model_manager()
    qtbot.waitUntil(lambda: manager.background.pending == 0, timeout=15_000)
    roots: list[QWidget] = [window, settings, manager]
    if hasattr(window, "show_first_run"):  # the guided start, every page (offline: no network)
        window.settings.offline = True
        window.first_run_options = {"hardware_info": manager.hardware}
        roots.append(window.show_first_run())
    QApplication.processEvents()
    return roots


@pytest.fixture
def documents(tmp_path: Path) -> list[Path]:
    notes = tmp_path / "notes.md"
    notes.write_text("# Notes\n\nThe harbour was repainted.\n", encoding="utf-8")
    table = tmp_path / "prices.csv"
    table.write_text("item,price\ntea,3\n", encoding="utf-8")
    broken = tmp_path / "broken.pdf"
    broken.write_bytes(b"%PDF-1.7 not really")
    return [notes, table, broken]


def test_switching_to_chinese_in_place_leaves_no_english(
        qtbot, make_window: Callable[..., MainWindow], documents: list[Path],
        restore_english: None) -> None:
    window = make_window()
    roots = open_everything(window, documents, qtbot)
    conversation, rows = window.conversation_id, window.chat_model.rowCount()
    assert len(window.composer.shelf.chips()) == 3
    english = untranslated(roots)
    assert english, "the check must see English before the switch"
    painted = window.chat_view.viewport().grab().toImage()

    assert language.apply("zh_CN") == "zh_CN"
    settle()
    left = untranslated(roots)
    assert left == [], "\n".join(left)
    # Nothing was rebuilt: the open conversation, its rows and the unsent draft are all there.
    assert window.conversation_id == conversation and window.chat_model.rowCount() == rows
    assert window.composer.text() == "草稿：还没发出去"
    assert window.commands.act_new.text() == "新聊天"
    assert window.windowTitle().endswith("Hearth")
    # Text the views paint as they draw, and the untitled conversation's name.
    assert "停止" in row_label(window, rows - 1)
    # The rows are painted again in Chinese, not from their cached English layouts.
    assert window.chat_view.viewport().grab().toImage() != painted
    names = [window.sidebar.model.data(window.sidebar.model.index(i, 0))
             for i in range(window.sidebar.model.rowCount())]
    assert "新对话" in names
    # Made after the switch: Chinese from the start.
    fresh = SettingsDialog(window.settings, None, window)
    qtbot.addWidget(fresh)
    assert untranslated([fresh]) == []

    assert language.apply("en") == "en"
    settle()
    assert window.commands.act_new.text() == "New chat"
    back = untranslated(roots)
    assert back == english, (sorted(set(back) - set(english)), sorted(set(english) - set(back)))
    assert "Stopped" in row_label(window, rows - 1)


def test_settings_switch_to_traditional_and_core_messages_follow(
        qtbot, make_window: Callable[..., MainWindow], restore_english: None) -> None:
    window = make_window()
    window.apply_settings(replace(window.settings, language="zh_TW"))
    assert language.current() == "zh_TW"
    assert window.commands.act_settings.text().startswith("設定")
    assert window.settings.language == "zh_TW"  # and it is saved with the other settings
    assert "記憶體不足" in describe(MemoryError())
    assert QLocale().name() == "zh_TW"
    window.apply_settings(replace(window.settings, language="zh_CN"))
    assert window.commands.act_settings.text().startswith("设置")
    assert "内存不足" in describe(MemoryError())
    window.apply_settings(replace(window.settings, language="en"))
    assert window.commands.act_settings.text().startswith("Settings")
    assert describe(MemoryError()).startswith("Not enough memory")


def test_the_language_combo_lists_each_language_in_its_own_script(
        qtbot, make_window: Callable[..., MainWindow]) -> None:
    window = make_window()
    dialog = SettingsDialog(replace(window.settings, language="zh_TW"), None, window)
    qtbot.addWidget(dialog)
    combo = dialog.language
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Follow the system", "English", "简体中文", "繁體中文"]
    assert combo.currentData() == "zh_TW" and dialog.settings().language == "zh_TW"


@pytest.mark.parametrize(("system", "expected"), [
    ("zh_CN", "zh_CN"), ("zh_SG", "zh_CN"), ("zh_TW", "zh_TW"), ("zh_HK", "zh_TW"),
    ("zh_MO", "zh_TW"), ("en_GB", "en"), ("de_DE", "en"), ("ja_JP", "en"),
])
def test_the_system_locale_picks_the_language(system: str, expected: str) -> None:
    assert language.resolve("", QLocale(system)) == expected
    assert language.resolve("en", QLocale(system)) == "en"  # a choice in Settings wins
    assert language.resolve("zh_TW", QLocale(system)) == "zh_TW"


def test_sizes_and_times_follow_the_locale(restore_english: None) -> None:
    from app.core.units import format_bytes
    from app.ui.safety_page import local_time

    language.apply("zh_CN")
    assert format_bytes(1_500_000_000) == "1.5 GB"
    assert local_time("2026-03-04T05:06:07+00:00").count("/") == 2  # 2026/3/4 …
    language._format_locale  # noqa: B018 - the German case goes through the same setter
    from app.core import i18n

    german = QLocale("de_DE")
    i18n.set_number_format(german.decimalPoint(), german.groupSeparator())
    assert format_bytes(1_500_000_000) == "1,5 GB"


def test_message_status_names_are_translated_where_they_are_shown(
        qtbot, make_window: Callable[..., MainWindow], restore_english: None) -> None:
    """The chat delegate asks tr() as it paints: nothing is cached in the old language."""
    window = make_window()
    conv = window.store.create_conversation("x")
    window.store.add_message(conv.id, "user", "hi")
    window.store.add_message(conv.id, "assistant", "partial", status="error")
    window.open_conversation(conv.id)
    item = window.chat_model.item(1)
    assert item.status is MessageStatus.ERROR
    english = row_label(window, 1)
    language.apply("zh_CN")
    chinese = row_label(window, 1)
    assert english.isascii() and english and re.search(r"[\u4e00-\u9fff]", chinese)


def test_shown_text_is_read_back_to_its_source(qapp) -> None:
    """The in-place switch reads each text back to its source; here back to English (no
    translator installed): plurals, nested names, the nearest context, and sentences that a
    short template must not swallow."""
    table = language._Reverse([
        ("Downloads", "Downloading %n model(s)", "正在下载 %n 个模型"),
        ("Page", "{name} (locked)", "{name}（已锁定）"),
        ("core", "Privacy", "隐私"),
        ("RemoteTab", "Model", "模型"),
        ("Dialog", "Models", "模型"),
        ("Row", "{done} of {total}", "{done} / {total}"),
    ])
    assert table.retranslate("正在下载 3 个模型") == "Downloading 3 model(s)"
    assert table.retranslate("隐私（已锁定）") == "Privacy (locked)"
    assert table.retranslate("模型", ("QLabel", "RemoteTab", "Dialog")) == "Model"
    assert table.retranslate("模型", ("QLabel", "Dialog")) == "Models"
    assert table.retranslate("3 / 5") == "3 of 5"
    long = "这句话很长，包含一个斜杠 a / b 但并不是那个模板所产生的文本，不应被改写。"
    assert table.retranslate(long) is None
    assert table.retranslate("用户自己写的标题") is None


def test_english_plural_forms_are_read_back_too(qapp, tmp_path: Path, monkeypatch) -> None:
    """English shows "%n model(s)" as "2 models" where a catalog gives the forms: switching
    from English finds its source all the same."""
    ts = tmp_path / "translations" / "hearth_en.ts"
    ts.parent.mkdir()
    ts.write_text(
        '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n<TS version="2.1" language="en">'
        "<context><name>Downloads</name><message numerus=\"yes\">"
        "<source>Moving %n model(s) to {folder}…</source><translation>"
        "<numerusform>Moving the model to {folder}…</numerusform>"
        "<numerusform>Moving %n models to {folder}…</numerusform>"
        "</translation></message></context></TS>\n", encoding="utf-8")
    monkeypatch.setattr(language, "RESOURCES", tmp_path)
    table = language._reverse_table("en")
    assert table.retranslate("Moving 3 models to /m…") == "Moving 3 model(s) to /m…"
    assert table.retranslate("Moving the model to /m…") == "Moving 1 model(s) to /m…"


def test_plain_text_tooltips_are_read_back_through_their_markup(qapp) -> None:
    from PySide6.QtGui import Qt as GuiQt

    def plain(text: str) -> str:
        return GuiQt.convertFromPlainText(text, GuiQt.WhiteSpaceMode.WhiteSpaceNormal)

    table = language._Reverse([("core", "{name} is <damaged> & unreadable.",
                                 "{name} 已<损坏>且无法读取。")])
    shown: list[str] = []
    language._swap_tip(QObject(), lambda: plain("a&b.pdf 已<损坏>且无法读取。"), shown.append,
                       table, ())
    assert shown == [plain("a&b.pdf is <damaged> & unreadable.")]


def test_two_sources_that_read_the_same_come_back_as_they_were(qapp) -> None:
    """诽谤 is both "Defamation" (a label) and "defamation" (in a sentence), in one context:
    the switch remembers which one each text was made from."""
    from PySide6.QtWidgets import QLabel

    label, lower = QLabel("Defamation"), QLabel("defamation")
    english = language._Reverse([("core", "Defamation", "Defamation"),
                                 ("core", "defamation", "defamation")])
    for widget in (label, lower):
        language.retranslate_object(widget, english)  # to English again: nothing to change
    assert (label.text(), lower.text()) == ("Defamation", "defamation")
    chinese = language._Reverse([("core", "Defamation", "诽谤"), ("core", "defamation", "诽谤")])
    label.setText("诽谤")
    lower.setText("诽谤")
    label.setProperty("hearthTrText", ["诽谤", "core", "Defamation"])
    lower.setProperty("hearthTrText", ["诽谤", "core", "defamation"])
    for widget in (label, lower):
        language.retranslate_object(widget, chinese)
    assert (label.text(), lower.text()) == ("Defamation", "defamation")
