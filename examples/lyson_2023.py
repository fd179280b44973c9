"""Kế hoạch 65/KH-UBND of Lý Sơn (2023), built through planflow's Python API.

The plan of the district People's Committee of Lý Sơn (Quảng Ngãi) for preventing
crimes of child abuse and law violations involving people under 18, in 2023. The
original text is beside this file (65-KH-UBND-2023.txt). The module attribute ``plan``
is the plan, so ``planflow validate examples/lyson_2023.py:plan`` works.

    python3 examples/lyson_2023.py

validates the plan; prints its schedule and the year's deadlines; writes the plan as
DOCX, text, HTML and ICS; tracks 2023 day by day through the real engine and an SQLite
store, with a scripted year of progress records and report submissions (some late, one
missing) and the notifications landing in a Maildir outbox; writes each period's progress
report, a reminder letter and the plan's timeline; and says where every file is (in
``lyson_2023_output/``, or ``--out DIR``). Rerunning it starts the store afresh.
"""

from __future__ import annotations

from datetime import date

import planflow
from planflow import Agency, DocumentInfo, DocumentRef, Hop, Plan, Regime, Signature, Task

# -- the issuing body and the agencies the plan names -------------------------------
UBND_HUYEN = "ubnd-huyen"
PHONG_LDTBXH_YT = "phong-ldtbxh-yt"
CONG_AN_HUYEN = "cong-an-huyen"
PHONG_BAN_LIEN_QUAN = "phong-ban-don-vi-lien-quan"
SO_LDTBXH = "so-ldtbxh"

agencies = [
    Agency(UBND_HUYEN, "Ủy ban nhân dân huyện Lý Sơn", short_name="UBND huyện"),
    Agency(PHONG_LDTBXH_YT, "Phòng Lao động, Thương binh và Xã hội - Y tế",
           short_name="Phòng LĐTB&XH - YT", parent=UBND_HUYEN),
    Agency(CONG_AN_HUYEN, "Công an huyện", parent=UBND_HUYEN),
    Agency(PHONG_BAN_LIEN_QUAN, "Các phòng, ban, đơn vị liên quan", parent=UBND_HUYEN),
    Agency(SO_LDTBXH, "Sở Lao động - Thương binh và Xã hội", short_name="Sở LĐTB&XH tỉnh"),
]

document = DocumentInfo(
    kind="KH",
    number="65",
    symbol="65/KH-UBND",
    issuer="Ủy ban nhân dân huyện Lý Sơn",
    place="Lý Sơn",
    date=date(2023, 3, 23),
    title="Phòng, chống tội phạm xâm hại trẻ em và phòng, chống tội phạm, vi phạm pháp luật "
    "liên quan đến người dưới 18 tuổi - năm 2023",
)

parent_plan = DocumentRef(
    "30/KH-LĐTĐ", kind="KH", date=date(2023, 3, 15), role="implements",
    issuer="Sở Lao động - Thương binh và Xã hội",
    title="về phòng, chống tội phạm xâm hại trẻ em và phòng, chống tội phạm, vi phạm pháp luật "
    "liên quan đến người dưới 18 tuổi, năm 2023",
)

# the documents task 1 asks the district to keep implementing
cited = [
    DocumentRef("31/KH-UBND", kind="KH", date=date(2021, 2, 19), issuer="UBND tỉnh"),
    DocumentRef("1048/KH-BCĐKH506", kind="KH", date=date(2023, 3, 10),
                issuer="Ban chỉ đạo về phòng, chống tội phạm xâm hại trẻ em và phòng, chống tội "
                "phạm, vi phạm pháp luật liên quan đến người dưới 18 tuổi"),
    DocumentRef("191/QĐ-UBND", kind="QĐ", date=date(2020, 2, 13), issuer="Chủ tịch UBND tỉnh",
                title="về việc ban hành Kế hoạch hành động phòng, chống bạo lực, xâm hại trẻ em "
                "trên địa bàn tỉnh, giai đoạn 2020 – 2025"),
    DocumentRef("81/KH-UBND", kind="KH", date=date(2020, 6, 29), issuer="UBND tỉnh"),
    DocumentRef("23/CT-TTg", kind="CT", date=date(2020, 5, 26), issuer="Thủ tướng Chính phủ"),
    DocumentRef("70/KH-UBND", kind="KH", date=date(2021, 4, 19), issuer="UBND tỉnh"),
    DocumentRef("121/2020/QH14", kind="NQ", date=date(2020, 6, 19), issuer="Quốc hội khóa XIV"),
    DocumentRef("253/QĐ-UBND", kind="QĐ", date=date(2021, 4, 19), issuer="UBND tỉnh",
                title="ban hành Chương trình hành động vì trẻ em tỉnh Quảng Ngãi giai đoạn 2021-2030"),
    DocumentRef("69/LĐTBXH-TTr", kind="CV", date=date(2023, 1, 9),
                issuer="Bộ Lao động – Thương binh và Xã hội"),
]

