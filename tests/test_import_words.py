"""Import warnings in the plan's language: a warning made as planflow.Worded is said from
the wording's ``note.<key>`` phrase, its place ("line 12") and the warnings it quotes in the
same language; a warning with no words of its own, or quoting one, stays wholly English."""

from __future__ import annotations

import ast
import pickle
import re
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest

import planflow

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT.parent / "shared" / "corpus" / "plans"

PLAN = """\
Số: 12/KH-UBND

KẾ HOẠCH
Tuyên truyền pháp luật năm 2026

I. NHIỆM VỤ

1. Biên soạn tài liệu tuyên truyền

- Thời gian hoàn thành: Quý II/2026

2. Tổ chức hội nghị tập huấn

- Cơ quan chủ trì: Phòng Tư pháp

II. KINH PHÍ

Kinh phí bố trí từ ngân sách huyện.
"""


def _import(tmp_path: Path, *lang: str) -> list[str]:
    path = tmp_path / "plan.txt"
    path.write_text(PLAN, encoding="utf-8")
    r = subprocess.run([sys.executable, "-m", "planflow", "import", str(path), "-o",
                        str(tmp_path / "plan.toml"), *lang], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    prefix = f"planflow: {path}: "
    return [ln[len(prefix):] for ln in r.stderr.strip().splitlines()]


def test_import_warnings_in_vietnamese_and_in_english(tmp_path):
    vi = _import(tmp_path)
    assert "lưu ý: dòng 8: nhiệm vụ 'Biên soạn tài liệu tuyên truyền' không ghi cơ quan chủ trì" in vi
    assert ("lưu ý: dòng 12: nhiệm vụ 'Tổ chức hội nghị tập huấn' không ghi thời gian: thực hiện "
            "thường xuyên trong thời gian của kế hoạch") in vi
    assert ("lưu ý: dòng 16: mục 'II. KINH PHÍ' không đọc thành dữ liệu của kế hoạch; giữ nguyên "
            "văn, đúng vị trí, trong các mục") in vi
    assert "lưu ý: không có phần 'Nơi nhận': chưa có nơi nhận và người ký" in vi
    assert "lưu ý: không thấy câu quy định chế độ báo cáo: kế hoạch chưa có chế độ báo cáo" in vi
    en = _import(tmp_path, "--lang", "en")
    assert "warning: line 8: task 'Biên soạn tài liệu tuyên truyền' names no lead agency" in en
    assert "warning: no reporting sentence found: the plan has no regime" in en
    assert len(vi) == len(en)


def test_a_quoted_warning_without_words_keeps_the_whole_line_english():
    wording = _vi()
    plain = planflow.Worded.of("{where}: timeframe '{text}': {warning}", "tf_warning",
                               where="line 3", text="Quý V", warning="no such quarter")
    assert planflow.note_message(wording, plain) == str(plain)
    inner = planflow.Worded.of("the plan's own time, stated for the whole plan: the duty is "
                               "continuous over it, with no due day", "plan_time")
    said = planflow.note_message(wording, planflow.Worded.of(
        "{where}: timeframe '{text}': {warning}", "tf_warning", where="page 2, table 1, row 3",
        text="Năm 2026", warning=inner))
    assert said == ("trang 2, bảng 1, hàng 3: thời gian 'Năm 2026': thời gian chung của cả kế "
                    "hoạch: nhiệm vụ thực hiện thường xuyên trong thời gian đó, không có hạn "
                    "hoàn thành")
    # English wordings, and warnings that are plain strings, are the English sentence
    assert planflow.note_message(planflow.EnglishWording(), inner) == str(inner)
    assert planflow.note_message(wording, "a plain warning") == "a plain warning"


def _vi() -> planflow.Wording:
    for w in planflow.default_registry().wordings():
        if w.language == "vi":
            return w
    raise AssertionError("no Vietnamese wording")


def test_a_worded_warning_is_its_english_string():
    w = planflow.Worded.of("{where}: task '{task}' names no lead agency", "no_lead",
                           where="line 3", task="Tuyên truyền")
    assert w == "line 3: task 'Tuyên truyền' names no lead agency"
    assert isinstance(w, str) and hash(w) == hash(str(w))
    back = pickle.loads(pickle.dumps(w))
    assert (back, back.key, back.fields) == (w, w.key, w.fields)


def test_every_vietnamese_note_is_filled_by_the_fields_the_importer_gives():
    """Each note.<key> phrase of the Vietnamese wording formats with the fields of a warning
    the importer made with that key, and every warning on corpus files 01-14 and the seed
    is said wholly in Vietnamese (the document's words quoted as written)."""
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent: the shared corpus is not checked out beside the repo")
    wording = _vi()
    reg = planflow.default_registry()
    files = [*sorted(CORPUS.glob("[01][0-4]_*.md")), ROOT / "examples" / "65-KH-UBND-2023.txt",
             *sorted((ROOT.parent / "shared" / "seeds").glob("*.txt"))]
    seen: set[str] = set()
    texts: list[str] = []
    said = total = 0
    for f in files:
        for w in reg.importer_for(f).read(f).warnings:
            total += 1
            text = planflow.note_message(wording, w)
            texts.append(text)
            said += text != str(w)
            key = getattr(w, "key", "")
            if key and text != str(w):
                seen.add(key)
                assert not any(word in text for word in ("timeframe '", "task '", "section '",
                                                         "line ")), text
    assert said == total, [t for t in texts if _english_left(t)]
    assert not [t for t in texts if _english_left(t)]
    assert {"no_lead", "no_time", "section_kept", "tf_warning"} <= seen
    assert any("thời gian chung của cả kế hoạch" in t for t in texts)  # plan_time, quoted


# -- every warning key: made by the readers, said in Vietnamese, English as it was -----------

#: where warnings and errors are made as planflow.Worded: the importer, the Vietnamese readers,
#: the web plugin, the core
SOURCES = [ROOT / "plugins" / "planflow_import", ROOT / "plugins" / "planflow_vn",
           ROOT / "plugins" / "planflow_web", ROOT / "plugins" / "planflow_docs",
           ROOT / "src" / "planflow"]


def _made_keys() -> set[str]:
    """The keys of every Worded the sources make: ``Worded.of(template, "key", …)``, its
    local name ``_W(template, "key", …)`` and ``Worded(text, "key", fields)``."""
    keys: set[str] = set()
    for folder in SOURCES:
        for path in folder.glob("*.py"):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call) or len(node.args) < 2:
                    continue
                f = node.func
                name = f.attr if isinstance(f, ast.Attribute) else getattr(f, "id", "")
                key = node.args[1]
                if name in ("of", "_W", "Worded") and isinstance(key, ast.Constant) \
                        and isinstance(key.value, str) and key.value:
                    keys.add(key.value)
    return keys


