"""Staff sign-in: the password (throttled and locked out by django-axes), then a second factor
(a TOTP code from an authenticator app, django-otp) when STAFF_TWO_FACTOR_REQUIRED is on, as it
always is in production.

The admin site of the project is `StaffAdminSite` (the default site, through
`core.apps.StaffAdminConfig`): it lets a staff member in only once the second factor is done.
After the password, a staff member without an app sets one up (a QR code, then one code from
the app to prove it works); one with an app types its current code. See docs/operations.md,
"Staff accounts"."""

import logging
from base64 import b32encode

import segno
from django import forms
from django.conf import settings
from django.contrib import admin, auth
from django.db import transaction
from django.shortcuts import redirect, render
from django.template.response import TemplateResponse
from django.urls import path, reverse
from django.utils import timezone
from django.utils.decorators import method_decorator
from django.utils.formats import time_format
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.cache import never_cache
from django.views.decorators.csrf import csrf_protect
from django.views.decorators.http import require_http_methods
from django_otp import login as otp_login
from django_otp.plugins.otp_totp.models import TOTPDevice

from .ratelimit import client_key

logger = logging.getLogger(__name__)

DEVICE_NAME = "Authenticator-app"


def client_address(request):
    """The client as django-axes counts and stores it (AXES_CLIENT_IP_CALLABLE): the address the
    rate limits see, an IPv6 client by the first address of its /64, or None when there is none
    (the column holds single addresses only)."""
    key = client_key(request)
    return None if key == "unknown" else key.split("/")[0]


def needs_second_factor(request):
    """Whether this request's user is a staff member who still has to give the second factor."""
    user = request.user
    if not (settings.STAFF_TWO_FACTOR_REQUIRED and user.is_authenticated):
        return False
    # OTPMiddleware gives the user of each request is_verified(); the user a sign-in has just
    # put on the request has not given a second factor yet.
    is_verified = getattr(user, "is_verified", None)
    return user.is_active and user.is_staff and not (is_verified and is_verified())


class TokenForm(forms.Form):
    token = forms.CharField(
        label=_("Code from your authenticator app"),
        min_length=6,
        max_length=6,
        strip=True,
        widget=forms.TextInput(
            attrs={
                "autocomplete": "one-time-code",
                "inputmode": "numeric",
                "pattern": "[0-9]{6}",
                "autofocus": True,
            }
        ),
        error_messages={
            "required": _("Enter the six-digit code from your authenticator app."),
            "min_length": _("The code has six digits."),
            "max_length": _("The code has six digits."),
        },
    )

    def clean_token(self):
        token = "".join(self.cleaned_data["token"].split())
        if not token.isascii() or not token.isdigit():
            raise forms.ValidationError(_("The code has six digits."))
        return token


