"""Importer: a Kế hoạch document (text, Markdown, DOCX) read into a planflow plan.

:func:`read_items` does the work on the document's blocks and tables, whatever format
they came from; :data:`TEXT`, :data:`MARKDOWN` and :data:`DOCX` are the
:class:`planflow.Importer` values the plugin registers.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable, Sequence
from datetime import date
from pathlib import Path
from typing import Any

import attrs

import planflow

from .agencies import AgencyBook, ascii_letters, expand, is_agency_start, split_agencies
from .articles import article_tasks, duty_articles
from .bracketed import bracketed_items
from .closing import read_closing
from .crawl import drop_breadcrumbs
from .crossrefs import resolve as resolve_crossrefs
from .footnotes import NOTE_START, page_footnotes
from .formats import DOCX, MARKDOWN, TEXT  # the registered importers, re-exported
from .fragments import join_fragments
from .gazette import gazette_furniture, gazette_tables
from .header import (
    PageFacts,
    complete_issuer,
    decision_from_note,
    layout_cells,
    own_from_note,
    page_facts,
    read_header,
    references,
    site_footer,
    site_furniture,
    stamped_fields,
    title_period,
    unflatten_letterhead,
    unlayout_letterhead,
)
from .innertime import inner_time, other_times
from .letters import addressees, letter_section, letter_subject
from .ocr import ocr_pages
from .ownplans import own_plan_tasks
from .plantime import plan_time
from .reporting import (
    duty_reports,
    find_reporting_sentence,
    read_regime,
    report_sentences,
    review_reports,
    track_reports,
)
from .rounds import round_items
from .sections import (
    PLACEHOLDER,
    RawTask,
    Section,
    agency_bullets,
    agency_lines,
    agency_tasks,
    block_tasks,
    duty_section,
    has_labels,
    items_text,
    labelled_tasks,
    outline,
    solution_bullets,
    split_dash_heads,
    strip_marker,
    timed_items,
    written_labels,
)
from .spaced import spaced_tables
from .tables import header, is_task_table, table_tasks
from .tables import header as header_columns
from .text import (
    Block,
    Para,
    Table,
    blocks_from_text,
    decode,
    fold,
    page_furniture,
    paragraphs,
    slash_markers,
    table_cells_as_blocks,
)
from .titles import as_written

__all__ = ["DOCX", "MARKDOWN", "TEXT", "read_items", "read_text_file"]

#: a warning with the words to say it in another language (planflow.note_message)
_W = planflow.Worded.of

_LETTERHEAD = re.compile(r"^\W*Số\s*:|CỘNG\s+HÒA\s+XÃ\s+HỘI|Độc lập\s*-\s*Tự do", re.M)
_SITE_FIELD = re.compile(r"^(?:Số hiệu|Loại văn bản|Nơi ban hành|Người ký|Ngày ban hành|Ngày hiệu lực"
                         r"|Ngày công báo|Số công báo|Tình trạng|Lĩnh vực)\s*:", re.I)
_TITLE_WORD = re.compile(r"^(?:KẾ\s*HOẠCH|QUYẾT\s+ĐỊNH|CHƯƠNG\s*TRÌNH\s+HÀNH\s+ĐỘNG)\b")
# words an agency's name never starts with: a time, a document, a rule
# a task's heading that only counts it ("Hoạt động 1", "Nhiệm vụ 2", "Nội dung thứ ba")
_PLACEHOLDER = PLACEHOLDER

# a sentence to every unit about their reports ("Các đơn vị báo cáo …", "Các cơ quan, đơn vị
# định kỳ báo cáo …") and its due day
_REPORT_TO_ALL = re.compile(r"^(?:Đề nghị\s+|Yêu cầu\s+)?các\s+(?:cơ quan|đơn vị|sở|địa phương|ngành)"
                            r"[^.;]{0,60}?\bbáo cáo\b", re.I)
# a due time naming its year ("… trước ngày 31 tháng 12 năm 2025.", "hoàn thành trong Quý II/2026")
# a section that says what is to be done ("NHIỆM VỤ", "NỘI DUNG", "GIẢI PHÁP", "HOẠT ĐỘNG")
_CONTENT_TITLE = re.compile(r"NHIỆM\s+VỤ|NỘI\s+DUNG|GIẢI\s+PHÁP|HOẠT\s+ĐỘNG")
_DATED = re.compile(r"\b(?:trước|chậm\s+nhất(?:\s+là)?|trong|đến\s+hết)\s+(?:ngày|tháng|quý|năm)\b[^.;()]{0,25}?"
                    r"\b(?:19|20)\d\d\b", re.I)
_DUE = re.compile(r"\b(?:trước|chậm nhất|hằng|định kỳ)\b[^.;]{0,30}?\d", re.I)

_NOT_AGENCY = re.compile(r"^(?:Nghị định|Nghị quyết|Quyết định|Kế hoạch|Thông tư|Chỉ thị|Công văn"
                         r"|Luật\s|Theo\s|Quý\s|Tháng\s|Năm\s|Thường xuyên|Hằng|Hàng (?:năm|quý|tháng)"
                         r"|Trước\s|Trong\s|Từ\s|Đến\s|Giai đoạn|\d)", re.I)
_OBJECTIVES = re.compile(r"MỤC ĐÍCH|MỤC TIÊU|QUAN ĐIỂM")
_REQUIREMENTS = re.compile(r"YÊU CẦU")
_IMPLEMENTATION = re.compile(r"TỔ CHỨC THỰC HIỆN|TRÁCH NHIỆM THỰC HIỆN|PHÂN CÔNG")
# a section that opens with its content and then names the assignment ("II. NỘI DUNG, TIẾN
# ĐỘ, PHÂN CÔNG TRÁCH NHIỆM THỰC HIỆN", "NHIỆM VỤ VÀ PHÂN CÔNG THỰC HIỆN"): its labelled
# items are the tasks, not the closing duties of "Tổ chức thực hiện"
_CONTENT_FIRST = re.compile(r"(?:NỘI\s+DUNG|NHIỆM\s+VỤ|HOẠT\s+ĐỘNG)\b")


def _slug_words(title: str) -> list[str]:
    s = re.sub(r"^(?:Công tác|Nhiệm vụ|Về|Tăng cường công tác)\s+", "", title.strip(), flags=re.I)
    s = ascii_letters(s)
    return [w for w in re.split(r"[^a-z0-9]+", s.casefold()) if w]


def _task_ids(tasks: list[RawTask], leads: list[list[str]]) -> list[str]:
    """Stable ids: the first two words of the title (without "Công tác"), more words
    when two tasks would share one; an agency's duties take the agency's id."""
    ids: list[str] = []
    used: set[str] = set()
    for t, lead in zip(tasks, leads, strict=True):
        if t.lead_from_heading and lead:
            words = [lead[0]]
        else:
            words = _slug_words(t.title) or ["task"]
        n = min(2, len(words))
        cand = "-".join(words[:n])
        while cand in used and n < len(words):
            n += 1
            cand = "-".join(words[:n])
        base, k = cand, 2
        while cand in used:
            cand, k = f"{base}-{k}", k + 1
        used.add(cand)
        ids.append(cand)
    return ids


def _strip_close(text: str) -> str:
    t = re.sub(r"\s*/\.\s*$", "", text.rstrip())
    if t != text.rstrip() and not t.endswith("."):
        t += "."
    return t


# "…, Ban Chỉ đạo quốc gia 1237 xây dựng kế hoạch thực hiện như sau:", "Sở Y tế ban hành Kế
# hoạch …": a body (not a People's Committee, read above) that draws up or issues the plan
_BODY_ISSUES = re.compile(r"(?:^|[,;]\s+)(?P<body>[A-ZĐ][^,;:.()]{2,100}?)\s+(?:xây\s+dựng|ban\s+hành)\s+"
                          r"(?:Kế\s+hoạch|kế\s+hoạch)\b")


_STEP_TITLE = re.compile(r"^\W*(?:\d+(?:\.\d+)*\.?\s*)?(?:Bước|Giai\s+đoạn|Đợt)\s+\d", re.I)


def _caps_opening(texts: list[Para]) -> tuple[str, Para] | None:
    """The text's opening line in capitals (six words or more), before its grounds ("Căn
    cứ …") or its first part, if any."""
    for p in texts[:3]:
        t = " ".join(p.text.replace("*", "").replace("#", "").split())
        if re.match(r"^(?:Căn\s+cứ|[IVX]+\.|[A-D]\.|\d+\.)", t, re.I):
            return None
        if t.isupper() and len(t.split()) >= 6 and not _MOTTO_WORDS.search(t):
            return t, p
    return None


_MOTTO_WORDS = re.compile(r"CỘNG\s+H[ÒO]A|ĐỘC\s+LẬP|ĐẢNG\s+CỘNG\s+SẢN|ỦY\s+BAN\s+NHÂN\s+DÂN\s*$")


def _issuing_body(preamble: list[Para]) -> tuple[str, Para] | None:
    """The body a preamble's sentence names as drawing up (issuing) the plan, if any."""
    for p in preamble[:8]:
        for m in _BODY_ISSUES.finditer(p.text):
            body = m["body"].strip()
            if is_agency_start(body) and len(body.split()) <= 12 and len(split_agencies(body)) == 1:
                return body, p
    return None


# "Sở Nội vụ đề nghị các doanh nghiệp …", "Ủy ban nhân dân (UBND) thành phố Hà Nội yêu cầu
# các Sở, …": the body that asks, opening its clause
_BODY_ASKS = re.compile(r"(?:^|[.;,]\s+)(?P<body>(?:Sở|Ủy\s+ban\s+nhân\s+dân|Uỷ\s+ban\s+nhân\s+dân|UBND|Ban|Bộ"
                        r"|Cục|Chủ\s+tịch)\s[^,;:.]{2,80}?)\s+(?:đề\s+nghị|yêu\s+cầu)\s+(?:các|Quý|quý|những)\b")


def _asking_body(preamble: list[Para]) -> tuple[str, Para] | None:
    """The body a letter's preamble names as asking for its duties, if any."""
    for p in preamble[:8]:
        for m in _BODY_ASKS.finditer(p.text.replace("*", "")):
            body = " ".join(m["body"].split())
            if re.fullmatch(r"(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|thành phố|xã|phường|huyện)",
                            body, re.I):
                continue  # "UBND Thành phố yêu cầu …": which city is not said
            if is_agency_start(body) and len(body.split()) <= 12 and len(split_agencies(body)) == 1:
                return body, p
    return None


# difficulties reported when they arise, the only reporting in a sentence
_DIFFICULTIES = re.compile(r"^(?=.*\b(?:trường\s+hợp|nếu)\s+(?:có\s+|phát\s+sinh\s+)?(?:khó\s+khăn|vướng\s+mắc))"
                           r"(?!.*\b(?:định\s+kỳ|hằng|hàng)\s)", re.I | re.S)


# a report's day in a duty's words: "trước ngày 10 tháng 01 hàng năm báo cáo …", "báo cáo …
# trước ngày 15 tháng 12 hằng năm"
_DUTY_REPORT_DAY = re.compile(
    r"\bbáo\s+cáo\b[^.;]{0,200}?(?:trước|hạn\s+cuối|chậm\s+nhất)(?:\s+là)?\s+ngày\s*\d{1,2}"
    r"[^.;]{0,30}?\b(?:hằng|hàng)\s+(?:năm|tháng|quý)"
    r"|(?:trước|hạn\s+cuối|chậm\s+nhất)(?:\s+là)?\s+ngày\s*\d{1,2}[^.;]{0,30}?\b(?:hằng|hàng)\s+(?:năm|tháng|quý)"
    r"\s+báo\s+cáo\b", re.I)


# a notice's closing sentence: "Văn phòng Chính phủ thông báo để các cơ quan, địa phương liên
# quan biết, thực hiện./."
_NOTIFIES = re.compile(r"^(?P<body>[^.;:,]{4,80}?)\s+(?:xin\s+)?thông\s+báo\s+(?:để|đến|cho)\s[^.]{0,160}?\bbiết\b")


def _notifying_body(texts: list[Para]) -> tuple[str, Para] | None:
    """The body a notice's closing sentence names as giving notice, if any (among the last
    paragraphs before the recipients, "Nơi nhận")."""
    close = next((k for k in range(len(texts) - 1, -1, -1)
                  if texts[k].text.replace("*", "").lstrip().startswith("Nơi nhận")), len(texts))
    for p in reversed(texts[max(close - 8, 0):close]):
        m = _NOTIFIES.match(" ".join(p.text.replace("*", "").split()))
        if m is not None and is_agency_start(m["body"]) and len(split_agencies(m["body"])) == 1:
            return m["body"], p
    return None


def _issuer_from_text(preamble: list[Para], place: str | None) -> tuple[str, str, Para] | None:
    """("Ủy ban nhân dân huyện Lý Sơn", "UBND huyện", para) from "UBND huyện ban hành …"."""
    rx = re.compile(r"(?P<short>(?:UBND|Ủy ban nhân dân|Uỷ ban nhân dân)\s+(?:tỉnh|thành phố|"
                    r"huyện|quận|thị xã|xã|phường|thị trấn|Thành phố|Tỉnh)"
                    r"(?P<name>(?:\s+[A-ZĐÂĂÊÔƠƯÁÀẢÃẠ][\wÀ-ỹ]*)*))\s+ban hành")
    for p in preamble:
        m = rx.search(p.text)
        if m:
            short = m.group("short").strip()
            full = expand(short)
            if not m.group("name").strip() and place:
                full = f"{full} {place}"
            return full, short, p
    return None


