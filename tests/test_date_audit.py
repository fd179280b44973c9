"""The label-free audit of task dates (benchmarks/date_audit.py): its plain reader, that it
catches a reading that disagrees with the words, and that every task time of the plans we
have and of made-up plans agrees with its words or says it may not."""

from __future__ import annotations

import sys
from datetime import date
from pathlib import Path

import attrs
import pytest

import planflow

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.date_audit import CORPUS, audit, disagreements, part_files, written  # noqa: E402

from tests import appendix_gen, prose_gen  # noqa: E402


def tf(text: str, start: date | None, end: date | None, due: date | None = None,
       kind: planflow.Kind = planflow.Kind.WINDOW) -> planflow.Timeframe:
    return planflow.Timeframe(text, kind=kind, start=start, end=end, due=due or end)


def test_the_plain_reader() -> None:
    assert written("Trước ngày 15/4/2026") == [("before", date(2026, 4, 15))]
    assert written("từ 01/3 đến 15/3/2025") == [("date", date(2025, 3, 15)), ("day", (1, 3))]
    assert written("Tháng 6/2026; Quý III năm 2025") == [("month", (2026, 6)), ("quarter", (2025, 3))]
    assert written("quý 2/2026") == [("quarter", (2026, 2))]
    assert written("Năm 2026 và các năm tiếp theo") == [("year", 2026)]
    assert written("ngày 31/02/2026") == [("bad", "31/02/2026")]
    assert written("trực 24/24, 24/7") == [("day", (24, 7))]  # not a date: no reading to check
    assert written("Thường xuyên") == []


@pytest.mark.parametrize(("reading", "wrong"), [
    (tf("Quý III/2026", date(2026, 7, 1), date(2026, 9, 30)), False),
    (tf("Quý III/2026", date(2026, 4, 1), date(2026, 6, 30)), True),
    (tf("Tháng 6/2026", date(2026, 6, 1), date(2026, 6, 30)), False),
    (tf("Tháng 6/2026", date(2025, 6, 1), date(2025, 6, 30)), True),
    (tf("Trước ngày 15/4/2026", None, date(2026, 4, 14)), False),
    (tf("Trước ngày 15/4/2026", None, date(2026, 4, 10)), False),  # the working day before
    (tf("Trước ngày 15/4/2026", None, date(2026, 3, 14)), True),
    (tf("Trước ngày 15/4", None, date(2026, 4, 14)), False),
    (tf("Trước ngày 15/4", None, date(2026, 5, 14)), True),
    (tf("Hoàn thành ngày 30/6/2026", None, date(2026, 6, 29)), True),
    (tf("từ 01/3 đến 15/3/2025", date(2025, 3, 1), date(2025, 3, 15)), False),
    (tf("từ 01/3 đến 15/3/2025", date(2025, 1, 1), date(2025, 3, 15)), True),
    (tf("Năm 2027", date(2026, 1, 1), date(2026, 12, 31)), True),
])
def test_disagreements(reading: planflow.Timeframe, wrong: bool) -> None:
    assert bool(disagreements(reading)) is wrong, disagreements(reading)


def test_the_days_of_each_occurrence_are_the_readings_too() -> None:
    # "25/3/2026-31/3/2026 và 01/10/2026-06/10/2026" (two waves' cells read together): each
    # occurrence's first and last day hold the words' dates; other occurrences do not
    words = "25/3/2026-31/3/2026 và 01/10/2026-06/10/2026"
    right = planflow.Timeframe(words, kind=planflow.Kind.RECURRING, start=date(2026, 3, 25),
                               end=date(2026, 10, 6), recurrence="listed",
                               occurrences=[(date(2026, 3, 25), date(2026, 3, 31)),
                                            (date(2026, 10, 1), date(2026, 10, 6))])
    assert disagreements(right) == []
    wrong = attrs.evolve(right, occurrences=[(date(2026, 3, 25), date(2026, 3, 30)),
                                             (date(2026, 10, 2), date(2026, 10, 6))])
    assert len(disagreements(wrong)) == 2


def test_the_plans_we_have_agree_with_their_words() -> None:
    paths = part_files("build")
    if not paths:
        pytest.skip(f"the corpus is absent ({CORPUS}): ../shared/corpus/plans")
    read, _, silent, failed = audit(paths, quiet=True)
    assert failed == 0
    assert read >= 200
    assert silent == 0


def test_the_example_agrees_with_its_words() -> None:
    read, _, silent, failed = audit([Path(__file__).resolve().parent.parent / "examples"
                                     / "65-KH-UBND-2023.txt"], quiet=True)
    assert (read, silent, failed) == (3, 0, 0)


@pytest.mark.parametrize("gen", [prose_gen, appendix_gen], ids=["prose", "appendix"])
def test_made_up_plans_agree_with_their_words(gen, tmp_path: Path) -> None:
    paths = [gen.write(gen.generate(seed), "scraped", tmp_path) for seed in range(7000, 7040)]
    read, _, silent, failed = audit(paths, quiet=True)
    assert read > 200
    assert silent == 0
