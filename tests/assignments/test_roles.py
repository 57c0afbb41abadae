"""setup_roles: exactly the permissions each group needs, page by page, and idempotent."""

from io import StringIO

import pytest
from django.contrib.auth.models import Group, Permission
from django.core.management import call_command
from django.urls import reverse

from tests.factories import (
    AssignmentFactory,
    FaqPageFactory,
    OrganisationFactory,
    ToolFactory,
    UserFactory,
)

pytestmark = pytest.mark.django_db


def setup_roles():
    out = StringIO()
    call_command("setup_roles", stdout=out)
    return out.getvalue()


def codenames(name):
    return set(
        Group.objects.get(name=name).permissions.values_list("content_type__app_label", "codename")
    )


def member(client, group):
    user = UserFactory()
    if group:
        user.groups.add(Group.objects.get(name=group))
    client.force_login(user)
    return client


def test_recruiters_get_exactly_their_permissions():
    output = setup_roles()
    assert "Recruiters: created" in output
    assert codenames("Recruiters") == {
        ("assignments", "view_assignment"),
        ("assignments", "add_assignment"),
        ("assignments", "change_assignment"),
        ("assignments", "publish_assignment"),
        ("assignments", "view_screeningevent"),
        ("organisations", "view_organisation"),
        ("organisations", "add_organisation"),
        ("organisations", "change_organisation"),
        ("organisations", "view_tool"),
        ("organisations", "add_tool"),
        ("organisations", "change_tool"),
        ("responses", "view_response"),
        ("responses", "change_response"),
        ("responses", "download_cv"),
        ("responses", "view_responseevent"),
    }


def test_editors_get_every_faq_permission_and_nothing_else():
    setup_roles()
    faq = set(
        Permission.objects.filter(content_type__app_label="faq").values_list(
            "content_type__app_label", "codename"
        )
    )
    assert codenames("Editors") == faq
    assert {("faq", "change_faqpage"), ("faq", "delete_faqentry")} <= faq


def test_running_twice_gives_the_same_groups_and_removes_extras():
    setup_roles()
    first = {name: codenames(name) for name in ("Recruiters", "Editors")}
    recruiters = Group.objects.get(name="Recruiters")
    recruiters.permissions.add(Permission.objects.get(codename="delete_assignment"))
    recruiters.permissions.add(Permission.objects.get(codename="change_user"))
    output = setup_roles()
    assert "Recruiters: updated" in output
    assert "2 removed" in output
    assert {name: codenames(name) for name in ("Recruiters", "Editors")} == first
    assert "unchanged" in setup_roles()
    assert {name: codenames(name) for name in ("Recruiters", "Editors")} == first
    assert Group.objects.filter(name__in=["Recruiters", "Editors"]).count() == 2


def test_neither_group_can_manage_users():
    setup_roles()
    for name in ("Recruiters", "Editors"):
        assert not {label for label, _codename in codenames(name)} & {"auth", "admin"}


@pytest.fixture
def pages():
    assignment = AssignmentFactory()
    organisation = OrganisationFactory()
    tool = ToolFactory()
    return {
        "assignments": [
            reverse("admin:assignments_assignment_changelist"),
            reverse("admin:assignments_assignment_add"),
            reverse("admin:assignments_assignment_change", args=[assignment.pk]),
            reverse("admin:assignments_screeningevent_changelist"),
        ],
        "organisations": [
            reverse("admin:organisations_organisation_changelist"),
            reverse("admin:organisations_organisation_add"),
            reverse("admin:organisations_organisation_change", args=[organisation.pk]),
            reverse("admin:organisations_tool_changelist"),
            reverse("admin:organisations_tool_change", args=[tool.pk]),
        ],
        "users": [reverse("admin:auth_user_changelist"), reverse("admin:auth_group_changelist")],
        "delete": [reverse("admin:assignments_assignment_delete", args=[assignment.pk])],
    }


def test_recruiter_pages(client, pages):
    setup_roles()
    member(client, "Recruiters")
    for url in pages["assignments"] + pages["organisations"]:
        assert client.get(url).status_code == 200, url
    for url in pages["users"] + pages["delete"]:
        assert client.get(url).status_code == 403, url
    # The history is read-only, even for the people who make it.
    assert client.get(reverse("admin:assignments_screeningevent_add")).status_code == 403
    assert client.get(reverse("admin:index")).status_code == 200


def test_editor_pages(client, pages):
    setup_roles()
    member(client, "Editors")
    for url in pages["assignments"] + pages["organisations"] + pages["users"] + pages["delete"]:
        assert client.get(url).status_code == 403, url
    assert client.get(reverse("admin:index")).status_code == 200


def test_faq_admin_is_for_editors_only(client):
    setup_roles()
    faq_page = FaqPageFactory()
    faq_pages = [
        reverse("admin:faq_faqpage_changelist"),
        reverse("admin:faq_faqpage_add"),
        reverse("admin:faq_faqpage_change", args=[faq_page.pk]),
        reverse("admin:faq_faqpage_delete", args=[faq_page.pk]),
    ]
    editor = member(client, "Editors")
    for url in faq_pages:
        assert editor.get(url).status_code == 200, url
    recruiter = member(client, "Recruiters")
    for url in faq_pages:
        assert recruiter.get(url).status_code == 403, url


def test_anonymous_visitors_are_sent_to_the_login(client, pages):
    for url in pages["assignments"] + pages["organisations"] + pages["users"]:
        response = client.get(url)
        assert response.status_code == 302, url
        assert response.url.startswith(reverse("admin:login"))
