"""The command line speaks Vietnamese to a clerk with a Vietnamese plan: every command run
as a real subprocess on the Lý Sơn plan (examples/65-KH-UBND-2023.txt, the seed document)
prints no English sentence, its user errors included (one line, exit code 2), click's own
usage errors too; the commands that name no plan speak $PLANFLOW_LANG. Under --lang en
the same commands print English as before.

What may stay as it is in a Vietnamese line: the document's and the user's own words
(quoted), file names and paths, store URLs, ISO dates, ids, option and command names.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "examples" / "65-KH-UBND-2023.txt"

#: English words a Vietnamese line must not hold outside what may stay as it is
ENGLISH = re.compile(
    r"\b(?:the|is|are|not|no|and|of|to|on|for|by|with|from|read|day|days|plan|plans|task|"
    r"tasks|report|reports|agency|agencies|error|warning|due|done|wrote|recorded|queued|"
    r"delivered|failed|usage|options?|invalid|value|missing|argument|such|file|command|would|"
    r"send|none|total|status|unit|show|this|message|exit|give|known|requires|expected|got|"
    r"unexpected|registered|store|schema|version|window|continuous|recurring|quarterly|"
    r"monthly|yearly|also|open-ended|lies|outside|period|leads|active|named|empty|valid)\b",
    re.IGNORECASE)
#: what may stay as it is: quoted words, paths and file names, URLs, ISO dates, option
#: names (--at), metavars, command lines (planflow status …), ids (tham-muu), a command's
#: name before its error or in --help's list of commands, JSON's field names ({at, …}),
#: the plan file's fields (tasks[2].timeframe)
ALLOWED = re.compile(
    r"'[^']*'|\"[^\"]*\"|`[^`]*`|\S+://\S+|(?:\S*/)+\S*|\S+\.(?:toml|json|txt|xlsx|docx|ics|db)"
    r"\b|\b\d{4}-\d{2}-\d{2}\b|--?[a-z][\w-]*|\b[A-Z_]{2,}\b|planflow(?: [a-z]+)*"
    r"|\b[a-z0-9]+(?:-[a-z0-9]+)+\b|\S+@\S+|(?<=planflow: )[a-z]+(?=:)|^ {2}[a-z]+(?= {2})"
    r"|\{[^}]*\}"
    # a field of the plan file ("tasks[2].timeframe", "settings.import.reports"), of
    # several tasks as validate groups them ("tasks[0-2, 5].timeframe")
    r"|\b[a-z_]+(?:\[\d[\d, -]*\])?(?:\.[a-z_]+(?:\[\d+\])?)+|\b[a-z_]+\[\d[\d, -]*\]")


def english_words(line: str) -> list[str]:
    """The English words of ``line`` once what may stay as it is is taken out."""
    return ENGLISH.findall(ALLOWED.sub(" ", line))


def test_the_detector_finds_english_and_spares_what_may_stay():
    assert english_words("planflow: seed.toml: no such file") == ["no", "such", "file"]
    assert english_words("planflow: planflow schedule: Missing argument 'PLAN'.") == [
        "Missing", "argument"]
    assert english_words("planflow: /tmp/x/plan.toml: không có tệp này") == []
    assert english_words("planflow: --at: 'abc' không phải là ngày (YYYY-MM-DD)") == []
    assert english_words("sẽ gửi: outbox -> phong-ldtbxh-yt: [Đến hạn] 2023-06-09") == []


@pytest.fixture(scope="module")
def office(tmp_path_factory: pytest.TempPathFactory) -> tuple[dict[str, str], Path]:
    """The seed plan imported, a store beside it; the environment of a clerk who set no
    language (the plan's is used)."""
    d = tmp_path_factory.mktemp("office")
    env = {k: v for k, v in os.environ.items() if k not in ("PLANFLOW_LANG", "LC_ALL", "LC_MESSAGES")}
    env.update(PLANFLOW_DB=str(d / "store.db"), COLUMNS="120", LANG="C.UTF-8")
    r = subprocess.run([sys.executable, "-m", "planflow", "import", str(SEED), "-o",
                        str(d / "plan.toml")], capture_output=True, text=True, env=env)
    assert r.returncode == 0, r.stderr
    r = subprocess.run([sys.executable, "-m", "planflow", "plans", "add", str(d / "plan.toml")],
                       capture_output=True, text=True, env=env)  # the store, created
    assert r.returncode == 0, r.stderr
    (d / "bad.toml").write_text("[document\nx=", encoding="utf-8")
    (d / "bad.json").write_text('{"a":', encoding="utf-8")
    (d / "empty.txt").write_text("", encoding="utf-8")
    (d / "noext").write_text("x", encoding="utf-8")
    (d / "nonutf.toml").write_bytes(b"\xff\xfe")
    (d / "plan.txt").write_text("x", encoding="utf-8")
    # documents that are no plan, or whose period cannot be told (made up)
    (d / "letter.txt").write_text("Kính gửi các phòng\nĐề nghị dự họp đúng giờ.\n", encoding="utf-8")
    (d / "undated.txt").write_text("KẾ HOẠCH\nTổ chức hội nghị\nI. MỤC ĐÍCH\n1. Họp.\n",
                                   encoding="utf-8")
    (d / "blank.html").write_text("<html><body> </body></html>", encoding="utf-8")
    (d / "broken.docx").write_bytes(b"x")
    (d / "broken.pdf").write_bytes(b"x")
    with zipfile.ZipFile(d / "parts.docx", "w") as z:  # more parts than a Word file has
        for i in range(5_001):
            z.writestr(f"p{i}.xml", "")
    blank = docx.Document()
    blank.add_paragraph("  ")
    blank.save(str(d / "blank.docx"))
    shutil.copyfile(ROOT / "tests" / "data" / "store_v1.db", d / "old.db")  # schema 1
    return env, d


def run(args: list[str], env: dict[str, str], cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "planflow", *args], capture_output=True,
                          text=True, env=env, cwd=cwd)


