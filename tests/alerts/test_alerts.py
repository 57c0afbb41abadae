"""E-mail alerts: sign-up with double opt-in, digests of new matches only, one-click
unsubscribe, signed links, rate limits, the mail's language and parts, and send_alerts."""

import random
import re
from datetime import UTC, date, datetime, time, timedelta
from io import StringIO
from zoneinfo import ZoneInfo

import pytest
import time_machine
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core import signing
from django.core.management import CommandError, call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone
from django.utils.formats import date_format

from alerts import digests, searches, services
from alerts import links as alert_links
from alerts.models import Alert, AlertDelivery, AlertSignup, Frequency
from assignments.models import Status
from core import ratelimit
from tests.factories import AssignmentFactory, OrganisationFactory, UserFactory

pytestmark = pytest.mark.django_db

SIGNUP_URL = reverse("alerts:signup")
FILTER_LABELS = ["Rol: Woordvoering en pers", "Minstens 3 dagen thuis mogelijk"]
T0 = timezone.now().replace(microsecond=0) - timedelta(days=30)


def make_alert(email="kandidaat@example.nl", query="", frequency=Frequency.DAILY, **kwargs):
    """A confirmed alert, confirmed at T0 unless told otherwise."""
    kwargs.setdefault("confirmed_at", T0)
    return Alert.objects.create(
        email=email, query=query, frequency=frequency, created_at=T0, **kwargs
    )


def published(at, **kwargs):
    return AssignmentFactory(published_at=at, terms_verified_at=at, **kwargs)


def links(message):
    return re.findall(r"https?://\S+", message.body)


def link_path(url):
    return url.removeprefix("http://127.0.0.1:8000")


# The list links to the sign-up page; the sign-up page shows the search in words


def test_list_links_to_an_alert_for_its_valid_filters_without_a_csrf_token(client):
    response = client.get(
        reverse("assignments:list"),
        {"role": ["crisis", "press"], "min_home_days": "veel", "page": "1", "sort": "start"},
    )
    html = response.content.decode()
    # Normalised: the contract's order of choices, no page, no sort, no invalid value.
    assert f'href="{SIGNUP_URL}?role=crisis&amp;role=press"' not in html
    assert f'href="{SIGNUP_URL}?role=press&amp;role=crisis"' in html
    assert "csrfmiddlewaretoken" not in html
    assert "csrftoken" not in response.cookies


def test_query_is_normalised_to_valid_narrowing_filters():
    from django.http import QueryDict

    query = QueryDict(
        "page=3&sort=closing&crisis=on_site&role=press&role=press&role=strategy"
        "&min_home_days=9&q=%20%20woord%20%20voerder%20&abroad=1&starts_before=2026-02-30"
        "&max_hours=24&unknown=1"
    )
    assert searches.normalise_query(query) == (
        "q=woord+voerder&role=strategy&role=press&crisis=on_site&abroad=1&max_hours=24"
    )
    assert searches.normalise_query(QueryDict("role=chef&province=zeeland")) == "province=zeeland"
    assert searches.normalise_query(QueryDict("")) == ""


def test_the_new_filters_are_kept_normalised_and_in_the_contracts_order():
    from django.http import QueryDict

    query = QueryDict(
        "starts_after=2027-02-01&min_rate=90&min_hours=24&min_guaranteed_home_days=2"
        "&min_home_days=3&sort=relevance&q=woordvoerder&min_rate=veel"
    )
    # A repeated single value keeps the last (as Django's forms read it); an invalid last one
    # drops the parameter.
    assert searches.normalise_query(query) == (
        "q=woordvoerder&min_home_days=3&min_guaranteed_home_days=2&min_hours=24"
        "&starts_after=2027-02-01"
    )
    assert searches.filter_labels(
        "min_guaranteed_home_days=2&min_rate=90&starts_after=2027-02-01"
    ) == [
        "Minstens 2 dagen thuis gegarandeerd",
        "Uurtarief minstens € 90 per uur",
        "Start vanaf: 1 februari 2027",
    ]


def test_a_digest_follows_the_new_filters(outbox):
    alert = make_alert(query="min_guaranteed_home_days=3&min_rate=100&min_hours=32")
    published(
        T0 + timedelta(hours=1),
        title="Past",
        home_days_min=3,
        home_days_max=4,
        max_rate=110,
        hours_min=24,
        hours_max=36,
    )
    published(
        T0 + timedelta(hours=2),
        title="Te weinig gegarandeerd",
        home_days_min=2,
        home_days_max=4,
        max_rate=110,
        hours_min=24,
        hours_max=36,
    )
    published(
        T0 + timedelta(hours=3),
        title="Zonder tarief",
        home_days_min=3,
        home_days_max=4,
        max_rate=None,
        hours_min=24,
        hours_max=36,
    )
    published(
        T0 + timedelta(hours=4),
        title="Te weinig uren",
        home_days_min=3,
        home_days_max=4,
        max_rate=110,
        hours_min=16,
        hours_max=24,
    )
    assert digests.send_digest(alert.pk, now=T0 + timedelta(days=1)) == 1
    assert "Past" in outbox[0].body
    for title in ("Te weinig gegarandeerd", "Zonder tarief", "Te weinig uren"):
        assert title not in outbox[0].body


def test_signup_page_shows_the_filters_in_words(client, django_assert_num_queries):
    with django_assert_num_queries(0):
        response = client.get(SIGNUP_URL, {"role": "press", "min_home_days": "3", "page": "2"})
    assert response.status_code == 200
    assert "no-cache" in response["Cache-Control"]
    assert response.context["filters"] == FILTER_LABELS
    html = response.content.decode()
    assert "csrfmiddlewaretoken" in html
    assert 'action="?role=press&amp;min_home_days=3"' in html


