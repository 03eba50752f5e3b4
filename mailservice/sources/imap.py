"""IMAP source: read the mailbox info@ over IMAP, store each message, and file it by its stored outcome.

A source only stores (STYLE.md habit 18); the ingest worker alone processes. The order is what makes it safe
(habit 5):
  1. FETCH ``BODY.PEEK[]`` (RFC 3501 6.4.5: PEEK leaves \\Seen alone, so a person still sees it as new);
  2. ``ingest.store_once`` commits the raw bytes and ``on_stored`` wakes the ingest worker; the message stays
     in the folder while it waits;
  3. once ingest has recorded its outcome (``wake`` tells us), MOVE the message (RFC 6851) to the folder for
     that outcome, or COPY + \\Deleted + UID EXPUNGE (RFC 4315) where MOVE is missing.
A crash between 2 and 3 leaves the message in the folder; the next scan finds it by its place (the IMAP URL
it was stored under) or, after a UIDVALIDITY change, by its content hash, and only files it: it is never
stored or answered twice.

Waiting: IDLE (RFC 2177) when offered, re-issued every ``idle_seconds`` (the RFC asks for < 29 minutes;
NAT boxes drop quiet links sooner), and a full scan every ``poll_seconds`` as safety net; polling otherwise.
Bookmarks: the highest UID below which everything is filed, per folder and UIDVALIDITY (RFC 3501 2.3.1.1).
When UIDVALIDITY changes the old UIDs mean nothing: the folder is rescanned and what was stored before is
recognised by content hash (and ingest marks a second copy of the same Message-ID "dubbel ontvangen").
Faults: every network or server error ends the session; we reconnect with exponential backoff and jitter.
A refused login is logged as such and retried slowly (the password may be fixed in the file meanwhile).
"""

from __future__ import annotations

import contextlib
import logging
import ssl
import threading
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from email.utils import parseaddr

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError
from imapclient.imapclient import SocketTimeout
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from mailservice import ingest
from mailservice.backoff import Backoff
from mailservice.clock import Clock
from mailservice.settings import ImapSettings, TlsMode
from mailservice.store.db import transaction
from mailservice.store.models import ImapBookmark, InboundStatus

log = logging.getLogger(__name__)

SOURCE = "imap"
IDLE_SETTLE_SECONDS = 1.5  # longer than a second: Dovecot's Maildir notices changes by directory mtime


class AuthFailed(Exception):
    """The server refused our login: retrying at once would not help (and could lock the account)."""


class FolderMissing(Exception):
    """The folder to read does not exist on the server."""


class ConnectionLost(Exception):
    """The server ended the session (BYE) or the socket closed while idling."""


# Outcome -> folder, first match wins (STYLE.md habit 1: route with a table).
_ROUTES: tuple[tuple[str, Callable[[str, str | None], bool], str], ...] = (
    (
        "voor een mens",
        lambda status, kind: status in (InboundStatus.UNHANDLED, InboundStatus.QUARANTINED),
        "folder_manual",
    ),
    ("bounce", lambda status, kind: kind == "bounce", "folder_bounces"),
    ("verwerkt", lambda status, kind: True, "folder_processed"),
)


def folder_for(settings: ImapSettings, status: str, kind: str | None) -> str:
    for _name, matches, attribute in _ROUTES:
        if matches(status, kind):
            return str(getattr(settings, attribute))
    raise AssertionError("the last route matches everything")


@dataclass
class PollResult:
    fetched: int = 0
    stored: int = 0
    already_stored: int = 0  # re-fetched after a crash or a UIDVALIDITY change: filed, not stored again
    left: int = 0  # stayed in the folder (not processed yet, or a store that failed): looked at again next scan
    moved: Counter[str] = field(default_factory=Counter)

    def add(self, other: PollResult) -> None:
        self.fetched += other.fetched
        self.stored += other.stored
        self.already_stored += other.already_stored
        self.left += other.left
        self.moved.update(other.moved)

    def summary(self) -> str:
        moved = ", ".join(f"{folder} {n}" for folder, n in sorted(self.moved.items())) or "niets verplaatst"
        return (
            f"{self.fetched} opgehaald, {self.stored} nieuw opgeslagen, {self.already_stored} al eerder opgeslagen, "
            f"{self.left} blijven staan; {moved}"
        )


