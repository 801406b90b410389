"""Command-line entry: the window by default; `chat`, `ask`, `models` ... run headless."""

from __future__ import annotations

import argparse
import importlib
import logging
import pkgutil
import sys

from app import __version__
from app.commands.arguments import Parser, safe_output
from app.core.i18n import tr
from app.core.models.probe import PROBE_FLAG


def build_parser() -> argparse.ArgumentParser:
    parser = Parser(
        prog="hearth",
        description=tr("Private, offline chat with OpenAI's gpt-oss models."),
    )
    parser.add_argument("--version", action="version", version=f"Hearth {__version__}")
    parser.add_argument("--model", metavar="PATH", help=tr("open the window with this GGUF loaded"))
    parser.add_argument("--self-test", action="store_true",
                        help=tr("load a generated tiny model, generate a few tokens, print OK"))
    parser.add_argument("--verbose", "-v", action="store_true", help=tr("log more"))
    # Internal: load a model in this (child) process for app.core.models.probe.
    parser.add_argument(PROBE_FLAG, metavar="PATH", help=argparse.SUPPRESS)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    import app.commands as commands

    for mod in sorted(pkgutil.iter_modules(commands.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"app.commands.{mod.name}")
        register = getattr(module, "register", None)
        if register is not None:
            register(sub)
    return parser


def main(argv: list[str] | None = None) -> int:
    from app.core import network

    safe_output()
    # Before huggingface_hub is imported (the commands import it): no telemetry, no agent
    # registry, no token from its own files.
    network.configure_hub()
    args = build_parser().parse_args(argv)
    logging.basicConfig(
        level=logging.DEBUG if args.verbose else logging.WARNING,
        format="%(levelname)s %(name)s: %(message)s",
    )
    if args.probe_model:  # a child process that only loads a file: no network at all
        from app.core.models.probe import run_probe

        return run_probe(args.probe_model)
    # From here on a connection is refused unless core.network.allow granted it.
    with network.guarded():
        if args.self_test:
            from app.selftest import run_self_test

            return run_self_test()
        func = getattr(args, "func", None)
        if func is not None:
            from app.core.db import StorageError

            try:
                return int(func(args) or 0)
            except StorageError as exc:
                # No key (no keyring, no HEARTH_PASSPHRASE), a wrong passphrase, a database
                # that cannot be opened: one sentence, nothing changed.
                print(str(exc), file=sys.stderr)
                return 1
        from app.ui.app import run_gui

        return run_gui(model=args.model)


if __name__ == "__main__":
    sys.exit(main())
