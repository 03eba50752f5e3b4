"""Every mail we send, quoted under a reply in the ways Outlook, Gmail and Apple Mail quote, never turns the
reply into an unsubscribe (issue 3): our footer and our own words are not the member's request."""

from __future__ import annotations

import pytest

from mailservice.classify import Kind, classify
from mailservice.outbound.render import Renderer
from tests.support import mail
from tests.test_templates import COMMON, CONTEXTS


def _quoted(style: str, original: str) -> str:
    if style == "outlook-nl":
        return (
            "\n\nVan: Netwerk directeuren ambtelijke fusieorganisaties <info@ambtelijkefusie.nl>\n"
            "Verzonden: maandag 2 november 2026 09:00\nAan: Jansen, Jan <j.jansen@gemeente-a.nl>\n"
            "Onderwerp: Bericht van het netwerk\n\n" + original
        )
    if style == "outlook-en":
        return "\n\n-----Original Message-----\nFrom: info@ambtelijkefusie.nl\nSent: Monday\n\n" + original
    if style == "gmail":
        quoted = "\n".join("> " + line for line in original.splitlines())
        return "\n\nOp ma 2 nov 2026 om 09:00 schreef Netwerk <info@ambtelijkefusie.nl>:\n\n" + quoted
    return "\n\n" + "\n".join(">" + line for line in original.splitlines())  # bare ">" quoting


@pytest.mark.parametrize("purpose", sorted(p for p in CONTEXTS if not p.startswith("afmelding")))
@pytest.mark.parametrize("style", ["outlook-nl", "outlook-en", "gmail", "plain"])
def test_reply_quoting_our_mail_is_never_an_unsubscribe(purpose: str, style: str) -> None:
    rendered = Renderer().render(purpose, **{**COMMON, **CONTEXTS[purpose]})
    body = "Dank u wel voor het bericht, tot binnenkort!" + _quoted(style, rendered.text)
    decision = classify(mail(subject=f"RE: {rendered.subject}", body=body))
    assert decision.kind != Kind.UNSUBSCRIBE, (purpose, style, decision.reason)


@pytest.mark.parametrize("purpose", sorted(p for p in CONTEXTS if p != "mededeling"))
def test_every_subject_we_write_is_recognised_as_ours(purpose: str) -> None:
    """A new template whose subject the classifier does not know as ours fails here (mededeling's subject is
    free text from the secretariat: its replies are matched by thread)."""
    from mailservice.classify.context import is_our_subject

    rendered = Renderer().render(purpose, **{**COMMON, **CONTEXTS[purpose]})
    assert is_our_subject(f"RE: {rendered.subject}"), rendered.subject
