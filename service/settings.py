"""The service's settings: the `[service]` section of `skrivvakt.toml`, then `SKRIVVAKT_*`
environment variables on top (environment wins, so a deployment can override a file that
is baked into an image).

    [service]
    api_keys = ["…"]                 # Authorization: Bearer <key> required when non-empty
    cors_origins = ["https://plattform.example"]
    max_body_bytes = 1048576         # larger request bodies → 413
    max_text_chars = 100000          # longer texts → 413 (bounds the work of one request)
    timeout_seconds = 10             # per-request time limit → 503
    check_threads = 2                # threads that run checks, per worker process
    webhook_secret = "whsec_…"       # signs /v1/hooks/pre-save (prefer the environment)
    webhook_tolerance_seconds = 300
    replay_cache_size = 100000
    [service.policy]                 # overrides [policy] for the service only
    block_at = "error"
    block_categories = ["identifier"]

Environment: `SKRIVVAKT_API_KEYS` (comma-separated), `SKRIVVAKT_CORS_ORIGINS`,
`SKRIVVAKT_MAX_BODY_BYTES`, `SKRIVVAKT_MAX_TEXT_CHARS`, `SKRIVVAKT_TIMEOUT_SECONDS`,
`SKRIVVAKT_CHECK_THREADS`, `SKRIVVAKT_WEBHOOK_SECRET`, `SKRIVVAKT_WEBHOOK_TOLERANCE_SECONDS`,
`SKRIVVAKT_REPLAY_CACHE_SIZE`, `SKRIVVAKT_POLICY_BLOCK_AT`, `SKRIVVAKT_POLICY_WARN_AT`,
`SKRIVVAKT_POLICY_BLOCK_CATEGORIES`; `SKRIVVAKT_CONFIG` names the config file (this is how
`skrivvakt serve --config` reaches every worker process).

Errors name the key or the variable, never a value (a secret could be one).
"""
from __future__ import annotations

import base64
import binascii
import os
from pathlib import Path
from typing import Any, Mapping

from pydantic import BaseModel, ConfigDict, Field, SecretStr, ValidationError, field_validator

from checker.config import Config, ConfigError, Level, PolicyConfig, load_config
from checker.models import Category

ENV_PREFIX = "SKRIVVAKT_"
CONFIG_ENV = "SKRIVVAKT_CONFIG"


class PolicyOverride(BaseModel):
    model_config = ConfigDict(extra="forbid")

    block_at: Level | None = None
    warn_at: Level | None = None
    block_categories: list[Category] | None = None


class ServiceConfig(BaseModel):
    model_config = ConfigDict(extra="forbid")

    api_keys: list[SecretStr] = Field(default_factory=list)
    cors_origins: list[str] = Field(default_factory=list)
    max_body_bytes: int = Field(default=1 << 20, ge=1024)
    max_text_chars: int = Field(default=100_000, ge=1)
    timeout_seconds: float = Field(default=10.0, gt=0)
    check_threads: int = Field(default=2, ge=1, le=64)
    webhook_secret: SecretStr | None = None
    webhook_tolerance_seconds: int = Field(default=300, ge=1)
    replay_cache_size: int = Field(default=100_000, ge=1)
    policy: PolicyOverride = Field(default_factory=PolicyOverride)

    @field_validator("webhook_secret")
    @classmethod
    def _whsec(cls, v: SecretStr | None) -> SecretStr | None:
        if v is not None and v.get_secret_value():
            webhook_key(v)  # raises ValueError with a message that shows no part of it
        return v or None

    def effective_policy(self, base: PolicyConfig) -> PolicyConfig:
        """The file's `[policy]` with this section's overrides applied."""
        return base.model_copy(update=self.policy.model_dump(exclude_none=True))

    def api_key_values(self) -> tuple[bytes, ...]:
        return tuple(k.get_secret_value().encode() for k in self.api_keys if k.get_secret_value())


def webhook_key(secret: SecretStr | str) -> bytes:
    """The HMAC key of a Standard Webhooks secret `whsec_<base64>`."""
    raw = secret.get_secret_value() if isinstance(secret, SecretStr) else secret
    if not raw.startswith("whsec_"):
        raise ValueError("hemligheten ska ha formen whsec_<base64-nyckel>")
    try:
        key = base64.b64decode(raw[len("whsec_"):], validate=True)
    except (binascii.Error, ValueError):
        raise ValueError("delen efter whsec_ är inte giltig base64") from None
    if len(key) < 16:
        raise ValueError("nyckeln är för kort (minst 16 byte)")
    return key


_LIST_FIELDS = {"api_keys", "cors_origins"}
_POLICY_FIELDS = {"block_at": False, "warn_at": False, "block_categories": True}


def _from_env(environ: Mapping[str, str]) -> tuple[dict[str, Any], dict[str, str]]:
    """Settings found in the environment, and which variable each key came from."""
    data: dict[str, Any] = {}
    origin: dict[str, str] = {}

    def split(v: str) -> list[str]:
        return [p.strip() for p in v.split(",") if p.strip()]

    for name in ServiceConfig.model_fields:
        if name == "policy":
            continue
        var = ENV_PREFIX + name.upper()
        if var in environ:
            data[name] = split(environ[var]) if name in _LIST_FIELDS else environ[var]
            origin[name] = var
    policy: dict[str, Any] = {}
    for name, is_list in _POLICY_FIELDS.items():
        var = f"{ENV_PREFIX}POLICY_{name.upper()}"
        if var in environ:
            policy[name] = split(environ[var]) if is_list else environ[var]
            origin[f"policy.{name}"] = var
    if policy:
        data["policy"] = policy
    return data, origin


def service_config(config: Config, environ: Mapping[str, str] | None = None) -> ServiceConfig:
    """Validate `[service]` from the config file merged with the environment.

    Raises ConfigError naming the key (`[service] max_body_bytes`) or the variable
    (`SKRIVVAKT_MAX_BODY_BYTES`)."""
    environ = os.environ if environ is None else environ
    env, origin = _from_env(environ)
    data = dict(config.service)
    if "policy" in env and isinstance(data.get("policy"), dict):
        env["policy"] = {**data["policy"], **env["policy"]}
    data.update(env)
    try:
        return ServiceConfig.model_validate(data)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        top = ".".join(str(p) for p in err["loc"][:2]) if err["loc"][:1] == ("policy",) else str(err["loc"][0]) if err["loc"] else key
        msg = err["msg"].removeprefix("Value error, ")
        if top in origin:
            raise ConfigError(f"miljövariabeln {origin[top]}: {msg}") from None
        where = str(config.source) if config.source else "konfigurationen"
        raise ConfigError(f"{where}: nyckeln 'service.{key}': {msg}") from None


def load_settings(environ: Mapping[str, str] | None = None) -> tuple[Config, ServiceConfig]:
    """The whole configuration as a worker process sees it (file named by SKRIVVAKT_CONFIG,
    else `skrivvakt.toml` in the working directory, else defaults)."""
    environ = os.environ if environ is None else environ
    path = environ.get(CONFIG_ENV)
    config = load_config(Path(path) if path else None)
    return config, service_config(config, environ)
