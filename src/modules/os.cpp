// The os module's file-system minimum and os.path (CPython's posixpath), natively.
#include "modules/os_error.hpp"

#include "vm/bytes.hpp"
#include "vm/dict.hpp"
#include "vm/int.hpp"
#include "vm/list.hpp"
#include "vm/module.hpp"
#include "vm/native_function.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <cerrno>
#include <dirent.h>
#include <string>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

extern char** environ;

namespace coil::modules {

using namespace coil::vm;

namespace {

// A path argument: str only (bytes paths are not supported yet). TypeError in CPython's words.
bool path_arg(Interpreter& interp, const char* fname, const char* arg, Value v, std::string* out) {
    if (is_str(v)) {
        *out = std::string(as_str(v)->view());
        if (out->find('\0') != std::string::npos) {
            interp.raise_format(interp.exceptions.value_error, "%s: embedded null character in %s",
                                fname, arg);
            return false;
        }
        return true;
    }
    interp.raise_format(interp.exceptions.type_error,
                        "%s: %s should be string, bytes or os.PathLike, not %s", fname, arg,
                        std::string(type_name(interp, v)).c_str());
    return false;
}

// A path for the os.path functions, whose messages differ: "expected str, bytes or
// os.PathLike object, not int".
bool fspath_arg(Interpreter& interp, Value v, std::string* out) {
    if (is_str(v)) {
        *out = std::string(as_str(v)->view());
        return true;
    }
    interp.raise_format(interp.exceptions.type_error,
                        "expected str, bytes or os.PathLike object, not %s",
                        std::string(type_name(interp, v)).c_str());
    return false;
}

Value str_value(Interpreter& interp, std::string_view s) {
    return Str::make(interp, s)->value();
}

// --- os ---------------------------------------------------------------------------------------

Value os_getcwd(Interpreter& interp, const Value*, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "getcwd", kwnames) || !check_no_args(interp, "getcwd", nargs)) {
        return Value::error();
    }
    std::vector<char> buf(4096);
    while (!::getcwd(buf.data(), buf.size())) {
        if (errno != ERANGE) return raise_os_error(interp, errno, Value::absent());
        buf.resize(buf.size() * 2);
    }
    return str_value(interp, buf.data());
}

Value os_listdir(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value a[1];
    if (!bind_native_args(interp, "listdir", args, nargs, kwnames, {"path"}, 0, 0, a)) {
        return Value::error();
    }
    std::string path = ".";
    if (!a[0].is_absent() && !a[0].is_none() && !path_arg(interp, "listdir", "path", a[0], &path)) {
        return Value::error();
    }
    DIR* dir = ::opendir(path.c_str());
    if (!dir) {
        return raise_os_error(interp, errno,
                              a[0].is_absent() || a[0].is_none() ? str_value(interp, ".") : a[0]);
    }
    List* names = List::make(interp);
    while (const dirent* entry = ::readdir(dir)) {
        const std::string_view name(entry->d_name);
        if (name == "." || name == "..") continue;
        names->append(interp, str_value(interp, name));
    }
    ::closedir(dir);
    return names->value();
}

// A function of one path that returns None: os.remove, os.rmdir, os.chdir.
template <int (*call)(const char*)>
Value path_call(Interpreter& interp, const char* fname, const Value* args, size_t nargs,
                Tuple* kwnames) {
    Value a[1];
    if (!bind_native_args(interp, fname, args, nargs, kwnames, {"path"}, 1, 0, a)) {
        return Value::error();
    }
    std::string path;
    if (!path_arg(interp, fname, "path", a[0], &path)) return Value::error();
    if (call(path.c_str()) < 0) return raise_os_error(interp, errno, a[0]);
    return Value::none();
}

Value os_remove(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    return path_call<::unlink>(interp, "remove", args, nargs, kwnames);
}

Value os_unlink(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    return path_call<::unlink>(interp, "unlink", args, nargs, kwnames);
}

Value os_rmdir(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    return path_call<::rmdir>(interp, "rmdir", args, nargs, kwnames);
}

Value os_chdir(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    return path_call<::chdir>(interp, "chdir", args, nargs, kwnames);
}

Value os_mkdir(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value a[2];
    if (!bind_native_args(interp, "mkdir", args, nargs, kwnames, {"path", "mode"}, 1, 0, a)) {
        return Value::error();
    }
    std::string path;
    if (!path_arg(interp, "mkdir", "path", a[0], &path)) return Value::error();
    int64_t mode = 0777;
    if (!a[1].is_absent() && !int_to_ssize(interp, a[1], &mode)) return Value::error();
    if (::mkdir(path.c_str(), static_cast<mode_t>(mode)) < 0) {
        return raise_os_error(interp, errno, a[0]);
    }
    return Value::none();
}

