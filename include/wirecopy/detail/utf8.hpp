// UTF-8 validation: finds the byte runs that are not UTF-8, fast on ASCII.
#pragma once

#include <wirecopy/detail/chars.hpp>
#include <wirecopy/detail/scanner.hpp>

#include <string_view>

namespace wirecopy::detail {

/// Calls `on_invalid(begin, end)` for each maximal run of bytes in `s` that is not well-formed UTF-8
/// (overlong forms, surrogates and truncated sequences included). Returns the number of runs.
template <class OnInvalid>
std::size_t
for_each_invalid_utf8(std::string_view s,
                      OnInvalid&& on_invalid) noexcept(noexcept(on_invalid(std::size_t{}, std::size_t{}))) {
    std::size_t runs = 0;
    const char* const data = s.data();
    const char* const end = data + s.size();
    const char* p = data;
    while ((p = find_unusual_byte(p, end)) != end) {
        const auto pos = static_cast<std::size_t>(p - data);
        if (static_cast<unsigned char>(*p) < 0x80) {
            ++p; // a control byte: valid UTF-8
            continue;
        }
        const code_point cp = decode_at(s, pos);
        if (cp.length != 0) {
            p += cp.length;
            continue;
        }
        std::size_t stop = pos + 1;
        while (stop < s.size() && static_cast<unsigned char>(s[stop]) >= 0x80
               && decode_at(s, stop).length == 0)
            ++stop;
        on_invalid(pos, stop);
        ++runs;
        p = data + stop;
    }
    return runs;
}

} // namespace wirecopy::detail
