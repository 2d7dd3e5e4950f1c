"""The teacher's editor page and the embeddable widget, driven in real headless Chromium.

The real service (`service.app:create_app`) runs under uvicorn on a free loopback port;
expected messages, suggestions and redactions are asked from that same service over
HTTP, so nothing here hard-codes what a rule says. Every request the browser makes is
recorded, and each test ends by asserting that none left the service's origin (or, for
the cross-origin widget test, the host page's origin).

Screenshots go to artifacts/ (gitignored; CI keeps them as artifacts).
"""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import threading
import time
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import urlsplit

import httpx
import pytest

CHROMIUM = Path("/usr/bin/chromium")
ROOT = Path(__file__).resolve().parents[1]
ARTIFACTS = ROOT / "artifacts"
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
]

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not CHROMIUM.exists(),
                       reason="browser tests need Debian's chromium at /usr/bin/chromium "
                              "(apt-get install chromium); .ci/run installs it"),
]

# A judgment, an absence and a personnummer (valid check digit) about the student Kalle.
# The emoji before the findings makes code-point and UTF-16 offsets differ.
TEXT = "Kalle 🙂 är lat och har hög frånvaro. Hans personnummer är 120315-1236."
FIXED = "Kalle 🙂 kan föra enkla resonemang om hur ljus bryts i en lins."
NAMES = "Kalle"
EXPECTED = {"person_judgment": "lat", "attendance": "frånvaro", "identifier": "120315-1236"}


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _origin(url: str) -> str:
    parts = urlsplit(url)
    return f"{parts.scheme}://{parts.netloc}"


class HostPage:
    """A stand-in for the school platform: static pages on another loopback origin."""

    def __init__(self, directory: Path) -> None:
        handler = partial(_QuietHandler, directory=str(directory))
        self.server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
        self.origin = f"http://127.0.0.1:{self.server.server_address[1]}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> "HostPage":
        self.thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self.server.shutdown()
        self.server.server_close()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:  # keep test output clean
        pass


@pytest.fixture(scope="module")
def host_dir(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("host")


@pytest.fixture(scope="module")
def host(host_dir):
    with HostPage(host_dir) as page:
        yield page


@pytest.fixture(scope="module")
def service(host):
    """The real service in a subprocess; CORS allows the stand-in host platform."""
    port = _free_port()
    env = dict(os.environ, SKRIVVAKT_CORS_ORIGINS=host.origin)
    env.pop("SKRIVVAKT_API_KEYS", None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "uvicorn", "--factory", "service.app:create_app",
         "--host", "127.0.0.1", "--port", str(port), "--log-level", "warning"],
        cwd=ROOT, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
    )
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 180
    try:
        while True:
            if proc.poll() is not None:
                pytest.fail("the service did not start:\n" + proc.stderr.read().decode(errors="replace"))
            try:
                if httpx.get(base + "/readyz", timeout=2).status_code == 200:
                    break
            except httpx.TransportError:
                pass
            if time.monotonic() > deadline:
                pytest.fail("the service did not become ready within 180 s")
            time.sleep(0.3)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()


@pytest.fixture(scope="module")
def api(service):
    with httpx.Client(base_url=service, timeout=30) as client:
        yield client


@pytest.fixture(scope="module")
def browser():
    from playwright.sync_api import sync_playwright

    ARTIFACTS.mkdir(exist_ok=True)
    with sync_playwright() as pw:
        b = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield b
        b.close()


class Recorder:
    """Every request, console error and CSP violation of one page."""

    def __init__(self, page) -> None:
        self.requests: list[str] = []
        self.errors: list[str] = []
        page.on("request", lambda r: self.requests.append(r.url))
        page.on("console", lambda m: m.type == "error" and self.errors.append(m.text))
        page.on("pageerror", lambda e: self.errors.append(str(e)))

    def assert_only(self, *origins: str) -> None:
        outside = [u for u in self.requests if _origin(u) not in origins]
        assert not outside, f"requests outside {origins}: {outside}"
        assert self.requests, "no request was recorded at all"
        assert not self.errors, f"errors in the browser console: {self.errors}"


@pytest.fixture
def page(browser, service):
    context = browser.new_context(viewport={"width": 1200, "height": 900}, locale="sv-SE")
    pg = context.new_page()
    pg.set_default_timeout(15_000)
    pg.recorder = Recorder(pg)
    yield pg
    context.close()


def _open_editor(page, service):
    page.goto(service + "/")
    editor = page.locator("[data-skrivvakt-editor]")
    editor.wait_for()
    return editor