def test_every_warning_key_has_vietnamese_words_and_every_phrase_a_warning():
    """A key without a note.<key> phrase would be printed in English; a phrase without a
    key (a typo) would never be said."""
    made = _made_keys()
    said = {k[5:] for k in _vi().phrases if k.startswith("note.")}
    assert made - said == set(), "keys with no Vietnamese phrase"
    assert said - made == set(), "Vietnamese phrases no warning is made with"


#: English words a Vietnamese warning must not hold outside what it quotes
_ENGLISH = re.compile(r"\b(?:the|is|are|not|no|and|of|read|kept|task|tasks|line|row|page|"
                      r"table|timeframe|plan|due|day|days|with|from|reports?|warning|"
                      r"section|agency|after|before|given|found|names?)\b")
_QUOTED = re.compile(r"'[^']*'|\"[^\"]*\"|“[^”]*”|settings\.[a-z_.]+(?: = \"\w+\")?")


def _english_left(text: str) -> list[str]:
    """English words left in ``text`` once what it quotes (the document's words, settings'
    names) is taken out."""
    return _ENGLISH.findall(_QUOTED.sub("", text))


def _keys(note: object) -> list[str]:
    """The keys of ``note`` and of every Worded it quotes."""
    out = [note.key] if getattr(note, "key", "") else []
    for _, value in getattr(note, "fields", ()) or ():
        for part in value if isinstance(value, tuple) else (value,):
            out += _keys(part)
    return out


def _ctx(start: str = "2026-01-01", end: str = "2026-12-31",
         issued: str | None = "2026-03-10") -> planflow.TimeframeContext:
    return planflow.TimeframeContext(date.fromisoformat(start), date.fromisoformat(end),
                                     date.fromisoformat(issued) if issued else None,
                                     calendar=planflow.default_registry().calendar("vn"))


