"""Settings for trying the site out on a laptop: debug on, SQLite unless DATABASE_URL is set."""

from .base import *  # noqa: F403
from .base import env

DEBUG = env.bool("DEBUG", default=True)
SECRET_KEY = env("SECRET_KEY", default="local-development-key-not-for-production")
ALLOWED_HOSTS = env.list("ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"])

if "EMAIL_URL" not in env and "EMAIL_BACKEND" not in env:
    # Mail shows up in the terminal instead of leaving the laptop.
    MAILERS = {"default": {"BACKEND": "django.core.mail.backends.console.EmailBackend"}}

if "CACHE_URL" not in env:
    # Template edits show at once; set CACHE_URL=locmemcache:// to try the page cache.
    CACHES = {"default": {"BACKEND": "django.core.cache.backends.dummy.DummyCache"}}
