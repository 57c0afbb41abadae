"""Editors' Markdown becomes HTML with only the allowlisted tags, attributes and URL schemes:
no attack gets through, and the Markdown editors need survives intact."""

import re
from html.parser import HTMLParser

import pytest

from core.markdown import ALLOWED_TAGS, render_markdown

ATTACKS = {
    "script tag": "<script>alert(1)</script>",
    "script in Markdown paragraph": "Hallo <script>alert(1)</script> wereld",
    "uppercase script tag": "<SCRIPT SRC=//evil.example/x.js></SCRIPT>",
    "script split by a tag": "<scr<script>ipt>alert(1)</script>",
    "javascript link in HTML": '<a href="javascript:alert(1)">klik</a>',
    "javascript link in Markdown": "[klik](javascript:alert(1))",
    "mixed-case javascript": "[klik](JaVaScRiPt:alert(1))",
    "javascript with leading space": '<a href=" javascript:alert(1)">klik</a>',
    "entity-encoded javascript": '<a href="&#106;avascript&#58;alert(1)">klik</a>',
    "hex-entity javascript": '<a href="&#x6A;&#x61;vascript:alert(1)">klik</a>',
    "tab inside javascript": '<a href="java&#x09;script:alert(1)">klik</a>',
    "newline inside javascript": '<a href="java&#x0A;script:alert(1)">klik</a>',
    "vbscript link": '<a href="vbscript:msgbox(1)">klik</a>',
    "data link in HTML": '<a href="data:text/html;base64,PHNjcmlwdD4=">x</a>',
    "data link in Markdown": "[x](data:text/html,<script>alert(1)</script>)",
    "Markdown image with javascript": "![plaatje](javascript:alert(1))",
    "Markdown reference link with javascript": "[klik][1]\n\n[1]: javascript:alert(1)",
    "Markdown autolink with javascript": "<javascript:alert(1)>",
    "Markdown link title breaking out": '[x](/ "titel" onclick="alert(1)")',
    "image with onerror": '<img src="x" onerror="alert(1)">',
    "onclick on a paragraph": '<p onclick="alert(1)">tekst</p>',
    "onmouseover on a link": '<a href="/" onmouseover="alert(1)">x</a>',
    "svg onload": "<svg onload=alert(1)></svg>",
    "iframe": '<iframe src="https://evil.example"></iframe>',
    "iframe with srcdoc": '<iframe srcdoc="<script>alert(1)</script>"></iframe>',
    "object and embed": '<object data="x.swf"></object><embed src="x.swf">',
    "style tag": "<style>body { display: none }</style>",
    "style attribute": '<p style="background: url(javascript:alert(1))">tekst</p>',
    "form and input": '<form action="https://evil.example"><input name="q"></form>',
    "meta refresh": '<meta http-equiv="refresh" content="0;url=https://evil.example">',
    "base tag": '<base href="https://evil.example/">',
    "malformed attribute quotes": '<a href="/" title="x"onmouseover="alert(1)">x</a>',
    "unclosed tags": "<b><i>open <p>x</div><script>alert(1)",
    "comment hiding a script": "<!--><script>alert(1)</script>-->",
    "math with javascript": '<math><mi xlink:href="javascript:alert(1)">x</mi></math>',
    "target blank": '<a href="https://example.org" target="_blank">x</a>',
    "link with editor rel opener": '<a href="https://example.org" rel="opener">x</a>',
}

ALLOWED_ATTRIBUTES = {"href", "title", "rel", "align", "start"}


class Elements(HTMLParser):
    """Every element and attribute as a browser's parser sees them (entities decoded)."""

    def __init__(self, html):
        super().__init__(convert_charrefs=True)
        self.elements = []
        self.feed(html)
        self.close()

    def handle_starttag(self, tag, attrs):
        self.elements.append((tag, dict(attrs)))


