"""Layered bounce detection: our own tag first, then RFC 3464, then the known text formats.

``detect`` never raises and looks at headers before bodies, so ordinary mail costs a few dictionary
look-ups. The layer that decided is recorded in the report (STYLE.md habit 3).
"""

from __future__ import annotations

import re
from dataclasses import replace
from email.message import Message

from mailservice.bounces import causes, headers, rfc3464, verp
from mailservice.bounces.formats import DETECTORS, Failure
from mailservice.bounces.formats.base import scan, usable
from mailservice.bounces.mailtext import MailText
from mailservice.bounces.report import BounceRecipient, BounceReport
from mailservice.bounces.status import find_reply, find_status

# Cheap header signals that a message may be a bounce; without any of them detect() stops at once.
_DAEMON = re.compile(
    r"mailer-?daemon|postmaster|post_master|mail ?delivery|mail-?daemon|mail administrator|"
    r"mailadmin|bounce|nobody@|mail system|daemon@|root@|no-?reply|notify|administrator",
    re.I,
)
_SUBJECT = re.compile(
    r"undeliver|deliver|failure|failed|returned|bounce|rejected|notification|error|niet bestelbaar|onbestelbaar|"
    r"bezorg|afgeleverd|mislukt|unzustellbar|non.?remis|warning|not delivered|problem|could not|delay",
    re.I,
)
# RFC 3834 auto-replies (vacation, "out of office") are not bounces even when sent by a daemon.
_AUTOREPLY_SUBJECT = re.compile(
    r"^(auto(matic|matisch)?[ -]?(reply|antwoord|response|respons)|out of (the )?office|"
    r"afwezig|abwesend|absence|vacation|away)",
    re.I,
)
_TEMPORARY_TEXT = re.compile(
    r"\b(temporar(y|ily)|will (retry|try again|continue)|delayed|postponed|deferred|still trying|"
    r"not yet been delivered|warning|transient|tijdelijk|nog niet)\b",
    re.I,
)
_PERMANENT_TEXT = re.compile(r"\b(permanent(ly)?|gave up|giving up|given up|fatal)\b", re.I)


# De-facto headers of auto-responders (vacation(1), procmail, Exchange rules), beside RFC 3834's Auto-Submitted.
_AUTOREPLY_HEADERS = ("X-Autoreply", "X-Autorespond", "X-Vacation")

# Challenge-response systems hold a message until the sender proves to be a person: not a failure (issue 18).
_CHALLENGE_HEADERS = ("X-Boxbe-Notice", "X-Challenge", "X-Spam-Challenge", "X-Challenge-Response")


def _candidate(msg: Message) -> bool:
    if headers.content_type(msg) == "multipart/report":
        return True
    if headers.raw(msg, "X-Failed-Recipients"):
        return True
    if _DAEMON.search(headers.raw(msg, "From")) or _SUBJECT.search(headers.raw(msg, "Subject")):
        return True
    return any(v.strip() in ("<>", "") for v in headers.raw_all(msg, "Return-Path"))


def detect(msg: Message) -> BounceReport | None:
    """A report if ``msg`` is a delivery failure or delay notice, else None. Never raises."""
    try:
        msg = headers.without_leading_blank(msg)
        if any(headers.raw(msg, h) for h in _CHALLENGE_HEADERS):
            return None
        if not _candidate(msg):
            token = verp.envelope_token(msg)
            if token is None:
                return None
        return _detect(msg)
    except Exception as exc:  # bad input must not stop ingest; a human looks at the stored raw mail
        if headers.content_type(msg) == "multipart/report":
            return BounceReport(layer="unparsed", reason=f"bounce not parsed ({type(exc).__name__})", recipients=())
        return None


def _detect(msg: Message) -> BounceReport | None:
    mail = MailText.of(msg)
    detector, failures = _parse(mail)
    token = verp.envelope_token(msg, mail.original_headers)
    if failures is None:
        if token is None or _is_autoreply(msg, mail):
            return None
        detector, failures = "verp", []  # mail to our bounce address that no format explains
    if not failures and not token and _personal(mail) and not (mail.original_parts or mail.status_parts):
        return None  # a person's mailbox with a failure-like subject, naming nobody and returning nothing
    if not failures and len(mail.original_to) == 1 and usable(mail.original_to[0], mail):
        # The report names nobody, but the returned original had one recipient: that is who failed.
        # (We send one message per member, so for our own mail this is exact.)
        failures = [Failure(mail.original_to[0], _excerpt(mail.report), evidence="the returned original's only To")]
    failures = [_prefer_sent(f, mail) for f in failures]
    recipients = tuple(_recipient(f, mail, len(failures), detector) for f in failures)
    our_id = verp.our_message_id(mail.original_headers)
    ref = verp.our_ref(mail.original_headers)
    layer = "verp" if token else detector
    return BounceReport(
        layer=layer,
        reason=_summary(detector, token, recipients),
        recipients=recipients,
        detector=detector,
        verp_token=token,
        original_message_id=our_id,
        mailservice_ref=ref,
    )


