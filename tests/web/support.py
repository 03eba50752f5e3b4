"""What the web tests share: a plain HTTP client (no browser, no cookies unless given) and links from our mail."""

from __future__ import annotations

import email
import email.policy
import http.client
import re
import urllib.parse
from dataclasses import dataclass
from email.message import EmailMessage
from pathlib import Path

LINK = re.compile(r"https?://[^\s<>\"']+")


@dataclass
class Reply:
    status: int
    headers: dict[str, str]
    body: str

    def cookie(self, name: str) -> str | None:
        for part in self.headers.get("set-cookie", "").split(","):
            key, _, rest = part.strip().partition("=")
            if key == name:
                return rest.split(";", 1)[0]
        return None


def request(
    method: str, url: str, body: bytes | None = None, headers: dict[str, str] | None = None, follow: bool = False
) -> Reply:
    """One request, as a link scanner or a mail client would send it; ``follow``: follow redirects (GET after)."""
    for _ in range(10):
        parts = urllib.parse.urlsplit(url)
        conn = http.client.HTTPConnection(parts.hostname or "", parts.port or 80, timeout=10)
        path = parts.path + (f"?{parts.query}" if parts.query else "")
        conn.request(method, path, body=body, headers=headers or {})
        response = conn.getresponse()
        reply = Reply(
            response.status,
            {k.lower(): v for k, v in response.getheaders()},
            response.read().decode("utf-8", "replace"),
        )
        conn.close()
        if follow and reply.status in (301, 302, 303, 307, 308):
            url = urllib.parse.urljoin(url, reply.headers["location"])
            method, body = ("GET", None) if reply.status in (301, 302, 303) else (method, body)
            continue
        return reply
    raise AssertionError(f"too many redirects from {url}")


ONE_CLICK = b"List-Unsubscribe=One-Click"
FORM = {"content-type": "application/x-www-form-urlencoded"}


def one_click(url: str) -> Reply:
    """RFC 8058 3.2: what a mail client POSTs, without cookies or anything else."""
    return request("POST", url, ONE_CLICK, FORM)


def messages(maildir: Path) -> list[EmailMessage]:
    files = (
        sorted((maildir / "new").iterdir(), key=lambda p: p.stat().st_mtime_ns) if (maildir / "new").exists() else []
    )
    return [email.message_from_bytes(f.read_bytes(), policy=email.policy.default) for f in files]  # type: ignore[misc]


def text(msg: EmailMessage) -> str:
    part = msg.get_body(("plain",))
    assert part is not None
    return part.get_content()  # type: ignore[no-any-return]


def links_in(msg: EmailMessage) -> list[str]:
    """Every link in a mail as sent: text and HTML parts and the headers (List-Unsubscribe), in order."""
    found: list[str] = []
    for part in msg.walk():
        if part.get_content_type() in ("text/plain", "text/html"):
            found += LINK.findall(part.get_content())
    for header in ("List-Unsubscribe", "List-Help", "List-Archive"):
        found += LINK.findall(str(msg.get(header, "")))
    return [link.rstrip(".,;)") for link in dict.fromkeys(found)]


def link(msg: EmailMessage, kind: str) -> str:
    """The one link of ``kind`` (bevestigen, afmelden, gegevens) in a mail's text part."""
    found = list(dict.fromkeys(u for u in LINK.findall(text(msg)) if f"/{kind}/" in u))
    assert len(found) == 1, (kind, found)
    return found[0]
