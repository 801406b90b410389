"""Where Hearth keeps its files (platformdirs) and how it reads and writes typed settings."""

from __future__ import annotations

import json
import os
from dataclasses import asdict, dataclass, field, fields
from pathlib import Path
from typing import Any

import platformdirs

from app import APP_NAME, APP_ORG
from app.core.fileio import write_atomic

# Tests, portable installs and scripts point HEARTH_HOME at a folder to keep everything in it.
HOME_ENV = "HEARTH_HOME"

# How questions about attached documents reach the model: it searches them itself with its
# browser tool ("tools"), the best passages are put in the prompt ("passages"), or passages when
# the documents are short enough to quote whole and the browser otherwise ("auto").
DOCUMENT_MODES = ("auto", "tools", "passages")


@dataclass(frozen=True)
class Paths:
    """Every folder and file Hearth writes to."""

    data_dir: Path
    config_dir: Path
    cache_dir: Path
    log_dir: Path

    @property
    def models_dir(self) -> Path:
        return self.data_dir / "models"

    @property
    def database(self) -> Path:
        return self.data_dir / "hearth.sqlite3"

    @property
    def settings_file(self) -> Path:
        return self.config_dir / "settings.json"

    def ensure(self) -> Paths:
        """Create the folders that are missing, owner-only (conversations and settings are
        private). A folder that exists is left as it is: its permissions are the person's
        (a read-only data folder is reported, not made writable behind their back)."""
        for folder in (self.data_dir, self.config_dir, self.cache_dir, self.log_dir):
            if folder.is_dir():
                continue
            try:
                folder.parent.mkdir(parents=True, exist_ok=True)
                folder.mkdir(mode=0o700)
            except FileExistsError:  # made by another process meanwhile
                pass
        return self


def paths() -> Paths:
    """The platform's folders for Hearth, or all under $HEARTH_HOME when it is set."""
    home = os.environ.get(HOME_ENV)
    if home:
        root = Path(home)
        return Paths(root / "data", root / "config", root / "cache", root / "logs")
    return Paths(
        Path(platformdirs.user_data_dir(APP_NAME, APP_ORG)),
        Path(platformdirs.user_config_dir(APP_NAME, APP_ORG)),
        Path(platformdirs.user_cache_dir(APP_NAME, APP_ORG)),
        Path(platformdirs.user_log_dir(APP_NAME, APP_ORG)),
    )


@dataclass
class Settings:
    """Typed user settings. Defaults live here and nowhere else."""

    # Generation
    developer_instructions: str = ""
    reasoning_effort: str = "medium"  # low | medium | high
    temperature: float = 1.0
    top_p: float = 1.0
    max_tokens: int = 4096
    # Reasoning tokens before the model is asked for its answer: -1 by effort (see
    # core.thinking.default_reasoning_budget), 0 no limit, N at most N.
    reasoning_budget: int = -1
    loop_detection: bool = True  # cut reasoning that goes in circles
    document_mode: str = "auto"  # one of DOCUMENT_MODES
    # Engine
    context_length: int = 8192
    cpu_threads: int = 0  # 0: let Hearth choose
    gpu_layers: int = -1  # -1: all that fit; 0: CPU only
    flash_attn: bool = True
    use_mmap: bool = True
    low_memory: bool = False  # turn off llama.cpp's CPU repack copy of the experts
    n_cpu_moe: int = -1  # layers whose experts stay in RAM on a small GPU; -1: recommended
    lora_enabled: bool = False
    lora_path: str = ""  # a LoRA adapter GGUF made for the loaded gpt-oss model
    lora_scale: float = 1.0  # 0-2
    kv_cache_limit_mb: int = 4000  # saved conversation states on disk (decimal MB); 0: none
    read_ahead: bool = True  # the engine reads an unsent message's prompt while it is typed
    last_model: str = ""
    models_dir: str = ""  # empty: the default under the data folder
    # Downloads (and any server on another machine)
    offline: bool = False
    # A model on an OpenAI-compatible server instead of a local file (the key is in the keyring)
    remote_url: str = ""
    remote_model: str = ""  # empty: the first one the server lists
    use_remote: bool = False  # the window starts with the remote server, not last_model
    # Hearth's own OpenAI-compatible server for other programs (its key is in the keyring)
    server_enabled: bool = False
    server_port: int = 8765
    server_allow_network: bool = False  # listen on every interface; needs an API key
    # Safety
    safety_strictness: str = "standard"  # off | standard | strict
    safety_categories: dict[str, str] = field(default_factory=dict)
    safety_log_text: bool = False
    safety_model_check: bool = False  # ask the loaded model about borderline cases
    # The guard model: auto (the first installed of Qwen3Guard, Llama Guard 3, gpt-oss-safeguard)
    # | qwen3guard | llama-guard-3 | gpt-oss-safeguard | chat-model (the loaded gpt-oss) | off
    safety_guard: str = "auto"
    safety_guard_path: str = ""  # a specific guard GGUF; empty: look in the models folder
    safety_guard_answers: bool = True  # also check answers (and reasoning) as they stream
    safety_blocked_show: str = "safe_part"  # what a stopped answer shows: safe_part | notice_only
    # Privacy: lock after this many minutes without input (0: only at start) while the app
    # lock is on (its passphrase verifier is in the key file, see core.vault).
    lock_idle_minutes: int = 0
    # Look
    theme: str = "system"  # system | light | dark
    text_size: float = 10.5  # points: the conversation's text (and the composer's)
    # The guided start was finished or skipped: not shown at start again (the menu still has it)
    first_run_done: bool = False
    language: str = ""  # empty: the system's

    @classmethod
    def load(cls, path: Path | None = None) -> Settings:
        """Read settings, keeping defaults for anything missing, unknown or of the wrong type."""
        path = path or paths().settings_file
        try:
            raw = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return cls()
        if not isinstance(raw, dict):
            return cls()
        result = cls()
        for f in fields(cls):
            if f.name not in raw:
                continue
            value, default = raw[f.name], getattr(result, f.name)
            if isinstance(default, dict):
                if isinstance(value, dict):
                    setattr(result, f.name, {str(k): str(v) for k, v in value.items()})
            elif isinstance(default, bool):
                if isinstance(value, bool):
                    setattr(result, f.name, value)
            elif isinstance(default, float):
                if isinstance(value, int | float) and not isinstance(value, bool):
                    setattr(result, f.name, float(value))
            elif isinstance(value, type(default)) and not isinstance(value, bool):
                setattr(result, f.name, value)
        return result

    def save(self, path: Path | None = None) -> None:
        """Write atomically, so a crash never leaves a half-written settings file."""
        path = path or paths().ensure().settings_file
        path.parent.mkdir(parents=True, exist_ok=True)
        write_atomic(path, json.dumps(asdict(self), indent=2, sort_keys=True))

    def models_folder(self) -> Path:
        return Path(self.models_dir) if self.models_dir else paths().models_dir

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)
