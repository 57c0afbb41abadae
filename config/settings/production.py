"""Settings for production: secrets have no default, so a missing one stops the start."""

import re
from urllib.parse import urlsplit

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import BASE_DIR, STORAGES, env

SECRET_KEY = env("SECRET_KEY")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS")
if not SECRET_KEY.strip() or not [host for host in ALLOWED_HOSTS if host.strip()]:
    raise ImproperlyConfigured("SECRET_KEY and ALLOWED_HOSTS must not be empty in production.")

# The public address in every e-mail, feed, sitemap and canonical link: a wrong default would
# go out in mails that cannot be called back.
SITE_URL = env("SITE_URL").strip().rstrip("/")
_site = urlsplit(SITE_URL)
SECURITY_CONTACT = env("SECURITY_CONTACT", default=f"mailto:security@{_site.hostname}")
if _site.scheme != "https" or not _site.hostname or _site.path or _site.query or _site.fragment:
    raise ImproperlyConfigured(
        f"SITE_URL must be the site's https address without a path, e.g. "
        f"https://opdrachtwijzer.nl, not {SITE_URL!r}."
    )

# Which request.META key holds the visitor's address decides whether the sign-up limits count
# visitors or the proxy (see base.py): there is no safe guess, so it must be said. REMOTE_ADDR
# when gunicorn is reached directly; behind a proxy the header it sets, e.g. HTTP_X_REAL_IP or
# HTTP_X_FORWARDED_FOR (whose right-most address, the one our proxy added, is used).
CLIENT_ADDRESS_HEADER = env("CLIENT_ADDRESS_HEADER").strip()
if not re.fullmatch(r"REMOTE_ADDR|HTTP_[A-Z0-9_]+", CLIENT_ADDRESS_HEADER):
    raise ImproperlyConfigured(
        "CLIENT_ADDRESS_HEADER must be a request.META key: REMOTE_ADDR, or a header as "
        f"HTTP_X_REAL_IP or HTTP_X_FORWARDED_FOR, not {CLIENT_ADDRESS_HEADER!r}."
    )

DEBUG = env.bool("DEBUG", default=False)

STATIC_ROOT = env.path("STATIC_ROOT", default=BASE_DIR / "staticfiles")
WHITENOISE_USE_FINDERS = False
WHITENOISE_AUTOREFRESH = False
STORAGES["staticfiles"] = {
    "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
}

# The proxy in front terminates TLS and says so in X-Forwarded-Proto.
SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SECURE_SSL_REDIRECT = env.bool("SECURE_SSL_REDIRECT", default=True)
# /healthz is asked by load balancers over plain HTTP on the private network.
SECURE_REDIRECT_EXEMPT = [r"^healthz$"]
SECURE_HSTS_SECONDS = env.int("SECURE_HSTS_SECONDS", default=60 * 60 * 24 * 365)
SECURE_HSTS_INCLUDE_SUBDOMAINS = True
SECURE_HSTS_PRELOAD = True
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
LANGUAGE_COOKIE_SECURE = True
# Staff can read candidates' personal data: a second factor always (core.staff).
STAFF_TWO_FACTOR_REQUIRED = True
CSRF_TRUSTED_ORIGINS = env.list("CSRF_TRUSTED_ORIGINS", default=[])

# The privacy page names who answers for candidates' data, and responses to assignments
# nobody claimed go to RESPONSES_EMAIL: `check --deploy` warns (core.checks) until both are
# said here rather than left at the defaults for trying the site out.
PRIVACY_SETTINGS_GIVEN = all(
    name in env
    for name in ("PRIVACY_CONTROLLER_NAME", "PRIVACY_CONTROLLER_EMAIL", "RESPONSES_EMAIL")
)
