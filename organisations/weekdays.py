"""Fixed office days stored as a bit mask (mon=1 … fri=16): one small integer that every
database can index and constrain, shown as five checkboxes in forms."""

from django import forms
from django.core.validators import MaxValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _


class Weekday(models.IntegerChoices):
    MON = 1, _("Monday")
    TUE = 2, _("Tuesday")
    WED = 4, _("Wednesday")
    THU = 8, _("Thursday")
    FRI = 16, _("Friday")

    @classmethod
    def from_mask(cls, mask):
        return [day for day in cls if mask & day.value]

    @classmethod
    def count_expression(cls, field):
        """The number of days set in a mask column, as a database expression (no popcount
        in SQLite): (mask & 1) + (mask & 2) / 2 + ... + (mask & 16) / 16."""
        first, *rest = (models.F(field).bitand(day.value) / day.value for day in cls)
        return sum(rest, start=first)

    @classmethod
    def to_mask(cls, days):
        mask = 0
        for day in days:
            mask |= cls(int(day)).value
        return mask


Weekday.ALL = sum(Weekday.values)


class WeekdaysFormField(forms.TypedMultipleChoiceField):
    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        super().__init__(choices=Weekday.choices, coerce=int, empty_value=0, **kwargs)

    def prepare_value(self, value):
        if isinstance(value, int):
            return [day.value for day in Weekday.from_mask(value)]
        return value

    def clean(self, value):
        days = super().clean(value)
        # No days ticked comes back as the empty value, which is already the mask 0.
        return days if days == 0 else Weekday.to_mask(days)

    def has_changed(self, initial, data):
        initial = initial if isinstance(initial, int) else Weekday.to_mask(initial or [])
        try:
            return initial != Weekday.to_mask(data or [])
        except ValueError:
            return True


class WeekdaysField(models.PositiveSmallIntegerField):
    default_validators = [MaxValueValidator(Weekday.ALL)]

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("default", 0)
        super().__init__(*args, **kwargs)

    def formfield(self, **kwargs):
        # Skip IntegerField.formfield: its min/max arguments mean nothing to checkboxes, and
        # the admin's number widget for integer fields would post a single value.
        kwargs["widget"] = forms.CheckboxSelectMultiple
        return models.Field.formfield(self, **{"form_class": WeekdaysFormField, **kwargs})
