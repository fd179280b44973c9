"""Vietnamese timeframe words: "Quý I năm 2023", "Trước ngày 30/6/2023", "Hằng năm"...

:func:`parse` reads the words a plan uses for when a task happens or is due, in the
plan's context (its period, issue date and work calendar), and gives a
:class:`planflow.Timeframe` of one kind:

* **window** (a start and an end): "Quý I năm 2023", "Quý IV/2025", "Quí IV-2025",
  "Tháng 12/2025", "Tháng 11 - 12/2025", "6 tháng đầu năm 2023", "Năm 2026",
  "Năm 2025 - 2026", "Từ ngày 01/01/2026 đến ngày 31/3/2026", "Quý IV/2025 - Quý II/2026",
  "Giai đoạn 2026-2030", "Trong tháng 12/2025", "Cả năm" (the plan's period). Its due day
  is its end.
* **deadline** (an end only): "Trước ngày 30/6/2023" (by the "trước ngày" rule of
  :mod:`planflow_vn.rules`), "Chậm nhất ngày 17/12/2025" and "Đến ngày …" (a named last
  day that is a day off moves to the next working day, BLDS 2015 Điều 148 khoản 5),
  "Hoàn thành trong năm 2025", "Đến hết năm 2030", "Đến năm 2030" (the end of the named
  month, quarter or year, never moved).
* **recurring**: "Hằng năm", "Hàng quý", "hằng tháng", "hằng tuần", "hằng ngày",
  "Từ tháng 3 đến tháng 11 hằng năm", "Trước ngày 30 tháng 11 hàng năm",
  "Trước ngày 25 hằng tháng"; ``occurrences`` holds one window per occurrence, clipped to
  the plan period; there is no single due day. Two separate months ("Tháng 4 và tháng 8
  năm 2026") are a ``"listed"`` recurrence.
* **continuous**: "Thường xuyên" (the whole period, no single due day); "Từ 01/7/2025",
  "2026 trở đi" (from a day or a year to the end of the period); a qualifier ("Thường xuyên, theo yêu cầu nhiệm
  vụ") is kept as a warning.
* **event**: "Sau khi Nghị định … được ban hành", "Khi có phát sinh", "Theo tiến độ …",
  "Theo Kế hoạch …", "Đến khi kết thúc …": the words are kept as ``condition`` so they can
  be linked to a task or a document as a dependency; a lead time ("05 ngày làm việc kể
  từ …") is noted in ``warnings``.
* "… và các năm tiếp theo" / "… và những năm tiếp theo" is **continuous** from the start
  of the named time, ``open_ended``, with no due day (tracked to the end of the plan period
  at least, and a warning says so): never a window due at the end of the first period.
* "Từ nay đến hết năm 2025" is a **window** from the plan's issue day to the named end
  (a deadline, with a warning, when the issue day is not known).
* **unresolved**: words with a time in them that cannot be read without guessing (a day
  without a year in a plan spanning several years), with the reason. Words with no time
  in them give ``None`` (the core then marks them unresolved).

More wordings (see docs/vietnamese-rules.md for each decision): listed units sharing a
unit word ("Tháng 3, 6, 9 và 12 năm 2023"), table abbreviations ("Q.II/2026", "T6/2026"),
nested times ("Năm 2026 (Quý II)": the narrower), "đầu/giữa/cuối" of a year, quarter or
month by a fixed convention (said in a warning; "giữa năm" unresolved), the school year
("Năm học 2025-2026": 01/9 to 31/5), every N months ("Định kỳ 6 tháng": ``half_yearly``),
and a recurrence over a named span ("Giai đoạn 2026 - 2030, hằng năm").

What real documents contain is accepted: Quý/Quí, Roman or Arabic quarter numbers, "/"
"-" "năm" "Năm" between a quarter or month and its year, NFC or NFD Unicode, stray
spaces and line breaks, ``*`` emphasis, a "Thời gian thực hiện:" label (or the activity's:
"Thời gian quan trắc: …", "thời gian quan trắc từ tháng 3 …"), a leading bullet, a trailing
period. Words that name an impossible time ("Quý V năm 2023", "31/02/2023",
"tháng 13") raise :class:`planflow.TimeframeError` naming the phrase and what is wrong.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from typing import Any

import attrs

import planflow

from .calendar import default_calendar, parse_lead
from .fmt import format_date_short, from_roman
from .patterns import lazy
from .rules import before_deadline, get_before_rule, rule_from_settings

__all__ = ["clean", "parse"]

_ONE = dt.timedelta(days=1)
#: a warning with the words to say it in another language (planflow.note_message)
_W = planflow.Worded.of
#: the names of recurrences as warnings print them, each with its words
_REC = {"yearly": _W("yearly", "rec_yearly"), "half_yearly": _W("half_yearly", "rec_half_yearly"),
        "quarterly": _W("quarterly", "rec_quarterly"), "monthly": _W("monthly", "rec_monthly"),
        "weekly": _W("weekly", "rec_weekly"), "daily": _W("daily", "rec_daily")}
MIN_YEAR, MAX_YEAR = 1900, 2199

# -- cleaning -------------------------------------------------------------------
_DASHES = str.maketrans({c: "-" for c in "‐‑‒–—―−"})
_LABEL = lazy(
    r"^(?:[-+•·]\s*)*(?:(?:trong\s+)?thời\s+gian(?:\s+thực\s+hiện|\s+hoàn\s+(?:thành|tất))?"
    r"|thời\s+hạn(?:\s+hoàn\s+(?:thành|tất))?"
    r"|tiến\s+độ(?:\s+thực\s+hiện)?)\s*:\s*"
    # "thời hạn chậm nhất là ngày 30/6/2028", "thời hạn trước ngày …": the label with no
    # colon before its time's own operator
    r"|^thời\s+(?:hạn|gian)(?:\s+hoàn\s+thành)?(?:\s+là)?\s+(?=(?:chậm|muộn)\s+nhất\b|trước\b"
    r"|đến\s+(?:hết\s+)?(?:ngày|tháng|quý|năm)\b)",
    re.IGNORECASE,
)
# "Thời gian quan trắc: …", "thời gian quan trắc từ tháng 3 đến tháng 10 năm 2026", "Thời gian
# thực hiện trong năm 2026": the label names the activity the time is of, with its colon or
# right before the time's first word (never after "trong": "trong thời gian nghỉ hè năm
# 2026" is a condition, not a label)
_LABEL_ACTIVITY = lazy(
    r"^(?:[-+•·]\s*)*thời\s+gian\s+(?:thực\s+hiện|triển\s+khai|tổ\s+chức|quan\s+trắc|kiểm\s+tra"
    r"|lấy\s+mẫu|thi\s+đua|tập\s+huấn|điều\s+tra|khảo\s+sát|ra\s+quân|tuyên\s+truyền|giám\s+sát"
    r"|đánh\s+giá|hoàn\s+thành|hoàn\s+tất)"
    r"(?:\s*:\s*|\s+(?=(?:từ|trước|trong|đến|chậm\s+nhất|vào|tháng|quý|năm|ngày|giai\s+đoạn"
    r"|hằng|hàng|định\s+kỳ)\b))"
    # "- Thời gian tổ chức hội nghị: tháng 6/2026": any few words of what is done, then a colon;
    # so "Thời hạn nộp hồ sơ: …", "Thời điểm báo cáo: …", "Thời điểm: …"
    r"|^(?:[-+•·]\s*)*thời\s+(?:gian|hạn|điểm)\s+[^\W\d][^\d:;,.()]{1,40}?\s*:\s*"
    r"|^(?:[-+•·]\s*)*thời\s+điểm\s*:\s*",
    re.IGNORECASE,
)
_BULLET = lazy(r"^(?:[-+•·]\s+|[-+•·](?=\S))+")
_TRAIL = lazy(r"(?:\s*(?:\./\.|[.;,:/]))+$")
_QUY = lazy(r"\bq(?:uí|úy|úi|ùy)(?=\W|$)")
_HANG = lazy(r"\bhàng(?=\s+(?:năm|quý|tháng|tuần|ngày)\b)")
# table abbreviations: "Q.II/2026", "QII/2026", "Q2-2026"; "T6/2026", "T.6/2026", "T6 - T8/2026"
_ABBR_Q = lazy(
    r"(?<!\w)[Qq]\.?\s?(?=(?:[IVX]{1,4}|[1-4])(?:\s*[/-]\s*[0-9]{4}\b|\s+năm\b|\s*$|\s*[,;)]"
    r"|\s+(?:và|đến)\b|\s*-\s*[Qq]))"
)
_ABBR_T = lazy(
    r"(?<!\w)T\.?\s?(?=(?:0?[1-9]|1[0-2])(?:\s*[/-]\s*[0-9]{4}\b|\s+năm\b|\s*-\s*T\.?\s?[0-9]"
    # "Từ T3 đến T6/2026": a month ranged to another written so
    r"|\s+đến\s+T\.?\s?[0-9]))"
)


def clean(text: str) -> str:
    """The words as a reader sees them: NFC, no ``*`` emphasis, spaces folded, no label or period."""
    s = planflow.nfc(text).replace("*", " ").replace("`", " ")
    s = " ".join(s.translate(_DASHES).split())
    s = _ABBR_T.sub("Tháng ", _ABBR_Q.sub("Quý ", s))
    for _ in range(2):
        s = s.strip("| ")  # a table cell as scraped: "|\nQuý III Năm 2026\n|"
        s = _LABEL.sub("", s)
        s = _LABEL_ACTIVITY.sub("", s)
        s = _BULLET.sub("", s)
        s = _TRAIL.sub("", s).strip()
    if s.startswith("(") and s.endswith(")") and s.count("(") == 1:
        s = s[1:-1].strip()
    return s


def _fold(s: str) -> str:
    """Lower case with the spelling variants made one (same length as ``s``)."""
    low = s.lower()
    if len(low) != len(s):  # a rare character whose lower case is longer
        low = "".join(c.lower() if len(c.lower()) == 1 else c for c in s)
    low = _QUY.sub("quý", low)
    return _HANG.sub("hằng", low)


# -- units: a quarter, a month, a day, a year... --------------------------------
_Y = r"(?P<y>[0-9]{4})"
_YSEP = r"(?:\s*[/.,-]\s*(?:năm\s*)?|\s*năm\s*|\s+)"
_U_QUARTER = lazy(rf"quý\s*(?P<q>[ivxlcdm]+|[0-9]{{1,2}})(?:{_YSEP}{_Y})?")
_U_MONTH = lazy(rf"tháng\s*(?P<m>[0-9]{{1,2}})(?:{_YSEP}{_Y})?")
_U_MONTH_NUM = lazy(rf"(?P<m>[0-9]{{1,2}})\s*/\s*{_Y}")
_U_DATE = lazy(
    r"(?:ngày\s*)?(?P<d>[0-9]{1,2})\s*(?P<s>[/.-])\s*(?P<m>[0-9]{1,2})"
    r"(?:\s*(?P=s)\s*(?P<y>[0-9]{4}))?"
)
_U_DATE_WORDS = lazy(
    r"(?:ngày\s*)?(?P<d>[0-9]{1,2})\s*tháng\s*(?P<m>[0-9]{1,2})"
    r"(?:\s*(?:,\s*)?(?:năm|/|,)\s*(?P<y>[0-9]{4}))?"
)
_U_DAY = lazy(r"ngày\s*(?P<d>[0-9]{1,2})")
_U_PART = lazy(
    r"(?:(?P<n>[0-9]{1,2}|một|hai|ba|bốn|sáu|bảy|tám|chín|mười)\s*tháng|(?P<half>nửa))"
    rf"\s*(?P<pos>đầu|cuối)(?:\s*năm)?(?:\s*{_Y})?"
)
#: months counted in words ("Sáu tháng đầu năm 2026")
_MONTH_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
                "mười": 10}
# "Năm 2026", "2026", "Cả năm 2026", "Suốt năm 2026", "Toàn bộ năm 2026": the year
_U_YEAR = lazy(rf"(?:(?:cả|suốt|toàn(?:\s+bộ)?)\s+)?(?:năm\s*)?{_Y}")
_U_WHOLE = lazy(
    r"(?:(?:cả|trong|suốt|toàn)\s*)?(?:năm|giai\s+đoạn|kỳ\s+kế\s+hoạch|thời\s+gian"
    r"\s+thực\s+hiện\s+kế\s+hoạch)"
)
# "Đầu năm 2026", "Cuối Quý II/2026", "giữa tháng 6", "hạ tuần tháng 6/2026": part of a unit
_U_APPROX = lazy(
    r"(?P<pos>đầu|giữa|cuối|thượng\s+tuần|trung\s+tuần|hạ\s+tuần)\s*(?:của\s+)?(?P<rest>(?:năm|quý|tháng).*)"
)
_APPROX_POS = {"thượng tuần": "đầu", "trung tuần": "giữa", "hạ tuần": "cuối"}
# "Tuần đầu tháng 9/2026", "tuần thứ hai của tháng 10", "tuần cuối tháng 12/2026"
_U_WEEK = lazy(
    r"tuần\s*(?:lễ\s+)?(?P<w>đầu(?:\s+tiên)?|thứ\s*(?:nhất|hai|ba|tư|[1-4])|cuối(?:\s+cùng)?)\s*"
    r"(?:của\s+)?(?P<rest>tháng.*)"
)
_WEEK_NO = {"đầu": 1, "nhất": 1, "1": 1, "hai": 2, "2": 2, "ba": 3, "3": 3, "tư": 4, "4": 4}
# "Tết Nguyên đán 2027", "Tết Nguyên đán Bính Ngọ 2026", "Tết Âm lịch năm 2027", "Tết Bính
# Ngọ", "Tết Dương lịch 2027"
_CAN = ("giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý")
_CHI = ("tý", "sửu", "dần", "mão", "thìn", "tỵ", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi")
_U_TET = lazy(
    r"tết\s*(?P<kind>nguyên\s+đán|âm\s+lịch|cổ\s+truyền|dương\s+lịch)?\s*"
    r"(?:(?P<can>" + "|".join(_CAN) + r")\s+(?P<chi>" + "|".join((*_CHI, "mẹo", "tị")) + r"))?"
    r"(?:\s*(?:năm\s*)?(?P<y>[0-9]{4}))?"
)
# "Hè 2026", "dịp hè năm 2026": the school summer, June to August
_U_SUMMER = lazy(r"(?:dịp\s+|mùa\s+|kỳ\s+nghỉ\s+)?hè(?:\s+năm)?\s*(?P<y>[0-9]{4})")
# "Năm học 2025-2026": 01/9 of the first year to 31/5 of the second
_U_SCHOOL = lazy(r"năm\s+học\s*(?P<a>[0-9]{4})\s*[-/]\s*(?P<b>[0-9]{4})")
# "Học kỳ I năm học 2026-2027", "học kỳ 2 của năm học 2026 - 2027": a half of the school year
_U_SEMESTER = lazy(r"học\s+kỳ\s*(?P<k>ii|i|1|2|một|hai)\s*(?:,\s*)?(?:của\s+)?"
                   r"năm\s+học\s*(?P<a>[0-9]{4})\s*[-/]\s*(?P<b>[0-9]{4})")
#: the day the first semester ends, by the frame the Bộ Giáo dục và Đào tạo sets each year
#: (it ends "trước ngày 18/01"): the second runs from the day after to the year's end
_SEMESTER_I_END = (1, 15)
_PERIOD_WORDS = lazy(r"^(?:giai\s+đoạn|thời\s+kỳ|các\s+năm|trong\s+các\s+năm)\s+")


@attrs.frozen
class _Unit:
    start: dt.date
    end: dt.date
    #: the words gave the year (not inherited from the other end or the period)
    year_given: bool
    #: the words name one day ("ngày 17 tháng 12")
    day: bool = False
    #: what the reading decided ("'cuối năm' read as Quý IV"), said in the warnings
    note: str | None = None


class _NoYear(Exception):
    """A unit without a year where no year can be inherited."""


class _Vague(Exception):
    """Words that name a time too loosely to read without guessing (the reason)."""


class _Reader:
    """One reading: the original text (for messages), the context and the rule."""

    def __init__(self, text: str, context: planflow.TimeframeContext, rule: str | None):
        self.text = text
        self.ctx = context
        cal = context.calendar
        self.cal: Any = (
            cal if cal is not None and hasattr(cal, "is_working_day") else default_calendar()
        )
        if rule is None:
            try:
                rule = rule_from_settings(getattr(context, "settings", None))
            except planflow.PlanflowError:
                rule = None  # an unknown rule in the plan's settings: validate_plan reports it
        self.rule = rule or get_before_rule()  # the office default (environment), else literal
        ps, pe = context.period_start, context.period_end
        self.year: int | None = ps.year if ps.year == pe.year else None

    # -- errors and dates -----------------------------------------------------
    def error(self, what: str) -> planflow.TimeframeError:
        return planflow.TimeframeError(self.text, what)

    def check_year(self, y: int) -> int:
        if not MIN_YEAR <= y <= MAX_YEAR:
            raise self.error(_W("year {y} is out of range ({low}-{high})", "tf_year_range",
                                  y=y, low=MIN_YEAR, high=MAX_YEAR))
        return y

    def month(self, m: int) -> int:
        if not 1 <= m <= 12:
            raise self.error(_W("there is no month {m} (tháng 1 to tháng 12)", "tf_no_month", m=m))
        return m

    def date(self, y: int, m: int, d: int) -> dt.date:
        self.check_year(y)
        self.month(m)
        last = planflow.days_in_month(y, m)
        if not 1 <= d <= last:
            raise self.error(_W("{day} does not exist: tháng {m} năm {y} has {last} days",
                                "tf_no_day", day=f"{d:02d}/{m:02d}/{y}", m=m, y=y, last=last))
        return dt.date(y, m, d)

    def pick_year(self, y: str | None, default: int | None) -> tuple[int, bool]:
        if y is not None:
            return self.check_year(int(y)), True
        if default is None:
            raise _NoYear
        return default, False

    # -- one unit --------------------------------------------------------------
    def unit(self, s: str, year: int | None, month: int | None = None) -> _Unit | None:
        """The unit ``s`` names (None when it is not one); ``year``/``month`` fill gaps."""
        s = s.strip()
        if (m := _U_QUARTER.fullmatch(s)) is not None:
            raw = m["q"]
            q = int(raw) if raw.isdigit() else from_roman(raw)
            if q is None or not 1 <= q <= 4:
                raise self.error(_W("there is no quarter {q}: a year has quarters I to IV",
                                     "tf_no_quarter", q=raw.upper()))
            if m["y"] is None and year is None:
                return self.only_one(s, lambda y: planflow.quarter_span(y, q))
            y, given = self.pick_year(m["y"], year)
            qs = planflow.quarter_span(self.check_year(y), q)
            return _Unit(qs.start, qs.end, given)
        if (m := _U_MONTH.fullmatch(s) or _U_MONTH_NUM.fullmatch(s)) is not None:
            mo = self.month(int(m["m"]))
            if m["y"] is None and year is None:
                return self.only_one(s, lambda y: planflow.month_span(y, mo))
            y, given = self.pick_year(m["y"], year)
            ms = planflow.month_span(self.check_year(y), mo)
            return _Unit(ms.start, ms.end, given)
        if (m := _U_DATE.fullmatch(s) or _U_DATE_WORDS.fullmatch(s)) is not None:
            d, mo = int(m["d"]), self.month(int(m["m"]))
            y, given = self.pick_year(m["y"], year)
            day = self.date(y, mo, d)
            return _Unit(day, day, given, day=True)
        if month is not None and (m := _U_DAY.fullmatch(s)) is not None:
            if year is None:
                raise _NoYear
            day = self.date(year, month, int(m["d"]))
            return _Unit(day, day, False, day=True)
        if (m := _U_PART.fullmatch(s)) is not None:
            n = 6 if m["half"] else int(m["n"]) if m["n"].isdigit() else _MONTH_WORDS[m["n"]]
            if not 1 <= n <= 12:
                raise self.error(_W("a year has 12 months, not {n}", "tf_twelve_months", n=n))
            y, given = self.pick_year(m["y"], year)
            year_ = planflow.year_span(self.check_year(y))
            if m["pos"] == "đầu":
                return _Unit(year_.start, planflow.add_months(year_.start, n) - _ONE, given)
            return _Unit(planflow.add_months(year_.start, 12 - n), year_.end, given)
        if (m := _U_SCHOOL.fullmatch(s)) is not None:
            a, b = self.check_year(int(m["a"])), self.check_year(int(m["b"]))
            if b != a + 1:
                raise self.error(_W("a school year runs over two following years, not {a}-{b}",
                                     "tf_school_years", a=a, b=b))
            sy = planflow.school_year_span(a)
            return _Unit(sy.start, sy.end, True,
                         note=_W("school year {a}-{b} read as {start}-{end}", "tf_school_year", a=a, b=b,
                                 start=f"{sy.start:%d/%m/%Y}", end=f"{sy.end:%d/%m/%Y}"))
        if (m := _U_SEMESTER.fullmatch(s)) is not None:
            return self.semester(m)
        if (m := _U_SUMMER.fullmatch(s)) is not None:
            summer = self.check_year(int(m["y"]))
            first, last = dt.date(summer, 6, 1), dt.date(summer, 8, 31)
            return _Unit(first, last, True, note=_W(
                "'{words}' read as {a}-{b} (the school summer): give the days if they differ",
                "tf_summer", words=s, a=format_date_short(first), b=format_date_short(last)))
        if (m := _U_APPROX.fullmatch(s)) is not None:
            return self.approx(m, year)
        if (m := _U_WEEK.fullmatch(s)) is not None:
            return self.week(m, year)
        if (m := _U_TET.fullmatch(s)) is not None and (m["kind"] or m["can"]):
            return self.tet(m, year)
        if (m := _U_YEAR.fullmatch(s)) is not None:
            y = self.check_year(int(m["y"]))
            return _Unit(*planflow.year_span(y).astuple(), True)
        if _U_WHOLE.fullmatch(s):
            return _Unit(self.ctx.period_start, self.ctx.period_end, True)
        return None

    def semester(self, m: re.Match[str]) -> _Unit:
        """A semester of a school year: the first from the school year's start to 15/01,
        the second from 16/01 to its end (said in a note: the year's frame sets the days)."""
        a, b = self.check_year(int(m["a"])), self.check_year(int(m["b"]))
        if b != a + 1:
            raise self.error(_W("a school year runs over two following years, not {a}-{b}",
                                 "tf_school_years", a=a, b=b))
        sy = planflow.school_year_span(a)
        split = dt.date(b, *_SEMESTER_I_END)
        first = m["k"] in ("i", "1", "một")
        start, end = (sy.start, split) if first else (split + _ONE, sy.end)
        return _Unit(start, end, True, note=_W(
            "học kỳ {k} năm học {a}-{b} read as {start}-{end} (the first semester ending in "
            "mid-January, as the school year's frame usually sets it): give the days if they "
            "differ", "tf_semester", k="I" if first else "II", a=a, b=b,
            start=format_date_short(start), end=format_date_short(end)))

    def only_one(self, words: str, span: Callable[[int], Any]) -> _Unit:
        """A month or quarter named without a year in a plan of several years: the one such
        unit the plan period holds (said in a note); else no year can be inherited."""
        ps, pe = self.ctx.period_start, self.ctx.period_end
        inside = [u for y in range(ps.year, pe.year + 1)
                  if ps <= (u := span(y)).start and u.end <= pe]
        if len(inside) != 1:
            raise _NoYear
        u = inside[0]
        return _Unit(u.start, u.end, False, note=_W(
            "'{words}' names no year: the only one in the plan period ({start}..{end}), "
            "{y}", "tf_only_in_period", words=words, start=ps, end=pe, y=u.start.year))

    def week(self, m: re.Match[str], year: int | None) -> _Unit | None:
        """A week of a month: the first is days 1-7, the second 8-14, the third 15-21,
        the fourth 22-28, the last the month's last seven days (said in a note)."""
        u = self.unit(m["rest"].strip(), year)
        if u is None or u.day or planflow.month_count(u.start, u.end) != 1:
            return None
        w = " ".join(m["w"].split())
        y, mo = u.start.year, u.start.month
        if w.startswith("cuối"):
            last = planflow.days_in_month(y, mo)
            a, b = dt.date(y, mo, last - 6), dt.date(y, mo, last)
        else:
            n = _WEEK_NO[w.split()[-1] if w.startswith("thứ") else "đầu"]
            a, b = dt.date(y, mo, 7 * n - 6), dt.date(y, mo, 7 * n)
        return _Unit(a, b, u.year_given, note=_W("'{words}' read as {a}-{b}", "tf_week",
                                                 words=f"tuần {w} {m['rest'].strip()}",
                                                 a=format_date_short(a), b=format_date_short(b)))

    def tet(self, m: re.Match[str], year: int | None) -> _Unit | None:
        """Tết: the Lunar New Year's public holidays of the year named (Giao thừa to the
        last day off), or 1 January for Tết Dương lịch; the year from the words, else from
        the "can chi" name within the plan's period, else the plan's year (said in a note)."""
        kind = " ".join((m["kind"] or "").split())
        given = m["y"] is not None
        if given:
            y = self.check_year(int(m["y"]))
        elif m["can"]:
            chi = {"mẹo": "mão", "tị": "tỵ"}.get(m["chi"], m["chi"])
            fits = [x for x in range(self.ctx.period_start.year - 1, self.ctx.period_end.year + 2)
                    if _CAN[(x - 4) % 10] == m["can"] and _CHI[(x - 4) % 12] == chi]
            if not fits:
                raise self.error(_W("no year {name} near the plan period", "tf_no_canchi_year",
                                    name=f"{m['can'].title()} {m['chi'].title()}"))
            y, given = fits[0], True
        else:
            y, given = self.pick_year(None, year)
        if m["can"] and (_CAN[(y - 4) % 10], _CHI[(y - 4) % 12]) != (
                m["can"], {"mẹo": "mão", "tị": "tỵ"}.get(m["chi"], m["chi"])):
            raise self.error(_W("{y} is the year {is_}, not {said}", "tf_canchi_mismatch", y=y,
                                is_=f"{_CAN[(y - 4) % 10].title()} {_CHI[(y - 4) % 12].title()}",
                                said=f"{m['can'].title()} {m['chi'].title()}"))
        if kind == "dương lịch":
            day = dt.date(y, 1, 1)
            return _Unit(day, day, given, day=True)
        days = _tet_days(y)
        if not days:
            raise self.error(_W("the dates of Tết {y} are not known", "tf_no_tet", y=y))
        a, b = days[0], days[-1]
        return _Unit(a, b, given, note=_W("Tết Nguyên đán {y} read as its public holidays {a}-{b}",
                                          "tf_tet", y=y, a=format_date_short(a),
                                          b=format_date_short(b)))

    def approx(self, m: re.Match[str], year: int | None) -> _Unit | None:
        """"Đầu/giữa/cuối" of a year, quarter or month, by a fixed convention (said in a note).

        A year: đầu = Quý I, cuối = Quý IV, giữa has no convention (unresolved). A quarter:
        its first, middle or last month. A month: its thượng/trung/hạ tuần (days 1-10,
        11-20, 21 to the end).
        """
        pos = " ".join(m["pos"].split())
        pos = _APPROX_POS.get(pos, pos)
        rest = m["rest"].strip()
        u: _Unit | None
        if rest == "năm":
            y, given = self.pick_year(None, year)
            u = _Unit(*planflow.year_span(y).astuple(), given)
        else:
            u = self.unit(rest, year)
            if u is None or u.day or u.note is not None:
                return None
        months = planflow.month_count(u.start, u.end)
        y, mo = u.start.year, u.start.month
        words = f"{m['pos']} {rest}"
        if months == 12 and u.start.month == 1:
            if pos == "giữa":
                raise _Vague(_W("'{words}' has no fixed span: name the month or quarter",
                                    "tf_no_fixed_span", words=words))
            q = 1 if pos == "đầu" else 4
            a, b = planflow.quarter_span(y, q).astuple()
            return _Unit(a, b, u.year_given, note=_W("'{words}' read as Quý {q} năm {y}",
                                                            "tf_read_quarter", words=words,
                                                            q="I" if q == 1 else "IV", y=y))
        if months == 3 and u.start.month % 3 == 1:
            mo += {"đầu": 0, "giữa": 1, "cuối": 2}[pos]
            a, b = planflow.month_span(y, mo).astuple()
            return _Unit(a, b, u.year_given, note=_W("'{words}' read as tháng {mo}/{y}",
                                                            "tf_read_month", words=words, mo=mo,
                                                            y=y))
        if months == 1:
            first, last = {"đầu": (1, 10), "giữa": (11, 20),
                           "cuối": (21, planflow.days_in_month(y, mo))}[pos]
            a, b = dt.date(y, mo, first), dt.date(y, mo, last)
            return _Unit(a, b, u.year_given, note=_W("'{words}' read as {start}-{end} (thượng/trung/hạ tuần)",
                                                            "tf_read_tuan", words=words,
                                                            start=format_date_short(a),
                                                            end=format_date_short(b)))
        return None

    def span(self, s: str, year: int | None) -> _Unit | None:
        """A unit, or a range of two units ("từ X đến Y", "X - Y"), or None."""
        s = _PERIOD_WORDS.sub("", s.strip())
        if s.startswith("từ "):
            s = s[3:].strip()
        u = self.unit(s, year)
        if u is not None:
            return u
        for sep in _RANGE_SEPS:
            for m in sep.finditer(s):
                left, right = s[: m.start()].strip(), s[m.end() :].strip()
                if not left or not right:
                    continue
                r = self.unit(right, year)
                if r is None and (carried := _carry(left, right)) != right:
                    r = self.unit(carried, year)
                if r is None:
                    continue
                ry = r.end.year
                lu = self.unit(left, ry, r.end.month)
                if lu is None and _BARE_MONTH.fullmatch(left) and _U_MONTH_NUM.fullmatch(right):
                    # "10-11/2019", "3-12/2020" (a schedule's time column): months, the year
                    # once at the end; "10-11/2019" could also be a day and a month written
                    # with a dash, so the reading is said
                    lu = self.unit(f"tháng {left}", ry)
                    if lu is not None:
                        lu = attrs.evolve(lu, note=_W(
                            "'{words}' read as the months {a} to {b}/{y}, not a day of a month",
                            "tf_bare_months", words=f"{left}-{right}", a=int(left),
                            b=r.end.month, y=ry))
                if lu is None and r.day and re.fullmatch(r"[0-9]{1,2}", left):
                    # "10-20/3/2026" (a schedule's cell): the days 10 to 20 of that month
                    lu = self.unit(f"ngày {left}", ry, r.end.month)
                if lu is None:
                    continue
                if lu.start > r.end and not lu.year_given:
                    lu = self.unit(left, ry - 1, r.end.month) or lu
                if lu.start > r.end:
                    raise self.error(_W("starts {start} after it ends {end}", "tf_reversed",
                                        start=format_date_short(lu.start),
                                        end=format_date_short(r.end)))
                notes = [n for n in (lu.note, r.note) if n]
                return _Unit(lu.start, r.end, lu.year_given or r.year_given,
                             note=planflow.Worded.joined("; ", notes) if notes else None)
        return None

    # -- helpers ----------------------------------------------------------------
    def named_deadline(self, u: _Unit, warnings: list[str]) -> dt.date:
        """The due day of "chậm nhất / đến ngày D": D, or the next working day (Điều 148.5)."""
        if not u.day:
            return u.end
        due = planflow.roll_forward(self.cal, u.end)
        if due != u.end:
            warnings.append(_W("{day} is a day off: the deadline moves to {due} (BLDS 2015 "
                               "Điều 148 khoản 5)", "tf_day_off", day=format_date_short(u.end),
                               due=format_date_short(due)))
        return due

    def before(self, day: dt.date, warnings: list[str]) -> dt.date:
        """The due day of "trước ngày ``day``" under the rule in force, with a note if moved."""
        due = before_deadline(day, self.cal, self.rule)
        if due != day - _ONE:
            warnings.append(
                _W("trước ngày {day}: due {due} by the {rule!r} rule (the day before is a day "
                   "off)", "tf_before_moved", day=format_date_short(day),
                   due=format_date_short(due), rule=self.rule)
                if self.rule != "inclusive"
                else _W("trước ngày {day}: due {due} by the 'inclusive' rule", "tf_before_inclusive",
                        day=format_date_short(day), due=format_date_short(due))
            )
        return due

    def period_note(self, start: dt.date | None, end: dt.date, warnings: list[str]) -> None:
        ps, pe = self.ctx.period_start, self.ctx.period_end
        if end < ps or (start is not None and start > pe):
            warnings.append(_W("lies outside the plan period ({start}..{end})", "tf_outside",
                               start=ps, end=pe))


_BARE = lazy(r"^(?:[0-9]{1,2}|[ivx]{1,4})\b")
# a bare month number before "M/YYYY" ("10-11/2019")
_BARE_MONTH = lazy(r"0?[1-9]|1[0-2]")
_UNIT_WORD = lazy(r"^(tháng|quý)\s*(?:[0-9]{1,2}|[ivx]{1,4})\b")


def _carry(prev: str, part: str) -> str:
    """``part`` with the unit word of ``prev`` when it is a bare number ("Tháng 3, 6" → "tháng 6")."""
    if _BARE.match(part) and (m := _UNIT_WORD.match(prev)) is not None:
        return f"{m[1]} {part}"
    return part


_RANGE_SEPS = (
    lazy(r"\s+đến(?:\s+hết)?\s+"),
    lazy(r"\s*-\s*"),
)

# -- the phrase patterns ------------------------------------------------------------
_EVENT = lazy(
    r"^(?:ngay\s+)?(?:sau\s+khi|sau\s+ngày\s+(?![0-9])|khi|kể\s+từ\s+khi|(?:cho\s+)?đến\s+khi|theo|tùy\s+theo|tuỳ\s+theo"
    r"|căn\s+cứ|trong\s+thời\s+gian|trong\s+quá\s+trình|đột\s+xuất|ngay\s+khi|trường\s+hợp)\b"
)
# "kể từ ngày lấy mẫu", "kể từ ngày kết thúc đợt": counted from an event ("kể từ ngày
# 01/7/2026" names a day: not an event); "trước ngày hết hiệu lực của giấy phép ít nhất 60
# ngày làm việc": counted back from one (round harvest k)
_EVENT_INSIDE = lazy(
    r"\b(?:sau\s+khi|kể\s+từ\s+(?:khi|ngày\s+(?![0-9])[^\W\d])|khi\s+có"
    r"|trước\s+(?:ngày\s+|khi\s+)?(?:hết\s+(?:hạn|hiệu\s+lực)|đáo\s+hạn)\b)"
)
# the event counted back from: "trước ngày hết hiệu lực …", "trước khi hết hạn …"
_BEFORE_EVENT = lazy(r"\btrước\s+(?:ngày\s+|khi\s+)?(?:hết\s+(?:hạn|hiệu\s+lực)|đáo\s+hạn)\b")
# a session of a body, its date not stated ("Kỳ họp thứ nhất Quốc hội khóa XVI", "trình tại
# phiên họp Chính phủ"): it waits for the session; a year named is read as the year
_SESSION = lazy(r"^(?:trình\s+)?(?:tại\s+)?(?:kỳ|phiên)\s+họp\b(?!.*\b(?:19|20)\d\d\b)")
# before a meeting or an occasion whose day is not stated ("Trước Đại hội Đảng bộ xã",
# "Trước kỳ họp thứ 5 HĐND tỉnh", "Trước Hội nghị tổng kết"): it waits for that day
_BEFORE_MEETING = lazy(r"^(?:hoàn\s+thành\s+)?trước\s+(?:khi\s+(?:tổ\s+chức\s+)?)?(?:(?:kỳ|phiên|cuộc)\s+họp"
                       r"|đại\s+hội|hội\s+nghị|lễ|hội\s+thi|cuộc\s+thi|kỳ\s+thi|ngày\s+hội|hội\s+diễn)\b"
                       r"(?!.*(?:\b(?:19|20)\d\d\b|\d{1,2}\s*/\s*\d{1,2}|\())")
# "… và các năm tiếp theo", "… và những năm sau đó", "… và các giai đoạn tiếp theo",
# "Từ năm 2013 đến năm 2020 và tiếp theo"
# ("Năm 2026, những năm tiếp theo thực hiện thường xuyên": the same, said ongoing)
_OPEN = lazy(r"\s*[,;]?\s*(?:và|,)\s*(?:(?:các|những)\s+(?:năm(?:\s+học)?|giai\s+đoạn)\s+"
             r"(?:tiếp\s+theo|sau(?:\s+đó)?)|tiếp\s+theo)"
             r"(?:\s*,?\s+(?:thực\s+hiện\s+)?(?:thường\s+xuyên|liên\s+tục))?$")
# ("Nhiệm vụ thường xuyên", "Hoạt động thường xuyên": a standing task, the same)
_CONTINUOUS = lazy(
    r"^(?:thực\s+hiện\s+|(?:nhiệm\s+vụ|hoạt\s+động|công\s+việc)\s+)?(?:thường\s+xuyên|liên\s+tục)"
    r"(?:\s*(?:,|và)?\s*(?:liên\s+tục|thường\s+xuyên))?(?P<rest>.*)$"
)
_RECUR = lazy(r"(?:\bđịnh\s+kỳ\s+)?\b(?:hằng|mỗi)\s+(?P<u>năm|quý|tháng|tuần|ngày)\b")
# ("thực hiện (cơ bản) hoàn thành trong năm 2025": done by then, "cơ bản" or not); "ban
# hành", "trình" (issued, submitted) are done by then like "hoàn thành", "thí điểm" (a
# pilot), "xây dựng" (building) run through the time like "thực hiện"
# ("để ban hành trước ngày 26/5/2026": the purpose's verb, read as the verb)
_VERB = lazy(
    r"^(?:để\s+(?=\S+\s+\S))?(?:thực\s+hiện\s+(?=(?:cơ\s+bản\s+)?hoàn\s+thành))?(?:cơ\s+bản\s+(?=hoàn\s+thành))?"
    r"(?P<v>hoàn\s+thành|xong|ban\s+hành|trình|báo\s+cáo|gửi|nộp|thực\s+hiện|tổ\s+chức"
    r"|triển\s+khai|thí\s+điểm|xây\s+dựng)"
    r"(?:\s*,\s*|\s+|$)"
)
_FINISH = ("hoàn thành", "xong", "ban hành", "trình", "báo cáo", "gửi", "nộp")
# "trong từ năm 2027", "vào từ tháng 3/2026": a stray "trong"/"vào" before a start
_STRAY_OP = lazy(r"^(?P<op>trong|vào)\s+(?=từ\s)")
_OP = lazy(
    # ("Từ ngày ký đến hết năm 2026": from the issue day, as "từ nay")
    r"^(?P<op>từ\s+(?:nay|ngày\s+ký(?:\s+ban\s+hành)?)\s+đến\s+hết|từ\s+(?:nay|ngày\s+ký(?:\s+ban\s+hành)?)\s+đến"
    r"|đến\s+hết|đến|hết|trước"
    # "chậm nhất (là) trong Quý II/2026", "muộn nhất vào tháng 6/2026": by the end of it;
    # "chậm nhất đến (hết) ngày 01/7/2028", "hạn cuối là ngày …": by that day; "chậm nhất
    # trước ngày 30/6": before it, as "trước ngày 30/6"
    r"|(?:(?:chậm|muộn)\s+nhất|hạn\s+chót|hạn\s+cuối)(?:\s+là)?"
    r"(?:\s+(?:trong|vào|đến\s+hết|đến|trước))?"
    r"|không\s+muộn\s+hơn"
    r"|(?:vào\s+|trong\s+|nhân\s+)?dịp|trong|vào)\s+(?P<rest>.+)$"
)
# "kỳ chi trả tháng 12 năm 2025", "đợt cấp phát tháng 3/2026": a round named by the month
# it is held in (one to three words between, no digit)
_ROUND_OF_MONTH = lazy(r"^(?P<round>(?:kỳ|đợt)(?:\s+[^\W\d_]+){1,3}?)\s+(?=tháng\s*[0-9])")
_DURATION = lazy(
    r"^(?:trong\s+(?:vòng\s+)?)?(?P<n>[0-9]{1,3})\s*(?P<u>tháng|năm|ngày\s+làm\s+việc|ngày)"
    r"\s*\((?P<inner>[^()]+)\)$"
)
# "Mỗi năm 02 lần", "hằng quý 01 lần": the same as "02 lần/năm"
_TIMES_EACH = lazy(
    r"^(?:mỗi|hằng)\s+(?P<u>năm|quý|tháng|tuần)\s+(?P<min>(?:ít\s+nhất|tối\s+thiểu)\s+)?"
    r"(?P<n>[0-9]{1,2})\s*(?P<what>lần|đợt|cuộc|buổi|lượt|kỳ)$"
)
_TIMES = lazy(
    r"^(?P<n>[0-9]{1,2})\s*(?P<what>lần|đợt|hội\s+nghị|cuộc|buổi|lượt|kỳ)\s*/\s*"
    r"(?P<u>năm|quý|tháng|tuần|ngày)$"
)
# "02 lần/tháng, từ tháng 02 đến tháng 11 hằng năm" (and the other way round): a number of
# times within another time, a monitoring plan's season
_TIMES_WITHIN = lazy(
    r"^(?:(?P<f1>[0-9]{1,2}\s*(?:lần|đợt|lượt|kỳ)\s*/\s*(?:năm|quý|tháng|tuần|ngày))\s*[,;:]?\s+"
    r"(?:trong\s+)?(?P<r1>\S.*)"
    r"|(?P<r2>\S.*?)\s*[,;:(]\s*(?P<f2>[0-9]{1,2}\s*(?:lần|đợt|lượt|kỳ)\s*/\s*"
    r"(?:năm|quý|tháng|tuần|ngày))\s*\)?)$"
)
# "ít nhất 02 lần/năm", "tối thiểu mỗi quý một lần": a minimum, said in a warning (also
# after "định kỳ": "định kỳ ít nhất 02 lần/năm")
_AT_LEAST = lazy(r"^(?:định\s+kỳ\s+)?(?:ít\s+nhất|tối\s+thiểu)\s+")
_ONCE = lazy(r"^(?:một|0?1)\s+lần$")
# words that are not a time: "24/24", "trực 24/7" (round the clock), "theo quy định" alone
# ("ngày 24/7" is a day in July: "24/7" counts only on its own or with "trực")
_ROUND_CLOCK = lazy(
    r"(?<![0-9/])24\s*/\s*24(?![0-9/])|^24\s*/\s*7$|\btrực\b.*(?<![0-9/])24\s*/\s*7(?![0-9/])"
)
_AS_RULED = lazy(
    r"^(?:thực\s+hiện\s+)?theo\s+(?:đúng\s+)?quy\s+định(?:\s+(?:hiện\s+hành|của\s+pháp\s+luật"
    r"|của\s+cấp\s+trên))?$"
)
_LIST_SEP = lazy(r"\s*(?:,|\bvà\b)\s*")
_LIST_SEP_SEMI = lazy(r"\s*(?:[,;]|\bvà\b)\s*")
_TIMEISH = lazy(
    r"[0-9]|\b(?:năm|tháng|quý|ngày|tuần|giờ|hằng|thường\s+xuyên|liên\s+tục"
    r"|giai\s+đoạn|khi|trước|sau|đến)\b"
)
_MONTHLY_DAY = lazy(
    r"^(?:(?P<op>trước|chậm\s+nhất(?:\s+là)?|vào|đến)\s+)?ngày\s*(?P<d>[0-9]{1,2})$"
    # "Trước 25 hàng tháng": the day with no "ngày", after its operator
    r"|^(?P<op2>trước|chậm\s+nhất(?:\s+là)?|vào|đến)\s+(?P<d2>[0-9]{1,2})$"
)
_TENTATIVE = lazy(r"\s*\(?\s*(?:dự\s+kiến|tạm\s+tính)\s*\)?$", re.IGNORECASE)
# "Dự kiến tháng 11/2025": the tentative word before the time (as "(dự kiến)" after it)
_TENTATIVE_LEAD = lazy(r"^\(?\s*dự\s+kiến\s*\)?\s*[:,]?\s*(?=\S)", re.IGNORECASE)
# "Duy trì thường xuyên …": the verb before ongoing work says nothing of the time
_KEEP_UP = lazy(r"^duy\s+trì\s+(?=(?:thường\s+xuyên|liên\s+tục)\b)", re.IGNORECASE)
# "ngày Tháng 11/2025": a form's "ngày … tháng" left without its day, before a month
_DAYLESS = lazy(r"^ngày\s+(?=tháng\s+\d)", re.IGNORECASE)
# "đến ngày bầu cử 15/3/2026": the day named by what happens on it, then its date
_NAMED_DAY = lazy(r"\bngày\s+(?P<name>(?:[^\W\d_]+\s+){1,4}?)(?=\d{1,2}\s*/\s*\d{1,2}\s*/\s*\d{4}\b)",
                  re.IGNORECASE)
# a time, then a new sentence ("Thường xuyên …. Đặc biệt, phân công cán bộ trực …")
_NEXT_SENTENCE = lazy(r"\.\s+(?=[A-ZĐÂĂÊÔƠƯÁÀẢÃẠÉÈẺẼẸÍÌỈĨỊÓÒỎÕỌÚÙỦŨỤÝỲỶỸỴ])")
_ALSO = lazy(r"^(?:hoặc|và)\s+(?P<also>.+)$")
_DINH_KY = lazy(r"^định\s+kỳ\s*,?\s*")
# "06 tháng/lần", "3 tháng một lần", and after "định kỳ" a bare "6 tháng", "01 năm"
# (the count also in words: "hai tháng một lần", "sáu tháng một lần", "ba tháng/lần")
_COUNT_WORDS = {"một": 1, "hai": 2, "ba": 3, "sáu": 6, "mười hai": 12}
_N = r"(?P<n>[0-9]{1,2}|một|hai|ba|sáu|mười\s+hai)"
_EVERY = lazy(
    rf"^{_N}\s*(?P<u>tháng|năm)\s*(?:/\s*(?:0?1\s*)?lần|(?:một|0?1)\s+lần)$"
)
_EVERY_BARE = lazy(rf"^{_N}\s*(?P<u>tháng|năm)$")
_EVERY_NAMES = {1: "monthly", 3: "quarterly", 6: "half_yearly", 12: "yearly"}


def _count(n: str) -> int:
    """A count written in digits or in words ("06", "sáu", "mười hai")."""
    return int(n) if n.isdigit() else _COUNT_WORDS[" ".join(n.split())]
_STARTING = lazy(r"^(?:(?:kể|bắt\s+đầu)\s+)?từ\s+(?P<u>.+?)(?:\s+trở\s+đi)?$")
# "Sau ngày 01/7/2026", "Từ sau tháng 6/2026": from the day after it, no end ("sau khi …"
# is an event)
_AFTER = lazy(r"^(?:(?:kể\s+)?từ\s+)?sau\s+(?P<u>(?:ngày|tháng|quý|năm)\b.+?)(?:\s+trở\s+đi)?$")
# "2026 trở đi", "năm 2027 trở đi", "Quý III/2026 trở đi": the same without "từ"
_ONWARD = lazy(r"^(?P<u>\S.*?)\s+trở\s+đi$")
# "trong suốt thời gian thực hiện", "xuyên suốt": continuous, never a window due at its end
_THROUGHOUT = lazy(r"^(?:thực\s+hiện\s+)?(?:trong\s+suốt|xuyên\s+suốt)\b\s*(?P<rest>.*)$")
_PLAN_LIFE = lazy(
    r"^(?:trong\s+)?(?:(?:thời\s+gian|quá\s+trình)\s+(?:thực\s+hiện|triển\s+khai|tổ\s+chức)"
    r"|(?:năm|giai\s+đoạn|thời\s+kỳ)\s+(?:thực\s+hiện|triển\s+khai))\b"
)
# "phấn đấu hoàn thành trong quý III", "phấn đấu đến cuối năm 2026": a target, the time read
_TARGET = lazy(r"^phấn\s+đấu\s+(?:(?:hoàn\s+thành|đạt|xong)\s+)?")
# "…, thường xuyên" closing a recurrence or an open start ("Hằng năm, thường xuyên", "Từ
# tháng 5/2026, thường xuyên"): said to go on regularly too
_AND_REGULARLY = lazy(r"\s*(?:,|;|và)\s*thường\s+xuyên\s*\.?\s*$")
# "… và bổ sung, sửa đổi hàng năm", "… và kiện toàn thường xuyên": upkeep after the work
_UPKEEP = r"(?:bổ\s+sung|sửa\s+đổi|kiện\s+toàn|cập\s+nhật|điều\s+chỉnh|duy\s+trì)"
_AND_UPKEEP = lazy(rf"\s*(?:,|;)?\s*và\s+(?:{_UPKEEP}(?:\s*(?:,|và)\s*{_UPKEEP})*\s+"
                   r"(?:thường\s+xuyên|hằng\s+(?:năm|quý|tháng))"
                   # "… và thường xuyên cập nhật": the same, the adverb first
                   rf"|(?:thường\s+xuyên|hằng\s+(?:năm|quý|tháng))\s+{_UPKEEP}(?:\s*(?:,|và)\s*{_UPKEEP})*)"
                   r"\s*\.?\s*$")
# "Tháng 12 hằng năm và đột xuất", "Hằng năm và đột xuất khi có yêu cầu": the time, and
# reports or work on request besides (a note, never an event that waits for the request)
_AND_AD_HOC = lazy(r"\s*(?:,|;|và|hoặc)\s*(?:khi\s+cần\s+thiết\s+)?(?:thực\s+hiện\s+)?"
                   r"đột\s+xuất\b.*$")
# "trước ngày 31/3 năm sau", "trước ngày 30 tháng 01 của năm tiếp theo": the year after the
# plan's (a plan of one year only)
_NEXT_YEAR = lazy(r"\s*(?:,\s*)?(?:của\s+)?(?<!các )(?<!những )năm\s+(?:sau|tiếp\s+theo|kế\s+tiếp)\s*$")
# "Hoàn thành trước 30/6/2026, báo cáo kết quả trước 15/7/2026": the task's time, then a
# clause about what follows it (its report, review, hand-over): a note
_THEN_CLAUSE = lazy(r"\s*[,;]\s*(?=(?:sau\s+đó\s+|và\s+)?(?:báo\s+cáo|tổng\s+kết|sơ\s+kết|đánh\s+giá"
                    r"|nghiệm\s+thu|bàn\s+giao|gửi|trình|tổng\s+hợp)\b)")
# "tại thời điểm 0 giờ ngày 01/4/2026": a moment, read as that day
_MOMENT = lazy(
    r"^(?:(?:vào|tại)\s+)?(?:thời\s+điểm\s+|lúc\s+)?(?P<h>[0-9]{1,2})\s*(?:giờ|h)"
    r"(?:\s*[0-9]{1,2}(?:\s*phút)?)?\s+(?P<rest>ngày\s*.+)$"
)
# "trong 48 giờ đầu": a phase counted from an event the words do not name
_HOURS = lazy(
    r"^(?:trong\s+(?:vòng\s+)?)?(?P<n>[0-9]{1,3})\s*giờ(?:\s+đầu(?:\s+tiên)?)?(?P<rest>.*)$"
)
# "từ tháng 5/2026 cho đến khi hoàn thành": from a time on, until something happens
_UNTIL = lazy(r"\s*,?\s*(?:cho\s+)?(?:đến|tới)\s+khi\s+(?P<what>.+)$")
# "từ ngày 15/3/2026 đến ngày bầu cử", "từ nay đến kết thúc cuộc bầu cử": from a time on,
# until an event the words name with no date (never "đến hết năm", "đến nay", "đến tháng …")
_UNTIL_EVENT = lazy(r"\s*,?\s*(?:cho\s+)?(?:đến|tới)\s+(?P<what>(?:(?:ngày|lúc|thời\s+điểm)\s+)?"
                    r"(?!(?:hết|cuối|đầu|giữa|nay|ngày|tháng|quý|quí|năm|tuần|khi)\b)[^\W\d][^\d]*)$")
# "trước ngày 15/6 và 15/12" inside a yearly rule: several days each year
_DAY_LIST = lazy(
    r"^(?P<op>trước|chậm\s+nhất(?:\s+là)?|vào|đến)\s+(?:ngày\s*)?(?P<list>[0-9][0-9/.\s,và]*[0-9])$"
)
# words before "từ …" that add nothing to the span: "Bắt đầu (triển khai) từ …", "Trong (khoảng) thời
# gian từ ngày 01/3 đến ngày 15/3/2026", "Trong khoảng từ tháng 3 …" (never "Trong thời
# gian diễn ra …", an event: "từ" must follow)
_BEGINS = lazy(r"^(?:bắt\s+đầu(?:\s+(?:triển\s+khai|thực\s+hiện|áp\s+dụng|vận\s+hành))?"
               r"|(?:trong|vào)\s+(?:khoảng\s+)?thời\s+gian|trong\s+khoảng)"
               r"\s+(?=từ\s)", re.IGNORECASE)
_BEGINS_INSIDE = lazy(r"(?<=[;:])\s*(?:bắt\s+đầu|(?:trong|vào)\s+(?:khoảng\s+)?thời\s+gian|trong\s+khoảng)"
                      r"\s+(?=từ\s)", re.IGNORECASE)
# an hour before a day: "… đến 17 giờ 00, ngày 01/02/2026", "trước 17h ngày 20/3/2026" (by
# that hour of that day: due that day)
_HOUR_BEFORE_DAY = lazy(r"(?:(?<=\s)|^)(?P<op>đến|tới|trước)\s+(?P<h>[0-9]{1,2}\s*(?:giờ|h)(?:\s*[0-9]{1,2}"
                        r"(?:\s*phút)?)?)\s*,?\s+(?=ngày\s*[0-9])", re.IGNORECASE)
_THEN_EACH_YEAR = lazy(r"\s*[,;]\s*(?:và\s+)?(?:các|những)\s+năm\s+(?:tiếp\s+theo|sau(?:\s+đó)?)\s+"
                       r"(?:thực\s+hiện\s+)?(?:định\s+kỳ\s+)?(?:hằng|hàng)\s+năm\s*$", re.IGNORECASE)
_ONE_PHASE = lazy(r"^(?:đợt|giai\s+đoạn|bước)\s+(?:\d{1,2}|[IVX]{1,4})\s*:\s*(?=\S)(?!.*\b(?:đợt|giai\s+đoạn|bước)\s+"
                  r"(?:\d{1,2}|[IVX]{1,4})\s*:)", re.IGNORECASE)
# "30/6 năm 2026": a day and month, then the year in words ("ngày 30/6/2026")
_DAY_MONTH_YEAR = lazy(r"\b(\d{1,2})\s*/\s*(\d{1,2})\s+năm\s+((?:19|20)\d\d)\b", re.IGNORECASE)
# "Tháng 7/2026 (đợt 1), tháng 12/2026 (đợt 2)": each time's phase number, a note
_PHASE_NOTE = lazy(r"\s*\(\s*(?:đợt|giai\s+đoạn|lần)\s+(?:\d{1,2}|[IVX]{1,4})\s*\)", re.IGNORECASE)
_STARTS_UNTIL = lazy(r"\s+cho\s+(?=đến\s+(?:hết\s+)?(?:ngày|tháng|quý|năm)\b)", re.IGNORECASE)
# "trong vòng 30 ngày kể từ ngày ký", "15 ngày làm việc kể từ ngày ban hành Kế hoạch này"
_FROM_ISSUE = lazy(
    r"^(?:(?:hoàn\s+thành|thực\s+hiện|báo\s+cáo|xong)\s+)?(?:trong\s+(?:vòng\s+|thời\s+hạn\s+)?"
    r"|chậm\s+nhất(?:\s+là)?\s+|không\s+quá\s+)?(?P<n>[0-9]{1,3})\s*(?P<u>ngày\s+làm\s+việc|ngày|tháng)"
    r"\s*,?\s*(?:kể\s+)?từ\s+(?:ngày\s+)?(?:ký(?:\s+ban\s+hành)?|ban\s+hành)(?:\s+(?:kế\s+hoạch"
    r"|quyết\s+định|văn\s+bản))?(?:\s+này)?$"
)
# "từ ngày 1 đến ngày 5" inside a monthly rule: the same days of each month
_MONTHLY_DAYS = lazy(
    r"^(?:trong\s+)?(?:khoảng\s+)?từ\s+ngày\s*(?P<a>[0-9]{1,2})\s*(?:đến|-)\s*(?:hết\s+)?"
    r"(?:ngày\s*)?(?P<b>[0-9]{1,2})$"
)
# "trước ngày 20 của tháng cuối quý" inside (or naming) a quarterly rule
_QUARTER_DAY = lazy(
    r"^(?:(?P<op>trước|chậm\s+nhất(?:\s+là)?|vào|đến)\s+)?ngày\s*(?P<d>[0-9]{1,2})\s+(?:của\s+)?"
    r"tháng\s+(?P<which>đầu|giữa|thứ\s+hai|cuối)\s+(?:của\s+)?(?:mỗi\s+|hằng\s+)?quý$"
)
# "vào ngày thứ Bảy hoặc Chủ nhật", "thứ Hai", "các ngày thứ 3, thứ 5" inside a weekly rule:
# days of each (Monday-first) week
_WEEKDAY = r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật|cn)"
_WEEKDAYS = lazy(
    r"^(?:(?:vào|trong)\s+)?(?:(?:các\s+)?ngày\s+)?(?P<days>" + _WEEKDAY
    + r"(?:\s*(?:,|\bvà\b|\bhoặc\b)\s*(?:ngày\s+)?" + _WEEKDAY + r")*)$"
)
_WEEKDAY_OFFSET = {"hai": 0, "2": 0, "ba": 1, "3": 1, "tư": 2, "4": 2, "năm": 3, "5": 3,
                   "sáu": 4, "6": 4, "bảy": 5, "7": 5}


