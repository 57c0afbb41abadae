"""CV files made in the tests: valid PDF, DOCX and ODT documents, and every kind of file the
upload must refuse. Each is built from its parts here, so a reader sees what is inside."""

import io
import zipfile

from django.core.files.uploadedfile import SimpleUploadedFile
from pypdf import PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, NameObject, TextStringObject

from demo.pdf import one_page_pdf

MB = 1024 * 1024

DOCX_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" ContentType="{main}"/>'
    "{extra}</Types>"
)
DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
)
DOCUMENT = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
    '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
    "<w:body><w:p><w:r><w:t>Curriculum vitae van Fenna Testers</w:t></w:r></w:p></w:body>"
    "</w:document>"
)
ODT_MANIFEST = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
    'manifest:version="1.2">'
    '<manifest:file-entry manifest:full-path="/" '
    'manifest:media-type="application/vnd.oasis.opendocument.text"/>'
    '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
    "</manifest:manifest>"
)
ODT_CONTENT = (
    '<?xml version="1.0" encoding="UTF-8"?>'
    '<office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
    'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
    "<office:body><office:text><text:p>Curriculum vitae van Fenna Testers</text:p>"
    "</office:text></office:body></office:document-content>"
)


def upload(content, name="cv.pdf", content_type="application/pdf"):
    return SimpleUploadedFile(name, content, content_type=content_type)


def package(entries, *, stored=()):
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, content in entries.items():
            method = zipfile.ZIP_STORED if name in stored else zipfile.ZIP_DEFLATED
            archive.writestr(name, content, compress_type=method)
    return buffer.getvalue()


def pdf(title="Fenna Testers – cv", lines=("Communicatieadviseur, Utrecht",), filler=0):
    return one_page_pdf(title, list(lines), filler=filler)


def docx(main=DOCX_MAIN, extra_types="", extra=None):
    entries = {
        "[Content_Types].xml": DOCX_TYPES.format(main=main, extra=extra_types),
        "_rels/.rels": RELS,
        "word/document.xml": DOCUMENT,
        **(extra or {}),
    }
    return package(entries)


def odt(mimetype="application/vnd.oasis.opendocument.text", extra=None, content=ODT_CONTENT):
    entries = {
        "mimetype": mimetype,
        "META-INF/manifest.xml": ODT_MANIFEST,
        "content.xml": content,
        **(extra or {}),
    }
    return package(entries, stored={"mimetype"})


def docm():
    """A Word document with macros (DOCM), as it would arrive renamed to .docx."""
    return docx(
        main=DOCM_MAIN,
        extra_types='<Override PartName="/word/vbaProject.bin" '
        'ContentType="application/vnd.ms-office.vbaProject"/>',
        extra={"word/vbaProject.bin": b"\xd0\xcf\x11\xe0 Attribute VB_Name = AutoOpen"},
    )


def pdf_with_javascript():
    """Document-level JavaScript, as PDF editors add it: in the /Names tree of the catalog."""
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    script = DictionaryObject(
        {
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject("app.alert('hallo');"),
        }
    )
    names = ArrayObject([TextStringObject("open"), writer._add_object(script)])
    writer._root_object[NameObject("/Names")] = DictionaryObject(
        {NameObject("/JavaScript"): DictionaryObject({NameObject("/Names"): names})}
    )
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def pdf_with_open_action(action="/JavaScript"):
    writer = PdfWriter()
    writer.add_blank_page(width=595, height=842)
    opening = DictionaryObject(
        {NameObject("/S"): NameObject(action), NameObject("/F"): TextStringObject("cmd.exe")}
    )
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(opening)
    buffer = io.BytesIO()
    writer.write(buffer)
    return buffer.getvalue()


def zip_bomb():
    """A DOCX whose one extra entry unpacks to 60 MB of zeros from about 60 kB."""
    return docx(extra={"word/media/image1.png": bytes(60 * MB)})


def dense_zip():
    """Under the unpacked limit, but packed a thousand to one: a zip bomb's signature."""
    return docx(extra={"word/media/image1.png": bytes(20 * MB)})


EXE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff" + bytes(200) + b"This program"
HTML = b"<!DOCTYPE html><html><body><script>alert(document.cookie)</script></body></html>"


def pdf_of_size(size):
    """A valid PDF of exactly `size` bytes (comment lines fill it up)."""
    filler = size - len(pdf())
    content = pdf(filler=filler)
    content = pdf(filler=filler - (len(content) - size))
    assert len(content) == size
    return content
