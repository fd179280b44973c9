"""Word 97 (.doc), RTF and OpenDocument plans, converted to DOCX by LibreOffice: the same
tasks, leads and times as the Word document they were saved from; without LibreOffice,
or for a file LibreOffice cannot read, one line and exit code 2."""

from __future__ import annotations

import os
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("docx")

import planflow  # noqa: E402
from planflow_import.office import read_office  # noqa: E402

from .test_import_docx_word import PLAN, _reading, _robust  # noqa: E402

SOFFICE = shutil.which("soffice") or shutil.which("libreoffice")
# soffice without its Writer part (Debian's libreoffice-calc-nogui alone) converts nothing
WRITER = SOFFICE is not None and any(
    Path(os.path.realpath(SOFFICE)).parent.glob("libswlo.*"))
needs_soffice = pytest.mark.skipif(not WRITER, reason="LibreOffice Writer (soffice with "
                                   "libreoffice-writer) is not installed: "
                                   "it saves the test documents as .doc/.rtf/.odt")


def _reading_of(result: planflow.ImportResult) -> list[tuple[object, ...]]:
    plan = result.plan
    names = {a.id: a.name for a in plan.agencies}
    return [(" ".join(t.title.split()), [names[i] for i in t.lead], t.timeframe.kind.value,
             t.timeframe.start, t.timeframe.end, t.timeframe.due) for t in plan.tasks]


@needs_soffice
@pytest.mark.parametrize("suffix, filter_", [(".doc", "doc:MS Word 97"), (".odt", "odt"),
                                             (".rtf", "rtf")])
def test_older_formats_read_as_the_word_document(tmp_path, suffix, filter_):
    word = tmp_path / "plan.docx"
    _robust()._docx_word(PLAN, word, random.Random(3), tracked=False)
    want = _reading(word)
    assert len(want) == 3
    out = tmp_path / "old"
    out.mkdir()
    assert SOFFICE is not None
    subprocess.run([SOFFICE, f"-env:UserInstallation={(tmp_path / 'p').as_uri()}", "--headless",
                    "--convert-to", filter_, "--outdir", str(out), str(word)],
                   check=True, capture_output=True, timeout=300)
    old = out / f"plan{suffix}"
    result = read_office(old)
    assert _reading_of(result) == want
    assert result.plan.document.symbol == "41/KH-UBND"
    # the command line reads it through the registry, like any format
    r = subprocess.run([sys.executable, "-m", "planflow", "import", str(old), "-o",
                        str(tmp_path / "plan.toml")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert str(out / "plan.docx") not in r.stderr  # warnings name the user's file
    assert planflow.load(tmp_path / "plan.toml").tasks


@needs_soffice
def test_a_file_libreoffice_cannot_read_is_one_line(tmp_path):
    bad = tmp_path / "plan.doc"
    bad.write_bytes(b"\x00\x01not a word file" * 50)
    r = subprocess.run([sys.executable, "-m", "planflow", "import", str(bad), "-o",
                        str(tmp_path / "plan.toml")], capture_output=True, text=True)
    assert r.returncode == 2, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and str(bad) in r.stderr, r.stderr
    assert not (tmp_path / "plan.toml").exists()


def test_without_libreoffice_the_file_is_refused_in_one_line(tmp_path):
    doc = tmp_path / "plan.doc"
    doc.write_bytes(b"\xd0\xcf\x11\xe0 an OLE file")
    env = {**os.environ, "PATH": str(tmp_path / "empty-path")}
    r = subprocess.run([sys.executable, "-m", "planflow", "import", str(doc), "-o",
                        str(tmp_path / "plan.toml")], capture_output=True, text=True, env=env)
    assert r.returncode == 2
    assert len(r.stderr.strip().splitlines()) == 1 and "LibreOffice" in r.stderr, r.stderr
