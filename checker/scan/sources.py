"""Format readers for archive scans: bytes in, documents (text + source + metadata) out.

Every reader works on bytes so that a file on disk and a zip member are read the same way.
A reader never raises for bad input: what cannot be read becomes a `ReadError` that names
the source and the reason (never any of the document's text), and reading goes on.

Sources pinpoint a document: `skola/a.txt`, `arkiv.zip#inre/a.txt`, `export.csv:3` (the line
the row starts on) or `export.csv:id=E17` when an id column is given.
"""
from __future__ import annotations

import csv
import io
import json
import zipfile
from dataclasses import dataclass, field
from pathlib import PurePosixPath
from typing import Iterator

from charset_normalizer import from_bytes

from .options import ScanOptions

TEXT_EXT = frozenset({".txt", ".md"})
HTML_EXT = frozenset({".html", ".htm"})
TABLE_EXT = frozenset({".csv", ".tsv"})
SUPPORTED_EXT = TEXT_EXT | HTML_EXT | TABLE_EXT | {".docx", ".pdf", ".jsonl", ".zip"}

# Metadata columns kept for grouping, Swedish and English names → canonical key.
META_ALIASES: dict[str, str] = {
    "school": "school", "skola": "school", "enhet": "school",
    "class": "class", "klass": "class", "grupp": "class",
    "subject": "subject", "ämne": "subject", "amne": "subject",
    "date": "date", "datum": "date",
    "period": "period", "term": "period", "termin": "period",
    "type": "doc_type", "doc_type": "doc_type", "typ": "doc_type", "dokumenttyp": "doc_type",
}

# Legacy encodings that Swedish exports actually use; limiting the detector to them stops it
# from "finding" an East Asian code page in a short Windows-1252 text.
_WESTERN = ["cp1252", "iso8859_15", "latin_1"]

# One CSV cell may hold a long document; the csv module's default cap is 128 KiB.
csv.field_size_limit(1 << 28)


@dataclass(slots=True)
class Document:
    source: str
    text: str
    kind: str  # "text" | "html"
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class ReadError:
    source: str
    reason: str   # stable code: empty, binary, encoding, corrupt, encrypted, unsupported, limit, …
    message: str  # Swedish, for people; never contains document text


class _Limit(Exception):
    """A zip member broke a limit (zip bomb guard)."""


