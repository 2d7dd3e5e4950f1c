"""Process-wide objects that are expensive to build (the spaCy pipeline, the lemma table,
Presidio's engines, the default Checker): built on first use, exactly once, even when
threads race for them (double-checked locking)."""
from __future__ import annotations

import threading
from typing import Callable, Generic, TypeVar

T = TypeVar("T")


class Once(Generic[T]):
    """Call it to get the object; `build` runs on the first call only."""

    def __init__(self, build: Callable[[], T]) -> None:
        self._build = build
        self._lock = threading.Lock()
        self._done = False
        self._value: T | None = None

    def __call__(self) -> T:
        if not self._done:
            with self._lock:
                if not self._done:
                    self._value = self._build()
                    self._done = True
        return self._value  # type: ignore[return-value]
