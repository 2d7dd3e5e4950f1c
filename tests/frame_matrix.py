"""What the frame-matrix tests (tests/test_frames_*.py) share: every word put into every
sentence frame, and the categories the public checker finds in a sentence."""
from __future__ import annotations

from checker import get_checker


def fill(frames, words, **fields) -> list[str]:
    """Every frame × every word: `{w}` is the word, `{W}` the word with a capital first
    letter, and `fields` fill any other placeholder (`{name}`, `{s}`, …)."""
    return [f.format(w=w, W=w[:1].upper() + w[1:], **fields) for f in frames for w in words]


def categories(text: str, names) -> set[str]:
    """The categories of the findings in `text` about the student called `names`."""
    return {f.category for f in get_checker().check(text, subject_names=list(names)).findings}
