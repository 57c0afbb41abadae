"""Kill app server 2 under load again and again; count the pages cut off in transfer.

    .venv/bin/python -m tests.stack.kill_repeatedly 80

The figures of "A page in transfer at the moment of the kill" in docs/deployment.md. A page cut
off shows as a read error in wrk and as "upstream prematurely closed connection while reading
upstream" in nginx's error log; requests the killed server had not begun to answer are retried
by nginx and are not counted (they show as errors "while reading response header")."""

import sys
import time

from deploy.stack import Stack
from tests.stack.helpers import AccessLog, wrk, wrk_result
from tests.stack.test_scenarios import PAGES, lua_for


def main(kills):
    with Stack(app_servers=2, workers=1, scheduler=False) as stack:
        script = stack.folder / "pages.lua"
        script.write_text(lua_for(PAGES))
        log = AccessLog(stack)
        load = wrk(stack.url + "/", kills * 6 + 6, connections=8, script=script)
        time.sleep(3)
        victim = stack.apps[1]
        for _ in range(kills):
            victim.kill()
            time.sleep(0.5)
            victim.start()
            victim.wait_ready()
            time.sleep(2)
        result = wrk_result(load)
        cut_off = [line for line in log.errors(limit=50) if "while reading upstream" in line]
    print(f"kills: {kills}")
    print(f"requests: {result['requests']} ({result['rate']} a second)")
    print(f"wrk's socket errors: {result['socket errors by kind'] or 'none'}")
    print("cut off in transfer (nginx):", *(cut_off or ["none"]), sep="\n  ")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 80)
