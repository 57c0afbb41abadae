"""One-page PDF documents written by hand (demo CVs): a title and lines of text in Helvetica,
nothing that runs. Small enough to read: a catalog, one page, one font, one text stream."""


def escape(text):
    """PDF string literal bytes for `text` in WinAnsi (cp1252): é and ë are fine, anything
    cp1252 lacks becomes a question mark."""
    raw = text.encode("cp1252", errors="replace")
    out = bytearray()
    for byte in raw:
        if byte in b"()\\":
            out += b"\\" + bytes([byte])
        elif 32 <= byte < 127:
            out.append(byte)
        else:
            out += f"\\{byte:03o}".encode()
    return bytes(out)


def one_page_pdf(title, lines, filler=0):
    """An A4 page with `title` in bold and `lines` below it, as PDF bytes. `filler` adds that
    many bytes of comment lines after the header (a larger file that reads the same)."""
    text = [b"BT", b"/F2 18 Tf", b"56 780 Td", b"(" + escape(title) + b") Tj", b"/F1 11 Tf"]
    text.append(b"0 -30 Td")
    for line in lines:
        text.append(b"(" + escape(line) + b") Tj")
        text.append(b"0 -16 Td")
    text.append(b"ET")
    stream = b"\n".join(text)
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
        b"/Resources << /Font << /F1 4 0 R /F2 5 0 R >> >> /Contents 6 0 R >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica-Bold /Encoding /WinAnsiEncoding >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
    ]
    body = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    while filler > 0:
        line = min(filler, 1000)
        body += b"%" + b"-" * (line - 2) + b"\n" if line >= 2 else b"\n" * line
        filler -= line
    offsets = []
    for number, content in enumerate(objects, start=1):
        offsets.append(len(body))
        body += b"%d 0 obj\n" % number + content + b"\nendobj\n"
    xref = len(body)
    body += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for offset in offsets:
        body += b"%010d 00000 n \n" % offset
    body += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (
        len(objects) + 1,
        xref,
    )
    return bytes(body)
