"""`skrivvakt redact`: print a text with personal identifiers replaced by placeholders."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

from checker import redact as redact_text

from .check_cmd import read_input
from .common import EXIT_USAGE, ConfigOption, build_checker


def redact(
    file: str = typer.Argument("-", help="Fil att avidentifiera; `-` eller inget läser standard in."),
    subject: List[str] = typer.Option([], "--subject", "-s", help="Namn på eleven texten handlar om (ersätts inte). Kan upprepas."),
    fmt: str = typer.Option("text", "--format", "-f", help="text (bara den avidentifierade texten) eller json (text och anmärkningar)."),
    config: Optional[Path] = ConfigOption,
) -> None:
    """Ersätt personnummer, telefonnummer, e-post, adresser och andras namn med platshållare
    som [PERSONNUMMER] och [NAMN]. Slutkod 0, eller 2 vid fel i anrop eller indata."""
    if fmt not in ("text", "json"):
        raise typer.BadParameter(f"okänt format {fmt!r}; välj text eller json", param_hint="--format")
    try:
        text = read_input(file)
    except (OSError, ValueError) as exc:
        reason = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        print(f"skrivvakt: {file}: {reason}", file=sys.stderr)
        raise typer.Exit(EXIT_USAGE)
    result = redact_text(text, subject_names=subject, checker=build_checker(config))
    if fmt == "json":
        sys.stdout.write(json.dumps(result.model_dump(mode="json"), ensure_ascii=False) + "\n")
    else:
        sys.stdout.write(result.text)
        if not result.text.endswith("\n"):
            sys.stdout.write("\n")
