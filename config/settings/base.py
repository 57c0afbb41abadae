"""Settings shared by every environment; values come from the environment (django-environ)."""

from pathlib import Path

import environ
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django.contrib.humanize",
    "django.contrib.postgres",
    "django.contrib.sitemaps",
    "django_filters",
    "django_htmx",
    # The site's own apps, lower layers first (docs/architecture.md).
    "core",
    "organisations",
    "assignments",
    "faq",
    "alerts",
    "insights",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the session: a cached public page skips everything below.
    "core.middleware.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
            ],
        },
    },
]

# Absent DATABASE_URL means an SQLite file in the project, for trying the site out.
DATABASES = {"default": env.db("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")}
if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":
    # A new PostgreSQL connection per request costs about ten times the query itself:
    # keep connections open, and check them before reuse so a restarted server is survived.
    DATABASES["default"]["CONN_MAX_AGE"] = env.int("CONN_MAX_AGE", default=600)
    DATABASES["default"]["CONN_HEALTH_CHECKS"] = True
    DATABASES["default"].setdefault("OPTIONS", {}).setdefault("connect_timeout", 5)
    # The site runs many small queries: compiling one with JIT costs more than running it, and
    # parallel workers for one request take the cores the other requests are waiting for.
    DATABASES["default"]["OPTIONS"].setdefault(
        "options", "-c jit=off -c max_parallel_workers_per_gather=0"
    )
else:
    DATABASES["default"].setdefault("OPTIONS", {}).update(
        {
            # WAL lets readers go on while a writer works; IMMEDIATE avoids "database is
            # locked" when two requests upgrade a read to a write at once.
            "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL;",
            "transaction_mode": "IMMEDIATE",
            "timeout": 20,
        }
    )

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
# Outside production whitenoise serves straight from the source folders; only production
# collects them (STATIC_ROOT) into hashed, compressed files.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
STATICFILES_DIRS = [BASE_DIR / "static"]
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Public pages are cached whole (core.cache). The key carries a version counter kept in
# the database, so a per-process cache is correct too; CACHE_URL may name a shared one
# (redis://…, pymemcache://…). Rendered pages are 20–60 kB: MAX_ENTRIES bounds the memory.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://opdrachtwijzer")}
if CACHES["default"]["BACKEND"].endswith("LocMemCache"):
    CACHES["default"].setdefault("OPTIONS", {}).setdefault("MAX_ENTRIES", 3000)
# Pages rendered by one release must not be served by the next from a shared cache.
CACHES["default"]["KEY_PREFIX"] = env("CACHE_KEY_PREFIX", default="")

# Sessions live in the database so that any app server can answer any request.
SESSION_ENGINE = "django.contrib.sessions.backends.db"

# EMAIL_URL (smtp+tls://user:password@host:587) or the usual EMAIL_* variables.
if "EMAIL_URL" in env:
    _email = env.email_url("EMAIL_URL")
else:
    _email = {
        "EMAIL_BACKEND": env(
            "EMAIL_BACKEND", default="django.core.mail.backends.smtp.EmailBackend"
        ),
        "EMAIL_HOST": env("EMAIL_HOST", default="localhost"),
        "EMAIL_PORT": env.int("EMAIL_PORT", default=25),
        "EMAIL_HOST_USER": env("EMAIL_HOST_USER", default=""),
        "EMAIL_HOST_PASSWORD": env("EMAIL_HOST_PASSWORD", default=""),
        "EMAIL_USE_TLS": env.bool("EMAIL_USE_TLS", default=False),
        "EMAIL_USE_SSL": env.bool("EMAIL_USE_SSL", default=False),
    }
_smtp_options = {
    "host": _email.get("EMAIL_HOST"),
    "port": _email.get("EMAIL_PORT"),
    "username": _email.get("EMAIL_HOST_USER"),
    "password": _email.get("EMAIL_HOST_PASSWORD"),
    "use_tls": _email.get("EMAIL_USE_TLS", False),
    "use_ssl": _email.get("EMAIL_USE_SSL", False),
}
MAILERS = {
    "default": {
        "BACKEND": _email["EMAIL_BACKEND"],
        "OPTIONS": _smtp_options if _email["EMAIL_BACKEND"].endswith("smtp.EmailBackend") else {},
    }
}
DEFAULT_FROM_EMAIL = env("DEFAULT_FROM_EMAIL", default="Opdrachtwijzer <noreply@opdrachtwijzer.nl>")

# Where the site is reachable, for the absolute links in e-mail (no request to take it from).
SITE_URL = env("SITE_URL", default="http://127.0.0.1:8000").rstrip("/")

# Background work (the alert mails) goes through django.tasks. The immediate backend runs a
# task at once in the process that enqueues it; a queue backend can replace it without a change
# in the code, because the tasks themselves claim their alert in the database.
TASKS = {"default": {"BACKEND": "django.tasks.backends.immediate.ImmediateBackend"}}

# The request.META key with the visitor's address, for the alert sign-up limits. Behind a proxy
# REMOTE_ADDR is the proxy's own address; set this to the header the proxy overwrites with the
# client's address (e.g. HTTP_X_REAL_IP), never to one a client could send itself. A list in
# the header (X-Forwarded-For) counts by its right-most address: the one our proxy appended.
# Production has no default (see production.py).
CLIENT_ADDRESS_HEADER = env("CLIENT_ADDRESS_HEADER", default="REMOTE_ADDR")

# No inline script or style anywhere: pages can be cached whole and injected markup cannot run.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "font-src": [CSP.SELF],
    "connect-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
# nosniff, same-origin referrer and opener policies and X-Frame-Options: DENY are Django's
# defaults already (tests/test_settings.py checks the headers).

LOGIN_URL = "admin:login"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {"django.db.backends": {"level": "WARNING"}},
}

# SQLite (for trying the site out) ignores the covering columns of the public list's filter
# index (INCLUDE); they matter on PostgreSQL only.
SILENCED_SYSTEM_CHECKS = ["models.W040"]
