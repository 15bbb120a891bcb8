// The garbage-collected heap: precise, non-moving mark-sweep that frees cycles.
//
// Rules (DESIGN.md, MODELS.md "GC roots in native code"):
//  1. Allocation never collects; it only adds to the debt. Collection happens at safepoints
//     (calls, returns, backward jumps, yields, between event-loop callbacks), where every live
//     value is in a frame, a heap object or a registered root.
//  2. Natives that re-enter the VM (call Python code) keep their temporaries in `Rooted`.
//  3. C++ containers holding Values are traced from Interpreter::trace_roots, the one list.
//  4. The interned-string table is weak: entries not marked are dropped before sweeping.
// A COIL_GC_STRESS build collects at every safepoint.
//
// Small objects come from per-size-class free lists carved out of 64 KiB chunks, so an
// object-heavy program does not pay one malloc per object; large ones use malloc directly.
// The sweep walks the chunks in address order rather than a list of objects: most of a
// collection's work is visiting dead objects, and a linear scan keeps that in the cache. A free
// cell is told apart from an object by its null type word.
#pragma once
#include "vm/object.hpp"
#include "vm/value.hpp"

#include <cassert>
#include <cstddef>
#include <new>
#include <utility>
#include <vector>

namespace coil::vm {

class Tracer {
public:
    void mark(Value v) {
        if (v.is_object()) mark(v.as_object());
    }
    void mark(Object* o) {
        if (o && !(o->gc_link & mark_bit)) {
            o->gc_link |= mark_bit;
            gray_.push_back(o);
        }
    }
    template <class T> void mark_range(const T* begin, const T* end) {
        for (; begin != end; ++begin) mark(*begin);
    }

    static constexpr uintptr_t mark_bit = 1;

private:
    friend class Heap;
    std::vector<Object*> gray_;
};

class Heap {
public:
    explicit Heap(Interpreter& interp) : interp_(interp) {}
    ~Heap(); // finalizes and frees every object
    Heap(const Heap&) = delete;
    Heap& operator=(const Heap&) = delete;

    // Allocates `size` bytes (>= sizeof(T)) for an object of `type` and constructs T in it.
    // Throws std::bad_alloc on exhaustion (turned into MemoryError at the boundary).
    template <class T, class... Args> T* make_sized(Type* type, size_t size, Args&&... args) {
        void* mem = allocate_raw(size);
        T* obj = new (mem) T(std::forward<Args>(args)...);
        obj->type = type;
        link(obj, size);
        return obj;
    }
    template <class T, class... Args> T* make(Type* type, Args&&... args) {
        return make_sized<T>(type, sizeof(T), std::forward<Args>(args)...);
    }

    // Safepoint check; the interpreter calls this at the points listed above.
    bool wants_collection() const {
#ifdef COIL_GC_STRESS
        return automatic_;
#else
        return automatic_ && debt_ >= threshold_;
#endif
    }
    void collect();

    // gc.disable() / gc.enable(): whether safepoints collect; an explicit collect() always runs.
    void set_automatic(bool on) {
        automatic_ = on;
    }
    bool automatic() const {
        return automatic_;
    }

    // Buffers owned by objects (list items, dict tables) count towards the next collection.
    void note_external_allocation(size_t bytes) {
        debt_ += bytes;
    }

    // Debug check of the heap's structure (every object has a live type, no mark bit left
    // set, free-list cells are not on the object list). Aborts with a message on corruption.
    void verify() const;

    // The bytes reserved for a live object: its size class's cell size, or what a large object
    // asked for.
    static size_t allocation_size(const Object* o);

    size_t live_bytes() const {
        return live_bytes_;
    }
    size_t live_objects() const {
        return live_objects_;
    }
    size_t collections() const {
        return collections_;
    }

private:
    struct Chunk;
    static constexpr uintptr_t large_bit = 2; // gc_link bit: allocated by malloc, not a chunk
    // Cell sizes step by 8 bytes: a suspended task is several small objects, and rounding
    // each up to 16 would cost it about 8 bytes apiece.
    static constexpr size_t granule = 8;
    static constexpr size_t large_prefix = 16; // keeps malloc's 16-byte alignment
    static constexpr size_t max_small = 512;
    static constexpr size_t size_classes = max_small / granule;

    void* allocate_raw(size_t size);
    void* allocate_small(size_t cls);
    Chunk* new_chunk();
    void link(Object* obj, size_t size) {
        if (size > max_small) {
            obj->gc_link = reinterpret_cast<uintptr_t>(large_) | large_bit;
            large_ = obj;
        }
    }
    void sweep_large(std::vector<Object*>& dead);
    void sweep_chunks(std::vector<Object*>& dead);
    void release_large(Object* obj);
    template <class Visit> void for_each_object(Visit visit) const;

    Interpreter& interp_;
    Object* large_ = nullptr; // the malloc'd objects, linked through gc_link
    // A free cell: `no_type` (where an object has its type) is null, so the sweep skips it.
    struct FreeCell {
        Type* no_type;
        FreeCell* next;
    };
    FreeCell* free_[size_classes] = {};
    std::vector<Chunk*> chunks_;
    std::vector<char*> slabs_; // what chunks are carved from (new_chunk)
    char* next_chunk_ = nullptr;
    size_t slab_chunks_left_ = 0;
    std::vector<Object*> dead_; // reused by every collection
    size_t live_bytes_ = 0;
    size_t live_objects_ = 0;
    size_t debt_ = 0;
    size_t threshold_ = 4 << 20;
    size_t collections_ = 0;
    bool collecting_ = false;
    bool automatic_ = true;
};

// A GC root for a temporary held by a native across a call back into the VM. Strictly LIFO.
class Rooted {
public:
    Rooted(std::vector<Value*>& roots, Value v) : roots_(roots), slot_(v) {
        roots_.push_back(&slot_);
    }
    ~Rooted() {
        assert(roots_.back() == &slot_);
        roots_.pop_back();
    }
    Rooted(const Rooted&) = delete;
    Rooted& operator=(const Rooted&) = delete;

    Value get() const { return slot_; }
    void set(Value v) { slot_ = v; }

private:
    std::vector<Value*>& roots_;
    Value slot_;
};

} // namespace coil::vm
