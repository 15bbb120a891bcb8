// The time module: the clocks, sleep, and struct_time with gmtime/localtime/mktime/strftime/
// asctime/ctime.
#include "modules/module_builder.hpp"

#include "vm/float.hpp"
#include "vm/int.hpp"
#include "vm/ops.hpp"
#include "vm/signals.hpp"
#include "vm/tuple.hpp"

#include <cerrno>
#include <cmath>
#include <ctime>
#include <string>

namespace coil::modules {

using namespace coil::vm;

namespace {

constexpr const char* struct_time_fields[] = {"tm_year", "tm_mon",  "tm_mday", "tm_hour", "tm_min",
                                              "tm_sec",  "tm_wday", "tm_yday", "tm_isdst"};
constexpr size_t struct_time_size = 9;

int64_t clock_ns(clockid_t clock) {
    timespec ts;
    clock_gettime(clock, &ts);
    return static_cast<int64_t>(ts.tv_sec) * 1000000000 + ts.tv_nsec;
}

Value seconds_from(clockid_t clock) {
    timespec ts;
    clock_gettime(clock, &ts);
    return Value::from_double(static_cast<double>(ts.tv_sec) + ts.tv_nsec * 1e-9);
}

template <clockid_t Clock>
Value clock_seconds(Interpreter& interp, const Value*, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "time", kwnames) || !check_no_args(interp, "time", nargs)) {
        return Value::error();
    }
    return seconds_from(Clock);
}

template <clockid_t Clock>
Value clock_nanoseconds(Interpreter& interp, const Value*, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "time_ns", kwnames) || !check_no_args(interp, "time_ns", nargs)) {
        return Value::error();
    }
    return make_int(interp, clock_ns(Clock));
}

// A number of seconds from an int or float argument, with CPython's errors.
bool seconds_arg(Interpreter& interp, Value v, double* out) {
    if (v.is_float()) {
        *out = v.as_float();
        if (std::isnan(*out)) {
            interp.raise(interp.exceptions.value_error, "Invalid value NaN (not a number)");
            return false;
        }
        return true;
    }
    if (is_int(v)) return int_to_double(interp, v, out);
    interp.raise_format(interp.exceptions.type_error,
                        "'%s' object cannot be interpreted as an integer",
                        type_name_of(interp, v).c_str());
    return false;
}

Value time_sleep(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "sleep", kwnames) || !check_one_arg(interp, "sleep", nargs)) {
        return Value::error();
    }
    double seconds;
    if (!seconds_arg(interp, args[0], &seconds)) return Value::error();
    if (seconds < 0) {
        return interp.raise(interp.exceptions.value_error, "sleep length must be non-negative");
    }
    if (seconds > 9.2e9) {
        return interp.raise(interp.exceptions.overflow_error,
                            "timestamp too large to convert to C _PyTime_t");
    }
    interp.flush_output();
    timespec remaining;
    remaining.tv_sec = static_cast<time_t>(seconds);
    remaining.tv_nsec = static_cast<long>((seconds - std::floor(seconds)) * 1e9);
    while (nanosleep(&remaining, &remaining) != 0 && errno == EINTR) {
        if (vm::sigint_pending && !vm::handle_sigint(interp)) return Value::error();
    }
    return Value::none();
}

// --- struct_time: a 9-tuple whose fields also have names.

Type* struct_time_type(Interpreter& interp, const Value* args) {
    return as_type(args[0]);
}

Value make_struct_time(Interpreter& interp, Type* type, const std::tm& tm) {
    Tuple* t = Tuple::make(interp, struct_time_size);
    int fields[struct_time_size] = {tm.tm_year + 1900,    tm.tm_mon + 1,  tm.tm_mday,
                                    tm.tm_hour,           tm.tm_min,      tm.tm_sec,
                                    (tm.tm_wday + 6) % 7, tm.tm_yday + 1, tm.tm_isdst};
    for (size_t i = 0; i < struct_time_size; ++i) (*t)[i] = Value::from_small_int(fields[i]);
    t->type = type;
    return t->value();
}

Value struct_time_repr(Interpreter& interp, Value self) {
    Tuple* t = as_tuple(self);
    std::string out = "time.struct_time(";
    for (size_t i = 0; i < struct_time_size && i < t->size(); ++i) {
        Str* r = ops::repr(interp, (*t)[i]);
        if (!r) return Value::error();
        if (i) out += ", ";
        out += struct_time_fields[i];
        out += "=";
        out += r->view();
    }
    out += ")";
    return Str::make(interp, out)->value();
}

Value struct_time_getattr(Interpreter& interp, Value self, Str* name, bool suppress) {
    for (size_t i = 0; i < struct_time_size; ++i) {
        if (name->equals(struct_time_fields[i])) return (*as_tuple(self))[i];
    }
    return generic_getattr(interp, self, name, suppress);
}

