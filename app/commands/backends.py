"""`hearth backends [--json]`: which llama.cpp CPU variant and GPU devices this machine gets."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from app.core import backends
from app.core.gguf_info import format_bytes
from app.core.i18n import tr


def register(subparsers: Any) -> None:
    p = subparsers.add_parser(
        "backends", help=tr("the CPU variant and GPU devices llama.cpp runs on here"),
        description=tr("Load llama.cpp's backend modules as a model load would, and say which "
                       "CPU variant was picked and which GPUs were found (or why none)."),
        epilog=tr("Environment: {cpu}=NAME forces a CPU variant (tests), {gpu}=off loads no GPU "
                  "module, {dir}=FOLDER loads the modules from another folder.").format(
                      cpu=backends.ENV_CPU_VARIANT, gpu=backends.ENV_GPU,
                      dir=backends.ENV_BACKENDS_DIR))
    p.add_argument("--json", action="store_true", help=tr("print JSON"))
    p.set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    report = backends.report()
    if args.json:
        print(json.dumps(report.to_dict(), indent=2, ensure_ascii=False))
        return 1 if report.error else 0
    if report.error:
        print(tr("Error: {error}").format(error=report.error), file=sys.stderr)
        return 1
    for line in describe(report):
        print(line)
    return 0


def describe(report: backends.BackendReport) -> list[str]:
    """The report as lines for a person (also used by --self-test)."""
    lines = [tr("Runs on: {summary}").format(summary=report.summary())]
    cpu = report.cpu_description or tr("unknown CPU")
    if report.modular:
        how = tr("forced by {env}").format(env=backends.ENV_CPU_VARIANT) if report.cpu_forced \
            else tr("the best this CPU runs")
        lines.append(tr("CPU: {cpu}, variant {variant} ({how})").format(
            cpu=cpu, variant=report.cpu_variant, how=how))
        ok = [v.name for v in report.cpu_variants if v.score > 0]
        no = [v.name for v in report.cpu_variants if v.score <= 0]
        lines.append(tr("CPU variants this CPU runs: {ok}").format(ok=", ".join(ok) or "-"))
        if no:
            lines.append(tr("CPU variants it cannot run: {no}").format(no=", ".join(no)))
    else:
        lines.append(tr("CPU: {cpu}, built-in backend (this build has no CPU variants)").format(
            cpu=cpu))
    feats = [k for k, v in report.cpu_features.items() if v == "1"]
    if feats:
        lines.append(tr("CPU features: {feats}").format(feats=" ".join(feats)))
    for m in report.gpu_modules:
        state = tr("{n} device(s)").format(n=m.devices) if m.loaded else tr("failed: {error}") \
            .format(error=m.error)
        lines.append(tr("GPU module {name}: {state}").format(name=m.name, state=state))
    for d in report.gpus:
        lines.append(tr("GPU {name}: {desc}, {total} ({free} free)").format(
            name=d.name, desc=d.description, total=format_bytes(d.memory_total),
            free=format_bytes(d.memory_free)))
    note = report.gpu_note()
    if note:
        lines.append(tr("No GPU: {why}").format(why=note))
    lines.append(tr("Libraries: {folder}").format(folder=report.modules_dir or report.lib_dir))
    return lines
