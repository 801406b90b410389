"""The engine interface, and the one object that owns a llama_cpp.Llama: load, generate, cancel.

`core.chat` talks to the `Engine` protocol only, so a second implementation (an OpenAI-compatible
server) can stand in for the in-process one. `LlamaEngine` is not thread-safe, like `Llama`: one
thread creates it, streams from it and closes it (the engine worker's thread in the GUI).
"""

from __future__ import annotations

import contextlib
import ctypes
import logging
import os
import re
import threading
import time
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol, runtime_checkable

import psutil

from app.core import backends, gguf_info, harmony
from app.core.errors import GenerationError, LoadCancelled, ModelLoadError
from app.core.harmony import Conversation, Event, Message, StopSeen
from app.core.i18n import tr
from app.core.status import StopReason
from app.core.thinking import LoopDetector, ThinkingCut, effective_budget
from app.core.units import format_bytes

log = logging.getLogger(__name__)

# ---------------------------------------------------------------------------------------------
# What every engine speaks


@dataclass
class SamplingParams:
    """OpenAI's recommended sampling for gpt-oss; llama-cpp-python's own defaults differ."""

    temperature: float = 1.0
    top_p: float = 1.0
    top_k: int = 0
    min_p: float = 0.0
    max_tokens: int = 4096
    seed: int | None = None
    # Analysis tokens before the answer is asked for: None applies the default for the
    # conversation's effort (thinking.default_reasoning_budget), 0 turns the budget off. Always
    # capped so the answer keeps a reserve of max_tokens (thinking.effective_budget).
    reasoning_budget: int | None = None
    loop_detection: bool = True  # cut reasoning that repeats itself (thinking.LoopDetector)


@dataclass
class TurnStats:
    prompt_tokens: int = 0
    cached_tokens: int = 0  # prompt tokens not evaluated: the KV cache had them (memory or disk)
    evaluated_tokens: int = 0
    restored_tokens: int = 0  # of the cached ones, those read from a saved state on disk
    ahead_tokens: int = 0  # of the cached ones, those read while the person was typing
    state_seconds: float = 0.0  # saving the previous conversation, restoring this one (in TTFT)
    generated_tokens: int = 0
    prefill_seconds: float = 0.0
    decode_seconds: float = 0.0
    ttft_seconds: float = 0.0
    stop_reason: str = ""
    thinking_tokens: int = 0  # analysis tokens the model wrote
    thinking_budget: int = 0  # the budget applied (0: none)
    thinking_cut: str = ""  # "budget" | "loop" when the engine cut the reasoning short

    @property
    def prefill_tps(self) -> float:
        return self.evaluated_tokens / self.prefill_seconds if self.prefill_seconds > 0 else 0.0

    @property
    def decode_tps(self) -> float:
        # The first token comes out of prefill; decode speed counts the ones after it.
        n = self.generated_tokens - 1
        return n / self.decode_seconds if n > 0 and self.decode_seconds > 0 else 0.0

    def to_dict(self) -> dict[str, Any]:
        d = asdict(self)
        d["prefill_tps"] = round(self.prefill_tps, 2)
        d["decode_tps"] = round(self.decode_tps, 2)
        return d


@dataclass(frozen=True)
class Done:
    """Last event of every stream. reason: a `StopReason` value (return, call, eos, length,
    context, cancelled; a turn adds blocked and error)."""

    reason: str
    stats: TurnStats


StreamEvent = Event | ThinkingCut | Done


@dataclass
class ModelInfo:
    path: str
    name: str
    architecture: str
    n_ctx: int
    n_ctx_train: int
    n_params: int
    size_bytes: int
    backend: str
    gpu_layers: int
    load_seconds: float = 0.0
    extra: dict[str, Any] = field(default_factory=dict)


class Engine(Protocol):
    """What a chat session needs from a model runtime, and all it may use: the turn, the
    document retriever and the safety judge work with any engine that has these (the in-process
    one below, or a server's)."""

    info: ModelInfo

    def stream(
        self, conv: Conversation, sampling: SamplingParams, cancel: threading.Event, *,
        continue_from: Message | None = None,
    ) -> Iterator[StreamEvent]:
        """The assistant's reply to `conv` as harmony events, ending with one `Done`.

        `continue_from`: an assistant message cut short (its answer and reasoning so far); the
        reply goes on from where it ended instead of starting anew (Continue). Its text is not
        repeated in the events."""
        ...

    def count_tokens(self, conv: Conversation) -> int:
        """Tokens of the whole prompt `conv` renders to (with the generation prompt)."""
        ...

    def count_text(self, text: str, limit: int | None = None) -> int:
        """Tokens of a piece of plain text inside a message (document budgets). With `limit`,
        counting may stop early once past it: the result is then only known to exceed it."""
        ...

    def close(self) -> None: ...


@runtime_checkable
class StatefulEngine(Engine, Protocol):
    """An engine whose KV cache can be saved and restored (the in-process one; a remote server's
    cannot): `core.kv_state` keeps each conversation's cache on disk through these. A session
    checks for this capability and does without it."""

    def state_config(self) -> dict[str, Any]:
        """Everything besides the model file that changes what the KV cache holds."""
        ...

    def prompt_tokens(self, conv: Conversation, add_generation_prompt: bool = True) -> list[int]:
        ...

    def held_tokens(self) -> list[int]:
        """The tokens whose KV the cache holds now, in order from position 0."""
        ...

    def prefill(self, tokens: list[int], cancel: threading.Event, *,
                keep_partial: bool = False) -> int:
        """Make the cache hold `tokens` (reusing what it shares with them); returns how many
        were evaluated. Raises GenerationError when failing, and when cancelled unless
        `keep_partial`: then the cache keeps the tokens read before the stop (a prefix of
        `tokens`) and the count of those is returned."""
        ...

    def truncate(self, n_tokens: int) -> None:
        """Keep only the first `n_tokens` of the cache."""
        ...

    def state_data(self) -> memoryview:
        """The whole cache (and llama.cpp's context state) as bytes, for `restore_state`."""
        ...

    def restore_state(self, tokens: list[int], data: bytearray) -> bool:
        """Load a state saved by `state_data` for `tokens`; False (cache emptied) if refused."""
        ...

    def reset_state(self) -> None:
        """Empty the cache."""
        ...


# ---------------------------------------------------------------------------------------------
# llama.cpp in-process


