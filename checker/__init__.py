"""Skrivvakt's checker library.

    from checker import check
    report = check("Kalle är lat.", subject_names=["Kalle"])
    report.decision          # "warn"
    report.findings[0].quote # "lat"

`Checker` is the reusable, build-once object behind `check()`.
"""
from .config import Config, ConfigError, load_config
from .engine import Checker, check, get_checker
from .models import CATEGORIES, CATEGORY_LABELS_SV, Finding, Report, Severity
from .redact import RedactResult, redact
from .rules import RuleError, load_rules

__all__ = [
    "CATEGORIES", "CATEGORY_LABELS_SV", "Checker", "Config", "ConfigError", "Finding", "Report",
    "RedactResult", "RuleError", "Severity", "check", "get_checker", "load_config", "load_rules", "redact",
]
