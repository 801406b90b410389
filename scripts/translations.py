"""Build Hearth's translations: extract every string, update the .ts catalogs, compile the .qm.

    python scripts/translations.py            # extract, merge, make zh_TW, compile (idempotent)
    python scripts/translations.py --check    # exit 1 if anything is missing or out of date
    python scripts/translations.py --review   # list zh_TW characters the conversion had to guess

Where strings come from:
- widgets' `self.tr("...")` and `QCoreApplication.translate("ctx", "...")`: pyside6-lupdate;
- core's `tr("...", context=...)` / `tr_noop(...)` / `trn("... %n ...", n)` (app.core.i18n):
  an AST pass, because lupdate files module-level tr() calls under an empty context while the
  app looks them up under "core" (or the context given);
- the model catalog's titles and notes (resources/catalog.json): context "catalog".
A translatable string must be a literal: `tr(f"...")` or `tr(variable)` cannot be extracted,
so this script stops with the call's file and line (use `tr("... {name}").format(name=...)`).

resources/i18n/hearth_zh_CN.ts is the one edited by people (by hand or with pyside6-linguist);
hearth_zh_TW.ts is generated from it: characters through the inverse of the OpenCC table the
safety rules ship (resources/safety/zh_t2s.json), then the Taiwan terms in TW_TERMS and the
character choices in TW_CHARS. Edit those tables, not hearth_zh_TW.ts.
"""

from __future__ import annotations

import argparse
import ast
import json
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
APP = ROOT / "app"
OUT = ROOT / "resources" / "i18n"
CATALOG = ROOT / "resources" / "catalog.json"
T2S = ROOT / "resources" / "safety" / "zh_t2s.json"
SOURCE_LANG = "zh_CN"
LANGS = ("zh_CN", "zh_TW")

# Taiwan usage differs from a character-by-character conversion for these words (simplified
# Mainland term -> Taiwan term). Longest match wins, one pass, so 文档 -> 文件 is not then turned
# into 檔案 by the 文件 entry.
TW_TERMS = {
    "文件夹": "資料夾", "文件名": "檔名", "文件": "檔案", "文档": "文件", "软件": "軟體",
    "硬件": "硬體", "网络": "網路", "互联网": "網際網路", "信息": "資訊", "消息": "訊息",
    "默认": "預設", "缺省": "預設", "设置": "設定", "程序": "程式", "内存": "記憶體",
    "显存": "顯示記憶體", "显卡": "顯示卡", "磁盘": "磁碟", "硬盘": "硬碟", "服务器": "伺服器",
    "数据库": "資料庫", "数据": "資料", "元数据": "中繼資料", "菜单": "選單", "链接": "連結",
    "支持": "支援", "登录": "登入", "保存": "儲存", "打开": "開啟", "粘贴": "貼上",
    "搜索": "搜尋", "窗口": "視窗", "屏幕": "螢幕", "字体": "字型", "模板": "範本",
    "加载": "載入", "用户": "使用者", "激活": "啟用", "线程": "執行緒", "进程": "處理程序",
    "令牌": "權杖", "访问令牌": "存取權杖", "质量": "品質", "优化": "最佳化", "缓存": "快取",
    "变量": "變數", "源代码": "原始碼", "代码": "程式碼", "运行": "執行", "光标": "游標",
    "快捷键": "快速鍵", "标签页": "分頁", "选项卡": "分頁", "对话框": "對話方塊",
    "参数": "參數", "图标": "圖示", "账户": "帳戶", "账号": "帳號", "调试": "偵錯",
    "日志": "日誌", "队列": "佇列", "字符": "字元", "字节": "位元組", "兼容": "相容",
    "界面": "介面", "鼠标": "滑鼠", "插件": "外掛程式", "扩展名": "副檔名", "导入": "匯入",
    "导出": "匯出", "对象": "物件", "实时": "即時", "交互": "互動", "在线": "線上",
    "端口": "連接埠", "本地": "本機", "自定义": "自訂", "分辨率": "解析度", "智能": "智慧",
    "通过": "透過", "打印": "列印", "批量": "批次", "视图": "檢視", "查看": "檢視",
    "命令行": "命令列", "终端": "終端機", "操作系统": "作業系統", "解压": "解壓縮",
    "带宽": "頻寬", "校验和": "總和檢查碼", "哈希": "雜湊", "算法": "演算法", "芯片": "晶片",
    "驱动程序": "驅動程式", "驱动": "驅動程式", "计算机": "電腦", "设备": "裝置",
    "文本": "文字", "剪贴板": "剪貼簿", "撤销": "復原", "刷新": "重新整理", "高级": "進階",
    "常规": "一般", "视频": "影片", "项目": "項目", "地址": "位址", "网址": "網址",
    "质检": "品檢", "示例": "範例", "水平": "水準", "模块": "模組",
    "变体": "變體", "指令集": "指令集", "文件系统": "檔案系統", "存储": "儲存",
    "总线": "匯流排", "集成": "整合", "配置文件": "設定檔", "回车": "Enter",
    "占用": "佔用", "重试": "重試", "全屏": "全螢幕", "里": "裡", "着": "著",
    "线程数": "執行緒數", "上下文": "上下文", "信任": "信任", "联网": "連網", "网页": "網頁",
    "隐私": "隱私", "渲染": "繪製", "中文": "中文", "制作": "製作", "复制": "複製",
    "回复": "回覆", "答复": "答覆", "反复": "反覆", "重复": "重複", "复现": "重現",
    "复杂": "複雜", "恢复": "恢復", "标签": "標籤", "系数": "係數", "智能体": "代理程式",
    "二进制": "二進位", "后台": "背景", "字符串": "字串", "回环": "回送", "密钥": "金鑰",
    "图像": "影像", "访问": "存取", "创建": "建立", "“": "「", "”": "」", "‘": "『", "’": "』",
    "远程": "遠端", "当前": "目前", "列表": "清單", "仓库": "儲存庫", "库文件": "函式庫檔案",
    "cpp 库": "cpp 函式庫", "2 位": "2 位元", "3 位": "3 位元", "4 位": "4 位元",
    "5 位": "5 位元", "6 位": "6 位元", "8 位": "8 位元", "16 位": "16 位元", "64 位": "64 位元",
    "回收站": "資源回收筒", "重命名": "重新命名", "U 盘": "隨身碟", "嵌套": "巢狀",
    "只读": "唯讀",
}

