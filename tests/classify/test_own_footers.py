"""Every mail we send, quoted under a reply in the ways Outlook, Gmail, Apple Mail, GroupWise and Lotus Notes quote
(and pasted whole without any mark), never turns the reply into an unsubscribe (issues 3 and 17): our footer and our
own words are not the member's request."""

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
    if style == "groupwise":  # the original below one header line, without ">" marks
        return '\n\n>>> "Netwerk" <info@ambtelijkefusie.nl> 2-11-2026 9:00 >>>\n' + original
    if style == "notes":
        return (
            "\n\nNetwerk <info@ambtelijkefusie.nl>\n02-11-2026 09:00\n\nAan\nj.jansen@gemeente-a.nl\ncc\n\n"
            "Onderwerp\nBericht van het netwerk\n\n" + original
        )
    if style == "notes-wrote":
        return '\n\n-----"Netwerk" <info@ambtelijkefusie.nl> wrote: -----\nTo: j.jansen@gemeente-a.nl\n\n' + original
    if style == "unmarked":  # a responder or webmail that pastes our whole mail under the text, no marks at all
        return "\n\n" + original
    return "\n\n" + "\n".join(">" + line for line in original.splitlines())  # bare ">" quoting


# Every mail in every language we write it in (issue 17: the membership mails also in English).
MAILS = sorted([(purpose, "nl") for purpose in CONTEXTS] + Renderer().translations())


@pytest.mark.parametrize(("purpose", "language"), [m for m in MAILS if not m[0].startswith("afmelding")])
@pytest.mark.parametrize(
    "style", ["outlook-nl", "outlook-en", "gmail", "plain", "groupwise", "notes", "notes-wrote", "unmarked"]
)
def test_reply_quoting_our_mail_is_never_an_unsubscribe(purpose: str, language: str, style: str) -> None:
    rendered = Renderer().render(purpose, language=language, **{**COMMON, **CONTEXTS[purpose]})
    body = "Dank u wel voor het bericht, tot binnenkort!" + _quoted(style, rendered.text)
    decision = classify(mail(subject=f"RE: {rendered.subject}", body=body))
    assert decision.kind != Kind.UNSUBSCRIBE, (purpose, style, decision.reason)


# Subjects that are free text: a notice's is the secretariat's, an answer's is "Re: " and the member's own subject.
# Replies to them are matched by thread.
FREE_SUBJECTS = ("mededeling", "antwoord_secretariaat")


@pytest.mark.parametrize(("purpose", "language"), [m for m in MAILS if m[0] not in FREE_SUBJECTS])
def test_every_subject_we_write_is_recognised_as_ours(purpose: str, language: str) -> None:
    """A new template whose subject the classifier does not know as ours fails here (see FREE_SUBJECTS)."""
    from mailservice.classify.context import is_our_subject

    rendered = Renderer().render(purpose, language=language, **{**COMMON, **CONTEXTS[purpose]})
    assert is_our_subject(f"RE: {rendered.subject}"), rendered.subject
