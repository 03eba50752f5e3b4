"""The learned reading next to the rules (issue 17): what it may do (weigh.py), what it may never do, and that the
service works without it."""

from __future__ import annotations

import subprocess
import sys
from email.message import EmailMessage

import pytest

from mailservice.classify import Kind, classify, learned, weigh
from mailservice.classify.context import CALL_FOR_THEMES, INVITATION, ThreadMatch
from mailservice.classify.learned import Guess
from tests.classify.conftest import REPO
from tests.classify.devset.cases import CASES
from tests.classify.labelled import build


class Fixed:
    """A stand-in model that always reads the same (a unit test of the table, not of the model)."""

    def __init__(self, label: str, probability: float) -> None:
        self.guess = Guess(label, probability)
        self.size = 1

    def read(self, text: str) -> Guess:
        return self.guess

    def themes(self, text: str) -> dict[str, float] | None:
        return None  # no theme reading: the word table decides a suggestion's themes


def _mail(body: str, subject: str = "Bericht", sender: str = "a.bakker@gemeente-west.nl") -> bytes:
    """A mail in reply to one of ours (the thread's purpose is what the test's lookup says)."""
    msg = EmailMessage()
    msg["From"] = f"Anne Bakker <{sender}>"
    msg["To"] = "info@ambtelijkefusie.nl"
    msg["Subject"] = subject
    msg["Message-ID"] = "<m1@gemeente-west.nl>"
    msg["In-Reply-To"] = "<ours.1@ambtelijkefusie.nl>"
    msg.set_content(body)
    return msg.as_bytes()


# Nothing the rules recognise as a request (no phrase of theirs), so the model's reading is all there is.
PLAIN = _mail("Hallo,\n\nZie hieronder.\n\nMet vriendelijke groet,\nAnne Bakker")


def _with(label: str, probability: float, raw: bytes = PLAIN, purpose: str | None = None):  # type: ignore[no-untyped-def]
    model = Fixed(label, probability)
    thread = (lambda ids: ThreadMatch(purpose)) if purpose else None
    return classify(raw, thread=thread, reader=lambda: model)  # type: ignore[arg-type,return-value]


def test_rules_alone_recognise_nothing_in_the_plain_mail() -> None:
    assert classify(PLAIN, reader=lambda: None).rule == "geen-regel"


def test_a_sure_harmless_reading_is_acted_on_with_its_reason() -> None:
    d = _with("subscribe", 0.8)
    assert d.kind == Kind.SUBSCRIBE and d.rule == "geleerd-model"
    assert d.member_email == "a.bakker@gemeente-west.nl"
    assert "het geleerde model leest een aanmelding voor het netwerk (zekerheid 0.80)" in d.reason
    assert d.confidence == pytest.approx(0.8)


def test_an_unsure_reading_goes_to_a_person_and_says_what_it_read() -> None:
    d = _with("subscribe", 0.5)
    assert d.kind == Kind.OTHER
    assert "zekerheid 0.50" in d.reason and "een mens kijkt" in d.reason


def test_the_model_never_confirms_a_membership() -> None:
    d = _with("confirm", 0.99)
    assert d.kind == Kind.OTHER
    assert "maar dat doet de dienst niet alleen" in d.reason


def test_the_model_never_ends_a_membership_it_only_has_the_member_asked() -> None:
    """A very sure reading of leaving where no rule fired: the member is asked by mail first (membership.unsubscribe
    sends the question whatever the evidence); below the bar a person looks."""
    d = _with("unsubscribe", 0.99)
    assert d.kind == Kind.UNSUBSCRIBE and d.ask_member and d.rule == "geleerd-model"
    assert "het lid wordt eerst per e-mail gevraagd of het klopt" in d.reason
    unsure = _with("unsubscribe", weigh.UNSUBSCRIBE_BAR - 0.01)
    assert unsure.kind == Kind.OTHER and not unsure.ask_member