class ImapSource:
    name = SOURCE

    def __init__(
        self,
        settings: ImapSettings,
        factory: sessionmaker[Session],
        clock: Clock,
        *,
        on_stored: Callable[[], object] = lambda: None,
    ) -> None:
        self.settings = settings
        self.factory = factory
        self.clock = clock
        # Called after new mail is stored, before filing: the service wakes its ingest worker here (and files
        # the mail on a later pass, when ``wake`` says it was processed); ``mailservice poll --once`` processes
        # it right away, so that the same pass files it.
        self.on_stored = on_stored
        self.backoff = Backoff(0.5, settings.reconnect_max_seconds)
        self._wake = threading.Event()
        # Test seams (STYLE.md habit 11): what the source is doing, without reading its logs.
        self.idling = threading.Event()
        self.logins = 0
        self._folders: set[str] = set()
        self._uidvalidity = 0

    def wake(self) -> None:
        """Ingest recorded outcomes: file those messages now instead of at the next scan (from any thread)."""
        self._wake.set()

    # -- connection ------------------------------------------------------------------------------------
    def connect(self) -> IMAPClient:
        s = self.settings
        assert s.host, "imap.host is not set"
        context = None
        if s.tls != TlsMode.NONE:
            context = ssl.create_default_context(cafile=str(s.ca_file) if s.ca_file else None)
        client = IMAPClient(
            s.host,
            s.effective_port,
            ssl=s.tls == TlsMode.IMPLICIT,
            ssl_context=context,
            timeout=SocketTimeout(connect=s.timeout, read=s.timeout),
        )
        try:
            if s.tls == TlsMode.STARTTLS:
                client.starttls(context)  # RFC 3501 6.2.1; fails (rather than going on in clear) when not offered
            self.logins += 1
            client.login(s.user or "", s.secret() or "")
        except LoginError as exc:
            _close(client)
            raise AuthFailed(_text(exc)) from None
        except BaseException:
            _close(client)
            raise
        self._folders = set()
        return client

    def poll_once(self) -> PollResult:
        """Connect, file everything waiting in the folder, disconnect (``mailservice poll --once``)."""
        client = self.connect()
        try:
            self._select(client)
            return self._sync(client, full=True)
        finally:
            _close(client)

    def run(self, stop: threading.Event) -> None:
        """Until ``stop``: stay connected, idle or poll, and reconnect after any fault."""
        s = self.settings
        log.info("IMAP: lezen van %s map %s (%s)", s.account, s.folder, s.tls)
        while not stop.is_set():
            client: IMAPClient | None = None
            try:
                client = self.connect()
                self._session(client, stop)
            except AuthFailed as exc:
                log.error(
                    "IMAP: inloggen als %s op %s:%s geweigerd (%s). Controleer MAILSERVICE_IMAP__USER en het "
                    "wachtwoord (MAILSERVICE_IMAP__PASSWORD of __PASSWORD_FILE); nieuwe poging over %.0f s.",
                    s.user,
                    s.host,
                    s.effective_port,
                    exc,
                    s.auth_retry_seconds,
                )
                stop.wait(s.auth_retry_seconds)
            except FolderMissing:
                log.error(
                    "IMAP: de map %r bestaat niet in %s (MAILSERVICE_IMAP__FOLDER); nieuwe poging over %.0f s.",
                    s.folder,
                    s.account,
                    s.auth_retry_seconds,
                )
                stop.wait(s.auth_retry_seconds)
            except (IMAPClientError, OSError, ConnectionLost) as exc:
                delay = self.backoff.next()
                log.warning(
                    "IMAP: verbinding met %s:%s verbroken of mislukt (%s: %s); opnieuw verbinden over %.1f s.",
                    s.host,
                    s.effective_port,
                    type(exc).__name__,
                    _text(exc),
                    delay,
                )
                stop.wait(delay)
            except Exception:  # a bug or a database fault: never end the thread, never spin
                delay = self.backoff.next()
                log.exception("IMAP: onverwachte fout; opnieuw proberen over %.1f s", delay)
                stop.wait(delay)
            finally:
                self.idling.clear()
                if client is not None:
                    _close(client)
        log.info("IMAP: gestopt")

    def _session(self, client: IMAPClient, stop: threading.Event) -> None:
        s = self.settings
        self._select(client)
        self._sync(client, full=True)
        self.backoff.reset()
        can_idle = client.has_capability("IDLE")
        if not can_idle:
            log.info("IMAP: de server biedt geen IDLE; elke %.0f s kijken", s.poll_seconds)
        next_full = time.monotonic() + s.poll_seconds
        settle = True
        while not stop.is_set():
            if can_idle:
                # Mail that came in while we were busy was announced (EXISTS) inside an earlier answer, where
                # IDLE will not repeat it: look once more before idling (this also files what ingest finished).
                self._wake.clear()
                self._sync(client, full=False)
                # Dovecot does not report at the start of IDLE what arrived between our last command and it
                # (seen here; it reports it at DONE, or after its 30 s idle check). So after activity the first
                # IDLE is short: its DONE brings such a message in within about a second.
                span = IDLE_SETTLE_SECONDS if settle else s.idle_seconds
                announced = self._idle(client, stop, min(time.monotonic() + span, next_full))
                settle = announced
            else:
                announced = False
                while not stop.is_set() and not self._wake.is_set() and time.monotonic() < next_full:
                    stop.wait(min(0.5, max(0.0, next_full - time.monotonic())))
            if stop.is_set():
                return
            if time.monotonic() >= next_full:
                self._sync(client, full=True)  # the safety net: also files what an earlier scan left behind
                next_full = time.monotonic() + s.poll_seconds
                settle = True
            elif announced or self._wake.is_set():
                self._wake.clear()
                self._sync(client, full=False)

    def _idle(self, client: IMAPClient, stop: threading.Event, until: float) -> bool:
        """IDLE until new mail is announced (True), ``until``, ``stop`` or ``wake`` (False)."""
        client.idle()
        self.idling.set()
        early_empty = 0
        dead = False
        announced = False
        try:
            while not stop.is_set() and not announced and not self._wake.is_set():
                left = until - time.monotonic()
                if left <= 0:
                    break
                wait = min(0.5, left)  # short, so a stop request is noticed quickly
                started = time.monotonic()
                responses = client.idle_check(timeout=wait)
                for response in responses:
                    if response and response[0] == b"BYE":
                        raise ConnectionLost(f"server beëindigde de sessie: {_text(response)}")
                    announced = announced or _announces_mail(response)
                # imapclient swallows EOF in idle_check: a readable socket that yields nothing, again and
                # again, is a closed connection.
                early_empty = early_empty + 1 if not responses and time.monotonic() - started < wait / 2 else 0
                if early_empty >= 3:
                    raise ConnectionLost("verbinding gesloten tijdens IDLE")
        except BaseException:
            dead = True  # the link is gone or broken: DONE would only fail again and hide the first error
            raise
        finally:
            self.idling.clear()
            if not dead:
                # RFC 2177: DONE ends IDLE; what the server reports with it counts as well.
                _, responses = client.idle_done()
                announced = announced or any(_announces_mail(r) for r in responses)
        return announced

    # -- folder state ----------------------------------------------------------------------------------
    def _select(self, client: IMAPClient) -> None:
        s = self.settings
        try:
            info = client.select_folder(s.folder)
        except IMAPClientError as exc:
            if "NONEXISTENT" in _text(exc).upper() or not client.folder_exists(s.folder):
                raise FolderMissing(s.folder) from None
            raise
        uidvalidity = int(info[b"UIDVALIDITY"])
        with transaction(self.factory) as session:
            mark = self._bookmark(session)
            if mark is None:
                session.add(
                    ImapBookmark(
                        account=s.account, folder=s.folder, uidvalidity=uidvalidity, last_uid=0, updated_at=self.clock()
                    )
                )
            elif mark.uidvalidity != uidvalidity:
                log.warning(
                    "IMAP: UIDVALIDITY van map %s is veranderd (%s -> %s): de map wordt helemaal opnieuw gelezen; "
                    "wat al was opgeslagen wordt herkend aan de inhoud en niet nog eens verwerkt.",
                    s.folder,
                    mark.uidvalidity,
                    uidvalidity,
                )
                mark.uidvalidity, mark.last_uid, mark.updated_at = uidvalidity, 0, self.clock()
        self._uidvalidity = uidvalidity

    def _bookmark(self, session: Session) -> ImapBookmark | None:
        return session.scalars(
            select(ImapBookmark).where(
                ImapBookmark.account == self.settings.account, ImapBookmark.folder == self.settings.folder
            )
        ).first()

    def _last_uid(self) -> int:
        with self.factory() as session:
            mark = self._bookmark(session)
            return mark.last_uid if mark is not None and mark.uidvalidity == self._uidvalidity else 0

    def _advance(self, uid: int) -> None:
        with transaction(self.factory) as session:
            mark = self._bookmark(session)
            if mark is not None and mark.uidvalidity == self._uidvalidity and uid > mark.last_uid:
                mark.last_uid, mark.updated_at = uid, self.clock()

    # -- one scan --------------------------------------------------------------------------------------
    def _sync(self, client: IMAPClient, *, full: bool) -> PollResult:
        """Store what is new in the folder and file what ingest has processed: every message (``full``) or
        only the UIDs above the bookmark."""
        result = PollResult()
        if full:
            uids = client.search(["UNDELETED"])
        else:
            last = self._last_uid()
            # "n:*" always includes the highest UID, even when it is below n (RFC 3501 6.4.8): filter.
            uids = [u for u in client.search(["UID", f"{last + 1}:*", "UNDELETED"]) if u > last]
        if not uids:
            return result
        uids = sorted(uids)
        sizes = {uid: int(d.get(b"RFC822.SIZE", 0)) for uid, d in client.fetch(uids, ["RFC822.SIZE"]).items()}
        staying: list[int] = []
        for chunk in _chunks([u for u in uids if u in sizes], self.settings.batch_size):
            result.add(self._file_chunk(client, chunk, sizes, staying))
        # The bookmark stops below the first message that stays (waiting for ingest, or not stored): the next
        # incremental scan looks at it again.
        self._advance(min(staying) - 1 if staying else uids[-1])
        if result.fetched or sum(result.moved.values()):
            log.info("IMAP %s: %s", self.settings.folder, result.summary())
        return result

    def _file_chunk(
        self, client: IMAPClient, uids: Sequence[int], sizes: dict[int, int], staying: list[int]
    ) -> PollResult:
        s = self.settings
        result = PollResult()
        targets: dict[str, list[int]] = defaultdict(list)
        wanted = [u for u in uids if sizes[u] <= s.max_message_bytes]
        too_large = [u for u in uids if sizes[u] > s.max_message_bytes]
        heads = client.fetch(too_large, ["BODY.PEEK[HEADER]"]) if too_large else {}
        for uid in too_large:
            # Too large to hold in memory and store: left to a person, in the mailbox itself, and recorded (its
            # header and the reason) before it is moved, so the secretariat sees it in `mailservice inbox`.
            log.warning(
                "IMAP: bericht UID %s is %s bytes (grens %s): naar %s voor het secretariaat",
                uid,
                sizes[uid],
                s.max_message_bytes,
                s.folder_manual,
            )
            head = bytes((heads.get(uid) or {}).get(b"BODY[HEADER]", b""))
            ingest.record_unstored(
                self.factory,
                head,
                size=sizes[uid],
                source=SOURCE,
                clock=self.clock,
                source_ref=self._ref(uid),
                reason=f"te groot om op te slaan: {sizes[uid]} bytes (grens {s.max_message_bytes}); "
                f"staat in de map {s.folder_manual}",
            )
            targets[s.folder_manual].append(uid)
        # What was stored before (and may have been processed since) is found by its place, without a FETCH.
        refs = {uid: self._ref(uid) for uid in wanted}
        known = ingest.stored_at(self.factory, SOURCE, list(refs.values()))
        ids = {uid: known[refs[uid]] for uid in wanted if refs[uid] in known}
        fresh = [uid for uid in wanted if uid not in ids]
        fetched = client.fetch(fresh, ["BODY.PEEK[]"]) if fresh else {}
        stored_new = False
        for uid in fresh:
            item = fetched.get(uid)
            if item is None or b"BODY[]" not in item:
                continue  # expunged by another client in the meantime
            result.fetched += 1
            stored = self._store(uid, bytes(item[b"BODY[]"]), refs[uid])
            if stored is None:
                continue  # our fault (database): it stays in the folder and is tried again
            ids[uid] = stored.id
            if stored.new:
                result.stored += 1
                stored_new = True
            else:
                result.already_stored += 1
                log.info("IMAP: UID %s is al opgeslagen als #%s; alleen nog verplaatsen", uid, stored.id)
        if stored_new:
            try:
                self.on_stored()
            except Exception:
                log.exception("IMAP: melding 'opgeslagen' aan de verwerking mislukt")
        outcome = ingest.outcomes(self.factory, list(ids.values()))
        for uid in wanted:
            status, kind = outcome.get(ids[uid], (InboundStatus.RECEIVED, None)) if uid in ids else (None, None)
            if status is None and uid not in fetched and uid in fresh:
                continue  # expunged meanwhile: nothing to file
            if status is None or status == InboundStatus.RECEIVED:
                staying.append(uid)  # not stored, or not processed yet: filed on a later pass
                result.left += 1
            else:
                if refs[uid] in known:  # stored on an earlier pass (or before a crash), processed since: now filed
                    log.info("IMAP: UID %s is al opgeslagen als #%s en verwerkt; nu verplaatst", uid, ids[uid])
                targets[folder_for(s, status, kind)].append(uid)
        for folder, moving in targets.items():
            self._move(client, moving, folder)
            result.moved[folder] += len(moving)
        return result

    def _store(self, uid: int, raw: bytes, ref: str) -> ingest.Stored | None:
        try:
            return ingest.store_once(
                self.factory,
                raw,
                source=SOURCE,
                clock=self.clock,
                envelope_from=_return_path(raw),
                envelope_to=[self.settings.user or ""],
                source_ref=ref,
            )
        except Exception:  # our own fault (database): leave the message where it is; the next scan retries
            log.exception(
                "IMAP: bericht UID %s kon niet worden opgeslagen; het blijft in %s staan", uid, self.settings.folder
            )
            return None

    def _ref(self, uid: int) -> str:
        # An IMAP URL (RFC 5092) names the message for people reading the inbox view.
        s = self.settings
        return f"imap://{s.user}@{s.host}/{s.folder};UIDVALIDITY={self._uidvalidity}/;UID={uid}"[:200]

    # -- moving ----------------------------------------------------------------------------------------
    def _move(self, client: IMAPClient, uids: Sequence[int], folder: str) -> None:
        self._ensure_folder(client, folder)
        try:
            self._transfer(client, uids, folder)
        except IMAPClientError as exc:
            if "TRYCREATE" not in _text(exc).upper():
                raise
            # RFC 3501 6.4.7: the folder went away since we looked (deleted by a person): create it, once more.
            log.warning("IMAP: map %s bestaat niet meer; opnieuw aangemaakt", folder)
            self._folders.discard(folder)
            self._ensure_folder(client, folder)
            self._transfer(client, uids, folder)

    def _transfer(self, client: IMAPClient, uids: Sequence[int], folder: str) -> None:
        if client.has_capability("MOVE"):
            client.move(uids, folder)  # RFC 6851: atomic, no window with two copies
            return
        client.copy(uids, folder)
        client.delete_messages(uids, silent=True)
        if client.has_capability("UIDPLUS"):
            client.uid_expunge(uids)  # RFC 4315: removes only these, not what a person flagged \Deleted
        else:
            client.expunge()

    def _ensure_folder(self, client: IMAPClient, folder: str) -> None:
        if folder in self._folders:
            return
        if not client.folder_exists(folder):
            log.info("IMAP: map %s aangemaakt", folder)
            try:
                client.create_folder(folder)
            except IMAPClientError as exc:
                if "ALREADYEXISTS" not in _text(exc).upper():  # RFC 5530: someone else was quicker
                    raise
            try:
                client.subscribe_folder(folder)  # so that mail programs show it
            except IMAPClientError:
                log.debug("subscribe %s failed", folder, exc_info=True)
        self._folders.add(folder)


def _announces_mail(response: tuple[object, ...]) -> bool:
    return len(response) >= 2 and response[1] in (b"EXISTS", b"RECENT")


def _chunks(items: Sequence[int], size: int) -> Iterator[Sequence[int]]:
    for i in range(0, len(items), size):
        yield items[i : i + size]


def _return_path(raw: bytes) -> str | None:
    """The envelope sender the delivering server recorded (RFC 5321 4.4); "" for the null sender <>."""
    head = raw.split(b"\r\n\r\n", 1)[0].split(b"\n\n", 1)[0]
    value = BytesHeaderParser().parsebytes(head + b"\r\n\r\n").get("Return-Path")
    if value is None:
        return None
    return parseaddr(str(value))[1] if "@" in str(value) else ""


def _text(value: object) -> str:
    if isinstance(value, BaseException):
        value = value.args[0] if value.args else str(value)
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    if isinstance(value, tuple):
        return " ".join(_text(v) for v in value)
    return str(value)


def _close(client: IMAPClient) -> None:
    """Log out politely when the link still works; otherwise just drop the socket."""
    try:
        client.logout()
    except Exception:
        with contextlib.suppress(Exception):
            client.shutdown()