def _wait_idle(page):
    """Until the last check has answered for the text now in the element."""
    page.wait_for_function("() => document.querySelector('[aria-busy=\"true\"]') === null")


def _marks(page, scope: str = "") -> list[dict]:
    return page.eval_on_selector_all(
        f"{scope} mark[data-category]".strip(),
        "ms => ms.map(m => ({category: m.dataset.category, rule: m.dataset.ruleId,"
        " text: m.textContent, label: m.getAttribute('aria-label')}))")


def _expected_findings(api, text: str, names: list[str]) -> list[dict]:
    res = api.post("/v1/check", json={"text": text, "subject_names": names})
    res.raise_for_status()
    return res.json()["findings"]


def test_page_underlines_explains_clears_and_redacts(page, service, api):
    editor = _open_editor(page, service)
    assert page.locator("html").get_attribute("lang") == "sv"
    page.fill("#names", NAMES)
    editor.click()
    page.keyboard.type(TEXT)

    expected = _expected_findings(api, TEXT, [NAMES])
    assert {f["category"]: f["quote"] for f in expected} == EXPECTED, "the service's own answer changed"
    page.wait_for_function("n => document.querySelectorAll('mark[data-category]').length === n",
                           arg=len(expected))
    _wait_idle(page)
    marks = _marks(page)
    assert [(m["category"], m["rule"], m["text"]) for m in marks] == [
        (f["category"], f["rule_id"], f["quote"]) for f in expected]
    for mark, finding in zip(marks, expected):
        assert finding["message"] in mark["label"], "a highlight's accessible name carries its message"

    # Hovering a highlight explains it: message, suggestion and where it belongs.
    for finding in expected:
        page.hover(f'mark[data-rule-id="{finding["rule_id"]}"]', force=True)
        popover = page.locator(".skrivvakt-popover")
        popover.wait_for(state="visible")
        shown = popover.inner_text()
        assert finding["message"] in shown
        if finding["suggestion"]:
            assert finding["suggestion"] in shown
        if finding["belongs_in"]:
            assert finding["belongs_in"] in shown
    page.mouse.move(5, 5)

    # The side panel lists the findings in text order, and the counters add up.
    entries = page.locator("[data-finding]")
    assert entries.evaluate_all("es => es.map(e => e.dataset.category)") == [f["category"] for f in expected]
    for category in EXPECTED:
        assert page.locator(f'[data-count="{category}"]').inner_text() == "1"
    assert page.locator('[data-count="offensive"]').inner_text() == "0"
    live = page.locator("#live")
    assert live.get_attribute("aria-live") == "polite"
    assert "markering" in live.inner_text(), "new findings are announced"

    page.screenshot(path=str(ARTIFACTS / "editor.png"), full_page=True)

    # Fixing the text removes every highlight, entry and count.
    editor.press("Control+a")
    page.keyboard.type(FIXED)
    assert _expected_findings(api, FIXED, [NAMES]) == []
    page.wait_for_function("() => document.querySelectorAll('mark[data-category]').length === 0")
    _wait_idle(page)
    page.wait_for_function("() => document.querySelectorAll('[data-finding]').length === 0")
    assert page.locator('[data-count="identifier"]').inner_text() == "0"
    page.wait_for_function("() => /Inga markeringar/.test(document.getElementById('live').textContent)")

    # Redaction replaces the identifiers with what the service's redaction returns.
    editor.press("Control+a")
    page.keyboard.type(TEXT)
    page.wait_for_selector('mark[data-category="identifier"]')
    redacted = api.post("/v1/redact", json={"text": TEXT, "subject_names": [NAMES]}).json()["text"]
    assert redacted != TEXT and "120315-1236" not in redacted
    page.get_by_role("button", name="Redigera personuppgifter").click()
    page.wait_for_function("t => document.querySelector('[data-skrivvakt-editor]').value === t", arg=redacted)
    page.wait_for_function(
        "() => document.querySelectorAll('mark[data-category=\"identifier\"]').length === 0")
    assert page.locator("#live").inner_text().startswith("1 personuppgift")
    page.screenshot(path=str(ARTIFACTS / "editor-redacted.png"), full_page=True)
    # The redaction is one undo step away.
    editor.press("Control+z")
    assert editor.input_value() == TEXT

    page.recorder.assert_only(service)


