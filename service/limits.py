"""Limits that keep one request from taking the service down: a request body limit (413),
and a time limit on the check itself (503).

The body limit rejects on `Content-Length` before anything is read, and counts the bytes
of bodies sent without one (chunked). It is our own small middleware rather than
Starlette's newer `max_body_size` so that it works with every FastAPI the project allows
and answers in Swedish like the rest of the API.

A check runs in a bounded thread pool and the request waits for it at most the time
limit. A Python thread cannot be killed, so the limit on text length (`max_text_chars`)
is what bounds the work a timed-out check can still do; a check still queued when its
request times out is cancelled and never runs.
"""
from __future__ import annotations

import asyncio
import functools
from concurrent.futures import ThreadPoolExecutor
from typing import Any, Callable, TypeVar

from starlette.exceptions import HTTPException
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Message, Receive, Scope, Send

T = TypeVar("T")


def too_large_message(limit: int) -> str:
    return f"Begäran är för stor: högst {limit} byte tillåts."


class BodyTooLarge(HTTPException):
    """Raised from `receive` so FastAPI passes it on (it re-raises HTTPExceptions)."""

    def __init__(self, limit: int) -> None:
        super().__init__(status_code=413, detail=too_large_message(limit))


class BodyLimitMiddleware:
    def __init__(self, app: ASGIApp, max_body_bytes: int) -> None:
        self.app = app
        self.limit = max_body_bytes

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        length = None
        for name, value in scope.get("headers", ()):
            if name == b"content-length":
                try:
                    length = int(value)
                except ValueError:
                    length = None
        if length is not None and length > self.limit:
            response = JSONResponse({"detail": too_large_message(self.limit)}, status_code=413,
                                    headers={"Connection": "close"})
            await response(scope, receive, send)
            return
        received = 0

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > self.limit:
                    raise BodyTooLarge(self.limit)
            return message

        await self.app(scope, limited_receive, send)


class CheckTimeout(Exception):
    pass


class CheckRunner:
    """Runs checks in a fixed pool of threads with a time limit per call."""

    def __init__(self, threads: int) -> None:
        self.executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="skrivvakt-check")

    async def run(self, timeout: float, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        if timeout <= 0:
            raise CheckTimeout
        loop = asyncio.get_running_loop()
        future = loop.run_in_executor(self.executor, functools.partial(fn, *args, **kwargs))
        try:
            return await asyncio.wait_for(future, timeout)
        except (asyncio.TimeoutError, TimeoutError):
            raise CheckTimeout from None

    def shutdown(self) -> None:
        self.executor.shutdown(wait=False, cancel_futures=True)
