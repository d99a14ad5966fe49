"""Parquet corpora (FineWeb's own format): one raw page or article per row, its columns found by
name (``read.tables``), read a batch of rows at a time (only the columns used), so a file larger
than memory is read. Each record is ``PATH#ROW`` (rows numbered from 1).

A row without text is a reject naming ``PATH#ROW``; a file pyarrow cannot read (cut short, not
Parquet) is one reject, after the rows read before the damage.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import IO

from akhbar.model import Rejected
from akhbar.read.doc import Doc
from akhbar.read.records import DEFAULT_FIELDS, FieldMap, ParseText
from akhbar.read.tables import find_columns, no_text_column, row_doc

__all__ = ["read_parquet"]

#: rows read at a time: a batch of FineWeb pages is a few MB
_BATCH_ROWS = 256
_UNREADABLE = "not a readable Parquet file"


def _one_line(exc: Exception) -> str:
    """pyarrow's message on one line (a reject is one line)."""
    return " ".join(str(exc).split())


def read_parquet(
    source: Path | IO[bytes],
    *,
    name: str,
    fields: FieldMap = DEFAULT_FIELDS,
    parse_text: ParseText | None = None,
) -> Iterator[Doc | Rejected]:
    """Every row of one Parquet file (a path, or the bytes of an archive member)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(source)
    except (pa.ArrowException, OSError, ValueError) as exc:
        yield Rejected(input=name, reason=_UNREADABLE, detail=f"{name}: {_one_line(exc)}")
        return
    names = parquet.schema_arrow.names
    columns = find_columns(names, fields)
    if columns is None:
        yield no_text_column(name, names)
        return
    row = 0
    try:
        for batch in parquet.iter_batches(batch_size=_BATCH_ROWS, columns=list(columns.names)):
            for values in batch.to_pylist():
                row += 1
                doc = row_doc(values, columns, input=f"{name}#{row}", parse_text=parse_text)
                if doc is not None:
                    yield doc
                    continue
                empty = "null" if values.get(columns.text) is None else "empty"
                detail = f'{name}#{row}: the "{columns.text}" column is {empty}'
                yield Rejected(
                    input=name, record=str(row), reason="row without text", detail=detail
                )
    except (pa.ArrowException, OSError, ValueError) as exc:
        detail = f"{name}: {_one_line(exc)} (after row {row})"
        yield Rejected(input=name, reason=_UNREADABLE, detail=detail)
