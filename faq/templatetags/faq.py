"""FAQ links for pages of other apps (the home page), without those apps importing faq."""

from django import template
from django.utils.translation import get_language

from faq.models import FaqPage

register = template.Library()


@register.simple_tag
def published_faq_pages():
    """`{% published_faq_pages as faq_pages %}`: the published pages in the visitor's
    language (or Dutch while there are none in it), in their order."""
    return FaqPage.objects.published().for_language(get_language())
