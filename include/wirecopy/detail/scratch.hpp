// Fixed-size scratch storage that is not cleared when it is made.
#pragma once

#include <cstddef>
#include <type_traits>

namespace wirecopy::detail {

/// `N` slots of `T`, left uninitialised: for the per-story tables of the engine and the quotation tracker,
/// whose slots are always written before they are read. Clearing them (22 KB in all) cost more than
/// annotating a short story.
template <class T, std::size_t N>
class scratch_array {
    static_assert(std::is_trivially_copyable_v<T> && std::is_trivially_destructible_v<T>,
                  "a slot begins its life when it is assigned");

public:
    scratch_array() noexcept {} // NOLINT: deliberately leaves the slots uninitialised

    T& operator[](std::size_t i) noexcept { return slots_[i].value; }
    const T& operator[](std::size_t i) const noexcept { return slots_[i].value; }
    static constexpr std::size_t size() noexcept { return N; }

private:
    union slot {
        slot() noexcept {}
        T value;
    };
    slot slots_[N];
};

} // namespace wirecopy::detail
