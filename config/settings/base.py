"""Settings shared by every environment; values come from the environment (django-environ)."""

from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit

import environ
from django.utils.csp import CSP
from django.utils.translation import gettext_lazy as _

BASE_DIR = Path(__file__).resolve().parent.parent.parent

env = environ.Env()

DEBUG = env.bool("DEBUG", default=False)

INSTALLED_APPS = [
    # Django's admin, on the site that asks staff for a second factor (core.staff).
    "core.apps.StaffAdminConfig",
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
    "django_otp",
    "core.apps.AuthenticatorAppsConfig",  # django_otp.plugins.otp_totp
    "core.apps.SignInAttemptsConfig",  # axes
    # The durable task queue (TASKS_BACKEND=database): its table, worker and admin.
    "core.apps.TaskQueueConfig",
    # The site's own apps, lower layers first (docs/architecture.md).
    "core",
    "organisations",
    "assignments",
    "faq",
    "alerts",
    "responses",
    "insights",
    "demo",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "core.middleware.SecurityHeadersMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    # Before the session: a cached public page skips everything below.
    "core.middleware.PublicPageCacheMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "core.middleware.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django_otp.middleware.OTPMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # Last, as django-axes asks: it turns a locked-out sign-in into its answer.
    "axes.middleware.AxesMiddleware",
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
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
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
# Candidates' CVs: never under static/ or anything a web server serves, never at a URL (the
# admin's download view is the only way out). S3-compatible object storage when a bucket is
# named, so that several app servers share it; else a private folder (git-ignored).
if env("RESPONSES_S3_BUCKET", default=""):
    STORAGES["responses"] = {
        "BACKEND": "storages.backends.s3.S3Storage",
        "OPTIONS": {
            "bucket_name": env("RESPONSES_S3_BUCKET"),
            "endpoint_url": env("RESPONSES_S3_ENDPOINT_URL", default=None),
            "access_key": env("RESPONSES_S3_ACCESS_KEY_ID", default=None),
            "secret_key": env("RESPONSES_S3_SECRET_ACCESS_KEY", default=None),
            "region_name": env("RESPONSES_S3_REGION", default=None),
            "location": env("RESPONSES_S3_PREFIX", default=""),
            "default_acl": "private",
            "querystring_auth": True,
            "querystring_expire": 60,
            "file_overwrite": False,
            "object_parameters": {"ContentDisposition": "attachment"},
        },
    }
else:
    STORAGES["responses"] = {
        "BACKEND": "responses.storage.PrivateFileSystemStorage",
        "OPTIONS": {"location": env.path("RESPONSES_DIR", default=BASE_DIR / "private")},
    }

# Who answers for candidates' data (the privacy page names them), and where a response goes
# when no recruiter has claimed its assignment.
PRIVACY_CONTROLLER = {
    "name": env("PRIVACY_CONTROLLER_NAME", default="Opdrachtwijzer"),
    "email": env("PRIVACY_CONTROLLER_EMAIL", default="privacy@opdrachtwijzer.nl"),
    "address": env("PRIVACY_CONTROLLER_ADDRESS", default=""),
}
RESPONSES_EMAIL = env("RESPONSES_EMAIL", default="reacties@opdrachtwijzer.nl")

# Uploaded files of the default storage (none are public: nothing serves this folder).
MEDIA_ROOT = env.path("MEDIA_ROOT", default=BASE_DIR / "media")
# `manage.py backup` (core.backups): the storages holding uploads, and where backups go.
BACKUP_STORAGES = env.list("BACKUP_STORAGES", default=["default", "responses"])
BACKUP_DIR = env.path("BACKUP_DIR", default=BASE_DIR / "backups")

# Public pages are cached whole (core.cache). The key carries a version counter kept in
# the database, so a per-process cache is correct too; CACHE_URL may name a shared one
# (redis://…, pymemcache://…). The per-process default is bounded in bytes (core.memory_cache):
# at most CACHE_MAX_MB (default 64) MB of pages per worker, whatever is asked for.
CACHES = {"default": env.cache("CACHE_URL", default="locmemcache://opdrachtwijzer")}
if CACHES["default"]["BACKEND"].endswith("LocMemCache"):
    CACHES["default"]["BACKEND"] = "core.memory_cache.BoundedMemoryCache"
    CACHES["default"].setdefault("OPTIONS", {}).setdefault("MAX_ENTRIES", 3000)
    CACHES["default"]["OPTIONS"].setdefault("MAX_BYTES", env.int("CACHE_MAX_MB", default=64) << 20)
if CACHES["default"]["BACKEND"] == "django.core.cache.backends.redis.RedisCache":
    # Django's own Redis backend, where an unreachable Redis counts as a miss instead of a
    # 500 (core.cache_backends). Short timeouts: a page rendered without the cache beats a
    # page that waits for it.
    CACHES["default"]["BACKEND"] = "core.cache_backends.ResilientRedisCache"
    CACHES["default"].setdefault("OPTIONS", {}).update(
        {
            "socket_connect_timeout": env.float("CACHE_CONNECT_TIMEOUT", default=0.5),
            "socket_timeout": env.float("CACHE_TIMEOUT", default=0.5),
        }
    )
# Pages rendered by one release must not be served by the next from a shared cache.
CACHES["default"]["KEY_PREFIX"] = env("CACHE_KEY_PREFIX", default="")
# While the database does not answer, cached public pages are served under the last public
# data version read, for at most this long after it was read (core.cache, core.outage).
PAGE_CACHE_OUTAGE_SECONDS = env.int("PAGE_CACHE_OUTAGE_SECONDS", default=15 * 60)
# The list's filters are answered from a table in memory per process (assignments.facets),
# built for a public data version once the database has answered this many lists of it, and
# at most this often; until then, the database answers.
LIST_TABLE_AFTER_LISTS = env.int("LIST_TABLE_AFTER_LISTS", default=20)
LIST_TABLE_REBUILD_SECONDS = env.float("LIST_TABLE_REBUILD_SECONDS", default=30)

# Sessions live in the database so that any app server can answer any request. Only staff
# have one (public pages set no cookie), and it ends after a working day, however active.
SESSION_ENGINE = "django.contrib.sessions.backends.db"
SESSION_COOKIE_AGE = 9 * 60 * 60

# Staff sign-in (core.staff, docs/operations.md). django-axes counts failed sign-ins in the
# database (so across servers): five in a row from one client, or for one account, pause
# signing in there for a quarter of an hour. The client is the one the rate limits see.
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = 5
AXES_COOLOFF_TIME = timedelta(minutes=15)
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_RESET_ON_SUCCESS = True
# A pause of a quarter of an hour that ends when it says, also while someone keeps trying.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_CLIENT_IP_CALLABLE = "core.staff.client_address"
AXES_LOCKOUT_CALLABLE = "core.staff.locked_out"
AXES_ENABLE_ACCESS_FAILURE_LOG = True
# Its start-up banner would print into every management command's output.
AXES_VERBOSE = False
# A second factor (a code from an authenticator app) for every staff account: always in
# production; elsewhere when this says so (tests that need it turn it on).
STAFF_TWO_FACTOR_REQUIRED = env.bool("STAFF_TWO_FACTOR_REQUIRED", default=False)
OTP_TOTP_ISSUER = "Opdrachtwijzer"
# Administrators may delete a staff member's app in the admin, but never read its key.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

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

# Background work (every mail) goes through django.tasks. TASKS_BACKEND=immediate (the default)
# runs a task at once in the process that enqueues it: fine for trying the site out. With
# TASKS_BACKEND=database a task is a row in the database (django-tasks-db), committed by the
# request that asks for it and run by a separate worker (`manage.py db_worker`): a request never
# waits for the mail server, and a mail waits in the table while no worker runs. The tasks
# claim their own rows, so the code is the same for both.
TASK_BACKENDS = {
    "immediate": "django.tasks.backends.immediate.ImmediateBackend",
    "database": "django_tasks_db.DatabaseBackend",
}
TASKS = {
    "default": {
        "BACKEND": TASK_BACKENDS[env.str("TASKS_BACKEND", default="immediate").strip().lower()],
        "QUEUES": ["default"],
    }
}

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
# defaults already (tests/test_settings.py checks the headers); core.middleware adds these.
PERMISSIONS_POLICY = (
    "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), "
    "microphone=(), payment=(), usb=()"
)
CROSS_ORIGIN_RESOURCE_POLICY = "same-origin"
# The language switch's cookie: sent on top-level navigation only, never to scripts.
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_HTTPONLY = True

# /.well-known/security.txt (RFC 9116): where to report a vulnerability.
SECURITY_CONTACT = env(
    "SECURITY_CONTACT", default=f"mailto:security@{urlsplit(SITE_URL).hostname or 'localhost'}"
)

LOGIN_URL = "admin:login"

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    # While the database is down: one line per interval instead of a traceback per request.
    "filters": {"database_outage": {"()": "core.outage.QuietOutageFilter"}},
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env("LOG_LEVEL", default="INFO")},
    "loggers": {
        "django.db.backends": {"level": "WARNING"},
        "django.request": {"filters": ["database_outage"]},
    },
}

# SQLite (for trying the site out) ignores the covering columns of the public list's filter
# index (INCLUDE); they matter on PostgreSQL only.
SILENCED_SYSTEM_CHECKS = ["models.W040"]
