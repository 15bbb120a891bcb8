// Ring: a growable FIFO of trivially copyable items in one buffer (the ready queue, waiter
// queues), cheaper than std::deque for the push-back / pop-front traffic of the loop.
#pragma once
#include <cstddef>
#include <cstdlib>
#include <cstring>
#include <new>

namespace coil::aio {

template <class T> class Ring {
public:
    Ring() = default;
    Ring(const Ring&) = delete;
    Ring& operator=(const Ring&) = delete;
    ~Ring() { std::free(items_); }

    size_t size() const { return size_; }
    bool empty() const { return size_ == 0; }
    T& operator[](size_t i) { return items_[(head_ + i) & (capacity_ - 1)]; }
    const T& operator[](size_t i) const { return items_[(head_ + i) & (capacity_ - 1)]; }
    T& front() { return items_[head_]; }

    void push_back(const T& item) {
        if (size_ == capacity_) grow();
        items_[(head_ + size_) & (capacity_ - 1)] = item;
        ++size_;
    }
    void push_front(const T& item) {
        if (size_ == capacity_) grow();
        head_ = (head_ + capacity_ - 1) & (capacity_ - 1);
        items_[head_] = item;
        ++size_;
    }
    T pop_front() {
        T item = items_[head_];
        head_ = (head_ + 1) & (capacity_ - 1);
        --size_;
        return item;
    }
    T pop_back() {
        --size_;
        return items_[(head_ + size_) & (capacity_ - 1)];
    }
    // Removes the item at position i, keeping the order of the others. Moves the shorter side,
    // so removing near either end (a woken waiter is usually the oldest) costs O(1).
    void erase(size_t i) {
        if (i < size_ / 2) {
            for (; i > 0; --i) (*this)[i] = (*this)[i - 1];
            head_ = (head_ + 1) & (capacity_ - 1);
        } else {
            for (; i + 1 < size_; ++i) (*this)[i] = (*this)[i + 1];
        }
        --size_;
    }
    void clear() { head_ = size_ = 0; }
    // Gives back a large buffer once the ring is empty: a burst of 100k wakeups should not
    // keep megabytes after it drains. Small buffers stay, so steady traffic never reallocates.
    void release_if_drained() {
        if (size_ == 0 && capacity_ > 4096) {
            std::free(items_);
            items_ = nullptr;
            head_ = capacity_ = 0;
        }
    }

private:
    void grow() {
        const size_t capacity = capacity_ ? capacity_ * 2 : 8;
        T* items = static_cast<T*>(std::malloc(capacity * sizeof(T)));
        if (!items) throw std::bad_alloc();
        for (size_t i = 0; i < size_; ++i) items[i] = (*this)[i];
        std::free(items_);
        items_ = items;
        capacity_ = capacity;
        head_ = 0;
    }

    T* items_ = nullptr;
    size_t head_ = 0;
    size_t size_ = 0;
    size_t capacity_ = 0;
};

} // namespace coil::aio
