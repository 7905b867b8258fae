"""For tests about something else than the hand-over: the other partner sits at the computer and
types their own password before each of their acts (a real proof every time, used up by it)."""

from __future__ import annotations


class InPerson:
    """A proof check for ``AgreementRepo``: the signed-in partner as in ``session``; the other
    partner proves it is them with ``password`` whenever an act of theirs asks."""

    def __init__(self, vault, session, password: str) -> None:
        self.vault = vault
        self.session = session
        self.password = password

    @property
    def partner_id(self) -> str:
        return self.session.partner_id

    def is_proven(self, partner_id: str) -> bool:
        return self.session.is_proven(partner_id)

    def take_proof(self, partner_id: str) -> bool:
        if partner_id != self.session.partner_id:
            self.vault.prove_partner(self.session, partner_id, self.password)
        return self.session.take_proof(partner_id)
