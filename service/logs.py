"""Structured (JSON) logs that never carry the text.

Every line is one JSON object. Request lines carry the request id, method, route template
(never the raw path or query string, which a client could fill with text), status, timing
and, for checks, counts and rule ids. Exceptions are logged by type and location only: an
exception's message can quote its input, so it never reaches a log line.
"""
from __future__ import annotations

import json
import logging
import sys
import time
import traceback
from typing import Any

LOGGER_NAME = "skrivvakt.service"
log = logging.getLogger(LOGGER_NAME)

# Libraries the checker uses that log the text they analyse at DEBUG level (Presidio logs
# its context words, i.e. the text). They are held at WARNING whatever the log level.
QUIET_LOGGERS = ("presidio-analyzer", "presidio-anonymizer", "decision_process")

# Attributes every LogRecord has; anything else was passed with `extra=` and is a field.
_STANDARD = set(logging.makeLogRecord({}).__dict__) | {"message", "asctime", "color_message"}


class JsonFormatter(logging.Formatter):
    def format(self, record: logging.LogRecord) -> str:
        out: dict[str, Any] = {
            "ts": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created)) + f".{int(record.msecs):03d}Z",
            "level": record.levelname.lower(),
            "logger": record.name,
        }
        if record.name.startswith(LOGGER_NAME):
            out["event"] = record.msg if isinstance(record.msg, str) else "log"
        else:
            # Other libraries (uvicorn) format their own messages; theirs carry no text
            # from requests (uvicorn's access log, which has the query string, is off).
            out["msg"] = record.getMessage()
        for key, value in record.__dict__.items():
            if key not in _STANDARD and not key.startswith("_"):
                out[key] = value
        if record.exc_info and record.exc_info[0] is not None:
            etype, _, tb = record.exc_info
            frames = traceback.extract_tb(tb)
            out["exception"] = etype.__name__
            if frames:
                out["where"] = f"{frames[-1].filename}:{frames[-1].lineno}"
        return json.dumps(out, ensure_ascii=False, default=str)


def log_config(level: str = "info") -> dict[str, Any]:
    """A logging dictConfig for uvicorn and the app: JSON lines on stderr."""
    handler = {"class": "logging.StreamHandler", "formatter": "json", "stream": "ext://sys.stderr"}
    return {
        "version": 1,
        "disable_existing_loggers": False,
        "formatters": {"json": {"()": JsonFormatter}},
        "handlers": {"default": handler},
        "loggers": {
            "uvicorn": {"handlers": ["default"], "level": level.upper(), "propagate": False},
            "uvicorn.error": {"level": level.upper()},
            "uvicorn.access": {"handlers": [], "level": "WARNING", "propagate": False},
            LOGGER_NAME: {"handlers": ["default"], "level": level.upper(), "propagate": False},
            **{name: {"level": "WARNING"} for name in QUIET_LOGGERS},
        },
    }


def quiet_text_loggers() -> None:
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


def ensure_handler() -> None:
    """Give the app's logger a JSON handler when nothing configured one (in-process use),
    and hold the libraries that would log text at WARNING."""
    quiet_text_loggers()
    if not log.handlers and not logging.getLogger().handlers:
        handler = logging.StreamHandler(sys.stderr)
        handler.setFormatter(JsonFormatter())
        log.addHandler(handler)
        log.setLevel(logging.INFO)