def read_items(items: list[Block | Table], source: str, page: PageFacts | None = None,
               guessed: tuple[tuple[int, int], ...] = ()) -> planflow.ImportResult:
    """The plan in the document's blocks and tables; :class:`planflow.PlanFileError` if
    it is not a plan. ``page``: what a website's own fields say of a document it prints
    with no letterhead (see :func:`planflow_import.header.page_facts`). ``guessed``: the
    lines (first, last) of tables whose cells were rebuilt from a layout of spaces: the
    times read from their rows say so."""
    warnings: list[str] = []
    flat: list[Block | Table] = []
    titled = False  # the "KẾ HOẠCH" (or "QUYẾT ĐỊNH") title seen
    items, marked = slash_markers(items)
    if marked:
        warnings.append(_W("{n} list number(s) written with '/' or '-' ('{first}') read as "
                           "'I.', '1.', 'a)'", "slash_markers", n=len(marked), first=marked[0]))
    items, notes = page_footnotes(items)
    # a task table a PDF converter broke into fragments: joined back into one
    items, joined = join_fragments(items)
    warnings.extend(joined)
    if notes:
        warnings.append(_W("{n} footnote(s) at the pages' feet not read as text ({first})", "footnotes",
                           n=len([b for b in notes if NOTE_START.match(b.lines[0])]),
                           first=_short(" ".join(notes[0].lines).strip(), 40)))
    for it in items:
        if isinstance(it, Table) and not is_task_table(it):
            if it.rows and len(it.rows) <= 3 and max(len(r) for r in it.rows) <= 3:
                flat.extend(table_cells_as_blocks(it))  # letterhead or signature layout
                continue
            if len(it.rows) == 1 and any(len(c) > 200 for c in it.rows[0]):
                # one row of a page's layout cells holding the letter itself (its addressees,
                # its text, "Nơi nhận", the signature, side by side): its cells, in order
                flat.extend(table_cells_as_blocks(it))
                continue
            if not titled and any(_LETTERHEAD.search(c) for r in it.rows for c in r):
                # a scrape's layout cells holding the letterhead ("Số: …", "CỘNG HÒA …"),
                # without the website's own fields ("Số hiệu:", "Loại văn bản:" and values)
                cells = table_cells_as_blocks(it)
                skip = {k + d for k, b in enumerate(cells)
                        if _SITE_FIELD.match(" ".join(b.lines).replace("*", "").strip())
                        for d in (0, 1)}
                if skip:
                    warnings.append(_W("{where}: the website's fields (Số hiệu, Loại văn bản, "
                                       "…) are not the document's; not read", "site_fields",
                                       where=it.where))
                flat.extend(b for k, b in enumerate(cells) if k not in skip)
                continue
        if isinstance(it, Block) and any(_TITLE_WORD.match(x.replace("*", "").strip())
                                         for x in it.lines):
            titled = True
        flat.append(it)
    flat = _printed_page_numbers(flat)
    pages = [" ".join(b.lines).strip() for b in flat if isinstance(b, Block) and page_furniture(b)]
    if pages:
        warnings.append(_W("{n} page number(s) between paragraphs not read as text ({pages})",
                           "page_numbers", n=len(pages), pages=", ".join(repr(x) for x in pages[:3])
                           + (", …" if len(pages) > 3 else "")))
    paras = layout_cells(paragraphs(flat))
    decision: list[Para | Table] = []
    attached = _attached_plan(paras)
    if attached is not None:
        decision, paras = attached
    # "Điều 1. Phê duyệt Kế hoạch … với các nội dung chủ yếu sau:": the decision's own
    # article is the plan (its appendices the plan's tables)
    approved = _approval_article(paras) if attached is None else None
    texts = [p for p in paras if isinstance(p, Para)]
    header = read_header(texts)
    if header.blank_at:
        # "Số:    /KH-UBND", "ngày    tháng 3 năm 2026": the stamp printed at the first page's
        # end ("75" / "11" alone on the lines before the next page's marker) fills them
        nxt = next((k for k, b in enumerate(flat) if isinstance(b, Block) and b.line > header.blank_at
                    and page_furniture(b)), None)
        if nxt and isinstance(last := flat[nxt - 1], Block) and last.line > header.blank_at:
            header = stamped_fields(header, list(last.lines), last.where)
    if page is not None and header.info.symbol is None and header.info.date is None:
        # no letterhead (a website's page of a Công văn): the page's own fields name the
        # document's number, kind, issuer and date
        header = attrs.evolve(header, info=attrs.evolve(
            header.info, symbol=page.symbol, number=re.split(r"[/-]", page.symbol or "")[0] or None,
            kind=page.kind or header.info.kind, date=page.issued,
            issuer=header.info.issuer or page.issuer or ""))
        warnings.append(_W("line {line}: no letterhead: the number, kind, issuer and date are read "
                           "from the website's fields above the document ('{symbol}', {kind}, "
                           "'{issuer}', {date})", "page_fields", line=page.line, symbol=page.symbol or "",
                           kind=page.kind or "", issuer=page.issuer or "",
                           date=f"{page.issued:%d/%m/%Y}" if page.issued else ""))
    if not texts:
        raise planflow.PlanFileError(source, [("", _W("no text: not a plan (Kế hoạch)", "no_text"))])
    if decision:
        kh = texts[header.body_start - 1] if 0 < header.body_start <= len(texts) else texts[0]
        warnings.append(_W("{where}: a Quyết định that issues the plan 'ban hành kèm theo': the "
                           "plan is read from the attachment; the letterhead, number and date are "
                           "the decision's unless the plan prints its own", "attached_plan",
                           where=kh.where))
    start = header.body_start if header.has_title_word else header.letterhead_end
    # no title found: the text after the letterhead (its lines are not sections)
    body_items = paras[paras.index(texts[start]) if start < len(texts)
                       else len(paras):] if header.has_title_word or start else paras
    # the closing ("Nơi nhận", signature) and appendices
    close_at = next((k for k, p in enumerate(body_items)
                     if isinstance(p, Para) and p.text.startswith("Nơi nhận")), None)
    signed_at = None
    if close_at is None:
        # "KT. THỦ TƯỚNG" / "PHÓ THỦ TƯỚNG" / the signer's name with no "Nơi nhận" (the
        # Công báo prints no recipients): the signature closes the text, it is no task (only
        # at the very end: a signature before an appendix leaves the appendix in the body)
        signed_at = next((k for k, p in enumerate(body_items) if k >= len(body_items) - 4
                          and isinstance(p, Para) and _SIGNATURE_LINE.match(p.parts[0].strip())), None)
        close_at = signed_at
    closing: list[Para | Table] = body_items[close_at:] if close_at is not None else []
    if (close_at is None or signed_at is not None) and decision:
        # the plan attached to a decision has no "Nơi nhận": the decision's is the plan's
        at = next((k for k, p in enumerate(decision)
                   if isinstance(p, Para) and p.text.startswith("Nơi nhận")), None)
        if at is not None or close_at is None:
            closing = decision[at:] if at is not None else []
            signed_at = None
    body = body_items[:close_at] if close_at is not None else body_items
    if approved is not None and approved in body:
        # "Điều 1. Phê duyệt Đề án … với các nội dung chủ yếu sau:" … "Điều 2. Quyết định này
        # có hiệu lực …", "Điều 3. Các Bộ trưởng … chịu trách nhiệm thi hành": the decision's
        # own articles after the plan it approves are not the plan's
        start = body.index(approved)
        later = next((k for k in range(start + 1, len(body)) if isinstance(art := body[k], Para)
                      and _LATER_ARTICLE.match(art.text.replace("*", "").strip())), None)
        if later is not None:
            art = body[later]
            assert isinstance(art, Para)
            warnings.append(_W("{where}: the decision's own articles after the plan it approves "
                               "('{text}' …) are not the plan's: not read as tasks",
                               "decision_articles", where=art.where,
                               text=_short(art.text.replace("*", "").strip(), 30)))
            body = body[:later]
    before, sections = outline(body)
    # "- Sở Tài chính: Bố trí kinh phí …" bullets: each body a line of its own over its duty
    sections = [split_dash_heads(s) for s in sections]
    # a page's body holding no more than a plan's task table (a website's post, the table
    # under a sentence): the table is the plan
    only_table = next((it for it in body if isinstance(it, Table) and is_task_table(it)
                       and ({"lead", "timeframe"} <= set(cols := header_columns(it)[0])
                            or sum(k.startswith("wave:") for k in cols) >= 2)), None)
    letter = None  # a Công văn assigning duties (no plan's title, no sections)
    if not sections and not (header.info.symbol and header.info.kind in ("KH", "CTr")) and (
            not header.has_title_word or header.info.kind == "CT"):
        # a letter ("V/v …", "Kính gửi: …", "… yêu cầu:" over numbered duties by agency) or
        # a directive ("CHỈ THỊ", "… chỉ thị:")
        letter = letter_section(texts, body)
    if letter is not None:
        before, sections = body[:body.index(letter[0].para) + 1], [letter[0]]
        if letter[3]:
            warnings.append(_W("{where}: a letter (Công văn) asking its duties without numbers: its "
                               "{n} request(s) after '{lead}' (bullets, or sentences 'Đề nghị X …') "
                               "are read as the tasks of the addressees or of the bodies asked",
                               "letter_requests", where=letter[0].para.where,
                               n=sum(1 for it in letter[0].items if isinstance(it, Para)
                                     and it.text.startswith("a) ")),
                               lead=_short(letter[0].para.text, 40)))
        else:
            warnings.append(_W("{where}: a letter or directive (Công văn, Chỉ thị) assigning duties, no "
                               "plan's title or sections: its numbered duties after '{lead}' are read "
                               "as the tasks",
                               "letter_duties", where=letter[0].para.where,
                               lead=_short(letter[0].para.text, 40)))
        if letter[1]:
            warnings.append(_W("{where}: the bodies listed under an agency heading ({names}) are "
                               "those it stands for: its duties after 'Có trách nhiệm:' are led by "
                               "the heading's name", "letter_members", where=letter[1][0].where,
                               names=", ".join(_short(strip_marker(m.text).split("(")[0].strip(" ;"), 30)
                                               for m in letter[1][:4])
                               + (", …" if len(letter[1]) > 4 else "")))
        if letter[2]:
            warnings.append(_W("{where}: the numbered headings naming a field of work ({fields}) "
                               "are not bodies: their duties are the addressees' ('Kính gửi': "
                               "{to})", "letter_fields", where=letter[2][0].where,
                               fields="; ".join(f"'{_short(strip_marker(f.text), 40)}'"
                                                for f in letter[2]),
                               to=", ".join(addressees(texts))))
    elif not header.has_title_word and not sections and not (
            header.info.symbol and header.info.kind in ("KH", "CTr")) \
            and _title_elsewhere(texts, texts[:12]) is None and only_table is not None:
        warnings.append(_W("{where}: no 'KẾ HOẠCH' title and no I./II./III. sections: the text's "
                           "task table is read as the plan", "table_only", where=only_table.where))
    elif not header.has_title_word and not sections and not (
            header.info.symbol and header.info.kind in ("KH", "CTr")) \
            and _title_elsewhere(texts, texts[:12]) is None and not (
                # a resolution, decision or directive whose articles assign duties
                header.info.kind in ("NQ", "QĐ", "CT")
                and duty_articles([p for p in body if isinstance(p, Para)])):
        # neither a plan's title, nor sections, nor a plan's number ("Số: 65/KH-UBND"), nor a
        # decision or sentence that names the plan it issues
        raise planflow.PlanFileError(source, [("", _W("not a plan (Kế hoạch): no 'KẾ HOẠCH' title and no "
                                                  "I./II./III. sections", "not_a_plan"))])
    if not sections:
        warnings.append(planflow.Worded.of("no sections (I./II./III. or headings in capitals) found; the "
                                           "whole text is kept as the preamble", "no_sections"))
    preamble = [p for p in before if isinstance(p, Para)]
    info = header.info
    warnings += header.warnings
    if info.symbol is None and info.date is None and not decision \
            and (own := own_from_note(texts)) is not None:
        # no letterhead (a Government's Nghị quyết as a page prints it): what the document
        # does say of itself, its appendix's note and the title under its kind
        info = attrs.evolve(own[0], title=own[0].title or info.title,
                            issuer=own[0].issuer or info.issuer)
        warnings.append(_W("{where}: no letterhead: the number, date and issuer are read from the "
                           "appendix's note ('{symbol}', {date}, '{issuer}'), the title from the "
                           "capitals under '{kind}'", "own_from_note", where=own[1].where,
                           symbol=info.symbol, date=f"{info.date:%d/%m/%Y}" if info.date else "",
                           issuer=info.issuer, kind=own[2]))
    if info.symbol is None and info.date is None and decision \
            and (noted := decision_from_note(texts)) is not None:
        # a decision with no letterhead (a chatbot's chunks): its number, date and decider
        # as the attached plan's note names them
        symbol, number, issued, decider, note_at = noted
        info = attrs.evolve(info, symbol=symbol, number=number, date=issued,
                            issuer=info.issuer or decider)
        warnings.append(_W("{where}: the decision prints no letterhead: its number and date are "
                           "read from the attached plan's note ('{symbol}', {date})",
                           "decision_from_note", where=note_at.where, symbol=symbol,
                           date=f"{issued:%d/%m/%Y}"))
    # (the note under the title: before the body's first section, never an appendix's)
    top = list(itertools.takewhile(lambda p: not re.match(r"^(?:[IVX]+\.|PHẦN\s|Phần\s)", p.text), texts[:12]))
    if info.symbol is None and info.date is None and not decision \
            and (noted := decision_from_note(top)) is not None:
        # a plan attached to a decision and printed without it ("KẾ HOẠCH QUỐC GIA …" /
        # "(Kèm theo Quyết định số 1422/QĐ-TTg ngày … của Thủ tướng Chính phủ)"): it has no
        # number of its own; the decision's number and date are the plan's
        symbol, number, issued, decider, note_at = noted
        info = attrs.evolve(info, symbol=symbol, number=number, date=issued,
                            issuer=info.issuer or decider)
        warnings.append(_W("{where}: the plan prints no number or date of its own: those of the "
                           "decision it is attached to are read from the note under its title "
                           "('{symbol}', {date})", "plan_from_note", where=note_at.where,
                           symbol=symbol, date=f"{issued:%d/%m/%Y}"))
    # (the note ends the title: what a layout joined after it is the body's opening)
    bare = re.sub(r"\s*\((?:Ban\s+hành\s+(?:kèm\s+)?theo|kèm\s+theo)\s[^()]*\)(?:\s+(?:Thực\s+hiện|Căn\s+cứ"
                  r"|Triển\s+khai|Để|Nhằm|Trên\s+cơ\s+sở)\s.*)?\s*$", "", info.title, flags=re.I | re.S)
    bare = re.split(r"\s+Kính\s+gửi\s*:", bare, flags=re.I)[0]  # the addressee line is not the title
    if bare != info.title and bare:
        info = attrs.evolve(info, title=bare)  # "(Ban hành kèm theo Quyết định số …)"
    book = AgencyBook()
    completed = complete_issuer(info.issuer, info.place, [
        *(p for p in decision if isinstance(p, Para)), *texts]) if info.issuer else None
    if completed is not None:
        info = attrs.evolve(info, issuer=completed[0])
        warnings.append(completed[1])
    found = _issuer_from_text(preamble, info.place)
    if info.issuer:
        same = found is not None and found[0].casefold() == info.issuer.casefold()
        book.add_issuer(info.issuer, short_name=found[1] if found and same else None)
    else:
        if found:
            full, short, p = found
            info = attrs.evolve(info, issuer=full)
            book.add_issuer(full, short_name=short)
            warnings.append(_W("{where}: no letterhead; the issuer '{issuer}' is read from "
                               "'{short} ban hành' and the place line", "issuer_from_sentence",
                               where=p.where, issuer=full, short=short))
        elif (body_said := _issuing_body(preamble)) is not None:
            # "…, Ban Chỉ đạo quốc gia 1237 xây dựng kế hoạch thực hiện như sau:": the body
            # that draws up the plan issues it
            named_body, p = body_said
            info = attrs.evolve(info, issuer=named_body)
            book.add_issuer(named_body)
            warnings.append(_W("{where}: no letterhead; the issuer '{issuer}' is read from the "
                               "sentence in which it draws up (issues) the plan",
                               "issuer_from_body_sentence", where=p.where, issuer=named_body))
        elif letter is not None and (asker := _asking_body(preamble)) is not None:
            # a letter with no letterhead: "Sở Nội vụ đề nghị các doanh nghiệp …", "Ủy ban nhân
            # dân (UBND) thành phố Hà Nội yêu cầu các Sở, ngành …": the body asking sends it
            named_body, p = asker
            info = attrs.evolve(info, issuer=named_body)
            book.add_issuer(named_body)
            warnings.append(_W("{where}: no letterhead; the issuer '{issuer}' is read from the "
                               "sentence in which it asks for the duties", "issuer_from_request",
                               where=p.where, issuer=named_body))
        elif (notifier := _notifying_body(texts)) is not None:
            # a notice with no letterhead closing "Văn phòng Chính phủ thông báo để các cơ quan
            # … biết, thực hiện./.": the body giving notice issues it
            named_body, p = notifier
            info = attrs.evolve(info, issuer=named_body)
            book.add_issuer(named_body)
            warnings.append(_W("{where}: no letterhead; the issuer '{issuer}' is read from the "
                               "closing sentence in which it gives notice ('… thông báo để … biết')",
                               "issuer_from_notice", where=p.where, issuer=named_body))
        else:
            warnings.append(planflow.Worded.of("no letterhead and no 'UBND … ban hành' sentence: the "
                                               "issuer is empty", "no_issuer"))
    if decision and info.title:
        named = _title_elsewhere([p for p in decision if isinstance(p, Para)], [])
        if named is not None and len(named[0]) > len(info.title) + 3 and \
                _fold_title(named[0]).startswith(_fold_title(info.title)):
            # the page ends inside the attached plan's title: the decision names it whole
            warnings.append(_W("the attached plan's title is cut off ('{cut}'): its full name is "
                               "read from the decision's title ('{full}')", "title_cut_off",
                               cut=_short(info.title), full=_short(named[0])))
            info = attrs.evolve(info, title=named[0])
    if letter is not None and (subj := letter_subject(texts)) is not None:
        # a letter's subject line ("V/v triển khai thực hiện …") names what it asks for (not
        # a line in capitals under its date: the signature's "KT. CHỦ TỊCH")
        info = attrs.evolve(info, title=subj[0])
        warnings.append(_W("{where}: the letter's subject line ('V/v …') is read as the title",
                           "letter_subject", where=subj[1].where))
    if not info.title and page is not None and page.title and info.symbol == page.symbol:
        # no subject line: the website's own name of the document, after its number and year
        info = attrs.evolve(info, title=page.title)
        warnings.append(_W("no title in the document: read from the website's name of it ('{title}')",
                           "page_title", title=_short(page.title)))
    if not info.title:
        found_title = _title_elsewhere(texts, preamble) or _own_kind_title(texts[:30])
        if found_title is not None:
            # (else a Nghị quyết, Quyết định whose tasks are its own: the title under its kind)
            info = attrs.evolve(info, title=found_title[0])
            if approved is None:
                warnings.append(found_title[1])
            else:
                # what the decision approves is the plan: "PHÊ DUYỆT ĐỀ ÁN …" names "ĐỀ ÁN …"
                info = attrs.evolve(info, title=re.sub(r"^(?:VỀ\s+VIỆC\s+|V/V\s+)?PHÊ\s+DUYỆT\s+", "",
                                                       info.title, flags=re.I))
        elif approved is not None and (worded := _decision_title(texts)) is not None and len(worded[0]) >= 10:
            # what the decision approves ("PHÊ DUYỆT ĐỀ ÁN …"): the plan's title
            info = attrs.evolve(info, title=re.sub(r"^(?:VỀ\s+VIỆC\s+|V/V\s+)?PHÊ\s+DUYỆT\s+", "",
                                                   worded[0], flags=re.I).strip(" ,.;"))
        elif not header.has_title_word and info.symbol is None and info.date is None \
                and (opening := _caps_opening(texts)) is not None:
            # no letterhead and no "KẾ HOẠCH" line (a chunk store's text): the line in
            # capitals that opens the text, before its grounds, names the plan
            info = attrs.evolve(info, title=opening[0])
            warnings.append(_W("{where}: no letterhead and no 'KẾ HOẠCH' line: the title is read "
                               "from the line in capitals that opens the text ({title!r})",
                               "title_from_opening", where=opening[1].where, title=_short(opening[0])))
        else:
            warnings.append(planflow.Worded.of("no title under 'KẾ HOẠCH'", "no_title"))
    if approved is not None:
        warnings.append(_W("{where}: the decision approves the plan in its own 'Điều 1' ('Phê duyệt "
                           "… với các nội dung chủ yếu sau'): the plan is the decision's article, "
                           "its title the decision's ('{title}'), its appendices ('PHỤ LỤC … kèm "
                           "theo Quyết định') the plan's tables", "plan_approved",
                           where=approved.where, title=_short(info.title or "")))
    if info.date is None and header.blank_date_year is None:
        warnings.append(planflow.Worded.of("no place-and-date line ('…, ngày … tháng … năm …')",
                                           "no_place_date"))

    # -- sections ---------------------------------------------------------------
    objectives: list[str] = []
    requirements: list[str] = []
    implementation: list[tuple[Para, str]] = []
    unread: list[dict[str, object]] = []
    raw_tasks: list[RawTask] = []
    # (not a letter's fields of work, "1. Về …": its duties are the addressees', each led by
    # the body it opens on if it names one, see letters.py)
    labelled = [s for s in sections if not s.fields and has_labels(s) and (not _IMPLEMENTATION.search(s.title.upper())
                                                        or _CONTENT_FIRST.match(s.title.upper()))]
    task_tables, continued = _task_tables([t for t in paras if isinstance(t, Table)], paras)
    warnings += [_W("{where}: a table with no header row, as wide as the task table before it: "
                    "read as its continuation (a page break)", "table_continued", where=t.where)
                 for t in continued]
    duty = duty_section(sections) if not labelled and not task_tables else None
    if task_tables and not labelled:
        # a section of duties agency by agency ("III. NHIỆM VỤ, GIẢI PHÁP" / "a) Ủy ban nhân
        # dân các tỉnh" / "- …") beside an appendix's table of a few projects: both are read
        # (a duty the table restates is kept once, as the row)
        beside = duty_section(sections)
        if beside is not None and re.search(r"NHIỆM\s+VỤ|GIẢI\s+PHÁP", beside.title.upper()) \
                and not any(isinstance(it, Table) for it in beside.items):
            duty = beside
    # a directive (Chỉ thị) whose Roman sections each assign duties ("I. Trách nhiệm phối hợp
    # trong công tác thẩm định …", "II. …", "III. Tổ chức thực hiện"): it has no aims or content
    # of a plan, every section's duties by body (or by role) are its tasks; so has a
    # resolution (Nghị quyết) whose tasks are its own ("II. CÁC NHIỆM VỤ, GIẢI PHÁP" by body,
    # "III. TỔ CHỨC THỰC HIỆN": "3. Bộ X rà soát, …", one duty each)
    directive_duties: set[int] = set()
    if (header.info.kind in ("CT", "NQ") or letter is not None) and not task_tables and (labelled or duty is not None):
        # (a section "labelled" only by its prose, "1. Sở X … có trách nhiệm …", is read so too;
        # so is a letter's one section of numbered duties by body, "2. Vụ X: Tham mưu …")
        by_label = [s for s in labelled if written_labels(s)]
        directive_duties = {id(s) for s in sections if s not in by_label
                            and not _OBJECTIVES.search(s.title.upper())
                            and not _REQUIREMENTS.search(s.title.upper()) and agency_tasks(s)}
        if not directive_duties or (letter is None and len(directive_duties) + len(by_label) < 2):
            directive_duties = set()
        else:
            labelled = [s for s in labelled if s in by_label or id(s) not in directive_duties]
        if directive_duties and letter is None:
            warnings.append(_W("{where}: a directive (or resolution) whose sections each assign duties: "
                               "the duties of its {n} sections are read as its tasks", "directive_sections",
                               where=sections[0].para.where, n=len(directive_duties)))
    # the content's activities each name who carries them out ("Hoạt động 1" / "- Nội dung: …"
    # / "- Cơ quan thực hiện: X chủ trì …"): the closing duties by agency organise them (follow
    # up, coordinate), they are not tasks again
    led = [t for s in labelled if re.search(r"NỘI\s+DUNG|NHIỆM\s+VỤ|HOẠT\s+ĐỘNG", s.title.upper())
           for t in labelled_tasks(s)]
    # (all of them, or all but one in ten: a body the reader does not know as one)
    # (not the steps of a procedure, "Bước 1: …", "Giai đoạn 2: …": the duties by agency then
    # say what else each body does, read as before)
    # (the step's number may be gone from the title the labels left, "Bước 1: Sở X rà soát …
    # (tháng 4/2026)." titled "Sở X rà soát …": its paragraph still opens on it)
    steps = sum(1 for s in labelled if re.search(r"NỘI\s+DUNG|NHIỆM\s+VỤ|HOẠT\s+ĐỘNG", s.title.upper())
                for it in s.items if isinstance(it, Para) and _STEP_TITLE.match(it.text))
    led_all = len(led) >= 3 and sum(bool(t.lead) for t in led) >= 0.9 * len(led) \
        and not any(_STEP_TITLE.match(t.title) for t in led) and not (steps >= 2 and 2 * steps >= len(led))
    organising: list[RawTask] = []  # the duties that organise them, with their own dated time
    if led_all and not task_tables and duty is None and not all(block_tasks(s) for s in labelled):
        roles = duty_section([s for s in sections if s not in labelled])
        if roles is not None and _IMPLEMENTATION.search(roles.title.upper()) and agency_lines(roles) >= 2:
            # a duty among them that states its own dated time ("…, hoàn thành phê duyệt
            # phương án trong năm 2026") is a task too, as beside a task table
            # (and one done when something happens, "Báo cáo ngay … khi phát sinh vụ việc")
            # (a report aside, not the "báo cáo viên" who explain the law)
            # (its time in its words or on its own label line, "+ Thời gian thực hiện: Trước
            # ngày 5/7/2025", "Thời hạn hoàn thành: 6 tháng đầu năm 2025": a year stated)
            duties = agency_tasks(roles)
            organising = [r for r in duties
                          if ((_DATED.search(words := " ".join(r.content or [r.title]))
                               or re.search(r"\b(?:19|20)\d\d\b", r.timeframe or ""))
                              and not re.search(r"báo\s+cáo(?!\s+viên)", words, re.I))
                          or re.match(r"(?:ngay\s+)?khi\s+(?:có|phát\s+sinh|xảy\s+ra)\b", r.timeframe or "", re.I)]
            warnings.append(_W("{where}: each of the {n} activities above names who carries it "
                               "out: the duties by agency of '{heading}' organise them, kept as "
                               "text, not read as tasks again", "duties_organise",
                               where=roles.para.where, n=len(led), heading=_short(roles.heading)))
            warnings += [_W("{where}: a duty of '{heading}' with its own time (a day or a year, or when "
                            "something happens) beside the activities that name their bodies: "
                            "read as a task",
                            "dated_duty_activities", where=r.where,
                            heading=_short(roles.heading)) for r in organising]
    if labelled and not task_tables and duty is None and not all(block_tasks(s) for s in labelled) \
            and not led_all:
        # (not after blocks of content, lead and time: each block names who leads its
        # items, and the closing duties by agency restate them)
        # steps of a timeline (or tasks) in one section and the duties of each agency
        # under its heading in "Tổ chức thực hiện" / "Phân công nhiệm vụ": both are read
        # under its own heading ("1. Sở Tài chính", "a) Công an tỉnh:", "- UBND các xã:"),
        # the agency alone on the line: both are read
        after = duty_section([s for s in sections if s not in labelled])
        duty = after if after is not None and _IMPLEMENTATION.search(after.title.upper()) \
            and agency_lines(after) >= 2 else None
    # the sections as written: (section, role, raw tasks read from it, subsections)
    written: list[tuple[Section, str, list[RawTask], list[tuple[str, str, str, list[str]]]]] = []
    in_free: set[int] = set()  # tables kept in a free section's text
    for s in sections:
        up = s.title.upper()
        if s in labelled:
            from_section = labelled_tasks(s)
            raw_tasks += from_section
            written.append((s, "tasks", from_section, []))
            continue
        if _IMPLEMENTATION.search(up):
            implementation += [(p, t) for p, t in items_text(s)]
            if s is duty or id(s) in directive_duties:
                raw_tasks += agency_tasks(s)
            elif duty is not None and (unit_plans := own_plan_tasks(s)):
                # "1. Căn cứ Kế hoạch này, các Sở … xây dựng kế hoạch …": the units' own plans
                raw_tasks += unit_plans
                warnings += [_W("{where}: the units named draw up their own plans from this one: "
                                "read as their task", "own_plan_task", where=t.where)
                             for t in unit_plans]
            written.append((s, "implementation", [], []))
            continue
        if s is duty or id(s) in directive_duties:
            from_section = agency_tasks(s)
            raw_tasks += from_section
            written.append((s, "tasks", from_section, []))
            continue
        if _OBJECTIVES.search(up) or _REQUIREMENTS.search(up):
            target = objectives if _OBJECTIVES.search(up) else requirements
            own_role = "objectives" if target is objectives else "requirements"
            subs: list[tuple[str, str, str, list[str]]] = []  # number, heading, role, texts
            for p, t in items_text(s):
                low = t.casefold().rstrip(":. ")
                role = None
                inline = _AIM_INLINE.match(t)
                if inline is not None:
                    # "1. Mục đích: Nâng cao …": the sub-heading and its text on one line
                    low, t = inline["head"].casefold(), inline["text"]
                heading_like = (inline is None and len(t.split()) <= 12
                                and not t.rstrip().endswith((".", ";")))
                if re.fullmatch(r"(?:mục đích|mục tiêu(?: chung| cụ thể| tổng quát)?|quan điểm)", low):
                    target, role = objectives, "objectives"
                elif low == "yêu cầu":
                    target, role = requirements, "requirements"
                elif (heading_like and re.match(r"(?:mục đích|yêu cầu)\W+(?:và\s+)?(?:yêu cầu|mục đích)$", low)):
                    continue  # "1. Mục đích, yêu cầu": a sub-heading of both
                elif heading_like and re.match(r"(?:mục tiêu|quan điểm|mục đích)\b", low):
                    # "2. Mục tiêu cụ thể giai đoạn 2026 - 2030": a sub-heading of aims
                    target, role = objectives, "objectives"
                elif heading_like and re.match(r"yêu cầu\b", low):
                    target, role = requirements, "requirements"
                elif (p.text[:1].isdigit() and re.match(r"^\d+\.\s*(Mục|Yêu|Quan)", p.text)
                      and heading_like):
                    continue  # another short sub-heading
                if role is not None:
                    m = re.match(r"^\s*(\d+(?:\.\d+)*|[a-zđ])\s*[.)]", p.text)
                    head = inline["head"] if inline is not None else t.rstrip(":. ")
                    subs.append((m.group(1) if m else "", head, role,
                                 [t] if inline is not None else []))
                    if inline is not None:
                        target.append(t)
                    continue
                target.append(t)
                if subs:
                    subs[-1][3].append(p.text)
            # "1. Mục đích", "2. Yêu cầu" kept apart; a role met twice ("1. Mục tiêu
            # chung", "2. Mục tiêu cụ thể") is kept as written (see _model_sections)
            written.append((s, "text" if subs else own_role, [], subs))
            continue
        if any(isinstance(it, Table) and is_task_table(it) for it in s.items):
            written.append((s, "tasks", [], []))
            continue
        # a section the model does not interpret (funding, methods…): kept verbatim, in place
        written.append((s, "text", [], []))
        warnings.append(planflow.Worded.of(
            "{where}: section '{heading}' is not read into the plan's values; kept verbatim, "
            "in place, in its sections", "section_kept", where=s.para.where, heading=s.heading))
        in_free.update(id(it) for it in s.items if isinstance(it, Table))
    raw_tasks += organising
    if duty is not None:
        # duties pointing at another part's items ("Chủ trì thực hiện nhiệm vụ tại mục 1, 2
        # Phần II"): the items are the tasks, the duties their leads and times
        crossed = resolve_crossrefs(sections, raw_tasks)
        if crossed is not None:
            raw_tasks, by_section, said = crossed
            warnings += said
            kept = {id(r) for r in raw_tasks}
            for k, (s, role, got, subs) in enumerate(written):
                if id(s) in by_section:
                    warnings = _read_as_tasks(written, k, by_section[id(s)], warnings)
                elif got:
                    written[k] = (s, role, [r for r in got if id(r) in kept], subs)
    if duty is not None:
        # "Các đơn vị báo cáo kết quả về … trước ngày …" after the last agency's duties: the
        # reporting sentence, addressed to every unit (the plan's regime), no duty of the
        # agency heading above it
        reports = [r for r in raw_tasks if _REPORT_TO_ALL.match(r.title) and _DUE.search(r.title)]
        if reports:
            raw_tasks, written = _without(reports, raw_tasks, written)
            warnings += [_W("{where}: '{text}' is read as a reporting sentence to every unit, "
                            "not as a duty", "report_not_duty", where=r.where, text=_short(r.title))
                         for r in reports]
    # "- Xây dựng Đề án …" / "Quý I năm 2027." / "- …": a time alone on the line after a
    # duty is that duty's time, not a task of its own
    lone = _lone_times(raw_tasks)
    if lone:
        raw_tasks, written = _without(lone, raw_tasks, written)
        warnings += [_W("{where}: the time '{time}' alone on its line is the time of the duty "
                        "above it", "time_own_line", where=r.where, time=r.title) for r in lone]
    rows: list[RawTask] = []
    for table in task_tables:
        rows += table_tasks(table)
    if rows and not labelled and duty is None:
        # the task table beside "Tổ chức thực hiện" duties agency by agency: a duty that
        # states its own dated time ("- Xây dựng, ban hành Kế hoạch hành động … trước ngày
        # 31 tháng 12 năm 2025.") is a task too; the others are roles, kept as text
        after = duty_section([s for s in sections if _IMPLEMENTATION.search(s.title.upper())])
        dated = [r for r in (agency_tasks(after) if after is not None and agency_lines(after) >= 2
                             else [])
                 if _DATED.search(words := " ".join(r.content or [r.title]))
                 and "báo cáo" not in words.casefold()]
        if dated:
            raw_tasks += dated
            warnings += [_W("{where}: a duty of '{heading}' with its own dated time beside the "
                            "task table: read as a task", "dated_duty", where=r.where,
                            heading=_short(after.heading)) for r in dated if after is not None]
    if rows and raw_tasks:
        # a plan that lists its tasks in sections and again in an appendix table: each
        # task once (the row, with what only the section states)
        raw_tasks, w = _once(raw_tasks, rows)
        warnings += w
    raw_tasks += rows
    # "1. Tên nhiệm vụ: …" / "2. Cơ quan chủ trì: …" / … / "5. Thời gian hoàn thành: …" (a
    # decision's article restating one task as a numbered list of labels)
    listed = _numbered_label_tasks(texts)
    if listed:
        listed, w = _once(listed, raw_tasks)
        warnings += w
        raw_tasks += listed
        warnings += [_W("{where}: task '{task}' read from a numbered list of labels ('Tên nhiệm "
                        "vụ', 'Cơ quan chủ trì', …)", "numbered_labels", where=t.where,
                        task=_short(t.title)) for t in listed]
    # an appendix after the signature that lists tasks as labelled paragraphs ("PHỤ LỤC …
    # 1. <task> / - Cơ quan chủ trì: … / - Thời gian: …"), not as a table
    appended = _appendix_tasks(closing)
    if appended:
        raw_tasks, w = _once(raw_tasks, appended)
        warnings += w
        raw_tasks += appended
        warnings.append(_W("{n} task(s) read from the appendix after the signature ({where})",
                           "appendix_tasks", n=len(appended), where=appended[0].where))
    # a content section kept as text whose items close with their lead in brackets ("II.
    # NHIỆM VỤ, GIẢI PHÁP" / "- Kiện toàn Ban Chỉ đạo … (Phòng Nghiệp vụ Y; quý I/2026).")
    # beside the duties by agency of "TỔ CHỨC THỰC HIỆN": its items are tasks too
    if raw_tasks and (led_items := bracketed_items([s for _, s in _kept_content(written)])):
        # (in the document's order: the content's items before the duties after them)
        raw_tasks = sorted([*raw_tasks, *(r for _, r in led_items)], key=_line_of)
        warnings.append(_W("{n} task(s) read from items closing with their lead in brackets "
                           "beside the duties by agency, each timed by its brackets or its "
                           "heading", "bracketed_beside", n=len(led_items)))
        for k, s in _kept_content(written):
            if mine := [r for sec, r in led_items if sec is s]:
                warnings = _read_as_tasks(written, k, mine, warnings)
    # (or whose items each close with their own dated time: "1. Tổ chức quán triệt Chỉ thị
    # …, hoàn thành trong tháng 3/2026.", their lead the body they open on, if any)
    for k, s in _kept_content(written) if raw_tasks else []:
        if not (timed := timed_items(s)):
            continue
        raw_tasks = sorted([*raw_tasks, *timed], key=_line_of)
        warnings = _read_as_tasks(written, k, timed, warnings)
        warnings.append(_W("{where}: the {n} items of '{heading}' each close with their own "
                           "dated time beside the duties by agency: read as tasks (led by the "
                           "body each opens on, if any)", "timed_beside", where=s.para.where,
                           n=len(timed), heading=_short(s.heading)))
    if not raw_tasks:
        # "- Ban hành kế hoạch (Sở Y tế)." under "1. Giai đoạn chuẩn bị (từ ngày 01/4 đến
        # ngày 14/4/2026)": items closing with their lead in brackets
        bracketed = bracketed_items([s for s in sections if not _OBJECTIVES.search(s.title.upper())
                                     and not _REQUIREMENTS.search(s.title.upper())])
        if bracketed:
            raw_tasks += [r for _, r in bracketed]
            warnings.append(_W("{n} task(s) read from items closing with their lead in "
                               "brackets, each timed by its brackets or its heading",
                               "bracketed_items", n=len(bracketed)))
            for k, (s, role, _, _) in enumerate(written):
                mine = [r for sec, r in bracketed if sec is s]
                if mine and role == "text":
                    warnings = _read_as_tasks(written, k, mine, warnings)
    if not labelled and not task_tables and not rows:
        # a content section laid out in rounds ("1. Đợt 1: Từ ngày … đến ngày …" / "- Kiểm
        # tra việc …"), its items naming no body: the issuer's own work, kept as text so far
        for k, (s, role, _, _) in enumerate(written):
            if role != "text":
                continue
            for sec, mine in round_items([s]):
                raw_tasks += mine
                warnings = _read_as_tasks(written, k, mine, warnings)
                warnings.append(_W("{where}: no item of '{heading}' names who does it: its {n} "
                                   "list item(s) under its rounds are read as the issuer's own "
                                   "tasks (no lead), each with the time of its round or heading",
                                   "round_items", where=sec.para.where, n=len(mine),
                                   heading=_short(sec.heading)))
    if not raw_tasks:
        # "- Sở Nội vụ hướng dẫn …" bullets under "Trách nhiệm thực hiện"
        for s in sections:
            if _IMPLEMENTATION.search(s.title.upper()):
                raw_tasks += agency_bullets(s)
    if not raw_tasks:
        # "2. Các giải pháp tổ chức thực hiện …" over bullets no agency leads
        solutions, head = solution_bullets([s for s in sections if not _OBJECTIVES.search(s.title.upper())])
        if solutions:
            raw_tasks += solutions
            warnings.append(_W("no task names its lead: the {n} bullets under '{heading}' are "
                               "read as the plan's tasks, led by the issuer (no lead agency)",
                               "solution_bullets", n=len(solutions), heading=_short(head or "")))
    if not raw_tasks:
        # "Đài Phát thanh … xây dựng chuyên mục …" as plain paragraphs of "Tổ chức thực hiện"
        for s in sections:
            if _IMPLEMENTATION.search(s.title.upper()):
                plain = agency_bullets(s, plain=True)
                if plain:
                    raw_tasks += plain
                    warnings.append(_W("{where}: no numbered or labelled task: the {n} "
                                       "paragraph(s) of '{heading}' that begin with an agency are "
                                       "read as its duties", "agency_paragraphs",
                                       where=s.para.where, n=len(plain), heading=_short(s.heading)))
    if not raw_tasks:
        # "Điều 1. Ban hành Kế hoạch … như sau:" over numbered items, "Điều 2. Giao <agency>"
        # over its duties: the decision's own articles are the plan
        in_articles, rest_days = article_tasks([p for p in body if isinstance(p, Para)])
        if in_articles:
            raw_tasks += in_articles
            warnings.append(_W("{where}: the decision states the plan in its own articles: the "
                               "{n} numbered item(s) of 'Điều 1' and of the articles that assign "
                               "duties ('Giao …') are read as its tasks", "article_items",
                               where=in_articles[0].where, n=len(in_articles)))
            warnings += [_W("{where}: '{text}' names days off, not a task: kept as text",
                            "rest_days", where=p.where, text=_short(strip_marker(p.text)))
                         for p in rest_days]
            for k, (s, role, _, _) in enumerate(written):
                got = [r for r in in_articles if any(isinstance(it, Para) and it.where == r.where
                                                     for it in s.items)]
                if got and role == "text":
                    warnings = _read_as_tasks(written, k, got, warnings)
    if not raw_tasks and info.kind in ("NQ", "QĐ", "CT"):
        # a resolution, decision or directive with no plan: the duties its articles assign
        assigned = duty_articles([p for p in body if isinstance(p, Para)])
        if assigned:
            raw_tasks += assigned
            warnings.append(_W("{where}: no plan in the resolution (decision, directive): the {n} duty(ies) its articles "
                               "assign ('Giao X:', 'X chủ trì …') are read as its tasks, the "
                               "closing articles not", "article_duties", where=assigned[0].where,
                               n=len(assigned)))
            for k, (s, role, _, _) in enumerate(written):
                got = [r for r in assigned if any(isinstance(it, Para) and it.where == r.where
                                                  for it in s.items)]
                if got and role == "text":
                    warnings = _read_as_tasks(written, k, got, warnings)
    for item in paras:
        if isinstance(item, Table) and not is_task_table(item) and item not in continued \
                and id(item) not in in_free:
            unread.append({"line": item.line, "heading": "table",
                           "text": [" | ".join(" ".join(c.split()) for c in r) for r in item.rows]})
            warnings.append(planflow.Worded.of(
                "{where}: a table that is not a task table ({rows} rows); kept as text in "
                "settings.import.unread", "table_kept", where=item.where, rows=len(item.rows)))

    # -- closing ------------------------------------------------------------------
    recipients: list[str] = []
    signature = None
    if closing:
        cparas = [p for p in closing if isinstance(p, Para)]
        recipients, signature, w, _ = read_closing(cparas)
        warnings += w
        if signed_at is not None:
            warnings.append(_W("{where}: the signature ('{line}') closes the text with no 'Nơi "
                               "nhận' before it: no recipients", "signature_only",
                               where=cparas[0].where, line=_short(cparas[0].text)))
    else:
        warnings.append(planflow.Worded.of("no 'Nơi nhận' block: no recipients and no signature",
                                           "no_closing"))

    # -- references, parent plan's issuer ------------------------------------------
    body_paras = [p for p in body if isinstance(p, Para)]
    refs = references(preamble, [p for p in body_paras if p not in preamble], info.symbol)
    if decision:
        dparas = [p for p in decision if isinstance(p, Para)]
        basis = [p for p in dparas if re.match(r"^(?:Căn cứ|Theo đề nghị)", p.text)]
        known = {r.symbol for r in refs}
        refs = [*refs, *(r for r in references(basis, [], info.symbol) if r.symbol not in known)]
    for r in refs:
        if r.role == "implements" and r.issuer and book.find(r.issuer) is None:
            book.add(r.issuer)

    # (an item whose own lead or partners were read is a task whose words were lost, not a
    # piece; a lead taken from the heading above it says nothing of the item)
    pieces = [r for r in raw_tasks if _no_task_words(r.title) and all(_no_task_words(c) for c in r.content)
              and not r.partners and (not r.lead or r.lead_from_heading)]
    if pieces:
        # an OCR'd roadmap's tables cut into pieces: a header's words repeated ("STT", "Don vị
        # chú trì"), a number alone, nothing at all, are no tasks (said, never read silently)
        raw_tasks, written = _without(pieces, raw_tasks, written)
        warnings.append(_W("{n} item(s) read as tasks hold no task's words (a table header's words "
                           "repeated, a number alone, nothing: {first}): not read as tasks; an OCR'd "
                           "table is to be read from the original", "no_task_words", n=len(pieces),
                           first=", ".join(dict.fromkeys(repr(r.title) for r in pieces[:12]))))
    # (or a row's number and the middle of its words, "5 tin đầy đủ cho …": a table's row cut)
    noisy = [r for r in raw_tasks if _OCR_NOISE.search(r.title)
             or re.match(r"^\d{1,2}\s+[a-zà-ỹđ`^_]", r.title)]
    if noisy:
        warnings.append(_W("{n} task(s) hold an OCR's noise ({first}): read as written; check them "
                           "against the original", "ocr_noise_tasks", n=len(noisy),
                           first=", ".join(repr(_short(r.title, 40)) for r in noisy[:3])))
    final_raw = list(raw_tasks)  # the tasks in their final order (sections name them)

    # -- the plan's own time, for duties that state none ----------------------------
    # By convention (docs/import.md) such a duty is continuous over the plan's time: the
    # time says when the plan runs, not when the duty is due, so no due day is invented.
    from_plan_time: set[int] = set()
    period, period_from = _plan_period(info, body_paras, texts, source, header.blank_date_year)
    if period_from == "statement":
        warnings.append(_W("the plan's period {a}-{b} is read from its own time (the title "
                           "names none)", "period_from_time", a=period.start.year,
                           b=period.end.year))
    period0 = period
    # a time stated inside a duty's sentence ("Hằng năm, tổ chức …", "… báo cáo … trong
    # tháng 11/2026", "(khi Bộ Y tế có văn bản triển khai)"), when it states exactly one;
    # a duty of several paragraphs (a heading over items) is not read so: a time in one
    # item is that item's
    inner_read = _reader(period0, info.date)
    for i, raw in enumerate(raw_tasks):
        if raw.timeframe is None and len(raw.content) <= 1:
            phrase, note = inner_time(re.sub(r"\*+|__", "", " ".join(raw.content) or raw.title), inner_read)
            if note is not None:
                raw_tasks[i] = attrs.evolve(raw, timeframe=phrase, notes=[*raw.notes, note])
        elif raw.timeframe is not None and len(raw.content) == 1 \
                and (other := other_times(raw.content[0], raw.timeframe, inner_read)) is not None:
            # "…, gửi Bộ Tài chính trước ngày 06/5/2026; … trình Chính phủ trước ngày 10/5/2026":
            # the time read closes the sentence; another one in it is said, never dropped
            raw_tasks[i] = attrs.evolve(raw, notes=[*raw.notes, other])
    found_time = None
    if any(t.timeframe is None for t in raw_tasks):
        found_time = plan_time(body_paras, _reader(period0, info.date))
        if found_time is not None:
            where_t, phrase = found_time
            n = 0
            for i, raw in enumerate(raw_tasks):
                if raw.timeframe is None:
                    raw_tasks[i] = attrs.evolve(raw, timeframe=phrase)
                    from_plan_time.add(i)
                    n += 1
            warnings.append(_W("{where}: the plan's own time '{time}' applied to {n} task(s) "
                               "that state no time of their own", "plan_time_applied",
                               where=where_t.where, time=phrase, n=n))

    # "1. Hoạt động 1" over "- Nội dung: Rà soát …": a placeholder names no task; the
    # first line of its words does ("Hoạt động 1: Rà soát …")
    for i, raw in enumerate(raw_tasks):
        bare = strip_marker(raw.title).strip(" .:;")  # "b) Hoạt động 2" counts its task too
        if raw.content and _PLACEHOLDER.fullmatch(bare):
            raw_tasks[i] = attrs.evolve(raw, title=f"{bare}: {raw.content[0]}", content=raw.content[1:])

    # -- tasks --------------------------------------------------------------------
    leads: list[list[str]] = []
    partners: list[list[str]] = []
    for raw in raw_tasks:
        names = [n for n in (*raw.lead, *raw.partners) if _NOT_AGENCY.match(n.strip())]
        if names:
            # a time or a document where an agency is expected: not an agency
            warnings.append(_W("{where}: {names} named where the lead or partners are: not an "
                               "agency, not kept", "not_agency", where=raw.where,
                               names=", ".join(f"'{n}'" for n in names)))
        leads.append([book.add(n) for n in raw.lead if n not in names])
        partners.append([book.add(n) for n in raw.partners
                         if n not in names and book.add(n) not in leads[-1]])
    ids = _task_ids(raw_tasks, leads)
    model_sections = _model_sections(written, dict(zip(map(id, final_raw), ids, strict=True)),
                                     [(r.group, tid) for r, tid in zip(final_raw, ids, strict=True)
                                      if r.group])
    tasks = [planflow.Task(tid, t.title, lead=lead, partners=part, timeframe=t.timeframe,
                           content=t.content, output=t.output)
             for tid, t, lead, part in zip(ids, raw_tasks, leads, partners, strict=True)]
    if not tasks:
        warnings.append(_W("no tasks found (no labelled tasks, task table or duties by agency)",
                           "no_tasks"))

    # -- the plan -----------------------------------------------------------------
    try:
        planflow.default_registry().calendar("vn")
        calendar = "vn"
    except planflow.PluginError:
        calendar = "weekdays"
        warnings.append(_W("no 'vn' work calendar installed: deadlines counted on weekdays",
                           "no_vn_calendar"))
    if info.title:
        # a title printed in capitals, as the document's running text writes it
        as_text = as_written(info.title, [p.text for p in (*decision, *paras)
                                          if isinstance(p, Para)])
        if as_text is not None:
            info = attrs.evolve(info, title=as_text)
    impl_texts = [_strip_close(t) for _, t in implementation]
    settings: dict[str, object] = {}
    if unread:
        settings["import"] = {"unread": unread}
    plan = planflow.bind(planflow.Plan(
        document=info, agencies=list(book.agencies), tasks=tasks, period=period,
        references=refs, preamble=[p.text for p in preamble], objectives=objectives,
        requirements=requirements, implementation=impl_texts, sections=model_sections,
        recipients=recipients,
        signature=signature, calendar=calendar, settings=settings))
    if period_from in ("year", "drawn_up", "guessed"):
        # no period stated: the span of the tasks' windows that name their years
        span = _task_span(plan)
        if span is not None and (span.start < period.start or span.end > period.end):
            wider = planflow.Period(min(span.start, period.start), max(span.end, period.end))
            if period_from == "year":
                warnings.append(_W("the plan's period {a}-{b} is the span of its tasks' times "
                                   "(neither the title nor the plan's own time states one)",
                                   "period_from_tasks", a=wider.start.year, b=wider.end.year))
            plan = planflow.bind(attrs.evolve(plan, period=wider, tasks=tasks))
            period = wider
    if period_from == "guessed":
        # no issue date, no period: the year is the first one the text names (often a law's,
        # "Bộ luật Lao động năm 2012"): a time naming no year of its own is read in it, and
        # says so (never a date that looks sure)
        warnings.append(_W("no issue date and no period stated: the plan's period {a}-{b} is "
                           "guessed from the first year its text names; times that name no "
                           "year are read in it", "period_guessed", a=period.start.year,
                           b=period.end.year))
        plan = attrs.evolve(plan, tasks=[_year_guessed(task, period) for task in plan.tasks])
    if period_from == "drawn_up":
        warnings.append(_W(
            "the plan's period {a}-{b} is its issue year and its tasks' times: the period its "
            "title names ({title}) is that of the document it draws up", "period_drawn_up",
            a=period.start.year, b=period.end.year, title=_title_years(info.title)))

    if from_plan_time:
        plan = attrs.evolve(plan, tasks=[
            attrs.evolve(task, timeframe=_over_plan_time(task.timeframe, plan))
            if k in from_plan_time else task for k, task in enumerate(plan.tasks)])
    if any(raw.timeframe is None for raw in raw_tasks) and plan.period is not None:
        # a duty that states no time runs over the plan's period (flagged, no due day)
        over = planflow.Timeframe(
            text="", kind=planflow.Kind.CONTINUOUS, start=plan.period.start, end=plan.period.end,
            warnings=(_W("no time stated: continuous over the plan's period ({start}-{end}), "
                         "no due day", "no_time_stated", start=f"{plan.period.start:%d/%m/%Y}",
                         end=f"{plan.period.end:%d/%m/%Y}"),))
        plan = attrs.evolve(plan, tasks=[
            attrs.evolve(task, timeframe=over) if raw.timeframe is None else task
            for task, raw in zip(plan.tasks, raw_tasks, strict=True)])

    # -- regime (needs the plan's context) ----------------------------------------------
    # every reporting sentence: those of the implementation section first, then the rest
    # of the body (not a task's own words, not a heading such as "CHẾ ĐỘ BÁO CÁO")
    def _bare(text: str) -> str:
        return " ".join(strip_marker(text.replace("*", "")).split())

    duty_words = [_bare(" ".join(t.content) or t.title) for t in raw_tasks]
    candidates: list[tuple[str, str]] = []
    # a review in a named year reported on, inside an agency's duties ("…; tổ chức sơ kết …
    # vào cuối năm 2027 và tổng kết vào cuối năm 2030 để báo cáo Thủ tướng Chính phủ"): read
    # after every other reporting sentence
    reviews: list[tuple[str, str]] = []
    for (p, _), txt in zip(implementation, impl_texts, strict=True):
        if duty_reports(txt) and any(_bare(txt) in d for d in duty_words):
            continue  # a duty's own daily report: read with the duty, below
        if find_reporting_sentence([txt]) is not None and not _heading_only(txt):
            candidates.append((p.where, txt))
        elif not any(_bare(txt) in d for d in duty_words):
            reviews += [(p.where, c) for c in review_reports(txt)]
    for p in body_paras:
        if duty_reports(p.text) and any(_bare(p.text) in d for d in duty_words):
            continue  # a duty's own daily report: read with the duty, below
        if any(p.text in t.content for t in raw_tasks) and not _DUTY_REPORT_DAY.search(p.text):
            # (a duty's words that ask for reports on named days each year, month or quarter,
            # "… trước ngày 10 tháng 01 hàng năm báo cáo …", are also read as reporting
            # sentences, as a bulleted duty's are)
            continue
        if find_reporting_sentence([p.text]) is not None and not _heading_only(p.text):
            txt = _strip_close(strip_marker(p.text))
            if all(txt != c and txt not in c for _, c in candidates):
                candidates.append((p.where, txt))
        else:
            reviews += [(p.where, c) for c in review_reports(p.text)]
    for where, clause in reviews:
        if all(clause not in c for _, c in candidates):
            candidates.append((where, clause))
    read: list[tuple[planflow.Regime, list[str]]] = []
    ctx = planflow.timeframe_context(plan)
    for where, sentence in candidates:
        parts = _chained_reports(report_sentences(sentence))
        first_read = read_regime(parts[0], where, ctx, book)
        subject = m2.group(0).rsplit("tổng hợp", 1)[0].strip(" ,") \
            if len(parts) == 2 and (m2 := _SUBJECT_COMPILES.match(parts[1])) is not None else ""
        if subject and first_read[0].recipient is None and is_agency_start(subject):
            # "các đơn vị báo cáo … ; Sở Nội vụ tổng hợp, …": the units report to the one who
            # compiles their reports
            first_read = (attrs.evolve(first_read[0], recipient=book.add(subject),
                                       params={**first_read[0].params, "recipient_name": subject}),
                          [*first_read[1], _W("{where}: the reports go to {subject}, who "
                                              "compiles them (the sentence names no recipient)",
                                              "reports_to_compiler", where=where,
                                              subject=subject)])
        read.append(first_read)
        if len(parts) == 2:
            # "… báo cáo về X trước ngày D1 để tổng hợp, báo cáo Y trước ngày D2": X's own
            # report to Y is an obligation of its own
            name = first_read[0].params.get("recipient_name")
            again = parts[1] if _SUBJECT_COMPILES.match(parts[1]) or not name \
                else f"{name} tổng hợp, {parts[1]}"
            second = read_regime(again, where, ctx, book)
            read.append((second[0], [*second[1], _W(
                "{where}: the sentence asks for two reports, each with its own day: read as "
                "two obligations", "two_reports", where=where)]))
    # a daily report a duty asks for ("…, báo cáo UBND tỉnh trước 19h00 hằng ngày"): an
    # obligation of its own, of the duty's lead, never the plan's regime
    in_duties: list[planflow.Regime] = []
    for task, raw in zip(plan.tasks, raw_tasks, strict=True):
        for clause in (c for text in (raw.content or [raw.title]) for c in duty_reports(text)):
            if any(clause in c for _, c in candidates):
                continue
            asked, w3 = read_regime(clause, raw.where, ctx, book)
            if asked.cadence == "explicit":
                continue
            if not asked.reporters and task.lead:
                asked = attrs.evolve(asked, reporters=list(task.lead))
            in_duties.append(asked)
            warnings += w3
            warnings.append(_W("{where}: task '{task}' asks for a report of its own ('{said}'): "
                               "kept in settings.import.reports, its lead reporting",
                               "duty_report", where=raw.where, task=_short(task.title),
                               said=_short(clause)))
    if read or in_duties:
        # the first sentence that states its due day sets the plan's regime; every other
        # one is kept as its own obligation in settings.import.reports
        # (difficulties reported when they arise are never the plan's regime: kept beside it)
        plan_reads = [k for k, (r, _) in enumerate(read) if not _DIFFICULTIES.search(r.text)]
        first = next((k for k in plan_reads if read[k][0].cadence != "unresolved"),
                     plan_reads[0] if plan_reads else -1)
        regime, w = read[first] if first >= 0 else (None, [])
        if first < 0 and read:
            warnings.append(_W("reports are asked only when difficulties arise ('{said}'): no regime; "
                               "kept in settings.import.reports (ad hoc)", "difficulties_only",
                               said=_short(read[0][0].text, 60)))
        warnings += w
        others = [r for k, (r, _) in enumerate(read) if k != first] + in_duties
        for k, (_, w2) in enumerate(read):
            if k != first:
                warnings += w2
        with_reports: dict[str, Any] = dict(plan.settings)
        # the other reports with a schedule, a recipient and a reporter are tracked too
        regime, tracked = track_reports(regime, others)
        agency_names = {a.id: a.name for a in book.agencies}
        for k, reporters in tracked.items():
            folded = others[k]
            warnings.append(_W("the report '{said}' ({who} to {to}) is tracked with the plan's "
                               "own, as a part of its regime", "report_tracked",
                               said=_short(folded.text),
                               to=agency_names.get(str(folded.recipient), folded.recipient),
                               who=", ".join(agency_names.get(a, a) for a in reporters)))
        if others:
            imp: dict[str, Any] = dict(with_reports.get("import", {}))
            imp["reports"] = [{"cadence": r.cadence, "text": r.text, "params": _plain(r.params),
                               **({"reporters": list(r.reporters)} if r.reporters else {}),
                               **({"tracked": True} if k in tracked else {})}
                              for k, r in enumerate(others)]
            with_reports["import"] = imp
            if len(read) > 1:
                warnings.append(_W("{n} reporting sentences: the first that states a due day is "
                                   "the plan's regime; the others are kept in "
                                   "settings.import.reports", "regimes_kept", n=len(read)))
        plan = planflow.bind(planflow.Plan(
            document=plan.document, agencies=list(book.agencies), tasks=plan.tasks,
            period=plan.period, references=plan.references, preamble=plan.preamble,
            objectives=plan.objectives, requirements=plan.requirements,
            implementation=plan.implementation, sections=plan.sections, regime=regime,
            recipients=plan.recipients,
            signature=plan.signature, calendar=plan.calendar, settings=with_reports))
    if not read:
        warnings.append(planflow.Worded.of("no reporting sentence found: the plan has no regime",
                                           "no_regime"))

    # -- what could not be read ---------------------------------------------------------
    # a time no reader understands fails validation unless the plan accepts it as
    # untracked: an imported plan says so, so it loads and the office sees the list
    if guessed:
        plan = attrs.evolve(plan, tasks=[_laid_out(t, raw, guessed)
                                         for t, raw in zip(plan.tasks, raw_tasks, strict=True)])
    untracked = [t.id for t in plan.tasks
                 if t.timeframe.text.strip() and planflow.untracked_reason(t.timeframe)]
    if untracked:
        engine = plan.settings.get("engine")
        settings = {**plan.settings,
                    "engine": {**(engine if isinstance(engine, dict) else {}),
                               "untracked": "accept"}}
        plan = attrs.evolve(plan, settings=settings)
        warnings.append(_W("{n} task(s) with a time no reader understands ({ids}): "
                           "settings.engine.untracked = \"accept\" set, so they are listed as "
                           "untracked; give them dates, then remove the setting", "untracked",
                           n=len(untracked), ids=", ".join(untracked[:5])
                           + (", …" if len(untracked) > 5 else "")))
    for task, raw in zip(plan.tasks, raw_tasks, strict=True):
        warnings += [_W("{where}: task '{task}': {note}", "task_note", where=raw.where,
                        task=_short(task.title), note=n) for n in raw.notes]
        if not task.lead:
            warnings.append(planflow.Worded.of("{where}: task '{task}' names no lead agency",
                                               "no_lead", where=raw.where, task=_short(task.title)))
        tf = task.timeframe
        if raw.timeframe is None:
            warnings.append(planflow.Worded.of(
                "{where}: task '{task}' gives no timeframe: continuous over the plan's period",
                "no_time", where=raw.where, task=_short(task.title)))
        elif tf.kind is planflow.Kind.UNRESOLVED:
            why = planflow.Worded.joined("; ", tf.warnings) if tf.warnings \
                else _W("no timeframe parser reads it", "no_parser")
            warnings.append(_W("{where}: timeframe '{text}' of task '{task}' kept as text ({why})",
                               "tf_kept", where=raw.where, text=tf.text, task=_short(task.title),
                               why=why))
        else:
            warnings += [planflow.Worded.of("{where}: timeframe '{text}': {warning}", "tf_warning",
                                            where=raw.where, text=tf.text, warning=w)
                         for w in tf.warnings]
    return planflow.ImportResult(plan, warnings)


