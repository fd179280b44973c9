"""planflow.notification: keys, payloads, and the one outbox row <-> notification converter."""

from __future__ import annotations

from datetime import date

import attrs

import planflow
from planflow import Agency, Snapshot

from .test_evaluation import plan_with, wd


def test_notifications_follow_contacts_and_default_channels():
    agencies = [Agency("a", "Agency A", contacts={"email": "a@example.org", "phone": "123"}),
                Agency("b", "Agency B"), Agency("top", "Top")]
    p = plan_with(agencies=agencies)
    eng = planflow.Engine()
    ev = eng.evaluate(p, Snapshot.empty(), wd(date(2023, 3, 31), -5))
    notes = eng.notifications(p, ev, ev.events, ["outbox", "email", "webhook"])
    assert [(n.recipient, n.channel, n.address) for n in notes] == [("a", "email", "a@example.org")]
    assert notes[0].key.startswith("1/KH-TEST@2023-01-01|task:w|reminder:5|due:2023-03-31|to:a|email")
    p2 = plan_with(settings={"engine": {"channels": ["webhook", "outbox"]}})
    notes = eng.notifications(p2, ev, ev.events, ["outbox", "webhook"])
    assert [n.channel for n in notes] == ["webhook", "outbox"]




def test_a_row_gives_back_the_notification_it_stored(tmp_path):
    p = plan_with(agencies=[Agency("a", "Agency A", contacts={"email": "a@example.org"}),
                            Agency("b", "Agency B"), Agency("top", "Top")])
    eng = planflow.Engine()
    ev = eng.evaluate(p, Snapshot.empty(), wd(date(2023, 3, 31), -5))
    notes = eng.notifications(p, ev, ev.events, ["outbox", "email"])
    assert notes
    with planflow.Store.open(str(tmp_path / "s.db")) as store:
        assert store.enqueue(notes, date(2023, 3, 24)) == notes
        assert store.enqueue(notes, date(2023, 3, 24)) == []  # the same keys: nothing new
        rows = store.outbox(p)
    assert [planflow.row_notification(r) for r in rows] == notes
    assert [r.notification() for r in rows] == notes
    assert {r.state for r in rows} == {"pending"} and {r.attempts for r in rows} == {0}


def test_the_outbox_fields_are_written_once():
    from planflow.notification import OUTBOX_FIELDS, STORED_FIELDS
    from planflow.store import outbox

    assert tuple(outbox.c.keys()) == OUTBOX_FIELDS
    assert set(STORED_FIELDS) <= set(OUTBOX_FIELDS)
    assert set(STORED_FIELDS) <= {a.name for a in attrs.fields(planflow.Notification)}


def test_keys_and_payloads():
    p = plan_with()
    ev = planflow.evaluate(p, None, date(2023, 3, 31))
    e = next(x for x in ev.events if x.subject == "w")
    notes = planflow.Engine().notifications(p, ev, [e], ["outbox"])
    n = notes[0]
    assert n.key == "1/KH-TEST@2023-01-01|task:w|due_today:0|due:2023-03-31|to:a|outbox"
    assert n.payload["key"] == n.key and n.payload["recipient"] == {"id": "a", "name": "Agency A"}
    assert n.payload["subject"] == {"type": "task", "id": "w", "title": "a window"}
    assert n.payload["due"] == "2023-03-31" and n.payload["status"] == "due_soon"
    assert n.payload["subject_line"] == n.subject_line and n.payload["body"] == n.body
