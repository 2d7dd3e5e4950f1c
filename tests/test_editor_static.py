"""The editor page's files, read as files: everything they load comes from the service
itself (no CDN, no external fonts) and nothing needs 'unsafe-inline' under the page's CSP.
The browser tests check the same at run time by recording every request."""
from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

import pytest

STATIC = Path(__file__).resolve().parents[1] / "service" / "static"
PAGES = sorted(STATIC.glob("*.html"))
STYLES = sorted(STATIC.glob("*.css"))
SCRIPTS = sorted(STATIC.glob("*.js"))


class _Refs(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.refs: list[str] = []
        self.problems: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        for name in ("src", "href", "action", "poster", "data"):
            if attrs.get(name) is not None:
                self.refs.append(attrs[name])
        for name in attrs:
            if name == "style" or name.startswith("on"):
                self.problems.append(f"<{tag} {name}=…> is blocked by the CSP")
        if tag == "script":
            self._in_script = True
            if "src" not in attrs:
                self.problems.append("inline <script> is blocked by the CSP")
        if tag == "style":
            self.problems.append("<style> element is blocked by the CSP")

    def handle_endtag(self, tag):
        if tag == "script":
            self._in_script = False


def test_the_page_and_the_demo_exist():
    names = {p.name for p in PAGES}
    assert {"index.html", "widget-demo.html"} <= names
    assert (STATIC / "skrivvakt-widget.js").is_file()


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_pages_load_only_local_files_and_need_no_inline_code(page):
    parser = _Refs()
    parser.feed(page.read_text(encoding="utf-8"))
    assert not parser.problems
    external = [r for r in parser.refs if re.match(r"^(?:[a-z][a-z0-9+.-]*:)?//", r, re.I)]
    assert not external, f"{page.name} loads from outside the service: {external}"
    missing = [r for r in parser.refs
               if not r.startswith("#") and not (STATIC / Path(r).name).is_file()]
    assert not missing, f"{page.name} refers to files that are not served: {missing}"


@pytest.mark.parametrize("style", STYLES, ids=lambda p: p.name)
def test_styles_import_nothing_and_use_no_remote_fonts(style):
    css = style.read_text(encoding="utf-8")
    assert "@import" not in css
    assert "@font-face" not in css, "fonts would have to be served by the service"
    assert not re.search(r"url\(\s*['\"]?(?:[a-z]+:)?//", css, re.I)


@pytest.mark.parametrize("script", SCRIPTS, ids=lambda p: p.name)
def test_scripts_call_only_the_configured_service(script):
    code = script.read_text(encoding="utf-8")
    code_only = re.sub(r"(?ms)/\*.*?\*/|^\s*//.*?$", "", code)
    assert not re.search(r"['\"](?:https?:)?//", code_only), "a hard-coded URL in the code"
    assert "eval(" not in code_only and "new Function" not in code_only
    assert "innerHTML" not in code_only, "text from the service is inserted as text, never as HTML"