# Characters with more than one Traditional form in the table: the one Taiwan uses in the words
# Hearth's UI has (the phrases above catch the exceptions). `--review` lists any new ones.
TW_CHARS = {
    "发": "發", "后": "後", "只": "只", "面": "面", "干": "乾", "系": "系", "历": "歷",
    "准": "準", "制": "制", "复": "復", "台": "台", "云": "雲", "里": "裡", "出": "出",
    "才": "才", "余": "餘", "表": "表", "范": "範", "冲": "衝", "当": "當", "尽": "盡",
    "并": "並", "斗": "鬥", "钟": "鐘", "松": "鬆", "板": "板", "采": "採", "借": "借",
    "面板": "面板", "卷": "卷", "划": "劃", "恶": "惡", "汇": "匯", "获": "獲", "坏": "壞",
    "纤": "纖", "苏": "蘇", "涂": "塗", "占": "佔", "吁": "吁", "回": "回", "向": "向",
    "舍": "捨", "托": "託", "症": "症", "局": "局", "据": "據", "别": "別", "朴": "樸",
    "几": "幾", "了": "了", "么": "麼", "么么": "麼", "仆": "僕", "价": "價", "丑": "醜",
    "尸": "屍", "布": "布", "困": "困", "姜": "薑", "挂": "掛", "累": "累",
    "致": "致", "谷": "谷", "郁": "鬱", "須": "須", "须": "須", "咸": "鹹",
    "欲": "欲", "秋": "秋", "折": "折", "胡": "胡", "凶": "兇", "御": "御", "链": "鏈",
    "签": "簽", "蒙": "蒙", "参": "參", "筑": "築", "脏": "髒", "只有": "只有", "征": "徵",
    "于": "於", "与": "與", "为": "為", "伪": "偽", "线": "線", "说": "說",
    "峰": "峰", "着": "著", "启": "啟", "们": "們", "尔": "爾", "术": "術", "个": "個",
    "铺": "鋪", "汇总": "匯總", "致谢": "致謝", "卜": "卜", "杰": "傑",
    "熏": "燻", "岩": "岩", "游标": "游標", "询": "詢", "冬": "冬", "蜡": "蠟", "荡": "蕩",
    "曲": "曲", "家": "家", "亘": "亙", "群": "群", "床": "床", "痴": "癡", "奸": "姦",
    "克": "克", "弦": "弦", "核": "核", "网": "網", "单": "單", "听": "聽",
    "搜": "搜", "确": "確", "种": "種", "升": "升", "划分": "劃分", "签名": "簽名",
    "别人": "別人", "团": "團", "圣": "聖", "虫": "蟲", "赞": "讚", "咨": "諮", "挽": "挽",
    "愿": "願", "凄": "淒", "碱": "鹼", "厘": "釐", "合": "合", "扎": "紮",
    "刮": "刮", "夸": "誇", "庵": "庵", "叹": "嘆", "药": "藥", "踪": "蹤", "绝": "絕",
    "携": "攜", "汤": "湯", "炼": "煉", "秆": "稈", "黏": "黏", "占位": "佔位", "咽": "咽",
    "峯": "峰", "暗": "暗", "雕": "雕", "却": "卻", "床铺": "床鋪", "阅": "閱", "翻": "翻",
    "溜": "溜", "烟": "煙", "删": "刪", "吃": "吃", "线索": "線索", "检": "檢", "研": "研",
    "猫": "貓", "粮": "糧", "才能": "才能", "家具": "傢俱", "里面": "裡面", "万": "萬",
    "台湾": "臺灣", "背": "背", "念": "念", "尝": "嘗", "唇": "唇", "跡": "跡", "迹": "跡",
    "证": "證", "沾": "沾", "拐": "拐", "术语": "術語", "尔后": "爾後", "表示": "表示",
    "吊": "吊", "宁": "寧", "哗": "嘩", "哪": "哪", "弃": "棄", "坛": "壇", "灶": "灶",
    "奖": "獎", "启动": "啟動", "窗": "窗", "峨": "峨", "蔑": "蔑", "喂": "餵", "泛": "泛",
    "为了": "為了", "稳": "穩", "栗": "栗", "拼": "拼", "饥": "飢", "肴": "餚", "脉": "脈",
    "杯": "杯", "粗": "粗", "凌": "凌", "庄": "莊", "床头": "床頭", "闲": "閒", "伙": "夥",
    "荐": "薦", "瓮": "甕", "呆": "呆", "钩": "鉤", "串": "串", "迟": "遲", "绣": "繡",
    "梁": "梁", "扑": "撲", "碰": "碰", "仇": "仇", "疏": "疏", "凭": "憑", "岳": "岳",
    "蕴": "蘊", "漓": "漓", "旋": "旋", "烫": "燙", "栖": "棲", "胜": "勝", "挨": "挨",
    "辟": "闢", "划算": "划算", "嘱": "囑", "蒸": "蒸", "酸": "酸", "尽管": "儘管", "巨": "巨",
    "踩": "踩", "恤": "恤", "匀": "勻", "梦": "夢", "卤": "滷", "板块": "板塊", "厂": "廠",
    "广": "廣", "采用": "採用", "乡": "鄉", "获取": "獲取", "获得": "獲得", "采集": "採集",
    "晒": "曬", "它": "它", "她": "她", "向导": "嚮導", "汇报": "匯報", "吨": "噸", "拓": "拓",
    "闭": "閉", "划线": "劃線", "游戏": "遊戲", "党": "黨", "蔓": "蔓", "滞": "滯", "炮": "炮",
    "娘": "娘", "慌": "慌", "伦": "倫", "谷歌": "谷歌", "粘": "黏", "菱": "菱", "杆": "桿",
    "症状": "症狀", "淀": "澱", "昆": "崑", "皂": "皂", "朦": "朦", "哄": "哄", "逻": "邏",
    "辑": "輯", "体": "體", "修": "修", "儿": "兒", "同": "同", "录": "錄", "机": "機",
    "构": "構", "注": "注", "离": "離", "私": "私", "适": "適", "针": "針", "钥": "鑰",
    "剩余": "剩餘", "其余": "其餘", "多余": "多餘", "业余": "業餘",
}