#: timeframe words (with the plan's period, issue day and "trước ngày" rule where they
#: matter), the key of the warning each gives, and the warning in English as it always was
TIMEFRAMES = [
    ("Năm 1800", {}, "tf_year_range", "year 1800 is out of range (1900-2199)"),
    ("Tháng 13/2026", {}, "tf_no_month", "there is no month 13 (tháng 1 to tháng 12)"),
    ("ngày 31/4/2026", {}, "tf_no_day", "31/04/2026 does not exist: tháng 4 năm 2026 has 30 days"),
    ("Quý V/2026", {}, "tf_no_quarter", "there is no quarter V: a year has quarters I to IV"),
    ("13 tháng đầu năm 2026", {}, "tf_twelve_months", "a year has 12 months, not 13"),
    ("năm học 2025-2027", {}, "tf_school_years",
     "a school year runs over two following years, not 2025-2027"),
    ("năm học 2025-2026", {"start": "2025-01-01", "end": "2027-12-31"}, "tf_school_year",
     "school year 2025-2026 read as 01/09/2025-31/05/2026"),
    ("Học kỳ I năm học 2025-2026", {"start": "2025-09-01", "end": "2026-05-31"}, "tf_semester",
     "học kỳ I năm học 2025-2026 read as 01/9/2025-15/01/2026 (the first semester ending in "
     "mid-January, as the school year's frame usually sets it): give the days if they differ"),
    ("Quý II/2026 (trước 30/6/2026)", {}, "tf_span_due",
     "'Quý II/2026' due by the deadline in brackets ('trước 30/6/2026'): 01/4/2026-29/6/2026"),
    ("Vào kỳ chi trả tháng 12 năm 2026", {}, "tf_round_month",
     '"Vào kỳ chi trả tháng 12 năm 2026": the round "kỳ chi trả" of the month it names: read as '
     'that month'),
    ("Sau ngày 01/7/2026", {}, "tf_after",
     '"Sau ngày 01/7/2026": from the day after (02/7/2026), no end given: runs to the end of '
     "the plan period (2026-12-31)"),
    ("Hè năm 2026", {}, "tf_summer",
     "'hè năm 2026' read as 01/6/2026-31/8/2026 (the school summer): give the days if they "
     "differ"),
    ("Năm 2026 (thường xuyên)", {}, "tf_ongoing_over",
     '"Năm 2026 (thường xuyên)": ongoing over 01/01/2026-31/12/2026, no due day'),
    ("Trước ngày 31/3 năm sau", {}, "tf_next_year", '"năm sau" read as 2027, the year after the plan\'s'),
    ("Trước ngày 31/3 năm sau", {"start": "2026-01-01", "end": "2030-12-31"}, "tf_next_year_which",
     '"Trước ngày 31/3 năm sau": "năm sau" names the year after which year? The plan runs over '
     "2026-2030: give the year"),
    ("Trước 15/6/2026 và 15/12/2026", {}, "tf_deadlines",
     '"Trước 15/6/2026 và 15/12/2026": 2 deadlines, each an occurrence ending on it'),
    ("6-8/2026", {}, "tf_bare_months", "'6-8/2026' read as the months 6 to 8/2026, not a day of a month"),
    ("giữa năm 2026", {}, "tf_no_fixed_span",
     "'giữa năm 2026' has no fixed span: name the month or quarter"),
    ("cuối năm 2026", {}, "tf_read_quarter", "'cuối năm 2026' read as Quý IV năm 2026"),
    ("cuối quý II/2026", {}, "tf_read_month", "'cuối quý ii/2026' read as tháng 6/2026"),
    ("cuối tháng 6/2026", {}, "tf_read_tuan",
     "'cuối tháng 6/2026' read as 21/6/2026-30/6/2026 (thượng/trung/hạ tuần)"),
    ("từ tháng 8/2026 đến tháng 3/2026", {}, "tf_reversed",
     "starts 01/8/2026 after it ends 31/3/2026"),
    ("chậm nhất ngày 07/03/2026", {}, "tf_day_off",
     "07/3/2026 is a day off: the deadline moves to 09/3/2026 (BLDS 2015 Điều 148 khoản 5)"),
    ("trước ngày 09/03/2026", {}, "tf_before_moved",
     "trước ngày 09/3/2026: due 06/3/2026 by the 'literal' rule (the day before is a day off)"),
    ("trước ngày 09/03/2026", {"rule": "inclusive"}, "tf_before_inclusive",
     "trước ngày 09/3/2026: due 09/3/2026 by the 'inclusive' rule"),
    ("Tháng 12/2025", {}, "tf_outside", "lies outside the plan period (2026-01-01..2026-12-31)"),
    ("Quý II/2026 (dự kiến)", {}, "tf_tentative", "tentative (dự kiến)"),
    ("Từ tháng 5 đến ngày khai giảng 05/9/2026", {}, "tf_named_day",
     '"ngày khai giảng" read as the day 05/9/2026'),
    ("Trước Tết Nguyên đán 2027", {}, "tf_tet",
     "Tết Nguyên đán 2027 read as its public holidays 05/02/2027-10/02/2027"),
    ("Tết Canh Tý", {}, "tf_no_canchi_year", "no year Canh Tý near the plan period"),
    ("Tết Nguyên đán Đinh Mùi 2026", {}, "tf_canchi_mismatch",
     "2026 is the year Bính Ngọ, not Đinh Mùi"),
    ("Tết Nguyên đán 2150", {}, "tf_no_tet", "the dates of Tết 2150 are not known"),
    ("Tuần đầu tháng 9/2026", {}, "tf_week", "'tuần đầu tháng 9/2026' read as 01/9/2026-07/9/2026"),
    ("Đợt 1: tháng 4/2026; Đợt 2: tháng 10/2026", {}, "tf_phases",
     '2 phases (đợt) read as "tháng 4/2026 và tháng 10/2026"'),
    ("Trước mùa mưa bão (trước 31/8/2026)", {}, "tf_from_brackets",
     'read from the words in brackets ("trước 31/8/2026"); "Trước mùa mưa bão" not read as a time'),
    ("Tháng 5", {"end": "2030-12-31"}, "tf_no_year",
     "no year given, and the plan period spans 2026-2030: add the year"),
    ("24/24 giờ", {}, "tf_round_clock",
     '"24/24 giờ" is not a time: "24/24" and "24/7" mean round the clock; give the period'),
    ("Theo quy định", {}, "tf_as_ruled",
     '"Theo quy định" names no time (as the rules say): give the time the rules set'),
    ("ít nhất 02 lần/năm", {}, "tf_minimum", 'a minimum ("ít nhất 02 lần/năm")'),
    ("phấn đấu hoàn thành trong Quý III/2026", {}, "tf_target",
     'a target ("phấn đấu hoàn thành trong Quý III/2026"): the time is what the plan strives for'),
    ("Thường xuyên, theo yêu cầu nhiệm vụ", {}, "tf_also", "also: theo yêu cầu nhiệm vụ"),
    ("Trước quý III/2026", {}, "tf_before_unit",
     '"Trước quý III/2026": before 01/7/2026 (the start of what it names): due 30/6/2026'),
    ("Thí điểm trong từ tháng 9/2026", {}, "tf_stray_op",
     '"trong từ tháng 9/2026": "trong" before "từ …" read as "từ tháng 9/2026"'),
    ("Trình Ủy ban nhân dân tỉnh trong quý III/2026", {}, "tf_object",
     'read as "Trình trong quý III/2026" (the words "Ủy ban nhân dân tỉnh" name no time)'),
    ("Ban hành trong năm 2026. Thực hiện rà soát, điều chỉnh (nếu có)", {}, "tf_follow_up",
     'followed by "Thực hiện rà soát, điều chỉnh (nếu có)": later work, not part of the time read; '
     'the time is read from "Ban hành trong năm 2026"'),
    ("tại thời điểm 0 giờ ngày 01/4/2026", {}, "tf_moment",
     'a moment ("tại thời điểm 0 giờ ngày 01/4/2026"): read as the day 01/4/2026'),
    ("từ ngày 02/3/2026 đến 17 giờ 00, ngày 20/3/2026", {}, "tf_hour_note",
     '"17 giờ 00": the hour of the day is a note; read as the day'),
    ("trong 48 giờ đầu khi xảy ra sự cố", {}, "tf_hours", "lead time: 48 hours after the event"),
    ("trong 48 giờ đầu", {}, "tf_hours_which",
     "lead time: 48 hours after the event (the words do not name the event: say which)"),
    ("từ tháng 5/2026 cho đến khi hoàn thành", {}, "tf_until",
     'until "hoàn thành": no end date; tracked to 2026-12-31, the end of the plan period'),
    ("trong vòng 30 ngày kể từ ngày ký", {"issued": None}, "tf_issue_unknown",
     '"trong vòng 30 ngày kể từ ngày ký": counted from the issue day, which is not known'),
    ("trong vòng 30 ngày kể từ ngày ký", {}, "tf_from_issue",
     '"trong vòng 30 ngày kể từ ngày ký": 30 ngày from the issue day 10/3/2026: due 09/4/2026'),
    ("trong vòng 05 ngày làm việc sau khi có quyết định", {}, "tf_lead",
     "lead time: 05 ngày làm việc after the condition is met"),
    ("trước ngày hết hiệu lực của giấy phép ít nhất 60 ngày làm việc", {}, "tf_lead_before",
     "lead time: at least 60 ngày làm việc before the event"),
    ("Định kỳ 5 tháng", {}, "tf_every", "every 5 tháng: not a calendar unit (1, 3, 6 or 12 months)"),
    ("hai tháng một lần", {}, "tf_every_months",
     "'hai tháng một lần': every 2 months, read as periods of 2 months from January (1-2, 3-4, "
     "5-6, 7-8, 9-10, 11-12)"),
    ("08 tháng (từ tháng 3 đến tháng 11/2026)", {}, "tf_duration",
     "says 08 tháng but the dates cover 9 months"),
    ("02 lần/tháng, từ tháng 02 đến tháng 11/2026", {}, "tf_times_within",
     '"02 lần/tháng" within it: the number of times is a note, not a date'),
    ("02 lần/tháng", {}, "tf_times", "2 times (lần) in each occurrence"),
    ("Từ nay đến hết năm 2026", {"issued": None}, "tf_from_now",
     '"Từ nay đến hết năm 2026": "từ nay" starts on the issue day, which is not known or is '
     "after the end; read as a deadline"),
    ("Từ 01/7/2026", {}, "tf_no_end", "no end given: runs to the end of the plan period (2026-12-31)"),
    ("Năm 2026 và các năm tiếp theo", {}, "tf_open_ended",
     'open-ended ("Năm 2026 và các năm tiếp theo"): continuous from 2026-01-01, no due day; '
     "tracked to 2026-12-31, the end of the plan period"),
    ("Năm 2026 (Quý II)", {}, "tf_narrower",
     "the narrower of two nested times: 01/4/2026-30/6/2026 (inside 01/01/2026-31/12/2026)"),
    ("Quý I/2026 (tháng 5/2026)", {}, "tf_no_overlap",
     "'quý i/2026' and 'tháng 5/2026' do not overlap: which is meant is not said"),
    ("Tháng 3 và tháng 8 năm 2026", {"end": "2026-06-30"}, "tf_only_inside",
     "only the parts inside the plan period (2026-01-01..2026-06-30) are occurrences"),
    ("Quý hai năm sau", {}, "tf_cannot",
     "cannot read 'quý hai năm sau' as a Vietnamese timeframe"),
    ("02 lần/tháng, từ tháng 02 đến tháng 11 hằng năm", {}, "tf_times_each",
     '"02 lần/tháng" within each occurrence: the number of times is a note, not a date'),
    ("Định kỳ hằng quý, 6 tháng, hằng năm", {}, "tf_finest",
     '"Định kỳ hằng quý, 6 tháng, hằng năm": định kỳ hằng quý, 6 tháng, hằng năm: read as '
     "quarterly, whose occurrences hold the others'"),
    ("từ ngày 10 đến ngày 5 hằng tháng", {}, "tf_day_span",
     "'từ ngày 10 đến ngày 5' is not a span of days in a month"),
    ("trước ngày 32 hằng tháng", {}, "tf_no_day_in_month", "there is no day 32 in a month"),
    ("hằng quý năm xyz", {}, "tf_cannot_recur",
     "cannot read 'năm xyz' with a quarterly recurrence"),
    ("trước ngày 15/3 hằng năm", {"start": "2026-04-01"}, "tf_no_occurrence",
     "no occurrence falls inside the plan period"),
    ("vào thứ Ba hoặc thứ Tư hằng tuần", {}, "tf_weekdays_either",
     "thứ ba hoặc thứ tư: read as one window each week, from the first day named to the last"),
    ("Thường xuyên, định kỳ hằng quý", {}, "tf_ongoing_recur",
     '"Thường xuyên, định kỳ hằng quý": ongoing work that recurs định kỳ hằng quý: read as the '
     "recurrence, whose occurrences cover the whole period"),
    ("Tháng 11", {"start": "2026-10-01", "end": "2027-09-30"}, "tf_only_in_period",
     "'tháng 11' names no year: the only one in the plan period (2026-10-01..2027-09-30), 2026"),
    ("Tháng 6/2026 và thường xuyên", {}, "tf_first_then_ongoing",
     '"Tháng 6/2026 và thường xuyên": Tháng 6/2026 first, then ongoing: read as continuous from '
     "01/6/2026"),
    ("Quý II/2026 và cập nhật hằng năm", {}, "tf_then_upkeep",
     '"Quý II/2026 và cập nhật hằng năm": the time of the work first, then its upkeep (cập nhật '
     'hằng năm): read as the first time'),
    ("trước ngày 30 tháng 6 hằng năm kể từ năm 2027", {}, "tf_recur_since",
     '"trước ngày 30 tháng 6 hằng năm kể từ năm 2027": from 2027 on'),
    ("2026 và hằng năm", {}, "tf_first_then_recur",
     '"2026 và hằng năm": 2026 first, then hằng năm: read as the recurrence from 01/01/2026'),
    ("các ngày thứ 2, thứ 6 hằng tuần", {}, "tf_weekdays_each",
     "thứ 2, thứ 6: read as each day named, every week"),
]