preamble = (
    "Thực hiện Kế hoạch số 30/KH-LĐTĐ ngày 15/3/2023 của Sở Lao động - Thương binh và Xã hội về "
    "phòng, chống tội phạm xâm hại trẻ em và phòng, chống tội phạm, vi phạm pháp luật liên quan "
    "đến người dưới 18 tuổi, năm 2023; UBND huyện ban hành kế hoạch triển khai thực hiện, cụ thể sau:"
)

# I. MỤC ĐÍCH, YÊU CẦU
objectives = [
    "Tiếp tục thực hiện có hiệu quả Nghị quyết của Quốc hội, chỉ đạo của Chính phủ, UBND tỉnh, "
    "UBND huyện về công tác bảo vệ và phòng, chống xâm hại trẻ em; xây dựng nhiệm vụ, giải pháp để "
    "thực hiện công tác phòng, chống tội phạm xâm hại trẻ em, tội phạm vi phạm pháp luật liên quan "
    "đến trẻ em; đặc biệt, quan tâm giải pháp bảo vệ nhóm trẻ em yếu thế, trẻ em lang thang, trẻ em "
    "mồ côi do dịch Covid-19, trẻ em khuyết tật; xác định các nhiệm vụ trọng tâm hàng năm, bố trí "
    "nguồn lực thực hiện nhằm kiểm chế, làm giảm nguyên nhân, điều kiện phát sinh tội phạm xâm hại "
    "trẻ em.",
    "Nâng cao hiệu quả công tác tuyên truyền, phổ biến giáo dục pháp luật về phòng, chống tội phạm "
    "xâm hại trẻ em; phòng, chống tội phạm, vi phạm pháp luật liên quan đến trẻ em nhằm nêu cao tinh "
    "thần tự giác trong nhân dân, đặc biệt là trẻ em tự phòng ngừa, tố giác tội phạm.",
    "Tổ chức triển khai nhiệm vụ phải sát với nội dung, nhiệm vụ của Kế hoạch, gắn với đặc thù của "
    "từng nhóm đối tượng.",
]

