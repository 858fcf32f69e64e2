"""newsledger: a sourced ledger of the figures in news reports."""

__version__ = "0.1.0"