def _weekday_offsets(days: str) -> list[int]:
    """The days of the week (0 = Monday) the words name, in week order, each once."""
    found = re.findall(r"thứ\s+(hai|ba|tư|năm|sáu|bảy|[2-7])|(chủ\s+nhật|cn)", days)
    return sorted({6 if sun else _WEEKDAY_OFFSET[name] for name, sun in found})


_DAY_MONTH_WORDS = lazy(r"\b(?P<d>[0-9]{1,2})\s+tháng\s+(?P<m>[0-9]{1,2})\b")


_MONTHS_OF = {"yearly": 12, "half_yearly": 6, "quarterly": 3, "monthly": 1}


def _cadence(piece: str) -> str | None:
    """The recurrence a piece of a list of cadences names ("6 tháng", "hằng năm"), else None."""
    if (ev := _EVERY.match(piece) or _EVERY_BARE.match(piece)) is not None:
        return _EVERY_NAMES.get(int(ev["n"]) * (12 if ev["u"] == "năm" else 1))
    if (rm := _RECUR.fullmatch(piece)) is not None:
        return _RECURRENCE_NAMES[rm["u"]]
    return None


def _day_list_words(rest: str) -> str:
    """"trước ngày 15 tháng 6 và ngày 15 tháng 12" as "trước ngày 15/6 và 15/12": the days of
    a yearly list written with "tháng" or with "ngày" before each."""
    out = _DAY_MONTH_WORDS.sub(lambda m: f"{m['d']}/{m['m']}", rest)
    head, _, tail = out.partition(" ngày ")
    if not tail:
        return out
    return f"{head} ngày " + re.sub(r"\bngày\s*", "", tail)


