// The inline caches of LOAD_ATTR, LOAD_METHOD and STORE_ATTR for instances of classes written
// in Python: the common attribute reads and writes skip the walk along the MRO.
//
// A cache entry is filled after a slow lookup and used while the class keeps its version tag.
// Only classes using the generic attribute protocol (no __getattribute__, __getattr__ or
// __setattr__ of their own) are cached, so a hit does exactly what the slow path would.
#pragma once
#include "vm/code.hpp"
#include "vm/dict.hpp"
#include "vm/interpreter.hpp"

namespace coil::vm {

inline Dict*& instance_dict_at(Object* o, uint32_t offset) {
    return *reinterpret_cast<Dict**>(reinterpret_cast<char*>(o) + offset);
}
inline Value& instance_field_at(Object* o, uint32_t offset) {
    return *reinterpret_cast<Value*>(reinterpret_cast<char*>(o) + offset);
}

// obj.name from the cache; Value::absent() on a miss (then take the slow path).
inline Value cached_load_attr(const AttrCache& c, Value obj, Str* name) {
    if (!obj.is_object()) return Value::absent();
    Object* o = obj.as_object();
    if (o->type->version != c.version) return Value::absent();
    if (c.kind == AttrCache::InstanceDict) {
        Dict* d = instance_dict_at(o, c.offset);
        return d ? d->get(name) : Value::absent();
    }
    if (c.kind == AttrCache::Member) return instance_field_at(o, c.offset);
    return Value::absent();
}

// The function for obj.name(...) from the cache, or Value::absent() on a miss.
inline Value cached_load_method(const AttrCache& c, Value obj, Str* name) {
    if (!obj.is_object()) return Value::absent();
    Object* o = obj.as_object();
    if (o->type->version != c.version || c.kind != AttrCache::Method) return Value::absent();
    if (c.offset) {
        // An instance attribute of the same name would shadow the method.
        Dict* d = instance_dict_at(o, c.offset);
        if (d && !d->get(name).is_absent()) return Value::absent();
    }
    return c.value;
}

// obj.name = value through the cache; false on a miss (then take the slow path).
inline bool cached_store_attr(Interpreter& interp, const AttrCache& c, Value obj, Str* name,
                              Value value) {
    if (!obj.is_object()) return false;
    Object* o = obj.as_object();
    if (o->type->version != c.version) return false;
    if (c.kind == AttrCache::InstanceDict) {
        Dict*& d = instance_dict_at(o, c.offset);
        if (!d) d = Dict::make(interp);
        d->set(interp, name, value);
        return true;
    }
    if (c.kind == AttrCache::Member) {
        instance_field_at(o, c.offset) = value;
        return true;
    }
    return false;
}

// After a slow lookup: what LOAD_ATTR (for_method false) or LOAD_METHOD (true) can remember.
void fill_load_cache(Interpreter& interp, AttrCache& c, Value obj, Str* name, bool for_method);
// After a slow STORE_ATTR.
void fill_store_cache(Interpreter& interp, AttrCache& c, Value obj, Str* name);

} // namespace coil::vm