def test_keyboard_only_reaches_findings_and_moves_the_caret(page, service, api):
    _open_editor(page, service)
    page.keyboard.press("Tab")  # skip link
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.id") == "names"
    page.keyboard.type(NAMES)
    page.keyboard.press("Tab")
    assert page.evaluate("document.activeElement.hasAttribute('data-skrivvakt-editor')")
    page.keyboard.type(TEXT)
    expected = _expected_findings(api, TEXT, [NAMES])
    page.wait_for_function("n => document.querySelectorAll('[data-finding]').length === n", arg=len(expected))

    # Tab onwards to the last entry of the findings list and activate it with Enter.
    target = expected[-1]
    for _ in range(10):
        page.keyboard.press("Tab")
        if page.evaluate("document.activeElement.hasAttribute('data-finding')"):
            break
    assert page.evaluate("document.activeElement.hasAttribute('data-finding')"), "list not reachable by Tab"
    while page.evaluate("document.activeElement.dataset.ruleId") != target["rule_id"]:
        page.keyboard.press("Tab")
    page.keyboard.press("Enter")

    # The caret is in the writing area, on the finding (UTF-16 indices after the emoji).
    state = page.evaluate("""() => { const t = document.activeElement;
        return {editor: t.hasAttribute('data-skrivvakt-editor'),
                selected: t.value.substring(t.selectionStart, t.selectionEnd),
                describedby: t.getAttribute('aria-describedby') || ''}; }""")
    assert state["editor"] and state["selected"] == target["quote"]
    popover = page.locator(".skrivvakt-popover")
    assert popover.is_visible() and target["message"] in popover.inner_text()
    assert popover.get_attribute("id") in state["describedby"].split()

    # Escape dismisses the explanation without moving focus.
    page.keyboard.press("Escape")
    assert popover.is_hidden()
    assert page.evaluate("document.activeElement.hasAttribute('data-skrivvakt-editor')")

    # The caret on the judgment (found by typing, not by the list) explains that one.
    judgment = next(f for f in expected if f["category"] == "person_judgment")
    page.keyboard.press("Control+Home")
    # Into the quote: one arrow press per character as the teacher sees it (the emoji is one).
    for _ in range(judgment["start"] + 1):
        page.keyboard.press("ArrowRight")
    page.wait_for_function("m => document.querySelector('.skrivvakt-popover').textContent.includes(m)",
                           arg=judgment["message"])
    page.recorder.assert_only(service)


def test_highlights_scroll_with_a_long_text(page, service, api):
    editor = _open_editor(page, service)
    filler = "".join(f"Rad {i}: eleven kan förklara hur ljus bryts i en lins.\n" for i in range(1, 41))
    text = filler + "Sist: hen har hög frånvaro."
    editor.fill(text)
    finding = next(f for f in _expected_findings(api, text, []) if f["category"] == "attendance")
    page.click(f'[data-finding][data-rule-id="{finding["rule_id"]}"]')
    # The text area scrolled to the finding, and the highlight scrolled with it.
    geometry = page.evaluate("""() => {
        const t = document.querySelector('[data-skrivvakt-editor]').getBoundingClientRect();
        const m = document.querySelector('mark[data-category="attendance"]').getBoundingClientRect();
        return {scrollTop: document.querySelector('[data-skrivvakt-editor]').scrollTop,
                inside: m.top >= t.top && m.bottom <= t.bottom}; }""")
    assert geometry["scrollTop"] > 0 and geometry["inside"]
    selected = page.evaluate("() => { const t = document.activeElement;"
                             " return t.value.substring(t.selectionStart, t.selectionEnd); }")
    assert selected == finding["quote"]
    page.recorder.assert_only(service)


def test_results_for_old_text_are_dropped(page, service):
    """A request in flight is cancelled once newer text exists; its answer never lands."""
    held = []
    failed = []
    page.on("requestfailed", lambda r: failed.append(r.post_data_json["text"] if r.post_data else None))

    def hold_first(route):
        if not held:
            held.append(route)  # the answer for the first text is held back …
        else:
            route.continue_()

    page.route("**/v1/check", hold_first)
    editor = _open_editor(page, service)
    editor.click()
    editor.fill("Kalle är lat.")  # one input event, so exactly one request for this text
    deadline = time.monotonic() + 10
    while not held and time.monotonic() < deadline:
        page.wait_for_timeout(50)
    assert held, "the page never asked the service"
    page.keyboard.type(" Han har hög frånvaro.")
    page.wait_for_selector('mark[data-category="attendance"]')
    assert "Kalle är lat." in failed, "the stale request was not cancelled"
    try:  # … and released only now: the browser has already cancelled it
        held[0].continue_()
    except Exception:
        pass
    page.wait_for_timeout(300)
    texts = page.eval_on_selector_all("mark[data-category]", "ms => ms.map(m => m.textContent)")
    assert "frånvaro" in texts and "lat" in texts


