"""Known failures of the vault, each with a message a person can act on.

Everything here is an environment or user fault, not a bug: the GUI shows ``user_message``
and, where it helps, ``advice``. Anything that is not a ``VaultError`` is a bug.
"""

from __future__ import annotations


class VaultError(Exception):
    """Base of every expected vault failure."""

    title = "Something went wrong with the vault"
    user_message = "TrustDesk could not use this vault."
    advice = "Nothing was changed or deleted."
    offer_restore = False

    def __init__(self, detail: str = "") -> None:
        super().__init__(detail or self.user_message)
        self.detail = detail


class WrongPassword(VaultError):
    title = "That password did not open the vault"
    user_message = "That password did not open this vault."
    advice = "Check Caps Lock and try again. If it is forgotten, you can use your recovery code."


class WrongRecoveryCode(VaultError):
    title = "That recovery code did not match"
    user_message = (
        "Nothing was changed. A single mistyped character is enough, and a sheet printed "
        "before the code was last renewed no longer works."
    )
    advice = "Check each group of characters against your newest recovery sheet and try again."


class NotProven(VaultError):
    title = "This needs your partner, in person"
    user_message = "Only a partner can do this for themselves, after typing their own password."
    advice = "Ask your partner to confirm it is them with their own password, then try again."


class VaultMissing(VaultError):
    title = "No vault here yet"
    user_message = "There is no TrustDesk vault in this folder."
    advice = "You can create a new vault, or open another folder."


class HeaderMissing(VaultError):
    title = "The vault's key file is missing"
    user_message = (
        "This folder holds TrustDesk data, but its key file (vault.json) is missing, "
        "so it cannot be unlocked."
    )
    advice = "Nothing was changed. You can restore the vault from one of its backups."
    offer_restore = True


class HeaderDamaged(VaultError):
    title = "The vault's key file is damaged"
    user_message = "The vault's key file (vault.json) is damaged and cannot be read."
    advice = "Nothing was changed. You can restore the vault from one of its backups."
    offer_restore = True


class NewerFormat(VaultError):
    title = "Made by a newer TrustDesk"
    user_message = "This vault was made by a newer version of TrustDesk."
    advice = "Please update TrustDesk to open it. Nothing was changed."


class ForeignFile(VaultError):
    title = "Not a TrustDesk file"
    user_message = "A file in this vault is not a TrustDesk file."
    advice = "Nothing was changed. You can restore the vault from one of its backups."
    offer_restore = True


class DatabaseDamaged(VaultError):
    title = "Part of the vault is damaged"
    user_message = "Part of this vault is damaged and cannot be read safely."
    advice = (
        "Nothing was overwritten. You can restore the vault from a backup; "
        "the damaged files are kept aside, not deleted."
    )
    offer_restore = True


class VaultInUse(VaultError):
    title = "Already open"
    user_message = "This vault is already open in another TrustDesk window."
    advice = "Switch to that window, or close it and try again."


class DiskFull(VaultError):
    title = "The disk is full"
    user_message = "There is no room left on the disk, so the last change could not be saved."
    advice = (
        "Everything saved before is safe. Free some space, then try again; "
        "your text is still in the window."
    )


class StorageFault(VaultError):
    title = "The vault could not be written"
    user_message = "TrustDesk could not read or write the vault's files."
    advice = "Check that the folder (or USB stick) is still there and writable. Nothing was lost."


class NotSQLCipher(VaultError):
    title = "Encryption library missing"
    user_message = "TrustDesk's encryption library is not available, so it refuses to run."
    advice = "Please reinstall TrustDesk."


class PartnerError(VaultError):
    title = "That could not be done"
    user_message = "That change to the partners of this vault could not be made."


class WeakKeyFile(HeaderDamaged):
    title = "The vault's key file asks for unsafe settings"
    user_message = (
        "The vault's key file (vault.json) asks for key settings that TrustDesk never writes "
        "(far weaker or far costlier than its own), so it was not used."
    )
    advice = (
        "It may have been edited by hand. Nothing was changed. You can restore the vault from "
        "one of its backups."
    )


class HeaderTampered(HeaderDamaged):
    title = "The vault's key file was changed"
    user_message = (
        "The vault's key file (vault.json) was changed outside TrustDesk: its seal does not "
        "match, so TrustDesk did not trust it."
    )
    advice = (
        "Nothing was changed. You can restore the vault from one of its backups, whose key "
        "files are sealed too."
    )


class ForeignVault(VaultError):
    title = "These files belong to another vault"
    user_message = "A database in this folder belongs to another TrustDesk vault."
    advice = (
        "Nothing was changed or opened. Put that vault's files back in their own folder, or "
        "restore this vault from one of its backups."
    )
    offer_restore = True


class OlderCopy(VaultError):
    title = "An older copy of part of the vault"
    user_message = (
        "A database in this folder is an older copy of this vault's own, put back by hand; "
        "TrustDesk did not open it so that nothing newer is silently lost."
    )
    advice = (
        "Nothing was changed. If you meant to go back to an older state, restore one of the "
        "vault's backups instead; otherwise put the newer file back."
    )
    offer_restore = True


class OlderKeyFile(VaultError):
    title = "An older copy of the key file"
    user_message = (
        "The vault's key file (vault.json) is older than its databases, so its keys no longer "
        "fit them."
    )
    advice = (
        "Nothing was changed. Put the newer vault.json back, or restore the vault from one of "
        "its backups."
    )
    offer_restore = True


class KeysChanging(VaultError):
    title = "One moment, please"
    user_message = (
        "TrustDesk is giving the vault new keys, so this change could not be saved just now."
    )
    advice = "Nothing was lost: your words are still in the window. Please try again in a moment."
