"""What rate limits share: who the client is, and counting one request at a time.

A limit counts rows (attempts) in the database, so it holds across every process and server.
Two parts make that exact: `client_key` names the visitor the same way whichever proxy or
address family they come through, and `hold_advisory_locks` makes requests for the same key
count one after another."""

import ipaddress

from django.conf import settings
from django.db import connection


def client_key(request):
    """The client's address for a rate limit: an IPv4 address, or an IPv6 client's /64
    network (one household or server usually has a whole /64). See CLIENT_ADDRESS_HEADER."""
    raw = request.META.get(settings.CLIENT_ADDRESS_HEADER, "")
    # A proxy header may hold a list; the proxy appends, so the last one is what it saw.
    raw = raw.split(",")[-1].strip()
    try:
        address = ipaddress.ip_address(raw)
    except ValueError:
        return "unknown"
    if address.version == 6:
        if address.ipv4_mapped:
            return str(address.ipv4_mapped)
        return str(ipaddress.ip_network(f"{address}/64", strict=False))
    return str(address)


def hold_advisory_locks(*keys):
    """Takes a PostgreSQL transaction-level advisory lock on each (namespace, text) key and
    holds it until the transaction ends, so that requests for the same address or client
    count one after another. Under READ COMMITTED two transactions do not see each other's
    uncommitted rows: without this a burst of parallel requests would each count only
    itself. SQLite needs nothing: it runs one writing transaction at a time
    (transaction_mode IMMEDIATE takes the lock at BEGIN).

    The namespace (an int) keeps keys of different kinds apart. Callers take the keys in the
    same order (address, then client), so two requests never wait for each other in a circle.
    """
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        cursor.execute(
            "SELECT " + ", ".join(["pg_advisory_xact_lock(%s, hashtext(%s))"] * len(keys)),
            [value for key in keys for value in key],
        )
