// Filling the attribute inline caches after a slow lookup (see attribute_cache.hpp).
#include "vm/attribute_cache.hpp"

#include "vm/descriptor.hpp"
#include "vm/type.hpp"

namespace coil::vm {

namespace {

// The class of `obj` when its attribute lookups may be cached: a class written in Python that
// keeps the generic attribute protocol.
Type* cacheable_class(Value obj) {
    if (!obj.is_object()) return nullptr;
    Type* t = obj.as_object()->type;
    if (!t->has_flag(TypeHeap) || t->version == 0) return nullptr;
    return t;
}

} // namespace

void fill_load_cache(Interpreter& interp, AttrCache& c, Value obj, Str* name, bool for_method) {
    Type* t = cacheable_class(obj);
    if (!t || t->slots.getattr != generic_getattr) return;
    const Value descr = type_lookup(t, name);
    AttrCache filled;
    filled.version = t->version;
    uint32_t offset;
    if (descr.is_absent()) {
        if (for_method || !t->dict_offset) return;
        filled.kind = AttrCache::InstanceDict;
        filled.offset = t->dict_offset;
    } else if (member_descriptor_offset(interp, descr, &offset)) {
        if (for_method) return;
        filled.kind = AttrCache::Member;
        filled.offset = offset;
    } else if (for_method && type_of(interp, descr) == interp.types.function) {
        filled.kind = AttrCache::Method;
        filled.offset = t->dict_offset;
        filled.value = descr;
    } else {
        return;
    }
    c = filled;
}

void fill_store_cache(Interpreter& interp, AttrCache& c, Value obj, Str* name) {
    Type* t = cacheable_class(obj);
    if (!t || t->slots.setattr != generic_setattr) return;
    const Value descr = type_lookup(t, name);
    AttrCache filled;
    filled.version = t->version;
    uint32_t offset;
    if (descr.is_absent()) {
        if (!t->dict_offset) return;
        filled.kind = AttrCache::InstanceDict;
        filled.offset = t->dict_offset;
    } else if (member_descriptor_offset(interp, descr, &offset)) {
        filled.kind = AttrCache::Member;
        filled.offset = offset;
    } else {
        return;
    }
    c = filled;
}

} // namespace coil::vm