class StaffAdminSite(admin.AdminSite):
    def has_permission(self, request):
        return super().has_permission(request) and not needs_second_factor(request)

    def get_urls(self):
        return [
            path("two-factor/", self.two_factor, name="two_factor"),
            path("two-factor/cancel/", self.two_factor_cancel, name="two_factor_cancel"),
            *super().get_urls(),
        ]

    @method_decorator(never_cache)
    def login(self, request, extra_context=None):
        if needs_second_factor(request):
            return self.to_second_factor(request)
        response = super().login(request, extra_context)
        if request.method == "POST" and needs_second_factor(request):
            return self.to_second_factor(request)  # the password was right
        return response

    def to_second_factor(self, request):
        target = reverse("admin:two_factor", current_app=self.name)
        next_url = self.next_url(request)
        return redirect(f"{target}?next={next_url}" if next_url else target)

    def next_url(self, request):
        candidate = request.POST.get("next") or request.GET.get("next") or ""
        if url_has_allowed_host_and_scheme(
            candidate, allowed_hosts={request.get_host()}, require_https=request.is_secure()
        ):
            return candidate
        return ""

    @method_decorator(never_cache)
    @method_decorator(csrf_protect)
    @method_decorator(require_http_methods(["GET", "POST"]))
    def two_factor(self, request):
        """The second step of signing in: type the app's code, or set the app up first."""
        user = request.user
        if not (user.is_authenticated and user.is_active and user.is_staff):
            return redirect("admin:login")
        done = self.next_url(request) or reverse("admin:index", current_app=self.name)
        if not needs_second_factor(request):
            return redirect(done)
        device = TOTPDevice.objects.filter(user=user, confirmed=True).first()
        if device is not None:
            return self.verify(request, device, done)
        return self.set_up(request, done)

    def verify(self, request, device, done):
        form = TokenForm(request.POST or None)
        if request.method == "POST" and form.is_valid():
            allowed, details = device.verify_is_allowed()
            if allowed and device.verify_token(form.cleaned_data["token"]):
                return self.signed_in(request, device, done, "verified")
            logger.warning(
                "Second factor refused for staff member %s from %s",
                request.user.get_username(),
                client_key(request),
            )
            form.add_error("token", self.refusal(allowed, details))
        return self.render(request, "verify", form)

    def set_up(self, request, done):
        pending = TOTPDevice.objects.filter(user=request.user, confirmed=False).first()
        if request.method == "POST" and "start" in request.POST:
            with transaction.atomic():
                TOTPDevice.objects.filter(user=request.user, confirmed=False).delete()
                TOTPDevice.objects.create(user=request.user, name=DEVICE_NAME, confirmed=False)
            return redirect(request.get_full_path())
        if pending is None:
            return self.render(request, "start", None)
        form = TokenForm(request.POST if "token" in request.POST else None)
        if form.is_bound and form.is_valid():
            allowed, details = pending.verify_is_allowed()
            if allowed and pending.verify_token(form.cleaned_data["token"]):
                pending.confirmed = True
                pending.save(update_fields=["confirmed"])
                return self.signed_in(request, pending, done, "set up")
            form.add_error("token", self.refusal(allowed, details))
        return self.render(
            request,
            "set_up",
            form,
            qr_code=segno.make(pending.config_url, error="m").svg_data_uri(scale=5, border=4),
            key=" ".join(
                b32encode(pending.bin_key).decode()[i : i + 4] for i in range(0, 32, 4)
            ).strip(),
        )

    @staticmethod
    def refusal(allowed, details):
        if not allowed and details and details.get("locked_until"):
            until = timezone.localtime(details["locked_until"])
            return _(
                "Too many wrong codes. Wait until %(time)s and use the code your app shows then."
            ) % {"time": time_format(until, "H:i:s")}
        return _("This code is not right. Use the code your app shows now.")

    def signed_in(self, request, device, done, how):
        otp_login(request, device)
        logger.info(
            "Second factor %s for staff member %s from %s",
            how,
            request.user.get_username(),
            client_key(request),
        )
        return redirect(done)

    def render(self, request, step, form, **context):
        return TemplateResponse(
            request,
            "admin/two_factor.html",
            {
                **self.each_context(request),
                "title": _("Second step of signing in"),
                "step": step,
                "form": form,
                "next": self.next_url(request),
                **context,
            },
        )

    @method_decorator(never_cache)
    @method_decorator(csrf_protect)
    @method_decorator(require_http_methods(["POST"]))
    def two_factor_cancel(self, request):
        """Sign out from the second step (the admin's own logout asks for a full sign-in)."""
        auth.logout(request)
        return redirect("admin:login")


def locked_out(request, original_response=None, credentials=None):
    """django-axes' answer to a locked-out sign-in (AXES_LOCKOUT_CALLABLE): the admin's login
    page with what happened and when to try again, status 429."""
    minutes = int(settings.AXES_COOLOFF_TIME.total_seconds() // 60)
    return render(
        request,
        "admin/locked_out.html",
        {
            **admin.site.each_context(request),
            "title": _("Signing in is paused"),
            "minutes": minutes,
        },
        status=429,
    )
