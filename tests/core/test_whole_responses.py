"""config/whole_responses.py: gunicorn's responses leave in one send, on connections with room
for a whole page. Real gunicorn requests and responses on a real socket pair; only the sends
are counted."""

import socket

import pytest
from gunicorn.config import Config
from gunicorn.http import wsgi
from gunicorn.http.parser import RequestParser

from config import whole_responses

PAGE = (
    "<!doctype html><title>Opdrachten</title>" + "<p>Woordvoerder, Den Haag</p>" * 1500
).encode()


class CountedSends:
    """The server's end of the connection, counting its sends."""

    def __init__(self, sock):
        self.sock = sock
        self.sends = []

    def sendall(self, data):
        self.sends.append(("sendall", bytes(data)))
        self.sock.sendall(data)

    def sendfile(self, file, offset=0, count=None):
        self.sends.append(("sendfile", count))
        return self.sock.sendfile(file, offset, count)


@pytest.fixture
def connection():
    server, client = socket.socketpair()
    server.settimeout(5)
    client.settimeout(5)
    yield server, client
    server.close()
    client.close()


def respond(connection, request, status, headers, body_parts=(), file=None):
    """One request through gunicorn's parser and a WholeResponse; the sends and what the
    client received."""
    server, client = connection
    client.sendall(request)
    cfg = Config()
    req = next(iter(RequestParser(cfg, server, ("127.0.0.1", 40000))))
    counted = CountedSends(server)
    response = whole_responses.WholeResponse(req, counted, cfg)
    response.start_response(status, headers)
    if file is not None:
        assert response.sendfile(wsgi.FileWrapper(file))
    for part in body_parts:
        response.write(part)
    response.close()
    server.shutdown(socket.SHUT_WR)
    received = b""
    while chunk := client.recv(65536):
        received += chunk
    return counted.sends, received


GET = b"GET /opdrachten/ HTTP/1.1\r\nHost: opdrachtwijzer.example\r\n\r\n"
PAGE_HEADERS = [("Content-Type", "text/html; charset=utf-8"), ("Content-Length", str(len(PAGE)))]


def send_buffer_in_effect():
    """What a connection's send buffer becomes when SEND_BUFFER is asked for: the kernel
    doubles the value and caps it at net.core.wmem_max."""
    with open("/proc/sys/net/core/wmem_max") as limit:
        return 2 * min(whole_responses.SEND_BUFFER, int(limit.read()))


def test_a_page_leaves_in_one_send_header_and_body_together(connection):
    sends, received = respond(connection, GET, "200 OK", PAGE_HEADERS, [PAGE])
    assert len(PAGE) > 16384  # more than a connection's send buffer holds at the start
    assert [kind for kind, _ in sends] == ["sendall"]
    (_, sent) = sends[0]
    assert sent.startswith(b"HTTP/1.1 200 OK\r\n")
    assert sent.endswith(b"\r\n\r\n" + PAGE)
    assert received == sent


def test_a_response_without_a_body_sends_its_header_once_at_the_end(connection):
    sends, received = respond(
        connection,
        GET,
        "302 Found",
        [("Location", "/opdrachten/?pagina=2"), ("Content-Length", "0")],
    )
    assert len(sends) == 1
    assert received.startswith(b"HTTP/1.1 302 Found\r\n")
    assert b"Location: /opdrachten/?pagina=2\r\n" in received
    assert received.endswith(b"\r\n\r\n")


def test_a_head_request_gets_the_header_alone_in_one_send(connection):
    head = GET.replace(b"GET", b"HEAD", 1)
    sends, received = respond(connection, head, "200 OK", PAGE_HEADERS, [PAGE])
    assert len(sends) == 1
    assert received.startswith(b"HTTP/1.1 200 OK\r\n")
    assert received.endswith(b"\r\n\r\n")  # no body


def test_a_streamed_response_sends_its_header_with_the_first_chunk(connection):
    sends, received = respond(
        connection, GET, "200 OK", [("Content-Type", "text/csv")], [b"a;b\r\n", b"1;2\r\n"]
    )
    # Chunked (no length): header + first chunk, second chunk, the closing chunk.
    assert len(sends) == 3
    assert sends[0][1].endswith(b"\r\n\r\n5\r\na;b\r\n\r\n")
    assert received.endswith(b"5\r\na;b\r\n\r\n5\r\n1;2\r\n\r\n0\r\n\r\n")


def test_an_app_that_fails_after_its_header_was_made_has_sent_nothing(connection):
    """gunicorn "sends" the header before the body; when the app then fails, gunicorn closes
    the connection. Nothing has left, so nginx can still try another server."""
    server, client = connection
    client.sendall(GET)
    cfg = Config()
    req = next(iter(RequestParser(cfg, server, ("127.0.0.1", 40000))))
    response = whole_responses.WholeResponse(req, server, cfg)
    response.start_response("200 OK", PAGE_HEADERS)
    response.send_headers()  # what write() does first, before the failing body
    assert response.headers_sent  # gunicorn's handler will close without a 500
    server.shutdown(socket.SHUT_WR)
    assert client.recv(65536) == b""


def test_a_file_sent_with_sendfile_follows_its_header(connection, tmp_path):
    content = b"body { color: #1a1a1a; }\n" * 100
    (tmp_path / "site.css").write_bytes(content)
    with open(tmp_path / "site.css", "rb") as file:
        sends, received = respond(
            connection,
            GET,
            "200 OK",
            [("Content-Type", "text/css"), ("Content-Length", str(len(content)))],
            file=file,
        )
    assert [kind for kind, _ in sends] == ["sendall", "sendfile"]
    assert received.startswith(b"HTTP/1.1 200 OK\r\n")
    assert received.endswith(b"\r\n\r\n" + content)


def test_install_makes_gunicorn_build_whole_responses_with_room_for_a_page(monkeypatch):
    monkeypatch.setattr(wsgi, "Response", wsgi.Response)  # put back after the test
    listening = socket.create_server(("127.0.0.1", 0))

    class Listener:  # what gunicorn's arbiter holds: its socket is `.sock`
        sock = listening

    whole_responses.install([Listener()])
    with listening, socket.create_connection(listening.getsockname()) as client:
        client.sendall(GET)
        accepted, _ = listening.accept()
        with accepted:
            # The connections the listener accepts inherit the buffer.
            expected = send_buffer_in_effect()
            assert accepted.getsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF) == expected
            assert expected > len(PAGE)
            cfg = Config()
            req = next(iter(RequestParser(cfg, accepted, ("127.0.0.1", 40000))))
            response, _ = wsgi.create(req, accepted, ("127.0.0.1", 40000), ("127.0.0.1", 80), cfg)
            assert isinstance(response, whole_responses.WholeResponse)
