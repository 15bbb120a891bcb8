// The random module: CPython's Mersenne Twister and the distributions of random.py, computed
// the same way so that random.seed(n) reproduces CPython's sequences exactly.
#include "modules/module_builder.hpp"
#include "modules/sha512.hpp"

#include "vm/bytes.hpp"
#include "vm/class_creation.hpp"
#include "vm/float.hpp"
#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/ops.hpp"
#include "vm/range.hpp"
#include "vm/set.hpp"
#include "vm/tuple.hpp"

#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>
#include <unordered_set>
#include <vector>

namespace coil::modules {

using namespace coil::vm;

namespace {

constexpr int state_words = 624;

// A Random instance: the generator's 624 words, the position in them, and the second normal
// deviate gauss() computed last time.
struct RandomState : Object {
    uint32_t mt[state_words];
    int index = state_words + 1;
    Value gauss_next = Value::none();
};

void trace_random(Object* self, Tracer& tracer) {
    tracer.mark(static_cast<RandomState*>(self)->gauss_next);
}

RandomState* self_state(const Value* args) {
    return static_cast<RandomState*>(args[0].as_object());
}

// --- The generator (MT19937 as published by Matsumoto and Nishimura).

void init_genrand(RandomState* r, uint32_t seed) {
    r->mt[0] = seed;
    for (int i = 1; i < state_words; ++i) {
        r->mt[i] = 1812433253U * (r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) + static_cast<uint32_t>(i);
    }
    r->index = state_words;
}

void init_by_array(RandomState* r, const std::vector<uint32_t>& key) {
    init_genrand(r, 19650218U);
    int i = 1;
    size_t j = 0;
    const size_t length = key.size();
    for (size_t k = std::max<size_t>(state_words, length); k; --k) {
        r->mt[i] = (r->mt[i] ^ ((r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) * 1664525U)) + key[j] +
                   static_cast<uint32_t>(j);
        ++i;
        ++j;
        if (i >= state_words) {
            r->mt[0] = r->mt[state_words - 1];
            i = 1;
        }
        if (j >= length) j = 0;
    }
    for (int k = state_words - 1; k; --k) {
        r->mt[i] = (r->mt[i] ^ ((r->mt[i - 1] ^ (r->mt[i - 1] >> 30)) * 1566083941U)) -
                   static_cast<uint32_t>(i);
        ++i;
        if (i >= state_words) {
            r->mt[0] = r->mt[state_words - 1];
            i = 1;
        }
    }
    r->mt[0] = 0x80000000U; // a non-zero initial state is guaranteed
}

uint32_t genrand_uint32(RandomState* r) {
    constexpr int m = 397;
    constexpr uint32_t upper = 0x80000000U, lower = 0x7fffffffU, matrix = 0x9908b0dfU;
    if (r->index >= state_words) {
        int k = 0;
        for (; k < state_words - m; ++k) {
            uint32_t y = (r->mt[k] & upper) | (r->mt[k + 1] & lower);
            r->mt[k] = r->mt[k + m] ^ (y >> 1) ^ ((y & 1) ? matrix : 0);
        }
        for (; k < state_words - 1; ++k) {
            uint32_t y = (r->mt[k] & upper) | (r->mt[k + 1] & lower);
            r->mt[k] = r->mt[k + (m - state_words)] ^ (y >> 1) ^ ((y & 1) ? matrix : 0);
        }
        uint32_t y = (r->mt[state_words - 1] & upper) | (r->mt[0] & lower);
        r->mt[state_words - 1] = r->mt[m - 1] ^ (y >> 1) ^ ((y & 1) ? matrix : 0);
        r->index = 0;
    }
    uint32_t y = r->mt[r->index++];
    y ^= y >> 11;
    y ^= (y << 7) & 0x9d2c5680U;
    y ^= (y << 15) & 0xefc60000U;
    y ^= y >> 18;
    return y;
}

// random(): 53 random bits from two outputs, as CPython's genrand_res53.
double random_double(RandomState* r) {
    uint32_t a = genrand_uint32(r) >> 5, b = genrand_uint32(r) >> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
}

// getrandbits(k) for k <= 64: the words are filled least significant first.
uint64_t random_bits_u64(RandomState* r, int k) {
    if (k <= 32) return k == 0 ? 0 : genrand_uint32(r) >> (32 - k);
    uint64_t low = genrand_uint32(r);
    uint64_t high = genrand_uint32(r) >> (64 - k);
    return low | (high << 32);
}

void random_bits_mpz(RandomState* r, uint64_t k, mpz_t out) {
    std::vector<uint32_t> words((k + 31) / 32);
    for (size_t i = 0; i < words.size(); ++i, k -= 32) {
        uint32_t w = genrand_uint32(r);
        if (k < 32) w >>= (32 - k);
        words[i] = w;
    }
    mpz_import(out, words.size(), -1, sizeof(uint32_t), 0, 0, words.data());
}

// _randbelow_with_getrandbits for n < 2**63: rejection sampling with n's bit length.
uint64_t random_below_u64(RandomState* r, uint64_t n) {
    int k = 64 - __builtin_clzll(n);
    uint64_t v = random_bits_u64(r, k);
    while (v >= n) v = random_bits_u64(r, k);
    return v;
}

// _randbelow(n) for any positive int n.
Value random_below(Interpreter& interp, RandomState* r, Value n) {
    int64_t small;
    if (int_to_int64(n, &small))
        return make_int(interp, static_cast<int64_t>(random_below_u64(r, small)));
    mpz_t limit, v;
    mpz_init(limit);
    mpz_init(v);
    int_to_mpz(n, limit);
    size_t k = mpz_sizeinbase(limit, 2);
    do {
        random_bits_mpz(r, k, v);
    } while (mpz_cmp(v, limit) >= 0);
    Value result = make_int(interp, v);
    mpz_clear(limit);
    mpz_clear(v);
    return result;
}

// --- Seeding.

void seed_from_mpz(RandomState* r, const mpz_t n) {
    std::vector<uint32_t> key((mpz_sizeinbase(n, 2) + 31) / 32);
    size_t count = 0;
    mpz_export(key.data(), &count, -1, sizeof(uint32_t), 0, 0, n);
    key.resize(count);
    if (key.empty()) key.push_back(0);
    init_by_array(r, key);
}

void seed_from_entropy(RandomState* r) {
    std::vector<uint32_t> key(state_words);
    bool filled = false;
    if (FILE* f = std::fopen("/dev/urandom", "rb")) {
        filled = std::fread(key.data(), sizeof(uint32_t), key.size(), f) == key.size();
        std::fclose(f);
    }
    if (!filled) {
        auto now = std::chrono::system_clock::now().time_since_epoch().count();
        key.assign({static_cast<uint32_t>(now), static_cast<uint32_t>(now >> 32)});
    }
    init_by_array(r, key);
}

// Version 2 seeding of text and bytes: the bytes followed by their SHA-512, read as one
// big-endian integer.
void seed_from_bytes(RandomState* r, std::string_view bytes) {
    std::array<uint8_t, 64> digest = sha512(bytes);
    std::string all(bytes);
    all.append(reinterpret_cast<const char*>(digest.data()), digest.size());
    mpz_t n;
    mpz_init(n);
    mpz_import(n, all.size(), 1, 1, 1, 0, all.data());
    seed_from_mpz(r, n);
    mpz_clear(n);
}

bool seed_generator(Interpreter& interp, RandomState* r, Value a) {
    mpz_t n;
    if (a.is_none() || a.is_absent()) {
        seed_from_entropy(r);
    } else if (is_str(a)) {
        seed_from_bytes(r, as_str(a)->view());
    } else if (is_bytes(interp, a)) {
        seed_from_bytes(r, as_bytes(a)->view());
    } else if (is_int(a) && !a.is_bool()) {
        mpz_init(n);
        int_to_mpz(a, n);
        mpz_abs(n, n);
        seed_from_mpz(r, n);
        mpz_clear(n);
    } else if (a.is_bool() || a.is_float()) {
        // Seeds that are not exact ints use their hash, read as an unsigned word.
        int64_t h = ops::hash(interp, a);
        if (h == -1 && interp.has_pending()) return false;
        mpz_init(n);
        mpz_import(n, 1, -1, sizeof(uint64_t), 0, 0, &h);
        seed_from_mpz(r, n);
        mpz_clear(n);
    } else {
        interp.raise_type_error("The only supported seed types are: None,\n"
                                "int, float, str, bytes, and bytearray.");
        return false;
    }
    r->gauss_next = Value::none();
    return true;
}

// --- Argument helpers.

bool to_double(Interpreter& interp, Value v, double* out) {
    bool is_number = false;
    if (number_to_double(interp, v, out, &is_number)) return true;
    if (!interp.has_pending()) {
        interp.raise_format(interp.exceptions.type_error, "must be real number, not %s",
                            type_name_of(interp, v).c_str());
    }
    return false;
}

Value float_value(double d) {
    return Value::from_double(d);
}

// ints and objects with __index__, as operator.index().
Value index_value(Interpreter& interp, Value v) {
    return ops::index(interp, v);
}

// --- Methods.

Value random_new(Interpreter& interp, Type* type, const Value* args, size_t nargs, Tuple* kwnames) {
    auto* r = make_instance<RandomState>(interp, type);
    if (nargs > 1) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "Random() expected at most 1 argument, got %zu", nargs);
    }
    if (kwnames && kwnames->size())
        return interp.raise_type_error("Random() takes no keyword arguments");
    Rooted keep(interp.shadow_roots(), r->value());
    if (!seed_generator(interp, r, nargs ? args[0] : Value::none())) return Value::error();
    return r->value();
}

