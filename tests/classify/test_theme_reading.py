"""The theme reading next to the word table (issue 17: exact themes on mail the classifier has not seen): weigh.themes
is the table, learned.Model.themes the reading, both pure."""

from __future__ import annotations

import pytest

from mailservice.classify import learned, weigh
from mailservice.classify.themes import THEMES

P = {"strategie": 0.1, "samenwerking": 0.1, "organisatie": 0.9, "dienstverlening": 0.6}


def test_a_theme_of_the_tables_the_reading_does_not_see_proposed_is_dropped() -> None:
    themes, note = weigh.themes(("samenwerking", "organisatie"), P)
    assert themes == ("organisatie",)
    assert note == "het geleerde model leest samenwerking (0.10) niet als voorstel"


def test_themes_the_reading_supports_stay() -> None:
    assert weigh.themes(("organisatie", "dienstverlening"), P) == (("organisatie", "dienstverlening"), "")


def test_the_tables_single_theme_stands_where_the_reading_sees_no_other() -> None:
    quiet = {"strategie": 0.2, "samenwerking": 0.1, "organisatie": 0.55, "dienstverlening": 0.3}
    assert weigh.themes(("strategie",), quiet) == (("strategie",), "")


def test_a_second_theme_the_reading_is_sure_of_joins_the_tables_single_one() -> None:
    themes, note = weigh.themes(("dienstverlening",), P)
    assert themes == ("organisatie", "dienstverlening")
    assert note == "het geleerde model leest ook organisatie (0.90)"


def test_a_single_theme_the_reading_denies_gives_way_to_the_one_it_reads() -> None:
    read = {"strategie": 0.04, "samenwerking": 0.74, "organisatie": 0.28, "dienstverlening": 0.01}
    themes, note = weigh.themes(("strategie",), read)
    assert themes == ("samenwerking",)
    assert note == "het geleerde model leest samenwerking (0.74), niet strategie (0.04)"


def test_of_several_a_theme_far_below_the_likeliest_is_dropped() -> None:
    read = {"strategie": 0.02, "samenwerking": 0.95, "organisatie": 0.26, "dienstverlening": 0.02}
    assert weigh.themes(("samenwerking", "organisatie"), read)[0] == ("samenwerking",)


def test_where_the_table_finds_none_the_sure_themes_of_the_reading_count() -> None:
    themes, note = weigh.themes((), P)
    assert themes == ("organisatie", "dienstverlening")
    assert note == "thema's volgens het geleerde model: organisatie (0.90), dienstverlening (0.60)"


def test_an_unsure_reading_adds_no_theme() -> None:
    unsure = {"strategie": 0.3, "samenwerking": 0.2, "organisatie": 0.45, "dienstverlening": 0.1}
    assert weigh.themes((), unsure) == ((), "")


def test_all_the_table_would_drop_keeps_the_table() -> None:
    low = {t: 0.05 for t in THEMES}
    assert weigh.themes(("samenwerking", "organisatie"), low) == (("samenwerking", "organisatie"), "")


def test_without_a_reading_the_table_decides() -> None:
    assert weigh.themes(("samenwerking", "organisatie"), None) == (("samenwerking", "organisatie"), "")


def test_the_shipped_model_reads_themes() -> None:
    model = learned.model()
    assert model is not None
    read = model.themes("[call_for_themes] Graag een sessie over de klantreis van inwoners langs ons loket.")
    assert read is not None and set(read) == set(THEMES)
    assert max(read, key=read.__getitem__) == "dienstverlening"


def test_too_few_labelled_suggestions_give_no_theme_reading() -> None:
    examples = [learned.Example(f"voorstel {i}", "suggestion", ("organisatie",)) for i in range(5)]
    examples += [learned.Example(f"ik kom {i}", "rsvp-ja") for i in range(5)]
    model = learned.train(examples)
    assert model is not None and model.themes("iets") is None


def test_themes_in_the_examples_file() -> None:
    rows = [learned.Example("over de begroting", "suggestion", ("organisatie",)), learned.Example("ja", "rsvp-ja")]
    assert learned.parse_examples(learned.dump_examples(rows).splitlines()) == rows
    with pytest.raises(ValueError, match="regel 1: onbekend thema 'financien'"):
        learned.parse_examples(['{"text": "x", "label": "suggestion", "themes": ["financien"]}'])
