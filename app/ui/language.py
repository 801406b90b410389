"""The UI language: Qt translators for Hearth's and Qt's own strings, chosen from Settings or the
system locale, and a switch that retranslates the open windows in place. Thread: GUI."""

from __future__ import annotations

import html
import logging
import re
import xml.etree.ElementTree as ET
from collections.abc import Callable, Iterator
from functools import partial
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QLocale,
    QModelIndex,
    QObject,
    Qt,
    QTranslator,
)
from PySide6.QtGui import QAction
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QDoubleSpinBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QSpinBox,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from app.core import i18n
from app.ui.theme import RESOURCES

log = logging.getLogger(__name__)

I18N_DIR = RESOURCES / "i18n"
ENGLISH = "en"
TRANSLATED = ("zh_CN", "zh_TW")
# (setting value, name shown in the language menu). Names of languages are written in that
# language, so a person who cannot read the current UI still finds theirs.
LANGUAGES = (("", ""), (ENGLISH, "English"), ("zh_CN", "简体中文"), ("zh_TW", "繁體中文"))

_translators: list[QTranslator] = []
_current = ENGLISH


def current() -> str:
    """The language the UI shows now: "en", "zh_CN" or "zh_TW"."""
    return _current


def resolve(setting: str, system: QLocale | None = None) -> str:
    """The language to show for a Settings value ("" follows the system's preferred languages:
    the first that Hearth has, Traditional for Hant, Taiwan, Hong Kong and Macau)."""
    if setting == ENGLISH or setting in TRANSLATED:
        return setting
    locale = system if system is not None else QLocale.system()
    for tag in locale.uiLanguages() or [locale.name()]:
        parts = tag.replace("_", "-").lower().split("-")
        if parts[0] == "zh":
            traditional = "hant" in parts or any(p in ("tw", "hk", "mo") for p in parts[1:])
            return "zh_TW" if traditional else "zh_CN"
        if parts[0] == "en":
            return ENGLISH
    return ENGLISH


def _format_locale(language: str, setting: str) -> QLocale:
    """Numbers and dates: the system's when following it (or when it speaks the chosen
    language), else the chosen language's own."""
    system = QLocale.system()
    if not setting:
        return system
    chosen = QLocale(language if language != ENGLISH else "en_US")
    return system if system.language() == chosen.language() else chosen


def _load(translator: QTranslator, path: Path) -> bool:
    return path.is_file() and translator.load(str(path))


def apply(setting: str) -> str:
    """Install the translators for `setting` ("", "en", "zh_CN", "zh_TW") and retranslate every
    open window; returns the language now shown. Cheap when nothing changes."""
    global _current
    language = resolve(setting)
    locale = _format_locale(language, setting)
    QLocale.setDefault(locale)
    i18n.set_number_format(locale.decimalPoint(), locale.groupSeparator())
    if language == _current and (_translators or language == ENGLISH):
        return language
    app = QCoreApplication.instance()
    if app is None:
        return _current
    # Windows already open are put into the new language from what they show now (at start
    # there are none, and the old language's table is not read at all).
    open_windows = isinstance(app, QApplication) and bool(app.topLevelWidgets())
    before = _reverse_table(_current) if open_windows else None
    for old in _translators:
        app.removeTranslator(old)
    _translators.clear()
    if language != ENGLISH:
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        for path in (I18N_DIR / f"hearth_{language}.qm", qt_dir / f"qtbase_{language}.qm"):
            translator = QTranslator(app)
            if _load(translator, path):
                app.installTranslator(translator)
                _translators.append(translator)
            else:
                log.warning("no translation file %s", path)
    _current = language
    i18n.install(lambda ctx, text: QCoreApplication.translate(ctx, text),
                 lambda ctx, text, n: QCoreApplication.translate(ctx, text, None, n))
    if before is not None:
        retranslate_all(before)
    return language


# ------------------------------------------------------------------ retranslation in place


