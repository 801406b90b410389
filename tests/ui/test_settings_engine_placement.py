"""Settings > Model: the hybrid MoE split and the LoRA adapter controls round-trip to Settings."""

from __future__ import annotations

from app.core.settings import Settings
from app.ui.settings_dialog import SettingsDialog


def test_expert_split_and_lora_controls(qtbot, hearth_home) -> None:
    dialog = SettingsDialog(Settings(), None)
    qtbot.addWidget(dialog)
    assert dialog.n_cpu_moe.value() == -1 and dialog.n_cpu_moe.text() == "Recommended"
    assert not dialog.lora_enabled.isChecked() and not dialog.lora_path.isEnabled()
    assert not dialog.lora_scale.isEnabled()
    dialog.n_cpu_moe.setValue(12)
    dialog.lora_enabled.setChecked(True)
    assert dialog.lora_path.isEnabled() and dialog.lora_scale.isEnabled()
    dialog.lora_path.setText("/models/contracts-lora.gguf")
    dialog.lora_scale.setValue(0.75)
    s = dialog.settings()
    assert (s.n_cpu_moe, s.lora_enabled, s.lora_path, s.lora_scale) == \
        (12, True, "/models/contracts-lora.gguf", 0.75)
    assert dialog.lora_scale.maximum() == 2.0 and dialog.lora_scale.minimum() == 0.0
    # Ticked without a file: nothing to apply.
    dialog.lora_path.setText("")
    assert not dialog.settings().lora_enabled
