import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Kind, Organisation, Province


class ChoicesField(forms.MultipleChoiceField):
    """An empty value means "no choice" (a select left on "All kinds" sends `org_kind=`),
    not an unknown one."""

    def clean(self, value):
        return super().clean([item for item in value or [] if item != ""])


class ChoicesFilter(django_filters.MultipleChoiceFilter):
    field_class = ChoicesField


def choices_filter(field_name, choices, label):
    """A repeatable parameter: any of the given values matches; one unknown value makes the
    whole parameter invalid. No DISTINCT: every lookup here follows a to-one relation."""
    return ChoicesFilter(
        field_name=field_name,
        choices=choices,
        label=label,
        distinct=False,
        widget=forms.CheckboxSelectMultiple,
    )


class OrganisationFilter(django_filters.FilterSet):
    kind = choices_filter("kind", Kind.choices, _("Kind of organisation"))
    province = choices_filter("province", Province.choices, _("Province"))

    class Meta:
        model = Organisation
        fields = []