class _Reverse:
    """What a shown text was before translation: (context, source) by translated text, and the
    templates with {placeholders}, matched with their values kept."""

    def __init__(self, pairs: list[tuple[str, str, str]]) -> None:
        # One shown text can stand for several sources ("模型": Model and Models).
        self.exact: dict[str, list[tuple[str, str]]] = {}
        self.templates: list[_Template] = []
        for context, source, shown in pairs:
            self.exact.setdefault(shown, []).append((context, source))
            if ("{" in shown and "{" in source) or "%n" in source:
                template = _Template.of(shown, context, source)
                if template is not None:
                    self.templates.append(template)
        # The most specific template first: the one with the most literal text.
        self.templates.sort(key=lambda t: -t.literal)

    def lookup(self, text: str, contexts: tuple[str, ...] = ()) -> tuple[str, str] | None:
        """(context, source) of a text shown whole, the nearest context first."""
        hits = self.exact.get(text)
        if not hits:
            return None
        by_context = {context: source for context, source in hits}
        return next(((c, by_context[c]) for c in contexts if c in by_context), hits[0])

    def retranslate(self, text: str, contexts: tuple[str, ...] = ()) -> str | None:
        """`text` in the current language, or None if it is not a known translation. Where
        several sources read the same, the one of the nearest class in `contexts` (the
        widget's own classes, then its parents') wins."""
        if not text:
            return None
        hit = self.lookup(text, contexts)
        if hit is not None:
            return QCoreApplication.translate(*hit)
        for template in self.templates:
            match = template.match(text)
            if match is None:
                continue
            literal, context, source = template.literal, template.context, template.source
            # A short template ("{done} of {total}") matches any sentence with " of " in it:
            # taken only when it is a good part of the text or its values are short or names.
            found = match.groupdict().values()
            if literal < 0.35 * len(text) and not all(
                    v in self.exact or (len(v) <= 24 and not _SENTENCE.search(v))
                    for v in found):
                continue
            # A value may itself be a translated name ("{name} (locked)"): translate it too.
            values = {k: self.retranslate(v) or v for k, v in match.groupdict().items()
                      if k != _COUNT}
            count = match.groupdict().get(_COUNT)
            if count is None and "%n" in source:
                count = "1"  # a singular form that spells the number out ("The model in …")
            if count is not None:  # %n: Qt puts the number in and picks the plural form
                if not count.strip().isdigit():
                    continue
                new = QCoreApplication.translate(context, source, None, int(count))
            else:
                new = QCoreApplication.translate(context, source)

            def fill(m: re.Match[str], values: dict[str, str] = values) -> str:
                return values.get(m.group(1), m.group(0))

            return _FIELD.sub(fill, new)
        return None


_FIELD = re.compile(r"\{(\w*)[^{}]*\}")
_FIELD_OR_COUNT = re.compile(r"\{(\w*)[^{}]*\}|%n")
_COUNT = "_count"  # the group that reads back what %n became
_SENTENCE = re.compile(r"[，。；！？]|[,;!?.](\s|$)")  # a value that is part of a sentence


class _Template:
    """A translation with {fields}, matched against shown text: its literal start and end are
    checked first, and the regular expression is compiled the first time those fit."""

    def __init__(self, shown: str, context: str, source: str, prefix: str, suffix: str,
                 literal: int) -> None:
        self.shown, self.context, self.source = shown, context, source
        self.prefix, self.suffix, self.literal = prefix, suffix, literal
        self._pattern: re.Pattern[str] | None = None

    @classmethod
    def of(cls, shown: str, context: str, source: str) -> _Template | None:
        fields = list(_FIELD_OR_COUNT.finditer(shown))
        names = [_name(m) for m in fields]
        if not fields or not all(names) or len(set(names)) != len(names):
            return None  # positional or repeated fields cannot be read back
        return cls(shown, context, source, shown[:fields[0].start()], shown[fields[-1].end():],
                   len(_FIELD_OR_COUNT.sub("", shown)))

    def match(self, text: str) -> re.Match[str] | None:
        if len(text) <= self.literal or not text.startswith(self.prefix) \
                or not text.endswith(self.suffix):
            return None
        if self._pattern is None:
            out, pos = [], 0
            for m in _FIELD_OR_COUNT.finditer(self.shown):
                out.append(re.escape(self.shown[pos:m.start()]))
                out.append(f"(?P<{_name(m)}>.+?)")
                pos = m.end()
            out.append(re.escape(self.shown[pos:]))
            self._pattern = re.compile("".join(out), re.DOTALL)
        return self._pattern.fullmatch(text)


