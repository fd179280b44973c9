"""What a clerk reads when importing and validating the real plans the project is built on
(../shared/corpus/plans 01-14): no English sentence in a Vietnamese plan's lines. Found
by running these commands: 409 validate lines of real imported plans spoke English (the
warnings a plan file kept lost their words on the way through it)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.test_cli_words import english_words

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus" / "plans"
PLANS = sorted(CORPUS.glob("[01][0-9]_*.md")) if CORPUS.is_dir() else []
PLANS = [p for p in PLANS if int(p.name[:2]) <= 14]  # 15-19 are kept aside to measure


@pytest.mark.skipif(not PLANS, reason=f"the development corpus is not at {CORPUS}")
def test_importing_and_validating_real_plans_speaks_vietnamese(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k != "PLANFLOW_LANG"}
    english: list[str] = []
    for source in PLANS:
        plan = tmp_path / f"{source.stem}.toml"
        for args in (["import", str(source), "-o", str(plan)], ["validate", str(plan)]):
            r = subprocess.run([sys.executable, "-m", "planflow", *args], capture_output=True,
                               text=True, env=env)
            assert r.returncode == 0, r.stderr
            english += [f"{source.name}: {ln}" for ln in (r.stdout + r.stderr).splitlines()
                        if english_words(ln)]
    assert english == []
