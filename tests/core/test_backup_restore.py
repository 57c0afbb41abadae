"""The restore drill: back up a seeded database and its uploaded files, restore both into a new
database and an empty storage, and find the same public pages, the same row counts and the
same files. On the run's engine: PostgreSQL (pg_dump's custom format) in the PostgreSQL run,
SQLite in the other."""

import hashlib
import json
import os
import secrets
from pathlib import Path

import psycopg
import pytest

from tests.processes import run_python

pytestmark = pytest.mark.slow

SNAPSHOT = r"""
import hashlib, json
import django
django.setup()
from django.test import Client
from django.core.files.storage import storages
from assignments.models import Assignment
from organisations.models import Organisation
from django.conf import settings
from core.backups import row_counts, storage_files

client = Client()
paths = [
    "/", "/opdrachten/", "/opdrachten/?page=2", "/opdrachten/?role=press&min_home_days=2",
    "/organisaties/", "/inzichten/", "/veelgestelde-vragen/", "/sitemap.xml",
    "/sitemap-assignments.xml", "/opdrachten/feed/", "/opdrachten/feed/atom/",
]
paths += [a.get_absolute_url() for a in Assignment.objects.public().order_by("pk")[:8]]
paths += [o.get_absolute_url() for o in Organisation.objects.order_by("pk")[:4]]
pages = {}
for path in paths:
    response = client.get(path)
    pages[path] = [response.status_code, hashlib.sha256(response.content).hexdigest()]
files = {}
for alias in settings.BACKUP_STORAGES:
    for name in storage_files(alias):
        with storages[alias].open(name, "rb") as handle:
            files[f"{alias}/{name}"] = hashlib.sha256(handle.read()).hexdigest()
print(json.dumps({"pages": pages, "rows": row_counts(), "files": files}))
"""

UPLOADS = r"""
import django
django.setup()
from django.core.files.base import ContentFile
from django.core.files.storage import default_storage
default_storage.save("cv/2026/11/c8f1e2.pdf", ContentFile(b"%PDF-1.7 cv van Jan de Vries"))
default_storage.save("cv/2026/11/a93b07.docx", ContentFile(bytes(range(256)) * 40))
default_storage.save("logo.svg", ContentFile(b"<svg xmlns='http://www.w3.org/2000/svg'/>"))
"""


@pytest.fixture
def database_urls(tmp_path):
    """A new source and a new target database of the engine this run uses."""
    url = os.environ.get("DATABASE_URL", "")
    if not url.startswith("postgres"):
        yield [f"sqlite:///{tmp_path / name}.sqlite3" for name in ("source", "target")]
        return
    base, _slash, _name = url.rpartition("/")
    names = [f"drill_{role}_{secrets.token_hex(4)}" for role in ("source", "target")]
    with psycopg.connect(url.replace("postgres://", "postgresql://"), autocommit=True) as admin:
        for name in names:
            admin.execute(f'CREATE DATABASE "{name}"')
        try:
            yield [f"{base}/{name}" for name in names]
        finally:
            # Every client of these databases has exited by now. A plain DROP also stops an
            # autovacuum worker still busy there; WITH (FORCE) would refuse to (PostgreSQL 15
            # asks a non-superuser for pg_signal_backend to end one: a CI run failed on it).
            for name in names:
                admin.execute(f'DROP DATABASE IF EXISTS "{name}"')


def folders(media):
    """The uploads of one side of the drill: MEDIA_ROOT and, beside it, the candidates' CVs
    (the `responses` storage), each side its own."""
    return {"MEDIA_ROOT": str(media), "RESPONSES_DIR": str(media.with_name(media.name + "-cv"))}


