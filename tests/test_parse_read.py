"""akhbar.read.textfiles: decoding bytes and walking inputs."""

from __future__ import annotations

from pathlib import Path

import pytest

from akhbar.errors import InputError
from akhbar.model import Rejected
from akhbar.read.textfiles import decode, iter_text_docs, looks_binary

HEADLINE = "الإمارات تطلق قمرا اصطناعيا لرصد المناخ"


def test_decode_prefers_utf8_and_strips_a_bom() -> None:
    got = decode(b"\xef\xbb\xbf" + HEADLINE.encode(), name="a.txt")
    assert (got.text, got.encoding) == (HEADLINE, "utf-8")


def test_decode_falls_back_to_cp1256() -> None:
    got = decode(HEADLINE.encode("cp1256"), name="a.txt")
    assert (got.text, got.encoding) == (HEADLINE, "cp1256")


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "a.bin: empty file"),
        (b"  \n\t\n", "a.bin: empty file"),
        (b"\x00\x01\x02PK\x03\x04", "a.bin: binary file"),
        (b"caf\xe9 na\xefve r\xe9sum\xe9", "a.bin: not UTF-8, and no Arabic text"),
    ],
)
def test_decode_rejects_with_the_file_name(data: bytes, message: str) -> None:
    with pytest.raises(InputError, match=message):
        decode(data, name="a.bin")


def test_arabic_utf8_is_not_binary() -> None:
    assert not looks_binary(HEADLINE.encode())


def test_iter_text_docs_keeps_order_and_rejects_as_values(tmp_path: Path) -> None:
    (tmp_path / "b.txt").write_text(HEADLINE, "utf-8")
    (tmp_path / "a.txt").write_bytes(b"")
    notes: list[str] = []
    docs = list(iter_text_docs([str(tmp_path / "b.txt"), str(tmp_path)], on_skip=notes.append))
    # b.txt, named and then met in its directory, is read once, as the CLI reads it (it was
    # read twice: the library and the commands differed)
    assert [type(d).__name__ for d in docs] == ["TextDoc", "Rejected"]
    assert notes == [f"note: {tmp_path / 'b.txt'} named twice; read once"]
    rejected = docs[1]
    assert isinstance(rejected, Rejected)
    assert rejected.input == str(tmp_path / "a.txt")
