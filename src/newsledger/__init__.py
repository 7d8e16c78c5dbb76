"""newsledger: a sourced ledger of actors, events, quotes and forecasts read from news."""

__version__ = "0.1.0"


def __getattr__(name):
    # Imported lazily so that `import newsledger` stays cheap for worker processes.
    if name == "Ledger":
        from newsledger.interfaces.api import Ledger

        return Ledger
    raise AttributeError(name)


__all__ = ["Ledger", "__version__"]
