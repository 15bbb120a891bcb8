// The mark-sweep collector and the size-class allocator behind Heap::make.
#include "vm/heap.hpp"

#include "vm/coroutine_never_awaited.hpp"
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

// Calls `visit` on every object, small and large.
template <class Visit> void Heap::for_each_object(Visit visit) const {
    for (Chunk* chunk : chunks_) {
        char* cell = reinterpret_cast<char*>(chunk) + granule;
        char* end = reinterpret_cast<char*>(chunk) + chunk_size - chunk->cell_size + 1;
        for (; cell < end; cell += chunk->cell_size) {
            auto* o = reinterpret_cast<Object*>(cell);
            if (o->type) visit(o);
        }
    }
    for (Object* o = large_; o; o = reinterpret_cast<Object*>(o->gc_link & ~uintptr_t(3))) {
        visit(o);
    }
}

Heap::~Heap() {
    // Finalize everything first: a finalizer may read its object's type, which must still be
    // in memory.
    for_each_object([](Object* o) {
        if (o->type->slots.finalize) o->type->slots.finalize(o);
    });
    for (Object* o = large_; o;) {
        Object* next = reinterpret_cast<Object*>(o->gc_link & ~uintptr_t(3));
        std::free(reinterpret_cast<char*>(o) - large_prefix);
        o = next;
    }
    for (char* slab : slabs_) std::free(slab);
}

size_t Heap::allocation_size(const Object* o) {
    if (o->gc_link & large_bit)
        return *reinterpret_cast<const size_t*>(reinterpret_cast<const char*>(o) - large_prefix);
    const auto address = reinterpret_cast<uintptr_t>(o);
    return reinterpret_cast<const Chunk*>(address & ~uintptr_t(chunk_size - 1))->cell_size;
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
    // Large objects carry their size in a prefix, for the accounting.
    char* mem = static_cast<char*>(std::malloc(size + large_prefix));
    if (!mem) throw std::bad_alloc();
    *reinterpret_cast<size_t*>(mem) = size;
    live_bytes_ += size;
    debt_ += size;
    ++live_objects_;
    return mem + large_prefix;
}

void* Heap::allocate_small(size_t cls) {
    FreeCell* cell = free_[cls];
    if (!cell) {
        Chunk* chunk = new_chunk();
        chunks_.push_back(chunk);
        size_t cell_size = (cls + 1) * granule;
        chunk->cell_size = cell_size;
        char* base = reinterpret_cast<char*>(chunk);
        // Thread the cells in address order so consecutive allocations are adjacent.
        FreeCell* head = nullptr;
        size_t count = (chunk_size - granule) / cell_size;
        for (size_t i = count; i-- > 0;) {
            auto* c = reinterpret_cast<FreeCell*>(base + granule + i * cell_size);
            c->no_type = nullptr;
            c->next = head;
            head = c;
        }
        cell = head;
    }
    free_[cls] = cell->next;
    return cell;
}

// Chunks are carved from 1 MiB slabs: one aligned allocation per chunk would leave an almost
// whole chunk of padding between neighbours, and the allocator's use of those gaps costs
// about a seventh more resident memory.
Heap::Chunk* Heap::new_chunk() {
    constexpr size_t chunks_per_slab = 16;
    if (slab_chunks_left_ == 0) {
        char* slab = static_cast<char*>(std::aligned_alloc(chunk_size, chunk_size * chunks_per_slab));
        if (!slab) throw std::bad_alloc();
        slabs_.push_back(slab);
        next_chunk_ = slab;
        slab_chunks_left_ = chunks_per_slab;
    }
    auto* chunk = reinterpret_cast<Chunk*>(next_chunk_);
    next_chunk_ += chunk_size;
    --slab_chunks_left_;
    return chunk;
}

void Heap::release_large(Object* obj) {
    --live_objects_;
    char* mem = reinterpret_cast<char*>(obj) - large_prefix;
    live_bytes_ -= *reinterpret_cast<size_t*>(mem);
    std::free(mem);
}

