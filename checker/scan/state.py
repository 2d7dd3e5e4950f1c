"""The resume journal: an append-only JSON Lines file in the output folder.

Line 1 is a header with the fingerprint of the scan's settings; every further line is the
complete result of one input file (its documents, findings and read errors), written in a
single `write` once the file is fully processed. A line is therefore either whole or the
torn tail of a killed process: on resume the tail is cut off and that file is processed
again, and every whole line is trusted. Inputs are keyed by path + size + mtime, so a file
that changed since the interruption is read again and its old line ignored.

Each line reaches the operating system before the next file's result is accepted, so a
`kill -9` of the scan loses nothing; fsync (against power loss) runs at most once a second
and at the end, which keeps a scan of many small files from waiting on the disk.
"""
from __future__ import annotations

import json
import os
import time
from pathlib import Path
from typing import Any

JOURNAL_NAME = "scan-journal.jsonl"
_VERSION = 1


class ResumeError(ValueError):
    """The folder holds a scan that cannot be continued with these settings."""


class Journal:
    def __init__(self, path: Path, fingerprint: str, resume: bool) -> None:
        self.path = path
        self.done: dict[str, dict[str, Any]] = {}
        if resume and path.exists():
            self._load(fingerprint)
            self._fh = open(path, "ab")
        else:
            self._fh = open(path, "wb")
            self._write({"type": "header", "version": _VERSION, "fingerprint": fingerprint})
            self.sync()
        self._synced = time.monotonic()

    def _load(self, fingerprint: str) -> None:
        data = self.path.read_bytes()
        good = 0  # byte offset after the last whole, parseable line
        pos = 0
        header = None
        while pos < len(data):
            nl = data.find(b"\n", pos)
            if nl < 0:
                break  # torn tail: no newline
            try:
                rec = json.loads(data[pos:nl])
            except ValueError:
                break
            if header is None:
                header = rec
                if rec.get("type") != "header" or rec.get("version") != _VERSION:
                    raise ResumeError("journalen i mappen är inte från en skanning med den här versionen")
                if rec.get("fingerprint") != fingerprint:
                    raise ResumeError("skanningen i mappen gjordes med andra sökvägar eller inställningar; "
                                      "kör utan --resume för att börja om")
            elif rec.get("type") == "input":
                self.done.setdefault(rec["key"], rec["result"])
            pos = good = nl + 1
        if header is None:
            raise ResumeError("journalen i mappen är tom eller trasig; kör utan --resume för att börja om")
        if good < len(data):
            with open(self.path, "r+b") as fh:
                fh.truncate(good)

    def _write(self, rec: dict[str, Any]) -> None:
        self._fh.write(json.dumps(rec, ensure_ascii=False, separators=(",", ":")).encode() + b"\n")
        self._fh.flush()

    def append(self, key: str, result: dict[str, Any]) -> None:
        if key in self.done:
            return  # never twice
        self._write({"type": "input", "key": key, "result": result})
        self.done[key] = result
        if time.monotonic() - self._synced > 1.0:
            self.sync()

    def sync(self) -> None:
        os.fsync(self._fh.fileno())
        self._synced = time.monotonic()

    def close(self) -> None:
        if not self._fh.closed:
            self.sync()
            self._fh.close()
