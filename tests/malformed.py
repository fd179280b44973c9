"""The table of malformed inputs (issue 14): plan files, timeframe words, imports, command
line arguments and store files. Each case is a real ``planflow`` command that must exit
with code 2 and print one line on stderr naming the file or field, without a traceback,
within a time and memory bound.

Used by tests/test_malformed.py and by benchmarks/reliability.py (which writes the table
in docs/reliability.md). A case is ``Case(id, files, argv, names)``: ``files`` maps a
name to its bytes (or a function of the folder that makes it), ``argv`` may use
``{d}`` for the folder, and ``names`` is the text the error line must contain.
"""

from __future__ import annotations

import io
import json
import sqlite3
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs

Maker = Callable[[Path], None]


@attrs.frozen
class Case:
    id: str
    group: str
    argv: tuple[str, ...]
    names: str
    files: dict[str, bytes | Maker] = attrs.field(factory=dict)
    #: the line may instead be several, one per problem (validate lists every problem)
    lines: int = 1
    #: not handled yet: why (the test expects the failure; the table counts it)
    known: str | None = None


BASE: dict[str, Any] = {
    "document": {"symbol": "3/KH-UBND", "title": "Kế hoạch thử", "date": "2023-01-05"},
    "period": 2023, "calendar": "vn",
    "agencies": [{"id": "a", "name": "Phòng A"}, {"id": "top", "name": "UBND"}],
    "tasks": [{"id": "t1", "title": "Việc một", "lead": ["a"], "timeframe": "2023-03-31"}],
}


def _set(data: dict[str, Any], path: str, value: Any) -> dict[str, Any]:
    out = json.loads(json.dumps(data))
    cur: Any = out
    parts = path.split(".")
    for p in parts[:-1]:
        cur = cur[int(p)] if isinstance(cur, list) else cur.setdefault(p, {})
    last = parts[-1]
    if value is _DELETE:
        if isinstance(cur, list):
            del cur[int(last)]
        else:
            cur.pop(last, None)
    elif isinstance(cur, list):
        cur[int(last)] = value
    else:
        cur[last] = value
    return out


_DELETE = object()


def _toml(data: dict[str, Any]) -> bytes:
    import tomli_w
    return tomli_w.dumps(data).encode("utf-8")


