"""RSS and Atom feeds of the newest public assignments, filtered like the list.

`/opdrachten/feed/?role=press&min_home_days=3` holds the assignments the list shows for the
same parameters, newest first. As on the list, an invalid parameter is left out, never an
error."""

import re

from django.contrib.syndication.views import Feed
from django.urls import reverse
from django.utils.feedgenerator import Atom1Feed
from django.utils.formats import date_format
from django.utils.html import format_html
from django.utils.translation import gettext as _

from core.links import absolute_url, filter_query, with_query

from .filters import SORT_ORDER, AssignmentFilter, Sort, active_filters
from .models import Assignment

# XML 1.0 cannot hold these at all; a search for "\x01" must not break the feed.
XML_UNSAFE = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def xml_text(text):
    return XML_UNSAFE.sub("", str(text))


class AssignmentFeed(Feed):
    limit = 50

    def get_object(self, request, *args, **kwargs):
        filterset = AssignmentFilter(
            request.GET,
            queryset=Assignment.objects.public().for_cards(),
            request=request,
        )
        # Validates the parameters: as on the list, invalid ones are simply left out.
        filterset.is_valid()
        return filterset

    def title(self, filterset):
        labels = [label for _name, label, _query in active_filters(filterset.data, filterset)]
        if not labels:
            return _("Newest assignments · Opdrachtwijzer")
        return xml_text(
            _("Assignments: %(filters)s · Opdrachtwijzer") % {"filters": "; ".join(labels)}
        )

    def description(self, filterset):
        return _(
            "The newest interim communications assignments in the Dutch public sector on "
            "Opdrachtwijzer, with screened hybrid terms."
        )

    def link(self, filterset):
        return absolute_url(with_query(reverse("assignments:list"), filter_query(filterset)))

    def feed_url(self, filterset):
        return absolute_url(with_query(filterset.request.path, filter_query(filterset)))

    def items(self, filterset):
        return filterset.qs.order_by(*SORT_ORDER[Sort.NEWEST])[: self.limit]

    def item_title(self, assignment):
        # Plain text, escaped once by the XML writer: Atom's <title> is type="text", and
        # RSS 2.0's is plain text too. (Django's default escapes it once more, which shows
        # "R&amp;D" for "R&D".)
        return xml_text(assignment.title)

    def item_description(self, assignment):
        organisation = assignment.organisation
        if assignment.closing_date:
            closing = _("Respond before %(date)s.") % {
                "date": date_format(assignment.closing_date, "j F Y")
            }
        else:
            closing = _("Open until filled.")
        return xml_text(
            format_html(
                "<p>{} · {} · {}</p><p>{}</p><p>{}</p>",
                organisation.name,
                assignment.city,
                assignment.get_role_display(),
                assignment.hybrid_summary(),
                closing,
            )
        )

    def item_link(self, assignment):
        return absolute_url(assignment.get_absolute_url())

    def item_pubdate(self, assignment):
        return assignment.published_at

    def item_updateddate(self, assignment):
        return assignment.updated_at

    def item_author_name(self, assignment):
        return xml_text(assignment.organisation.name)

    def item_author_link(self, assignment):
        return absolute_url(assignment.organisation.get_absolute_url())

    def item_categories(self, assignment):
        return [
            str(assignment.get_role_display()),
            str(assignment.organisation.get_kind_display()),
        ]


class AssignmentAtomFeed(AssignmentFeed):
    feed_type = Atom1Feed

    def subtitle(self, filterset):
        return self.description(filterset)
