import django_filters
from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Kind, Organisation, Province


def choices_filter(field_name, choices, label):
    """A repeatable parameter: any of the given values matches; one unknown value makes the
    whole parameter invalid. No DISTINCT: every lookup here follows a to-one relation."""
    return django_filters.MultipleChoiceFilter(
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
