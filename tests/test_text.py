"""planflow.nfc: the one NFC cleaner the core and every plugin use."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

import planflow

ROOT = Path(__file__).resolve().parent.parent


def test_both_spellings_of_a_vietnamese_word_are_one() -> None:
    composed, decomposed = "Quý I năm 2023", unicodedata.normalize("NFD", "Quý I năm 2023")
    assert composed != decomposed
    assert planflow.nfc(decomposed) == planflow.nfc(composed) == composed


def test_ascii_text_is_returned_as_it_is() -> None:
    s = "Q1 2023"
    assert planflow.nfc(s) is s


@given(st.text())
def test_nfc_is_unicode_nfc(text: str) -> None:
    assert planflow.nfc(text) == unicodedata.normalize("NFC", text)


def test_nfc_is_written_once() -> None:
    """No plugin (and no other core module) composes text to NFC by itself."""
    offenders = [str(p.relative_to(ROOT)) for base in ("src", "plugins")
                 for p in (ROOT / base).rglob("*.py")
                 if 'normalize("NFC"' in p.read_text(encoding="utf-8")
                 and p != ROOT / "src" / "planflow" / "text.py"]
    assert offenders == []
