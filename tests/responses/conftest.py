import pytest
from django.urls import reverse

from core.dates import local_today
from responses.models import Response
from tests.factories import AssignmentFactory
from tests.responses import documents


@pytest.fixture
def assignment():
    return AssignmentFactory(title="Woordvoerder Waterschap", slug="woordvoerder-waterschap")


def form_data(**changes):
    data = {
        "name": "Fenna Testers",
        "email": "Fenna.Testers@Example.nl",
        "phone": "06 12345678",
        "motivation": "Ik heb acht jaar ervaring als woordvoerder bij een waterschap.",
        "available_from": local_today().isoformat(),
        "hours_per_week": "32",
        "rate": "95.50",
        "consent": "on",
        "website": "",
    }
    data.update(changes)
    return {key: value for key, value in data.items() if value is not None}


@pytest.fixture
def respond(client, assignment):
    """Posts the response form of `assignment` with a valid PDF unless told otherwise."""

    def post(cv=None, target=None, **changes):
        data = form_data(**changes)
        if cv is not False:
            data["cv"] = cv or documents.upload(documents.pdf(), "Fenna cv.pdf")
        url = reverse("responses:respond", args=[(target or assignment).slug])
        return client.post(url, data, REMOTE_ADDR=changes.pop("REMOTE_ADDR", "192.0.2.10"))

    return post


def stored_files(storage):
    try:
        _folders, files = storage.listdir("cv")
    except FileNotFoundError:
        return []
    return files


def nothing_stored(storage):
    return not Response.objects.exists() and stored_files(storage) == []
