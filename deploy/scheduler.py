"""Runs the scheduled commands of deploy/crontab on one machine, as cron would.

    python deploy/scheduler.py                 # every minute, the lines that are due
    python deploy/scheduler.py --run-all-once  # every line once now, then exit

On a real host the crontab's lines go to cron (see the file); this loop is for `make stack`
and for hosts without cron. It reads the same file, so the schedule is written once. Each
command runs as its own `manage.py` process, with this process's environment, one at a time;
a command this release does not have yet (say `purge_responses` before the responses app) is
reported once and skipped.
"""

import argparse
import shlex
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
CRONTAB = Path(__file__).resolve().parent / "crontab"
ZONE = ZoneInfo("Europe/Amsterdam")
# crontab(5) fields: minute, hour, day of month, month, day of week (0 or 7 is Sunday).
RANGES = ((0, 59), (0, 23), (1, 31), (1, 12), (0, 7))


def parse_field(text, low, high):
    """The set of values a crontab field allows: `*`, `5`, `1-5`, `*/15`, `0-30/10`, `1,3`."""
    values = set()
    for part in text.split(","):
        spec, _, step_text = part.partition("/")
        step = int(step_text) if step_text else 1
        if spec == "*":
            start, stop = low, high
        elif "-" in spec:
            start, stop = (int(number) for number in spec.split("-", 1))
        else:
            start = stop = int(spec)
        if not (low <= start <= stop <= high) or step < 1:
            raise ValueError(f"{part!r} is outside {low}-{high}")
        values.update(range(start, stop + 1, step))
    return values


@dataclass(frozen=True)
class Entry:
    fields: tuple
    command: tuple
    day_restricted: bool
    weekday_restricted: bool

    @classmethod
    def parse(cls, line):
        parts = line.split(None, 5)
        if len(parts) < 6:
            raise ValueError(f"expected five time fields and a command: {line!r}")
        fields = tuple(
            parse_field(text, low, high)
            for text, (low, high) in zip(parts[:5], RANGES, strict=True)
        )
        return cls(fields, tuple(shlex.split(parts[5])), parts[2] != "*", parts[4] != "*")

    def due(self, moment):
        minutes, hours, days, months, weekdays = self.fields
        weekday = moment.isoweekday() % 7  # Sunday is 0 (and 7)
        day_ok = moment.day in days
        weekday_ok = weekday in weekdays or (weekday == 0 and 7 in weekdays)
        # cron's rule: with both day fields restricted, either one matching is enough.
        if self.day_restricted and self.weekday_restricted:
            day_matches = day_ok or weekday_ok
        else:
            day_matches = day_ok and weekday_ok
        return (
            moment.minute in minutes and moment.hour in hours and moment.month in months
        ) and day_matches


def read_crontab(path=CRONTAB):
    entries = []
    for line in path.read_text().splitlines():
        line = line.strip()
        if line and not line.startswith("#"):
            entries.append(Entry.parse(line))
    return entries


def available_commands():
    listing = subprocess.run(
        [sys.executable, "manage.py", "help", "--commands"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    return set(listing.split())


def run(entry, known, reported):
    name = entry.command[0]
    if name not in known:
        if name not in reported:
            reported.add(name)
            log(f"{name}: not a command of this release; skipped until it is.")
        return None
    started = time.monotonic()
    result = subprocess.run(  # noqa: S603 -- our own manage.py with the crontab's arguments
        [sys.executable, "manage.py", *entry.command],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
    )
    output = (result.stdout + result.stderr).strip().replace("\n", " | ")
    log(
        f"{' '.join(entry.command)}: exit {result.returncode} in "
        f"{time.monotonic() - started:.1f} s. {output}"
    )
    return result.returncode


def log(message):
    stamp = datetime.now(ZONE).strftime("%Y-%m-%d %H:%M:%S")
    print(f"[scheduler {stamp}] {message}", flush=True)


def main(argv=None):
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--crontab", type=Path, default=CRONTAB)
    parser.add_argument(
        "--run-all-once", action="store_true", help="Run every line once now, then exit."
    )
    options = parser.parse_args(argv)
    entries = read_crontab(options.crontab)
    known = available_commands()
    reported = set()
    if options.run_all_once:
        codes = [run(entry, known, reported) for entry in entries]
        return 1 if any(code for code in codes if code) else 0
    log(f"{len(entries)} scheduled command(s) from {options.crontab}")
    moment = datetime.now(ZONE).replace(second=0, microsecond=0)
    while True:
        for entry in entries:
            if entry.due(moment):
                run(entry, known, reported)
        moment += timedelta(minutes=1)
        # Sleep to the next whole minute; a run that took longer catches up at once.
        time.sleep(max(0.0, (moment - datetime.now(ZONE)).total_seconds()))


if __name__ == "__main__":
    try:
        sys.exit(main())
    except KeyboardInterrupt:
        sys.exit(0)
