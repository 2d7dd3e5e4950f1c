"""Run `skrivvakt serve` in a subprocess on a free loopback port and wait until it is
ready: what the socket tests and the service benchmark need (and any test that wants the
real server rather than the in-process app)."""
from __future__ import annotations

import os
import socket
import subprocess
import sys
import time
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Iterator, Mapping, Sequence


class ServerFailed(RuntimeError):
    pass


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


@contextmanager
def serve_subprocess(
    *,
    args: Sequence[str] = (),
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    output: IO[bytes] | int = subprocess.DEVNULL,
    ready_checks: int = 1,
    timeout: float = 240,
) -> Iterator[str]:
    """Yield the base URL once `/readyz` has answered 200 `ready_checks` times in a row
    (with several workers, more checks reach more of them); stop the server afterwards.

    `env` replaces every SKRIVVAKT_* variable of this process, so the caller's settings
    are the only ones."""
    import httpx

    port = free_port()
    full_env = {k: v for k, v in os.environ.items() if not k.startswith("SKRIVVAKT_")}
    full_env.update(env or {})
    proc = subprocess.Popen(
        [sys.executable, "-m", "cli.main", "serve", "--port", str(port), *args],
        cwd=cwd, env=full_env, stdout=output, stderr=subprocess.STDOUT if output != subprocess.DEVNULL else output,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + timeout
        ready = 0
        with httpx.Client(base_url=base, timeout=5) as client:
            while ready < ready_checks:
                if proc.poll() is not None:
                    raise ServerFailed(f"skrivvakt serve exited with {proc.returncode}")
                if time.monotonic() > deadline:
                    raise ServerFailed(f"skrivvakt serve was not ready within {timeout:g} s")
                try:
                    r = client.get("/readyz")
                except httpx.TransportError:
                    ready = 0
                else:
                    if r.status_code != 200 and r.json().get("status") == "failed":
                        raise ServerFailed(r.json()["detail"])
                    ready = ready + 1 if r.status_code == 200 else 0
                time.sleep(0.05 if ready else 0.25)
        yield base
    finally:
        proc.terminate()
        try:
            proc.wait(20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait(10)
