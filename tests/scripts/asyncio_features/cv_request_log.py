# The usual use of contextvars with asyncio: a request id that log lines pick up, across
# concurrent handlers, helper coroutines, callbacks and nested tasks.
import asyncio
import contextvars

request_id = contextvars.ContextVar("request_id", default="-")
lines = []


def log(message):
    lines.append(f"[{request_id.get()}] {message}")


async def fetch(what, delay):
    log(f"fetching {what}")
    await asyncio.sleep(delay)
    log(f"fetched {what}")
    return what.upper()


async def handle(rid, items):
    request_id.set(rid)
    log("start")
    loop = asyncio.get_running_loop()
    loop.call_soon(log, "callback scheduled by handler")
    results = await asyncio.gather(*(fetch(item, 0.01 * (i + 1)) for i, item in enumerate(items)))
    log(f"results {results}")
    return rid, results


async def main():
    log("server up")
    responses = await asyncio.gather(handle("r1", ["a", "b"]), handle("r2", ["c"]))
    log(f"responses {responses}")


asyncio.run(main())
for line in sorted(lines, key=lambda l: (l[1:3], l)):
    print(line)