Value random_seed(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "seed", args + 1, nargs - 1, kwnames, {"a", "version"}, 0, 0,
                          bound)) {
        return Value::error();
    }
    if (!seed_generator(interp, self_state(args), bound[0])) return Value::error();
    return Value::none();
}

Value random_random(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "random", kwnames) ||
        !check_no_args(interp, "random", nargs - 1)) {
        return Value::error();
    }
    return float_value(random_double(self_state(args)));
}

Value random_getrandbits(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "getrandbits", kwnames) ||
        !check_one_arg(interp, "getrandbits", nargs - 1)) {
        return Value::error();
    }
    if (args[1].is_float()) {
        return interp.raise_type_error("'float' object cannot be interpreted as an integer");
    }
    Value k = index_value(interp, args[1]);
    if (k.is_error()) return k;
    int64_t bits;
    if (!int_to_ssize(interp, k, &bits)) return Value::error();
    if (bits < 0) {
        return interp.raise(interp.exceptions.value_error, "number of bits must be non-negative");
    }
    RandomState* r = self_state(args);
    if (bits <= 63)
        return make_int(interp, static_cast<int64_t>(random_bits_u64(r, static_cast<int>(bits))));
    mpz_t v;
    mpz_init(v);
    random_bits_mpz(r, static_cast<uint64_t>(bits), v);
    Value result = make_int(interp, v);
    mpz_clear(v);
    return result;
}

