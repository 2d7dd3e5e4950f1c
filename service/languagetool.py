"""The LanguageTool-compatible API (`POST /v2/check`, `GET /v2/languages`).

LanguageTool clients – the browser extension, LTeX, LibreOffice's LanguageTool support –
can use Skrivvakt as their server. They send `text`, or `data` (annotated text: pieces of
`text` and of `markup`, optionally `interpretAs`), and expect matches whose `offset` and
`length` count **UTF-16 code units** in the document they sent (JavaScript and Java strings
are UTF-16; an emoji is two units there but one code point in Python).

How our findings become LanguageTool matches:
- `message`: the rule's message, then its suggestion ("Förslag: …");
- `shortMessage`: the Swedish category name;
- `rule.id`: the rule id (PJ001 …); `rule.category.id`: the category id in capitals
  (PERSON_JUDGMENT …), which is what `enabledCategories`/`disabledCategories` take;
- `rule.issueType`: by severity (error → `misspelling`, warning → `grammar`, info →
  `style`), so clients that colour by issue type mark errors most strongly;
- `rule.urls`: the rule's `link`, when it has one;
- `replacements`: none – Skrivvakt advises a rewrite instead of replacing a word.
"""
from __future__ import annotations

import json
import re
from urllib.parse import parse_qsl
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator
from starlette.exceptions import HTTPException
from starlette.requests import Request

from checker.html import VisibleText
from checker.models import CATEGORIES, CATEGORY_LABELS_SV, Finding

LANGUAGES = [{"name": "Swedish", "code": "sv", "longCode": "sv-SE"}]
ACCEPTED_LANGUAGES = {"sv", "sv-se", "sv-fi", "auto"}
ISSUE_TYPES = {"error": "misspelling", "warning": "grammar", "info": "style"}
CONTEXT_CHARS = 40


class LTError(ValueError):
    """Bad parameters; the message (Swedish) is the 400 response body, as in LanguageTool."""


def _csv(value: str | list[str] | None) -> list[str]:
    if value is None:
        return []
    parts = value if isinstance(value, list) else value.split(",")
    return [p.strip() for p in parts if isinstance(p, str) and p.strip()]


class LTParams(BaseModel):
    """The parameters of `/v2/check` that Skrivvakt uses; others clients send are ignored."""

    model_config = ConfigDict(extra="ignore")

    text: str | None = Field(default=None, description="Texten som ska granskas.")
    data: str | dict[str, Any] | None = Field(
        default=None,
        description='Annoterad text i stället för `text`: {"annotation": [{"text": "…"}, {"markup": "<b>"}, '
        '{"markup": "<br>", "interpretAs": "\\n"}]}',
    )
    language: str = Field(default="auto", description="sv, sv-SE eller auto.")
    enabledRules: str | list[str] | None = None
    disabledRules: str | list[str] | None = None
    enabledCategories: str | list[str] | None = None
    disabledCategories: str | list[str] | None = None
    enabledOnly: bool = False
    level: Literal["default", "picky"] = "default"
    apiKey: str | None = Field(default=None, description="API-nyckel, för klienter som inte kan skicka Authorization.")
    username: str | None = None

    @field_validator("enabledOnly", mode="before")
    @classmethod
    def _bool(cls, v):
        return v.strip().lower() == "true" if isinstance(v, str) else v


def parse_params(raw: dict[str, Any]) -> LTParams:
    try:
        params = LTParams.model_validate(raw)
    except ValidationError as exc:
        err = exc.errors()[0]
        key = ".".join(str(p) for p in err["loc"])
        raise LTError(f"Ogiltig parameter '{key}': {err['msg']}") from None
    if (params.text is None) == (params.data is None):
        raise LTError("Ange antingen parametern 'text' eller 'data' (men inte båda).")
    if params.language.lower() not in ACCEPTED_LANGUAGES:
        raise LTError("Skrivvakt granskar bara svenska: använd språket sv-SE (eller auto).")
    return params


