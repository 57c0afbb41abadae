"""Finding English on a Dutch page: the words a Dutch page never has, and the text a person
reads on it (visible text, and the labels that screen readers and pointers show)."""

import re
from html.parser import HTMLParser

# Common English words that are no Dutch words (so "of", "is", "in", "week", "status",
# "filter", "object", "site", "crisis" and "screening" are not here), with the admin's own
# vocabulary. Product names (Teams, Planner)
# are not words of either language and are not listed.
_WORDS = """
    the and or search select option options add added change changed changes
    save saved delete deleted history view show hide all choose chosen remove clear today
    yesterday tomorrow this that month year with for from by not yes unknown action actions
    selected results total previous next home log logout welcome recent my available hours
    minutes ago assignment assignments organisation organisations terms notes days your you
    are was were has have there which when what who please correct error errors below field
    required date time now cancel summary default defaults claim publish close withdraw copy
    confirm confirmed client answer record recorded ask nothing edit edits sort ascending
    descending sorting page user users group groups permissions staff active password
    username documentation administration count counts entries entry
    none name title description city size kind province role tools tool guaranteed onboarding
    abroad allowance allowances presence requirement documents office working queue
    needs stale week's picture organisation's client's enter leave previous note access
    attempt attempts failure failures logs expiration expirations
"""
ENGLISH = frozenset(_WORDS.split())
# The attributes whose text a person meets: read out, shown on hover, or in a field.
READ_ATTRIBUTES = ("aria-label", "title", "placeholder", "alt", "data-placeholder")


class _Reader(HTMLParser):
    SKIP = {"script", "style", "template", "svg"}

    def __init__(self):
        super().__init__(convert_charrefs=True)
        self.parts = []
        self.skipping = 0

    def handle_starttag(self, tag, attrs):
        if tag in self.SKIP:
            self.skipping += 1
            return
        attrs = dict(attrs)
        for name in READ_ATTRIBUTES:
            if attrs.get(name):
                self.parts.append(attrs[name])
        if tag == "input" and attrs.get("type") in ("submit", "button") and attrs.get("value"):
            self.parts.append(attrs["value"])

    def handle_endtag(self, tag):
        if tag in self.SKIP and self.skipping:
            self.skipping -= 1

    def handle_data(self, data):
        if not self.skipping:
            self.parts.append(data)


def readable_text(html):
    """The text of a page a person reads or hears, as one string."""
    reader = _Reader()
    reader.feed(html)
    return " ".join(" ".join(reader.parts).split())


def english_words(text):
    """The English words in `text`, each with a little context."""
    found = []
    # Whole tokens: "all-in" and "min_home_days" are no English words.
    for match in re.finditer(r"[A-Za-z][A-Za-z'_-]*", text):
        if match.group().lower() in ENGLISH:
            start, end = max(match.start() - 30, 0), match.end() + 30
            found.append(f"{match.group()!r} in …{text[start:end]}…")
    return found
