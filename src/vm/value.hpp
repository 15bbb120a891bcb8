// Value: a 64-bit NaN-boxed Python value. Floats, small ints, None and bools need no allocation.
//
// Layout (ORDER VALUE TAGS):
//   any double whose top 16 bits are below 0xFFF9     a float, stored as itself
//                                                     (NaNs are canonicalised to 0x7FF8...)
//   0xFFF9 | 48-bit payload                           special immediates (None, True, False,
//                                                     the error marker, the "absent" marker)
//   0xFFFA | 48-bit two's-complement payload          a small int in [-2^47, 2^47)
//   0xFFFC | 48-bit pointer                           an Object*
//
// `Value::error()` is not a Python value: a native returns it to say "an exception is pending
// on the interpreter" (CPython's NULL return). `Value::absent()` marks an unbound local or a
// missing optional argument.
#pragma once
#include <bit>
#include <cmath>
#include <cstdint>

namespace coil::vm {

struct Object;

class Value {
public:
    static constexpr int64_t small_int_min = -(int64_t(1) << 47);
    static constexpr int64_t small_int_max = (int64_t(1) << 47) - 1;

    constexpr Value() : bits_(none_bits) {}

    static constexpr Value from_bits(uint64_t bits) { return Value(bits); }
    static Value from_double(double d) {
        if (std::isnan(d)) return Value(canonical_nan);
        return Value(std::bit_cast<uint64_t>(d));
    }
    // Precondition: fits_small_int(i).
    static constexpr Value from_small_int(int64_t i) {
        return Value(int_tag | (static_cast<uint64_t>(i) & payload_mask));
    }
    static Value from_object(const Object* o) {
        return Value(object_tag | reinterpret_cast<uint64_t>(o));
    }
    static constexpr Value none() { return Value(none_bits); }
    static constexpr Value true_() { return Value(true_bits); }
    static constexpr Value false_() { return Value(false_bits); }
    static constexpr Value from_bool(bool b) { return b ? true_() : false_(); }
    static constexpr Value error() { return Value(error_bits); }
    static constexpr Value absent() { return Value(absent_bits); }

    static constexpr bool fits_small_int(int64_t i) {
        return i >= small_int_min && i <= small_int_max;
    }

    constexpr uint64_t bits() const { return bits_; }

    constexpr bool is_float() const { return (bits_ >> 48) < 0xFFF9; }
    constexpr bool is_small_int() const { return (bits_ >> 48) == (int_tag >> 48); }
    constexpr bool is_object() const { return (bits_ >> 48) == (object_tag >> 48); }
    constexpr bool is_none() const { return bits_ == none_bits; }
    constexpr bool is_bool() const { return bits_ == true_bits || bits_ == false_bits; }
    constexpr bool is_true() const { return bits_ == true_bits; }
    constexpr bool is_false() const { return bits_ == false_bits; }
    constexpr bool is_error() const { return bits_ == error_bits; }
    constexpr bool is_absent() const { return bits_ == absent_bits; }

    double as_float() const { return std::bit_cast<double>(bits_); }
    constexpr int64_t as_small_int() const {
        // Sign-extend the 48-bit payload.
        return static_cast<int64_t>(bits_ << 16) >> 16;
    }
    Object* as_object() const { return reinterpret_cast<Object*>(bits_ & payload_mask); }

    constexpr bool operator==(const Value& o) const { return bits_ == o.bits_; } // identity (`is`)
    constexpr bool operator!=(const Value& o) const { return bits_ != o.bits_; }

private:
    explicit constexpr Value(uint64_t bits) : bits_(bits) {}

    static constexpr uint64_t payload_mask = (uint64_t(1) << 48) - 1;
    static constexpr uint64_t special_tag = uint64_t(0xFFF9) << 48;
    static constexpr uint64_t int_tag = uint64_t(0xFFFA) << 48;
    static constexpr uint64_t object_tag = uint64_t(0xFFFC) << 48;
    static constexpr uint64_t canonical_nan = uint64_t(0x7FF8) << 48;
    static constexpr uint64_t none_bits = special_tag | 1;
    static constexpr uint64_t false_bits = special_tag | 2;
    static constexpr uint64_t true_bits = special_tag | 3;
    static constexpr uint64_t error_bits = special_tag | 4;
    static constexpr uint64_t absent_bits = special_tag | 5;

    uint64_t bits_;
};

static_assert(sizeof(Value) == 8);

} // namespace coil::vm
