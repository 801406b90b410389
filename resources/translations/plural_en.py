"""Writes hearth_en.ts and compiles hearth_en.qm: the English plural forms of every string that
counts ("%n model(s)" -> "1 model", "2 models"). Qt shows a source text with "(s)" unless a
translation gives its forms, so English needs this file too.

Run after adding or changing such a string (tests/ui/test_everyday.py checks every "%n" string
in app/ is here): `.venv/bin/python resources/translations/plural_en.py`.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path
from xml.sax.saxutils import escape

HERE = Path(__file__).resolve().parent

# context -> {source: (one, other)}
FORMS: dict[str, dict[str, tuple[str, str]]] = {
    "BackgroundDownloads": {
        "Downloading %n model(s)": ("Downloading %n model", "Downloading %n models"),
    },
    "CatalogTab": {
        "%n of the catalog's repositories could not be checked just now; the rest is up to "
        "date.": ("%n of the catalog's repositories could not be checked just now; the rest is "
                  "up to date.",
                  "%n of the catalog's repositories could not be checked just now; the rest is "
                  "up to date."),
    },
    "DownloadsTab": {
        "%n unfinished download(s) from last time are paused because offline mode is on.": (
            "%n unfinished download from last time is paused because offline mode is on.",
            "%n unfinished downloads from last time are paused because offline mode is on."),
        "Continuing %n unfinished download(s) from where they stopped.": (
            "Continuing %n unfinished download from where it stopped.",
            "Continuing %n unfinished downloads from where they stopped."),
    },
    "FolderCard": {
        "Hearth now uses {folder}. The %n model(s) in {old} stay there and are no longer "
        "listed; choose that folder again, or import them, to use them.": (
            "Hearth now uses {folder}. The model in {old} stays there and is no longer listed; "
            "choose that folder again, or import it, to use it.",
            "Hearth now uses {folder}. The %n models in {old} stay there and are no longer "
            "listed; choose that folder again, or import them, to use them."),
        "%n model(s) already have a file of the same name in the new folder, so they stay in "
        "the old one.": (
            "%n model already has a file of the same name in the new folder, so it stays in the "
            "old one.",
            "%n models already have a file of the same name in the new folder, so they stay in "
            "the old one."),
        "%n unfinished download file(s) stay in the old folder: they are not moved and will "
        "not continue.": (
            "%n unfinished download file stays in the old folder: it is not moved and will not "
            "continue.",
            "%n unfinished download files stay in the old folder: they are not moved and will "
            "not continue."),
        "Move %n model(s) ({size}) to the new folder?": (
            "Move %n model ({size}) to the new folder?",
            "Move %n models ({size}) to the new folder?"),
        "Moving %n model(s) to {folder}…": ("Moving %n model to {folder}…",
                                            "Moving %n models to {folder}…"),
        "The old copies of %n file(s) could not be deleted from {old}; delete them yourself to "
        "free the space.": (
            "The old copy of %n file could not be deleted from {old}; delete it yourself to free "
            "the space.",
            "The old copies of %n files could not be deleted from {old}; delete them yourself to "
            "free the space."),
        "Moved %n model(s) ({size}) to {folder}.": ("Moved %n model ({size}) to {folder}.",
                                                    "Moved %n models ({size}) to {folder}."),
    },
    "InstalledTab": {
        "%n model(s) on this computer, {usable} ready to use.": (
            "%n model on this computer, {usable} ready to use.",
            "%n models on this computer, {usable} ready to use."),
    },
    "ModelLoader": {
        "%n unfinished download(s) are paused because offline mode is on.": (
            "%n unfinished download is paused because offline mode is on.",
            "%n unfinished downloads are paused because offline mode is on."),
        "Continuing %n unfinished download(s) in the background.": (
            "Continuing %n unfinished download in the background.",
            "Continuing %n unfinished downloads in the background."),
    },
    "ModelManagerDialog": {
        "The models folder cannot change while %n download(s) are running, paused or waiting "
        "to be retried: their partial files are in the current folder. Let them finish, or "
        "cancel them, then try again.": (
            "The models folder cannot change while %n download is running, paused or waiting "
            "to be retried: its partial file is in the current folder. Let it finish, or cancel "
            "it, then try again.",
            "The models folder cannot change while %n downloads are running, paused or waiting "
            "to be retried: their partial files are in the current folder. Let them finish, or "
            "cancel them, then try again."),
    },
    "SafetyPage": {
        "%n decision(s), kept only on this computer.": (
            "%n decision, kept only on this computer.",
            "%n decisions, kept only on this computer."),
    },
    "core": {
        "The models folder cannot change while %n download(s) are unfinished: their partial "
        "files are in the current folder. Let them finish, or cancel them in the Downloads tab, "
        "then try again.": (
            "The models folder cannot change while %n download is unfinished: its partial file "
            "is in the current folder. Let it finish, or cancel it in the Downloads tab, then "
            "try again.",
            "The models folder cannot change while %n downloads are unfinished: their partial "
            "files are in the current folder. Let them finish, or cancel them in the Downloads "
            "tab, then try again."),
        "Not enough free space on the disk of {folder}: moving %n model(s) needs {need} and "
        "{free} is free. Free some space, choose another folder, or leave the models where "
        "they are.": (
            "Not enough free space on the disk of {folder}: moving %n model needs {need} and "
            "{free} is free. Free some space, choose another folder, or leave the model where "
            "it is.",
            "Not enough free space on the disk of {folder}: moving %n models needs {need} and "
            "{free} is free. Free some space, choose another folder, or leave the models where "
            "they are."),
        "Moving the models failed ({reason}) and %n file(s) could not be put back; they are "
        "complete and in {folder}. No file was lost.": (
            "Moving the models failed ({reason}) and %n file could not be put back; it is "
            "complete and in {folder}. No file was lost.",
            "Moving the models failed ({reason}) and %n files could not be put back; they are "
            "complete and in {folder}. No file was lost."),
    },
}


def ts_text() -> str:
    out = ['<?xml version="1.0" encoding="utf-8"?>', "<!DOCTYPE TS>",
           '<TS version="2.1" language="en">']
    for context, messages in FORMS.items():
        out += ["<context>", f"    <name>{escape(context)}</name>"]
        for source, (one, other) in messages.items():
            out += ['    <message numerus="yes">', f"        <source>{escape(source)}</source>",
                    "        <translation>",
                    f"            <numerusform>{escape(one)}</numerusform>",
                    f"            <numerusform>{escape(other)}</numerusform>",
                    "        </translation>", "    </message>"]
        out.append("</context>")
    out.append("</TS>")
    return "\n".join(out) + "\n"


def main() -> int:
    ts = HERE / "hearth_en.ts"
    ts.write_text(ts_text(), encoding="utf-8")
    lrelease = Path(sys.executable).with_name("pyside6-lrelease")
    return subprocess.run([str(lrelease), str(ts), "-qm", str(HERE / "hearth_en.qm")],
                          check=False).returncode


if __name__ == "__main__":
    sys.exit(main())