def _plan_cases() -> list[Case]:
    """(path, value, the field named) mutations of a good plan, as JSON and as TOML."""
    muts: list[tuple[str, str, Any, str]] = [
        ("document-text", "document", "x", "document"),
        ("document-list", "document", [1, 2], "document"),
        ("document-date-bad", "document.date", "2023-02-30", "document.date"),
        ("document-date-year0", "document.date", "0000-01-01", "document.date"),
        ("period-9999", "period", 9999, "period"),
        ("period-0", "period", 0, "period"),
        ("period-negative", "period", -5, "period"),
        ("period-text", "period", "abc", "period"),
        ("period-huge", "period", 10 ** 40, "period"),
        ("period-backwards", "period", "2023-12-31/2023-01-01", "period"),
        ("period-bool", "period", True, "period"),
        ("calendar-unknown", "calendar", "nope", "calendar"),
        ("calendar-number", "calendar", 5, "calendar"),
        ("tasks-text", "tasks", "x", "tasks"),
        ("tasks-numbers", "tasks", [1, 2], "tasks"),
        ("task-id-number", "tasks.0.id", 5, "tasks[0].id"),
        ("task-id-missing", "tasks.0.id", _DELETE, "tasks[0]"),
        ("task-title-number", "tasks.0.title", 7, "tasks[0].title"),
        ("task-lead-number", "tasks.0.lead", 5, "tasks[0].lead"),
        ("task-lead-unknown", "tasks.0.lead", ["zz"], "tasks[0]"),
        ("task-partners-number", "tasks.0.partners", 3, "tasks[0].partners"),
        ("task-partners-table", "tasks.0.partners", {"a": 1}, "tasks[0].partners"),
        ("task-duration-huge", "tasks.0.duration_days", 3_000_000, "tasks[0].duration_days"),
        ("task-duration-negative", "tasks.0.duration_days", -1, "tasks[0].duration_days"),
        ("task-duration-text", "tasks.0.duration_days", "5", "tasks[0].duration_days"),
        ("task-duration-float", "tasks.0.duration_days", 1.5, "tasks[0].duration_days"),
        ("task-timeframe-number", "tasks.0.timeframe", 12, "tasks[0].timeframe"),
        ("task-timeframe-feb30", "tasks.0.timeframe", "2023-02-30", "tasks[0]"),
        ("task-timeframe-quarter5", "tasks.0.timeframe", "Quý V năm 2023", "tasks[0]"),
        ("task-timeframe-kind", "tasks.0.timeframe", {"kind": "bogus"}, "tasks[0].timeframe"),
        ("task-timeframe-year-9000", "tasks.0.timeframe", {"kind": "deadline", "due": "9000-01-01"},
         "tasks[0].timeframe"),
        ("task-depends-unknown", "tasks.0.depends_on", ["nope"], "t1"),
        ("task-depends-number", "tasks.0.depends_on", 4, "tasks[0].depends_on"),
        ("task-unknown-key", "tasks.0.colour", "red", "tasks[0]"),
        ("task-reminders-text", "tasks.0.reminders", "5", "tasks[0]"),
        ("agencies-text", "agencies", "x", "agencies"),
        ("agency-number", "agencies.0", 5, "agencies[0]"),
        ("agency-id-number", "agencies.0.id", 5, "agencies[0].id"),
        ("agency-contacts-text", "agencies.0.contacts", "x", "agencies[0].contacts"),
        ("contact-email-bad", "agencies.0.contacts", {"email": "not-an-address"},
         "agencies[0].contacts.email"),
        ("contact-email-two-at", "agencies.0.contacts", {"email": "a@b@example.org"},
         "agencies[0].contacts.email"),
        ("contact-email-space", "agencies.0.contacts", {"email": "a b@example.org"},
         "agencies[0].contacts.email"),
        ("contact-webhook-ftp", "agencies.0.contacts", {"webhook": "ftp://example.org/x"},
         "agencies[0].contacts.webhook"),
        ("contact-webhook-nohost", "agencies.0.contacts", {"webhook": "http:///x"},
         "agencies[0].contacts.webhook"),
        ("contact-webhook-words", "agencies.0.contacts", {"webhook": "my webhook"},
         "agencies[0].contacts.webhook"),
        ("contact-webhook-badport", "agencies.0.contacts", {"webhook": "http://h:99999/x"},
         "agencies[0].contacts.webhook"),
        ("contact-channel-unknown", "agencies.0.contacts", {"emial": "a@example.org"},
         "agencies[0].contacts.emial"),
        ("settings-text", "settings", "x", "settings"),
        ("settings-unknown-key", "settings.engine.remindrs", [5], "settings.engine.remindrs"),
        ("settings-reminders-text", "settings.engine.reminders", "5", "settings.engine.reminders"),
        ("settings-reminders-zero", "settings.engine.reminders", [0], "settings.engine.reminders"),
        ("settings-catchup-huge", "settings.engine.catch_up_days", 10 ** 30,
         "settings.engine.catch_up_days"),
        ("settings-timeout-zero", "settings.engine.delivery_timeout", 0,
         "settings.engine.delivery_timeout"),
        ("settings-channels-empty", "settings.engine.channels", [], "settings.engine.channels"),
        ("settings-issuer-unknown", "settings.engine.issuer", "zz", "settings.engine.issuer"),
        ("settings-escalation-text", "settings.engine.escalation", "x",
         "settings.engine.escalation"),
        ("regime-text", "regime", "x", "regime"),
        ("regime-recipient-unknown", "regime", {"recipient": "zz", "periods": []}, "regime"),
        ("regime-cadence-unknown", "regime", {"recipient": "top", "cadence": "fortnightly"},
         "regime"),
        ("regime-quarterly-day-99", "regime", {"recipient": "top", "cadence": "quarterly",
                                               "params": {"day": 99}}, "regime"),
        ("regime-due-before-start", "regime", {"recipient": "top", "periods": [
            {"name": "Q1", "covers_start": "2023-01-01", "covers_end": "2023-03-31",
             "due": "2022-12-01"}]}, "regime"),
        ("top-unknown-key", "colour", "red", "colour"),
    ]
    known: dict[str, str] = {}
    out: list[Case] = []
    for name, path, value, field in muts:
        data = _set(BASE, path, value)
        out.append(Case(f"plan-json-{name}", "plan file", ("validate", "{d}/plan.json"),
                        field, {"plan.json": json.dumps(data, ensure_ascii=False).encode()},
                        lines=3, known=known.get(name)))
        try:
            toml = _toml(data)
        except Exception:  # noqa: BLE001 - TOML cannot hold this value (None, huge int)
            continue
        out.append(Case(f"plan-toml-{name}", "plan file", ("validate", "{d}/plan.toml"),
                        field, {"plan.toml": toml}, lines=3, known=known.get(name)))
    raw: list[tuple[str, str, bytes]] = [
        ("json-syntax", "plan.json", b'{"document": '),
        ("json-toplevel-list", "plan.json", b"[1, 2]"),
        ("json-null", "plan.json", b"null"),
        ("json-empty", "plan.json", b""),
        ("json-not-utf8", "plan.json", b'{"document": "\xff\xfe"}'),
        ("json-deep-lists", "plan.json", b"[" * 100_000 + b"]" * 100_000),
        ("json-deep-objects", "plan.json", b'{"a":' * 50_000 + b"1" + b"}" * 50_000),
        ("json-5000-digits", "plan.json", b'{"period": ' + b"9" * 5000 + b"}"),
        ("json-nan", "plan.json", json.dumps(_set(BASE, "period", 0)).replace("0", "NaN", 1).encode()),
        ("toml-syntax", "plan.toml", b"document = {"),
        ("toml-deep-arrays", "plan.toml", b"a = " + b"[" * 100_000 + b"]" * 100_000),
        ("toml-deep-tables", "plan.toml", b"a = " + b"{b = " * 20_000 + b"1" + b"}" * 20_000),
        ("toml-5000-digits", "plan.toml", b"period = " + b"9" * 5000),
        ("toml-not-utf8", "plan.toml", b'title = "\xff"'),
        ("toml-empty", "plan.toml", b""),
        ("toml-nul", "plan.toml", b'period = 2023\x00'),
    ]
    for name, fname, data in raw:
        out.append(Case(f"plan-{name}", "plan file", ("validate", "{d}/" + fname), fname,
                        {fname: data}, lines=3))
    for cmd in (("schedule",), ("calendar",), ("status", "--at", "2023-03-01", "--db", "{d}/s.db")):
        for name, path, value, field in (("period-9999", "period", 9999, "period"),
                                         ("duration-huge", "tasks.0.duration_days", 3_000_000,
                                          "duration_days"),
                                         ("document-text", "document", "x", "document")):
            out.append(Case(f"{cmd[0]}-{name}", "plan file", (cmd[0], "{d}/plan.json", *cmd[1:]),
                            field, {"plan.json": json.dumps(_set(BASE, path, value)).encode()}))
    out += [
        Case("py-raises", "plan file", ("validate", "{d}/plan.py:plan"), "plan.py",
             {"plan.py": b"raise RuntimeError('boom')\n"}),
        Case("py-sys-exit", "plan file", ("validate", "{d}/plan.py:plan"), "plan.py",
             {"plan.py": b"import sys\nsys.exit(0)\n"}),
        Case("py-syntax", "plan file", ("validate", "{d}/plan.py:plan"), "plan.py",
             {"plan.py": b"def (:\n"}),
        Case("py-no-attr", "plan file", ("validate", "{d}/plan.py:plan"), "plan.py",
             {"plan.py": b"x = 1\n"}),
        Case("py-not-plan", "plan file", ("validate", "{d}/plan.py:plan"), "plan.py",
             {"plan.py": b"plan = 5\n"}),
        Case("py-missing", "plan file", ("validate", "{d}/nope.py:plan"), "nope.py"),
        Case("plan-missing", "plan file", ("validate", "{d}/nope.toml"), "nope.toml"),
        Case("plan-wrong-suffix", "plan file", ("validate", "{d}/plan.yaml"), "plan.yaml",
             {"plan.yaml": b"a: 1\n"}),
        Case("plan-a-folder", "plan file", ("validate", "{d}/sub.json"), "sub.json",
             {"sub.json/x": b""}),
    ]
    return out


