"""A letter of numbered parts (helper fix5, round 15): "1. Yêu cầu chung:" over sub-numbered
headings ("1.1. …:", "1.2.1. Đề nghị UBND các xã …:"), "2. Trách nhiệm của các đơn vị:" over
"2.1. Sở X:", "3. Về công tác báo cáo:" over "3.1. …:" with a paragraph and its enumerated
details, and "- Báo cáo quý: Sở X tổng hợp …" bullets. Before, such a letter was "not a plan".
Made-up text, not the corpus's."""

from __future__ import annotations

import planflow

from .made_up import SIGNED_DEPUTY, read_plan

LETTER = """ỦY BAN NHÂN DÂN
TỈNH QUẢNG NAM
Số: 812/UBND-KT
V/v tăng cường quản lý công tác mua sắm công
CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
Độc lập - Tự do - Hạnh phúc
Quảng Nam, ngày 05 tháng 3 năm 2027
Kính gửi:
- Các sở, ban, ngành thuộc tỉnh;
- Ủy ban nhân dân các xã, phường.

Để nâng cao hiệu quả mua sắm công, UBND tỉnh yêu cầu các sở, ban, ngành, UBND các xã, phường thực hiện một số nội dung sau:

1. Yêu cầu chung:

1.1. Quán triệt và thực hiện nghiêm quy định về mua sắm công:

- Nghị định số 77/2026/NĐ-CP ngày 02/4/2026 của Chính phủ về mua sắm công.

- Thông tư số 12/2026/TT-BTC ngày 10/5/2026 của Bộ Tài chính hướng dẫn mua sắm.

1.2. Đối với công tác lập dự toán:

- Rà soát nhu cầu mua sắm sát với thực tế của đơn vị.

- Công khai kết quả mua sắm trên cổng thông tin của đơn vị.

1.3. Đối với tài sản dùng chung:

1.3.1. Đề nghị UBND các xã, phường được giao quản lý tài sản dùng chung:

a. Nâng cao trách nhiệm quản lý:

Lập sổ theo dõi tài sản dùng chung của địa phương.

1.3.2. Các sở: Xây dựng, Nội vụ: Thẩm định định mức trang thiết bị theo đề nghị của các đơn vị.

2. Trách nhiệm của các đơn vị:

2.1. Sở Tài chính:

- Chủ trì hướng dẫn các đơn vị lập dự toán mua sắm.

2.2. Thanh tra tỉnh:

Tăng cường thanh tra việc mua sắm công của các đơn vị.

3. Về công tác báo cáo:

3.1. Báo cáo định kỳ hàng quý:

Yêu cầu các sở, ban, ngành, UBND các xã, phường báo cáo số liệu mua sắm định kỳ hàng quý, gồm:

(1). Tổng số gói mua sắm trong kỳ;

(2). Tổng giá trị mua sắm trong kỳ.

3.2. Báo cáo định kỳ hàng năm:

Yêu cầu các sở, ban, ngành, UBND các xã, phường trước ngày 15 tháng 01 hàng năm báo cáo tình hình mua sắm công của đơn vị mình.

3.3. Trách nhiệm tổng hợp báo cáo:

- Báo cáo quý: Sở Tài chính tổng hợp báo cáo UBND tỉnh tình hình mua sắm công của tỉnh.

Trong quá trình thực hiện, nếu có vướng mắc, các đơn vị liên hệ Sở Tài chính để được hướng dẫn.

UBND tỉnh yêu cầu các đơn vị nghiêm túc thực hiện./.

""" + SIGNED_DEPUTY


def _tasks(result: planflow.ImportResult) -> list[tuple[str, str, planflow.Kind]]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [(t.title, " | ".join(names[i] for i in t.lead), t.timeframe.kind) for t in result.plan.tasks]


def test_a_letter_of_numbered_parts_reads_the_duties_under_each_sub_heading(tmp_path):
    r = read_plan(tmp_path, LETTER)
    tasks = _tasks(r)
    titles = [t for t, _, _ in tasks]
    # the heading over texts to study is the one duty; the texts it cites are none
    assert titles[0].startswith("Quán triệt và thực hiện nghiêm quy định")
    assert not any(t.startswith(("Nghị định", "Thông tư")) for t in titles)
    # "1.2. Đối với …:" names a field: its bullets are the addressees' duties
    review = next(x for x in tasks if x[0].startswith("Rà soát nhu cầu mua sắm"))
    assert "Các sở, ban, ngành thuộc tỉnh" in review[1] and "xã, phường" in review[1]
    # "1.3.1. Đề nghị UBND các xã, phường …:" / "a. …:" / a paragraph: the bodies asked lead it
    ledger = next(x for x in tasks if x[0].startswith("Lập sổ theo dõi tài sản"))
    assert "xã, phường" in ledger[1] and "sở, ban, ngành" not in ledger[1]
    # "2.1. Sở Tài chính:" and "2.2. Thanh tra tỉnh:" over a bullet and a paragraph
    assert next(x for x in tasks if x[0].startswith("Chủ trì hướng dẫn"))[1] == "Sở Tài chính"
    assert next(x for x in tasks if x[0].startswith("Tăng cường thanh tra"))[1] == "Thanh tra tỉnh"
    # the paragraph under "3.1." is a duty; its enumerated details "(1)." "(2)." are not
    quarterly = next(x for x in tasks if x[0].startswith("Yêu cầu các sở, ban, ngành"))
    assert quarterly[2] == planflow.Kind.RECURRING
    assert not any(t.startswith("(") for t in titles)
    # "- Báo cáo quý: Sở Tài chính tổng hợp …" under a field: the body after the label leads
    summary = next(x for x in tasks if x[0].startswith("Báo cáo quý"))
    assert summary[1] == "Sở Tài chính"
    # the letter's closing words are no duty; the parts' headings are none either
    assert not any("vướng mắc" in t or "Yêu cầu chung" in t or "Trách nhiệm của" in t for t in titles)
    assert any(getattr(w, "key", "") == "letter_fields" for w in r.warnings)


def test_a_duty_paragraph_asking_for_yearly_reports_is_also_a_reporting_sentence(tmp_path):
    # "3.2. …:" / "Yêu cầu … trước ngày 15 tháng 01 hàng năm báo cáo …": a duty (its words a
    # paragraph, not a bullet) and a report due each year on 15 January
    r = read_plan(tmp_path, LETTER)
    assert any(t.title.startswith("Yêu cầu các sở, ban, ngành, UBND các xã, phường trước ngày 15")
               for t in r.plan.tasks)
    regimes = [r.plan.regime, *(planflow.Regime(cadence=x["cadence"], text=x["text"], params=x.get("params", {}))
                                for x in r.plan.settings.get("import", {}).get("reports", []))]
    yearly = [g for g in regimes if g is not None and "trước ngày 15 tháng 01 hàng năm" in g.text]
    assert yearly and yearly[0].params.get("days") == ["15/1"]


def test_numbered_duties_without_sub_numbered_parts_are_not_read_as_parts(tmp_path):
    # one level of numbers ("1. …", "2. …") is the letter layout read before: no parts
    from planflow_import.letters import _parts_duties
    from planflow_import.text import Para

    items = [Para("l", k, t, (t,)) for k, t in enumerate(
        ["1. Về dự toán:", "- Rà soát nhu cầu.", "2. Về báo cáo:", "- Báo cáo hàng quý."])]
    assert _parts_duties(items, ["Các sở"]) is None  # type: ignore[arg-type]
