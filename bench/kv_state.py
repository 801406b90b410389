"""Saved KV states benchmark: time to first token when a long conversation is reopened in a new
process, with and without its saved state, and of a new chat's first turn with and without the
saved fixed prefix (system + long developer instructions); state file sizes and save times.

Every measured turn is a separate `main.py chat --conversation ... --json` process, as a script
or a restarted app would run it; the history is written straight into that run's database.
The window's own flow is measured too, in a child process of this script (`--typed`): the
conversation is opened (its state restored), the question is read while it is typed (after a
pause), then it is sent; the time from Send to the first token is what a person waits.

    python bench/kv_state.py --model /tmp/synthetic-gpt-oss-20b.gguf --threads 2 --low-memory
    python bench/kv_state.py                    # a generated medium model, for a quick look
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.core import kv_cache, storage, synthetic_gguf  # noqa: E402
from app.core.engine import EngineConfig, LlamaEngine  # noqa: E402
from app.core.harmony import Conversation, Message  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
# Without a keyring the history's key comes from a passphrase; Hearth reads the variable once and
# removes it, so it is kept here for every child process.
PASSPHRASE = os.environ.get("HEARTH_PASSPHRASE", "")
MEDIUM = synthetic_gguf.Shape(
    name="bench-medium-gpt-oss", n_layer=4, n_embd=512, n_head=8, n_head_kv=2, head_dim=64,
    n_expert=8, n_expert_used=2, n_ff_expert=512, sliding_window=128, context_length=131072,
    real_vocab=False, dense_type=synthetic_gguf.QType.Q8_0,
)
WORDS = ("river harbour lantern orchard meadow copper violin granite parcel compass ledger "
         "pepper thunder saddle mirror quarry tunnel blanket signal window marble pocket").split()


def paragraph(i: int, words: int = 60) -> str:
    return " ".join(WORDS[(i * 7 + j * 3 + j * j) % len(WORDS)] for j in range(words)) + "."


class Counter:
    """Token counts with the generated models' tokenizer (every synthetic file shares it)."""

    def __init__(self, folder: Path) -> None:
        tiny = synthetic_gguf.write_tiny(folder / "count.gguf")
        self.engine = LlamaEngine.load(EngineConfig(str(tiny), n_ctx=512, n_threads=1))

    def prompt(self, conv: Conversation) -> int:
        return self.engine.count_tokens(conv)

    def text(self, text: str) -> int:
        return self.engine.count_text(text)


def history(counter: Counter, instructions: str, target: int) -> list[Message]:
    msgs: list[Message] = []
    i = 0
    while counter.prompt(Conversation(msgs, instructions, "low")) < target:
        msgs.append(Message("user", f"Question {i}: " + paragraph(i, 12)))
        msgs.append(Message("assistant", f"Answer {i}: " + paragraph(i + 1000, 40)))
        i += 1
    return msgs


def run_child(cmd: list[str], home: Path, what: str) -> dict[str, Any]:
    """Run a measured child process in the bench's home; its JSON, with its wall time."""
    env = {**os.environ, "HEARTH_HOME": str(home),
           **({"HEARTH_PASSPHRASE": PASSPHRASE} if PASSPHRASE else {})}
    t0 = time.perf_counter()
    r = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
    wall = time.perf_counter() - t0
    if r.returncode != 0:
        raise SystemExit(f"{what} failed ({r.returncode}): {r.stderr[-2000:]}")
    out: dict[str, Any] = json.loads(r.stdout)
    out["wall_seconds"] = wall
    return out


def chat(args: argparse.Namespace, home: Path, prompt: str, *extra: str) -> dict[str, Any]:
    cmd = [sys.executable, str(ROOT / "main.py"), "chat", "--model", str(args.model), "--json",
           "--threads", str(args.threads), "--ctx", str(args.ctx), "--reasoning", "low",
           "--max-tokens", "1", "--seed", "1", *extra,
           *(["--low-memory"] if args.low_memory else []), prompt]
    out = run_child(cmd, home, "chat")
    s = out["stats"]
    wall = out["wall_seconds"]
    print(f"  {prompt[:28]!r:32} prompt {s['prompt_tokens']:5}  cached {s['cached_tokens']:5} "
          f"(restored {s['restored_tokens']:5})  evaluated {s['evaluated_tokens']:5}  "
          f"TTFT {s['ttft_seconds']:8.2f} s  state {s['state_seconds']:.3f} s  "
          f"process {wall:6.1f} s", file=sys.stderr, flush=True)
    return out