_RECURRENCE_NAMES = {
    "năm": "yearly",
    "quý": "quarterly",
    "tháng": "monthly",
    "tuần": "weekly",
    "ngày": "daily",
}


def _tidy(s: str) -> str:
    s = s.strip(" ,;:-")
    if s.startswith("(") and s.endswith(")"):
        s = s[1:-1].strip(" ,;:-")
    # "Năm 2026-2030 (hằng năm)": the recurrence taken out leaves empty brackets
    return re.sub(r"\(\s*\)", "", s).strip(" ,;:-")


def _clip(a: dt.date, b: dt.date, ps: dt.date, pe: dt.date) -> tuple[dt.date, dt.date] | None:
    a, b = max(a, ps), min(b, pe)
    return (a, b) if a <= b else None


#: the recurrence names of :class:`planflow.Timeframe` and the calendar unit each repeats
_RECURRENCE_UNITS: dict[str, planflow.PeriodUnit] = {
    "yearly": "year", "half_yearly": "half", "quarterly": "quarter", "monthly": "month",
    "weekly": "week", "daily": "day",
}


def _units_of(name: str, ps: dt.date, pe: dt.date) -> list[tuple[dt.date, dt.date]]:
    """The calendar units (years, halves, quarters, months, ISO weeks, days) that meet [ps, pe]."""
    return [u.astuple() for u in planflow.iter_units(ps, pe, _RECURRENCE_UNITS.get(name, "day"))]