@dataclass
class EngineConfig:
    model_path: str
    n_ctx: int = 8192
    n_gpu_layers: int = 0
    n_threads: int | None = None
    n_batch: int = 512
    flash_attn: bool = True
    use_mmap: bool = True
    low_memory: bool = False  # no CPU repack copy of the experts (llama.cpp's use_extra_bufts)
    check_memory: bool = True
    # Hybrid MoE: the experts of the first N offloaded layers stay in RAM (llama.cpp's
    # --n-cpu-moe), so attention and the KV cache of every layer fit the GPU. -1: the fit
    # estimate's recommendation when n_gpu_layers is -1, else none.
    n_cpu_moe: int = 0
    lora_path: str = ""  # a LoRA adapter GGUF made for this model
    lora_scale: float = 1.0  # 0 turns the adapter off; up to 2 strengthens it

    @classmethod
    def from_settings(cls, settings: Any, model_path: str) -> EngineConfig:
        """The engine configuration the person chose in Settings (app.core.settings.Settings)."""
        return cls(
            model_path=model_path,
            n_ctx=settings.context_length,
            n_gpu_layers=settings.gpu_layers,
            n_threads=settings.cpu_threads or None,
            flash_attn=settings.flash_attn,
            use_mmap=settings.use_mmap,
            low_memory=settings.low_memory,
            n_cpu_moe=settings.n_cpu_moe,
            lora_path=settings.lora_path if settings.lora_enabled else "",
            lora_scale=settings.lora_scale,
        )


def default_threads() -> int:
    """Physical cores, capped: llama.cpp decode is memory-bound and hyperthreads slow it down."""
    cores = psutil.cpu_count(logical=False) or os.cpu_count() or 1
    return max(1, min(cores, 16))


_LOAD_LOCK = threading.Lock()
_recent_log: deque[str] = deque(maxlen=200)
_llama_log_cb: Any = None


class _NoRedirect:
    """Stands in for llama-cpp-python's fd-level stdout/stderr muting, which is process-wide and
    would swallow other threads' output during a long load; llama.cpp's log goes to logging."""

    def __init__(self, disable: bool = True) -> None:
        pass

    def __enter__(self) -> _NoRedirect:
        return self

    def __exit__(self, *exc: object) -> None:
        return None


def _import_llama() -> Any:
    """Load the backend modules, then import llama_cpp once, quietly, with its log routed to
    Python logging."""
    global _llama_log_cb
    try:
        backends.ensure_loaded()
    except backends.BackendError as exc:
        raise ModelLoadError(str(exc)) from exc
    try:
        import llama_cpp
        import llama_cpp._internals as internals
        import llama_cpp.llama as llama_mod
    except Exception as exc:  # a missing or broken native library
        raise ModelLoadError(tr("The llama.cpp runtime could not be loaded ({detail}). Reinstall "
                                "Hearth.").format(detail=exc)) from exc
    if _llama_log_cb is None:
        llama_mod.suppress_stdout_stderr = _NoRedirect  # type: ignore[assignment,misc]
        internals.suppress_stdout_stderr = _NoRedirect  # type: ignore[assignment,misc]

        @llama_cpp.llama_log_callback  # type: ignore[misc]
        def _on_log(level: int, text: bytes, _data: ctypes.c_void_p) -> None:
            line = text.decode("utf-8", errors="replace")
            _recent_log.append(line)
            if level in (2, 3):
                log.debug("llama.cpp: %s", line.rstrip())

        _llama_log_cb = _on_log
        llama_cpp.llama_log_set(_on_log, ctypes.c_void_p(0))
    return llama_cpp


class _BuftOverride(ctypes.Structure):
    """llama_model_tensor_buft_override: a tensor-name regex and the buffer type to put it in."""

    _fields_ = [("pattern", ctypes.c_char_p), ("buft", ctypes.c_void_p)]


def cpu_moe_patterns(n_cpu_moe: int) -> list[str]:
    """The tensor regexes llama.cpp's --n-cpu-moe N uses: the expert tensors of layers 0..N-1."""
    return [rf"blk\.{i}\.ffn_(up|down|gate|gate_up)_(ch|)exps" for i in range(max(0, n_cpu_moe))]


def _cpu_overrides(patterns: list[str]) -> Any:
    """A NULL-terminated override array keeping the matching tensors in RAM (None if empty)."""
    if not patterns:
        return None
    buft = backends.cpu_buffer_type()
    array = (_BuftOverride * (len(patterns) + 1))()
    for i, pattern in enumerate(patterns):
        array[i].pattern = pattern.encode()
        array[i].buft = buft
    return array


@contextlib.contextmanager
def _model_params_hook(llama_cpp: Any, progress: Any, use_extra_bufts: bool,
                       overrides: Any = None) -> Iterator[None]:
    """`Llama()` exposes neither the load-progress callback, the repack switch nor tensor
    overrides, but builds its params from `llama_model_default_params()`: hand it defaults with
    them set, for this load. `overrides` must outlive the load (the caller keeps it)."""
    original = llama_cpp.llama_cpp.llama_model_default_params

    def patched() -> Any:
        params = original()
        params.progress_callback = progress
        params.progress_callback_user_data = None
        params.use_extra_bufts = use_extra_bufts
        if overrides is not None:
            params.tensor_buft_overrides = ctypes.addressof(overrides)
        return params

    with _LOAD_LOCK:
        llama_cpp.llama_cpp.llama_model_default_params = patched
        try:
            yield
        finally:
            llama_cpp.llama_cpp.llama_model_default_params = original


