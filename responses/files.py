"""Checks of an uploaded CV by its content, never by its name or the browser's word for it.

Accepted: a PDF that opens as a PDF and carries nothing that runs (JavaScript, launch or
other actions, embedded files, XFA forms); a DOCX that is a well-formed Word document package
without macros, ActiveX controls or embedded objects; an ODT that is a well-formed OpenDocument
text without macros or scripts. Packages (both are ZIP files) are unpacked within limits on
the number of entries, the unpacked size and the compression ratio, so a zip bomb is refused
before anybody opens it. Each refusal is a `ValidationError` whose message says why."""

import io
import logging
import posixpath
import unicodedata
import zipfile
from dataclasses import dataclass
from xml.etree import ElementTree

from defusedxml import DefusedXmlException
from defusedxml import ElementTree as DefusedElementTree
from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from pypdf import PdfReader
from pypdf.errors import PdfReadError
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject

from .models import MAX_CV_SIZE, CvType

logger = logging.getLogger(__name__)

# Packages: a CV with photos has a few dozen entries and some megabytes unpacked.
MAX_ENTRIES = 1000
MAX_UNPACKED_SIZE = 50 * 1024 * 1024
# XML packs about 10:1, photos about 1:1; a zip bomb packs a thousand to one and more.
MAX_RATIO = 100
RATIO_CHECKED_ABOVE = 1024 * 1024
# Objects a PDF may have before we stop walking it (a CV has a few hundred to a few thousand).
MAX_PDF_OBJECTS = 200_000
MAX_FILENAME_LENGTH = 120

DOCX_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
DOCM_MAIN = "application/vnd.ms-word.document.macroEnabled.main+xml"
ODT_MIMETYPE = b"application/vnd.oasis.opendocument.text"
CONTENT_TYPES_NS = "{http://schemas.openxmlformats.org/package/2006/content-types}"

# PDF actions that only move within the document or open a web link; any other action type
# (JavaScript, Launch, SubmitForm, ImportData, GoToE, Rendition, ...) is refused.
SAFE_PDF_ACTIONS = {"/GoTo", "/URI", "/Named"}
# Keys whose mere presence means something runs or hides inside the PDF.
ACTIVE_PDF_KEYS = {"/JS", "/JavaScript", "/AA", "/EF", "/EmbeddedFiles", "/XFA", "/RichMedia"}


@dataclass(frozen=True)
class CvCheck:
    """What a CV turned out to be: its type by content, its size and its cleaned name."""

    cv_type: str
    size: int
    filename: str


def megabytes(size):
    return f"{size // (1024 * 1024)} MB"


def refuse(message, code, **params):
    raise ValidationError(message, code=code, params=params)


def check_cv(upload):
    """The CV's type, size and cleaned name, or ValidationError saying why it is refused."""
    size = upload.size or 0
    if size == 0:
        refuse(_("The file is empty. Choose your CV again."), "empty")
    if size > MAX_CV_SIZE:
        refuse(
            _(
                "The file is larger than %(limit)s, the most a CV may be. Make it smaller, "
                "for example by saving it as PDF."
            ),
            "too_large",
            limit=megabytes(MAX_CV_SIZE),
        )
    upload.seek(0)
    data = upload.read()
    upload.seek(0)
    if len(data) != size:
        refuse(_("The file did not arrive completely. Please try again."), "incomplete")
    cv_type = sniff(data)
    if cv_type == CvType.PDF:
        check_pdf(data)
    else:
        check_package(data, cv_type)
    return CvCheck(cv_type=cv_type, size=size, filename=clean_filename(upload.name, cv_type))


def sniff(data):
    """PDF, or a ZIP package to be told apart later; anything else is refused with what it
    looks like, because people rename files and wonder why."""
    if data.startswith(b"%PDF-"):
        return CvType.PDF
    if data.startswith(b"PK\x03\x04"):
        return package_type(data)
    head = data[:512].lstrip().lower()
    if data.startswith(b"MZ") or data.startswith(b"\x7fELF"):
        what = _("a program")
    elif head.startswith((b"<!doctype html", b"<html", b"<script", b"<?xml", b"<svg", b"<")):
        what = _("a web page or other markup")
    elif data.startswith(b"\xd0\xcf\x11\xe0"):
        what = _("an old Word document (.doc) or a password-protected document")
    elif data.startswith(b"{\\rtf"):
        what = _("an RTF document")
    elif data.startswith((b"\x89PNG", b"\xff\xd8\xff", b"GIF8")):
        what = _("a picture")
    else:
        what = _("another kind of file")
    refuse(
        _(
            "This file is not a PDF, DOCX or ODT document: going by its content it is "
            "%(what)s, whatever its name says. Save your CV as PDF, DOCX or ODT and try again."
        ),
        "wrong_type",
        what=what,
    )


