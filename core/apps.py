from axes import apps as axes_apps
from django.apps import AppConfig
from django.contrib.admin import apps as admin_apps
from django.core.mail.utils import DNS_NAME
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp import apps as totp_apps
from django_tasks_db import apps as tasks_apps

from .links import site_domain


class CoreConfig(AppConfig):
    # The app's own config; the others in this module configure other apps.
    default = True
    name = "core"
    verbose_name = _("Site")

    def ready(self):
        from . import checks, sitemaps  # noqa: F401 -- registers the deploy check

        sitemaps.register_page("privacy")
        # Django names the Message-ID of a mail without one after the machine
        # (socket.getfqdn(): "localhost" in a container). Every mail is sent for the site, so
        # it takes the site's domain; DNS_NAME is the object Django's mail modules hold.
        DNS_NAME.get_fqdn = site_domain


class StaffAdminConfig(admin_apps.AdminConfig):
    """Django's admin with the project's admin site as the default one: staff sign in with a
    second factor (core.staff). Named in INSTALLED_APPS instead of django.contrib.admin."""

    default = False
    default_site = "core.staff.StaffAdminSite"


class TaskQueueConfig(tasks_apps.TasksAppConfig):
    """django-tasks-db (the durable queue of the mails) under a name the admin can show in
    Dutch: its own is a plain English string."""

    default = False
    verbose_name = _("Mail queue")


class SignInAttemptsConfig(axes_apps.AppConfig):
    """django-axes (failed sign-ins, lockouts) under a heading the admin shows in Dutch; its
    own is the label, "Axes"."""

    default = False
    verbose_name = _("Sign-in attempts")


class AuthenticatorAppsConfig(totp_apps.DefaultConfig):
    """django-otp's TOTP devices (staff's authenticator apps) under a Dutch heading; its own
    is the label, "otp_totp"."""

    default = False
    verbose_name = _("Authenticator apps")
