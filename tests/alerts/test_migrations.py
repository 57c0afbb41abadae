"""The alert models and the public data version moved out of the assignments app without
losing a row: tables, rows, permissions (and the groups holding them) all survive the
migration, on SQLite and on PostgreSQL."""

from datetime import timedelta

import pytest
from django.utils import timezone

pytestmark = [pytest.mark.slow, pytest.mark.django_db(transaction=True)]

BEFORE = [("assignments", "0008_alertsignup_accepted")]
AFTER = [
    ("assignments", "0009_alerts_and_version_moved"),
    ("alerts", "0002_content_types"),
    ("core", "0002_content_types"),
]


def make_old_rows(apps):
    """Rows as a database of the old layout holds them: an assignment, a confirmed alert that
    mailed it, a sign-up attempt, the version counter, and the alert permissions a group
    holds (Django makes content types after migrating, so they are made here by hand)."""
    now = timezone.now()
    organisation = apps.get_model("organisations", "Organisation").objects.create(
        name="Gemeente Zwolle",
        slug="gemeente-zwolle",
        kind="municipality",
        province="overijssel",
        city="Zwolle",
    )
    assignment = apps.get_model("assignments", "Assignment").objects.create(
        title="Woordvoerder",
        slug="woordvoerder",
        organisation=organisation,
        role="press",
        description="Pers.",
        hours_min=24,
        hours_max=32,
        start_date=now.date(),
        city="Zwolle",
    )
    alert_model = apps.get_model("assignments", "Alert")
    alert = alert_model.objects.create(
        email="kandidaat@example.nl",
        query="role=press",
        frequency="daily",
        language="nl",
        key="een-geheime-sleutel",
        confirmed_at=now - timedelta(days=2),
        last_sent_at=now,
    )
    unconfirmed = alert_model.objects.create(
        email="twijfel@example.nl", query="", frequency="weekly", language="en", key="nog-een"
    )
    apps.get_model("assignments", "AlertDelivery").objects.create(
        alert=alert, assignment=assignment, sent_at=now
    )
    apps.get_model("assignments", "AlertSignup").objects.create(
        email="kandidaat@example.nl", client="192.0.2.1", accepted=True
    )
    apps.get_model("assignments", "PublicDataVersion").objects.update_or_create(
        pk=1, defaults={"value": 41}
    )
    content_type = apps.get_model("contenttypes", "ContentType")
    permission = apps.get_model("auth", "Permission")
    group = apps.get_model("auth", "Group").objects.create(name="Beheerders")
    for model in ("alert", "alertdelivery", "alertsignup", "publicdataversion"):
        old = content_type.objects.create(app_label="assignments", model=model)
        view = permission.objects.create(
            content_type=old, codename=f"view_{model}", name=f"Can view {model}"
        )
        group.permissions.add(view)
    return {"alert": alert.pk, "unconfirmed": unconfirmed.pk, "assignment": assignment.pk}


def test_every_row_and_permission_survives_the_move(migrator):
    old = migrator.apply_initial_migration(BEFORE)
    keys = make_old_rows(old.apps)

    new = migrator.apply_tested_migration(AFTER)

    alert_model = new.apps.get_model("alerts", "Alert")
    alert = alert_model.objects.get(pk=keys["alert"])
    assert (alert.email, alert.query, alert.key) == (
        "kandidaat@example.nl",
        "role=press",
        "een-geheime-sleutel",
    )
    assert alert.confirmed_at is not None and alert.last_sent_at is not None
    assert alert_model.objects.get(pk=keys["unconfirmed"]).language == "en"
    assert list(alert.sent_assignments.values_list("pk", flat=True)) == [keys["assignment"]]
    assert new.apps.get_model("alerts", "AlertDelivery").objects.count() == 1
    assert new.apps.get_model("alerts", "AlertSignup").objects.get().client == "192.0.2.1"
    assert new.apps.get_model("core", "PublicDataVersion").objects.get(pk=1).value == 41

    content_type = new.apps.get_model("contenttypes", "ContentType")
    assert not content_type.objects.filter(
        app_label="assignments", model__in=["alert", "alertdelivery", "alertsignup"]
    ).exists()
    moved = content_type.objects.get(app_label="alerts", model="alert")
    group = new.apps.get_model("auth", "Group").objects.get(name="Beheerders")
    held = set(group.permissions.values_list("content_type__app_label", "codename"))
    assert held == {
        ("alerts", "view_alert"),
        ("alerts", "view_alertdelivery"),
        ("alerts", "view_alertsignup"),
        ("core", "view_publicdataversion"),
    }
    assert moved.permission_set.get().codename == "view_alert"

    # And back: the reverse migration returns the content types to the assignments app.
    back = migrator.apply_tested_migration(BEFORE)
    assert back.apps.get_model("assignments", "Alert").objects.count() == 2
    assert (
        back.apps.get_model("contenttypes", "ContentType")
        .objects.filter(app_label="assignments", model="alert")
        .exists()
    )
    migrator.reset()


def test_stored_addresses_take_the_normalised_spelling(migrator):
    old = migrator.apply_initial_migration([("alerts", "0002_content_types")])
    alert_model = old.apps.get_model("alerts", "Alert")
    signup_model = old.apps.get_model("alerts", "AlertSignup")
    kept = alert_model.objects.create(
        email="kandidaat@exämple.nl", frequency="daily", language="nl", key="k1"
    )
    dropped = alert_model.objects.create(
        email="=?utf-8?q?bomb?=@example.nl", frequency="daily", language="nl", key="k2"
    )
    signup_model.objects.create(email="bomb+1@example.nl", client="192.0.2.1", accepted=True)
    signup_model.objects.create(email="bo\u200bmb@example.nl", client="192.0.2.1", accepted=True)

    new = migrator.apply_tested_migration([("alerts", "0003_normalised_addresses")])

    alerts = new.apps.get_model("alerts", "Alert").objects
    assert alerts.get(pk=kept.pk).email == "kandidaat@xn--exmple-cua.nl"
    assert not alerts.filter(pk=dropped.pk).exists()
    signups = new.apps.get_model("alerts", "AlertSignup").objects
    assert list(signups.values_list("email", flat=True)) == ["bomb@example.nl"]
    migrator.reset()
