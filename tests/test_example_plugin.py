"""examples/chat_channel_plugin: a third-party channel, through the real engine, to a real HTTP server."""

from __future__ import annotations

import http.server
import json
import sys
import threading
import tomllib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

import pytest

import planflow
from planflow import Agency, DocumentInfo, Plan, Task

from .conftest import ROOT

PLUGIN_DIR = ROOT / "examples" / "chat_channel_plugin"


@pytest.fixture(scope="module")
def planflow_chat() -> Any:
    sys.path.insert(0, str(PLUGIN_DIR))
    try:
        import planflow_chat
    finally:
        sys.path.remove(str(PLUGIN_DIR))
    return planflow_chat


@pytest.fixture
def gateway() -> Iterator[tuple[str, list[dict[str, Any]]]]:
    """A chat gateway on 127.0.0.1 that records what it receives."""
    received: list[dict[str, Any]] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_POST(self) -> None:  # noqa: N802 - the stdlib's name
            body = self.rfile.read(int(self.headers["Content-Length"]))
            msg = json.loads(body)
            msg["_idempotency_key"] = self.headers["Idempotency-Key"]
            received.append(msg)
            self.send_response(200)
            self.end_headers()

        def log_message(self, *args: object) -> None:
            pass

    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/send", received
    finally:
        server.shutdown()
        server.server_close()


def _plan() -> Plan:
    return planflow.bind(Plan(document=DocumentInfo(symbol="5/KH-X", title="Chat", date=date(2023, 1, 2)), period=2023,
                agencies=[Agency("a", "Công an xã", contacts={"chat": "+84900000001"})],
                tasks=[Task("t", "Rà soát danh sách", lead=["a"], timeframe="2023-03-10")]))


def test_the_plugin_declares_its_entry_point() -> None:
    meta = tomllib.loads((PLUGIN_DIR / "pyproject.toml").read_text(encoding="utf-8"))
    assert meta["project"]["entry-points"]["planflow"] == {"chat": "planflow_chat"}


def test_registered_like_any_plugin(planflow_chat: Any) -> None:
    planflow.default_registry().load()
    planflow.default_registry().register(planflow_chat, name="chat")
    try:
        assert "chat" in planflow.default_registry().channels()
    finally:
        planflow.default_registry().unregister(name="chat")
    assert "chat" not in planflow.default_registry().channels()


def test_reminders_reach_the_gateway_once(planflow_chat: Any, gateway: tuple[str, list[dict[str, Any]]],
                                          tmp_path: Path) -> None:
    url, received = gateway
    store = planflow.Store.open(str(tmp_path / "track.db"))
    try:
        plan = _plan()
        chans = {"chat": planflow_chat.ChatChannel(url=url)}
        engine = planflow.Engine()
        # Friday 3 March 2023 is 5 working days before the deadline (Friday 10 March)
        result = engine.tick(plan, store, date(2023, 3, 3), chans)
        assert len(result.delivered) == 1 and not result.failed
        (msg,) = received
        assert msg["to"] == "+84900000001" and msg["event"] == "reminder"
        assert "Rà soát danh sách" in msg["text"]
        assert msg["key"] == result.delivered[0]
        # the same day again: nothing is sent twice
        again = engine.tick(plan, store, date(2023, 3, 3), chans)
        assert again.delivered == () and len(received) == 1
    finally:
        store.close()


def test_a_gateway_that_is_down_is_an_error_the_engine_retries(planflow_chat: Any, tmp_path: Path) -> None:
    store = planflow.Store.open(str(tmp_path / "track.db"))
    try:
        chans = {"chat": planflow_chat.ChatChannel(url="http://127.0.0.1:9/send", timeout=2)}
        result = planflow.Engine().tick(_plan(), store, date(2023, 3, 3), chans)
        assert result.delivered == () and len(result.failed) == 1
        assert "chat: POST http://127.0.0.1:9/send failed" in result.failed[0][1]
        (row,) = store.outbox()
        assert row.attempts == 1 and row.delivered_at is None and "failed" in (row.last_error or "")
    finally:
        store.close()
