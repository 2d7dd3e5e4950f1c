"""`Checker._merge` is near-linear in the number of hits and merges exactly as it did when it
checked every hit against every other (the review found 16,000 characters of "lat idiot "
spending seconds there). `_quadratic_merge` below is that old implementation, kept as the
oracle: random hits over random texts must merge to the very same hits, in the same order."""
from __future__ import annotations

import sys

import pytest
from hypothesis import HealthCheck, given, settings, strategies as st

from checker.engine import _SUBSUMED, _SUBSUMED_INSIDE, _SWEAR_WORD, _Hit, _same_phrase, _simile_of
from checker.models import SEVERITY_RANK


def _quadratic_merge(checker, hits, a=None):
    """`Checker._merge` before it was made near-linear (commit bc8be65), with one rule added since: round 70's
    insult and judgment side by side in one noun phrase (`_same_phrase`), here read off the nearest insult on each
    side by a plain scan."""
    rules = checker.rules
    ranked = sorted(
        hits,
        key=lambda h: (-SEVERITY_RANK[rules[h.rule].severity.value], -h.confidence, -(h.end - h.start), h.start, rules[h.rule].id),
    )
    kept = []
    taken: dict[str, list[tuple[int, int]]] = {}
    for h in ranked:
        spans = taken.setdefault(rules[h.rule].category, [])
        if any(h.start < e and s < h.end for s, e in spans):
            continue
        spans.append((h.start, h.end))
        kept.append(h)
    for category, by in _SUBSUMED.items():
        cues = checker._intensifiers
        over = [(o.start, o.end, o.first == o.last and a is not None and cues is not None
                 and cues.search(a, o.first, o.first + 1))
                for o in kept if rules[o.rule].category in by]
        words = {(o.start, o.end): o.first == o.last for o in kept if rules[o.rule].category in by}
        if over and category in taken:
            inside = category in _SUBSUMED_INSIDE
            kept = [h for h in kept if rules[h.rule].category != category
                    or not any(h.start < e and s < h.end and not (swear and h.start < s and e < h.end)
                               and (not inside or (s <= h.start and h.end <= e))
                               for s, e, swear in over)]
            if not inside and a is not None:
                text = a.norm.text
                kept = [h for h in kept if rules[h.rule].category != category
                        or not any(_simile_of(text, h.end, s, e) for s, e, _w in over)]

                def insult_word(s, e, swear):
                    return words[(s, e)] and not swear and _SWEAR_WORD.fullmatch(text, s, e) is None

                def beside(h):
                    if h.first != h.last:
                        return False
                    after = min((o for o in over if o[0] >= h.end), default=None)
                    before = max((o for o in over if o[1] <= h.start), key=lambda o: o[1], default=None)
                    return (after is not None and insult_word(*after) and _same_phrase(text, h.end, after[0])) or (
                        before is not None and insult_word(*before) and _same_phrase(text, before[1], h.start))

                kept = [h for h in kept if rules[h.rule].category != category or not beside(h)]
    return kept


# Pieces of text that make the merge's cases likely: a swear intensifier inside a judgment,
# similes that end in an insult and those that do not ("som fan", a conjunction, a new line),
# a quoted word, insults side by side.
PIECES = ["Han", "hon", "är", "lat", "idiot", "en", "ett", "jävla", "som", "som en", "som fan",
          "beter sig", "ibland", "riktig", "clown", "geni", "och", "men", "kallad", "'hen'",
          "autist", "cp-skadad", "ser ut som", "gris", ".", ",", "\n", "”", "aldrig"]
CATEGORIES = ("offensive", "person_judgment", "sensitive", "grade")


@pytest.fixture(scope="module")
def rule_pool(checker):
    """A few rules of each category the merge treats differently, of every severity there is,
    and two of one severity so that ties fall to the rule id."""
    pool = []
    for category in CATEGORIES:
        by_severity: dict[str, list[int]] = {}
        for i, rule in enumerate(checker.rules):
            if rule.category == category:
                by_severity.setdefault(rule.severity.value, []).append(i)
        for indexes in by_severity.values():
            pool.extend(indexes[:2])
    assert {checker.rules[i].category for i in pool} == set(CATEGORIES)
    return pool


_analyses: dict[str, object] = {}


def _analysis(checker, text):
    if text not in _analyses:
        _analyses[text] = checker.analyse(text)
    return _analyses[text]


