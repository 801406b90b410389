"""The README's screenshots, in English and Chinese, light and dark: the main window with a
conversation, the model manager and Settings. They land in the test's tmp dir (and
/tmp/hearth-shots); with HEARTH_UPDATE_SCREENSHOTS=1 also in docs/screenshots/. Chinese needs a
CJK font (Noto Sans CJK: `apt-get install fonts-noto-cjk`), checked before anything is drawn."""

from __future__ import annotations

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, QPoint
from PySide6.QtGui import QColor, QFont, QFontDatabase, QImage, QPainter
from PySide6.QtWidgets import QApplication, QTabWidget, QWidget

from app.core.engine import ModelInfo
from app.core.models.hardware import GPU, Hardware
from app.ui import language
from app.ui.main_window import MainWindow
from app.ui.settings_dialog import SettingsDialog
from tests.ui.shots import save_shot
from tests.ui.synthetic import ANSWER, QUESTION, REASONING

DOCS = Path(__file__).resolve().parents[2] / "docs" / "screenshots"
GIB = 1 << 30
MACHINE = Hardware("Linux", "x86_64", "AMD Ryzen 7 7840U", 16, 8, frozenset({"avx2"}),
                   32 * GIB, 26 * GIB, 400 * 10**9, True,
                   (GPU("NVIDIA GeForce RTX 4070", "cuda", 12 * GIB, 11 * GIB),))

ZH_QUESTION = "如何在 Python 中读取一个很大的 CSV 文件，又不会把内存用光？"
ZH_REASONING = ("用户想处理一个大 CSV 文件而不一次性载入。可以用 csv 模块逐行读取，"
                "或用 pandas 的 chunksize。两种都给出，保持简短。")
ZH_ANSWER = """**分块读取**，不要一次性全部载入。两种好办法：

### 1. 标准库逐行读取

```python
import csv

with open("big.csv", newline="", encoding="utf-8") as fh:
    for row in csv.DictReader(fh):
        if float(row["amount"]) > 1000:
            print(row["id"], row["amount"])
```

### 2. pandas 的 `chunksize`

```python
import pandas as pd

total = 0
for chunk in pd.read_csv("big.csv", chunksize=100_000):
    total += chunk["amount"].sum()
print(f"total: {total:,.2f}")
```

两种方式的内存占用都只与**一块**数据的大小有关，与整个文件无关。"""

CONTENT = {
    "en": ("Big CSV files", QUESTION, REASONING, ANSWER,
           "And what about Excel files?", "Use `openpyxl` in read-only mode [1].",
           ["Reading spreadsheets", "Trip to the coast", "Tax questions"]),
    "zh_CN": ("处理大型 CSV 文件", ZH_QUESTION, ZH_REASONING, ZH_ANSWER,
              "那 Excel 文件呢？", "用 `openpyxl` 的只读模式逐行读取 [1]。",
              ["周末去海边", "读书笔记整理", "报税问题"]),
}
SOURCES = [{"number": 1, "file": "openpyxl-docs.pdf", "page": 12, "heading": "",
            "path": "/docs/openpyxl-docs.pdf",
            "excerpt": "read_only mode loads rows lazily, so memory stays flat."}]


def has_cjk_font() -> bool:
    """A CJK font is installed and text in it does not come out as empty boxes."""
    if not QFontDatabase.families(QFontDatabase.WritingSystem.SimplifiedChinese):
        return False

    def draw(text: str) -> QImage:
        image = QImage(64, 40, QImage.Format.Format_RGB32)
        image.fill(QColor("white"))
        painter = QPainter(image)
        painter.setFont(QFont(QApplication.font().family(), 20))
        painter.setPen(QColor("black"))
        painter.drawText(QPoint(4, 30), text)
        painter.end()
        return image

    return draw("中") != draw("\U0010fffd") and draw("中") != draw("国")


@pytest.fixture
def restore_english() -> Iterator[None]:
    yield
    language.apply("en")
    QLocale.setDefault(QLocale("en_US"))


def keep(path: Path) -> None:
    if os.environ.get("HEARTH_UPDATE_SCREENSHOTS"):
        DOCS.mkdir(parents=True, exist_ok=True)
        shutil.copy(path, DOCS / path.name)


def fill(window: MainWindow, lang: str) -> None:
    title, question, reasoning, answer, follow, reply, others = CONTENT[lang]
    store = window.store
    for other in others:
        store.create_conversation(other)
    conv = store.create_conversation(title)
    q = store.add_message(conv.id, "user", question)
    store.add_message(conv.id, "assistant", answer, parent_id=q.id, reasoning=reasoning,
                      stats={"generated_tokens": 318, "ttft_seconds": 0.42, "decode_tps": 38.2})
    store.add_message(conv.id, "user", follow)
    store.add_message(conv.id, "assistant", reply, reasoning=reasoning, sources=SOURCES,
                      stats={"generated_tokens": 41, "ttft_seconds": 0.31, "decode_tps": 39.0})
    window.model_info = ModelInfo("/models/gpt-oss-20b-mxfp4.gguf", "gpt-oss-20b", "gpt-oss",
                                  8192, 131072, 20_900_000_000, 12_100_000_000,
                                  "CUDA (RTX 4070)", 24)
    window.sidebar.reload(conv.id)
    window.open_conversation(conv.id)
    window.update_pages()
    window.update_status()
    window.chat_view.trigger("sources", 3)
    window.chat_view.scroll_to_end()


def shoot(widget: QWidget, tmp_path: Path, name: str) -> QImage:
    QApplication.processEvents()
    path = save_shot(widget, tmp_path, name)
    keep(path)
    return QImage(str(path))


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_readme_screenshots(qtbot, make_window, tmp_path: Path, lang: str,
                            restore_english: None) -> None:
    if lang != "en" and not has_cjk_font():
        pytest.skip("no CJK font here: apt-get install fonts-noto-cjk")
    language.apply(lang)
    window = make_window()
    window.model_manager_options = {"hardware_info": MACHINE}
    window.resize(1280, 820)
    fill(window, lang)
    settings = SettingsDialog(window.settings, window.store.get_conversation(
        window.conversation_id), window)
    qtbot.addWidget(settings)
    settings.resize(760, 520)
    settings.show()
    tabs = settings.findChild(QTabWidget)
    tabs.setCurrentIndex(tabs.count() - 1)  # Appearance: theme and language
    manager = window.open_model_manager()
    manager.resize(1060, 760)
    qtbot.waitUntil(lambda: manager.background.pending == 0, timeout=15_000)
    images = {}
    for theme in ("light", "dark"):
        window.theme.set_mode(theme)
        QApplication.processEvents()
        images[theme] = shoot(window, tmp_path, f"main-{lang}-{theme}")
        shoot(manager, tmp_path, f"models-{lang}-{theme}")
        shoot(settings, tmp_path, f"settings-{lang}-{theme}")
    window.theme.set_mode("light")
    light, dark = images["light"], images["dark"]
    assert light.size() == dark.size() and light != dark
    assert QColor(light.pixel(light.width() - 40, 200)).lightnessF() > \
        QColor(dark.pixel(dark.width() - 40, 200)).lightnessF()
    if lang == "zh_CN":
        assert window.commands.act_new.text() == "新聊天"
        assert manager.windowTitle() != "Models"