bool is_dir(const std::string& path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

Value os_makedirs(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value a[3];
    if (!bind_native_args(interp, "makedirs", args, nargs, kwnames, {"name", "mode", "exist_ok"}, 1,
                          0, a)) {
        return Value::error();
    }
    std::string path;
    if (!fspath_arg(interp, a[0], &path)) return Value::error();
    const bool exist_ok = !a[2].is_absent() && a[2].is_true();
    if (is_dir(path)) {
        if (exist_ok) return Value::none();
        return raise_os_error(interp, EEXIST, a[0]);
    }
    for (size_t i = 1; i <= path.size(); ++i) {
        if (i < path.size() && path[i] != '/') continue;
        const std::string prefix = path.substr(0, i);
        if (is_dir(prefix)) continue;
        if (::mkdir(prefix.c_str(), 0777) < 0 && errno != EEXIST) {
            return raise_os_error(interp, errno, a[0]);
        }
    }
    return Value::none();
}

Value os_rename(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value a[2];
    if (!bind_native_args(interp, "rename", args, nargs, kwnames, {"src", "dst"}, 2, 0, a)) {
        return Value::error();
    }
    std::string src, dst;
    if (!path_arg(interp, "rename", "src", a[0], &src) ||
        !path_arg(interp, "rename", "dst", a[1], &dst)) {
        return Value::error();
    }
    if (::rename(src.c_str(), dst.c_str()) < 0) return raise_os_error(interp, errno, a[0]);
    return Value::none();
}

Value os_getenv(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value a[2];
    if (!bind_native_args(interp, "getenv", args, nargs, kwnames, {"key", "default"}, 1, 0, a)) {
        return Value::error();
    }
    if (!is_str(a[0])) {
        return interp.raise_format(interp.exceptions.type_error, "str expected, not %s",
                                   std::string(type_name(interp, a[0])).c_str());
    }
    const Value environ_dict = interp.modules->get(interp.intern("os"));
    if (environ_dict.is_object()) {
        const Value env =
            static_cast<Module*>(environ_dict.as_object())->dict->get(interp.intern("environ"));
        if (is_dict(env)) {
            const Value v = as_dict(env)->get(interp, a[0]);
            if (v.is_error()) return v;
            if (!v.is_absent()) return v;
        }
    }
    return a[1].is_absent() ? Value::none() : a[1];
}

Value os_getpid(Interpreter& interp, const Value*, size_t nargs, Tuple*) {
    if (!check_no_args(interp, "getpid", nargs)) return Value::error();
    return Value::from_small_int(::getpid());
}

Value os_fspath(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    Value a[1];
    if (!bind_native_args(interp, "fspath", args, nargs, kwnames, {"path"}, 1, 0, a)) {
        return Value::error();
    }
    if (is_str(a[0]) || is_bytes(interp, a[0])) return a[0];
    return interp.raise_format(interp.exceptions.type_error,
                               "expected str, bytes or os.PathLike object, not %s",
                               std::string(type_name(interp, a[0])).c_str());
}

// --- os.path ----------------------------------------------------------------------------------

// posixpath.split: (head, tail) with trailing slashes stripped from head unless it is all
// slashes.
std::pair<std::string, std::string> split_path(const std::string& p) {
    const size_t i = p.rfind('/') + 1; // npos + 1 == 0
    std::string head = p.substr(0, i);
    std::string tail = p.substr(i);
    if (!head.empty() && head.find_first_not_of('/') != std::string::npos) {
        while (!head.empty() && head.back() == '/') head.pop_back();
    }
    return {head, tail};
}

std::string normalize(const std::string& path) {
    if (path.empty()) return ".";
    size_t initial = 0;
    if (path[0] == '/') {
        initial = path.starts_with("//") && !path.starts_with("///") ? 2 : 1;
    }
    std::vector<std::string> parts;
    size_t start = 0;
    while (start <= path.size()) {
        size_t slash = path.find('/', start);
        if (slash == std::string::npos) slash = path.size();
        const std::string comp = path.substr(start, slash - start);
        start = slash + 1;
        if (comp.empty() || comp == ".") continue;
        if (comp != ".." || (!initial && parts.empty()) ||
            (!parts.empty() && parts.back() == "..")) {
            parts.push_back(comp);
        } else if (!parts.empty()) {
            parts.pop_back();
        }
    }
    std::string out(initial, '/');
    for (size_t i = 0; i < parts.size(); ++i) {
        if (i) out += '/';
        out += parts[i];
    }
    return out.empty() ? "." : out;
}

Value one_path(Interpreter& interp, const char* fname, const Value* args, size_t nargs,
               Tuple* kwnames, std::string* out) {
    if (!reject_keywords(interp, fname, kwnames) || !check_one_arg(interp, fname, nargs)) {
        return Value::error();
    }
    return fspath_arg(interp, args[0], out) ? Value::none() : Value::error();
}

Value path_join(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    if (!reject_keywords(interp, "join", kwnames)) return Value::error();
    if (nargs == 0) {
        return interp.raise_type_error("join() missing 1 required positional argument: 'a'");
    }
    std::string out;
    for (size_t i = 0; i < nargs; ++i) {
        if (!is_str(args[i])) {
            return interp.raise_format(
                interp.exceptions.type_error,
                "join() argument must be str, bytes, or os.PathLike object, not '%s'",
                std::string(type_name(interp, args[i])).c_str());
        }
        const std::string_view part = as_str(args[i])->view();
        if (i == 0) {
            out = std::string(part);
        } else if (part.starts_with('/')) {
            out = std::string(part);
        } else if (out.empty() || out.back() == '/') {
            out += part;
        } else {
            out += '/';
            out += part;
        }
    }
    return str_value(interp, out);
}

Value path_split(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    std::string p;
    if (one_path(interp, "split", args, nargs, kwnames, &p).is_error()) return Value::error();
    auto [head, tail] = split_path(p);
    return Tuple::make(interp, {str_value(interp, head), str_value(interp, tail)})->value();
}

Value path_dirname(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    std::string p;
    if (one_path(interp, "dirname", args, nargs, kwnames, &p).is_error()) return Value::error();
    return str_value(interp, split_path(p).first);
}

Value path_basename(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    std::string p;
    if (one_path(interp, "basename", args, nargs, kwnames, &p).is_error()) return Value::error();
    return str_value(interp, split_path(p).second);
}

Value path_splitext(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    std::string p;
    if (one_path(interp, "splitext", args, nargs, kwnames, &p).is_error()) return Value::error();
    const size_t sep = p.rfind('/');
    const size_t dot = p.rfind('.');
    const size_t name_start = sep == std::string::npos ? 0 : sep + 1;
    if (dot != std::string::npos && dot >= name_start) {
        // A leading run of dots (".bashrc", "..x") is part of the name, not an extension.
        for (size_t i = name_start; i < dot; ++i) {
            if (p[i] != '.') {
                return Tuple::make(interp, {str_value(interp, p.substr(0, dot)),
                                            str_value(interp, p.substr(dot))})
                    ->value();
            }
        }
    }
    return Tuple::make(interp, {str_value(interp, p), interp.empty_str})->value();
}

Value path_normpath(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    std::string p;
    if (one_path(interp, "normpath", args, nargs, kwnames, &p).is_error()) return Value::error();
    return str_value(interp, normalize(p));
}

Value path_isabs(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    std::string p;
    if (one_path(interp, "isabs", args, nargs, kwnames, &p).is_error()) return Value::error();
    return Value::from_bool(p.starts_with('/'));
}

Value path_abspath(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    std::string p;
    if (one_path(interp, "abspath", args, nargs, kwnames, &p).is_error()) return Value::error();
    if (!p.starts_with('/')) {
        std::vector<char> buf(4096);
        while (!::getcwd(buf.data(), buf.size())) {
            if (errno != ERANGE) return raise_os_error(interp, errno, Value::absent());
            buf.resize(buf.size() * 2);
        }
        std::string cwd(buf.data());
        p = p.empty() ? cwd : cwd + (cwd.back() == '/' ? "" : "/") + p;
    }
    return str_value(interp, normalize(p));
}

// exists/isfile/isdir never raise for a path that cannot be stat'ed.
template <bool (*test)(const struct stat&)>
Value stat_test(Interpreter& interp, const char* fname, const Value* args, size_t nargs,
                Tuple* kwnames) {
    if (!reject_keywords(interp, fname, kwnames) || !check_one_arg(interp, fname, nargs)) {
        return Value::error();
    }
    if (!is_str(args[0])) {
        if (is_int(args[0]) && !args[0].is_bool()) return Value::false_();
        return interp.raise_format(interp.exceptions.type_error,
                                   "stat: path should be string, bytes, os.PathLike or integer, "
                                   "not %s",
                                   std::string(type_name(interp, args[0])).c_str());
    }
    const std::string p(as_str(args[0])->view());
    struct stat st;
    if (p.find('\0') != std::string::npos || ::stat(p.c_str(), &st) < 0) return Value::false_();
    return Value::from_bool(test(st));
}

bool any_file(const struct stat&) {
    return true;
}
bool regular_file(const struct stat& st) {
    return S_ISREG(st.st_mode);
}
bool directory(const struct stat& st) {
    return S_ISDIR(st.st_mode);
}

Value path_exists(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    return stat_test<any_file>(interp, "exists", args, nargs, kwnames);
}
Value path_isfile(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    return stat_test<regular_file>(interp, "isfile", args, nargs, kwnames);
}
Value path_isdir(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    return stat_test<directory>(interp, "isdir", args, nargs, kwnames);
}

Value path_getsize(Interpreter& interp, const Value* args, size_t nargs, Tuple* kwnames) {
    std::string p;
    if (one_path(interp, "getsize", args, nargs, kwnames, &p).is_error()) return Value::error();
    struct stat st;
    if (::stat(p.c_str(), &st) < 0) return raise_os_error(interp, errno, args[0]);
    return make_int(interp, static_cast<int64_t>(st.st_size));
}

Module* make_path_module(Interpreter& interp) {
    Module* m = Module::make(interp, interp.intern("posixpath"));
    const Value module_name = m->name->value();
    auto def = [&](const char* name, NativeFn fn) {
        m->dict->set(interp, interp.intern(name),
                     make_native_function(interp, name, fn, module_name)->value());
    };
    def("join", path_join);
    def("split", path_split);
    def("dirname", path_dirname);
    def("basename", path_basename);
    def("splitext", path_splitext);
    def("normpath", path_normpath);
    def("isabs", path_isabs);
    def("abspath", path_abspath);
    def("exists", path_exists);
    def("isfile", path_isfile);
    def("isdir", path_isdir);
    def("getsize", path_getsize);
    m->dict->set(interp, interp.intern("sep"), interp.intern("/")->value());
    m->dict->set(interp, interp.intern("curdir"), interp.intern(".")->value());
    m->dict->set(interp, interp.intern("pardir"), interp.intern("..")->value());
    return m;
}

} // namespace