@dataclass
class Message:
    """One translatable string: where it is used, and its translation in one language."""

    context: str
    source: str
    files: list[str] = field(default_factory=list)
    translation: str = ""
    finished: bool = False
    numerus: bool = False  # tr(text, "", n) with %n: Chinese has one plural form
    # No longer (or not yet) in the code, translation kept for when the text comes back or a
    # branch that has it is merged (Qt's "vanished"; it is not shipped in the .qm).
    vanished: bool = False


class ExtractError(Exception):
    """A tr() call the tools cannot extract (its text is not a literal)."""


def _rel(path: Path) -> str:
    return path.relative_to(ROOT).as_posix()


def python_sources() -> list[Path]:
    return sorted(p for p in APP.rglob("*.py") if "__pycache__" not in p.parts)


def _tool(name: str) -> str:
    """pyside6-lupdate / pyside6-lrelease next to this Python, else on PATH."""
    for folder in (Path(sys.executable).parent,):
        for candidate in (folder / f"pyside6-{name}", folder / f"pyside6-{name}.exe"):
            if candidate.exists():
                return str(candidate)
    found = shutil.which(f"pyside6-{name}")
    if not found:
        raise SystemExit(f"pyside6-{name} not found: install PySide6 into this Python")
    return found


def run_lupdate(files: list[Path]) -> list[Message]:
    """What pyside6-lupdate finds: widgets' self.tr (context = class) and translate(ctx, text).
    Module-level tr() calls land in an empty context; the AST pass handles those."""
    with tempfile.TemporaryDirectory() as tmp:
        ts = Path(tmp) / "lupdate.ts"
        listing = Path(tmp) / "files.lst"
        listing.write_text("\n".join(str(f) for f in files), encoding="utf-8")
        subprocess.run([_tool("lupdate"), f"@{listing}", "-no-obsolete", "-locations",
                        "absolute", "-ts", str(ts)], check=True, capture_output=True)
        tree = ET.parse(ts)
        base = ts.parent
    out: list[Message] = []
    for ctx in tree.getroot().iter("context"):
        name = ctx.findtext("name") or ""
        if not name:
            continue
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            files = []
            for loc in msg.iter("location"):
                fname = loc.get("filename")
                if fname:
                    files.append(_rel((base / fname).resolve()))
            out.append(Message(name, source, files, numerus=msg.get("numerus") == "yes"))
    return out