def test_signup_page_without_filters_says_every_new_assignment(client):
    response = client.get(SIGNUP_URL, {"role": "chef"})
    assert response.context["filters"] == []
    assert response.context["query"] == ""


# Sign-up and double opt-in


def sign_up(client, query="role=press", email="kandidaat@example.nl", frequency="daily", **extra):
    return client.post(f"{SIGNUP_URL}?{query}", {"email": email, "frequency": frequency}, **extra)


def test_signup_stores_an_unconfirmed_alert_and_mails_only_a_confirmation(client, outbox):
    response = sign_up(client, query="role=press&page=4&sort=start&min_home_days=x")
    assert response.status_code == 302
    assert response["Location"] == reverse("alerts:requested")
    assert client.get(response["Location"]).status_code == 200

    alert = Alert.objects.get()
    assert (alert.email, alert.query, alert.frequency, alert.language) == (
        "kandidaat@example.nl",
        "role=press",
        "daily",
        "nl",
    )
    assert alert.confirmed_at is None
    [message] = outbox
    assert message.to == ["kandidaat@example.nl"]
    assert message.subject == "Bevestig je e-mailalert van Opdrachtwijzer"
    # The link's signature holds the second it was made: compare it made in the same second.
    signed_at = re.search(r"/bevestigen/[^:]+:([^:]+):", message.body).group(1)
    with time_machine.travel(signing.b62_decode(signed_at), tick=False):
        confirm_url = alert_links.confirm_url(alert)
    assert confirm_url in message.body
    assert "Woordvoering en pers" in message.body

    # Nothing else goes to an unconfirmed alert, however much there is to send.
    AssignmentFactory(role="press")
    call_command("send_alerts", stdout=StringIO())
    assert digests.send_digest(alert.pk) == 0
    assert len(outbox) == 1


def test_confirmation_link_shows_a_button_and_only_the_post_confirms(client, outbox):
    sign_up(client)
    alert = Alert.objects.get()
    # The link as the mail carries it (its signature holds the second it was made), and it is
    # this alert's confirmation link.
    url = link_path(re.search(r"https?://\S+/bevestigen/\S+/", outbox[0].body).group())
    assert url in outbox[0].alternatives[0].content
    token = url.rstrip("/").rsplit("/", 1)[1]
    assert alert_links.alert_for_token(token, purpose="confirm") == alert

    page = client.get(url)
    assert page.status_code == 200
    assert "csrfmiddlewaretoken" in page.content.decode()
    assert client.head(url).status_code == 200
    alert.refresh_from_db()
    assert alert.confirmed_at is None

    assert client.post(url).status_code == 200
    alert.refresh_from_db()
    assert alert.confirmed_at is not None
    # Confirming again changes nothing.
    confirmed_at = alert.confirmed_at
    assert client.post(url).status_code == 200
    alert.refresh_from_db()
    assert alert.confirmed_at == confirmed_at
    assert client.get(url).context["state"] == "confirmed"


def test_a_double_sign_up_then_both_links_ends_with_one_alert(client, outbox):
    """A second click on "sign up" mails a second link. Confirming both keeps one alert (the
    second merges into the first); the merged link then answers with a clear 404 page, never
    an error, and the first link keeps working."""
    sign_up(client)
    sign_up(client)
    assert Alert.objects.count() == 2
    first, second = (
        link_path(re.search(r"https?://\S+/bevestigen/\S+/", message.body).group())
        for message in outbox
    )
    assert client.post(first).context["state"] == "confirmed"
    assert client.post(second).context["state"] == "confirmed"
    [alert] = Alert.objects.all()
    assert alert.confirmed_at is not None
    assert client.post(second).status_code == 404
    assert client.get(second).status_code == 404
    again = client.get(first)
    assert again.context["state"] == "confirmed"
    assert again.context["alert"].pk == alert.pk


def test_confirming_the_same_search_again_keeps_the_earlier_alert_and_its_history():
    old = make_alert(query="role=press", frequency=Frequency.WEEKLY, last_sent_at=T0)
    delivered = published(T0 - timedelta(hours=1), role="press")
    AlertDelivery.objects.create(alert=old, assignment=delivered, sent_at=T0)
    other = make_alert(query="role=crisis")
    new = Alert.objects.create(
        email=old.email, query="role=press", frequency=Frequency.DAILY, language="en"
    )
    assert services.confirm(new) == old
    assert set(Alert.objects.values_list("pk", flat=True)) == {old.pk, other.pk}
    kept = Alert.objects.get(pk=old.pk)
    assert (kept.key, kept.frequency, kept.language) == (old.key, "daily", "en")
    assert (kept.confirmed_at, kept.last_sent_at) == (T0, T0)
    assert list(kept.sent_assignments.all()) == [delivered]


def test_an_old_unsubscribe_link_still_stops_a_re_confirmed_search(client, outbox):
    old = make_alert(query="role=press")
    published(T0 + timedelta(hours=1), role="press")
    digests.send_digest(old.pk, now=T0 + timedelta(days=1))
    [old_unsubscribe] = [link for link in links(outbox[0]) if "/afmelden/" in link]

    sign_up(client, query="role=press", email=old.email, frequency="weekly")
    new = Alert.objects.get(confirmed_at__isnull=True)
    confirmed = client.post(reverse("alerts:confirm", args=[alert_links.confirm_token(new)]))
    assert confirmed.status_code == 200
    assert confirmed.context["alert"].pk == old.pk
    assert list(Alert.objects.values_list("pk", "frequency")) == [(old.pk, "weekly")]

    assert client.post(link_path(old_unsubscribe)).context["state"] == "done"
    assert not Alert.objects.exists()
    assert Alert.objects.due(T0 + timedelta(days=30)).count() == 0


