import pytest
from hypothesis import given, strategies as st

from checker.normalize import fold, leet, normalize, unstretch


def test_zero_width_and_soft_hyphen_are_removed():
    n = normalize("fr\u00adån\u200bvaro")
    assert n.text == "frånvaro"
    assert n.to_original(0, len(n.text)) == (0, len("fr\u00adån\u200bvaro"))


def test_whitespace_runs_collapse_and_keep_line_breaks():
    n = normalize("a  \t b\n\n\nc")
    assert n.text == "a b\nc"


def test_combining_marks_compose():
    n = normalize("fra\u030anvaro")  # a + combining ring
    assert n.text == "frånvaro"
    assert n.to_original(0, len(n.text)) == (0, 9)


def test_spelled_out_words_are_joined():
    for s in ("i-d-i-o-t", "i d i o t", "i.d.i.o.t", "i*d*i*o*t"):
        n = normalize(f"Du är en {s}!")
        assert "idiot" in n.text
        a, b = n.to_original(n.text.index("idiot"), n.text.index("idiot") + 5)
        assert n.original[a:b] == s


def test_letters_spelled_out_before_a_compound_head_are_joined():
    # Round 57: "c-p-unge" reads as "cp-unge"; the finding still quotes the caller's spelling.
    for s, joined in (("c-p-unge", "cp-unge"), ("c-p-skadad", "cp-skadad"), ("K-G-B-agenten", "KGB-agenten")):
        n = normalize(f"Total {s} idag.")
        assert n.text == f"Total {joined} idag."
        a, b = n.to_original(6, 6 + len(joined))
        assert n.original[a:b] == s
    # one letter before a word is no spelling ("e-post", "p-piller"), and a stutter keeps its own reading
    for s in ("Vi skickade e-post.", "Hon har p-piller."):
        assert normalize(s).text == s
    assert normalize("Han sa d-d-dumma saker.").text == "Han sa dumma saker."


def test_abbreviations_and_short_words_are_left_alone():
    for s in ("p.g.a. regnet", "bo i å ö", "t.ex. F-varning"):
        assert normalize(s).text == s


def test_fold_and_leet():
    assert fold("FRÅNVARO") == "franvaro"
    assert fold("laaaat") == "lat"
    assert leet("id1ot") == "idiot"
    assert leet("r3tard") == "retard"
    assert leet("8C") is None
    assert leet("2024") is None
    assert unstretch("Jäääävla") == "Jävla"  # shrunk, but case and å/ä/ö kept


@given(st.text())
def test_offset_map_covers_original(text):
    n = normalize(text)
    assert len(n.starts) == len(n.ends) == len(n.text)
    for s, e in zip(n.starts, n.ends):
        assert 0 <= s < e <= len(text)
    assert n.starts == sorted(n.starts)


def test_lookalike_letters_in_a_latin_word_read_as_latin():
    n = normalize("Han är en idiоt och fittа.")   # Cyrillic о and а
    assert n.text == "Han är en idiot och fitta."
    s, e = n.to_original(10, 15)
    assert n.original[s:e] == "idiоt"          # shown text is the caller's own


def test_words_wholly_in_cyrillic_or_greek_are_left_alone():
    for text in ("Пушкин skrev привет.", "ΑΒΓ och α-partiklar i fysiken."):
        assert normalize(text).text == text


def test_stuttered_opening_is_dropped_and_quoted_whole():
    for s, word in (("Sch-sch-schizo", "schizo"), ("ö-ö-överlägsen", "överlägsen"), ("id-idiot", "idiot")):
        n = normalize(f"Han är {s}.")
        assert f"är {word}." in n.text
        i = n.text.index(word)
        a, b = n.to_original(i, i + len(word))
        assert n.original[a:b] == s


def test_short_prefixes_and_double_names_are_no_stutter():
    for s in ("p-piller", "A-aktier", "e-post", "Per-Persson", "Ann-Anneli", "x-x"):
        assert normalize(s).text == s


def test_a_word_with_look_alike_digits_is_one_token_and_a_number_keeps_its_unit():
    """spaCy splits a unit from a number ("5g"), and so cut "b0g" into "b0" + "g" and "id10t"
    into "id10" + "t": no rule could see the word (round 26)."""
    from checker.nlp import get_nlp

    def words(text):
        return [t.text for t in get_nlp().make_doc(text)]

    assert words("Liam = b0g") == ["Liam", "=", "b0g"]
    assert words("Du är en id10t.") == ["Du", "är", "en", "id10t", "."]
    assert words("Han har B0G B0G. Sedan") == ["Han", "har", "B0G", "B0G", ".", "Sedan"]
    assert words("Degen väger 500g.") == ["Degen", "väger", "500", "g."]
    assert words("10 kg och 5km") == ["10", "kg", "och", "5", "km"]
    assert words("A4 och CO2") == ["A4", "och", "CO2"]


@pytest.mark.parametrize("text, joined", [
    ("är du d u m i huvet eller?", "är du dum i huvet eller?"),
    ("han är en i d i o t i klassen", "han är en idiot i klassen"),
])
def test_a_spaced_spelling_leaves_a_one_letter_word_before_the_next(text, joined):
    # round 59: "i" (and "å", "o") after a spaced spelling is the next phrase's word
    assert normalize(text).text == joined
