"""Tags for what search engines and link previews read: absolute URLs and page metadata."""

from django import template
from django.utils.safestring import mark_safe

from core.links import absolute_url

register = template.Library()


@register.filter
def absolute(path):
    """`/opdrachten/` → `https://opdrachtwijzer.nl/opdrachten/` (from the SITE_URL setting)."""
    return absolute_url(path)


class CaptureNode(template.Node):
    def __init__(self, nodelist, name):
        self.nodelist = nodelist
        self.name = name

    def render(self, context):
        # Already rendered (and escaped) by the nodes inside: safe to reuse as it is.
        context[self.name] = mark_safe(self.nodelist.render(context).strip())  # noqa: S308
        return ""


@register.tag
def capture(parser, token):
    """`{% capture as name %}…{% endcapture %}` renders its content into a variable, so one
    block (a page's title) can fill several places (<title> and og:title). Blocks inside
    are still overridden by child templates."""
    bits = token.split_contents()
    if len(bits) != 3 or bits[1] != "as":
        raise template.TemplateSyntaxError("Usage: {% capture as name %}…{% endcapture %}")
    nodelist = parser.parse(("endcapture",))
    parser.delete_first_token()
    return CaptureNode(nodelist, bits[2])
