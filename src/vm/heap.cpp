// The mark-sweep collector and the size-class allocator behind Heap::make.
#include "vm/heap.hpp"

#include "vm/interpreter.hpp"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace coil::vm {

namespace {

constexpr size_t chunk_size = 64 * 1024;

} // namespace

// A 64 KiB block aligned to its size, so a small object finds its chunk (and so its size
// class) by masking its address. The first granule is this header; the rest are cells.
struct Heap::Chunk {
    size_t cell_size;
};

Heap::~Heap() {
    // Finalize everything first: a finalizer may read its object's type, which must still be
    // in memory.
    for (Object* o = all_; o; o = reinterpret_cast<Object*>(o->gc_link & ~uintptr_t(3))) {
        if (o->type && o->type->slots.finalize) o->type->slots.finalize(o);
    }
    for (Object* o = all_; o;) {
        Object* next = reinterpret_cast<Object*>(o->gc_link & ~uintptr_t(3));
        if (o->gc_link & large_bit) std::free(reinterpret_cast<char*>(o) - granule);
        o = next;
    }
    for (Chunk* c : chunks_) std::free(c);
}

void* Heap::allocate_raw(size_t size) {
    if (size <= max_small) {
        size_t cls = (size + granule - 1) / granule - 1;
        void* cell = allocate_small(cls);
        size_t bytes = (cls + 1) * granule;
        live_bytes_ += bytes;
        debt_ += bytes;
        ++live_objects_;
        return cell;
    }
    // Large objects carry their size in a granule-sized prefix, for the accounting.
    char* mem = static_cast<char*>(std::malloc(size + granule));
    if (!mem) throw std::bad_alloc();
    *reinterpret_cast<size_t*>(mem) = size;
    live_bytes_ += size;
    debt_ += size;
    ++live_objects_;
    return mem + granule;
}

void* Heap::allocate_small(size_t cls) {
    FreeCell* cell = free_[cls];
    if (!cell) {
        auto* chunk = static_cast<Chunk*>(std::aligned_alloc(chunk_size, chunk_size));
        if (!chunk) throw std::bad_alloc();
        chunks_.push_back(chunk);
        size_t cell_size = (cls + 1) * granule;
        chunk->cell_size = cell_size;
        char* base = reinterpret_cast<char*>(chunk);
        // Thread the cells in address order so consecutive allocations are adjacent.
        FreeCell* head = nullptr;
        size_t count = (chunk_size - granule) / cell_size;
        for (size_t i = count; i-- > 0;) {
            auto* c = reinterpret_cast<FreeCell*>(base + granule + i * cell_size);
            c->next = head;
            head = c;
        }
        cell = head;
    }
    free_[cls] = cell->next;
    return cell;
}

void Heap::release(Object* obj) {
    --live_objects_;
    if (obj->gc_link & large_bit) {
        char* mem = reinterpret_cast<char*>(obj) - granule;
        live_bytes_ -= *reinterpret_cast<size_t*>(mem);
        std::free(mem);
        return;
    }
    auto* chunk = reinterpret_cast<Chunk*>(reinterpret_cast<uintptr_t>(obj) & ~(chunk_size - 1));
    size_t cell_size = chunk->cell_size;
    live_bytes_ -= cell_size;
    auto* cell = reinterpret_cast<FreeCell*>(obj);
    size_t cls = cell_size / granule - 1;
    cell->next = free_[cls];
    free_[cls] = cell;
}

void Heap::collect() {
    if (collecting_) return;
    collecting_ = true;
    ++collections_;

    Tracer tracer;
    interp_.trace_roots(tracer);
    while (!tracer.gray_.empty()) {
        Object* o = tracer.gray_.back();
        tracer.gray_.pop_back();
        tracer.mark(o->type);
        if (TraceFn trace = o->type->slots.trace) trace(o, tracer);
    }
    interp_.sweep_interned();

    // Unlink the unmarked objects into a dead list, then finalize them all before freeing
    // any: a dead object's finalizer may need its (possibly also dead) type.
    constexpr uintptr_t flag_bits = Tracer::mark_bit | large_bit;
    Object* dead = nullptr;
    Object* last_survivor = nullptr;
    for (Object* o = all_; o;) {
        Object* next = reinterpret_cast<Object*>(o->gc_link & ~flag_bits);
        if (o->gc_link & Tracer::mark_bit) {
            o->gc_link &= ~Tracer::mark_bit;
            if (last_survivor) {
                last_survivor->gc_link =
                    (last_survivor->gc_link & large_bit) | reinterpret_cast<uintptr_t>(o);
            } else {
                all_ = o;
            }
            last_survivor = o;
        } else {
            o->gc_link = reinterpret_cast<uintptr_t>(dead) | (o->gc_link & large_bit);
            dead = o;
        }
        o = next;
    }
    if (last_survivor) {
        last_survivor->gc_link &= large_bit;
    } else {
        all_ = nullptr;
    }
    for (Object* o = dead; o; o = reinterpret_cast<Object*>(o->gc_link & ~flag_bits)) {
        if (o->type->slots.finalize) o->type->slots.finalize(o);
    }
    for (Object* o = dead; o;) {
        Object* next = reinterpret_cast<Object*>(o->gc_link & ~flag_bits);
        release(o);
        o = next;
    }

    debt_ = 0;
    threshold_ = std::max<size_t>(size_t(4) << 20, live_bytes_);
    collecting_ = false;
}

void Heap::verify() const {
    size_t count = 0;
    for (Object* o = all_; o; o = reinterpret_cast<Object*>(o->gc_link & ~uintptr_t(3))) {
        ++count;
        if (!o->type || !o->type->type || !o->type->type->has_flag(TypeTypeSubclass) ||
            (o->gc_link & Tracer::mark_bit)) {
            std::fprintf(stderr, "coil: heap corrupted at object %p\n", static_cast<void*>(o));
            std::abort();
        }
    }
    if (count != live_objects_) {
        std::fprintf(stderr, "coil: heap corrupted: %zu objects listed, %zu counted\n", count,
                     live_objects_);
        std::abort();
    }
}

} // namespace coil::vm
