"""schema.org structured data (JSON-LD) for search engines, as a non-executing data block."""

import json

from django.utils.html import format_html
from django.utils.safestring import mark_safe

# JSON escapes for the characters that could end the script element or start markup inside
# it ("</script>", "<!--"): the JSON means the same, the HTML parser sees no tag.
HTML_SAFE_JSON = str.maketrans({"<": "\\u003C", ">": "\\u003E", "&": "\\u0026"})


def json_ld_script(data):
    """A `<script type="application/ld+json">` element holding `data`. Django's json_script
    cannot set that type; the escaping is the same. A data block is never executed, so the
    Content Security Policy needs no nonce for it and the page stays cacheable as a whole."""
    text = json.dumps(data, ensure_ascii=False).translate(HTML_SAFE_JSON)
    return format_html(
        '<script type="application/ld+json">{}</script>',
        mark_safe(text),  # noqa: S308 (escaped for a script element just above)
    )