Value random_randbytes(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "randbytes", kwnames) ||
        !check_one_arg(interp, "randbytes", nargs - 1)) {
        return Value::error();
    }
    Value n = index_value(interp, args[1]);
    if (n.is_error()) return n;
    int64_t count;
    if (!int_to_ssize(interp, n, &count)) return Value::error();
    if (count < 0) {
        return interp.raise(interp.exceptions.value_error, "number of bits must be non-negative");
    }
    RandomState* r = self_state(args);
    std::string out(static_cast<size_t>(count), '\0');
    uint64_t bits = static_cast<uint64_t>(count) * 8;
    for (size_t at = 0; bits; at += 4) {
        uint32_t w = genrand_uint32(r);
        if (bits < 32) w >>= (32 - bits);
        for (size_t b = 0; b < 4 && at + b < out.size(); ++b)
            out[at + b] = static_cast<char>(w >> (8 * b));
        bits = bits < 32 ? 0 : bits - 32;
    }
    return Bytes::make(interp, out)->value();
}

// randrange's conversion of an argument (position `which`) to an int.
Value randrange_arg(Interpreter& interp, Value v, const char* which) {
    if (is_int(v)) return v;
    if (v.is_float()) {
        double d = v.as_float();
        if (std::isfinite(d) && d == std::floor(d)) {
            return interp.raise_type_error("'float' object cannot be interpreted as an integer");
        }
        return interp.raise_format(interp.exceptions.value_error, "non-integer %s for randrange()",
                                   which);
    }
    return index_value(interp, v);
}

Value randrange_impl(Interpreter& interp, RandomState* r, Value start, Value stop, Value step) {
    Value istart = randrange_arg(interp, start, "arg 1");
    if (istart.is_error()) return istart;
    if (stop.is_absent() || stop.is_none()) {
        if (!step.is_absent()) return interp.raise_type_error("Missing a non-None stop argument");
        if (int_sign(istart) > 0) return random_below(interp, r, istart);
        return interp.raise(interp.exceptions.value_error, "empty range for randrange()");
    }
    Value istop = randrange_arg(interp, stop, "stop");
    if (istop.is_error()) return istop;
    Value width = int_binary_op(interp, BinaryOp::Sub, istop, istart);
    if (width.is_error()) return width;
    Value istep = step.is_absent() ? Value::from_small_int(1) : randrange_arg(interp, step, "step");
    if (istep.is_error()) return istep;
    if (istep.is_small_int() && istep.as_small_int() == 1) {
        if (int_sign(width) > 0) {
            Value offset = random_below(interp, r, width);
            return int_binary_op(interp, BinaryOp::Add, istart, offset);
        }
        return interp.raise_format(interp.exceptions.value_error,
                                   "empty range for randrange() (%s, %s, %s)",
                                   int_to_string(istart).c_str(), int_to_string(istop).c_str(),
                                   int_to_string(width).c_str());
    }
    int sign = int_sign(istep);
    if (sign == 0) return interp.raise(interp.exceptions.value_error, "zero step for randrange()");
    Value adjust =
        int_binary_op(interp, BinaryOp::Add, istep, Value::from_small_int(sign > 0 ? -1 : 1));
    Value n = int_binary_op(interp, BinaryOp::Add, width, adjust);
    n = int_binary_op(interp, BinaryOp::FloorDiv, n, istep);
    if (n.is_error()) return n;
    if (int_sign(n) <= 0)
        return interp.raise(interp.exceptions.value_error, "empty range for randrange()");
    Value offset = random_below(interp, r, n);
    offset = int_binary_op(interp, BinaryOp::Mul, istep, offset);
    return int_binary_op(interp, BinaryOp::Add, istart, offset);
}

Value random_randrange(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[3];
    if (!bind_native_args(interp, "randrange", args + 1, nargs - 1, kwnames,
                          {"start", "stop", "step"}, 1, 0, bound)) {
        return Value::error();
    }
    return randrange_impl(interp, self_state(args), bound[0], bound[1], bound[2]);
}

Value random_randint(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "randint", args + 1, nargs - 1, kwnames, {"a", "b"}, 2, 0,
                          bound)) {
        return Value::error();
    }
    Value stop = ops::binary_op(interp, BinaryOp::Add, bound[1], Value::from_small_int(1));
    if (stop.is_error()) return stop;
    return randrange_impl(interp, self_state(args), bound[0], stop, Value::absent());
}

