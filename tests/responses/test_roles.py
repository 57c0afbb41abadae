"""setup_roles for responses: Recruiters see and move responses and download CVs; Editors
see none of it. A test per group and page."""

import pytest
from django.contrib.auth.models import Group
from django.contrib.messages import get_messages
from django.core.management import call_command
from django.urls import reverse

from responses.models import Response
from tests.factories import UserFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def pages(respond, assignment):
    call_command("setup_roles", verbosity=0)
    respond()
    response = Response.objects.get()
    return {
        "list": reverse("admin:responses_response_changelist"),
        "change": reverse("admin:responses_response_change", args=[response.pk]),
        "cv": reverse("admin:responses_response_cv", args=[response.pk]),
        "delete": reverse("admin:responses_response_delete", args=[response.pk]),
        "add": reverse("admin:responses_response_add"),
        "access log": reverse("admin:responses_responseaccess_changelist"),
        "assignment": reverse("admin:assignments_assignment_change", args=[assignment.pk]),
    }


def log_in(client, group):
    user = UserFactory()
    if group:
        user.groups.add(Group.objects.get(name=group))
    client.force_login(user)


@pytest.mark.parametrize(
    ("group", "page", "status"),
    [
        ("Recruiters", "list", 200),
        ("Recruiters", "change", 200),
        ("Recruiters", "cv", 200),
        ("Recruiters", "assignment", 200),
        ("Recruiters", "delete", 403),
        ("Recruiters", "add", 403),
        ("Recruiters", "access log", 403),
        ("Editors", "list", 403),
        ("Editors", "change", 403),
        ("Editors", "cv", 403),
        ("Editors", "delete", 403),
        ("Editors", "add", 403),
        ("Editors", "access log", 403),
        ("Editors", "assignment", 403),
        (None, "list", 403),
        (None, "cv", 403),
    ],
)
def test_each_group_on_each_page(client, pages, group, page, status):
    log_in(client, group)
    assert client.get(pages[page]).status_code == status


@pytest.mark.parametrize(("group", "status"), [("Editors", 403), ("Recruiters", 302)])
def test_a_post_of_the_change_form_is_refused_to_those_who_may_not_change_responses(
    client, pages, group, status
):
    """The change form saves nothing for anyone; who may not change responses is not even
    told so, but refused, as on a GET."""
    log_in(client, group)
    posted = client.post(pages["change"], {"_save": "Opslaan"})
    assert posted.status_code == status
    assert bool(list(get_messages(posted.wsgi_request))) == (group == "Recruiters")


@pytest.mark.parametrize("page", ["list", "change", "cv", "access log"])
def test_anonymous_visitors_are_sent_to_the_login(client, pages, page):
    response = client.get(pages[page])
    assert response.status_code == 302
    assert response.url.startswith(reverse("admin:login"))


def test_recruiters_see_the_pipeline_buttons_and_the_download(client, pages):
    log_in(client, "Recruiters")
    page = client.get(pages["change"]).content.decode()
    assert "Contact gehad" in page and pages["cv"] in page


def test_staff_without_the_download_right_see_no_download_link(client, pages):
    from django.contrib.auth.models import Permission

    user = UserFactory()
    user.user_permissions.add(Permission.objects.get(codename="view_response"))
    client.force_login(user)
    page = client.get(pages["change"]).content.decode()
    assert pages["cv"] not in page
    assert "Contact gehad" not in page  # viewing is not moving
    assert client.get(pages["cv"]).status_code == 403


def test_recruiters_without_response_rights_see_no_responses_on_the_assignment(client, pages):
    from django.contrib.auth.models import Permission

    user = UserFactory()
    user.user_permissions.add(
        *Permission.objects.filter(codename__in=["view_assignment", "change_assignment"])
    )
    client.force_login(user)
    page = client.get(pages["assignment"]).content.decode()
    assert "Fenna Testers" not in page and "reacties per status" not in page
