"""Responses that leave the app server whole: `config/gunicorn.py` installs this (`install`).

A page in transfer when its app server dies used to reach the visitor cut off. nginx passes a
response's header on to the client as soon as it has read it, and from then on it can no
longer try the request on another server. gunicorn sent the header and the body in two sends,
and the body in more than one when it did not fit the connection's send buffer (16 KiB at the
start); a worker that died between them left nginx with a header and part of a page. Killing
an app server under load cut off 5 pages in 80 kills that way (tests/stack/kill_repeatedly.py).

Here the header goes out in the same send as the body's first part, and the connections get a
send buffer that holds a whole page, so that send hands the complete response to the kernel at
once. A worker that dies after it cannot take the response with it (the kernel delivers what it
holds), and one that dies before it has sent nothing: nginx tries the request elsewhere.
Files that gunicorn sends with sendfile (whitenoise's static files) still go as header, then
file: a send cannot put the header in front of a file the kernel copies itself.
"""

import socket

from gunicorn.http import wsgi

# Room in the kernel for any page of the site (the largest public one is about 45 KB). The
# kernel doubles it and caps it at net.core.wmem_max (208 KiB by default: 416 KiB in effect).
SEND_BUFFER = 1024 * 1024


class HeaderWithBodySocket:
    """A response's socket that keeps its first send (gunicorn's header) and sends it together
    with the next one; `flush()` sends it when nothing else followed.

    When the app fails after gunicorn has "sent" the header, nothing has left yet: gunicorn
    closes the connection, and nginx tries a GET on another server or answers 502, where
    before the visitor got a 200 header and part of a page."""

    def __init__(self, sock):
        self._sock = sock
        self._first = True
        self._held = b""

    def sendall(self, data):
        if self._first:
            self._first = False
            self._held = bytes(data)
            return
        if self._held:
            data, self._held = self._held + bytes(data), b""
        self._sock.sendall(data)

    def sendfile(self, file, offset=0, count=None):
        self.flush()
        return self._sock.sendfile(file, offset, count)

    def flush(self):
        self._first = False
        if self._held:
            held, self._held = self._held, b""
            self._sock.sendall(held)

    def __getattr__(self, name):
        return getattr(self._sock, name)


class WholeResponse(wsgi.Response):
    """gunicorn's response, written through a `HeaderWithBodySocket`."""

    def __init__(self, req, sock, cfg, *args):
        super().__init__(req, HeaderWithBodySocket(sock), cfg, *args)

    def close(self):
        try:
            super().close()
        finally:
            # A response without a body (a redirect, a HEAD) has sent only its header.
            self.sock.flush()


def install(listeners):
    """In gunicorn's master, before any worker is forked: every request's response is a
    `WholeResponse` (gunicorn's HTTP/1 workers build theirs with `wsgi.create`, which uses
    the module's `Response`), and the listening sockets pass SEND_BUFFER on to the
    connections they accept."""
    wsgi.Response = WholeResponse
    for listener in listeners:
        listener.sock.setsockopt(socket.SOL_SOCKET, socket.SO_SNDBUF, SEND_BUFFER)
