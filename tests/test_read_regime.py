"""The read_regime hook: the first plugin that reads a reporting sentence wins.

planflow.read_regime calls it; planflow_vn answers for Vietnamese; planflow_import reads
a plan's reporting sentence through it (and so imports no other plugin).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

import planflow
from planflow import Regime, TimeframeContext
from planflow_import import read_text_file

from .test_import_variety import COMMUNE

SENTENCE = "Định kỳ trước ngày 15 hằng tháng, các xã báo cáo về UBND huyện (qua Phòng Nội vụ)."
CTX = TimeframeContext.for_year(2026)


class _Reader:
    """A reader of English sentences (and, told so, of every sentence, before the built-ins)."""

    def __init__(self) -> None:
        self.seen: list[tuple[str, Any]] = []

    @planflow.hookimpl
    def read_regime(self, text: str, context: Any) -> Regime | None:
        self.seen.append((text, context))
        if "on request" in text:
            return Regime(cadence="ad_hoc", text=text)
        return None


class _Greedy:
    @planflow.hookimpl(tryfirst=True)
    def read_regime(self, text: str, context: Any) -> Regime | None:
        return Regime(cadence="monthly", text=text, params={"day": 1, "recipient_name": "Sở Nội vụ"})


@pytest.fixture
def reader() -> Iterator[_Reader]:
    r = _Reader()
    planflow.default_registry().register(r, name="test-reader")
    try:
        yield r
    finally:
        planflow.default_registry().unregister(name="test-reader")


@pytest.fixture
def greedy() -> Iterator[None]:
    planflow.default_registry().register(_Greedy(), name="test-greedy-reader")
    try:
        yield
    finally:
        planflow.default_registry().unregister(name="test-greedy-reader")


def test_the_vietnamese_reader_answers_through_the_hook() -> None:
    r = planflow.read_regime(SENTENCE, CTX)
    assert r is not None and r.cadence == "monthly"
    assert (r.params["day"], r.params["before"]) == (15, True)
    assert (r.params["recipient_name"], r.params["via_name"]) == ("UBND huyện", "Phòng Nội vụ")


def test_a_sentence_nobody_reads_gives_none() -> None:
    assert planflow.read_regime("Tổ chức tuyên truyền trong cả năm.", CTX) is None
    assert planflow.read_regime("", None) is None


def test_the_first_reader_that_reads_wins(reader: _Reader) -> None:
    # the test plugin registered last is asked first; it reads its own words ...
    r = planflow.read_regime("Reports  on request\n of the board.", CTX)
    assert r is not None and r.cadence == "ad_hoc"
    # ... and passes on others, which planflow_vn then reads
    r = planflow.read_regime(SENTENCE, CTX)
    assert r is not None and r.cadence == "monthly"
    assert [c for _, c in reader.seen] == [CTX, CTX]


def test_readers_get_nfc_text_with_whitespace_folded(reader: _Reader) -> None:
    planflow.read_regime(unicodedata.normalize("NFD", "Báo cáo\n  hằng  quý"), None)
    assert reader.seen == [("Báo cáo hằng quý", None)]


def test_tryfirst_goes_before_the_built_in_reader(greedy: None) -> None:
    r = planflow.read_regime(SENTENCE, CTX)
    assert r is not None and r.params == {"day": 1, "recipient_name": "Sở Nội vụ"}


def test_the_importer_reads_the_regime_through_the_hook(tmp_path: Path, greedy: None) -> None:
    path = tmp_path / "plan.txt"
    path.write_text(COMMUNE, encoding="utf-8")
    plan = read_text_file(path).plan
    assert plan.regime is not None and plan.regime.cadence == "monthly"
    assert plan.regime.params["day"] == 1
    # the name the reader found becomes an agency of the plan, the regime's recipient
    assert plan.regime.recipient == "so-noi-vu"
    assert plan.agency_by_id["so-noi-vu"].name == "Sở Nội vụ"
    assert plan.regime.via is None


def test_without_a_reader_the_importer_keeps_the_sentence(tmp_path: Path,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import planflow_vn

    path = tmp_path / "plan.txt"
    path.write_text(COMMUNE, encoding="utf-8")
    name = planflow.default_registry().pm.get_name(planflow_vn)
    assert name is not None
    planflow.default_registry().unregister(planflow_vn)
    try:
        result = read_text_file(path)
    finally:
        planflow.default_registry().register(planflow_vn, name=name)
    regime = result.plan.regime
    assert regime is not None and regime.cadence == "explicit" and "báo cáo kết quả" in regime.text
    assert (regime.recipient, regime.via) == (None, None)
    assert any("no reader of reporting sentences" in w for w in result.warnings)
