"""Settings for the test suite: fast hashing, mail in memory, plain static storage."""

from .base import *  # noqa: F403
from .base import DATABASES

DEBUG = False
SECRET_KEY = "test-key-not-for-production"  # noqa: S105
ALLOWED_HOSTS = ["testserver", "localhost", "127.0.0.1"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
MAILERS = {"default": {"BACKEND": "django.core.mail.backends.locmem.EmailBackend"}}
# Test databases are created and dropped per run; a persistent connection would keep
# PostgreSQL from dropping it.
DATABASES["default"]["CONN_MAX_AGE"] = 0
# Every list in the suite is answered from the table in memory, built for each change of data
# (assignments.facets); the tests of when it is built set their own.
LIST_TABLE_AFTER_LISTS = 0
LIST_TABLE_REBUILD_SECONDS = 0
