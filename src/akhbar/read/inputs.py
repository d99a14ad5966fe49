"""The inputs of a run: a directory walked into its files, and why a path is no file to read.

A directory gives its files recursively, sorted; ``-`` is stdin. Hidden entries and a corpus's
own README-like files under a directory are left out, and the caller told how many. What cannot
be a page (a broken link, a link loop, a pipe, a directory that cannot be listed) is yielded
too, for ``input_problem`` to name: nothing is dropped silently.
"""

from __future__ import annotations

import errno
import os
import re
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

__all__ = ["STDIN_TAKES", "OnSkip", "input_problem", "printable", "skipped_in_walk", "walk"]

#: characters of a file name that would break its line: C0 controls, DEL, U+0085, U+2028/9
_UNPRINTABLE = re.compile("[\x00-\x1f\x7f\x85\u2028\u2029]")
#: links of a symbolic link loop named in its message
_SHOWN_LINKS = 8

#: Names (before the first dot, any case) of a project's own files: a directory of pages
#: downloaded with its corpus keeps them next to the data (SaudiNewsNet has a README.md).
_PROJECT_FILES = frozenset(
    ["README", "LICENSE", "LICENCE", "COPYING", "CHANGELOG", "CHANGES", "AUTHORS", "CONTRIBUTING"]
)
_PROJECT_ENDINGS = frozenset(["", ".md", ".markdown", ".rst", ".txt"])

#: What to do with a pipe or a device named as a file: what stdin (``-``) reads, said once
STDIN_TAKES = (
    "save it to a file first, or pipe it to -, which reads a text page, JSON Lines, HTML, "
    "a feed, a WARC or Parquet (gzip, bzip2 or zstd too), and CSV with --format csv"
)

#: Called once per walked directory that had entries left out, with a note to show the user.
OnSkip = Callable[[str], object]


def skipped_in_walk(name: str, *, is_dir: bool) -> str | None:
    """Why a directory walk leaves out an entry, else None: ``"hidden"`` for a dot-file or
    dot-directory (``.git/``, ``.DS_Store``: ripgrep and fd skip them too) and ``"project"`` for
    a README, LICENSE, CHANGELOG… text file (about the corpus, not a page of it). A file named
    on the command line is always read: this applies to what a walk finds only."""
    if name.startswith("."):
        return "hidden"
    stem, dot, ending = name.partition(".")
    if not is_dir and stem.upper() in _PROJECT_FILES:
        last = f".{ending.rsplit('.', 1)[-1].lower()}" if dot else ""
        if last in _PROJECT_ENDINGS:
            return "project"
    return None


def _skip_notes(given: str, skipped: dict[str, list[str]]) -> Iterator[str]:
    kinds = (
        ("hidden", "hidden entry", "hidden entries"),
        ("project", "README/LICENSE-like file", "README/LICENSE-like files"),
    )
    given = printable(given)
    for kind, one, many in kinds:
        names = skipped.get(kind, [])
        if names:
            shown = ", ".join(names[:3]) + (", …" if len(names) > 3 else "")
            what = one if len(names) == 1 else many
            yield f"note: skipped {len(names)} {what} under {given} ({shown}); name a file to read it"


def printable(name: str) -> str:
    """A path as text that can be printed and stored on one line: bytes of a file name that are
    not UTF-8 (``os`` gives them as lone surrogates) become ``\\xff`` escapes, and control
    characters and line breaks (``\\n``, U+2028) escapes; other names are unchanged."""
    try:
        name = name.encode("utf-8", "surrogateescape").decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a surrogate no file system gave: escape it as it is
        name = name.encode("utf-8", "backslashreplace").decode("utf-8")
    if _UNPRINTABLE.search(name) is None:
        return name
    return _UNPRINTABLE.sub(lambda m: m.group().encode("unicode_escape").decode("ascii"), name)


#: the files a run has met, by (device, inode), with the name each was first met under
Seen = dict[tuple[int, int], str]


def _again(name: str, path: Path | None, seen: Seen) -> str | None:
    """A note when ``path`` is a file already met (named twice, or through a link or a
    directory given too), else None; the file is recorded as met."""
    if path is None:
        return None
    try:
        st = path.stat()
    except OSError:
        return None  # input_problem says why
    key = (st.st_dev, st.st_ino)
    first = seen.get(key)
    if first is None:
        seen[key] = name
        return None
    if first == name:
        return f"note: {name} named twice; read once"
    return f"note: {name} is {first} (the same file); read once"