#: reporting sentences (with the plan's last day where it matters), the key of the warning
#: each gives, and the warning in English
REGIMES = [
    ("Định kỳ hằng tháng (trước ngày 25), hằng quý, 6 tháng, năm báo cáo kết quả về Sở Tài chính.",
     None, "rg_kinds_monthly", 'the reports "hằng quý", "6 tháng", "năm" name no day of their '
     "own: read as the monthly report of their last month"),
    ("Tổng hợp số hộ bị ảnh hưởng, báo cáo Sở Y tế trước 17 giờ hằng ngày.", None, "rg_hour",
     "due by 17h00 each day: read as daily; the hour is a note"),
    ("Báo cáo 03 lần/ngày (trước 8h00, 12h00 và 17h30) về Ban Chỉ huy.", None, "rg_times_a_day",
     "several reports a day (03 lần/ngày, 8h00, 12h00, 17h30): read as daily, due each day; "
     "the hours are a note"),
    ("Báo cáo định kỳ trước ngày 15/13 hằng năm.", None, "rg_day_month",
     "report day '15/13': there is no month 13"),
    ("Báo cáo định kỳ trước ngày 30/2 hằng năm.", None, "rg_day_day",
     "report day '30/2': month 2 has no day 30"),
    ("Báo cáo kết quả trước ngày 15 hằng tháng hoặc đột xuất theo đề nghị.", None,
     "rg_on_request", "also reports on request (đột xuất / theo đề nghị)"),
    ("Các đơn vị báo cáo nhanh kết quả sau mỗi đợt kiểm tra và báo cáo tổng kết trước ngày "
     "30/11/2026 về Công an tỉnh.", None, "rg_after_events",
     'also reports after events ("sau mỗi đợt kiểm tra"): not tracked'),
    ("Báo cáo quý gửi Sở Tài chính, riêng báo cáo 6 tháng gửi trước ngày 15/6/2026.", None,
     "rg_turns_untracked", "also names quarterly reports with no due day of their own: not tracked"),
    ("Báo cáo hằng ngày trong thời gian mưa bão.", None, "rg_only",
     "only trong thời gian mưa bão"),
    ("Báo cáo trước ngày 35 hằng tháng.", None, "rg_no_day", "there is no day 35 in a month"),
    ("Báo cáo trước ngày 31/02/2026.", None, "rg_not_a_date", "31/02/2026 is not a date"),
    ("Báo cáo trước ngày 15/6 và 15/12.", None, "rg_days_year",
     "the days (15/6) name no year: read in the plan's year 2026"),
    ("Báo cáo (trước ngày 15/6) hằng quý và năm.", "2030-12-31", "rg_days_every",
     "the days (15/6) name no year, in a plan of several years: read as every year of the "
     "period"),
    ("Tổng hợp, báo cáo kết quả trước ngày 30 tháng 01 của năm tiếp theo.", "2030-12-31",
     "rg_next_year", "the days (30/1) of the next year: each year's report, due early in the "
     "year after it, read as every year of the period"),
    ("Báo cáo tổng kết trước ngày 15/01 năm sau.", None, "rg_next_year_once",
     "the days (15/1) of the next year: read in 2027, the year after the plan's"),
    ("Báo cáo kết quả trước ngày 15/6.", "2030-12-31", "rg_which_year",
     "a day and month without a year or 'hằng năm': which year is meant is not said"),
    ("Các sở báo cáo kết quả theo giai đoạn (2026 - 2027; 2028 - 2030), trước ngày 15/11 của từng "
     "giai đoạn.", "2030-12-31", "rg_each_stage",
     "the days (15/11) of each stage (2026-2027; 2028-2030): read in each stage's last year"),
    ("Báo cáo sơ kết vào tháng 13/2026.", None, "rg_no_month", "there is no month 13"),
    ("Báo cáo sơ kết vào tháng 6/2026.", None, "rg_in_month",
     "'vào tháng M/YYYY': due by the end of the month"),
    ("Báo cáo sơ kết vào cuối năm 2027.", "2030-12-31", "rg_in_year",
     "'vào (cuối) năm YYYY' for a review: due by the end of the year"),
    ("Báo cáo định kỳ hằng năm hoặc đột xuất theo yêu cầu.", None, "rg_on_demand",
     "also reports on request (đột xuất / theo yêu cầu)"),
    ("Báo cáo hằng tuần.", None, "rg_weekly",
     "weekly reports: planflow_vn has no weekly cadence; list the periods (explicit)"),
    ("Báo cáo tháng, báo cáo quý, 9 tháng và năm định kỳ theo quy định.", None, "rg_named",
     "reports named (monthly, quarterly, nine_months, annual), but no due day is stated"),
    ("Báo cáo 6 tháng và năm định kỳ theo quy định.", None, "rg_named",
     "reports named (half_year, annual), but no due day is stated"),
    ("Gửi báo cáo định kỳ năm về Sở Nội vụ.", None, "rg_yearly",
     "yearly reports, but no due day is stated"),
    ("Các đơn vị gửi số liệu báo cáo định kỳ hằng tháng về Sở Nội vụ theo quy định.", None,
     "rg_monthly_no_day", "monthly reports, but no due day is stated: no period is tracked"),
    ("Các đơn vị đánh giá kết quả thực hiện; gửi Sở Nội vụ để tổng hợp, báo cáo Ủy ban nhân dân "
     "tỉnh.", None, "rg_sent_up",
     "results sent to be compiled and reported on, but no period or due day is stated"),
    ("Tổng hợp, báo cáo Chủ tịch UBND tỉnh về kết quả thực hiện Kế hoạch.", None, "rg_results",
     "the results are reported, but no period or due day is stated"),
    ("Báo cáo kết quả hai tháng một lần.", None, "rg_every_n",
     "reports 'hai tháng một lần', but no due day is stated"),
    ("Báo cáo định kỳ theo quy định.", None, "rg_periodic",
     "periodic reports, but no period or due day is stated (e.g. 'theo quy định')"),
    ("Báo cáo theo Nghị định số 09/2019/NĐ-CP: thời gian chốt số liệu tính từ ngày 15 tháng 12 "
     "năm trước; báo cáo gửi trước ngày 18 và chậm nhất ngày 20.", None, "rg_nd09_days",
     "the due days differ by kind: due 5 working days after each cut-off"),
]

