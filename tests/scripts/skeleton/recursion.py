# Recursive functions: factorial, Fibonacci and a recursive sum.
def factorial(n):
    if n <= 1:
        return 1
    return n * factorial(n - 1)


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def sum_to(n):
    if n == 0:
        return 0
    return n + sum_to(n - 1)


print(factorial(10))
print(fib(20))
print(sum_to(500))