Value random_choice(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "choice", kwnames) ||
        !check_one_arg(interp, "choice", nargs - 1)) {
        return Value::error();
    }
    int64_t n = ops::len(interp, args[1]);
    if (n < 0) return Value::error();
    if (n == 0) {
        return interp.raise(interp.exceptions.index_error, "Cannot choose from an empty sequence");
    }
    uint64_t i = random_below_u64(self_state(args), static_cast<uint64_t>(n));
    return ops::get_item(interp, args[1], make_int(interp, static_cast<int64_t>(i)));
}

Value random_shuffle(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "shuffle", kwnames) ||
        !check_one_arg(interp, "shuffle", nargs - 1)) {
        return Value::error();
    }
    Value x = args[1];
    int64_t n = ops::len(interp, x);
    if (n < 0) return Value::error();
    RandomState* r = self_state(args);
    for (int64_t i = n - 1; i > 0; --i) {
        auto j = static_cast<int64_t>(random_below_u64(r, static_cast<uint64_t>(i + 1)));
        if (is_list(x) && as_list(x)->type == interp.types.list &&
            static_cast<int64_t>(as_list(x)->size()) == n) {
            std::swap((*as_list(x))[i], (*as_list(x))[j]);
            continue;
        }
        Value vi = ops::get_item(interp, x, Value::from_small_int(i));
        if (vi.is_error()) return vi;
        Rooted keep_i(interp.shadow_roots(), vi);
        Value vj = ops::get_item(interp, x, Value::from_small_int(j));
        if (vj.is_error()) return vj;
        Rooted keep_j(interp.shadow_roots(), vj);
        if (ops::set_item(interp, x, Value::from_small_int(i), vj) < 0 ||
            ops::set_item(interp, x, Value::from_small_int(j), vi) < 0) {
            return Value::error();
        }
    }
    return Value::none();
}

// sample() with counts: sample positions in the expanded population, then map each back to
// the population by bisecting the running totals.
Value sample_with_counts(Interpreter& interp, RandomState* r, Value population, int64_t n,
                         Value counts, Value k);

Value sample_impl(Interpreter& interp, RandomState* r, Value population, Value k_value,
                  Value counts) {
    if (!population.is_object() || is_set_or_frozenset(interp, population) || is_dict(population) ||
        !type_of(interp, population)->slots.getitem) {
        return interp.raise_type_error(
            "Population must be a sequence.  For dicts or sets, use sorted(d).");
    }
    int64_t n = ops::len(interp, population);
    if (n < 0) return Value::error();
    if (!counts.is_absent() && !counts.is_none()) {
        return sample_with_counts(interp, r, population, n, counts, k_value);
    }
    Value k_int = index_value(interp, k_value);
    if (k_int.is_error()) return k_int;
    int64_t k;
    if (!int_to_int64(k_int, &k) || k < 0 || k > n) {
        return interp.raise(interp.exceptions.value_error,
                            "Sample larger than population or is negative");
    }
    List* result = List::make(interp, static_cast<size_t>(k));
    Rooted keep_result(interp.shadow_roots(), result->value());
    int64_t set_size = 21;
    if (k > 5) {
        set_size += static_cast<int64_t>(
            std::pow(4.0, std::ceil(std::log(static_cast<double>(k * 3)) / std::log(4.0))));
    }
    if (n <= set_size) {
        List* pool = List::make(interp);
        Rooted keep_pool(interp.shadow_roots(), pool->value());
        Value it = ops::get_iter(interp, population);
        if (it.is_error()) return it;
        Rooted keep_it(interp.shadow_roots(), it);
        for (;;) {
            Value v = ops::iter_next(interp, it);
            if (v.is_error()) return v;
            if (v.is_absent()) break;
            pool->append(interp, v);
        }
        n = static_cast<int64_t>(pool->size());
        for (int64_t i = 0; i < k; ++i) {
            auto j = random_below_u64(r, static_cast<uint64_t>(n - i));
            result->append(interp, (*pool)[j]);
            (*pool)[j] = (*pool)[static_cast<size_t>(n - i - 1)];
        }
        return result->value();
    }
    std::unordered_set<uint64_t> selected;
    for (int64_t i = 0; i < k; ++i) {
        uint64_t j = random_below_u64(r, static_cast<uint64_t>(n));
        while (selected.count(j)) j = random_below_u64(r, static_cast<uint64_t>(n));
        selected.insert(j);
        Value v = ops::get_item(interp, population, make_int(interp, static_cast<int64_t>(j)));
        if (v.is_error()) return v;
        result->append(interp, v);
    }
    return result->value();
}

// bisect_right over a list of numbers in [lo, hi); -1 on failure.
int64_t bisect_right(Interpreter& interp, List* a, Value x, int64_t lo, int64_t hi) {
    while (lo < hi) {
        int64_t mid = (lo + hi) / 2;
        int less = ops::compare_bool(interp, CompareOp::Lt, x, (*a)[static_cast<size_t>(mid)]);
        if (less < 0) return -1;
        if (less) {
            hi = mid;
        } else {
            lo = mid + 1;
        }
    }
    return lo;
}