def _literal(node: ast.expr | None) -> str | None:
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return None


class _Visitor(ast.NodeVisitor):
    """Finds core tr()/tr_noop() calls and checks that every tr call's text is a literal."""

    def __init__(self, rel: str) -> None:
        self.rel = rel
        self.found: list[Message] = []
        self.widget: list[tuple[str, str]] = []  # (class, text) of self.tr calls, a cross-check
        self.errors: list[str] = []
        self.classes: list[str] = []

    def visit_ClassDef(self, node: ast.ClassDef) -> None:
        self.classes.append(node.name)
        self.generic_visit(node)
        self.classes.pop()

    def visit_Call(self, node: ast.Call) -> None:
        func = node.func
        where = f"{self.rel}:{node.lineno}"
        if isinstance(func, ast.Name) and func.id in ("tr", "tr_noop", "trn"):
            # tr(text, context="core"); trn(text, n, context="core") counts (%n, plural forms)
            counts = func.id == "trn"
            text = _literal(node.args[0]) if node.args else None
            context: str | None = "core"
            position = 2 if counts else 1
            if len(node.args) > position:
                context = _literal(node.args[position])
            for kw in node.keywords:
                if kw.arg == "context":
                    context = _literal(kw.value)
            if text is None or context is None:
                self.errors.append(f"{where}: {ast.unparse(node)[:80]}")
            else:
                self.found.append(Message(context, text, [self.rel], numerus=counts))
        elif isinstance(func, ast.Attribute) and func.attr == "tr" \
                and isinstance(func.value, ast.Name) and func.value.id == "self":
            text = _literal(node.args[0]) if node.args else None
            if text is None:
                self.errors.append(f"{where}: {ast.unparse(node)[:80]}")
            elif self.classes:
                self.widget.append((self.classes[-1], text))
        self.generic_visit(node)