def _name(field: re.Match[str]) -> str:
    return _COUNT if field.group(0) == "%n" else field.group(1)


def _reverse_table(language: str) -> _Reverse:
    """Shown text -> source for `language`, read from the .ts beside the .qm. English shows
    the sources themselves, and the English plural forms where a catalog gives them
    (resources/translations/hearth_en.ts: "%n model(s)" shows as "2 models")."""
    if language == ENGLISH:
        return _Reverse(_pairs(I18N_DIR / "hearth_zh_CN.ts", sources=True)
                        + _pairs(RESOURCES / "translations" / "hearth_en.ts", sources=False))
    return _Reverse(_pairs(I18N_DIR / f"hearth_{language}.ts", sources=False))


def _pairs(path: Path, *, sources: bool) -> list[tuple[str, str, str]]:
    """(context, source, shown) for each message of a .ts: shown is the source itself, or each
    form of its translation."""
    if not path.is_file():
        return []
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        log.warning("cannot read %s: %s", path, exc)
        return []
    pairs: list[tuple[str, str, str]] = []
    for ctx in root.iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            node = msg.find("translation")
            if node is None or node.get("type") == "vanished":
                continue  # kept for a string not in the code: nothing shows it
            if sources:
                shown = [source]
            else:
                forms = node.findall("numerusform")
                shown = [f.text or "" for f in forms] if forms else [node.text or ""]
            pairs += [(name, source, text) for text in shown if text]
    return pairs


def _widgets(roots: list[QWidget]) -> Iterator[QObject]:
    for root in roots:
        yield root
        yield from root.findChildren(QWidget)
        yield from root.findChildren(QAction)


def _contexts(obj: QObject) -> tuple[str, ...]:
    """The translation contexts near `obj`: its classes, then each parent's, nearest first."""
    out: list[str] = []
    node: QObject | None = obj
    while node is not None:
        out += [cls.__name__ for cls in type(node).__mro__]
        node = node.parent()
    return tuple(out)


def _swap(obj: QObject, key: str, get: Callable[[], str], put: Callable[[str], object],
          table: _Reverse, contexts: tuple[str, ...]) -> None:
    """One text of `obj` into the current language. Where the switch before this one set it,
    the source it was made from is remembered on the object (as a property named `key`): two
    sources can read the same in Chinese ("Defamation" and "defamation" are both 诽谤)."""
    text = get()
    if not text:
        return
    memo = obj.property(key)
    hit: tuple[str, str] | None = None
    if isinstance(memo, list | tuple) and len(memo) == 3 and memo[0] == text:
        hit = (str(memo[1]), str(memo[2]))
    else:
        hit = table.lookup(text, contexts)
    if hit is not None:
        new = QCoreApplication.translate(*hit)
        put(new)
        obj.setProperty(key, [new, hit[0], hit[1]])
        return
    new_text = table.retranslate(text, contexts)
    if new_text is not None:
        put(new_text)


_PLAIN_TIP = re.compile(r"<p>(.*)</p>", re.DOTALL)


def _swap_tip(obj: QObject, get: Callable[[], str], put: Callable[[str], object],
              table: _Reverse, contexts: tuple[str, ...]) -> None:
    """A tooltip; one made from plain text (Qt.convertFromPlainText: "<p>…</p>", escaped, so
    outside text never shows as markup) is read back, translated and made again the same way."""
    text = get()
    wrapped = _PLAIN_TIP.fullmatch(text)
    if wrapped is None or table.lookup(text, contexts) is not None:
        _swap(obj, "hearthTrToolTip", get, put, table, contexts)
        return
    plain = html.unescape(wrapped.group(1).replace("<br>\n", "\n").replace("<br>", "\n"))
    again = table.retranslate(plain, contexts)
    if again is not None:
        put(GuiQt.convertFromPlainText(again, GuiQt.WhiteSpaceMode.WhiteSpaceNormal))