def walk(
    paths: Iterable[str], *, on_skip: OnSkip | None = None, seen: Seen | None = None
) -> Iterator[tuple[str, Path | None]]:
    """Expand inputs in order: a directory gives its files recursively, sorted; ``-`` is stdin.

    Yields ``(input name, path)``; the path is None for stdin and for a path that does not exist
    (the caller reports it). Names of files found under a directory are joined to the name given.
    Symlinked directories are followed (each directory once, so a link loop ends); what cannot
    be a page is yielded too, for ``input_problem`` to name: a broken link, a pipe, a directory
    that cannot be listed, a directory with no file at all. Hidden entries and README-like
    files under a directory are left out (``skipped_in_walk``), and ``on_skip`` is told how
    many, once per directory given. With ``seen`` (the files met so far, kept across calls), a
    file met again (named twice, or through a link or a directory also given) is left out and
    ``on_skip`` told. Names are ``printable``; the paths are the files' own.
    """
    if seen is None:
        yield from _expand(paths, on_skip=on_skip)
        return
    for name, path in _expand(paths, on_skip=on_skip):
        note = _again(name, path, seen)
        if note is None:
            yield name, path
        elif on_skip is not None:
            on_skip(note)


def _expand(paths: Iterable[str], *, on_skip: OnSkip | None) -> Iterator[tuple[str, Path | None]]:
    for given in paths:
        if given == "-":
            yield given, None
            continue
        path = Path(given)
        if path.is_dir():
            skipped: dict[str, list[str]] = {}
            found = sorted(_walk_dir(path, skipped))
            if on_skip is not None:
                for note in _skip_notes(given, skipped):
                    on_skip(note)
            for child in found or [path]:
                name = str(Path(given) / child.relative_to(path)) if found else given
                yield printable(name), child
        else:
            yield printable(given), path if path.exists() or path.is_symlink() else None


def _walk_dir(top: Path, skipped: dict[str, list[str]]) -> Iterator[Path]:
    """Every entry under ``top`` that is not a directory, and every directory it cannot list;
    entries left out are added to ``skipped`` by kind (names relative to ``top``)."""
    seen: set[tuple[int, int]] = set()
    stack = [top]
    while stack:
        folder = stack.pop()
        try:
            st = folder.stat()
            if (st.st_dev, st.st_ino) in seen:
                continue  # a symlink back up the tree: its files are read once already
            seen.add((st.st_dev, st.st_ino))
            with os.scandir(folder) as it:
                entries = list(it)
        except OSError:
            yield folder  # input_problem says why
            continue
        for entry in sorted(entries, key=lambda e: e.name):
            child = folder / entry.name
            try:
                is_dir = entry.is_dir()  # follows a symlink to a directory
            except OSError:
                is_dir = False  # input_problem says why
            kind = skipped_in_walk(entry.name, is_dir=is_dir)
            if kind is not None:
                rel = printable(str(child.relative_to(top))) + ("/" if is_dir else "")
                skipped.setdefault(kind, []).append(rel)
            elif is_dir:
                stack.append(child)
            else:
                yield child


def _link_loop(path: Path) -> str | None:
    """``"symbolic link loop (l1 → l2 → l1)"`` when ``path`` is a link that leads back to
    itself or another link of its chain, else None."""
    try:
        os.stat(path)
    except OSError as exc:
        if exc.errno != errno.ELOOP:
            return None
    else:
        return None
    chain = [path.name]
    seen = {os.path.normpath(os.path.abspath(path))}
    link = path
    for _ in range(_SHOWN_LINKS):
        target = os.readlink(link)
        chain.append(target)
        link = link.parent / target
        key = os.path.normpath(os.path.abspath(link))
        if key in seen or not link.is_symlink():
            break
        seen.add(key)
    else:
        chain.append("…")
    return f"symbolic link loop ({' → '.join(chain)})"


def input_problem(name: str, path: Path | None) -> str | None:
    """Why an input from ``walk`` is not a file to read (None when it is, and for stdin)."""
    if path is None:
        return None if name == "-" else "no such file or directory"
    try:
        if path.is_file():
            return None
        if path.is_symlink() and not path.exists():
            return _link_loop(path) or f"broken symbolic link (to {os.readlink(path)})"
        if path.is_dir():
            with os.scandir(path) as it:
                if next(it, None) is None:
                    return "empty directory (no files to read)"
            return "no files to read (only hidden or README-like entries; name a file to read it)"
        if path.exists():
            return f"not a regular file (a pipe, socket or device: {STDIN_TAKES})"
    except OSError as exc:
        what = "directory" if path.is_dir() else "file"
        return f"cannot read {what} ({exc.strerror})"
    return "no such file or directory"
