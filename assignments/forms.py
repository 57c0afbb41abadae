from django import forms
from django.utils.translation import gettext_lazy as _

from .models import Frequency


class AlertForm(forms.Form):
    email = forms.EmailField(
        label=_("Your e-mail address"),
        max_length=254,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    frequency = forms.ChoiceField(
        label=_("How often"),
        choices=[
            (Frequency.DAILY, _("Daily, when there is something new")),
            (Frequency.WEEKLY, _("Weekly, when there is something new")),
        ],
        initial=Frequency.DAILY,
        widget=forms.RadioSelect,
    )
