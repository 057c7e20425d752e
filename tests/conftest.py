from __future__ import annotations

from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
SEED = FIXTURES / "articles" / "seed-us-china-tariffs.txt"


@pytest.fixture
def seed_path() -> Path:
    return SEED