_ROW_NO = re.compile(r"^\**\s*(?:\d{1,3}(?:\.\d{1,2})*|[IVXL]{1,5}|[A-ZĐ])\s*\.?\s*\**$")


def _next_to(items: list[Para | Table], a: int, b: int) -> bool:
    """Whether only page numbers ("8", "- 8 -") lie between items ``a`` and ``b``."""
    return 0 <= a < b and all(isinstance(it, Para) and _PAGE_NO.fullmatch(it.text.strip())
                              for it in items[a + 1:b])


_PAGE_NO = re.compile(r"[-–\s]*\d{1,3}[-–\s]*|(?:Trang|trang)\s+\d{1,3}(?:\s*/\s*\d{1,3})?")


def _task_tables(tables: list[Table], items: list[Para | Table]) -> tuple[list[Table], list[Table]]:
    """The task tables, a headerless table right after one (as wide, its rows numbered)
    read as its continuation with its header; and those continuations. A task table
    that repeats the header of the one just before it, with nothing but a page break
    between (``items``, the document's paragraphs and tables in order), is its
    continuation too: one table, so that the group row above the break still heads the
    rows after it."""
    out: list[Table] = []
    continued: list[Table] = []
    prev: Table | None = None
    at = {id(it): k for k, it in enumerate(items)}
    for t in tables:
        if is_task_table(t):
            if prev is not None and _next_to(items, at.get(id(prev), -9), at.get(id(t), -1)) \
                    and (start := header(t)[1]) == header(prev)[1] \
                    and t.rows[:start] == prev.rows[:start] and len(t.rows[0]) == len(prev.rows[0]):
                # the header repeated after a page break: the rows go on the same table
                base = out[-1]
                joined = Table(base.where, base.line, base.rows + t.rows,
                               base.short_rows + tuple(r + len(base.rows) for r in t.short_rows),
                               base.short_cells + t.short_cells)
                out[-1] = joined
                continued.append(t)
                prev = t
                continue
            out.append(t)
            prev = t
            continue
        if prev is not None and t.rows and len(t.rows[0]) == len(prev.rows[0]) >= 3 and \
                _ROW_NO.match(t.rows[0][0].strip()):
            _, start = header(prev)
            shift = len(prev.rows[:start])
            joined = Table(t.where, t.line, prev.rows[:start] + t.rows,
                           tuple(r + shift for r in t.short_rows), t.short_cells)
            out.append(joined)
            continued.append(t)
            continue
        prev = None
    return out, continued