def annotated_text(data: str | dict[str, Any]) -> tuple[str, VisibleText]:
    """LanguageTool's annotated `data`: the document as the client has it, and the text to
    check with each character's span in that document."""
    if isinstance(data, str):
        try:
            data = json.loads(data)
        except json.JSONDecodeError as exc:
            raise LTError(f"Parametern 'data' är inte giltig JSON (tecken {exc.pos}).") from None
        except RecursionError:
            raise LTError("Parametern 'data' är för djupt nästlad.") from None
    if isinstance(data, dict) and isinstance(data.get("text"), str) and "annotation" not in data:
        data = {"annotation": [{"text": data["text"]}]}
    items = data.get("annotation") if isinstance(data, dict) else None
    if not isinstance(items, list):
        raise LTError("Parametern 'data' ska vara {\"annotation\": [...]}.")
    doc: list[str] = []
    pos = 0
    out: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    for i, item in enumerate(items):
        if not isinstance(item, dict):
            raise LTError(f"data.annotation[{i}] ska vara ett objekt med 'text' eller 'markup'.")
        text, markup = item.get("text"), item.get("markup")
        if isinstance(text, str) and markup is None:
            for j, ch in enumerate(text):
                out.append(ch)
                starts.append(pos + j)
                ends.append(pos + j + 1)
            doc.append(text)
            pos += len(text)
        elif isinstance(markup, str) and text is None:
            interpret = item.get("interpretAs", "")
            if not isinstance(interpret, str):
                raise LTError(f"data.annotation[{i}].interpretAs ska vara en sträng.")
            for ch in interpret:
                out.append(ch)
                starts.append(pos)
                ends.append(pos + len(markup))
            doc.append(markup)
            pos += len(markup)
        else:
            raise LTError(f"data.annotation[{i}] ska ha antingen 'text' eller 'markup' (en sträng).")
    return "".join(doc), VisibleText("".join(out), starts, ends)


class Utf16:
    """Code-point offset → UTF-16 code-unit offset for one string."""

    def __init__(self, text: str) -> None:
        self._prefix: list[int] | None = None
        if any(ord(ch) > 0xFFFF for ch in text):
            prefix = [0] * (len(text) + 1)
            acc = 0
            for i, ch in enumerate(text):
                prefix[i] = acc
                acc += 2 if ord(ch) > 0xFFFF else 1
            prefix[len(text)] = acc
            self._prefix = prefix

    def __call__(self, offset: int) -> int:
        return offset if self._prefix is None else self._prefix[offset]


_SENTENCE_END = re.compile(r"[.!?…]+[\"”’)]*\s+|\n\s*")


def _sentence(text: str, start: int, end: int) -> str:
    lo = 0
    for m in _SENTENCE_END.finditer(text, 0, start):
        lo = m.end()
    m = _SENTENCE_END.search(text, end)
    hi = m.start() + len(m.group().rstrip()) if m else len(text)
    return text[lo:hi].strip()


def rule_filter(params: LTParams) -> tuple[list[str], str | None, set[str], set[str]]:
    """(categories to check, min severity, enabled rule ids, disabled rule ids)."""

    def cats(value) -> set[str]:
        out = set()
        for c in _csv(value):
            if c.lower() not in CATEGORIES:
                raise LTError(f"Okänd kategori '{c}'; kategorierna är {', '.join(x.upper() for x in CATEGORIES)}.")
            out.add(c.lower())
        return out

    enabled_cats, disabled_cats = cats(params.enabledCategories), cats(params.disabledCategories)
    enabled_rules = {r.upper() for r in _csv(params.enabledRules)}
    disabled_rules = {r.upper() for r in _csv(params.disabledRules)}
    if params.enabledOnly:
        if not (enabled_cats or enabled_rules):
            raise LTError("enabledOnly=true kräver enabledRules eller enabledCategories.")
        categories = sorted(enabled_cats) if not enabled_rules else list(CATEGORIES)
    else:
        categories = list(CATEGORIES)
    categories = [c for c in categories if c not in disabled_cats]
    min_severity = None if params.level == "picky" else "warning"
    return categories, min_severity, (enabled_rules if params.enabledOnly else set()), disabled_rules


def keep(f: Finding, params: LTParams, enabled_rules: set[str], disabled_rules: set[str]) -> bool:
    if f.rule_id in disabled_rules:
        return False
    if params.enabledOnly and enabled_rules:
        enabled_cats = {c.lower() for c in _csv(params.enabledCategories)}
        return f.rule_id in enabled_rules or f.category in enabled_cats
    return True


def to_match(f: Finding, checked: str, doc_start: int, doc_end: int, utf16_doc: Utf16,
             link: str | None = None) -> dict[str, Any]:
    """One finding (offsets `f.start/f.end` into the checked text) as a LanguageTool match;
    `doc_start/doc_end` are its code-point offsets in the document the client sent, `link`
    the rule's "read more" address (clients show it as a link)."""
    c_lo = max(0, f.start - CONTEXT_CHARS)
    c_hi = min(len(checked), f.end + CONTEXT_CHARS)
    context = checked[c_lo:c_hi].replace("\n", " ")
    utf16_ctx = Utf16(context)
    offset = utf16_doc(doc_start)
    message = f.message + (f" Förslag: {f.suggestion}" if f.suggestion else "")
    rule: dict[str, Any] = {
        "id": f.rule_id,
        "description": CATEGORY_LABELS_SV[f.category] + (f" – hör hemma i {f.belongs_in}" if f.belongs_in else ""),
        "issueType": ISSUE_TYPES[f.severity.value],
        "category": {"id": f.category.upper(), "name": CATEGORY_LABELS_SV[f.category]},
    }
    if link:
        rule["urls"] = [{"value": link}]
    return {
        "message": message,
        "shortMessage": CATEGORY_LABELS_SV[f.category],
        "replacements": [],
        "offset": offset,
        "length": utf16_doc(doc_end) - offset,
        "context": {
            "text": context,
            "offset": utf16_ctx(f.start - c_lo),
            "length": utf16_ctx(f.end - c_lo) - utf16_ctx(f.start - c_lo),
        },
        "sentence": _sentence(checked, f.start, f.end),
        "type": {"typeName": "Other"},
        "rule": rule,
        "ignoreForIncompleteSentence": False,
        "contextForSureMatch": 0,
    }


