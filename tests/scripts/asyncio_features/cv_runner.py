# asyncio.Runner runs every run() in one context, taken when the runner starts (so values set
# by one run are seen by the next); run(context=) uses the given one; asyncio.run copies.
import asyncio
import contextvars

user = contextvars.ContextVar("user", default="anonymous")


async def login(name):
    before = user.get()
    user.set(name)
    return before, user.get()


async def whoami():
    return user.get()


user.set("outer")
with asyncio.Runner() as runner:
    print(runner.run(whoami()))
    print(runner.run(login("alice")))
    print(runner.run(whoami()))
    ctx = contextvars.Context()
    print(runner.run(login("bob"), context=ctx), ctx[user])
    print(runner.run(whoami()))
print("outside", user.get())

print(asyncio.run(login("carol")))
print(asyncio.run(whoami()))
print("outside", user.get())

ctx = contextvars.copy_context()
print(ctx.run(asyncio.run, login("dave")), ctx[user], user.get())