class LlamaVocab:
    """harmony.Vocab over a loaded llama.cpp model. Thread: the engine's (it calls into the
    model's tokenizer, which belongs to the thread that loaded it)."""

    def __init__(self, llm: Any, llama_cpp: Any) -> None:
        self._llm = llm
        model = llm._model
        mask = llama_cpp.LLAMA_TOKEN_ATTR_CONTROL | llama_cpp.LLAMA_TOKEN_ATTR_USER_DEFINED
        self._control = frozenset(
            t for t in range(model.n_vocab()) if model.token_get_attr(t) & mask
        )
        self._texts = [model.token_get_text(t) for t in self._control]
        self._model = model
        self._llama_cpp = llama_cpp
        self.n_vocab = model.n_vocab()

    def special_id(self, text: str) -> int:
        ids = self._tokenize(text.encode("utf-8"), special=True)
        if len(ids) != 1 or ids[0] not in self._control:
            raise KeyError(text)
        return int(ids[0])

    def encode_plain(self, text: str) -> list[int]:
        return self._tokenize(harmony.valid_unicode(text).encode("utf-8"), special=False)

    def _tokenize(self, data: bytes, *, special: bool) -> list[int]:
        """llama_tokenize with a buffer sized to the text. Not Llama.tokenize: it allocates one
        of the model's training context per call (131072 tokens for gpt-oss: 4 ms a call, and
        a header claiming 2**32-1 made it raise)."""
        lc = self._llama_cpp
        size = len(data) + 2  # a byte-level vocabulary never makes more tokens than bytes
        for _ in range(2):
            buf = (lc.llama_token * size)()
            n = lc.llama_tokenize(self._model.vocab, data, len(data), buf, size, False, special)
            if n >= 0:
                return list(buf[:n])
            size = -n
        raise ValueError("llama_tokenize did not fit its own size")

    def piece(self, token: int) -> bytes:
        # Not LlamaModel.token_to_piece: in 0.3.36 it returns its whole 32-byte buffer, NUL
        # padding included, and cuts longer pieces. Ask for the length and size the buffer.
        if not 0 <= token < self.n_vocab:
            raise ValueError(f"token id {token} is outside the vocabulary")  # C would abort
        fn = self._llama_cpp.llama_token_to_piece
        size = 64
        while True:
            buf = ctypes.create_string_buffer(size)
            n = fn(self._model.vocab, token, buf, size, 0, False)
            if n >= 0:
                return buf.raw[:n]
            size = -n

    def control_ids(self) -> frozenset[int]:
        return self._control

    def control_texts(self) -> Iterable[str]:
        return self._texts

    def is_eog(self, token: int) -> bool:
        if not 0 <= token < self.n_vocab:
            return False
        return bool(self._llama_cpp.llama_vocab_is_eog(self._model.vocab, token))