P = "plan.toml"
#: commands a clerk runs on the plan, each with its exit code; "vi" runs with
#: PLANFLOW_LANG=vi (a command that names no plan, or a plan that cannot be read)
COMMANDS: list[tuple[str, list[str], int]] = [
    ("plan", ["validate", P], 0),
    ("plan", ["schedule", P], 0),
    ("plan", ["status", P, "--at", "15/6/2023"], 0),
    ("plan", ["status", P, "--at", "15/6/2023", "--all-items"], 0),
    ("plan", ["calendar", P], 0),
    ("plan", ["render", P, "--format", "txt", "-o", "plan.txt"], 0),
    ("plan", ["render", P, "--format", "txt", "--what", "reminder", "--at", "15/6/2023",
              "-o", "letter.txt"], 0),
    ("plan", ["record", P, "tham-muu", "--done", "1/6/2023"], 0),
    ("plan", ["record", P, "tham-muu", "--progress", "đang tổng hợp", "--on", "2/6/2023"], 0),
    ("plan", ["submit", P, "phong-ldtbxh-yt", "Báo cáo 3 tháng năm 2023", "--on", "9/3/2023"], 0),
    ("plan", ["tick", P, "--at", "9/6/2023", "--dry-run"], 0),
    ("plan", ["tick", P, "--at", "8/6/2023", "--outbox", "outbox"], 0),
    ("vi", ["plans", "add", P], 0),
    ("vi", ["plans", "list"], 0),
    ("vi", ["plans", "tree"], 0),
    ("plan", ["plans", "tree"], 0),  # the language of the store's plans
    ("vi", ["status", "--all", "--at", "15/6/2023"], 0),
    ("vi", ["timeframe", "Định kỳ hằng quý, 6 tháng, hằng năm", "--year", "2023"], 0),
    ("vi", ["timeframe", "Năm 2023 và các năm tiếp theo", "--year", "2023"], 0),
    ("vi", ["holidays", "2023"], 0),
    ("vi", ["db", "current"], 0),
    ("plan", ["serve", "--links", "--base-url", "http://10.0.0.5:8080"], 0),
    # user errors: one line, exit code 2
    ("plan", ["status", P, "--at", "31/2/2023"], 2),
    ("plan", ["status", P, "--at", "abc"], 2),
    ("plan", ["status", P, "--agency", "xyz"], 2),
    ("plan", ["status", P, "--json", "--xlsx", "x.xlsx"], 2),
    ("plan", ["status", P, "--all"], 2),
    ("plan", ["status", P, "--lang", "xx"], 2),
    ("plan", ["calendar", P, "--from", "1/7/2023", "--to", "1/1/2023"], 2),
    ("plan", ["record", P, "tham-muu"], 2),
    ("plan", ["record", P, "nope", "--done", "1/6/2023"], 2),
    ("plan", ["record", P, "tham-muu", "--done", "1/6/2099"], 2),
    ("plan", ["submit", P, "phong-ldtbxh-yt", "q9", "--on", "9/3/2023"], 2),
    ("plan", ["render", P, "--format", "bogus", "-o", "x.bogus"], 2),
    ("plan", ["render", P, "--format", "xlsx", "--what", "reminder", "-o", "x.xlsx"], 2),
    ("plan", ["tick", P, "--at", "bad"], 2),
    # click's own usage errors, with the plan named: the plan's language
    ("plan", ["status", P, "--bogus"], 2),
    ("plan", ["status", P, "--at"], 2),
    ("plan", ["render", P, "--what", "bogus", "-o", "x.docx"], 2),
    ("plan", ["render", P, "--format", "txt"], 2),
    ("plan", ["calendar", P, "extra"], 2),
    # without a plan to speak of: $PLANFLOW_LANG
    ("vi", ["validate", "missing.toml"], 2),
    ("vi", ["validate", "bad.toml"], 2),
    ("vi", ["validate", "bad.json"], 2),
    ("vi", ["validate", "nonutf.toml"], 2),
    ("vi", ["validate", "plan.txt"], 2),
    ("vi", ["import", "noext"], 2),
    ("vi", ["status", "--all", "--db", "old.db"], 2),
    ("vi", ["import", "missing.txt"], 2),
    ("vi", ["import", "empty.txt"], 2),
    ("vi", ["import", "bad.toml"], 2),
    ("vi", ["import", "letter.txt"], 2),
    ("vi", ["import", "undated.txt"], 2),
    ("vi", ["import", "blank.html"], 2),
    ("vi", ["import", "broken.docx"], 2),
    ("vi", ["import", "broken.pdf"], 2),
    ("vi", ["import", "parts.docx"], 2),
    ("vi", ["import", "blank.docx"], 2),
    ("vi", ["plans", "history", "nope"], 2),
    ("vi", ["plans", "remove", "nope"], 2),
    ("vi", ["timeframe", "Quý V/2023", "--year", "2023"], 2),
    ("vi", ["schedule"], 2),
    ("vi", ["bogus"], 2),
    ("vi", ["plans", "remov"], 2),
    ("vi", ["holidays", "abc"], 2),
    ("vi", ["serve", "--port", "abc"], 2),
    ("vi", ["serve", "--at", "abc"], 2),
    ("vi", ["serve", "--days", "0"], 2),
    ("vi", ["serve", "--links", "--db", "nowhere.db"], 2),
]


