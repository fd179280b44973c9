"""A section whose bullets each name the body that does them before a colon ("- Sở Tài
chính: Bố trí kinh phí …", "- UBND các xã, phường: Rà soát …"): each bullet is that body's
duty (the plan read no task at all); a duty "hoàn thành trước mùa mưa bão (tháng 9/2026)"
is due before September, not at its end. Made-up plan."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import planflow

from .made_up import SIGNED, plan_head, read_plan

TEXT = (Path(__file__).parent / "data" / "import_words" / "dash_heads.txt").read_text(encoding="utf-8")


def test_bullets_naming_their_body_before_a_colon(tmp_path):
    r = read_plan(tmp_path, TEXT)
    names = {a.id: a.name for a in r.plan.agencies}
    got = [([names[i] for i in t.lead], t.timeframe.kind, t.timeframe.due) for t in r.plan.tasks]
    assert got == [(["Sở Nông nghiệp và Môi trường"], planflow.Kind.DEADLINE, date(2026, 5, 28)),
                   (["Bộ Chỉ huy Quân sự tỉnh"], planflow.Kind.WINDOW, date(2026, 9, 30)),
                   (["Sở Tài chính"], planflow.Kind.CONTINUOUS, None),
                   (["UBND các xã, phường"], planflow.Kind.DEADLINE, date(2026, 9, 30))]
    assert r.plan.tasks[2].title == "Bố trí kinh phí phòng, chống thiên tai"
    assert any("read as before" in str(w) for w in r.plan.tasks[3].timeframe.warnings)


def test_a_labels_bullets_are_no_bodies(tmp_path):
    # "- Cơ quan chủ trì: …" / "- Thời gian: …" label lines stay labels
    text = plan_head("92", "Phòng, chống thiên tai năm 2026", "Chủ động.") + (
        "II. NHIỆM VỤ\n1. Kiện toàn Ban Chỉ huy phòng, chống thiên tai\n"
        "- Cơ quan chủ trì: Sở Nông nghiệp và Môi trường.\n- Thời gian: Quý II/2026.\n"
        "2. Tổ chức diễn tập cứu hộ\n- Cơ quan chủ trì: Bộ Chỉ huy Quân sự tỉnh.\n- Thời gian: Quý III/2026.\n") + SIGNED
    r = read_plan(tmp_path, text)
    names = {a.id: a.name for a in r.plan.agencies}
    assert [(t.title, [names[i] for i in t.lead]) for t in r.plan.tasks] == [
        ("Kiện toàn Ban Chỉ huy phòng, chống thiên tai", ["Sở Nông nghiệp và Môi trường"]),
        ("Tổ chức diễn tập cứu hộ", ["Bộ Chỉ huy Quân sự tỉnh"])]