def run_ast(files: list[Path]) -> tuple[list[Message], list[tuple[str, str]]]:
    found: list[Message] = []
    widget: list[tuple[str, str]] = []
    errors: list[str] = []
    for path in files:
        visitor = _Visitor(_rel(path))
        visitor.visit(ast.parse(path.read_text(encoding="utf-8"), str(path)))
        found += visitor.found
        widget += visitor.widget
        errors += visitor.errors
    if errors:
        raise ExtractError(
            "These translatable calls do not pass a literal text (write "
            "tr(\"... {name} ...\").format(name=...), or use tr_dynamic for text extracted "
            "elsewhere):\n  " + "\n  ".join(errors))
    return found, widget


def catalog_strings() -> list[Message]:
    """Titles and notes of the model catalog, looked up under context 'catalog' when shown."""
    data = json.loads(CATALOG.read_text(encoding="utf-8"))
    out: list[Message] = []
    for repo in data.get("repos", []):
        if repo.get("title"):
            out.append(Message("catalog", repo["title"], [_rel(CATALOG)]))
        for file in repo.get("files", []):
            if file.get("note"):
                out.append(Message("catalog", file["note"], [_rel(CATALOG)]))
    return out


def extract() -> dict[tuple[str, str], Message]:
    """Every translatable string in the code and data, keyed by (context, source)."""
    files = python_sources()
    core, widget = run_ast(files)
    merged: dict[tuple[str, str], Message] = {}
    for msg in run_lupdate(files) + core + catalog_strings():
        key = (msg.context, msg.source)
        if key in merged:
            merged[key].files = sorted(set(merged[key].files) | set(msg.files))
            merged[key].numerus |= msg.numerus
        else:
            merged[key] = Message(msg.context, msg.source, sorted(set(msg.files)),
                                  numerus=msg.numerus)
    missed = [(c, t) for c, t in widget if (c, t) not in merged]
    if missed:  # lupdate's Python parser skipped something the AST sees: keep it anyway
        for c, t in missed:
            merged[(c, t)] = Message(c, t, [])
    return merged


def read_ts(path: Path) -> dict[tuple[str, str], Message]:
    if not path.exists():
        return {}
    out: dict[tuple[str, str], Message] = {}
    for ctx in ET.parse(path).getroot().iter("context"):
        name = ctx.findtext("name") or ""
        for msg in ctx.iter("message"):
            source = msg.findtext("source") or ""
            node = msg.find("translation")
            numerus = msg.get("numerus") == "yes"
            text = ""
            if node is not None:
                form = node.find("numerusform") if numerus else None
                text = (form.text or "") if form is not None else (node.text or "")
            kind = node.get("type") if node is not None else "unfinished"
            vanished = kind in ("obsolete", "vanished")
            finished = not vanished and kind != "unfinished" and bool(text)
            out[(name, source)] = Message(name, source, [], text, finished, numerus, vanished)
    return out


def merge(extracted: dict[tuple[str, str], Message],
          old: dict[tuple[str, str], Message]) -> dict[tuple[str, str], Message]:
    """The extracted strings with the translations `old` has for them. A string new to one
    context takes a finished translation of the same text from another context, or a vanished
    one's; translated strings that left the code stay as vanished entries."""
    by_text: dict[str, str] = {}
    for msg in old.values():
        if msg.finished:
            by_text.setdefault(msg.source, msg.translation)
    for msg in old.values():
        if msg.vanished and msg.translation:
            by_text.setdefault(msg.source, msg.translation)
    out: dict[tuple[str, str], Message] = {}
    for key, msg in extracted.items():
        new = Message(msg.context, msg.source, list(msg.files), numerus=msg.numerus)
        prev = old.get(key)
        if prev is not None and prev.translation:
            # A vanished entry that is back in the code was a finished translation.
            new.translation, new.finished = prev.translation, prev.finished or prev.vanished
        elif msg.source in by_text:
            new.translation, new.finished = by_text[msg.source], True
        out[key] = new
    used = {m.source for m in out.values() if m.finished}
    for key, msg in old.items():
        if key not in out and msg.translation and msg.source not in used:
            out[key] = Message(msg.context, msg.source, [], msg.translation,
                               numerus=msg.numerus, vanished=True)
    return out