// The running totals of an iterable (itertools.accumulate), into `out`.
bool running_totals(Interpreter& interp, Value iterable, List* out) {
    Value it = ops::get_iter(interp, iterable);
    if (it.is_error()) return false;
    Rooted keep_it(interp.shadow_roots(), it);
    Value total = Value::absent();
    for (;;) {
        Value v = ops::iter_next(interp, it);
        if (v.is_error()) return false;
        if (v.is_absent()) return true;
        if (!total.is_absent()) {
            v = ops::binary_op(interp, BinaryOp::Add, total, v);
            if (v.is_error()) return false;
        }
        total = v;
        out->append(interp, v);
    }
}

Value sample_with_counts(Interpreter& interp, RandomState* r, Value population, int64_t n,
                         Value counts, Value k) {
    List* cum = List::make(interp);
    Rooted keep_cum(interp.shadow_roots(), cum->value());
    if (!running_totals(interp, counts, cum)) return Value::error();
    if (static_cast<int64_t>(cum->size()) != n) {
        return interp.raise(interp.exceptions.value_error,
                            "The number of counts does not match the population");
    }
    if (n == 0) return interp.raise(interp.exceptions.index_error, "pop from empty list");
    Value total = cum->pop_back();
    if (!is_int(total)) return interp.raise_type_error("Counts must be integers");
    if (int_sign(total) <= 0) {
        return interp.raise(interp.exceptions.value_error,
                            "Total of counts must be greater than zero");
    }
    int64_t total_count;
    if (!int_to_ssize(interp, total, &total_count)) return Value::error();
    Value positions = make_range(interp, 0, total_count, 1)->value();
    Rooted keep_positions(interp.shadow_roots(), positions);
    Value selections = sample_impl(interp, r, positions, k, Value::absent());
    if (selections.is_error()) return selections;
    Rooted keep_selections(interp.shadow_roots(), selections);
    List* picked = as_list(selections);
    List* result = List::make(interp, picked->size());
    Rooted keep_result(interp.shadow_roots(), result->value());
    for (size_t i = 0; i < picked->size(); ++i) {
        int64_t at = bisect_right(interp, cum, (*picked)[i], 0, static_cast<int64_t>(cum->size()));
        if (at < 0) return Value::error();
        Value v = ops::get_item(interp, population, Value::from_small_int(at));
        if (v.is_error()) return v;
        result->append(interp, v);
    }
    return result->value();
}

Value random_sample(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[3];
    if (!bind_native_args(interp, "sample", args + 1, nargs - 1, kwnames,
                          {"population", "k", "counts"}, 2, 0, bound)) {
        return Value::error();
    }
    return sample_impl(interp, self_state(args), bound[0], bound[1], bound[2]);
}

// choices() once the cumulative weights are known: bisect a uniform draw over the total.
Value random_choices_cumulative(Interpreter& interp, RandomState* r, Value population, int64_t n,
                                List* cum, int64_t k, List* result) {
    if (static_cast<int64_t>(cum->size()) != n) {
        return interp.raise(interp.exceptions.value_error,
                            "The number of weights does not match the population");
    }
    if (n == 0) return interp.raise(interp.exceptions.index_error, "list index out of range");
    Value total = ops::binary_op(interp, BinaryOp::Add, (*cum)[cum->size() - 1], float_value(0.0));
    if (total.is_error()) return total;
    Rooted keep_total(interp.shadow_roots(), total);
    int positive = ops::compare_bool(interp, CompareOp::Gt, total, float_value(0.0));
    if (positive < 0) return Value::error();
    if (!positive) {
        return interp.raise(interp.exceptions.value_error,
                            "Total of weights must be greater than zero");
    }
    double total_double;
    if (!to_double(interp, total, &total_double)) return Value::error();
    if (!std::isfinite(total_double)) {
        return interp.raise(interp.exceptions.value_error, "Total of weights must be finite");
    }
    for (int64_t i = 0; i < k; ++i) {
        Value x = ops::binary_op(interp, BinaryOp::Mul, float_value(random_double(r)), total);
        if (x.is_error()) return x;
        int64_t at = bisect_right(interp, cum, x, 0, n - 1);
        if (at < 0) return Value::error();
        Value v = ops::get_item(interp, population, Value::from_small_int(at));
        if (v.is_error()) return v;
        result->append(interp, v);
    }
    return result->value();
}

