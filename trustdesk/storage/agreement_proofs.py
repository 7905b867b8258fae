"""Who may act on consent: the repository asks a proof check before any consent, withdrawal
or signature is written, so the rule holds below every screen.

The app passes its open ``Session`` (the signed-in partner, plus partners who proved it is them
with their own password at this computer). Without a proof check nobody may consent or sign.
A hand-over proof is good for one act: the consent, withdrawal or signature it was given for
uses it up (``Session.take_proof``), so nobody can act for the other partner afterwards.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

# How a consent or signature was given, as recorded in the agreement's history.
SIGNED_IN = "signed_in"  # by the partner whose session this is
IN_PERSON = "in_person"  # by the other partner, confirmed with their own password here


class ProofCheck(Protocol):
    """What the repository needs to know about who is present (a ``Session`` is one)."""

    partner_id: str

    def is_proven(self, partner_id: str) -> bool: ...

    def take_proof(self, partner_id: str) -> bool: ...


class SeedingPresence:
    """Stands for every partner while a tool writes sample data (the demo vault, benchmarks,
    test set-ups). The app's screens never use it; a test checks that."""

    def __init__(self, partner_id: str = "") -> None:
        self.partner_id = partner_id

    def is_proven(self, partner_id: str) -> bool:
        return True

    def take_proof(self, partner_id: str) -> bool:
        return True


def proven_among(proofs: ProofCheck | None, partner_ids: list[str]) -> frozenset[str]:
    """The partners of ``partner_ids`` that ``proofs`` counts as present."""
    if proofs is None:
        return frozenset()
    return frozenset(p for p in partner_ids if proofs.is_proven(p))


def take_proven(
    proofs: ProofCheck | None, partner_ids: list[str], acting: Iterable[str]
) -> frozenset[str]:
    """The partners of ``acting`` who may act now, among ``partner_ids``; each one's hand-over
    proof is used up by this act (asked for whether the act then succeeds or is refused)."""
    if proofs is None:
        return frozenset()
    return frozenset(p for p in set(acting) if proofs.take_proof(p) and p in partner_ids)


def how_given(proofs: ProofCheck | None, partner_id: str) -> str:
    """SIGNED_IN for the session's own partner, IN_PERSON for a hand-over proof."""
    if proofs is not None and proofs.partner_id == partner_id:
        return SIGNED_IN
    return IN_PERSON