def _timeframe_cases() -> list[Case]:
    words = [
        ("quarter-5", "Quý V năm 2023"), ("feb-30", "31/02/2023"), ("month-13", "tháng 13 năm 2023"),
        ("day-99", "ngày 99/99/2023"), ("iso-feb-30", "2023-02-30"),
        ("window-backwards", "2023-05-01/2023-01-01"), ("year-0", "0000-01-01"),
    ]
    out = [Case(f"timeframe-{n}", "timeframe words", ("timeframe", w, "--year", "2023"), "")
           for n, w in words]
    for n, y in (("10000", "10000"), ("0", "0"), ("negative", "-1"), ("huge", "9" * 30),
                 ("9999", "9999"), ("text", "abc"), ("999", "999")):
        out.append(Case(f"timeframe-year-{n}-{y[:3]}", "timeframe words",
                        ("timeframe", "Quý I", "--year", y), "--year"))
    for n, p in (("text", "x"), ("backwards", "2023-12-31..2023-01-01"), ("half", "2023-01-01.."),
                 ("year-10000", "2023-01-01..10000-01-01")):
        out.append(Case(f"timeframe-period-{n}", "timeframe words",
                        ("timeframe", "Quý I", "--period", p), "--period"))
    out.append(Case("timeframe-year-and-period", "timeframe words",
                    ("timeframe", "Quý I", "--year", "2023", "--period", "2023-01-01..2023-12-31"),
                    "--year"))
    out.append(Case("timeframe-calendar-unknown", "timeframe words",
                    ("timeframe", "Quý I", "--year", "2023", "--calendar", "nope"), "nope"))
    return out


