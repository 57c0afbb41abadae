"""The pages of e-mail alerts. The list only links here: these pages carry a CSRF token or a
personal link, so they are never cached, and the list page stays the same for every visitor."""

import json

from django.http import QueryDict
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt
from django.views.generic import FormView, TemplateView, View

from core.ratelimit import client_key
from core.views import HandedOverInCookie

from . import links, services
from .forms import AlertForm
from .searches import filter_labels, normalise_query


@method_decorator(never_cache, name="dispatch")
class AlertSignupView(FormView):
    """Sign-up for an alert on the filters in the query string (normalised; invalid ones and
    the page are dropped). The form posts back to the same URL."""

    form_class = AlertForm
    template_name = "alerts/signup.html"
    http_method_names = ["get", "head", "post", "options"]

    def dispatch(self, request, *args, **kwargs):
        self.query = normalise_query(request.GET)
        return super().dispatch(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        return super().get_context_data(
            query=self.query,
            filters=filter_labels(self.query),
            **kwargs,
        )

    def form_valid(self, form):
        try:
            services.sign_up(
                email=form.cleaned_data["email"],
                query=self.query,
                frequency=form.cleaned_data["frequency"],
                language=get_language(),
                client=client_key(self.request),
            )
        except services.RateLimited as error:
            return self.refused(form, error.message, status=429)
        except services.SendFailed as error:
            return self.refused(form, error.message, status=503)
        response = redirect("alerts:requested")
        AlertRequestedView.remember(response, form.cleaned_data["email"], self.query)
        return response

    def refused(self, form, message, status):
        """The form again, with what the visitor entered and why nothing was done."""
        form.add_error(None, message)
        response = self.form_invalid(form)
        response.status_code = status
        return response


@method_decorator(never_cache, name="dispatch")
class AlertRequestedView(HandedOverInCookie, TemplateView):
    """ "Check your e-mail", with the address the mail went to and the search it was for,
    handed over by the sign-up in a cookie (core.views.HandedOverInCookie)."""

    template_name = "alerts/requested.html"
    http_method_names = ["get", "head", "options"]
    cookie_name = "alert_requested"
    # The salt from before alerts had an app of their own: a cookie set then still reads.
    cookie_salt = "assignments.views.alert_requested"

    @classmethod
    def remember(cls, response, email, query):
        value = json.dumps({"email": email, "query": query})
        cls.hand_over(response, value, path=reverse("alerts:requested"))

    def recalled(self):
        value = self.handed_over()
        try:
            data = json.loads(value) if value is not None else None
        except ValueError:
            data = None
        if not isinstance(data, dict):
            return None, ""
        email, query = data.get("email"), data.get("query")
        if not isinstance(email, str) or not isinstance(query, str):
            return None, ""
        # Normalised again: the cookie is signed, but the filters may have changed since.
        return email, normalise_query(QueryDict(query))

    def get_context_data(self, **kwargs):
        email, query = self.recalled()
        return super().get_context_data(email=email, query=query, **kwargs)


class AlertLinkView(View):
    """A page behind a signed link from an alert mail. GET only shows a button (mail scanners
    open links); the POST of that button does the work."""

    purpose = None
    template_name = None

    def dispatch(self, request, token, *args, **kwargs):
        try:
            self.alert = links.alert_for_token(token, purpose=self.purpose)
        except links.InvalidLink as error:
            return render(
                request,
                "alerts/link_invalid.html",
                {
                    "expired": error.expired,
                    "purpose": self.purpose,
                    # An expired link's search: the page offers the same sign-up again.
                    "query": error.query,
                },
                status=400,
            )
        return super().dispatch(request, token, *args, **kwargs)

    def render(self, state, status=200):
        context = {"alert": self.alert, "state": state}
        if self.alert is not None:
            # The visitor holds a link sent to their own address: the search may be quoted.
            context["filters"] = filter_labels(self.alert.query)
        return render(self.request, self.template_name, context, status=status)


@method_decorator(never_cache, name="dispatch")
class AlertConfirmView(AlertLinkView):
    purpose = "confirm"
    template_name = "alerts/confirm.html"

    def get(self, request, token):
        if self.alert is None:
            return self.render("gone", status=404)
        return self.render("confirmed" if self.alert.is_confirmed else "ask")

    def post(self, request, token):
        if self.alert is None:
            return self.render("gone", status=404)
        self.alert = services.confirm(self.alert)
        if self.alert is None:
            return self.render("gone", status=404)
        return self.render("confirmed")


# Mail clients post the one-click unsubscribe (RFC 8058) without any cookie or token; the
# signed link itself is the proof.
@method_decorator([csrf_exempt, never_cache], name="dispatch")
class AlertUnsubscribeView(AlertLinkView):
    purpose = "unsubscribe"
    template_name = "alerts/unsubscribe.html"

    def get(self, request, token):
        return self.render("ask" if self.alert else "done")

    def post(self, request, token):
        if self.alert is not None:
            services.unsubscribe(self.alert)
        return self.render("done")
