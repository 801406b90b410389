"""The Installed tab: the model files on this computer (downloaded, imported, found in the models
folder or the Hugging Face cache), whether each is usable, and importing and deleting them. Lives
on the GUI thread; listing, importing and deleting run in the background."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.core.gguf_info import split_parts
from app.core.models import local
from app.core.models.local import InstalledModel
from app.core.units import format_bytes
from app.ui.model_manager.banner import Banner
from app.ui.model_manager.widgets import (
    DANGER,
    SUCCESS,
    WARNING,
    Card,
    Pill,
    ask,
    label,
    list_page,
)
from app.ui.plain import plain_box
from app.workers.download_worker import DownloadWorker
from app.workers.jobs import Job, Jobs


class InstalledRow(Card):
    """A model file on this machine: whether it is usable, and what can be done with it."""

    use_clicked = Signal(str)
    low_memory_clicked = Signal(str)
    delete_clicked = Signal(object)  # InstalledModel

    def __init__(self, model: InstalledModel, *, offer_low_memory: bool = True,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.model = model
        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 12, 14, 12)
        layout.setSpacing(14)
        left = QVBoxLayout()
        left.setSpacing(3)
        self.status = Pill()
        if model.valid and not model.error:
            self.status.setText(self.tr("Ready"))
            self.status.set_colors(SUCCESS)
        elif model.valid:
            self.status.setText(self.tr("Not gpt-oss"))
            self.status.set_colors(WARNING)
        else:
            self.status.setText(self.tr("Not usable"))
            self.status.set_colors(DANGER)
        head, _ = self.title_line(model.path.name, self.status)
        left.addLayout(head)
        bits = [model.architecture or "?", model.quant, format_bytes(model.size),
                self._source_text(model)]
        if model.is_split:
            bits.insert(3, self.tr("{n} parts").format(n=len(model.parts)))
        if model.repo:
            bits.append(model.repo)
        left.addWidget(label(" · ".join(b for b in bits if b), "mmMuted"))
        # A model used where it is shows where it is, not the link to it.
        where = model.path.resolve() if model.path.is_symlink() else model.path
        left.addWidget(label(str(where), "mmFaint", selectable=True))
        if model.error:
            left.addWidget(label(model.error, "mmError" if not model.valid else "mmWarning",
                                 wrap=True))
        layout.addLayout(left, 1)
        self.use = QPushButton(self.tr("Use this model"))
        self.use.setObjectName("primaryButton")
        self.use.setEnabled(model.valid)
        self.use.clicked.connect(lambda: self.use_clicked.emit(str(model.path)))
        self.low_memory = QPushButton(self.tr("Load in low-memory mode"))
        self.low_memory.setToolTip(self.tr(
            "Load it without the fast CPU copy of the experts: much less memory, answers a "
            "little slower."))
        self.low_memory.setVisible(offer_low_memory and model.valid
                                   and model.architecture == "gpt-oss")
        self.low_memory.clicked.connect(lambda: self.low_memory_clicked.emit(str(model.path)))
        self.delete = QPushButton(self.tr("Delete…"))
        self.delete.clicked.connect(lambda: self.delete_clicked.emit(model))
        if model.source == "hf-cache":
            self.delete.setEnabled(False)
            self.delete.setToolTip(self.tr("Files in the Hugging Face cache belong to it; "
                                           "delete them with `hf cache delete`."))
        buttons = QVBoxLayout()
        buttons.setSpacing(6)
        buttons.addWidget(self.use)
        buttons.addWidget(self.low_memory)
        buttons.addWidget(self.delete)
        buttons.addStretch(1)
        layout.addLayout(buttons)

    def _source_text(self, model: InstalledModel) -> str:
        if model.source == "downloaded":
            return (self.tr("Downloaded from the Hub, checksum verified") if model.verified
                    else self.tr("Downloaded from the Hub"))
        if model.source == "imported":
            if model.path.is_symlink():
                return self.tr("Used where it is")
            return self.tr("Imported from disk")
        if model.source == "hf-cache":
            return self.tr("In the Hugging Face cache")
        return self.tr("Found in the models folder")


class InstalledTab(QWidget):
    """The list of installed models, rescanned in the background. Import and delete are asked
    for with signals, because the dialog refuses them while the models folder changes; it then
    calls import_file or delete."""

    model_chosen = Signal(str)
    low_memory_chosen = Signal(str)
    changed = Signal(list)  # list[InstalledModel], after each scan
    import_requested = Signal(str, str)  # a path the person picked, "copy" or "symlink"
    delete_requested = Signal(object)  # InstalledModel
    import_finished = Signal()  # imported or refused: the tab shows why

    def __init__(self, worker: DownloadWorker, background: Jobs, banner: Banner, *,
                 hf_cache: bool | Path = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.worker = worker
        self.background = background
        self.banner = banner
        self._hf_cache = hf_cache
        self.models: list[InstalledModel] = []
        self.rows: list[InstalledRow] = []
        self.importing = False
        self._folder_busy = False
        self.low_memory_on = False  # low-memory mode is on for every model: no button for it
        controls, _, self.rows_layout = list_page(self)
        self.summary = label(name="mmMuted")
        controls.addWidget(self.summary, 1)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.clicked.connect(self.refresh)
        controls.addWidget(refresh)
        self.import_button = QPushButton(self.tr("Import GGUF…"))
        self.import_button.clicked.connect(self._on_import_clicked)
        controls.addWidget(self.import_button)

    def refresh(self) -> None:
        folder, hf_cache = self.worker.models_dir, self._hf_cache
        self.background.run(lambda: local.list_installed(folder, hf_cache=hf_cache),
                            self._on_listed, self.summary.setText)

    def _on_listed(self, models: list[InstalledModel]) -> None:
        self.models = models
        for row in self.rows:
            row.hide()
            row.deleteLater()
        self.rows.clear()
        for m in models:
            row = InstalledRow(m, offer_low_memory=not self.low_memory_on)
            row.use_clicked.connect(self.model_chosen)
            row.low_memory_clicked.connect(self.low_memory_chosen)
            row.delete_clicked.connect(self.delete_requested)
            self.rows_layout.insertWidget(self.rows_layout.count() - 1, row)
            self.rows.append(row)
        usable = sum(1 for m in models if m.valid)
        if models:
            self.summary.setText(self.tr(
                "%n model(s) on this computer, {usable} ready to use.", "", len(models)).format(
                    usable=usable))
        else:
            self.summary.setText(self.tr(
                "No models yet. Download one from the Catalog, or import a GGUF file."))
        self.changed.emit(models)

    def set_folder_busy(self, busy: bool) -> None:
        """No import while the models folder changes: it would land in the old one."""
        self._folder_busy = busy
        self.import_button.setEnabled(not busy and not self.importing)

    # -- delete -----------------------------------------------------------------------------------
    def _confirm(self, title: str, text: str) -> bool:
        # Plain text: a file name can look like markup (app.ui.plain).
        box = plain_box(QMessageBox(QMessageBox.Icon.Question, title, text,
                                    QMessageBox.StandardButton.Yes
                                    | QMessageBox.StandardButton.Cancel, self))
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        return box.exec() == QMessageBox.StandardButton.Yes

    def delete(self, model: InstalledModel) -> None:
        """Ask, then delete `model`'s files in the background."""
        if not self._confirm(self.tr("Delete model"), self.tr(
                "Delete {name} ({size})? The file is removed from this computer; you can "
                "download it again later.").format(name=model.path.name,
                                                   size=format_bytes(model.size))):
            return
        folder = self.worker.models_dir
        self.background.run(lambda: local.delete_model(model.path, folder),
                            lambda freed: self._on_deleted(model, freed),
                            lambda msg: self.banner.show_message(msg, "error"))

    def _on_deleted(self, model: InstalledModel, freed: int) -> None:
        self.banner.show_message(self.tr("Deleted {name}; {size} freed.").format(
            name=model.path.name, size=format_bytes(freed)))
        self.refresh()

    # -- import -----------------------------------------------------------------------------------
    def _on_import_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a GGUF model"), str(Path.home()),
            self.tr("GGUF models (*.gguf);;All files (*)"))
        if not path:
            return
        size = sum(p.stat().st_size for p in split_parts(path) if p.exists())
        choice = ask(self, self.tr("Import a model"), self.tr(
            "Hearth can use {name} where it is, taking no more disk space (moving or deleting "
            "the file later makes it unusable here), or copy it into its models folder ({size} "
            "more on that disk).").format(name=Path(path).name, size=format_bytes(size)),
            [("symlink", self.tr("Use it where it is")), ("copy", self.tr("Copy it")),
             ("cancel", self.tr("Cancel"))], "cancel")
        if choice != "cancel":
            self.import_requested.emit(path, choice)

    def import_file(self, path: str | Path, mode: str = "copy") -> None:
        """Validate a GGUF and bring it into the models folder in the background: a copy (with
        its progress in the banner), or a link to it where it is (`mode` "symlink")."""
        folder = self.worker.models_dir
        name = Path(path).name
        self.importing = True
        self.import_button.setEnabled(False)
        self.banner.show_message(self.tr("Checking {name}…").format(name=name))

        def work(job: Job) -> InstalledModel:
            return local.import_gguf(path, folder, mode=mode,
                                     progress=lambda done, total: job.report(done, total))

        def progress(done: int, total: int) -> None:
            if self.importing:
                self.banner.show_message(self.tr("Copying {name}: {done} of {total}…").format(
                    name=name, done=format_bytes(done), total=format_bytes(total)))

        self.background.submit(work, self._on_imported, self._on_import_failed,
                               on_progress=progress, interval_s=0.25)

    def _on_imported(self, model: InstalledModel) -> None:
        self._import_done()
        if model.path.is_symlink():
            text = self.tr("{name} is ready to use where it is.")
        else:
            text = self.tr("Imported {name}: it is ready to use.")
        self.banner.show_message(text.format(name=model.path.name), "info")
        self.import_finished.emit()
        self.refresh()

    def _on_import_failed(self, message: str) -> None:
        self._import_done()
        self.banner.show_message(self.tr("The file was not imported. {reason}").format(
            reason=message), "error")
        self.import_finished.emit()

    def _import_done(self) -> None:
        self.importing = False
        self.import_button.setEnabled(not self._folder_busy)
