"""What every app's admin uses: a ModelAdmin whose history reads in the reader's language,
and the user and group admins with the permissions named in it.

Django keeps an admin change as JSON naming the changed fields, and translates the names when
the history is read. It stores the form's labels, though, which a model form capitalises
("Onboarding weeks"): no catalog has those strings, so a Dutch reader saw English. This
ModelAdmin stores the untranslated verbose names instead ("onboarding weeks"), which are the
strings the project's catalog translates; Django capitalises the sentence when it shows it.
"""

from django.contrib import admin
from django.contrib.auth import admin as auth_admin
from django.contrib.auth.models import Group, Permission, User
from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import gettext, override
from django.utils.translation import gettext_lazy as _


class ReadOnly:
    """For the admin or inline of records only the services write (histories, access logs):
    nobody adds, changes or deletes them here. Put it before the admin class."""

    def has_add_permission(self, request, obj=None):
        return False

    def has_change_permission(self, request, obj=None):
        return False

    def has_delete_permission(self, request, obj=None):
        return False


def field_names_for_history(form, names):
    """The untranslated verbose name of each field in `names` (call without a language)."""
    model = getattr(getattr(form, "_meta", None), "model", None)
    labels = []
    for name in names:
        label = None
        if model is not None:
            try:
                label = model._meta.get_field(name).verbose_name
            except FieldDoesNotExist:
                label = None
        if label is None:
            field = form.fields.get(name)
            label = field.label if field is not None and field.label else name
        labels.append(str(label))
    return labels


def change_message(form, formsets, add):
    """Django's `construct_change_message`, naming fields by their verbose names."""
    message = []
    if add:
        message.append({"added": {}})
    elif changed := form.changed_data:
        with override(None):
            message.append({"changed": {"fields": field_names_for_history(form, changed)}})
    with override(None):
        for formset in formsets or ():
            for added in formset.new_objects:
                message.append(
                    {"added": {"name": str(added._meta.verbose_name), "object": str(added)}}
                )
            for changed_object, fields in formset.changed_objects:
                message.append(
                    {
                        "changed": {
                            "name": str(changed_object._meta.verbose_name),
                            "object": str(changed_object),
                            "fields": field_names_for_history(formset.forms[0], fields),
                        }
                    }
                )
            for deleted in formset.deleted_objects:
                message.append(
                    {"deleted": {"name": str(deleted._meta.verbose_name), "object": str(deleted)}}
                )
    return message


class ModelAdmin(admin.ModelAdmin):
    """The project's ModelAdmin: its history entries read in the reader's language."""

    def construct_change_message(self, request, form, formsets, add=False):
        return change_message(form, formsets, add)


# Permissions in the reader's language -------------------------------------------------------

# Django stores the names of its built-in permissions in English when it creates them ("Can
# add assignment"); the user and group forms list them. They are named here again from the
# action and the model's (translated) verbose name; other permissions' names are msgids.
PERMISSION_ACTIONS = {
    "add": _("Can add %(name)s"),
    "change": _("Can change %(name)s"),
    "delete": _("Can delete %(name)s"),
    "view": _("Can view %(name)s"),
}


def permission_label(permission):
    """A permission as Django's admin lists it (app | model | what it allows), in words of the
    active language."""
    content_type = permission.content_type
    model = content_type.model_class()
    action, _separator, model_name = permission.codename.partition("_")
    if model is not None and action in PERMISSION_ACTIONS and model_name == model._meta.model_name:
        what = PERMISSION_ACTIONS[action] % {"name": model._meta.verbose_name}
    else:
        what = gettext(permission.name)
    return f"{content_type} | {what}"


class PermissionsInReadersLanguage:
    """For the user and group admins: the permissions' names in the reader's language."""

    def formfield_for_manytomany(self, db_field, request, **kwargs):
        field = super().formfield_for_manytomany(db_field, request, **kwargs)
        if db_field.related_model is Permission:
            field.label_from_instance = permission_label
        return field


admin.site.unregister(User)
admin.site.unregister(Group)


@admin.register(User)
class UserAdmin(PermissionsInReadersLanguage, auth_admin.UserAdmin):
    pass


@admin.register(Group)
class GroupAdmin(PermissionsInReadersLanguage, auth_admin.GroupAdmin):
    pass