def _env(kind: str, env: dict[str, str]) -> dict[str, str]:
    return {**env, "PLANFLOW_LANG": "vi"} if kind == "vi" else env


@pytest.mark.parametrize(("kind", "args", "code"), COMMANDS,
                         ids=[" ".join(a) for _, a, _ in COMMANDS])
def test_no_english_sentence_for_a_vietnamese_clerk(office, kind, args, code):
    env, d = office
    r = run(args, _env(kind, env), d)
    assert r.returncode == code, (r.stdout, r.stderr)
    lines = [*r.stdout.splitlines(), *r.stderr.splitlines()]
    if code == 2:
        assert r.stdout == "" and len(r.stderr.splitlines()) == 1, r.stderr
        assert r.stderr.startswith("planflow: ")
    else:
        assert lines, "the command printed nothing"
    english = [(line, english_words(line)) for line in lines if english_words(line)]
    assert not english, english


#: the same commands under --lang en ($PLANFLOW_LANG=en for those without --lang): the
#: English words as before
ENGLISH_LINES = [
    (["status", P, "--at", "15/6/2023", "--lang", "en"], 0, "By unit"),
    (["calendar", P, "--lang", "en"], 0, "active in the period"),
    (["status", P, "--bogus", "--lang", "en"], 2, "No such option '--bogus'."),
    (["render", P, "--what", "bogus", "-o", "x.docx"], 2,
     "Invalid value for '--what': 'bogus' is not one of 'plan', 'report', 'reminder'."),
    (["status", P, "--json", "--xlsx", "x.xlsx", "--lang", "en"], 2,
     "status: give --json or --xlsx, not both"),
    (["validate", "missing.toml", "--lang", "en"], 2, "missing.toml: no such file"),
    (["timeframe", "Quý V/2023", "--year", "2023", "--lang", "en"], 2,
     "'Quý V/2023': there is no quarter V: a year has quarters I to IV"),
    (["timeframe", "Thường xuyên, theo yêu cầu", "--year", "2023", "--lang", "en"], 0,
     "warning: also: theo yêu cầu"),
]


@pytest.mark.parametrize(("args", "code", "said"), ENGLISH_LINES,
                         ids=[" ".join(a) for a, _, _ in ENGLISH_LINES])
def test_the_same_commands_in_english(office, args, code, said):
    env, d = office
    r = run(args, {**env, "PLANFLOW_LANG": "en"}, d)
    assert r.returncode == code, (r.stdout, r.stderr)
    assert said in " ".join((r.stdout + r.stderr).split())
    if code == 2:
        assert len(r.stderr.splitlines()) == 1, r.stderr


