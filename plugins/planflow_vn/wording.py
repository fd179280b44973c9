"""Vietnamese wording: status categories, notification texts and the words documents print.

The categories are those Vietnamese offices track tasks in ("chưa đến hạn", "đang thực
hiện trong hạn", "sắp đến hạn", "quá hạn", "hoàn thành đúng hạn", "hoàn thành quá
hạn"); reminders, overdue notices and escalation letters are written as an office
writes them ("Kính gửi", "Đề nghị ... khẩn trương ..."). Document formats (planflow_docs)
reach the dates of Nghị định 30/2020, Roman section numbers and occurrence labels
through this wording (``planflow.wording_for(plan)``), never by importing planflow_vn.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

import attrs

import planflow

from .fmt import _month, format_date, format_date_short, quarter_of, to_roman

__all__ = ["PHRASES", "STATUS_LABELS", "VietnameseWording", "occurrence_label", "register_wordings"]

STATUS_LABELS: dict[str, str] = {
    "not_yet_due": "Chưa đến hạn",
    "in_progress": "Đang thực hiện trong hạn",
    "due_soon": "Sắp đến hạn",
    "overdue": "Quá hạn",
    "done_on_time": "Hoàn thành đúng hạn",
    "done_late": "Hoàn thành quá hạn",
    "cancelled": "Đã hủy",
    "not_applicable": "Không áp dụng (trước ngày ban hành Kế hoạch)",
    "untracked": "Chưa xác định được thời hạn (theo dõi thủ công)",
    "ended": "Đã hết thời gian thực hiện (chờ báo cáo kết quả)",
}


#: The command line's and the spreadsheets' words in Vietnamese (the keys of
#: ``planflow.PHRASES``): what a clerk reads in ``planflow status`` and in an .xlsx.
PHRASES: dict[str, str] = {
    "date": "%d/%m/%Y",
    "number.thousands": ".",
    "xlsx_date": "dd/mm/yyyy",
    "col.id": "mã",
    "col.task": "nhiệm vụ",
    "col.start": "bắt đầu",
    "col.finish": "hoàn thành",
    "col.latest": "muộn nhất",
    "col.slack": "dự trữ",
    "col.kind": "",
    "col.id_period": "mã / kỳ",
    "col.title_agency": "nội dung / cơ quan",
    "col.title": "nội dung",
    "col.due": "thời hạn",
    "col.done_received": "hoàn thành / nhận",
    "col.note": "ghi chú",
    "col.date": "ngày",
    "col.task_period": "nhiệm vụ / kỳ báo cáo",
    "col.agency": "cơ quan",
    "col.to": "gửi đến",
    "col.why": "lý do",
    "col.unit": "đơn vị",
    "col.plan": "kế hoạch",
    "col.status": "tình trạng",
    "col.days_late": "quá hạn (ngày)",
    "col.most_overdue": "quá hạn lâu nhất",
    "col.overdue": "quá hạn",
    "col.due_soon": "sắp đến hạn",
    "col.in_progress": "đang thực hiện",
    "col.done": "hoàn thành",
    "col.cancelled": "đã hủy",
    "col.total": "tổng số",
    "kind.task": "nhiệm vụ",
    "kind.report": "báo cáo",
    "event.reminder": "nhắc việc",
    "event.due_today": "đến hạn hôm nay",
    "event.overdue": "quá hạn",
    "event.escalation": "báo cáo cấp trên",
    "event.chase": "đôn đốc",
    "record.done": "hoàn thành",
    "record.progress": "tiến độ",
    "record.cancelled": "hủy",
    "record.reopened": "mở lại",
    "validate.ok": "{plan}: hợp lệ: {tasks} nhiệm vụ, {agencies} cơ quan",
    "validate.warnings": ", {n} cảnh báo",
    "schedule.legend": ("bắt đầu, hoàn thành: ngày sớm nhất; muộn nhất: ngày hoàn thành muộn "
                        "nhất; dự trữ tính bằng ngày; * đường găng"),
    "schedule.critical": "Đường găng: {path}; Kế hoạch có thể hoàn thành ngày {finish}.",
    "schedule.none": "(không có)",
    "status.event": "sự kiện: {kind}{tier}: {subject} -> {recipients}",
    "status.events": "{n} thông báo phát sinh hôm nay (--all-items để xem)",
    "status.refused": "không gửi được: {channel} -> {recipient}: {kind} {subject} ({event}): {error}",
    "status.summary_title": "Theo đơn vị",
    "status.overdue_title": "Nội dung quá hạn, theo đơn vị ({n})",
    "status.no_overdue": "Không có nội dung quá hạn.",
    "status.more": "planflow status --all-items để xem toàn bộ nhiệm vụ và báo cáo.",
    "status.late": "{id} ({days} ngày)",
    "status.unit_title": "{unit}: toàn bộ nội dung ({n})",
    "status.all_title": "Các kế hoạch đang theo dõi, đến ngày {day}",
    "status.items_title": "Nội dung {agency} phải thực hiện ({n})",
    "status.no_plans": "chưa có kế hoạch nào trong kho (planflow plans add KẾ_HOẠCH)",
    "record.recorded": "đã ghi nhận: {task}: {kind} ngày {day}{by}",
    "record.by": " ({by})",
    "submit.recorded": "đã ghi nhận: {agency}: {period}, nhận ngày {day}{ref}",
    "wrote": "đã ghi {path} ({size} byte, {format})",
    "calendar.title": "{plan}: các mốc thời hạn",
    "calendar.wrote": "đã ghi {path} ({n} sự kiện)",
    "tick.would_send": "sẽ gửi",
    "tick.queued": "đã xếp hàng",
    "tick.summary": ("{day}: {queued} đã xếp hàng, {delivered} đã gửi, {failed} lỗi, "
                     "{withdrawn} đã rút"),
    "tick.plan": "{plan}: {queued} {verb}, {delivered} đã gửi, {failed} lỗi, {withdrawn} đã rút",
    "tick.would_queue": "sẽ xếp hàng",
    "tick.failed": "gửi lỗi (sẽ thử lại): {key}: {error}",
    "tick.gave_up": "gửi lỗi (không thử lại): {key}: {error}",
    "plans.unchanged": "không thay đổi: {key} vẫn ở lần {revision} (sha256 {hash})",
    "plans.added": "đã thêm: {key} lần {revision} (sha256 {hash})",
    "plans.revised": "đã điều chỉnh: {key} lần {revision} (sha256 {hash})",
    "plans.withdrew": "đã rút {n} thông báo chờ gửi của các nhiệm vụ bị bỏ khi điều chỉnh",
    "plans.removed": "đã gỡ: {key} (rút {n} thông báo chờ gửi)",
    "plans.revision": "lần {revision}",
    "plans.removed_by": "gỡ {at} bởi {by}",
    "plans.linked": "liên kết: {child} thực hiện {parent}",
    "plans.tree_counts": "nhiệm vụ: {tasks}; báo cáo: {reports}",
    "plans.tree_overdue": "; quá hạn: {ids}",
    "plans.tree_none": "không có",
    "xlsx.plan": "Kế hoạch",
    "xlsx.number": "số",
    "xlsx.dated": "ngày",
    "xlsx.at": "Tình hình đến ngày",
    "xlsx.tasks": "Nhiệm vụ",
    "xlsx.reports": "Báo cáo",
    "xlsx.summary": "Tổng hợp",
    "xlsx.plans": "Kế hoạch",
    "xlsx.items": "Nội dung",
    "xlsx.done_on": "ngày hoàn thành",
    "xlsx.received_on": "ngày nhận",
    "xlsx.reference": "số, ký hiệu",
    "xlsx.recipient": "nơi nhận",
    "xlsx.period": "kỳ báo cáo",
    "xlsx.timeframe": "thời gian",
    "xlsx.progress": "kết quả, tiến độ",
    "xlsx.partners": "cơ quan phối hợp",
    "xlsx.output": "sản phẩm",
    "xlsx.lead": "cơ quan chủ trì",
    "xlsx.from": "từ ngày",
    "xlsx.to": "đến ngày",
    "xlsx.kind": "loại",
    "xlsx.no": "TT",
    # lỗi của người dùng trên dòng lệnh (mỗi lỗi một dòng)
    "err.cannot_write": "{path}: không ghi được: {error}",
    "err.date": "{option}: {error}",
    "err.at": "--at: {value!r} không phải là ngày (DD/MM/YYYY hoặc YYYY-MM-DD) hay thời điểm (YYYY-MM-DDTHH:MM, DD/MM/YYYY HH:MM): {error}",
    "err.year_or_period": "chỉ cho --year hoặc --period, không cho cả hai",
    "err.period": "--period: {period!r} không có dạng BẮT_ĐẦU..KẾT_THÚC: {error}",
    "err.period_order": "--period: {period!r} kết thúc trước khi bắt đầu",
    "err.year": "--year: năm phải từ 1000 đến 8999, không phải {year}",
    "err.no_store": "--db: không có kho dữ liệu tại {db} (record, submit và tick sẽ tạo kho)",
    "err.plan_or_all": "{command}: cho PLAN hoặc --all, chỉ một trong hai",
    "err.json_or_xlsx": "status: cho --json hoặc --xlsx, không cho cả hai",
    "err.from_after_to": "--from {start} sau --to {end}",
    "err.from_to_all": "status: --from và --to chỉ dùng với --all (cho một kế hoạch: planflow calendar)",
    "err.unknown_agency": "{plan}: --agency: không có cơ quan {agency!r} (các cơ quan: {known})",
    "err.agency_nowhere": "--agency: không kế hoạch nào trong kho có cơ quan {agency!r}",
    "err.record_one": "record: cho đúng một trong --done NGÀY, --progress NỘI_DUNG, --cancel, --reopen",
    "err.record_on": "record: --done NGÀY đã là ngày hoàn thành; không cho thêm --on",
    "err.done_future": "record: --done {day} sau hôm nay ({today}); thêm --force để vẫn ghi nhận",
    "err.done_after_end": "record: --done {day} sau ngày kết thúc kế hoạch ({end}); thêm --force để vẫn ghi nhận",
    "err.no_file": "{file}: không có tệp này",
    "err.plan_suffix": "-o: {output}: tệp kế hoạch phải có đuôi .toml hoặc .json",
    "err.no_task": "{plan}: {key}: kế hoạch không có nhiệm vụ {task!r}",
    "err.no_agency": "{plan}: {key}: kế hoạch không có cơ quan {agency!r}",
    "err.no_period": "{plan}: {key}: không có kỳ báo cáo {period!r} (các kỳ: {known})",
    # vì sao không đọc được ngày
    "date.not_a_date": "{value!r} không phải là ngày (DD/MM/YYYY hoặc YYYY-MM-DD)",
    "date.not_iso": "{value!r} không phải là ngày (YYYY-MM-DD)",
    "date.ambiguous": "{value!r} không rõ nghĩa: viết DD/MM/YYYY hoặc YYYY-MM-DD",
    "date.short_year": "{value!r}: năm cần đủ bốn chữ số (DD/MM/YYYY, ví dụ {example})",
    "date.no_month": "{value!r}: không có tháng {month} (DD/MM/YYYY: ngày viết trước)",
    "date.no_day": "{value!r}: không có ngày này (tháng {month}/{year} có {last} ngày)",
    # timeframe
    "tf.text": "văn bản",
    "tf.kind": "loại",
    "tf.start": "bắt đầu",
    "tf.end": "kết thúc",
    "tf.due": "thời hạn",
    "tf.recurrence": "định kỳ",
    "tf.condition": "điều kiện",
    "tf.warning": "lưu ý",
    "tf.kind.window": "khoảng thời gian", "tf.kind.deadline": "thời hạn",
    "tf.kind.recurring": "định kỳ", "tf.kind.continuous": "thường xuyên",
    "tf.kind.event": "theo sự việc", "tf.kind.unresolved": "chưa đọc được",
    "tf.kind.pending": "chưa đọc",
    "tf.recurrence.yearly": "hằng năm", "tf.recurrence.half_yearly": "6 tháng một lần",
    "tf.recurrence.quarterly": "hằng quý", "tf.recurrence.monthly": "hằng tháng",
    "tf.recurrence.weekly": "hằng tuần", "tf.recurrence.daily": "hằng ngày",
    "tf.recurrence.listed": "các kỳ liệt kê",
    # click's usage errors
    "usage.missing_argument": "thiếu tham số {name}",
    "usage.missing_option": "thiếu tùy chọn {name}",
    "usage.no_such_option": "không có tùy chọn {name}",
    "usage.maybe": " (có phải là {names}?)",
    "usage.needs_value": "tùy chọn {name} cần một giá trị",
    "usage.no_value": "tùy chọn {name} không nhận giá trị",
    "usage.choice": "{name}: {value} không phải là một trong các giá trị {choices}",
    "usage.integer": "{name}: {value} không phải là số nguyên",
    "usage.number": "{name}: {value} không phải là số",
    "usage.no_path": "{name}: không có {value}",
    "usage.no_such_command": "không có lệnh {name}",
    "usage.extra": "thừa tham số ({args})",
    # import
    "import.warning": "{file}: lưu ý: {warning}",
    # import warnings (planflow.Worded, said by planflow.note_message) and the places they name
    "place.line": "dòng", "place.paragraph": "đoạn", "place.page": "trang", "place.table": "bảng",
    "place.row": "hàng", "place.sheet": "trang tính", "place.column": "cột",
    "note.no_sections": "không thấy các mục (I./II./III. hoặc đề mục in hoa); toàn bộ văn bản "
                        "được giữ làm phần mở đầu",
    "note.no_issuer": "không có tên cơ quan ban hành ở đầu văn bản và không có câu 'UBND … ban "
                      "hành': chưa có cơ quan ban hành",
    "note.no_title": "không có tên kế hoạch dưới chữ 'KẾ HOẠCH'",
    "note.no_place_date": "không có dòng địa danh, ngày tháng ('…, ngày … tháng … năm …')",
    "note.section_kept": "{where}: mục '{heading}' không đọc thành dữ liệu của kế hoạch; giữ "
                         "nguyên văn, đúng vị trí, trong các mục",
    "note.table_kept": "{where}: bảng không phải bảng nhiệm vụ ({rows} hàng); giữ nguyên văn "
                       "trong settings.import.unread",
    "note.no_closing": "không có phần 'Nơi nhận': chưa có nơi nhận và người ký",
    "note.no_regime": "không thấy câu quy định chế độ báo cáo: kế hoạch chưa có chế độ báo cáo",
    "note.no_lead": "{where}: nhiệm vụ '{task}' không ghi cơ quan chủ trì",
    "note.no_time": "{where}: nhiệm vụ '{task}' không ghi thời gian: thực hiện thường xuyên "
                    "trong thời gian của kế hoạch",
    "note.tf_warning": "{where}: thời gian '{text}': {warning}",
    "note.plan_time": "thời gian chung của cả kế hoạch: nhiệm vụ thực hiện thường xuyên trong "
                      "thời gian đó, không có hạn hoàn thành",
    # ... the timeframe reader's (planflow_vn.timeframes)
    "note.rec_yearly": "hằng năm", "note.rec_half_yearly": "6 tháng một lần",
    "note.rec_quarterly": "hằng quý", "note.rec_monthly": "hằng tháng",
    "note.rec_weekly": "hằng tuần", "note.rec_daily": "hằng ngày",
    "note.tfkind_window": "khoảng thời gian", "note.tfkind_deadline": "thời hạn",
    "note.tfkind_recurring": "định kỳ", "note.tfkind_continuous": "thường xuyên",
    "note.tfkind_event": "theo sự việc",
    "note.unit_working_days": "ngày làm việc", "note.unit_days": "ngày", "note.unit_months": "tháng",
    "note.tf_year_range": "năm {y} nằm ngoài khoảng {low}-{high}",
    "note.tf_no_month": "không có tháng {m} (từ tháng 1 đến tháng 12)",
    "note.tf_no_day": "không có ngày {day}: tháng {m} năm {y} có {last} ngày",
    "note.tf_no_quarter": "không có quý {q}: một năm có các quý từ I đến IV",
    "note.tf_twelve_months": "một năm có 12 tháng, không phải {n}",
    "note.tf_school_years": "năm học kéo dài qua hai năm liền nhau, không phải {a}-{b}",
    "note.tf_school_year": "năm học {a}-{b} được hiểu là {start}-{end}",
    "note.tf_bare_months": "'{words}' được hiểu là từ tháng {a} đến tháng {b}/{y}, không phải một "
                           "ngày trong tháng",
    "note.tf_no_fixed_span": "'{words}' không chỉ một khoảng thời gian cố định: ghi rõ tháng hoặc "
                             "quý",
    "note.tf_read_quarter": "'{words}' được hiểu là Quý {q} năm {y}",
    "note.tf_read_month": "'{words}' được hiểu là tháng {mo}/{y}",
    "note.tf_read_tuan": "'{words}' được hiểu là {start}-{end} (thượng/trung/hạ tuần)",
    "note.tf_reversed": "ngày bắt đầu {start} sau ngày kết thúc {end}",
    "note.tf_day_off": "ngày {day} là ngày nghỉ: thời hạn chuyển sang ngày {due} (khoản 5 Điều 148 "
                       "BLDS 2015)",
    "note.tf_before_moved": "trước ngày {day}: hạn là ngày {due} theo quy tắc {rule!r} (ngày liền "
                            "trước là ngày nghỉ)",
    "note.tf_before_inclusive": "trước ngày {day}: hạn là ngày {due} theo quy tắc 'inclusive'",
    "note.tf_outside": "nằm ngoài thời gian của kế hoạch ({start} - {end})",
    "note.tf_tentative": "dự kiến",
    "note.tf_named_day": "\"{words}\" được đọc là ngày {date}",
    "note.tf_no_year": "không ghi năm, mà thời gian của kế hoạch kéo dài {a}-{b}: cần ghi rõ năm",
    "note.tf_round_clock": '"{c}" không phải là thời gian: "24/24" và "24/7" nghĩa là suốt ngày '
                           "đêm; cần ghi rõ khoảng thời gian",
    "note.tf_as_ruled": '"{c}" không ghi thời gian cụ thể (theo quy định): cần ghi thời gian quy '
                        "định đặt ra",
    "note.tf_minimum": 'mức tối thiểu ("{c}")',
    "note.tf_target": 'mục tiêu phấn đấu ("{c}"): thời gian ghi là thời gian kế hoạch phấn đấu '
                      "đạt được",
    "note.tf_also": "ngoài ra: {also}",
    "note.tf_before_occasion": "\"{outer}\" được đọc là trước \"{inner}\": hạn là ngày {due}",
    "note.tf_round_month": '"{c}": "{round}" được tổ chức trong tháng được ghi: đọc là cả tháng đó',
    "note.tf_before_unit": '"{c}": trước {start} (ngày bắt đầu của thời gian được ghi): hạn là {due}',
    "note.tf_stray_op": '"{c}": chữ "{op}" trước "từ …" được bỏ qua, đọc là "{rest}"',
    "note.tf_object": 'đọc là "{words}" (cụm từ "{what}" không ghi thời gian)',
    "note.tf_follow_up": 'tiếp theo là "{rest}": công việc làm sau, không tính vào thời gian '
                         'được đọc; thời gian được đọc từ "{head}"',
    "note.tf_tet": "Tết Nguyên đán {y} được đọc là các ngày nghỉ Tết {a}-{b}",
    "note.tf_week": "'{words}' được đọc là {a}-{b}",
    "note.tf_phases": "{n} đợt được đọc là \"{joined}\"",
    "note.tf_from_brackets": "đọc thời gian trong ngoặc (\"{inner}\"); \"{outer}\" không đọc được "
                             "thành thời gian",
    "note.tf_no_canchi_year": "không có năm {name} gần thời gian của kế hoạch",
    "note.tf_canchi_mismatch": "năm {y} là năm {is_}, không phải năm {said}",
    "note.tf_no_tet": "chưa biết ngày Tết năm {y}",
    "note.rg_after_events": "còn có báo cáo sau sự kiện (\"{what}\"): không theo dõi theo lịch được",
    "note.row_items_unpaired": "hàng {row}: ô {column} ghi {n} mục cho {tasks} nhiệm vụ: không đọc",
    "note.row_agencies_shared": "hàng {row}: ô {column} liệt kê {n} cơ quan cho {tasks} nhiệm vụ: "
                                "tất cả được đọc là của từng nhiệm vụ",
    "note.row_agency_share": "hàng {row}: chữ trong ngoặc sau tên cơ quan là phần việc cơ quan đó "
                             "đảm nhận, không phải tên cơ quan ({said}): giữ làm ghi chú",
    "note.row_lead_slid": "hàng {row}: '{lead}' được đọc là cơ quan chủ trì, nhưng hàng trên không có "
                          "(ô chủ trì gộp từ trên xuống?): đó có thể là cơ quan phối hợp",
    "note.row_marked_x": "hàng {row}: {n} cơ quan được đánh dấu mà không ghi vai trò (\"x\"): đều "
                         "được đọc là cơ quan chủ trì",
    "note.crossref_items": "đọc {n} nhiệm vụ từ các mục mà phần phân công dẫn chiếu tới ({parts})",
    "note.report_not_duty": "{where}: '{text}' được đọc là câu chế độ báo cáo gửi mọi đơn vị, không "
                            "phải nhiệm vụ",
    "note.bracketed_items": "đọc {n} nhiệm vụ từ các mục ghi cơ quan chủ trì trong ngoặc, thời gian "
                            "theo ngoặc hoặc theo tiêu đề của mục",
    "note.title_under_date": "{where}: không có dòng 'KẾ HOẠCH': tên kế hoạch được đọc từ dòng chữ "
                             "in hoa dưới dòng ngày tháng ({line!r})",
    "note.number_not_decision": "{where}: số {symbol!r} ghi loại '{kind}' nhưng văn bản là Quyết "
                                "định: đọc là Quyết định",
    "note.issuer_from_decider": "{where}: phần đầu văn bản không ghi địa danh: cơ quan ban hành "
                                "'{issuer}' được đọc từ dòng thẩm quyền quyết định",
    "note.issuer_from_issuing": "{where}: phần đầu văn bản không ghi địa danh: cơ quan ban hành "
                                "'{issuer}' được đọc từ câu ban hành kế hoạch",
    "note.issuer_from_place": "phần đầu văn bản không ghi địa danh: cơ quan ban hành '{issuer}' được "
                              "bổ sung theo dòng địa danh ('{place}'); cần kiểm tra lại",
    "note.issuer_from_place_level": "phần đầu văn bản không ghi địa danh: cơ quan ban hành '{issuer}' "
                                    "được bổ sung theo dòng địa danh ('{place}'), chưa rõ cấp (tỉnh, "
                                    "thành phố); cần kiểm tra lại",
    "note.title_cut_off": "tên kế hoạch kèm theo bị cắt ('{cut}'): tên đầy đủ được đọc từ tên Quyết "
                          "định ('{full}')",
    "note.site_footer": "{n} dòng phía dưới văn bản (danh sách văn bản liên quan, thông báo, địa chỉ "
                        "của trang web) không thuộc văn bản; không đọc",
    "note.site_furniture": "{n} dòng phía trên quốc hiệu, tiêu ngữ (trình đơn, bảng thuộc tính, liên "
                           "kết của trang web) không thuộc văn bản; không đọc",
    "note.letterhead_layout": "phần đầu văn bản dàn thành hai cột cách nhau bằng khoảng trắng (chữ "
                              "của tệp PDF giữ nguyên bố cục) được đọc theo từng cột",
    "note.letterhead_flat": "phần đầu văn bản in trên một dòng (chữ của tệp PDF bị dàn phẳng) được "
                            "tách theo từng phần (tiêu ngữ, 'Số:', địa danh và ngày, tên văn bản)",
    "note.tf_hour_note": '"{hour}": giờ trong ngày chỉ là ghi chú; được hiểu là cả ngày',
    "note.tf_moment": 'một thời điểm ("{c}"): được hiểu là ngày {day}',
    "note.tf_hours": "thời hạn: {n} giờ sau khi sự việc xảy ra",
    "note.tf_hours_which": "thời hạn: {n} giờ sau khi sự việc xảy ra (không ghi rõ sự việc nào: "
                           "cần ghi rõ)",
    "note.tf_until": 'đến khi "{what}": không có ngày kết thúc; theo dõi đến {end}, ngày kết thúc '
                     "của kế hoạch",
    "note.tf_issue_unknown": '"{c}": tính từ ngày ban hành, nhưng chưa biết ngày ban hành',
    "note.tf_from_issue": '"{c}": {n} {unit} kể từ ngày ban hành {issued}: hạn là ngày {due}',
    "note.tf_lead": "thời hạn: {n} {unit} sau khi điều kiện được đáp ứng",
    "note.tf_lead_before": "thời hạn: ít nhất {n} {unit} trước sự kiện",
    "note.tf_every": "{n} {u} một lần: không phải đơn vị lịch (1, 3, 6 hoặc 12 tháng)",
    "note.tf_every_months": "'{c}': {n} tháng một lần, đọc thành các kỳ {n} tháng tính từ tháng 1 "
                             "({first})",
    "note.tf_duration": "ghi {n} {unit} nhưng các ngày ghi kèm gồm {count} {what}",
    "note.tf_times_within": '"{times}" trong khoảng đó: số lần chỉ là ghi chú, không phải thời '
                            "hạn",
    "note.tf_times": "{n} {what} trong mỗi kỳ",
    "note.tf_from_now": '"{c}": "từ nay" tính từ ngày ban hành, nhưng chưa biết ngày ban hành hoặc '
                        "ngày đó sau ngày kết thúc; đọc thành một thời hạn",
    "note.tf_no_end": "không ghi thời điểm kết thúc: thực hiện đến hết thời gian của kế hoạch "
                      "({end})",
    "note.tf_open_ended": 'không có thời điểm kết thúc ("{text}"): thực hiện thường xuyên từ '
                          "{start}, không có hạn hoàn thành; theo dõi đến {end}, ngày kết thúc của "
                          "kế hoạch",
    "note.tf_no_overlap": "{outer!r} và {inner!r} không trùng nhau: không rõ là thời gian nào",
    "note.tf_narrower": "lấy thời gian hẹp hơn trong hai thời gian lồng nhau: {start}-{end} (nằm "
                        "trong {wide_start}-{wide_end})",
    "note.tf_summer": "'{words}' được hiểu là {a}-{b} (kỳ nghỉ hè của học sinh): ghi rõ ngày nếu "
                      "khác",
    "note.tf_ongoing_over": '"{c}": thực hiện thường xuyên trong {start}-{end}, không có hạn '
                            "hoàn thành",
    "note.tf_next_year": '"{words}" được hiểu là năm {y}, năm sau năm của kế hoạch',
    "note.tf_next_year_which": '"{c}": "{words}" là năm sau của năm nào? Kế hoạch thực hiện '
                               "trong {a}-{b}: hãy ghi rõ năm",
    "note.tf_deadlines": '"{c}": {n} thời hạn, mỗi thời hạn là một kỳ kết thúc vào ngày đó',
    "note.tf_span_due": "{outer!r} với hạn hoàn thành ghi trong ngoặc ({inner!r}): {start}-{due}",
    "note.tf_after": '"{c}": tính từ ngày hôm sau ({start}), không ghi thời điểm kết thúc: thực '
                     "hiện đến hết thời gian của kế hoạch ({end})",
    "note.tf_semester": "học kỳ {k} năm học {a}-{b} được hiểu là {start}-{end} (học kỳ I kết thúc "
                        "vào giữa tháng 01, theo khung kế hoạch năm học thường lệ): ghi rõ ngày "
                        "nếu khác",
    "note.tf_only_inside": "chỉ các phần nằm trong thời gian của kế hoạch ({start} - {end}) được "
                           "tính là các kỳ",
    "note.tf_cannot": "không đọc được {s!r} thành thời gian",
    "note.tf_times_each": '"{times}" trong mỗi kỳ: số lần chỉ là ghi chú, không phải thời hạn',
    "note.tf_finest": '"{c}": {said}: đọc theo kỳ {finest}, các kỳ này bao gồm các kỳ còn lại',
    "note.tf_day_span": "'{rest}' không phải là một khoảng ngày trong tháng",
    "note.tf_no_day_in_month": "tháng không có ngày {d}",
    "note.tf_cannot_recur": "không đọc được {rest!r} với kỳ lặp {name}",
    "note.tf_no_occurrence": "không có kỳ nào nằm trong thời gian của kế hoạch",
    "note.tf_weekdays_either": "{days}: đọc thành một khoảng mỗi tuần, từ ngày nêu đầu tiên "
                               "đến ngày nêu cuối cùng",
    "note.tf_recur_since": '"{c}": các kỳ lặp lại tính từ năm {year}',
    "note.tf_first_then_recur": '"{c}": lần đầu {first}, sau đó {every}: đọc là lặp lại từ ngày {start}',
    "note.tf_only_in_period": "'{words}' không ghi năm: là tháng/quý duy nhất như vậy trong thời gian "
                              "của kế hoạch ({start}..{end}), năm {y}",
    "note.tf_first_then_ongoing": '"{c}": lần đầu {first}, sau đó thường xuyên: đọc là thực hiện '
                                  "liên tục từ ngày {start}",
    "note.tf_then_upkeep": '"{c}": thời gian làm việc đó trước, sau đó duy trì ({also}): đọc theo '
                           "thời gian đầu",
    "note.tf_ongoing_recur": '"{c}": công việc thường xuyên, lặp lại {said}: đọc theo kỳ lặp, các kỳ '
                             "phủ kín thời gian của kế hoạch",
    "note.tf_weekdays_each": "{days}: đọc thành từng ngày đã nêu, mỗi tuần",
    "note.no_timeframe": "không ghi thời gian",
    "note.no_parser": "không bộ đọc thời gian nào đọc được các từ này",
    "note.no_reader": "không bộ đọc nào hiểu các từ này",
    "note.no_occurrence": "công việc lặp lại {recurrence} nhưng không có kỳ nào trong thời gian "
                          "của kế hoạch",
    "note.no_occurrence_any": "công việc lặp lại nhưng không có kỳ nào trong thời gian của kế hoạch",
    "note.no_dates_window": "khoảng thời gian không có ngày cụ thể",
    "note.no_dates_deadline": "thời hạn không có ngày cụ thể",
    # ... the reporting reader's (planflow_vn.reporting)
    "note.kind_monthly": "báo cáo tháng", "note.kind_quarterly": "báo cáo quý",
    "note.kind_half_year": "báo cáo 6 tháng", "note.kind_nine_months": "báo cáo 9 tháng",
    "note.kind_annual": "báo cáo năm",
    "note.rg_day_form": 'ngày báo cáo {text!r} không theo dạng NGÀY/THÁNG (ví dụ "10/6")',
    "note.rg_day_month": "ngày báo cáo {text!r}: không có tháng {mo}",
    "note.rg_day_day": "ngày báo cáo {text!r}: tháng {mo} không có ngày {d}",
    "note.rg_on_request": "báo cáo cả khi có đề nghị (đột xuất / theo đề nghị)",
    "note.rg_on_demand": "báo cáo cả khi có yêu cầu (đột xuất / theo yêu cầu)",
    "note.rg_nd09_days": "hạn gửi khác nhau theo loại báo cáo: hạn là 5 ngày làm việc sau ngày chốt "
                         "số liệu của mỗi kỳ",
    "note.rg_only": "chỉ {condition}",
    "note.rg_hour": "hạn {hour} mỗi ngày: đọc là báo cáo hằng ngày; giờ chỉ là ghi chú",
    "note.rg_times_a_day": "báo cáo nhiều lần trong ngày ({said}): đọc là báo cáo hằng ngày, hạn "
                           "mỗi ngày; giờ chỉ là ghi chú",
    "note.rg_no_day": "tháng không có ngày {d}",
    "note.rg_not_a_date": "{day} không phải là một ngày có thật",
    "note.rg_days_year": "các ngày ({days}) không ghi năm: hiểu là năm {y} của kế hoạch",
    "note.rg_days_every": "các ngày ({days}) không ghi năm, trong kế hoạch nhiều năm: hiểu là hằng "
                          "năm trong thời gian của kế hoạch",
    "note.rg_next_year": "các ngày ({days}) của năm sau: báo cáo của mỗi năm hạn vào đầu năm sau, "
                         "hiểu là hằng năm trong thời gian của kế hoạch",
    "note.rg_next_year_once": "các ngày ({days}) của năm sau: hiểu là năm {y}, năm sau năm của kế "
                              "hoạch",
    "note.rg_which_year": "có ngày, tháng nhưng không ghi năm hoặc 'hằng năm': không rõ là năm nào",
    "note.rg_no_month": "không có tháng {month}",
    "note.rg_in_month": "'vào tháng M/YYYY': hạn là cuối tháng đó",
    "note.rg_in_year": "'vào (cuối) năm YYYY' của một đợt sơ kết, tổng kết: hạn là cuối năm đó",
    "note.rg_weekly": "báo cáo hằng tuần: chưa có chế độ báo cáo hằng tuần; hãy liệt kê các kỳ báo "
                      "cáo (explicit)",
    "note.rg_named": "có nêu các báo cáo ({kinds}) nhưng không ghi hạn gửi",
    "note.rg_turns_untracked": "còn nêu các báo cáo {kinds} nhưng không ghi hạn gửi riêng: không "
                               "theo dõi",
    "note.rg_each_stage": "các ngày ({days}) của từng giai đoạn ({stages}): đọc vào năm cuối của mỗi "
                          "giai đoạn",
    "note.rg_yearly": "có báo cáo hằng năm nhưng không ghi hạn gửi",
    "note.rg_monthly_no_day": "có báo cáo hằng tháng nhưng không ghi hạn gửi: không tự đặt ngày, "
                              "không theo dõi kỳ báo cáo nào",
    "note.rg_sent_up": "có gửi kết quả để tổng hợp, báo cáo nhưng không ghi kỳ báo cáo hay hạn gửi",
    "note.rg_results": "có báo cáo kết quả thực hiện nhưng không ghi kỳ báo cáo hay hạn gửi",
    "note.rg_every_n": "báo cáo '{every}' nhưng không ghi hạn gửi",
    "note.rg_periodic": "có báo cáo định kỳ nhưng không ghi kỳ báo cáo hay hạn gửi (ví dụ 'theo "
                        "quy định')",
    # ... the importer's (planflow_import): tables, header, closing, reporting sentences
    "note.col_number": "số thứ tự", "note.col_partners": "cơ quan phối hợp",
    "note.col_lead": "cơ quan chủ trì", "note.col_start": "bắt đầu",
    "note.col_timeframe": "thời gian", "note.col_output": "sản phẩm", "note.col_budget": "kinh phí",
    "note.col_title": "nội dung", "note.col_note": "ghi chú",
    "note.column_value": "{name} '{value}'",
    "note.shared_labels": "không có nhãn riêng: dùng chung nhãn (cơ quan, thời gian) của mục tiếp "
                          "theo ('{next}')",
    "note.row_cut": "hàng {row} (không có số thứ tự, nội dung viết thường) được đọc là phần tiếp "
                    "theo của hàng trên",
    "note.row_merged": "hàng {row} có ít ô hơn số cột của bảng: đọc như gộp với hàng trên ({cells})",
    "note.block_item": "một mục trong khối Nội dung / Cơ quan chủ trì / Thời gian: do cơ quan chủ trì "
                       "của khối ({lead}) thực hiện, theo thời gian của khối ('{time}')",
    "note.time_own_line": "{where}: thời gian '{time}' đứng riêng một dòng là thời gian của nhiệm vụ ngay trên",
    "note.item_sibling_task": "một mục nằm giữa các nhiệm vụ đều ghi cơ quan chủ trì, không đọc "
                              "được cơ quan chủ trì của chính nó: đọc là một nhiệm vụ riêng",
    "note.item_of_led_heading": "một mục dưới đề mục '{heading}' (đề mục ghi cơ quan chủ trì): "
                                "là nhiệm vụ của cơ quan đó, theo thời gian của chính mục",
    "note.block_time": "thời gian '{time}' ghi sau các nhiệm vụ của '{agency}' được đọc là thời "
                       "gian của từng nhiệm vụ đó",
    "note.duty_own_lead": "nhiệm vụ tự ghi cơ quan chủ trì ('{lead}' chủ trì) dưới đề mục của "
                          "'{heading}': đọc là do cơ quan đó chủ trì",
    "note.table_fragments": "{where}: bảng nhiệm vụ bị cắt thành {n} mảnh, xen giữa là các dòng chữ "
                            "(bản PDF chuyển sang văn bản): các hàng được dựng lại theo số thứ tự và "
                            "chữ mở đầu nhiệm vụ, các ô được đọc theo cột tính từ bên phải",
    "note.table_fragments_banded": "{where}: bảng nhiệm vụ bị cắt thành {n} mảnh, xen giữa là các dòng "
                                   "chữ (bản PDF chuyển sang văn bản, các ô căn giữa theo hàng): {rows} "
                                   "hàng được dựng lại theo dòng mang số thứ tự, dòng đó ghi thời gian "
                                   "của hàng; nội dung, cơ quan chủ trì và thời gian có thể chưa đủ: cần "
                                   "đối chiếu với bản gốc",
    "note.no_task_words": "{n} mục được đọc thành nhiệm vụ không có nội dung nhiệm vụ (chữ của dòng "
                          "tiêu đề bảng lặp lại, một con số đứng riêng, không có chữ: {first}): không "
                          "đọc thành nhiệm vụ; bảng quét OCR cần được đọc từ bản gốc",
    "note.ocr_noise_tasks": "{n} nhiệm vụ có ký tự nhiễu do OCR ({first}): giữ nguyên như văn bản; cần "
                            "đối chiếu với bản gốc",
    "note.table_rebuilt": "các ô của bảng đứng mỗi ô một dòng dưới dòng tiêu đề (mất đường kẻ "
                          "hàng): các hàng được dựng lại theo số thứ tự mở đầu mỗi hàng, các dòng "
                          "thừa của một hàng được đọc là phần xuống dòng của các ô theo thứ tự",
    "note.row_time_above": "hàng {row}: ô thời gian để trống (gộp với hàng trên, trong bảng tiến độ có "
                           "cột đầu là thời gian): đọc là '{time}', thời gian của hàng trên",
    "note.row_short": "hàng {row} có ít ô hơn số cột của bảng ({cells}): không đọc cơ quan chủ trì "
                      "và thời gian, giữ nguyên văn",
    "note.row_roman_task": "hàng {row}: đánh số '{number}' như các hàng nhóm nhưng có cơ quan chủ "
                           "trì và thời gian riêng, không có hàng con: đọc là một nhiệm vụ",
    "note.row_group_lead": "hàng {row}: do '{agency}' chủ trì, theo tên cơ quan ở hàng nhóm",
    "note.date_unreal": "{where}: ngày tháng ghi một ngày không có thật ({text!r})",
    "note.date_line_unreal": "{where}: dòng địa danh, ngày tháng ghi một ngày không có thật "
                             "({text!r})",
    "note.letter_fields": "{where}: các đề mục đánh số nêu lĩnh vực công tác ({fields}) không phải "
                          "tên cơ quan: các nhiệm vụ dưới đó giao cho nơi nhận văn bản ('Kính gửi': "
                          "{to})",
    "note.slash_markers": "{n} số thứ tự mục viết bằng '/' hoặc '-' ('{first}') được đọc như 'I.', "
                          "'1.', 'a)'",
    "note.number_blank": "{where}: số văn bản để trống ({text!r}): văn bản chưa có số",
    "note.day_blank": "{where}: dòng địa danh, ngày tháng để trống ngày ({text!r}: ghi ngày khi ký): "
                      "không có ngày ban hành",
    "note.stamped_fields": "{where}: phần văn bản để trống (số, ngày) được đọc từ dấu số in ở cuối "
                           "trang đầu ({lines}): {read}; cần đối chiếu với bản đã ký",
    "note.date_blank": "{where}: dòng địa danh, ngày tháng để trống ngày và tháng ({text!r}: bản "
                       "dự thảo, hoặc văn bản ghi ngày khi ký): không có ngày ban hành",
    "note.after_signer": "{where}: {n} dòng sau tên người ký ('{text}…') không thuộc phần chữ ký: "
                         "không đọc",
    "note.third_authority": "{where}: thẩm quyền ký '{authority}' không được giữ (chữ ký có nhiều "
                            "nhất hai thẩm quyền)",
    "note.regime_error": "{where}: không đọc được câu quy định chế độ báo cáo: {why}",
    "note.regime_unread": "{where}: không bộ đọc nào đọc được câu về chế độ báo cáo; giữ nguyên "
                          "văn (chế độ 'explicit', chưa có kỳ báo cáo)",
    "note.at": "{where}: {warning}",
    "note.site_fields": "{where}: các trường của trang web (Số hiệu, Loại văn bản, …) không thuộc "
                        "văn bản; không đọc",
    "note.page_numbers": "{n} số trang nằm giữa các đoạn không đọc thành văn bản ({pages})",
    "note.attached_plan": "{where}: Quyết định ban hành kế hoạch 'ban hành kèm theo': kế hoạch được "
                          "đọc từ phần kèm theo; tên cơ quan, số và ngày là của quyết định trừ khi "
                          "kế hoạch ghi riêng",
    "note.decision_from_note": "{where}: quyết định không in phần đầu văn bản: số ký hiệu và ngày được đọc "
                               "từ dòng ghi chú dưới tên kế hoạch kèm theo ('{symbol}', {date})",
    "note.own_time_other": "câu giao nhiệm vụ còn nêu thời gian khác ngoài thời gian được đọc là của nhiệm vụ "
                           "('{time}'): {others}; cần xem lại thời gian nào là của nhiệm vụ",
    "note.decision_articles": "{where}: các điều của quyết định sau kế hoạch được phê duyệt ('{text}' …) "
                              "không thuộc kế hoạch: không đọc thành nhiệm vụ",
    "note.letter_duties": "{where}: công văn hoặc chỉ thị giao nhiệm vụ, không có tên kế hoạch hay "
                          "các mục I., II., III.: các nhiệm vụ đánh số sau câu '{lead}' được đọc "
                          "thành nhiệm vụ",
    "note.letter_requests": "{where}: công văn giao nhiệm vụ không đánh số: {n} yêu cầu sau câu "
                            "'{lead}' (gạch đầu dòng hoặc câu 'Đề nghị X …') được đọc thành nhiệm vụ "
                            "của nơi nhận văn bản hoặc của cơ quan được đề nghị",
    "note.directive_sections": "{where}: chỉ thị (hoặc nghị quyết) có các mục đều giao nhiệm vụ: nhiệm "
                               "vụ của cả {n} mục được đọc thành nhiệm vụ",
    "note.page_fields": "dòng {line}: không có phần đầu văn bản (quốc hiệu, số, ngày): số, loại, cơ quan ban "
                        "hành và ngày ban hành được đọc từ các trường của trang web phía trên văn bản "
                        "('{symbol}', {kind}, '{issuer}', {date})",
    "note.page_title": "văn bản không có trích yếu: tên văn bản được đọc từ tên trang web đặt cho văn bản "
                       "('{title}')",
    "note.page_top": "{n} dòng phía trên văn bản (biểu ngữ, thông báo và khung thông tin của trang web) "
                     "không thuộc văn bản; không đọc",
    "note.letter_subject": "{where}: dòng trích yếu của công văn ('V/v …') được đọc thành tên văn bản",
    "note.letter_members": "{where}: các cơ quan liệt kê dưới tiêu đề ({names}) là thành phần của "
                           "nhóm cơ quan ở tiêu đề: các nhiệm vụ sau 'Có trách nhiệm:' do nhóm đó chủ trì",
    "note.footnotes": "{n} chú thích cuối trang không đọc thành văn bản ({first})",
    "note.signature_only": "{where}: chữ ký ('{line}') kết thúc văn bản mà không có phần 'Nơi "
                           "nhận' trước đó: chưa có nơi nhận",
    "note.plan_from_note": "{where}: kế hoạch không ghi số, ngày của riêng mình: số ký hiệu và ngày "
                           "của quyết định ban hành kèm theo được đọc từ dòng ghi chú dưới tên kế "
                           "hoạch ('{symbol}', {date})",
    "note.own_from_note": "{where}: không có phần đầu văn bản: số ký hiệu, ngày và cơ quan ban "
                          "hành được đọc từ ghi chú của phụ lục ('{symbol}', {date}, '{issuer}'), "
                          "tên văn bản từ dòng chữ in hoa dưới '{kind}'",
    "note.issuer_from_sentence": "{where}: không có tên cơ quan ban hành ở đầu văn bản; cơ quan "
                                 "ban hành '{issuer}' được đọc từ câu '{short} ban hành' và dòng "
                                 "địa danh",
    "note.table_continued": "{where}: bảng không có hàng tiêu đề, rộng bằng bảng nhiệm vụ phía "
                            "trước: đọc là phần tiếp theo của bảng đó (ngắt trang)",
    "note.appendix_tasks": "đã đọc {n} nhiệm vụ từ phụ lục sau chữ ký ({where})",
    "note.solution_bullets": "không nhiệm vụ nào ghi cơ quan chủ trì: {n} gạch đầu dòng dưới "
                             "'{heading}' được đọc là các nhiệm vụ của kế hoạch, do cơ quan ban "
                             "hành chủ trì (không ghi cơ quan chủ trì)",
    "note.round_items": "{where}: không mục nào của '{heading}' ghi ai thực hiện: {n} mục liệt "
                        "kê dưới các đợt được đọc là nhiệm vụ của chính cơ quan ban hành (không ghi "
                        "cơ quan chủ trì), mỗi nhiệm vụ theo thời gian của đợt hoặc đề mục của nó",
    "note.dated_duty": "{where}: nhiệm vụ của '{heading}' có thời hạn riêng ghi rõ ngày, năm, bên "
                       "cạnh bảng nhiệm vụ: được đọc là nhiệm vụ",
    "note.agency_paragraphs": "{where}: không có nhiệm vụ đánh số hoặc có nhãn: {n} đoạn của "
                              "'{heading}' bắt đầu bằng tên cơ quan được đọc là nhiệm vụ của cơ "
                              "quan đó",
    "note.period_from_time": "thời gian của kế hoạch {a}-{b} được đọc từ thời gian chung của kế "
                             "hoạch (tên kế hoạch không ghi)",
    "note.plan_time_applied": "{where}: thời gian chung của kế hoạch '{time}' được áp dụng cho {n} "
                              "nhiệm vụ không ghi thời gian riêng",
    "note.not_agency": "{where}: {names} nằm ở chỗ ghi cơ quan chủ trì hoặc phối hợp: không phải "
                       "cơ quan, không giữ",
    "note.no_tasks": "không thấy nhiệm vụ nào (không có nhiệm vụ có nhãn, bảng nhiệm vụ hay nhiệm "
                     "vụ theo cơ quan)",
    "note.no_vn_calendar": "chưa cài lịch làm việc 'vn': thời hạn tính theo các ngày từ thứ Hai "
                           "đến thứ Sáu",
    "note.period_drawn_up": "thời gian của kế hoạch {a}-{b} là năm ban hành và thời gian của các "
                            "nhiệm vụ: thời kỳ ghi ở tên ({title}) là của văn bản được lập",
    "note.period_from_tasks": "thời gian của kế hoạch {a}-{b} là khoảng thời gian của các nhiệm vụ "
                              "(tên kế hoạch và thời gian chung đều không ghi)",
    "note.difficulties_only": "chỉ yêu cầu báo cáo khi có khó khăn, vướng mắc ('{said}'): không có "
                              "chế độ báo cáo; lưu trong settings.import.reports (đột xuất)",
    "note.issuer_from_notice": "{where}: không có phần đầu văn bản; cơ quan ban hành '{issuer}' "
                               "được đọc từ câu kết thông báo của cơ quan đó ('… thông báo để … biết')",
    "note.issuer_from_request": "{where}: không có phần đầu văn bản; cơ quan ban hành '{issuer}' "
                                "được đọc từ câu cơ quan đó đề nghị, yêu cầu thực hiện nhiệm vụ",
    "note.period_guessed": "văn bản không ghi ngày ban hành và thời gian thực hiện: thời gian "
                           "của kế hoạch {a}-{b} được đoán theo năm đầu tiên nêu trong văn bản; "
                           "các mốc thời gian không ghi năm được hiểu trong khoảng đó",
    "note.tf_year_guessed": "'{text}' không ghi năm và văn bản không ghi ngày ban hành: hiểu "
                            "trong {a}-{b}, khoảng thời gian đoán theo các năm nêu trong văn bản",
    "note.no_time_stated": "không ghi thời gian: thực hiện thường xuyên trong thời gian của kế "
                           "hoạch ({start}-{end}), không có hạn hoàn thành",
    "note.regimes_kept": "{n} câu về chế độ báo cáo: câu đầu tiên có ghi hạn gửi là chế độ báo cáo "
                         "của kế hoạch; các câu còn lại được giữ trong settings.import.reports",
    "note.reports_to_compiler": "{where}: báo cáo gửi {subject}, cơ quan tổng hợp (câu không "
                                "ghi nơi nhận báo cáo)",
    "note.two_reports": "{where}: câu yêu cầu hai báo cáo, mỗi báo cáo có hạn riêng: đọc thành "
                        "hai nghĩa vụ báo cáo",
    "note.rg_kinds_monthly": 'các báo cáo "{kinds}" không ghi hạn riêng: đọc là báo cáo tháng '
                             "của tháng cuối kỳ",
    "note.report_tracked": "báo cáo '{said}' ({who} gửi {to}) được theo dõi cùng các báo cáo "
                           "của kế hoạch, là một phần của chế độ báo cáo",
    "note.untracked": '{n} nhiệm vụ có thời gian không đọc được ({ids}): đã đặt '
                      'settings.engine.untracked = "accept" nên các nhiệm vụ này được liệt kê là '
                      "chưa theo dõi; hãy ghi ngày cho các nhiệm vụ đó rồi bỏ thiết lập này",
    "note.task_note": "{where}: nhiệm vụ '{task}': {note}",
    "note.duty_report": "{where}: nhiệm vụ '{task}' yêu cầu báo cáo riêng ('{said}'): giữ trong "
                        "settings.import.reports, cơ quan chủ trì nhiệm vụ là đơn vị báo cáo",
    "note.own_plan_task": "{where}: các đơn vị được nêu xây dựng kế hoạch riêng căn cứ Kế hoạch "
                          "này: đọc là nhiệm vụ của các đơn vị đó",
    "note.breadcrumbs": "{n} dòng mở đầu bằng tên văn bản (đường dẫn của bản thu thập cho chỉ mục "
                        "tìm kiếm): đã bỏ, số thứ tự mục bị dời được đặt lại đầu dòng",
    "note.article_items": "{where}: quyết định nêu kế hoạch ngay trong các điều của mình: {n} mục "
                          "đánh số của 'Điều 1' và của các điều giao nhiệm vụ ('Giao …') được đọc "
                          "là nhiệm vụ của kế hoạch",
    "note.article_duties": "{where}: văn bản (nghị quyết, quyết định, chỉ thị) không kèm kế hoạch: "
                           "{n} nhiệm vụ mà các điều của văn bản giao ('Giao X:', 'X chủ trì …') "
                           "được đọc là nhiệm vụ; các điều khoản thi hành thì không",
    "note.ocr_furniture": "{n} dòng trang trí trang của bản quét nhận dạng chữ (OCR) (dòng "
                          "'===== Trang N =====', đầu trang, số trang, dấu chữ ký số, ghi chú của "
                          "người thu thập) được bỏ qua; số dòng tính không kể các dòng này",
    "note.ocr_garbled": "trang {pages} của bản quét OCR đọc ra chữ vô nghĩa (chưa tới một nửa số "
                        "từ là âm tiết tiếng Việt: trang quét xoay ngang, biểu đồ): không đọc; nội "
                        "dung các trang này cần đọc từ bản gốc",
    "note.ocr_numbering": "{n} số thứ tự do OCR nhận dạng sai được đọc theo cách đánh số của văn "
                          "bản ({pairs})",
    "note.issuer_of_kind": "{where}: dòng '{line}' dưới tên loại văn bản nêu cơ quan ban hành "
                           "('{issuer}', chữ 'CUA' do OCR đọc được hiểu là 'CỦA'); cơ quan ở tiêu đề "
                           "là cơ quan cấp trên",
    "note.duties_organise": "{where}: mỗi hoạt động trong {n} hoạt động ở trên đều nêu cơ quan "
                            "thực hiện: nhiệm vụ theo cơ quan ở mục '{heading}' là tổ chức, theo dõi "
                            "các hoạt động đó; giữ nguyên văn, không đọc lại thành nhiệm vụ",
    "note.timed_beside": "{where}: {n} mục của '{heading}' đều kết thúc bằng thời gian có ngày tháng "
                         "riêng, bên cạnh nhiệm vụ theo từng cơ quan: đọc thành nhiệm vụ (do cơ "
                         "quan được nêu ở đầu câu chủ trì, nếu có)",
    "note.bracketed_beside": "{n} nhiệm vụ được đọc từ các mục ghi cơ quan chủ trì trong ngoặc, bên "
                             "cạnh nhiệm vụ theo từng cơ quan; thời gian của mỗi nhiệm vụ theo "
                             "ngoặc hoặc theo đề mục",
    "note.dated_duty_activities": "{where}: một nhiệm vụ của mục '{heading}' có thời gian riêng "
                                  "(ghi rõ ngày tháng hoặc năm, hoặc khi có sự việc phát sinh), bên cạnh các "
                                  "hoạt động đã nêu cơ quan thực hiện: đọc là nhiệm vụ",
    "note.issuer_from_body_sentence": "{where}: không có tiêu đề văn bản (quốc hiệu, tên cơ quan); "
                                      "cơ quan ban hành '{issuer}' được đọc từ câu nêu cơ quan đó "
                                      "xây dựng (ban hành) kế hoạch",
    "note.title_from_opening": "{where}: không có tiêu đề văn bản và không có dòng 'KẾ HOẠCH': tên "
                               "kế hoạch được đọc từ dòng chữ in hoa mở đầu văn bản ({title!r})",
    "note.article_due": "thời gian '{time}' là ngày mà một nhiệm vụ khác nêu các việc của 'Điều "
                        "{n}' phải xong ('{by}')",
    "note.rest_days": "{where}: '{text}' nêu ngày nghỉ, không phải nhiệm vụ: giữ nguyên văn",
    "note.inner_time": "thời gian '{time}' nằm trong câu giao nhiệm vụ được đọc là thời gian của "
                       "nhiệm vụ ({kind})",
    "note.inner_time_nested": "câu giao nhiệm vụ nêu hai thời gian lồng nhau ('{a}', '{b}'): lấy "
                              "thời gian hẹp hơn làm thời gian của nhiệm vụ",
    "note.inner_time_many": "câu giao nhiệm vụ nêu {n} thời gian không lồng nhau ({times}): không "
                            "lấy thời gian nào; cần ghi rõ thời gian của nhiệm vụ",
    "note.tf_kept": "{where}: thời gian '{text}' của nhiệm vụ '{task}' được giữ nguyên văn ({why})",
    "note.title_from_decision": "{where}: không có tiêu đề 'KẾ HOẠCH' và không có kế hoạch kèm "
                                "theo trong văn bản: tên kế hoạch được đọc từ tên của quyết định "
                                "({title!r}); các nhiệm vụ của kế hoạch nằm ở phần kèm theo, không "
                                "ở đây",
    "note.plan_approved": "{where}: quyết định phê duyệt kế hoạch ngay trong 'Điều 1' ('Phê duyệt "
                          "… với các nội dung chủ yếu sau'): kế hoạch là nội dung của điều đó, tên "
                          "kế hoạch theo tên quyết định ('{title}'), các phụ lục ('PHỤ LỤC … kèm "
                          "theo Quyết định') là các bảng của kế hoạch",
    "note.title_from_sentence": "{where}: không có tên kế hoạch dưới chữ 'KẾ HOẠCH': đọc từ câu "
                                "ban hành kế hoạch ({title!r})",
    "note.task_once": "{where}: nhiệm vụ '{task}' cũng là một hàng của bảng nhiệm vụ ({where_row}): "
                      "chỉ giữ một lần, theo hàng của bảng",
    # ... the command line's (planflow.cli) and the reasons a unit reports (planflow.cadence)
    "note.timeframe_error": "{text!r}: {warning}",
    "note.reason_period": "được nêu tên cho kỳ {period!r}",
    "note.reason_regime": "được nêu tên trong chế độ báo cáo của kế hoạch",
    "note.reason_every": "mọi đơn vị của kế hoạch đều báo cáo (câu về chế độ báo cáo nêu tất "
                         "cả); chủ trì nhiệm vụ {task!r}",
    "note.reason_active": "chủ trì nhiệm vụ {task!r}, đang thực hiện trong kỳ (kế hoạch không "
                          "nêu đơn vị báo cáo)",
    # ... the errors of reading a file, of the registry and of the store
    "note.file_error": "{file}: {what}",
    "note.file_error_at": "{file}: {where}: {what}",
    "note.plan_suffix": "tệp kế hoạch phải có đuôi .toml hoặc .json",
    "note.no_file": "không có tệp này",
    "note.unreadable_file": "không đọc được tệp: {detail}",
    "note.not_utf8": "không phải văn bản UTF-8 (byte {n})",
    "note.bad_json": "không phải JSON hợp lệ (dòng {line}, cột {column})",
    "note.bad_toml": "không phải TOML hợp lệ (dòng {line}, cột {column})",
    "note.empty_file": "tệp rỗng",
    "note.no_text": "không có chữ nào: không phải kế hoạch",
    "note.not_a_plan": "không phải kế hoạch: không có tên loại 'KẾ HOẠCH' và không có các mục "
                       "I./II./III.",
    "note.no_year_at_all": "văn bản không ghi ngày ban hành và không nêu năm nào: không biết kế "
                           "hoạch thực hiện trong thời gian nào",
    "note.page_no_text": "trang không có chữ nào",
    "note.not_html": "không phải trang HTML ({detail})",
    "note.page_too_big": "trang dài {n} byte (chỉ đọc tối đa {most} byte)",
    "note.tf_laid_out": "'{text}' đọc từ một bảng dàn cột bằng dấu cách (chữ của tệp PDF giữ "
                        "nguyên bố cục): chữ nào thuộc cột nào chỉ là ước đoán; hãy đối chiếu với "
                        "văn bản",
    "note.not_pdf": "không phải tệp PDF (không mở được tệp này)",
    "note.pdf_pages": "tệp PDF gồm {n} trang (chỉ đọc tối đa {most} trang)",
    "note.pdf_no_text": "tệp PDF không có lớp chữ (bản quét, chỉ có ảnh): hãy nhận dạng chữ (OCR) "
                        "trước, hoặc nhập tệp Word đã dùng để tạo tệp PDF này",
    "note.not_docx": "không phải tệp Word (không mở được tệp này)",
    "note.docx_parts": "tệp Word gồm {n} phần (chỉ đọc tối đa {most} phần)",
    "note.docx_unzips": "giải nén ra {n} byte (chỉ đọc tối đa {most} byte)",
    "note.no_soffice": "cần LibreOffice (soffice) để chuyển tệp {suffix}; hoặc mở bằng Word, lưu "
                       "thành .docx rồi nhập tệp đó",
    "note.soffice_timeout": "LibreOffice không chuyển xong tệp trong {n} giây",
    "note.soffice_failed": "LibreOffice không đọc được tệp {suffix} này{detail}",
    "note.not_utf8_import": "không phải văn bản UTF-8 (byte {n}: {reason}): hãy lưu tệp theo "
                            "bảng mã UTF-8 (Unicode) rồi nhập lại",
    "note.no_named": "không có {what} tên {name!r} (đã đăng ký: {known})",
    "note.what_calendar": "lịch làm việc", "note.what_cadence": "chế độ báo cáo",
    "note.what_format": "định dạng văn bản", "note.what_plan": "kế hoạch",
    "note.what_report": "báo cáo", "note.what_reminder": "thư nhắc việc",
    "note.what_progress_report": "báo cáo tiến độ",
    "note.what_reminder_letter": "công văn đôn đốc",
    "note.dated_before_plan": "{what} đề ngày {at} là trước ngày kế hoạch {symbol} bắt đầu "
                              "({first}): hãy đề ngày từ {first} trở đi",
    "note.dated_before_unnamed_plan": "{what} đề ngày {at} là trước ngày kế hoạch bắt đầu "
                                      "({first}): hãy đề ngày từ {first} trở đi",
    "note.no_report_periods": "kế hoạch không có kỳ báo cáo nào để báo cáo",
    "note.no_period_named": "không có kỳ báo cáo {name!r} (các kỳ: {periods})",
    "note.nothing_overdue": "ngày {at} không có việc quá hạn nào của đơn vị mà cơ quan ban hành "
                            "đôn đốc được: không có công văn đôn đốc để viết",
    "note.no_wording": "không có ngôn ngữ {wanted!r} (đã đăng ký: {known})",
    "note.format_renders": "định dạng {name!r} không viết được {what} (định dạng này viết: "
                           "{renders})",
    "note.no_importer": "{path}: không có bộ đọc nào đọc tệp {suffix} (đọc được: {known})",
    "note.no_importer_suffix": "{path}: không có bộ đọc nào đọc tệp không có đuôi (đọc được: "
                               "{known})",
    "note.store_no_plan": "không có kế hoạch {key!r} trong kho dữ liệu {url}",
    "note.store_older": "kho dữ liệu {url} có lược đồ phiên bản {version}, cũ hơn phiên bản "
                        "planflow này ghi ({writes}): hãy sao lưu, rồi chạy `planflow db upgrade`",
    "note.store_newer": "kho dữ liệu {url} có lược đồ phiên bản {version}, mới hơn phiên bản "
                        "planflow này biết ({writes}): hãy nâng cấp planflow",
    # ... planflow serve's (planflow_web)
    "note.serve_at": "--at: {value!r} không phải là ngày (dd/mm/yyyy hoặc YYYY-MM-DD)",
    "note.serve_days": "--days: từ 1 đến 3660, không phải {days}",
    "note.serve_links": "các đường dẫn còn hiệu lực đến {until} UTC",
    "note.serving": "đang chạy trang web cho {url} tại {where}; `planflow serve --links` in ra "
                    "các đường dẫn truy cập",
    "note.serve_read_only": "đang chạy trang web cho {url} tại {where} (chỉ xem); `planflow serve "
                            "--links` in ra các đường dẫn truy cập",
    "note.serve_no_store": "--db: không có kho dữ liệu tại {db} (planflow plans add sẽ tạo kho)",
    "note.escaped_breaks": "{n} chỗ xuống dòng viết bằng ký tự '\\r\\n' được đọc là xuống dòng",
    "note.spaced_table": "dòng {at}: bảng nhiệm vụ dàn thành các cột cách nhau bằng khoảng trắng (chữ của "
                          "tệp PDF giữ nguyên bố cục) được đọc lại thành {rows} hàng; chỗ hết một ô là "
                          "phỏng đoán theo các cột, số thứ tự hàng, chữ hoa và từ chỉ thời gian",
    "note.spaced_lead_above": "dòng {at}: hàng của nhiệm vụ '{task}' không ghi cơ quan chủ trì: đọc là "
                               "'{lead}' của hàng trên (ô gộp theo cột chỉ hiện chữ ở hàng đầu của nó)",
    "note.gazette_table": "dòng {at}: bảng in từng ô nối tiếp nhau trên các dòng ngắn (lớp chữ của "
                          "tệp PDF) được đọc lại thành {rows} hàng, {cols} cột; chỗ một ô kết thúc "
                          "là đoán theo độ dài dòng, chữ hoa và từ chỉ thời gian",
    "note.gazette_furniture": "{n} dòng trang trí trang của Công báo (đầu trang, số trang, dấu chữ "
                              "ký số) được bỏ qua; số dòng tính không kể các dòng này",
    "note.title_of_document": "{where}: không có tên kế hoạch: các nhiệm vụ là của chính {kind}, tên lấy "
                              "theo tên của {kind} ({title!r})",
    "note.gazette_two_groups": "dòng {at}: (các) hàng {numbers} ghi hai lần các ô sau nhiệm vụ (cơ quan "
                               "chủ trì hoặc kết quả thứ hai, có thời gian riêng): mỗi hàng đọc thành "
                               "hai nhiệm vụ cùng tên",
    "note.numbered_labels": "{where}: nhiệm vụ '{task}' đọc từ danh sách nhãn đánh số ('Tên nhiệm vụ', "
                            "'Cơ quan chủ trì', …)",
    "note.row_waves": "hàng {row}: thời gian ghi ở các cột đợt {waves} được đọc chung, mỗi đợt một lần thực hiện",
    "note.row_subject_lead": "hàng {row}: cơ quan chủ trì là '{agency}', đơn vị đứng đầu câu (bảng không có "
                             "cột cơ quan chủ trì)",
    "note.table_only": "{where}: không có tên 'KẾ HOẠCH' và không có mục I./II./III.: bảng nhiệm vụ "
                       "của văn bản được đọc là kế hoạch",
    # --help in Vietnamese: click's own words, then each command's and option's help
    # (help.<command> and help.<command> <option>; planflow.cli says them while --help
    # is written). A command or option without one keeps its English help.
    "help.usage": "Cách dùng: ", "help.heading.Options": "Tùy chọn",
    "help.heading.Commands": "Lệnh", "help.heading.Arguments": "Tham số",
    "help.--help": "In phần hướng dẫn này rồi thoát.", "help.required": "[bắt buộc]",
    "help.default": "[mặc định: ",
    "help.planflow": "planflow: theo dõi kế hoạch hành động như một đồ thị nhiệm vụ, với cơ "
                     "quan chủ trì, thời hạn và chế độ báo cáo.\n\nPLAN là tệp kế hoạch .toml "
                     "hoặc .json, hoặc đường_dẫn/tệp.py:tên_biến.",
    "help.planflow --version": "In phiên bản rồi thoát.",
    "help.calendar": "Liệt kê mọi thời hạn nhiệm vụ và nghĩa vụ báo cáo của PLAN theo thứ tự "
                     "ngày.",
    "help.calendar --agency": "Chỉ các thời hạn của cơ quan này (nhiệm vụ cơ quan chủ trì, báo "
                              "cáo cơ quan phải gửi hoặc nhận).",
    "help.calendar --from": "Ngày đầu (YYYY-MM-DD hoặc DD/MM/YYYY).",
    "help.calendar --to": "Ngày cuối (YYYY-MM-DD hoặc DD/MM/YYYY).",
    "help.calendar --json": "In danh sách {date, kind, task hoặc period, title, agency, "
                            "recipient, reason} dạng JSON.",
    "help.calendar --ics": "Ghi thêm tệp lịch iCalendar (.ics).",
    "help.db": "Lược đồ của kho dữ liệu theo dõi: đang ở phiên bản nào, và nâng cấp.",
    "help.db current": "In phiên bản lược đồ và bản sửa Alembic của kho dữ liệu, và cho biết "
                       "có cần nâng cấp không.",
    "help.db upgrade": "Chuyển kho dữ liệu lên phiên bản lược đồ của planflow này (hãy sao lưu "
                       "trước).",
    "help.holidays": "Liệt kê các ngày nghỉ và ngày làm bù của năm YEAR theo lịch \"vn\", kèm "
                     "nguồn (thư viện holidays, văn bản của Chính phủ, hoặc tệp dữ liệu của cơ "
                     "quan).",
    "help.holidays --json": "In danh sách {date, kind, name, source} dạng JSON.",
    "help.import": "Đọc văn bản kế hoạch (văn bản thuần, Markdown, HTML, Word, PDF, Excel) "
                   "thành kế hoạch.",
    "help.import -o": "Ghi ra tệp kế hoạch (.toml hoặc .json).",
    "help.import --json": "In kế hoạch (theo lược đồ tệp kế hoạch) kèm các lưu ý, dạng JSON.",
    "help.import --lang": "Ngôn ngữ hiển thị (en, vi...; mặc định: ngôn ngữ của kế hoạch đọc "
                          "được: tiếng Việt với kế hoạch tiếng Việt).",
    "help.plans": "Các kế hoạch kho dữ liệu đang theo dõi: thêm (hoặc cập nhật), liệt kê, lịch "
                  "sử, gỡ bỏ.",
    "help.plans add": "Đăng ký PLAN vào kho dữ liệu, hoặc ghi lần sửa mới khi tệp kế hoạch đã "
                      "thay đổi.",
    "help.plans add --by": "Người thêm (mặc định: người chạy lệnh).",
    "help.plans history": "Liệt kê mọi lần sửa của kế hoạch KEY, từ đầu đến cuối.",
    "help.plans history --json": "In các lần sửa dạng JSON.",
    "help.plans list": "Liệt kê các kế hoạch kho dữ liệu đang theo dõi, mỗi kế hoạch ở lần sửa "
                       "hiện tại.",
    "help.plans list --json": "In lần sửa hiện tại của mỗi kế hoạch dạng JSON {key, revision, "
                              "hash, source, added_by, added_at...}.",
    "help.plans remove": "Dừng theo dõi kế hoạch KEY (lịch sử vẫn giữ); rút các thông báo đang "
                         "chờ gửi của kế hoạch.",
    "help.plans remove --by": "Người gỡ bỏ (mặc định: người chạy lệnh).",
    "help.plans tree": "Hiển thị các kế hoạch đã đăng ký theo cấp (tỉnh, huyện, xã), mỗi kế "
                       "hoạch kèm tình hình thực hiện.",
    "help.plans tree --at": "Ngày tính tình hình thực hiện (YYYY-MM-DD; mặc định: hôm nay).",
    "help.plans tree --json": "In cây kế hoạch dạng JSON: tình hình của mỗi kế hoạch {key, "
                              "symbol, issuer, title, issued, at, tasks, reports, overdue} và "
                              "các kế hoạch cấp dưới.",
    "help.plugins": "Liệt kê các plugin đã cài và các hook mỗi plugin thực hiện.",
    "help.plugins --json": "In các plugin dạng JSON.",
    "help.record": "Ghi nhận việc thực hiện nhiệm vụ TASK của PLAN: hoàn thành, tiến độ, hủy, mở "
                   "lại.\n\nNgày hoàn thành sau hôm nay, hoặc sau khi kế hoạch kết thúc, bị từ "
                   "chối trừ khi có --force.",
    "help.record --done": "Nhiệm vụ hoàn thành vào ngày này (YYYY-MM-DD hoặc DD/MM/YYYY).",
    "help.record --progress": "Ghi chú tiến độ (ngày ghi theo --on).",
    "help.record --cancel": "Nhiệm vụ bị hủy (ngày ghi theo --on).",
    "help.record --reopen": "Bỏ ghi nhận hoàn thành hoặc hủy (ngày ghi theo --on).",
    "help.record --on": "Ngày xảy ra (mặc định: ngày của --done, nếu không thì hôm nay).",
    "help.record --by": "Mã cơ quan báo cáo (mặc định: cơ quan chủ trì đầu tiên của nhiệm vụ).",
    "help.record --force": "Vẫn ghi nhận --done vào ngày sau hôm nay hoặc sau khi kế hoạch kết "
                           "thúc.",
    "help.render": "Viết PLAN (hoặc báo cáo, hoặc thư đôn đốc) thành văn bản.",
    "help.render --format": "Định dạng văn bản đã đăng ký (docx, txt, md, html, xlsx...).",
    "help.render --what": "Chính kế hoạch ('plan'), báo cáo tiến độ ('report') hoặc thư đôn "
                          "đốc ('reminder').",
    "help.render --period": "Tên kỳ báo cáo (với báo cáo).",
    "help.render --at": "Ngày văn bản nói đến (YYYY-MM-DD hoặc DD/MM/YYYY).",
    "help.render --db": "Kho dữ liệu theo dõi (với báo cáo và thư).",
    "help.render --rollup": "Với báo cáo: thêm tình hình của các kế hoạch đã đăng ký trong kho "
                            "dữ liệu triển khai PLAN.",
    "help.render -o": "Tệp ghi ra.",
    "help.schedule": "In tiến độ của PLAN: ngày sớm nhất và muộn nhất, thời gian dự trữ, đường "
                     "găng.",
    "help.schedule --json": "In danh sách {id, title, earliest_start, earliest_finish, "
                            "latest_finish, slack_days, critical} dạng JSON.",
    "help.serve": "Chạy trang web của cơ quan: bảng tổng hợp, từng kế hoạch, việc của từng đơn "
                  "vị.",
    "help.serve --host": "Địa chỉ lắng nghe (0.0.0.0: mọi giao diện mạng của cơ quan).",
    "help.serve --port": "Cổng lắng nghe.",
    "help.serve --read-only": "Chỉ hiển thị các trang; từ chối mọi thao tác ghi.",
    "help.serve --links": "In đường dẫn của cơ quan và đường dẫn truy cập của từng đơn vị, rồi "
                          "thoát.",
    "help.serve --base-url": "Địa chỉ trang web mà các đơn vị truy cập, dùng cho --links (mặc "
                             "định: $PLANFLOW_WEB_BASE_URL, nếu không thì http://HOST:PORT).",
    "help.serve --days": "Số ngày các đường dẫn do --links in ra còn hiệu lực.",
    "help.serve --at": "Hiển thị các kế hoạch tính đến ngày này (dd/mm/yyyy hoặc YYYY-MM-DD; "
                       "mặc định: hôm nay).",
    "help.status": "Tình hình thực hiện PLAN tại một ngày: mỗi đơn vị một dòng và các nội dung "
                   "quá hạn, hoặc (--all-items) mọi nhiệm vụ và nghĩa vụ báo cáo theo tình "
                   "trạng; --all: mọi kế hoạch trong kho dữ liệu.",
    "help.status --all": "Mọi kế hoạch đã đăng ký trong kho dữ liệu (planflow plans add) thay "
                         "cho PLAN: tổng hợp theo kế hoạch, và việc --agency phải làm trong các "
                         "kế hoạch đó.",
    "help.status --agency": "Chỉ nội dung của cơ quan (đơn vị) này: nhiệm vụ cơ quan chủ trì, "
                            "báo cáo cơ quan phải gửi.",
    "help.status --from": "Với --all: nội dung có hạn từ ngày này (YYYY-MM-DD hoặc "
                          "DD/MM/YYYY); nội dung quá hạn trước ngày đó vẫn được giữ.",
    "help.status --to": "Với --all: nội dung có hạn đến ngày này.",
    "help.status --summary": "Mỗi đơn vị một dòng, rồi các nội dung quá hạn theo đơn vị (mặc "
                             "định).",
    "help.status --all-items": "Mọi nhiệm vụ và báo cáo trong các bảng theo tình trạng (với "
                               "--summary: sau phần tổng hợp).",
    "help.status --at": "Ngày tính tình hình (YYYY-MM-DD hoặc DD/MM/YYYY; mặc định: hôm nay "
                        "theo giờ Asia/Ho_Chi_Minh).",
    "help.status --json": "In {plan, at, tasks, obligations, events} dạng JSON, mỗi mục kèm "
                          "tình trạng (với --all: {at, agency, from, to, plans, items, "
                          "problems}).",
    "help.status --xlsx": "Ghi các bảng ra tệp Excel (.xlsx) này thay vì in ra.",
    "help.submit": "Ghi nhận cơ quan AGENCY đã gửi báo cáo kỳ PERIOD (tên hoặc mã của kỳ) của "
                   "PLAN.",
    "help.submit --on": "Ngày nhận báo cáo (YYYY-MM-DD hoặc DD/MM/YYYY).",
    "help.submit --ref": "Số, ký hiệu của báo cáo, ví dụ 12/BC-CA.",
    "help.tick": "Xác định các thông báo nhắc việc, quá hạn và đôn đốc của PLAN, và gửi đi.",
    "help.tick --all": "Xử lý mọi kế hoạch đã đăng ký trong kho dữ liệu (planflow plans add) "
                       "thay cho PLAN.",
    "help.tick --at": "Ngày (YYYY-MM-DD hoặc DD/MM/YYYY) hoặc thời điểm xử lý (mặc định: bây giờ "
                      "theo giờ Asia/Ho_Chi_Minh).",
    "help.tick --dry-run": "Cho xem những gì sẽ gửi; không ghi và không gửi gì.",
    "help.tick --outbox": "Thư mục Maildir của kênh outbox (mặc định: $PLANFLOW_OUTBOX, nếu "
                          "không thì thư mục dữ liệu của người dùng).",
    "help.tick --json": "In {at, enqueued, delivered, failed, withdrawn} dạng JSON (với --all: "
                        "danh sách, mỗi mục kèm kế hoạch).",
    "help.timeframe": "Đọc cụm từ thời gian TEXT và in ý nghĩa của nó.",
    "help.timeframe --year": "Năm của kế hoạch (mặc định: năm nay).",
    "help.timeframe --period": "Thời gian của kế hoạch dạng START..END (ngày dạng YYYY-MM-DD "
                               "hoặc DD/MM/YYYY).",
    "help.timeframe --calendar": "Lịch làm việc dùng để tính ngày.",
    "help.timeframe --json": "In {text, kind, start, end, due, recurrence, condition, "
                             "open_ended, occurrences, warnings} dạng JSON.",
    "help.validate": "Kiểm tra PLAN và in mọi vấn đề; thoát với mã 2 khi có lỗi.",
    "help.validate --parent": "Kế hoạch mà PLAN triển khai: kiểm tra thêm chuỗi báo cáo có giữ "
                              "đủ thời gian của từng bước trước thời hạn của PARENT (dùng được "
                              "nhiều lần).",
    "help.validate --db": "Kho dữ liệu có các kế hoạch đã đăng ký liên kết với PLAN (kế hoạch "
                          "PLAN triển khai và các kế hoạch triển khai PLAN): kiểm tra thêm qua "
                          "các liên kết đó. Khi đó PLAN có thể là mã của kế hoạch đã đăng ký.",
    "help.validate --json": "In các vấn đề dạng JSON.",
    **{f"help.{command} --db": "Kho dữ liệu theo dõi: URL SQLAlchemy hoặc tệp SQLite (mặc "
                               "định: $PLANFLOW_DB, nếu không thì planflow.db trong thư mục dữ "
                               "liệu của người dùng)."
       for command in ("db current", "db upgrade", "plans add", "plans history", "plans list",
                       "plans remove", "plans tree", "record", "serve", "status", "submit",
                       "tick")},
    **{f"help.{command} --lang": "Ngôn ngữ hiển thị (en, vi...; mặc định: ngôn ngữ của kế "
                                 "hoạch: tiếng Việt với kế hoạch tiếng Việt)."
       for command in ("calendar", "plans add", "record", "schedule", "status", "submit", "tick",
                       "validate")},
    **{f"help.{command} --lang": "Ngôn ngữ hiển thị (en, vi...; mặc định: $PLANFLOW_LANG, nếu "
                                 "không thì ngôn ngữ của máy ($LANG), nếu không thì en)."
       for command in ("db current", "db upgrade", "plans history", "plans list", "plans remove",
                       "plans tree", "plugins", "timeframe")},
    "import.done": "{file}: đã đọc {tasks} nhiệm vụ, {agencies} cơ quan, {warnings} lưu ý{to}",
    "import.to": " → {output}",
    "import.line": "{file}: {line}",
    "import.times": "thời gian: {parts}",
    "import.n_dated": "{n} có ngày cụ thể", "import.n_recurring": "{n} định kỳ",
    "import.n_continuous": "{n} thường xuyên",
    "import.n_unstated": "{n} không ghi thời gian (thường xuyên trong thời gian của kế hoạch)",
    "import.n_event": "{n} theo sự việc", "import.n_unread": "{n} chưa đọc được",
    "import.n_no_lead": "{n} nhiệm vụ chưa có cơ quan chủ trì",
    "import.review": "cần xem lại trước khi theo dõi ({why}): {items}",
    "import.review_more": " và {n} nhiệm vụ khác",
    "import.why_unread": "chưa đọc được thời gian",
    "import.why_no_lead": "chưa có cơ quan chủ trì",
    # db
    "db.current": "{url}: phiên bản lược đồ {version} (bản sửa {revision}); planflow này ghi phiên bản {writes}: {state}",
    "db.none": "chưa có",
    "db.is_current": "mới nhất",
    "db.empty": "trống: được tạo khi dùng lần đầu",
    "db.older": "cũ hơn: chạy `planflow db upgrade`",
    "db.newer": "mới hơn planflow này: hãy nâng cấp planflow",
    "db.nothing": "kho dữ liệu đã ở phiên bản lược đồ {version}: không cần làm gì",
    "db.upgraded": "đã nâng cấp kho dữ liệu từ phiên bản lược đồ {before} lên {after}",
    # plugins
    "plugins.title": "Các plugin của planflow",
    "plugins.name": "tên",
    "plugins.module": "mô-đun",
    "plugins.distribution": "gói cài đặt",
    "plugins.hooks": "hook",
    # các vấn đề khi kiểm tra kế hoạch (planflow validate): mức độ, rồi từng vấn đề
    "severity.error": "lỗi",
    "severity.warning": "cảnh báo",
    "problem.duplicate_task": "mã nhiệm vụ {task!r} bị trùng (đã dùng tại tasks[{first}])",
    "problem.duplicate_agency": "mã cơ quan {agency!r} bị trùng",
    "problem.unknown_dependency": "nhiệm vụ {task!r} phụ thuộc vào nhiệm vụ {dependency!r} "
                                  "không có trong kế hoạch",
    "problem.unknown_lead": "nhiệm vụ {task!r} ghi cơ quan chủ trì {agency!r} không có trong "
                            "danh sách cơ quan",
    "problem.unknown_partner": "nhiệm vụ {task!r} ghi cơ quan phối hợp {agency!r} không có "
                               "trong danh sách cơ quan",
    "problem.unknown_parent": "cơ quan {agency!r} ghi cơ quan cấp trên {parent!r} không có "
                              "trong danh sách cơ quan",
    "problem.regime_unknown_agency": "chế độ báo cáo ghi cơ quan {agency!r} không có trong "
                                     "danh sách cơ quan",
    "problem.chain_unknown_agency": "trình tự báo cáo ghi cơ quan {agency!r} không có trong "
                                    "danh sách cơ quan",
    "problem.broken_chain": "trình tự báo cáo bị đứt: {agency!r} báo cáo lên {to!r}, nhưng "
                            "bước tiếp theo lại bắt đầu từ {next!r}",
    "problem.no_lead": "nhiệm vụ {task!r} chưa có cơ quan chủ trì",
    "problem.deadline_before_dependency": "nhiệm vụ {task!r} có thời hạn {due}, trước thời hạn "
                                          "của nhiệm vụ {dependency!r} mà nhiệm vụ này phụ "
                                          "thuộc ({dependency_due})",
    "problem.deadline_before_issue": "nhiệm vụ {task!r} ({title}) có thời hạn {due}, trước "
                                     "ngày kế hoạch bắt đầu {start} (ngày ban hành hoặc "
                                     "settings.engine.start)",
    "problem.cycle": "các nhiệm vụ phụ thuộc lẫn nhau thành vòng khép kín: {path}",
    "problem.cycle_knot": "các nhiệm vụ phụ thuộc lẫn nhau thành vòng khép kín: {path} "
                          "({n} nhiệm vụ bị vướng trong vòng này)",
    "problem.invalid_timeframe": "thời hạn {text!r} của nhiệm vụ {task!r} không hợp lệ: {reason}",
    "problem.no_timeframe": "nhiệm vụ {task!r} chưa có thời hạn",
    "problem.untracked_accepted": "thời hạn {text!r} của nhiệm vụ {task!r}: {reason} (theo dõi "
                                  "thủ công: settings.engine.untracked = \"accept\")",
    "problem.untracked": "thời hạn {text!r} của nhiệm vụ {task!r}: {reason}; hãy ghi một ngày "
                         "hoặc một khoảng thời gian, hoặc đặt settings.engine.untracked = "
                         "\"accept\" để theo dõi thủ công",
    "problem.unreadable_accepted": "không đọc được thời hạn {text!r} của nhiệm vụ {task!r} "
                                   "(theo dõi thủ công: settings.engine.untracked = \"accept\")",
    "problem.unreadable": "không đọc được thời hạn {text!r} của nhiệm vụ {task!r}; hãy ghi một "
                          "ngày hoặc một khoảng thời gian, hoặc đặt settings.engine.untracked = "
                          "\"accept\" để theo dõi thủ công",
    "problem.timeframe_note": "thời hạn {text!r}: {note}",
    "problem.timeframe_note_unstated": "{note}",
    "problem.no_tasks": "kế hoạch chưa có nhiệm vụ nào",
    "problem.period_out_of_range": "thời gian thực hiện kế hoạch phải nằm trong các năm từ "
                                   "{first_year} đến {last_year}, không phải từ {start} đến {end}",
    "problem.too_long": "nhiệm vụ {task!r} kéo dài tối đa {most} ngày, không phải {days} ngày",
    "problem.too_long_working": "nhiệm vụ {task!r} kéo dài tối đa {most} ngày, không phải "
                                "{days} ngày làm việc",
    "problem.duration_conflict": "nhiệm vụ {task!r} ghi cả duration_days ({days}) và "
                                 "duration_working_days ({working}): chỉ ghi một trong hai",
    "problem.date_out_of_range": "nhiệm vụ {task!r}: ngày {day} nằm ngoài các năm từ "
                                 "{first_year} đến {last_year}",
    "problem.section_unknown_task": "mục {section!r} ghi nhiệm vụ {task!r} không có trong kế hoạch",
    "problem.section_task_twice": "nhiệm vụ {task!r} đã có trong mục {first!r} và lại có trong "
                                  "mục {section!r}",
    "problem.unknown_calendar": "lịch làm việc không hợp lệ: {detail}",
    "problem.unknown_cadence": "chế độ báo cáo không hợp lệ: {detail}",
    "problem.cadence_params": "tham số của chế độ báo cáo {cadence!r} không hợp lệ: {detail}",
    "problem.report_due_before_period": "kỳ báo cáo {period!r} có hạn nộp {due}, trước ngày "
                                        "bắt đầu kỳ ({start})",
    "problem.invalid_settings": "thiết lập không hợp lệ: {detail}",
    "problem.settings_not_table": "phải là một bảng (table)",
    "problem.settings_unknown_key": "khóa không hợp lệ",
    "problem.settings_not_ids": "phải là một bảng các mã",
    "problem.settings_no_agency": "kế hoạch không có cơ quan {id!r}",
    "problem.settings_no_task": "kế hoạch không có nhiệm vụ {id!r}",
    "problem.settings_agency_text": "phải ghi mã cơ quan của kế hoạch cấp trên dạng văn bản, "
                                    "không phải {value}",
    "problem.settings_task_text": "phải ghi mã nhiệm vụ của kế hoạch cấp trên dạng văn bản, "
                                  "không phải {value}",
    "problem.unknown_channel": "cơ quan {agency!r} có địa chỉ liên hệ qua kênh {channel!r}, "
                               "kênh này chưa được đăng ký (các kênh đã đăng ký: {known})",
    "problem.invalid_contact": "địa chỉ liên hệ của cơ quan {agency!r} không hợp lệ: {detail}",
    "problem.cascade_unmatched": "{plan} có báo cáo kỳ {period!r} (khóa {key!r}) mà {parent} "
                                 "không yêu cầu",
    "problem.cascade_late": "{plan} có hạn báo cáo kỳ {period!r} là {due}, sau hạn {parent_due} "
                            "của {parent}",
    "problem.cascade_hop": "{plan} có hạn báo cáo kỳ {period!r} là {due}: {agency} cần {days} "
                           "ngày làm việc để gửi {to} chậm nhất ngày {deliver_by} cho {parent} "
                           "(hạn {parent_due}), nhưng chỉ còn {have} ngày",
    "problem.cascade_hop_none": "{plan} có hạn báo cáo kỳ {period!r} là {due}: {agency} cần "
                                "{days} ngày làm việc để gửi {to} chậm nhất ngày {deliver_by} "
                                "cho {parent} (hạn {parent_due}), nhưng không còn ngày nào: báo "
                                "cáo đến sau ngày đó",
    "problem.link_late": "báo cáo kỳ {period!r} của {plan} có hạn {due}, sau hạn {parent_due} "
                         "của báo cáo kỳ {parent_period!r} của {parent} ({parent_agency})",
    "problem.link_hop": "báo cáo kỳ {period!r} của {plan} có hạn {due}: {agency} cần {days} ngày "
                        "làm việc để gửi {to} chậm nhất ngày {deliver_by} cho báo cáo kỳ "
                        "{parent_period!r} của {parent} ({parent_agency}, hạn {parent_due}), "
                        "nhưng chỉ còn {have} ngày",
    "problem.link_hop_none": "báo cáo kỳ {period!r} của {plan} có hạn {due}: {agency} cần "
                             "{days} ngày làm việc để gửi {to} chậm nhất ngày {deliver_by} cho "
                             "báo cáo kỳ {parent_period!r} của {parent} ({parent_agency}, hạn "
                             "{parent_due}), nhưng không còn ngày nào: báo cáo đến sau ngày đó",
    "problem.cascade_mapping_agency": "{plan} ghép cơ quan {id!r} với {parent_id!r}, nhưng "
                                      "{parent} (kế hoạch cấp trên mà kế hoạch này triển khai) "
                                      "không có cơ quan đó",
    "problem.cascade_mapping_task": "{plan} ghi nhiệm vụ {id!r} thực hiện nhiệm vụ "
                                    "{parent_id!r}, nhưng {parent} (kế hoạch cấp trên mà kế "
                                    "hoạch này triển khai) không có nhiệm vụ đó",
    "problem.cascade_agency_guess": "cơ quan {id!r} ({name}) của {plan} được ghép với cơ quan "
                                    "{parent_id!r} ({parent_name}) của {parent} theo tên gọi; "
                                    "hãy xác nhận trong settings.cascade.agencies của {plan}",
    "problem.cascade_task_guess": "nhiệm vụ {id!r} ({title}) của {plan} được coi là thực hiện "
                                  "nhiệm vụ {parent_id!r} ({parent_title}) của {parent} theo "
                                  "nội dung; hãy xác nhận trong settings.cascade.tasks của {plan}",
    "problem.cascade_task_deadline": "nhiệm vụ {id!r} ({title}) của {plan} có thời hạn {due}, "
                                     "sau thời hạn {parent_due} của nhiệm vụ {parent_id!r} "
                                     "({parent_title}) của {parent} mà nhiệm vụ này thực hiện",
    "problem.cascade_uncovered": "nhiệm vụ {parent_id!r} ({parent_title}) của {parent}, thời "
                                 "hạn {parent_due}, do {agency} chủ trì, nhưng kế hoạch {plan} "
                                 "(ban hành {issued}) của cơ quan này không có nhiệm vụ nào "
                                 "thực hiện (hoặc ghép trong settings.cascade.tasks)",
    "problem.cascade_uncovered_undated": "nhiệm vụ {parent_id!r} ({parent_title}) của {parent}, "
                                         "chưa có thời hạn, do {agency} chủ trì, nhưng kế hoạch "
                                         "{plan} (ban hành {issued}) của cơ quan này không có "
                                         "nhiệm vụ nào thực hiện (hoặc ghép trong "
                                         "settings.cascade.tasks)",
    "problem.cascade_no_regime": "{parent} yêu cầu {agency} báo cáo (kỳ đầu tiên {period!r}, "
                                 "hạn {due}), nhưng kế hoạch {plan} (ban hành {issued}) của cơ "
                                 "quan này không quy định chế độ báo cáo để tổng hợp",
    # kho dữ liệu từ chối ghi nhận (planflow.errors.STORE_ERRORS)
    "store.record_kind": "loại ghi nhận phải là một trong {kinds}, không phải {kind!r}",
    "store.no_task": "{plan}: kế hoạch không có nhiệm vụ {task!r}",
    "store.no_agency": "{plan}: kế hoạch không có cơ quan {agency!r}",
    "store.progress_note": "ghi nhận tiến độ cần có nội dung",
    "store.no_key": "kế hoạch không có số, ký hiệu hay tên để theo dõi (hãy ghi document.symbol "
                    "hoặc settings.engine.key)",
    "store.no_period": "{plan}: không có kỳ báo cáo {period!r} (các kỳ: {known})",
    "store.owes_no_report": "{plan}: {agency} không phải báo cáo kỳ {period!r}",
    "store.already_submitted": "{plan}: báo cáo kỳ {period!r} của {agency} đã được ghi nhận "
                               "trước đó (ngày nhận {received})",
    # các vấn đề riêng của Việt Nam (planflow_vn.validation.PROBLEMS)
    "problem.vn.signature_authority": "hình thức ký {authority!r} không thuộc các hình thức "
                                      "{forms} (Nghị định 30/2020/NĐ-CP)",
    "problem.vn.signature_authority_hint": "hình thức ký {authority!r} không thuộc các hình "
                                           "thức {forms} (Nghị định 30/2020/NĐ-CP); có phải là "
                                           "{fixed!r}?",
    "problem.vn.unknown_before_rule": "không có quy tắc 'trước ngày' {rule!r} (chọn một "
                                      "trong: {rules})",
    "problem.vn.part_unknown_agency": "một báo cáo trong các phần của chế độ báo cáo ghi cơ "
                                      "quan {agency!r} không có trong danh sách cơ quan",
    "problem.vn.before_rule_changed": "nhiệm vụ {task!r}: {text!r} có thời hạn {due}, nhưng "
                                      "theo quy tắc {rule!r} của kế hoạch là {rule_due}; hãy đọc "
                                      "lại kế hoạch (planflow.load) sau khi đổi thiết lập",
}


def occurrence_label(start: dt.date, end: dt.date, recurrence: str | None = None) -> str:
    """The words naming one occurrence of a recurring task: "quý II/2026", "tháng 6/2026",
    "tháng 01/2026", "năm 2026", "ngày 05/6/2026", else "từ 01/3/2026 đến 30/11/2026".

    ``recurrence`` ("quarterly", "monthly", "yearly"...) names the unit when the window
    lies inside one (a window clipped to the plan period, or "trước ngày 25 hằng
    tháng"); otherwise the window's own shape decides.
    """
    same_year = start.year == end.year
    same_month = same_year and start.month == end.month
    same_quarter = same_year and quarter_of(start) == quarter_of(end)
    if recurrence == "yearly" and same_year:
        return f"năm {start.year}"
    if recurrence == "quarterly" and same_quarter:
        return f"quý {to_roman(quarter_of(start))}/{start.year}"
    if recurrence == "monthly" and same_month:
        return f"tháng {_month(start.month)}/{start.year}"
    if start == end:
        return f"ngày {format_date_short(start)}"
    if start.day == 1 and end == planflow.month_end(end):
        if same_month:
            return f"tháng {_month(start.month)}/{start.year}"
        if planflow.is_whole(start, end, "quarter"):
            return f"quý {to_roman(quarter_of(start))}/{start.year}"
        if same_year and start.month == 1 and end.month == 12:
            return f"năm {start.year}"
    return f"từ {format_date_short(start)} đến {format_date_short(end)}"


def _occurrence_suffix(plan: planflow.Plan, event: Any) -> str:
    start = getattr(event, "occurrence_start", None)
    end = getattr(event, "occurrence_end", None)
    if start is None or end is None:
        return ""
    task = plan.task_by_id.get(event.subject)
    recurrence = task.timeframe.recurrence if task is not None else None
    return f" ({occurrence_label(start, end, recurrence)})"


def _owners(plan: planflow.Plan, event: Any) -> tuple[str, ...]:
    """Who owes the event's subject: a task's lead agencies, a report's agency."""
    if event.subject_type == "task":
        task = plan.task_by_id.get(event.subject)
        return tuple(task.lead) if task is not None else ()
    return (str(event.subject).partition("@")[0],)


def _first_after(plan: planflow.Plan, event: Any) -> dt.date:
    """The first working day after the event's deadline (when the overdue notice is due)."""
    on: dt.date = event.on
    if event.due is None:
        return on
    return planflow.next_working_day(planflow.work_calendar(plan), event.due)


def _start(plan: planflow.Plan, event: Any) -> dt.date | None:
    """The first day of the event's task window (None for a report or a task without one)."""
    task = plan.task_by_id.get(event.subject) if event.subject_type == "task" else None
    return task.timeframe.start if task is not None else None


@attrs.frozen
class VietnameseWording:
    """Vietnamese labels, letters and dates; used for plans on the "vn" calendar or with "vn" settings."""

    language: str = "vi"
    #: the command line's and the spreadsheets' words (``planflow.phrase``)
    phrases: dict[str, str] = attrs.field(factory=lambda: dict(PHRASES), eq=False, repr=False)

    def applies(self, plan: planflow.Plan) -> bool:
        return plan.calendar == "vn" or "vn" in plan.settings

    def status_label(self, status: Any) -> str:
        return STATUS_LABELS[getattr(status, "value", status)]

    def format_date(self, day: dt.date, place: str | None = None) -> str:
        """"ngày 23 tháng 3 năm 2023" (:func:`planflow_vn.format_date`)."""
        return format_date(day, place)

    def format_date_short(self, day: dt.date) -> str:
        """"09/3/2023" (:func:`planflow_vn.format_date_short`)."""
        return format_date_short(day)

    def section_number(self, n: int) -> str:
        """Roman numerals: "I", "IV" (sections of a Kế hoạch or a Báo cáo)."""
        return to_roman(n)

    def occurrence_label(self, start: dt.date, end: dt.date, recurrence: str | None = None) -> str:
        """"quý II/2026", "tháng 6/2026" (:func:`planflow_vn.occurrence_label`)."""
        return occurrence_label(start, end, recurrence)

    def compose(self, plan: planflow.Plan, event: Any, evaluation: Any) -> tuple[str, str]:
        doc = plan.document
        kind = event.kind.value
        is_task = event.subject_type == "task"
        title = event.title + _occurrence_suffix(plan, event)  # "Rà soát … (quý II/2026)"
        what = f"nhiệm vụ “{title}”" if is_task else f"{title}"
        due = format_date_short(event.due) if event.due else "không xác định"
        owners = _owners(plan, event)
        # a step up the chain (to a body other than the late agency) reports the delay to
        # it; a step to the late agency itself, and each repeat, chases it ("lần" numbered)
        up = kind == "escalation" and not set(event.recipients) & set(owners)
        late = "[Quá hạn]" if event.on <= _first_after(plan, event) else "[Đang quá hạn]"
        head = {
            "reminder": f"[Nhắc việc] Còn {event.tier} ngày làm việc đến hạn",
            "due_today": "[Đến hạn] Hôm nay là hạn cuối",
            "overdue": late,
            "escalation": ("[Báo cáo chậm thực hiện] Đề nghị chỉ đạo đôn đốc" if up
                           else f"[Đôn đốc lần {event.tier}] Chậm thực hiện"),
            "chase": f"[Đôn đốc lần {event.tier}] Chậm thực hiện",
            "window_opens": "[Triển khai] Bắt đầu thời gian thực hiện",
            "window_ends": "[Báo cáo kết quả] Kết thúc thời gian thực hiện",
        }[kind]
        symbol = f"Kế hoạch số {doc.symbol}" if doc.symbol else "Kế hoạch"
        subject = f"{head}: {what} ({symbol})"
        names = [plan.agency_by_id[r].name if r in plan.agency_by_id else r
                 for r in event.recipients]
        late_names = "; ".join(plan.agency_by_id[r].name if r in plan.agency_by_id else r
                               for r in owners)
        issued = f" ngày {format_date_short(doc.date)}" if doc.date else ""
        issuer = f" của {doc.issuer}" if doc.issuer else ""
        about = f" về {doc.title}" if doc.title else ""
        action = ("thực hiện" if is_task else "gửi báo cáo")
        opened = event.occurrence_start or _start(plan, event)
        window = (f"từ {format_date_short(opened)} đến {due}" if opened else f"đến {due}")
        if kind == "window_opens":
            ask = f"Đề nghị quý cơ quan triển khai thực hiện {window}."
        elif kind == "window_ends":
            ask = (f"Thời gian thực hiện ({window}) kết thúc; đề nghị quý cơ quan báo cáo kết "
                   f"quả thực hiện.")
        elif kind == "reminder":
            ask = f"Đề nghị quý cơ quan chủ động {action}, bảo đảm đúng thời hạn."
        elif kind == "due_today":
            ask = f"Hôm nay là hạn cuối; đề nghị quý cơ quan hoàn thành và {'báo cáo kết quả' if is_task else 'gửi báo cáo'} trong ngày."
        elif up:
            ask = (f"{late_names} chưa {action} đúng thời hạn; đề nghị chỉ đạo, đôn đốc "
                   f"khẩn trương hoàn thành.")
        else:
            ask = (f"Đề nghị quý cơ quan khẩn trương {action}, báo cáo rõ nguyên nhân chậm trễ "
                   f"và thời gian hoàn thành.")
        body = "\n".join([
            f"Kính gửi: {'; '.join(names)}.",
            "",
            f"Thực hiện {symbol}{issued}{issuer}{about};",
            f"{'Nhiệm vụ' if is_task else 'Báo cáo'}: {title}",
            f"Thời hạn: {due}.",
            f"Tình trạng đến {format_date(event.on)}: {self.status_label(event.status)}.",
            "",
            ask,
            "",
        ])
        return subject, body


    def compose_digest(self, plan: planflow.Plan, recipient: str, events: list[Any],
                       evaluation: Any) -> tuple[str, str]:
        """One notice to one agency listing every item it is told of that day."""
        doc = plan.document
        symbol = f"Kế hoạch số {doc.symbol}" if doc.symbol else "Kế hoạch"
        name = plan.agency_by_id[recipient].name if recipient in plan.agency_by_id else recipient
        late = [e for e in events
                if e.kind.value not in ("reminder", "due_today", "window_opens", "window_ends")]
        head = "[Đôn đốc]" if late else "[Nhắc việc]"
        subject = f"{head} {len(events):02d} nội dung cần thực hiện ({symbol})"
        issued = f" ngày {format_date_short(doc.date)}" if doc.date else ""
        issuer = f" của {doc.issuer}" if doc.issuer else ""
        about = f" về {doc.title}" if doc.title else ""
        lines = [f"Kính gửi: {name}.", "",
                 f"Thực hiện {symbol}{issued}{issuer}{about};",
                 f"đến {format_date(events[0].on)}, các nội dung sau cần quý cơ quan thực hiện:"]
        for e in events:
            line, _ = self.compose(plan, e, evaluation)
            line = " ".join(line.split()).removesuffix(f" ({symbol})")
            due = f" (hạn {format_date_short(e.due)})" if e.due else ""
            lines.append(f"- {line}{due};")
        lines[-1] = lines[-1][:-1] + "."
        lines += ["", "Đề nghị quý cơ quan khẩn trương thực hiện, báo cáo kết quả đúng thời hạn"
                  + (", báo cáo rõ nguyên nhân các nội dung chậm trễ." if late else "."), ""]
        return subject, "\n".join(lines)


@planflow.hookimpl
def register_wordings(register: Callable[..., None]) -> None:
    """The Vietnamese wording (status labels, reminders and escalation letters)."""
    register(VietnameseWording())