def _draw_hits(data, a, pool):
    """Hits as `_raw_hits` makes them: on tokens (lexicon, Matcher) or on any characters
    (regexes, detectors), each covering at least one character."""
    n_tokens, n_chars = len(a.starts), len(a.text)
    hits = []
    for _ in range(data.draw(st.integers(0, 40))):
        rule = data.draw(st.sampled_from(pool))
        confidence = data.draw(st.sampled_from([0.5, 0.75, 0.9, 1.0]))
        if data.draw(st.booleans()):
            first = data.draw(st.integers(0, n_tokens - 1))
            last = data.draw(st.integers(first, min(n_tokens - 1, first + 4)))
            start, end = a.starts[first], a.ends[last]
        else:
            start = data.draw(st.integers(0, n_chars - 1))
            end = data.draw(st.integers(start + 1, min(n_chars, start + 25)))
            first, last = a.token_at(start), a.token_at(end - 1)
        if end > start:
            hits.append(_Hit(rule, start, end, first, last, confidence, None))
    return hits


@settings(max_examples=400, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(pieces=st.lists(st.sampled_from(PIECES), min_size=1, max_size=30), data=st.data())
def test_merge_equals_the_quadratic_oracle(checker, rule_pool, pieces, data):
    a = _analysis(checker, " ".join(pieces))
    if not a.starts:
        return
    hits = _draw_hits(data, a, rule_pool)
    for analysis in (a, None):
        new = checker._merge(list(hits), analysis)
        old = _quadratic_merge(checker, list(hits), analysis)
        assert [id(h) for h in new] == [id(h) for h in old]


@pytest.mark.parametrize("text, judgment, insult, dropped", [
    # The judgment's simile ends in the insult: the insult's finding says it all.
    ("Han beter sig som en idiot.", "beter sig", "idiot", True),
    # "som fan" is a degree, not a comparison.
    ("Han är lat som fan idiot.", "lat", "idiot", False),
    # A swear intensifier strictly inside the judgment leaves it standing.
    ("Han är ett jävla geni.", "ett jävla geni", "jävla", False),
    # An insult overlapping the judgment drops it.
    ("Han är en lat jävel.", "en lat jävel", "jävel", True),
])
def test_merge_cases_agree_with_the_oracle(checker, rule_pool, text, judgment, insult, dropped):
    """The cases the property test must be able to tell apart, each checked to really drop or
    keep the judgment, so that agreeing with the oracle means something."""
    a = checker.analyse(text)
    by_category = {checker.rules[i].category: i for i in rule_pool}

    def hit(category, quote):
        start = text.index(quote)
        end = start + len(quote)
        return _Hit(by_category[category], start, end, a.token_at(start), a.token_at(end - 1), 0.9, None)

    hits = [hit("person_judgment", judgment), hit("offensive", insult)]
    new = checker._merge(list(hits), a)
    assert [id(h) for h in new] == [id(h) for h in _quadratic_merge(checker, list(hits), a)]
    assert (hits[0] not in new) is dropped
    # Held inside the insult, a sensitive hit goes; reaching out of it, it stays.
    sensitive = hit("sensitive", insult)
    wider = hit("sensitive", judgment)
    got = checker._merge([hits[1], sensitive, wider], a)
    assert sensitive not in got and wider in got


def _work(merge, *args) -> int:
    """Python lines run and functions called inside `merge(*args)`: a count of the work done
    that, unlike a clock, does not depend on the machine or its load. A loop counts once per
    turn (a backward jump is a line event even on the same line)."""
    count = 0

    def tracer(frame, event, arg):
        nonlocal count
        count += 1
        return tracer

    previous = sys.gettrace()
    sys.settrace(tracer)
    try:
        merge(*args)
    finally:
        sys.settrace(previous)
    return count


@pytest.mark.parametrize("sentence", ["lat idiot ", "Han beter sig som en jävla idiot och är lat. "])
def test_merge_work_grows_linearly_with_the_hits(checker, sentence):
    """Four times the text (and the hits) costs the merge about four times the work, not
    sixteen; the old merge, counted the same way, shows that the count would tell."""
    def hits_of(repeats):
        a = checker.analyse(sentence * repeats)
        hits = [h for h in checker._raw_hits(a, checker.active_rules(None, None)) if not checker._cancelled(a, h)]
        return hits, a

    small, large = hits_of(50), hits_of(200)
    assert len(large[0]) == 4 * len(small[0]) > 100
    new = _work(checker._merge, *large) / _work(checker._merge, *small)
    old = _work(_quadratic_merge, checker, *large) / _work(_quadratic_merge, checker, *small)
    assert new < 5, f"the merge did {new:.1f} times the work for 4 times the hits"
    assert old > 10, f"the work count no longer tells quadratic from linear ({old:.1f})"


def test_no_subsuming_category_is_itself_subsumed():
    # _merge builds one index per subsuming category and shares it between the categories it
    # subsumes; that is only right while dropping a subsumed hit never changes a subsuming one.
    subsuming = {b for by in _SUBSUMED.values() for b in by}
    assert subsuming and not subsuming & set(_SUBSUMED)