# II. NỘI DUNG CÔNG TÁC TRỌNG TÂM
tasks = [
    Task(
        "tham-muu",
        "Công tác tham mưu, chỉ đạo, điều hành",
        content=[
            "Tiếp tục tham mưu triển khai thực hiện có hiệu quả Kế hoạch số 31/KH-UBND ngày "
            "19/02/2021 của UBND tỉnh; Kế hoạch số 1048/KH-BCĐKH506 ngày 10/3/2023 của Ban chỉ đạo "
            "về phòng, chống tội phạm xâm hại trẻ em và phòng, chống tội phạm, vi phạm pháp luật "
            "liên quan đến người dưới 18 tuổi; Quyết định số 191/QĐ-UBND ngày 13/02/2020 của Chủ "
            "tịch UBND tỉnh về việc ban hành Kế hoạch hành động phòng, chống bạo lực, xâm hại trẻ "
            "em trên địa bàn tỉnh, giai đoạn 2020 – 2025; Kế hoạch số 81/KH-UBND ngày 29/6/2020 của "
            "UBND tỉnh về triển khai thực hiện Chỉ thị số 23/CT-TTg ngày 26/5/2020 của Thủ tướng "
            "Chính phủ về tăng cường các giải pháp bảo đảm thực hiện quyền trẻ em và bảo vệ trẻ em; "
            "Kế hoạch số 70/KH-UBND ngày 19/4/2021 của UBND tỉnh về triển khai thực hiện Nghị quyết "
            "số 121/2020/QH14 ngày 19/6/2020 của Quốc hội khóa XIV về tiếp tục tăng cường hiệu lực, "
            "hiệu quả việc thực hiện chính sách, pháp luật phòng, chống xâm hại trẻ em; Quyết định "
            "số 253/QĐ-UBND ngày 19/4/2021 của UBND tỉnh ban hành Chương trình hành động vì trẻ em "
            "tỉnh Quảng Ngãi giai đoạn 2021-2030.",
        ],
        lead=[PHONG_LDTBXH_YT],
        partners=[PHONG_BAN_LIEN_QUAN],
        timeframe="Quý I năm 2023",
    ),
    Task(
        "tuyen-truyen",
        "Công tác tuyên truyền, giáo dục pháp luật",
        content=[
            "Xây dựng Kế hoạch tuyên truyền tại cộng đồng về phòng, chống tội phạm xâm hại trẻ em, "
            "đặc biệt chú trọng địa bàn trọng điểm, địa bàn phức tạp về tệ nạn xã hội; đồng thời "
            "hướng dẫn kỹ năng ứng phó giúp cha mẹ, người chăm sóc trẻ nâng cao cảnh giác với những "
            "thủ đoạn của tội phạm, biện pháp bảo vệ trẻ em tại cộng đồng.",
            "Tổ chức các buổi sinh hoạt chuyên đề cho học sinh trong trường học; tập huấn nâng cao "
            "năng lực cho thành viên Ban điều hành hệ thống bảo vệ, chăm sóc trẻ em các cấp huyện, "
            "cộng tác viên làm công tác trẻ em, đội ngũ tuyên truyền viên, đội tình nguyện công tác "
            "xã hội, cha mẹ, người chăm sóc trẻ, bản thân trẻ em về công tác bảo vệ trẻ em, kỹ năng "
            "sống, kỹ năng phòng, chống xâm hại trẻ em.",
            "Thực hiện công tác tuyên truyền trẻ em nhận diện và tự bảo vệ trước hành vi xâm hại, "
            "gắn công tác tuyên truyền phòng, chống xâm hại trẻ em, bạo lực gia đình.",
            "Huy động các nguồn tài trợ hợp pháp để tổ chức thường xuyên, hiệu quả hoạt động truyền "
            "thông tại cộng đồng.",
            "Hướng dẫn, cung cấp thông tin về chính sách, pháp luật, số điện thoại đường dây nóng, "
            "Tổng đài Quốc gia bảo vệ trẻ em 111 để người dân và trẻ em liên hệ khi có nhu cầu đều "
            "được tiếp nhận tư vấn, can thiệp, hỗ trợ hoặc thông báo, tố giác các hành vi xâm hại, "
            "bạo lực trẻ em.",
            "Đa dạng hóa các hình thức truyền thông mới trên các ứng dụng công nghệ thông tin, sử "
            "dụng các trang mạng xã hội góp phần nâng cao nhận thức của các cấp, các ngành, các tổ "
            "chức xã hội, người dân trong công tác phòng, chống tội phạm xâm hại trẻ em.",
        ],
        lead=[PHONG_LDTBXH_YT],
        partners=[PHONG_BAN_LIEN_QUAN],
        timeframe="Cả năm",
    ),
    Task(
        "phong-ngua",
        "Công tác phòng ngừa đấu tranh tội phạm",
        content=[
            "Nâng cao hiệu quả công tác phòng, chống tội phạm xâm hại tình dục trẻ em; phòng, chống "
            "tội phạm vi phạm pháp luật trong thanh thiếu niên, đối tượng lang thang cơ nhỡ dưới 18 "
            "tuổi; phối hợp với cơ quan Công an huyện tiếp nhận thông tin, xác minh, xử lý, kịp thời "
            "báo cáo cấp có thẩm quyền đối với các vụ bạo lực, bạo hành, xâm hại tình dục ở trẻ em.",
            "Tăng cường công tác thanh tra, kiểm tra các cơ sở sản xuất, kinh doanh, dịch vụ trên "
            "địa bàn huyện... nhằm ngăn chặn, phòng ngừa trẻ em bị bóc lột, trẻ em lao động sớm "
            "(lao động trái quy định pháp luật), kịp thời xử lý nghiêm các đối tượng vi phạm và hỗ "
            "trợ kịp thời, hiệu quả các trường hợp trẻ em bị xâm hại, bóc lột.",
            "Tiến hành tự kiểm tra, thanh tra đột xuất việc thực hiện chính sách, pháp luật về trẻ "
            "em và phòng, chống xâm hại trẻ em tại các địa phương, đơn vị (theo chỉ đạo của Bộ Lao "
            "động – Thương binh và Xã hội tại Công văn số 69/LĐTBXH-TTr ngày 09/01/2023 về việc "
            "thanh tra, kiểm tra việc thực hiện chính sách, pháp luật về trẻ em và phòng, chống "
            "xâm hại trẻ em).",
        ],
        lead=[PHONG_LDTBXH_YT],
        partners=[PHONG_BAN_LIEN_QUAN],
        timeframe="Cả năm",
    ),
]

