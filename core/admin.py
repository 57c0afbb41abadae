"""What every app's admin uses: a ModelAdmin whose history reads in the reader's language.

Django keeps an admin change as JSON naming the changed fields, and translates the names when
the history is read. It stores the form's labels, though, which a model form capitalises
("Onboarding weeks"): no catalog has those strings, so a Dutch reader saw English. This
ModelAdmin stores the untranslated verbose names instead ("onboarding weeks"), which are the
strings the project's catalog translates; Django capitalises the sentence when it shows it.
"""

from django.contrib import admin
from django.core.exceptions import FieldDoesNotExist
from django.utils.translation import override


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