def typed(args: argparse.Namespace, home: Path, conversation_id: str,
          question: str) -> dict[str, Any]:
    """The window's flow in a new process (see `typed_child`)."""
    cmd = [sys.executable, str(Path(__file__).resolve()), "--typed-child", conversation_id,
           "--model", str(args.model), "--threads", str(args.threads), "--ctx", str(args.ctx),
           *(["--low-memory"] if args.low_memory else []), "--question", question]
    out = run_child(cmd, home, "typed run")
    s = out["stats"]
    print(f"  typed {question[:22]!r:26} prompt {s['prompt_tokens']:5}  opened (restore) "
          f"{out['open_seconds']:6.2f} s  read while typing {out['read_ahead_tokens']:4} tokens in "
          f"{out['read_ahead_seconds']:6.2f} s  evaluated at Send {s['evaluated_tokens']:3}  "
          f"Send -> first token {out['send_to_first_token_seconds']:6.2f} s", file=sys.stderr,
          flush=True)
    return out


def typed_child(args: argparse.Namespace) -> int:
    """In a new process, what the window does: load the model; open the conversation (the
    engine thread restores its saved state: `StateKeeper.show`); the person types the question
    and pauses (`ChatSession.read_ahead`); Send runs the turn as the window's engine thread
    does, with the default safety filter. Prints one JSON object."""
    from app.core.chat import TurnRequest
    from app.core.engine import SamplingParams
    from app.core.session import build_session, saved_states
    from app.core.settings import Settings

    settings = Settings(reasoning_effort="low", kv_cache_limit_mb=100_000)
    engine = LlamaEngine.load(EngineConfig(str(args.model), n_ctx=args.ctx,
                                           n_threads=args.threads, low_memory=args.low_memory))
    store = storage.Store.open(Path(os.environ["HEARTH_HOME"]) / "data" / "hearth.sqlite3")
    try:
        keeper = saved_states(engine, settings)
        assert keeper is not None
        cid = args.typed_child
        t0 = time.perf_counter()
        keeper.show(cid)
        opened = time.perf_counter() - t0
        t0 = time.perf_counter()
        read = build_session(engine, settings, store=store, conversation_id=cid,
                             states=keeper).read_ahead(args.question, threading.Event())
        reading = time.perf_counter() - t0
        session = build_session(engine, settings, store=store, conversation_id=cid,
                                states=keeper)
        t_send = time.perf_counter()
        first: float | None = None
        for _ev in session.run(TurnRequest(args.question, SamplingParams(max_tokens=1, seed=1))):
            first = first if first is not None else time.perf_counter()
        done = time.perf_counter() - t_send
        r = session.result
        assert r.error is None and r.stats is not None, r.error
        keeper.save_current()
        out = {"stats": r.stats.to_dict(), "open_seconds": opened, "read_ahead_tokens": read,
               "read_ahead_seconds": reading,
               # max_tokens=1: the turn's end is its first token (and the saved row)
               "send_to_first_token_seconds": done,
               "send_to_first_event_seconds": (first or t_send) - t_send}
        print(json.dumps(out))
    finally:
        store.close()
        engine.close()
    return 0