// Unlinks the unmarked large objects into `dead` and unmarks the survivors.
void Heap::sweep_large(std::vector<Object*>& dead) {
    constexpr uintptr_t flag_bits = Tracer::mark_bit | large_bit;
    Object* last_survivor = nullptr;
    for (Object* o = large_; o;) {
        Object* next = reinterpret_cast<Object*>(o->gc_link & ~flag_bits);
        if (o->gc_link & Tracer::mark_bit) {
            if (last_survivor) {
                last_survivor->gc_link = reinterpret_cast<uintptr_t>(o) | large_bit;
            } else {
                large_ = o;
            }
            last_survivor = o;
        } else {
            dead.push_back(o);
        }
        o = next;
    }
    if (last_survivor) {
        last_survivor->gc_link = large_bit;
    } else {
        large_ = nullptr;
    }
}

// One pass over every chunk: unmarks the survivors, appends the dead small objects to `dead`
// and rebuilds each size class's free list in address order (dead cells included: their
// `next` overlays gc_link, which finalizers never read; their type word is cleared later).
void Heap::sweep_chunks(std::vector<Object*>& dead) {
    FreeCell* heads[size_classes] = {};
    FreeCell** tails[size_classes];
    for (size_t i = 0; i < size_classes; ++i) tails[i] = &heads[i];
    for (Chunk* chunk : chunks_) {
        size_t cell_size = chunk->cell_size;
        size_t cls = cell_size / granule - 1;
        FreeCell** tail = tails[cls];
        char* cell = reinterpret_cast<char*>(chunk) + granule;
        char* end = reinterpret_cast<char*>(chunk) + chunk_size - cell_size + 1;
        for (; cell < end; cell += cell_size) {
            auto* o = reinterpret_cast<Object*>(cell);
            if (o->type) {
                if (o->gc_link & Tracer::mark_bit) {
                    o->gc_link = 0;
                    continue;
                }
                dead.push_back(o);
                live_bytes_ -= cell_size;
                --live_objects_;
            }
            auto* free_cell = reinterpret_cast<FreeCell*>(cell);
            *tail = free_cell;
            tail = &free_cell->next;
        }
        tails[cls] = tail;
    }
    for (size_t i = 0; i < size_classes; ++i) {
        *tails[i] = nullptr;
        free_[i] = heads[i];
    }
}

void Heap::collect() {
    if (collecting_) return;
    collecting_ = true;
    ++collections_;

    Tracer tracer;
    interp_.trace_roots(tracer);
    const auto finish_marking = [&tracer] {
        while (!tracer.gray_.empty()) {
            Object* o = tracer.gray_.back();
            tracer.gray_.pop_back();
            tracer.mark(o->type);
            if (TraceFn trace = o->type->slots.trace) trace(o, tracer);
        }
    };
    finish_marking();
    // Dead coroutines that never ran live one more cycle, to be reported once this one is over.
    const auto never_awaited = keep_coroutines_never_awaited(interp_, tracer);
    finish_marking();
    interp_.sweep_interned();

    // Gather the unmarked objects, then finalize them all before freeing any: a dead object's
    // finalizer may need its (possibly also dead) type.
    std::vector<Object*>& dead = dead_;
    dead.clear();
    sweep_large(dead);
    size_t large_dead = dead.size();
    sweep_chunks(dead);
    for (Object* o : dead) {
        if (o->type->slots.finalize) o->type->slots.finalize(o);
    }
    for (size_t i = 0; i < large_dead; ++i) release_large(dead[i]);
    for (size_t i = large_dead; i < dead.size(); ++i) {
        reinterpret_cast<FreeCell*>(dead[i])->no_type = nullptr;
    }
    if (dead.capacity() > (size_t(1) << 20) && dead.size() < dead.capacity() / 8) {
        std::vector<Object*>().swap(dead);
    }

    debt_ = 0;
    threshold_ = std::max<size_t>(size_t(4) << 20, live_bytes_);
    collecting_ = false;
    if (!never_awaited.empty()) report_coroutines_never_awaited(interp_, never_awaited);
}

void Heap::verify() const {
    size_t count = 0;
    for_each_object([&count](Object* o) {
        ++count;
        if (!o->type->type || !o->type->type->has_flag(TypeTypeSubclass) ||
            (o->gc_link & Tracer::mark_bit)) {
            std::fprintf(stderr, "coil: heap corrupted at object %p\n", static_cast<void*>(o));
            std::abort();
        }
    });
    if (count != live_objects_) {
        std::fprintf(stderr, "coil: heap corrupted: %zu objects listed, %zu counted\n", count,
                     live_objects_);
        std::abort();
    }
}

} // namespace coil::vm