#: made-up plans (tests/data/import_words) and the warning keys each gives
PLANS = {
    "issuer_signature.txt": {"issuer_from_sentence", "date_line_unreal", "no_place_date",
                             "section_kept", "after_signer", "third_authority", "not_agency",
                             "tf_warning", "tf_tentative", "tf_kept", "tf_no_quarter"},
    "table_groups.txt": {"at", "rg_on_request", "task_note", "row_group_lead", "row_cut",
                         "no_time"},
    "no_letterhead.txt": {"date_unreal", "no_issuer", "no_closing"},
    "resolution_note.txt": {"own_from_note"},
    "escaped_breaks.txt": {"escaped_breaks", "no_regime", "no_lead", "tf_no_month"},
    "plan_time.txt": {"period_from_time", "plan_time_applied", "plan_time"},
    "decision_attached.txt": {"attached_plan", "task_once", "table_kept"},
    "decision_only.txt": {"title_from_decision", "no_tasks"},
    "no_title.txt": {"no_title"},
    "blank_date.txt": {"number_blank", "date_blank", "letter_duties", "letter_subject"},
    "letter_fields.txt": {"letter_duties", "letter_fields"},
    "letter_requests.txt": {"letter_requests", "letter_subject"},
    "directive_sections.md": {"directive_sections", "no_lead"},
    "page_letter.md": {"page_top", "page_fields", "page_title", "site_footer", "letter_duties"},
    "guessed_year.txt": {"letter_duties", "period_guessed", "tf_year_guessed"},
    "issuer_request.txt": {"letter_duties", "issuer_from_request"},
    "notice_issuer.md": {"issuer_from_notice"},
    "difficulties_only.txt": {"difficulties_only"},
    "slash_markers.txt": {"slash_markers"},
    "appendix.txt": {"appendix_tasks", "rg_in_month", "regimes_kept"},
    "report_chain.txt": {"report_tracked", "regimes_kept"},
    "reports_compiled.txt": {"reports_to_compiler", "two_reports", "report_tracked"},
    "no_sections.txt": {"no_sections"},
    "solutions.txt": {"solution_bullets"},
    "rounds.txt": {"round_items"},
    "dated_duty.md": {"dated_duty"},
    "shared_labels.txt": {"task_note", "shared_labels"},
    "untracked.txt": {"period_from_tasks", "untracked", "tf_as_ruled"},
    "scraped_table.md": {"page_numbers", "table_continued", "row_short", "row_merged",
                         "column_value", "col_lead", "row_lead_slid"},
    "agency_paragraphs.txt": {"agency_paragraphs"},
    "crossrefs.txt": {"crossref_items", "report_not_duty"},
    "bracketed.txt": {"bracketed_items"},
    "cells.md": {"row_marked_x", "row_items_unpaired", "task_note"},
    "gazette.txt": {"gazette_table", "gazette_furniture", "attached_plan"},
    "table_only.html": {"table_only", "row_roman_task"},
    "waves.html": {"table_only", "row_group_lead", "row_subject_lead", "row_roman_task", "row_waves"},
    "resolution_table.txt": {"gazette_table", "gazette_two_groups", "title_of_document",
                             "numbered_labels", "tf_first_then_recur"},
    "duty_times.txt": {"task_note", "inner_time", "inner_time_nested", "inner_time_many",
                       "duty_report", "rg_hour", "rg_times_a_day", "own_plan_task"},
    "schedule.txt": {"row_time_above", "tf_bare_months"},
    "stamped_fields.md": {"number_blank", "day_blank", "stamped_fields"},
    "cells_per_line.md": {"table_rebuilt"},
    "fragments.md": {"table_fragments"},
    "fragments_banded.md": {"table_fragments_banded"},
    "ocr_pieces.txt": {"no_task_words", "ocr_noise_tasks"},
    "duty_own_lead.txt": {"duty_own_lead", "inner_time"},
    "block_time.txt": {"block_time"},
    "led_heading_items.txt": {"item_of_led_heading"},
    "layout_letterhead.txt": {"letterhead_layout"},
    "drawn_up.txt": {"period_drawn_up"},
    "sibling_item.txt": {"item_sibling_task", "no_lead"},
    "blocks.txt": {"block_item"},
    "lone_time.txt": {"time_own_line"},
    "spaced.txt": {"spaced_table", "letterhead_layout", "tf_laid_out"},
    "spaced_merged.txt": {"spaced_table", "spaced_lead_above", "tf_laid_out"},
    "decision_no_letterhead.md": {"decision_from_note", "attached_plan"},
    "plan_note.txt": {"plan_from_note", "letterhead_layout", "site_furniture"},
    "signature_only.txt": {"signature_only"},
    "letter.txt": {"letter_duties", "letter_subject", "letter_members", "footnotes", "page_numbers"},
    "other_time.txt": {"own_time_other"},
    "articles.md": {"article_items", "rest_days", "title_from_decision"},
    "resolution_duties.txt": {"article_duties", "article_due"},
    "no_letterhead_body.txt": {"issuer_from_body_sentence", "title_from_opening"},
    "duties_organise.txt": {"duties_organise", "dated_duty_activities"},
    "bracketed_beside.txt": {"bracketed_beside"},
    "party_plan.txt": {"timed_beside"},
    "dash_heads.txt": {"tf_before_occasion"},
    "ocr_programme.txt": {"ocr_furniture", "ocr_garbled", "ocr_numbering", "issuer_of_kind"},
    "crawl.txt": {"breadcrumbs", "attached_plan", "letterhead_flat"},
    "decision_approved.md": {"plan_approved", "decision_articles", "row_merged", "column_value", "site_footer",
                             "row_agency_share", "row_agencies_shared"},
}