def _zip(parts: dict[str, bytes], level: int = zipfile.ZIP_DEFLATED) -> bytes:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", level) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    return buf.getvalue()


_CT = (b'<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/'
       b'package/2006/content-types"><Default Extension="rels" ContentType="application/'
       b'vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType='
       b'"application/xml"/><Override PartName="/word/document.xml" ContentType="application/'
       b'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>')
_RELS = (b'<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.'
         b'openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://'
         b'schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
         b'Target="word/document.xml"/></Relationships>')
_W = b'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"'


def _docx(body: bytes) -> bytes:
    doc = b'<?xml version="1.0" encoding="UTF-8"?><w:document ' + _W + b"><w:body>" + body + \
        b"</w:body></w:document>"
    return _zip({"[Content_Types].xml": _CT, "_rels/.rels": _RELS, "word/document.xml": doc})


def _bomb(folder: Path) -> None:
    """A DOCX whose document.xml inflates to 1 GB (about 1 MB on disk)."""
    path = folder / "bomb.docx"
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        with z.open("word/document.xml", "w", force_zip64=True) as f:
            f.write(b'<?xml version="1.0"?><w:document ' + _W + b"><w:body><w:p><w:r><w:t>")
            chunk = b"A" * (1 << 20)
            for _ in range(1024):
                f.write(chunk)
            f.write(b"</w:t></w:r></w:p></w:body></w:document>")


def _many_parts(folder: Path) -> None:
    parts = {"[Content_Types].xml": _CT, "_rels/.rels": _RELS,
             "word/document.xml": b'<w:document ' + _W + b"><w:body/></w:document>"}
    parts.update({f"junk/{i}.xml": b"<a/>" for i in range(20_000)})
    (folder / "parts.docx").write_bytes(_zip(parts, zipfile.ZIP_STORED))


