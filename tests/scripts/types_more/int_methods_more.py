# int methods and attributes: as_integer_ratio, conjugate, real/imag, bit_count, and int() of various types.
for v in [0, 7, -7, 2**70, True]:
    print(v, v.as_integer_ratio(), v.conjugate(), v.real, v.imag, v.numerator, v.denominator, v.bit_count(), v.bit_length())
print(int('  12  '), int(' -0b101 ', 2) if False else int(' -101 ', 2), int('z', 36), int('-Z', 36), int(7.9), int(-7.9), int('0o17', 8), int('0x1f', 16))
print(int.from_bytes(b'\x00\x01', 'big'), (258).to_bytes(2, 'little'), int(True) + int(False), int('1' * 50) % 97)
print(sum(int(c) for c in str(2**100)), len(str(-2**200)), abs(-2**64), -(-2**64), +(2**64), 2**64 // -3, 2**64 % -3)
