import re
import unicodedata
from datetime import timedelta
from decimal import Decimal

from django import forms
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.utils.translation import gettext_lazy as _

from assignments.models import MAX_HOURS_PER_WEEK, MAX_RATE
from core.dates import local_today
from core.email_addresses import EmailAddressField
from core.forms import ErrorSummaryMixin

from .files import check_cv
from .models import ANSWERS, MAX_MOTIVATION_LENGTH

ACCEPT = ",".join(
    [
        ".pdf",
        ".docx",
        ".odt",
        "application/pdf",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "application/vnd.oasis.opendocument.text",
    ]
)
# How far ahead a candidate can say they are available.
AVAILABLE_WITHIN = timedelta(days=2 * 365)
PHONE = re.compile(r"\+?[0-9 ()\-.]{6,30}")


def plain_text(value):
    """Text without control or direction characters (they can disguise what a name says)."""
    return "".join(
        char for char in value if unicodedata.category(char) not in ("Cc", "Cf") or char in "\n\t"
    )


class ResponseForm(ErrorSummaryMixin, forms.Form):
    name = forms.CharField(
        label=_("Your name"),
        max_length=200,
        widget=forms.TextInput(attrs={"autocomplete": "name"}),
    )
    email = EmailAddressField(
        label=_("Your e-mail address"),
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    phone = forms.CharField(
        label=_("Phone number (optional)"),
        max_length=30,
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "tel", "type": "tel"}),
    )
    cv = forms.FileField(
        label=_("Your CV"),
        help_text=_("PDF, DOCX or ODT, at most 5 MB."),
        error_messages={"required": _("Choose the file of your CV (PDF, DOCX or ODT).")},
        widget=forms.FileInput(attrs={"accept": ACCEPT}),
        # The real limit is MAX_CV_SIZE; names are cleaned, not refused.
        max_length=None,
        allow_empty_file=True,
    )
    motivation = forms.CharField(
        label=_("Why you? Your motivation"),
        help_text=_("At most 5,000 characters."),
        max_length=MAX_MOTIVATION_LENGTH,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    available_from = forms.DateField(
        label=_("Available from"),
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    hours_per_week = forms.IntegerField(
        label=_("Hours a week (optional)"),
        required=False,
        validators=[MinValueValidator(1), MaxValueValidator(MAX_HOURS_PER_WEEK)],
        widget=forms.NumberInput(attrs={"min": 1, "max": MAX_HOURS_PER_WEEK}),
    )
    rate = forms.DecimalField(
        label=_("Hourly rate in euros, excluding VAT (optional)"),
        required=False,
        max_digits=6,
        decimal_places=2,
        validators=[MinValueValidator(Decimal(1)), MaxValueValidator(Decimal(MAX_RATE))],
        widget=forms.NumberInput(attrs={"min": 1, "max": MAX_RATE, "step": "0.01"}),
    )
    consent = forms.BooleanField(
        label=_(
            "I agree that Opdrachtwijzer keeps and uses my details and CV for this "
            "assignment, as the privacy statement describes."
        ),
        error_messages={"required": _("Without your consent we cannot handle your response.")},
    )
    keep_for_other_assignments = forms.BooleanField(
        label=_(
            "Also keep my details for one year, so that a recruiter can approach me for other "
            "assignments (optional)."
        ),
        required=False,
    )
    # Left empty by people, whose browsers do not show it; filled in by robots.
    website = forms.CharField(
        label=_("Leave this field empty"),
        required=False,
        widget=forms.TextInput(attrs={"autocomplete": "off", "tabindex": "-1"}),
    )

    cv_check = None

    def clean_name(self):
        name = " ".join(plain_text(self.cleaned_data["name"]).split())
        if len(name) < 2:
            raise ValidationError(_("Enter your name."), code="required")
        return name

    def clean_phone(self):
        phone = " ".join(plain_text(self.cleaned_data["phone"]).split())
        digits = sum(char.isdigit() for char in phone)
        if phone and (not PHONE.fullmatch(phone) or digits < 6):
            raise ValidationError(
                _("Enter a phone number of digits, e.g. 06 12345678 or +31 6 12345678."),
                code="invalid",
            )
        return phone

    def clean_motivation(self):
        return plain_text(self.cleaned_data["motivation"]).strip()

    def clean_available_from(self):
        date = self.cleaned_data["available_from"]
        today = local_today()
        if date < today:
            raise ValidationError(
                _("This date has passed; if you are available now, enter today."),
                code="past",
            )
        if date > today + AVAILABLE_WITHIN:
            raise ValidationError(_("Enter a date within two years from today."), code="too_far")
        return date

    def clean_cv(self):
        upload = self.cleaned_data["cv"]
        self.cv_check = check_cv(upload)
        return upload

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get("website"):
            raise ValidationError(
                _(
                    "Your response was not sent: the field “Leave this field empty” was "
                    "filled in. Empty it and send again."
                ),
                code="honeypot",
            )
        return cleaned_data

    def response_data(self):
        return {name: self.cleaned_data[name] for name in ANSWERS}
