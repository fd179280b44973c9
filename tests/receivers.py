"""Real receivers on 127.0.0.1 for channel tests: an SMTP server (aiosmtpd) and an HTTP
server in a thread. Both count what they receive by idempotency key."""

from __future__ import annotations

import email
import email.policy
import json
import socket
import ssl
import subprocess
import threading
from collections import Counter
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class _Collect:
    def __init__(self) -> None:
        self.messages: list[email.message.EmailMessage] = []
        self.envelopes: list[tuple[str, list[str]]] = []
        self.lock = threading.Lock()

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        msg = email.message_from_bytes(envelope.original_content or envelope.content,
                                       policy=email.policy.default)
        with self.lock:
            self.messages.append(msg)  # type: ignore[arg-type]
            self.envelopes.append((envelope.mail_from, list(envelope.rcpt_tos)))
        return "250 OK"


class SmtpReceiver:
    """aiosmtpd on 127.0.0.1; ``tls``: None, ``"starttls"`` or ``"ssl"``."""

    def __init__(self, tls: str | None = None, cert: tuple[Path, Path] | None = None,
                 login: tuple[str, str] | None = None):
        self.handler = _Collect()
        self.port = free_port()
        kw: dict[str, Any] = {}
        if tls:
            assert cert is not None
            ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
            ctx.load_cert_chain(str(cert[0]), str(cert[1]))
            if tls == "starttls":
                kw.update(tls_context=ctx, require_starttls=True)
            else:
                kw.update(ssl_context=ctx, auth_require_tls=False)
        if login:
            def auth(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> AuthResult:
                ok = isinstance(data, LoginPassword) and (
                    data.login.decode(), data.password.decode()) == login
                return AuthResult(success=ok)
            kw.update(authenticator=auth, auth_required=True)
        self.controller = Controller(self.handler, hostname="127.0.0.1", port=self.port,
                                     server_hostname="127.0.0.1", **kw)

    def __enter__(self) -> SmtpReceiver:
        self.controller.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.controller.stop()

    @property
    def messages(self) -> list[Any]:
        with self.handler.lock:
            return list(self.handler.messages)

    def ids(self) -> Counter[str]:
        return Counter(str(m["Message-ID"]) for m in self.messages)

    def env(self, security: str = "none") -> dict[str, str]:
        return {"PLANFLOW_SMTP_HOST": "127.0.0.1", "PLANFLOW_SMTP_PORT": str(self.port),
                "PLANFLOW_SMTP_SECURITY": security, "PLANFLOW_SMTP_FROM": "planflow@example.org"}


class HttpReceiver:
    """A ThreadingHTTPServer that records each POST; ``fail`` answers 503 that many times."""

    def __init__(self, fail: int = 0):
        self.requests: list[dict[str, Any]] = []
        self.fail = fail
        self.lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with outer.lock:
                    if outer.fail > 0:
                        outer.fail -= 1
                        code = 503
                    else:
                        code = 200
                        outer.requests.append({"headers": dict(self.headers), "body": body,
                                               "path": self.path,
                                               "json": json.loads(body.decode("utf-8"))})
                self.send_response(code)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.url = f"http://127.0.0.1:{self.server.server_address[1]}/hook"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> HttpReceiver:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def keys(self) -> Counter[str]:
        with self.lock:
            return Counter(r["json"]["key"] for r in self.requests)


def self_signed(tmp: Path) -> tuple[Path, Path]:
    """A certificate for 127.0.0.1 and its key (openssl)."""
    cert, key = tmp / "cert.pem", tmp / "key.pem"
    subprocess.run(["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", str(key),
                    "-out", str(cert), "-days", "2", "-subj", "/CN=127.0.0.1",
                    "-addext", "subjectAltName=IP:127.0.0.1"], check=True, capture_output=True)
    return cert, key


class ScriptedHttp:
    """An HTTP server in a thread whose answer to each POST is ``answer(path)``:
    ``(status, headers)``, or ``"drip"`` to send a status line one byte every
    ``drip_every`` seconds (a receiver that never finishes answering). Records every
    request (path, headers, body)."""

    def __init__(self, answer: Any, drip_every: float = 0.3):
        self.requests: list[dict[str, Any]] = []
        self.lock = threading.Lock()
        outer = self

        class Handler(BaseHTTPRequestHandler):
            def do_POST(self) -> None:
                body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
                with outer.lock:
                    outer.requests.append({"headers": dict(self.headers), "body": body,
                                           "path": self.path})
                what = answer(self.path)
                if what == "drip":
                    import time
                    try:
                        for b in b"HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n" * 50:
                            self.wfile.write(bytes([b]))
                            self.wfile.flush()
                            time.sleep(drip_every)
                    except OSError:
                        pass
                    return
                code, headers = what
                self.send_response(code)
                for k, v in headers.items():
                    self.send_header(k, v)
                self.send_header("Content-Length", "0")
                self.end_headers()

            def log_message(self, *args: Any) -> None:
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.server.daemon_threads = True
        self.port = self.server.server_address[1]
        self.base = f"http://127.0.0.1:{self.port}"
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def __enter__(self) -> ScriptedHttp:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.shutdown()
        self.server.server_close()

    def paths(self) -> list[str]:
        with self.lock:
            return [r["path"] for r in self.requests]


class DripSmtp:
    """A TCP server on 127.0.0.1 that answers each connection with an SMTP greeting one
    byte every ``every`` seconds (an SMTP server that never finishes talking)."""

    def __init__(self, every: float = 0.3):
        self.sock = socket.socket()
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen()
        self.port = self.sock.getsockname()[1]
        self.every = every
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._serve, daemon=True)

    def _serve(self) -> None:
        import time
        self.sock.settimeout(0.2)
        while not self.stop.is_set():
            try:
                conn, _ = self.sock.accept()
            except OSError:
                continue

            def drip(c: socket.socket) -> None:
                try:
                    for b in b"220 slow.example ESMTP\r\n" * 20:
                        if self.stop.is_set():
                            break
                        c.sendall(bytes([b]))
                        time.sleep(self.every)
                except OSError:
                    pass
                finally:
                    c.close()

            threading.Thread(target=drip, args=(conn,), daemon=True).start()

    def __enter__(self) -> DripSmtp:
        self.thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop.set()
        self.thread.join()
        self.sock.close()


class RefusingSmtp(SmtpReceiver):
    """aiosmtpd refusing every recipient with ``answer`` (e.g. ``"550 5.1.1 no such user"``)."""

    def __init__(self, answer: str):
        super().__init__()

        async def handle_RCPT(server: Any, session: Any, envelope: Any, address: str,
                              rcpt_options: Any) -> str:
            return answer

        self.handler.handle_RCPT = handle_RCPT  # type: ignore[attr-defined]
