"""Standard Webhooks signature verification for the pre-save hook.

The platform signs each call: `webhook-signature: v1,<base64 HMAC-SHA256(key,
"{webhook-id}.{webhook-timestamp}.{raw body}")>`, where the key is the base64 part of
`whsec_<base64>`. Several space-separated signatures are allowed so that a key can be
rotated without downtime. A timestamp outside the tolerance (default ±5 minutes) and a
`webhook-id` already seen within that window are rejected: a captured request cannot be
replayed. An id is remembered once its signature is verified and forgotten again if we
fail to answer the call (5xx), since a sender's retry carries the same id.

The replay cache is bounded in time (entries expire with the tolerance window, after
which the timestamp check rejects the request anyway) and in size (oldest entries are
dropped first). It is per worker process: with several workers a replay could reach a
worker that has not seen the id; deployments that need more put the workers behind a
single-worker pre-save instance or keep the window short.
"""
from __future__ import annotations

import base64
import hashlib
import hmac
import threading
import time
from collections import OrderedDict
from typing import Callable, Mapping


class SignatureError(Exception):
    """Why a request was rejected (Swedish, shown to the caller; never contains the body)."""


def sign(key: bytes, msg_id: str, timestamp: int | str, body: bytes) -> str:
    """The `v1,<base64>` signature of one request (used by tests, docs and the benchmark)."""
    to_sign = f"{msg_id}.{timestamp}.".encode() + body
    return "v1," + base64.b64encode(hmac.new(key, to_sign, hashlib.sha256).digest()).decode()


class ReplayCache:
    """Message ids seen recently: bounded by `max_size` and by `ttl` seconds."""

    def __init__(self, max_size: int, ttl: float, clock: Callable[[], float] = time.monotonic) -> None:
        self.max_size = max_size
        self.ttl = ttl
        self.clock = clock
        self._seen: OrderedDict[str, float] = OrderedDict()
        self._lock = threading.Lock()

    def __len__(self) -> int:
        return len(self._seen)

    def add(self, msg_id: str) -> bool:
        """Record `msg_id`; False if it was already seen within the window."""
        now = self.clock()
        with self._lock:
            while self._seen:
                oldest, expires = next(iter(self._seen.items()))
                if expires > now:
                    break
                del self._seen[oldest]
            if msg_id in self._seen:
                return False
            self._seen[msg_id] = now + self.ttl
            while len(self._seen) > self.max_size:
                self._seen.popitem(last=False)
            return True

    def forget(self, msg_id: str) -> None:
        """Drop an id whose call failed on our side, so that the sender's retry (Standard
        Webhooks retries reuse the id) is not taken for a replay."""
        with self._lock:
            self._seen.pop(msg_id, None)


class WebhookVerifier:
    def __init__(
        self,
        key: bytes,
        *,
        tolerance: int = 300,
        cache_size: int = 100_000,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.key = key
        self.tolerance = tolerance
        self.clock = clock
        # Entries must outlive the whole window a timestamp can be accepted in: ±tolerance.
        self.replays = ReplayCache(cache_size, 2 * tolerance + 1)

    def verify(self, headers: Mapping[str, str], body: bytes) -> str:
        """Check the headers against the raw body; return the message id or raise."""
        msg_id = headers.get("webhook-id")
        ts = headers.get("webhook-timestamp")
        sigs = headers.get("webhook-signature")
        missing = [h for h, v in (("webhook-id", msg_id), ("webhook-timestamp", ts), ("webhook-signature", sigs)) if not v]
        if missing:
            raise SignatureError(f"Anropet saknar signaturhuvud: {', '.join(missing)}.")
        if len(msg_id) > 256:
            raise SignatureError("webhook-id är för långt (högst 256 tecken).")
        try:
            stamp = int(ts)
        except ValueError:
            raise SignatureError("webhook-timestamp ska vara ett heltal (sekunder sedan 1970).") from None
        now = self.clock()
        if abs(now - stamp) > self.tolerance:
            raise SignatureError(
                f"webhook-timestamp ligger mer än {self.tolerance} sekunder från serverns klocka."
            )
        expected = sign(self.key, msg_id, ts, body).split(",", 1)[1]
        ok = False
        for candidate in sigs.split():
            version, _, value = candidate.partition(",")
            if version == "v1" and hmac.compare_digest(value.encode(), expected.encode()):
                ok = True
        if not ok:
            raise SignatureError("Signaturen stämmer inte med anropets innehåll och nyckel.")
        if not self.replays.add(msg_id):
            raise SignatureError("Det här webhook-id har redan använts (upprepat anrop avvisas).")
        return msg_id