# III. TỔ CHỨC THỰC HIỆN
REPORTING_SENTENCE = (
    "Thực hiện chế độ thông tin báo cáo: định kỳ 03 tháng (báo cáo trước ngày 10/3); định kỳ 06 "
    "tháng (báo cáo trước ngày 10/6); định kỳ 09 tháng (báo cáo trước 10/9); định kỳ 01 năm (báo "
    "cáo trước 10/12), báo cáo gửi về UBND huyện (qua Phòng Lao động, Thương binh và Xã hội – Y tế) "
    "để tổng hợp, báo cáo Sở LĐTB&XH tỉnh đúng theo quy định."
)
implementation = [
    "Căn cứ vào chức năng, nhiệm vụ được giao và nội dung của Kế hoạch, các phòng, ban, đơn vị "
    "triển khai thực hiện nghiêm túc, đạt hiệu quả yêu cầu đề ra.",
    "Phòng Lao động - Thương binh và Xã hội – Y tế huyện phối hợp với các đơn vị liên quan có trách "
    "nhiệm tổng hợp tham mưu UBND huyện hướng dẫn, triển khai thực công tác phòng, chống tội phạm "
    "xâm hại trẻ em và phòng, chống tội phạm, vi phạm pháp luật liên quan đến người dưới 18 tuổi tại "
    "địa phương.",
    REPORTING_SENTENCE,
]

# Section III.3 sets the reporting regime: cumulative reports "trước ngày" 10/3, 10/6, 10/9
# and 10/12, sent to the district People's Committee through the Phòng LĐTB&XH - YT, which
# compiles them and reports on to the provincial Sở. The "cumulative" cadence of planflow_vn
# turns this into dated report periods on the plan's calendar; the due dates follow its
# documented reading of "trước ngày D" (the last working day before D).
YEAR = 2023
regime = Regime(
    cadence="cumulative",
    text=REPORTING_SENTENCE,
    params={
        "reports": [
            {"months": 3, "day": "10/3"},
            {"months": 6, "day": "10/6"},
            {"months": 9, "day": "10/9"},
            {"months": 12, "day": "10/12"},
        ],
        "before": True,
    },
    recipient=UBND_HUYEN,
    via=PHONG_LDTBXH_YT,
    # who reports: the plan leaves it to "các phòng, ban, đơn vị" (III.1); the lead agency
    # and the district police, the key partner of task 3, are the ones tracked here
    reporters=[PHONG_LDTBXH_YT, CONG_AN_HUYEN],
    # units -> Phòng LĐTB&XH - YT (compiles) -> UBND huyện -> Sở LĐTB&XH tỉnh;
    # the plan states no lead time for either hop
    chain=[Hop(PHONG_LDTBXH_YT, UBND_HUYEN, 0), Hop(UBND_HUYEN, SO_LDTBXH, 0)],
)

recipients = [
    "Sở LĐTB&XH tỉnh",
    "CT, các PCT UBND huyện",
    "Mặt trận, các Hội, đoàn thể huyện",
    "Các phòng, ban, thuộc huyện",
    "Công an huyện",
    "VPH: CVP, PCVP, CV (VX)",
    "Lưu: VT",
]

# planflow.bind reads the timeframe words ("Quý I năm 2023", "trước ngày 10/3"...) with the
# installed plugins, in the plan's context; planflow.load does it for plan files.
plan = planflow.bind(Plan(
    document=document,
    agencies=agencies,
    tasks=tasks,
    period=YEAR,
    calendar="vn",
    references=[parent_plan, *cited],
    preamble=[preamble],
    objectives=objectives,
    implementation=implementation,
    regime=regime,
    recipients=recipients,
    signature=Signature("Lê Văn Ninh", title="PHÓ CHỦ TỊCH", authority="KT.", on_behalf_of="CHỦ TỊCH"),
))


