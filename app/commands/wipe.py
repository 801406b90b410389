"""`hearth wipe`: say what Hearth keeps on this computer, and with --yes remove all of it."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.core import privacy
from app.core.i18n import tr
from app.core.settings import Settings
from app.core.units import format_bytes

EXIT_OK, EXIT_INCOMPLETE, EXIT_USAGE = 0, 1, 2


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "wipe", help=tr("remove everything Hearth keeps (history, states, logs, settings, keys)"),
        description=tr("Without --yes, list what would be removed. With --yes, remove the "
                       "history database, saved states, logs, settings, caches, the key file "
                       "and Hearth's keyring entries. Close the Hearth window first."))
    p.add_argument("--yes", action="store_true", help=tr("really remove everything"))
    p.add_argument("--keep-models", action="store_true",
                   help=tr("keep downloaded models in Hearth's models folder"))
    p.add_argument("--json", action="store_true", help=tr("print JSON"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = Settings.load()
    if not args.yes:
        items = privacy.inventory(settings)
        if args.json:
            print(json.dumps([{"what": i.what, "where": str(i.where), "bytes": i.size,
                               "files": i.files, "protection": i.protection} for i in items],
                             ensure_ascii=False, indent=1))
        else:
            for item in items:
                print(f"{format_bytes(item.size):>10}  {item.what}\n            {item.where}"
                      f"  ({item.protection})")
            print(tr("Nothing was removed. Run `wipe --yes` to remove all of this."),
                  file=sys.stderr)
        return EXIT_USAGE
    report = privacy.wipe(settings, keep_models=args.keep_models)
    if args.json:
        print(json.dumps({"removed_files": report.removed_files,
                          "removed_bytes": report.removed_bytes,
                          "problems": report.problems, "kept": report.kept},
                         ensure_ascii=False))
    else:
        print(tr("Removed {files} files ({size}).").format(
            files=report.removed_files, size=format_bytes(report.removed_bytes)))
        for kept in report.kept:
            print(tr("Kept: {what}").format(what=kept))
        for problem in report.problems:
            print(tr("Could not remove: {what}").format(what=problem), file=sys.stderr)
    return EXIT_OK if report.complete else EXIT_INCOMPLETE