# a decision's title line; a Nghị quyết (the Government's, a council's) issues a plan as one does
_DECISION_TITLE = re.compile(r"^(?:QUYẾT\s+ĐỊNH|NGHỊ\s+QUYẾT)\b(?!\s*:)")
_ISSUES_PLAN = re.compile(
    r"(?:ban\s*hành|phê\s*duyệt)\s+kèm\s+theo\s*(?:Quyết\s*định|QĐ|Nghị\s*quyết)\s+này\b"
    r"|^Điều\s*1\s*\.\s*(?:Nay\s+)?(?:Ban\s*hành|Phê\s*duyệt)\b.{0,60}?\b(?:Kế\s*hoạch|Chương\s*trình)"
    r"|\((?:Kế\s*hoạch|Chương\s*trình)\s+kèm\s+theo\s+Quyết\s*định", re.I)
# the note under an attached plan's title: "(Ban hành kèm theo Quyết định số …)", "(Kèm theo …)"
_ATTACHED_NOTE = re.compile(r"\((?:Ban\s*hành\s+)?(?:kèm\s+theo|theo)\s+(?:Quyết\s*định|Nghị\s*quyết)\b", re.I)
# the first line of a decision when no "QUYẾT ĐỊNH" line is printed: its title naming what it
# issues or approves, or its decider
_DECISION_START = re.compile(
    r"^(?:(?:VỀ\s*VIỆC\s*|V/V\s*)?(?:BAN\s*HÀNH|PHÊ\s*DUYỆT)\b|CHỦ\s+TỊCH\s|BỘ\s+TRƯỞNG\s"
    r"|THỦ\s+TƯỚNG\s+CHÍNH\s+PHỦ$)")