def _parse(mail: MailText) -> tuple[str, list[Failure] | None]:
    found = rfc3464.detect(mail)
    if found:
        if any(not f.diagnostic for f in found):
            # DSN fields without a Diagnostic-Code: the human-readable part often has the SMTP reply.
            texts = {f.address: f for f in scan(mail.report, mail)}
            found = [
                f
                if f.diagnostic or f.address not in texts
                else replace(
                    f,
                    diagnostic=texts[f.address].diagnostic,
                    status=_better(f.status, find_status(texts[f.address].diagnostic)),
                )
                for f in found
            ]
        return rfc3464.NAME, found
    dsn_without_recipients = found is not None and mail.status_parts and found == []
    if mail.status_parts and found is None:
        return rfc3464.NAME, None  # a success DSN
    if not dsn_without_recipients and _is_autoreply(mail.msg, mail):
        return "", None
    for name, detector in DETECTORS:
        result = detector(mail)
        if result is not None:
            return name, result
    if dsn_without_recipients:
        return rfc3464.NAME, []
    return "", None


def _prefer_sent(failure: Failure, mail: MailText) -> Failure:
    """Of a forwarded or expanded recipient, the address we sent to wins (issue 18).

    The report names the final mailbox; its alias (Original-Recipient, "expanded from", "generated from") is the
    address as the sender gave it (RFC 3464 2.3.1). When the bounced message is ours, that sender is us: the
    alias wins, unless the returned copy shows we sent to the final address itself. Of somebody else's mail we
    cannot know, and the report's own Final-Recipient stands."""
    if not failure.alias or not mail.ours:
        return failure
    sent_to = mail.sent_to
    if sent_to and (failure.alias not in sent_to or failure.address in sent_to):
        return failure
    return replace(
        failure,
        address=failure.alias,
        alias=failure.address,
        evidence=f"{failure.evidence}, its alias is the address we sent to",
    )


def _better(status: str | None, found: str | None) -> str | None:
    """A specific code found in the text replaces a generic X.0.0 of the same class."""
    if found and (not status or (status.endswith(".0.0") and status[0] == found[0])):
        return found
    return status


def _is_autoreply(msg: Message, mail: MailText) -> bool:
    auto = headers.raw(msg, "Auto-Submitted").lower()
    if headers.content_type(msg) == "multipart/report":
        return False
    if _personal(mail) and ("auto-replied" in auto or any(headers.raw(msg, h) for h in _AUTOREPLY_HEADERS)):
        # RFC 3834 auto-replies come from the mailbox that answers; a message from the null sender ("<>", no
        # address) with Auto-Submitted is the mail system's own notice, such as a delay warning (issue 18). The
        # de-facto headers of auto-responders mark a mailbox's own answer the same way, whatever its subject says.
        return True
    return bool(_AUTOREPLY_SUBJECT.search(mail.subject.strip()))


def _personal(mail: MailText) -> bool:
    """Sent by a mailbox with an address that no mail system's name marks (not the null sender, not a daemon)."""
    return not _DAEMON.search(mail.from_) and bool(mail.from_addresses)


def _recipient(failure: Failure, mail: MailText, count: int, detector: str) -> BounceRecipient:
    diagnostic = failure.diagnostic
    context = diagnostic if count > 1 or diagnostic else mail.report
    status = failure.status or find_status(diagnostic)
    if not status and count == 1:
        status = find_status(mail.report)
    reply = find_reply(diagnostic) or (find_reply(mail.report) if count == 1 else None)
    action = failure.action
    temporary = _temporary(status, reply, action, mail.report)
    if action is None:
        action = "delayed" if temporary and _delay_notice(mail) else "failed"
    reason = causes.reason_for(status, diagnostic, action)
    if reason == "undefined" and count == 1:
        reason = causes.by_text(mail.report) or reason
    if reason == "undefined" and context:
        reason = causes.by_text(context) or reason
    if not status:
        status = causes.pseudo_status(reason, temporary)
    return BounceRecipient(
        address=failure.address,
        status=status,
        action=action,
        hard=causes.is_hard(reason, status, action),
        diagnostic=diagnostic or None,
        reason=reason,
        evidence=failure.evidence if failure.evidence.startswith(detector) else f"{detector}: {failure.evidence}",
        alias=failure.alias,
    )


def _excerpt(report: str) -> str:
    return " ".join(report.split())[:600]


def _temporary(status: str | None, reply: str | None, action: str | None, report: str) -> bool:
    if action == "delayed":
        return True
    if status:
        return status[0] == "4"
    if reply and reply[0] in "45":
        return reply[0] == "4"
    return bool(_TEMPORARY_TEXT.search(report)) and not _PERMANENT_TEXT.search(report)


def _delay_notice(mail: MailText) -> bool:
    return bool(
        re.search(
            r"delay|warning|not yet been delivered|will (retry|continue)|vertraag",
            mail.subject + mail.report[:800],
            re.I,
        )
    )


def _summary(detector: str, token: str | None, recipients: tuple[BounceRecipient, ...]) -> str:
    parts = [f"{r.address} {r.action} {r.status} {r.reason} [{r.evidence}]" for r in recipients[:5]]
    more = f" (+{len(recipients) - 5})" if len(recipients) > 5 else ""
    head = f"VERP token {token}; " if token else ""
    return f"{head}{detector}: " + ("; ".join(parts) + more if parts else "no recipient found")
