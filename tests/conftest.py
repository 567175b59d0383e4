from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DEV = ROOT.parent / "shared" / "eval" / "dev"


def pytest_addoption(parser):
    parser.addoption("--update-golden", action="store_true", help="Rewrite tests/golden/*.json from the current output.")


@pytest.fixture
def update_golden(request):
    return request.config.getoption("--update-golden")


@pytest.fixture(scope="session")
def dev_dir():
    if not DEV.is_dir():
        pytest.skip("../shared/eval/dev not present (a user's fresh clone has no ../shared)")
    return DEV