Value struct_time_new(Interpreter& interp, Type* type, const Value* args, size_t nargs,
                      Tuple* kwnames) {
    if (!reject_keywords(interp, "struct_time", kwnames) ||
        !check_arity(interp, "struct_time", nargs, 1, 1)) {
        return Value::error();
    }
    Value items = ops::call1(interp, interp.types.tuple->value(), args[0]);
    if (items.is_error()) return items;
    if (as_tuple(items)->size() != struct_time_size) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "time.struct_time() takes a 9-sequence (%zu-sequence given)",
                                   as_tuple(items)->size());
    }
    Tuple* t = Tuple::make(interp, as_tuple(items)->items(), struct_time_size);
    t->type = type;
    return t->value();
}

// A struct_time (or any 9-sequence of ints) as a C tm; false with an exception pending.
bool tm_from_tuple(Interpreter& interp, Value v, std::tm* out, const char* function) {
    if (!is_tuple(v)) {
        interp.raise_type_error("Tuple or struct_time argument required");
        return false;
    }
    Tuple* t = as_tuple(v);
    if (t->size() != struct_time_size) {
        interp.raise_format(interp.exceptions.type_error, "%s(): illegal time tuple argument",
                            function);
        return false;
    }
    int64_t f[struct_time_size];
    for (size_t i = 0; i < struct_time_size; ++i) {
        if (!is_int((*t)[i])) {
            interp.raise_format(interp.exceptions.type_error,
                                "'%s' object cannot be interpreted as an integer",
                                type_name_of(interp, (*t)[i]).c_str());
            return false;
        }
        if (!int_to_ssize(interp, (*t)[i], &f[i])) return false;
    }
    *out = std::tm{};
    out->tm_year = static_cast<int>(f[0] - 1900);
    out->tm_mon = static_cast<int>(f[1] - 1);
    out->tm_mday = static_cast<int>(f[2]);
    out->tm_hour = static_cast<int>(f[3]);
    out->tm_min = static_cast<int>(f[4]);
    out->tm_sec = static_cast<int>(f[5]);
    out->tm_wday = static_cast<int>((f[6] + 1) % 7);
    out->tm_yday = static_cast<int>(f[7] - 1);
    out->tm_isdst = static_cast<int>(f[8]);
    return true;
}

// The seconds argument of gmtime/localtime/ctime: now when absent or None.
bool timestamp_arg(Interpreter& interp, const Value* args, size_t nargs, time_t* out) {
    if (nargs == 0 || args[0].is_none()) {
        *out = std::time(nullptr);
        return true;
    }
    double seconds;
    if (!seconds_arg(interp, args[0], &seconds)) return false;
    if (!std::isfinite(seconds) || std::fabs(seconds) > 1e18) {
        interp.raise(interp.exceptions.overflow_error,
                     "timestamp out of range for platform time_t");
        return false;
    }
    *out = static_cast<time_t>(seconds);
    if (seconds < 0 && static_cast<double>(*out) != seconds) --*out;
    return true;
}

Value broken_down_time(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames,
                       const char* name, bool local) {
    if (!reject_keywords(interp, name, kwnames) || !check_arity(interp, name, nargs - 1, 0, 1)) {
        return Value::error();
    }
    time_t when;
    if (!timestamp_arg(interp, args + 1, nargs - 1, &when)) return Value::error();
    std::tm tm;
    if (!(local ? localtime_r(&when, &tm) : gmtime_r(&when, &tm))) {
        return interp.raise(interp.exceptions.overflow_error,
                            "timestamp out of range for platform time_t");
    }
    return make_struct_time(interp, struct_time_type(interp, args), tm);
}

Value time_gmtime(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    return broken_down_time(interp, args, nargs, kwnames, "gmtime", false);
}

Value time_localtime(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    return broken_down_time(interp, args, nargs, kwnames, "localtime", true);
}

// The struct_time argument of strftime/asctime: the local time now when absent.
bool tm_arg(Interpreter& interp, const Value* args, size_t nargs, std::tm* out,
            const char* function) {
    if (nargs == 0) {
        time_t now = std::time(nullptr);
        localtime_r(&now, out);
        return true;
    }
    return tm_from_tuple(interp, args[0], out, function);
}

Value time_mktime(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "mktime", kwnames) ||
        !check_one_arg(interp, "mktime", nargs - 1)) {
        return Value::error();
    }
    std::tm tm;
    if (!tm_from_tuple(interp, args[1], &tm, "mktime")) return Value::error();
    tm.tm_wday = -1;
    time_t t = std::mktime(&tm);
    if (t == static_cast<time_t>(-1) && tm.tm_wday == -1) {
        return interp.raise(interp.exceptions.overflow_error, "mktime argument out of range");
    }
    return Value::from_double(static_cast<double>(t));
}

