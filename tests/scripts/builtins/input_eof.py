# input() with stdin at end of file raises EOFError after writing the prompt.
import sys
try:
    input('prompt> ')
except EOFError as e:
    print('EOFError', repr(str(e)))
try:
    input()
except EOFError as e:
    print('EOFError again', e)
try:
    input('a', 'b')
except TypeError as e:
    print('TypeError', e)
print(sys.stdin.read(), 'done')
