"""The Agreement page's dialogs: starting points, signing, history, comparison, printing.

Dialogs open window-modal with ``open()`` (no nested event loop) and all close on lock.
"""

from __future__ import annotations

import importlib.util

from ...core.agreement_templates import TemplateError, load_starter
from ...i18n import translate
from .compare import CompareDialog
from .history import HistoryDialog
from .page_parts import PageBase
from .sign_dialog import SignDialog
from .templates_dialog import TemplatesDialog


def printing_available() -> bool:
    return importlib.util.find_spec("trustdesk.gui.printing") is not None


class DialogsMixin(PageBase):
    """Dialog handling of AgreementPage."""

    def _close_dialogs(self) -> None:
        # Locking must leave no agreement text on screen.
        for dialog in reversed(self.dialogs):
            dialog.close()
            dialog.deleteLater()
        self.dialogs = []

    @property
    def dialog(self):
        """The newest open dialog, or None."""
        return self.dialogs[-1] if self.dialogs else None

    def _show_dialog(self, dialog, on_top: bool = False) -> None:
        """Open a dialog (window-modal, no nested event loop); ``on_top`` keeps the others."""
        if not on_top:
            self._close_dialogs()
        self.dialogs.append(dialog)
        dialog.finished.connect(lambda _r, d=dialog: self._dialog_finished(d))
        dialog.open()

    def _dialog_finished(self, dialog) -> None:
        if dialog in self.dialogs:
            self.dialogs.remove(dialog)
            dialog.deleteLater()

    def open_templates(self) -> TemplatesDialog | None:
        try:
            template = load_starter()
        except TemplateError:
            self.ctx.alerts.error(
                self,
                translate("Agreement", "Suggestions are not available"),
                translate(
                    "Agreement",
                    "The starter suggestions could not be read. You can still write your own.",
                ),
            )
            return None
        dialog = TemplatesDialog(template, self)
        dialog.adopted.connect(self.adopt)
        self._show_dialog(dialog)
        return dialog

    def adopt(self, choices) -> None:
        if self.editor is None:
            return
        result = self.editor.adopt_template(choices)
        self._refresh()
        self.tree.expandAll()
        if result and result[1]:
            self.select_clause(result[1][0])

    def open_sign(self) -> SignDialog | None:
        if self.repo is None or self.ctx.session is None:
            return None
        self.detail.commit()
        dialog = SignDialog(self.ctx, self.repo, self.ctx.session.partners(), self)
        dialog.signed.connect(lambda _n: self._refresh())
        self._show_dialog(dialog)
        return dialog

    def open_history(self, select: int | None = None) -> HistoryDialog | None:
        if self.repo is None:
            return None
        dialog = HistoryDialog(self.repo, self)
        if select is not None:
            dialog.select_version(select)
        dialog.compare_requested.connect(self.open_compare_between)
        dialog.print_requested.connect(self.print_version)
        self._show_dialog(dialog)
        return dialog

    def open_compare(self) -> CompareDialog | None:
        if self.repo is None:
            return None
        self.detail.commit()
        dialog = CompareDialog(self.repo, parent=self)
        self._show_dialog(dialog)
        return dialog

    def open_compare_between(self, left, right) -> CompareDialog | None:
        """Compare two versions (None: the draft), over the history when it is open."""
        if self.repo is None:
            return None
        dialog = CompareDialog(self.repo, left, right, self.dialog or self)
        self._show_dialog(dialog, on_top=True)
        return dialog

    def _track(self, dialog):
        """Keep a dialog made elsewhere (a print preview) so locking closes it too."""
        if dialog is not None:
            self.dialogs.append(dialog)
            dialog.finished.connect(lambda _r, d=dialog: self._dialog_finished(d))
        return dialog

    def print_draft(self):
        """Print preview of the agreement as it stands (after the once-per-vault notice).

        When nothing has changed since the last signing, that signed version is what stands,
        so it is printed as signed rather than marked as a draft.
        """
        if self.repo is None or not printing_available():
            return None
        from .. import printing

        self.detail.commit()
        draft = self.repo.snapshot()
        latest = self.repo.latest_version()
        if latest is not None and latest.categories == draft.categories:
            return self._track(printing.preview_agreement(self.ctx, self, latest, False))
        return self._track(printing.preview_agreement(self.ctx, self, draft, True))

    def print_version(self, number: int):
        """Print preview of a signed version."""
        if self.repo is None or not printing_available():
            return None
        from .. import printing

        snapshot = self.repo.version(number)
        if snapshot is None:
            return None
        parent = self.dialog or self
        return self._track(printing.preview_agreement(self.ctx, parent, snapshot, False))
