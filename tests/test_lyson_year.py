"""Ticking the Lý Sơn plan (Kế hoạch 65/KH-UBND) through every day of 2023.

A scripted year: progress records and report submissions (some on time, some late, one
never sent) are entered on their days, each before that day's tick. The notifications the
outbox holds at the end must be exactly the hand-written list below, and the Maildir
must hold one message per notification.
"""

from __future__ import annotations

import importlib.util
import mailbox
import os
from datetime import date, timedelta
from pathlib import Path

import pytest

import planflow
from planflow import Engine, Status, Store

ROOT = Path(__file__).resolve().parents[1]

LD = "phong-ldtbxh-yt"  # Phòng LĐTB&XH - YT: leads every task and reports
CA = "cong-an-huyen"    # Công an huyện: the example asks it to report too
UB = "ubnd-huyen"       # the issuer: escalation step 2


def _example():  # type: ignore[no-untyped-def]
    spec = importlib.util.spec_from_file_location("lyson_2023_year", ROOT / "examples" / "lyson_2023.py")
    assert spec and spec.loader
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


EXAMPLE = _example()
# the example's scripted year: (day, what happens), some reports late, one never sent
SCRIPT = EXAMPLE.SCRIPT


def lyson() -> planflow.Plan:
    plan = EXAMPLE.plan
    assert plan.regime.reporters == (LD, CA)
    return plan


# Hand-written from the plan (deadlines on the "vn" calendar: tham-muu Fri 31/3, H1 report
# Fri 9/6, 9 months Fri 8/9, year Fri 8/12, the year's tasks Sun 31/12) and the default
# policy (reminders 5 and 1 working days before, due today, overdue on the next working
# day, escalation after 3 working days to the agency and after 10 to the issuer, chased
# again every 5 working days after the first escalation), minus what the script closed
# before each event's day.
#
# The plan was issued on Thu 23/3/2023: its 3-month report (due Thu 9/3) fell due before
# it existed and is not applicable, so none of the Q1 notices of the earlier list (two
# reminders on 2/3, the police's reminder 1, due-today, overdue and escalation) is sent.
EXPECTED = [
    ("2023-03-24", "reminder", 5, "tham-muu", LD),
    ("2023-03-30", "reminder", 1, "tham-muu", LD),
    ("2023-03-31", "due_today", 0, "tham-muu", LD),
    ("2023-04-03", "overdue", 0, "tham-muu", LD),
    ("2023-04-05", "escalation", 1, "tham-muu", LD),
    # done on Fri 7/4, before its first chase (Wed 12/4)
    ("2023-06-02", "reminder", 5, f"{LD}@2023-H1", LD),
    ("2023-06-02", "reminder", 5, f"{CA}@2023-H1", CA),
    ("2023-06-08", "reminder", 1, f"{CA}@2023-H1", CA),
    ("2023-08-30", "reminder", 5, f"{LD}@2023-M9", LD),
    ("2023-08-30", "reminder", 5, f"{CA}@2023-M9", CA),
    ("2023-09-07", "reminder", 1, f"{LD}@2023-M9", LD),
    ("2023-09-08", "due_today", 0, f"{LD}@2023-M9", LD),
    ("2023-09-11", "overdue", 0, f"{LD}@2023-M9", LD),
    ("2023-09-13", "escalation", 1, f"{LD}@2023-M9", LD),
    # still not sent 5 working days after escalation 1: "đôn đốc lần 2" (new)
    ("2023-09-20", "chase", 2, f"{LD}@2023-M9", LD),
    ("2023-09-22", "escalation", 2, f"{LD}@2023-M9", UB),
    ("2023-12-01", "reminder", 5, f"{LD}@2023-Y", LD),
    ("2023-12-01", "reminder", 5, f"{CA}@2023-Y", CA),
    ("2023-12-07", "reminder", 1, f"{CA}@2023-Y", CA),
    ("2023-12-08", "due_today", 0, f"{CA}@2023-Y", CA),
    ("2023-12-11", "overdue", 0, f"{CA}@2023-Y", CA),
    ("2023-12-13", "escalation", 1, f"{CA}@2023-Y", CA),
    # the police's year report never comes: chased on Wed 20/12 and Wed 27/12 (new)
    ("2023-12-20", "chase", 2, f"{CA}@2023-Y", CA),
    ("2023-12-22", "escalation", 2, f"{CA}@2023-Y", UB),
    ("2023-12-27", "chase", 3, f"{CA}@2023-Y", CA),
    # the Phòng is reminded of both year tasks the same day: one digest listing the two
    # (it was two notices)
    ("2023-12-25", "digest", 2, LD, LD),
    ("2023-12-29", "reminder", 1, "phong-ngua", LD),
    # "Cả năm" ends on Sunday 31/12: no notice is dated on a day off, so the due-today
    # notice of the earlier list is not sent (Friday's "còn 1 ngày" was the last word;
    # the overdue notice would come on Tuesday 2/1/2024)
]