#: keys no made-up text here reaches, and why
UNREACHED = {
    "docx_unzips": "a Word file unzipping to more than 200 MB (the check reads the zip's directory)",
    "page_too_big": "a web page of more than its byte limit",
    "no_soffice": "a .doc on a machine without LibreOffice (tests/test_import_office.py, in English)",
    "soffice_timeout": "LibreOffice taking longer than its time limit",
    "soffice_failed": "a file LibreOffice cannot read (tests/test_import_office.py, in English)",
    "not_html": "lxml refuses almost nothing as HTML",
    "pdf_pages": "a PDF of more than 2,000 pages",
    "pdf_no_text": "a scanned PDF (tests/test_import_pdf.py, in English)",
    "dated_before_unnamed_plan": "dated_before_plan's sentence for a plan with no symbol yet (a "
    "draft); tests/test_cli_docs_errors.py reaches dated_before_plan",
    "title_under_date": "a web page's header shape (tests/test_import_headers.py and the page excerpts of "
    "tests/data/reading_pages reach it)",
    "number_not_decision": "a web page's header shape (tests/test_import_headers.py and the page excerpts of "
    "tests/data/reading_pages reach it)",
    "issuer_from_decider": "a web page's header shape (tests/test_import_headers.py and the page excerpts of "
    "tests/data/reading_pages reach it)",
    "issuer_from_issuing": "a web page's header shape (tests/test_import_headers.py and the page excerpts of "
    "tests/data/reading_pages reach it)",
    "issuer_from_place": "a web page's header shape (tests/test_import_headers.py and the page excerpts of "
    "tests/data/reading_pages reach it)",
    "issuer_from_place_level": "a web page's header shape (tests/test_import_headers.py and the page excerpts of "
    "tests/data/reading_pages reach it)",
    "title_cut_off": "a web page's header shape (tests/test_import_headers.py and the page excerpts of "
    "tests/data/reading_pages reach it)",
    "title_from_sentence": "the header reads the issuing sentence under 'KẾ HOẠCH' as the title "
                           "first; reached by scraped plans whose title cell is empty",
    "site_fields": "needs a scraped page's layout cells holding the website's own fields "
                   "(corpus 14 reaches it)",
    "rg_day_form": "the reporting reader's patterns only ever pass DAY/MONTH digits to it "
                   "(a plan file's regime.params.days is checked by its validator instead)",
    "unreadable_file": "a plan file the system refuses to read (a folder named .toml): the "
                       "system's reason stays as it says it",
    "store_newer": "needs a store written by a newer planflow",
    "serving": "printed as `planflow serve` starts its server (tests/test_web.py runs one)",
    "serve_read_only": "printed as `planflow serve --read-only` starts its server",
}