def test_readable_on_a_phone(browser, service):
    context = browser.new_context(viewport={"width": 360, "height": 740}, is_mobile=True,
                                  has_touch=True, device_scale_factor=2)
    pg = context.new_page()
    rec = Recorder(pg)
    pg.goto(service + "/")
    pg.fill("#names", NAMES)
    pg.fill("[data-skrivvakt-editor]", TEXT)
    pg.wait_for_function("() => document.querySelectorAll('[data-finding]').length === 3")
    geometry = pg.evaluate("""() => ({
        scroll: document.documentElement.scrollWidth, width: window.innerWidth,
        editorBottom: document.querySelector('[data-skrivvakt-editor]').getBoundingClientRect().bottom,
        listTop: document.querySelector('[data-finding]').getBoundingClientRect().top})""")
    assert geometry["scroll"] <= geometry["width"], "the page scrolls sideways on a phone"
    assert geometry["listTop"] > geometry["editorBottom"], "the findings should follow the text on a phone"
    font = pg.eval_on_selector("[data-skrivvakt-editor]", "t => parseFloat(getComputedStyle(t).fontSize)")
    assert font >= 16, "a smaller font makes phones zoom in when the teacher starts typing"
    pg.screenshot(path=str(ARTIFACTS / "editor-phone.png"), full_page=True)
    rec.assert_only(service)
    context.close()


def test_widget_on_the_demo_host_page(page, service, api):
    page.goto(service + "/static/widget-demo.html")
    page.fill("#student", "Omar")
    textarea_text = "Omar är lat. Ring mamma på 070-123 45 67."
    page.click("#note")
    page.keyboard.type(textarea_text)

    # The contenteditable keeps its formatting; the text goes after the bold words.
    page.click("#rich b")
    page.keyboard.press("End")
    added = " Han fick betyget F. Hans personnummer är 120315-1236."
    page.keyboard.type(added)

    expected_note = _expected_findings(api, textarea_text, ["Omar"])
    assert expected_note, "the demo text should have findings"
    panels = page.locator(".skrivvakt-panel")
    assert panels.count() == 2
    page.wait_for_function(
        "n => document.querySelectorAll('.skrivvakt-panel')[0].querySelectorAll('[data-finding]').length === n",
        arg=len(expected_note))
    note_marks = page.evaluate("""() => Array.from(
        document.querySelector('#note').nextElementSibling.querySelectorAll('mark'))
        .map(m => [m.dataset.category, m.dataset.ruleId, m.textContent])""")
    assert note_marks == [[f["category"], f["rule_id"], f["quote"]] for f in expected_note]

    # For the contenteditable, the widget's marks cover the words without entering the host's HTML.
    page.wait_for_function(
        "() => document.querySelector('#rich').nextElementSibling.querySelector('mark[data-category=\"grade\"]')"
        " && document.querySelector('#rich').nextElementSibling.querySelector('mark[data-category=\"identifier\"]')")
    assert "<mark" not in page.inner_html("#rich")
    assert page.locator("#rich b").count() == 1
    boxes = page.evaluate("""() => {
        const m = document.querySelector('#rich').nextElementSibling.querySelector('mark[data-category="grade"]');
        const r = m.firstElementChild.getBoundingClientRect(), host = document.querySelector('#rich').getBoundingClientRect();
        return {inside: r.top >= host.top && r.bottom <= host.bottom && r.left >= host.left, width: r.width}; }""")
    assert boxes["inside"] and boxes["width"] > 10

    # Choosing a finding in the contenteditable's panel selects its words there.
    rich_panel = page.locator(".skrivvakt-panel").nth(1)
    rich_panel.locator('[data-finding][data-category="grade"]').click()
    selected = page.evaluate("() => [document.activeElement.id, String(window.getSelection())]")
    assert selected[0] == "rich" and "betyg" in selected[1].lower()
    # … and explains them right below the words, also when pointed at with the mouse.
    box = page.locator('#rich + .skrivvakt-overlay mark[data-category="grade"] .skrivvakt-box').first.bounding_box()
    popover = page.locator(".skrivvakt-popover:visible")
    assert "betyg" in popover.inner_text().lower()
    assert 0 <= popover.bounding_box()["y"] - (box["y"] + box["height"]) < 30
    page.keyboard.press("Escape")
    page.mouse.move(box["x"] + box["width"] / 2, box["y"] + box["height"] / 2)
    grade = next(f for f in _expected_findings(api, page.evaluate("document.querySelector('#rich').innerText"),
                                               ["Omar"]) if f["category"] == "grade")
    page.wait_for_function("m => Array.from(document.querySelectorAll('.skrivvakt-popover'))"
                           ".some(p => !p.hidden && p.textContent.includes(m))", arg=grade["message"])

    # The highlights follow the contenteditable when the panel above it grows.
    page.keyboard.press("Escape")
    before = page.locator("#rich").bounding_box()["y"]
    page.click("#note")
    page.keyboard.press("Control+End")
    page.keyboard.type(" Han har hög frånvaro.")
    page.wait_for_selector('#note + .skrivvakt-overlay mark[data-category="attendance"]')
    page.wait_for_function("y => document.querySelector('#rich').getBoundingClientRect().top + scrollY > y + 10",
                           arg=before)
    page.wait_for_function("""() => {
        const host = document.querySelector('#rich').getBoundingClientRect();
        const boxes = document.querySelectorAll('#rich + .skrivvakt-overlay .skrivvakt-box');
        return boxes.length > 0 && Array.from(boxes).every(b => {
            const r = b.getBoundingClientRect(); return r.top >= host.top && r.bottom <= host.bottom; }); }""")

    page.screenshot(path=str(ARTIFACTS / "widget-demo.png"), full_page=True)

    # Redaction in the contenteditable replaces the personnummer in place, formatting intact.
    rich_panel.get_by_role("button", name="Redigera personuppgifter").click()
    page.wait_for_function("() => !document.querySelector('#rich').textContent.includes('120315-1236')")
    assert page.locator("#rich b").inner_text().strip() == "egna ord"
    assert "[" in page.inner_text("#rich")
    page.recorder.assert_only(service)


