"""What the pre-save hook tells the platform besides the findings: the status line and
short warnings, in Swedish, that never quote the text (the platform may show or log them)."""
from __future__ import annotations

from checker import CATEGORY_LABELS_SV, Finding
from checker.config import PolicyConfig
from checker.policy import decide

from .models import MAX_WARNING_CHARS, Status


def blocks(f: Finding, policy: PolicyConfig) -> bool:
    """Whether this finding alone makes the policy block the save."""
    return decide([f], policy) == "block"


def _shorten(text: str) -> str:
    return text if len(text) <= MAX_WARNING_CHARS else text[: MAX_WARNING_CHARS - 1].rstrip() + "…"


def warnings_for(findings: list[Finding], policy: PolicyConfig) -> list[str]:
    """One short Swedish line per rule (never quoting the text): what, how many, whether it
    stops the save, where it belongs."""
    by_rule: dict[str, list[Finding]] = {}
    for f in findings:
        by_rule.setdefault(f.rule_id, []).append(f)
    out = []
    for rule_id, fs in by_rule.items():
        f = fs[0]
        label = CATEGORY_LABELS_SV[f.category]
        count = f"{len(fs)} ställen" if len(fs) > 1 else "1 ställe"
        where = f" – hör hemma i {f.belongs_in}" if f.belongs_in else ""
        level = "måste åtgärdas" if blocks(f, policy) else "bör ses över"
        out.append(_shorten(f"{label} ({rule_id}), {count}, {level}{where}."))
    return out


def status_for(decision: str, findings: list[Finding], policy: PolicyConfig) -> Status:
    def remarks(n: int) -> str:
        return "1 anmärkning" if n == 1 else f"{n} anmärkningar"

    if decision == "block":
        stopping = sum(1 for f in findings if blocks(f, policy))
        rest = len(findings) - stopping
        also = f" ({remarks(rest)} till bör ses över)" if rest else ""
        return Status(code=403, message=f"Texten kan inte sparas: {remarks(stopping)} måste åtgärdas först{also}.")
    if decision == "warn":
        return Status(code=200, message=f"Texten kan sparas, men {remarks(len(findings))} bör ses över.")
    return Status(code=200, message="Texten följer dokumentationspolicyn.")