def test_confirmation_link_expires_after_three_days(client, monkeypatch):
    alert = Alert.objects.create(email="a@example.nl", query="", frequency=Frequency.DAILY)
    real_time = signing.time.time
    monkeypatch.setattr(signing.time, "time", lambda: real_time() - 3 * 24 * 3600 - 60)
    token = alert_links.confirm_token(alert)
    monkeypatch.setattr(signing.time, "time", real_time)
    url = reverse("alerts:confirm", args=[token])
    for response in (client.get(url), client.post(url)):
        assert response.status_code == 400
        assert response.context["expired"]
        assert "verlopen" in response.content.decode()
    alert.refresh_from_db()
    assert alert.confirmed_at is None


@pytest.mark.parametrize("name", ["confirm", "unsubscribe"], ids=["confirm", "unsubscribe"])
@pytest.mark.parametrize(
    "token",
    [
        "x",
        "a" * 5000,
        "<script>alert(1)",
        "eyJhIjoxfQ:1tZ:abc",
        "%00",
        "Ij5bIjEiXSI",
    ],
)
def test_tampered_links_are_a_400_and_change_nothing(client, name, token):
    alert = make_alert(confirmed_at=None)
    for method in (client.get, client.post):
        response = method(reverse(f"alerts:{name}", args=[token]))
        assert response.status_code == 400
        assert not response.context["expired"]
        assert "<script>alert" not in response.content.decode()
    assert Alert.objects.get().pk == alert.pk
    assert Alert.objects.get().confirmed_at is None


def test_a_link_signed_for_another_purpose_or_another_alert_does_not_work(client):
    alert = make_alert(confirmed_at=None)
    unsubscribe = alert_links.unsubscribe_token(alert)
    assert client.post(reverse("alerts:confirm", args=[unsubscribe])).status_code == 400
    # A validly signed value that is no alert's key: the alert is gone.
    gone = signing.dumps("no-such-key", salt=alert_links.CONFIRM_SALT)
    assert client.post(reverse("alerts:confirm", args=[gone])).status_code == 404
    not_a_string = signing.dumps([1, 2], salt=alert_links.CONFIRM_SALT)
    assert client.get(reverse("alerts:confirm", args=[not_a_string])).status_code == 400
    alert.refresh_from_db()
    assert alert.confirmed_at is None


# Digests


def test_digest_holds_only_new_matching_assignments_and_never_repeats(outbox):
    alert = make_alert(query="role=press")
    before = published(T0 - timedelta(hours=1), role="press", title="Van voor de alert")
    match = published(T0 + timedelta(hours=3), role="press", title="Woordvoerder water")
    published(T0 + timedelta(hours=4), role="strategy", title="Strategisch adviseur")
    AssignmentFactory(
        role="press",
        status=Status.SCREENING,
        published_at=None,
        terms_verified_at=None,
        title="Nog in screening",
    )
    published(T0 + timedelta(hours=5), role="press", status=Status.CLOSED, title="Gesloten")

    now = T0 + timedelta(days=1)
    assert digests.send_digest(alert.pk, now=now) == 1
    [message] = outbox
    assert "Woordvoerder water" in message.body
    for title in ("Van voor de alert", "Strategisch adviseur", "Nog in screening", "Gesloten"):
        assert title not in message.body
    assert set(AlertDelivery.objects.values_list("assignment", flat=True)) == {match.pk}
    alert.refresh_from_db()
    assert alert.last_sent_at == now
    assert before.pk not in alert.sent_assignments.values_list("pk", flat=True)

    # The same run again, and the next day with nothing new: nothing is sent.
    assert digests.send_digest(alert.pk, now=now) == 0
    assert digests.send_digest(alert.pk, now=now + timedelta(days=1)) == 0
    assert len(outbox) == 1
    alert.refresh_from_db()
    assert alert.last_sent_at == now

    # Something new: only that, not the one already sent.
    newer = published(now + timedelta(hours=2), role="press", title="Woordvoerder stikstof")
    assert digests.send_digest(alert.pk, now=now + timedelta(days=2)) == 1
    assert "Woordvoerder stikstof" in outbox[1].body
    assert "Woordvoerder water" not in outbox[1].body
    assert set(AlertDelivery.objects.values_list("assignment", flat=True)) == {match.pk, newer.pk}


def test_an_assignment_committed_after_the_previous_digest_still_comes_once(outbox):
    """Its publication was stamped before the previous digest ran, but it was not visible yet."""
    alert = make_alert(last_sent_at=T0 + timedelta(days=3))
    late = published(T0 + timedelta(days=3) - timedelta(minutes=1), title="Laat zichtbaar")
    published(T0 + timedelta(days=1), title="Lang geleden gepubliceerd")
    assert digests.send_digest(alert.pk, now=T0 + timedelta(days=4)) == 1
    assert "Laat zichtbaar" in outbox[0].body
    assert "Lang geleden gepubliceerd" not in outbox[0].body
    assert list(alert.sent_assignments.all()) == [late]
    assert digests.send_digest(alert.pk, now=T0 + timedelta(days=5)) == 0


AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def test_daily_alerts_are_due_once_a_digest_day_and_weekly_ones_once_in_seven():
    """A digest day starts at 07:00 in Amsterdam."""
    sent = datetime(2026, 3, 2, 7, 20, tzinfo=AMSTERDAM)  # a Monday
    daily = make_alert(email="d@example.nl", last_sent_at=sent)
    weekly = make_alert(email="w@example.nl", frequency=Frequency.WEEKLY, last_sent_at=sent)
    new = make_alert(email="n@example.nl", frequency=Frequency.WEEKLY)
    make_alert(email="u@example.nl", confirmed_at=None)

    def due(*args):
        now = datetime(*args, tzinfo=AMSTERDAM)
        return set(Alert.objects.due(now).values_list("pk", flat=True))

    assert due(2026, 3, 2, 23, 59) == {new.pk}
    assert due(2026, 3, 3, 6, 59) == {new.pk}
    # Cron late or early within the hour: the next digest day counts, not 24 hours.
    assert due(2026, 3, 3, 7, 0) == {new.pk, daily.pk}
    assert due(2026, 3, 3, 7, 5) == {new.pk, daily.pk}
    assert due(2026, 3, 8, 23, 0) == {new.pk, daily.pk}
    assert due(2026, 3, 9, 6, 59) == {new.pk, daily.pk}
    assert due(2026, 3, 9, 7, 0) == {new.pk, daily.pk, weekly.pk}


@pytest.mark.parametrize(
    "first_day",
    [date(2026, 3, 2), date(2026, 3, 25), date(2026, 10, 20)],
    ids=["winter", "into-summer-time", "into-winter-time"],
)
def test_hourly_runs_send_a_daily_alert_one_digest_a_day_at_a_steady_time(outbox, first_day):
    """Cron every hour, at a different minute each time, for ten days (two of them across a
    change of clock): one digest a day, always from the first run after 07:00."""
    rng = random.Random(first_day.toordinal())
    start = datetime.combine(first_day, time(0), tzinfo=AMSTERDAM)
    alert = make_alert(confirmed_at=start - timedelta(days=1), last_sent_at=start)
    sends = []
    for hour in range(10 * 24):
        hour_start = (start.astimezone(UTC) + timedelta(hours=hour)).astimezone(AMSTERDAM)
        if hour % 6 == 0:
            published(hour_start)  # something new to send every six hours
        now = hour_start + timedelta(minutes=rng.randrange(60), seconds=rng.randrange(60))
        if digests.send_digest(alert.pk, now=now):
            sends.append(now.astimezone(AMSTERDAM))

    days = [first_day + timedelta(days=number) for number in range(10)]
    assert [sent.date() for sent in sends] == days
    assert all(sent.hour == 7 for sent in sends), sends
    assert len(outbox) == 10


def test_a_weekly_alert_collects_a_week_of_new_assignments(outbox):
    alert = make_alert(frequency=Frequency.WEEKLY, last_sent_at=T0 + timedelta(days=1))
    for day in range(2, 8):
        published(T0 + timedelta(days=day), title=f"Opdracht van dag {day}")
    assert digests.send_digest(alert.pk, now=T0 + timedelta(days=4)) == 0
    assert outbox == []
    assert digests.send_digest(alert.pk, now=T0 + timedelta(days=8)) == 6
    assert all(f"Opdracht van dag {day}" in outbox[0].body for day in range(2, 8))


def test_digest_mail_has_text_and_html_unsubscribe_headers_and_absolute_links(outbox):
    alert = make_alert(query="role=press&min_home_days=3")
    assignment = published(
        T0 + timedelta(hours=1),
        role="press",
        title="Woordvoerder <crisis> & pers",
        home_days_min=3,
        home_days_max=4,
        office_days=2,
        organisation=OrganisationFactory(name="Ministerie van Financiën"),
    )
    # The signed link carries the second it was made: the test makes it again in that second.
    with time_machine.travel(timezone.now(), tick=False):
        digests.send_digest(alert.pk, now=T0 + timedelta(days=1))
        unsubscribe = alert_links.unsubscribe_url(alert)
    [message] = outbox
    assert message.subject == "1 nieuwe opdracht voor je alert"
    [(html, mimetype)] = message.alternatives
    assert mimetype == "text/html"
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    raw = message.message().as_string()
    assert "List-Unsubscribe-Post: List-Unsubscribe=One-Click" in raw
    assert "multipart/alternative" in raw

    detail = "http://127.0.0.1:8000" + assignment.get_absolute_url()
    listing = "http://127.0.0.1:8000/opdrachten/?role=press&min_home_days=3"
    for body in (message.body, html):
        assert "Ministerie van Financiën" in body
        assert "3–4 dagen thuis" in body
        assert "vaste kantoordag: dinsdag" in body
        # The facts a candidate decides on, as on the list's cards.
        assert "24–32 uur per week" in body
        assert "tot € 105 per uur" in body
        assert f"reageren vóór {date_format(assignment.closing_date, 'j F Y')}" in body
        assert detail in body
        assert unsubscribe in body
    assert "Woordvoerder <crisis> & pers" in message.body
    assert "Woordvoerder &lt;crisis&gt; &amp; pers" in html
    assert listing in message.body
    assert listing.replace("&", "&amp;") in html
    assert "Rol: Woordvoering en pers" in message.body


def test_a_long_digest_lists_the_first_ones_and_links_to_the_rest(outbox, monkeypatch):
    monkeypatch.setattr(digests, "DIGEST_MAX_ITEMS", 2)
    alert = make_alert()
    for hour in range(1, 5):
        published(T0 + timedelta(hours=hour), title=f"Opdracht {hour}")
    assert digests.send_digest(alert.pk, now=T0 + timedelta(days=1)) == 4
    body = outbox[0].body
    assert "Opdracht 4" in body and "Opdracht 3" in body and "Opdracht 1" not in body
    assert "En nog 2 nieuwe opdrachten." in body
    assert AlertDelivery.objects.count() == 4


