"""DragonFly Mail Agent (dma) bounces: "There was an error delivering your mail to <address>."

https://github.com/corecode/dma (dma.c, deliver() -> bounce())
"""

from __future__ import annotations

import re

from mailservice.bounces import addresses
from mailservice.bounces.formats.base import Failure, collapse
from mailservice.bounces.mailtext import MailText

NAME = "dragonfly"
SIGNATURE = re.compile(rf"There was an error delivering your mail to <({addresses.ADDRESS.pattern})>", re.I)


def detect(mail: MailText) -> list[Failure] | None:
    match = SIGNATURE.search(mail.report)
    if not match:
        return None
    addr = addresses.clean(match.group(1))
    evidence = "'error delivering your mail to <address>' sentence"
    return [Failure(addr, collapse(mail.report[match.end() :]), evidence=evidence)] if addr else []
