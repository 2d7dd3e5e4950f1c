"""A short atheris run of each fuzz target as part of the suite (long runs: see docs)."""
import os
import subprocess
import sys
from pathlib import Path

import pytest

atheris = pytest.importorskip("atheris")
HERE = Path(__file__).parent / "fuzz"


@pytest.mark.slow
@pytest.mark.parametrize("target, runs, max_len", [("fuzz_check.py", 1500, 2048), ("fuzz_html.py", 1500, 2048), ("fuzz_rules.py", 3000, 2048)])
def test_short_fuzz_run(tmp_path, target, runs, max_len):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    if target == "fuzz_rules.py":
        seed = subprocess.run([sys.executable, str(HERE / target), "--write-seed"], capture_output=True, check=True).stdout
        (corpus / "seed.yaml").write_bytes(seed)
    else:
        (corpus / "seed.txt").write_text("Kalle är lat, har hög frånvaro och betyget C. <p>id1ot &amp; 070-123 45 67</p>", encoding="utf-8")
    env = {**os.environ, "TLDEXTRACT_PUBLIC_SUFFIX_LIST_URLS": ""}
    proc = subprocess.run(
        [sys.executable, str(HERE / target), f"-runs={runs}", f"-max_len={max_len}", "-seed=1", str(corpus)],
        capture_output=True, text=True, timeout=600, env=env, cwd=tmp_path,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
