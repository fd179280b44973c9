"""A time stated inside a duty's sentence, not closing it.

:func:`planflow_import.sections.own_time` reads the time that closes a duty's sentence
("…, hoàn thành trước ngày 20/3/2026."). Duties also state their time in the middle of the
sentence, or close it with words a closing-time pattern does not take:

* a recurrence: "Hằng năm, tổ chức kiểm tra …" (opening a sentence), "… báo cáo Thủ tướng
  Chính phủ định kỳ hằng năm hoặc đột xuất …" ("định kỳ" says it is the duty's turn, not a
  noun's "kế hoạch hằng năm"), days of the week ("… vào ngày thứ Bảy hoặc Chủ nhật hàng
  tuần …");
* a dated time after its operator: "… báo cáo kết quả UBND tỉnh (qua Công an tỉnh) trong
  tháng 11/2026.", "… xây dựng kế hoạch (hoàn thành trong tháng 11/2026) gửi về …";
* a closing bracketed condition: "… trên địa bàn tỉnh (khi Bộ Y tế có văn bản triển
  khai)." — an event; so is a closing "sau khi …" clause without brackets ("… niêm yết tại
  trụ sở xã sau khi được Ủy ban nhân dân Thành phố phê duyệt Đề án."), and a closing "khi …"
  clause on a document being issued ("… khi Chính phủ và các Bộ, ngành ban hành các văn bản
  quy định chi tiết, hướng dẫn thi hành.", round harvest j);
* a span in brackets: "Triển khai Tháng hành động (từ ngày 15/11 đến ngày 15/12) …";
* a lead time counted from an event: "Trong thời hạn 30 ngày kể từ ngày rút tiền ký quỹ,
  … phải nộp bổ sung …", or back from an expiry: "… trước ngày hết hiệu lực của giấy phép
  ít nhất 60 ngày làm việc" (round harvest k) — an event, its lead time noted.

A turn closing the work before its report ("… cập nhật kết quả thực hiện hàng tuần, báo cáo
Ủy ban nhân dân Thành phố …") is the duty's turn (round harvest k).

A time inside a bracketed remark on what was done ("(năm 2025, Sở Tài chính đã tổ chức …
các Luật mới ban hành trong năm 2025)") is no duty's (round harvest k).

:func:`inner_time` takes such a time only when the duty's words state exactly one (each
candidate read by the plan's timeframe parsers); two that nest ("trong năm 2026 …
trước ngày 30/6/2026") give the narrower through the reader's nested-times rule; two that
do not nest are not read, and the note says so. Every reading here carries a note.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import planflow

__all__ = ["dated_phrase", "inner_time", "other_times"]

#: the kinds of time as warnings name them, each with its words
_KIND_NAMES = {
    "window": planflow.Worded("window", "tfkind_window", ()),
    "deadline": planflow.Worded("deadline", "tfkind_deadline", ()),
    "recurring": planflow.Worded("recurring", "tfkind_recurring", ()),
    "continuous": planflow.Worded("continuous", "tfkind_continuous", ()),
    "event": planflow.Worded("event", "tfkind_event", ()),
}

Reader = Callable[[str], "planflow.Timeframe | None"]

_RECUR = r"(?:hằng|hàng)\s+(?:năm|quý|tháng|tuần)"
# "Hằng năm, tổ chức …", "Định kỳ hằng quý, …": a recurrence opening a sentence (also with
# no comma before the duty's verb: "Hàng năm tổng hợp, đánh giá …")
_OPENING_RECUR = re.compile(rf"(?:^|[.;:]\s+)(?P<tf>(?:định\s+kỳ\s+)?{_RECUR})(?:\s*,|\s+(?=[a-zđà-ỹ]))",
                            re.I)
# "… định kỳ hằng năm …": the duty's own turn anywhere in the sentence
_PERIODIC = re.compile(rf"\b(?P<tf>định\s+kỳ\s+{_RECUR})\b", re.I)
# "Chủ động cập nhật kết quả thực hiện hàng tuần, báo cáo Ủy ban nhân dân Thành phố …": the
# turn closing the work, then its report: the duty's turn (round harvest k)
_TURN_THEN_REPORT = re.compile(rf"\b(?P<tf>{_RECUR})\s*,\s*(?=(?:báo\s+cáo|gửi|tổng\s+hợp)\b)", re.I)
# "… tổng vệ sinh vào ngày thứ Bảy hoặc Chủ nhật hàng tuần …": days of the week, each week
_DAY = r"(?:thứ\s+(?:[Hh]ai|[Bb]a|[Tt]ư|[Nn]ăm|[Ss]áu|[Bb]ảy|[2-7])|[Cc]hủ\s+[Nn]hật)"
_WEEKDAYS = re.compile(rf"(?P<tf>(?:vào\s+)?(?:các\s+)?(?:ngày\s+)?{_DAY}(?:\s*(?:,|hoặc|và)\s*(?:ngày\s+)?{_DAY})*"
                       r"\s+(?:hằng|hàng)\s+tuần)\b", re.I)
# "… trong tháng 11/2026", "(hoàn thành trước ngày 30/6/2026)", "chậm nhất trong quý III/2026",
# "chậm nhất đến ngày 01 tháng 7 năm 2028",
# "trình … trong quý 1/2019", "trong tháng 3 năm 2023", "trước ngày 30 tháng 6 năm 2026"
_DATED = re.compile(
    r"(?<!\w)(?P<tf>(?:(?:hoàn\s+thành|xong)\s+)?(?:trước|trong|vào|đến\s+hết|không\s+muộn\s+hơn"
    # "chậm nhất đến ngày 01 tháng 7 năm 2028", "muộn nhất trước ngày …"
    r"|(?:chậm|muộn)\s+nhất(?:\s+là)?(?:\s+(?:đến(?:\s+hết)?|trước|vào|trong))?)"
    r"\s+(?:ngày\s*\d{1,2}\s*(?:[/.-]\s*\d{1,2}\s*[/.-]|tháng\s*\d{1,2}\s*,?\s*năm)\s*"
    # ("trong tháng 4 và tháng 5/2026", "trong quý II, quý III năm 2026": months or quarters
    # listed, the year after the last)
    r"|(?:tháng\s*\d{1,2}\s*(?:,|và)\s*)+tháng\s*\d{1,2}\s*(?:[/-]|năm)\s*"
    r"|(?:quý\s*(?:[IV]{1,3}|[1-4])\s*(?:,|và)\s*)+quý\s*(?:[IV]{1,3}|[1-4])\s*(?:[/-]|năm)\s*"
    # ("vào kỳ chi trả tháng 12 năm 2025": the round held in the month)
    r"|(?:(?:kỳ|đợt)(?:\s+[^\W\d_]+){1,3}?\s+)?tháng\s*\d{1,2}\s*(?:[/-]|năm)\s*"
    r"|quý\s*(?:[IV]{1,3}|[1-4])\s*(?:[/-]|năm)\s*|năm\s+)"
    r"(?:19|20)\d\d)(?![\d/])", re.I)
# "Năm 2026, triển khai …", "Quý III/2026, tổ chức …": the time opening the duty, before its
# comma (never a target's: "Năm 2026, phấn đấu …")
_OPENING_DATED = re.compile(
    r"^\W*(?P<tf>(?:năm\s+|quý\s*(?:[IV]{1,3}|[1-4])\s*(?:[/-]|năm)\s*|tháng\s*\d{1,2}\s*(?:[/-]|năm)\s*)"
    r"(?:19|20)\d\d)\s*,\s*(?!(?:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu|đạt|có\b))", re.I)
# "… tuyên truyền trên hệ thống thông tin cơ sở từ ngày 01/5/2026", "… từ ngày 15/11 đến
# ngày 15/12/2026", "… từ tháng 5/2026 đến tháng 8/2026": from a day or a month (to
# another), in the sentence; a start with no end runs on (the reader says so)
_D = r"(?:ngày\s*)?\d{1,2}\s*[/.-]\s*\d{1,2}"
_M = r"tháng\s*\d{1,2}"
_Y = r"\s*[/.-]\s*(?:19|20)\d\d"
_FROM = re.compile(
    rf"(?<!\w)(?P<tf>(?:kể\s+)?từ\s+(?:{_D}(?:{_Y})?\s*(?:đến|tới|-)\s*(?:hết\s+)?{_D}{_Y}"
    rf"|{_M}(?:{_Y})?\s*(?:đến|tới|-)\s*(?:hết\s+)?{_M}{_Y}"
    rf"|(?:{_D}|{_M}){_Y}(?!\s*(?:đến|tới|-)\s*\S)))(?![\d/])", re.I)
# "Triển khai Tháng hành động (từ ngày 15/11 đến ngày 15/12) và …": a span in brackets
_BRACKET_SPAN = re.compile(
    r"\((?P<tf>từ\s+(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*(?:19|20)\d\d)?\s+(?:đến|tới)\s+"
    r"(?:hết\s+)?(?:ngày\s+)?\d{1,2}\s*/\s*\d{1,2}(?:\s*/\s*(?:19|20)\d\d)?)\)", re.I)
# "… trên địa bàn tỉnh (khi Bộ Y tế có văn bản triển khai).": a condition closing the sentence
_BRACKET_EVENT = re.compile(r"\((?P<tf>(?:sau\s+)?khi\s+[^()]{3,100})\)\s*[.;]?\s*$", re.I)
# "… tại trụ sở Ủy ban nhân dân xã sau khi được Ủy ban nhân dân Thành phố phê duyệt Đề án.":
# a condition closing the sentence, without brackets
_CLOSING_EVENT = re.compile(r"(?<=\s)(?P<tf>sau\s+khi\s+(?:được\s+)?[^,;()]{3,100}?)\s*[.;]?\s*$", re.I)
# "… theo lĩnh vực phụ trách khi Chính phủ và các Bộ, ngành ban hành các văn bản quy định chi
# tiết, hướng dẫn thi hành.": a closing condition on a document being issued (commas inside
# the bodies' and documents' names); "khi có yêu cầu", "khi cần thiết" are no such thing
_CLOSING_ISSUED = re.compile(
    r"(?<=\s)(?P<tf>(?:sau\s+)?khi\s+(?:được\s+)?[^;()]{3,120}?\s(?:ban\s+hành|phê\s+duyệt|có\s+văn\s+bản"
    r"|có\s+hướng\s+dẫn|có\s+quyết\s+định)\b[^;()]{0,80}?)\s*[.;]?\s*$", re.I)
# "Trong thời hạn 30 ngày kể từ ngày rút tiền ký quỹ, doanh nghiệp … phải nộp bổ sung …",
# "… trong vòng 05 ngày làm việc kể từ khi nhận được …": a lead time counted from an event
_COUNTED_FROM = re.compile(
    r"(?<!\w)(?P<tf>(?:trong\s+(?:thời\s+hạn|vòng)\s+|chậm\s+nhất\s+)?\d{1,3}\s+ngày(?:\s+làm\s+việc)?"
    r"\s+(?:kể\s+)?từ\s+(?:ngày|khi)\s+[^,;.()]{3,80}?)"
    r"(?=\s*[,;.()]|\s+(?:để|đối\s+với|theo|thì|phải)\s|\s*$)", re.I)
# "… gửi hồ sơ đề nghị gia hạn giấy phép đến Sở Nội vụ trước ngày hết hiệu lực của giấy phép
# ít nhất 60 ngày làm việc.": a lead time counted back from an expiry
_COUNTED_BACK = re.compile(
    r"(?<!\w)(?P<tf>trước\s+(?:ngày\s+|khi\s+)?(?:hết\s+(?:hạn|hiệu\s+lực)|đáo\s+hạn)\b[^,;.()]{0,80}?"
    r"\s(?:ít\s+nhất\s+)?\d{1,3}\s+ngày(?:\s+làm\s+việc)?)(?!\w)", re.I)
# words that make a "trong năm 2026" a noun's or a target's, not the duty's: "kết quả đạt
# được trong năm 2025", "phấn đấu đạt mục tiêu … ngay trong năm 2025"
_NOT_DUTY_BEFORE = re.compile(r"(?:đạt\s+được|thực\s+hiện\s+được|đã\s+\S+|của|ngay)\s*$", re.I)
# "(năm 2025, Sở Tài chính đã tổ chức 2 lớp tập huấn … các Luật mới ban hành trong năm 2025)":
# a bracketed remark on what was done; its times are no duty's
_PAST_REMARK = re.compile(r"\((?=[^()]*\bđã\b)[^()]*$")
# "hoàn thành <the work, a few words> trong …": the completion the time is of
_COMPLETE_BEFORE = re.compile(r"\b(?:hoàn\s+thành|xong)(?:\s+[^\s.;,()]+){1,6}\s*$", re.I)
# "báo cáo Thủ tướng Chính phủ trong tháng 6 năm 2026", "trình Ủy ban nhân dân tỉnh trong quý
# III/2026": a report or a submission (its recipient, a few words) done within the time
# ("báo cáo viên", a reporter, is a noun: round 16)
# ("quy trình", "chương trình", "công trình": nouns, round 16)
_SUBMIT_BEFORE = re.compile(r"\b(?P<v>báo\s+cáo(?!\s+viên)|(?<!quy\s)(?<!chương\s)(?<!công\s)(?<!lộ\s)(?<!tờ\s)trình"
                            r"|gửi|nộp|ban\s+hành)(?:\s+[^\s.;,()]+){0,10}\s*$", re.I)
# "Hoàn thành xây dựng trung tâm dữ liệu …; bảo đảm … trong quý III năm 2026": the duty is to
# complete its work, the time in the same sentence when it is due
_OPENS_COMPLETE = re.compile(r"^\W*(?:khẩn\s+trương\s+)?hoàn\s+thành\b[^.]*$", re.I)
_TARGET_CLAUSE = re.compile(r"\b(?:phấn\s+đấu|mục\s+tiêu|chỉ\s+tiêu)\b[^.;]*$", re.I)


def inner_time(body: str, read: Reader) -> tuple[str | None, str | None]:
    """The time phrase stated inside ``body`` (a duty's words) and a note saying how it was
    read; ``(None, note)`` when the words state two times that do not nest; ``(None, None)``
    when they state none."""
    found: list[tuple[str, planflow.Timeframe]] = []

    def take(phrase: str, kinds: tuple[planflow.Kind, ...]) -> None:
        phrase = " ".join(phrase.split())
        if any(p.casefold() == phrase.casefold() for p, _ in found):
            return
        try:
            tf = read(phrase)
        except planflow.PlanflowError:
            return
        if tf is not None and tf.kind in kinds:
            found.append((phrase, tf))

    K = planflow.Kind
    for m in _OPENING_RECUR.finditer(body):
        take(m["tf"], (K.RECURRING,))
    for m in _PERIODIC.finditer(body):
        if not any(m["tf"].casefold() in p.casefold() or p.casefold() in m["tf"].casefold()
                   for p, _ in found):
            take(m["tf"], (K.RECURRING,))
    for m in _WEEKDAYS.finditer(body):
        take(m["tf"], (K.RECURRING,))
    for m in _TURN_THEN_REPORT.finditer(body):
        if not any(m["tf"].casefold() in p.casefold() for p, _ in found):
            take(m["tf"], (K.RECURRING,))
    for m in _BRACKET_SPAN.finditer(body):
        take(m["tf"], (K.WINDOW,))
    if (opening := _OPENING_DATED.match(body)) is not None:
        take(opening["tf"], (K.WINDOW,))
    for m in _FROM.finditer(body):
        if not any(m["tf"].casefold() in p.casefold() for p, _ in found) \
                and not _NOT_DUTY_BEFORE.search(body[: m.start()]) \
                and not _TARGET_CLAUSE.search(body[: m.start()]):
            take(m["tf"], (K.WINDOW, K.CONTINUOUS))
    for m in _DATED.finditer(body):
        if _NOT_DUTY_BEFORE.search(body[: m.start()]) or _TARGET_CLAUSE.search(body[: m.start()]) \
                or _PAST_REMARK.search(body[: m.start()]):
            continue
        phrase = m["tf"]
        if re.match(r"trong\b", phrase, re.I) and (_COMPLETE_BEFORE.search(body[: m.start()])
                                                   or _OPENS_COMPLETE.match(body[: m.start()])):
            # "hoàn thành phê duyệt phương án trong năm 2026": to complete the work within
            # the year, due at its end (as "hoàn thành trong năm 2026")
            phrase = f"hoàn thành {phrase}"
        elif re.match(r"trong\b", phrase, re.I) and (sub := _SUBMIT_BEFORE.search(body[: m.start()])):
            # "…, báo cáo Thủ tướng Chính phủ trong tháng 6 năm 2026": the report is done
            # within the month, due at its end (as "báo cáo trong tháng 6 năm 2026")
            phrase = f"{' '.join(sub['v'].lower().split())} {phrase}"
        take(phrase, (K.WINDOW, K.DEADLINE))
    for m in (*_COUNTED_FROM.finditer(body), *_COUNTED_BACK.finditer(body)):
        take(m["tf"], (K.EVENT,))
    if (ev := _BRACKET_EVENT.search(body)) is not None:
        take(ev["tf"], (K.EVENT,))
    elif (ev := _CLOSING_EVENT.search(body)) is not None or (ev := _CLOSING_ISSUED.search(body)) is not None:
        take(ev["tf"], (K.EVENT,))
    if not found:
        return None, None
    if len(found) == 1:
        phrase, tf = found[0]
        return phrase, planflow.Worded.of(
            "the time '{time}' inside the duty's sentence read as the duty's time ({kind})",
            "inner_time", time=phrase, kind=_KIND_NAMES.get(tf.kind.value, tf.kind.value))
    dated = [(p, tf) for p, tf in found if tf.kind in (K.WINDOW, K.DEADLINE)]
    if len(dated) == 2 and len(found) == 2:
        # "trong năm 2026, hoàn thành … trước ngày 15/10/2026": the one inside the other
        spans = [(tf.start or tf.due, tf.due or tf.end) for _, tf in dated]
        for k in (0, 1):
            (a0, a1), (b0, b1) = spans[k], spans[1 - k]
            if a0 is not None and a1 is not None and b0 is not None and b1 is not None \
                    and b0 <= a0 and a1 <= b1 and (a0, a1) != (b0, b1):
                return dated[k][0], planflow.Worded.of(
                    "the duty's sentence states two times, one inside the other ('{a}', '{b}'): "
                    "the narrower read as the duty's time", "inner_time_nested",
                    a=dated[1 - k][0], b=dated[k][0])
    return None, planflow.Worded.of(
        "the duty's sentence states {n} times that do not nest ({times}): none read as the "
        "duty's time; give it one", "inner_time_many", n=len(found),
        times=", ".join(f"'{p}'" for p, _ in found))


def other_times(body: str, read_phrase: str, read: Reader) -> planflow.Worded | None:
    """A note naming the times ``body`` (a duty's sentence) states besides the one read from
    its close (``read_phrase``): a dated time that does not nest with it ("gửi Bộ Tài chính
    trước ngày 06 tháng 5 năm 2026; … Bộ Tài chính … trình Chính phủ trước ngày 10 tháng 5
    năm 2026") or a recurrence ("Định kỳ thứ Hai hàng tuần tổng hợp …; … trước ngày 06
    tháng 7 năm 2026"): which is the duty's the words may not say. None when there is none."""
    try:
        got = read(read_phrase)
    except planflow.PlanflowError:
        got = None
    if got is None:
        return None
    folded = " ".join(read_phrase.split()).casefold()
    others: list[str] = []

    def nests(tf: planflow.Timeframe) -> bool:
        if got.kind is planflow.Kind.RECURRING:
            return False  # a day inside a turn's span is another obligation, never a narrower turn
        a0, a1 = got.start or got.due, got.due or got.end
        b0, b1 = tf.start or tf.due, tf.due or tf.end
        if None in (a0, a1, b0, b1):
            return False
        assert a0 is not None and a1 is not None and b0 is not None and b1 is not None
        return (b0 <= a0 and a1 <= b1) or (a0 <= b0 and b1 <= a1)

    K = planflow.Kind
    candidates: list[tuple[str, tuple[planflow.Kind, ...]]] = []
    candidates += [(m["tf"], (K.RECURRING,)) for m in _OPENING_RECUR.finditer(body)]
    candidates += [(m["tf"], (K.RECURRING,)) for m in _PERIODIC.finditer(body)]
    candidates += [(m["tf"], (K.RECURRING,)) for m in _WEEKDAYS.finditer(body)]
    # (a target's time is named too: only a note, and "chỉ tiêu" may be what the duty revises)
    candidates += [(m["tf"], (K.WINDOW, K.DEADLINE)) for m in _DATED.finditer(body)
                   if not _NOT_DUTY_BEFORE.search(body[: m.start()])]
    for phrase, kinds in candidates:
        phrase = " ".join(phrase.split())
        low = phrase.casefold()
        if low in folded or folded in low or any(low in o.casefold() for o in others):
            continue
        if got.kind is K.RECURRING and kinds == (K.RECURRING,):
            continue  # the recurrence read already says the turn
        try:
            tf = read(phrase)
        except planflow.PlanflowError:
            continue
        if tf is None or tf.kind not in kinds or (tf.kind is not K.RECURRING and nests(tf)):
            continue
        others.append(phrase)
    if not others:
        return None
    return planflow.Worded.of(
        "the duty's sentence states other time(s) besides the one read as its time ('{time}'): "
        "{others}; check which is the duty's", "own_time_other", time=read_phrase,
        others=", ".join(f"'{o}'" for o in others))


def dated_phrase(text: str) -> str | None:
    """The one dated time a sentence states after its operator ("… trong năm 2026", "…
    hoàn thành trước ngày 30/11/2026"), or None when it states none or several."""
    found = [m["tf"] for m in _DATED.finditer(text)]
    return found[0].strip() if len(found) == 1 else None
