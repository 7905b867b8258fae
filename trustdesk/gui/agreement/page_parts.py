"""What the Agreement page's edit and dialog parts use of the page, said for the type checker.

``EditsMixin`` and ``DialogsMixin`` derive from ``PageBase``: while type checking it is
``AgreementPageBase`` (a Page with the attributes and helpers AgreementPage provides), so every
name they use is checked, and AgreementPage is checked against it; at run time it is ``object``.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QTreeView

    from ...core.agreement import Category, Clause
    from ...models.agreement_commands import AgreementEditor
    from ...models.agreement_model import AgreementFilterProxy, AgreementModel
    from ...storage.agreement import AgreementRepo
    from ..page import Page
    from .detail import ClauseDetail

    class AgreementPageBase(Page):
        """The parts of AgreementPage its mixins rely on."""

        repo: AgreementRepo | None
        editor: AgreementEditor | None
        dialogs: list[QDialog]
        model: AgreementModel
        proxy: AgreementFilterProxy
        tree: QTreeView
        detail: ClauseDetail

        def _refresh(self) -> None: ...

        def _refresh_actions(self) -> None: ...

        def _show_current(self) -> None: ...

        def current_item(self) -> Category | Clause | None: ...

        def current_clause(self) -> Clause | None: ...

        def current_category_id(self) -> int | None: ...

        def select_clause(self, clause_id: int) -> bool: ...

    PageBase = AgreementPageBase
else:
    PageBase = object