def response(matches: list[dict[str, Any]], version: str, language: str) -> dict[str, Any]:
    detected = {"name": "Swedish", "code": "sv-SE", "confidence": 1.0}
    return {
        "software": {
            "name": "Skrivvakt", "version": version, "buildDate": None, "apiVersion": 1,
            "premium": False, "status": "",
        },
        "warnings": {"incompleteResults": False},
        "language": {"name": "Swedish", "code": "sv-SE" if language.lower() == "auto" else language,
                     "detectedLanguage": detected},
        "matches": matches,
    }


# ------------------------------------------------------------------ reading a request
def form_schema() -> dict[str, Any]:
    """The OpenAPI schema of the parameters (the same for form and JSON bodies)."""
    string = {"type": "string"}
    return {
        "type": "object",
        "properties": {
            "text": {**string, "description": "Texten som ska granskas (eller använd data)."},
            "data": {**string, "description": 'Annoterad text: {"annotation": [{"text": "…"}, {"markup": "<b>"}]}'},
            "language": {**string, "description": "sv, sv-SE eller auto.", "default": "auto"},
            "enabledRules": {**string, "description": "Kommaseparerade regel-id."},
            "disabledRules": {**string, "description": "Kommaseparerade regel-id."},
            "enabledCategories": {**string, "description": "Kommaseparerade kategori-id (t.ex. GRADE)."},
            "disabledCategories": {**string, "description": "Kommaseparerade kategori-id."},
            "enabledOnly": {"type": "boolean", "default": False},
            "level": {"type": "string", "enum": ["default", "picky"], "default": "default"},
            "apiKey": {**string, "description": "API-nyckel för klienter som inte kan skicka Authorization."},
        },
    }


async def read_params(request: Request) -> dict[str, Any]:
    """The parameters from a form-encoded, multipart or JSON body.

    The body is sniffed rather than trusted to its Content-Type: LTeX, for one, sends a
    form-encoded body labelled `application/json`, and LanguageTool's own server accepts
    that, so we must too."""
    ctype = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if ctype == "multipart/form-data":
        try:
            form = await request.form()
        except HTTPException:
            raise
        except Exception:
            raise HTTPException(400, "Formulärdata kunde inte läsas.") from None
        return {k: v for k, v in form.items() if isinstance(v, str)}
    body = await request.body()
    if body.lstrip()[:1] in (b"{", b"["):
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError, RecursionError):
            raise HTTPException(400, "Kroppen är inte giltig JSON.") from None
        if not isinstance(data, dict):
            raise HTTPException(400, "JSON-kroppen ska vara ett objekt med parametrarna.")
        return data
    try:
        return dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
    except (UnicodeDecodeError, ValueError):
        raise HTTPException(400, "Formulärdata kunde inte läsas (ska vara UTF-8, URL-kodat).") from None


# ------------------------------------------------------------------ OpenAPI documentation
class LTReplacement(BaseModel):
    value: str


class LTContext(BaseModel):
    text: str
    offset: int
    length: int


class LTCategory(BaseModel):
    id: str
    name: str


class LTUrl(BaseModel):
    value: str


class LTRule(BaseModel):
    id: str
    description: str
    issueType: str
    category: LTCategory
    urls: list[LTUrl] | None = None


class LTType(BaseModel):
    typeName: str


class LTMatch(BaseModel):
    message: str
    shortMessage: str
    replacements: list[LTReplacement]
    offset: int = Field(description="UTF-16-kodenheter från dokumentets början.")
    length: int = Field(description="Längd i UTF-16-kodenheter.")
    context: LTContext
    sentence: str
    type: LTType
    rule: LTRule
    ignoreForIncompleteSentence: bool
    contextForSureMatch: int


class LTSoftware(BaseModel):
    name: str
    version: str
    buildDate: str | None
    apiVersion: int
    premium: bool
    status: str


class LTDetected(BaseModel):
    name: str
    code: str
    confidence: float


class LTLanguage(BaseModel):
    name: str
    code: str
    detectedLanguage: LTDetected


class LTWarnings(BaseModel):
    incompleteResults: bool


class LTResponse(BaseModel):
    software: LTSoftware
    warnings: LTWarnings
    language: LTLanguage
    matches: list[LTMatch]


class LTLanguageInfo(BaseModel):
    name: str
    code: str
    longCode: str