# "Điều 1. Phê duyệt Kế hoạch … với các nội dung chủ yếu sau:" (or "… như sau:"): the plan's
# content is the article itself, not an attachment ("Ban hành kèm theo Quyết định này …")
_APPROVES_IN_ARTICLES = re.compile(
    r"^Điều\s*1\s*\.\s*(?:Nay\s+)?Phê\s*duyệt\b(?!.*\bkèm\s+theo\b).*?"
    r"(?:(?:với|gồm)\s+(?:các|những)\s+nội\s+dung(?:\s+(?:chủ\s+yếu|chính|cụ\s+thể))?"
    r"(?:\s+(?:như\s+)?sau)?|như\s+sau)\s*(?:đây\s*)?:?\s*$", re.I | re.S)
_PLAN_TITLE = re.compile(r"^(?:KẾ\s*HOẠCH|CHƯƠNG\s*TRÌNH)(?:\s+HÀNH\s+ĐỘNG)?\s*$|^KẾ\s*HOẠCH\b"
                         r"|^CHƯƠNG\s*TRÌNH\s+HÀNH\s+ĐỘNG\s+CỦA\b")


def _attached_plan(paras: list[Para | Table]) -> tuple[list[Para | Table],
                                                       list[Para | Table]] | None:
    """A Quyết định that issues a Kế hoạch "ban hành kèm theo": (the decision, the plan
    to read: the decision's letterhead, or the plan's own, then the plan from its title).
    None for a plan on its own."""
    texts = [(k, p) for k, p in enumerate(paras) if isinstance(p, Para)]
    title = next((k for k, p in texts[:40] if _DECISION_TITLE.match(p.text.replace("*", "").strip())
                  ), None)
    if title is None and any(re.search(r"\bQUYẾT\s+ĐỊNH\s*:", p.text.replace("*", ""))
                             for _, p in texts[:60]):
        # no "QUYẾT ĐỊNH" title line (a page dropped it): the decision starts under its
        # place and date, at its title naming what it issues ("VỀ VIỆC BAN HÀNH …") or at
        # its decider ("CHỦ TỊCH …")
        dated = next((i for i, (_, p) in enumerate(texts[:40])
                      if re.search(r"ngày\s+\d{1,2}\s*(?:tháng|/)\s*\d{1,2}\s*(?:năm|/)\s*\d{4}",
                                   p.text) and len(p.text) < 80), None)
        decides = next(k for k, p in texts[:60] if re.search(r"\bQUYẾT\s+ĐỊNH\s*:", p.text.replace("*", "")))
        if dated is not None:
            title = next((k for k, p in texts[dated + 1:40]
                          if _DECISION_START.match(" ".join(p.text.replace("*", "").split()))), None)
        if title is None or title > decides:
            # no letterhead, no place and date (a chatbot's chunks): the decision starts at
            # its title naming what it issues, or at its decider, over "Căn cứ …" and
            # "QUYẾT ĐỊNH:"
            title = next((k for k, p in texts[:12] if k < decides
                          and _DECISION_START.match(" ".join(p.text.replace("*", "").split()))), None)
    if title is None or any(_PLAN_TITLE.match(p.text.replace("*", "").strip())
                            for k, p in texts if k < title):
        return None
    issues = next((k for k, p in texts if k > title and _ISSUES_PLAN.search(p.text)), None)
    if issues is None:
        return None
    texts_by_key = dict(texts)
    close = next((k for k, p in texts if k > issues and p.text.startswith("Nơi nhận")), None)
    after = close if close is not None else issues
    plan_at = next((k for k, p in texts if k > after
                    and _PLAN_TITLE.match(p.text.replace("*", "").strip())), None)
    if plan_at is None:
        # the page dropped the attachment's "KẾ HOẠCH" line: its title is the line in
        # capitals over "(Ban hành kèm theo Quyết định số …)" (or holding it)
        for i, (k, p) in enumerate(texts):
            if k <= after:
                continue
            t = p.text.replace("*", "").strip()
            head = t.split("(")[0].strip()
            note = _ATTACHED_NOTE.search(t) or (i + 1 < len(texts) and _ATTACHED_NOTE.match(
                texts[i + 1][1].text.replace("*", "").strip()))
            if head and head.isupper() and len(head.split()) >= 3 and note:
                if _APPROVES_IN_ARTICLES.search(texts_by_key[issues].text) and (
                        _APPENDIX.match(head) or (i > 0 and _APPENDIX.match(
                            texts[i - 1][1].text.replace("*", "").strip()))):
                    # "Điều 1. Phê duyệt Kế hoạch … với các nội dung chủ yếu sau:": the plan
                    # is the decision's own article; "PHỤ LỤC … (Kèm theo Quyết định …)" is
                    # an appendix of the decision (its task tables), not an attached plan
                    return None
                plan_at = k
                break
    if plan_at is None:
        return None
    # the plan's own letterhead ("Số: …" between the decision's signature and the title)
    own = [k for k, p in texts if (close or issues) < k < plan_at
           and re.match(r"^Số\s*:", p.text.replace("*", "").strip())]
    if own:
        start = own[0]
        while start - 1 > (close or issues) and _letterhead_line(paras[start - 1]):
            start -= 1
        return paras[:start], paras[start:]
    return paras[:plan_at], paras[:title] + paras[plan_at:]


