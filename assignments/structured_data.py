"""schema.org `JobPosting` structured data (JSON-LD) for an assignment's page, so search
engines' job listings show it with its organisation, place, dates and rate."""

from datetime import datetime, time
from zoneinfo import ZoneInfo

from django.conf import settings
from django.template.loader import render_to_string
from django.utils import timezone

from core.json_ld import json_ld_script
from core.links import absolute_url

# An interim assignment is freelance work for a fixed period.
EMPLOYMENT_TYPE = ["CONTRACTOR", "TEMPORARY"]


def job_posting_data(assignment):
    """The JobPosting of a public assignment. Its tools should be prefetched (they are part
    of the terms in the description). No `jobLocationType: TELECOMMUTE`: search engines keep
    that for fully remote jobs, and a hybrid assignment has a place of work."""
    organisation = assignment.organisation
    site_zone = ZoneInfo(settings.TIME_ZONE)
    hiring_organisation = {
        "@type": "Organization",
        "name": organisation.name,
        "url": absolute_url(organisation.get_absolute_url()),
    }
    if organisation.website:
        hiring_organisation["sameAs"] = organisation.website
    data = {
        "@context": "https://schema.org",
        "@type": "JobPosting",
        "title": assignment.title,
        "description": description_html(assignment),
        "url": absolute_url(assignment.get_absolute_url()),
        "datePosted": timezone.localdate(assignment.published_at, site_zone).isoformat(),
        "employmentType": EMPLOYMENT_TYPE,
        "hiringOrganization": hiring_organisation,
        "jobLocation": {
            "@type": "Place",
            "address": {
                "@type": "PostalAddress",
                "addressLocality": assignment.city,
                "addressRegion": organisation.get_province_display(),
                "addressCountry": "NL",
            },
        },
        "jobStartDate": assignment.start_date.isoformat(),
        # Every public assignment takes responses on its own page (/opdrachten/<slug>/reageren/).
        "directApply": True,
    }
    if assignment.closing_date:
        # Responses are welcome until the end of the closing date, Dutch time.
        data["validThrough"] = datetime.combine(
            assignment.closing_date, time(23, 59, 59), tzinfo=site_zone
        ).isoformat()
    # No `baseSalary`. Google documents it as the actual pay the employer provides, "not an
    # estimate": one `value`, or a `minValue`–`maxValue` range, per unit. What the client
    # states is a ceiling ("at most € 112.50 an hour, all-in"): the rate is agreed per
    # candidate at or below it. As a `value` it would promise the ceiling; as a range it
    # would need a lowest rate nobody named; a lone `maxValue` is not a form Google documents.
    # So the ceiling goes into the description, in words (description_html), where it says
    # what it is, and the property Google merely recommends is left out.
    if assignment.reference:
        data["identifier"] = {
            "@type": "PropertyValue",
            "name": organisation.name,
            "value": assignment.reference,
        }
    return data


def description_html(assignment):
    """The assignment's own text and then its hybrid terms in words (home days, office days,
    onboarding, crisis presence, abroad, documents, screening, allowances, tools), as the
    page shows them."""
    summary = assignment.hybrid_summary()
    terms = render_to_string(
        "assignments/includes/terms_for_search.html",
        {"assignment": assignment, "summary": summary},
    )
    return f"{assignment.description_html()}\n{' '.join(terms.split())}"


def job_posting_json_ld(assignment):
    return json_ld_script(job_posting_data(assignment))