def retranslate_all(before: _Reverse) -> None:
    """Every visible string of every window, put into the current language: texts set from a
    translation are looked up by what they show; widgets with state-dependent text also get
    their `retranslate_ui()` called, and views repaint (their models translate as they paint)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return
    tops = [w for w in app.topLevelWidgets() if isinstance(w, QWidget)]
    hooks: list[Callable[[], object]] = []
    seen: set[int] = set()
    everything = list(_widgets(tops))  # held, so no id is reused while we look
    for obj in everything:
        # A dialog is a top-level window and its parent window's child: once is enough.
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        retranslate_object(obj, before)
        hook = getattr(obj, "retranslate_ui", None)
        if callable(hook):
            hooks.append(hook)
    for hook in hooks:
        hook()
    for top in tops:
        for view in top.findChildren(QAbstractItemView):
            model = view.model()
            rows = model.rowCount(QModelIndex()) if model is not None else 0
            if model is not None and rows > 0:
                try:
                    last = max(0, model.columnCount(QModelIndex()) - 1)
                except TypeError:  # a list model: one column, the method is private
                    last = 0
                model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
                model.dataChanged.emit(model.index(0, 0), model.index(rows - 1, last))
            view.viewport().update()


def retranslate_object(obj: QObject, table: _Reverse) -> None:
    """One widget's or action's texts (the properties people read and screen readers speak)."""
    ctx = _contexts(obj)

    def swap(key: str, get: Callable[[], str], put: Callable[[str], object]) -> None:
        _swap(obj, f"hearthTr{key}", get, put, table, ctx)

    if isinstance(obj, QAction):
        if not obj.isSeparator():
            swap("Text", obj.text, obj.setText)
            _swap_tip(obj, obj.toolTip, obj.setToolTip, table, ctx)
            swap("StatusTip", obj.statusTip, obj.setStatusTip)
        return
    if not isinstance(obj, QWidget):
        return
    if obj.isWindow():
        swap("WindowTitle", obj.windowTitle, obj.setWindowTitle)
    _swap_tip(obj, obj.toolTip, obj.setToolTip, table, ctx)
    swap("StatusTip", obj.statusTip, obj.setStatusTip)
    swap("WhatsThis", obj.whatsThis, obj.setWhatsThis)
    swap("AccessibleName", obj.accessibleName, obj.setAccessibleName)
    swap("AccessibleDescription", obj.accessibleDescription, obj.setAccessibleDescription)
    if isinstance(obj, QLabel | QAbstractButton):
        swap("Text", obj.text, obj.setText)
    if isinstance(obj, QLineEdit | QPlainTextEdit | QTextEdit):
        swap("Placeholder", obj.placeholderText, obj.setPlaceholderText)
    if isinstance(obj, QAbstractSpinBox):
        swap("SpecialValue", obj.specialValueText, obj.setSpecialValueText)
        if isinstance(obj, QSpinBox | QDoubleSpinBox):
            swap("Suffix", obj.suffix, obj.setSuffix)
            swap("Prefix", obj.prefix, obj.setPrefix)
    if isinstance(obj, QGroupBox | QMenu):
        swap("Title", obj.title, obj.setTitle)
    if isinstance(obj, QComboBox):
        for i in range(obj.count()):
            swap(f"Item{i}", partial(obj.itemText, i), partial(obj.setItemText, i))
    if isinstance(obj, QTabWidget):
        for i in range(obj.count()):
            swap(f"Tab{i}", partial(obj.tabText, i), partial(obj.setTabText, i))
            swap(f"TabTip{i}", partial(obj.tabToolTip, i), partial(obj.setTabToolTip, i))


def language_names() -> list[tuple[str, str]]:
    """(setting value, label) for the language choice in Settings."""
    return [(code, name or QCoreApplication.translate("language", "Follow the system"))
            for code, name in LANGUAGES]
