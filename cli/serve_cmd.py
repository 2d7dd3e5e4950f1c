"""`skrivvakt serve`: run the HTTP service with uvicorn.

Defaults bind 127.0.0.1:8000 and need no configuration. Binding any other address
requires API keys (`[service] api_keys` or `SKRIVVAKT_API_KEYS`) or an explicit
`--insecure`: the texts are personal data, and an open port on a school network is a leak.
"""
from __future__ import annotations

import ipaddress
import os
from pathlib import Path
from typing import Optional

import typer

from checker import ConfigError, RuleError, load_rules

from .common import ConfigOption, fail


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def serve(
    host: str = typer.Option("127.0.0.1", "--host", help="Adress att lyssna på."),
    port: int = typer.Option(8000, "--port", min=0, max=65535, help="Port att lyssna på."),
    workers: int = typer.Option(1, "--workers", min=1, max=64, help="Antal arbetsprocesser (var och en bygger sin granskare)."),
    insecure: bool = typer.Option(False, "--insecure", help="Tillåt en icke-lokal adress utan API-nycklar."),
    log_level: str = typer.Option("info", "--log-level", help="debug|info|warning|error"),
    config: Optional[Path] = ConfigOption,
) -> None:
    """Starta HTTP-tjänsten (granskning, webhook, LanguageTool-API, redigeringssida)."""
    import uvicorn

    from service.logs import log_config
    from service.settings import CONFIG_ENV, load_settings

    if log_level not in ("debug", "info", "warning", "error"):
        raise typer.BadParameter("välj debug, info, warning eller error", param_hint="--log-level")
    if config is not None:
        if not config.is_file():
            fail(f"{config}: konfigurationsfilen finns inte")
        # Worker processes read their settings themselves; this is how they find the file.
        os.environ[CONFIG_ENV] = str(config.resolve())
    try:
        cfg, settings = load_settings()
        load_rules(list(cfg.rules.packs))  # fail now, with the file and rule, not in every worker
    except (ConfigError, RuleError) as exc:
        fail(str(exc))
    if not is_loopback(host) and not settings.api_key_values() and not insecure:
        fail(
            f"vägrar att lyssna på {host} utan API-nycklar: texterna är personuppgifter och vem som helst "
            "på nätverket skulle kunna skicka och läsa dem. Ange nycklar med SKRIVVAKT_API_KEYS "
            "(eller [service] api_keys i skrivvakt.toml), eller starta med --insecure om ett annat lager "
            "(t.ex. en omvänd proxy med inloggning) skyddar tjänsten."
        )
    uvicorn.run(
        "service.app:create_app",
        factory=True,
        host=host,
        port=port,
        workers=workers,
        log_config=log_config(log_level),
        access_log=False,  # it would log the query string; our own request log has none
        server_header=False,
    )