@pytest.mark.parametrize("markdown", ATTACKS.values(), ids=ATTACKS.keys())
def test_attack_does_not_get_through(markdown):
    html = str(render_markdown(markdown))
    for tag, attributes in Elements(html).elements:
        assert tag in ALLOWED_TAGS, html
        assert set(attributes) <= ALLOWED_ATTRIBUTES, html
        href = attributes.get("href")
        if href is not None:
            # What a browser would do: strip tabs and newlines, ignore case.
            cleaned = re.sub(r"[\t\n\r]", "", href).strip().lower()
            assert re.match(r"(https?:|mailto:|/|#|\?)", cleaned), html
        if "rel" in attributes:
            assert attributes["rel"] == "noopener noreferrer", html
    # Nothing dangerous survives as markup; escaped text (&lt;script&gt;) is harmless.
    for dangerous in ("<script", "<style", "<iframe", "<svg", "<img", "javascript:", "data:"):
        assert dangerous not in html.lower(), html


def test_script_content_is_dropped_not_shown_as_text():
    html = str(render_markdown("Voor <script>stealCookies()</script> na"))
    assert "stealCookies" not in html
    assert "Voor" in html
    assert "na" in html


def test_text_that_looks_like_markup_is_escaped():
    html = str(render_markdown("Gebruik `<script>` nooit, en 3 < 5 & 7 > 6."))
    assert "<code>&lt;script&gt;</code>" in html
    assert "3 &lt; 5 &amp; 7 &gt; 6" in html


def test_headings_start_below_the_page_heading():
    html = str(render_markdown("# Een\n\n## Twee\n\n###### Zes", top_heading=3))
    assert "<h3>Een</h3>" in html
    assert "<h4>Twee</h4>" in html
    assert "<h6>Zes</h6>" in html
    assert "<h1" not in html
    assert "<h2" not in html


def test_raw_h1_in_markdown_is_not_kept():
    # A raw HTML h1 would compete with the page title; only h2-h6 are allowed.
    assert "<h1" not in str(render_markdown("<h1>Groot</h1>"))


def test_emphasis_code_and_blockquote_survive():
    html = str(render_markdown("Dit is *belangrijk*, **heel belangrijk** en `code`.\n\n> Citaat"))
    assert "<em>belangrijk</em>" in html
    assert "<strong>heel belangrijk</strong>" in html
    assert "<code>code</code>" in html
    assert "<blockquote>" in html
    assert "<p>Citaat</p>" in html


def test_lists_survive():
    html = str(render_markdown("- Teams\n- SharePoint\n\n3. drie\n4. vier"))
    assert "<ul>\n<li>Teams</li>\n<li>SharePoint</li>\n</ul>" in html
    assert '<ol start="3">' in html
    assert "<li>vier</li>" in html


def test_table_survives_with_alignment_as_attribute():
    html = str(
        render_markdown(
            "| Organisatie | Thuiswerkdagen |\n|:--|--:|\n| Ministerie | 2–4 |\n| Gemeente | 2–3 |"
        )
    )
    assert "<table>" in html
    assert '<th align="left">Organisatie</th>' in html
    assert '<td align="right">2–4</td>' in html
    assert "style" not in html


@pytest.mark.parametrize(
    ("markdown", "href"),
    [
        ("[lijst](/opdrachten/?min_home_days=3)", "/opdrachten/?min_home_days=3"),
        (
            "[lijst](/opdrachten/?min_home_days=3&max_onboarding_weeks=4&role=strategy)",
            "/opdrachten/?min_home_days=3&amp;max_onboarding_weeks=4&amp;role=strategy",
        ),
        ("[vraag](#vraag-12)", "#vraag-12"),
        ("[overheid](https://www.rijksoverheid.nl/)", "https://www.rijksoverheid.nl/"),
        ("[site](http://example.org/a?b=1&c=2)", "http://example.org/a?b=1&amp;c=2"),
        ("[mail](mailto:redactie@opdrachtwijzer.nl)", "mailto:redactie@opdrachtwijzer.nl"),
        ("<https://www.justis.nl/>", "https://www.justis.nl/"),
    ],
)
def test_allowed_links_survive_intact(markdown, href):
    html = str(render_markdown(markdown))
    assert f'href="{href}"' in html
    assert 'rel="noopener noreferrer"' in html
    assert "&amp;amp;" not in html


def test_empty_text_renders_nothing():
    assert render_markdown("") == ""
