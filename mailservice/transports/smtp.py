"""Deliver over SMTP with smtplib, reusing one connection per batch.

First version for the foundation; the outbound issue adds pooling, rate limits and the bounce path.
"""

from __future__ import annotations

import smtplib
import ssl

from mailservice.models import OutboundMessage
from mailservice.settings import SmtpSettings, TlsMode
from mailservice.transports import PermanentFailure, TemporaryFailure


class SmtpTransport:
    name = "smtp"

    def __init__(self, settings: SmtpSettings) -> None:
        self.settings = settings
        self._conn: smtplib.SMTP | None = None

    def _context(self) -> ssl.SSLContext:
        ctx = ssl.create_default_context(cafile=str(self.settings.ca_file) if self.settings.ca_file else None)
        return ctx

    def _connect(self) -> smtplib.SMTP:
        s = self.settings
        try:
            if s.tls == TlsMode.IMPLICIT:
                conn: smtplib.SMTP = smtplib.SMTP_SSL(s.host, s.port, timeout=s.timeout, context=self._context())
            else:
                conn = smtplib.SMTP(s.host, s.port, timeout=s.timeout)
                if s.tls == TlsMode.STARTTLS:
                    conn.starttls(context=self._context())
            if s.user:
                conn.login(s.user, s.secret() or "")
        except smtplib.SMTPAuthenticationError as exc:
            raise TemporaryFailure(f"aanmelden bij {s.host}:{s.port} geweigerd: {exc.smtp_code} {exc.smtp_error!r}") from exc
        except (OSError, smtplib.SMTPException) as exc:
            raise TemporaryFailure(f"geen verbinding met {s.host}:{s.port}: {exc}") from exc
        return conn

    def deliver(self, row: OutboundMessage, envelope_from: str) -> str:
        if self._conn is None:
            self._conn = self._connect()
        try:
            refused = self._conn.sendmail(envelope_from, [row.to_addr], row.raw)
        except smtplib.SMTPRecipientsRefused as exc:
            code, text = next(iter(exc.recipients.values()))
            return self._fail(code, text)
        except smtplib.SMTPResponseException as exc:
            self.close()
            return self._fail(exc.smtp_code, exc.smtp_error)
        except (OSError, smtplib.SMTPException) as exc:
            self.close()
            raise TemporaryFailure(f"verbinding verbroken: {exc}") from exc
        if refused:
            code, text = next(iter(refused.values()))
            return self._fail(code, text)
        return "250 geaccepteerd"

    @staticmethod
    def _fail(code: int, text: bytes | str) -> str:
        msg = f"{code} {text.decode('utf-8', 'replace') if isinstance(text, bytes) else text}"
        if 400 <= code < 500:
            raise TemporaryFailure(msg)
        raise PermanentFailure(msg)

    def close(self) -> None:
        if self._conn is not None:
            try:
                self._conn.quit()
            except (OSError, smtplib.SMTPException):
                pass
            self._conn = None
