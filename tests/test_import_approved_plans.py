"""Families found in the g harvest's built-on plans (tests/data/reading_extra/gh_g01,
gh_g03): a decision that approves the plan in its own "Điều 1" (its appendices the plan's
tables, not an attached plan), and the appendix table that lists several tasks of one agency
under one number (each further task a short row holding the row's last columns), and a review
in a named year asked for inside an agency's duties (a report of its own). Every text
here is made up (tests/data/import_words/decision_approved.md), never copied from those
plans."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import planflow
from planflow_import import read_text_file

ROOT = Path(__file__).resolve().parents[1]
APPROVED = ROOT / "tests" / "data" / "import_words" / "decision_approved.md"


def _read(tmp_path: Path, text: str) -> planflow.ImportResult:
    path = tmp_path / "plan.md"
    path.write_text(text, encoding="utf-8")
    return read_text_file(path)


def _rows(plan: planflow.Plan) -> list[tuple[str, list[str], str, date | None]]:
    names = {a.id: a.name for a in plan.agencies}
    return [(t.title, [names[i] for i in t.lead], t.timeframe.kind.value, t.timeframe.due)
            for t in plan.tasks]


def test_a_decision_approving_the_plan_in_its_own_article_is_the_plan(tmp_path):
    """"Điều 1. Phê duyệt Kế hoạch … với các nội dung chủ yếu sau:" then the plan's sections,
    the signature, and "PHỤ LỤC … (Kèm theo Quyết định số …)": the appendix is the plan's
    task table, not a plan attached to the decision; the title is what the decision
    approves (its period too), the yearly report in the article is the plan's regime."""
    result = _read(tmp_path, APPROVED.read_text(encoding="utf-8"))
    plan = result.plan
    assert plan.document.symbol == "318/QĐ-UBND" and plan.document.date == date(2026, 2, 9)
    assert plan.document.title.casefold().startswith("bảo vệ nguồn nước sinh hoạt")
    assert (plan.period.start, plan.period.end) == (date(2026, 1, 1), date(2028, 12, 31))
    assert plan.regime is not None and plan.regime.params.get("days") == ["20/12"]
    keys = {getattr(w, "key", "") for w in result.warnings}
    assert "plan_approved" in keys and "attached_plan" not in keys and "title_from_decision" not in keys


def test_an_attached_plan_headed_kế_hoạch_is_still_read_from_the_attachment(tmp_path):
    """The same decision issuing the plan "ban hành kèm theo" (the attachment headed "KẾ
    HOẠCH" under its note) keeps the earlier reading: the plan is the attachment."""
    text = APPROVED.read_text(encoding="utf-8")
    text = text.replace("**Điều 1.** Phê duyệt Kế hoạch bảo vệ nguồn nước sinh hoạt giai đoạn 2026 - 2028\n"
                        "với các nội dung chủ yếu sau:",
                        "**Điều 1.** Ban hành kèm theo Quyết định này Kế hoạch bảo vệ nguồn nước "
                        "sinh hoạt giai đoạn 2026 - 2028.")
    text = text.replace("**PHỤ LỤC**\nDANH MỤC NHIỆM VỤ BẢO VỆ NGUỒN NƯỚC SINH HOẠT",
                        "**KẾ HOẠCH**\nBẢO VỆ NGUỒN NƯỚC SINH HOẠT GIAI ĐOẠN 2026 - 2028")
    text = text.replace("*(Kèm theo Quyết định", "*(Ban hành kèm theo Quyết định")
    result = _read(tmp_path, text)
    keys = {getattr(w, "key", "") for w in result.warnings}
    assert "attached_plan" in keys and "plan_approved" not in keys


def test_further_tasks_of_a_numbered_row_are_its_last_columns(tmp_path):
    """"| 1 | Sở … | partners | group | - Nội dung … | - Chỉ tiêu … | Giai đoạn … |" then
    "| - Nội dung … | - Chỉ tiêu … | Thường xuyên |" (the number, lead, partners and group
    merged over the rows): each short row is a task of its own, its words under the task's
    column ("Nội dung nhiệm vụ", not the group's "Thuộc nhóm nhiệm vụ"), its time its own,
    its lead the row's above; a group's row printed with an empty number cell keeps its
    columns."""
    plan = _read(tmp_path, APPROVED.read_text(encoding="utf-8")).plan
    assert _rows(plan) == [
        ("Xây dựng bản đồ số các nguồn nước", ["Sở Nông nghiệp và Môi trường"], "window",
         date(2027, 12, 31)),
        ("Công bố bản đồ số", ["Sở Nông nghiệp và Môi trường"], "window", date(2027, 12, 31)),
        ("Cập nhật dữ liệu quan trắc vào phần mềm", ["Sở Nông nghiệp và Môi trường"], "continuous",
         None),
        ("Công bố danh mục nguồn nước cần bảo vệ", ["Sở Nông nghiệp và Môi trường"], "window",
         date(2026, 12, 31)),
        ("Kiểm tra các cơ sở xả thải lớn", ["Sở Nông nghiệp và Môi trường"], "window", date(2028, 12, 31)),
        ("Rà soát quy chế quản lý cây xanh đô thị", ["Sở Xây dựng", "UBND các xã, phường"],
         "window", date(2027, 12, 31)),
    ]
    names = {a.id: a.name for a in plan.agencies}
    assert [names[i] for i in plan.tasks[2].partners] == ["Sở Tài chính", "UBND các xã, phường",
                                                          "Sở Xây dựng"]


