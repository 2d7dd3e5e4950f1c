"""`skrivvakt.toml`: how a municipality or school tunes Skrivvakt without forking it.

    second_opinion = true            # the trained vetoes on person_judgment and sensitive findings (docs/rules.md)

    [rules]
    packs = ["lokala-regler"]        # extra rule folders (relative to the config file)
    disable = ["PJ004"]              # rule ids that never run
    accept = ["Klara", "Glad"]       # words that never flag, whatever rule finds them
    [rules.severity]
    GR001 = "error"                  # change a rule's severity

    [policy]
    block_at = "error"               # lowest severity that blocks ("never" = never block)
    warn_at = "info"                 # lowest severity that warns ("never" = never warn)
    block_categories = ["identifier"]  # categories that block whatever their severity

Unknown keys and wrong types fail with a message that names the key.
"""
from __future__ import annotations

import tomllib
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from .models import Category
from .rules import RuleError

CONFIG_NAME = "skrivvakt.toml"
Level = Literal["info", "warning", "error", "never"]


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class RulesConfig(_Strict):
    packs: list[Path] = Field(default_factory=list)
    disable: list[str] = Field(default_factory=list)
    accept: list[str] = Field(default_factory=list)
    severity: dict[str, Literal["info", "warning", "error"]] = Field(default_factory=dict)


class PolicyConfig(_Strict):
    block_at: Level = "error"
    warn_at: Level = "info"
    block_categories: list[Category] = Field(default_factory=list)


class Config(_Strict):
    rules: RulesConfig = Field(default_factory=RulesConfig)
    policy: PolicyConfig = Field(default_factory=PolicyConfig)
    second_opinion: bool = True
    # Sections owned by the service and the scanner; they validate their own keys.
    service: dict[str, Any] = Field(default_factory=dict)
    scan: dict[str, Any] = Field(default_factory=dict)
    source: Path | None = Field(default=None, exclude=True)


class ConfigError(RuleError):
    pass


def parse_config(data: dict[str, Any], source: Path | None = None) -> Config:
    try:
        cfg = Config.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        where = str(source) if source else "konfigurationen"
        raise ConfigError(f"{where}: nyckeln '{key}': {err['msg']}") from None
    if source is not None:
        base = source.parent
        cfg.rules.packs = [p if p.is_absolute() else (base / p) for p in cfg.rules.packs]
        cfg.source = source
    return cfg


def load_config(path: Path | None = None, *, search: bool = True) -> Config:
    """Read the given file, else `skrivvakt.toml` in the working directory, else defaults."""
    if path is None and search:
        candidate = Path.cwd() / CONFIG_NAME
        path = candidate if candidate.is_file() else None
    if path is None:
        return Config()
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise ConfigError(f"{path}: konfigurationsfilen finns inte") from None
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: ogiltig TOML: {exc}") from None
    return parse_config(data, path)