Value random_choices(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (nargs - 1 > 2) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "Random.choices() takes from 2 to 3 positional arguments but "
                                   "%zu were given",
                                   nargs);
    }
    Value bound[4];
    if (!bind_native_args(interp, "choices", args + 1, nargs - 1, kwnames,
                          {"population", "weights", "cum_weights", "k"}, 1, 0, bound)) {
        return Value::error();
    }
    RandomState* r = self_state(args);
    Value population = bound[0], weights = bound[1], cum_weights = bound[2];
    int64_t k = 1;
    if (!bound[3].is_absent()) {
        Value k_int = index_value(interp, bound[3]);
        if (k_int.is_error()) return k_int;
        if (!int_to_ssize(interp, k_int, &k)) return Value::error();
    }
    int64_t n = ops::len(interp, population);
    if (n < 0) return Value::error();
    List* result = List::make(interp);
    Rooted keep_result(interp.shadow_roots(), result->value());
    if (cum_weights.is_absent() || cum_weights.is_none()) {
        if (weights.is_absent() || weights.is_none()) {
            for (int64_t i = 0; i < k; ++i) {
                double at = std::floor(random_double(r) * static_cast<double>(n));
                Value v =
                    ops::get_item(interp, population, make_int(interp, static_cast<int64_t>(at)));
                if (v.is_error()) return v;
                result->append(interp, v);
            }
            return result->value();
        }
        List* cum = List::make(interp);
        cum_weights = cum->value();
        Rooted keep_cum(interp.shadow_roots(), cum_weights);
        if (!running_totals(interp, weights, cum)) {
            if (is_int(weights) && interp.pending_matches(interp.exceptions.type_error)) {
                interp.clear_pending();
                return interp.raise_format(interp.exceptions.type_error,
                                           "The number of choices must be a keyword argument: k=%s",
                                           int_to_string(weights).c_str());
            }
            return Value::error();
        }
        return random_choices_cumulative(interp, r, population, n, cum, k, result);
    }
    if (!weights.is_absent() && !weights.is_none()) {
        return interp.raise_type_error("Cannot specify both weights and cumulative weights");
    }
    List* cum = List::make(interp);
    Rooted keep_cum(interp.shadow_roots(), cum->value());
    Value it = ops::get_iter(interp, cum_weights);
    if (it.is_error()) return it;
    Rooted keep_it(interp.shadow_roots(), it);
    for (;;) {
        Value v = ops::iter_next(interp, it);
        if (v.is_error()) return v;
        if (v.is_absent()) break;
        cum->append(interp, v);
    }
    return random_choices_cumulative(interp, r, population, n, cum, k, result);
}

Value random_uniform(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[2];
    if (!bind_native_args(interp, "uniform", args + 1, nargs - 1, kwnames, {"a", "b"}, 2, 0,
                          bound)) {
        return Value::error();
    }
    double u = random_double(self_state(args));
    Value span = ops::binary_op(interp, BinaryOp::Sub, bound[1], bound[0]);
    if (span.is_error()) return span;
    Value scaled = ops::binary_op(interp, BinaryOp::Mul, span, float_value(u));
    if (scaled.is_error()) return scaled;
    return ops::binary_op(interp, BinaryOp::Add, bound[0], scaled);
}

Value random_triangular(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value bound[3];
    if (!bind_native_args(interp, "triangular", args + 1, nargs - 1, kwnames,
                          {"low", "high", "mode"}, 0, 0, bound)) {
        return Value::error();
    }
    Value low = bound[0].is_absent() ? float_value(0.0) : bound[0];
    Value high = bound[1].is_absent() ? float_value(1.0) : bound[1];
    double u = random_double(self_state(args));
    double lo, hi, c = 0.5;
    if (!to_double(interp, low, &lo) || !to_double(interp, high, &hi)) return Value::error();
    if (!bound[2].is_absent() && !bound[2].is_none()) {
        double mode;
        if (!to_double(interp, bound[2], &mode)) return Value::error();
        if (hi - lo == 0.0) return low;
        c = (mode - lo) / (hi - lo);
    }
    if (u > c) {
        u = 1.0 - u;
        c = 1.0 - c;
        std::swap(lo, hi);
    }
    return float_value(lo + (hi - lo) * std::sqrt(u * c));
}

// Two float parameters with defaults, as the distributions take them.
bool float_params(Interpreter& interp, const char* fname, const Value* args, size_t nargs,
                  Tuple* kwnames, std::initializer_list<std::string_view> names, size_t required,
                  double defaults[2], double out[2]) {
    Value bound[2] = {Value::absent(), Value::absent()};
    if (!bind_native_args(interp, fname, args + 1, nargs - 1, kwnames, names, required, 0, bound)) {
        return false;
    }
    for (size_t i = 0; i < names.size(); ++i) {
        if (bound[i].is_absent()) {
            out[i] = defaults[i];
        } else if (!to_double(interp, bound[i], &out[i])) {
            return false;
        }
    }
    return true;
}

double normal_deviate(RandomState* r) {
    const double magic = 4 * std::exp(-0.5) / std::sqrt(2.0);
    for (;;) {
        double u1 = random_double(r);
        double u2 = 1.0 - random_double(r);
        double z = magic * (u1 - 0.5) / u2;
        double zz = z * z / 4.0;
        if (zz <= -std::log(u2)) return z;
    }
}

Value random_normalvariate(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    double defaults[2] = {0.0, 1.0}, p[2];
    if (!float_params(interp, "normalvariate", args, nargs, kwnames, {"mu", "sigma"}, 0, defaults,
                      p)) {
        return Value::error();
    }
    return float_value(p[0] + normal_deviate(self_state(args)) * p[1]);
}

Value random_lognormvariate(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    double defaults[2] = {0.0, 1.0}, p[2];
    if (!float_params(interp, "lognormvariate", args, nargs, kwnames, {"mu", "sigma"}, 2, defaults,
                      p)) {
        return Value::error();
    }
    return float_value(std::exp(p[0] + normal_deviate(self_state(args)) * p[1]));
}

