0
1
00
0_0
1_000_000
0x1F
0XdeadBEEF
0o17
0O777
0b1010
0B1_0
9223372036854775807
9223372036854775808
123456789012345678901234567890
0xffffffffffffffffffffffffff
1.5
1.
.5
1e10
1E-5
1.5e+300
1e400
0.1
123456789012345678.0
1_0.0_1e1_0
1j
1.5J
0j
1e16j
07j
09.5
'single'
"double"
'''triple
single'''
"""triple
double"""
'it\'s'
"say \"hi\""
'a' 'b' "c"
'a' \
'b'
u'unicode'
U'upper'
r'raw\n'
R'raw'
b'bytes'
B'BYTES'
rb'\d' Rb'x' bR'y' BR"z" br'w'
b'\x00\xff\n\t\\\'"'
'\x41\101\u00e9\U0001F600\n\r\t\\\a\b\f\v\0'
'\N{EM DASH}\N{LATIN SMALL LETTER E WITH ACUTE}\N{CJK UNIFIED IDEOGRAPH-4E00}'
'\d \z unknown escapes'
'line\
continued'
"""a\
b"""
'\ud800'
'é€😀'
'\x00\x7f\x80\xa0\u2028'
'quote " and \' both'
"only ' single"
''
b''
'\777'
b'\777'
