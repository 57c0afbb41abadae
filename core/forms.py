"""What the public forms share: an e-mail address field whose length error is the only one a
long address gets, and forms whose errors are summarised at the top and reached at once."""

from django import forms
from django.core.exceptions import ValidationError
from django.utils.translation import ngettext_lazy

# The longest address SMTP can deliver to (RFC 5321's path limit less its angle brackets).
MAX_EMAIL_LENGTH = 254


class AddressField(forms.EmailField):
    """An e-mail address that is too long gets only the length message: "enter a valid
    address" would send the visitor looking for a typo in an address that is merely long."""

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", MAX_EMAIL_LENGTH)
        super().__init__(**kwargs)

    def run_validators(self, value):
        if value and len(value) > self.max_length:
            raise ValidationError(
                ngettext_lazy(
                    "An e-mail address has at most %(limit)d character (this one has %(length)d).",
                    "An e-mail address has at most %(limit)d characters (this one has %(length)d).",
                    "limit",
                ),
                code="max_length",
                params={"limit": self.max_length, "length": len(value)},
            )
        super().run_validators(value)


class FocusableRadioSelect(forms.RadioSelect):
    """Radio buttons that put `autofocus` on the first option only: one element may have it."""

    def create_option(self, name, value, label, selected, index, subindex=None, attrs=None):
        option = super().create_option(name, value, label, selected, index, subindex, attrs)
        if index:
            option["attrs"].pop("autofocus", None)
        return option


class ErrorSummaryMixin:
    """A form whose first invalid field takes the focus and whose errors are listed, with
    links to their fields, in a summary at the top (`error_summary`)."""

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
        first = next(iter(self), None)
        for error in self.non_field_errors():
            summary.append((f"#{first.auto_id}" if first else "#", error))
        for field in self:
            anchor = field.auto_id
            if isinstance(field.field.widget, forms.RadioSelect):
                anchor = f"{anchor}_0"
            summary.extend((f"#{anchor}", f"{field.label}: {error}") for error in field.errors)
        return summary