def manage(*args, database, media):
    result = run_python(
        "manage.py",
        *args,
        DJANGO_SETTINGS_MODULE="config.settings.test",
        DATABASE_URL=database,
        **folders(media),
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return result


def python(script, *, database, media):
    result = run_python(
        "-c",
        script,
        DJANGO_SETTINGS_MODULE="config.settings.test",
        DATABASE_URL=database,
        LOG_LEVEL="WARNING",
        **folders(media),
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip().splitlines()[-1] if result.stdout.strip() else ""


def test_a_backup_restores_into_a_new_database_with_the_same_pages(database_urls, tmp_path):
    source, target = database_urls
    source_media, target_media = tmp_path / "media-source", tmp_path / "media-target"
    manage("migrate", "-v", "0", database=source, media=source_media)
    manage("seed_demo", "--assignments", "400", database=source, media=source_media)
    python(UPLOADS, database=source, media=source_media)
    before = json.loads(python(SNAPSHOT, database=source, media=source_media))
    assert all(status == 200 for status, _digest in before["pages"].values()), before["pages"]
    assert before["rows"]["assignments.Assignment"] == 400
    # The three uploads, and the demo responses' CVs in their own storage.
    cvs = [name for name in before["files"] if name.startswith("responses/")]
    assert len(before["files"]) - len(cvs) == 3
    assert len(cvs) == before["rows"]["responses.Response"] > 0

    made = manage(
        "backup", "--output", str(tmp_path / "backups"), database=source, media=source_media
    )
    folder = Path(made.stdout.strip().splitlines()[-1])
    dump = folder / ("database.dump" if source.startswith("postgres") else "database.sqlite3")
    assert dump.stat().st_size > 0
    if source.startswith("postgres"):
        assert dump.read_bytes()[:5] == b"PGDMP"  # pg_dump's custom format
    manifest = json.loads((folder / "manifest.json").read_text())
    assert manifest["rows"] == before["rows"]

    restored = manage("restore", str(folder), database=target, media=target_media)
    assert "Restored" in restored.stdout
    after = json.loads(python(SNAPSHOT, database=target, media=target_media))

    assert after["pages"] == before["pages"]
    assert after["rows"] == before["rows"]
    assert after["files"] == before["files"]
    upload = target_media / "cv" / "2026" / "11" / "c8f1e2.pdf"
    assert (
        hashlib.sha256(upload.read_bytes()).hexdigest()
        == before["files"]["default/cv/2026/11/c8f1e2.pdf"]
    )
    # The CVs are back in the target's own CV folder (not read from the source's).
    cv_folder = Path(folders(target_media)["RESPONSES_DIR"])
    assert sorted(
        f"responses/{path.relative_to(cv_folder)}" for path in cv_folder.rglob("*.*")
    ) == sorted(cvs)

    # A restore never lands on a database that holds the site by accident.
    again = run_python(
        "manage.py",
        "restore",
        str(folder),
        DJANGO_SETTINGS_MODULE="config.settings.test",
        DATABASE_URL=target,
        **folders(target_media),
    )
    assert again.returncode != 0
    assert "already holds the site's tables" in again.stderr
    # With --replace it does, and finds the same again.
    manage("restore", "--replace", str(folder), database=target, media=target_media)
    assert (
        json.loads(python(SNAPSHOT, database=target, media=target_media))["rows"] == before["rows"]
    )


def test_a_damaged_backup_is_refused(database_urls, tmp_path):
    source, target = database_urls
    media = tmp_path / "media"
    manage("migrate", "-v", "0", database=source, media=media)
    python(UPLOADS, database=source, media=media)
    folder = Path(
        manage("backup", "--output", str(tmp_path / "b"), database=source, media=media)
        .stdout.strip()
        .splitlines()[-1]
    )
    (folder / "files" / "default" / "logo.svg").write_bytes(b"<svg onload=alert(1)/>")
    result = run_python(
        "manage.py",
        "restore",
        str(folder),
        DJANGO_SETTINGS_MODULE="config.settings.test",
        DATABASE_URL=target,
        **folders(tmp_path / "media-target"),
    )
    assert result.returncode != 0
    assert "is damaged" in result.stderr
    # Refused before anything was changed: the target database is still empty.
    tables = run_python(
        "manage.py",
        "shell",
        "-c",
        "from django.db import connection; print(len(connection.introspection.table_names()))",
        DJANGO_SETTINGS_MODULE="config.settings.test",
        DATABASE_URL=target,
    )
    assert tables.stdout.strip().splitlines()[-1] == "0"
