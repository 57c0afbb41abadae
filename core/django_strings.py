"""Strings of Django itself that its Dutch catalog (Django 6.1) leaves untranslated: the
admin's search heading, date filter, pagination and delete pages, and the "- Select an
option -" of every select; and the names of django-axes' models (it has no Dutch at all),
and of django-tasks-db's task results, which the admin's index and the permissions list
show. Marked here so that makemessages keeps
them in the project's catalog, which comes first (LOCALE_PATHS) and so fills the gaps; nothing
calls them.
The admin's JavaScript strings are in locale/nl/LC_MESSAGES/djangojs.po (see
core.views.AdminJavaScriptCatalog). tests/core/test_admin_language.py finds new gaps."""

from django.utils.translation import gettext_noop, ngettext_lazy

DJANGO_STRINGS = (
    gettext_noop("- Select an option -"),
    gettext_noop("Search %(name)s"),
    gettext_noop("Filter by %(field_name)s"),
    gettext_noop("Pagination %(name)s"),
    gettext_noop("Pagination %(name)s entries"),
    gettext_noop("Logout"),
    gettext_noop("Forgotten your login credentials?"),
    gettext_noop('The app "%s" could not be found.'),
    gettext_noop(
        "Deleting the %(object_name)s “%(escaped_object)s” would result in deleting "
        "related objects, but your account doesn't have permission to delete the following "
        "types of objects:"
    ),
    gettext_noop(
        "Deleting the %(object_name)s “%(escaped_object)s” would require deleting the "
        "following protected related objects:"
    ),
    gettext_noop(
        "Are you sure you want to delete the %(object_name)s “%(escaped_object)s”? All of "
        "the following related items will be deleted:"
    ),
    ngettext_lazy("…and %(count)d more object.", "…and %(count)d more objects.", "count"),
    gettext_noop("access failure"),
    gettext_noop("access failures"),
    gettext_noop("access attempt"),
    gettext_noop("access attempts"),
    gettext_noop("access attempt expiration"),
    gettext_noop("access attempt expirations"),
    gettext_noop("access log"),
    gettext_noop("access logs"),
    # django-tasks-db's results of the mail queue (administrators only).
    gettext_noop("Task Result"),
    gettext_noop("Task Results"),
    ngettext_lazy(
        "This password is too short. It must contain at least %d character.",
        "This password is too short. It must contain at least %d characters.",
        "count",
    ),
)
