"""Errors newsledger raises; each message names the thing at fault and says how to fix it."""


class NewsledgerError(Exception):
    """Base class: the CLI prints the message as one line."""


class InputError(NewsledgerError):
    """One input cannot be read as an article; the batch goes on without it."""

    def __init__(self, source: str, reason: str):
        super().__init__(f"{source}: {reason}")
        self.source = source
        self.reason = reason


class LedgerError(NewsledgerError):
    """The ledger database cannot be used as asked (locked, read-only, not a ledger)."""


class LedgerLocked(LedgerError):
    """Another process holds the ledger's lock; the store retries a few times before raising this."""


class RefusedByLedger(LedgerError):
    """The database refused one document's rows (a constraint, a value it cannot store): that
    document is skipped with this reason and the batch goes on."""


class AlreadyResolved(NewsledgerError):
    """A forecast already holds a person's resolution; replacing it must be asked for explicitly."""