# -- 2023 as it happened (a scripted, realistic year) ------------------------------------
# (day, what happens): ("done" | "progress", task, note) or ("submit", agency, period key,
# the report's reference number). Some reports come late, one never comes.
# The plan was issued on 23/3/2023: nothing is owed before then. Its 3-month report
# ("trước ngày 10/3", due Thu 9/3) fell due before the plan existed, so it is not
# applicable (an office that wants it anyway sets settings.engine.start to an earlier
# day); reports are owed from the 6-month one. Task 1's window (Quý I) is tracked from 23/3.
SCRIPT: dict[date, list[tuple[str, str, str | None] | tuple[str, str, str, str]]] = {
    date(2023, 3, 28): [("progress", "tham-muu", "Đã tham mưu dự thảo văn bản chỉ đạo")],
    date(2023, 4, 7): [("done", "tham-muu", None)],                                   # late
    date(2023, 6, 5): [("submit", PHONG_LDTBXH_YT, "2023-H1", "61/BC-LĐTBXH")],
    date(2023, 6, 9): [("submit", CONG_AN_HUYEN, "2023-H1", "102/BC-CA")],           # on the day
    date(2023, 7, 1): [("progress", "phong-ngua", "Đã kiểm tra 12 cơ sở kinh doanh")],
    date(2023, 9, 1): [("submit", CONG_AN_HUYEN, "2023-M9", "150/BC-CA")],
    date(2023, 9, 25): [("submit", PHONG_LDTBXH_YT, "2023-M9", "98/BC-LĐTBXH")],   # late
    date(2023, 12, 6): [("submit", PHONG_LDTBXH_YT, "2023-Y", "120/BC-LĐTBXH")],
    # the police's year report never comes
    date(2023, 12, 28): [("done", "tuyen-truyen", None)],
}


def apply_script(store: planflow.Store, day: date) -> None:
    """Enter what happened on ``day`` into the tracking store."""
    names = {o.period_key: o.period for o in planflow.obligations(plan)}
    for action in SCRIPT.get(day, ()):
        if action[0] == "submit":
            store.submit(plan, action[1], names[action[2]], day, action[3])  # type: ignore[misc]
        else:
            store.record(plan, action[1], action[0], day, action[2])


