from django import forms
from django.utils.translation import gettext_lazy as _

from core.email_addresses import EmailAddressField

from .models import Frequency


class FocusableRadioSelect(forms.RadioSelect):
    """Radio buttons that put `autofocus` on the first option only: one element may have it."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if index:
            option["attrs"].pop("autofocus", None)
        return option


class AlertForm(forms.Form):
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

    def full_clean(self):
        super().full_clean()
        # Without JavaScript the page reloads with the focus on the body: the first invalid
        # field takes it instead, so the visitor lands (and a screen reader starts) there.
        for name in self.fields:
            if name in self.errors:
                self.fields[name].widget.attrs["autofocus"] = True
                break

    def error_summary(self):
        """(anchor, message) for every error, in the order of the form: what the summary at
        the top of the form lists. Errors of the whole form link to the first field."""
        summary = []
        first = f"#{self['email'].auto_id}"
        for error in self.non_field_errors():
            summary.append((first, error))
        for field in self:
            anchor = field.auto_id
            if isinstance(field.field.widget, forms.RadioSelect):
                anchor = f"{anchor}_0"
            summary.extend((f"#{anchor}", f"{field.label}: {error}") for error in field.errors)
        return summary
