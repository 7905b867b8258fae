"""Known failures of the vault, each with a message a person can act on.

Everything here is an environment or user fault, not a bug: the GUI shows ``user_message``
and, where it helps, ``advice``. Anything that is not a ``VaultError`` is a bug.
"""

from __future__ import annotations

from ..core.i18n import QT_TRANSLATE_NOOP


class VaultError(Exception):
    """Base of every expected vault failure."""

    title = QT_TRANSLATE_NOOP("VaultError", "Something went wrong with the vault")
    user_message = QT_TRANSLATE_NOOP("VaultError", "TrustDesk could not use this vault.")
    advice = QT_TRANSLATE_NOOP("VaultError", "Nothing was changed or deleted.")
    offer_restore = False

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.user_message)
        self.detail = detail


class WrongPassword(VaultError):
    title = QT_TRANSLATE_NOOP("VaultError", "That password did not open the vault")
    user_message = QT_TRANSLATE_NOOP("VaultError", "That password did not open this vault.")
    advice = QT_TRANSLATE_NOOP(
        "VaultError",
        "Check Caps Lock and try again. If it is forgotten, you can use your recovery code.",
    )


class WrongRecoveryCode(VaultError):
    title = QT_TRANSLATE_NOOP("VaultError", "That recovery code did not match")
    user_message = QT_TRANSLATE_NOOP(
        "VaultError",
        "Nothing was changed. A single mistyped character is enough, and a sheet printed "
        "before the code was last renewed no longer works.",
    )
    advice = QT_TRANSLATE_NOOP(
        "VaultError",
        "Check each group of characters against your newest recovery sheet and try again.",
    )


class NotProven(VaultError):
    title = QT_TRANSLATE_NOOP("VaultError", "This needs your partner, in person")
    user_message = QT_TRANSLATE_NOOP(
        "VaultError", "Only a partner can do this for themselves, after typing their own password."
    )
    advice = QT_TRANSLATE_NOOP(
        "VaultError",
        "Ask your partner to confirm it is them with their own password, then try again.",
    )


class VaultMissing(VaultError):
    title = QT_TRANSLATE_NOOP("VaultError", "No vault here yet")
    user_message = QT_TRANSLATE_NOOP("VaultError", "There is no TrustDesk vault in this folder.")
    advice = QT_TRANSLATE_NOOP("VaultError", "You can create a new vault, or open another folder.")


class HeaderMissing(VaultError):
    title = QT_TRANSLATE_NOOP("VaultError", "The vault's key file is missing")
    user_message = QT_TRANSLATE_NOOP(
        "VaultError",
        "This folder holds TrustDesk data, but its key file (vault.json) is missing, "
        "so it cannot be unlocked.",
    )
    advice = QT_TRANSLATE_NOOP(
        "VaultError", "Nothing was changed. You can restore the vault from one of its backups."
    )
    offer_restore = True


class HeaderDamaged(VaultError):
    title = QT_TRANSLATE_NOOP("VaultError", "The vault's key file is damaged")
    user_message = QT_TRANSLATE_NOOP(
        "VaultError", "The vault's key file (vault.json) is damaged and cannot be read."
    )
    advice = QT_TRANSLATE_NOOP(
        "VaultError", "Nothing was changed. You can restore the vault from one of its backups."
    )
    offer_restore = True


class NewerFormat(VaultError):
    title = QT_TRANSLATE_NOOP("VaultError", "Made by a newer TrustDesk")
    user_message = QT_TRANSLATE_NOOP(
        "VaultError", "This vault was made by a newer version of TrustDesk."
    )
    advice = QT_TRANSLATE_NOOP(
        "VaultError", "Please update TrustDesk to open it. Nothing was changed."
    )


class ForeignFile(VaultError):
    title = QT_TRANSLATE_NOOP("VaultError", "Not a TrustDesk file")
    user_message = QT_TRANSLATE_NOOP("VaultError", "A file in this vault is not a TrustDesk file.")
    advice = QT_TRANSLATE_NOOP(
        "VaultError", "Nothing was changed. You can restore the vault from one of its backups."
    )
    offer_restore = True


class DatabaseDamaged(VaultError):
    title = QT_TRANSLATE_NOOP("VaultError", "Part of the vault is damaged")
    user_message = QT_TRANSLATE_NOOP(
        "VaultError", "Part of this vault is damaged and cannot be read safely."
    )
    advice = QT_TRANSLATE_NOOP(
        "VaultError",
        "Nothing was overwritten. You can restore the vault from a backup; "
        "the damaged files are kept aside, not deleted.",
    )
    offer_restore = True


