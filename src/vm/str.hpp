// str: immutable Unicode text stored as UTF-8, with its code-point length, an ASCII flag (O(1)
// indexing) and its hash cached in the object.
#pragma once
#include "vm/interpreter.hpp"
#include "vm/object.hpp"

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace coil::vm {

struct Str : Object {
    // Copies `utf8` (which must be valid UTF-8, or WTF-8 for lone surrogates).
    static Str* make(Interpreter& interp, std::string_view utf8);
    // A string of `byte_length` bytes to be filled through mutable_data(), then finish()ed.
    static Str* make_uninitialized(Interpreter& interp, size_t byte_length);
    // Computes the code-point length and ASCII flag after the bytes were written.
    void finish();
    // finish() when the code-point length and ASCII flag are known (from the parts the
    // bytes were copied from): skips the scan.
    void finish(size_t length, bool ascii) {
        length_ = static_cast<uint32_t>(length);
        ascii_ = ascii;
    }
    void finish_ascii() { finish(byte_length_, true); }
    // Known to be ASCII (or with the given code-point length): skips the scan.
    static Str* make_ascii(Interpreter& interp, std::string_view ascii);
    // An instance of str's subclass `type` with the text of `text`.
    static Str* make_of_type(Interpreter& interp, Type* type, const Str* text);

    std::string_view view() const { return {data_, byte_length_}; }
    const char* data() const { return data_; }
    char* mutable_data() { return data_; }
    size_t byte_length() const { return byte_length_; }
    size_t length() const { return length_; } // code points, what len() returns
    bool is_ascii() const { return ascii_; }
    bool is_interned() const { return interned_; }

    int64_t hash() const {
        if (hash_ == -1) hash_ = compute_hash(view());
        return hash_;
    }
    static int64_t compute_hash(std::string_view bytes);

    bool equals(const Str* other) const {
        if (this == other) return true;
        if (interned_ && other->interned_) return false;
        if (byte_length_ != other->byte_length_) return false;
        if (hash_ != -1 && other->hash_ != -1 && hash_ != other->hash_) return false;
        return std::memcmp(data_, other->data_, byte_length_) == 0;
    }
    bool equals(std::string_view text) const { return view() == text; }

    // Byte offset of code point `index` (0 <= index <= length()).
    size_t byte_offset(size_t index) const;
    // The code point at `index` (0 <= index < length()).
    uint32_t code_point_at(size_t index) const;

private:
    friend class Interpreter;
    uint32_t byte_length_ = 0;
    uint32_t length_ = 0;
    mutable int64_t hash_ = -1;
    bool ascii_ = true;
    bool interned_ = false;
    char data_[1]; // byte_length_ bytes plus a NUL terminator
};

inline bool is_str(Value v) {
    return v.is_object() && v.as_object()->type->has_flag(TypeStrSubclass);
}
inline Str* as_str(Value v) {
    return static_cast<Str*>(v.as_object());
}

// A one-character string for code point `cp` (ASCII ones are cached per interpreter later).
Str* str_from_code_point(Interpreter& interp, uint32_t cp);
// Appends the UTF-8 encoding of `cp` to `out`.
void append_utf8(std::string& out, uint32_t cp);
// Decodes one code point at `p` and advances it.
uint32_t decode_utf8(const char*& p);

// repr() of text: quotes chosen as CPython does, escapes for control/non-printable chars.
std::string str_repr(std::string_view utf8);
Str* str_concat(Interpreter& interp, Str* a, Str* b);

void init_str_type(Interpreter& interp);

} // namespace coil::vm