# -- --help ---------------------------------------------------------------------------------

def _commands() -> list[tuple[str, object]]:
    """Every command (its path without "planflow", "planflow" for the root) and the
    command, the installed plugins' included."""
    from planflow._cli_docs import walk
    from planflow.cli import _add_plugin_commands, cli

    _add_plugin_commands()
    return [("planflow", cli), *((" ".join(path), cmd) for path, cmd in walk(cli))]


def _vi_phrases() -> dict[str, str]:
    import planflow

    return next(w for w in planflow.default_registry().wordings() if w.language == "vi").phrases


def test_every_command_and_option_has_vietnamese_help_and_every_help_phrase_names_one():
    import click

    wanted = set()
    for path, cmd in _commands():
        if cmd.help:  # type: ignore[attr-defined]
            wanted.add(f"help.{path}")
        wanted |= {f"help.{path} {p.opts[0]}" for p in cmd.params  # type: ignore[attr-defined]
                   if isinstance(p, click.Option) and p.help}
    chrome = {"help.usage", "help.heading.Options", "help.heading.Commands",
              "help.heading.Arguments", "help.--help", "help.required", "help.default"}
    said = {k for k in _vi_phrases() if k.startswith("help.")} - chrome
    assert wanted - said == set(), "commands or options with no Vietnamese help"
    assert said - wanted == set(), "Vietnamese help naming no command or option"


HELPS = [["--help"], *([*path.split(), "--help"] for path, _ in _commands()[1:])]


@pytest.mark.parametrize("args", HELPS, ids=[" ".join(a) for a in HELPS])
def test_help_in_vietnamese(office, args):
    env, d = office
    r = run(args, {**env, "PLANFLOW_LANG": "vi"}, d)
    assert r.returncode == 0, r.stderr
    assert r.stdout.startswith("Cách dùng: planflow")
    # JSON's field names, the values an option takes and its default, over wrapped lines
    text = re.sub(r"\{[^}]*\}|\[[^\]]*\]", "{}", r.stdout)
    english = [(line, english_words(line)) for line in text.splitlines()
               if english_words(line)]
    assert not english, english


def test_help_speaks_the_plan_named_and_english_otherwise(office):
    env, d = office
    said = run(["status", P, "--help"], env, d).stdout
    assert said.startswith("Cách dùng: planflow status") and "Tùy chọn:" in said
    english = run(["status", "--help"], env, d).stdout
    assert english.startswith("Usage: planflow status") and "Show this message and exit." in english
    assert run(["status", P, "--help", "--lang", "en"], env, d).stdout == english


def test_a_machine_that_speaks_vietnamese_gets_vietnamese_where_no_plan_says(office):
    """The system's language ($LC_ALL, $LC_MESSAGES, $LANG: "vi_VN.UTF-8") is the last
    say before English: --lang, $PLANFLOW_LANG and a plan named still decide first."""
    env, d = office
    vi = {**env, "LANG": "vi_VN.UTF-8"}
    assert run(["status", "--help"], vi, d).stdout.startswith("Cách dùng: planflow status")
    assert run(["--help"], {**env, "LC_ALL": "vi_VN.UTF-8"}, d).stdout.startswith("Cách dùng:")
    assert run(["status", "--help", "--lang", "en"], vi, d).stdout.startswith("Usage:")
    assert run(["status", "--help"], {**vi, "PLANFLOW_LANG": "en"}, d).stdout.startswith("Usage:")
    # an English or unknown locale says nothing: English, as without one
    for other in ("en_US.UTF-8", "fr_FR.UTF-8", "C", "POSIX"):
        assert run(["status", "--help"], {**env, "LANG": other}, d).stdout.startswith("Usage:")
    # a user error of a command naming no plan, in the machine's language
    said = run(["status", "--all", "--db", str(d / "nowhere.db")], vi, d)
    assert said.returncode == 2 and "không có kho dữ liệu" in said.stderr, said.stderr


def test_sizes_are_written_as_the_language_writes_numbers(office):
    env, d = office
    vi = run(["render", P, "--format", "docx", "-o", "size.docx"], env, d).stdout
    en = run(["status", P, "--at", "15/6/2023", "--xlsx", "size.xlsx", "--lang", "en"], env,
             d).stdout
    assert re.fullmatch(r"đã ghi size\.docx \(\d{1,3}\.\d{3} byte, docx\)\n", vi), vi
    assert re.fullmatch(r"wrote size\.xlsx \(\d{1,3},\d{3} bytes, xlsx\)\n", en), en
