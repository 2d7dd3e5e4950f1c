"""The service over a real socket: `skrivvakt serve` started as a subprocess on 127.0.0.1
with a free port, exercised with httpx, its JSON log read back from its stderr."""
from __future__ import annotations

import base64
import json
import time

import httpx
import pytest

from service.testing import ServerFailed, serve_subprocess
from service.webhooks import sign

KEY = b"socket-test-key-0123456789abcdef"
MARKER = "Vindruvsson"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("serve")
    log_path = tmp / "service.log"
    env = {"SKRIVVAKT_WEBHOOK_SECRET": "whsec_" + base64.b64encode(KEY).decode()}
    with open(log_path, "wb") as log:
        try:
            with serve_subprocess(env=env, cwd=tmp, output=log) as base:
                yield base, log_path
        except ServerFailed as exc:
            pytest.fail(f"{exc}: {log_path.read_text(errors='replace')[-2000:]}")


@pytest.fixture(scope="module")
def client(server):
    base, _ = server
    with httpx.Client(base_url=base, timeout=30) as c:
        yield c


def test_health_and_ready(client):
    assert client.get("/healthz").json()["status"] == "ok"
    assert client.get("/readyz").json()["status"] == "ready"


def test_check_over_socket_matches_the_library(client, checker):
    text = f"{MARKER} är lat och hade hög frånvaro. Hen fick betyget E 🙂."
    r = client.post("/v1/check", json={"text": text})
    assert r.status_code == 200
    assert r.json() == json.loads(checker.check(text).model_dump_json())


def test_html_offsets_over_socket(client):
    html = '<div title="lat"><p>Eleven &auml;r <em>lat</em>.</p></div>'
    r = client.post("/v1/check", json={"text": html, "content_type": "text/html"})
    findings = r.json()["findings"]
    assert findings and all(html[f["start"]:f["end"]] == f["quote"] for f in findings)
    assert all(f["start"] > html.index("<p>") for f in findings)


def _headers(body: bytes, msg_id: str, ts: int | None = None) -> dict[str, str]:
    stamp = str(int(time.time()) if ts is None else ts)
    return {"webhook-id": msg_id, "webhook-timestamp": stamp, "webhook-signature": sign(KEY, msg_id, stamp, body),
            "content-type": "application/json"}


def test_signed_pre_save_accept_replay_expiry(client):
    body = json.dumps({"uid": "sock-1", "text": f"{MARKER} är en idiot."}).encode()
    h = _headers(body, "sock-msg-1")
    r = client.post("/v1/hooks/pre-save", content=body, headers=h)
    assert r.status_code == 200
    assert r.json()["uid"] == "sock-1" and r.json()["decision"] == "block" and r.json()["allowed"] is False
    assert client.post("/v1/hooks/pre-save", content=body, headers=h).status_code == 401  # replay
    old = _headers(body, "sock-msg-2", ts=int(time.time()) - 600)
    assert client.post("/v1/hooks/pre-save", content=body, headers=old).status_code == 401
    unsigned = client.post("/v1/hooks/pre-save", content=body, headers={"content-type": "application/json"})
    assert unsigned.status_code == 401


def test_languagetool_over_socket(client):
    text = "🎉 Eleven är lat."
    r = client.post("/v2/check", data={"text": text, "language": "sv-SE"})
    assert r.status_code == 200
    m = r.json()["matches"][0]
    assert text.encode("utf-16-le")[2 * m["offset"]:2 * (m["offset"] + m["length"])].decode("utf-16-le") == "lat"
    assert client.get("/v2/languages").json()[0]["longCode"] == "sv-SE"


def test_redact_over_socket(client):
    r = client.post("/v1/redact", json={"text": "Ring mamman på 070-123 45 67."})
    assert r.status_code == 200
    assert "070-123 45 67" not in r.json()["text"] and r.json()["findings"]


def test_body_limit_over_socket(client):
    r = client.post("/v1/check", content=b'{"text": "' + b"a" * (1 << 20) + b'"}',
                    headers={"content-type": "application/json"})
    assert r.status_code == 413


def test_metrics_rules_docs_page(client):
    assert "skrivvakt_http_requests_total" in client.get("/metrics").text
    assert client.get("/v1/rules").json()
    assert client.get("/openapi.json").json()["info"]["title"] == "Skrivvakt"
    page = client.get("/")
    assert page.status_code == 200 and "default-src 'self'" in page.headers["content-security-policy"]


def test_log_is_json_and_has_no_text(client, server):
    _, log_path = server
    client.post("/v1/check", json={"text": f"{MARKER} 121212-1212"})
    client.post("/v1/check", json={"text": 5})
    time.sleep(0.5)  # let the last log line reach the file; nothing is asserted about time
    lines = [ln for ln in log_path.read_text(encoding="utf-8").splitlines() if ln.strip()]
    entries = [json.loads(ln) for ln in lines]  # every line is JSON
    requests = [e for e in entries if e.get("event") == "request"]
    assert len(requests) >= 5
    assert all({"request_id", "status", "duration_ms", "route"} <= set(e) for e in requests)
    assert any(e.get("rule_ids") for e in requests)
    text = log_path.read_text(encoding="utf-8")
    for secret in (MARKER, "121212-1212", "idiot"):
        assert secret not in text


def test_time_limit_over_socket(tmp_path):
    """A server whose time limit no check can meet answers 503 with an explanation – and
    keeps answering – instead of hanging."""
    env = {"SKRIVVAKT_TIMEOUT_SECONDS": "0.001"}
    with serve_subprocess(env=env, cwd=tmp_path) as base, httpx.Client(base_url=base, timeout=30) as c:
        text = "Eleven kan föra enkla resonemang om orsaker och konsekvenser. " * 1500
        for _ in range(3):
            r = c.post("/v1/check", json={"text": text})
            assert r.status_code == 503
            assert "tidsgränsen" in r.json()["detail"] and r.headers.get("retry-after")
        assert c.get("/healthz").status_code == 200
        assert "skrivvakt_check_timeouts_total 3.0" in c.get("/metrics").text