#: keys the command line's errors and tables reach (tests/test_cli_words.py runs them)
CLI_REACHED = {"timeframe_error", "file_error", "no_file", "bad_toml", "bad_json", "not_utf8",
               "plan_suffix", "empty_file", "no_importer", "no_importer_suffix", "no_named",
               "no_wording", "format_renders", "store_no_plan", "store_older", "serve_at", "serve_links",
               "serve_days", "serve_no_store", "not_a_plan", "no_year_at_all", "page_no_text",
               "not_docx", "docx_parts", "no_text", "not_pdf"}


def _said(notes: list[str], wording: planflow.Wording) -> list[str]:
    return [planflow.note_message(wording, n) for n in notes]


def _check(notes: list[str], english: list[str] | None = None) -> set[str]:
    """Each note said in Vietnamese with no English word left, and in English (the English
    wording, --lang en) as its English sentence; the keys they carry."""
    vi = _vi()
    for note, text in zip(notes, _said(notes, vi), strict=True):
        assert text != str(note), f"not said in Vietnamese: {note}"
        assert not _english_left(text), (text, _english_left(text))
        assert planflow.note_message(planflow.EnglishWording(), note) == str(note)
    if english is not None:
        assert [str(n) for n in notes] == english
    return {k for n in notes for k in _keys(n)}


def _timeframe_notes(words: str, given: dict[str, str | None]) -> list[str]:
    from planflow_vn.timeframes import parse

    rule = given.pop("rule", None)
    try:
        tf = parse(words, _ctx(**given), rule)  # type: ignore[arg-type]
    except planflow.TimeframeError as e:
        return [e.what]
    return list(tf.warnings) if tf is not None else []


@pytest.mark.parametrize(("words", "given", "key", "english"), TIMEFRAMES,
                         ids=[f"{k}-{w}" for w, _, k, _ in TIMEFRAMES])
def test_each_timeframe_warning_in_vietnamese_and_its_english(words, given, key, english):
    notes = _timeframe_notes(words, dict(given))
    assert key in _check(notes), notes
    assert english in [str(n) for n in notes]


@pytest.mark.parametrize(("sentence", "end", "key", "english"), REGIMES,
                         ids=[f"{k}-{n}" for n, (_, _, k, _) in enumerate(REGIMES)])
