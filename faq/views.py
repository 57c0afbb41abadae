from django.db.models import Count
from django.http import Http404
from django.utils.cache import patch_cache_control
from django.utils.html import format_html
from django.utils.translation import get_language
from django.views.generic import DetailView, ListView

from .models import FaqPage
from .structured_data import faq_page_json_ld


def can_preview(user):
    """Staff who may see FAQ pages in the admin may also see drafts on the site."""
    return user.is_active and user.is_staff and user.has_perm("faq.view_faqpage")


class FaqIndexView(ListView):
    template_name = "faq/index.html"
    context_object_name = "pages"

    def get_queryset(self):
        return (
            FaqPage.objects.published()
            .for_language(get_language())
            .annotate(question_count=Count("entries"))
            # Meta.ordering does not apply to a query with GROUP BY.
            .order_by(*FaqPage._meta.ordering)
        )


class FaqPageView(DetailView):
    template_name = "faq/page.html"
    context_object_name = "faq_page"
    queryset = FaqPage.objects.prefetch_related("entries")

    def get_object(self, queryset=None):
        page = super().get_object(queryset)
        # Drafts are a 404 (not a 403: nobody learns that the page exists) unless the reader
        # may preview them. Asked only for drafts, so published pages cost no user lookup.
        if not page.is_published and not can_preview(self.request.user):
            raise Http404("No published FAQ page at this address.")
        return page

    def get_context_data(self, **kwargs):
        entries = list(self.object.entries.all())
        return super().get_context_data(
            entries=entries,
            is_preview=not self.object.is_published,
            json_ld=faq_page_json_ld(self.object, entries),
            content_lang_attr=self.content_lang_attr(),
            **kwargs,
        )

    def content_lang_attr(self):
        """` lang="nl"` on the page's own text when it differs from the site's language (a
        Dutch page shown to an English visitor), so screen readers pronounce it right."""
        if self.object.language == get_language():
            return ""
        return format_html(' lang="{}"', self.object.language)

    def render_to_response(self, context, **response_kwargs):
        response = super().render_to_response(context, **response_kwargs)
        if context["is_preview"]:
            # A draft must land in no shared cache and no search engine.
            patch_cache_control(response, private=True, no_store=True)
            response["X-Robots-Tag"] = "noindex, nofollow"
        return response
