"""The model manager: choose, download and manage gpt-oss model files. One module per tab, the
dialog that wires them, and the widgets they share."""

from app.ui.model_manager.dialog import ModelManagerDialog

__all__ = ["ModelManagerDialog"]