// os, with os.path in sys.modules as 'os.path' and 'posixpath', as CPython has them.
Module* make_os_module(Interpreter& interp) {
    Module* os = Module::make(interp, interp.intern("os"));
    const Value module_name = os->name->value();
    auto set = [&](const char* name, Value v) { os->dict->set(interp, interp.intern(name), v); };
    auto def = [&](const char* name, NativeFn fn) {
        set(name, make_native_function(interp, name, fn, module_name)->value());
    };
    def("getcwd", os_getcwd);
    def("listdir", os_listdir);
    def("remove", os_remove);
    def("unlink", os_unlink);
    def("rmdir", os_rmdir);
    def("mkdir", os_mkdir);
    def("makedirs", os_makedirs);
    def("rename", os_rename);
    def("chdir", os_chdir);
    def("getenv", os_getenv);
    def("getpid", os_getpid);
    def("fspath", os_fspath);
    set("name", interp.intern("posix")->value());
    set("sep", interp.intern("/")->value());
    set("altsep", Value::none());
    set("extsep", interp.intern(".")->value());
    set("pathsep", interp.intern(":")->value());
    set("linesep", interp.intern("\n")->value());
    set("curdir", interp.intern(".")->value());
    set("pardir", interp.intern("..")->value());
    set("devnull", interp.intern("/dev/null")->value());
    Dict* env = Dict::make(interp);
    for (char** e = environ; e && *e; ++e) {
        const std::string_view entry(*e);
        const size_t eq = entry.find('=');
        if (eq == std::string_view::npos || eq == 0) continue;
        env->set(interp, Str::make(interp, entry.substr(0, eq)),
                 Str::make(interp, entry.substr(eq + 1))->value());
    }
    set("environ", env->value());
    Module* path = make_path_module(interp);
    set("path", path->value());
    interp.modules->set(interp, interp.intern("os.path"), path->value());
    interp.modules->set(interp, path->name, path->value());
    return os;
}

} // namespace coil::modules
