"""A webhook receiver for benchmarks/bench_workers.py, in a process of its own.

    python benchmarks/webhook_sink.py LOG

A real HTTP server on 127.0.0.1 (a free port, printed as ``port N`` on stdout when it
listens) that answers every POST with 204 and appends the notification's ``key`` (from
the JSON body) to the file LOG, one line per request received: a key delivered twice
is there twice (unlike the Maildir channel, which keeps one file per key). Stops on
SIGTERM or when stdin closes.
"""

from __future__ import annotations

import json
import sys
import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


def main() -> None:
    log = open(sys.argv[1], "a", encoding="utf-8", buffering=1)  # noqa: SIM115 - the server's life
    lock = threading.Lock()

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            body = self.rfile.read(int(self.headers.get("Content-Length", 0)))
            key = json.loads(body.decode("utf-8"))["key"]
            with lock:
                log.write(key + "\n")
            self.send_response(204)
            self.end_headers()

        def log_message(self, *args: Any) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    threading.Thread(target=server.serve_forever, daemon=True).start()
    print(f"port {server.server_address[1]}", flush=True)
    sys.stdin.read()  # until the benchmark closes it (or exits)
    server.shutdown()
    log.close()


if __name__ == "__main__":
    main()