def test_each_reporting_warning_in_vietnamese_and_its_english(sentence, end, key, english):
    regime = planflow.read_regime(sentence, _ctx(end=end or "2026-12-31"))
    assert regime is not None
    assert key in _check(list(regime.warnings)), regime.warnings
    assert english in [str(n) for n in regime.warnings]


def _read(name: str) -> planflow.ImportResult:
    path = ROOT / "tests" / "data" / "import_words" / name
    return planflow.default_registry().importer_for(path).read(path)


@pytest.mark.parametrize("name", sorted(PLANS))
def test_each_import_warning_in_vietnamese(name):
    result = _read(name)
    keys = _check(list(result.warnings))
    keys |= _check([w for t in result.plan.tasks for w in t.timeframe.warnings])
    assert PLANS[name] <= keys, PLANS[name] - keys


class _Refuses:
    """A reader of reporting sentences that refuses every one (its reason worded)."""

    @planflow.hookimpl
    def read_regime(self, text: str, context: object) -> None:
        raise planflow.PlanflowError(planflow.Worded.of("there is no month {month}",
                                                        "rg_no_month", month=13))


def test_the_warnings_of_a_reader_that_refuses_and_of_no_reader(tmp_path):
    """A reporting sentence a reader refuses; a plan read with no Vietnamese plugin at all
    (no reader, no 'vn' calendar): still said in the Vietnamese words asked for."""
    import planflow_vn

    reg = planflow.default_registry()
    reg.register(_Refuses(), name="test-refusing-reader")
    try:
        refused = _read("appendix.txt").warnings
    finally:
        reg.unregister(name="test-refusing-reader")
    assert {"regime_error", "rg_no_month"} <= _check(list(refused))
    assert "line 20: the reporting sentence could not be read: there is no month 13" in refused
    name = reg.pm.get_name(planflow_vn)
    vi = _vi()
    reg.unregister(planflow_vn)
    try:
        bare = _read("appendix.txt")
    finally:
        reg.register(planflow_vn, name=name)
    said = _said(list(bare.warnings), vi)
    keys = {k for n in bare.warnings for k in _keys(n)}
    assert {"regime_unread", "no_vn_calendar"} <= keys
    assert "chưa cài lịch làm việc 'vn': thời hạn tính theo các ngày từ thứ Hai đến thứ Sáu" in said
    # without planflow_vn no timeframe words are read: the core's "no parser" warning
    assert any("no_parser" in _keys(w) for t in bare.plan.tasks for w in t.timeframe.warnings)


def test_the_core_timeframe_warnings_are_worded():
    vi = _vi()
    none = planflow.Timeframe.coerce(None).warnings
    unread = planflow.resolve_timeframe("abc xyz", _ctx(), []).warnings
    assert [planflow.note_message(vi, w) for w in (*none, *unread)] == [
        "không ghi thời gian", "không bộ đọc thời gian nào đọc được các từ này"]
    assert [str(w) for w in (*none, *unread)] == [
        "no timeframe given", "no timeframe parser reads these words"]


def test_every_warning_key_is_reached_by_a_made_up_text():
    """The cases above reach every key the sources make, but the few named in UNREACHED
    (with the reason); names said inside warnings (recurrences, kinds of reports, columns,
    units) are reached when a warning quotes them, or are checked by the phrase test."""
    reached = {key for _, _, key, _ in TIMEFRAMES} | {key for _, _, key, _ in REGIMES}
    reached |= set().union(*PLANS.values())
    reached |= {"regime_error", "regime_unread", "no_vn_calendar", "no_parser", "no_timeframe",
                "no_time_stated", "tf_warning"}
    # a report or letter that cannot be written (tests/test_cli_docs_errors.py)
    reached |= {"dated_before_plan", "no_report_periods", "no_period_named", "nothing_overdue"}
    # why a time is not tracked, said by validate (tests/test_warning_groups.py)
    reached |= {"no_reader", "no_occurrence", "no_occurrence_any", "no_dates_window",
                "no_dates_deadline"}
    reached |= {"reason_period", "reason_regime", "reason_every", "reason_active"} | CLI_REACHED
    # a file in another encoding, at its line (tests/test_import_encodings.py)
    reached |= {"not_utf8_import", "file_error_at"}
    names = {k for k in _made_keys()
             if k.startswith(("rec_", "kind_", "col_", "unit_", "what_", "tfkind_"))}
    assert _made_keys() - reached - names == set(UNREACHED)


def test_the_reasons_a_unit_reports_in_vietnamese():
    """Why an agency owes a report (the calendar's and the status table's last column): the
    period names it, the regime names it, every unit reports, or it leads an active task."""
    import attrs

    vi = _vi()
    plan = planflow.load(ROOT / "examples" / "commune_2026.toml")
    unit = plan.agencies[1].id
    period = planflow.ReportPeriod("Báo cáo quý I", date(2026, 1, 1), date(2026, 3, 31),
                                   date(2026, 3, 20), reporters=(unit,))
    regimes = {"reason_active": plan.regime,
               "reason_regime": attrs.evolve(plan.regime, reporters=(unit,)),
               "reason_every": attrs.evolve(plan.regime, reporters_scope="all"),
               "reason_period": attrs.evolve(plan.regime, cadence="explicit", periods=(period,))}
    for key, regime in regimes.items():
        reasons = {o.reason for o in planflow.obligations(attrs.evolve(plan, regime=regime))}
        assert reasons and {r.key for r in reasons} == {key}
        for reason in reasons:
            said = planflow.note_message(vi, reason)
            assert said != str(reason) and not _english_left(said), said
    assert str(next(iter(reasons))) == "named for the period 'Báo cáo quý I'"
