"""Older and other office formats (.doc, .rtf, .odt): converted to DOCX by LibreOffice,
then read as a Word document.

Offices keep years of plans as Word 97 files (.doc); no maintained Python library reads
them, and LibreOffice converts them faithfully (lists, tables, merged cells). Without
LibreOffice the file is refused in one line saying what to install or how to save it.
"""

from __future__ import annotations

import shutil
import subprocess
import tempfile
from pathlib import Path

import planflow

__all__ = ["SUFFIXES", "read_office"]

#: the suffixes LibreOffice converts to DOCX here
SUFFIXES = (".doc", ".rtf", ".odt")
#: seconds a conversion may take
TIMEOUT = 300


def _soffice() -> str | None:
    return shutil.which("soffice") or shutil.which("libreoffice")


def read_office(path: Path) -> planflow.ImportResult:
    """Read a plan from a .doc, .rtf or .odt file through a DOCX made by LibreOffice."""
    from .docx import docx_items
    from .importer import read_items

    path = Path(path)
    if not path.stat().st_size:
        raise planflow.PlanFileError(str(path), [("", planflow.Worded.of("the file is empty",
                                                                        "empty_file"))])
    soffice = _soffice()
    if soffice is None:
        raise planflow.PlanFileError(str(path), [("", planflow.Worded.of(
            "reading {suffix} needs LibreOffice (soffice) to convert it; or save it as .docx in "
            "Word and import that", "no_soffice", suffix=path.suffix))])
    with tempfile.TemporaryDirectory(prefix="planflow-office-") as tmp:
        # a profile of its own: a LibreOffice already open on the desktop does not block it
        profile = Path(tmp, "profile").as_uri()
        try:
            done = subprocess.run(
                [soffice, f"-env:UserInstallation={profile}", "--headless", "--convert-to",
                 "docx:MS Word 2007 XML", "--outdir", tmp, str(path.resolve())],
                capture_output=True, text=True, timeout=TIMEOUT, check=False)
        except subprocess.TimeoutExpired:
            raise planflow.PlanFileError(str(path), [("", planflow.Worded.of(
                "LibreOffice did not convert it in {n} s", "soffice_timeout", n=TIMEOUT))]) from None
        out = Path(tmp, path.stem + ".docx")
        if done.returncode != 0 or not out.is_file() or not out.stat().st_size:
            why = (done.stderr or done.stdout).strip().splitlines()
            raise planflow.PlanFileError(str(path), [("", planflow.Worded.of(
                "LibreOffice could not read it as a {suffix} document{detail}", "soffice_failed",
                suffix=path.suffix, detail=f" ({why[-1]})" if why else ""))])
        try:
            items = docx_items(out)
        except planflow.PlanFileError as e:  # name the file the user gave, not the copy
            raise planflow.PlanFileError(str(path), e.problems) from None
    return read_items(items, str(path))