def parse(
    text: str, context: planflow.TimeframeContext, rule: str | None = None
) -> planflow.Timeframe | None:
    """The timeframe the Vietnamese words ``text`` name in ``context``; None if they name none.

    ``rule`` overrides the "trước ngày" rule in force (see :mod:`planflow_vn.rules`).
    Raises :class:`planflow.TimeframeError` for an impossible time.
    """
    c = clean(text)
    if not c:
        return None
    # "bắt đầu từ tháng 01/2024 cho đến tháng 6/2024": "từ tháng 01/2024 đến tháng 6/2024"
    c = _STARTS_UNTIL.sub(" ", _BEGINS.sub("", c))
    # "Đợt 1: Trong khoảng thời gian từ ngày …; Đợt 2: Trong khoảng thời gian từ …": the same
    # words inside each piece of a list
    c = _BEGINS_INSIDE.sub(" ", c)
    # "Năm 2026; các năm tiếp theo thực hiện định kỳ hằng năm": "Năm 2026 và hằng năm"
    c = _THEN_EACH_YEAR.sub(" và hằng năm", c)
    # "Đợt 1: Từ tháng 3 - tháng 5/2026" (one phase named alone): its time
    c = _ONE_PHASE.sub("", c)
    # "trước ngày 30/6 năm 2026": "trước ngày 30/6/2026"; "(đợt 1)" after a time: a note
    c = _PHASE_NOTE.sub("", _DAY_MONTH_YEAR.sub(r"\1/\2/\3", c))
    # "từ ngày 17/12/2025 đến 17 giờ 00, ngày 01/02/2026": the hour of the day is a note
    hour_said = None
    if (hm := _HOUR_BEFORE_DAY.search(c)) is not None:
        hour_said = _W('"{hour}": the hour of the day is a note; read as the day', "tf_hour_note",
                       hour=hm["h"].strip())
        # "trước 17 giờ ngày 20/3": by that hour of that day, so due that day ("chậm nhất")
        op = "chậm nhất" if hm["op"].casefold() == "trước" else hm["op"]
        c = c[: hm.start("op")] + op + " " + c[hm.end():]
    r = _Reader(text, context, rule)
    tentative = _TENTATIVE.search(c)
    if tentative is not None and tentative.start() > 0:
        c = c[: tentative.start()].rstrip(" ,;:")
    elif (lead := _TENTATIVE_LEAD.match(c)) is not None:
        tentative, c = lead, c[lead.end():]
    c = _DAYLESS.sub("", _KEEP_UP.sub("", c))
    named: list[str] = []
    if (nd := _NAMED_DAY.search(c)) is not None:
        named.append(_W('"{words}" read as the day {date}', "tf_named_day",
                        words=f"ngày {nd['name'].strip()}", date=c[nd.end():].split()[0].rstrip(".,;")))
        c = c[: nd.start("name")] + c[nd.end("name"):]
    try:
        tf = _read(r, c, _fold(c))
        if tf is not None and tf.kind is planflow.Kind.EVENT:
            # "Tháng 11/2025 (sau khi … ban hành Hướng dẫn)": the time, its condition a note
            tf = _dated_before_brackets(r, c) or tf
        if tf is None or tf.kind is planflow.Kind.UNRESOLVED:
            tf = (_phases(r, c) or _bracketed(r, c) or _except(r, c) or _object(r, c)
                  or _follow_up(r, c) or _first_sentence(r, c) or _dated_days(r, c)
                  or _then_clause(r, c) or tf)
        if hour_said is not None:
            named.append(hour_said)
        if named and tf is not None and tf.kind is not planflow.Kind.UNRESOLVED:
            tf = attrs.evolve(tf, warnings=(*tf.warnings, *named))
        if tentative is not None and tf is not None and tf.kind is not planflow.Kind.UNRESOLVED:
            tf = attrs.evolve(tf, warnings=(*tf.warnings, _W("tentative (dự kiến)",
                                                                "tf_tentative")))
        return tf
    except _Vague as e:
        return planflow.Timeframe(text=text, kind=planflow.Kind.UNRESOLVED, warnings=(e.args[0],))
    except _NoYear:
        ps, pe = context.period_start, context.period_end
        return planflow.Timeframe(
            text=text,
            kind=planflow.Kind.UNRESOLVED,
            warnings=(
                _W("no year given, and the plan period spans {a}-{b}: add the year",
                   "tf_no_year", a=ps.year, b=pe.year),
            ),
        )


