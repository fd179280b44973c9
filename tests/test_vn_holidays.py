"""`planflow holidays YEAR`: days off and swapped working days with their sources, the
shipped decisions and an office's own data file (real subprocesses)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

from planflow_vn import default_calendar


def run(*args: str, **env: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "planflow", *args], capture_output=True,
                          text=True, timeout=60, env={**os.environ, **env})


def test_the_2026_new_year_decision_is_shipped_with_its_source():
    cal = default_calendar()
    # Công văn 12729/VPCP-KGVX of 25/12/2025: Thu 1/1 to Sun 4/1/2026 off, Friday 2/1
    # worked on Saturday 10/1 instead
    assert [cal.is_working_day(date(2026, 1, d)) for d in (1, 2, 3, 4, 5, 10)] == [
        False, False, False, False, True, True]
    r = run("holidays", "2026", "--json")
    assert r.returncode == 0, r.stderr
    rows = {(x["date"], x["kind"]): x for x in json.loads(r.stdout)}
    assert rows[("2026-01-02", "off")]["source"] == \
        "Công văn số 12729/VPCP-KGVX ngày 25/12/2025 của Văn phòng Chính phủ"
    assert rows[("2026-01-10", "work")]["name"] == "Làm việc bù cho thứ Sáu 02/01/2026"
    assert rows[("2026-09-02", "off")]["source"].startswith("thư viện holidays")
    text = run("holidays", "2026").stdout
    assert "2026-01-10  làm bù  Làm việc bù cho thứ Sáu 02/01/2026" in text


def test_an_office_adds_its_own_decisions_in_a_data_file(tmp_path: Path):
    f = tmp_path / "days.toml"
    f.write_text('[[days_off]]\ndate = "2026-12-31"\nname = "Nghỉ theo Quyết định của UBND tỉnh"\n'
                 '[[working_days]]\ndate = "2026-11-24"\nname = "Làm việc (chưa có quyết định nghỉ)"\n',
                 encoding="utf-8")
    r = run("holidays", "2026", "--json", PLANFLOW_VN_DAYS=str(f))
    assert r.returncode == 0, r.stderr
    rows = {(x["date"], x["kind"]): x for x in json.loads(r.stdout)}
    assert rows[("2026-12-31", "off")] == {
        "date": "2026-12-31", "kind": "off", "name": "Nghỉ theo Quyết định của UBND tỉnh",
        "source": f"dữ liệu của cơ quan (PLANFLOW_VN_DAYS={f})"}
    assert ("2026-11-24", "off") not in rows and ("2026-11-24", "work") in rows


def test_bad_input_is_one_line_and_exit_2(tmp_path: Path):
    r = run("holidays", "1800")
    assert r.returncode == 2 and "not a year" in r.stderr and "Traceback" not in r.stderr
    r = run("holidays", "2026", PLANFLOW_VN_DAYS=str(tmp_path / "missing.toml"))
    assert r.returncode == 2 and "PLANFLOW_VN_DAYS=" in r.stderr and "Traceback" not in r.stderr


def test_the_2023_to_2025_decisions_are_shipped_with_their_document_numbers():
    from planflow_vn import DECISIONS, holidays_of

    sources = {src for _, _, _, src in DECISIONS}
    assert "Công văn số 8056/VPCP-KGVX ngày 01/12/2022 của Văn phòng Chính phủ" in sources
    assert ("Thông báo số 5015/TB-LĐTBXH ngày 22/11/2023 của Bộ Lao động - Thương binh và "
            "Xã hội") in sources
    assert "Công văn số 2450/VPCP-KGVX ngày 12/4/2024 của Văn phòng Chính phủ" in sources
    assert "Công văn số 8726/VPCP-KGVX ngày 26/11/2024 của Văn phòng Chính phủ" in sources
    cal = default_calendar()
    # Tết Quý Mão: Friday 20/1 to Thursday 26/1/2023; back on Friday 27/1
    assert [cal.is_working_day(date(2023, 1, d)) for d in (19, 20, 23, 26, 27)] == [
        True, False, False, False, True]
    # 30/4 - 1/5/2024: Monday 29/4 off, Saturday 4/5 worked instead
    assert not cal.is_working_day(date(2024, 4, 29)) and cal.is_working_day(date(2024, 5, 4))
    # Tết Ất Tỵ: nine days from Saturday 25/1 to Sunday 2/2/2025
    assert [cal.is_working_day(date(2025, 1, 24)), cal.is_working_day(date(2025, 2, 3))] == [
        True, True]
    assert not any(cal.is_working_day(date(2025, 1, d)) for d in range(25, 32))
    rows = {(x["date"], x["kind"]): x["source"] for x in holidays_of(2024)}
    assert rows[("2024-05-04", "work")].startswith("Công văn số 2450/VPCP-KGVX")


def test_a_proposed_holiday_is_not_law_24_11_2026_is_worked_unless_an_office_says_so(
        tmp_path: Path):
    # Ngày Văn hóa Việt Nam: a Politburo policy (Nghị quyết 80-NQ/TW) awaiting an
    # amendment of Bộ luật Lao động 2019, Điều 112; the holidays package lists it already
    cal = default_calendar()
    assert cal.is_working_day(date(2026, 11, 24))
    rows = {(x["date"], x["kind"]) for x in json.loads(run("holidays", "2026", "--json").stdout)}
    assert ("2026-11-24", "off") not in rows and ("2026-11-24", "work") not in rows
    f = tmp_path / "days.toml"
    f.write_text('[[days_off]]\ndate = "2026-11-24"\nname = "Ngày Văn hóa Việt Nam"\n',
                 encoding="utf-8")
    r = run("holidays", "2026", "--json", PLANFLOW_VN_DAYS=str(f))
    rows = {(x["date"], x["kind"]) for x in json.loads(r.stdout)}
    assert ("2026-11-24", "off") in rows


def test_holidays_read_through_the_vietnam_module_alone_are_the_packages() -> None:
    """planflow_vn reads the holidays package's Vietnam module without the ~250 other
    countries its ``holidays.countries`` imports: the same days, names and swapped
    working days as ``holidays.country_holidays("VN")``, year after year."""
    import pickle

    def days(code: str) -> tuple[dict[int, object], str]:
        out = subprocess.run([sys.executable, "-c", code + (
            "\nimport pickle, sys\nout = {}\nfor y in range(1995, 2061):\n"
            "    h = get(y)\n"
            "    out[y] = (sorted(h.items()), sorted(getattr(h, 'weekend_workdays', ()) or ()))\n"
            "sys.stderr.write(str(sum(m.startswith('holidays.countries.') for m in sys.modules)))\n"
            "sys.stdout.buffer.write(pickle.dumps(out))")], capture_output=True, check=True)
        return pickle.loads(out.stdout), out.stderr.decode()

    fast, loaded = days("from planflow_vn.calendar import vietnam_holidays as get")
    package, _ = days("import holidays\n"
                      "def get(y):\n    return holidays.country_holidays('VN', years=y, language='vi')")
    assert fast == package
    assert loaded == "1"


def test_the_shipped_holiday_table_is_the_installed_packages_or_unused() -> None:
    """planflow_vn's table of holidays is what the installed ``holidays`` release gives,
    year by year, when it was made by that release; made by another, it is not used."""
    import pickle

    code = ("import pickle, sys\n"
            "from planflow_vn import holiday_table as t\n"
            "from planflow_vn.calendar import vietnam_holidays\n"
            "out = {'table': t._table() is not None, 'version': t.installed_version(), 'years': {}}\n"
            "for y in range(t.FIRST_YEAR, t.LAST_YEAR + 1):\n"
            "    got = t.table_days(y)\n"
            "    h = vietnam_holidays(y)\n"
            "    out['years'][y] = (got, (list(h.items()), sorted(getattr(h, 'weekend_workdays', ()) or ())))\n"
            "sys.stdout.buffer.write(pickle.dumps(out))")
    out = pickle.loads(subprocess.run([sys.executable, "-c", code], capture_output=True,
                                      check=True).stdout)
    made_by = json.loads((Path(__file__).resolve().parent.parent / "plugins" / "planflow_vn"
                          / "holidays_vn.json").read_text(encoding="utf-8"))["holidays"]
    assert out["table"] == (made_by == out["version"])
    for year, (table, package) in out["years"].items():
        if out["table"]:
            assert table == package, year
        else:
            assert table is None