def _import_cases() -> list[Case]:
    deep_tbl = b"<w:tbl><w:tr><w:tc>" * 400 + b"<w:p/>" + b"</w:tc></w:tr></w:tbl>" * 400
    laughs = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + b"".join(b'<!ENTITY lol%d "%s">' % (i, (b"&lol%d;" % (i - 1) if i else b"&lol;") * 10)
                         for i in range(1, 10))
              + b']><w:document ' + _W + b"><w:body><w:p><w:r><w:t>&lol9;</w:t></w:r></w:p>"
              b"</w:body></w:document>")
    cases = [
        ("docx-not-zip", "x.docx", b"this is not a zip"),
        ("docx-empty", "x.docx", b""),
        ("docx-zip-no-document", "x.docx", _zip({"a.txt": b"hi"})),
        ("docx-document-not-xml", "x.docx", _zip({"[Content_Types].xml": _CT, "_rels/.rels": _RELS,
                                                   "word/document.xml": b"not xml at all <<<"})),
        ("docx-content-types-not-xml", "x.docx", _zip({"[Content_Types].xml": b"garbage",
                                                        "_rels/.rels": _RELS,
                                                        "word/document.xml": b"<a/>"})),
        ("docx-deep-tables", "x.docx", _docx(deep_tbl)),
        ("docx-entity-expansion", "x.docx", _zip({"[Content_Types].xml": _CT, "_rels/.rels": _RELS,
                                                   "word/document.xml": laughs})),
        ("docx-no-tasks", "x.docx", _docx(b"<w:p><w:r><w:t>Hello</w:t></w:r></w:p>")),
        ("docx-truncated", "x.docx", _docx(b"<w:p/>")[:200]),
        ("txt-empty", "x.txt", b""),
        ("txt-binary", "x.txt", bytes(range(256)) * 40),
        ("txt-no-tasks", "x.txt", "Xin chào\n".encode()),
        ("txt-not-utf8", "x.txt", b"\xff\xfe\xfa K\xe1 ho\xe1ch"),
        ("md-empty", "x.md", b""),
        ("md-no-tasks", "x.md", b"# Title\n\nSome text.\n"),
        ("unknown-suffix", "x.pdf", b"%PDF-1.4"),
    ]
    out = [Case(f"import-{n}", "import", ("import", "{d}/" + f), f, {f: data})
           for n, f, data in cases]
    out.append(Case("import-zip-bomb", "import", ("import", "{d}/bomb.docx"), "bomb.docx",
                    {"bomb.docx": _bomb}))
    out.append(Case("import-many-parts", "import", ("import", "{d}/parts.docx"), "parts.docx",
                    {"parts.docx": _many_parts}))
    out.append(Case("import-missing", "import", ("import", "{d}/nope.txt"), "nope.txt"))
    out.append(Case("import-a-folder", "import", ("import", "{d}/sub.txt"), "sub.txt",
                    {"sub.txt/x": b""}))
    return out


GOOD = json.dumps(BASE, ensure_ascii=False).encode()
GOOD_TXT = ("KẾ HOẠCH\nThực hiện năm 2023\n\nI. NHIỆM VỤ\n1. Tuyên truyền pháp luật. "
            "Thời gian: Quý I năm 2023. Cơ quan chủ trì: Phòng Tư pháp.\n").encode()


