"""Backups of the database and the uploaded files, and their restore (`manage.py backup`,
`manage.py restore`, `make backup`, `make restore`; docs/operations.md).

A backup is a folder:

    opdrachtwijzer-20261130-021500/
        manifest.json        when, which database, the row count of every table, every file
        database.dump        PostgreSQL: pg_dump's custom format (compressed, pg_restore reads it)
        database.sqlite3     SQLite (trying the site out): a consistent copy of the file
        files/<alias>/...    every file of each storage in BACKUP_STORAGES

Files are read and written through Django's storage API, so a storage of any kind (the file
system, S3-compatible object storage) is backed up the same way; BACKUP_STORAGES names the
aliases of STORAGES that hold uploads ("default", and e.g. the CVs' own alias).

A restore goes into an empty database (or, with `replace`, over an existing one), then checks
every table's row count and every file's checksum against the manifest, and raises the public
data version past any value used before so that no cache anywhere serves a page from before.
"""

import hashlib
import json
import os
import shutil
import sqlite3
import subprocess
import time
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.cache import caches
from django.core.files import File
from django.core.files.storage import storages
from django.db import connection, connections, transaction
from django.db.models import F
from django.db.models.functions import Greatest
from django.utils import timezone

from .cache import CACHE_ALIAS
from .models import PublicDataVersion

MANIFEST = "manifest.json"
FORMAT = 1


class BackupError(Exception):
    """A backup or restore that cannot go on; the message says why."""


# Where things are -----------------------------------------------------------------------------


def postgres_tool(name):
    """pg_dump or pg_restore: from PG_BIN_DIR, the PATH, or the newest Debian server."""
    if os.environ.get("PG_BIN_DIR"):
        return str(Path(os.environ["PG_BIN_DIR"]) / name)
    found = shutil.which(name)
    if found:
        return found
    candidates = sorted(
        Path("/usr/lib/postgresql").glob(f"*/bin/{name}"), key=lambda path: int(path.parts[-3])
    )
    if not candidates:
        raise BackupError(f"{name} not found: install the PostgreSQL client or set PG_BIN_DIR.")
    return str(candidates[-1])


def postgres_environment():
    database = settings.DATABASES["default"]
    env = {**os.environ}
    for variable, key in [
        ("PGHOST", "HOST"),
        ("PGPORT", "PORT"),
        ("PGUSER", "USER"),
        ("PGPASSWORD", "PASSWORD"),
        ("PGDATABASE", "NAME"),
    ]:
        if database.get(key):
            env[variable] = str(database[key])
    return env


def run(command):
    result = subprocess.run(  # noqa: S603 -- our own tool and arguments
        command, env=postgres_environment(), capture_output=True, text=True, check=False
    )
    if result.returncode:
        raise BackupError(f"{Path(command[0]).name} failed: {result.stderr.strip()}")
    return result


def counted_models():
    return [model for model in apps.get_models() if model._meta.managed and not model._meta.proxy]


def row_counts():
    """The number of rows of every table of the project's and Django's models."""
    return {model._meta.label: model._base_manager.count() for model in counted_models()}


def sqlite_row_counts(path):
    """The same, read from an SQLite file of our own."""
    database = sqlite3.connect(path)
    try:
        return {
            model._meta.label: database.execute(
                f'SELECT COUNT(*) FROM "{model._meta.db_table}"'  # noqa: S608 -- model tables
            ).fetchone()[0]
            for model in counted_models()
        }
    finally:
        database.close()


def storage_files(alias):
    """Every file in a storage, walked through the storage API."""
    storage = storages[alias]
    pending = [""]
    while pending:
        folder = pending.pop()
        try:
            folders, files = storage.listdir(folder)
        except FileNotFoundError:
            continue
        pending.extend(f"{folder}{name}/" for name in folders)
        yield from (f"{folder}{name}" for name in files)


def checksum(handle, copy_to=None):
    """The SHA-256 of what `handle` holds; written to `copy_to` on the way, when given."""
    digest = hashlib.sha256()
    for chunk in iter(lambda: handle.read(1 << 20), b""):
        digest.update(chunk)
        if copy_to is not None:
            copy_to.write(chunk)
    return digest.hexdigest()


# Backup ---------------------------------------------------------------------------------------


def backup(output):
    """Writes a backup folder inside `output` and returns its path."""
    stamp = timezone.localtime().strftime("%Y%m%d-%H%M%S")
    target = Path(output) / f"opdrachtwijzer-{stamp}"
    target.mkdir(parents=True, exist_ok=False)
    vendor = connection.vendor
    if vendor == "postgresql":
        rows = dump_postgres(target / "database.dump")
    elif vendor == "sqlite":
        source = sqlite3.connect(settings.DATABASES["default"]["NAME"])
        copy = sqlite3.connect(target / "database.sqlite3")
        with copy:
            source.backup(copy)
        copy.close()
        source.close()
        rows = sqlite_row_counts(target / "database.sqlite3")
    else:
        raise BackupError(f"Backups of a {vendor} database are not supported.")
    files = {}
    for alias in settings.BACKUP_STORAGES:
        storage = storages[alias]
        files[alias] = {}
        for name in storage_files(alias):
            destination = target / "files" / alias / name
            destination.parent.mkdir(parents=True, exist_ok=True)
            with storage.open(name, "rb") as source, destination.open("wb") as copy:
                files[alias][name] = checksum(source, copy_to=copy)
    manifest = {
        "format": FORMAT,
        "created_at": timezone.now().isoformat(),
        "database": vendor,
        "rows": rows,
        "files": files,
    }
    (target / MANIFEST).write_text(json.dumps(manifest, indent=2, sort_keys=True) + "\n")
    return target


