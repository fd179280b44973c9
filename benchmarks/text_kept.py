"""Is any text of a plan dropped without a word? Every line of each plan file, against the
plan the importer makes of it.

    python benchmarks/text_kept.py                   # corpus 01-14: a line a file
    python benchmarks/text_kept.py --show            # and the lines lost
    python benchmarks/text_kept.py --part extra      # the labelled extra plans (built on)
    python benchmarks/text_kept.py --part measure    # 15-19: the summary line only

Issue 13 asks that no text be dropped without a warning. A line of the source counts as
*kept* when most of its word pairs (after Unicode NFC and case folding, Markdown marks and
table bars left out) are found in the plan file the import writes (every value: the
header, tasks and their content, sections, preamble, references, the regime's words…)
or in the import's warnings. Lines of fewer than four words are not counted (list
numbers, page numbers, short headings the sections keep by role); nor is the letterhead
and signature furniture, which the document's fields hold ("CỘNG HÒA …", "Độc lập …",
"Số: …", the place and date, "Nơi nhận", "TM. ỦY BAN NHÂN DÂN", a signer's name).
A lost line is what a clerk would not find in the tool.

The files kept aside (15-19) are read only with ``--part measure``, which prints the
summary line and nothing of their text.
"""

from __future__ import annotations

import argparse
import importlib.util
import re
import sys
import tempfile
import unicodedata
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location("score_reading", ROOT / "benchmarks" / "score_reading.py")
assert _spec is not None and _spec.loader is not None
score_reading = importlib.util.module_from_spec(_spec)
sys.modules["score_reading"] = score_reading
_spec.loader.exec_module(score_reading)

import planflow  # noqa: E402
from planflow_import import read_text_file  # noqa: E402

_WORD = re.compile(r"\w+")
#: letterhead, motto, signature and recipients furniture: held by the document's fields
_FURNITURE = re.compile(
    r"^(?:CỘNG\s+HÒA|CỘNG\s+HOÀ|Độc\s+lập|ĐẢNG\s+CỘNG\s+SẢN|Số\s*:|Nơi\s+nhận|T/?M\.?\s|K/?T\.?\s|"
    r"KT\.|TM\.|TL\.|Q\.\s|CHỦ\s+TỊCH|PHÓ\s+CHỦ\s+TỊCH|GIÁM\s+ĐỐC|BÍ\s+THƯ|Lưu\s*:|- Lưu|"
    r"\(?Ban\s+hành\s+kèm\s+theo|\(?Kèm\s+theo)", re.I)


def _words(text: str) -> list[str]:
    text = unicodedata.normalize("NFC", text).casefold().replace("uỷ", "ủy").replace("hoá", "hóa")
    return _WORD.findall(text.replace("_", " "))


def _pairs(words: list[str]) -> set[tuple[str, str]]:
    return set(zip(words, words[1:], strict=False))


def _source_lines(path: Path) -> list[str]:
    raw = path.read_bytes()
    for enc in ("utf-8-sig", "utf-16"):
        try:
            text = raw.decode(enc)
            break
        except UnicodeDecodeError:
            continue
    else:
        return []
    if path.suffix == ".html":
        text = re.sub(r"<[^>]+>", "\n", text)
    out = []
    for line in text.splitlines():
        for cell in line.split("|"):
            cell = cell.strip(" *#>-+•\t")
            if cell:
                out.append(cell)
    return out


def audit(path: Path) -> tuple[int, list[str]] | None:
    """(lines counted, lines lost) of one plan file; None when it does not import."""
    try:
        result = read_text_file(path)
    except planflow.PlanflowError:
        return None
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "plan.toml"
        try:
            text = planflow.dumps_plan(result.plan)
        except planflow.PlanflowError:
            return None
        out.write_text(text, encoding="utf-8")
    kept = _pairs(_words(text + "\n" + "\n".join(str(w) for w in result.warnings)))
    counted, lost = 0, []
    for line in _source_lines(path):
        words = _words(line)
        if len(words) < 4 or _FURNITURE.match(line):
            continue
        counted += 1
        pairs = _pairs(words)
        if sum(p in kept for p in pairs) < 0.5 * len(pairs):
            lost.append(line)
    return counted, lost


def _files(part: str) -> list[Path]:
    if part in ("build", "measure"):
        files = []
        for label in score_reading.label_files(part):
            name = label.stem
            hit = sorted(score_reading.CORPUS.glob(f"{name}.*"))
            files += hit[:1]
        return files
    corpus = score_reading.extra_corpus()
    out = []
    for label in score_reading.label_files("extra"):
        text = label.read_text(encoding="utf-8")
        if 'set = "held-out"' in text:
            continue  # held out: measured by score_reading only
        stem = label.stem.removeprefix("gh_")
        hit = sorted((corpus / "gh").glob(f"{stem}.*")) or sorted(corpus.glob(f"{stem}.*"))
        out += hit[:1]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--part", choices=("build", "measure", "extra"), default="build")
    ap.add_argument("--show", action="store_true", help="print the lines lost (not with measure)")
    args = ap.parse_args(argv)
    files = _files(args.part)
    if not files:
        print(f"no plan files for part {args.part!r} (../shared or $PLANFLOW_EXTRA_CORPUS absent)")
        return 0
    total = lost_total = 0
    quiet = args.part == "measure"
    for f in files:
        got = audit(f)
        if got is None:
            if not quiet:
                print(f"{f.name}: not imported")
            continue
        counted, lost = got
        total += counted
        lost_total += len(lost)
        if not quiet:
            print(f"{f.name}: {counted} lines, {len(lost)} lost")
            if args.show:
                for line in lost:
                    print(f"    - {line[:160]}")
    pct = 100 * (total - lost_total) / total if total else 100.0
    print(f"{args.part}: {len(files)} plans, {total} lines counted, {lost_total} lost "
          f"({pct:.1f} % kept)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