def _cli_cases() -> list[Case]:
    plan = {"plan.json": GOOD}
    c: list[tuple[str, tuple[str, ...], str, dict[str, bytes | Maker]]] = [
        ("render-o-missing-folder", ("render", "{d}/plan.json", "--format", "txt", "-o",
                                     "{d}/no/such/x.txt"), "x.txt", plan),
        ("render-o-is-folder", ("render", "{d}/plan.json", "--format", "txt", "-o", "{d}/sub"),
         "sub", {**plan, "sub/x": b""}),
        ("render-o-under-file", ("render", "{d}/plan.json", "--format", "txt", "-o",
                                 "{d}/plan.json/x.txt"), "x.txt", plan),
        ("render-o-proc", ("render", "{d}/plan.json", "--format", "txt", "-o", "/proc/x.txt"),
         "x.txt", plan),
        ("render-format-unknown", ("render", "{d}/plan.json", "--format", "pdf", "-o", "{d}/x"),
         "pdf", plan),
        ("render-at-bad", ("render", "{d}/plan.json", "--format", "txt", "--at", "2023-02-30",
                           "-o", "{d}/x.txt"), "--at", plan),
        ("render-report-no-period", ("render", "{d}/plan.json", "--format", "txt", "--what",
                                     "report", "--period", "Q9", "--db", "{d}/s.db", "-o",
                                     "{d}/x.txt"), "--db", plan),
        ("import-o-missing-folder", ("import", "{d}/p.txt", "-o", "{d}/no/such/x.toml"),
         "x.toml", {"p.txt": GOOD_TXT}),
        ("import-o-bad-suffix", ("import", "{d}/p.txt", "-o", "{d}/x.yaml"), "x.yaml",
         {"p.txt": GOOD_TXT}),
        ("calendar-ics-missing-folder", ("calendar", "{d}/plan.json", "--ics",
                                         "{d}/no/such/x.ics"), "x.ics", plan),
        ("calendar-ics-is-folder", ("calendar", "{d}/plan.json", "--ics", "{d}/sub"), "sub",
         {**plan, "sub/x": b""}),
        ("calendar-from-bad", ("calendar", "{d}/plan.json", "--from", "x"), "--from", plan),
        ("calendar-from-after-to", ("calendar", "{d}/plan.json", "--from", "2023-05-01",
                                    "--to", "2023-01-01"), "--from", plan),
        ("calendar-from-year-10000", ("calendar", "{d}/plan.json", "--from", "10000-01-01"),
         "--from", plan),
        ("calendar-agency-unknown", ("calendar", "{d}/plan.json", "--agency", "zz"), "--agency",
         plan),
        ("status-at-bad", ("status", "{d}/plan.json", "--at", "tomorrow", "--db", "{d}/s.db"),
         "--at", plan),
        ("status-at-year-0", ("status", "{d}/plan.json", "--at", "0000-01-01", "--db", "{d}/s.db"),
         "--at", plan),
        ("status-lang-unknown", ("status", "{d}/plan.json", "--at", "2023-03-01", "--lang", "xx",
                                 "--db", "{d}/s.db"), "xx", plan),
        ("tick-at-bad", ("tick", "{d}/plan.json", "--at", "2023-13-01", "--db", "{d}/s.db"),
         "--at", plan),
        ("tick-at-huge", ("tick", "{d}/plan.json", "--at", "9" * 40, "--db", "{d}/s.db"), "--at",
         plan),
        ("record-none", ("record", "{d}/plan.json", "t1", "--db", "{d}/s.db"), "record", plan),
        ("record-task-unknown", ("record", "{d}/plan.json", "t9", "--done", "2023-03-01", "--db",
                                 "{d}/s.db"), "t9", plan),
        ("record-done-bad", ("record", "{d}/plan.json", "t1", "--done", "2023-02-30", "--db",
                             "{d}/s.db"), "--done", plan),
        ("record-by-unknown", ("record", "{d}/plan.json", "t1", "--done", "2023-03-01", "--by",
                               "zz", "--db", "{d}/s.db"), "zz", plan),
        ("submit-agency-unknown", ("submit", "{d}/plan.json", "zz", "Q1", "--on", "2023-04-01",
                                   "--db", "{d}/s.db"), "zz", plan),
        ("submit-on-bad", ("submit", "{d}/plan.json", "a", "Q1", "--on", "x", "--db", "{d}/s.db"),
         "--on", plan),
        ("validate-parent-missing", ("validate", "{d}/plan.json", "--parent", "{d}/nope.json"),
         "nope.json", plan),
        ("db-bad-url", ("status", "{d}/plan.json", "--at", "2023-03-01", "--db", "nosuch://x"),
         "store", plan),
        ("db-unknown-driver", ("status", "{d}/plan.json", "--at", "2023-03-01", "--db",
                               "postgresql+nodriver://u@h/db"), "store", plan),
        ("escape-in-id", ("validate", "{d}/plan.json"), "plan.json",
         {"plan.json": json.dumps(_set(BASE, "tasks.0.depends_on", ["\x1b[31mred\rX"])).encode()}),
    ]
    return [Case(f"cli-{n}", "command line", argv, names, files, lines=3 if "validate" in argv else 1)
            for n, argv, names, files in c]


