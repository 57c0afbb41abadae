"""The CV checks: the type by content, active content, zip bombs, sizes and names. Each
refused file gets a message that says why."""

import io

import pytest
from django.core.exceptions import ValidationError
from django.utils import translation
from pypdf import PdfWriter
from pypdf.annotations import Link

from responses.files import check_cv, clean_filename
from responses.models import MAX_CV_SIZE
from tests.responses import documents
from tests.responses.documents import upload

# (what, content, name, code, the start of the Dutch message)
REFUSED = [
    (
        "an EXE renamed .pdf",
        documents.EXE,
        "cv.pdf",
        "wrong_type",
        "Dit bestand is geen pdf-, docx- of odt-document: aan de inhoud te zien is het een programma",
    ),
    (
        "HTML renamed .pdf",
        documents.HTML,
        "cv.pdf",
        "wrong_type",
        "Dit bestand is geen pdf-, docx- of odt-document: aan de inhoud te zien is het een webpagina",
    ),
    (
        "a PDF with JavaScript",
        documents.pdf_with_javascript(),
        "cv.pdf",
        "active_content",
        "De pdf bevat JavaScript",
    ),
    (
        "a PDF that runs JavaScript on opening",
        documents.pdf_with_open_action("/JavaScript"),
        "cv.pdf",
        "active_content",
        "De pdf bevat JavaScript",
    ),
    (
        "a PDF that launches a program on opening",
        documents.pdf_with_open_action("/Launch"),
        "cv.pdf",
        "active_content",
        "De pdf bevat JavaScript",
    ),
    (
        "a DOCM renamed .docx",
        documents.docm(),
        "cv.docx",
        "macros",
        "Het document bevat macro's",
    ),
    (
        "an ODT with Basic macros",
        documents.odt(extra={"Basic/Standard/Module1.xml": "<module/>"}),
        "cv.odt",
        "macros",
        "Het document bevat macro's",
    ),
    (
        "an ODT whose events start a script",
        documents.odt(
            content=documents.ODT_CONTENT.replace(
                "<office:body>",
                "<office:scripts><office:event-listeners><script:event-listener "
                'xmlns:script="urn:oasis:names:tc:opendocument:xmlns:script:1.0" '
                'script:event-name="dom:load" '
                'xlink:href="vnd.sun.star.script:Standard.Module1.Main" '
                'xmlns:xlink="http://www.w3.org/1999/xlink"/></office:event-listeners>'
                "</office:scripts><office:body>",
            )
        ),
        "cv.odt",
        "macros",
        "Het document bevat macro's",
    ),
    (
        "a zip bomb",
        documents.zip_bomb(),
        "cv.docx",
        "zip_bomb",
        "Het document pakt uit tot veel meer dan het lijkt",
    ),
    (
        "a package packed a thousand to one",
        documents.dense_zip(),
        "cv.docx",
        "zip_bomb",
        "Het document pakt uit tot veel meer dan het lijkt",
    ),
    ("an empty file", b"", "cv.pdf", "empty", "Het bestand is leeg."),
    (
        "5 MB + 1 byte",
        documents.pdf_of_size(MAX_CV_SIZE + 1),
        "cv.pdf",
        "too_large",
        "Het bestand is groter dan 5 MB, het meeste dat een cv mag zijn.",
    ),
    (
        "a ZIP archive that is no document",
        documents.package({"cv.pdf": documents.pdf()}),
        "cv.zip",
        "wrong_type",
        "Dit bestand is een zip-archief",
    ),
    (
        "a spreadsheet (XLSX)",
        documents.docx(
            main="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"
        ),
        "cv.docx",
        "wrong_type",
        "Dit bestand is een Office-pakket, maar geen Word-document",
    ),
    (
        "a presentation (ODP)",
        documents.odt(mimetype="application/vnd.oasis.opendocument.presentation"),
        "cv.odt",
        "wrong_type",
        "Dit bestand is een OpenDocument-pakket, maar geen tekstdocument",
    ),
    (
        "a damaged PDF",
        documents.pdf()[:200],
        "cv.pdf",
        "damaged",
        "De pdf is beschadigd of niet te lezen.",
    ),
    (
        "a DOCX with an XML entity bomb",
        documents.package(
            {
                "[Content_Types].xml": '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol '
                '"lol">]><Types>&lol;</Types>',
                "word/document.xml": documents.DOCUMENT,
            }
        ),
        "cv.docx",
        "damaged",
        "Het document is beschadigd of niet te lezen.",
    ),
    (
        "an old Word document",
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600),
        "cv.doc",
        "wrong_type",
        "Dit bestand is geen pdf-, docx- of odt-document: aan de inhoud te zien is het een oud",
    ),
]