def _approval_article(paras: list[Para | Table]) -> Para | None:
    """The "Điều 1. Phê duyệt Kế hoạch (Chương trình, Đề án) … với các nội dung chủ yếu
    sau:" of a decision that approves the plan in its own article (no plan attached "kèm
    theo"), or None."""
    texts = [p for p in paras if isinstance(p, Para)]
    if not any(_DECISION_TITLE.match(p.text.replace("*", "").strip()) for p in texts[:40]):
        return None
    return next((p for p in texts if _APPROVES_IN_ARTICLES.search(p.text.replace("*", "").strip())),
                None)


# a decision's title naming the plan it issues or approves: "VỀ VIỆC BAN HÀNH KẾ HOẠCH …",
# "PHÊ DUYỆT “KẾ HOẠCH …”" (words glued by a scrape, "BANHÀNH", read too)
_DECISION_NAMES_PLAN = re.compile(
    r"^(?:VỀ\s*VIỆC\s*|V/V\s*)?(?:BAN\s*HÀNH|PHÊ\s*DUYỆT)\s*[“\"]?\s*(?P<t>(?:KẾ\s*HOẠCH|CHƯƠNG\s*TRÌNH)"
    r"(?=[\sA-ZĐÀ-Ỹ]).+?)[”\"]?\s*$")
# the kind's words opening a plan's name: "KẾ HOẠCH", "CHƯƠNG TRÌNH HÀNH ĐỘNG" (glued to
# the next word by a scrape too: "KẾ HOẠCHTHỰC HIỆN")
_KIND_WORDS = re.compile(r"^(?:KẾ\s*HOẠCH|CHƯƠNG\s*TRÌNH(?:\s*HÀNH\s*ĐỘNG)?)\s*")
# the preamble's sentence issuing the plan: "UBND tỉnh ban hành Kế hoạch giám sát …, cụ thể
# như sau:"; what the title is ends at "(sau đây gọi tắt …)", "như sau", "với các nội dung"
_ISSUES_SENTENCE = re.compile(
    r"\b(?:ban\s+hành|xây\s+dựng)\s+Kế\s+hoạch\s+(?P<t>.{10,400}?)\s*(?:\((?:sau\s+đây|gọi\s+tắt)|,?\s*cụ\s+thể"
    r"|,?\s*(?:với\s+)?(?:các|những)\s+nội\s+dung|,?\s*như\s+sau|:)", re.I)


_DECIDER = re.compile(r"^(?:CHỦ\s+TỊCH|ỦY\s+BAN|UỶ\s+BAN|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|HỘI\s+ĐỒNG"
                      r"|GIÁM\s+ĐỐC|CĂN\s+CỨ|QUYẾT\s+ĐỊNH)")


def _kept_content(written: list[Any]) -> list[tuple[int, Section]]:
    """The sections saying what is to be done ("NHIỆM VỤ", "NỘI DUNG", …; not "TỔ CHỨC THỰC
    HIỆN") kept as text so far, with their places in ``written``."""
    return [(k, s) for k, (s, role, _, _) in enumerate(written) if role == "text"
            and _CONTENT_TITLE.search(s.title.upper()) and not _IMPLEMENTATION.search(s.title.upper())]


def _printed_page_numbers(flat: list[Block | Table]) -> list[Block | Table]:
    """``flat`` with the page's own printed number taken off the first line of the block
    after a converter's page marker ("## Trang 6" | "6" | "2. Sở Tài chính …": the page
    number the PDF prints at its top, run into the page's first paragraph). The marker
    itself is page furniture (:func:`page_furniture`)."""
    out = list(flat)
    for k in range(len(out) - 1):
        here, after = out[k], out[k + 1]
        if not (isinstance(here, Block) and isinstance(after, Block) and page_furniture(here)
                and len(after.lines) > 1):
            continue
        number = re.search(r"(\d{1,3})(?:\s*/\s*\d{1,3})?\W*$", " ".join(here.lines))
        if number is not None and after.lines[0].strip() == number.group(1):
            out[k + 1] = attrs.evolve(after, line=after.line + 1, lines=after.lines[1:])
    return out


def _laid_out(task: planflow.Task, raw: RawTask, guessed: tuple[tuple[int, int], ...]
              ) -> planflow.Task:
    """``task`` with a warning on its time when its row is one of a table laid out in spaces
    (``guessed``): which column a time's words stood in is a guess there, so a date read
    from them never looks sure."""
    tf = task.timeframe
    line = _line_of(raw)
    if not any(a <= line <= b for a, b in guessed) or not (
            tf.due or tf.start or tf.end or tf.occurrences):
        return task
    note = _W("'{text}' read from a table laid out in spaces (a PDF's text kept in its layout): "
              "which column its words stood in is a guess; check it against the document",
              "tf_laid_out", text=tf.text)
    return attrs.evolve(task, timeframe=attrs.evolve(tf, warnings=(*tf.warnings, note)))


def _line_of(task: RawTask) -> int:
    """The line a raw task was read from ("line 36", "line 46, row 4"), for the document's
    order; a task with none last."""
    m = re.search(r"\d+", task.where)
    return int(m.group()) if m else 1 << 30


def _read_as_tasks(written: list[Any], k: int, tasks: list[RawTask], warnings: list[str]) -> list[str]:
    """Section ``written[k]``, first kept as text, read as ``tasks`` after all (its items
    are the tasks duties point at, or items led in brackets): its role changes, and the
    warning that kept it as text goes."""
    s, _, _, subs = written[k]
    written[k] = (s, "tasks", tasks, subs)
    return [w for w in warnings if not (getattr(w, "key", "") == "section_kept"
                                        and dict(getattr(w, "fields", ())).get("where") == s.para.where)]


def _decision_title(texts: list[Para]) -> tuple[str, Para] | None:
    """The words of a decision's title (the lines in capitals under "QUYẾT ĐỊNH", up to
    the body that decides), with the paragraph of its "QUYẾT ĐỊNH" line; None when the
    text has no such line."""
    for k, p in enumerate(texts[:40]):
        if not _DECISION_TITLE.match(p.text.replace("*", "").strip()):
            continue
        own = _DECISION_TITLE.sub("", p.text.replace("*", "").strip()).strip()
        parts: list[str] = [own] if own else []
        for q in texts[k + 1:k + 6]:
            t = q.text.replace("*", "").strip()
            # the title in capitals, or (a page's copy) its first line in sentence case
            if not (t.isupper() or (not parts and re.match(r"(?:Ban hành|Phê duyệt)\b", t))) \
                    or _DECIDER.match(t):
                break
            parts.append(t)
            if not t.isupper():
                break
        # lines joined with the title in a scrape's cell: it ends where the decider is named
        return re.split(r"\s+(?=(?:CHỦ\s+TỊCH|BỘ\s+TRƯỞNG|THỦ\s+TƯỚNG|GIÁM\s+ĐỐC"
                        r"|(?<!CỦA\s)Ủ?[YỶ]\s+BAN\s+NHÂN\s+DÂN)\b)", " ".join(parts))[0], p
    return None


def _title_elsewhere(texts: list[Para], preamble: list[Para]) -> tuple[str, str] | None:
    """A title when no "KẾ HOẠCH" line gives one: the decision's title naming the plan (the
    page holds no attachment), else the preamble's sentence that issues the plan. With the
    warning saying where it was read."""
    said = _decision_title(texts)
    if said is not None:
        joined, p = said
        m = _DECISION_NAMES_PLAN.match(joined.upper())
        if m is not None:
            # (matched in capitals; the title as the page prints it)
            title = _KIND_WORDS.sub("", joined[m.start("t"):m.end("t")].upper())
            title = joined[m.end("t") - len(title):m.end("t")].strip(" ,.")
            return title, _W("{where}: no 'KẾ HOẠCH' title and no attached plan in the text: the "
                             "title is read from the decision's ({title!r}); the plan's tasks are "
                             "in the attachment, not here", "title_from_decision", where=p.where,
                             title=joined[m.start("t"):m.end("t")][:60])
    for p in preamble[:8]:
        m = _ISSUES_SENTENCE.search(p.text)
        if m is not None and len(m.group("t").split()) >= 4:  # "Kế hoạch triển khai như sau"
            title = m.group("t").strip(" ,.;")
            return title, _W("{where}: no title under 'KẾ HOẠCH': read from the sentence that "
                             "issues the plan ({title!r})", "title_from_sentence", where=p.where,
                             title=title[:60])
    return None


# the kind of a document that is no plan, alone on its line ("NGHỊ QUYẾT", "QUYẾT ĐỊNH")
_OWN_KIND_LINE = re.compile(r"^(?:NGHỊ\s+QUYẾT|QUYẾT\s+ĐỊNH|CHỈ\s+THỊ)$")
# the body whose document it is, under its kind: "CỦA BAN THƯỜNG VỤ TỈNH ỦY" (a Party body's)
_OWN_KIND_BODY = re.compile(r"^CỦA\s+[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ\s]+$")
# where such a title ends: the body that decides, a rule, the grounds
_AFTER_TITLE = re.compile(r"^(?:_{3,}|-{3,}|Căn\s+cứ\b|CĂN\s+CỨ\b)")


#: a sub-heading of aims with its text on the same line: "Mục đích: Nâng cao …"
_AIM_INLINE = re.compile(r"(?P<head>Mục\s+đích|Mục\s+tiêu(?:\s+(?:chung|cụ\s+thể|tổng\s+quát))?"
                         r"|Quan\s+điểm|Yêu\s+cầu)\s*:\s*(?P<text>\S.*)", re.I | re.S)