def test_an_rsvp_reading_counts_only_in_reply_to_an_invitation() -> None:
    assert _with("rsvp-ja", 0.9).kind == Kind.OTHER
    d = _with("rsvp-ja", 0.9, purpose=INVITATION)
    assert d.kind == Kind.RSVP and d.attending is True


def test_a_suggestion_reading_takes_the_themes_from_the_writers_words() -> None:
    raw = _mail("Wat mij betreft: de aansturing van het ambtelijk apparaat door drie colleges.")
    d = _with("suggestion", 0.9, raw=raw, purpose=CALL_FOR_THEMES)
    assert d.kind == Kind.SUGGESTION
    assert d.topics


def test_the_model_never_signs_up_another_address() -> None:
    raw = _mail("Graag hieronder: p.devries@gemeente-oost.nl, Piet de Vries, directeur.")
    d = _with("subscribe", 0.95, raw=raw)
    assert d.kind != Kind.SUBSCRIBE or d.member_email == "a.bakker@gemeente-west.nl"


def test_rules_and_model_disagreeing_on_leaving_goes_to_a_person_with_both_readings() -> None:
    raw = _mail("Graag afmelden.")
    assert classify(raw, reader=lambda: None).kind == Kind.UNSUBSCRIBE
    d = _with("suggestion", weigh.DOUBT["unsubscribe"], raw=raw)  # at the bar for leaving
    assert d.kind == Kind.OTHER and d.rule == "regels-en-model-oneens"
    assert "de regels lezen een afmelding voor het netwerk" in d.reason
    assert "het geleerde model leest een themasuggestie" in d.reason
    assert "afmeld" in d.reason.split("regels:")[1]  # the rules' own reason, with the words that fired


def test_mild_doubt_does_not_stop_the_rules() -> None:
    raw = _mail("Graag afmelden.")
    assert _with("suggestion", 0.6, raw=raw).kind == Kind.UNSUBSCRIBE


def test_exact_evidence_is_never_second_guessed() -> None:
    """A bounce, an auto-reply header, our reference: the model is not even asked."""
    msg = EmailMessage()
    msg["From"] = "a.bakker@gemeente-west.nl"
    msg["Subject"] = "Afwezig"
    msg["Auto-Submitted"] = "auto-replied"
    msg.set_content("Ik ben afwezig tot maandag.")
    d = _with("subscribe", 1.0, raw=msg.as_bytes())
    assert d.kind == Kind.AUTOREPLY


def test_a_model_that_always_reads_leaving_unsubscribes_nobody_the_rules_did_not() -> None:
    """Over the whole development set: the model can stop an unsubscribe, never make one that acts; where the rules
    read none, its leave only asks the member (ask_member)."""
    for number, case in enumerate(CASES):
        built = build(case, number)
        thread = (lambda ids, p=built.thread: ThreadMatch(p)) if built.thread else None
        alone = classify(built.raw, thread=thread, reader=lambda: None)
        worst = classify(built.raw, thread=thread, reader=lambda: Fixed("unsubscribe", 1.0))  # type: ignore[arg-type,return-value]
        if worst.kind == Kind.UNSUBSCRIBE and not worst.ask_member:
            assert alone.kind == Kind.UNSUBSCRIBE, case["id"]


def test_without_scikit_learn_the_rules_decide_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "sklearn", None)
    monkeypatch.setitem(sys.modules, "sklearn.feature_extraction.text", None)
    assert learned.train(learned.shipped_examples()) is None
    d = classify(_mail("Graag afmelden."), reader=lambda: learned.train(learned.shipped_examples()))
    assert d.kind == Kind.UNSUBSCRIBE


def test_the_shipped_model_trains_from_the_shipped_examples_and_reads_every_label() -> None:
    model = learned.model()
    assert model is not None and model.size == len(learned.shipped_examples()) >= 500
    assert {e.label for e in learned.shipped_examples()} <= set(learned.LABELS)
    guess = model.read(learned.text_of("Graag meld ik mij aan voor het netwerk.", None))
    assert guess.label == "subscribe"


