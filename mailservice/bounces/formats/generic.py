"""Last resort for plain-text bounces of any other MTA: a mail-system sender or a bounce subject, a
failure sentence, and the addresses the report lists. Comes after every named format."""

from __future__ import annotations

import re

from mailservice.bounces.formats.base import Failure, scan
from mailservice.bounces.mailtext import MailText

NAME = "generic"
SENDER = re.compile(
    r"mailer-?daemon|postmaster|post_master|mail delivery|mail-?daemon|mail administrator|"
    r"mailadmin|bounce|nobody@|mail system",
    re.I,
)
SUBJECT = re.compile(
    r"undeliver|undelivered|delivery (?:status|failure|failed|problem|report|notification)|failure notice|"
    r"returned (?:mail|to sender)|mail delivery|not delivered|non.?delivery|could not (?:be )?deliver|"
    r"niet bestelbaar|onbestelbaar|niet afgeleverd|bezorging|unzustellbar|non remis|rejected|bounce|"
    r"delivery.{0,10}(?:warning|delayed)|warning: could not|mail failure|error sending|message (?:not|blocked)|"
    # Italian, Spanish, Portuguese, French and German subjects of the same reports
    r"impossibile consegnare|non consegnat|no se (?:puede|pudo|ha podido) entregar|no entregado|"
    r"não (?:foi possível )?entreg|non distribu|nicht zugestellt",
    re.I,
)
_FAILURE = re.compile(
    r"could not be delivered|couldn't be delivered|was not delivered|wasn't delivered|undeliverable|"
    r"unable to deliver|failed|failure|permanent(?:ly)? (?:error|fatal)|error (?:occurred )?(?:while|delivering)|"
    r"rejected|returned|not (?:be )?delivered|delivery (?:problem|error)|mislukt|"
    r"niet (?:worden )?(?:bezorgd|afgeleverd)|"
    r"unknown user|user unknown|does not exist|no such|delayed|nicht zugestellt|retry|giving up|"
    r"an error (?:has )?occurred|aborted|could not be sent|"
    r"non (?:è stato|e' stato|può essere) consegnat|impossibile consegnare|no se (?:ha podido|pudo|puede) entregar|"
    r"no (?:ha sido|fue) entregado|não (?:foi possível entregar|pôde ser entregue)|n'a pas pu être (?:remis|distribué)|"
    r"konnte nicht zugestellt",
    re.I,
)


def detect(mail: MailText) -> list[Failure] | None:
    """Failures found; [] only when both sender and subject say "bounce" (the caller then falls back to
    the returned original's recipient); None otherwise."""
    sender, subject = SENDER.search(mail.from_), SUBJECT.search(mail.subject)
    if not (sender or subject):
        return None
    if not (sender and subject) and not _FAILURE.search(mail.report) and not _FAILURE.search(mail.subject):
        return None
    found = scan(mail.report, mail)
    if found or (sender and subject):
        return found
    return None
