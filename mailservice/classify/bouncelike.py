"""Does a message look like a delivery-failure report? A fallback for separation only.

``mailservice.bounces.detect`` owns bounce detection and the failed recipients (RFC 3464 reports and the many
non-standard MTA formats). This check only keeps a report that ``detect`` does not (yet) parse from being
read as a human message or an auto-reply: a bounce answered or counted as a member's words would do harm.
It needs two independent signs: a machine sender or a delivery-failure subject, plus report-like content
(DSN phrasing, an SMTP status code, a returned original). Recipients always come from ``bounces.detect``.
"""

from __future__ import annotations

import re

from mailservice.classify.message import Parsed, decode_part

_SENDER_LOCAL = re.compile(
    r"^(mailer-daemon|postmaster|mail-daemon|mailerdaemon|maildaemon|mdaemon|bounce[sd]?|"
    r"mailadmin|mail-?delivery|microsoftexchange\w*)([+\-._].*)?$",
    re.I,
)
_SENDER_NAME = re.compile(
    r"(mail\s*delivery|mailer[\s-]*daemon|postmaster|mail\s+system|mail\s+administrator|delivery\s+(status|subsystem)|"
    r"systeembeheerder|e-?mailbeheer)",
    re.I,
)
_SUBJECT = re.compile(
    r"(undeliver|undelivered|not\s+(be\s+)?delivered|delivery\s+(status|fail|notification|problem|report)|"
    r"deliveryfailure|delivery\s+has\s+failed|failure\s+(notice|delivery)|failed\s+delivery|"
    r"mail\s+(delivery\s+)?(failed|failure|system\s+error)|returned\s+(mail|to\s+sender)|returning\s+message|"
    r"delayed\s+mail|message\s+delayed|\bdelayed\s+\d+\s+hours|could\s+not\s+send|error\s+sending|"
    r"nondeliverable|non[\s-]?remis|unzustellbar|nicht\s+zustellbar|onbestelbaar|niet\s+bestelbaar|"
    r"bezorging\s+(is\s+)?mislukt|kan\s+niet\s+(worden\s+)?bezorgd|niet\s+afgeleverd|afleveringsfout|"
    r"не\s+доставлено|mail\s+failure|permanent\s+(delivery\s+)?(failure|error)|aws\s+notification|"
    r"warning.{0,40}could\s+not\s+send|postmaster|"
    r"配信|エラー|退信|未能)",
    re.I,
)
_BODY = re.compile(
    r"(could\s+not\s+be\s+delivered|couldn't\s+be\s+delivered|was\s+not\s+delivered|wasn't\s+delivered|"
    r"delivery\s+to\s+the\s+following\s+recipients?\s+(failed|has\s+been\s+delayed)|undeliverable|"
    r"permanent\s+(fatal\s+)?error|permanently|temporary\s+failure|this\s+is\s+the\s+mail\s+system\s+at|"
    r"user\s+unknown|unknown\s+user|no\s+such\s+(user|mailbox|recipient)|mailbox\s+(unavailable|full|is\s+full)|"
    r"recipient\s+address\s+rejected|address\s+rejected|host\s+unknown|over\s+quota|quota\s+exceeded|"
    r"transcript\s+of\s+session|diagnostic-code|final-recipient|remote-mta|reporting-mta|"
    r"\b[245]\.\d{1,3}\.\d{1,3}\b|\b(550|551|552|553|554|450|451|452|421)[\s-]|"
    r"i'm\s+afraid\s+i\s+wasn't\s+able|unable\s+to\s+deliver|delivery\s+(has\s+)?failed|failed\s+recipient|"
    r"message\s+(could\s+not|cannot)\s+be\s+(delivered|sent)|returned\s+to\s+(the\s+)?sender|"
    r"still\s+being\s+retried|will\s+(continue\s+to\s+)?(retry|try)|has\s+not\s+yet\s+been\s+delivered|"
    r"kon\s+niet\s+worden\s+(bezorgd|afgeleverd)|kan\s+niet\s+worden\s+bezorgd|bezorging\s+(is\s+)?mislukt|"
    r"niet\s+bestelbaar|onbestelbaar|unzustellbar|n'a\s+pas\s+pu\s+être\s+remis|не\s+доставлено|"
    r"\"notificationType\"\s*:\s*\"(Bounce|Complaint|Delivery)\")",
    re.I,
)
_RETURNED = {"message/rfc822", "text/rfc822-headers", "message/delivery-status", "message/global",
             "message/global-headers", "message/global-delivery-status", "message/feedback-report"}  # fmt: skip

MAX_SCAN = 20_000


def _report_text(p: Parsed) -> str:
    """Text of the text/* leaf parts, cheaply (no HTML conversion): enough to see DSN phrasing."""
    chunks: list[str] = []
    size = 0
    for part in p.parts:
        if part.get_content_maintype() != "text" or size > MAX_SCAN:
            continue
        text = decode_part(part, [])[:MAX_SCAN]
        chunks.append(text)
        size += len(text)
    return "\n".join(chunks)


# Challenge-response systems ("please verify yourself so your message can be delivered"): they hold a
# message, they did not fail it; never a bounce (issue 18). The auto-reply rule takes them.
_CHALLENGE_HEADERS = ("X-Boxbe-Notice", "X-Challenge", "X-Spam-Challenge", "X-Challenge-Response")


def looks_like_bounce(p: Parsed) -> str | None:
    """A short reason when the message looks like a delivery-failure report, else None."""
    if any(p.header(h) for h in _CHALLENGE_HEADERS):
        return None
    local = (p.sender or "").split("@", 1)[0]
    sender = bool(_SENDER_LOCAL.match(local)) or bool(_SENDER_NAME.search(p.sender_name or ""))
    subject = _SUBJECT.search(p.subject)
    types = set(p.content_types())
    returned = sorted(types & _RETURNED)
    if not (sender or subject or returned):
        return None
    phrase = _BODY.search(_report_text(p))
    if sender or subject:
        who = f"afzender {p.sender}" if sender else f"onderwerp '{subject.group(0) if subject else ''}'"
        if returned:
            return f"lijkt op onbestelbaarheidsbericht ({who}, teruggestuurd origineel {returned[0]})"
        if phrase:
            return f"lijkt op onbestelbaarheidsbericht ({who}, '{' '.join(phrase.group(0).split())}')"
        return None
    # No telling sender or subject: a returned original together with report wording still is a report.
    if phrase:
        words = " ".join(phrase.group(0).split())
        return f"lijkt op onbestelbaarheidsbericht (teruggestuurd origineel {returned[0]}, '{words}')"
    return None