@pytest.mark.parametrize(
    ("language", "subject", "text"),
    [
        ("nl", "1 nieuwe opdracht voor je alert", "Alle opdrachten van je zoekopdracht"),
        ("en", "1 new assignment for your alert", "All assignments of your search"),
    ],
)
def test_digest_is_in_the_language_of_the_sign_up(outbox, language, subject, text):
    alert = make_alert(query="role=press", language=language)
    published(T0 + timedelta(hours=1), role="press", home_days_min=2, home_days_max=3)
    digests.send_digest(alert.pk, now=T0 + timedelta(days=1))
    [message] = outbox
    assert message.subject == subject
    assert text in message.body
    assert text in message.alternatives[0].content
    home = {"nl": "2–3 dagen thuis", "en": "2–3 home days"}[language]
    assert home in message.body


def test_english_visitor_gets_english_confirmation(client, outbox):
    client.cookies["django_language"] = "en"
    sign_up(client, query="role=press&role=crisis")
    alert = Alert.objects.get()
    assert alert.language == "en"
    [message] = outbox
    assert message.subject == "Confirm your e-mail alert from Opdrachtwijzer"
    assert "Role: Crisis communication" in message.body
    assert 'lang="en"' in message.alternatives[0].content
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"


@pytest.mark.parametrize(
    ("language", "generic"), [("nl", "Een zoekopdracht op tekst"), ("en", "A search on text")]
)
def test_confirmation_mail_repeats_no_text_the_visitor_typed(client, outbox, language, generic):
    """Nobody has vouched for the address yet: the mail must not carry a stranger's message."""
    client.cookies["django_language"] = language
    sign_up(client, query="q=Win+duizend+euro+spamsite&role=press&min_home_days=3")
    alert = Alert.objects.get()
    assert alert.query.startswith("q=Win+duizend+euro+spamsite&")
    [message] = outbox
    [(html, _mimetype)] = message.alternatives
    role = {"nl": "Rol: Woordvoering en pers", "en": "Role: Press and spokesperson"}[language]
    for body in (message.subject, message.body, html, message.message().as_string()):
        assert "spamsite" not in body and "duizend" not in body and "Win " not in body
    for body in (message.body, html):
        assert generic in body
        assert role in body

    # Once confirmed, the pages and digests name the search in full.
    services.confirm(alert, now=T0)
    published(
        T0 + timedelta(hours=1),
        role="press",
        home_days_min=3,
        home_days_max=3,
        title="Win duizend euro spamsite",
    )
    assert digests.send_digest(alert.pk, now=T0 + timedelta(days=1)) == 1
    assert "“Win duizend euro spamsite”" in outbox[1].body
    page = client.get(SIGNUP_URL, {"q": "Win duizend euro spamsite"})
    assert "“Win duizend euro spamsite”" in page.content.decode()


def refuse_to_send(self, *args, **kwargs):
    raise ConnectionRefusedError("mail server down")


def test_a_confirmation_mail_that_cannot_be_sent_is_a_form_error_and_keeps_nothing(
    client, outbox, monkeypatch
):
    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", refuse_to_send)
    for _attempt in range(services.SIGNUPS_PER_ADDRESS[0] + 1):
        response = sign_up(client, email="kandidaat@example.nl", frequency="weekly")
        assert response.status_code == 503
        assert response.context["form"].non_field_errors() == [
            "We konden de bevestigingsmail niet versturen. Er is niets bewaard; probeer het "
            "later opnieuw."
        ]
        html = response.content.decode()
        assert "niet versturen" in html
        assert 'value="kandidaat@example.nl"' in html
        assert response.context["form"]["frequency"].value() == "weekly"
        assert not Alert.objects.exists()
        # Not counted against the visitor: failures do not add up to a rate limit.
        assert not AlertSignup.objects.exists()
    assert outbox == []

    monkeypatch.undo()
    assert sign_up(client, email="kandidaat@example.nl").status_code == 302
    assert len(outbox) == 1
    assert Alert.objects.count() == AlertSignup.objects.count() == 1


def test_a_sign_up_may_not_run_inside_a_larger_transaction():
    """Its end must be the commit: the confirmation task is enqueued right after it."""
    from django.db import transaction

    with pytest.raises(RuntimeError), transaction.atomic():
        services.sign_up(
            email="a@example.nl", query="", frequency="daily", language="nl", client="x"
        )


