"""Writing to the transactional outbox: a mail is a row, added in the caller's transaction.

The caller's commit makes the state change and the mail one fact (STYLE.md habit 6); the sender drains rows.
Rows hold the finished message (rendered, composed); what depends on the row id or the moment of sending
(VERP return path, X-Mailservice-Ref, DKIM signature) is added by the sender.
"""

from __future__ import annotations

import functools
import urllib.parse
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, func, inspect, select
from sqlalchemy.orm import Session

from mailservice.clock import Clock
from mailservice.outbound import links
from mailservice.outbound.compose import (
    Attachment,
    Identity,
    RowSpec,
    format_from,
    render_and_compose,
)
from mailservice.outbound.render import Renderer
from mailservice.outbound.render_pool import RenderPool
from mailservice.outbound.tags import DEVELOPMENT_KEY, Tagger
from mailservice.settings import OutboundSettings, ServiceSettings, WebSettings
from mailservice.store.models import (
    InboundMessage,
    Mailing,
    Member,
    OutboundMessage,
    OutboundStatus,
)

_UNSUBSCRIBE_SUBJECT = urllib.parse.quote("Afmelden [afmelden:"), urllib.parse.quote("]")


@functools.lru_cache(maxsize=8)
def _development_tagger(domain: str) -> Tagger:
    return Tagger(DEVELOPMENT_KEY, domain)


# The answers that the per-address limits of OutboundSettings count separately.
# Our mails that ask to confirm a sign-up, each carrying the live reference: the request and its reminder.
# Our mails that carry a confirmation reference: a reply to one may confirm, and once sent its stored copy is
# masked. Issue 16 adds the invitation, the new address's request and the erasure's request (mailservice.casework).
CONFIRMATION_REQUESTS = (
    "bevestiging_aanmelding",
    "herinnering_aanmelding",
    "uitnodiging_lidmaatschap",
    "bevestiging_adreswijziging",
    "bevestiging_verwijdering",
)
# Requests to join, capped together per address: a sign-up's and an invitation a mail asked for (issue 16).
_CONFIRMATIONS = ("bevestiging_aanmelding", "uitnodiging_lidmaatschap")
# Our answers that ask for a reply (a confirmation, our "is this your unsubscribe?", the goodbye that can be
# undone): a reply to them is expected, not the start of a loop.
_ASKS_FOR_A_REPLY = (*CONFIRMATION_REQUESTS, "afmelding_vraag", "afmelding_bevestigd")
_WRONG_TOKEN = "referentie_ongeldig"
# The answers an address had in a period, in all and per limited kind: one query per answer, built once.
_RECENT_ANSWERS = (
    select(
        func.count(),
        func.count().filter(OutboundMessage.purpose.in_(_CONFIRMATIONS)),
        func.count().filter(OutboundMessage.purpose == _WRONG_TOKEN),
    )
    .select_from(OutboundMessage)
    .where(
        OutboundMessage.to_addr == bindparam("to"),
        OutboundMessage.inbound_id.is_not(None),
        # A window has two ends: answers a test clock dated ahead are not "in the last 24 hours" (issue 19, item 6).
        OutboundMessage.created_at > bindparam("since"),
        OutboundMessage.created_at <= bindparam("until"),
        OutboundMessage.status != OutboundStatus.CANCELLED,
    )
)
# Is the message we answer itself an answer to one of our answers that asked nothing (a responder's loop)?
_ANSWERS_AN_ANSWER = (
    select(OutboundMessage.id)
    .where(
        OutboundMessage.message_id.in_(bindparam("refs", expanding=True)),
        OutboundMessage.inbound_id.is_not(None),
        OutboundMessage.purpose.not_in(_ASKS_FOR_A_REPLY),
    )
    .limit(1)
)
# How a capped answer's last_error starts: the digest and the outbox listing count and show these.
LIMIT_REACHED = "niet verstuurd, limiet bereikt"