def _own_kind_title(texts: list[Para]) -> tuple[str, str] | None:
    """The title under the document's own kind line ("NGHỊ QUYẾT" / "Sửa đổi, bổ sung
    nhiệm vụ …" up to the rule, the deciding body in capitals or "Căn cứ"), with the
    warning saying so; None when there is no such line."""
    at = next((k for k, p in enumerate(texts)  # alone, or the last line of the date's paragraph
               if _OWN_KIND_LINE.match((p.parts[-1] if p.parts else p.text).replace("*", "").strip())),
              None)
    head: list[str] = []  # the title's lines in the kind line's own paragraph
    if at is None:
        # the first line of a paragraph of its own ("NGHỊ QUYẾT" / "CỦA BAN THƯỜNG VỤ …" /
        # "về …" printed as one block)
        at = next((k for k, p in enumerate(texts[:30]) if len(p.parts) > 1
                   and _OWN_KIND_LINE.match(p.parts[0].replace("*", "").strip())), None)
        if at is None:
            return None
        head = list(texts[at].parts[1:])
    parts: list[str] = []
    for q in [Para(texts[at].where, texts[at].line, " ".join(head), tuple(head))] * bool(head) \
            + texts[at + 1:at + 6]:
        if head and parts and q.text[:1].isupper():
            break  # under "NGHỊ QUYẾT" / "CỦA …" the title is one paragraph; the body's opens next
        for line in q.parts or [q.text]:
            t = " ".join(line.replace("*", "").split())
            if not parts and _OWN_KIND_BODY.match(t):
                continue  # "NGHỊ QUYẾT" / "CỦA BAN THƯỜNG VỤ TỈNH ỦY" / "về …": the body, not the title
            if not t or _AFTER_TITLE.match(t) or (t.isupper() and parts and not parts[-1].isupper()) \
                    or (parts and t.isupper() and _DECIDER.match(t)) \
                    or (parts and (t.endswith(":") or (t.endswith(".") and not t.endswith("..")
                                                        and len(t) > 80))):
                # (the body that decides: "THỦ TƯỚNG CHÍNH PHỦ", "ỦY BAN NHÂN DÂN TỈNH …"; a
                # sentence of the body after the title: a line of prose closed by its stop, or
                # its colon; a title's last line may close with a stop)
                break
            parts.append(t)
        else:
            continue
        break
    title = re.split(r"\s+_{3,}", " ".join(parts))[0].strip(" ;,.")
    if len(title) < 10:
        return None
    kind = " ".join((texts[at].parts[0] if head else texts[at].parts[-1] if texts[at].parts
                     else texts[at].text).replace("*", "").split())
    return title, _W("{where}: no plan's title: the plan's tasks are the {kind}'s own, its title "
                     "the {kind}'s ({title!r})", "title_of_document", where=texts[at].where, kind=kind,
                     title=_short(title))


# "1. Tên nhiệm vụ: …": a task named by a numbered label, its other labels numbered after it
_TASK_NAME_LABEL = re.compile(r"^\s*(?P<n>\d{1,2})\s*[.)]\s*Tên\s+(?:nhiệm\s+vụ|đề\s+án|hoạt\s+động)\s*:\s*"
                              r"(?P<v>\S.*)$", re.I)
_NUMBERED_LABEL = re.compile(r"^\s*(?P<n>\d{1,2})\s*[.)]\s*(?P<label>(?:Cơ\s+quan|Đơn\s+vị)\s+(?:chủ\s+trì"
                             r"|phối\s+hợp|thực\s+hiện)|Kết\s+quả|Sản\s+phẩm|Thời\s+(?:gian|hạn)"
                             r"(?:\s+(?:hoàn\s+thành|thực\s+hiện))?)\s*:\s*(?P<v>\S.*)$", re.I)


def _numbered_label_tasks(texts: list[Para]) -> list[RawTask]:
    """Tasks each written as a numbered list of labels ("1. Tên nhiệm vụ: …", "2. Cơ quan
    chủ trì: …", "3. Cơ quan phối hợp: …", "4. Kết quả: …", "5. Thời gian hoàn thành:
    …"), the numbers following on; only those naming their lead."""
    out: list[RawTask] = []
    for k, p in enumerate(texts):
        m = _TASK_NAME_LABEL.match(p.text)
        if m is None:
            continue
        n = int(m["n"])
        task = RawTask(where=p.where, title=m["v"].strip().rstrip(".;").strip())
        for q in texts[k + 1: k + 8]:
            lm = _NUMBERED_LABEL.match(q.text)
            if lm is None or int(lm["n"]) != n + 1:
                break
            n += 1
            value = lm["v"].strip().rstrip(".;").strip()
            label = lm["label"].casefold()
            if "phối hợp" in label:
                task = attrs.evolve(task, partners=split_agencies(value))
            elif label.startswith(("kết quả", "sản phẩm")):
                task = attrs.evolve(task, output=value)
            elif label.startswith("thời"):
                task = attrs.evolve(task, timeframe=value)
            else:
                task = attrs.evolve(task, lead=split_agencies(value))
        if task.lead:
            out.append(task)
    return out


def _letterhead_line(p: Para | Table) -> bool:
    """A line of a letterhead: the issuer in capitals, the national motto."""
    if not isinstance(p, Para) or len(p.text) > 120:
        return False
    letters = [c for c in p.text if c.isalpha()]
    return p.text.startswith("Độc lập") or (
        len(letters) >= 4 and sum(c.isupper() for c in letters) >= 0.8 * len(letters))


def _reader(period: planflow.Period, issued: date | None) -> Callable[[str], planflow.Timeframe | None]:
    """Words read as a timeframe in ``period``; None when no parser reads them."""
    ctx = planflow.TimeframeContext(period.start, period.end, issued)
    parsers = planflow.default_registry().timeframe_parsers()

    def read(text: str) -> planflow.Timeframe | None:
        tf = planflow.resolve_timeframe(text, ctx, parsers)
        return None if tf.kind is planflow.Kind.UNRESOLVED else tf

    return read


# a plan to draw up another document ("Kế hoạch (tổ chức) lập Quy hoạch / Đề án / Chiến lược
# … thời kỳ 2021-2030"): the period its title names is the other document's
_DRAWS_UP = re.compile(r"\b(?:lập|xây\s+dựng)\s+(?:quy\s+hoạch|đề\s+án|chiến\s+lược)\b", re.I)


def _title_years(title: str | None) -> str:
    """The years a title names ("thời kỳ 2021-2030"), for a warning."""
    years = re.findall(r"\b(?:19|20)\d\d\b", title or "")
    return "-".join(years[:2]) if years else ""


def _plan_period(info: planflow.DocumentInfo, body: list[Para], texts: list[Para],
                 source: str, blank_year: int | None = None) -> tuple[planflow.Period, str]:
    """The plan's period and where it is read from: the title ("giai đoạn 2026 - 2030",
    "năm 2026", "đến năm 2035", "năm học 2025-2026"), else the plan's own time ("Thời gian
    thực hiện: từ nay đến hết năm 2026": whole years), else the issue year ("year"; the
    importer widens it to the span of the tasks' times)."""
    period = title_period(info.title, info.date)
    if period is not None and info.date is not None and period.start.year > info.date.year \
            and _DRAWS_UP.search(info.title or ""):
        # "Kế hoạch lập Quy hoạch … thời kỳ 2021-2030" issued in 2019: the title's period is
        # that of the planning drawn up; the plan runs from its issue year over its tasks
        return planflow.Period.coerce(info.date.year) or _never(), "drawn_up"
    if period is not None:
        return period, "title"
    if info.date is None and blank_year:
        # "Lào Cai, ngày    tháng    năm 2026": the year the date line prints
        return planflow.Period.coerce(blank_year) or _never(), "year"
    if info.date is None:
        years = re.findall(r"\b(20\d\d|19\d\d)\b", " ".join(p.text for p in texts[:50]))
        if not years:
            raise planflow.PlanFileError(source, [("", _W("no date and no year: cannot tell which "
                                                      "period the plan covers", "no_year_at_all"))])
        return planflow.Period.coerce(int(years[0])) or _never(), "guessed"
    year = planflow.Period.coerce(info.date.year) or _never()
    found = plan_time(body, _reader(year, info.date))
    if found is not None:
        tf = _reader(year, info.date)(found[1])
        start = tf.start if tf is not None else None
        end = (tf.end or tf.due) if tf is not None else None
        if start is not None and end is not None and re.search(r"\b(?:19|20)\d\d\b", found[1]):
            start = min(start, info.date)
            return planflow.Period(date(start.year, 1, 1), date(end.year, 12, 31)), "statement"
    return year, "year"


def _year_guessed(task: planflow.Task, period: planflow.Period) -> planflow.Task:
    """``task`` with a warning on its time when that time names no year and got its dates
    from the guessed period (no issue date, no period stated)."""
    tf = task.timeframe
    if not tf.text or re.search(r"\b(?:19|20)\d\d\b", tf.text) or not (
            tf.due or tf.start or tf.end or tf.occurrences) or tf.kind is planflow.Kind.CONTINUOUS:
        return task
    note = _W("'{text}' names no year and the document no issue date: read in {a}-{b}, the "
              "period guessed from the years its text names", "tf_year_guessed", text=tf.text,
              a=period.start.year, b=period.end.year)
    return attrs.evolve(task, timeframe=attrs.evolve(tf, warnings=(*tf.warnings, note)))


def _never() -> planflow.Period:
    raise AssertionError("a year is a period")


def _task_span(plan: planflow.Plan) -> planflow.Period | None:
    """The whole years the tasks' times span, of those that name their year."""
    days: list[date] = []
    for t in plan.tasks:
        tf = t.timeframe
        if tf.kind in (planflow.Kind.WINDOW, planflow.Kind.DEADLINE) and \
                re.search(r"\b(?:19|20)\d\d\b", tf.text):
            days += [d for d in (tf.start, tf.end, tf.due) if d is not None]
    if not days:
        return None
    return planflow.Period(date(min(days).year, 1, 1), date(max(days).year, 12, 31))


def _free_text(items: tuple[Para | Table, ...]) -> list[str]:
    """A free section's paragraphs as written; a table's rows as "cell | cell" lines."""
    out: list[str] = []
    for it in items:
        if isinstance(it, Para):
            out.append(it.text)
        else:
            out += [" | ".join(" ".join(c.split()) for c in r) for r in it.rows]
    return out


def _model_sections(written: list[tuple[Section, str, list[RawTask], list[tuple[str, str, str, list[str]]]]],
                    task_id: dict[int, str],
                    grouped: Sequence[tuple[tuple[tuple[str, str], ...], str]] = ()
                    ) -> list[planflow.Section]:
    """The plan's sections as written. A tasks section names its tasks when there are
    several (the last one takes every task no other names: rows of an appendix table);
    objectives, requirements and implementation fill a section by role only when one
    section holds them all, else each section keeps its own text verbatim. The group rows
    of a task table (``grouped``: each task's groups, outermost first) are subsections of
    the section that holds its tasks, each naming the tasks under it."""
    roles = [r for _, role, _, subs in written for r in (role, *(x[2] for x in subs))]
    once = {r for r in ("objectives", "requirements", "implementation") if roles.count(r) == 1}
    tasks_at = [k for k, (_, role, _, _) in enumerate(written) if role == "tasks"]
    out: list[planflow.Section] = []
    for k, (s, role, raws, subs) in enumerate(written):
        ids: list[str] = []
        if role == "tasks" and k != tasks_at[-1]:
            ids = [task_id[id(r)] for r in raws if id(r) in task_id]
        if role in ("objectives", "requirements", "implementation") and role not in once:
            role = "text"
        paragraphs = _free_text(s.items) if role == "text" and not subs else []
        sections = [planflow.Section(h, number=n, role=r) if r in once
                    else planflow.Section(h, number=n, paragraphs=texts)
                    for n, h, r, texts in subs]
        title = s.title.replace("*", "").strip()
        out.append(planflow.Section(title, number=s.number, role=role, paragraphs=paragraphs,
                                    tasks=ids, subsections=sections))
    return _with_groups(out, grouped)


#: the heading of the section holding an appendix table's tasks when no section of the
#: plan holds tasks
APPENDIX_HEADING = "DANH MỤC NHIỆM VỤ"


def _with_groups(sections: list[planflow.Section],
                 grouped: Sequence[tuple[tuple[tuple[str, str], ...], str]]) -> list[planflow.Section]:
    """``sections`` with a task table's group rows as subsections of the tasks section
    holding their tasks (the one naming them, else the last, which takes the rest). A group
    holding only groups is a heading ("text"): a tasks section naming no task takes the
    tasks no section names."""
    if not grouped:
        return sections
    tasks_at = [k for k, s in enumerate(sections) if s.role == "tasks"]
    if not tasks_at:
        # the table is the plan's appendix ("PHỤ LỤC"), read after its sections
        sections = [*sections, planflow.Section(APPENDIX_HEADING, role="tasks")]
        tasks_at = [len(sections) - 1]
    homes: dict[int, list[_Group]] = {}
    for path, tid in grouped:
        home = next((k for k in tasks_at if tid in sections[k].tasks), tasks_at[-1])
        level = homes.setdefault(home, [])
        node = None
        for key in path:
            if not level or level[-1].key != key:
                level.append(_Group(key))
            node = level[-1]
            level = node.children
        if node is not None:
            node.tasks.append(tid)
    out = list(sections)
    for k, roots in homes.items():
        s = out[k]
        moved = {t for g in roots for t in g.all_tasks()}
        kept = tuple(t for t in s.tasks if t not in moved)
        role = "text" if s.tasks and not kept else s.role
        out[k] = attrs.evolve(s, role=role, tasks=kept,
                              subsections=(*s.subsections, *(g.section() for g in roots)))
    return out


@attrs.define
class _Group:
    """A group row of a task table, its tasks and the groups inside it (being gathered)."""

    key: tuple[str, str]
    tasks: list[str] = attrs.Factory(list)
    children: list[_Group] = attrs.Factory(list)

    def all_tasks(self) -> list[str]:
        return [*self.tasks, *(t for c in self.children for t in c.all_tasks())]

    def section(self) -> planflow.Section:
        number, heading = self.key
        return planflow.Section(heading, number=number,
                                role="tasks" if self.tasks else "text", tasks=tuple(self.tasks),
                                subsections=tuple(c.section() for c in self.children))


def _same_key(title: str) -> str:
    return re.sub(r"\W+", " ", title.casefold()).strip()[:60]


def _once(section_tasks: list[RawTask], rows: list[RawTask]) -> tuple[list[RawTask], list[str]]:
    """``section_tasks`` without those that are also a row (the row keeps the lead, partners
    and time only the section states), and a warning for each task kept once. A duty is a
    row when their titles start alike, or when the duty's sentence holds the row's first
    words after its subject ("Các bộ, ngành, địa phương tăng cường công tác …" and the
    row "Tăng cường công tác …"; at least 40 characters of them)."""
    keep: list[RawTask] = []
    warnings: list[str] = []
    for raw in section_tasks:
        key = _same_key(raw.title)
        whole = re.sub(r"\W+", " ", raw.title.casefold()).strip()
        match = None
        if len(key) >= 15:
            for k, row in enumerate(rows):
                other = _same_key(row.title)
                if len(other) >= 15 and (key.startswith(other) or other.startswith(key)):
                    match = k
                    break
            for k, row in enumerate(rows):
                if match is not None:
                    break
                first = _same_key(row.title)[:40]
                if len(first) >= 40 and f" {first}" in f" {whole}":
                    match = k
        if match is None:
            keep.append(raw)
            continue
        row = rows[match]
        rows[match] = attrs.evolve(row, lead=row.lead or raw.lead,
                                   partners=row.partners or raw.partners,
                                   timeframe=row.timeframe or raw.timeframe)
        warnings.append(_W("{where}: task '{task}' is also a row of the task table ({where_row}): "
                           "kept once, as the row", "task_once", where=raw.where,
                           task=_short(raw.title), where_row=row.where))
    return keep, warnings