def _read(r: _Reader, c: str, s: str) -> planflow.Timeframe | None:
    text, ctx = r.text, r.ctx
    T = planflow.Timeframe
    K = planflow.Kind
    warnings: list[str] = []

    # not a time: never a date, and a warning names the words
    if _ROUND_CLOCK.search(s):
        return T(text=text, kind=K.UNRESOLVED, warnings=(
            _W('"{c}" is not a time: "24/24" and "24/7" mean round the clock; give the period',
               "tf_round_clock", c=c),))
    if _AS_RULED.match(s):
        return T(text=text, kind=K.UNRESOLVED, warnings=(
            _W('"{c}" names no time (as the rules say): give the time the rules set',
               "tf_as_ruled", c=c),))

    # "Mỗi năm 02 lần": "02 lần/năm"
    if (m := _TIMES_EACH.match(s)) is not None:
        said = f"{m['n']} {m['what']}/{m['u']}"
        tf = _read(r, said, said)
        if tf is None:
            return None
        least = (_W('a minimum ("{c}")', "tf_minimum", c=c),) if m["min"] else ()
        return attrs.evolve(tf, text=text, warnings=(*tf.warnings, *least))

    # "Tháng 12 hằng năm và đột xuất": the time, also on request (noted)
    if (m := _AND_AD_HOC.search(s)) is not None and m.start() > 0:
        tf = _read(r, c[: m.start()], s[: m.start()])
        if tf is not None and tf.kind not in (K.UNRESOLVED, K.EVENT):
            also = re.sub(r"^(?:và|hoặc)\s+", "", c[m.start():].strip(" ,;"))
            return attrs.evolve(tf, text=text, warnings=(
                *tf.warnings, _W("also: {also}", "tf_also", also=also)))

    # "trước ngày 31/3 năm sau": the year after the plan's, when the plan has one year
    if (m := _NEXT_YEAR.search(s)) is not None and m.start() > 0:
        ps, pe = ctx.period_start, ctx.period_end
        if ps.year != pe.year:
            return T(text=text, kind=K.UNRESOLVED, warnings=(_W(
                '"{c}": "{words}" names the year after which year? The plan runs over '
                "{a}-{b}: give the year", "tf_next_year_which", c=c,
                words=c[m.start():].strip(" ,"), a=ps.year, b=pe.year),))
        head = f"{c[: m.start()].rstrip(' ,')}/{pe.year + 1}"
        tf = _read(r, head, _fold(head))
        if tf is not None and tf.kind not in (K.UNRESOLVED, K.EVENT):
            return attrs.evolve(tf, text=text, warnings=(*tf.warnings, _W(
                '"{words}" read as {y}, the year after the plan\'s', "tf_next_year",
                words=c[m.start():].strip(" ,"), y=pe.year + 1)))

    # "ít nhất 02 lần/năm", "tối thiểu mỗi quý một lần": the rule, with the minimum noted
    if (m := _AT_LEAST.match(s)) is not None and len(s) > m.end():
        tf = _read(r, c[m.end():], s[m.end():])
        if tf is not None and tf.kind is not K.UNRESOLVED:
            tf = attrs.evolve(tf, warnings=(*tf.warnings, _W('a minimum ("{c}")', "tf_minimum",
                                                                c=c)))
        return tf

    # "phấn đấu …": a target; the time it names, with a note
    if (m := _TARGET.match(s)) is not None and len(s) > m.end():
        tf = _read(r, c[m.end():], s[m.end():])
        if tf is not None and tf.kind is not K.UNRESOLVED:
            tf = attrs.evolve(tf, text=text, warnings=(
                *tf.warnings, _W('a target ("{c}"): the time is what the plan strives for',
                                "tf_target", c=c)))
        return tf

    # "Hằng năm, thường xuyên", "Từ tháng 5/2026, thường xuyên": the recurrence or the
    # open start the first words name; "thường xuyên" adds nothing to it, and is noted
    if (m := _AND_REGULARLY.search(s)) is not None and m.start() > 0:
        tf = _read(r, c[: m.start()], s[: m.start()])
        if tf is not None and tf.kind in (K.RECURRING, K.CONTINUOUS):
            return attrs.evolve(tf, text=text, warnings=(
                *tf.warnings, _W("also: {also}", "tf_also", also=c[m.start():].strip(" ,;.").removeprefix("và").strip())))
        if tf is not None and tf.kind is K.WINDOW and tf.start is not None and tf.end is not None:
            # "Tháng 12/2013 và thường xuyên": a first time, then ongoing (as "2026 và hằng
            # năm" is a first time, then the recurrence): continuous from its start
            warnings.append(_W('"{c}": {first} first, then ongoing: read as continuous from '
                               "{start}", "tf_first_then_ongoing", c=c,
                               first=c[: m.start()].strip(" ,;"),
                               start=format_date_short(tf.start)))
            return T(text=text, kind=K.CONTINUOUS, start=tf.start, end=max(ctx.period_end, tf.end),
                     warnings=warnings)

    # "Tháng 11, 12/2013 và bổ sung, sửa đổi hàng năm", "… và kiện toàn thường xuyên": the
    # task's time first, then upkeep of its result (another activity): the first time, the
    # upkeep noted
    if (m := _AND_UPKEEP.search(s)) is not None and m.start() > 0:
        tf = _read(r, c[: m.start()], s[: m.start()])
        if tf is not None and tf.kind in (K.WINDOW, K.DEADLINE):
            return attrs.evolve(tf, text=text, warnings=(
                *tf.warnings, _W('"{c}": the time of the work first, then its upkeep ({also}): '
                                 "read as the first time", "tf_then_upkeep", c=c,
                                 also=c[m.start():].strip(" ,;.").removeprefix("và").strip())))

    # "trong suốt thời gian thực hiện", "xuyên suốt năm 2026": continuous
    if (m := _THROUGHOUT.match(s)) is not None:
        rest, rest_c = m["rest"].strip(" ,;"), c[m.start("rest"):].strip(" ,;")
        start, end = ctx.period_start, ctx.period_end
        if rest and not _PLAN_LIFE.match(rest):
            u = r.span(rest[6:] if rest.startswith("trong ") else rest, r.year)
            if u is not None:
                _note(u, warnings)
                start, end = u.start, u.end
            elif rest.startswith(("thời gian", "quá trình")):
                # "trong suốt thời gian diễn ra Đại hội": while something happens
                return T(text=text, kind=K.EVENT, condition=c, warnings=warnings)
            else:
                warnings.append(_W("also: {also}", "tf_also", also=rest_c))
        return T(text=text, kind=K.CONTINUOUS, start=start, end=end, warnings=warnings)

    # "tại thời điểm 0 giờ ngày 01/4/2026": a moment, read as that day
    if (m := _MOMENT.match(s)) is not None:
        u = r.span(m["rest"], r.year)
        if u is not None and u.day:
            warnings.append(_W('a moment ("{c}"): read as the day {day}', "tf_moment", c=c,
                                 day=format_date_short(u.start)))
            r.period_note(u.start, u.end, warnings)
            return T(text=text, kind=K.WINDOW, start=u.start, end=u.end, due=u.end,
                     warnings=warnings)

    # "trong 48 giờ đầu": a phase counted from an event
    if (m := _HOURS.match(s)) is not None and not m["rest"].strip().startswith("ngày"):
        what = m["rest"].strip(" ,;")
        warnings.append(
            _W("lead time: {n} hours after the event", "tf_hours", n=int(m["n"])) if what
            else _W("lead time: {n} hours after the event (the words do not name the event: "
                    "say which)", "tf_hours_which", n=int(m["n"])))
        return T(text=text, kind=K.EVENT, condition=c, warnings=warnings)

    # "từ tháng 5/2026 cho đến khi hoàn thành": from then on, until the named thing
    if s.startswith(("từ ", "kể từ ", "bắt đầu từ ")) \
            and (m := _UNTIL.search(s) or _UNTIL_EVENT.search(s)) is not None:
        st = _STARTING.match(s[: m.start()].strip(" ,"))
        u = r.unit(st["u"], r.year) if st is not None else None
        if st is not None and st["u"] == "nay" and ctx.issued is not None:
            # "từ nay đến kết thúc cuộc bầu cử": from the plan's issue day
            u = _Unit(ctx.issued, ctx.issued, year_given=True, day=True)
        if u is not None:
            _note(u, warnings)
            end = max(ctx.period_end, u.end)
            warnings.append(_W('until "{what}": no end date; tracked to {end}, the end of '
                               "the plan period", "tf_until", what=c[m.start("what"):], end=end))
            return T(text=text, kind=K.CONTINUOUS, start=u.start, end=end, open_ended=True,
                     warnings=warnings)
        # "từ ngày ban hành Kế hoạch đến khi …": no date on either side, the words wait
        return T(text=text, kind=K.EVENT, condition=c, warnings=warnings)

    # "trong vòng 30 ngày kể từ ngày ký": counted from the plan's issue day, when it is known
    if (m := _FROM_ISSUE.match(s)) is not None:
        n, unit = int(m["n"]), m["u"]
        if ctx.issued is None:
            warnings.append(_W('"{c}": counted from the issue day, which is not known',
                               "tf_issue_unknown", c=c))
            return T(text=text, kind=K.EVENT, condition=c, warnings=warnings)
        if unit.startswith("ngày làm"):
            due = planflow.add_working_days(r.cal, ctx.issued, n)
        elif unit == "tháng":
            due = planflow.add_months(ctx.issued, n)
        else:
            due = ctx.issued + dt.timedelta(days=n)
        warnings.append(_W('"{c}": {n} {unit} from the issue day {issued}: due {due}',
                           "tf_from_issue", c=c, n=n, unit=unit,
                           issued=format_date_short(ctx.issued), due=format_date_short(due)))
        r.period_note(None, due, warnings)
        return T.deadline(due, text, warnings=warnings)

    # events: the words wait for something to happen
    if _EVENT.match(s) or _SESSION.match(s) or _BEFORE_MEETING.match(s) \
            or (_EVENT_INSIDE.search(s) and not _CONTINUOUS.match(s)):
        lead = parse_lead(s)
        if lead is not None and _BEFORE_EVENT.search(s):
            # "trước ngày hết hiệu lực … ít nhất 60 ngày làm việc": that long before it
            warnings.append(_W("lead time: at least {lead} before the event", "tf_lead_before",
                               lead=lead, n=lead.days, unit=_W("working days", "unit_working_days")
                               if lead.working else _W("days", "unit_days")))
        elif lead is not None:
            warnings.append(_W("lead time: {lead} after the condition is met", "tf_lead",
                               lead=lead, n=lead.days, unit=_W("working days", "unit_working_days")
                               if lead.working else _W("days", "unit_days")))
        return T(text=text, kind=K.EVENT, condition=c, warnings=warnings)

    # "… và các năm tiếp theo"
    open_ended = False
    if (m := _OPEN.search(s)) is not None:
        open_ended = True
        s, c = s[: m.start()].rstrip(" ,;"), c[: m.start()].rstrip(" ,;")

    # "Thường xuyên", "Thường xuyên, liên tục trong năm 2025", "Thường xuyên, theo yêu cầu …"
    if (m := _CONTINUOUS.match(s)) is not None:
        rest = _tidy(m["rest"])
        rest_c = _tidy(c[m.start("rest") :])
        start, end = ctx.period_start, ctx.period_end
        if (rm := _RECUR.fullmatch(re.sub(r"^và\s+", "", rest))) is not None and rm["u"] != "ngày":
            # "Thường xuyên, hằng năm": ongoing work with a yearly turn (a yearly award, a
            # yearly review); the recurrence's occurrences cover the period as the continuous
            # reading does, and each has its end, which the continuous reading loses
            warnings.append(_W('"{c}": ongoing work that recurs {said}: read as the recurrence, '
                               "whose occurrences cover the whole period", "tf_ongoing_recur",
                               c=c, said=rest_c))
            return _recurring(r, rm, rm.string, rest_c, warnings)
        if rest:
            u = r.span(rest[6:] if rest.startswith("trong ") else rest, r.year)
            if u is not None:
                start, end = u.start, u.end
            else:
                warnings.append(_W("also: {also}", "tf_also", also=rest_c))
        return T(
            text=text,
            kind=K.CONTINUOUS,
            start=start,
            end=end,
            open_ended=open_ended,
            warnings=warnings,
        )

    # recurrences: "Hằng năm", "Từ tháng 3 đến tháng 11 hằng năm", "trước ngày 25 hằng tháng"
    if (m := _RECUR.search(s)) is not None:
        return _recurring(r, m, s, c, warnings)
    # "trước ngày 20 của tháng cuối quý": the words name the quarter they repeat in
    if _QUARTER_DAY.match(_DINH_KY.sub("", s)) is not None:
        s_q = f"{s} hằng quý"
        m = _RECUR.search(s_q)
        assert m is not None
        return _recurring(r, m, s_q, c, warnings)

    s2 = _DINH_KY.sub("", s)
    c = c[len(s) - len(s2) :]
    periodic, s = s2 != s, s2

    # "Định kỳ 6 tháng", "06 tháng/lần": every N months, N a calendar unit
    if (m := _EVERY.match(s) or (_EVERY_BARE.match(s) if periodic else None)) is not None:
        months = _count(m["n"]) * (12 if m["u"] == "năm" else 1)
        name = _EVERY_NAMES.get(months)
        if months == 2:
            # "hai tháng một lần", "định kỳ 2 tháng": two-month periods from January (01-02,
            # 03-04, …), said in a warning: a "listed" recurrence
            occurrences = [
                w
                for y in range(ctx.period_start.year, ctx.period_end.year + 1)
                for first in range(1, 13, months)
                if (w := _clip(dt.date(y, first, 1),
                               planflow.month_span(y, first + months - 1).end,
                               ctx.period_start, ctx.period_end)) is not None
            ]
            warnings.append(_W("'{c}': every {n} months, read as periods of {n} months from "
                               "January ({first})", "tf_every_months", c=c, n=months,
                               first=", ".join(f"{a}-{a + months - 1}"
                                               for a in range(1, 13, months))))
            return T(text=text, kind=K.RECURRING, start=occurrences[0][0],
                     end=occurrences[-1][1], recurrence="listed", occurrences=occurrences,
                     warnings=warnings)
        if name is None:
            return planflow.Timeframe(
                text=text, kind=K.UNRESOLVED,
                warnings=(_W("every {n} {u}: not a calendar unit (1, 3, 6 or 12 months)",
                             "tf_every", n=m["n"], u=m["u"]),),
            )
        occurrences = [
            w
            for a, b in _units_of(name, ctx.period_start, ctx.period_end)
            if (w := _clip(a, b, ctx.period_start, ctx.period_end)) is not None
        ]
        return T(text=text, kind=K.RECURRING, start=occurrences[0][0], end=occurrences[-1][1],
                 recurrence=name, occurrences=occurrences, warnings=warnings)

    # "08 tháng (từ tháng 3 đến tháng 10)", "trong 10 ngày làm việc (từ ngày … đến ngày …)":
    # a duration with its dates; the count is checked against the dates
    if (m := _DURATION.match(s)) is not None:
        tf = _read(r, c[m.start("inner") : m.end("inner")], m["inner"])
        if tf is None or tf.kind is K.UNRESOLVED:
            return tf
        n, unit = int(m["n"]), m["u"]
        windows = [(a, b) for a, b in (tf.occurrences or ((tf.start, tf.end),)) if a and b]
        if unit.startswith("ngày"):
            working = "làm" in unit
            count = sum(
                planflow.working_days_between(r.cal, a - _ONE, b) if working else (b - a).days + 1
                for a, b in windows
            )
            what = _W("working days", "unit_working_days") if working \
                else _W("days", "unit_days")
        else:
            n *= 12 if unit == "năm" else 1
            count = sum(planflow.month_count(a, b) for a, b in windows)
            what = _W("months", "unit_months")
        if count != n:
            tf = attrs.evolve(
                tf,
                warnings=(*tf.warnings, _W("says {n} {unit} but the dates cover {count} {what}",
                                            "tf_duration", n=m["n"], unit=unit, count=count,
                                            what=what)),
            )
        return attrs.evolve(tf, text=text)

    # "02 lần/tháng, từ tháng 02 đến tháng 11 hằng năm": the other time, the number of
    # times within it a note (never a date of its own)
    if (m := _TIMES_WITHIN.match(s)) is not None:
        f, at = (m["f1"], m.start("r1")) if m["f1"] else (m["f2"], m.start("r2"))
        stop = len(s) if m["f1"] else m.end("r2")
        tf = _read(r, c[at:stop], s[at:stop])
        if tf is not None and tf.kind not in (K.UNRESOLVED, K.EVENT):
            return attrs.evolve(tf, text=text, warnings=(
                *tf.warnings, _W('"{times}" within it: the number of times is a note, not a date',
                                 "tf_times_within", times=c[m.start("f1" if m["f1"] else "f2"):][:len(f)])))

    # "02 lần/tháng": a number of times in each month (or year, quarter...)
    if (m := _TIMES.match(s)) is not None:
        name = _RECURRENCE_NAMES[m["u"]]
        occurrences = [
            w
            for a, b in _units_of(name, ctx.period_start, ctx.period_end)
            if (w := _clip(a, b, ctx.period_start, ctx.period_end)) is not None
        ]
        return T(
            text=text,
            kind=K.RECURRING,
            start=ctx.period_start,
            end=ctx.period_end,
            recurrence=name,
            occurrences=occurrences,
            warnings=(_W("{n} times ({what}) in each occurrence", "tf_times", n=int(m["n"]),
                         what=m["what"]),),
        )

    finish = False
    if (m := _VERB.match(s)) is not None:
        finish = " ".join(m["v"].split()) in _FINISH
        s, c = s[m.end() :], c[m.end() :]
        if not s:
            return None

    if (m := _STRAY_OP.match(s)) is not None:
        # "Thí điểm trong từ năm 2027": "trong" left before "từ …" (never the year alone)
        if " đến " not in s:  # ("trong từ tháng 3 đến tháng 5": the span, nothing to say)
            warnings.append(_W('"{c}": "{op}" before "từ …" read as "{rest}"', "tf_stray_op",
                               c=c, op=c[: m.end("op")].strip(), rest=c[m.end():]))
        s, c = s[m.end():], c[m.end():]
    if (m := _OP.match(s)) is not None:
        op, rest = m["op"], m["rest"]
        from_now = op.startswith(("từ nay", "từ ngày ký"))
        if from_now:
            op = "đến"
        elif op != "trước" and op.endswith(" trước"):
            op = "trước"  # "chậm nhất trước ngày 30/6": before that day
        if op == "trước":
            u = r.span(rest, r.year)
            if u is None:
                return _give_up(r, s)
            _note(u, warnings)
            due = r.before(u.start, warnings)
            if not u.day and u.end > u.start:
                # "Trước năm 2030", "Trước quý III/2026": before the unit begins, said
                warnings.append(_W('"{c}": before {start} (the start of what it names): due {due}',
                                   "tf_before_unit", c=c, start=format_date_short(u.start),
                                   due=format_date_short(due)))
            r.period_note(None, due, warnings)
            return T.deadline(due, text, warnings=warnings)
        if op in ("trong", "vào") and (rd := _ROUND_OF_MONTH.match(rest)) is not None:
            # "vào kỳ chi trả tháng 12 năm 2025": the round (a pay-out, a session) held in the
            # month it names: the work of that month, said
            warnings.append(_W('"{c}": the round "{round}" of the month it names: read as that month',
                               "tf_round_month", c=c, round=" ".join(rd["round"].split())))
            rest = rest[rd.end():]
            c = c[: m.start("rest")] + c[m.start("rest") + rd.end():]
        if op in ("trong", "vào") or op.endswith("dịp"):
            if not finish:
                return _window(r, rest, c[m.start("rest") :], open_ended, warnings)
            op = "đến"
        u = r.span(rest, r.year)
        if u is None:
            return _give_up(r, s)
        _note(u, warnings)
        due = r.named_deadline(u, warnings)
        r.period_note(None, due, warnings)
        if from_now:
            # "Từ nay đến hết năm 2025": from the plan's issue day to the named end
            if ctx.issued is not None and ctx.issued <= due:
                return T(text=text, kind=K.WINDOW, start=ctx.issued, end=due, due=due,
                         warnings=warnings)
            warnings.append(_W('"{c}": "từ nay" starts on the issue day, which is not known '
                               "or is after the end; read as a deadline", "tf_from_now", c=c))
        return T.deadline(due, text, warnings=warnings)

    if (af := _AFTER.match(s)) is not None and (u := r.unit(af["u"], r.year)) is not None:
        # "Sau ngày 01/7/2026": from the next day on, no end (said)
        _note(u, warnings)
        start, end = u.end + _ONE, max(ctx.period_end, u.end + _ONE)
        warnings.append(_W('"{c}": from the day after ({start}), no end given: runs to the end '
                           "of the plan period ({end})", "tf_after", c=c,
                           start=format_date_short(start), end=end))
        r.period_note(start, end, warnings)
        return T(text=text, kind=K.CONTINUOUS, start=start, end=end, open_ended=open_ended,
                 warnings=warnings)

    if (st := _STARTING.match(s) or _ONWARD.match(s)) is not None \
            and (u := r.unit(st["u"], r.year)) is not None:
        # "Từ 01/7/2025", "Kể từ tháng 01/2026", "Từ Quý III/2026 trở đi", "2027 trở đi":
        # from then on, no end
        _note(u, warnings)
        end = max(ctx.period_end, u.end)
        warnings.append(_W("no end given: runs to the end of the plan period ({end})", "tf_no_end",
                           end=end))
        return T(text=text, kind=K.CONTINUOUS, start=u.start, end=end, open_ended=open_ended,
                 warnings=warnings)

    if finish:
        u = r.span(s, r.year)
        if u is None:
            return _give_up(r, s)
        return T.deadline(r.named_deadline(u, warnings), text, warnings=warnings)
    return _window(r, s, c, open_ended, warnings)


