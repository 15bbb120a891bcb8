# Bit operations on negative and big ints, shifts, bit_length, bit_count, to_bytes and from_bytes.
vals = [0, 1, -1, 5, -5, 255, -256, 2**64, -(2**64), 2**100 - 1, -(2**100) + 3]
for a in vals:
    print(a, ~a, a & 0xFF, a | 0x100, a ^ -1, a >> 3, a << 5, a.bit_length(), a.bit_count(), abs(a).bit_length())
print(-5 & -3, -5 | -3, -5 ^ -3, -(2**70) & (2**70 - 1), -(2**70) | 1, (2**70) ^ -(2**69))
print(1 << 100, -1 << 100, (1 << 100) >> 99, -1 >> 100, -(2**100) >> 200, 12345 >> 64, 5 << 0)
for expr in ['1 << -1', '1 >> -1', '0 << 2**70', '1 >> 2**70', '-1 >> 2**70', '1.0 << 1', '1 & 1.0', '~1.5']:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
print((1024).to_bytes(2, 'big'), (1024).to_bytes(2, 'little'), (-1).to_bytes(2, 'big', signed=True),
      (255).to_bytes(1, 'big'), (0).to_bytes(0, 'big'), (2**64).to_bytes(9, 'little'), (-129).to_bytes(2, 'little', signed=True),
      (5).to_bytes(), (65535).to_bytes(length=2, byteorder='big'))
for expr in ["(256).to_bytes(1, 'big')", "(-1).to_bytes(1, 'big')", "(128).to_bytes(1, 'big', signed=True)",
             "(1).to_bytes(1, 'middle')", "(1).to_bytes(-1, 'big')", "(1).to_bytes(1.0, 'big')"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
print(int.from_bytes(b'\x04\x00', 'big'), int.from_bytes(b'\x04\x00', 'little'), int.from_bytes(b'\xff\xff', 'big', signed=True),
      int.from_bytes(b'', 'big'), int.from_bytes([1, 2, 3], 'big'), int.from_bytes(bytearray(b'\x80'), 'big', signed=True),
      int.from_bytes(b'\x01' * 12, 'little'), int.from_bytes(b'\x02'), bool.from_bytes(b'\x01', 'big'))
for expr in ["int.from_bytes(b'a', 'x')", "int.from_bytes([256], 'big')"]:
    try:
        print(expr, '->', eval(expr))
    except Exception as e:
        print(expr, '->', type(e).__name__, e)
print((10).bit_length(), (0).bit_count(), (-(2**65)).bit_count(), True.bit_length(), int.bit_length(-7))
