"""What the commands that run a model share: engine options, settings, one streamed turn."""

from __future__ import annotations

import argparse
import contextlib
import os
import signal
import sys
import threading
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from app.commands.arguments import float_range, int_range, text
from app.core.chat import ChatSession, PromptBlocked, ToolFinished, TurnFailed, TurnRequest
from app.core.engine import Done, Engine, EngineConfig, LlamaEngine, SamplingParams
from app.core.errors import HearthError
from app.core.harmony import REASONING_EFFORTS, Conversation, TextDelta
from app.core.i18n import tr
from app.core.settings import Settings
from app.core.status import StopReason, stop_note

if TYPE_CHECKING:
    from app.core.remote_engine import RemoteConfig

API_KEY_ENV = "HEARTH_API_KEY"


def lora_argument(value: str) -> tuple[str, float]:
    """PATH or PATH:SCALE; a Windows drive letter ("C:\\x.gguf") is part of the path."""
    path, sep, scale = value.rpartition(":")
    if sep and path and not (len(path) == 1 and path.isalpha()):
        try:
            number = float(scale)
        except ValueError:
            return value, 1.0  # a colon inside the path itself
        if not 0.0 <= number <= 2.0:
            raise argparse.ArgumentTypeError(tr("the LoRA scale must be between 0 and 2"))
        return path, number
    return value, 1.0


# What the engine options accept: beyond these llama.cpp asserts, or the number means nothing.
MIN_CTX, MAX_CTX = 256, 1 << 20
MAX_THREADS = max(1, os.cpu_count() or 1)  # more threads than CPUs only slow llama.cpp down
MAX_LAYERS = 1024
MAX_TEMPERATURE = 5.0


def add_model_arguments(p: argparse.ArgumentParser, *, model_required: bool = False) -> None:
    """How a model file is loaded: every command that loads one (chat, ask, serve)."""
    p.add_argument("--model", metavar="PATH", required=model_required,
                   help=tr("the GGUF model file") if model_required else
                   tr("the GGUF model file (default: the model used last)"))
    p.add_argument("--ctx", type=int_range(MIN_CTX, MAX_CTX), default=8192,
                   help=tr("context length in tokens"))
    p.add_argument("--threads", type=int_range(0, MAX_THREADS), default=0,
                   help=tr("CPU threads (0: automatic)"))
    p.add_argument("--gpu-layers", type=int_range(0, MAX_LAYERS, also=(-1,)), default=0,
                   help=tr("layers on the GPU (-1: all)"))
    p.add_argument("--low-memory", action="store_true",
                   help=tr("skip llama.cpp's repacked copy of the experts (less RAM, slower)"))
    p.add_argument("--n-cpu-moe", type=int_range(0, MAX_LAYERS, also=(-1,)), default=0,
                   metavar="N",
                   help=tr("keep the experts of the first N layers in RAM when the rest is on the "
                           "GPU (-1: as the fit estimate recommends)"))
    p.add_argument("--lora", type=lora_argument, default=None, metavar="PATH[:SCALE]",
                   help=tr("apply a LoRA adapter GGUF made for the model, scaled 0-2 "
                           "(default 1)"))


def add_engine_arguments(p: argparse.ArgumentParser) -> None:
    """Options shared by every command that answers with a model (a file or a server)."""
    add_model_arguments(p)
    p.add_argument("--remote", metavar="URL",
                   help=tr("use the model of an OpenAI-compatible server instead of a file "
                           "(key from HEARTH_API_KEY or the keyring)"))
    p.add_argument("--remote-model", metavar="NAME", default="",
                   help=tr("which of the server's models (default: the first it lists)"))
    p.add_argument("--reasoning", choices=REASONING_EFFORTS, default="medium",
                   help=tr("reasoning effort"))
    p.add_argument("--system", type=text, default="", metavar="TEXT",
                   help=tr("instructions for the model (the developer message)"))
    p.add_argument("--max-tokens", type=int_range(1, MAX_CTX), default=4096,
                   help=tr("longest answer in tokens"))
    p.add_argument("--temperature", type=float_range(0.0, MAX_TEMPERATURE), default=1.0)
    p.add_argument("--top-p", type=float_range(0.0, 1.0), default=1.0)
    p.add_argument("--seed", type=int_range(0, 2**32 - 1), default=None,
                   help=tr("fixed seed for repeatable output"))
    p.add_argument("--json", action="store_true", help=tr("print one JSON object at the end"))
    p.add_argument("--show-reasoning", action="store_true",
                   help=tr("stream the model's reasoning to stderr"))


def settings_from(args: argparse.Namespace, base: Settings | None = None) -> Settings:
    """The person's saved settings (read once, here) with this command's options on top."""
    base = base if base is not None else Settings.load()
    return replace(base, developer_instructions=args.system, reasoning_effort=args.reasoning,
                   temperature=args.temperature, top_p=args.top_p, max_tokens=args.max_tokens,
                   context_length=args.ctx, cpu_threads=args.threads, gpu_layers=args.gpu_layers,
                   low_memory=args.low_memory, n_cpu_moe=args.n_cpu_moe,
                   lora_enabled=args.lora is not None,
                   lora_path=args.lora[0] if args.lora else "",
                   lora_scale=args.lora[1] if args.lora else 1.0)


def model_path(args: argparse.Namespace, settings: Settings | None = None) -> str:
    """The model the command runs: --model, else the one used last (in the window or here)."""
    if args.model:
        return str(args.model)
    settings = settings if settings is not None else Settings.load()
    if settings.last_model and Path(settings.last_model).exists():
        return settings.last_model
    raise HearthError(tr("No model given and none used before: give either --model PATH or "
                         "--remote URL (`hearth models list --installed` shows the models you "
                         "have)."))