def _window(
    r: _Reader, s: str, c: str, open_ended: bool, warnings: list[str]
) -> planflow.Timeframe | None:
    u = r.span(s, r.year)
    if u is None:
        return _listed(r, s, warnings) or _narrowed(r, s, open_ended, warnings) or _give_up(r, s)
    _note(u, warnings)
    start, end, due = u.start, u.end, u.end
    if open_ended:
        # "Năm 2025 và các năm tiếp theo": continuous from the start of the named time,
        # with no end and no due day (never a window due at the end of the first year)
        end = max(end, r.ctx.period_end)
        warnings.append(_W(
            'open-ended ("{text}"): continuous from {start}, no due day; tracked to {end}, the '
            "end of the plan period", "tf_open_ended", text=r.text.strip(), start=start, end=end))
        return planflow.Timeframe(text=r.text, kind=planflow.Kind.CONTINUOUS, start=start,
                                  end=end, open_ended=True, warnings=warnings)
    r.period_note(start, end, warnings)
    return planflow.Timeframe(
        text=r.text,
        kind=planflow.Kind.WINDOW,
        start=start,
        end=end,
        due=due,
        open_ended=open_ended,
        warnings=warnings,
        duty=_is_duty(s),
    )


def _is_duty(s: str) -> bool:
    """A span of work "từ X đến Y" ("Từ tháng 6 đến tháng 11"): a duty window, carried on
    through the span with nothing delivered at its end (not "từ nay đến …", a deadline)."""
    return s.startswith("từ ") and not s.startswith("từ nay") and " đến " in s


def _note(u: _Unit, warnings: list[str]) -> None:
    if u.note is not None:
        warnings.append(u.note)


_BRACKETED = lazy(r"^(?P<outer>[^()]+?)\s*\((?P<inner>[^()]+)\)$")


def _narrowed(
    r: _Reader, s: str, open_ended: bool, warnings: list[str]
) -> planflow.Timeframe | None:
    """"Năm 2026 (Quý II)", "Quý II (tháng 5/2026)": two units, one inside the other: the narrower.

    Units that do not nest are unresolved: the words disagree with themselves.
    """
    m = _BRACKETED.match(s)
    if m is None:
        return None
    outer = r.span(m["outer"], r.year)
    if outer is None:
        return None
    inherit = outer.start.year if outer.start.year == outer.end.year else r.year
    inner = r.span(m["inner"], inherit)
    if inner is None:
        return None
    if outer.start <= inner.start and inner.end <= outer.end:
        narrow, wide = inner, outer
    elif inner.start <= outer.start and outer.end <= inner.end:
        narrow, wide = outer, inner
    else:
        return planflow.Timeframe(
            text=r.text,
            kind=planflow.Kind.UNRESOLVED,
            warnings=(_W("{outer!r} and {inner!r} do not overlap: which is meant is not said",
                         "tf_no_overlap", outer=m["outer"].strip(), inner=m["inner"].strip()),),
        )
    warnings.append(_W(
        "the narrower of two nested times: {start}-{end} (inside {wide_start}-{wide_end})",
        "tf_narrower", start=format_date_short(narrow.start), end=format_date_short(narrow.end),
        wide_start=format_date_short(wide.start), wide_end=format_date_short(wide.end)))
    _note(narrow, warnings)
    r.period_note(narrow.start, narrow.end, warnings)
    return planflow.Timeframe(
        text=r.text, kind=planflow.Kind.WINDOW, start=narrow.start, end=narrow.end,
        due=narrow.end, warnings=warnings,
    )


def _listed(r: _Reader, s: str, warnings: list[str]) -> planflow.Timeframe | None:
    """Several units with the year given once at the end ("Tháng 4 và tháng 8 năm 2026").

    A bare number takes the unit word before it: "Tháng 3, 6, 9 và 12 năm 2023".
    """
    # (a table cell may list milestones with ";": "Năm 2025; Năm 2030")
    parts = [p for p in _LIST_SEP_SEMI.split(s) if p]
    if len(parts) < 2:
        return None
    for i in range(1, len(parts)):
        parts[i] = _carry(parts[i - 1], parts[i])
    last = r.span(parts[-1], r.year)
    if last is None:
        return None
    # a unit without a year takes the next one given after it ("Quý III, IV/2026, 2027":
    # Quý III of 2026, not of 2027)
    units = [(last.start, last.end)]
    year_next = last.start.year
    for p in reversed(parts[:-1]):
        u = r.span(p, year_next)
        if u is None:
            return None
        if u.year_given:
            year_next = u.start.year
        units.append((u.start, u.end))
    units.sort()
    merged = [units[0]]
    for a, b in units[1:]:
        if a <= merged[-1][1] + _ONE:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    K = planflow.Kind
    if len(merged) == 1:  # "Năm 2026, 2027": one span
        a, b = merged[0]
        return planflow.Timeframe(
            text=r.text, kind=K.WINDOW, start=a, end=b, due=b, warnings=warnings
        )
    # separate units stay separate occurrences ("Quý I, II và IV": three), overlaps merge
    merged = [units[0]]
    for a, b in units[1:]:
        if a <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(b, merged[-1][1]))
        else:
            merged.append((a, b))
    ps, pe = r.ctx.period_start, r.ctx.period_end
    inside = [w for a, b in merged if (w := _clip(a, b, ps, pe)) is not None]
    if inside != merged:
        warnings.append(_W("only the parts inside the plan period ({start}..{end}) are "
                           "occurrences", "tf_only_inside", start=ps, end=pe))
    return planflow.Timeframe(
        text=r.text,
        kind=K.RECURRING,
        start=merged[0][0],
        end=merged[-1][1],
        recurrence="listed",
        occurrences=inside,
        warnings=warnings,
    )


# "Quý III/2026 (sau khi có hướng dẫn)", "Trước mùa mưa bão (trước 31/8/2026)": words in
# brackets closing the time
_NOTE_BRACKETS = lazy(r"\s*\((?P<inner>[^()]{1,120})\)\s*[.;,]?$")
# words that name a time of their own (a number, a unit)
_NAMES_TIME = lazy(r"[0-9]|\b(?:năm|tháng|quý|ngày|tuần|giờ)\b")
# a day's weekday in brackets ("Ngày 05/9/2024 (thứ Năm)"): "năm" here names no year
_WEEKDAY_ONLY = lazy(r"(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy)|chủ\s+nhật)")
# "Đợt 1: tháng 4/2026; Đợt 2: tháng 10/2026"
_PHASE = lazy(r"(?:^|[;,.]\s*|\s+)đợt\s*(?:[0-9]{1,2}|[ivx]{1,4})\s*[:.)-]\s*")


def _phases(r: _Reader, c: str) -> planflow.Timeframe | None:
    """Times given by phase ("Đợt 1: tháng 4/2026; Đợt 2: tháng 10/2026"): each phase's
    time an occurrence, as "tháng 4/2026 và tháng 10/2026" reads."""
    s = _fold(c)
    labels = list(_PHASE.finditer(s))
    if len(labels) < 2 or labels[0].start() != 0:
        return None
    words = c if len(c) == len(s) else s  # the words as written, for the note
    parts = [words[m.end(): labels[k + 1].start() if k + 1 < len(labels) else len(s)].strip(" ;,.")
             for k, m in enumerate(labels)]
    if not all(parts):
        return None
    joined = " và ".join(parts)
    tf = _read(r, joined, _fold(joined))
    if tf is None or tf.kind is planflow.Kind.UNRESOLVED:
        return None
    return attrs.evolve(tf, text=r.text, warnings=(
        *tf.warnings, _W('{n} phases (đợt) read as "{joined}"', "tf_phases", n=len(parts),
                         joined=joined)))


# words in brackets that would move or narrow the time before them
_MOVES_TIME = lazy(r"\b(?:trước|sau|trong|đến|từ|hằng|hàng|định\s+kỳ|thường\s+xuyên|liên\s+tục|khi|đầu"
                   r"|giữa|cuối|chậm\s+nhất|hoàn\s+thành|lần|đợt)\b")