def write_ts(path: Path, lang: str, messages: dict[tuple[str, str], Message]) -> str:
    """Qt's .ts XML, contexts and messages sorted so reruns write the same bytes."""
    root = ET.Element("TS", version="2.1", language=lang, sourcelanguage="en")
    contexts: dict[str, list[Message]] = {}
    for msg in messages.values():
        contexts.setdefault(msg.context, []).append(msg)
    for name in sorted(contexts):
        ctx = ET.SubElement(root, "context")
        ET.SubElement(ctx, "name").text = name
        for msg in sorted(contexts[name], key=lambda m: m.source):
            node = ET.SubElement(ctx, "message")
            if msg.numerus:
                node.set("numerus", "yes")
            for fname in msg.files:
                rel = Path("../..") / fname
                ET.SubElement(node, "location", filename=rel.as_posix())
            ET.SubElement(node, "source").text = msg.source
            trans = ET.SubElement(node, "translation")
            if msg.numerus:
                ET.SubElement(trans, "numerusform").text = msg.translation
            else:
                trans.text = msg.translation
            if msg.vanished:
                trans.set("type", "vanished")
            elif not msg.finished:
                trans.set("type", "unfinished")
    ET.indent(root, space="    ")
    body = ET.tostring(root, encoding="unicode")
    return '<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n"


class TwConverter:
    """Simplified (Mainland) -> Traditional (Taiwan): TW_TERMS, then characters."""

    def __init__(self) -> None:
        t2s: dict[str, str] = json.loads(T2S.read_text(encoding="utf-8"))
        candidates: dict[str, list[str]] = {}
        for trad, simp in t2s.items():
            if _big5(trad):
                candidates.setdefault(simp, []).append(trad)
        self.chars: dict[str, str] = {}
        self.ambiguous: dict[str, list[str]] = {}
        for simp, trads in candidates.items():
            options = sorted(set(trads) | ({simp} if _big5(simp) and simp not in t2s else set()))
            if len(options) == 1:
                self.chars[simp] = options[0]
            else:
                self.ambiguous[simp] = options
                # Without a decision the character stays as it is if Taiwan writes it too.
                self.chars[simp] = simp if simp in options else options[0]
        for simp, trad in TW_CHARS.items():
            if len(simp) == 1:
                self.chars[simp] = trad
        self.terms = {k: v for k, v in TW_CHARS.items() if len(k) > 1}
        self.terms.update(TW_TERMS)
        self.longest = max(len(k) for k in self.terms)
        self.guessed: dict[str, set[str]] = {}

    def convert(self, text: str) -> str:
        out: list[str] = []
        i = 0
        while i < len(text):
            for size in range(min(self.longest, len(text) - i), 1, -1):
                term = self.terms.get(text[i:i + size])
                if term is not None:
                    out.append(term)
                    i += size
                    break
            else:
                ch = text[i]
                if ch in self.ambiguous and ch not in TW_CHARS:
                    self.guessed.setdefault(ch, set()).add(text)
                out.append(self.terms.get(ch) or self.chars.get(ch, ch))
                i += 1
        return "".join(out)


def _big5(ch: str) -> bool:
    try:
        ch.encode("cp950")
    except UnicodeEncodeError:
        return False
    return True


def to_tw(messages: dict[tuple[str, str], Message],
          converter: TwConverter) -> dict[tuple[str, str], Message]:
    out: dict[tuple[str, str], Message] = {}
    for key, msg in messages.items():
        if msg.vanished:  # zh_TW is remade from zh_CN whenever a string comes back
            continue
        text = converter.convert(msg.translation) if msg.translation else ""
        out[key] = Message(msg.context, msg.source, list(msg.files), text, msg.finished,
                           msg.numerus)
    return out


