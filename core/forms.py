"""What the public forms share: radio buttons that take the focus once, and forms whose errors
are summarised at the top and reached at once. (The e-mail address field is in
core.email_addresses.)"""

from django import forms


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
