from django import forms
from django.utils.translation import gettext_lazy as _

from core.email_addresses import EmailAddressField
from core.forms import MAX_EMAIL_LENGTH, ErrorSummaryMixin, FocusableRadioSelect

from .models import Frequency

__all__ = ["MAX_EMAIL_LENGTH", "AlertForm"]


class AlertForm(ErrorSummaryMixin, forms.Form):
    # Cleaned to the one spelling that is counted, stored and mailed (core.email_addresses).
    email = EmailAddressField(
        label=_("Your e-mail address"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    frequency = forms.ChoiceField(
        label=_("How often"),
        choices=[
            (Frequency.DAILY, _("Daily, when there is something new")),
            (Frequency.WEEKLY, _("Weekly, when there is something new")),
        ],
        initial=Frequency.DAILY,
        widget=FocusableRadioSelect,
    )
