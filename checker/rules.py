"""Rule packs: YAML data validated with pydantic.

A rule pack is one YAML file per category (`rules/<category>.yaml`) with a top-level
`category` and a list of `rules`. Shared context cue lists (fiction, subject content, …)
live in `rules/contexts.yaml` and are referred to by name from rule `exceptions`.
Regex fragments shared by many rules (the countries an origin names, …) live in the same file
under `regex_parts` and are written `(?&name)` inside a rule's regex.
A broken file fails with one message naming the file, the rule id and the field.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import Any, Literal

import re2
import yaml
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from .models import Category, Severity


class RuleError(ValueError):
    """A rule pack or configuration that cannot be used; the message says where and why."""


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Match(_Strict):
    """What a rule looks for. Every list is optional; a rule needs at least one matcher.

    words:    lexicon entries, matched on the word form *and* its lemma, case- and
              diacritic-insensitive. `ord*` matches words that begin with `ord` (stems,
              compounds such as "frånvarotimmar"); `*ord` matches words that end with it,
              also inflected ("klassclownen"); `*ord*` anywhere inside a word.
    phrases:  word sequences with the same entry syntax per word; `...` allows up to three
              other words in between ("har ... svårt att umgås").
    patterns: spaCy Matcher token patterns (LOWER, LEMMA, NORM = folded form, IS_TITLE, …).
    regex:    RE2 regular expressions (linear time: no catastrophic backtracking) run on
              the normalised text. `(?i)` for case-insensitive.
    """

    words: list[str] = Field(default_factory=list)
    phrases: list[str] = Field(default_factory=list)
    patterns: list[list[dict[str, Any]]] = Field(default_factory=list)
    regex: list[str] = Field(default_factory=list)

    @field_validator("regex")
    @classmethod
    def _regex_compiles(cls, v: list[str]) -> list[str]:
        for pattern in v:
            try:
                re2.compile(pattern)
            except Exception as exc:  # re2.error has no stable public type
                raise ValueError(f"regexen {pattern!r} går inte att kompilera med RE2: {exc}") from None
        return v

    def is_empty(self) -> bool:
        return not (self.words or self.phrases or self.patterns or self.regex)


class Exception_(_Strict):
    """A context that cancels a match.

    context:  name of a shared cue list in contexts.yaml (e.g. `fiction`); searched in
              the sentence unless `window` is given.
    before / after: entries (same syntax as `words`/`phrases`) that, found within `window`
              words before / after the match, cancel it.
    sentence: entries anywhere in the same sentence.
    regex:    RE2 regex searched in the sentence.
    """

    context: str | None = None
    before: list[str] = Field(default_factory=list)
    after: list[str] = Field(default_factory=list)
    sentence: list[str] = Field(default_factory=list)
    regex: str | None = None
    window: int | None = Field(default=None, ge=1, le=50)
    # sentence: the match's own sentence; neighbours: also the sentences just before and
    # after (a book named in one sentence, its character judged in the next); text: anywhere;
    # clause: the sentence cut at contrast words ("men", "trots att"), so the knowledge cue in
    # "Kan förklara fotosyntesen men har dyslexi" does not cancel "dyslexi"; to_contrast (round 50):
    # the sentence up to the first contrast word after the match, so a work named after "men" in
    # "Hon är kaxig, men analysen av dikten var bra" does not excuse the judgment before it, while a
    # work named before it still does ("I boken är Ove sur men snäll").
    scope: Literal["sentence", "neighbours", "text", "clause", "to_contrast"] = "sentence"
    # With `window`, which side of the match `context`/`sentence` cues are looked for on:
    # "texten är rörig" (a work noun before) vs "lat och behöver struktur" (after, no cue).
    # On a `regex` without `window`, `over` (round 30): the match must cover the hit, as a quotation
    # covers the words quoted ("skrev om Katniss: ”Hon är modig …”", not "… och var elak" after it).
    side: Literal["both", "before", "after", "over"] = "both"
    # Name of a contexts.yaml list of *anchors* (e.g. `person_anchor`: "hans", "om sin",
    # "att han"): a `context`/`sentence` cue found *before* the match does not cancel it when
    # an anchor stands between the cue and the match (or opens the match). A cue list cannot
    # see what follows the cue: in "Vi pratade om att Jonas har kommit ut" and "en dikt om
    # sin pappa som sitter i fängelse" the topic cue introduces a fact about a person.
    not_across: str | None = None
    # Name of a contexts.yaml list of *disarmers*: a `context`/`sentence` cue (and, since the
    # review of round 20, a `before`/`after` entry) does not count when a disarmer starts at it
    # or up to four words before it ("lektion" in "lat lektion efter lektion" is a time, not the
    # lesson judged). A cue noun can name what a
    # pupil *said* rather than what the class *studied*: "använder ord som …", "spottar ur
    # sig svordomar som …", and "ordet" in the idiom "ha sista ordet" is no word at all.
    # It replaces `not_across` for the cues it disarms, so the two cannot be combined.
    cue_disarm: str | None = None
    # Round 30: `thing` – the clause's subject is a thing, not a person: a definite noun (by the
    # lemma table: "sömmen" → "söm", "kompositionen" → "komposition") at the clause's start or just
    # before the copula the hit follows ("Sömmen är slarvig", "Kompositionen i Vincents stadsbild är
    # stökig"), and not a person, conduct or home noun (contexts.yaml `person_nouns`). The general
    # form of `thing_subject` and `work_product`: "texten är rörig" is about the work.
    # Round 34: `many` – the text is written to many readers (its first 80 characters open a notice,
    # a letter to every family or minutes: "Till alla vårdnadshavare", "Information om betyg",
    # "Veckobrev 5A", "Protokoll klasskonferens 7C") and never names the student, and the hit's
    # sentence names no one: no "han/hon/hen" or "he/she", no capitalised word the name gazetteer
    # lists as a given name or a surname unless it is also a common word (engine.py
    # `_to_many_readers`). "Frånvaro ska anmälas före kl. 08.00", "Betyg sätts på en skala från A
    # till F" are routines, not a pupil's.
    # Round 37: `character` – the clause's subject is a name nobody the text is about: "<Name> är/is …"
    # where the name is a listed name or figure, not the student's, named in a text about a work, and not
    # reported as a person's name by the identifier pass ("Mary är bortskämd" after a book's title,
    # "Shrek is grumpy"; not "Kevin är en elak unge som ger sig på Liam"). engine.py `_character_subject`.
    # Round 59: `figure` – the name nearest before the hit in its sentence (within twelve words, none of them the
    # student's) is a figure or a character, not a person the text is about: the same test as `character` for the
    # name, with no copula needed ("Ebba analyserar hur Helmer kallar Nora 'lärkan'", "Oscar beskriver Holden
    # Caulfield som 'en gnällig snorunge'", "where Huck calls Jim a …"). engine.py `_figure_named`.
    # Round 98: `staff` – the name right before the hit (past a copula, a time word or a bracket: "Hussein (elevassistent)
    # är ledig torsdag", "Stefan är borta hela v.12 på rektorsutbildning") is one the identifier pass placed in a staff
    # role (identifiers/engine.py `staff_names`): a colleague's leave is no pupil's absence. engine.py `_staff_subject`.
    subject: Literal["thing", "many", "character", "figure", "staff"] | None = None
    # Round 35: `student_first: true` – the exception does not cancel a hit in a sentence that opens
    # with the student's own name (one of `subject_names`) or "Du" and a copula, the hit following in
    # the same clause within twelve tokens ("Ronja är modig och stolt, precis som sin namne i boken",
    # "Hannes är envis …, men i historia kan han diskutera Karl XII:s roll", "Hugo är som Emil i
    # Lönneberga – busig"): the student is the one judged, whatever book or figure the sentence also
    # names. With `scope: neighbours` a cue in the sentence before still cancels (it sets the scene: "I
    # dramaleken var Astrid häxan. Astrid var elak …"); one in the sentence after does not. Set on the
    # exceptions for other people (fiction, figures), not on those for the work or a task.
    student_first: bool = False
    # Round 36: `other_person: true` on a `regex` with `side: over` and a group `(?P<other>…)`: a match
    # counts only when that group names someone other than the student – it does not start with one of
    # `subject_names`. For the pupil's analysis reported by the teacher, where the trait belongs to the
    # person analysed ("menar att Katniss är beräknande", "you describe Curley as aggressive"), not to
    # the pupil ("Mentorn skriver att Alva är lat" with Alva the student keeps its finding). Round 53:
    # further groups `other2`, `other3`, … are checked the same way, for a subject of several names.
    other_person: bool = False
    # Round 95: `unowned: true` – the exception does not cancel a hit that a person in its sentence owns: a
    # possessive right before it ("hans frånvaro", "Omars närvaro"), the person as the subject of "har/hade/fick"
    # just before it ("Elina har 23 % ogiltig franvaro – skicka brev hem enl rutinen"), or a figure right after a
    # name ("Närvarostatistik v.1–6: Nora 97 %"). A person is the student's name, "han/hon/hen" or a capitalised
    # name the gazetteer lists (engine.py `_owned`). For words that make a sentence general – a routine,
    # statistics – where a pupil's own figure is still theirs, and a pupil studying figures owns none.
    unowned: bool = False
    # Round 95: `unless_student_signs: true` – the exception does not cancel a hit in a text the student signs (the
    # closing line holds one of `subject_names`: "… vad gjorde ni på kemin?\n/Zeynep 8A"): there the writer is the
    # pupil, and the writer's own absence ("Jag var borta i tisdags pga tandläkarn") is the pupil's (engine.py
    # `_student_signed`). Round 98: also where the writer asks about their own schoolwork as a pupil does ("Kan jag få
    # läxorna innan?", "riskerar jag F?"; engine.py `_PUPIL_ASKS_ABOUT_WORK`), signed or not. Set on the exceptions for the
    # writer's own doings.
    unless_student_signs: bool = False
    # Round 100: `impersonal: true` – the exception does not cancel a hit in a sentence that names a person: the student,
    # "han/hon/hen", "he/she" or a capitalised given name or surname (engine.py `_persons_in_sentence`, as `subject:
    # many` reads it). For cues that make a topic a lesson's ("Inför Eid al-Fitr gjorde klassen ett tema om högtider")
    # where "Ali firar Eid med familjen och berättade om det i temat" is still about a pupil.
    impersonal: bool = False
    # Round 101: `unless_family_writes: true` – the exception does not cancel a hit in a text a guardian writes: the
    # writer says they are the pupil's guardian ("Mamma till Yohannes här", "Jag är pappa till Ali") or signs as one
    # ("/Mamma", "Mvh Tildas pappa", "Amina, mamma till Ali"; engine.py `_family_wrote`). There "vi" is the family
    # ("Vi kom från Eritrea för tre år sedan", "eftersom vi firar Eid med familjen"), not the class or the staff. Set on
    # the exceptions for the writer's own or the class's doings.
    unless_family_writes: bool = False

    @field_validator("regex")
    @classmethod
    def _regex_compiles(cls, v: str | None) -> str | None:
        if v is not None:
            try:
                re2.compile(v)
            except Exception as exc:
                raise ValueError(f"regexen {v!r} går inte att kompilera med RE2: {exc}") from None
        return v

    @model_validator(mode="after")
    def _not_empty(self) -> "Exception_":
        cues = bool(self.context or self.before or self.after or self.sentence)
        if not (cues or self.regex or self.subject):
            raise ValueError("ett undantag behöver context, before, after, sentence, regex eller subject")
        if self.subject and (cues or self.regex):
            raise ValueError(f"subject: {self.subject} står ensamt i sitt undantag")
        if self.unowned and self.subject:
            raise ValueError(f"unowned kan inte kombineras med subject: {self.subject}")
        if self.impersonal and self.subject:
            raise ValueError(f"impersonal kan inte kombineras med subject: {self.subject}")
        if self.cue_disarm and self.not_across:
            # The engine reads one or the other; silently ignoring `not_across` was a trap.
            raise ValueError("cue_disarm och not_across kan inte kombineras i samma undantag")
        if self.side == "over" and (self.regex is None or self.window is not None or cues):
            raise ValueError("side: over gäller bara ett undantag med enbart regex och utan window")
        if self.other_person and (self.side != "over" or "(?P<other>" not in self.regex):
            raise ValueError("other_person gäller bara ett regex-undantag med side: over och gruppen (?P<other>…)")
        return self


class Example(_Strict):
    text: str
    subject_names: list[str] = Field(default_factory=list)


class Examples(_Strict):
    flag: list[str | Example] = Field(min_length=1)
    # `pass` is a Python keyword, hence the alias.
    pass_: list[str | Example] = Field(alias="pass", min_length=1)

    @staticmethod
    def as_example(item: str | Example) -> Example:
        return item if isinstance(item, Example) else Example(text=item)


class Rule(_Strict):
    id: str = Field(pattern=r"^[A-Z]{2,4}\d{3}$")
    name: str = Field(min_length=3)
    category: Category
    severity: Severity
    message: str = Field(min_length=10)
    suggestion: str = Field(min_length=10)
    belongs_in: str | None = None
    link: str | None = None
    confidence: float = Field(default=0.9, ge=0.0, le=1.0)
    entity: str | None = None
    match: Match = Field(default_factory=Match)
    detector: str | None = None
    options: dict[str, Any] = Field(default_factory=dict)
    exceptions: list[Exception_] = Field(default_factory=list)
    # Conditions of the same shape as `exceptions`, read the other way round: a match is
    # kept only if at least one of them holds (e.g. a subject cue such as "han är", "eleven
    # verkar" before an evaluative word that is ambiguous on its own). Empty: no condition.
    require: list[Exception_] = Field(default_factory=list)
    examples: Examples

    @field_validator("name", "message", "suggestion", "belongs_in", mode="before")
    @classmethod
    def _one_line(cls, v):
        # YAML folded blocks (`>`) end in a newline; messages are shown as one paragraph.
        return " ".join(v.split()) if isinstance(v, str) else v

    @model_validator(mode="after")
    def _has_matcher(self) -> "Rule":
        if self.match.is_empty() and not self.detector:
            raise ValueError("regeln behöver `match` (words, phrases, patterns, regex) eller `detector`")
        return self


class Pack(_Strict):
    category: Category
    description: str | None = None
    rules: list[dict[str, Any]]


class Contexts(_Strict):
    contexts: dict[str, list[str]]
    # Named regex fragments: each a list of RE2 alternatives, written `(?&name)` in a rule's
    # regex and put there as `(?:alt|alt|…)` when the pack is loaded (one list of countries
    # instead of eighteen copies that drift apart).
    regex_parts: dict[str, list[str]] = Field(default_factory=dict)

    @field_validator("regex_parts")
    @classmethod
    def _parts_compile(cls, v: dict[str, list[str]]) -> dict[str, list[str]]:
        for name, alternatives in v.items():
            if not _PART_NAME.fullmatch(name):
                raise ValueError(f"regexdelen {name!r}: ett namn är bokstäver, siffror och _")
            if not alternatives:
                raise ValueError(f"regexdelen {name!r} är tom")
            try:
                re2.compile(_joined(alternatives))
            except Exception as exc:  # re2.error has no stable public type
                raise ValueError(f"regexdelen {name!r} går inte att kompilera med RE2: {exc}") from None
        return v


_PART_NAME = re.compile(r"[A-Za-z_]\w*")
_PART_REF = re.compile(r"\(\?&([A-Za-z_]\w*)\)")


def _joined(alternatives: list[str]) -> str:
    return "(?:" + "|".join(alternatives) + ")"


def _with_parts(raw: dict[str, Any], parts: Mapping[str, str], where: str) -> dict[str, Any]:
    """The raw rule with every `(?&name)` in its regexes (`match.regex`, `exceptions[].regex`,
    `require[].regex`) replaced by the named part; an unknown name is a RuleError naming the
    field. Anything not shaped as expected is left for the rule's validation to report."""

    def expand(pattern: Any, field: str) -> Any:
        if not isinstance(pattern, str) or "(?&" not in pattern:
            return pattern

        def part(m: re.Match) -> str:
            name = m.group(1)
            if name not in parts:
                raise RuleError(f"{where}, fält '{field}': okänd regexdel {name!r}"
                                f" (finns: {', '.join(sorted(parts)) or 'inga'})")
            return parts[name]

        return _PART_REF.sub(part, pattern)

    out = dict(raw)
    match = raw.get("match")
    if isinstance(match, dict) and isinstance(match.get("regex"), list):
        out["match"] = {**match, "regex": [expand(r, f"match.regex.{i}") for i, r in enumerate(match["regex"])]}
    for key in ("exceptions", "require"):
        items = raw.get(key)
        if isinstance(items, list):
            out[key] = [{**e, "regex": expand(e["regex"], f"{key}.{i}.regex")} if isinstance(e, dict) and "regex" in e else e
                        for i, e in enumerate(items)]
    return out