def test_a_short_row_that_ends_on_no_time_is_not_a_rows_last_columns(tmp_path):
    """A short row whose last cell is no time ("| - Nội dung … | - Chỉ tiêu … | Sở Tài chính |")
    is not read as the last columns of a row: its words are never taken for a time."""
    text = APPROVED.read_text(encoding="utf-8").replace(
        "Thực hiện thường xuyên, liên tục", "Sở Tài chính")
    plan = _read(tmp_path, text).plan
    assert not any(t.timeframe.text == "Sở Tài chính" for t in plan.tasks)
    assert all(t.title != "Sở Tài chính" for t in plan.tasks)


def test_the_body_that_decides_is_not_part_of_a_decisions_title(tmp_path):
    """"QUYẾT ĐỊNH" / "PHÊ DUYỆT ĐỀ ÁN …" / "CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH" (the deciding
    body in capitals after the title, with no "Căn cứ" between): the title ends before it;
    what the decision approves ("ĐỀ ÁN …") is the plan's title."""
    text = APPROVED.read_text(encoding="utf-8").replace(
        "PHÊ DUYỆT KẾ HOẠCH BẢO VỆ NGUỒN NƯỚC\nSINH HOẠT GIAI ĐOẠN 2026 - 2028\n**ỦY BAN NHÂN DÂN TỈNH**\n"
        "*Căn cứ Luật Tài nguyên nước;*",
        "PHÊ DUYỆT ĐỀ ÁN BẢO VỆ NGUỒN NƯỚC\nSINH HOẠT GIAI ĐOẠN 2026 - 2028\n"
        "**CHỦ TỊCH ỦY BAN NHÂN DÂN TỈNH**\n*Căn cứ Luật Tài nguyên nước;*").replace(
        "Phê duyệt Kế hoạch bảo vệ", "Phê duyệt Đề án bảo vệ")
    plan = _read(tmp_path, text).plan
    title = plan.document.title.casefold()
    assert title.startswith("đề án bảo vệ nguồn nước sinh hoạt") and "chủ tịch" not in title


def test_a_review_in_a_named_year_inside_an_agencys_duties_is_a_report(tmp_path):
    """"a) Sở … ; tổ chức sơ kết … vào cuối năm 2027 và tổng kết vào cuối năm 2028 để báo cáo
    Ủy ban nhân dân tỉnh." inside the duties (a paragraph with no other schedule): the
    clause is a reporting sentence of its own, due by the end of each year it names, kept
    after the plan's regime (the yearly report stays the regime)."""
    text = APPROVED.read_text(encoding="utf-8").replace(
        "thực hiện để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.\n",
        "thực hiện để tổng hợp, báo cáo Ủy ban nhân dân tỉnh.\n"
        "a) Sở Nông nghiệp và Môi trường hướng dẫn các xã, phường bảo vệ nguồn nước; tổ chức sơ "
        "kết kết quả thực hiện Kế hoạch vào cuối năm 2027 và tổng kết vào cuối năm 2028 để báo "
        "cáo Ủy ban nhân dân tỉnh.\n")
    result = _read(tmp_path, text)
    plan = result.plan
    assert plan.regime is not None and plan.regime.params.get("days") == ["20/12"]
    kept = plan.settings["import"]["reports"]
    assert [(r["cadence"], r["params"]["dates"]) for r in kept] == [
        ("once", ["2027-12-31", "2028-12-31"])]
    assert kept[0]["text"].startswith("tổ chức sơ kết")
    # the clause only, not the agency's other duties
    assert not any("hướng dẫn các xã" in r["text"] for r in kept)


def test_an_agencys_share_in_brackets_is_a_note_not_a_new_agency(tmp_path):
    """"Sở Xây dựng (chủ trì phần đô thị); - UBND các xã, phường (mạng lưới địa phương)" in
    a lead cell: the agencies the plan already knows, each share said in a note; no agency
    is named with its brackets."""
    result = _read(tmp_path, APPROVED.read_text(encoding="utf-8"))
    names = [a.name for a in result.plan.agencies]
    assert "Sở Xây dựng" in names and not any("(" in n for n in names)
    assert names.count("UBND các xã, phường") == 1
    said = [w for w in result.warnings if "share of the task" in str(w)]
    assert len(said) == 1 and "Sở Xây dựng: chủ trì phần đô thị" in str(said[0])
    assert "UBND các xã, phường: mạng lưới địa phương" in str(said[0])


def test_a_list_of_agencies_beside_several_tasks_is_each_tasks(tmp_path):
    """A row whose task cell bullets two tasks and whose partners cell bullets three agencies
    ("- Sở Tài chính; - UBND các xã, phường; - Sở Xây dựng"): the agencies are every task's
    partners (a list of agencies, not one a task), with a note; a cell of other words
    bulleted another number of times is still nobody's."""
    result = _read(tmp_path, APPROVED.read_text(encoding="utf-8"))
    plan = result.plan
    names = {a.id: a.name for a in plan.agencies}
    two = [t for t in plan.tasks if t.title in ("Xây dựng bản đồ số các nguồn nước",
                                                 "Công bố bản đồ số")]
    assert len(two) == 2
    for task in two:
        assert [names[i] for i in task.partners] == ["Sở Tài chính", "UBND các xã, phường",
                                                     "Sở Xây dựng"]
        assert [names[i] for i in task.lead] == ["Sở Nông nghiệp và Môi trường"]
    assert any("3 agencies for 2 tasks" in str(w) for w in result.warnings)
