// UTF-8 validation: finds the byte runs that are not UTF-8, fast on ASCII.
#pragma once

#include <wirecopy/detail/chars.hpp>

#include <cstdint>
#include <cstring>
#include <string_view>

namespace wirecopy::detail {

/// Calls `on_invalid(begin, end)` for each maximal run of bytes in `s` that is not well-formed UTF-8
/// (overlong forms, surrogates and truncated sequences included). Returns the number of runs.
template <class OnInvalid>
std::size_t
for_each_invalid_utf8(std::string_view s,
                      OnInvalid&& on_invalid) noexcept(noexcept(on_invalid(std::size_t{}, std::size_t{}))) {
    std::size_t runs = 0;
    std::size_t pos = 0;
    const std::size_t size = s.size();
    while (pos < size) {
        // Eight bytes at a time while they are all ASCII.
        while (pos + 8 <= size) {
            std::uint64_t word;
            std::memcpy(&word, s.data() + pos, 8);
            if (word & 0x8080808080808080ULL)
                break;
            pos += 8;
        }
        if (pos >= size)
            break;
        const code_point cp = decode_at(s, pos);
        if (cp.length != 0) {
            pos += cp.length;
            continue;
        }
        const std::size_t bad = pos;
        do
            ++pos;
        while (pos < size && decode_at(s, pos).length == 0);
        on_invalid(bad, pos);
        ++runs;
    }
    return runs;
}

} // namespace wirecopy::detail
