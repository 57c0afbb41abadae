"""The candidate's pages: the response form of a public assignment, the page after sending,
and the withdraw link's page. They carry a CSRF token or a personal link, so they are never
cached; the assignment page only links here and stays the same for every visitor."""

from django.http import Http404
from django.shortcuts import redirect, render
from django.urls import reverse
from django.utils.decorators import method_decorator
from django.utils.translation import get_language
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_exempt, csrf_protect
from django.views.generic import FormView, TemplateView, View

from assignments.models import Assignment
from assignments.views import no_longer_open
from core.ratelimit import client_key
from core.views import HandedOverInCookie

from . import links, services
from .forms import ResponseForm
from .models import KEEP_FOR_OTHER_ASSIGNMENTS, MAX_CV_SIZE, RETAIN_AFTER_END, Response
from .uploads import CvSizeLimit

# A request body larger than this is not read at all. Up to it, a file over MAX_CV_SIZE is
# read and dropped (see uploads.CvSizeLimit), so the form comes back with everything typed.
MAX_REQUEST_SIZE = 50 * 1024 * 1024


def open_assignment(request, slug):
    """The public assignment of the URL; a closed or withdrawn one answers with the "no longer
    open" page (a 404, as its own page does), anything else with a plain 404."""
    assignment = (
        Assignment.objects.public()
        .select_related("organisation")
        .only("title", "slug", "closing_date", "city", "organisation__name", "organisation__slug")
        .filter(slug=slug)
        .first()
    )
    if assignment is not None:
        return assignment, None
    gone = no_longer_open(request, slug)
    if gone is None:
        raise Http404
    return None, gone


def retention_context():
    return {
        "retain_weeks": RETAIN_AFTER_END.days // 7,
        "keep_days": KEEP_FOR_OTHER_ASSIGNMENTS.days,
    }


# Changing the upload handlers must happen before anything reads the body, and the CSRF
# middleware reads it: the view is exempt from the middleware and protects itself in dispatch
# (the pattern of Django's documentation on upload handlers).
@method_decorator([csrf_exempt, never_cache], name="dispatch")
class RespondView(FormView):
    form_class = ResponseForm
    template_name = "responses/respond.html"
    http_method_names = ["get", "head", "post", "options"]

    def dispatch(self, request, slug):
        self.assignment, gone = open_assignment(request, slug)
        if gone is not None:
            return gone
        if request.method == "POST":
            try:
                length = int(request.META.get("CONTENT_LENGTH") or 0)
            except ValueError:
                length = 0
            if length > MAX_REQUEST_SIZE:
                return render(
                    request,
                    "responses/too_large.html",
                    {"assignment": self.assignment, "limit": MAX_CV_SIZE},
                    status=413,
                )
            request.upload_handlers.insert(0, CvSizeLimit(request))
        return csrf_protect(super().dispatch)(request, slug)

    def get_context_data(self, **kwargs):
        return super().get_context_data(assignment=self.assignment, **retention_context(), **kwargs)

    def form_invalid(self, form):
        response = super().form_invalid(form)
        response.status_code = 400
        return response

    def form_valid(self, form):
        try:
            received = services.submit(
                assignment=self.assignment,
                cv=form.cleaned_data["cv"],
                check=form.cv_check,
                data=form.response_data(),
                language=get_language(),
                client=client_key(self.request),
            )
        except services.RateLimited as error:
            return self.refused(form, error.message, status=429)
        except services.NotOpen as error:
            return self.refused(form, error.message, status=409)
        except services.StorageUnavailable as error:
            refused = self.refused(form, error.message, status=503)
            refused["Retry-After"] = "120"
            return refused
        response = redirect("responses:sent", self.assignment.slug)
        SentView.remember(response, self.assignment, received)
        return response

    def refused(self, form, message, status):
        """The form again, with what the candidate entered and why nothing was sent. The file
        is not kept: it must be chosen again, and the form says so."""
        form.add_error(None, message)
        response = super().form_invalid(form)
        response.status_code = status
        return response


@method_decorator(never_cache, name="dispatch")
class SentView(HandedOverInCookie, TemplateView):
    """What happens next and how long the data is kept. The form hands over which response
    was sent in a cookie (core.views.HandedOverInCookie)."""

    template_name = "responses/sent.html"
    http_method_names = ["get", "head", "options"]
    cookie_name = "response_sent"
    cookie_salt = "responses.views.sent"

    @classmethod
    def remember(cls, http_response, assignment, received):
        value = f"{received.response.key}:{int(received.confirmation_sent)}"
        cls.hand_over(http_response, value, path=reverse("responses:sent", args=[assignment.slug]))

    def recalled(self):
        value = self.handed_over()
        if value is None:
            return None, True
        key, _sep, sent = value.rpartition(":")
        response = (
            Response.objects.filter(key=key, assignment__slug=self.kwargs["slug"])
            .only("email", "key", "keep_for_other_assignments", "created_at", "assignment")
            .first()
        )
        return response, sent == "1"

    def get_context_data(self, **kwargs):
        assignment = (
            Assignment.objects.select_related("organisation")
            .filter(slug=self.kwargs["slug"], published_at__isnull=False)
            .first()
        )
        if assignment is None:
            raise Http404
        response, confirmation_sent = self.recalled()
        withdraw_path = None
        if response is not None and not confirmation_sent:
            response.assignment = assignment
            withdraw_path = links.withdraw_path(response)
        return super().get_context_data(
            assignment=assignment,
            response=response,
            keep_until=response.created_at + KEEP_FOR_OTHER_ASSIGNMENTS if response else None,
            confirmation_sent=confirmation_sent,
            withdraw_path=withdraw_path,
            **retention_context(),
            **kwargs,
        )


@method_decorator(never_cache, name="dispatch")
class WithdrawView(View):
    """The withdraw link from the confirmation mail. GET only shows a button (mail scanners
    open links); its POST deletes the response and its CV at once."""

    http_method_names = ["get", "head", "post", "options"]
    template_name = "responses/withdraw.html"

    def dispatch(self, request, slug, token):
        try:
            self.response = links.response_for_token(token)
        except links.InvalidLink:
            return render(request, "responses/link_invalid.html", status=400)
        return super().dispatch(request, slug, token)

    def render(self, state):
        return render(self.request, self.template_name, {"response": self.response, "state": state})

    def get(self, request, slug, token):
        return self.render("ask" if self.response else "gone")

    def post(self, request, slug, token):
        if self.response is not None:
            services.withdraw_by_candidate(self.response)
        return self.render("done")
