"""Deliver over SMTP with smtplib: one connection per transport object, reused for many messages.

Why smtplib and not aiosmtplib: the sender already runs in threads, and bench/outbound.py shows where the time
goes: the receiving server's work per message, not our client. Two or more connections in threads (the
socket waits release the GIL) keep the server busy while we render and record; an event loop would add a
dependency and buy nothing measurable (numbers in the bench's output).

Each step is sent by hand (MAIL, RCPT, DATA) instead of ``sendmail`` so we keep the server's final answer
("250 2.0.0 Ok: queued as ...") for the outbox row, and so every reply code takes its RFC 5321 path:
4xx temporary, 5xx permanent, 421 "closing" drops the connection (RFC 5321 3.8).
"""

from __future__ import annotations

import contextlib
import smtplib
import ssl

from mailservice.outbound.transports import Envelope, PermanentFailure, TemporaryFailure
from mailservice.settings import SmtpSettings, TlsMode


def _text(value: bytes | str) -> str:
    return value.decode("utf-8", "replace") if isinstance(value, bytes) else value


class SmtpTransport:
    name = "smtp"

    def __init__(self, settings: SmtpSettings, helo_name: str) -> None:
        self.settings = settings
        host = f"[{settings.host}]" if ":" in settings.host else settings.host
        self.route = f"smtp://{host}:{settings.port}"
        self.helo_name = settings.helo_name or helo_name
        self._conn: smtplib.SMTP | None = None
        self._sent = 0

    def _context(self) -> ssl.SSLContext:
        # Verification stays on (certificate chain and host name); ca_file adds a private CA, e.g. in tests.
        return ssl.create_default_context(cafile=str(self.settings.ca_file) if self.settings.ca_file else None)

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        where = f"{s.host}:{s.port}"
        conn: smtplib.SMTP | None = None
        try:
            if s.tls == TlsMode.IMPLICIT:
                conn = smtplib.SMTP_SSL(
                    s.host, s.port, local_hostname=self.helo_name, timeout=s.timeout, context=self._context()
                )
            else:
                conn = smtplib.SMTP(s.host, s.port, local_hostname=self.helo_name, timeout=s.timeout)
            conn.ehlo()
            if s.tls == TlsMode.STARTTLS:
                if not conn.has_extn("starttls"):
                    # Never fall back to plain text when TLS was asked for (RFC 3207 6: downgrade attacks).
                    raise TemporaryFailure(f"{where} biedt geen STARTTLS aan", connect=True)
                conn.starttls(context=self._context())
                conn.ehlo()
            if s.user:
                conn.login(s.user, s.secret() or "")
        except TemporaryFailure:
            self._quietly_close(conn)
            raise
        except smtplib.SMTPAuthenticationError as exc:
            self._quietly_close(conn)
            raise TemporaryFailure(
                f"aanmelden bij {where} geweigerd: {exc.smtp_code} {_text(exc.smtp_error)}", connect=True
            ) from exc
        except smtplib.SMTPResponseException as exc:
            self._quietly_close(conn)
            raise TemporaryFailure(
                f"{where} weigert de verbinding: {exc.smtp_code} {_text(exc.smtp_error)}", connect=True
            ) from exc
        except (OSError, smtplib.SMTPException) as exc:
            self._quietly_close(conn)
            raise TemporaryFailure(f"geen verbinding met {where}: {exc}", connect=True) from exc
        self._sent = 0
        return conn

    def deliver(self, envelope: Envelope, envelope_from: str, data: bytes) -> str:
        if self._conn is not None and self._sent >= self.settings.messages_per_connection:
            self.close()
        if self._conn is None:
            self._conn = self._connect()
        conn = self._conn
        reply: bytes | str  # a server's reply text; an SMTPResponseException may carry it as str
        try:
            # MAIL and RCPT written directly: smtplib's quoteaddr() parses each address with the email
            # package, a tenth of a millisecond per message; ours are plain addr-specs (RFC 5321 4.1.2).
            size = f" SIZE={len(data)}" if conn.has_extn("size") else ""  # RFC 1870: refused before DATA
            code, reply = conn.docmd("mail", f"FROM:<{envelope_from}>{size}")
            if code == 250:
                code, reply = conn.docmd("rcpt", f"TO:<{envelope.to_addr}>")
            if code in (250, 251):
                code, reply = conn.data(data)
                if code == 250:
                    self._sent += 1
                    return f"{code} {_text(reply)}"
        except smtplib.SMTPResponseException as exc:  # DATA answered with something other than 354
            code, reply = exc.smtp_code, exc.smtp_error
        except (OSError, smtplib.SMTPException) as exc:
            self._drop()
            raise TemporaryFailure(f"verbinding met {self.settings.host} verbroken: {exc}") from exc
        if code == 421:
            self._drop()
        else:
            try:
                conn.rset()
            except (OSError, smtplib.SMTPException):
                self._drop()
        return self._fail(code, reply)

    @staticmethod
    def _fail(code: int, text: bytes | str) -> str:
        msg = f"{code} {_text(text)}"
        if 500 <= code < 600:
            raise PermanentFailure(msg)
        raise TemporaryFailure(msg)

    def _drop(self) -> None:
        self._quietly_close(self._conn)
        self._conn = None

    @staticmethod
    def _quietly_close(conn: smtplib.SMTP | None) -> None:
        if conn is not None:
            with contextlib.suppress(OSError):
                conn.close()

    def close(self) -> None:
        if self._conn is not None:
            with contextlib.suppress(OSError, smtplib.SMTPException):
                self._conn.quit()
            self._drop()