class LlamaEngine:
    """Owns one llama_cpp.Llama. Lives on one thread: the one that loaded it."""

    # The prompt is rendered here, so tools declared in the conversation reach the model and its
    # calls come back as ToolCall events (a remote server renders its own prompt).
    renders_tools = True

    def __init__(self, llm: Any, llama_cpp: Any, config: EngineConfig, info: ModelInfo) -> None:
        self._llm = llm
        self._llama_cpp = llama_cpp
        self.config = config
        self.info = info
        self.vocab = LlamaVocab(llm, llama_cpp)
        self.encoder = harmony.Encoder(self.vocab)
        end_id = self.encoder.ids[harmony.END]
        eog = {t for t in self.vocab.control_ids() if self.vocab.is_eog(t)}
        # gpt-oss ends a turn with <|return|> or <|call|>; <|end|> only ends one message.
        self._stop_ids = frozenset((eog | set(self.encoder.stop_ids)) - {end_id})
        self.tokens_evaluated = 0  # every token ever decoded: tests count prefix reuse with it
        self._cancel_for_abort: threading.Event | None = None
        self._abort_cb = llama_cpp.ggml_abort_callback(self._on_abort_check)
        self._no_abort = llama_cpp.ggml_abort_callback()
        self._closed = False
        self._lora: Any = None  # the llama_adapter_lora pointer; freed with the model
        self._keep_alive: list[Any] = []  # ctypes arrays the model's params point to

    # -- loading
    @classmethod
    def load(
        cls,
        config: EngineConfig,
        progress: Callable[[float], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> LlamaEngine:
        """Load a model. progress(fraction) is llama.cpp's own; setting `cancel` aborts the load."""
        path = Path(config.model_path)
        info = cls.check(config)
        llama_cpp = _import_llama()
        cancelled = threading.Event()

        def on_progress(fraction: float, _data: ctypes.c_void_p) -> bool:
            if cancel is not None and cancel.is_set():
                cancelled.set()
                return False
            if progress is not None:
                try:
                    progress(float(fraction))
                except Exception:  # a broken observer must not break the load
                    log.exception("progress callback failed")
            return True

        progress_cb = llama_cpp.llama_progress_callback(on_progress)
        if config.lora_path:
            check_lora(Path(config.lora_path), info)
        n_threads = config.n_threads or default_threads()
        _recent_log.clear()
        t0 = time.perf_counter()
        gpu_layers, n_cpu_moe = config.n_gpu_layers, config.n_cpu_moe
        notice = ""
        report = backends.report()
        if gpu_layers != 0 and not report.gpus:
            gpu_layers = 0
            notice = tr("{why} The model runs on the CPU.").format(why=report.gpu_note())
        if gpu_layers == 0:
            n_cpu_moe = 0
        elif n_cpu_moe < 0:
            gpu_layers, n_cpu_moe = _auto_placement(info, config, report)

        keep: list[Any] = []  # llama-cpp-python keeps the params (and this pointer) with the model

        def build(n_gpu_layers: int, n_cpu_moe: int) -> Any:
            overrides = _cpu_overrides(cpu_moe_patterns(n_cpu_moe)) if n_gpu_layers else None
            keep.append(overrides)
            # llama.cpp's repacked expert copy speeds up CPU-only runs but slows hybrid ones
            # (llama.cpp PR 19738): only with no layer on the GPU.
            repack = not config.low_memory and n_gpu_layers == 0
            with _model_params_hook(llama_cpp, progress_cb, repack, overrides):
                return llama_cpp.Llama(
                    model_path=str(path),
                    n_ctx=config.n_ctx,
                    n_batch=config.n_batch,
                    n_ubatch=config.n_batch,
                    n_gpu_layers=n_gpu_layers,
                    n_threads=n_threads,
                    n_threads_batch=n_threads,
                    flash_attn=config.flash_attn,
                    use_mmap=config.use_mmap,
                    swa_full=True,  # a prefix cut must not lose the windowed layers' context
                    verbose=False,
                )

        try:
            llm = build(gpu_layers, n_cpu_moe)
        except Exception as exc:
            if cancelled.is_set():
                raise LoadCancelled(tr("Loading {name} was cancelled.").format(
                    name=path.name)) from None
            if gpu_layers == 0:
                raise _explain_load_failure(path, info, config, exc) from exc
            # The GPU backend could not start (driver, out of VRAM...): run on the CPU rather
            # than not at all, and say so.
            reason = _last_error_line() or str(exc)
            log.warning("GPU load failed (%s); retrying on the CPU", reason)
            notice = tr("The GPU could not be used ({reason}), so the model runs on the CPU. "
                        "Lower the GPU layers in Settings or update the graphics driver.").format(
                            reason=reason)
            gpu_layers = n_cpu_moe = 0
            if config.check_memory:
                _check_memory(info, replace(config, n_gpu_layers=0))
            _recent_log.clear()
            try:
                llm = build(0, 0)
            except Exception as exc2:
                if cancelled.is_set():
                    raise LoadCancelled(tr("Loading {name} was cancelled.").format(
                        name=path.name)) from None
                raise _explain_load_failure(path, info, config, exc2) from exc2
        lora = None
        if config.lora_path:
            try:
                lora = _apply_lora(llama_cpp, llm, Path(config.lora_path), config.lora_scale)
            except BaseException:
                with contextlib.suppress(Exception):
                    llm.close()
                raise
        load_seconds = time.perf_counter() - t0
        model_info = ModelInfo(
            path=str(path),
            name=info.name,
            architecture=info.architecture,
            n_ctx=llm.n_ctx(),
            n_ctx_train=llm._model.n_ctx_train(),
            n_params=llm._model.n_params(),
            size_bytes=sum(p.stat().st_size for p in gguf_info.split_parts(path)),
            backend=backend_description(llama_cpp, gpu_layers),
            gpu_layers=gpu_layers,
            load_seconds=load_seconds,
        )
        model_info.extra.update(_placement_extra(report, gpu_layers, n_cpu_moe, config))
        if config.lora_path:
            model_info.extra["lora"] = {"path": config.lora_path, "scale": config.lora_scale}
        if notice:
            model_info.extra["notice"] = notice
        try:
            engine = cls(llm, llama_cpp, config, model_info)
        except KeyError as exc:  # a harmony token the header check could not see as missing
            llm.close()
            raise ModelLoadError(tr("{name} lacks the harmony token {token}, so Hearth cannot "
                                    "talk to it. Choose a published gpt-oss GGUF.").format(
                                        name=path.name, token=exc.args[0] if exc.args else "?")
                                 ) from None
        engine._lora = lora
        engine._keep_alive = keep
        return engine

    @staticmethod
    def check(config: EngineConfig) -> gguf_info.GGUFInfo:
        """What can be known before loading: the file is a whole gpt-oss GGUF and (on the CPU)
        fits in memory. Raises ModelLoadError saying why not. Cheap: reads only the header, so
        the window checks a new file this way before it gives up the model it has."""
        path = Path(config.model_path)
        if not 0 < config.n_ctx <= gguf_info.MAX_CONTEXT:
            # llama.cpp reads 0 as "the model's own" and skips what the memory check assumed.
            raise ModelLoadError(tr("A context length of {n} tokens cannot be used: choose one "
                                    "between 256 and the model's own in Settings.").format(
                                        n=config.n_ctx))
        info = gguf_info.validate(path)
        if info.architecture != "gpt-oss":
            arch = info.architecture or tr("unknown")
            if "guard" in f"{info.name} {path.name}".lower():
                raise ModelLoadError(tr("{name} is a safety model, not a chat model: Hearth uses "
                                        "it for the safety filter (Settings, Safety). Choose a "
                                        "gpt-oss file to chat with.").format(name=path.name))
            raise ModelLoadError(tr("{name} is a '{arch}' model. Hearth runs OpenAI's gpt-oss "
                                    "models (gpt-oss-20b, gpt-oss-120b); choose a gpt-oss GGUF "
                                    "file.").format(name=path.name, arch=arch))
        if config.check_memory:
            _check_memory(info, config)
        return info

    # -- generation
    def _on_abort_check(self, _data: ctypes.c_void_p) -> bool:
        ev = self._cancel_for_abort
        return bool(ev is not None and ev.is_set())

    def count_tokens(self, conv: Conversation) -> int:
        return len(self.encoder.encode(conv))

    def count_text(self, text: str, limit: int | None = None) -> int:
        return len(self.encoder.encode_text(text, limit=limit))

    def cached_prefix(self, prompt: list[int]) -> int:
        """How many leading prompt tokens the KV cache already holds (at least one is re-run)."""
        llm = self._llm
        n = min(llm.n_tokens, len(prompt) - 1)
        if n <= 0:
            return 0
        cached = llm.input_ids[:n]
        i = 0
        while i < n and cached[i] == prompt[i]:
            i += 1
        if i and self._kv_pos_min() > 0:
            return 0  # the windowed cache dropped early positions: nothing before them is reusable
        return i

    def _kv_pos_min(self) -> int:
        lc = self._llama_cpp
        mem = lc.llama_get_memory(self._llm._ctx.ctx)
        if mem is None:
            return 0
        return max(0, int(lc.llama_memory_seq_pos_min(mem, 0)))

    # -- saved state (StatefulEngine)
    def state_config(self) -> dict[str, Any]:
        c, llm = self.config, self._llm
        params = llm.context_params
        return {
            "llama_cpp": getattr(self._llama_cpp, "__version__", ""),
            "n_ctx": llm.n_ctx(),
            "n_batch": c.n_batch,
            "n_ubatch": int(params.n_ubatch),
            "flash_attn": c.flash_attn,
            "repack": not c.low_memory,
            "gpu_layers": self.info.gpu_layers,
            "backend": self.info.backend,
            "type_k": int(params.type_k),
            "type_v": int(params.type_v),
            "swa_full": bool(params.swa_full),
            # No LoRA adapter can be loaded yet; one would join this key.
            "adapter": "",
        }

    def prompt_tokens(self, conv: Conversation, add_generation_prompt: bool = True) -> list[int]:
        return self.encoder.encode(conv, add_generation_prompt)

    def held_tokens(self) -> list[int]:
        llm = self._llm
        if llm.n_tokens <= 0 or self._kv_pos_min() > 0:
            return []
        return [int(t) for t in llm.input_ids[: llm.n_tokens]]

    def prefill(self, tokens: list[int], cancel: threading.Event, *,
                keep_partial: bool = False) -> int:
        if len(tokens) >= self._llm.n_ctx():
            raise GenerationError(tr("The prompt is longer than the context."))
        held = self.held_tokens()
        n = min(len(held), len(tokens))
        reuse = 0
        while reuse < n and held[reuse] == tokens[reuse]:
            reuse += 1
        self._llm.n_tokens = reuse
        if reuse == len(tokens):
            self.truncate(reuse)
            return 0
        try:
            self._eval(tokens[reuse:], cancel)
        except RuntimeError:
            if keep_partial and cancel.is_set():
                # llama_decode removed the aborted micro-batch's cells itself; llama-cpp-python
                # counted only the whole batches before it. Cut the cache to that count: what
                # stays is exactly a prefix of `tokens`.
                self.truncate(self._llm.n_tokens)
                self.tokens_evaluated += self._llm.n_tokens - reuse
                return self._llm.n_tokens - reuse
            self.reset_state()
            raise GenerationError(tr("Reading the prompt was stopped.")) from None
        return len(tokens) - reuse

    def truncate(self, n_tokens: int) -> None:
        llm = self._llm
        n_tokens = max(0, min(n_tokens, llm.n_tokens))
        llm._ctx.kv_cache_seq_rm(0, n_tokens, -1)
        llm.n_tokens = n_tokens

    def state_data(self) -> memoryview:
        # The whole cache, every cell (sequence -1): a per-sequence save leaves out the
        # sliding-window layers' cells the window no longer covers, which a later prefix cut needs
        # (llama.cpp issue 25295). The whole-context save (llama_state_get_data) keeps them but
        # its restore leaves llama.cpp's next free cell at 0, so the next tokens overwrite those
        # cells and land in another order than in the engine that made the state: different
        # sums, different logits. Saved here as memory only, restored as sequence 0 below.
        lc, ctx = self._llama_cpp, self._llm._ctx.ctx
        size = int(lc.llama_state_seq_get_size(ctx, -1))
        buf = (ctypes.c_uint8 * size)()
        n = int(lc.llama_state_seq_get_data(ctx, buf, size, -1))
        if n <= 0 or n > size:
            raise GenerationError(tr("The model's memory could not be copied."))
        return memoryview(buf).cast("B")[:n]

    def restore_state(self, tokens: list[int], data: bytearray) -> bool:
        lc, llm = self._llama_cpp, self._llm
        if not tokens or len(tokens) >= llm.n_ctx():
            return False
        src = (ctypes.c_uint8 * len(data)).from_buffer(data)
        # Into sequence 0 of an emptied cache: the cells go to 0 .. n-1 in order and the next
        # token to cell n, exactly where the engine that saved it put them.
        read = int(lc.llama_state_seq_set_data(llm._ctx.ctx, src, len(data), 0))
        mem = lc.llama_get_memory(llm._ctx.ctx)
        ok = read == len(data) and mem is not None
        # The cache must hold exactly positions 0 .. len(tokens)-1: anything else is a state
        # made for other tokens, whatever the file said.
        if ok and (int(lc.llama_memory_seq_pos_min(mem, 0)) != 0
                   or int(lc.llama_memory_seq_pos_max(mem, 0)) != len(tokens) - 1):
            ok = False
        if not ok:
            self.reset_state()
            return False
        llm.input_ids[: len(tokens)] = tokens
        llm.n_tokens = len(tokens)
        return True

    def reset_state(self) -> None:
        lc, llm = self._llama_cpp, self._llm
        mem = lc.llama_get_memory(llm._ctx.ctx)
        if mem is not None:
            lc.llama_memory_clear(mem, True)
        llm.n_tokens = 0

    def _eval(self, tokens: list[int], cancel: threading.Event) -> None:
        """Decode tokens into the KV cache. Multi-token prefill can be aborted mid-batch."""
        lc, ctx = self._llama_cpp, self._llm._ctx.ctx
        abortable = len(tokens) > 1
        if abortable:
            self._cancel_for_abort = cancel
            lc.llama_set_abort_callback(ctx, self._abort_cb, None)
        try:
            self._llm.eval(tokens)
        finally:
            if abortable:
                # Decode checks the flag itself between tokens: no Python call per graph node.
                lc.llama_set_abort_callback(ctx, self._no_abort, None)
                self._cancel_for_abort = None
        self.tokens_evaluated += len(tokens)

    def stream(
        self, conv: Conversation, sampling: SamplingParams, cancel: threading.Event, *,
        continue_from: Message | None = None,
    ) -> Iterator[StreamEvent]:
        """Generate the assistant's reply to `conv` as harmony events, ending with Done."""
        t_start = time.perf_counter()
        try:
            if continue_from is None:
                prompt, open_channel = self.encoder.encode(conv, cancel=cancel), None
            else:
                segments, open_channel = harmony.render_continue(conv, continue_from.content,
                                                                 continue_from.reasoning)
                prompt = self.encoder.encode_segments(segments, cancel=cancel)
        except harmony.EncodingCancelled:
            yield Done(StopReason.CANCELLED.value, TurnStats(stop_reason="cancelled"))
            return
        yield from self.stream_tokens(prompt, sampling, cancel, t_start=t_start,
                                      reasoning_effort=conv.reasoning_effort,
                                      open_channel=open_channel)

    def _final_channel_ids(self) -> list[int]:
        """What closes an analysis message and opens the answer, in this vocabulary's ids:
        `<|end|><|start|>assistant<|channel|>final<|message|>`, as the template writes it."""
        ids, text = self.encoder.ids, self.encoder.encode_text
        return [ids[harmony.END], ids[harmony.START], *text("assistant"),
                ids[harmony.CHANNEL], *text("final"), ids[harmony.MESSAGE]]

    def stream_tokens(
        self,
        prompt: list[int],
        sampling: SamplingParams,
        cancel: threading.Event,
        *,
        t_start: float | None = None,
        reasoning_effort: str = "medium",
        open_channel: str | None = None,
        logits_processor: Callable[[Any, Any], Any] | None = None,
    ) -> Iterator[StreamEvent]:
        """Generate after `prompt` (ending in `<|start|>assistant`) as events, ending with Done.

        Reasoning is bounded: past its budget, or when the loop detector sees it repeat itself,
        the analysis message is closed and the final channel opened (ThinkingCut, then the
        parser's events for those tokens), and the model goes on with its answer.
        `open_channel`: the prompt ends inside a message of that channel (`...<|channel|>final
        <|message|>partial answer`), so generation continues it (Continue); the budget counts
        only the reasoning written in this call.
        `logits_processor(input_ids, logits) -> logits` runs before sampling (tests force tokens
        with it).
        """
        t_start = time.perf_counter() if t_start is None else t_start
        llm = self._llm
        stats = TurnStats(prompt_tokens=len(prompt))
        n_ctx = llm.n_ctx()
        if len(prompt) >= n_ctx:
            raise GenerationError(tr("This conversation needs {n} tokens but the context holds "
                                     "{ctx}. Start a new conversation, or raise the context length "
                                     "in Settings.").format(n=len(prompt), ctx=n_ctx))
        reuse = self.cached_prefix(prompt)
        stats.cached_tokens = reuse
        stats.evaluated_tokens = len(prompt) - reuse
        llm.n_tokens = reuse  # eval() drops the cache past this point first
        if sampling.seed is not None:
            llm.set_seed(sampling.seed)
        else:
            llm.set_seed(int.from_bytes(os.urandom(4), "little") & 0x7FFFFFFF)
        sampler = llm._init_sampler(
            top_k=sampling.top_k, top_p=sampling.top_p, min_p=sampling.min_p,
            temp=sampling.temperature, repeat_penalty=1.0,
            logits_processor=[logits_processor] if logits_processor is not None else None,
        )
        parser = harmony.StreamParser(self.encoder, open_channel=open_channel)
        room = n_ctx - len(prompt)
        limit = min(sampling.max_tokens, room) if sampling.max_tokens > 0 else room
        budget = effective_budget(sampling.reasoning_budget, reasoning_effort, limit)
        stats.thinking_budget = budget
        loops = LoopDetector() if sampling.loop_detection else None
        cut_ids = self._final_channel_ids()
        control = self.vocab.control_ids()
        reason = "length"
        t_prefill = time.perf_counter()
        try:
            self._eval(prompt[reuse:], cancel)
        except RuntimeError:
            if cancel.is_set():
                stats.prefill_seconds = time.perf_counter() - t_prefill
                stats.stop_reason = "cancelled"
                yield Done("cancelled", stats)
                return
            raise GenerationError(tr("The model stopped with an internal error while reading the "
                                     "prompt. Try again; if it keeps failing, lower the context "
                                     "length or GPU layers in Settings.")) from None
        t_first: float | None = None
        stats.prefill_seconds = time.perf_counter() - t_prefill
        ctx = llm._ctx
        try:
            while True:
                if cancel.is_set():
                    reason = "cancelled"
                    break
                token = sampler.sample(ctx, -1)
                stats.generated_tokens += 1
                if t_first is None:
                    t_first = time.perf_counter()
                    stats.ttft_seconds = t_first - t_start
                if token in self._stop_ids:
                    for ev in parser.feed(token):
                        yield ev
                    reason = parser.stop_reason or "eos"
                    break
                for ev in parser.feed(token):
                    yield ev
                batch = [token]
                if (token not in control and parser.open_channel == "analysis"
                        and parser.open_recipient is None):
                    stats.thinking_tokens += 1
                    cut = ""
                    if budget and stats.thinking_tokens >= budget:
                        cut = "budget"
                    elif loops is not None and loops.feed(token):
                        cut = "loop"
                    if cut:
                        stats.thinking_cut = cut
                        yield ThinkingCut(cut, stats.thinking_tokens)
                        for t in cut_ids:
                            for ev in parser.feed(t):
                                yield ev
                        batch += cut_ids
                        if loops is not None:
                            loops.reset()
                if stats.generated_tokens >= sampling.max_tokens:
                    reason = StopReason.LENGTH
                    break
                if llm.n_tokens + len(batch) >= n_ctx:
                    reason = StopReason.CONTEXT
                    break
                try:
                    self._eval(batch, cancel)
                except RuntimeError:
                    if cancel.is_set():  # stopped inside the forced tokens' batch
                        reason = StopReason.CANCELLED
                        break
                    raise GenerationError(tr("The model stopped with an internal error while "
                                             "writing. Try again.")) from None
        finally:
            sampler.close() if hasattr(sampler, "close") else None
        for ev in parser.finish():
            if not isinstance(ev, StopSeen):
                yield ev
        if t_first is not None:
            stats.decode_seconds = time.perf_counter() - t_first
        stats.stop_reason = reason
        yield Done(reason, stats)

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            with contextlib.suppress(Exception):
                self._llm.close()


# ---------------------------------------------------------------------------------------------
# A second, small model: the safety guard


@dataclass
class SmallModelConfig:
    """A small model beside the chat model (the safety guard): few threads, a short context."""

    model_path: str
    n_ctx: int = 4096
    n_threads: int | None = None  # None: a quarter of the cores, at least one
    n_batch: int = 512
    n_gpu_layers: int = 0


@dataclass(frozen=True)
class Completion:
    """One greedy completion. stop: eog | length | cancelled."""

    text: str
    prompt_tokens: int
    cached_tokens: int
    generated_tokens: int
    seconds: float
    stop: str


def small_model_threads() -> int:
    """Threads for the guard: it runs while the chat model decodes, so it takes few cores."""
    return max(1, default_threads() // 4)


class SmallModel:
    """A small llama.cpp model of any architecture in its own context: greedy completion of a
    prompt with a token cap. Thread-safe: one lock serializes every call, so the prompt check
    (on the turn's thread) and the streamed answer check (on its own thread) can share it.

    The chat model's gpt-oss-only check does not apply here; loading goes through the same
    llama_cpp import and load lock as `LlamaEngine`.
    """

    def __init__(self, llm: Any, llama_cpp: Any, config: SmallModelConfig,
                 architecture: str, load_seconds: float) -> None:
        self._llm = llm
        self._llama_cpp = llama_cpp
        self.config = config
        self.architecture = architecture
        self.load_seconds = load_seconds
        self._lock = threading.Lock()
        self._closed = False
        model = llm._model
        mask = llama_cpp.LLAMA_TOKEN_ATTR_CONTROL | llama_cpp.LLAMA_TOKEN_ATTR_USER_DEFINED
        self.n_vocab = int(model.n_vocab())
        self._control = frozenset(
            t for t in range(self.n_vocab) if model.token_get_attr(t) & mask)
        self._control_texts = tuple(sorted(
            {model.token_get_text(t) for t in self._control}, key=len, reverse=True))
        self._vocab = model.vocab

    @classmethod
    def load(cls, config: SmallModelConfig) -> SmallModel:
        path = Path(config.model_path)
        info = gguf_info.validate(path)
        llama_cpp = _import_llama()
        n_threads = config.n_threads or small_model_threads()
        t0 = time.perf_counter()
        _recent_log.clear()
        try:
            with _LOAD_LOCK:
                llm = llama_cpp.Llama(
                    model_path=str(path),
                    n_ctx=config.n_ctx,
                    n_batch=config.n_batch,
                    n_ubatch=config.n_batch,
                    n_gpu_layers=config.n_gpu_layers,
                    n_threads=n_threads,
                    n_threads_batch=n_threads,
                    verbose=False,
                )
        except Exception as exc:
            raise _explain_load_failure(path, info, EngineConfig(str(path)), exc) from exc
        return cls(llm, llama_cpp, config, info.architecture, time.perf_counter() - t0)

    @property
    def metadata(self) -> dict[str, str]:
        return dict(getattr(self._llm, "metadata", {}) or {})

    @property
    def chat_template(self) -> str:
        return self.metadata.get("tokenizer.chat_template", "")

    @property
    def n_ctx(self) -> int:
        return int(self._llm.n_ctx())

    def control_ids(self) -> frozenset[int]:
        return self._control

    def control_texts(self) -> tuple[str, ...]:
        """Texts of control and user-defined tokens, longest first."""
        return self._control_texts

    def tokenize(self, text: str, special: bool) -> list[int]:
        with self._lock:
            return list(self._llm.tokenize(text.encode("utf-8"), add_bos=False,
                                           special=special))

    def detokenize(self, tokens: list[int]) -> str:
        with self._lock:
            return bytes(self._llm.detokenize(tokens)).decode("utf-8", errors="replace")

    def complete(self, tokens: list[int], max_tokens: int,
                 cancel: threading.Event | None = None) -> Completion:
        """Greedy continuation of `tokens`, at most `max_tokens`, stopping at end of generation.

        The KV cache keeps the longest common prefix with the previous call, so a fixed prompt
        head (a guard's policy text) is evaluated once.
        """
        if self._closed:
            raise GenerationError(tr("The safety model was closed."))
        t0 = time.perf_counter()
        with self._lock:
            llm = self._llm
            n_ctx = llm.n_ctx()
            if len(tokens) + max_tokens >= n_ctx:
                raise GenerationError(tr("The text is too long for the safety model ({n} tokens, "
                                         "its context holds {ctx}).").format(n=len(tokens),
                                                                            ctx=n_ctx))
            reuse = 0
            n = min(llm.n_tokens, len(tokens) - 1)
            cached = llm.input_ids[:n] if n > 0 else []
            while reuse < n and cached[reuse] == tokens[reuse]:
                reuse += 1
            llm.n_tokens = reuse  # eval() drops the cache past this point first
            sampler = llm._init_sampler(temp=0.0, repeat_penalty=1.0)
            out: list[int] = []
            stop = "length"
            try:
                llm.eval(tokens[reuse:])
                ctx = llm._ctx
                while len(out) < max_tokens:
                    if cancel is not None and cancel.is_set():
                        stop = "cancelled"
                        break
                    token = int(sampler.sample(ctx, -1))
                    if self._llama_cpp.llama_vocab_is_eog(self._vocab, token):
                        stop = "eog"
                        break
                    out.append(token)
                    if len(out) >= max_tokens:
                        break
                    llm.eval([token])
            finally:
                sampler.close() if hasattr(sampler, "close") else None
            text = bytes(llm.detokenize(out)).decode("utf-8", errors="replace")
        return Completion(text, len(tokens), reuse, len(out), time.perf_counter() - t0, stop)

    def close(self) -> None:
        with self._lock:
            if not self._closed:
                self._closed = True
                with contextlib.suppress(Exception):
                    self._llm.close()


def _check_memory(info: gguf_info.GGUFInfo, config: EngineConfig,
                  available: int | None = None) -> None:
    """Refuse a CPU load that cannot fit in RAM, with numbers and a way out, before llama.cpp
    tries (and the OS starts swapping). Same estimate as the model manager's fit bars."""
    if config.n_gpu_layers != 0:
        return  # GPU memory is llama.cpp's to judge; a failure is explained afterwards
    from app.core.models import fit
    from app.core.models.hardware import Hardware

    total = psutil.virtual_memory().total if available is None else available
    hw = Hardware(os="", arch="", cpu_name=None, cpu_threads=None, cpu_cores=None,
                  cpu_features=frozenset(), ram_total=total, ram_available=total,
                  disk_free=None, gpu_offload=None)
    est = fit.estimate(fit.shape_from_gguf(info.path), hw, n_ctx=config.n_ctx, gpu_layers=0,
                       low_memory=config.low_memory, flash_attn=config.flash_attn)
    if est.ram_needed <= total:
        return
    repack = next((c.bytes for c in est.components if c.key == "repack"), 0)
    hint = (tr(" Turn on low-memory mode in Settings (saves {size}).").format(
        size=format_bytes(repack)) if repack else "")
    raise ModelLoadError(
        tr("Not enough memory for {name}: it needs about {need} and this machine has {have}."
           "{hint} A smaller context length also helps.").format(
            name=info.path.name, need=format_bytes(est.ram_needed), have=format_bytes(total),
            hint=hint))


def _explain_load_failure(path: Path, info: gguf_info.GGUFInfo, config: EngineConfig,
                          exc: Exception) -> ModelLoadError:
    tail = "".join(_recent_log)
    if re.search(r"alloc|out of memory|ENOMEM|cudaMalloc", tail, re.IGNORECASE):
        return ModelLoadError(tr("Not enough memory to load {name}. Close other programs, turn "
                                 "on low-memory mode, lower the context length or the GPU layers "
                                 "in Settings.").format(name=path.name))
    detail = _last_error_line() or str(exc)
    return ModelLoadError(tr("{name} could not be loaded: {detail}. If the file was downloaded, "
                             "verify or download it again.").format(name=path.name,
                                                                    detail=detail))


def _last_error_line() -> str:
    return next((ln.strip() for ln in reversed(_recent_log)
                 if "error" in ln.lower() or "failed" in ln.lower()), "")


def gpu_offload_supported() -> bool | None:
    """Whether this build of llama.cpp can offload layers to a GPU (None: it does not load)."""
    try:
        llama_cpp = _import_llama()
        return bool(llama_cpp.llama_supports_gpu_offload())
    except Exception as exc:  # its shared library failed to load
        log.debug("llama_cpp probe failed: %s", exc)
        return None


def load_embedding_model(path: str, *, n_ctx: int, n_threads: int | None,
                         n_gpu_layers: int) -> Any:
    """A llama.cpp model opened for embeddings (any architecture), with mean pooling when the
    file names none. Loaded like the chat model (quiet, serialized); the caller owns it and uses
    it from one thread."""
    llama_cpp = _import_llama()
    options: dict[str, Any] = dict(model_path=path, embedding=True, n_ctx=n_ctx,
                                   n_threads=n_threads, n_gpu_layers=n_gpu_layers, verbose=False)
    with _LOAD_LOCK:
        llm = llama_cpp.Llama(**options)
        if llm.pooling_type() == llama_cpp.LLAMA_POOLING_TYPE_NONE:
            # The file names no pooling (a decoder model used for embeddings): llama.cpp would
            # return one vector per token. Ask it for the mean over the text instead.
            llm.close()
            llm = llama_cpp.Llama(**options, pooling_type=llama_cpp.LLAMA_POOLING_TYPE_MEAN)
    return llm


# ---------------------------------------------------------------------------------------------
# LoRA adapters


def check_lora(path: Path, model: gguf_info.GGUFInfo) -> gguf_info.GGUFInfo:
    """Refuse, with a message a person can act on, an adapter llama.cpp would reject or crash on:
    not a LoRA GGUF, made for another architecture, or for a model of another size."""
    name = path.name
    if not path.is_file():
        raise ModelLoadError(tr("The LoRA adapter {name} does not exist. Choose another file in "
                                "Settings.").format(name=path))
    try:
        adapter = gguf_info.read_info(path)
    except Exception as exc:  # not a GGUF at all, or a damaged one
        raise ModelLoadError(tr("{name} is not a LoRA adapter Hearth can read ({detail}).")
                             .format(name=name, detail=exc)) from exc
    kind = str(adapter.metadata.get("general.type", ""))
    adapter_type = str(adapter.metadata.get("adapter.type", ""))
    if kind != "adapter" or adapter_type != "lora":
        raise ModelLoadError(tr("{name} is not a LoRA adapter (it is a '{kind}' file). Choose "
                                "a LoRA GGUF made for gpt-oss.").format(
                                    name=name, kind=adapter_type or kind or tr("unknown")))
    if adapter.architecture != model.architecture:
        raise ModelLoadError(tr("{name} was made for '{arch}' models, not for {model} "
                                "({model_arch}). Choose an adapter made for this model.").format(
                                    name=name, arch=adapter.architecture or tr("unknown"),
                                    model=model.path.name, model_arch=model.architecture))
    base = {t.name: t.shape for part in gguf_info.split_parts(model.path)
            for t in gguf_info.read_info(part).tensors}
    pairs: dict[str, dict[str, tuple[int, ...]]] = {}
    for t in adapter.tensors:
        stem, _, part = t.name.rpartition(".")
        if part in ("lora_a", "lora_b"):
            pairs.setdefault(stem, {})[part] = t.shape
    if not pairs:
        raise ModelLoadError(tr("{name} holds no LoRA weights.").format(name=name))
    for stem, ab in sorted(pairs.items()):
        shape = base.get(stem)
        a, b = ab.get("lora_a"), ab.get("lora_b")
        # ggml order: a is {n_in, rank}, b is {rank, n_out}, the base weight {n_in, n_out}.
        if shape is None or a is None or b is None or len(shape) < 2 \
                or a[0] != shape[0] or b[1] != shape[1] or a[1] != b[0]:
            got = f"{a[0]}x{b[1]}" if a and b and len(b) > 1 else "?"
            want = f"{shape[0]}x{shape[1]}" if shape and len(shape) > 1 else tr("no such tensor")
            raise ModelLoadError(tr("{name} was made for a model of another size: its {tensor} "
                                    "is {got}, {model} has {want}. Choose an adapter made for "
                                    "this model.").format(name=name, tensor=stem, got=got,
                                                          model=model.path.name, want=want))
    return adapter


def _apply_lora(llama_cpp: Any, llm: Any, path: Path, scale: float) -> Any:
    # Not Llama(lora_path=...): llama-cpp-python then turns mmap off (a copy of the whole model
    # in RAM), a leftover from when adapters were merged into the weights.
    _recent_log.clear()
    adapter = llama_cpp.llama_adapter_lora_init(llm._model.model, str(path).encode())
    if not adapter:
        raise ModelLoadError(tr("The LoRA adapter {name} could not be applied: {detail}.").format(
            name=path.name, detail=_last_error_line() or tr("llama.cpp refused it")))
    _set_lora(llama_cpp, llm, adapter, scale)
    return adapter


def _set_lora(llama_cpp: Any, llm: Any, adapter: Any, scale: float) -> None:
    adapters = (llama_cpp.llama_adapter_lora_p_ctypes * 1)(adapter)
    scales = (ctypes.c_float * 1)(scale)
    if llama_cpp.llama_set_adapters_lora(llm._ctx.ctx, adapters, 1, scales) != 0:
        raise ModelLoadError(tr("The LoRA adapter could not be applied to this model."))


# ---------------------------------------------------------------------------------------------
# Where the model runs: CPU variant, GPU devices, hybrid MoE placement


def _auto_placement(info: gguf_info.GGUFInfo, config: EngineConfig,
                    report: backends.BackendReport) -> tuple[int, int]:
    """(n_gpu_layers, n_cpu_moe) from the fit estimate: every layer on the GPU when it fits,
    else the experts of as few layers as needed in RAM. Only for "all that fit" (-1) layers."""
    if config.n_gpu_layers >= 0:
        return config.n_gpu_layers, 0
    from app.core.models import fit
    from app.core.models.hardware import GPU, Hardware

    gpus = tuple(GPU(d.description, d.backend.lower(), d.memory_total or None,
                     d.memory_free or None, unified=d.kind == "igpu") for d in report.gpus)
    vm = psutil.virtual_memory()
    hw = Hardware(os="", arch="", cpu_name=None, cpu_threads=None, cpu_cores=None,
                  cpu_features=frozenset(), ram_total=vm.total, ram_available=vm.available,
                  disk_free=None, gpu_offload=True, gpus=gpus)
    if hw.best_gpu is None:
        return -1, 0  # no memory figure: let llama.cpp try them all (and fall back on failure)
    try:
        shape = fit.shape_from_gguf(info.path)
    except Exception:  # an unreadable header was caught by validate(); be safe anyway
        log.debug("no shape for placement", exc_info=True)
        return -1, 0
    placement = fit.recommend_placement(shape, config.n_ctx, hw, flash_attn=config.flash_attn)
    log.info("placement for %s: %s", info.path.name, placement)
    return placement.gpu_layers, placement.n_cpu_moe


def _placement_extra(report: backends.BackendReport, gpu_layers: int, n_cpu_moe: int,
                     config: EngineConfig) -> dict[str, Any]:
    gpus = report.gpus if gpu_layers != 0 else []
    return {
        "cpu_variant": report.cpu_variant or report.cpu_label(),
        "cpu": report.cpu_label(),
        "gpu_devices": [f"{d.name}: {d.description}" for d in gpus],
        "n_cpu_moe": n_cpu_moe,
        "repack": not config.low_memory and gpu_layers == 0,
    }


Device = backends.Device


def gpu_devices(llama_cpp: Any = None) -> list[Device]:
    """The GPUs llama.cpp can really use now, from ggml's device registry. A GPU build on a
    machine without a usable GPU (or driver) lists none. (llama_cpp is not needed any more.)"""
    return backends.gpu_devices()


def backend_description(llama_cpp: Any, n_gpu_layers: int) -> str:
    """'CPU (haswell)', 'Vulkan (AMD Radeon RX 7600) + CPU (zen4)' ... for the status bar: what
    this process really runs on."""
    report = backends.report()
    cpu = report.cpu_label()
    gpus = report.gpus
    if n_gpu_layers != 0 and gpus:
        return f"{gpus[0].backend} ({gpus[0].description}) + {cpu}"
    return cpu
