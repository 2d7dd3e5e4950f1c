from hypothesis import example, given, settings, strategies as st

from checker.html import check_html, visible_text


def test_visible_text_skips_tags_attributes_and_scripts():
    src = '<p title="Kalle är lat">Hej</p><script>var lat = 1;</script><style>.lat{}</style>'
    assert visible_text(src).text.strip() == "Hej"


def test_entities_are_decoded_and_offsets_point_into_html(checker):
    src = "<p>Hon har h&ouml;g fr&aring;nvaro.</p><p>Kalle &auml;r <b>lat</b>.</p>"
    report = check_html(checker, src)
    quotes = {f.category: f.quote for f in report.findings}
    assert quotes["attendance"] == "fr&aring;nvaro"
    assert quotes["person_judgment"] == "lat"
    for f in report.findings:
        assert src[f.start:f.end] == f.quote


def test_nothing_inside_attributes_is_flagged(checker):
    src = '<a href="mailto:anna@example.se" data-x="idiot 070-123 45 67">Länk</a>'
    assert check_html(checker, src).findings == []


def test_block_tags_separate_sentences():
    vt = visible_text("<li>ett</li><li>två</li>")
    assert vt.text.split() == ["ett", "två"] and "\n" in vt.text


def test_a_malformed_marked_section_is_read_as_a_bogus_comment(checker):
    # The standard library asserts on "<![" with no name after it (found by the fuzzer, round 35).
    for src in ["Kalle är lat <![\x05 o", "<p>Hon är lat.</p><![ x]>Han har hög frånvaro.", "<![\x05 lat>idiot"]:
        report = check_html(checker, src)
        for f in report.findings:
            assert src[f.start:f.end] == f.quote
    assert {f.quote for f in check_html(checker, "<![\x05 lat>idiot").findings} == {"idiot"}
    assert "lat" in {f.quote for f in check_html(checker, "Kalle är lat <![\x05 o").findings}


@settings(max_examples=150, deadline=None)
@example("K\uffff\uffff äKalle \u00cd\u00cdat, h<![\x05 o")   # the fuzzer's crash (round 35)
@given(st.lists(st.sampled_from(["<p>", "</p>", "<br>", "&amp;", "&#229;", "&nbsp;", "lat", "idiot", "frånvaro", " ", "<b>", "</b>", "<!-- x -->", "<![", "<![ x]>", "&", "<", "&bogus;", "&#xFFFFFF;"]), max_size=30).map("".join))
def test_any_html_gives_valid_offsets(checker, src):
    for f in check_html(checker, src).findings:
        assert 0 <= f.start < f.end <= len(src) and src[f.start:f.end] == f.quote
