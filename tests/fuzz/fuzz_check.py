"""atheris target: `check` never raises and keeps its offset contract for any input.

Short run (CI):  python tests/fuzz/fuzz_check.py -runs=3000 -max_len=4096
Long run:        python tests/fuzz/fuzz_check.py -max_total_time=3600 -max_len=65536 corpus_dir/
"""
import sys

import atheris

with atheris.instrument_imports(include=["checker"]):
    from checker import get_checker

CHECKER = get_checker()


def test_one(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    text = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    report = CHECKER.check(text)
    for f in report.findings:
        if not (0 <= f.start < f.end <= len(text)) or text[f.start:f.end] != f.quote:
            raise AssertionError(f"bad offsets {f.start}-{f.end} for rule {f.rule_id}")


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()