def decode_text(data: bytes) -> str:
    """Decode a text file: BOM (UTF-8/16/32), then UTF-8, then the Western legacy code pages.

    Raises ValueError with a reason code ('binary' or 'encoding') when it is not text.
    """
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8"), (b"\xff\xfe\x00\x00", "utf-32-le"), (b"\x00\x00\xfe\xff", "utf-32-be"),
                     (b"\xff\xfe", "utf-16-le"), (b"\xfe\xff", "utf-16-be")):
        if data.startswith(bom):
            try:
                return data[len(bom):].decode(enc)
            except UnicodeDecodeError:
                raise ValueError("encoding") from None
    if b"\x00" in data:
        raise ValueError("binary")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        best = from_bytes(data, cp_isolation=_WESTERN).best()
        if best is None:
            raise ValueError("binary") from None
        text = str(best)
    controls = sum(1 for ch in text if ord(ch) < 32 and ch not in "\t\n\r\f")
    if controls > max(2, len(text) // 100):
        raise ValueError("binary")
    return text


_MESSAGES = {
    "empty": "Filen är tom.",
    "binary": "Filen är inte text (binärt innehåll).",
    "encoding": "Teckenkodningen gick inte att avgöra.",
    "unsupported": "Filtypen stöds inte.",
    "no_text": "Dokumentet innehåller ingen text som går att läsa ut (inskannad bild?).",
}


def _err(source: str, reason: str, message: str | None = None) -> ReadError:
    return ReadError(source, reason, message or _MESSAGES.get(reason, reason))


def meta_from(record: dict[str, object], options: ScanOptions) -> dict[str, str]:
    """Pick the metadata columns out of a row: the named ones, else the known aliases."""
    wanted = set(options.meta_columns)
    out: dict[str, str] = {}
    for col, value in record.items():
        if value is None or value == "" or not isinstance(col, str):
            continue
        known = META_ALIASES.get(col.strip().lower())
        if wanted:  # the named columns, under their canonical name when there is one
            key = (known or col) if col in wanted else None
        else:
            key = known
        if key:
            out[key] = str(value).strip()
    if "period" not in out and "date" in out:
        period = term_of(out["date"])
        if period:
            out["period"] = period
    return out


def term_of(date: str) -> str | None:
    """'2024-10-03' → '2024 HT', '2025-02-11' → '2025 VT' (the Swedish school terms)."""
    parts = date.strip()[:10].replace("/", "-").split("-")
    if len(parts) < 2 or not (parts[0].isdigit() and parts[1].isdigit()) or len(parts[0]) != 4:
        return None
    month = int(parts[1])
    if not 1 <= month <= 12:
        return None
    return f"{parts[0]} {'VT' if month <= 6 else 'HT'}"


# --------------------------------------------------------------------------- readers
def read_bytes(name: str, data: bytes, options: ScanOptions, depth: int = 0) -> Iterator[Document | ReadError]:
    """Read one file (on disk or a zip member) named `name` (its source prefix)."""
    ext = PurePosixPath(name.lower()).suffix
    if ext not in SUPPORTED_EXT:
        yield _err(name, "unsupported", f"Filtypen stöds inte ({ext or 'ingen filändelse'}).")
        return
    if not data:
        yield _err(name, "empty")
        return
    try:
        if ext in TEXT_EXT:
            yield from _read_text(name, data)
        elif ext in HTML_EXT:
            yield from _read_text(name, data, kind="html")
        elif ext == ".docx":
            yield from _read_docx(name, data, options)
        elif ext == ".pdf":
            yield from _read_pdf(name, data)
        elif ext in TABLE_EXT:
            yield from _read_table(name, data, options, tsv=ext == ".tsv")
        elif ext == ".jsonl":
            yield from _read_jsonl(name, data, options)
        else:
            yield from _read_zip(name, data, options, depth)
    except Exception as exc:  # a reader bug or a library failing on hostile input: record it, go on
        yield _err(name, "corrupt", f"Filen gick inte att läsa ({type(exc).__name__}).")


def _read_text(name: str, data: bytes, kind: str = "text") -> Iterator[Document | ReadError]:
    try:
        text = decode_text(data)
    except ValueError as exc:
        yield _err(name, str(exc))
        return
    if not text.strip():
        yield _err(name, "empty")
        return
    yield Document(name, text, kind)


def _read_docx(name: str, data: bytes, options: ScanOptions) -> Iterator[Document | ReadError]:
    import docx  # python-docx; imported lazily so plain-text scans do not pay for it

    if data.startswith(b"\xd0\xcf\x11\xe0"):  # OLE container: a password-protected docx (or .doc)
        yield _err(name, "encrypted", "Dokumentet är lösenordsskyddat eller i det gamla Word-formatet.")
        return
    if _unpacks_too_far(data, options.limits):  # a docx is a zip: the same bomb guards apply
        yield _err(name, "limit", "Word-filen packas upp till mer än tillåtet (möjlig zip-bomb).")
        return
    try:
        d = docx.Document(io.BytesIO(data))
    except Exception:
        yield _err(name, "corrupt", "Word-filen är trasig och gick inte att öppna.")
        return
    parts = [p.text for p in d.paragraphs]
    for table in d.tables:
        for row in table.rows:
            seen: set[int] = set()
            for cell in row.cells:  # merged cells repeat: read each once
                if id(cell._tc) not in seen:
                    seen.add(id(cell._tc))
                    parts.append(cell.text)
    text = "\n".join(parts)
    if not text.strip():
        yield _err(name, "no_text", "Word-dokumentet innehåller ingen text.")
        return
    yield Document(name, text, "text")


def _read_pdf(name: str, data: bytes) -> Iterator[Document | ReadError]:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            yield _err(name, "encrypted", "PDF-filen är lösenordsskyddad.")
            return
        text = "\n".join((page.extract_text() or "") for page in reader.pages)
    except (PdfReadError, ValueError, KeyError, TypeError, OSError):
        yield _err(name, "corrupt", "PDF-filen är trasig och gick inte att öppna.")
        return
    if not text.strip():
        yield _err(name, "no_text")
        return
    yield Document(name, text, "text")


def _read_table(name: str, data: bytes, options: ScanOptions, tsv: bool) -> Iterator[Document | ReadError]:
    try:
        content = decode_text(data)
    except ValueError as exc:
        yield _err(name, str(exc))
        return
    if tsv:
        delimiter = "\t"
    else:  # Swedish Excel writes ';', others ','. The header row tells (free text in the rows
        # is full of commas, which fools csv.Sniffer).
        header = content.split("\n", 1)[0]
        delimiter = max(",;\t", key=lambda d: (header.count(d), d == ","))
    reader = csv.DictReader(io.StringIO(content, newline=""), delimiter=delimiter)
    columns = reader.fieldnames or []
    if options.text_column not in columns:
        yield _err(name, "missing_column",
                   f"Kolumnen {options.text_column!r} saknas (finns: {', '.join(map(str, columns)) or 'inga'}); ange --text-column.")
        return
    if options.id_column and options.id_column not in columns:
        yield _err(name, "missing_column", f"Id-kolumnen {options.id_column!r} saknas; ange rätt --id-column.")
        return
    line = reader.line_num + 1
    try:
        for row in reader:
            yield from _record(name, line, row, options, options.text_column)
            line = reader.line_num + 1
    except csv.Error as exc:
        yield _err(f"{name}:{line}", "corrupt", f"Raden går inte att tolka som CSV ({exc}).")


def _record(name: str, line: int, row: dict, options: ScanOptions, text_key: str) -> Iterator[Document | ReadError]:
    ident = row.get(options.id_column) if options.id_column else None
    source = f"{name}:id={ident}" if ident not in (None, "") else f"{name}:{line}"
    text = row.get(text_key)
    if text is None or (isinstance(text, str) and not text.strip()):
        return  # an empty text cell is an empty field, not a document
    if not isinstance(text, str):
        yield _err(source, "bad_row", f"Fältet {text_key!r} är inte text.")
        return
    yield Document(source, text, "text", meta_from(row, options))


def _read_jsonl(name: str, data: bytes, options: ScanOptions) -> Iterator[Document | ReadError]:
    try:
        content = decode_text(data)
    except ValueError as exc:
        yield _err(name, str(exc))
        return
    for line, raw in enumerate(content.splitlines(), start=1):
        if not raw.strip():
            continue
        try:
            obj = json.loads(raw)
        except json.JSONDecodeError:
            yield _err(f"{name}:{line}", "bad_row", "Raden är inte giltig JSON.")
            continue
        if not isinstance(obj, dict):
            yield _err(f"{name}:{line}", "bad_row", "Raden är inte ett JSON-objekt.")
            continue
        if options.text_field not in obj:
            yield _err(f"{name}:{line}", "missing_column", f"Fältet {options.text_field!r} saknas; ange --text-field.")
            continue
        id_key = options.id_column
        row = {k: (v if isinstance(v, str) or k == options.text_field else (None if v is None else str(v)))
               for k, v in obj.items()}
        if id_key and obj.get(id_key) is not None:
            row[id_key] = str(obj[id_key])
        yield from _record(name, line, row, options, options.text_field)


def _read_zip(name: str, data: bytes, options: ScanOptions, depth: int) -> Iterator[Document | ReadError]:
    lim = options.limits
    if depth >= lim.max_depth:
        yield _err(name, "limit", f"Arkivet ligger för djupt i andra arkiv (högst {lim.max_depth} nivåer).")
        return
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        members = [i for i in zf.infolist() if not i.is_dir()]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
        yield _err(name, "corrupt", "Zip-arkivet är trasigt och gick inte att öppna.")
        return
    if len(members) > lim.max_members:
        yield _err(name, "limit", f"Arkivet har {len(members)} filer; högst {lim.max_members} läses.")
        return
    budget = lim.max_total_bytes
    for info in sorted(members, key=lambda i: i.filename):
        inner = f"{name}#{info.filename}"
        base = PurePosixPath(info.filename).name
        if base.startswith(".") or info.filename.startswith("__MACOSX/"):
            continue
        if PurePosixPath(info.filename.lower()).suffix not in SUPPORTED_EXT:
            yield _err(inner, "unsupported", "Filtypen stöds inte.")
            continue
        if info.flag_bits & 0x1:
            yield _err(inner, "encrypted", "Filen i arkivet är lösenordsskyddad.")
            continue
        if info.file_size > budget:
            yield _err(inner, "limit", "Arkivets sammanlagda okomprimerade storlek är för stor.")
            continue
        if info.file_size > lim.min_ratio_bytes and info.file_size > lim.max_ratio * max(info.compress_size, 1):
            yield _err(inner, "limit", f"Filen packas upp mer än {lim.max_ratio:g} gånger (möjlig zip-bomb).")
            continue
        try:
            payload = _read_member(zf, info, min(budget, lim.max_file_bytes))
        except _Limit as exc:
            yield _err(inner, "limit", str(exc))
            continue
        except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError, EOFError, RuntimeError, NotImplementedError):
            yield _err(inner, "corrupt", "Filen i arkivet är trasig.")
            continue
        budget -= len(payload)
        yield from read_bytes(inner, payload, options, depth + 1)


def _unpacks_too_far(data: bytes, lim) -> bool:
    try:
        infos = zipfile.ZipFile(io.BytesIO(data)).infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, OSError, ValueError):
        return False  # not a zip: the format reader reports it as corrupt
    total = sum(i.file_size for i in infos)
    return total > lim.max_file_bytes or (total > lim.min_ratio_bytes and total > lim.max_ratio * max(len(data), 1))


def _read_member(zf: zipfile.ZipFile, info: zipfile.ZipInfo, cap: int) -> bytes:
    """Read a member in chunks, never past `cap` bytes whatever its header claims."""
    out = bytearray()
    with zf.open(info) as fh:
        while chunk := fh.read(1 << 16):
            out += chunk
            if len(out) > cap:
                raise _Limit("Filen packas upp till mer än tillåtet (möjlig zip-bomb).")
    return bytes(out)
