"""atheris target: the rule loader turns any file into rules or a RuleError, nothing else.

A hostile rule file (broken YAML, wrong types, a regex that would backtrack forever, an
exception with an unknown context) must end in a clear RuleError naming the file.
Short run (CI):  python tests/fuzz/fuzz_rules.py -runs=3000 -max_len=2048
"""
import sys
import tempfile
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["checker"]):
    from checker.rules import RuleError, load_pack

SEED = b"""category: grade
rules:
  - id: LX001
    name: Lokal regel
    severity: info
    message: Ett lokalt meddelande.
    suggestion: Ett lokalt forslag.
    match: {words: [streck], regex: ['(a+)+$']}
    exceptions: [{after: [av], window: 2}]
    examples: {flag: [Fick streck.], pass: [Ett streck i marginalen.]}
"""
TMP = Path(tempfile.mkdtemp()) / "fuzz.yaml"


def test_one(data: bytes) -> None:
    TMP.write_bytes(data)
    try:
        load_pack(TMP)
    except RuleError as exc:
        if str(TMP) not in str(exc):
            raise AssertionError("a RuleError must name the file") from exc


if __name__ == "__main__":
    if len(sys.argv) > 1 and sys.argv[-1] == "--write-seed":
        sys.stdout.buffer.write(SEED)
        sys.exit(0)
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()