def _store(folder: Path, name: str, setup: Callable[[sqlite3.Connection], None] | None,
           raw: bytes | None = None) -> None:
    path = folder / name
    if raw is not None:
        path.write_bytes(raw)
        return
    con = sqlite3.connect(path)
    con.executescript("CREATE TABLE schema_version (version INTEGER PRIMARY KEY);"
                      "INSERT INTO schema_version VALUES (1);")
    if setup:
        setup(con)
    con.commit()
    con.close()


def _drop(src: Path, folder: Path, table: str) -> None:
    (folder / "s.db").write_bytes(src.read_bytes())
    con = sqlite3.connect(folder / "s.db")
    con.execute(f"DROP TABLE {table}")
    con.commit()
    con.close()


def _store_cases() -> list[Case]:
    def real(folder: Path) -> Path:
        import subprocess
        import sys
        (folder / "plan.json").write_bytes(GOOD)
        subprocess.run([sys.executable, "-m", "planflow", "record", str(folder / "plan.json"),
                        "t1", "--progress", "x", "--on", "2023-02-01", "--db",
                        str(folder / "real.db")], check=True, capture_output=True)
        return folder / "real.db"

    def corrupt(folder: Path) -> None:
        p = real(folder)
        data = bytearray(p.read_bytes())
        for i in range(4096, min(len(data), 4096 * 3)):
            data[i] = 0xA5
        (folder / "s.db").write_bytes(bytes(data))

    def header(folder: Path) -> None:
        p = real(folder)
        data = bytearray(p.read_bytes())
        data[16:24] = b"\xff" * 8
        (folder / "s.db").write_bytes(bytes(data))

    def truncated(folder: Path) -> None:
        p = real(folder)
        (folder / "s.db").write_bytes(p.read_bytes()[:5000])

    makers: list[tuple[str, Maker]] = [
        ("garbage", lambda d: _store(d, "s.db", None, b"not a database at all" * 100)),
        ("text-header", lambda d: _store(d, "s.db", None, b"SQLite format 3\x00" + b"\x00" * 84)),
        ("empty-schema-version", lambda d: _store(d, "s.db", lambda c: c.execute(
            "DELETE FROM schema_version"))),
        ("newer-schema", lambda d: _store(d, "s.db", lambda c: c.execute(
            "UPDATE schema_version SET version = 99"))),
        ("missing-tables", lambda d: _store(d, "s.db", None)),
        ("no-outbox-table", lambda d: _drop(real(d), d, "outbox")),
        ("no-progress-table", lambda d: _drop(real(d), d, "progress")),
        ("corrupt-pages", corrupt),
        ("corrupt-header", header),
        ("truncated", truncated),
    ]
    out: list[Case] = []
    for name, make in makers:
        for cmd in (("status", "--at", "2023-03-01"), ("tick", "--at", "2023-03-24"),
                    ("record", "t1", "--done", "2023-03-01")):
            argv = (cmd[0], "{d}/plan.json", *cmd[1:], "--db", "{d}/s.db")
            out.append(Case(f"store-{name}-{cmd[0]}", "store file", argv, "s.db",
                            {"plan.json": GOOD, "s.db": make}))
    out.append(Case("store-a-folder", "store file", ("status", "{d}/plan.json", "--at",
                                                     "2023-03-01", "--db", "{d}/sub"), "sub",
                    {"plan.json": GOOD, "sub/x": b""}))
    for cmd in (("status", "--at", "2023-03-01"),
                ("render", "--format", "txt", "--at", "2023-03-01", "-o", "{d}/r.txt")):
        out.append(Case(f"store-missing-{cmd[0]}", "store file",
                        (cmd[0], "{d}/plan.json", *cmd[1:], "--db", "{d}/typo.db"), "typo.db",
                        {"plan.json": GOOD}))
    return out


