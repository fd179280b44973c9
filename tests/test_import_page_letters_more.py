"""Letters of a Sở or a city inside a legal-document website's page (helper fix5, round 15;
the k plans), in made-up wordings (never copied):

* duties as dashes right after the request ("… đề nghị UBND các xã, phường; các đơn vị …
  thực hiện …. Cụ thể:" / "- …"), one dash alone on its line, its words on the next: each
  dash is a duty of the addressees (before, "not a plan"; the lone dash ran its item into
  the one above);
* one request in prose, no list ("Đề nghị Ủy ban nhân dân phường, xã và đặc khu thực hiện
  …, hạn cuối ngày 15 tháng 12 hàng năm (Lưu ý: …).") under a subject line opening on "Về"
  (no "V/v"): a duty of the bodies asked, timed by its last day, titled by the subject;
* the website's box of fields, then "Kính gửi:" and the letter laid out as one row of cells
  (addressees | text | "Nơi nhận" | signature): the cells are read in order.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import planflow
from planflow_import import read_text_file

BOX = """\
|
Đang tải văn bản...
#
**Số hiệu:**
|
{symbol}
|
|
**Loại văn bản:**
|
Công văn
|
**Nơi ban hành:**
|
{issuer}
|
|
**Người ký:**
|
Trần Văn D
|
**Ngày ban hành:**
|
{day}
|
|
**Tình trạng:**
|
Đã biết
|
"""

DASHES = """\
UBND TỈNH QUẢNG NAM
**SỞ GIÁO DỤC VÀ ĐÀO TẠO**
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 712/SGDĐT-CTHSSV
*V/v phòng, chống rét đậm, rét hại cho học sinh*
|
*Quảng Nam, ngày 08 tháng 01 năm 2027*
|
**Kính gửi:**
|
- UBND các xã, phường;
- Các cơ sở giáo dục trực thuộc.
|
Thực hiện chỉ đạo của UBND tỉnh về phòng, chống rét đậm, rét hại;
Nhằm bảo đảm sức khỏe cho học sinh, Sở Giáo dục và Đào tạo đề nghị UBND các xã, phường;
các cơ sở giáo dục trực thuộc chủ động điều chỉnh lịch học phù hợp. Cụ thể:
- Thường xuyên theo dõi bản tin dự báo thời tiết trên địa bàn tỉnh.
- Hạn
chế các hoạt động ngoài trời cho học sinh vào những ngày rét đậm.
-
Khi nhiệt độ ngoài trời dưới 10 độ C, các trường chủ động cho học sinh nghỉ học.
Chi tiết liên hệ phòng Công tác học sinh, điện thoại: 0235000000.
Sở Giáo dục và Đào tạo đề nghị Thủ trưởng các đơn vị nghiêm túc thực hiện./.
|
*Nơi nhận:*
- Như trên;
- Lưu: VT.
|
**KT. GIÁM ĐỐC**
**PHÓ GIÁM ĐỐC**
**Trần Văn D**
|
"""

PROSE = """\
UBND TỈNH QUẢNG NAM
**SỞ GIÁO DỤC VÀ ĐÀO TẠO**
-------
|
**CỘNG HÒA XÃ HỘI
CHỦ NGHĨA VIỆT NAM**
Độc lập - Tự do - Hạnh phúc
|
Số: 713/SGDĐT-GDTX
*Về hướng dẫn đánh giá thư viện cộng đồng tại
các xã, phường từ năm 2027*
|
*Quảng Nam, ngày 09 tháng 01 năm 2027*
|
**Kính gửi:** Ủy ban nhân dân các xã, phường
|
Căn cứ Thông tư số 99/2026/TT-BGDĐT ngày 12 tháng 6 năm 2026 của Bộ Giáo dục và Đào tạo;
Nhằm giúp các thư viện cộng đồng tự đánh giá, Sở Giáo dục và Đào tạo hướng dẫn đánh giá như sau:
Đề nghị Ủy ban nhân dân các xã, phường thực hiện đánh giá thư viện cộng đồng tại địa
phương và gửi kết quả về Sở Giáo dục và Đào tạo, hạn cuối ngày 15 tháng 12 hàng năm (*Lưu ý: không gửi văn bản giấy*).
Trong quá trình thực hiện, nếu có vướng mắc, kính đề nghị Quý cơ quan liên hệ Sở Giáo dục và Đào tạo để được hỗ trợ./.
|
*Nơi nhận:*
- Như trên;
- Lưu: VT.
|
**KT. GIÁM ĐỐC**
**PHÓ GIÁM ĐỐC**
**Trần Văn D**
|
"""

ROW = """\
** **
|
**Kính gửi:**
|
- Sở Nông nghiệp và Môi trường;
- Sở Tài chính.
|
Thực hiện Kết luận của Ban Thường vụ về khai thác cát lòng sông trên địa bàn tỉnh và trên cơ sở đề xuất của Sở Nông nghiệp và Môi trường, Chủ tịch Ủy ban nhân dân tỉnh chỉ đạo như sau:
**1.** Chấp thuận danh mục các mỏ cát được khai thác theo cơ chế đặc thù (*theo Phụ lục đính kèm*).
**2.****
**Giao Sở Nông nghiệp và Môi trường, Sở Tài chính và các sở, ngành liên quan triển khai thực hiện cơ chế đặc thù đúng quy định của pháp luật.
**3.****
**Giao Sở Nông nghiệp và Môi trường là cơ quan đầu mối, có trách nhiệm hướng dẫn, theo dõi, đôn đốc các cơ quan liên quan thực hiện./.
|
Nơi nhận:
- Như trên;
- Lưu: VT.
|
**KT. CHỦ TỊCH**
PHÓ CHỦ TỊCH
**Trần Văn E**
|
"""


def _read(tmp_path: Path, text: str) -> planflow.ImportResult:
    f = tmp_path / "page.md"
    f.write_text(text, encoding="utf-8")
    return read_text_file(f)


def _tasks(result: planflow.ImportResult) -> list[tuple[str, list[str], planflow.Timeframe]]:
    names = {a.id: a.name for a in result.plan.agencies}
    return [(t.title, [names[i] for i in t.lead], t.timeframe) for t in result.plan.tasks]


def test_dashes_after_the_request_are_the_addressees_duties(tmp_path):
    page = BOX.format(symbol="712/SGDĐT-CTHSSV", issuer="Tỉnh Quảng Nam", day="08/01/2027") + DASHES
    r = _read(tmp_path, page)
    d = r.plan.document
    assert (d.symbol, d.date) == ("712/SGDĐT-CTHSSV", date(2027, 1, 8))
    tasks = _tasks(r)
    assert [t for t, _, _ in tasks] == [
        "Thường xuyên theo dõi bản tin dự báo thời tiết trên địa bàn tỉnh",
        "Hạn chế các hoạt động ngoài trời cho học sinh vào những ngày rét đậm",
        # "-" alone on its line: its item, not the words of the item above
        "Khi nhiệt độ ngoài trời dưới 10 độ C, các trường chủ động cho học sinh nghỉ học"]
    assert all("Các cơ sở giáo dục trực thuộc" in lead for _, lead, _ in tasks)
    assert all(tf.kind == planflow.Kind.CONTINUOUS for _, _, tf in tasks)
    # the contacts and the closing words are no duty
    assert not any("liên hệ" in t or "nghiêm túc" in t for t, _, _ in tasks)
    assert "letter_requests" in {getattr(w, "key", "") for w in r.warnings}


def test_one_request_in_prose_is_a_duty_of_the_bodies_asked(tmp_path):
    page = BOX.format(symbol="713/SGDĐT-GDTX", issuer="Tỉnh Quảng Nam", day="09/01/2027") + PROSE
    r = _read(tmp_path, page)
    assert r.plan.document.title.startswith("Về hướng dẫn đánh giá thư viện cộng đồng")
    ((title, lead, tf),) = _tasks(r)
    assert "thực hiện đánh giá thư viện cộng đồng" in title
    assert lead == ["Ủy ban nhân dân các xã, phường"]
    # "hạn cuối ngày 15 tháng 12 hàng năm (Lưu ý: …)": its last day each year
    assert tf.kind == planflow.Kind.RECURRING
    assert "letter_requests" in {getattr(w, "key", "") for w in r.warnings}


def test_a_letter_laid_out_as_one_row_of_cells_is_read_in_order(tmp_path):
    page = BOX.format(symbol="4101/UBND-ĐT", issuer="Tỉnh Quảng Nam", day="24/01/2027") + ROW
    r = _read(tmp_path, page)
    d = r.plan.document
    assert (d.symbol, d.date) == ("4101/UBND-ĐT", date(2027, 1, 24))
    tasks = _tasks(r)
    assert len(tasks) == 2
    assert tasks[0][1][:2] == ["Sở Nông nghiệp và Môi trường", "Sở Tài chính"]
    assert tasks[1][1] == ["Sở Nông nghiệp và Môi trường"]
    assert not any("Chấp thuận" in t for t, _, _ in tasks)  # an approval, no duty
