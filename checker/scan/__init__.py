"""Archive scans for quality staff: read exported documentation in many formats, check every
document, and write findings, errors, a summary and a report (see docs/scan.md).

    sources.py  format readers (bytes → documents with source + metadata, or read errors)
    run.py      the engine: discovery, local process pool or Dask, outputs
    state.py    the resume journal
    summary.py  summary.json;  report.py  report.html (Jinja2 template in templates/)

No terminal code here: the `skrivvakt scan` command (cli/scan_cmd.py) drives it.
"""
from .options import Limits, ScanOptions, scan_options
from .run import Input, Progress, ScanResult, discover, run_scan, write_outputs
from .report import write_report
from .state import ResumeError

__all__ = ["Input", "Limits", "Progress", "ResumeError", "ScanOptions", "ScanResult", "discover", "run_scan",
           "scan_options", "write_outputs", "write_report"]
