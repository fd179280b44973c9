"""SIGKILL at random moments of real ticks against aiosmtpd and an HTTP receiver: the
store stays intact (PRAGMA integrity_check) and nothing is lost or sent twice outside
the documented window (tests/kill_campaign.py; benchmarks/kill_campaign.py runs >= 100)."""

from __future__ import annotations

import pytest

from .kill_campaign import run


@pytest.mark.heavy
def test_random_kills_during_ticks_lose_nothing_and_keep_the_store_intact(tmp_path):
    tally = run(10, tmp_path, tasks=10, seed=1214)
    assert tally.kills >= 10
    assert tally.integrity_ok == tally.kills, tally.problems
    assert tally.clean, tally
    assert tally.lost == 0 and tally.outbox_duplicated == 0 and tally.beyond_window == 0
