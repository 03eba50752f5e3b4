"""A small TCP proxy between the service and a server, with faults on request.

- ``cut_after(trigger, nbytes, skip)``: once the client sends ``trigger`` (e.g. ``b"BODY.PEEK[]"``) for the
  ``skip + 1``-th time, forward ``nbytes`` more of the server's answer, then drop both sides: a connection lost
  in the middle of a FETCH.
- ``freeze_on(trigger)``: once the client sends ``trigger`` (e.g. ``b" MOVE "``), stop forwarding anything on that
  connection: the client waits for an answer that never comes (a moment to kill it in).
- ``hide_capability(name)``: remove a capability (e.g. ``b"IDLE"``) from what the server announces, as a
  server without it would; ``client_sent`` keeps what clients sent, to check a command was never used.
Each fault fires once. Plain bytes only: use it with tls = none on loopback.
"""

from __future__ import annotations

import contextlib
import select
import socket
import threading

from tests.servers import free_port


class FaultProxy:
    def __init__(self, target_port: int) -> None:
        self.target_port = target_port
        self.port = free_port()
        self.connections = 0
        self._listener = socket.create_server(("127.0.0.1", self.port))
        self._lock = threading.Lock()
        self._cut: tuple[bytes, int, threading.Event] | None = None
        self._cut_skip = 0
        self._freeze: tuple[bytes, threading.Event] | None = None
        self._closed = False
        self._hidden: list[bytes] = []
        self.client_sent = bytearray()
        threading.Thread(target=self._accept, name="fault-proxy", daemon=True).start()

    def cut_after(self, trigger: bytes, nbytes: int, skip: int = 0) -> threading.Event:
        fired = threading.Event()
        with self._lock:
            self._cut = (trigger, nbytes, fired)
            self._cut_skip = skip
        return fired

    def freeze_on(self, trigger: bytes) -> threading.Event:
        fired = threading.Event()
        with self._lock:
            self._freeze = (trigger, fired)
        return fired

    def hide_capability(self, name: bytes) -> None:
        self._hidden.append(name)

    def _rewrite(self, data: bytes) -> bytes:
        # Capability lists are space-separated atoms on one line ("[CAPABILITY IMAP4rev1 ... IDLE ...]").
        for name in self._hidden:
            data = data.replace(b" " + name + b" ", b" ").replace(b" " + name + b"]", b"]")
            data = data.replace(b" " + name + b"\r\n", b"\r\n")
        return data

    def close(self) -> None:
        self._closed = True
        self._listener.close()

    def _accept(self) -> None:
        while not self._closed:
            try:
                client, _ = self._listener.accept()
            except OSError:
                return
            self.connections += 1
            try:
                server = socket.create_connection(("127.0.0.1", self.target_port), timeout=5)
            except OSError:
                client.close()
                continue
            threading.Thread(target=self._pump, args=(client, server), daemon=True).start()

    def _pump(self, client: socket.socket, server: socket.socket) -> None:
        budget: int | None = None  # bytes of server data still to forward before the cut
        frozen = False
        seen = b""
        try:
            while not self._closed:
                readable, _, _ = select.select([client, server], [], [], 0.2)
                for sock in readable:
                    data = sock.recv(65536)
                    if not data:
                        return
                    if sock is client:
                        self.client_sent += data
                        seen = (seen + data)[-4096:]
                        with self._lock:
                            if self._freeze and self._freeze[0] in seen:
                                frozen = True
                                self._freeze[1].set()
                                self._freeze = None
                            if self._cut and self._cut[0] in data:  # commands arrive whole
                                if self._cut_skip > 0:
                                    self._cut_skip -= 1
                                else:
                                    budget = self._cut[1]
                                    self._cut[2].set()
                                    self._cut = None
                        if not frozen:
                            server.sendall(data)
                    elif not frozen:
                        data = self._rewrite(data) if self._hidden else data
                        if budget is not None:
                            client.sendall(data[:budget])
                            budget -= min(budget, len(data))
                            if budget == 0:
                                return
                        else:
                            client.sendall(data)
        except OSError:
            return
        finally:
            for sock in (client, server):
                with contextlib.suppress(OSError):
                    sock.shutdown(socket.SHUT_RDWR)
                sock.close()
