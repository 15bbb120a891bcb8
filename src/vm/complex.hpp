// complex: a pair of doubles in a heap object, with CPython's arithmetic, hashing and repr.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

#include <string>

namespace coil::vm {

struct Complex : Object {
    double real = 0.0;
    double imag = 0.0;
};

// complex or a subclass of it.
bool is_complex(const Interpreter& interp, Value v);
inline Complex* as_complex(Value v) {
    return static_cast<Complex*>(v.as_object());
}

Value make_complex(Interpreter& interp, double real, double imag);

// repr(complex): '(1+2j)', '2j', '(-0-1j)', '(nan+infj)'.
std::string complex_repr(double real, double imag);
// A float's shortest repr without the '.0' CPython appends to integral values ('1', '1e+16').
std::string complex_part_repr(double d);

// a ** b on complex numbers (float ** float with a negative base and a fractional exponent
// lands here too, as in CPython). ZeroDivisionError "0.0 to a negative or complex power",
// OverflowError "complex exponentiation".
Value complex_power(Interpreter& interp, double a_real, double a_imag, double b_real,
                    double b_imag);

void init_complex_type(Interpreter& interp);

} // namespace coil::vm
