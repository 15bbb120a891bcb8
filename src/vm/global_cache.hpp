// LOAD_GLOBAL's inline cache: where the name was found last time, checked in a few loads.
//
// A globals hit needs no version: if the entry the cache points at still holds the name, it is
// the name's live entry (a dict's keys are unique). A builtins hit needs the globals to be
// unchanged since the name was seen missing there, which the globals' version (unique across
// dicts, vm/dict.hpp) tells.
#pragma once
#include "vm/code.hpp"
#include "vm/dict.hpp"
#include "vm/str.hpp"

namespace coil::vm {

inline Value entry_holding(const Dict* dict, uint32_t index, const Str* name) {
    if (index < dict->used_entries_) {
        const DictEntry& e = dict->entries_[index];
        if (e.key == name->value()) return e.value;
    }
    return Value::absent();
}

// The cached value of `name`, or Value::absent() when the cache cannot tell.
inline Value cached_load_global(const AttrCache& cache, const Dict* globals, const Dict* builtins,
                                const Str* name) {
    if (cache.kind == AttrCache::Global) return entry_holding(globals, cache.offset, name);
    if (cache.kind == AttrCache::Builtin && cache.dict_version == globals->version()) {
        return entry_holding(builtins, cache.offset, name);
    }
    return Value::absent();
}

// Finds `name` (globals first, then builtins) and records where; absent when in neither.
inline Value load_global_filling_cache(AttrCache& cache, const Dict* globals,
                                       const Dict* builtins, const Str* name) {
    int64_t index = globals->entry_index(name);
    if (index >= 0) {
        cache.kind = AttrCache::Global;
        cache.offset = static_cast<uint32_t>(index);
        return globals->entries_[index].value;
    }
    index = builtins->entry_index(name);
    if (index < 0) return Value::absent();
    cache.kind = AttrCache::Builtin;
    cache.offset = static_cast<uint32_t>(index);
    cache.dict_version = globals->version();
    return builtins->entries_[index].value;
}

} // namespace coil::vm