def test_widget_embedded_cross_origin_with_two_lines(page, service, host, host_dir):
    """The platform's own page on another origin: a script tag and an attribute."""
    (host_dir / "platform.html").write_text(
        "<!doctype html><html lang='sv'><head><meta charset='utf-8'><link rel='icon' href='data:,'>"
        f"<script src='{service}/static/skrivvakt-widget.js' defer></script></head><body>"
        "<label for='t'>Anteckning</label><textarea id='t' data-skrivvakt rows='5' cols='60'></textarea>"
        "</body></html>", encoding="utf-8")
    page.goto(host.origin + "/platform.html")
    page.click("#t")
    page.keyboard.type("Eleven har hög frånvaro och fick betyget E.")
    page.wait_for_selector('mark[data-category="attendance"]')
    page.wait_for_selector('mark[data-category="grade"]')
    calls = [u for u in page.recorder.requests if u.endswith("/v1/check")]
    assert calls and all(_origin(u) == service for u in calls)
    page.recorder.assert_only(service, host.origin)


def test_offset_helpers_in_the_browser(page, service):
    """The pure helpers, run by the browser's own JavaScript engine on tricky input."""
    _open_editor(page, service)
    text = "🙂🙂 Ring 070-123 45 67, pnr 120315-1236. 👍"
    cps = list(text)
    out = page.evaluate(
        """([text, n]) => { const f = window.Skrivvakt._codePointToUtf16Index(text);
            return Array.from({length: n + 1}, (_, i) => f(i)); }""", [text, len(cps)])
    assert out == [len("".join(cps[:i]).encode("utf-16-le")) // 2 for i in range(len(cps) + 1)]

    # Two identifiers, emoji before them: each gets its own replacement, in UTF-16 offsets.
    phone, pnr = "070-123 45 67", "120315-1236"
    findings = [{"start": text.index(x), "end": text.index(x) + len(x)} for x in (phone, pnr)]
    after = text.replace(phone, "[TELEFON]").replace(pnr, "[PERSONNUMMER]")
    pieces = page.evaluate(
        """([b, a, fs]) => window.Skrivvakt._alignRedaction(b, a, fs, window.Skrivvakt._codePointToUtf16Index(b))""",
        [text, after, findings])
    u16 = lambda i: len(text[:i].encode("utf-16-le")) // 2  # noqa: E731
    assert pieces == [[u16(f["start"]), u16(f["end"]), r] for f, r in zip(findings, ["[TELEFON]", "[PERSONNUMMER]"])]
    # A redaction that does not fit the findings is refused rather than half applied.
    assert page.evaluate(
        """([b, fs]) => window.Skrivvakt._alignRedaction(b, 'något helt annat', fs,
             window.Skrivvakt._codePointToUtf16Index(b))""", [text, findings]) is None
    assert page.evaluate("window.Skrivvakt._splitNames('Kalle Ek, Lisa och Omar;Sara')") == [
        "Kalle Ek", "Lisa", "Omar", "Sara"]
