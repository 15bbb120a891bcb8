# gmtime / struct_time fields, strftime, asctime, ctime-like formatting in UTC.
import time

t = time.gmtime(0)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_wday, t.tm_yday, t.tm_isdst, t[0], len(t), tuple(t))
g = time.gmtime(1700000000)
print(g, g[:3])
print(time.strftime("%Y-%m-%d %H:%M:%S", g), time.strftime("%a %b %d %j", g), time.strftime("", g))
print(time.asctime(g), time.asctime(time.gmtime(951782400)))
print(time.gmtime(1e9).tm_year, time.gmtime(-86400).tm_year, time.gmtime(86399.9).tm_sec)
print(isinstance(t, tuple), t == (1970, 1, 1, 0, 0, 0, 3, 1, 0))
st = time.struct_time((2020, 2, 29, 12, 30, 45, 5, 60, 0))
print(st, st.tm_min)
print(time.strftime("%Y/%m/%d", (2001, 1, 2, 3, 4, 5, 1, 2, 0)))
try:
    time.strftime(5)
except TypeError as e:
    print(type(e).__name__, e)
try:
    time.asctime((1, 2))
except TypeError as e:
    print(type(e).__name__)
print(type(time.localtime()).__name__, len(time.localtime()), type(time.ctime()).__name__)