def main(argv: list[str] | None = None) -> int:
    import argparse
    import shutil
    from datetime import timedelta
    from pathlib import Path

    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn
    from rich.table import Table

    from planflow_channels import OutboxChannel

    ap = argparse.ArgumentParser(description="Kế hoạch 65/KH-UBND of Lý Sơn, 2023, end to end.")
    ap.add_argument("--out", default="lyson_2023_output", help="output folder (default: %(default)s)")
    out = Path(ap.parse_args(argv).out).resolve()
    console = Console(highlight=False)

    # 1. the plan, checked
    console.rule(f"[bold]Kế hoạch {plan.document.symbol}")
    console.print(plan.document.title)
    problems = planflow.validate(plan)
    for p in problems:
        console.print(f"  {p}")
    if any(p.severity is planflow.Severity.ERROR for p in problems):
        return 2
    assert plan.period is not None
    console.print(f"Valid: {len(plan.tasks)} tasks, {len(plan.agencies)} agencies, calendar "
                  f"{plan.calendar!r}, period {plan.period.start:%d/%m/%Y} – {plan.period.end:%d/%m/%Y}.")

    # 2. the schedule and the year's deadlines
    label = {a.id: a.label for a in plan.agencies}
    schedule = planflow.compute_schedule(plan)
    table = Table(title="Schedule")
    for col in ("task", "timeframe", "lead", "earliest start", "latest finish", "slack"):
        table.add_column(col, no_wrap=col in ("earliest start", "latest finish", "slack"))
    for e in schedule:
        t = plan.task_by_id[e.id]
        table.add_row(t.title, t.timeframe.text, ", ".join(label[a] for a in t.lead),
                      e.earliest_start.isoformat(), e.latest_finish.isoformat(),
                      str(e.slack_days) + (" *" if e.critical else ""))
    console.print(table)
    deadlines = planflow.agenda(plan)
    table = Table(title=f"Deadlines of {YEAR}")
    for col in ("date", "", "task / report", "who", "to"):
        table.add_column(col, no_wrap=col in ("date", ""))
    na = planflow.wording_for(plan).status_label(planflow.Status.NOT_APPLICABLE)
    for d in deadlines:  # the 3-month reports fell due before the plan was issued (23/3)
        table.add_row(f"{d.date:%a %d/%m}", d.kind, d.title if d.applicable else f"{d.title}: {na}",
                      label.get(d.agency or "", ""), label.get(d.recipient or "", ""))
    console.print(table)

    # 3. the plan as documents and as a calendar
    out.mkdir(parents=True, exist_ok=True)
    files: list[tuple[str, Path]] = []

    def write(name: str, data: bytes, what: str) -> None:
        planflow.write_atomically(out / name, data)
        files.append((what, out / name))

    for fmt, ext in (("docx", "docx"), ("txt", "txt"), ("html", "html")):
        data = planflow.default_registry().renderer(fmt).render(plan, planflow.RenderContext())
        write(f"ke-hoach-65-KH-UBND.{ext}", data, f"the plan ({fmt})")
    write("ke-hoach-65-KH-UBND.ics", planflow.to_ics(plan, deadlines), "the deadlines (iCalendar)")

    # 4. 2023 day by day, through the real engine and store; the outbox is a Maildir
    #    (rerunning starts both afresh, so every run gives the same files)
    db, maildir = out / "planflow.db", out / "outbox"
    for f in out.glob("planflow.db*"):
        f.unlink()
    shutil.rmtree(maildir, ignore_errors=True)
    channels = {"outbox": OutboxChannel(folder=maildir)}
    engine = planflow.Engine()
    escalations: list[date] = []
    with planflow.Store.open(str(db)) as store, Progress(
            TextColumn("{task.description}"), BarColumn(), TextColumn("{task.completed}/{task.total} days"),
            TimeElapsedColumn(), console=console) as progress:
        bar = progress.add_task(f"Tracking {YEAR}", total=(plan.period.end - plan.period.start).days + 1)
        day = plan.period.start
        while day <= plan.period.end:
            apply_script(store, day)
            result = engine.tick(plan, store, day, channels)
            for n in result.notifications:
                if n.key in result.delivered:
                    progress.console.print(f"  {day:%d/%m} → {n.recipient_name}: {n.subject_line}")
                    if n.event == "escalation" and day not in escalations:
                        escalations.append(day)
            progress.advance(bar)
            day += timedelta(days=1)
        snapshot = store.snapshot(plan)
    files.append(("the tracking store (SQLite)", db))
    files.append((f"the notifications ({len(list(maildir.glob('new/*')))} messages, Maildir)", maildir))

    # 5. each period's progress report, a reminder letter, and the plan's timeline at year end
    cal = planflow.work_calendar(plan)
    docx = planflow.default_registry().renderer("docx", "report")
    for period in planflow.report_periods(plan):
        if period.due < planflow.plan_start(plan):
            continue  # due before the plan was issued: not applicable, no report to write
        at = planflow.add_working_days(cal, period.due, 2)  # compiled two working days after
        state = planflow.evaluate(plan, snapshot, at)
        data = docx.render(plan, planflow.RenderContext(what="report", at=at, period=period.name, state=state))
        write(f"bao-cao-{period.key}.docx", data, f"{period.name} (as of {at:%d/%m})")
    if escalations:
        at = escalations[0]
        state = planflow.evaluate(plan, snapshot, at)
        data = docx.render(plan, planflow.RenderContext(what="reminder", at=at, state=state))
        write(f"cong-van-don-doc-{at:%Y-%m-%d}.docx", data, f"the reminder letter of {at:%d/%m}")
    end = plan.period.end
    state = planflow.evaluate(plan, snapshot, end)
    html = planflow.default_registry().renderer("html").render(plan, planflow.RenderContext(at=end, state=state))
    write("tien-do-2023-12-31.html", html, "the plan with its timeline on 31/12")

    # 6. where everything is
    final = Table(title=f"Where {YEAR} stands on {end:%d/%m/%Y}")
    for col in ("task / report", "status"):
        final.add_column(col)
    wording = planflow.wording_for(plan)
    for t in state.tasks:
        final.add_row(t.title, wording.status_label(t.status))
    for o in state.obligations:
        final.add_row(f"{o.period}: {label[o.agency]}", wording.status_label(o.status))
    console.print(final)
    console.rule("Files")
    for what, path in files:
        console.print(f"  {what}: {path}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