def _bracketed(r: _Reader, c: str) -> planflow.Timeframe | None:
    """A time that reads once the words in its closing brackets, which name no time, are
    set aside (they are kept as a note), or whose only time is in them ("Trước mùa mưa
    bão (trước 31/8/2026)": the brackets' time, the words before noted as not read). Two
    times that could not be read together stay unresolved."""
    m = _NOTE_BRACKETS.search(c)
    if m is None:
        return None
    outer, inner = c[: m.start()].strip(" ,;:-"), m["inner"].strip()
    read = []
    for words in (outer, inner):
        tf = _read(r, words, _fold(words)) if words else None
        read.append(tf if tf is not None and tf.kind is not planflow.Kind.UNRESOLVED else None)
    if read[0] is not None and read[1] is None and (
            not _NAMES_TIME.search(_fold(inner)) or _WEEKDAY_ONLY.fullmatch(_fold(inner))
            # "Ngày 09/11/2026 (Ngày Pháp luật Việt Nam)", "Tháng 11/2026 (Tháng hành động)":
            # the occasion's name, no number and no word that moves the time
            or (not re.search(r"\d", inner) and not _MOVES_TIME.search(_fold(inner)))):
        return attrs.evolve(read[0], text=r.text, warnings=(
            *read[0].warnings, _W("also: {also}", "tf_also", also=f'"({inner})"')))
    outer_tf = read[0]
    if (outer_tf is not None and read[1] is None and outer_tf.kind is planflow.Kind.WINDOW
            and outer_tf.start is not None and outer_tf.end is not None):
        # "Năm 2026 (đợt 1: tháng 4; đợt 2: tháng 10)": the phases, read inside the span
        inside = _Reader(r.text, planflow.TimeframeContext(
            outer_tf.start, outer_tf.end, r.ctx.issued, r.cal), r.rule)
        try:
            phased = _phases(inside, inner)
        except (_NoYear, _Vague):
            phased = None
        if phased is not None and phased.occurrences and not any(
                getattr(w, "key", "") in ("tf_only_inside", "tf_outside") for w in phased.warnings):
            return attrs.evolve(phased, text=r.text)
    if read[0] is not None and read[1] is None and _PRIORITY.match(_fold(inner)):
        # "Giai đoạn 2026 - 2030 (ưu tiên năm 2026)": the span; what comes first a note
        return attrs.evolve(read[0], text=r.text, warnings=(
            *read[0].warnings, _W("also: {also}", "tf_also", also=f'"({inner})"')))
    first, then = read
    ongoing = _CONTINUOUS.match(_fold(inner))
    if (first is not None and first.kind is planflow.Kind.WINDOW and first.start is not None
            and first.end is not None and ongoing is not None
            and not ongoing["rest"].strip(" ,;.")):
        # "Năm 2026 (thường xuyên)": ongoing over the span, no due day
        return planflow.Timeframe(
            text=r.text, kind=planflow.Kind.CONTINUOUS, start=first.start, end=first.end,
            warnings=(*first.warnings, _W('"{c}": ongoing over {start}-{end}, no due day',
                                          "tf_ongoing_over", c=c,
                                          start=format_date_short(first.start),
                                          end=format_date_short(first.end))))
    if (first is not None and then is not None and then.kind is planflow.Kind.DEADLINE
            and first.kind is planflow.Kind.WINDOW and first.start is not None
            and first.end is not None and then.due is not None
            and first.start <= then.due <= first.end):
        # "Quý II/2026 (hoàn thành trước 30/6/2026)", "Năm 2026 (trước 30/11/2026)": the
        # work in the span, due by the deadline in brackets
        return planflow.Timeframe(
            text=r.text, kind=planflow.Kind.WINDOW, start=first.start, end=then.due,
            due=then.due, warnings=(*first.warnings, *then.warnings, _W(
                "{outer!r} due by the deadline in brackets ({inner!r}): {start}-{due}",
                "tf_span_due", outer=outer, inner=inner, start=format_date_short(first.start),
                due=format_date_short(then.due))))
    if read[1] is not None and (read[0] is None or read[0].kind is planflow.Kind.EVENT) \
            and read[1].kind is planflow.Kind.WINDOW \
            and read[1].start is not None and (before := _BEFORE_OCCASION.match(_fold(outer))) is not None \
            and not _NAMES_TIME.search(before["occasion"]) and _NO_OPERATOR.match(_fold(inner)):
        # "hoàn thành trước mùa mưa bão (tháng 9/2026)": before the occasion, which the
        # brackets date: due the day before the span they name begins
        moved: list[str] = []
        due = r.before(read[1].start, moved)
        return planflow.Timeframe(text=r.text, kind=planflow.Kind.DEADLINE, end=due, due=due,
                                  warnings=(*moved, _W('"{outer}" read as before "{inner}": due {due}',
                                                       "tf_before_occasion", outer=outer, inner=inner,
                                                       due=format_date_short(due))))
    if read[1] is not None and read[0] is None and not _NAMES_TIME.search(_fold(outer)):
        return attrs.evolve(read[1], text=r.text, warnings=(
            *read[1].warnings, _W('read from the words in brackets ("{inner}"); "{outer}" not '
                                  "read as a time", "tf_from_brackets", inner=inner, outer=outer)))
    return None  # two times that do not agree, or none: unresolved, as read


# "(hoàn thành) trước mùa mưa bão": before an occasion the brackets date; the brackets' own
# time names no operator of its own ("tháng 9/2026", not "trước 31/8/2026")
_BEFORE_OCCASION = lazy(r"^(?:hoàn\s+thành\s+)?trước\s+(?P<occasion>\S.{1,60})$", re.IGNORECASE)
_NO_OPERATOR = lazy(r"^(?:tháng|quý|năm|ngày)\b", re.IGNORECASE)


def _dated_before_brackets(r: _Reader, c: str) -> planflow.Timeframe | None:
    """A dated time whose closing brackets add a condition ("Tháng 11/2025 (sau khi Ban
    Thường trực tỉnh ban hành Hướng dẫn)"): the time, the brackets a note; None when the
    words before the brackets are no dated time or the brackets name a time of their own."""
    m = _NOTE_BRACKETS.search(c)
    if m is None or m.start() == 0:
        return None
    outer, inner = c[: m.start()].strip(" ,;:-"), m["inner"].strip()
    if _NAMES_TIME.search(_fold(inner)) and not _WEEKDAY_ONLY.fullmatch(_fold(inner)):
        return None
    tf = _read(r, outer, _fold(outer))
    if tf is None or tf.kind in (planflow.Kind.UNRESOLVED, planflow.Kind.EVENT):
        return None
    return attrs.evolve(tf, text=r.text, warnings=(
        *tf.warnings, _W("also: {also}", "tf_also", also=f'"({inner})"')))


# "Trước 15/6/2026 và 15/12/2026", "chậm nhất ngày 30/6/2026 và 31/12/2026": two dated
# deadlines, each its own occurrence
_DATED_DAYS = lazy(r"^(?P<op>trước|chậm\s+nhất(?:\s+là)?|đến)\s+(?:ngày\s*)?"
                   r"(?P<list>[0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{4})?(?:\s*(?:,|;|và)\s*(?:ngày\s*)?"
                   r"[0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{4})?)+)$")


def _dated_days(r: _Reader, c: str) -> planflow.Timeframe | None:
    """Several deadlines on named days: a recurrence whose occurrences end on each
    deadline, the first from the plan's start (said); None when not so written, or when a
    day cannot be read or they are not in order."""
    m = _DATED_DAYS.match(_fold(c))
    if m is None:
        return None
    days = [d.strip() for d in re.split(r"\s*(?:,|;|và)\s*(?:ngày\s*)?", m["list"]) if d.strip()]
    year = next((d.rsplit("/", 1)[1] for d in reversed(days) if d.count("/") == 2), None)
    spans: list[tuple[dt.date, dt.date]] = []
    warnings: list[str] = []
    for d in days:
        words = f"{m['op']} ngày {d}" + (f"/{year}" if d.count("/") == 1 and year else "")
        one = _read(r, words, _fold(words))
        if one is None or one.kind is not planflow.Kind.DEADLINE or one.due is None:
            return None
        warnings += one.warnings
        first = spans[-1][1] + _ONE if spans else r.ctx.period_start
        if first > one.due:
            return None
        spans.append((first, one.due))
    warnings.append(_W('"{c}": {n} deadlines, each an occurrence ending on it', "tf_deadlines",
                       c=c, n=len(spans)))
    return planflow.Timeframe(text=r.text, kind=planflow.Kind.RECURRING, start=spans[0][0],
                              end=spans[-1][1], recurrence="listed", occurrences=spans,
                              warnings=warnings)


def _then_clause(r: _Reader, c: str) -> planflow.Timeframe | None:
    """A time, then a clause about what follows it ("Hoàn thành trước 30/6/2026, báo cáo
    kết quả trước 15/7/2026"): the first time, the clause a note."""
    m = _THEN_CLAUSE.search(c)
    if m is None or m.start() == 0:
        return None
    return _time_then_note(r, c[: m.start()], c[m.end():])


def _first_sentence(r: _Reader, c: str) -> planflow.Timeframe | None:
    """A time followed by further sentences ("Duy trì thường xuyên trong giờ hành chính ….
    Đặc biệt, phân công cán bộ trực …"): the first sentence's time, the rest a note."""
    m = _NEXT_SENTENCE.search(c)
    if m is None:
        return None
    return _time_then_note(r, c[: m.start()], c[m.end():])


def _time_then_note(r: _Reader, head: str, rest: str) -> planflow.Timeframe | None:
    """The time ``head`` reads as, ``rest`` kept as a note ("also: …"); None when
    ``head`` reads as no time."""
    tf = _read(r, head, _fold(head))
    if tf is None or tf.kind is planflow.Kind.UNRESOLVED:
        return None
    return attrs.evolve(tf, text=r.text, warnings=(
        *tf.warnings, _W("also: {also}", "tf_also", also=rest.strip(" ,;."))))


# "Thực hiện định kỳ hằng năm; riêng năm 2020 hoàn thành trong quý II/2020": the rule, then
# its exception; "Thực hiện trong giai đoạn 2026 - 2030. Trong đó triển khai thí điểm trong
# giai đoạn 2027 - 2030": the time, then a part of the work inside it
_EXCEPT = lazy(r"\s*[;,.]\s*(?:riêng|trong\s+đó|ưu\s+tiên|tập\s+trung|trọng\s+tâm|nhất\s+là"
               r"|đặc\s+biệt(?:\s+là)?)\b", re.IGNORECASE)
# what a time's brackets put first ("(ưu tiên năm 2026)", "(trọng tâm là Quý III/2026)"): a
# note on the time before them, never a time of its own
_PRIORITY = lazy(r"^(?:ưu\s+tiên|tập\s+trung|trọng\s+tâm|nhất\s+là|đặc\s+biệt|chủ\s+yếu)\b")


def _except(r: _Reader, c: str) -> planflow.Timeframe | None:
    """A time followed by an exception ("…; riêng năm 2020 …"): the time before it, the
    exception kept as a note; None when the words before it read as no time."""
    m = _EXCEPT.search(c)
    if m is None or m.start() == 0:
        return None
    return _time_then_note(r, c[: m.start()], c[m.start():])


# "Trình Thủ tướng Chính phủ trong năm 2026", "Hoàn thành kiểm kê lần đầu trong năm 2026",
# "Hoàn thành đầu tư giai đoạn 2026 - 2027": a verb, what is done (no time in it), the time
# ("Thực hiện theo kế hoạch năm 2026" defers to another document: not read so)
_OBJECT = lazy(
    r"^(?P<v>hoàn\s+thành|xong|ban\s+hành|trình|báo\s+cáo|gửi|nộp|thực\s+hiện|tổ\s+chức"
    r"|triển\s+khai|thí\s+điểm|xây\s+dựng)\s+(?P<what>(?!theo\b|từ\b)[^\W\d][^\d().;:]{0,60}?)\s*,?\s+"
    r"(?P<rest>(?:trong|vào|trước|đến|chậm\s+nhất|từ|giai\s+đoạn|năm|quý|tháng)\s.*)$"
)
# "Mạng lưới quan trắc được đầu tư, đồng bộ hoàn thành trước năm 2027": what is done, then
# "hoàn thành" and the time
_DONE_AT = lazy(
    r"^(?P<what>(?!theo\b)[^\W\d][^\d().;:]{0,80}?)\s+(?P<v>hoàn\s+thành|xong)\s+"
    r"(?P<rest>(?:trước|trong|vào|đến|chậm\s+nhất)\s.*)$"
)


def _object(r: _Reader, c: str) -> planflow.Timeframe | None:
    """A verb, what is done, then the time ("Trình Thủ tướng Chính phủ trong năm 2026"), or
    what is done, "hoàn thành" and the time ("Hệ thống … được đầu tư hoàn thành trước năm
    2027"): read as the verb with the time ("Trình trong năm 2026"), what is done noted;
    None when what is done names a time of its own or the rest reads as no time."""
    s = _fold(c)
    m = _OBJECT.match(s) or _DONE_AT.match(s)
    if m is None or _TIMEISH.search(m["what"]):
        return None
    words = c[m.start("v"): m.end("v")] + " " + c[m.start("rest"):]
    tf = _read(r, words, _fold(words))
    if tf is None or tf.kind is planflow.Kind.UNRESOLVED:
        return None
    return attrs.evolve(tf, text=r.text, warnings=(
        *tf.warnings, _W('read as "{words}" (the words "{what}" name no time)', "tf_object",
                         words=words, what=c[m.start("what"): m.end("what")])))


# "Ban hành trong năm 2026. Thực hiện rà soát, điều chỉnh (nếu có)", "Hoàn thành trong giai
# đoạn 2026 - 2027 và vận hành thường xuyên, liên tục", "Thí điểm trong giai đoạn 2026 -
# 2028, nghiên cứu xem xét mở rộng sau thí điểm": a time, then the work that follows it
_FOLLOW_UP = lazy(
    r"(?:\s*[.;,]\s+|\s*[,;]?\s+và\s+)(?=(?:có\s+|sau\s+đó\s+|tiếp\s+tục\s+|tiến\s+tới\s+|định\s+kỳ\s+)?"
    r"(?:thực\s+hiện|vận\s+hành|rà\s+soát|cập\s+nhật|điều\s+chỉnh|bổ\s+sung|sửa\s+đổi"
    r"|triển\s+khai|mở\s+rộng|nhân\s+rộng|nghiên\s+cứu|duy\s+trì|đánh\s+giá|tổng\s+kết"
    r"|sơ\s+kết)\b)"
)


def _follow_up(r: _Reader, c: str) -> planflow.Timeframe | None:
    """A time followed by the work that comes after it ("… và vận hành thường xuyên, liên
    tục", ". Thực hiện rà soát, điều chỉnh (nếu có)"): the time before it, the rest kept as a
    note; None when the words before it read as no time."""
    s = _fold(c)
    for m in _FOLLOW_UP.finditer(s):
        if m.start() == 0:
            continue
        head = c[: m.start()]
        tf = _read(r, head, _fold(head))
        if tf is None or tf.kind is planflow.Kind.UNRESOLVED:
            tf = _object(r, head)
        if tf is None or tf.kind is planflow.Kind.UNRESOLVED:
            continue
        rest = c[m.end():].strip(" ,;.")
        return attrs.evolve(tf, text=r.text, warnings=(
            *tf.warnings, _W('followed by "{rest}": later work, not part of the time read; the time '
                             'is read from "{head}"', "tf_follow_up", rest=rest, head=head)))
    return None


def _tet_days(year: int) -> list[dt.date]:
    """The Lunar New Year's public holidays of ``year`` (Giao thừa to the last day off),
    from the holiday table or the ``holidays`` package."""
    from .holiday_table import table_days

    got = table_days(year)
    if got is not None:
        named = got[0]
    else:
        from .calendar import vietnam_holidays

        named = list(vietnam_holidays(year).items())
    days = sorted(d for d, name in named if "Tết Nguyên Đán" in name and "nghỉ bù" not in name)
    if not days:
        return []
    # one run of days around mùng 1 (the table holds each year's days in January-February)
    run = [days[0]]
    for d in days[1:]:
        if (d - run[-1]).days <= 2:
            run.append(d)
    return run


