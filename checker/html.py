"""Check HTML (what rich-text editors send): only the visible text is checked, and the
findings' offsets point into the HTML string the caller sent.

The visible text is extracted with the standard library's HTMLParser (charrefs not
converted, so every piece of text keeps its position); entities are decoded and map to
their whole `&…;` source; tags, attributes, comments, <script>, <style> and <template>
contribute nothing. Block-level tags become line breaks so sentences do not run together.
"""
from __future__ import annotations

import html as html_lib
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Iterable

from .models import Finding, Report

_HIDDEN = frozenset({"script", "style", "template", "head", "title", "noscript"})
_BLOCK = frozenset({
    "address", "article", "aside", "blockquote", "br", "dd", "div", "dl", "dt", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header",
    "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "td", "th", "tr", "ul",
})


@dataclass(slots=True)
class VisibleText:
    text: str
    starts: list[int]  # per character of `text`: its source span in the HTML
    ends: list[int]

    def to_source(self, start: int, end: int) -> tuple[int, int]:
        return self.starts[start], self.ends[end - 1]


class _Extractor(HTMLParser):
    def __init__(self, source: str) -> None:
        super().__init__(convert_charrefs=False)
        self.source = source
        self.line_starts = [0] + [i + 1 for i, ch in enumerate(source) if ch == "\n"]
        self.out: list[str] = []
        self.starts: list[int] = []
        self.ends: list[int] = []
        self.hidden = 0

    def _offset(self) -> int:
        line, col = self.getpos()
        return self.line_starts[line - 1] + col

    def _emit(self, chars: str, start: int, end: int) -> None:
        for ch in chars:
            self.out.append(ch)
            self.starts.append(start)
            self.ends.append(end)

    def _break(self) -> None:
        if self.out and self.out[-1] != "\n":
            pos = self._offset()
            end = self.source.find(">", pos)
            self._emit("\n", pos, (end + 1) if end >= 0 else pos + 1)

    def handle_starttag(self, tag, attrs):
        if tag in _HIDDEN:
            self.hidden += 1
        elif tag in _BLOCK:
            self._break()

    def handle_startendtag(self, tag, attrs):
        if tag in _BLOCK:
            self._break()

    def handle_endtag(self, tag):
        if tag in _HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK:
            self._break()

    def handle_data(self, data):
        if self.hidden:
            return
        pos = self._offset()
        for i, ch in enumerate(data):
            self.out.append(ch)
            self.starts.append(pos + i)
            self.ends.append(pos + i + 1)

    def _ref(self, raw_prefix: str, name: str) -> None:
        if self.hidden:
            return
        pos = self._offset()
        length = len(raw_prefix) + len(name)
        if self.source.startswith(";", pos + length):
            length += 1
        raw = self.source[pos:pos + length]
        decoded = html_lib.unescape(raw)
        self._emit(decoded, pos, pos + length)

    def parse_html_declaration(self, i):
        # A malformed marked section ("<![" and no name after it) makes the standard library's
        # _markupbase raise AssertionError (found by the fuzzer). Browsers read it as a bogus
        # comment up to the next ">"; with no ">" the parser is told it is incomplete, and at the
        # end it passes the rest on as text. (_markupbase moves the position before it raises: put
        # it back, or every later offset is off.)
        pos = self.getpos()
        try:
            return super().parse_html_declaration(i)
        except AssertionError:
            self.lineno, self.offset = pos
            j = self.rawdata.find(">", i + 2)
            return j + 1 if j >= 0 else -1

    def handle_entityref(self, name):
        self._ref("&", name)

    def handle_charref(self, name):
        self._ref("&#", name)


def visible_text(source: str) -> VisibleText:
    parser = _Extractor(source)
    parser.feed(source)
    parser.close()
    return VisibleText("".join(parser.out), parser.starts, parser.ends)


def map_findings(findings: Iterable[Finding], vt: VisibleText, source: str) -> list[Finding]:
    """Move findings from offsets in the visible text to offsets in the HTML source."""
    out = []
    for f in findings:
        start, end = vt.to_source(f.start, f.end)
        out.append(f.model_copy(update={"start": start, "end": end, "quote": source[start:end]}))
    return out


def check_html(checker, source: str, **kwargs) -> Report:
    """`checker.check` for HTML: visible text only, offsets into `source`."""
    vt = visible_text(source)
    report = checker.check(vt.text, **kwargs)
    return report.model_copy(update={"findings": map_findings(report.findings, vt, source)})