class VaultInUse(VaultError):
    title = QT_TRANSLATE_NOOP("VaultError", "Already open")
    user_message = QT_TRANSLATE_NOOP(
        "VaultError", "This vault is already open in another TrustDesk window."
    )
    advice = QT_TRANSLATE_NOOP("VaultError", "Switch to that window, or close it and try again.")


class DiskFull(VaultError):
    title = QT_TRANSLATE_NOOP("VaultError", "The disk is full")
    user_message = QT_TRANSLATE_NOOP(
        "VaultError", "There is no room left on the disk, so the last change could not be saved."
    )
    advice = QT_TRANSLATE_NOOP(
        "VaultError",
        "Everything saved before is safe. Free some space, then try again; "
        "your text is still in the window.",
    )


class StorageFault(VaultError):
    title = QT_TRANSLATE_NOOP("VaultError", "The vault could not be written")
    user_message = QT_TRANSLATE_NOOP(
        "VaultError", "TrustDesk could not read or write the vault's files."
    )
    advice = QT_TRANSLATE_NOOP(
        "VaultError",
        "Check that the folder (or USB stick) is still there and writable. Nothing was lost.",
    )


class NotSQLCipher(VaultError):
    title = QT_TRANSLATE_NOOP("VaultError", "Encryption library missing")
    user_message = QT_TRANSLATE_NOOP(
        "VaultError", "TrustDesk's encryption library is not available, so it refuses to run."
    )
    advice = QT_TRANSLATE_NOOP("VaultError", "Please reinstall TrustDesk.")


class PartnerError(VaultError):
    title = QT_TRANSLATE_NOOP("VaultError", "That could not be done")
    user_message = QT_TRANSLATE_NOOP(
        "VaultError", "That change to the partners of this vault could not be made."
    )


class WeakKeyFile(HeaderDamaged):
    title = QT_TRANSLATE_NOOP("VaultError", "The vault's key file asks for unsafe settings")
    user_message = QT_TRANSLATE_NOOP(
        "VaultError",
        "The vault's key file (vault.json) asks for key settings that TrustDesk never writes "
        "(far weaker or far costlier than its own), so it was not used.",
    )
    advice = QT_TRANSLATE_NOOP(
        "VaultError",
        "It may have been edited by hand. Nothing was changed. You can restore the vault from "
        "one of its backups.",
    )


class HeaderTampered(HeaderDamaged):
    title = QT_TRANSLATE_NOOP("VaultError", "The vault's key file was changed")
    user_message = QT_TRANSLATE_NOOP(
        "VaultError",
        "The vault's key file (vault.json) was changed outside TrustDesk: its seal does not "
        "match, so TrustDesk did not trust it.",
    )
    advice = QT_TRANSLATE_NOOP(
        "VaultError",
        "Nothing was changed. You can restore the vault from one of its backups, whose key "
        "files are sealed too.",
    )


class ForeignVault(VaultError):
    title = QT_TRANSLATE_NOOP("VaultError", "These files belong to another vault")
    user_message = QT_TRANSLATE_NOOP(
        "VaultError", "A database in this folder belongs to another TrustDesk vault."
    )
    advice = QT_TRANSLATE_NOOP(
        "VaultError",
        "Nothing was changed or opened. Put that vault's files back in their own folder, or "
        "restore this vault from one of its backups.",
    )
    offer_restore = True


class OlderCopy(VaultError):
    title = QT_TRANSLATE_NOOP("VaultError", "An older copy of part of the vault")
    user_message = QT_TRANSLATE_NOOP(
        "VaultError",
        "A database in this folder is an older copy of this vault's own, put back by hand; "
        "TrustDesk did not open it so that nothing newer is silently lost.",
    )
    advice = QT_TRANSLATE_NOOP(
        "VaultError",
        "Nothing was changed. If you meant to go back to an older state, restore one of the "
        "vault's backups instead; otherwise put the newer file back.",
    )
    offer_restore = True


class OlderKeyFile(VaultError):
    title = QT_TRANSLATE_NOOP("VaultError", "An older copy of the key file")
    user_message = QT_TRANSLATE_NOOP(
        "VaultError",
        "The vault's key file (vault.json) is older than its databases, so its keys no longer "
        "fit them.",
    )
    advice = QT_TRANSLATE_NOOP(
        "VaultError",
        "Nothing was changed. Put the newer vault.json back, or restore the vault from one of "
        "its backups.",
    )
    offer_restore = True


class KeysChanging(VaultError):
    title = QT_TRANSLATE_NOOP("VaultError", "One moment, please")
    user_message = QT_TRANSLATE_NOOP(
        "VaultError",
        "TrustDesk is giving the vault new keys, so this change could not be saved just now.",
    )
    advice = QT_TRANSLATE_NOOP(
        "VaultError",
        "Nothing was lost: your words are still in the window. Please try again in a moment.",
    )