def test_the_same_examples_give_the_same_model() -> None:
    examples = learned.shipped_examples()
    a, b = learned.train(examples), learned.train(examples)
    assert a is not None and b is not None
    texts = [e.text for e in examples[:50]]
    assert a.read_many(texts) == b.read_many(texts)


def test_shipped_examples_are_what_the_labelled_sets_give() -> None:
    """mailservice/classify/training.jsonl is made by scripts/training_data.py; never from the held-out sets."""
    done = subprocess.run(
        [sys.executable, str(REPO / "scripts" / "training_data.py"), "--check"], capture_output=True, text=True
    )
    assert done.returncode == 0, done.stderr


@pytest.mark.parametrize(
    ("guess", "purpose", "verdict"),
    [
        (Guess("other", 0.99), None, weigh.Verdict.KEEP),
        (Guess("subscribe", 0.3), None, weigh.Verdict.KEEP),
        (Guess("subscribe", 0.7), None, weigh.Verdict.ADOPT),
        (Guess("autoreply", 0.7), None, weigh.Verdict.ADOPT),
        (Guess("unsubscribe", 0.99), None, weigh.Verdict.ADOPT),
        (Guess("unsubscribe", 0.8), None, weigh.Verdict.ASK),
        (Guess("confirm", 0.99), None, weigh.Verdict.ASK),
        (Guess("rsvp-nee", 0.9), None, weigh.Verdict.ASK),
        (Guess("rsvp-nee", 0.9), INVITATION, weigh.Verdict.ADOPT),
    ],
)
def test_the_table_where_rules_recognise_nothing(guess: Guess, purpose: str | None, verdict: weigh.Verdict) -> None:
    assert weigh.on_nothing(guess, purpose).verdict == verdict


def test_the_model_never_acts_on_a_text_that_names_someone_else() -> None:
    """A substitute, a colleague, a guest: what to do with another person needs the rules' evidence."""
    raw = _mail("Nogmaals: p.dewit@gemeente-d.nl, zoals gezegd.")
    d = _with("rsvp-nee", 0.9, raw=raw, purpose=INVITATION)
    assert d.kind == Kind.OTHER and "p.dewit@gemeente-d.nl" in d.reason


def test_a_substitute_named_before_the_words_is_found() -> None:
    raw = _mail("Nogmaals: p.dewit@gemeente-d.nl komt in mijn plaats.")
    d = classify(raw, thread=lambda ids: ThreadMatch(INVITATION), reader=lambda: None)
    assert d.kind == Kind.RSVP and d.attending is False and d.substitute == "p.dewit@gemeente-d.nl"


def test_a_damaged_examples_file_leaves_the_rules_to_decide(tmp_path) -> None:  # type: ignore[no-untyped-def]
    damaged = tmp_path / "voorbeelden.jsonl"
    damaged.write_text('{"label": "rsvp", "text": "x"}\n', encoding="utf-8")
    assert learned.model(damaged) is None
    d = classify(_mail("Graag afmelden."), reader=lambda: learned.model(damaged))
    assert d.kind == Kind.UNSUBSCRIBE


def test_the_table_asks_a_person_for_questions_and_other_people() -> None:
    sure = Guess("rsvp-ja", 0.9)
    assert weigh.on_nothing(sure, INVITATION, asks_only=True).verdict == weigh.Verdict.ASK
    assert weigh.on_nothing(Guess("suggestion", 0.9), None, asks_only=True).verdict == weigh.Verdict.ADOPT
    named = weigh.on_nothing(sure, INVITATION, other_address="p@gemeente.nl")
    assert named.verdict == weigh.Verdict.ASK and "p@gemeente.nl" in named.reason
    assert weigh.on_nothing(Guess("autoreply", 0.9), None, other_address="p@gemeente.nl").verdict == weigh.Verdict.ADOPT


def test_a_question_only_is_never_acted_on_by_the_model() -> None:
    raw = _mail("Zijn er kosten verbonden aan deelname aan het atelier?")
    d = _with("rsvp-ja", 0.95, raw=raw, purpose=INVITATION)
    assert d.kind == Kind.OTHER and "maar het is een vraag" in d.reason
