"""`python main.py models ...`: list, download, verify, import and delete models headless."""

from __future__ import annotations

import argparse
import json
import sys
import time
from typing import Any

from app.commands.arguments import int_range
from app.commands.common import MAX_CTX, MIN_CTX
from app.core.errors import HearthError
from app.core.i18n import tr
from app.core.models import catalog as catalog_mod
from app.core.models import fit, hardware, local
from app.core.models.downloads import DownloadEvent, DownloadManager, State
from app.core.models.errors import OfflineError
from app.core.models.hub import Hub
from app.core.settings import Settings
from app.core.units import format_bytes, format_speed

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_OFFLINE, EXIT_INTERRUPTED = 0, 1, 2, 3, 130

EPILOG = """exit codes: 0 done, 1 failed (download error, damaged or invalid file), 2 wrong usage,
3 refused because offline mode is on, 130 interrupted (a download is paused; run the same
command again to resume it)."""


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "models", help=tr("list, download, verify, import and delete models"),
        description=tr("Manage gpt-oss model files."), epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="models_command", required=True)

    p = sub.add_parser("list", help=tr("the catalog with sizes and whether each fits here"))
    p.add_argument("--json", action="store_true", help=tr("print JSON"))
    p.add_argument("--ctx", type=int_range(MIN_CTX, MAX_CTX), default=None,
                   help=tr("context length for the fit estimate"))
    p.add_argument("--installed", action="store_true", help=tr("only installed models"))
    p.add_argument("--refresh", action="store_true", help=tr("refresh sizes from the Hub first"))

    p = sub.add_parser("download", help=tr("download a file (all parts of a split one)"))
    p.add_argument("repo", help="owner/name, e.g. ggml-org/gpt-oss-20b-GGUF")
    p.add_argument("file", help="file in the repo, e.g. gpt-oss-20b-mxfp4.gguf")
    p.add_argument("--revision", default="main")
    p.add_argument("--quiet", action="store_true", help=tr("no progress bar"))

    p = sub.add_parser("verify", help=tr("check a GGUF file is complete and undamaged"))
    p.add_argument("path")
    p.add_argument("--sha256", default=None, help=tr("expected sha256 of the (first) file"))

    p = sub.add_parser("import", help=tr("copy or link a GGUF from disk into the models folder"))
    p.add_argument("path")
    p.add_argument("--mode", choices=("copy", "hardlink", "symlink"), default="copy")

    p = sub.add_parser("delete", help=tr("delete an installed model (all parts)"))
    p.add_argument("path")

    p = sub.add_parser("hardware", help=tr("what this machine has for running models"))
    p.add_argument("--json", action="store_true")

    sub.add_parser("sweep", help=tr("delete leftovers of interrupted downloads"))
    parser.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    settings = Settings.load()
    command = args.models_command
    try:
        if command == "list":
            return _list(args, settings)
        if command == "download":
            return _download(args, settings)
        if command == "verify":
            report = local.verify(args.path, args.sha256)
            print(report.message)
            for part, digest in report.parts:
                print(f"  {digest}  {part.name}")
            return EXIT_OK if report.ok else EXIT_FAILED
        if command == "import":
            model = local.import_gguf(args.path, settings.models_folder(), mode=args.mode)
            print(tr("Imported {name} into {folder}.").format(name=model.path.name,
                                                               folder=model.path.parent))
            return EXIT_OK
        if command == "delete":
            freed = local.delete_model(args.path, settings.models_folder())
            print(tr("Deleted; {size} freed.").format(size=format_bytes(freed)))
            return EXIT_OK
        if command == "hardware":
            hw = hardware.detect(settings.models_folder())
            print(json.dumps(hw.to_dict(), indent=1) if args.json else _hardware_text(hw))
            return EXIT_OK
        if command == "sweep":
            removed = DownloadManager(settings=settings).sweep_orphans()
            print(tr("Removed {n} leftover files.").format(n=len(removed)))
            return EXIT_OK
    except OfflineError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_OFFLINE
    except HearthError as exc:
        print(str(exc), file=sys.stderr)
        return EXIT_FAILED
    return EXIT_USAGE


def _hardware_text(hw: hardware.Hardware) -> str:
    def b(n: int | None) -> str:
        return format_bytes(n) if n is not None else tr("unknown")

    lines = [
        f"CPU: {hw.cpu_name or tr('unknown')} ({hw.cpu_threads} threads; "
        f"{', '.join(sorted(hw.cpu_features)) or '-'})",
        f"RAM: {b(hw.ram_available)} free of {b(hw.ram_total)}",
        f"Disk free (models folder): {b(hw.disk_free)}",
        f"GPU offload in llama.cpp: {hw.gpu_offload}",
    ]
    lines += [f"GPU: {g.name} ({g.backend}) {b(g.vram_free)} free of {b(g.vram_total)}"
              + (" unified" if g.unified else "") for g in hw.gpus]
    return "\n".join(lines)