def row(name: str, out: dict[str, Any]) -> dict[str, Any]:
    s = out["stats"]
    return {"case": name, "prompt_tokens": s["prompt_tokens"], "cached": s["cached_tokens"],
            "restored": s["restored_tokens"], "evaluated": s["evaluated_tokens"],
            "ttft_s": round(s["ttft_seconds"], 3), "state_s": round(s["state_seconds"], 3),
            "prefill_tps": s["prefill_tps"], "process_s": round(out["wall_seconds"], 1),
            "written": out.get("states_written")}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--model", type=Path, help="a gpt-oss GGUF (default: a generated medium one)")
    ap.add_argument("--threads", type=int, default=2)
    ap.add_argument("--ctx", type=int, default=8192)
    ap.add_argument("--low-memory", action="store_true")
    ap.add_argument("--history-tokens", type=int, default=4000)
    ap.add_argument("--prefix-tokens", type=int, default=400,
                    help="tokens of the fixed prefix (system + developer instructions)")
    ap.add_argument("--rounds", type=int, default=2, help="warm reopenings to take the median of")
    ap.add_argument("--json", type=Path, help="also write the results here")
    ap.add_argument("--new-chat-only", action="store_true",
                    help="only the new-chat cases (no long conversation)")
    ap.add_argument("--reopen-only", action="store_true",
                    help="only the long conversation's cases (no new chats)")
    ap.add_argument("--skip-cold", action="store_true",
                    help="leave out the reopening without a saved state (minutes on a CPU)")
    ap.add_argument("--home", type=Path,
                    help="keep the bench's history and saved states in this folder (a later run "
                         "with --typed-only reuses the state instead of reading 4,000 tokens)")
    ap.add_argument("--typed-only", action="store_true",
                    help="with --home: only the window's flow, on the state a run left there")
    ap.add_argument("--typed-child", metavar="ID", help=argparse.SUPPRESS)
    ap.add_argument("--question", default="", help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.typed_child:
        return typed_child(args)
    if args.typed_only and not args.home:
        raise SystemExit("--typed-only needs --home (a folder an earlier run left a state in)")
    with (contextlib.nullcontext(str(args.home)) if args.home
          else tempfile.TemporaryDirectory(prefix="hearth-kvbench-")) as tmp:
        folder = Path(tmp)
        folder.mkdir(parents=True, exist_ok=True)
        if args.model is None:
            args.model = synthetic_gguf.write(folder / "medium.gguf", MEDIUM)
        home = folder / "home"
        # This process writes the history its children read: the same home, so the same key
        # (from the keyring, or HEARTH_PASSPHRASE where there is none).
        os.environ["HEARTH_HOME"] = str(home)
        counter = Counter(folder)
        words: list[str] = []
        instructions = ""
        while counter.prompt(Conversation([], instructions, "low")) < args.prefix_tokens:
            words.append(WORDS[(len(words) * 5) % len(WORDS)])
            instructions = "Always answer in plain words. " + " ".join(words)
        msgs = history(counter, instructions, args.history_tokens)
        made = folder / "bench-conversation.json"
        with storage.Store.open(home / "data" / "hearth.sqlite3") as store:
            if made.exists():  # --home: the conversation an earlier run made (and continued)
                conv = store.get_conversation(json.loads(made.read_text())["id"])
            else:
                conv = store.create_conversation("Long conversation",
                                                 developer_instructions=instructions,
                                                 reasoning_effort="low")
                for m in msgs:
                    store.add_message(conv.id, m.role, m.content)
                made.write_text(json.dumps({"id": conv.id}))
        prefix_tokens = counter.prompt(Conversation([], instructions, "low")) - 2
        print(f"model {args.model.name}, {args.threads} threads, ctx {args.ctx}, "
              f"history {counter.prompt(Conversation(msgs, instructions, 'low'))} tokens in "
              f"{len(msgs)} messages, fixed prefix ~{prefix_tokens} tokens", file=sys.stderr)
        results: list[dict[str, Any]] = []

        warm: list[dict[str, Any]] = []
        typed_runs: list[dict[str, Any]] = []
        if not args.new_chat_only:
            print("reopen the conversation in a new process:", file=sys.stderr)
            if args.typed_only:
                pass
            elif not args.skip_cold:
                cold = chat(args, home, "First new question about the harbour?",
                            "--conversation", conv.id, "--no-saved-state")
                results.append(row("reopen, no saved state (reads everything)", cold))
            else:  # the first turn saves the state the next ones reopen
                chat(args, home, "First new question about the harbour?", "--conversation",
                     conv.id)
            warm = [] if args.typed_only else [
                chat(args, home, "Why did the harbour master close the pier that night?"
                     if i == 0 else f"And what happened on day {i} after that?",
                     "--conversation", conv.id) for i in range(args.rounds)]
            for i, out in enumerate(warm):
                results.append(row(f"reopen, saved state (round {i + 1})", out))
            print("the window's flow: open, type (read ahead), send:", file=sys.stderr)
            for i in range(args.rounds):
                question = ("Who kept the lantern lit while the storm went on?" if i == 0
                            else f"Which ship came in first on morning {i}, and why then?")
                out = typed(args, home, conv.id, question)
                r = row(f"reopen in the window, typed then sent (round {i + 1})", out)
                r.update(read_ahead=out["read_ahead_tokens"],
                         read_ahead_s=round(out["read_ahead_seconds"], 3),
                         open_s=round(out["open_seconds"], 3),
                         send_to_first_token_s=round(out["send_to_first_token_seconds"], 3))
                results.append(r)
                typed_runs.append(out)

        if not args.reopen_only and not args.typed_only:
            print("a new chat's first turn:", file=sys.stderr)
            first = chat(args, home, "Hello, first chat!", "--conversation", "new",
                         "--system", instructions)  # saves the fixed prefix
            results.append(row("new chat, first ever (evaluates and saves the prefix)", first))
            without = chat(args, home, "Hello, second chat!", "--conversation", "new",
                           "--system", instructions, "--no-saved-state")
            results.append(row("new chat, no saved prefix", without))
            with_prefix = chat(args, home, "Hello, third chat!", "--conversation", "new",
                               "--system", instructions)
            results.append(row("new chat, saved prefix restored", with_prefix))

        files = sorted((p.name, p.stat().st_size)
                       for p in (home / "cache" / kv_cache.FOLDER).glob(f"*{kv_cache.SUFFIX}"))
        counter.engine.close()
        summary = {
            "machine": {"cpu": platform.processor() or platform.machine(),
                        "cores": os.cpu_count(), "load_average": os.getloadavg()},
            "model": str(args.model), "threads": args.threads, "ctx": args.ctx,
            "low_memory": args.low_memory, "results": results,
            "state_files": [{"name": n, "bytes": b} for n, b in files],
            "ttft_warm_median_s": statistics.median(
                r["stats"]["ttft_seconds"] for r in warm) if warm else None,
            "send_to_first_token_typed_median_s": statistics.median(
                r["send_to_first_token_seconds"] for r in typed_runs) if typed_runs else None,
        }
        text = json.dumps(summary, indent=2)
        print(text)
        if args.json:
            args.json.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
