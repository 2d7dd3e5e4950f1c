"""Property tests: for any Unicode input, offsets are valid and quotes match them."""
from hypothesis import HealthCheck, given, settings, strategies as st

from checker import check

WORDS = ["lat", "idiot", "id1ot", "i-d-i-o-t", "frånvaro", "franvaro", "Betyget C", "070-123 45 67",
         "\u200b", "\u00ad", "a\u0308", "🙂", "\u202e", "\x00", "\r\n", "  ", "ﬁ", "Å", "İ", "ß"]

text_strategy = st.one_of(
    st.text(),
    st.lists(st.one_of(st.sampled_from(WORDS), st.text(max_size=5)), max_size=40).map(" ".join),
)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(text_strategy)
def test_offsets_and_quotes_are_valid(text):
    report = check(text)
    for f in report.findings:
        assert 0 <= f.start < f.end <= len(text)
        assert text[f.start:f.end] == f.quote
    assert [f.start for f in report.findings] == sorted(f.start for f in report.findings)
    assert check(text) == report  # deterministic


def test_obfuscated_offsets_point_at_the_original_spelling():
    text = "Han är en i-d-i-o-t och\u00ad en id1ot."
    quotes = [f.quote for f in check(text).findings]
    assert "i-d-i-o-t" in quotes and "id1ot" in quotes