@dataclass(frozen=True, slots=True)
class Outbox:
    renderer: Renderer
    service: ServiceSettings
    clock: Clock
    outbound: OutboundSettings = field(default_factory=OutboundSettings)
    tagger: Tagger | None = None
    # Renders large mailings on more cores (mailservice.outbound.render_pool); None renders everything in-process.
    render_pool: RenderPool | None = None
    # Where the links in member mail point (issue 13); disabled: no links, only the mailto and reply ways.
    web: WebSettings = field(default_factory=lambda: WebSettings(enabled=False))

    def tags(self) -> Tagger:
        """The tagger the sender signs return paths and references with (a development key on loopback)."""
        return self.tagger or _development_tagger(self.service.domain)

    def common_context(self, member_footer: bool = False) -> dict[str, Any]:
        return {
            "network_name": self.service.network_name,
            "service_address": self.service.address,
            "member_footer": member_footer,
            # Mail to the secretariat links to the console page that handles it (issue 14), the CLI as the alternative.
            "console_url": f"{self.web.base_url}/beheer" if self.web.enabled else None,
        }

    # -- mailings to members (RFC 2369, RFC 2919, RFC 8058) -------------------------------------------
    def unsubscribe_mailto(self, member_id: int) -> str:
        # The classifier reads "afmelden" in the subject; the token proves which member asked.
        # quote("Afmelden [afmelden:TOKEN]"), the fixed parts quoted once: a token is [0-9a-z.], left alone by quote.
        token = self.tags().unsubscribe_token(member_id)
        return f"mailto:{self.service.address}?subject={_UNSUBSCRIBE_SUBJECT[0]}{token}{_UNSUBSCRIBE_SUBJECT[1]}"

    def unsubscribe_token(self, member_id: int) -> str:
        return self.tags().unsubscribe_token(member_id)

    def unsubscribe_member(self, token: str) -> int | None:
        """The member a genuine unsubscribe reference names (our HMAC), or None."""
        return self.tags().parse_unsubscribe_token(token)

    def member_links(
        self, member_id: int, now: datetime, language: str = "nl"
    ) -> tuple[dict[str, str | None], list[links.Row]]:
        """The web links of one member's mail (unsubscribe, own data) and the rows that store their tokens;
        ``links.store`` writes the rows in the transaction that writes the mail. ``language``: the mail's, which
        the pages then speak (issue 17)."""
        if not self.web.enabled:
            return {"unsubscribe_url": None, "data_url": None}, []
        base, web = self.web.base_url, self.web
        unsubscribe, unsubscribe_row = links.issue(
            member_id, links.UNSUBSCRIBE, now, web.unsubscribe_link_days, language
        )
        data, data_row = links.issue(member_id, links.DATA, now, web.data_link_days, language)
        urls: dict[str, str | None] = {
            "unsubscribe_url": links.url(base, links.UNSUBSCRIBE, unsubscribe),
            "data_url": links.url(base, links.DATA, data),
        }
        return urls, [unsubscribe_row, data_row]

    def confirm_url(self, token: str) -> str | None:
        """The confirmation link next to the reply way (issue 13): the sign-up's own reference."""
        return links.url(self.web.base_url, links.CONFIRM, token) if self.web.enabled else None

    def list_headers(self, mailto: str, unsubscribe_url: str | None) -> list[tuple[str, str]]:
        # RFC 8058 3.1: the one-click link only when it is https, and then the POST header with it; both are
        # signed by DKIM (mailservice.outbound.dkim lists and oversigns them).
        url = unsubscribe_url if unsubscribe_url and self.web.one_click else None
        headers = [
            ("List-Id", f"{self.service.network_name} <{self.outbound.list_id}>"),
            ("List-Unsubscribe", f"<{url}>, <{mailto}>" if url else f"<{mailto}>"),
        ]
        if url:
            headers.append(("List-Unsubscribe-Post", "List-Unsubscribe=One-Click"))
        # Precedence: bulk keeps Exchange and most vacation responders quiet (RFC 3834 3.1.8 mentions it).
        headers.append(("Precedence", "bulk"))
        return headers

    def member_parts(
        self, member_id: int, now: datetime
    ) -> tuple[dict[str, Any], list[tuple[str, str]], list[links.Row]]:
        """One member's footer context, list headers and link rows (``links.store`` them with the mail)."""
        mailto = self.unsubscribe_mailto(member_id)
        urls, rows = self.member_links(member_id, now)
        context = {**self.common_context(member_footer=True), "unsubscribe_mailto": mailto, **urls}
        return context, self.list_headers(mailto, urls["unsubscribe_url"]), rows

    # -- one row ------------------------------------------------------------------------------------------
    def compose_row(
        self,
        purpose: str,
        *,
        to: str,
        context: dict[str, Any],
        now: datetime,
        auto_submitted: str | None,
        in_reply_to: str | None = None,
        references: Sequence[str] = (),
        extra_headers: Sequence[tuple[str, str]] = (),
        from_header: str | None = None,
        attachments: Sequence[Attachment] = (),
        language: str = "nl",
    ) -> tuple[str, str, bytes]:
        """(subject, message id, raw message); ``attachments``: files such as an atelier's .ics (issue 7)."""
        spec = RowSpec(purpose, to, context, auto_submitted, extra_headers, attachments, language)
        return render_and_compose(
            self.renderer,
            self.identity(),
            spec,
            now=now,
            in_reply_to=in_reply_to,
            references=references,
            from_header=from_header,
        )

    def identity(self) -> Identity:
        return Identity(self.service.domain, self.service.from_name, self.service.address)

    def from_header(self) -> str:
        return format_from(self.service.from_name, self.service.address)

    def add(
        self,
        session: Session,
        purpose: str,
        *,
        to: str,
        context: dict[str, Any],
        member: Member | None = None,
        inbound: InboundMessage | None = None,
        in_reply_to: str | None = None,
        references: Sequence[str] = (),
        auto_submitted: str | None = "auto-replied",  # None: written by a person (a reply from the console)
        mailing: Mailing | None = None,
        attachments: Sequence[Attachment] = (),
        language: str = "nl",  # the reader's (issue 17): the purpose's translation where it has one, else Dutch
    ) -> OutboundMessage:
        now = self.clock()
        language = self.renderer.language_for(purpose, language)  # as written: the reader's, where translated
        context = {"unsubscribe_url": None, "data_url": None} | context
        if context.get("member_footer") and member is not None and member.email == to.lower():
            # The member's own links, and only in mail to the member's own address (never to a secretary).
            if inspect(member).pending:  # new in this transaction: its id comes with the flush
                session.flush()
            urls, rows = self.member_links(member.id, now, language)
            links.store(session, rows)
            context |= urls
        subject, message_id, raw = self.compose_row(
            purpose,
            to=to,
            context=context,
            now=now,
            auto_submitted=auto_submitted,
            in_reply_to=in_reply_to,
            references=references,
            attachments=attachments,
            language=language,
        )
        # Answers to incoming mail are capped per address (the limits in OutboundSettings); past one, the answer
        # is kept as a cancelled row with the reason instead of being sent.
        capped = self._over_limit(session, purpose, to, references, now) if inbound is not None else None
        row = OutboundMessage(
            created_at=now,
            purpose=purpose,
            to_addr=to,
            subject=subject,
            message_id=message_id,
            in_reply_to=in_reply_to,
            raw=raw,
            status=OutboundStatus.CANCELLED if capped else OutboundStatus.QUEUED,
            last_error=capped,
            attempts=0,
            next_attempt_at=now,
            member=member,
            inbound=inbound,
            mailing=mailing,
            language=language,
        )
        session.add(row)
        return row

    def _over_limit(
        self, session: Session, purpose: str, to: str, references: Sequence[str], now: datetime
    ) -> str | None:
        """Why this answer must not go out (a limit reached for this address in the last 24 hours), or None."""
        o = self.outbound
        every, confirmations, wrong = session.execute(
            _RECENT_ANSWERS, {"to": to, "since": now - timedelta(days=1), "until": now}
        ).one()
        answers_an_answer = bool(references) and (
            session.scalar(_ANSWERS_AN_ANSWER, {"refs": list(references)}) is not None
        )
        limits = (  # (applies, how many so far, the limit, what they are called), strictest first
            (purpose in _CONFIRMATIONS, confirmations, o.confirmations_per_day, "bevestigingsverzoeken"),
            (purpose == _WRONG_TOKEN, wrong, o.wrong_token_answers_per_day, "antwoorden op een onbekende referentie"),
            (answers_an_answer, every, o.answers_to_answers_per_day, "antwoorden op een antwoord van ons"),
            (True, every, o.answers_per_day, "antwoorden"),
        )
        for applies, sent, limit, what in limits:
            if applies and sent >= limit:
                return f"{LIMIT_REACHED}: al {sent} {what} aan dit adres in 24 uur (grens {limit})"
        return None
