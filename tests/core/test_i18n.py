"""The translation catalogs: complete, up to date with the code, placeholders intact; zh_TW made
from zh_CN with Taiwan's terms; core strings and numbers through the installed hooks."""

from __future__ import annotations

import importlib.util
import re
import string
import subprocess
import sys
import xml.etree.ElementTree as ET
from collections.abc import Iterator
from pathlib import Path
from types import ModuleType

import pytest

from app.core import i18n
from app.core.chat import LANGUAGE_INSTRUCTION, with_language_instruction
from app.core.units import format_bytes

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "scripts" / "translations.py"
CATALOGS = sorted((ROOT / "resources" / "i18n").glob("hearth_*.ts"))


def _script() -> ModuleType:
    spec = importlib.util.spec_from_file_location("hearth_translations", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses look their module up while the class is made
    spec.loader.exec_module(module)
    return module


def _messages(path: Path) -> Iterator[tuple[str, str, str]]:
    """(context, source, translation) of the strings in the code (not the vanished ones)."""
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            node = msg.find("translation")
            if node is not None and node.get("type") == "vanished":
                continue
            form = node.find("numerusform") if node is not None else None
            text = form if form is not None else node
            yield name, msg.findtext("source") or "", (text.text or "") if text is not None else ""


def _fields(text: str) -> list[str]:
    """The {placeholders} str.format fills, with their format specs ({{ }} are not fields)."""
    return sorted(f"{name}{'!' + conv if conv else ''}{':' + spec if spec else ''}"
                  for _lit, name, spec, conv in string.Formatter().parse(text) if name is not None)


def test_the_catalogs_are_complete_and_up_to_date() -> None:
    """What a developer runs after adding a string: fails until it is translated and compiled."""
    result = subprocess.run([sys.executable, str(SCRIPT), "--check"], capture_output=True,
                            text=True, timeout=120)
    assert result.returncode == 0, result.stderr[-4000:]


def test_both_chinese_catalogs_exist_and_are_compiled() -> None:
    names = {p.name for p in CATALOGS}
    assert names == {"hearth_zh_CN.ts", "hearth_zh_TW.ts"}
    for ts in CATALOGS:
        qm = ts.with_suffix(".qm")
        assert qm.is_file() and qm.stat().st_size > 10_000, qm


@pytest.mark.parametrize("path", CATALOGS, ids=lambda p: p.stem)
def test_every_translation_keeps_the_placeholders_and_accelerators(path: Path) -> None:
    bad = []
    for context, source, translation in _messages(path):
        if _fields(source) != _fields(translation):
            bad.append(f"[{context}] {source!r} -> {translation!r}: placeholders differ")
        if sorted(re.findall(r"%[\dn]", source)) != sorted(re.findall(r"%[\dn]", translation)):
            bad.append(f"[{context}] {source!r}: %1 / %n differ")
        accel = re.compile(r"&(?!&)\w")
        if len(accel.findall(source)) != len(accel.findall(translation)):
            bad.append(f"[{context}] {source!r}: the & accelerator is lost")
        # File dialog filters: Qt reads the patterns from ASCII parentheses.
        filters = re.compile(r"\(\*[^()]*\)|\(\{patterns\}\)")
        if sorted(filters.findall(source)) != sorted(filters.findall(translation)):
            bad.append(f"[{context}] {source!r} -> {translation!r}: file filter changed")
        if source.strip() and not translation.strip():
            bad.append(f"[{context}] {source!r}: empty translation")
    assert not bad, "\n".join(bad[:50])


def test_translations_are_chinese() -> None:
    """Nothing left in English by accident: a translation with words has Chinese characters
    (names such as 'Hearth', 'GPU' or a model's file name may stand alone)."""
    cjk = re.compile(r"[\u4e00-\u9fff]")
    for path in CATALOGS:
        for context, source, translation in _messages(path):
            prose = re.sub(r"\{[^{}]*\}|https?://\S+|\S+\.\w{2,4}\b", "", source)
            words = [w for w in re.findall(r"\b[a-z]{3,}\b", prose) if w not in translation]
            if len(words) >= 3:
                assert cjk.search(translation), f"{path.name} [{context}] {source!r}"


def test_traditional_uses_taiwan_terms() -> None:
    conv = _script().TwConverter()
    assert conv.convert("设置默认的模型文件夹") == "設定預設的模型資料夾"
    assert conv.convert("打开文件") == "開啟檔案"
    assert conv.convert("附加文档") == "附加文件"  # the document/file swap, in one pass
    assert conv.convert("网络、软件、信息") == "網路、軟體、資訊"
    assert conv.convert("复制后发送“消息”") == "複製後發送「訊息」"
    assert conv.convert("内存不足") == "記憶體不足"


def test_the_traditional_catalog_is_the_converted_simplified_one() -> None:
    script = _script()
    conv = script.TwConverter()
    cn = {(c, s): t for c, s, t in _messages(ROOT / "resources/i18n/hearth_zh_CN.ts")}
    tw = {(c, s): t for c, s, t in _messages(ROOT / "resources/i18n/hearth_zh_TW.ts")}
    assert cn.keys() == tw.keys()
    assert all(tw[k] == conv.convert(cn[k]) for k in cn)
    # No Simplified-only character left in the Traditional catalog.
    t2s = set(__import__("json").loads(script.T2S.read_text(encoding="utf-8")).values())
    leftovers = {ch for text in tw.values() for ch in text if ch in t2s and ch in
                 "这个们说为发后时会对过还进样实现问题关门东车书长开体儿机构离适录钥"}
    assert not leftovers


def test_extraction_refuses_a_tr_call_without_a_literal(tmp_path: Path,
                                                        monkeypatch: pytest.MonkeyPatch) -> None:
    script = _script()
    bad = tmp_path / "bad.py"
    bad.write_text('from app.core.i18n import tr\nname = "x"\nmsg = tr(f"hello {name}")\n',
                   encoding="utf-8")
    monkeypatch.setattr(script, "ROOT", tmp_path)
    with pytest.raises(script.ExtractError, match="bad.py:3"):
        script.run_ast([bad])


def test_core_strings_and_numbers_follow_the_installed_hooks() -> None:
    seen: list[tuple[str, str]] = []
    try:
        i18n.install(lambda ctx, text: seen.append((ctx, text)) or f"<{text}>")
        assert i18n.tr("Hello") == "<Hello>"
        assert i18n.tr("Hi", context="catalog") == "<Hi>"
        assert i18n.tr_noop("Later") == "Later"
        assert i18n.tr_dynamic("Later") == "<Later>"
        assert seen == [("core", "Hello"), ("catalog", "Hi"), ("core", "Later")]
        assert format_bytes(1_500_000_000) == "1.5 GB"
        i18n.set_number_format(",", ".")  # German
        assert format_bytes(1_500_000_000) == "1,5 GB"
        assert i18n.format_number(1234567.5, 1) == "1.234.567,5"
        i18n.set_number_format(".", "\u00a0")
        assert i18n.format_number(12345) == "12\u00a0345"
    finally:
        i18n.set_number_format(".", ",")
        i18n._translate = None
    assert i18n.tr("Hello") == "Hello" and format_bytes(512) == "512 B"


def test_the_model_is_told_to_answer_in_the_users_language_the_same_way_every_turn() -> None:
    assert with_language_instruction("") == LANGUAGE_INSTRUCTION
    once = with_language_instruction("Be brief.")
    assert once == f"{LANGUAGE_INSTRUCTION}\n\nBe brief."
    assert with_language_instruction(once) == once  # never doubled, so the prompt stays stable


def test_a_chat_session_puts_the_sentence_before_the_instructions(tmp_path: Path) -> None:
    from app.core import storage
    from app.core.chat import ChatSession, TurnRequest
    from app.core.engine import SamplingParams

    request = TurnRequest("你好", SamplingParams())
    bare = ChatSession(None, instructions="Be brief.").history(request)  # type: ignore[arg-type]
    assert bare.instructions == f"{LANGUAGE_INSTRUCTION}\n\nBe brief."
    store = storage.Store.open(tmp_path / "h.sqlite3")
    conv = store.create_conversation("t")
    session = ChatSession(None, store=store, conversation_id=conv.id)  # type: ignore[arg-type]
    first, second = session.history(request), session.history(request)
    assert first.instructions == second.instructions == LANGUAGE_INSTRUCTION
    given = ChatSession(None).history(  # type: ignore[arg-type]
        TurnRequest("hi", SamplingParams(), conversation=bare.with_messages([])))
    assert given.instructions == bare.instructions  # a server client's own prompt is untouched


def test_the_caring_reply_follows_the_script_the_person_writes_in() -> None:
    from app.core.safety import caring_reply, detect_language

    assert detect_language("我觉得好累，不想活了") == "zh"
    assert detect_language("我覺得好累，不想活了") == "zh_TW"
    assert detect_language("I can't go on") == "en"
    traditional = caring_reply(detect_language("我覺得好累，不想活了"))
    assert "聽起來" in traditional and "119" in traditional and "findahelpline.com" in traditional
    assert "听起来" in caring_reply("zh") and "120" in caring_reply("zh")
    helping = caring_reply("zh_TW", about_someone_else=True)
    assert "陪在他身邊" in helping and "befrienders.org" in helping


def test_a_new_string_fails_the_check_until_it_is_translated(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch,
        capsys: pytest.CaptureFixture[str]) -> None:
    """The developer's loop, on a tiny project: add a string, run the script, translate, run."""
    script = _script()
    app = tmp_path / "app"
    app.mkdir()
    (app / "widget.py").write_text(
        "from PySide6.QtWidgets import QWidget\n"
        "from app.core.i18n import tr\n\n"
        "class Panel(QWidget):\n"
        "    def title(self) -> str:\n"
        "        return self.tr('Open {name}').format(name='x')\n\n"
        "MESSAGE = tr('The disk is full.')\n", encoding="utf-8")
    catalog = tmp_path / "catalog.json"
    catalog.write_text('{"repos": [{"title": "Test models", "files": [{"note": "Small."}]}]}',
                       encoding="utf-8")
    monkeypatch.setattr(script, "ROOT", tmp_path)
    monkeypatch.setattr(script, "APP", app)
    monkeypatch.setattr(script, "OUT", tmp_path / "i18n")
    monkeypatch.setattr(script, "CATALOG", catalog)
    assert script.build(check=True, review=False) == 1  # nothing extracted yet
    assert script.build(check=False, review=False) == 0
    assert script.build(check=True, review=False) == 1  # extracted, not translated
    assert "unfinished [Panel] 'Open {name}'" in capsys.readouterr().err
    ts = tmp_path / "i18n" / "hearth_zh_CN.ts"
    text = ts.read_text(encoding="utf-8")
    for source, chinese in (("Open {name}", "打开 {name}"), ("The disk is full.", "磁盘已满。"),
                            ("Test models", "测试模型"), ("Small.", "小。")):
        text = text.replace(f"<source>{source}</source>\n            "
                            f'<translation type="unfinished" />',
                            f"<source>{source}</source>\n            "
                            f"<translation>{chinese}</translation>")
    ts.write_text(text, encoding="utf-8")
    assert script.build(check=False, review=False) == 0
    assert script.build(check=True, review=False) == 0
    tw = (tmp_path / "i18n" / "hearth_zh_TW.ts").read_text(encoding="utf-8")
    assert "<translation>開啟 {name}</translation>" in tw and "磁碟已滿。" in tw
    contexts = {c for c, _s, _t in _messages(ts)}
    assert contexts == {"Panel", "core", "catalog"}
    # A string that leaves the code keeps its translation (vanished, not shipped), and comes
    # back translated: after a revert, or when a branch that has it is merged.
    widget = app / "widget.py"
    widget.write_text(widget.read_text(encoding="utf-8").replace("'Open {name}'", "'Close'"),
                      encoding="utf-8")
    assert script.build(check=False, review=False) == 0
    assert script.build(check=True, review=False) == 1  # 'Close' needs a translation
    assert 'type="vanished"' in ts.read_text(encoding="utf-8")
    widget.write_text(widget.read_text(encoding="utf-8").replace("'Close'", "'Open {name}'"),
                      encoding="utf-8")
    assert script.build(check=False, review=False) == 0
    assert script.build(check=True, review=False) == 0
    assert 'type="vanished"' not in ts.read_text(encoding="utf-8")


def test_every_character_with_several_traditional_forms_has_a_decision() -> None:
    """A character the table maps to more than one Traditional form (发: 發/髮, 后: 後/后) is
    converted as TW_CHARS decides; a new one in a new translation needs a decision there
    (`python scripts/translations.py --review` lists it with its text)."""
    script = _script()
    conv = script.TwConverter()
    for _c, _s, text in _messages(ROOT / "resources/i18n/hearth_zh_CN.ts"):
        conv.convert(text)
    assert not conv.guessed, {ch: sorted(texts)[0] for ch, texts in conv.guessed.items()}
