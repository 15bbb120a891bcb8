# "coroutine ... was never awaited" for discarded calls in several statement positions.
import asyncio


async def job():
    return 1


class K:
    async def meth(self):
        pass

    @staticmethod
    async def smeth():
        pass


async def main():
    job()
    K().meth()
    K.smeth()
    if True:
        job()
    print("main done")


asyncio.run(main())