def test_a_failing_mail_records_nothing_and_the_next_run_sends_it(outbox, monkeypatch):
    alert = make_alert()
    published(T0 + timedelta(hours=1))

    def refuse(self, *args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", refuse)
    with pytest.raises(ConnectionRefusedError):
        digests.send_digest(alert.pk, now=T0 + timedelta(days=1))
    assert AlertDelivery.objects.count() == 0
    alert.refresh_from_db()
    assert alert.last_sent_at is None
    monkeypatch.undo()
    assert digests.send_digest(alert.pk, now=T0 + timedelta(days=1)) == 1


# Unsubscribing


def test_unsubscribe_link_shows_a_button_and_the_post_deletes(client, outbox):
    alert = make_alert()
    published(T0 + timedelta(hours=1))
    digests.send_digest(alert.pk, now=T0 + timedelta(days=1))
    [url] = [link for link in links(outbox[0]) if "/afmelden/" in link]

    page = client.get(link_path(url))
    assert page.status_code == 200
    assert page.context["state"] == "ask"
    assert Alert.objects.filter(pk=alert.pk).exists()

    assert client.post(link_path(url)).status_code == 200
    assert not Alert.objects.exists()
    assert not AlertDelivery.objects.exists()
    # Again, or opening the link later: still a clear page.
    assert client.post(link_path(url)).context["state"] == "done"
    assert client.get(link_path(url)).context["state"] == "done"


def test_one_click_unsubscribe_from_the_header_needs_no_csrf_token(outbox):
    sign_up(Client())
    [message] = outbox
    url = message.extra_headers["List-Unsubscribe"].strip("<>")
    mail_client = Client(enforce_csrf_checks=True)
    response = mail_client.post(
        link_path(url),
        "List-Unsubscribe=One-Click",
        content_type="application/x-www-form-urlencoded",
    )
    assert response.status_code == 200
    assert not Alert.objects.exists()


def test_confirmation_needs_a_csrf_token(client):
    alert = make_alert(confirmed_at=None)
    url = reverse("alerts:confirm", args=[alert_links.confirm_token(alert)])
    assert Client(enforce_csrf_checks=True).post(url).status_code == 403
    alert.refresh_from_db()
    assert alert.confirmed_at is None


@pytest.mark.parametrize("method", ["put", "delete", "patch"])
def test_other_methods_are_refused_and_change_nothing(client, method):
    alert = make_alert(confirmed_at=None)
    for url in (
        reverse("alerts:confirm", args=[alert_links.confirm_token(alert)]),
        reverse("alerts:unsubscribe", args=[alert_links.unsubscribe_token(alert)]),
    ):
        assert getattr(client, method)(url).status_code == 405
    assert client.post(reverse("alerts:requested")).status_code == 405
    assert getattr(client, method)(SIGNUP_URL).status_code == 405
    alert.refresh_from_db()
    assert alert.confirmed_at is None


# Rate limits


def test_at_most_three_signups_per_address_a_day(client, outbox):
    for number in range(3):
        assert (
            sign_up(client, email="Doelwit@Example.nl", REMOTE_ADDR=f"10.0.0.{number}").status_code
            == 302
        )
    response = sign_up(client, email="doelwit@example.nl", REMOTE_ADDR="10.0.0.9")
    assert response.status_code == 429
    assert "te vaak" in response.content.decode()
    assert Alert.objects.count() == 3
    assert len(outbox) == 3
    # Another address from the same client is fine.
    assert sign_up(client, email="ander@example.nl", REMOTE_ADDR="10.0.0.9").status_code == 302
    # A day later the address may sign up again.
    later = timezone.now() + timedelta(hours=24, minutes=1)
    services.sign_up(
        email="doelwit@example.nl",
        query="",
        frequency="daily",
        language="nl",
        client="x",
        now=later,
    )


def test_at_most_ten_signups_per_client_an_hour(client, outbox):
    for number in range(10):
        assert (
            sign_up(client, email=f"k{number}@example.nl", REMOTE_ADDR="192.0.2.7").status_code
            == 302
        )
    response = sign_up(client, email="k10@example.nl", REMOTE_ADDR="192.0.2.7")
    assert response.status_code == 429
    assert "over een uur" in response.content.decode()
    assert len(outbox) == 10
    # Another client is not affected; neither is a later hour.
    assert sign_up(client, email="k11@example.nl", REMOTE_ADDR="192.0.2.8").status_code == 302
    assert AlertSignup.objects.filter(client="192.0.2.7").count() == 11


def test_refused_attempts_do_not_lock_an_address_out(client, outbox):
    """Only accepted sign-ups count against an address; every attempt counts per client."""
    victim = "doelwit@example.nl"
    # An attacker's connection used up its own limit on other addresses ...
    for number in range(services.SIGNUPS_PER_CLIENT[0]):
        sign_up(client, email=f"k{number}@example.nl", REMOTE_ADDR="192.0.2.66")
    # ... and is now refused, however often it tries the victim's address.
    for _attempt in range(10):
        assert sign_up(client, email=victim, REMOTE_ADDR="192.0.2.66").status_code == 429
    assert AlertSignup.objects.filter(email=victim, accepted=False).count() == 10
    # The victim can still sign up, up to the limit of accepted sign-ups.
    for number in range(services.SIGNUPS_PER_ADDRESS[0]):
        assert sign_up(client, email=victim, REMOTE_ADDR=f"10.1.0.{number}").status_code == 302
    response = sign_up(client, email=victim, REMOTE_ADDR="10.1.0.99")
    assert response.status_code == 429
    assert "te vaak" in response.content.decode()
    assert Alert.objects.filter(email=victim).count() == services.SIGNUPS_PER_ADDRESS[0]


def test_ipv6_clients_are_limited_by_their_network():
    from django.test import RequestFactory

    factory = RequestFactory()
    first = ratelimit.client_key(factory.get("/", REMOTE_ADDR="2001:db8:1:2::1"))
    second = ratelimit.client_key(factory.get("/", REMOTE_ADDR="2001:db8:1:2:ffff::9"))
    assert first == second == "2001:db8:1:2::/64"
    assert ratelimit.client_key(factory.get("/", REMOTE_ADDR="::ffff:192.0.2.1")) == "192.0.2.1"
    assert ratelimit.client_key(factory.get("/", REMOTE_ADDR="onzin")) == "unknown"


def test_client_address_can_come_from_a_proxy_header(settings):
    from django.test import RequestFactory

    settings.CLIENT_ADDRESS_HEADER = "HTTP_X_REAL_IP"
    request = RequestFactory().get("/", REMOTE_ADDR="10.0.0.1", HTTP_X_REAL_IP="198.51.100.4")
    assert ratelimit.client_key(request) == "198.51.100.4"
    # X-Forwarded-For: the right-most address is the one our proxy added; whatever the client
    # put before it is its own claim.
    settings.CLIENT_ADDRESS_HEADER = "HTTP_X_FORWARDED_FOR"
    request = RequestFactory().get(
        "/", REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="203.0.113.1, 198.51.100.4"
    )
    assert ratelimit.client_key(request) == "198.51.100.4"


# Bad input on the form


@pytest.mark.parametrize(
    ("data", "field"),
    [
        ({"email": "<script>alert(1)</script>@example.nl", "frequency": "daily"}, "email"),
        ({"email": "geen-adres", "frequency": "daily"}, "email"),
        ({"email": "a" * 300 + "@example.nl", "frequency": "daily"}, "email"),
        ({"email": "", "frequency": "daily"}, "email"),
        ({"email": "a@example.nl", "frequency": "monthly"}, "frequency"),
        ({"email": "a@example.nl", "frequency": "<b>x</b>"}, "frequency"),
        ({"email": ["a@example.nl", "b@example.nl"]}, "frequency"),
        ({}, "email"),
    ],
)
def test_bad_form_input_is_an_error_on_its_field(client, outbox, data, field):
    response = client.post(f"{SIGNUP_URL}?role=press", data)
    assert response.status_code == 200
    assert field in response.context["form"].errors
    html = response.content.decode()
    assert "<script>alert(1)" not in html and "<b>x</b>" not in html
    assert not Alert.objects.exists() and not AlertSignup.objects.exists()
    assert outbox == []


def test_huge_and_hostile_query_strings_on_the_signup_page(client):
    response = client.get(
        SIGNUP_URL,
        {"q": "<script>x</script>" * 50, "min_home_days": "9" * 400, "role": "<i>chef</i>"},
    )
    assert response.status_code == 200
    assert response.context["query"] == ""
    html = response.content.decode()
    assert "<script>x" not in html and "<i>chef" not in html


# The command


def test_send_alerts_sends_what_is_due_and_a_second_run_sends_nothing(outbox):
    now = timezone.now()
    # Two days back, not one: on the night the clocks go back a day has 25 hours, and for one
    # of them a digest sent 24 hours ago is not yet due.
    alert = make_alert(confirmed_at=now - timedelta(days=3), last_sent_at=now - timedelta(days=2))
    make_alert(email="niets@example.nl", query="role=crisis", confirmed_at=now - timedelta(days=2))
    stale = Alert.objects.create(email="oud@example.nl", frequency="daily")
    Alert.objects.filter(pk=stale.pk).update(created_at=now - timedelta(days=4))
    AlertSignup.objects.create(
        email="x@example.nl", client="1.2.3.4", created_at=now - timedelta(days=2)
    )
    published(now - timedelta(hours=3))

    out = StringIO()
    call_command("send_alerts", stdout=out)
    assert out.getvalue().strip() == (
        "2 alert(s) due: 1 digest(s) sent with 1 assignment(s), 1 with nothing new. "
        "Removed 1 unconfirmed alert(s)."
    )
    assert [message.to for message in outbox] == [[alert.email]]
    assert not AlertSignup.objects.exists()

    out = StringIO()
    call_command("send_alerts", stdout=out)
    assert out.getvalue().startswith("1 alert(s) due: 0 digest(s) sent")
    assert len(outbox) == 1


def test_send_alerts_frequency_limit_and_dry_run(outbox):
    now = timezone.now()
    make_alert(email="d@example.nl", confirmed_at=now - timedelta(days=1))
    make_alert(email="w@example.nl", frequency="weekly", confirmed_at=now - timedelta(days=1))
    published(now - timedelta(hours=1))

    out = StringIO()
    call_command("send_alerts", "--dry-run", stdout=out)
    assert out.getvalue().strip() == "2 alert(s) due; nothing sent (dry run)."
    assert outbox == []
    call_command("send_alerts", "--frequency", "weekly", "--limit", "5", stdout=StringIO())
    assert [message.to for message in outbox] == [["w@example.nl"]]
    call_command("send_alerts", "--limit", "1", stdout=StringIO())
    assert len(outbox) == 2


def test_send_alerts_reports_a_failed_digest(outbox, monkeypatch):
    make_alert(confirmed_at=timezone.now() - timedelta(days=1))
    published(timezone.now() - timedelta(hours=1))

    def refuse(self, *args, **kwargs):
        raise ConnectionRefusedError("mail server down")

    monkeypatch.setattr("django.core.mail.EmailMultiAlternatives.send", refuse)
    err = StringIO()
    with pytest.raises(CommandError, match="1 digest\\(s\\) failed"):
        call_command("send_alerts", stdout=StringIO(), stderr=err)
    assert "mail server down" in err.getvalue()
    assert not AlertDelivery.objects.exists()


@pytest.mark.parametrize(
    "args",
    [
        ["--frequency", "monthly"],
        ["--frequency", ""],
        ["--limit", "0"],
        ["--limit", "-3"],
        ["--limit", "veel"],
        ["--limit", "1e3"],
        ["overbodig"],
    ],
)
def test_send_alerts_bad_arguments_are_a_command_error(args, outbox):
    with pytest.raises(CommandError):
        call_command("send_alerts", *args, stdout=StringIO())
    assert outbox == []


# Query counts of the pages


def lock_queries():
    """The advisory-lock query that serialises sign-ups and confirmations per address."""
    from django.db import connection

    return 1 if connection.vendor == "postgresql" else 0


def test_query_counts_of_the_alert_pages(client, django_assert_num_queries):
    alert = make_alert(confirmed_at=None)
    confirm = reverse("alerts:confirm", args=[alert_links.confirm_token(alert)])
    unsubscribe = reverse("alerts:unsubscribe", args=[alert_links.unsubscribe_token(alert)])
    with django_assert_num_queries(0):
        client.get(reverse("alerts:requested"))
    # The alert.
    with django_assert_num_queries(1):
        assert client.get(confirm).status_code == 200
    with django_assert_num_queries(1):
        assert client.get(unsubscribe).status_code == 200
    # The alert; in a transaction: lock it, (PostgreSQL: lock its address,) look for a
    # confirmed one with the same search, stamp it.
    with django_assert_num_queries(6 + lock_queries()):
        assert client.post(confirm).status_code == 200
    # The alert; deleting it with its deliveries (in a transaction).
    with django_assert_num_queries(4):
        assert client.post(unsubscribe).status_code == 200


def test_query_count_of_a_signup(client, django_assert_num_queries):
    # In a transaction: (PostgreSQL: lock the address and client,) two counts, the attempt,
    # the alert; then the confirmation task loads it.
    with django_assert_num_queries(7 + lock_queries()):
        assert sign_up(client).status_code == 302


# Admin


def test_administrators_see_and_search_alerts_recruiters_do_not(client):
    make_alert(email="zoek.mij@example.nl")
    make_alert(email="ander@example.nl")
    url = reverse("admin:alerts_alert_changelist")
    admin = get_user_model().objects.create_superuser("beheer", "beheer@example.nl", "geheim")
    client.force_login(admin)
    response = client.get(url, {"q": "zoek.mij"})
    assert response.status_code == 200
    assert response.context["cl"].result_count == 1
    alert = Alert.objects.get(email="zoek.mij@example.nl")
    assert client.get(reverse("admin:alerts_alert_change", args=[alert.pk])).status_code == 200
    assert client.get(reverse("admin:alerts_alertsignup_changelist")).status_code == 200

    call_command("setup_roles", stdout=StringIO())
    recruiter = UserFactory()
    recruiter.groups.add(Group.objects.get(name="Recruiters"))
    client.force_login(recruiter)
    assert client.get(url).status_code == 403


# Two runs at once


@pytest.mark.django_db(transaction=True)
def test_two_runs_at_once_send_one_digest(outbox, monkeypatch):
    """The second run finds the alert claimed: PostgreSQL skips the locked row; SQLite, which
    writes one transaction at a time, refuses the second writer (the test database in memory
    at once; a database file after its busy timeout, or it finds the alert no longer due)."""
    import threading

    from django.core.mail import EmailMultiAlternatives
    from django.db import OperationalError, connection

    alert = make_alert()
    published(T0 + timedelta(hours=1))
    now = T0 + timedelta(days=1)
    sending, tried = threading.Event(), threading.Event()
    real_send = EmailMultiAlternatives.send
    results, errors = [], []

    def slow_send(self, *args, **kwargs):
        sending.set()
        # The second run starts now, and this one holds its claim until it has tried: SQLite
        # refuses it at once, PostgreSQL's skips the claimed row without waiting.
        assert tried.wait(10)
        return real_send(self, *args, **kwargs)

    monkeypatch.setattr(EmailMultiAlternatives, "send", slow_send)

    def first_run():
        try:
            results.append(digests.send_digest(alert.pk, now=now))
        except Exception as error:  # reported by the main thread
            errors.append(error)
            sending.set()
        finally:
            connection.close()

    other = threading.Thread(target=first_run)
    other.start()
    assert sending.wait(10)
    try:
        if connection.vendor == "postgresql":
            assert digests.send_digest(alert.pk, now=now) == 0
        else:
            with pytest.raises(OperationalError):
                digests.send_digest(alert.pk, now=now)
    finally:
        tried.set()
        other.join(10)

    assert errors == []
    assert results == [1]
    assert len(outbox) == 1
    assert AlertDelivery.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_burst_of_parallel_sign_ups_stays_within_the_limits(outbox, monkeypatch):
    """Parallel requests for one address each count the others: PostgreSQL takes an advisory
    lock per address and per client before counting; SQLite writes one transaction at a time
    (a thread that finds the in-memory test database locked tries again)."""
    import threading
    import time

    from django.db import OperationalError, connection

    requests = 8
    limit = services.SIGNUPS_PER_ADDRESS[0]
    start = threading.Barrier(requests)
    real_create = Alert.objects.create

    def slow_create(**kwargs):
        # Keeps each accepted sign-up's transaction open while the others count.
        time.sleep(0.2)
        return real_create(**kwargs)

    monkeypatch.setattr(Alert.objects, "create", slow_create)
    accepted, refused, errors = [], [], []

    def request(number):
        try:
            start.wait(10)
            while True:
                try:
                    services.sign_up(
                        email="doelwit@example.nl",
                        query="",
                        frequency="daily",
                        language="nl",
                        client=f"10.2.0.{number}",
                    )
                except services.RateLimited:
                    refused.append(number)
                except OperationalError:
                    if connection.vendor != "sqlite":
                        raise
                    time.sleep(0.01)
                    continue
                else:
                    accepted.append(number)
                break
        except Exception as error:  # reported by the main thread
            errors.append(error)
        finally:
            connection.close()

    threads = [threading.Thread(target=request, args=[number]) for number in range(requests)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)

    assert errors == []
    assert len(accepted) == limit
    assert len(refused) == requests - limit
    assert Alert.objects.count() == limit
    assert len(outbox) == limit
    assert AlertSignup.objects.filter(accepted=True).count() == limit
