"""Skrivvakt's HTTP service (FastAPI).

`create_app()` is the factory uvicorn calls in every worker process (`skrivvakt serve`).
The Checker is built once per worker, in the background at start-up: `/healthz` answers at
once, `/readyz` answers 200 when the checker is ready, and a check that arrives earlier
waits for it within its time limit.

Privacy: the text is never logged, put in an error message or a metric label, and never
written anywhere. Validation errors are returned without the offending input; the log has
request id, route template, status, timing, counts and rule ids only.
"""
from __future__ import annotations

import asyncio
import hmac
import re
import threading
import time
import uuid
from contextlib import asynccontextmanager
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import Any, Callable

from fastapi import APIRouter, Depends, FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.middleware.cors import CORSMiddleware
from fastapi.responses import FileResponse, JSONResponse, Response
from fastapi.routing import APIRoute
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from fastapi.staticfiles import StaticFiles
from fastapi_offline import FastAPIOffline
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from checker import CATEGORY_LABELS_SV, Checker, Config, Finding, Report
from checker.config import PolicyConfig
from checker.html import check_html

from . import languagetool as lt
from .limits import BodyLimitMiddleware, CheckRunner, CheckTimeout
from .logs import ensure_handler, log
from .metrics import Metrics
from .models import (
    CheckRequest, Health, NotReady, PreSaveRequest, PreSaveResponse, Problem, RedactRequest, RedactResponse, RuleInfo,
)
from .presave import status_for, warnings_for
from .settings import ServiceConfig, load_settings, webhook_key
from .webhooks import SignatureError, WebhookVerifier

STATIC_DIR = Path(__file__).parent / "static"
CSP = (
    "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'self'"
)
_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:-]{1,64}$")


def _version() -> str:
    try:
        return version("skrivvakt")
    except PackageNotFoundError:
        return "0+unknown"


# ----------------------------------------------------------------------------- state
class ServiceState:
    """What one worker holds: settings, the checker (built once), runner, metrics."""

    def __init__(self, config: Config, settings: ServiceConfig, checker: Checker | None,
                 checker_factory: Callable[[Config], Checker]) -> None:
        self.config = config
        self.settings = settings
        self.policy: PolicyConfig = settings.effective_policy(config.policy)
        self.metrics = Metrics()
        self.runner = CheckRunner(settings.check_threads)
        self.checker = checker
        self.checker_factory = checker_factory
        self.build_error: str | None = None
        self._ready = threading.Event()
        # Requests wait on this one (set from the build thread through the event loop), so
        # a burst of early requests holds no threads while the checker is built.
        self._ready_async = asyncio.Event()
        self._loop: asyncio.AbstractEventLoop | None = None
        self.rule_links: dict[str, str] = {r.id: r.link for r in checker.rules if r.link} if checker else {}
        if checker is not None:
            self._ready.set()
            self._ready_async.set()
            self.metrics.ready.set(1)
        secret = settings.webhook_secret
        self.verifier = (
            WebhookVerifier(webhook_key(secret), tolerance=settings.webhook_tolerance_seconds,
                            cache_size=settings.replay_cache_size)
            if secret is not None else None
        )
        self.api_keys = settings.api_key_values()
        self.version = _version()

    @property
    def ready(self) -> bool:
        return self._ready.is_set() and self.checker is not None

    def start_build(self) -> None:
        """Build the checker in a background thread; called from the lifespan."""
        if self._ready.is_set():
            return
        self._loop = asyncio.get_running_loop()
        threading.Thread(target=self._build, name="skrivvakt-build", daemon=True).start()

    def _build(self) -> None:
        started = time.perf_counter()
        try:
            checker = self.checker_factory(self.config)
            self._warm_up(checker)
            self.checker = checker
            self.rule_links = {r.id: r.link for r in checker.rules if r.link}
            self.metrics.ready.set(1)
            log.info("checker_ready", extra={"seconds": round(time.perf_counter() - started, 3),
                                             "rules": len(self.checker.rules)})
        except Exception as exc:  # a rule or config error: say which (no user text in it)
            self.build_error = str(exc)
            log.error("checker_failed", extra={"error": type(exc).__name__, "detail": self.build_error})
        finally:
            self._ready.set()
            if self._loop is not None and not self._loop.is_closed():
                self._loop.call_soon_threadsafe(self._ready_async.set)

    @staticmethod
    def _warm_up(checker: Checker) -> None:
        """One check and one redaction of a fixed sample, so that whatever a detector or the
        anonymizer builds on first use is built before the worker says it is ready."""
        sample = "Eleven kan läsa. Anna Berg, 070-123 45 67, anna@example.se, 121212-1212."
        checker.check(sample)
        redact = _redactor()
        if redact is not None:
            redact(sample, checker=checker)

    async def get_checker(self, deadline: float) -> Checker:
        if not self._ready.is_set():
            try:
                await asyncio.wait_for(self._ready_async.wait(), max(0.0, deadline - time.monotonic()))
            except (asyncio.TimeoutError, TimeoutError):
                raise HTTPException(503, "Tjänsten startar fortfarande. Försök igen om en stund.",
                                    headers={"Retry-After": "2"}) from None
        if self.checker is None:
            raise HTTPException(503, "Granskaren kunde inte startas; se tjänstens logg och /readyz.")
        return self.checker