@pytest.mark.parametrize(
    ("content", "name", "code", "message"),
    [item[1:] for item in REFUSED],
    ids=[item[0] for item in REFUSED],
)
def test_refused_files_say_why(content, name, code, message):
    with translation.override("nl"), pytest.raises(ValidationError) as refused:
        check_cv(upload(content, name))
    assert refused.value.code == code
    text = refused.value.messages[0]
    assert text.startswith(message), text


@pytest.mark.parametrize(
    ("content", "name", "cv_type"),
    [
        (documents.pdf(), "Mijn cv.pdf", "pdf"),
        (documents.docx(), "Mijn cv.docx", "docx"),
        (documents.odt(), "Mijn cv.odt", "odt"),
        # The name and the browser's type do not matter, only the content.
        (documents.pdf(), "cv.docx", "pdf"),
        (documents.docx(), "cv", "docx"),
        (documents.pdf_of_size(MAX_CV_SIZE), "groot.pdf", "pdf"),
    ],
)
def test_valid_documents_are_accepted_by_their_content(content, name, cv_type):
    check = check_cv(upload(content, name, content_type="application/octet-stream"))
    assert check.cv_type == cv_type
    assert check.size == len(content)
    assert check.filename.endswith(f".{cv_type}")


def test_a_pdf_with_links_and_an_outline_is_accepted():
    """Web links (/URI) and moves within the document (/GoTo) are not active content."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    writer.add_blank_page(width=595, height=842)
    writer.add_annotation(0, Link(rect=(50, 50, 200, 70), url="https://www.linkedin.com/in/x"))
    writer.add_annotation(0, Link(rect=(50, 80, 200, 100), target_page_index=1))
    writer.add_outline_item(title="Werkervaring", page_number=1)
    buffer = io.BytesIO()
    writer.write(buffer)
    assert check_cv(upload(buffer.getvalue())).cv_type == "pdf"


@pytest.mark.parametrize(
    ("name", "cv_type", "cleaned"),
    [
        ("../../etc/passwd.pdf", "pdf", "passwd.pdf"),
        ("C:\\Users\\fenna\\Documents\\cv.pdf", "pdf", "cv.pdf"),
        # A right-to-left override makes "cv-\u202efdp.exe" read as "cv-exe.pdf".
        ("cv-\u202efdp.exe", "pdf", "cv-fdp.exe.pdf"),
        ("cv\u200f\u200e\u2066naam\u2069.docx", "docx", "cvnaam.docx"),
        ("cv\x00\x1b[31m.pdf", "pdf", "cv[31m.pdf"),
        ("  ...  ", "odt", "cv.odt"),
        ("", "pdf", "cv.pdf"),
        ("Curriculum   vitae\tFenna.PDF", "pdf", "Curriculum vitae Fenna.pdf"),
        ("cv.pdf", "docx", "cv.pdf.docx"),
        ("x" * 300 + ".pdf", "pdf", "x" * 116 + ".pdf"),
        ("Ünïcødé cv.odt", "odt", "Ünïcødé cv.odt"),
    ],
)
def test_file_names_are_cleaned(name, cv_type, cleaned):
    assert clean_filename(name, cv_type) == cleaned
