"""Import warnings in the plan's language: a warning made as planflow.Worded is said from
the wording's ``note.<key>`` phrase, its place ("line 12") and the warnings it quotes in the
same language; a warning with no words of its own, or quoting one, stays wholly English."""

from __future__ import annotations

import pickle
import subprocess
import sys
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
    the importer made with that key (corpus files 01-14 and the seed)."""
    if not CORPUS.is_dir():
        pytest.skip(f"{CORPUS} is absent: the shared corpus is not checked out beside the repo")
    wording = _vi()
    reg = planflow.default_registry()
    files = [*sorted(CORPUS.glob("[01][0-4]_*.md")), ROOT / "examples" / "65-KH-UBND-2023.txt"]
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
    assert said >= 0.8 * total, (said, total)
    assert {"no_lead", "no_time", "section_kept", "tf_warning"} <= seen
    assert any("thời gian chung của cả kế hoạch" in t for t in texts)  # plan_time, quoted


@pytest.mark.parametrize("key", sorted(k[5:] for k in _vi().phrases if k.startswith("note.")))
def test_every_note_the_wording_words_is_one_the_importer_makes(key):
    """No note.<key> phrase without a warning made with that key (a typo would never be
    said): the key appears in the importer's source as a Worded warning's key."""
    source = "\n".join(f.read_text(encoding="utf-8")
                       for f in (ROOT / "plugins" / "planflow_import").glob("*.py"))
    assert f'"{key}"' in source, key
