// A bump allocator for objects that die together (AST nodes, per-parse strings).
#pragma once
#include <cstddef>
#include <cstring>
#include <memory>
#include <new>
#include <string_view>
#include <type_traits>
#include <vector>

namespace coil {

class Arena {
public:
    Arena() = default;
    Arena(const Arena&) = delete;
    Arena& operator=(const Arena&) = delete;

    void* allocate(size_t size, size_t align) {
        size_t at = (used_ + align - 1) & ~(align - 1);
        if (!current_ || at + size > capacity_) {
            grow(size + align);
            at = (used_ + align - 1) & ~(align - 1);
        }
        used_ = at + size;
        return current_ + at;
    }

    // Only trivially destructible types: the arena never runs destructors.
    template <class T, class... Args> T* make(Args&&... args) {
        static_assert(std::is_trivially_destructible_v<T>);
        return new (allocate(sizeof(T), alignof(T))) T{std::forward<Args>(args)...};
    }

    template <class T> T* make_array(size_t n) {
        static_assert(std::is_trivially_destructible_v<T>);
        if (n == 0) return nullptr;
        T* p = static_cast<T*>(allocate(sizeof(T) * n, alignof(T)));
        for (size_t i = 0; i < n; ++i) new (p + i) T();
        return p;
    }

    std::string_view copy(std::string_view s) {
        if (s.empty()) return {};
        char* p = static_cast<char*>(allocate(s.size(), 1));
        std::memcpy(p, s.data(), s.size());
        return {p, s.size()};
    }

    size_t bytes_used() const { return total_; }

private:
    void grow(size_t at_least) {
        size_t size = at_least > chunk_ ? at_least : chunk_;
        chunks_.push_back(std::make_unique<char[]>(size));
        current_ = chunks_.back().get();
        capacity_ = size;
        used_ = 0;
        total_ += size;
        if (chunk_ < (1u << 20)) chunk_ *= 2;
    }

    std::vector<std::unique_ptr<char[]>> chunks_;
    char* current_ = nullptr;
    size_t capacity_ = 0;
    size_t used_ = 0;
    size_t chunk_ = 16 * 1024;
    size_t total_ = 0;
};

} // namespace coil
