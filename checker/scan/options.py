"""Scan options and the `[scan]` section of skrivvakt.toml, validated with pydantic.

    [scan]
    text_column = "text"          # CSV/TSV column with the text
    text_field = "text"           # JSONL field with the text
    id_column = "id"              # optional: row ids in sources instead of line numbers
    meta_columns = ["skola", "ämne", "datum"]   # default: known names (school/skola, …)
    [scan.limits]
    max_members = 10000           # files in one zip archive
    max_total_bytes = 1073741824  # uncompressed bytes read from one archive
    max_file_bytes = 209715200    # one file or member
    max_ratio = 200               # uncompressed/compressed size of a member
    max_depth = 3                 # zip in zip in zip

Unknown keys and wrong values fail with a message naming the key (`scan.limits.max_ratio`).
"""
from __future__ import annotations

import hashlib
from typing import Any

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from ..config import ConfigError


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class Limits(_Strict):
    """Zip-bomb guards. A member that breaks one is an error record, never a crash."""

    max_members: int = Field(10_000, ge=1)
    max_total_bytes: int = Field(1 << 30, ge=1)
    max_file_bytes: int = Field(200 << 20, ge=1)
    max_ratio: float = Field(200.0, gt=1)
    min_ratio_bytes: int = Field(1 << 20, ge=0)  # below this size a high ratio is harmless
    max_depth: int = Field(3, ge=1)


class ScanOptions(_Strict):
    """Everything that changes what a scan finds; hashed to refuse resuming with other settings."""

    text_column: str = "text"
    text_field: str = "text"
    id_column: str | None = None
    meta_columns: tuple[str, ...] = ()
    show_text: bool = False
    limits: Limits = Field(default_factory=Limits)

    def fingerprint(self, extra: str = "") -> str:
        return hashlib.sha256((self.model_dump_json() + extra).encode()).hexdigest()[:16]


def scan_options(section: dict[str, Any], **overrides: Any) -> ScanOptions:
    """Options from the `[scan]` config section, then command-line overrides (None = not given)."""
    data = dict(section)
    data.update({k: v for k, v in overrides.items() if v is not None})
    try:
        return ScanOptions.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        raise ConfigError(f"konfigurationen: nyckeln 'scan.{key}': {err['msg']}") from None
