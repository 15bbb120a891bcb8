// Filling the attribute inline caches after a slow lookup (see attribute_cache.hpp).
#include "vm/attribute_cache.hpp"

#include "vm/descriptor.hpp"
#include "vm/ops.hpp"
#include "vm/type.hpp"

namespace coil::vm {

namespace {

// The class of `obj` when its attribute lookups may be cached: one with a version tag. Only
// method lookups are cached for builtin classes (str.join, list.append...): their other
// attributes are native getters.
// Classes whose __dict__ is at the end of a variable-size instance are not cached, nor are
// such fields of __slots__ (offset_from_allocation_end): the cache keeps a fixed offset.
Type* cacheable_class(Value obj) {
    if (!obj.is_object()) return nullptr;
    Type* t = obj.as_object()->type;
    return t->version && t->dict_offset != dict_at_allocation_end ? t : nullptr;
}

} // namespace

void fill_load_cache(Interpreter& interp, AttrCache& c, Value obj, Str* name, bool for_method) {
    Type* t = cacheable_class(obj);
    if (!t || t->slots.getattr != generic_getattr) return;
    const bool python_class = t->has_flag(TypeHeap);
    if (!python_class && !for_method) return;
    const Value descr = type_lookup(t, name);
    AttrCache filled;
    filled.version = t->version;
    uint32_t offset;
    if (descr.is_absent()) {
        if (for_method || !t->dict_offset) return;
        filled.kind = AttrCache::InstanceDict;
        filled.offset = t->dict_offset;
    } else if (python_class && member_descriptor_offset(interp, descr, &offset)) {
        if (for_method || (offset & offset_from_allocation_end)) return;
        filled.kind = AttrCache::Member;
        filled.offset = offset;
    } else if (for_method && ops::binds_as_method(interp, descr)) {
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
    if (!t || !t->has_flag(TypeHeap) || t->slots.setattr != generic_setattr) return;
    // Storing __class__ is no dict update (and changes the class the cache was checked for).
    if (name == interp.names.dunder_class) return;
    const Value descr = type_lookup(t, name);
    AttrCache filled;
    filled.version = t->version;
    uint32_t offset;
    if (descr.is_absent()) {
        if (!t->dict_offset) return;
        filled.kind = AttrCache::InstanceDict;
        filled.offset = t->dict_offset;
    } else if (member_descriptor_offset(interp, descr, &offset)) {
        if (offset & offset_from_allocation_end) return;
        filled.kind = AttrCache::Member;
        filled.offset = offset;
    } else {
        return;
    }
    c = filled;
}

} // namespace coil::vm
