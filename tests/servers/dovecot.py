"""A private Dovecot (IMAP + LMTP) on loopback, configured as in ../shared/docs/SERVERS.md."""

from __future__ import annotations

import contextlib
import itertools
import os
import shutil
import signal
import subprocess
import time
from pathlib import Path

from imapclient import IMAPClient

from tests.servers import free_port, wait_for_port, wait_for_port_closed

PASSWORD = "geheim123"
POOL = 200  # mailboxes box1..box200, handed out by new_user()
DOMAIN = "ambtelijkefusie.nl"

_CONF = """\
instance_name = mailservice-test-{imap_port}
base_dir  = {d}/run
state_dir = {d}/state
protocols = imap lmtp
listen = 127.0.0.1
log_path = {d}/dovecot.log
ssl = yes
ssl_cert = <{d}/ssl/cert.pem
ssl_key  = <{d}/ssl/key.pem
disable_plaintext_auth = no
auth_mechanisms = plain login
first_valid_uid = 8
first_valid_gid = 8
mail_location = maildir:~/Maildir
passdb {{
  driver = passwd-file
  args = scheme=PLAIN username_format=%Lu {d}/users
}}
userdb {{
  driver = passwd-file
  args = username_format=%Lu {d}/users
  default_fields = uid=mail gid=mail home={d}/mail/%Ld/%Ln
}}
namespace inbox {{
  inbox = yes
  separator = /
}}
service imap-login {{
  inet_listener imap {{
    address = 127.0.0.1
    port = {imap_port}
  }}
  inet_listener imaps {{
    address = 127.0.0.1
    port = {imaps_port}
    ssl = yes
  }}
}}
service lmtp {{
  inet_listener lmtp {{
    address = 127.0.0.1
    port = {lmtp_port}
  }}
}}
protocol lmtp {{
  postmaster_address = postmaster@{domain}
}}
"""


class Dovecot:
    def __init__(self, root: Path) -> None:
        self.dir = root / "dovecot"
        self.imap_port = free_port()
        self.imaps_port = free_port()
        self.lmtp_port = free_port()
        self.conf = self.dir / "dovecot.conf"
        self._users = itertools.count(1)

    # -- lifecycle -------------------------------------------------------------------------------------
    def setup(self) -> Dovecot:
        for sub in ("run", "state", "mail", "ssl"):
            (self.dir / sub).mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [
                "openssl",
                "req",
                "-x509",
                "-newkey",
                "rsa:2048",
                "-nodes",
                "-days",
                "2",
                "-subj",
                "/CN=localhost",
                "-addext",
                "subjectAltName=DNS:localhost,IP:127.0.0.1",
                "-keyout",
                str(self.dir / "ssl/key.pem"),
                "-out",
                str(self.dir / "ssl/cert.pem"),
            ],
            check=True,
            capture_output=True,
        )
        shutil.chown(self.dir / "mail", "mail", "mail")
        users = self.dir / "users"
        # All mailboxes up front: Dovecot re-reads a changed passwd-file only when its mtime (seconds) moves.
        names = ["info", "bounces", *(f"box{i}" for i in range(1, POOL + 1))]
        users.write_text("".join(f"{u}@{DOMAIN}:{{PLAIN}}{PASSWORD}::::::\n" for u in names))
        shutil.chown(users, group="dovecot")
        users.chmod(0o640)
        self.conf.write_text(
            _CONF.format(
                d=self.dir,
                imap_port=self.imap_port,
                imaps_port=self.imaps_port,
                lmtp_port=self.lmtp_port,
                domain=DOMAIN,
            )
        )
        subprocess.run(["doveconf", "-c", str(self.conf), "-n"], check=True, capture_output=True)
        return self

    @property
    def cert(self) -> Path:
        return self.dir / "ssl/cert.pem"

    def _pid(self) -> int | None:
        try:
            return int((self.dir / "run/master.pid").read_text().strip())
        except (FileNotFoundError, ValueError):
            return None

    def start(self) -> Dovecot:
        # The daemon keeps inherited pipes open: its output must go to DEVNULL or the caller hangs.
        subprocess.run(
            ["dovecot", "-c", str(self.conf)],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
            check=True,
        )
        wait_for_port(self.imap_port, what="dovecot")
        wait_for_port(self.lmtp_port, what="dovecot lmtp")
        return self

    def stop(self) -> None:
        pid = self._pid()
        if pid is None:
            return
        # Seen here: the master exits on SIGTERM but leaves its imap (and log) processes serving connected
        # clients. A restart must end those sessions, as on a real server, so they are signalled too: by the
        # PIDs of the master's children, collected before it goes; never by name.
        children = _children(pid)
        try:
            os.kill(pid, signal.SIGTERM)
        except ProcessLookupError:
            return
        _wait_gone([pid])
        for child in children:
            with contextlib.suppress(ProcessLookupError):
                os.kill(child, signal.SIGTERM)
        _wait_gone(children)
        wait_for_port_closed(self.imap_port)

    def restart(self) -> None:
        self.stop()
        self.start()

    # -- mailboxes -------------------------------------------------------------------------------------
    def new_user(self) -> str:
        """A fresh, empty mailbox for one test or benchmark run."""
        n = next(self._users)
        if n > POOL:
            raise RuntimeError(f"more than {POOL} mailboxes asked for; raise tests.servers.dovecot.POOL")
        return f"box{n}@{DOMAIN}"

    def client(self, user: str) -> IMAPClient:
        c = IMAPClient("127.0.0.1", self.imap_port, ssl=False, timeout=10)
        c.login(user, PASSWORD)
        return c

    def append(self, user: str, folder: str, *messages: bytes) -> None:
        with self.client(user) as c:
            if not c.folder_exists(folder):
                c.create_folder(folder)
            for raw in messages:
                c.append(folder, raw)

    def folder_counts(self, user: str, *folders: str) -> dict[str, int]:
        with self.client(user) as c:
            return {f: (c.folder_status(f, ["MESSAGES"])[b"MESSAGES"] if c.folder_exists(f) else 0) for f in folders}

    def messages(self, user: str, folder: str) -> list[bytes]:
        with self.client(user) as c:
            if not c.folder_exists(folder):
                return []
            c.select_folder(folder, readonly=True)
            uids = c.search("ALL")
            return [d[b"BODY[]"] for _, d in sorted(c.fetch(uids, ["BODY.PEEK[]"]).items())] if uids else []


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # /proc/PID/stat: "pid (comm) state ppid ..."; comm may hold spaces, so split after the last ")".
        if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
            found.append(int(entry.name))
    return found


def _wait_gone(pids: list[int], timeout: float = 15.0) -> None:
    deadline = time.monotonic() + timeout
    for pid in pids:
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.02)
