"""The systemd units in deploy/systemd/ are valid units whose programs exist: each is checked
by `systemd-analyze verify` with the paths of this checkout in place of /srv/opdrachtwijzer."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
UNITS = sorted((ROOT / "deploy" / "systemd").glob("*.service"))


def localised(unit, folder):
    text = unit.read_text()
    text = text.replace("/srv/opdrachtwijzer/.venv/bin", str(Path(sys.executable).parent))
    text = text.replace("/srv/opdrachtwijzer", str(ROOT))
    text = text.replace("/etc/opdrachtwijzer/env", str(folder / "env"))
    text = text.replace("=opdrachtwijzer\n", "=root\n")  # User= and Group=
    path = folder / unit.name
    path.write_text(text)
    return path


def test_there_are_units_for_the_app_server_the_worker_and_the_scheduler():
    assert [unit.name for unit in UNITS] == [
        "opdrachtwijzer-scheduler.service",
        "opdrachtwijzer-web.service",
        "opdrachtwijzer-worker@.service",
    ]


@pytest.mark.parametrize("unit", UNITS, ids=lambda unit: unit.name)
def test_unit_verifies(unit, tmp_path):
    analyze = shutil.which("systemd-analyze")
    assert analyze, "systemd-analyze is missing (Debian package systemd)"
    (tmp_path / "env").write_text("DJANGO_SETTINGS_MODULE=config.settings.production\n")
    path = localised(unit, tmp_path)
    if unit.name.endswith("@.service"):
        path = path.rename(tmp_path / unit.name.replace("@", "@1"))
    result = subprocess.run(
        [analyze, "verify", str(path)], capture_output=True, text=True, timeout=60, check=False
    )
    # Unknown keys are only warnings to systemd: any output at all fails the test.
    assert result.returncode == 0 and not (result.stdout + result.stderr).strip(), (
        result.stdout + result.stderr
    )
