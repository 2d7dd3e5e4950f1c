"""Data derived from installed packages, kept as marshal in the user's cache folder.

Start-up would otherwise rebuild it in every process (parsing spaCy-lookups-data's lemma
table, importing and romanising Faker's name lists). Only package data goes here, never a
user's text. A file is named by what it holds and a key that changes with its sources
(package versions, file sizes and times, the code that derives it); a missing or
unreadable copy is rebuilt (copies under an old key stay: several installations may share
the folder), and a folder that cannot be written only costs the rebuild.
"""
from __future__ import annotations

import marshal
import os
from pathlib import Path
from typing import Callable, TypeVar

T = TypeVar("T")


def cache_dir() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "skrivvakt"


def marshalled(name: str, key: str, build: Callable[[], T]) -> T:
    """`build()`, or its copy from `<cache>/<name>-<key>.marshal` when there is one."""
    folder = cache_dir()
    path = folder / f"{name}-{key}.marshal"
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, ValueError, EOFError, TypeError):
        pass
    data = build()
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp = path.with_suffix(f".{os.getpid()}.tmp")
        tmp.write_bytes(marshal.dumps(data))
        os.replace(tmp, path)
    except (OSError, ValueError):
        pass
    return data
