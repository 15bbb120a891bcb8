// The import system (CPython's import.c and importlib._bootstrap): finding, loading and binding.
#include "vm/import.hpp"

#include "vm/call.hpp"
#include "vm/code.hpp"
#include "vm/compile_hook.hpp"
#include "vm/dict.hpp"
#include "vm/exception.hpp"
#include "vm/frame.hpp"
#include "vm/list.hpp"
#include "vm/module.hpp"
#include "vm/ops.hpp"
#include "vm/str.hpp"
#include "vm/tuple.hpp"
#include "vm/type.hpp"

#include <fstream>
#include <optional>
#include <sstream>
#include <string>
#include <sys/stat.h>
#include <vector>

namespace coil::vm {

namespace {

std::string quoted(std::string_view s) {
    std::string out(1, '\''); // appended: GCC 12's -Wrestrict misfires on "'" + ...
    out.append(s).push_back('\'');
    return out;
}

// ModuleNotFoundError(message, name=name).
Value raise_not_found(Interpreter& interp, std::string_view message, std::string_view name) {
    BaseException* e = make_exception(interp, interp.exceptions.module_not_found_error, message);
    Value exc = e->value();
    Rooted keep(interp.shadow_roots(), exc);
    if (ops::set_attr(interp, exc, interp.names.name, Str::make(interp, name)->value()) < 0) {
        return Value::error();
    }
    interp.set_pending(exc);
    return Value::error();
}

bool is_regular_file(const std::string& path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 && S_ISREG(st.st_mode);
}

bool is_directory(const std::string& path) {
    struct stat st;
    return ::stat(path.c_str(), &st) == 0 && S_ISDIR(st.st_mode);
}

// Where a module was found.
struct Location {
    enum Kind { Nowhere, Native, Embedded, Source, Namespace } kind = Nowhere;
    const EmbeddedModule* embedded = nullptr;
    std::string file;                      // Source: the .py file
    bool package = false;                  // Source, Embedded: a package
    std::vector<std::string> search_paths; // Source package: its directory; Namespace: all
};

std::string join_path(std::string_view dir, std::string_view leaf) {
    if (dir.empty()) return std::string(leaf);
    std::string out(dir);
    if (out.back() != '/') out += '/';
    out += leaf;
    return out;
}

// FileFinder over `paths` (sys.path or a package's __path__): in each directory a package, then
// a module; directories without __init__.py are remembered for a namespace package.
bool find_on_path(Interpreter& interp, Value paths, std::string_view leaf, Location& out) {
    if (paths.is_absent() || paths.is_none()) return true;
    const Value it = ops::get_iter(interp, paths);
    if (it.is_error()) return false;
    Rooted keep(interp.shadow_roots(), it);
    for (;;) {
        const Value entry = ops::iter_next(interp, it);
        if (entry.is_error()) return false;
        if (entry.is_absent()) break;
        if (!is_str(entry)) continue;
        const std::string_view dir = as_str(entry)->view();
        const std::string base = join_path(dir, leaf);
        const std::string init = base + "/__init__.py";
        if (is_regular_file(init)) {
            out.kind = Location::Source;
            out.file = init;
            out.package = true;
            out.search_paths = {base};
            return true;
        }
        if (is_regular_file(base + ".py")) {
            out.kind = Location::Source;
            out.file = base + ".py";
            return true;
        }
        if (is_directory(base)) out.search_paths.push_back(base);
    }
    if (!out.search_paths.empty()) out.kind = Location::Namespace;
    return true;
}

bool find_module(Interpreter& interp, std::string_view name, Value paths, Location& out) {
    if (interp.native_modules.count(std::string(name))) {
        out.kind = Location::Native;
        return true;
    }
    if (const EmbeddedModule* m = find_embedded_module(interp, name)) {
        out.kind = Location::Embedded;
        out.embedded = m;
        out.package = m->is_package;
        return true;
    }
    const size_t dot = name.rfind('.');
    return find_on_path(interp, paths, dot == std::string_view::npos ? name : name.substr(dot + 1),
                        out);
}

std::optional<std::string> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

List* path_list(Interpreter& interp, const std::vector<std::string>& paths) {
    List* list = List::make(interp, paths.size());
    for (const std::string& p : paths) list->append(interp, Str::make(interp, p)->value());
    return list;
}

// The namespace a loader gives a new module before its code runs, in CPython's order.
Module* make_module(Interpreter& interp, Str* name, const Location& where) {
    Module* m = Module::make(interp, name);
    auto set = [&](const char* key, Value v) { m->dict->set(interp, interp.intern(key), v); };
    const std::string_view dotted = name->view();
    const bool package = where.package || where.kind == Location::Namespace;
    const size_t dot = dotted.rfind('.');
    const std::string_view parent = dot == std::string_view::npos ? "" : dotted.substr(0, dot);
    set("__package__", package ? name->value() : Str::make(interp, parent)->value());
    set("__loader__", Value::none());
    set("__spec__", Value::none());
    if (where.kind == Location::Embedded && where.package) {
        set("__path__", List::make(interp)->value());
    } else if (package) {
        set("__path__", path_list(interp, where.search_paths)->value());
    }
    if (where.kind == Location::Source) {
        set("__file__", Str::make(interp, where.file)->value());
        set("__cached__", Value::none());
    } else if (where.kind == Location::Namespace) {
        set("__file__", Value::none());
    }
    // Imported modules get the builtins namespace itself; only __main__ sees the module.
    set("__builtins__", interp.builtins->value());
    return m;
}

// Runs the module's code with the module in sys.modules, as CPython's _load_unlocked does: on
// failure the module is removed again. Returns sys.modules[name] afterwards (a module may
// replace itself there).
Value exec_new_module(Interpreter& interp, Module* module, const CompileRequest& request) {
    register_module(interp, module);
    Rooted keep(interp.shadow_roots(), module->value());
    module->initializing = true;
    CodeObject* code = compile_with_hook(interp, request);
    Value result = code ? run_module_code(interp, code, module->dict) : Value::error();
    module->initializing = false;
    if (result.is_error()) {
        Value pending = interp.take_pending();
        Rooted keep_exc(interp.shadow_roots(), pending);
        interp.modules->remove(module->name);
        interp.set_pending(pending);
        return Value::error();
    }
    const Value loaded = interp.modules->get(module->name);
    if (loaded.is_absent()) {
        return interp.raise_format(interp.exceptions.import_error,
                                   "Loaded module %s not found in sys.modules",
                                   quoted(module->name->view()).c_str());
    }
    return loaded;
}

Value load_module(Interpreter& interp, Str* name, const Location& where) {
    switch (where.kind) {
    case Location::Native: {
        Module* made = interp.native_modules.at(std::string(name->view()))(interp);
        if (!made) return Value::error();
        register_module(interp, made);
        return made->value();
    }
    case Location::Namespace: {
        Module* m = make_module(interp, name, where);
        register_module(interp, m);
        return m->value();
    }
    case Location::Embedded: {
        const std::string filename = "<frozen " + std::string(name->view()) + ">";
        CompileRequest request;
        request.source = where.embedded->source;
        request.filename = filename;
        return exec_new_module(interp, make_module(interp, name, where), request);
    }
    case Location::Source: {
        std::optional<std::string> text = read_file(where.file);
        if (!text) {
            return interp.raise_format(interp.exceptions.import_error, "cannot read %s",
                                       where.file.c_str());
        }
        CompileRequest request;
        request.source = *text;
        request.filename = where.file;
        request.decode = true;
        return exec_new_module(interp, make_module(interp, name, where), request);
    }
    case Location::Nowhere:
        break;
    }
    return raise_not_found(interp, "No module named " + quoted(name->view()), name->view());
}

Value sys_path(Interpreter& interp) {
    const Value path = interp.sys_module->dict->get(interp.intern("path"));
    return path.is_absent() ? Value::none() : path;
}

Value import_absolute(Interpreter& interp, Str* name);

// _find_and_load: imports the parents first, then finds and loads `name`, and binds it as
// an attribute of its parent package.
Value find_and_load(Interpreter& interp, Str* name) {
    const std::string_view dotted = name->view();
    const size_t dot = dotted.rfind('.');
    Value search = Value::absent();
    Value parent_module = Value::absent();
    if (dot != std::string_view::npos) {
        Str* parent = interp.intern(dotted.substr(0, dot));
        Rooted keep_parent_name(interp.shadow_roots(), parent->value());
        if (interp.modules->get(parent).is_absent() && import_absolute(interp, parent).is_error()) {
            return Value::error();
        }
        const Value already = interp.modules->get(name);
        if (!already.is_absent() && !already.is_none()) return already;
        parent_module = interp.modules->get(parent);
        if (parent_module.is_absent()) {
            return interp.raise_format(interp.exceptions.key_error, "%s",
                                       quoted(parent->view()).c_str());
        }
        search = ops::get_attr_optional(interp, parent_module, interp.intern("__path__"));
        if (search.is_error()) return search;
        if (search.is_absent()) {
            return raise_not_found(interp,
                                   "No module named " + quoted(dotted) + "; " +
                                       quoted(parent->view()) + " is not a package",
                                   dotted);
        }
    } else {
        search = sys_path(interp);
    }
    Rooted keep_parent(interp.shadow_roots(), parent_module);
    Rooted keep_search(interp.shadow_roots(), search);
    Location where;
    if (!find_module(interp, dotted, search, where)) return Value::error();
    if (where.kind == Location::Nowhere) {
        return raise_not_found(interp, "No module named " + quoted(dotted), dotted);
    }
    const Value module = load_module(interp, name, where);
    if (module.is_error() || parent_module.is_absent()) return module;
    Rooted keep_module(interp.shadow_roots(), module);
    Str* leaf = interp.intern(dotted.substr(dot + 1));
    if (ops::set_attr(interp, parent_module, leaf, module) < 0) return Value::error();
    return module;
}

// _gcd_import: sys.modules first, else find and load.
Value import_absolute(Interpreter& interp, Str* name) {
    Value module = interp.modules->get(name);
    if (module.is_absent()) {
        Rooted keep(interp.shadow_roots(), name->value());
        module = find_and_load(interp, name);
        if (module.is_error()) return module;
    }
    if (module.is_none()) {
        return raise_not_found(
            interp, "import of " + std::string(name->view()) + " halted; None in sys.modules",
            name->view());
    }
    return module;
}

// resolve_name: the absolute name of a relative import, from the importing module's globals.
Str* resolve_relative(Interpreter& interp, Str* name, Value globals, int64_t level) {
    if (!is_dict(globals)) {
        interp.raise(interp.exceptions.key_error, "'__name__' not in globals");
        return nullptr;
    }
    Dict* g = as_dict(globals);
    Value package = g->get(interp.intern("__package__"));
    if (!package.is_absent() && !package.is_none()) {
        if (!is_str(package)) {
            interp.raise_type_error("package must be a string");
            return nullptr;
        }
    } else {
        const Value spec = g->get(interp.intern("__spec__"));
        if (!spec.is_absent() && !spec.is_none()) {
            package = ops::get_attr(interp, spec, interp.intern("parent"));
            if (package.is_error()) return nullptr;
            if (!is_str(package)) {
                interp.raise_type_error("__spec__.parent must be a string");
                return nullptr;
            }
        } else {
            const Value module_name = g->get(interp.names.dunder_name);
            if (module_name.is_absent()) {
                interp.raise(interp.exceptions.key_error, "'__name__' not in globals");
                return nullptr;
            }
            if (!is_str(module_name)) {
                interp.raise_type_error("__name__ must be a string");
                return nullptr;
            }
            package = module_name;
            if (g->get(interp.intern("__path__")).is_absent()) {
                const std::string_view n = as_str(module_name)->view();
                const size_t dot = n.rfind('.');
                package = Str::make(interp, dot == std::string_view::npos ? "" : n.substr(0, dot))
                              ->value();
            }
        }
    }
    std::string_view base = as_str(package)->view();
    if (base.empty()) {
        interp.raise(interp.exceptions.import_error,
                     "attempted relative import with no known parent package");
        return nullptr;
    }
    for (int64_t i = 1; i < level; ++i) {
        const size_t dot = base.rfind('.');
        if (dot == std::string_view::npos) {
            interp.raise(interp.exceptions.import_error,
                         "attempted relative import beyond top-level package");
            return nullptr;
        }
        base = base.substr(0, dot);
    }
    if (name->byte_length() == 0) return interp.intern(base);
    return interp.intern(std::string(base) + "." + std::string(name->view()));
}

bool has_attribute(Interpreter& interp, Value obj, Str* name, bool* found) {
    const Value v = ops::get_attr_optional(interp, obj, name);
    if (v.is_error()) return false;
    *found = !v.is_absent();
    return true;
}

Str* module_name_of(Interpreter& interp, Value module) {
    const Value n = ops::get_attr_optional(interp, module, interp.names.dunder_name);
    return is_str(n) ? as_str(n) : nullptr;
}

// _handle_fromlist: the names of `fromlist` that are not attributes of the package are
// imported as its submodules; a missing submodule is left for IMPORT_FROM to report.
bool handle_fromlist(Interpreter& interp, Value module, Value fromlist, bool recursive) {
    const Value it = ops::get_iter(interp, fromlist);
    if (it.is_error()) return false;
    Rooted keep(interp.shadow_roots(), it);
    for (;;) {
        const Value item = ops::iter_next(interp, it);
        if (item.is_error()) return false;
        if (item.is_absent()) return true;
        Rooted keep_item(interp.shadow_roots(), item);
        Str* package = module_name_of(interp, module);
        if (!is_str(item)) {
            const std::string where = recursive && package
                                          ? std::string(package->view()) + ".__all__"
                                          : std::string("``from list''");
            interp.raise_format(interp.exceptions.type_error, "Item in %s must be str, not %s",
                                where.c_str(), std::string(type_name(interp, item)).c_str());
            return false;
        }
        Str* x = as_str(item);
        if (x->equals("*")) {
            if (recursive) continue;
            const Value all = ops::get_attr_optional(interp, module, interp.intern("__all__"));
            if (all.is_error()) return false;
            if (!all.is_absent() && !handle_fromlist(interp, module, all, true)) return false;
            continue;
        }
        bool found = false;
        if (!has_attribute(interp, module, x, &found)) return false;
        if (found || !package) continue;
        Str* full = interp.intern(std::string(package->view()) + "." + std::string(x->view()));
        Rooted keep_full(interp.shadow_roots(), full->value());
        if (!import_absolute(interp, full).is_error()) continue;
        if (!interp.pending_matches(interp.exceptions.module_not_found_error)) return false;
        const Value exc = interp.pending();
        const Value missing = ops::get_attr_optional(interp, exc, interp.names.name);
        const bool is_that_module = is_str(missing) && as_str(missing)->equals(full);
        const Value entry = interp.modules->get(full);
        if (is_that_module && !entry.is_none()) {
            interp.clear_pending();
            continue;
        }
        return false;
    }
}

} // namespace

CodeObject* compile_with_hook(Interpreter& interp, const CompileRequest& request) {
    if (!interp.compile_hook) {
        interp.raise(interp.exceptions.system_error, "no compiler is installed in this runtime");
        return nullptr;
    }
    return interp.compile_hook(interp, request);
}

Value import_module_level(Interpreter& interp, Str* name, Value globals, Value fromlist,
                          int64_t level) {
    if (level < 0) return interp.raise(interp.exceptions.value_error, "level must be >= 0");
    Str* absolute = name;
    if (level > 0) {
        absolute = resolve_relative(interp, name, globals, level);
        if (!absolute) return Value::error();
    } else if (name->byte_length() == 0) {
        return interp.raise(interp.exceptions.value_error, "Empty module name");
    }
    Rooted keep_name(interp.shadow_roots(), absolute->value());
    const Value module = import_absolute(interp, absolute);
    if (module.is_error()) return module;
    Rooted keep_module(interp.shadow_roots(), module);
    int has_from = 0;
    if (!fromlist.is_absent() && !fromlist.is_none()) {
        has_from = ops::truthy(interp, fromlist);
        if (has_from < 0) return Value::error();
    }
    if (!has_from) {
        const std::string_view n = name->view();
        const size_t dot = n.find('.');
        if (level == 0 || !n.empty()) {
            if (dot == std::string_view::npos) return module;
            if (level == 0) return import_absolute(interp, interp.intern(n.substr(0, dot)));
            // The package `level` dots up plus the first component of `name`.
            const std::string_view full = absolute->view();
            Str* front = interp.intern(full.substr(0, full.size() - (n.size() - dot)));
            const Value top = interp.modules->get(front);
            if (top.is_absent()) {
                return interp.raise_format(interp.exceptions.key_error,
                                           "%s not in sys.modules as expected",
                                           quoted(front->view()).c_str());
            }
            return top;
        }
        return module;
    }
    bool is_package = false;
    if (!has_attribute(interp, module, interp.intern("__path__"), &is_package)) {
        return Value::error();
    }
    if (is_package && !handle_fromlist(interp, module, fromlist, false)) return Value::error();
    return module;
}

Value import_name(Interpreter& interp, Str* name, Value fromlist, Value level) {
    int64_t n = 0;
    if (level.is_small_int()) n = level.as_small_int();
    Frame* frame = interp.exec.current_frame;
    const Value globals = frame && frame->globals ? frame->globals->value() : Value::none();
    return import_module_level(interp, name, globals, fromlist, n);
}

Value import_module(Interpreter& interp, Str* name, Value package) {
    const std::string_view n = name->view();
    int64_t level = 0;
    while (level < static_cast<int64_t>(n.size()) && n[level] == '.') ++level;
    Str* absolute = name;
    if (level > 0) {
        if (package.is_absent() || package.is_none()) {
            return interp.raise_format(interp.exceptions.type_error,
                                       "the 'package' argument is required to perform a "
                                       "relative import for %s",
                                       quoted(n).c_str());
        }
        Dict* globals = Dict::make(interp);
        Rooted keep(interp.shadow_roots(), globals->value());
        globals->set(interp, interp.intern("__package__"), package);
        absolute =
            resolve_relative(interp, interp.intern(n.substr(level)), globals->value(), level);
        if (!absolute) return Value::error();
    } else if (n.empty()) {
        return interp.raise(interp.exceptions.value_error, "Empty module name");
    }
    Rooted keep_name(interp.shadow_roots(), absolute->value());
    return import_absolute(interp, absolute);
}

Value import_from(Interpreter& interp, Value module, Str* name) {
    const Value v = ops::get_attr_optional(interp, module, name);
    if (!v.is_absent()) return v;
    Str* package = module_name_of(interp, module);
    if (package) {
        // A circular import of a submodule: it is in sys.modules before its parent's
        // attribute is set.
        Str* full = interp.intern(std::string(package->view()) + "." + std::string(name->view()));
        const Value sub = interp.modules->get(full);
        if (!sub.is_absent()) return sub;
    }
    const std::string shown = package ? quoted(package->view()) : "'<unknown module name>'";
    const Value file = ops::get_attr_optional(interp, module, interp.intern("__file__"));
    if (file.is_error()) return file;
    std::string message = "cannot import name " + quoted(name->view()) + " from ";
    if (!is_str(file)) {
        message += shown + " (unknown location)";
    } else if (is_module(interp, module) && as_module(module)->initializing) {
        message += "partially initialized module " + shown +
                   " (most likely due to a circular import) (" + std::string(as_str(file)->view()) +
                   ")";
    } else {
        message += shown + " (" + std::string(as_str(file)->view()) + ")";
    }
    BaseException* e = make_exception(interp, interp.exceptions.import_error, message);
    const Value exc = e->value();
    Rooted keep(interp.shadow_roots(), exc);
    if (package && ops::set_attr(interp, exc, interp.names.name, package->value()) < 0) {
        return Value::error();
    }
    if (is_str(file) && ops::set_attr(interp, exc, interp.intern("path"), file) < 0) {
        return Value::error();
    }
    interp.set_pending(exc);
    return Value::error();
}

bool import_star(Interpreter& interp, Value module, Dict* locals) {
    const Value all = ops::get_attr_optional(interp, module, interp.intern("__all__"));
    if (all.is_error()) return false;
    Str* package = module_name_of(interp, module);
    const std::string owner = package ? std::string(package->view()) : "module";
    if (!all.is_absent()) {
        const Value it = ops::get_iter(interp, all);
        if (it.is_error()) return false;
        Rooted keep(interp.shadow_roots(), it);
        for (;;) {
            const Value key = ops::iter_next(interp, it);
            if (key.is_error()) return false;
            if (key.is_absent()) return true;
            if (!is_str(key)) {
                interp.raise_format(interp.exceptions.type_error,
                                    "Item in %s.__all__ must be str, not %s", owner.c_str(),
                                    std::string(type_name(interp, key)).c_str());
                return false;
            }
            Rooted keep_key(interp.shadow_roots(), key);
            const Value v = ops::get_attr(interp, module, as_str(key));
            if (v.is_error()) return false;
            locals->set(interp, as_str(key), v);
        }
    }
    const Value dict = ops::get_attr(interp, module, interp.names.dunder_dict);
    if (dict.is_error()) return false;
    if (!is_dict(dict)) {
        interp.raise(interp.exceptions.import_error,
                     "from-import-* object has no __dict__ and no __all__");
        return false;
    }
    size_t pos = 0;
    Value k, v;
    while (as_dict(dict)->next(pos, &k, &v)) {
        if (is_str(k) && !as_str(k)->view().starts_with('_')) locals->set(interp, as_str(k), v);
    }
    return true;
}

} // namespace coil::vm