Value random_gauss(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    double defaults[2] = {0.0, 1.0}, p[2];
    if (!float_params(interp, "gauss", args, nargs, kwnames, {"mu", "sigma"}, 0, defaults, p)) {
        return Value::error();
    }
    RandomState* r = self_state(args);
    double z;
    if (r->gauss_next.is_float()) {
        z = r->gauss_next.as_float();
        r->gauss_next = Value::none();
    } else {
        const double two_pi = 2.0 * M_PI;
        double x2pi = random_double(r) * two_pi;
        double g2rad = std::sqrt(-2.0 * std::log(1.0 - random_double(r)));
        z = std::cos(x2pi) * g2rad;
        r->gauss_next = float_value(std::sin(x2pi) * g2rad);
    }
    return float_value(p[0] + z * p[1]);
}

Value random_expovariate(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    double defaults[2] = {1.0, 0.0}, p[2];
    if (!float_params(interp, "expovariate", args, nargs, kwnames, {"lambd"}, 1, defaults, p)) {
        return Value::error();
    }
    double u = random_double(self_state(args));
    if (p[0] == 0.0)
        return interp.raise(interp.exceptions.zero_division_error, "float division by zero");
    return float_value(-std::log(1.0 - u) / p[0]);
}

double gamma_deviate(RandomState* r, double alpha, double beta) {
    if (alpha > 1.0) {
        const double log4 = std::log(4.0), sg_magic = 1.0 + std::log(4.5);
        double ainv = std::sqrt(2.0 * alpha - 1.0);
        double bbb = alpha - log4, ccc = alpha + ainv;
        for (;;) {
            double u1 = random_double(r);
            if (!(1e-7 < u1 && u1 < 0.9999999)) continue;
            double u2 = 1.0 - random_double(r);
            double v = std::log(u1 / (1.0 - u1)) / ainv;
            double x = alpha * std::exp(v);
            double z = u1 * u1 * u2;
            double rr = bbb + ccc * v - x;
            if (rr + sg_magic - 4.5 * z >= 0.0 || rr >= std::log(z)) return x * beta;
        }
    }
    if (alpha == 1.0) return -std::log(1.0 - random_double(r)) * beta;
    double x;
    for (;;) {
        double u = random_double(r);
        double b = (M_E + alpha) / M_E;
        double p = b * u;
        x = p <= 1.0 ? std::pow(p, 1.0 / alpha) : -std::log((b - p) / alpha);
        double u1 = random_double(r);
        if (p > 1.0) {
            if (u1 <= std::pow(x, alpha - 1.0)) break;
        } else if (u1 <= std::exp(-x)) {
            break;
        }
    }
    return x * beta;
}

Value random_gammavariate(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    double defaults[2] = {0.0, 0.0}, p[2];
    if (!float_params(interp, "gammavariate", args, nargs, kwnames, {"alpha", "beta"}, 2, defaults,
                      p)) {
        return Value::error();
    }
    if (p[0] <= 0.0 || p[1] <= 0.0) {
        return interp.raise(interp.exceptions.value_error,
                            "gammavariate: alpha and beta must be > 0.0");
    }
    return float_value(gamma_deviate(self_state(args), p[0], p[1]));
}

Value random_betavariate(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    double defaults[2] = {0.0, 0.0}, p[2];
    if (!float_params(interp, "betavariate", args, nargs, kwnames, {"alpha", "beta"}, 2, defaults,
                      p)) {
        return Value::error();
    }
    if (p[0] <= 0.0 || p[1] <= 0.0) {
        return interp.raise(interp.exceptions.value_error,
                            "gammavariate: alpha and beta must be > 0.0");
    }
    RandomState* r = self_state(args);
    double y = gamma_deviate(r, p[0], 1.0);
    if (y == 0.0) return float_value(0.0);
    return float_value(y / (y + gamma_deviate(r, p[1], 1.0)));
}

Value random_paretovariate(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    double defaults[2] = {0.0, 0.0}, p[2];
    if (!float_params(interp, "paretovariate", args, nargs, kwnames, {"alpha"}, 1, defaults, p)) {
        return Value::error();
    }
    double u = 1.0 - random_double(self_state(args));
    return float_value(std::pow(u, -1.0 / p[0]));
}

Value random_weibullvariate(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    double defaults[2] = {0.0, 0.0}, p[2];
    if (!float_params(interp, "weibullvariate", args, nargs, kwnames, {"alpha", "beta"}, 2,
                      defaults, p)) {
        return Value::error();
    }
    double u = 1.0 - random_double(self_state(args));
    return float_value(p[0] * std::pow(-std::log(u), 1.0 / p[1]));
}

