"""What every command shares: building the Checker from configuration, and failing with a
one-line message on stderr and exit code 2 for usage and input errors."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import NoReturn

import typer

from checker import Checker, Config, ConfigError, RuleError, load_config

EXIT_OK, EXIT_FINDINGS, EXIT_USAGE = 0, 1, 2

ConfigOption = typer.Option(
    None, "--config", "-c", help="Konfigurationsfil (standard: skrivvakt.toml i arbetskatalogen).",
    exists=False, dir_okay=False,
)


def fail(message: str) -> NoReturn:
    """Print `skrivvakt: message` on stderr and exit 2."""
    print(f"skrivvakt: {message}", file=sys.stderr)
    raise typer.Exit(EXIT_USAGE)


def get_config(path: Path | None) -> Config:
    try:
        return load_config(path)
    except ConfigError as exc:
        fail(str(exc))


def build_checker(path: Path | None) -> Checker:
    config = get_config(path)
    try:
        return Checker(config)
    except RuleError as exc:
        fail(str(exc))
