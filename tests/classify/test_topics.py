"""A topic is the writer's own phrase, kept whole; a longer-than-sane phrase is bounded at a sentence and said so;
tables get a short label cut at a word (issue 17)."""

from __future__ import annotations

from mailservice.classify import Kind, classify
from mailservice.classify.topics import MAX_LABEL, MAX_TOPIC, bounded, label, label_leaves_out, topics_in

# A director's own words, one sentence of about 250 characters: no cut, no "...".
LONG = (
    "Hoe wij als directeuren van werkorganisaties de regionale samenwerking met de gemeenteraden van de deelnemende "
    "gemeenten zo inrichten dat de raden zich eigenaar blijven voelen, terwijl wij de dienstverlening aan inwoners "
    "en ondernemers toch gezamenlijk en efficiënt organiseren"
)


def test_a_long_phrase_is_kept_whole() -> None:
    assert len(LONG) > 240
    found = topics_in(f"Beste secretariaat,\n\nIk zou graag het onderwerp {LONG}.\n\nMet vriendelijke groet,\nJan")
    assert found.phrases == (LONG[0].upper() + LONG[1:],) and found.shortened == 0 and found.note == ""
    assert topics_in(f"- {LONG}\n- Eén loket").phrases == (LONG, "Eén loket")


def test_only_an_abusive_length_is_bounded_at_a_sentence_and_noted() -> None:
    sentence = "De digitalisering van onze werkprocessen vraagt om een gedeelde visie op de dienstverlening. "
    huge = sentence * (MAX_TOPIC // len(sentence) + 5)
    found = topics_in(f"- {huge}")
    (phrase,) = found.phrases
    assert len(phrase) <= MAX_TOPIC and phrase.endswith("dienstverlening.") and "..." not in phrase
    assert found.shortened == 1 and found.note == f"een onderwerp langer dan {MAX_TOPIC} tekens ingekort"
    # Without a sentence end, at a whole word.
    words = "samenwerking " * 400
    assert bounded(words).endswith("samenwerking") and len(bounded(words)) <= MAX_TOPIC
    assert bounded(LONG) == LONG


def test_the_reason_records_a_bounded_topic() -> None:
    run_on = "samenwerking in de regio en " * 200  # one "sentence" far beyond the bound
    raw = (
        "From: Jan <jan@gemeente-a.nl>\r\nTo: secretariaat@ambtelijkefusie.nl\r\n"
        "Subject: Suggestie voor het atelier\r\n"
        "Message-ID: <x1@gemeente-a.nl>\r\n\r\nMijn suggestie: " + run_on + "meer\r\n"
    ).encode()
    decision = classify(raw)
    assert (
        decision.kind == Kind.SUGGESTION and f"een onderwerp langer dan {MAX_TOPIC} tekens ingekort" in decision.reason
    )
    (topic,) = decision.topics
    assert len(topic) <= MAX_TOPIC and run_on.capitalize().startswith(topic) and run_on[len(topic)] == " "


def test_the_words_that_announce_a_topic_are_no_part_of_it() -> None:
    assert topics_in(f"Graag zou ik willen bespreken: {LONG}").phrases == (LONG,)
    assert topics_in("Mijn punt: de rol van de gemeenteraad").phrases == ("De rol van de gemeenteraad",)
    assert topics_in("- Voor de volgende keer: de begroting onder druk").phrases == ("De begroting onder druk",)
    # A title before the colon, or a theme word there, belongs to the phrase.
    assert topics_in("- Eén gezicht naar de inwoner: loketten samenvoegen").phrases == (
        "Eén gezicht naar de inwoner: loketten samenvoegen",
    )
    assert topics_in("Informatieveiligheid: wie is waarvoor verantwoordelijk").phrases == (
        "Informatieveiligheid: wie is waarvoor verantwoordelijk",
    )


def test_a_label_is_short_cut_at_a_word_and_says_so() -> None:
    short = "Eén loket voor ondernemers"
    assert label(short) == short
    cut = label(LONG)
    assert len(cut) <= MAX_LABEL and cut.endswith("…")
    assert LONG.startswith(cut[:-1]) and LONG[len(cut) - 1] == " "  # a whole word before the "…"
    assert label_leaves_out(LONG) and not label_leaves_out(short) and not label_leaves_out("Eén  loket\n")
    assert label("regel één\nregel  twee") == "regel één regel twee"  # one line in a table
    assert label("wis\x1b[2J") == "wis\x1b[2J"  # other controls stay, for the display to show them escaped
    assert len(label("x" * 200)) == MAX_LABEL  # one very long word is cut all the same
