"""What the commands that run a model share: engine options, settings, one streamed turn."""

from __future__ import annotations

import argparse
import signal
import sys
import threading
from dataclasses import replace
from typing import Any

from app.core.chat import ChatSession, PromptBlocked, TurnFailed, TurnRequest
from app.core.engine import Done, EngineConfig, LlamaEngine, SamplingParams
from app.core.errors import HearthError
from app.core.harmony import REASONING_EFFORTS, Conversation, TextDelta
from app.core.i18n import tr
from app.core.settings import Settings


def add_engine_arguments(p: argparse.ArgumentParser) -> None:
    """Options shared by every command that loads a model."""
    p.add_argument("--model", required=True, metavar="PATH", help=tr("the GGUF model file"))
    p.add_argument("--ctx", type=int, default=8192, help=tr("context length in tokens"))
    p.add_argument("--threads", type=int, default=0, help=tr("CPU threads (0: automatic)"))
    p.add_argument("--gpu-layers", type=int, default=0, help=tr("layers on the GPU (-1: all)"))
    p.add_argument("--low-memory", action="store_true",
                   help=tr("skip llama.cpp's repacked copy of the experts (less RAM, slower)"))
    p.add_argument("--reasoning", choices=REASONING_EFFORTS, default="medium",
                   help=tr("reasoning effort"))
    p.add_argument("--system", default="", metavar="TEXT",
                   help=tr("instructions for the model (the developer message)"))
    p.add_argument("--max-tokens", type=int, default=4096, help=tr("longest answer in tokens"))
    p.add_argument("--temperature", type=float, default=1.0)
    p.add_argument("--top-p", type=float, default=1.0)
    p.add_argument("--seed", type=int, default=None, help=tr("fixed seed for repeatable output"))
    p.add_argument("--json", action="store_true", help=tr("print one JSON object at the end"))
    p.add_argument("--show-reasoning", action="store_true",
                   help=tr("stream the model's reasoning to stderr"))


def settings_from(args: argparse.Namespace, base: Settings | None = None) -> Settings:
    """The person's saved settings (read once, here) with this command's options on top."""
    base = base if base is not None else Settings.load()
    return replace(base, developer_instructions=args.system, reasoning_effort=args.reasoning,
                   temperature=args.temperature, top_p=args.top_p, max_tokens=args.max_tokens,
                   context_length=args.ctx, cpu_threads=args.threads, gpu_layers=args.gpu_layers,
                   low_memory=args.low_memory)


def load_engine(args: argparse.Namespace) -> LlamaEngine:
    config = EngineConfig(
        model_path=args.model,
        n_ctx=args.ctx,
        n_gpu_layers=args.gpu_layers,
        n_threads=args.threads or None,
        low_memory=args.low_memory,
    )
    tty = sys.stderr.isatty() and not args.json

    def progress(f: float) -> None:
        if tty:
            bar = "#" * int(f * 30)
            print(f"\r{tr('Loading')} [{bar:<30}] {f * 100:3.0f}%", end="", file=sys.stderr)

    engine = LlamaEngine.load(config, progress=progress)
    if tty:
        print(file=sys.stderr)
    return engine


def open_engine(args: argparse.Namespace) -> LlamaEngine | None:
    """The model the command asked for, or None after saying on stderr why it cannot load."""
    try:
        return load_engine(args)
    except HearthError as exc:
        print(str(exc), file=sys.stderr)
        return None


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
            elif isinstance(ev, PromptBlocked):
                sys.stdout.write(ev.message)
            elif isinstance(ev, TurnFailed):
                print(file=sys.stdout)
                print(ev.message, file=sys.stderr)
        if not args.json:
            sys.stdout.write("\n")
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
    }


def exit_code(out: dict[str, Any]) -> int:
    """130 when stopped with Ctrl-C, 1 when the turn failed, else 0."""
    if out["stop_reason"] == "cancelled":
        return 130
    return 1 if out.get("error") else 0