# PDF ----------------------------------------------------------------------------------------


def check_pdf(data):
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        if reader.is_encrypted:
            refuse(
                _("The PDF is protected with a password. Send it without a password."),
                "encrypted",
            )
        if len(reader.pages) < 1:
            raise PdfReadError("no pages")
        root = reader.trailer["/Root"].get_object()
        opening = root.get("/OpenAction")
        if opening is not None and isinstance(opening.get_object(), DictionaryObject):
            active_pdf()
        walk_pdf(reader.trailer)
    except ValidationError:
        raise
    except Exception:
        # pypdf raises many kinds of errors on damaged files; each means "cannot be read".
        logger.info("CV refused: the PDF could not be read", exc_info=True)
        refuse(
            _("The PDF is damaged or could not be read. Save it again as PDF and try again."),
            "damaged",
        )


def active_pdf():
    refuse(
        _(
            "The PDF contains JavaScript, actions that run on opening or embedded files, "
            "which we do not accept for safety. Print or export your CV as a plain PDF."
        ),
        "active_content",
    )


def check_pdf_action(action):
    if isinstance(action, DictionaryObject) and action.get("/S") not in SAFE_PDF_ACTIONS:
        active_pdf()


def walk_pdf(start):
    """Visits every object reachable from the trailer once, refusing active content."""
    seen = set()
    stack = [start]
    visited = 0
    while stack:
        item = stack.pop()
        if isinstance(item, IndirectObject):
            ident = (item.idnum, item.generation)
            if ident in seen:
                continue
            seen.add(ident)
            item = item.get_object()
        visited += 1
        if visited > MAX_PDF_OBJECTS:
            raise PdfReadError("too many objects")
        if isinstance(item, DictionaryObject):
            if set(item.keys()) & ACTIVE_PDF_KEYS:
                active_pdf()
            if item.get("/Type") == "/Action":
                check_pdf_action(item)
            # Link annotations and outline items carry their action under /A, chained
            # actions under /Next (one action or an array of them).
            for key in ("/A", "/Next"):
                if key in item:
                    value = item[key].get_object()
                    for action in value if isinstance(value, ArrayObject) else [value]:
                        check_pdf_action(action.get_object())
            stack.extend(item.values())
        elif isinstance(item, ArrayObject):
            stack.extend(item)


# DOCX and ODT -------------------------------------------------------------------------------


def package_type(data):
    names = zip_names(data)
    if "[Content_Types].xml" in names:
        return CvType.DOCX
    if "mimetype" in names:
        return CvType.ODT
    refuse(
        _(
            "This file is a ZIP archive, not a Word (DOCX) or OpenDocument (ODT) text. "
            "Send your CV itself as PDF, DOCX or ODT."
        ),
        "wrong_type",
    )


def damaged_package():
    refuse(
        _("The document is damaged or could not be read. Save it again and try again."),
        "damaged",
    )


def zip_names(data):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            return {info.filename for info in archive.infolist()}
    except (zipfile.BadZipFile, ValueError, EOFError):
        damaged_package()


def check_package(data, cv_type):
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = check_archive(archive)
            if cv_type == CvType.DOCX:
                check_docx(entries)
            else:
                check_odt(archive, entries)
    except ValidationError:
        raise
    except (
        zipfile.BadZipFile,
        zipfile.LargeZipFile,
        ValueError,
        EOFError,
        OSError,
        NotImplementedError,
        ElementTree.ParseError,
        RuntimeError,
    ):
        logger.info("CV refused: the package could not be read", exc_info=True)
        damaged_package()


def zip_bomb():
    refuse(
        _(
            "The document unpacks to far more than it seems (%(limit)s at most, or "
            "suspiciously strong compression), as a “zip bomb” does. Save your CV again as "
            "PDF, DOCX or ODT."
        ),
        "zip_bomb",
        limit=megabytes(MAX_UNPACKED_SIZE),
    )


