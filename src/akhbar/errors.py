"""akhbar's exceptions.

    AkhbarError
    ├── InputError      an input file or record cannot be read (names the file and line)
    ├── StoreError      the store is missing, corrupt or of another kind
    ├── QueryError      a search query or API parameter is unusable
    └── ModelError      a shipped model or data table is missing

Errors become user messages only in ``akhbar.cli`` and ``akhbar.web``.
"""


class AkhbarError(Exception):
    """Base class of every error akhbar raises on purpose."""


class InputError(AkhbarError):
    """An input cannot be read or parsed."""


class StoreError(AkhbarError):
    """The store cannot be opened or written."""


class QueryError(AkhbarError):
    """A query or parameter is unusable."""


class ModelError(AkhbarError):
    """A shipped model or data table is missing or broken."""