@dataclass(frozen=True, slots=True)
class RuleSet:
    rules: tuple[Rule, ...]
    contexts: dict[str, tuple[str, ...]]
    sources: dict[str, str]  # rule id -> file it came from

    def by_id(self, rule_id: str) -> Rule:
        for r in self.rules:
            if r.id == rule_id:
                return r
        raise KeyError(rule_id)


def builtin_rules_dir() -> Path:
    return Path(str(resources.files("rules")))


def _format_error(path: Path, rule_id: str | None, exc: ValidationError) -> str:
    first = exc.errors()[0]
    field = ".".join(str(p) for p in first["loc"]) or "(regeln)"
    where = f"{path}" + (f", regel {rule_id}" if rule_id else "")
    return f"{where}, fält '{field}': {first['msg']}"


# libyaml's C parser when PyYAML was built with it (the wheels are): the rule packs and name
# lists are large, and the pure-Python parser cost more than a second of start-up.
_SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def parse_yaml(text: str) -> Any:
    """`yaml.safe_load`, with the C parser when available."""
    return yaml.load(text, Loader=_SAFE_LOADER)


class _NoDuplicateKeysLoader(_SAFE_LOADER):  # type: ignore[misc, valid-type]
    """The safe loader, but a key written twice in one mapping is an error: YAML would keep
    the last one silently (a second `regex:` under `match:` replaced the first)."""


