"""Markdown written by editors, turned into HTML that is safe to put in a public page.

Markdown (with raw HTML allowed, as Markdown does) goes in; the HTML that comes out is cleaned
by nh3 with an allowlist, so whatever an editor pastes, no script, style, frame, event handler
or `javascript:`/`data:` link reaches a visitor's browser.
"""

import markdown
import nh3
from django.utils.safestring import SafeString, mark_safe
from markdown.extensions import Extension
from markdown.treeprocessors import Treeprocessor

ALLOWED_TAGS = {
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "p",
    "br",
    "hr",
    "ul",
    "ol",
    "li",
    "em",
    "strong",
    "code",
    "pre",
    "blockquote",
    "a",
    "table",
    "thead",
    "tbody",
    "tr",
    "th",
    "td",
}
ALLOWED_ATTRIBUTES = {"a": {"href", "title"}, "ol": {"start"}}
# Column alignment from Markdown tables, as an attribute: a style attribute would be refused
# by the Content Security Policy (and is not allowed here anyway).
ALLOWED_ATTRIBUTE_VALUES = {cell: {"align": {"left", "center", "right"}} for cell in ("th", "td")}
# Relative URLs (/opdrachten/?min_home_days=3, #vraag-3) are allowed as well.
ALLOWED_URL_SCHEMES = {"http", "https", "mailto"}
# Tags whose content goes too, not just the tag: their text is code or another document.
REMOVED_WITH_CONTENT = {"script", "style", "iframe", "object", "embed", "noscript", "template"}
# No `target` is allowed, so links open in the same tab; rel still keeps any linked site from
# reaching back to this window or learning where the visitor came from.
LINK_REL = "noopener noreferrer"


class ShiftHeadings(Treeprocessor):
    """Renders `#` as `<h{top}>`, `##` one level lower, and so on (at most h6), so that an
    editor's headings fit below the headings of the page they are shown in."""

    def __init__(self, md, top):
        super().__init__(md)
        self.shift = top - 1

    def run(self, root):
        for element in root.iter():
            if len(element.tag) == 2 and element.tag[0] == "h" and element.tag[1].isdigit():
                element.tag = f"h{min(int(element.tag[1]) + self.shift, 6)}"


class ShiftHeadingsExtension(Extension):
    def __init__(self, top):
        super().__init__()
        self.top = top

    def extendMarkdown(self, md):  # Markdown's API, hence the name
        md.treeprocessors.register(ShiftHeadings(md, self.top), "shift_headings", 5)


def sanitise(html):
    """Keeps only the allowlisted tags, attributes and URL schemes of an HTML fragment."""
    return nh3.clean(
        html,
        tags=ALLOWED_TAGS,
        clean_content_tags=REMOVED_WITH_CONTENT,
        attributes=ALLOWED_ATTRIBUTES,
        tag_attribute_values=ALLOWED_ATTRIBUTE_VALUES,
        url_schemes=ALLOWED_URL_SCHEMES,
        link_rel=LINK_REL,
        strip_comments=True,
    )


def render_markdown(text, *, top_heading=2) -> SafeString:
    """Markdown to sanitised HTML; `#` becomes `<h{top_heading}>`."""
    if not text:
        return mark_safe("")
    html = markdown.markdown(
        text,
        extensions=[
            "tables",
            "sane_lists",
            ShiftHeadingsExtension(top_heading),
        ],
        extension_configs={"tables": {"use_align_attribute": True}},
        output_format="html",
    )
    return mark_safe(sanitise(html))  # noqa: S308 (sanitised just now)
