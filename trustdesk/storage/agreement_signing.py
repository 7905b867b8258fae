"""Signing the agreement and reading signed versions (which never change)."""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from dataclasses import dataclass

from ..core import agreement as rules
from ..core.agreement import AgreementRuleError, AgreementSnapshot, Signature
from .agreement_store import AgreementStore
from .db import Database
from .milestones import MilestoneRepo


@dataclass(frozen=True)
class VersionInfo:
    """One signed version, as listed in the history."""

    number: int
    signed_at: str
    signatures: tuple[Signature, ...]
    clause_count: int


class SigningMixin:
    """Snapshots of the draft, signing, and the versions signed so far."""

    # Its methods take AgreementRepo as an AgreementStore: db, partners(), _event() and the rest.
    db: Database

    def snapshot(self: AgreementStore) -> AgreementSnapshot:
        """The current draft as it would be signed or printed."""
        return rules.snapshot_of(self.categories(), [n for _, n in self.partners()])

    def can_sign(self: AgreementStore) -> rules.SignCheck:
        return rules.can_sign(self.categories(), self.partners(), self.latest_version())

    def sign(self: AgreementStore, signatures: Sequence[Signature]) -> int:
        """Make a new immutable version of the draft; returns its number.

        Every active partner signs, each proven (signed in, or confirmed with their own
        password at this computer); the signatures carry each partner's own name."""
        with self.db.transaction():
            partners = self.partners()
            check = rules.can_sign(self.categories(), partners, self.latest_version())
            if not check:
                raise AgreementRuleError(check.words or check.reason, **check.values)
            # Each hand-over proof is used up by this signature, signed or refused.
            proven = self.take_proven([s.partner_id for s in signatures])
            ordered = rules.check_signatures(signatures, partners, proven)
            number = int(self.db.scalar("SELECT coalesce(max(number), 0) FROM agreement_versions"))
            number += 1
            snap = self.snapshot()
            signed_at = max(s.signed_at for s in ordered)
            self.db.execute(
                "INSERT INTO agreement_versions (number, signed_at, content, signatures) "
                "VALUES (?, ?, ?, ?)",
                (
                    number,
                    signed_at,
                    rules.snapshot_to_json(snap),
                    rules.signatures_to_json(ordered),
                ),
            )
            self._event(
                None,
                "signed",
                None,
                version=number,
                clauses=snap.clause_count,
                signed_by=[s.partner_id for s in ordered],
            )
            # A first signed version earns a milestone, written with the version itself.
            MilestoneRepo(self.db).sync_automatic()
        return number

    def _own_names(
        self: AgreementStore, signatures: tuple[Signature, ...]
    ) -> tuple[Signature, ...]:
        """Each signature under its partner's own name, as they write it (versions signed by
        typing a name may hold it in other capitals); an unknown partner keeps the stored one."""
        names = {r["id"]: r["name"] for r in self.db.query("SELECT id, name FROM partners")}
        return tuple(
            Signature(s.partner_id, names.get(s.partner_id, s.name), s.signed_at)
            for s in signatures
        )

    def versions(self: AgreementStore) -> list[VersionInfo]:
        """Signed versions, newest first."""
        out = []
        for r in self.db.query(
            "SELECT number, signed_at, content, signatures FROM agreement_versions "
            "ORDER BY number DESC"
        ):
            snap = rules.snapshot_from_json(r["content"], r["signatures"])
            out.append(
                VersionInfo(
                    r["number"], r["signed_at"], self._own_names(snap.signatures), snap.clause_count
                )
            )
        return out

    def version(self: AgreementStore, number: int) -> AgreementSnapshot | None:
        row = self.db.one(
            "SELECT number, signed_at, content, signatures FROM agreement_versions WHERE number = ?",
            (number,),
        )
        if row is None:
            return None
        snap = rules.snapshot_from_json(
            row["content"], row["signatures"], row["number"], row["signed_at"]
        )
        return dataclasses.replace(snap, signatures=self._own_names(snap.signatures))

    def latest_version(self: AgreementStore) -> AgreementSnapshot | None:
        number = self.db.scalar("SELECT max(number) FROM agreement_versions")
        return None if number is None else self.version(int(number))