def _mapping_without_duplicates(loader, node, deep=False):
    seen = set()
    for key_node, _ in node.value:
        key = loader.construct_object(key_node, deep=True)
        if key in seen:
            raise yaml.constructor.ConstructorError(
                None, None, f"nyckeln {key!r} står två gånger i samma mappning", key_node.start_mark)
        seen.add(key)
    return loader.construct_mapping(node, deep=deep)


_NoDuplicateKeysLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _mapping_without_duplicates)


def _read_yaml(path: Path) -> Any:
    try:
        return yaml.load(path.read_text(encoding="utf-8"), Loader=_NoDuplicateKeysLoader)
    except yaml.YAMLError as exc:
        raise RuleError(f"{path}: ogiltig YAML: {exc}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"{path}: kan inte läsas: {exc}") from None


def load_pack(path: Path, regex_parts: Mapping[str, str] | None = None) -> list[Rule]:
    """The rules of one pack; `regex_parts` (from `read_contexts`) fill in `(?&name)`."""
    data = _read_yaml(path)
    if not isinstance(data, dict):
        raise RuleError(f"{path}: en regelfil ska vara en mappning med `category` och `rules`")
    try:
        pack = Pack.model_validate(data)
    except ValidationError as exc:
        raise RuleError(_format_error(path, None, exc)) from None
    rules: list[Rule] = []
    for index, raw in enumerate(pack.rules):
        if not isinstance(raw, dict):
            raise RuleError(f"{path}, regel nr {index + 1}: ska vara en mappning")
        raw = {"category": pack.category, **raw}
        rule_id = raw.get("id") if isinstance(raw.get("id"), str) else f"nr {index + 1}"
        raw = _with_parts(raw, regex_parts or {}, f"{path}, regel {rule_id}")
        try:
            rule = Rule.model_validate(raw)
        except ValidationError as exc:
            raise RuleError(_format_error(path, rule_id, exc)) from None
        if rule.category != pack.category:
            raise RuleError(
                f"{path}, regel {rule.id}, fält 'category': {rule.category} hör inte till filens kategori {pack.category}"
            )
        rules.append(rule)
    return rules


def read_contexts(path: Path) -> tuple[dict[str, tuple[str, ...]], dict[str, str]]:
    """A contexts file's cue lists, and its regex parts as the group each `(?&name)` becomes."""
    data = _read_yaml(path)
    try:
        ctx = Contexts.model_validate(data)
    except ValidationError as exc:
        raise RuleError(_format_error(path, None, exc)) from None
    return {k: tuple(v) for k, v in ctx.contexts.items()}, {k: _joined(v) for k, v in ctx.regex_parts.items()}


def load_contexts(path: Path) -> dict[str, tuple[str, ...]]:
    return read_contexts(path)[0]


def load_rules(dirs: list[Path] | None = None) -> RuleSet:
    """Load the built-in packs plus any extra folders, in order; ids must be unique."""
    folders = [builtin_rules_dir(), *(dirs or [])]
    rules: list[Rule] = []
    sources: dict[str, str] = {}
    contexts: dict[str, tuple[str, ...]] = {}
    parts: dict[str, str] = {}
    for folder in folders:
        if not folder.is_dir():
            raise RuleError(f"{folder}: regelmappen finns inte")
        # A folder's contexts first: its packs may use its regex parts (and the earlier folders').
        if (folder / "contexts.yaml").is_file():
            cues_of, parts_of = read_contexts(folder / "contexts.yaml")
            for name, cues in cues_of.items():
                contexts[name] = contexts.get(name, ()) + cues
            for name, part in parts_of.items():
                if name in parts:
                    raise RuleError(f"{folder / 'contexts.yaml'}, fält 'regex_parts.{name}': finns redan")
                parts[name] = part
        for path in sorted(folder.glob("*.yaml")):
            if path.name == "contexts.yaml":
                continue
            for rule in load_pack(path, parts):
                if rule.id in sources:
                    raise RuleError(f"{path}, regel {rule.id}, fält 'id': finns redan i {sources[rule.id]}")
                sources[rule.id] = str(path)
                rules.append(rule)
    for rule in rules:
        for field, exc in [*(("exceptions", e) for e in rule.exceptions), *(("require", e) for e in rule.require)]:
            for key, name in (("context", exc.context), ("not_across", exc.not_across), ("cue_disarm", exc.cue_disarm)):
                if name and name not in contexts:
                    raise RuleError(
                        f"{sources[rule.id]}, regel {rule.id}, fält '{field}.{key}': okänd kontext {name!r}"
                        f" (finns: {', '.join(sorted(contexts)) or 'inga'})"
                    )
    return RuleSet(tuple(rules), contexts, sources)