@pytest.fixture(scope="module")
def year(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("lyson")
    plan = lyson()
    obligations = planflow.obligations(plan)
    name_of = {o.period_key: o.period for o in obligations}
    key_of = {f"{o.agency}@{o.period}": f"{o.agency}@{o.period_key}" for o in obligations}
    chans = {"outbox": planflow.default_registry().channels()["outbox"]}
    engine = Engine()
    old = os.environ.get("PLANFLOW_OUTBOX")
    os.environ["PLANFLOW_OUTBOX"] = str(tmp / "outbox")
    try:
        with Store.open(str(tmp / "lyson.db")) as store:
            day = date(2023, 1, 1)
            reruns = []
            while day <= date(2023, 12, 31):
                for action in SCRIPT.get(day, []):
                    if action[0] == "submit":
                        store.submit(plan, action[1], name_of[action[2]], day, action[3])
                    else:
                        store.record(plan, action[1], action[0], day, action[2])
                res = engine.tick(plan, store, day, chans)
                assert not res.failed, res.failed
                if res.delivered:  # the same day again sends nothing
                    again = engine.tick(plan, store, day, chans)
                    reruns.append((again.enqueued, again.delivered))
                day += timedelta(days=1)
            rows = store.outbox(plan)
            final = planflow.evaluate(plan, store.snapshot(plan), date(2023, 12, 31))
    finally:
        if old is None:
            os.environ.pop("PLANFLOW_OUTBOX", None)
        else:
            os.environ["PLANFLOW_OUTBOX"] = old
    return plan, rows, final, reruns, key_of, tmp / "outbox"


def test_the_year_gives_exactly_the_expected_notifications(year):
    plan, rows, _, _, key_of, _ = year
    got = [(r.created_on.isoformat(), r.event, r.tier, key_of.get(r.subject, r.subject), r.recipient)
           for r in rows]
    assert sorted(got) == sorted(EXPECTED)
    assert {r.state for r in rows} == {"delivered"}
    assert {r.channel for r in rows} == {"outbox"}


def test_one_digest_per_agency_per_day(year):
    _, rows, _, _, _, _ = year
    [digest] = [r for r in rows if r.event == "digest"]
    assert [(i["event"], i["tier"], i["subject"]["id"]) for i in digest.payload["items"]] == [
        ("reminder", 5, "phong-ngua"), ("reminder", 5, "tuyen-truyen")]
    n = digest.notification()
    assert n.subject_line == "[Nhắc việc] 02 nội dung cần thực hiện (Kế hoạch số 65/KH-UBND)"
    assert n.body.startswith("Kính gửi: Phòng Lao động, Thương binh và Xã hội - Y tế.\n")
    assert ("- [Nhắc việc] Còn 5 ngày làm việc đến hạn: nhiệm vụ “Công tác tuyên truyền, giáo "
            "dục pháp luật” (hạn 31/12/2023).") in n.body
    assert ("- [Nhắc việc] Còn 5 ngày làm việc đến hạn: nhiệm vụ “Công tác phòng ngừa đấu tranh "
            "tội phạm” (hạn 31/12/2023);") in n.body
    days = [(r.created_on, r.recipient) for r in rows]
    assert len(days) == len(set(days))  # never two notices to one agency on one day


def test_reruns_of_a_day_send_nothing(year):
    _, _, _, reruns, _, _ = year
    assert reruns and all(r == ((), ()) for r in reruns)


def test_each_notification_is_one_message_in_the_maildir(year):
    _, rows, _, _, _, outbox = year
    box = mailbox.Maildir(outbox, create=False)
    assert len(box) == len(rows) == len(EXPECTED)


def test_the_year_ends_in_the_expected_statuses(year):
    _, _, final, _, key_of, _ = year
    tasks = {t.id: t.status for t in final.tasks}
    assert tasks == {"tham-muu": Status.DONE_LATE, "tuyen-truyen": Status.DONE_ON_TIME,
                     "phong-ngua": Status.DUE_SOON}
    assert final.task("phong-ngua").note == "Đã kiểm tra 12 cơ sở kinh doanh"
    reports = {key_of[f"{o.agency}@{o.period}"]: o.status for o in final.obligations}
    assert reports == {
        # due before the plan was issued (23/3): never owed
        f"{LD}@2023-Q1": Status.NOT_APPLICABLE, f"{CA}@2023-Q1": Status.NOT_APPLICABLE,
        f"{LD}@2023-H1": Status.DONE_ON_TIME, f"{CA}@2023-H1": Status.DONE_ON_TIME,
        f"{LD}@2023-M9": Status.DONE_LATE, f"{CA}@2023-M9": Status.DONE_ON_TIME,
        f"{LD}@2023-Y": Status.DONE_ON_TIME, f"{CA}@2023-Y": Status.OVERDUE,
    }