def _give_up(r: _Reader, s: str) -> planflow.Timeframe | None:
    """None for words without a time; else unresolved with the reason."""
    if not _TIMEISH.search(s):
        return None
    return planflow.Timeframe(
        text=r.text,
        kind=planflow.Kind.UNRESOLVED,
        warnings=(_W("cannot read {s!r} as a Vietnamese timeframe", "tf_cannot", s=s),),
    )


def _recurring(
    r: _Reader, m: re.Match[str], s: str, c: str, warnings: list[str]
) -> planflow.Timeframe | None:
    name = _RECURRENCE_NAMES[m["u"]]
    ps, pe = r.ctx.period_start, r.ctx.period_end
    rest = _DINH_KY.sub("", _tidy(s[: m.start()] + " " + s[m.end() :]).strip())
    # "Hằng năm, bắt đầu từ năm 2026": "từ năm 2026"
    rest = re.sub(r"^bắt\s+đầu\s+(?:(?:triển\s+khai|thực\s+hiện)\s+)?(?=từ\s)", "", rest)
    rest = _tidy(" ".join(rest.split()))
    if (tw := _TIMES_WITHIN.match(rest)) is not None:
        # "02 lần/tháng, từ tháng 02 đến tháng 11 hằng năm": the season is the occurrence,
        # the number of times in it a note
        warnings.append(_W('"{times}" within each occurrence: the number of times is a note, '
                           "not a date", "tf_times_each", times=tw["f1"] or tw["f2"]))
        rest = _tidy(tw["r1"] or tw["r2"])
    # "Từ tháng 3 đến tháng 11 hằng năm": each occurrence is a duty window
    duty = _is_duty(rest)
    occurrences: list[tuple[dt.date, dt.date]] = []
    if _AS_RULED.match(rest) or _ONCE.match(rest) or _TIMES.match(rest):
        # "Hằng năm theo quy định", "mỗi quý một lần", "hằng năm, 04 đợt/năm": the rule,
        # the rest a note
        warnings.append(_W("also: {also}", "tf_also", also=rest))
        rest = ""
    if _EVENT.match(rest):
        # "hằng ngày trong thời gian lũ lụt xảy ra": a recurrence while a condition holds
        return planflow.Timeframe(
            text=r.text, kind=planflow.Kind.EVENT, recurrence=name, condition=c, warnings=warnings
        )
    if (also := _ALSO.match(rest)) is not None:
        # "Hằng năm hoặc đột xuất": the rule, and the rest kept as a note
        warnings.append(_W("also: {also}", "tf_also", also=also["also"]))
        rest = ""
    if _SENT_TO.match(rest) and not _TIMEISH.search(rest):
        # "định kỳ hằng năm gửi về Bộ …": where the yearly result goes, a note
        warnings.append(_W("also: {also}", "tf_also", also=rest))
        rest = ""
    if (since := _SINCE_YEAR.search(rest)) is not None:
        # "trước ngày 30 tháng 6 hằng năm kể từ năm 2027": the occurrences from that year on
        year = int(since["y"])
        warnings.append(_W('"{c}": from {year} on', "tf_recur_since", c=c, year=year))
        if dt.date(year, 1, 1) > pe:
            warnings.append(_W("no occurrence falls inside the plan period", "tf_no_occurrence"))
            return planflow.Timeframe(text=r.text, kind=planflow.Kind.RECURRING, start=ps, end=pe,
                                      recurrence=name, warnings=warnings)
        ps = max(ps, dt.date(year, 1, 1))
        rest = _tidy(rest[: since.start()] + rest[since.end():])
    pieces = [p.strip() for p in re.sub(r"^(?:báo\s+cáo|thực\s+hiện|tổ\s+chức)\b", "", rest)
              .split(",") if p.strip()]
    if pieces and _cadence(pieces[0]) is not None:
        # "Định kỳ 6 tháng, hằng năm (, đột xuất …)", "hằng quý, 6 tháng, hằng năm": several
        # cadences listed; the finest holds the others (the yearly report is the second
        # half-year's); words after them are a note
        said = [m.group(0).strip()]
        cadences = [name]
        while pieces and (f := _cadence(pieces[0])) is not None:
            cadences.append(f)
            said.append(pieces.pop(0))
        finest = min(cadences, key=lambda x: _MONTHS_OF.get(x, 0))
        if all(_MONTHS_OF.get(x, 0) % _MONTHS_OF.get(finest, 1) == 0 for x in cadences):
            warnings.append(_W('"{c}": {said}: read as {finest}, whose occurrences hold the '
                               "others'", "tf_finest", c=c, said=", ".join(said),
                               finest=_REC.get(finest, finest)))
            name = finest
            if pieces:
                warnings.append(_W("also: {also}", "tf_also", also=", ".join(pieces)))
            rest = ""
    if "," in rest:
        # "trước ngày 15/12 hằng năm, giai đoạn 2026-2030": a part naming the span it runs over
        pieces = [p.strip() for p in rest.split(",")]
        for i, piece in enumerate(pieces):
            span = _over_span(r, name, piece)
            if span:
                ps, pe = max(ps, span[0][0]), min(pe, span[-1][1])
                rest = _tidy(", ".join(pieces[:i] + pieces[i + 1 :]))
                break
    if (then := _FIRST_THEN.fullmatch(rest)) is not None:
        # "2026 và hằng năm", "Từ quý II/2026 và hằng quý": a first time, then the
        # recurrence; its occurrences from the unit that time opens in to the period's end
        first = then["first"]
        try:
            u = r.span(f"năm {first}" if re.fullmatch(r"(?:19|20)\d\d", first) else first, r.year)
        except (_NoYear, _Vague):
            u = None
        if u is not None:
            warnings.append(_W('"{c}": {first} first, then {every}: read as the recurrence from '
                               "{start}", "tf_first_then_recur", c=c, first=first,
                               every=m.group(0).strip(), start=format_date_short(u.start)))
            units = [(a, b) for a, b in _units_of(name, ps, pe) if b >= u.start]
            occurrences = [w for a, b in units if (w := _clip(a, b, ps, pe)) is not None]
            if not occurrences:
                warnings.append(_W("no occurrence falls inside the plan period", "tf_no_occurrence"))
                return planflow.Timeframe(text=r.text, kind=planflow.Kind.RECURRING, start=ps,
                                          end=pe, recurrence=name, warnings=warnings)
            return planflow.Timeframe(
                text=r.text, kind=planflow.Kind.RECURRING, start=occurrences[0][0],
                end=occurrences[-1][1], recurrence=name, occurrences=occurrences,
                warnings=warnings, duty=duty)
    if not rest or rest in ("thực hiện", "tổ chức", "báo cáo"):
        for a, b in _units_of(name, ps, pe):
            if (w := _clip(a, b, ps, pe)) is not None:
                occurrences.append(w)
    else:
        Windows = list[tuple[dt.date, dt.date]]
        within: Callable[[dt.date, dt.date], Windows] | None = None
        if name == "yearly":

            def within(a: dt.date, b: dt.date) -> Windows:
                sub = planflow.TimeframeContext(a, b, r.ctx.issued, r.cal)
                tf = _read(_Reader(r.text, sub, r.rule), rest, rest)
                if tf is not None and tf.kind is planflow.Kind.RECURRING and tf.recurrence == "listed":
                    # "Tháng 6 và tháng 12 hằng năm": several windows each year
                    spans = list(tf.occurrences)
                    if not spans or any(x.year != a.year or y.year != a.year for x, y in spans):
                        raise _Unreadable
                    return spans
                if (tf is None or tf.kind is planflow.Kind.UNRESOLVED) and (
                    dl := _DAY_LIST.match(_day_list_words(rest))
                ) is not None:
                    # "trước ngày 15/6 và 15/12 hằng năm": each day its own occurrence
                    spans = []
                    for day in _LIST_SEP.split(dl["list"]):
                        one = _read(_Reader(r.text, sub, r.rule), f"{dl['op']} ngày {day}",
                                    f"{dl['op']} ngày {day}")
                        if one is None or one.kind is not planflow.Kind.DEADLINE or not one.due:
                            raise _Unreadable
                        prev = spans[-1][1] + _ONE if spans else a
                        spans.append((prev, one.due))
                    if not spans or any(x > y for x, y in spans):
                        raise _Unreadable
                    return spans
                if tf is None or tf.kind not in (planflow.Kind.WINDOW, planflow.Kind.DEADLINE):
                    raise _Unreadable
                if (tf.start or a).year != a.year or (tf.due or b).year != a.year:
                    raise _Unreadable  # "Quý I năm 2023 hằng năm": a year inside a yearly rule
                return [(tf.start or a, tf.due or b)]
        elif name == "monthly" and (dw := _MONTHLY_DAYS.match(rest)) is not None:
            # "từ ngày 1 đến ngày 5 hằng tháng": the same days of each month, a window
            d1, d2 = int(dw["a"]), int(dw["b"])
            if not (1 <= d1 <= d2 <= 31):
                raise r.error(_W("'{rest}' is not a span of days in a month", "tf_day_span",
                                 rest=rest))

            def within(a: dt.date, b: dt.date) -> Windows:
                return [(planflow.on_day(a.year, a.month, d1), planflow.on_day(a.year, a.month, d2))]

        elif name == "quarterly" and (dq := _QUARTER_DAY.match(rest)) is not None:
            # "trước ngày 20 của tháng cuối quý", "chậm nhất ngày 25 tháng cuối quý": a day
            # in the quarter's first, middle or last month
            qd = int(dq["d"])
            if not 1 <= qd <= 31:
                raise r.error(_W("there is no day {d} in a month", "tf_no_day_in_month", d=qd))
            offset = {"đầu": 0, "giữa": 1, "thứ hai": 1, "cuối": 2}[dq["which"]]

            def within(a: dt.date, b: dt.date) -> Windows:
                day = planflow.on_day(a.year, a.month + offset, qd)
                if dq["op"] == "trước":
                    return [(a, before_deadline(day, r.cal, r.rule))]
                return [(a, day)]

        elif name == "weekly" and (dd := _WEEKDAYS.match(rest)) is not None:
            # "vào ngày thứ Bảy hoặc Chủ nhật hằng tuần": one window from the first day named
            # to the last ("hoặc": either day will do); "thứ Hai và thứ Năm": each day its own
            offsets = _weekday_offsets(dd["days"])
            either = "hoặc" in dd["days"] or len(offsets) == 1

            def within(a: dt.date, b: dt.date) -> Windows:
                monday = a - dt.timedelta(days=a.weekday())
                if either:
                    return [(monday + dt.timedelta(days=offsets[0]),
                             monday + dt.timedelta(days=offsets[-1]))]
                return [(monday + dt.timedelta(days=k), monday + dt.timedelta(days=k))
                        for k in offsets]

            if len(offsets) > 1 and either:
                warnings.append(_W("{days}: read as one window each week, from the first day "
                                   "named to the last", "tf_weekdays_either", days=dd["days"]))
            elif len(offsets) > 1:
                warnings.append(_W("{days}: read as each day named, every week",
                                   "tf_weekdays_each", days=dd["days"]))

        elif name == "monthly" and (dm := _MONTHLY_DAY.match(rest)) is not None:

            def within(a: dt.date, b: dt.date) -> Windows:
                d = int(dm["d"] or dm["d2"])
                if not 1 <= d <= 31:
                    raise r.error(_W("there is no day {d} in a month", "tf_no_day_in_month", d=d))
                day = planflow.on_day(a.year, a.month, d)
                if (dm["op"] or dm["op2"]) == "trước":
                    return [(a, before_deadline(day, r.cal, r.rule))]
                return [(a, day)]

        try:
            if within is None:
                raise _Unreadable
            for a, b in _units_of(name, ps, pe):
                for w in within(a, b):
                    if (w2 := _clip(w[0], w[1], ps, pe)) is not None:
                        occurrences.append(w2)
        except _Unreadable:
            # "Giai đoạn 2026 - 2030, hằng năm", "hằng quý trong năm 2026": the recurrence
            # over a named span that holds at least one whole occurrence
            spanned = _over_span(r, name, rest)
            if spanned is None:
                return planflow.Timeframe(
                    text=r.text,
                    kind=planflow.Kind.UNRESOLVED,
                    warnings=(_W("cannot read {rest!r} with a {name} recurrence", "tf_cannot_recur",
                                   rest=rest, name=_REC.get(name, name)),),
                )
            occurrences = spanned
    if not occurrences:
        warnings.append(_W("no occurrence falls inside the plan period", "tf_no_occurrence"))
        return planflow.Timeframe(
            text=r.text,
            kind=planflow.Kind.RECURRING,
            start=ps,
            end=pe,
            recurrence=name,
            warnings=warnings,
        )
    return planflow.Timeframe(
        text=r.text,
        kind=planflow.Kind.RECURRING,
        start=min(a for a, _ in occurrences),
        end=max(b for _, b in occurrences),
        recurrence=name,
        occurrences=occurrences,
        warnings=warnings,
        duty=duty,
    )


# where a recurring result is sent, the words after the recurrence: "gửi về Bộ …"
_SENT_TO = re.compile(r"^(?:gửi|báo\s+cáo|tổng\s+hợp|trình|nộp)\b")
# "… hằng năm kể từ năm 2027 (trở đi)": the recurrence from that year on
_SINCE_YEAR = re.compile(r"\s*,?\s*kể\s+từ\s+năm\s+(?P<y>(?:19|20)\d\d)(?:\s+trở\s+(?:đi|về\s+sau))?\s*$")
# a first time before the recurrence: "2026 và" (hằng năm), "từ quý II/2026 và" (hằng quý)
_FIRST_THEN = re.compile(r"(?:từ\s+)?(?P<first>\S.*?)\s*,?\s+và")


def _over_span(r: _Reader, name: str, rest: str) -> list[tuple[dt.date, dt.date]] | None:
    """The ``name`` units inside the span ``rest`` names, clipped to the plan period.

    None when ``rest`` is not a window or holds no whole unit ("Quý I năm 2023 hằng năm").
    """
    words = rest[6:] if rest.startswith("trong ") else rest
    words = words.strip("() ")
    # "(kể) từ năm 2027 (trở đi)", "đến (hết) năm 2028", "sau năm 2027": an open span
    opens = re.match(r"^(?P<how>(?:kể\s+|bắt\s+đầu\s+)?từ|(?:cho\s+)?đến(?:\s+hết)?|sau)\s+"
                     r"(?P<u>.+?)(?:\s+trở\s+đi)?$", words)
    if opens is not None and re.search(r"\s(?:đến|tới)\s|-", opens["u"]):
        opens = None  # "từ năm 2027 đến năm 2028": a span of its own
    try:
        u = r.span(opens["u"] if opens is not None else words, r.year)
    except (_NoYear, _Vague):
        return None
    if u is None or u.day:
        return None
    if opens is not None:
        # "Hằng năm, từ năm 2027": from then to the end of the plan (never that year only);
        # "đến năm 2028": from the plan's start; "sau năm 2027": from the year after
        how = opens["how"]
        ps0, pe0 = r.ctx.period_start, r.ctx.period_end
        if how.endswith("từ"):
            u = attrs.evolve(u, end=max(u.end, pe0))
        elif how == "sau":
            u = attrs.evolve(u, start=u.end + _ONE, end=max(u.end + _ONE, pe0))
        else:
            u = attrs.evolve(u, start=min(u.start, ps0))
    units = [(a, b) for a, b in _units_of(name, u.start, u.end) if u.start <= a and b <= u.end]
    if not units:
        return None
    ps, pe = r.ctx.period_start, r.ctx.period_end
    return [w for a, b in units if (w := _clip(a, b, ps, pe)) is not None]


class _Unreadable(Exception):
    """A recurrence's inner words that do not name a time inside one occurrence."""