def dump_postgres(path):
    """pg_dump in the custom format, of the very snapshot in which the rows are counted: the
    site may go on writing meanwhile, and the restore checks the counts exactly."""
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ")
        cursor.execute("SELECT pg_export_snapshot()")
        snapshot = cursor.fetchone()[0]
        rows = row_counts()
        run(
            [
                postgres_tool("pg_dump"),
                "--format=custom",
                "--no-owner",
                "--no-privileges",
                f"--snapshot={snapshot}",
                f"--file={path}",
            ]
        )
    return rows


# Restore --------------------------------------------------------------------------------------


def read_manifest(source):
    path = Path(source) / MANIFEST
    if not path.exists():
        raise BackupError(f"{source} is not a backup: it has no {MANIFEST}.")
    manifest = json.loads(path.read_text())
    if manifest.get("format") != FORMAT:
        raise BackupError(f"{source} is a backup of another format ({manifest.get('format')}).")
    return manifest


def database_is_empty():
    return not set(connection.introspection.table_names()) & {
        model._meta.db_table for model in apps.get_models()
    }


def restore(source, *, replace=False):
    """Restores a backup folder into the configured database and storages. Returns the
    manifest. Refuses a database that holds the site's tables unless `replace`."""
    source = Path(source)
    manifest = read_manifest(source)
    vendor = connection.vendor
    if manifest["database"] != vendor:
        raise BackupError(
            f"This backup is of a {manifest['database']} database; the configured one is {vendor}."
        )
    if not replace and not database_is_empty():
        raise BackupError(
            "The configured database already holds the site's tables. Restore into a new, "
            "empty database (see docs/operations.md), or pass --replace to overwrite it."
        )
    verify_files(source, manifest)  # before anything is changed
    if vendor == "postgresql":
        connections.close_all()
        command = [
            postgres_tool("pg_restore"),
            "--no-owner",
            "--no-privileges",
            "--exit-on-error",
            "--single-transaction",
            f"--dbname={settings.DATABASES['default']['NAME']}",
        ]
        if replace:
            command += ["--clean", "--if-exists"]
        run([*command, str(source / "database.dump")])
    else:
        connections.close_all()
        backup_copy = sqlite3.connect(source / "database.sqlite3")
        target = sqlite3.connect(settings.DATABASES["default"]["NAME"])
        with target:
            backup_copy.backup(target)
        target.close()
        backup_copy.close()
    restore_files(source, manifest)
    check(manifest)
    leave_no_stale_page()
    return manifest


def verify_files(source, manifest):
    for alias, files in manifest["files"].items():
        if alias not in settings.STORAGES:
            raise BackupError(
                f"The backup has files of the storage {alias!r}, which is not set up."
            )
        for name, digest in files.items():
            path = source / "files" / alias / name
            if not path.exists():
                raise BackupError(f"{path} is missing from the backup.")
            with path.open("rb") as handle:
                if checksum(handle) != digest:
                    raise BackupError(f"{path} is damaged: its checksum differs from the manifest.")


def restore_files(source, manifest):
    for alias, files in manifest["files"].items():
        storage = storages[alias]
        for name in files:
            path = source / "files" / alias / name
            if storage.exists(name):
                storage.delete(name)
            with path.open("rb") as handle:
                saved = storage.save(name, File(handle, name=Path(name).name))
            if saved != name:
                raise BackupError(f"{alias}: {name} was stored as {saved}.")


def check(manifest):
    counts = row_counts()
    different = {
        label: (count, counts.get(label))
        for label, count in manifest["rows"].items()
        if counts.get(label) != count
    }
    if different:
        details = ", ".join(
            f"{label}: {want} in the backup, {got} now" for label, (want, got) in different.items()
        )
        raise BackupError(f"The restored rows differ from the backup: {details}.")
    for alias, files in manifest["files"].items():
        storage = storages[alias]
        for name, digest in files.items():
            with storage.open(name, "rb") as handle:
                if checksum(handle) != digest:
                    raise BackupError(f"{alias}: {name} differs after the restore.")


def leave_no_stale_page():
    """The restored version counter may have been used before with other data: raise it past
    every value the site can have used (the time in milliseconds, far above any count of
    changes) and empty the cache this process reaches."""
    floor = int(time.time() * 1000)
    PublicDataVersion.objects.filter(pk=1).update(value=Greatest(F("value"), floor))
    PublicDataVersion.objects.get_or_create(pk=1, defaults={"value": floor})
    caches[CACHE_ALIAS].clear()
