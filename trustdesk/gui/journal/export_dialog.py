"""Export the journal: Markdown (one file or a folder) or JSON after the plaintext notice, or
an encrypted backup copy of the whole vault."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QRadioButton, QWidget

from ...core import clock
from ...core.i18n import QT_TRANSLATE_NOOP
from ...i18n import plural, translate
from ...storage import journal_export as jx
from ...storage.errors import VaultError
from ...storage.journal import JournalRepo
from ..forms.ui_export import Ui_ExportDialog

PLAINTEXT_TITLE = QT_TRANSLATE_NOOP("Journal", "This copy will not be encrypted")
PLAINTEXT_TEXT = QT_TRANSLATE_NOOP(
    "Journal",
    "Markdown and JSON files are plain text: anyone who can open the file can read every "
    "word in it, and it stays on the disk until you delete it.\n\n"
    "Keep it somewhere only you can reach, and delete it when you no longer need it. "
    "For a copy that stays private, choose the encrypted backup instead.",
)


class ExportDialog(QDialog):
    """Choose a kind of export, read the notice, choose a place."""

    def __init__(self, ctx, repo: JournalRepo, space_label: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.repo = repo
        self.space_label = space_label
        self.written: Path | None = None
        self.ui = Ui_ExportDialog()
        self.ui.setupUi(self)
        self.ui.titleLabel.setText(translate("Journal", "Export {space}").format(space=space_label))
        self.group = self.ui.group
        self.buttons: dict[str, QRadioButton] = {
            jx.MARKDOWN_FILE: self.ui.markdownFile,
            jx.MARKDOWN_FOLDER: self.ui.markdownFolder,
            jx.JSON: self.ui.json,
            jx.BACKUP: self.ui.backup,
        }
        for hint in (
            self.ui.markdownFileHint,
            self.ui.markdownFolderHint,
            self.ui.jsonHint,
            self.ui.backupHint,
        ):
            # Under its choice, in line with the choice's words.
            hint.setContentsMargins(28, 0, 0, 4)
        self.buttons[jx.BACKUP].setChecked(True)
        self.notice = self.ui.notice
        self.close_button, self.export_button = self.ui.close_button, self.ui.export_button
        self.close_button.clicked.connect(self.reject)
        self.export_button.clicked.connect(self.export)

    def choose(self, kind: str) -> None:
        self.buttons[kind].setChecked(True)

    @property
    def kind(self) -> str:
        return next(k for k, b in self.buttons.items() if b.isChecked())

    def export(self) -> Path | None:
        """Run the chosen export; returns where it was written, or None."""
        kind = self.kind
        alerts = self.ctx.alerts
        if kind != jx.BACKUP and not alerts.confirm(
            self,
            translate("Journal", PLAINTEXT_TITLE),
            translate("Journal", PLAINTEXT_TEXT),
            ok=translate("Journal", "Export without encryption"),
            cancel=translate("Journal", "Cancel"),
        ):
            return None
        stamp = clock.today().isoformat()
        if kind in (jx.MARKDOWN_FILE, jx.JSON):
            suffix, filters = (
                (".md", translate("Journal", "Markdown (*.md)"))
                if kind == jx.MARKDOWN_FILE
                else (".json", translate("Journal", "JSON (*.json)"))
            )
            chosen = alerts.save_file(
                self, translate("Journal", "Export to"), f"journal-{stamp}{suffix}", filters
            )
        else:
            chosen = alerts.open_dir(
                self,
                translate("Journal", "Choose where the backup goes")
                if kind == jx.BACKUP
                else translate("Journal", "Choose a folder"),
            )
        if not chosen:
            return None
        path = Path(chosen)
        try:
            if kind == jx.MARKDOWN_FILE:
                count = jx.export_markdown_file(self.repo, path, self.space_label)
            elif kind == jx.JSON:
                count = jx.export_json(self.repo, path)
            elif kind == jx.MARKDOWN_FOLDER:
                if any(path.iterdir()):
                    path = path / f"journal-{stamp}"
                count = jx.export_markdown_folder(self.repo, path)
            else:
                path = jx.export_encrypted_backup(self.ctx.session, path)
                count = -1
        except VaultError as exc:
            alerts.vault_error(self, exc)
            return None
        except OSError as exc:
            alerts.error(
                self,
                translate("Journal", "The export could not be written"),
                exc.strerror or str(exc),
            )
            return None
        self.written = path
        if count < 0:
            alerts.info(
                self,
                translate("Journal", "Backup copy made"),
                translate("Journal", "An encrypted copy of the vault is in {folder}.").format(
                    folder=path
                ),
            )
        else:
            alerts.info(
                self,
                translate("Journal", "Exported"),
                plural("Journal", "%n entries written to {file}.", count).format(file=path),
            )
        self.accept()
        return path