def all_cases() -> list[Case]:
    return _plan_cases() + _timeframe_cases() + _import_cases() + _cli_cases() + _store_cases()


def make_files(case: Case, folder: Path) -> None:
    for name, data in case.files.items():
        if callable(data):
            data(folder)
            continue
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


# -- running and judging a case (tests/test_malformed.py, benchmarks/reliability.py) ----

#: the bound on a case's run time: a hang, not a speed check
HANG = 60
#: the address-space bound of a case's process (RLIMIT_AS)
MEMORY = 2 << 30


def _limit() -> None:
    import resource
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY, MEMORY))


def run_case(case: Case, folder: Path) -> dict[str, Any]:
    """Run ``case`` in ``folder``: its exit code, stdout, stderr, whether it hung, and
    how long it took (seconds, for the reliability table; nothing asserts on it)."""
    import os
    import subprocess
    import sys
    import time
    t0 = time.monotonic()
    try:
        make_files(case, folder)
    except Exception as e:  # noqa: BLE001 - a broken case is reported, not raised
        return {"rc": None, "stdout": "", "stderr": f"case setup failed: {e!r}", "hung": False,
                "seconds": 0.0}
    argv = [a.replace("{d}", str(folder)) for a in case.argv]
    env = dict(os.environ, PLANFLOW_DB=str(folder / "default.db"),
               PLANFLOW_OUTBOX=str(folder / "outbox"), PLANFLOW_WEBHOOK_SECRET="x",
               PLANFLOW_WEBHOOK_URL="http://127.0.0.1:9/", COLUMNS="200")
    t0 = time.monotonic()
    try:
        r = subprocess.run([sys.executable, "-m", "planflow", *argv], capture_output=True,
                           text=True, env=env, timeout=HANG, preexec_fn=_limit, cwd=folder)
    except subprocess.TimeoutExpired:
        return {"rc": None, "stdout": "", "stderr": "", "hung": True, "seconds": HANG}
    return {"rc": r.returncode, "stdout": r.stdout, "stderr": r.stderr, "hung": False,
            "seconds": time.monotonic() - t0}


def check(case: Case, out: dict[str, Any], folder: Path) -> list[str]:
    """What is wrong with ``out`` for ``case`` (empty: clean)."""
    if out["hung"]:
        return [f"no answer within {HANG} s"]
    bad = []
    err = str(out["stderr"])
    lines = [x for x in err.splitlines() if x.strip()]
    if out["rc"] != 2:
        bad.append(f"exit code {out['rc']}, not 2")
    if "Traceback" in err:
        bad.append("a traceback")
    if not lines:
        bad.append("nothing on stderr")
    elif len(lines) > case.lines:
        bad.append(f"{len(lines)} lines on stderr")
    if lines and not all(x.startswith(("planflow: ", str(folder))) for x in lines):
        bad.append("a line not from planflow")
    if case.names and case.names not in err:
        bad.append(f"the error does not name {case.names!r}")
    if any(c in err for c in "\x1b\r"):
        bad.append("a control character on stderr")
    if case.id.startswith("store-missing") and (folder / "typo.db").exists():
        bad.append("created the mistyped store")
    return bad


def run_all(cases: list[Case], root: Path, workers: int = 3) -> dict[str, tuple[dict[str, Any], Path]]:
    """Run ``cases`` a few at a time, each in its own folder under ``root``."""
    import tempfile
    from concurrent.futures import ThreadPoolExecutor

    def one(case: Case) -> tuple[str, dict[str, Any], Path]:
        folder = Path(tempfile.mkdtemp(dir=root, prefix=case.id[:40] + "-"))
        return case.id, run_case(case, folder), folder

    with ThreadPoolExecutor(max_workers=workers) as pool:
        return {cid: (out, folder) for cid, out, folder in pool.map(one, cases)}