def check_archive(archive):
    """Reads every entry within the limits (the sizes in the headers are not trusted: the
    data itself is unpacked and counted) and returns {name: content} of the small XML
    entries the type checks need."""
    infos = archive.infolist()
    if len(infos) > MAX_ENTRIES:
        zip_bomb()
    declared = sum(info.file_size for info in infos)
    if declared > MAX_UNPACKED_SIZE:
        zip_bomb()
    wanted = {
        "[Content_Types].xml",
        "mimetype",
        "META-INF/manifest.xml",
        "content.xml",
        "styles.xml",
    }
    entries = {}
    total = 0
    for info in infos:
        name = info.filename
        if name.startswith(("/", "\\")) or ".." in name.replace("\\", "/").split("/"):
            damaged_package()
        if info.flag_bits & 0x1:
            refuse(
                _("The document is protected with a password. Send it without a password."),
                "encrypted",
            )
        if info.file_size > RATIO_CHECKED_ABOVE and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            zip_bomb()
        unpacked = 0
        keep = name in wanted
        chunks = []
        with archive.open(info) as stream:
            while chunk := stream.read(64 * 1024):
                unpacked += len(chunk)
                total += len(chunk)
                if unpacked > info.file_size or total > MAX_UNPACKED_SIZE:
                    zip_bomb()
                if keep:
                    chunks.append(chunk)
        if keep:
            entries[name] = b"".join(chunks)
    compressed = sum(info.compress_size for info in infos)
    if total > RATIO_CHECKED_ABOVE and total > MAX_RATIO * max(compressed, 1):
        zip_bomb()
    entries["__names__"] = [info.filename for info in infos]
    return entries


def parse_xml(data):
    """Office packages never carry a document type declaration: defusedxml refuses one, which
    keeps entity tricks (billion laughs, external entities) out of the parser."""
    try:
        return DefusedElementTree.fromstring(data, forbid_dtd=True)
    except (DefusedXmlException, ElementTree.ParseError):
        damaged_package()


def macros():
    refuse(
        _(
            "The document contains macros, scripts or embedded programs, which we do not "
            "accept for safety. Save it as a plain document (DOCX or ODT) or as PDF."
        ),
        "macros",
    )


def check_docx(entries):
    names = entries["__names__"]
    lowered = [name.lower() for name in names]
    if any(
        name.endswith("vbaproject.bin")
        or name.startswith(("word/activex/", "word/embeddings/"))
        or posixpath.basename(name).startswith("vbadata")
        for name in lowered
    ):
        macros()
    types = parse_xml(entries["[Content_Types].xml"])
    main = None
    for override in types.iter(f"{CONTENT_TYPES_NS}Override"):
        content_type = override.get("ContentType", "")
        if content_type in (DOCM_MAIN, "application/vnd.ms-office.vbaProject") or (
            "macroEnabled" in content_type
        ):
            macros()
        if content_type == DOCX_MAIN:
            main = override.get("PartName", "").lstrip("/")
    for default in types.iter(f"{CONTENT_TYPES_NS}Default"):
        if "vbaProject" in default.get("ContentType", ""):
            macros()
    if main is None:
        refuse(
            _(
                "This file is an Office package, but not a Word document (DOCX). Send your "
                "CV as PDF, DOCX or ODT."
            ),
            "wrong_type",
        )
    if main not in names:
        damaged_package()


def check_odt(archive, entries):
    names = entries["__names__"]
    mimetype = entries.get("mimetype", b"").strip()
    if mimetype != ODT_MIMETYPE:
        refuse(
            _(
                "This file is an OpenDocument package, but not a text document (ODT). Send "
                "your CV as PDF, DOCX or ODT."
            ),
            "wrong_type",
        )
    if "content.xml" not in names or "META-INF/manifest.xml" not in names:
        damaged_package()
    if any(name.startswith(("Basic/", "Scripts/")) for name in names):
        macros()
    manifest = entries["META-INF/manifest.xml"]
    if b"encryption-data" in manifest:
        refuse(
            _("The document is protected with a password. Send it without a password."),
            "encrypted",
        )
    parse_xml(manifest)
    for name in ("content.xml", "styles.xml"):
        content = entries.get(name, b"")
        if b"vnd.sun.star.script" in content or b"event-listener" in content:
            macros()
        if content:
            parse_xml(content)


# File names ---------------------------------------------------------------------------------


def clean_filename(name, cv_type):
    """The original name as data: without any folder, control or direction characters (a
    right-to-left override makes "cv‮fdp.exe" read as "cvexe.pdf"), at most
    MAX_FILENAME_LENGTH characters, and ending in the extension of what the file really is."""
    name = unicodedata.normalize("NFC", str(name or ""))
    name = name.replace("\\", "/").rsplit("/", 1)[-1]
    name = "".join(" " if char.isspace() else char for char in name)
    name = "".join(
        char
        for char in name
        if unicodedata.category(char) not in ("Cc", "Cf", "Cs", "Co", "Cn", "Zl", "Zp")
    )
    name = " ".join(name.split()).strip(" .")
    stem, dot, extension = name.rpartition(".")
    if not dot:
        stem, extension = name, ""
    if extension.lower() != cv_type:
        stem = name
    stem = stem.strip(" .") or "cv"
    suffix = f".{cv_type}"
    return stem[: MAX_FILENAME_LENGTH - len(suffix)].rstrip(" .") + suffix
