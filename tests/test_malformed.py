"""Every malformed input of tests/malformed.py, as a real ``planflow`` subprocess: exit
code 2, one line on stderr naming the file or field (validate may list a few problems),
no traceback, no hang (a 60 s bound) and at most 2 GB of address space (RLIMIT_AS). The
cases run a few at a time in threads; each is reported as its own test."""

from __future__ import annotations

import pytest

from .malformed import all_cases, check, run_all

#: long: real subprocesses by the dozen (CI runs it; -m "not heavy" skips it locally)
pytestmark = pytest.mark.heavy

CASES = all_cases()


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    return run_all(CASES, tmp_path_factory.mktemp("malformed"))


def test_there_are_enough_cases():
    assert len(CASES) >= 150
    assert len({c.id for c in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[c.id for c in CASES])
def test_malformed_input_is_one_clean_line(case, results):
    out, folder = results[case.id]
    problems = check(case, out, folder)
    if case.known:
        assert problems, f"{case.id} is handled now: remove its known reason"
        pytest.xfail(case.known)
    assert not problems, (problems, out["stderr"][-2000:], out["stdout"][-500:])