Value random_vonmisesvariate(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    double defaults[2] = {0.0, 0.0}, p[2];
    if (!float_params(interp, "vonmisesvariate", args, nargs, kwnames, {"mu", "kappa"}, 2, defaults,
                      p)) {
        return Value::error();
    }
    RandomState* r = self_state(args);
    const double two_pi = 2.0 * M_PI;
    double mu = p[0], kappa = p[1];
    if (kappa <= 1e-6) return float_value(two_pi * random_double(r));
    double s = 0.5 / kappa;
    double rr = s + std::sqrt(1.0 + s * s);
    double z;
    for (;;) {
        double u1 = random_double(r);
        z = std::cos(M_PI * u1);
        double d = z / (rr + z);
        double u2 = random_double(r);
        if (u2 < 1.0 - d * d || u2 <= (1.0 - d) * std::exp(d)) break;
    }
    double q = 1.0 / rr;
    double f = (q + z) / (1.0 + q * z);
    double u3 = random_double(r);
    double theta = u3 > 0.5 ? mu + std::acos(f) : mu - std::acos(f);
    // Python's float % takes the sign of the divisor.
    double m = std::fmod(theta, two_pi);
    if (m != 0.0 && (m < 0) != (two_pi < 0)) m += two_pi;
    return float_value(m);
}

Value random_getstate(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "getstate", kwnames) ||
        !check_no_args(interp, "getstate", nargs - 1)) {
        return Value::error();
    }
    RandomState* r = self_state(args);
    Tuple* words = Tuple::make(interp, state_words + 1);
    for (int i = 0; i < state_words; ++i)
        (*words)[i] = make_int(interp, static_cast<int64_t>(r->mt[i]));
    (*words)[state_words] = Value::from_small_int(r->index);
    return Tuple::make(interp, {Value::from_small_int(3), words->value(), r->gauss_next})->value();
}

Value random_setstate(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "setstate", kwnames) ||
        !check_one_arg(interp, "setstate", nargs - 1)) {
        return Value::error();
    }
    RandomState* r = self_state(args);
    Value state = args[1];
    Value version = ops::get_item(interp, state, Value::from_small_int(0));
    if (version.is_error()) return version;
    if (!(version.is_small_int() && (version.as_small_int() == 3 || version.as_small_int() == 2))) {
        Str* shown = ops::repr(interp, version);
        if (!shown) return Value::error();
        return interp.raise_format(interp.exceptions.value_error,
                                   "state with version %s passed to Random.setstate() of version 3",
                                   std::string(shown->view()).c_str());
    }
    if (!is_tuple(state) || as_tuple(state)->size() != 3) {
        return interp.raise_type_error("state vector must be a tuple");
    }
    Value words = (*as_tuple(state))[1];
    if (!is_tuple(words)) return interp.raise_type_error("state vector must be a tuple");
    Tuple* w = as_tuple(words);
    if (w->size() != state_words + 1)
        return interp.raise(interp.exceptions.value_error, "state vector is the wrong size");
    uint32_t mt[state_words];
    for (int i = 0; i < state_words; ++i) {
        Value v = (*w)[i];
        if (!is_int(v)) return interp.raise_type_error("state vector items must be integers");
        mpz_t m;
        mpz_init(m);
        int_to_mpz(v, m);
        mpz_fdiv_r_2exp(m, m, 32);
        mt[i] = static_cast<uint32_t>(mpz_get_ui(m));
        mpz_clear(m);
    }
    int64_t index;
    if (!is_int((*w)[state_words]) || !int_to_int64((*w)[state_words], &index) || index < 0 ||
        index > state_words) {
        return interp.raise(interp.exceptions.value_error, "invalid state");
    }
    std::copy(mt, mt + state_words, r->mt);
    r->index = static_cast<int>(index);
    r->gauss_next = (*as_tuple(state))[2];
    return Value::none();
}

struct MethodEntry {
    const char* name;
    NativeFn fn;
};

constexpr MethodEntry random_methods[] = {
    {"seed", random_seed},
    {"random", random_random},
    {"getrandbits", random_getrandbits},
    {"randbytes", random_randbytes},
    {"randrange", random_randrange},
    {"randint", random_randint},
    {"choice", random_choice},
    {"choices", random_choices},
    {"shuffle", random_shuffle},
    {"sample", random_sample},
    {"uniform", random_uniform},
    {"triangular", random_triangular},
    {"normalvariate", random_normalvariate},
    {"lognormvariate", random_lognormvariate},
    {"gauss", random_gauss},
    {"expovariate", random_expovariate},
    {"gammavariate", random_gammavariate},
    {"betavariate", random_betavariate},
    {"paretovariate", random_paretovariate},
    {"weibullvariate", random_weibullvariate},
    {"vonmisesvariate", random_vonmisesvariate},
    {"getstate", random_getstate},
    {"setstate", random_setstate},
};

} // namespace

Module* make_random_module(Interpreter& interp) {
    Module* m = make_module(interp, "random");
    Type* t =
        make_builtin_type(interp, "Random", interp.types.object, sizeof(RandomState), TypeBaseType);
    t->slots.new_ = random_new;
    t->slots.init = nullptr;
    t->slots.trace = trace_random;
    for (const MethodEntry& e : random_methods) add_method(interp, t, e.name, e.fn);
    module_set(interp, m, "Random", t->value());

    auto* instance = interp.heap().make<RandomState>(t);
    seed_from_entropy(instance);
    module_set(interp, m, "_inst", instance->value());
    for (const MethodEntry& e : random_methods) {
        module_set(interp, m, e.name,
                   make_bound_native(interp, e.name, e.fn, t, instance->value())->value());
    }
    return m;
}

} // namespace coil::modules