def _over_plan_time(tf: planflow.Timeframe, plan: planflow.Plan) -> planflow.Timeframe:
    """A duty's time taken from the plan's own time: continuous over it, no due day."""
    if tf.kind not in (planflow.Kind.WINDOW, planflow.Kind.DEADLINE):
        return tf
    end = tf.end or tf.due
    start = tf.start or plan.document.date or (plan.period.start if plan.period else None)
    if end is None or start is None or start > end:
        return tf
    return planflow.Timeframe(
        text=tf.text, kind=planflow.Kind.CONTINUOUS, start=start, end=end,
        warnings=(*tf.warnings, planflow.Worded.of(
            "the plan's own time, stated for the whole plan: the duty is continuous over it, "
            "with no due day", "plan_time")))


_CHAIN = re.compile(r"(?:,\s*|\s+)(?:để\s+)?tổng\s+hợp\s*,?\s*(?=(?:(?:và\s+)?tham\s+mưu\s+[^,;]{2,60}?\s+)?"
                    # (or submits: "… để tổng hợp, trình UBND tỉnh trước ngày 15/12/2026")
                    r"(?:báo\s+cáo|trình)\b)", re.I)
_DUE_WORDS = re.compile(r"trước\s+ngày|chậm\s+nhất|vào\s+ngày|\b\d{1,2}/\d{1,2}\b", re.I)


def _chained_reports(sentence: str) -> list[str]:
    """One reporting sentence that asks for two reports each with its own day (units to X
    by D1, "để tổng hợp, báo cáo" Y by D2): its two parts; else the sentence alone."""
    m = _CHAIN.search(sentence)
    if m is None:
        return [sentence]
    first, second = sentence[: m.start()].rstrip(" ,;"), sentence[m.end():]
    if _DUE_WORDS.search(first) and _DUE_WORDS.search(second) and "báo cáo" in first.casefold():
        head, sep, subject = first.rpartition(";")
        if sep and "báo cáo" in head.casefold() and 0 < len(subject.strip()) <= 60 \
                and "báo cáo" not in subject.casefold():
            # "các đơn vị báo cáo … trước ngày D1; Sở Nội vụ tổng hợp, báo cáo Y trước ngày
            # D2": the second report is the subject's after the semicolon
            return [head.rstrip(" ,;") + ".", f"{subject.strip()} tổng hợp, {second}"]
        return [first + ".", second]
    return [sentence]


_SUBJECT_COMPILES = re.compile(r"^[^,;]{2,60}?\s+tổng\s+hợp\s*,", re.I)


_APPENDIX = re.compile(r"^\W*(?:PHỤ LỤC|Phụ lục)\b")
# a signature's authority line in capitals: "KT. THỦ TƯỚNG", "TM. ỦY BAN NHÂN DÂN", "Q. CHỦ TỊCH"
_SIGNATURE_LINE = re.compile(r"^(?:KT|TM|TL|TUQ|Q)\s*\.\s*[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ\s.,-]{2,}$")
# a decision's article after its first: "Điều 2. Quyết định này có hiệu lực …"
# a decision's own closing article: it takes effect, who carries it out ("Điều 2. Quyết định
# này có hiệu lực …", "Điều 3. Các Bộ trưởng … chịu trách nhiệm thi hành …", "Điều 3. Điều
# khoản thi hành"); never "Điều 2. Tổ chức thực hiện", the plan's own organisation
_LATER_ARTICLE = re.compile(r"^Điều\s+(?:[2-9]|1\d)\s*[.:]\s*(?=.{0,200}?(?:có\s+hiệu\s+lực"
                            r"|chịu\s+trách\s+nhiệm\s+thi\s+hành|(?:khoản|hiệu\s+lực|trách\s+nhiệm)"
                            r"\s+thi\s+hành|thi\s+hành\s+(?:Quyết|Nghị)))", re.I)


# a column's own words, as an OCR may give them without their marks ("Don vị chú trì")
_HEADER_WORDS = frozenset((
    "stt", "tt", "so tt", "noi dung", "noi dung hoat dong", "noi dung cong viec", "noi dung nhiem vu",
    "nhiem vu", "ten nhiem vu", "don vi chu tri", "co quan chu tri", "chu tri", "don vi phoi hop",
    "co quan phoi hop", "phoi hop", "thoi gian", "thoi gian thuc hien", "thoi gian hoan thanh",
    "thoi han", "thoi han hoan thanh", "ghi chu", "san pham", "ket qua", "kinh phi", "nguon kinh phi"))


# marks a scan's OCR leaves in a table's text (a rule read as "_", a border as "|", a stain
# as "`", "^", "¬", "£", "‹")
_OCR_NOISE = re.compile(r"[`^¬£‹|~]|_{2,}")


def _no_task_words(title: str) -> bool:
    """True for a table row's title that holds no task's words: empty, a number alone
    ("3", "1.2", "II"), or a column's own words ("STT", "Nội dung hoạt động")."""
    t = title.replace("*", "").strip(" .;:-–|")
    if not t or re.fullmatch(r"[\dIVXLC]{1,4}(?:\.\d{1,2})*[.)]?", t):
        return True
    folded = " ".join(re.sub(r"[^a-z ]", " ", ascii_letters(t).lower()).split())
    return len(t) <= 40 and folded in _HEADER_WORDS


def _appendix_tasks(closing: list[Para | Table]) -> list[RawTask]:
    """Tasks written as labelled paragraphs in the appendices after the signature (each
    "PHỤ LỤC" up to the next), read as a section's; tables are read elsewhere."""
    out: list[RawTask] = []
    starts = [k for k, p in enumerate(closing) if isinstance(p, Para) and _APPENDIX.match(p.text)]
    for n, k in enumerate(starts):
        end = starts[n + 1] if n + 1 < len(starts) else len(closing)
        items = [it for it in closing[k + 1: end] if isinstance(it, Para)]
        head = closing[k]
        assert isinstance(head, Para)
        head, first = _appendix_head(head)
        items = [*first, *items]
        if not items:
            continue
        _, secs = outline(list(items))
        for sec in secs or [Section("", head.text, head, tuple(items))]:
            if has_labels(sec):
                out += labelled_tasks(sec)
            elif duty_section([sec]) is sec:
                # "Phụ lục / NHIỆM VỤ CỤ THỂ GIAO CÁC BỘ …" / "3. Bộ X chủ trì, phối hợp với …:" /
                # "a) …": the appendix assigns the duties agency by agency
                out += agency_tasks(sec)
    return out


_FIRST_ITEM = re.compile(r"^\s*\**\s*(?:\d{1,2}(?:\.\d{1,2})*[.)]|[a-zđ]\))\s+\S")


def _appendix_head(head: Para) -> tuple[Para, list[Para]]:
    """An appendix's title paragraph and the first item its lines run into, when no blank
    line parts them ("PHỤ LỤC" / "1. Kiểm tra thu ngân sách …" / "- Cơ quan chủ trì: …"):
    the numbered line is the first task's, not the title's."""
    for j, part in enumerate(head.parts[1:], 1):
        if _FIRST_ITEM.match(part):
            rest = head.parts[j:]
            line = head.line + j if head.where.startswith("line ") else head.line
            where = f"line {line}" if head.where.startswith("line ") else head.where
            title = attrs.evolve(head, text=" ".join(x.strip() for x in head.parts[:j]),
                                 parts=head.parts[:j])
            return title, [Para(where, line, " ".join(x.strip() for x in rest), rest)]
    return head, []


_REPORT_HEADING = re.compile(
    r"^\W*(?:(?:[0-9]+(?:\.[0-9]+)*|[IVX]+|[a-zđ])\s*[.)]\s*)?(?:chế\s+độ\s+)?(?:thông\s+tin\s*,?\s*)?"
    r"báo\s+cáo(?:\s+(?:định\s+kỳ|kết\s+quả(?:\s+thực\s+hiện)?|và\s+[^\d.;]{2,30}))?\W*$", re.I)


def _heading_only(text: str) -> bool:
    """True for a heading ("VII. CHẾ ĐỘ BÁO CÁO", "3. Chế độ báo cáo", "b) Thông tin, báo
    cáo"), not a sentence."""
    letters = [ch for ch in text if ch.isalpha()]
    if len(text) < 60 and bool(letters) and all(ch.isupper() for ch in letters):
        return True
    plain = text.replace("*", "").strip()
    return len(plain) < 60 and not plain.endswith((".", ";")) and _REPORT_HEADING.match(plain) is not None


def _plain(value: object) -> object:
    """``value`` with only what a plan file holds (dates as ISO text, tuples as lists)."""
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items() if v is not None}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    if hasattr(value, "isoformat"):
        return str(value.isoformat())
    return value


def _fold_title(t: str) -> str:
    """A title compared with another: case, tone placement and spacing folded."""
    return " ".join(fold(t).casefold().replace("hoá", "hóa").replace("uỷ", "ủy").split())


def _short(title: str, n: int = 60) -> str:
    return title if len(title) <= n else title[: n - 1] + "…"


# the words a time alone on its line is made of ("Quý I năm 2027.", "Trong tháng 9/2026",
# "Trước ngày 30/6/2026")
_TIME_WORDS = re.compile(
    r"(?:(?:trong|trước|từ|đến|hết|chậm\s+nhất(?:\s+là)?|hoàn\s+thành|thời\s+gian|thời\s+hạn)\s+)*"
    r"(?:ngày\s+\d{1,2}(?:\s*[/.-]\s*\d{1,2}\s*[/.-]\s*|\s+tháng\s+\d{1,2}\s+năm\s+)"
    r"|tháng\s+\d{1,2}\s*(?:[/-]|\s+năm)\s*|qu[ýí]\s+(?:[IV]{1,3}|[1-4])\s*(?:[/-]|\s+năm)\s*"
    r"|năm\s+)(?:19|20)\d\d\s*\.?", re.I)


_Written = list[tuple[Section, str, list[RawTask], list[tuple[str, str, str, list[str]]]]]


def _without(drop: list[RawTask], raw_tasks: list[RawTask], written: _Written
             ) -> tuple[list[RawTask], _Written]:
    """``raw_tasks`` and the sections ``written`` without the tasks ``drop`` (by identity)."""
    gone = {id(r) for r in drop}
    return ([r for r in raw_tasks if id(r) not in gone],
            [(s, role, [r for r in got if id(r) not in gone], subs)
             for s, role, got, subs in written])


def _lone_times(raw_tasks: list[RawTask]) -> list[RawTask]:
    """The raw tasks that are only a time, on the line after a duty of the same lead that
    states none: each becomes that duty's time (the duty keeps it), and is returned to be
    dropped."""
    out: list[RawTask] = []
    for prev, cur in zip(raw_tasks, raw_tasks[1:], strict=False):
        if not _TIME_WORDS.fullmatch(cur.title.strip()) or prev.timeframe is not None \
                or prev in out or prev.lead != cur.lead:
            continue
        a, b = re.search(r"\d+", prev.where), re.search(r"\d+", cur.where)
        if a is None or b is None or not 0 < int(b.group(0)) - int(a.group(0)) <= 3:
            continue
        prev.timeframe = cur.title.strip().rstrip(".")
        out.append(cur)
    return out


def read_text_file(path: Path, markdown: bool = False) -> planflow.ImportResult:
    """Read a UTF-8 text or scraped Markdown plan (``markdown``: CommonMark's headings,
    escapes and hard breaks made plain first, see :mod:`planflow_import.markdown`)."""
    text = decode(path, Path(path).read_bytes())
    if markdown:
        from .markdown import from_commonmark

        text = from_commonmark(text)
    notes: list[str] = []
    escaped = len(_ESCAPED_BREAK.findall(text))
    if escaped >= 5:
        # a scrape that kept a page's line breaks as the characters "\r\n": breaks
        text = _ESCAPED_BREAK.sub("\n", text)
        notes.append(_W("{n} line breaks written as the characters '\\r\\n' read as line breaks",
                        "escaped_breaks", n=escaped))
    text, ocr = ocr_pages(text)
    if ocr.furniture:
        notes.append(_W("{n} line(s) of an OCR'd scan's page furniture (the '===== Trang N =====' "
                        "banners, running heads, page numbers, a signature's stamp, the "
                        "harvester's note) left out; line numbers count without them",
                        "ocr_furniture", n=ocr.furniture))
    if ocr.garbled:
        notes.append(_W("page(s) {pages} of the OCR'd scan read as garbage (fewer than half of "
                        "their words are Vietnamese syllables: a page scanned sideways, a chart): "
                        "not read; what they hold is to be read from the original",
                        "ocr_garbled", pages=", ".join(str(n) for n in ocr.garbled)))
    if ocr.numbered:
        notes.append(_W("{n} number(s) as OCR gave them read as the document's numbering ({pairs})",
                        "ocr_numbering", n=len(ocr.numbered),
                        pairs="; ".join(f"'{a}' as '{b}'" for a, b in ocr.numbered[:4])
                        + ("; …" if len(ocr.numbered) > 4 else "")))
    text, crumbs = drop_breadcrumbs(text)
    if crumbs:
        # a search index's crawl: each chunk opens with the document's name
        notes.append(_W("{n} line(s) open with the document's name as a crawl's breadcrumb: "
                        "taken off, the item numbers the crawl moved put back at their lines' "
                        "start", "breadcrumbs", n=crumbs))
    text, tables = gazette_tables(text)
    for at, rows, cols, twice in tables:
        notes.append(_W("line {at}: a table printed cell after cell on short lines (a PDF's text "
                        "layer) read back into {rows} rows of {cols} columns; where a cell ends is "
                        "a guess from the lines' widths, capitals and time words", "gazette_table",
                        at=at, rows=rows, cols=cols))
        if twice:
            notes.append(_W("line {at}: row(s) {numbers} give their cells after the task twice "
                            "(a second lead or result, with its own time): each read as two tasks "
                            "with the same title", "gazette_two_groups", at=at,
                            numbers=", ".join(twice)))
    text, spaced = spaced_tables(text)
    for at, rows, _, took in spaced:
        notes.append(_W("line {at}: a task table laid out in columns of spaces (a PDF's text kept "
                        "in its layout) read back into {rows} rows; where a cell ends is a guess "
                        "from the columns, the row numbers, capitals and time words", "spaced_table",
                        at=at, rows=rows))
        notes += [_W("line {at}: the row of '{task}' names no lead: read as '{lead}', the row above's "
                     "(a cell merged down its column shows its words in its first row only)",
                     "spaced_lead_above", at=at, task=task, lead=lead) for task, lead in took]
    text, gazette = gazette_furniture(text)
    if gazette:
        notes.append(_W("{n} line(s) of the Công báo's page furniture (running heads, page numbers, "
                        "signature stamps) left out; line numbers count without them",
                        "gazette_furniture", n=gazette))
    text, laid_out = unlayout_letterhead(text)
    if laid_out:
        notes.append(_W("the letterhead laid out in two columns of spaces (a PDF's text kept in "
                        "its layout) is read column by column", "letterhead_layout"))
    text, flat = unflatten_letterhead(text)
    if flat:
        notes.append(_W("the letterhead printed on one line (a PDF's text flattened) is read cut "
                        "at its parts (the motto, 'Số:', the place and date, the title)",
                        "letterhead_flat"))
    text, furniture = site_furniture(text)
    if furniture:
        # a web page's menus, attribute table, breadcrumbs or URL above the letterhead
        notes.append(_W("{n} line(s) above the letterhead (the website's menus, attribute "
                        "table, links) are not the document's; not read", "site_furniture",
                        n=furniture))
    page = None
    if not furniture:
        text, page, top = page_facts(text)
        if page is not None:
            # a document with no letterhead under the website's box of fields
            notes.append(_W("{n} line(s) above the document (the website's banner, notices and its "
                            "box of fields) are not the document's; not read", "page_top", n=top))
    text, footer = site_footer(text)
    if footer:
        # a web page's related documents, notices and address below the document
        notes.append(_W("{n} line(s) below the document (the website's related documents, "
                        "notices, address) are not the document's; not read", "site_footer",
                        n=footer))
    result = read_items(blocks_from_text(text), str(path), page, tuple(lines for _, _, lines, _ in spaced))
    return attrs.evolve(result, warnings=(*notes, *result.warnings)) if notes else result


_ESCAPED_BREAK = re.compile(r"\\r\\n|\\n")
