"""The veto floor: findings about the gravest matters that the trained veto may never drop.

The second opinion (`second_opinion.py`) drops a content finding whose sentence scores low.
For suicide, self-harm, abuse and violence against the child, neglect, a report of concern
(orosanmälan), LVU and placement, threats to the child's safety, and (round 63) an eating disorder
and an abortion that are the pupil's own, one missed finding costs
far more than a false alarm, and a classifier gives no guarantee about any one sentence. So
the Checker keeps a finding of the floor's category whose own words (the hit's tokens) hold a
floor term, whatever the classifier says (`Checker._second_opinion`). The floor never adds a
finding: what the rules and their exceptions did not find stays unfound.

One group is no grave matter (round 63): tobacco and nicotine use, decided sensitive in round 23,
after the shipped model was trained on items that left it unlabelled. The model cannot judge a
decision it never saw, so until a retrained model ships the rules decide those findings alone.

The terms are data (`data/veto_floor.yaml`), in the rules' entry syntax (`matching.py`):
word form or lemma, `ord*` stems and compounds, asymmetric å/ä/ö, phrases. They are compiled
into the Checker's one lexicon, so the text is still scanned once. A broken file fails at
load with a message naming the file, the group and the field.
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator

from .matching import parse_entry
from .models import Category
from .rules import RuleError, _read_yaml

FLOOR_FILE = Path(__file__).parent / "data" / "veto_floor.yaml"


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid")


class FloorGroup(_Strict):
    """One grave matter: a name (for people reading the file) and its terms."""

    name: str = Field(min_length=1)
    terms: list[str] = Field(min_length=1)

    @field_validator("terms")
    @classmethod
    def _terms_parse(cls, v: list[str]) -> list[str]:
        for term in v:
            if not term.strip():
                raise ValueError("en tom term skyddar ingenting")
            try:
                terms = parse_entry(term)
            except ValueError as exc:
                raise ValueError(f"termen {term!r}: {exc}") from None
            if all(t.kind in ("gap", "subject") for t in terms):
                raise ValueError(f"termen {term!r} innehåller inget ord")
        return v


class FloorFile(_Strict):
    category: Category
    groups: list[FloorGroup] = Field(min_length=1)


@dataclass(frozen=True)
class VetoFloor:
    category: str
    terms: tuple[str, ...]
    source: str


def load_floor(path: Path = FLOOR_FILE) -> VetoFloor:
    """Read and validate the floor file; a RuleError names the file, the group and the field."""
    data = _read_yaml(path)
    if not isinstance(data, dict):
        raise RuleError(f"{path}: vetogolvet ska vara en mappning med `category` och `groups`")
    try:
        floor = FloorFile.model_validate(data)
    except ValidationError as exc:
        first = exc.errors()[0]
        loc = list(first["loc"])
        where = str(path)
        if len(loc) >= 2 and loc[0] == "groups" and isinstance(loc[1], int):
            groups = data.get("groups") or []
            group = groups[loc[1]] if loc[1] < len(groups) else None
            name = group.get("name") if isinstance(group, dict) else None
            where += f", grupp {name!r}" if isinstance(name, str) and name else f", grupp nr {loc[1] + 1}"
            loc = loc[2:]
        field = ".".join(str(p) for p in loc) or "(gruppen)"
        msg = first["msg"].removeprefix("Value error, ")
        raise RuleError(f"{where}, fält '{field}': {msg}") from None
    if floor.category == "identifier":
        raise RuleError(f"{path}, fält 'category': identifierare vetas aldrig, så de behöver inget golv")
    terms = tuple(dict.fromkeys(t for g in floor.groups for t in g.terms))
    return VetoFloor(category=floor.category, terms=terms, source=str(path))


# The person_judgment floor (6 December): a judgment whose clause makes the pupil its subject is the
# rules' to decide, not the veto's. The sentence classifier reads words, not who a sentence is about,
# and dropped plain judgments of the pupil ("Hen kan bli dum när det inte går som hen vill.", "Onsdag:
# Han var stökig hela lektionen.") along with its good work on characters, animals and roles judged
# ("Max var dum mot sin nalle"), where the subject is someone else.
SUBJECT_FLOOR_CATEGORY = "person_judgment"
# (The engine's subject tests – `student_first`, `_joined_copula` – hold their own copula and pronoun
# lists; these differ on purpose: "bli" after an auxiliary, the note-taker's "e" and "=", no "känns".)
PUPIL_PRONOUNS = frozenset(("han", "hon", "hen", "he", "she"))
COPULAS = frozenset(("ar", "var", "varit", "blir", "blev", "bli", "verkar", "e", "is", "was", "="))
# Auxiliaries that may stand between the subject and the copula ("Hen kan bli dum", "Han har varit stökig").
AUXILIARIES = frozenset(("kan", "kunde", "ska", "skulle", "brukar", "har", "hade", "maste", "vill", "kommer",
                         "can", "could", "has", "had", "will", "would"))
# The pupil's family as the subject ("Toves bror är …", "hennes mamma är …"): a judgment of the home,
# which person_judgment covers as well.
KIN = frozenset(("mamma", "pappa", "mor", "far", "bror", "broder", "syster", "storebror", "lillebror", "storasyster",
                 "lillasyster", "syskon", "foraldrar", "familj", "familjen", "mother", "father", "brother", "sister",
                 "parents", "mum", "mom", "dad"))
POSSESSIVES = frozenset(("hans", "hennes", "hens", "his", "her"))
_COPULA_REACH = 5    # tokens from the copula to the hit


def pupil_is_subject(a, first: int) -> bool:
    """True if, in the hit's sentence and within `_COPULA_REACH` tokens before token `first`, the
    nearest copula (är, var, blir, verkar, "=", …; folded) has the pupil as its subject: a pupil
    pronoun or one of `subject_names` right before it ("Han var stökig"; an auxiliary may stand
    between: "Hen kan bli dum"; or the pupil's family: "Toves bror är …") or right after it, as
    Swedish inverts after an adverbial ("Idag var han stökig"); or – for the jotted "Lisa =
    slöfock" – a capitalised word right before "=". Not "berättade hon att Max var dum": the
    pronoun there is the subject of another verb."""
    fold, sent = a.fold, a.sent
    s = sent[first]

    def pupil(k: int) -> bool:
        if not (0 <= k < len(fold) and sent[k] == s):
            return False
        if fold[k] in PUPIL_PRONOUNS or fold[k] in a.subject_names:
            return True
        if fold[k] in KIN and k >= 1 and sent[k - 1] == s:   # the pupil's family: "Toves bror", "hennes mamma"
            owner = fold[k - 1]
            return owner in POSSESSIVES or (owner.endswith("s") and owner[:-1] in a.subject_names)
        return False

    for j in range(first - 1, max(-1, first - 1 - _COPULA_REACH), -1):
        if sent[j] != s:
            return False
        if fold[j] not in COPULAS:
            continue
        if fold[j] == "=" and j > 0 and sent[j - 1] == s and a.text[a.starts[j - 1]:a.starts[j - 1] + 1].isupper():
            return True
        before = j - 2 if j >= 2 and fold[j - 1] in AUXILIARIES else j - 1
        return pupil(before) or (j + 1 < first and pupil(j + 1))
    return False