def _state(request: Request) -> ServiceState:
    return request.app.state.skrivvakt


# ------------------------------------------------------------------------- middleware
class ObserveMiddleware:
    """Request id, one JSON log line per request, Prometheus metrics, and the page's CSP."""

    def __init__(self, app: ASGIApp, state: ServiceState) -> None:
        self.app = app
        self.state = state

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        headers = dict(scope.get("headers", ()))
        given = headers.get(b"x-request-id", b"").decode("latin-1")
        request_id = given if _REQUEST_ID.match(given) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        path = scope.get("path", "")
        page = path == "/" or path.startswith("/static/")
        status = 500

        async def send_wrapper(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                extra = [(b"x-request-id", request_id.encode())]
                if page:
                    extra += [(b"content-security-policy", CSP.encode()),
                              (b"x-content-type-options", b"nosniff"),
                              (b"referrer-policy", b"no-referrer")]
                message["headers"] = list(message.get("headers", [])) + extra
            await send(message)

        try:
            await self.app(scope, receive, send_wrapper)
        finally:
            seconds = time.perf_counter() - started
            route = scope.get("route")
            template = getattr(route, "path", None) or "unmatched"
            self.state.metrics.observe_request(scope.get("method", ""), template, status, seconds)
            fields = {"request_id": request_id, "method": scope.get("method"), "route": template,
                      "status": status, "duration_ms": round(seconds * 1000, 2)}
            fields.update(scope["state"].get("log", {}))
            log.info("request", extra=fields)


# ------------------------------------------------------------------------ auth/signing
_bearer = HTTPBearer(auto_error=False, description="API-nyckel, när tjänsten är konfigurerad med nycklar.")


def _key_ok(state: ServiceState, presented: str | None) -> bool:
    if not state.api_keys:
        return True
    if not presented:
        return False
    token = presented.encode()
    return any(hmac.compare_digest(token, key) for key in state.api_keys)


async def require_api_key(request: Request, creds: HTTPAuthorizationCredentials | None = Depends(_bearer)) -> None:
    if not _key_ok(_state(request), creds.credentials if creds else None):
        raise HTTPException(401, "API-nyckel saknas eller är fel (Authorization: Bearer <nyckel>).",
                            headers={"WWW-Authenticate": "Bearer"})


class SignedRoute(APIRoute):
    """Verifies the Standard Webhooks signature over the raw body before anything else –
    also before the JSON is parsed, so an unsigned request gets 401 whatever it holds."""

    def get_route_handler(self):
        handler = super().get_route_handler()

        async def verified(request: Request) -> Response:
            state = _state(request)
            if state.verifier is None:
                return await handler(request)
            body = await request.body()
            try:
                msg_id = state.verifier.verify(request.headers, body)
            except SignatureError as exc:
                state.metrics.rejected_signatures.inc()
                request.state.log = {"rejected": "signature"}
                return JSONResponse({"detail": str(exc)}, status_code=401)
            try:
                response = await handler(request)
            except BaseException as exc:
                if not (isinstance(exc, HTTPException) and exc.status_code < 500):
                    state.verifier.replays.forget(msg_id)
                raise
            if response.status_code >= 500:
                state.verifier.replays.forget(msg_id)
            return response

        return verified


# ---------------------------------------------------------------------------- helpers
def _check_length(state: ServiceState, text: str) -> None:
    limit = state.settings.max_text_chars
    if len(text) > limit:
        raise HTTPException(413, f"Texten är för lång: {len(text)} tecken, högst {limit} tillåts.")


def _log_report(request: Request, findings: list[Finding], chars: int, decision: str | None = None) -> None:
    counts: dict[str, int] = {}
    for f in findings:
        counts[f.category] = counts.get(f.category, 0) + 1
    entry: dict[str, Any] = {"chars": chars, "findings": len(findings), "categories": counts,
                             "rule_ids": sorted({f.rule_id for f in findings})}
    if decision:
        entry["decision"] = decision
    request.state.log = entry
    _state(request).metrics.observe_findings(findings)
    _state(request).metrics.checked_chars.inc(chars)


async def _run(state: ServiceState, started: float, fn: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
    """Run one check within the request's time limit (start-up wait included)."""
    deadline = started + state.settings.timeout_seconds
    checker = await state.get_checker(deadline)
    try:
        return await state.runner.run(deadline - time.monotonic(), fn, checker, *args, **kwargs)
    except CheckTimeout:
        state.metrics.timeouts.inc()
        raise HTTPException(
            503,
            f"Granskningen tog längre tid än tidsgränsen ({state.settings.timeout_seconds:g} s). "
            "Försök igen, eller dela upp texten i kortare delar.",
            headers={"Retry-After": "1"},
        ) from None


def _check(checker: Checker, text: str, content_type: str, **kwargs: Any) -> Report:
    if content_type == "text/html":
        return check_html(checker, text, **kwargs)
    return checker.check(text, **kwargs)


def _redactor() -> Callable[..., Any] | None:
    try:
        from checker.redact import redact
    except ImportError:  # an install without the redaction module: the hook omits redacted_text
        return None
    return redact


def _redact(checker: Checker, text: str, subject_names: list[str], findings: list[Finding] | None = None):
    redact = _redactor()
    if redact is None:
        raise HTTPException(501, "Maskering finns inte i den här installationen av Skrivvakt.")
    return redact(text, subject_names=subject_names, checker=checker, findings=findings)


# ---------------------------------------------------------------------------- the app
def create_app(
    config: Config | None = None,
    settings: ServiceConfig | None = None,
    *,
    checker: Checker | None = None,
    checker_factory: Callable[[Config], Checker] = Checker,
) -> FastAPI:
    """The ASGI app. Without arguments (as uvicorn calls it) settings come from
    `SKRIVVAKT_CONFIG`/`skrivvakt.toml` and `SKRIVVAKT_*`; tests pass them, and may pass a
    ready checker so that no worker builds its own."""
    if config is None or settings is None:
        file_config, env_settings = load_settings()
        config = config or file_config
        settings = settings or env_settings
    ensure_handler()
    state = ServiceState(config, settings, checker, checker_factory)

    @asynccontextmanager
    async def lifespan(app: FastAPI):
        state.start_build()
        log.info("started", extra={"version": state.version, "threads": settings.check_threads,
                                   "signed_hooks": state.verifier is not None, "api_keys": len(state.api_keys)})
        try:
            yield
        finally:
            state.runner.shutdown()

    # FastAPIOffline serves Swagger UI's files itself: /docs works on a network without
    # internet access (FastAPI's default page loads them from a CDN).
    app = FastAPIOffline(
        title="Skrivvakt",
        version=state.version,
        summary="Integritets- och innehållsgranskning av svensk text om elever.",
        description=(
            "Granskar text mot dokumentationspolicyn: omdömen om personen, kränkande ord, frånvaro, "
            "betyg, personuppgifter och känsliga uppgifter. Se docs/service.md."
        ),
        lifespan=lifespan,
        responses={413: {"model": Problem}, 422: {"model": Problem}, 503: {"model": Problem}},
    )
    app.state.skrivvakt = state
    # The last added is the outermost: observe → CORS → body limit → app, so that a 413
    # reaches a browser with its CORS headers and every response is logged and counted.
    app.add_middleware(BodyLimitMiddleware, max_body_bytes=settings.max_body_bytes)
    if settings.cors_origins:
        app.add_middleware(
            CORSMiddleware, allow_origins=settings.cors_origins, allow_methods=["GET", "POST"],
            allow_headers=["Authorization", "Content-Type", "X-Request-ID"], max_age=600,
        )
    app.add_middleware(ObserveMiddleware, state=state)

    # ---------------------------------------------------------------- error handlers
    @app.exception_handler(RequestValidationError)
    async def _invalid(request: Request, exc: RequestValidationError) -> JSONResponse:
        # Never echo the input (it can be the text): location, message and type only.
        errors = [{"loc": list(e.get("loc", ())), "msg": e.get("msg", ""), "type": e.get("type", "")}
                  for e in exc.errors()]
        first = errors[0] if errors else {"loc": [], "msg": ""}
        where = ".".join(str(p) for p in first["loc"][1:]) or "body"
        detail = f"Ogiltig begäran: fältet '{where}': {first['msg']}"
        if first.get("type") == "json_invalid":
            detail = "Ogiltig begäran: kroppen är inte giltig JSON."
        request.state.log = {"invalid": [e["type"] for e in errors][:10]}
        return JSONResponse({"detail": detail, "errors": errors}, status_code=422)

    @app.exception_handler(HTTPException)
    async def _http(request: Request, exc: HTTPException) -> JSONResponse:
        detail = exc.detail
        if exc.status_code == 400 and detail == "There was an error parsing the body":
            detail = "Ogiltig begäran: kroppen kunde inte läsas (trasig eller för djupt nästlad JSON?)."
        elif exc.status_code == 404 and detail == "Not Found":
            detail = "Adressen finns inte. Se /docs för tjänstens API."
        elif exc.status_code == 405:
            detail = "Metoden stöds inte för den här adressen. Se /docs."
        return JSONResponse({"detail": detail}, status_code=exc.status_code, headers=exc.headers)

    @app.exception_handler(Exception)
    async def _crash(request: Request, exc: Exception) -> JSONResponse:
        rid = request.scope.get("state", {}).get("request_id", "")
        log.error("unhandled", extra={"request_id": rid, "error": type(exc).__name__})
        return JSONResponse({"detail": f"Internt fel i Skrivvakt (begäran {rid})."}, status_code=500)

    keyed = [Depends(require_api_key)]

    # ---------------------------------------------------------------- /v1
    @app.post("/v1/check", response_model=Report, dependencies=keyed, tags=["v1"],
              summary="Granska en text", responses={401: {"model": Problem}})
    async def check_text(body: CheckRequest, request: Request) -> Report:
        started = time.monotonic()
        _check_length(state, body.text)
        report: Report = await _run(
            state, started, _check, body.text, body.content_type, subject_names=body.subject_names,
            categories=body.categories, min_severity=body.min_severity, policy=state.policy,
        )
        _log_report(request, report.findings, len(body.text), report.decision)
        state.metrics.decisions.labels("check", report.decision).inc()
        return report

    @app.post("/v1/redact", response_model=RedactResponse, dependencies=keyed, tags=["v1"],
              summary="Maskera personuppgifter i en text", responses={401: {"model": Problem}})
    async def redact_text(body: RedactRequest, request: Request) -> RedactResponse:
        started = time.monotonic()
        _check_length(state, body.text)
        result = await _run(state, started, _redact, body.text, body.subject_names)
        _log_report(request, result.findings, len(body.text))
        return RedactResponse(text=result.text, findings=result.findings)

    @app.get("/v1/rules", response_model=list[RuleInfo], dependencies=keyed, tags=["v1"],
             summary="Reglerna som används")
    async def rules(request: Request) -> list[RuleInfo]:
        checker = await state.get_checker(time.monotonic() + settings.timeout_seconds)
        return [
            RuleInfo(id=r.id, name=r.name, category=r.category, category_label=CATEGORY_LABELS_SV[r.category],
                     severity=r.severity, belongs_in=r.belongs_in, message=r.message, suggestion=r.suggestion,
                     link=r.link)
            for r in checker.rules
        ]

    hooks = APIRouter(route_class=SignedRoute)

    @hooks.post("/v1/hooks/pre-save", response_model=PreSaveResponse, response_model_exclude_none=True,
              dependencies=keyed, tags=["hooks"], summary="Förhandsgranskning innan plattformen sparar",
              responses={401: {"model": Problem}},
              description=(
                  "Modellerad efter Kubernetes admission webhooks. När SKRIVVAKT_WEBHOOK_SECRET är satt måste "
                  "anropet vara signerat enligt Standard Webhooks (webhook-id, webhook-timestamp, "
                  "webhook-signature)."))
    async def pre_save(body: PreSaveRequest, request: Request) -> PreSaveResponse:
        started = time.monotonic()
        _check_length(state, body.text)
        report: Report = await _run(state, started, _check, body.text, body.content_type,
                                    subject_names=body.subject_names, policy=state.policy)
        decision = report.decision
        redacted = None
        if (body.content_type == "text/plain" and _redactor() is not None
                and any(f.category == "identifier" for f in report.findings)):
            # The report already holds the identifier findings: redact with them, no second check.
            result = await _run(state, started, _redact, body.text, body.subject_names, report.findings)
            redacted = result.text if result.text != body.text else None
        _log_report(request, report.findings, len(body.text), decision)
        state.metrics.decisions.labels("pre-save", decision).inc()
        return PreSaveResponse(
            uid=body.uid, allowed=decision != "block", decision=decision, status=status_for(decision, report.findings, state.policy),
            warnings=warnings_for(report.findings, state.policy), findings=report.findings, redacted_text=redacted,
        )

    app.include_router(hooks)

    # ---------------------------------------------------------------- LanguageTool
    lt_body = {
        "requestBody": {
            "required": True,
            "content": {
                "application/x-www-form-urlencoded": {"schema": lt.form_schema()},
                "application/json": {"schema": lt.form_schema()},
            },
        }
    }

    @app.post("/v2/check", response_model=lt.LTResponse, tags=["LanguageTool"], openapi_extra=lt_body,
              summary="LanguageTool-kompatibel granskning",
              responses={400: {"model": Problem}, 401: {"model": Problem}})
    async def lt_check(request: Request) -> JSONResponse:
        started = time.monotonic()
        raw = await lt.read_params(request)
        try:
            params = lt.parse_params(raw)
            categories, min_severity, enabled, disabled = lt.rule_filter(params)
            if params.data is not None:
                document, mapping = lt.annotated_text(params.data)
            else:
                document, mapping = params.text or "", None
        except lt.LTError as exc:
            raise HTTPException(400, str(exc)) from None
        header = request.headers.get("authorization", "")
        presented = header[7:].strip() if header.lower().startswith("bearer ") else params.apiKey
        if not _key_ok(state, presented):
            raise HTTPException(401, "API-nyckel saknas eller är fel (Authorization: Bearer eller apiKey).")
        checked = mapping.text if mapping else document
        _check_length(state, document)
        report: Report = await _run(state, started, _check, checked, "text/plain",
                                    categories=categories, min_severity=min_severity)
        findings = [f for f in report.findings if lt.keep(f, params, enabled, disabled)]
        utf16 = lt.Utf16(document)
        matches = []
        for f in findings:
            start, end = mapping.to_source(f.start, f.end) if mapping else (f.start, f.end)
            matches.append(lt.to_match(f, checked, start, end, utf16, state.rule_links.get(f.rule_id)))
        _log_report(request, findings, len(document))
        return JSONResponse(lt.response(matches, state.version, params.language))

    @app.get("/v2/languages", response_model=list[lt.LTLanguageInfo], tags=["LanguageTool"],
             summary="Språk (LanguageTool-kompatibelt)")
    async def lt_languages() -> list[dict[str, str]]:
        return lt.LANGUAGES

    # ---------------------------------------------------------------- operations
    @app.get("/healthz", response_model=Health, tags=["drift"], summary="Lever processen?")
    async def healthz() -> Health:
        return Health(status="ok", version=state.version)

    @app.get("/readyz", response_model=Health, tags=["drift"], summary="Är granskaren byggd och redo?",
             responses={503: {"model": NotReady}})
    async def readyz() -> Any:
        if state.ready:
            return Health(status="ready", version=state.version)
        if state.build_error:
            return JSONResponse({"status": "failed", "detail": f"Granskaren kunde inte startas: {state.build_error}"},
                                status_code=503)
        return JSONResponse({"status": "starting", "detail": "Granskaren byggs fortfarande."}, status_code=503)

    @app.get("/metrics", tags=["drift"], summary="Mätvärden (Prometheus textformat)",
             response_class=Response, responses={200: {"content": {"text/plain": {}}}})
    async def metrics() -> Response:
        return Response(state.metrics.render(), media_type=state.metrics.content_type)

    # ---------------------------------------------------------------- editor page
    @app.get("/", include_in_schema=False)
    async def index() -> Response:
        page = STATIC_DIR / "index.html"
        if not page.is_file():
            raise HTTPException(404, "Redigeringssidan är inte installerad.")
        return FileResponse(page, media_type="text/html; charset=utf-8")

    app.mount("/static", StaticFiles(directory=STATIC_DIR, check_dir=False), name="static")
    return app
