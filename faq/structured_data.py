"""schema.org `FAQPage` structured data (JSON-LD) for search engines."""

from core.json_ld import json_ld_script


def faq_page_data(page, entries):
    return {
        "@context": "https://schema.org",
        "@type": "FAQPage",
        "name": page.title,
        "inLanguage": page.language,
        "mainEntity": [
            {
                "@type": "Question",
                "name": entry.question,
                # The sanitised HTML: search engines accept links and lists in answers.
                "acceptedAnswer": {"@type": "Answer", "text": str(entry.answer_html)},
            }
            for entry in entries
        ],
    }


def faq_page_json_ld(page, entries):
    return json_ld_script(faq_page_data(page, entries))
