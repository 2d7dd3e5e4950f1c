"""Registers the identifier detectors (`load_builtin_detectors` imports this module).

The detectors themselves are in `identifiers.py`; the validation of personnummer and
samordningsnummer is in `checker.identifiers.personnummer`.
"""
from . import identifiers  # noqa: F401  (registers personnummer, phone, email, address, person_name)
