"""Detectors: the few matchers that are code, not data (check digits, name heuristics, …).

A rule names its detector (`detector: personnummer`) and still carries its id, message,
suggestion and examples in YAML. A detector factory is called once per Checker with the
rule and the Checker (for shared, built-once resources) and returns a callable that takes
an Analysis and yields hits in *normalised* text offsets.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Callable, Iterable, Protocol

if TYPE_CHECKING:
    from ..analysis import Analysis
    from ..engine import Checker
    from ..rules import Rule


@dataclass(slots=True, frozen=True)
class Hit:
    start: int            # offsets in Analysis.text (normalised)
    end: int
    confidence: float
    entity: str | None = None


class Detector(Protocol):
    def __call__(self, a: "Analysis") -> Iterable[Hit]: ...


DetectorFactory = Callable[["Rule", "Checker"], Detector]
DETECTORS: dict[str, DetectorFactory] = {}


def register(name: str) -> Callable[[DetectorFactory], DetectorFactory]:
    def deco(factory: DetectorFactory) -> DetectorFactory:
        if name in DETECTORS:
            raise ValueError(f"detector {name!r} registered twice")
        DETECTORS[name] = factory
        return factory
    return deco


def load_builtin_detectors() -> None:
    """Import the modules that register detectors (kept lazy so import stays light)."""
    from . import identifiers  # noqa: F401  (personnummer, phone, email, address, person_name)
