"""CVs in S3-compatible object storage (django-storages), against a real S3 API: moto's server
on loopback, started on a free port for these tests and stopped after them.

moto runs in its own process with its working folder outside the project: it imports the
`responses` library (an HTTP mocking package), which this project's `responses` app would
shadow inside the project folder."""

import subprocess
import sys
import time
import urllib.error
import urllib.request
from datetime import timedelta
from pathlib import Path

import boto3
import pytest
from django.contrib.auth.models import Group
from django.core.management import call_command
from django.urls import reverse
from django.utils import timezone
from storages.backends.s3 import S3Storage

from responses import services
from responses.models import Response
from tests.factories import UserFactory
from tests.processes import child_env, free_port, run_python
from tests.responses import documents

pytestmark = [pytest.mark.slow, pytest.mark.django_db]

BUCKET = "opdrachtwijzer-cvs"
KEYS = {"aws_access_key_id": "testing", "aws_secret_access_key": "testing"}
REGION = "eu-central-1"


@pytest.fixture(scope="module")
def s3_endpoint(tmp_path_factory):
    port = free_port()
    process = subprocess.Popen(
        [Path(sys.executable).parent / "moto_server", "-H", "127.0.0.1", "-p", str(port)],
        cwd=tmp_path_factory.mktemp("moto"),
        env=child_env(),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    endpoint = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(endpoint + "/moto-api/", timeout=1).close()
                break
            except OSError:
                if process.poll() is not None or time.monotonic() > deadline:
                    pytest.fail("moto_server did not start")
                time.sleep(0.2)
        yield endpoint
    finally:
        process.terminate()
        process.wait(timeout=10)


@pytest.fixture
def bucket(s3_endpoint):
    client = boto3.client("s3", endpoint_url=s3_endpoint, region_name=REGION, **KEYS)
    client.create_bucket(Bucket=BUCKET, CreateBucketConfiguration={"LocationConstraint": REGION})
    yield client
    for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", []):
        client.delete_object(Bucket=BUCKET, Key=item["Key"])
    client.delete_bucket(Bucket=BUCKET)


def keys(client):
    return [item["Key"] for item in client.list_objects_v2(Bucket=BUCKET).get("Contents", [])]


def test_the_settings_take_s3_from_the_environment(s3_endpoint, bucket):
    """What `STORAGES["responses"]` becomes with the environment of the README, and a round
    trip through it in a process of its own."""
    script = (
        "from django.core.files.base import ContentFile\n"
        "from django.core.files.storage import storages\n"
        "s = storages['responses']\n"
        "print(type(s).__name__, s.default_acl, s.location)\n"
        "name = s.save('cv/proef.pdf', ContentFile(b'%PDF-1.4 proef'))\n"
        "print(name, s.open(name).read().decode(), s.exists(name))\n"
    )
    result = run_python(
        "manage.py",
        "shell",
        "--no-imports",
        "-c",
        script,
        DJANGO_SETTINGS_MODULE="config.settings.test",
        RESPONSES_S3_BUCKET=BUCKET,
        RESPONSES_S3_ENDPOINT_URL=s3_endpoint,
        RESPONSES_S3_ACCESS_KEY_ID="testing",
        RESPONSES_S3_SECRET_ACCESS_KEY="testing",
        RESPONSES_S3_REGION=REGION,
        RESPONSES_S3_PREFIX="productie",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.splitlines()[-2:] == [
        "S3Storage private productie",
        "cv/proef.pdf %PDF-1.4 proef True",
    ]
    assert keys(bucket) == ["productie/cv/proef.pdf"]


def test_a_response_round_trip_through_s3(client, respond, bucket, s3_endpoint, monkeypatch):
    storage = S3Storage(
        bucket_name=BUCKET,
        endpoint_url=s3_endpoint,
        access_key=KEYS["aws_access_key_id"],
        secret_key=KEYS["aws_secret_access_key"],
        region_name=REGION,
        default_acl="private",
        file_overwrite=False,
    )
    monkeypatch.setattr(Response._meta.get_field("cv"), "storage", storage)

    # Two app servers share the bucket: a response stored by one is read by another.
    assert respond().status_code == 302
    response = Response.objects.get()
    [key] = keys(bucket)
    assert key == response.cv.name and key.startswith("cv/") and key.endswith(".pdf")
    grants = bucket.get_object_acl(Bucket=BUCKET, Key=key)["Grants"]
    assert [grant["Permission"] for grant in grants] == ["FULL_CONTROL"]  # the owner only
    # Without credentials the object is not reachable.
    with pytest.raises(urllib.error.HTTPError):
        urllib.request.urlopen(f"{s3_endpoint}/{BUCKET}/{key}", timeout=5)

    call_command("setup_roles", verbosity=0)
    recruiter = UserFactory()
    recruiter.groups.add(Group.objects.get(name="Recruiters"))
    client.force_login(recruiter)
    download = client.get(reverse("admin:responses_response_cv", args=[response.pk]))
    assert download.status_code == 200
    assert b"".join(download.streaming_content) == documents.pdf()

    services.move(response, "decline", actor=recruiter)
    assert services.purge(now=timezone.now() + timedelta(weeks=5)).deleted == 1
    assert keys(bucket) == []
    assert not Response.objects.exists()