def compile_qm(ts: Path, qm: Path) -> None:
    subprocess.run([_tool("lrelease"), "-silent", "-nounfinished", str(ts), "-qm", str(qm)],
                   check=True, capture_output=True)


def problems(lang: str, messages: dict[tuple[str, str], Message]) -> list[str]:
    out = []
    for (context, source), msg in sorted(messages.items()):
        if msg.vanished:
            continue
        if not msg.finished or not msg.translation:
            out.append(f"{lang}: unfinished [{context}] {source!r}")
    return out


def build(check: bool, review: bool) -> int:
    try:
        extracted = extract()
    except ExtractError as exc:
        print(exc, file=sys.stderr)
        return 2
    OUT.mkdir(parents=True, exist_ok=True)
    source_ts = OUT / f"hearth_{SOURCE_LANG}.ts"
    catalogs = {SOURCE_LANG: merge(extracted, read_ts(source_ts))}
    converter = TwConverter()
    catalogs["zh_TW"] = to_tw(catalogs[SOURCE_LANG], converter)
    failures: list[str] = []
    with tempfile.TemporaryDirectory() as tmp:
        for lang in LANGS:
            ts, qm = OUT / f"hearth_{lang}.ts", OUT / f"hearth_{lang}.qm"
            text = write_ts(ts, lang, catalogs[lang])
            if check:
                on_disk = read_ts(ts)
                want = {k: (m.translation, m.finished, m.numerus, m.vanished)
                        for k, m in catalogs[lang].items()}
                have = {k: (m.translation, m.finished, m.numerus, m.vanished)
                        for k, m in on_disk.items()}
                for key in sorted(set(want) - set(have)):
                    failures.append(f"{lang}: not in {ts.name} yet: [{key[0]}] {key[1]!r}")
                for key in sorted(set(have) - set(want)):
                    failures.append(f"{lang}: no longer in the code: [{key[0]}] {key[1]!r}")
                for key in sorted(set(want) & set(have)):
                    if want[key] != have[key]:
                        failures.append(f"{lang}: out of date: [{key[0]}] {key[1]!r}")
                failures += problems(lang, catalogs[lang])
                fresh = Path(tmp) / qm.name
                compile_qm(ts, fresh) if ts.exists() else None
                if not qm.exists() or not fresh.exists() \
                        or fresh.read_bytes() != qm.read_bytes():
                    failures.append(f"{lang}: {qm.name} is not compiled from {ts.name}")
            else:
                if not ts.exists() or ts.read_text(encoding="utf-8") != text:
                    ts.write_text(text, encoding="utf-8")
                compile_qm(ts, qm)
                todo = problems(lang, catalogs[lang])
                live = [m for m in catalogs[lang].values() if not m.vanished]
                kept = len(catalogs[lang]) - len(live)
                print(f"{ts.name}: {len(live) - len(todo)} of {len(live)} "
                      f"translated" + (f" ({kept} kept for strings not in the code)"
                                       if kept else ""))
    if review:
        for ch, texts in sorted(converter.guessed.items()):
            print(f"zh_TW guessed {ch} -> {converter.chars[ch]} "
                  f"(options {''.join(converter.ambiguous[ch])}): {sorted(texts)[0][:60]!r}")
    if check:
        if failures:
            print("\n".join(failures[:200]), file=sys.stderr)
            if len(failures) > 200:
                print(f"... and {len(failures) - 200} more", file=sys.stderr)
            print("\nRun `python scripts/translations.py`, translate the unfinished entries in "
                  "resources/i18n/hearth_zh_CN.ts, and run it again.", file=sys.stderr)
            return 1
        print(f"translations up to date: {len(extracted)} strings")
    return 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true",
                        help="change nothing; exit 1 if a string is missing, unfinished or stale")
    parser.add_argument("--review", action="store_true",
                        help="list characters the zh_TW conversion chose without a rule")
    args = parser.parse_args(argv)
    return build(args.check, args.review)


if __name__ == "__main__":
    sys.exit(main())
