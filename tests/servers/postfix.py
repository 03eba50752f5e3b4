"""A private Postfix on loopback that delivers our domain to the private Dovecot over LMTP (SERVERS.md).

``info@`` is routed to the service's own LMTP receiver instead (``lmtp_port``), so one Postfix serves both
paths: per-test mailboxes ``boxN-PID@`` land in Dovecot and are read over IMAP; ``info@`` goes straight to the
service, as on a site where Postfix delivers to it.
"""

from __future__ import annotations

import os
import shutil
import signal
import smtplib
import subprocess
import time
from pathlib import Path

from tests.servers import free_port, wait_for_port, wait_for_port_closed
from tests.servers.dovecot import DOMAIN, Dovecot

_MAIN_CF = """\
compatibility_level = 3.6
queue_directory = {p}/spool
data_directory  = {p}/data
maillog_file_prefixes = /var, /dev/stdout, {p}
maillog_file = {p}/maillog
myhostname = mail.{domain}
mydomain   = {domain}
myorigin   = $mydomain
mydestination =
inet_interfaces = 127.0.0.1
inet_protocols  = ipv4
mynetworks = 127.0.0.0/8
smtpd_relay_restrictions = permit_mynetworks, reject_unauth_destination
smtpd_banner = $myhostname ESMTP test-postfix
biff = no
append_dot_mydomain = no
alias_maps =
alias_database =
local_transport = error:5.1.1 local delivery disabled
virtual_mailbox_domains = {domain}
virtual_transport = lmtp:inet:127.0.0.1:{dovecot_lmtp}
transport_maps = texthash:{p}/etc/transport
# Deliver at once, one message per LMTP session is fine for tests; retry soon when the service is not up yet.
queue_run_delay = 5s
minimal_backoff_time = 5s
maximal_backoff_time = 10s
maximal_queue_lifetime = 5m
bounce_queue_lifetime = 5m
delay_warning_time = 0
"""


class Postfix:
    def __init__(self, root: Path, dovecot: Dovecot) -> None:
        self.dir = root / "postfix"
        self.etc = self.dir / "etc"
        self.smtp_port = free_port()
        self.lmtp_port = free_port()  # where the service's LMTP receiver listens when a test runs it
        self.dovecot = dovecot

    def _postconf(self, *args: str) -> None:
        subprocess.run(["postconf", "-c", str(self.etc), *args], check=True, capture_output=True)

    def setup(self) -> Postfix:
        for sub in ("etc", "spool", "data"):
            (self.dir / sub).mkdir(parents=True, exist_ok=True)
        shutil.copy("/etc/postfix/master.cf", self.etc / "master.cf")
        (self.etc / "main.cf").write_text(
            _MAIN_CF.format(p=self.dir, domain=DOMAIN, dovecot_lmtp=self.dovecot.lmtp_port)
        )
        (self.etc / "transport").write_text(f"info@{DOMAIN}    lmtp:inet:127.0.0.1:{self.lmtp_port}\n")
        self._postconf("-MX", "smtp/inet")
        self._postconf("-M", f"127.0.0.1:{self.smtp_port}/inet = 127.0.0.1:{self.smtp_port} inet n - n - - smtpd")
        self._postconf("-F", "*/*/chroot = n")
        shutil.chown(self.dir / "data", "postfix", "postfix")
        subprocess.run(["postfix", "-c", str(self.etc), "check"], check=True, capture_output=True)
        return self

    def start(self) -> Postfix:
        result = subprocess.run(
            ["postfix", "-c", str(self.etc), "start"],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        if result.returncode != 0:
            # Postfix reports start-up errors only to syslog or a tty (SERVERS.md): show them through script(1).
            tty = subprocess.run(
                ["script", "-qc", f"postfix -c {self.etc} start", "/dev/null"],
                capture_output=True,
                text=True,
                stdin=subprocess.DEVNULL,
            )
            raise RuntimeError(f"postfix did not start: {tty.stdout}")
        wait_for_port(self.smtp_port, what="postfix")
        return self

    def stop(self) -> None:
        try:
            pid = int((self.dir / "spool/pid/master.pid").read_text().split()[0])
        except (FileNotFoundError, ValueError, IndexError):
            return
        try:
            os.kill(pid, signal.SIGTERM)  # by the PID it wrote: never by name
        except ProcessLookupError:
            return
        deadline = time.monotonic() + 15
        while time.monotonic() < deadline:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            time.sleep(0.02)
        wait_for_port_closed(self.smtp_port)

    def flush(self) -> None:
        """Retry deferred mail now (e.g. once the service's LMTP receiver is up)."""
        subprocess.run(["postqueue", "-c", str(self.etc), "-f"], capture_output=True)

    def send(self, raw: bytes, to: str | list[str], sender: str = "j.jansen@gemeente-a.nl") -> None:
        with smtplib.SMTP("127.0.0.1", self.smtp_port, timeout=30) as smtp:
            smtp.sendmail(sender, to, raw)
