"""The CI rule itself: under CI=true a skipped test fails the run."""

import subprocess
import sys

import pytest

from .processes import ROOT, child_env

SKIPPING_TEST = (
    "import pytest\n\n\ndef test_needs_something_missing():\n    pytest.skip('no server')\n"
)


@pytest.mark.parametrize(("ci", "exit_code"), [("true", 1), ("", 0)])
def test_a_skip_fails_the_run_only_under_ci(tmp_path, ci, exit_code):
    (tmp_path / "test_skipping.py").write_text(SKIPPING_TEST)
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "pytest",
            "-p",
            "tests.conftest",
            "-q",
            "-p",
            "no:cacheprovider",
            "--rootdir",
            str(ROOT),
            "-c",
            str(ROOT / "pyproject.toml"),
            str(tmp_path),
        ],
        cwd=ROOT,
        env=child_env(CI=ci),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == exit_code, result.stdout + result.stderr
    if ci:
        assert "Skipped under CI=true" in result.stdout
