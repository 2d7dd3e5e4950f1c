"""atheris target: the HTML path never raises and its offsets point into the HTML.

Short run (CI):  python tests/fuzz/fuzz_html.py -runs=3000 -max_len=4096
"""
import sys

import atheris

with atheris.instrument_imports(include=["checker"]):
    from checker import get_checker
    from checker.html import check_html

CHECKER = get_checker()


def test_one(data: bytes) -> None:
    fdp = atheris.FuzzedDataProvider(data)
    src = fdp.ConsumeUnicodeNoSurrogates(fdp.remaining_bytes())
    for f in check_html(CHECKER, src).findings:
        if not (0 <= f.start < f.end <= len(src)) or src[f.start:f.end] != f.quote:
            raise AssertionError(f"bad HTML offsets {f.start}-{f.end} for rule {f.rule_id}")


if __name__ == "__main__":
    atheris.Setup(sys.argv, test_one)
    atheris.Fuzz()