def _list(args: argparse.Namespace, settings: Settings) -> int:
    cat = catalog_mod.load_catalog()
    if args.refresh:
        cat = catalog_mod.refresh_from_hub(Hub(settings), cat)
    hw = hardware.detect(settings.models_folder(), probe_llama=False)
    n_ctx = args.ctx or settings.context_length
    installed = local.list_installed(settings.models_folder())
    by_path = {m.path.resolve(): m for m in installed}
    rows: list[dict[str, Any]] = []
    mgr = DownloadManager(settings=settings, hub=Hub(settings, token=lambda: None))
    for f in cat.files():
        dest = mgr.dest_for(f.repo, f.filename)
        have = by_path.pop(dest.resolve(), None)
        if args.installed and have is None:
            continue
        est = fit.fit_catalog_file(f, hw, n_ctx=n_ctx, low_memory=settings.low_memory,
                                   local_path=dest if have else None)
        rows.append({"repo": f.repo, "file": f.filename, "quant": f.quant, "parts": len(f.parts),
                     "size": f.size, "size_exact": f.size_exact, "family": f.family,
                     "purpose": f.purpose, "installed": have is not None,
                     "valid": have.valid if have else None, "fit": est.verdict.value,
                     "ram_needed": est.ram_needed, "gpu_layers": est.gpu_layers,
                     "note": f.note, "path": str(dest) if have else None})
    for m in by_path.values():  # imported or unknown files
        rows.append({"repo": m.repo, "file": m.path.name, "quant": m.quant,
                     "parts": len(m.parts), "size": m.size, "installed": True, "valid": m.valid,
                     "error": m.error, "path": str(m.path), "source": m.source})
    if args.json:
        print(json.dumps({"n_ctx": n_ctx, "models": rows}, indent=1))
        return EXIT_OK
    for r in rows:
        mark = "*" if r["installed"] else " "
        size = ("~" if not r.get("size_exact", True) else "") + format_bytes(r["size"])
        fit_label = fit.Verdict(r["fit"]).label if "fit" in r else tr("(local)")
        parts = f" [{r['parts']} parts]" if r["parts"] > 1 else ""
        print(f"{mark} {r['repo'] or '-'}  {r['file']}{parts}  {r['quant']}  {size}  "
              f"{fit_label}")
    print(tr("* installed. Fit at {n} tokens of context with this machine's free memory.")
          .format(n=n_ctx))
    return EXIT_OK


class ProgressBar:
    """A one-line text progress bar on stderr (at most ~4 redraws a second)."""

    def __init__(self, stream: Any = None, width: int = 30) -> None:
        self.stream = stream or sys.stderr
        self.width = width
        self.last = 0.0
        self.tty = bool(getattr(self.stream, "isatty", lambda: False)())

    def __call__(self, e: DownloadEvent) -> None:
        if e.kind == "retry":
            self._line(e.message, final=True)
            return
        if e.kind == "state" and e.state in (State.VERIFYING, State.DONE, State.FAILED,
                                             State.PAUSED, State.CANCELLED):
            if e.state == State.DONE:
                self._line(self._bar(e), final=True)
            return
        now = time.monotonic()
        if e.kind == "progress" and now - self.last < (0.25 if self.tty else 5.0):
            return
        self.last = now
        self._line(self._bar(e), final=not self.tty)

    def _bar(self, e: DownloadEvent) -> str:
        frac = e.done / e.total if e.total else 0.0
        filled = int(frac * self.width)
        eta = "--:--" if e.eta is None else time.strftime("%H:%M:%S", time.gmtime(e.eta))
        part = f" part {e.part}/{e.parts}" if e.parts > 1 else ""
        return (f"[{'#' * filled}{'.' * (self.width - filled)}] {frac * 100:5.1f}% "
                f"{format_bytes(e.done)}/{format_bytes(e.total)} "
                f"{format_speed(e.speed)} ETA {eta}{part}")

    def _line(self, text: str, final: bool) -> None:
        if self.tty:
            self.stream.write("\r\x1b[2K" + text + ("\n" if final else ""))
        else:
            self.stream.write(text + "\n")
        self.stream.flush()


def _download(args: argparse.Namespace, settings: Settings) -> int:
    cat = catalog_mod.load_catalog()
    entry = cat.find(args.repo, args.file)
    bar = None if args.quiet else ProgressBar()
    mgr = DownloadManager(settings=settings, on_event=bar)
    job = mgr.enqueue(args.repo, entry.paths if entry else args.file, args.revision,
                      sha256=entry.sha256 if entry else None)
    mgr.start()
    try:
        while not mgr.wait(timeout=0.2):
            pass
    except KeyboardInterrupt:
        mgr.pause(job.id)
        mgr.wait(timeout=10)
        print(tr("\nPaused. Run the same command again to resume from {done}.").format(
            done=format_bytes(job.done)), file=sys.stderr)
        return EXIT_INTERRUPTED
    finally:
        mgr.shutdown(timeout=2)
    if job.state == State.DONE and job.result is not None:
        print(str(job.result))
        return EXIT_OK
    print(job.error or tr("The download did not finish."), file=sys.stderr)
    if job.error_type == "OfflineError":
        return EXIT_OFFLINE
    return EXIT_FAILED

