"""akhbar's exceptions.

    AkhbarError
    ├── InputError      an input file or record cannot be read (names the file and line)
    ├── StoreError      the store is missing, corrupt or of another kind
    ├── QueryError      a search query or API parameter is unusable
    │   └── CommonWordsError  the query's only word(s) are in almost every article
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


class CommonWordsError(QueryError):
    """The query has nothing to search for but common words (في، من …) that cannot be searched
    as a phrase (one word, or words joined by OR); ``words`` are those words, normalized."""

    def __init__(self, message: str, *, words: tuple[str, ...]) -> None:
        super().__init__(message)
        self.words = words


class ModelError(AkhbarError):
    """A shipped model or data table is missing or broken."""