Value time_strftime(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "strftime", kwnames) ||
        !check_arity(interp, "strftime", nargs - 1, 1, 2)) {
        return Value::error();
    }
    if (!is_str(args[1])) {
        return interp.raise_format(interp.exceptions.type_error,
                                   "strftime() argument 1 must be str, not %s",
                                   type_name_of(interp, args[1]).c_str());
    }
    std::tm tm;
    if (!tm_arg(interp, args + 2, nargs - 2, &tm, "strftime")) return Value::error();
    std::string format(as_str(args[1])->view());
    if (format.empty()) return interp.empty_str;
    // strftime gives no way to tell "too small" from "empty result": grow until it fits.
    for (size_t size = 256; size <= (size_t(1) << 20); size *= 2) {
        std::string out(size, '\0');
        size_t n = std::strftime(out.data(), size, format.c_str(), &tm);
        if (n > 0 || size >= format.size() * 256) {
            out.resize(n);
            return Str::make(interp, out)->value();
        }
    }
    return interp.empty_str;
}

std::string asctime_text(const std::tm& tm) {
    static const char* days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static const char* months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                   "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    char buffer[64];
    std::snprintf(buffer, sizeof buffer, "%s %s %2d %02d:%02d:%02d %d",
                  days[((tm.tm_wday % 7) + 7) % 7], months[((tm.tm_mon % 12) + 12) % 12],
                  tm.tm_mday, tm.tm_hour, tm.tm_min, tm.tm_sec, 1900 + tm.tm_year);
    return buffer;
}

Value time_asctime(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "asctime", kwnames) ||
        !check_arity(interp, "asctime", nargs - 1, 0, 1)) {
        return Value::error();
    }
    std::tm tm;
    if (!tm_arg(interp, args + 1, nargs - 1, &tm, "asctime")) return Value::error();
    return Str::make(interp, asctime_text(tm))->value();
}

Value time_ctime(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "ctime", kwnames) ||
        !check_arity(interp, "ctime", nargs - 1, 0, 1)) {
        return Value::error();
    }
    time_t when;
    if (!timestamp_arg(interp, args + 1, nargs - 1, &when)) return Value::error();
    std::tm tm;
    localtime_r(&when, &tm);
    return Str::make(interp, asctime_text(tm))->value();
}

} // namespace

Module* make_time_module(Interpreter& interp) {
    Module* m = make_module(interp, "time");
    module_def(interp, m, "time", clock_seconds<CLOCK_REALTIME>);
    module_def(interp, m, "time_ns", clock_nanoseconds<CLOCK_REALTIME>);
    module_def(interp, m, "monotonic", clock_seconds<CLOCK_MONOTONIC>);
    module_def(interp, m, "monotonic_ns", clock_nanoseconds<CLOCK_MONOTONIC>);
    module_def(interp, m, "perf_counter", clock_seconds<CLOCK_MONOTONIC>);
    module_def(interp, m, "perf_counter_ns", clock_nanoseconds<CLOCK_MONOTONIC>);
    module_def(interp, m, "process_time", clock_seconds<CLOCK_PROCESS_CPUTIME_ID>);
    module_def(interp, m, "process_time_ns", clock_nanoseconds<CLOCK_PROCESS_CPUTIME_ID>);
    module_def(interp, m, "thread_time", clock_seconds<CLOCK_THREAD_CPUTIME_ID>);
    module_def(interp, m, "thread_time_ns", clock_nanoseconds<CLOCK_THREAD_CPUTIME_ID>);
    module_def(interp, m, "sleep", time_sleep);

    Type* st = make_builtin_type(interp, "struct_time", interp.types.tuple,
                                 interp.types.tuple->instance_size, 0);
    st->slots.new_ = struct_time_new;
    st->slots.repr = struct_time_repr;
    st->slots.getattr = struct_time_getattr;
    module_set(interp, m, "struct_time", st->value());
    struct {
        const char* name;
        NativeFn fn;
    } with_type[] = {{"gmtime", time_gmtime},   {"localtime", time_localtime},
                     {"mktime", time_mktime},   {"strftime", time_strftime},
                     {"asctime", time_asctime}, {"ctime", time_ctime}};
    for (auto& f : with_type) {
        NativeFunction* fn = make_bound_native(interp, f.name, f.fn, nullptr, st->value());
        fn->module = m->name->value();
        module_set(interp, m, f.name, fn->value());
    }
    tzset();
    module_set(interp, m, "timezone", make_int(interp, timezone));
    module_set(interp, m, "altzone", make_int(interp, timezone - 3600));
    module_set(interp, m, "daylight", make_int(interp, daylight));
    module_set(interp, m, "tzname",
               Tuple::make(interp, {Str::make(interp, tzname[0])->value(),
                                    Str::make(interp, tzname[1])->value()})
                   ->value());
    return m;
}

} // namespace coil::modules