def load_engine(args: argparse.Namespace) -> LlamaEngine:
    if not args.model:
        args.model = model_path(args)
    config = EngineConfig(
        model_path=args.model,
        n_ctx=args.ctx,
        n_gpu_layers=args.gpu_layers,
        n_threads=args.threads or None,
        low_memory=args.low_memory,
        n_cpu_moe=args.n_cpu_moe,
        lora_path=args.lora[0] if args.lora else "",
        lora_scale=args.lora[1] if args.lora else 1.0,
    )
    tty = sys.stderr.isatty() and not args.json

    def progress(f: float) -> None:
        if tty:
            bar = "#" * int(f * 30)
            print(f"\r{tr('Loading')} [{bar:<30}] {f * 100:3.0f}%", end="", file=sys.stderr)

    engine = LlamaEngine.load(config, progress=progress)
    if tty:
        print(file=sys.stderr)
    notice = engine.info.extra.get("notice")
    if notice:  # the CPU fallback: a script's log should say why it runs slower
        print(notice, file=sys.stderr)
    return engine


def remote_config(args: argparse.Namespace, settings: Settings) -> RemoteConfig:
    """The server `--remote` names, its key from $HEARTH_API_KEY or else the keyring."""
    from app.core.models import secrets
    from app.core.remote_engine import RemoteConfig, normalize_base_url

    url = normalize_base_url(args.remote)
    key = os.environ.get(API_KEY_ENV, "").strip() or secrets.get_api_key(
        secrets.remote_key_name(url))
    return RemoteConfig(url, model=args.remote_model, api_key=key, offline=settings.offline)


def open_engine(args: argparse.Namespace,
                settings: Settings | None = None) -> Engine | None:
    """The model the command asked for (a file, the one used last, or a server with --remote),
    or None after saying on stderr why it cannot be used. A file that loaded becomes the model
    used last, as in the window."""
    if args.model and getattr(args, "remote", None):
        print(tr("Give either --model PATH or --remote URL."), file=sys.stderr)
        return None
    try:
        if getattr(args, "remote", None):
            from app.core.remote_engine import RemoteEngine

            return RemoteEngine.connect(remote_config(args, settings or Settings.load()))
        engine = load_engine(args)
    except HearthError as exc:
        print(str(exc), file=sys.stderr)
        return None
    remember_model(engine.info.path)
    return engine


def remember_model(path: str) -> None:
    settings = Settings.load()
    if settings.last_model != path:
        settings.last_model = path
        with contextlib.suppress(OSError):  # a read-only config folder: nothing to remember
            settings.save()


def sampling_from(args: argparse.Namespace) -> SamplingParams:
    return SamplingParams(temperature=args.temperature, top_p=args.top_p,
                          max_tokens=args.max_tokens, seed=args.seed)


def stream_answer(session: ChatSession, prompt: str, args: argparse.Namespace,
                  conversation: Conversation | None = None, *,
                  use_saved_state: bool = True) -> dict[str, Any]:
    """Run one turn, printing as it streams unless --json; returns the JSON-able outcome."""
    cancel = threading.Event()
    previous = signal.getsignal(signal.SIGINT)
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGINT, lambda *_: cancel.set())
    done: Done | None = None
    request = TurnRequest(prompt, sampling_from(args), conversation=conversation,
                          use_saved_state=use_saved_state)
    try:
        for ev in session.run(request, cancel):
            if isinstance(ev, Done):
                done = ev
            if args.json:
                continue
            if isinstance(ev, TextDelta):
                if ev.channel == "final":
                    sys.stdout.write(ev.text)
                    sys.stdout.flush()
                elif ev.channel == "analysis" and args.show_reasoning:
                    sys.stderr.write(ev.text)
                    sys.stderr.flush()
            elif isinstance(ev, ToolFinished):
                # A step the model took (searched, opened, called): one line, before its answer.
                mark = "»" if ev.step.ok else "×"
                print(f"{mark} {ev.step.summary}", flush=True)
            elif isinstance(ev, PromptBlocked):
                sys.stdout.write(ev.message)
            elif isinstance(ev, TurnFailed):
                print(file=sys.stdout)
                print(ev.message, file=sys.stderr)
        if not args.json:
            sys.stdout.write("\n")
            r = session.result
            note = stop_note(r.saved_stats or {"stop_reason": r.stop_reason.value,
                                               "max_tokens": args.max_tokens},
                             answer=r.answer, reasoning=r.reasoning, status=r.status)
            if note and r.stop_reason is not StopReason.ERROR:  # an error was printed above
                hint = (" " + tr("Run it again with a higher --max-tokens.")
                        if r.stop_reason is StopReason.LENGTH else "")
                print(f"[{note}{hint}]", file=sys.stderr)
    finally:
        if threading.current_thread() is threading.main_thread():
            signal.signal(signal.SIGINT, previous)
    r = session.result
    return {
        "answer": r.answer,
        "reasoning": r.reasoning,
        "stop_reason": r.stop_reason.value,
        "status": r.status.value,
        "error": r.error,
        "stats": done.stats.to_dict() if done else None,
        "reasoning_seconds": r.reasoning_seconds,
        "blocked_category": r.blocked,
        "model": session.engine.info.name,
        "backend": session.engine.info.backend,
        "sources": [getattr(s, "__dict__", s) for s in r.sources],
        "steps": [s.to_dict() for s in r.steps],
    }


def exit_code(out: dict[str, Any]) -> int:
    """130 when stopped with Ctrl-C, 1 when the turn failed, else 0."""
    if out["stop_reason"] == "cancelled":
        return 130
    return 1 if out.get("error") else 0
