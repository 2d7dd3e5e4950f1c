"""The `skrivvakt` command: check, rules, eval (and serve, scan, redact, report)."""
from __future__ import annotations

import typer

from .check_cmd import check, skrivvakt_version
from .eval_cmd import eval_command
from .redact_cmd import redact as redact_command
from .rules_cmd import app as rules_app
from .serve_cmd import serve as serve_command
from .scan_cmd import report as report_command, scan as scan_command

app = typer.Typer(
    name="skrivvakt",
    help="Skrivvakt granskar texter om elever: omdömen om personen, kränkande ord, frånvaro, betyg, personuppgifter och känsliga uppgifter.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("check")(check)
app.command("eval")(eval_command)
app.command("redact")(redact_command)
app.add_typer(rules_app, name="rules")
app.command("scan")(scan_command)
app.command("report")(report_command)
app.command("serve")(serve_command)


def _version(value: bool) -> None:
    if value:
        print(skrivvakt_version())
        raise typer.Exit()


@app.callback()
def _root(version: bool = typer.Option(False, "--version", callback=_version, is_eager=True, help="Visa version.")) -> None:
    pass


def main() -> None:
    app()


if __name__ == "__main__":
    main()
