// Character classes and UTF-8 decoding used by the scanners and stages; the grammars' blank is defined
// by them too.
#pragma once

#include <boost/config.hpp>

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace wirecopy::detail {

constexpr bool is_ascii_upper(char c) noexcept {
    return c >= 'A' && c <= 'Z';
}
constexpr bool is_ascii_lower(char c) noexcept {
    return c >= 'a' && c <= 'z';
}
constexpr bool is_ascii_alpha(char c) noexcept {
    return is_ascii_upper(c) || is_ascii_lower(c);
}
constexpr bool is_ascii_digit(char c) noexcept {
    return c >= '0' && c <= '9';
}
constexpr bool is_ascii_alnum(char c) noexcept {
    return is_ascii_alpha(c) || is_ascii_digit(c);
}
constexpr bool is_line_blank(char c) noexcept {
    return c == ' ' || c == '\t' || c == '\f' || c == '\v';
}
constexpr bool is_ascii_space(char c) noexcept {
    return is_line_blank(c) || c == '\r' || c == '\n';
}

/// First position in [pos, end) of inline ASCII white space (`is_line_blank`), or `end`. Eight bytes at a
/// time where it can: the words between blanks are short, and a loop over bytes mispredicted its exit at
/// every blank.
inline std::size_t find_line_blank(std::string_view s, std::size_t pos, std::size_t end) noexcept {
#if defined(__GNUC__) && defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    for (; end - pos >= 8; pos += 8) {
        std::uint64_t word;
        std::memcpy(&word, s.data() + pos, 8);
        // The high bit of every byte below 0x21 (blanks among them), and of some 0x21 above one.
        for (std::uint64_t low = (word - 0x21 * ones) & ~word & highs; low != 0; low &= low - 1) {
            const std::size_t at = pos + static_cast<std::size_t>(__builtin_ctzll(low)) / 8;
            if (is_line_blank(s[at]))
                return at;
        }
    }
#endif
    for (; pos < end; ++pos)
        if (is_line_blank(s[pos]))
            return pos;
    return end;
}

/// A decoded code point; `length` is 0 where the bytes are not UTF-8 (then `value` is the raw byte).
struct code_point {
    char32_t value = 0;
    unsigned length = 0;
};

/// Decodes the code point of two bytes or more starting at `pos` (see `decode_at`). Out of line: the
/// scans and character classes that call it are inlined in many places, and ASCII never comes here.
BOOST_NOINLINE constexpr code_point decode_multibyte(std::string_view s, std::size_t pos) noexcept {
    const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(s[i]); };
    const unsigned char b0 = byte(pos);
    const unsigned length = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 ? 2 : 0;
    if (length == 0 || b0 > 0xF4 || pos + length > s.size())
        return {b0, 0};
    char32_t value = b0 & (0x7F >> length);
    for (unsigned i = 1; i < length; ++i) {
        const unsigned char b = byte(pos + i);
        if ((b & 0xC0) != 0x80)
            return {b0, 0};
        value = (value << 6) | (b & 0x3F);
    }
    const char32_t least[] = {0, 0, 0x80, 0x800, 0x10000};
    if (value < least[length] || value > 0x10FFFF || (value >= 0xD800 && value <= 0xDFFF))
        return {b0, 0};
    return {value, length};
}

/// Decodes the code point starting at `pos` (pos < s.size()). ASCII, most of wire copy, takes a path small
/// enough to be inlined everywhere.
constexpr code_point decode_at(std::string_view s, std::size_t pos) noexcept {
    const auto b0 = static_cast<unsigned char>(s[pos]);
    return b0 < 0x80 ? code_point{b0, 1} : decode_multibyte(s, pos);
}

/// Decodes the code point that ends at `pos` (0 < pos <= s.size()).
constexpr code_point decode_before(std::string_view s, std::size_t pos) noexcept {
    if (const auto last = static_cast<unsigned char>(s[pos - 1]); last < 0x80)
        return {last, 1};
    std::size_t start = pos - 1;
    while (start > 0 && pos - start < 4 && (static_cast<unsigned char>(s[start]) & 0xC0) == 0x80)
        --start;
    const code_point cp = decode_at(s, start);
    if (cp.length != pos - start)
        return {static_cast<unsigned char>(s[pos - 1]), 0};
    return cp;
}

/// White space inside a line: ASCII blanks and the Unicode spaces wire copy carries (NBSP, thin space…).
constexpr bool is_unicode_blank(char32_t c) noexcept {
    return c == ' ' || c == '\t' || c == '\f' || c == '\v' || c == 0xA0 || (c >= 0x2000 && c <= 0x200A)
           || c == 0x202F || c == 0x205F || c == 0x3000;
}

/// Letters and digits, for deciding whether a quote-like mark sits inside a word. Non-ASCII code points
/// count as letters except the punctuation, symbol and space blocks wire copy uses.
constexpr bool is_word_code_point(char32_t c) noexcept {
    if (c < 0x80)
        return is_ascii_alnum(static_cast<char>(c));
    if (c < 0xC0)
        return c == 0xAA || c == 0xB5 || c == 0xBA; // ª µ º; the rest of Latin-1 below À is punctuation
    if (c == 0xD7 || c == 0xF7)
        return false; // × ÷
    return !(c >= 0x2000 && c <= 0x2BFF) && !(c >= 0x3000 && c <= 0x303F) && !(c >= 0xFE30 && c <= 0xFE4F)
           && !(c >= 0xFF00 && c <= 0xFF0F);
}

/// First position at or after `pos` that is not inline white space (NBSP included).
constexpr std::size_t skip_blanks(std::string_view s, std::size_t pos, std::size_t end) noexcept {
    while (pos < end) {
        const auto c = static_cast<unsigned char>(s[pos]);
        if (c < 0x80) { // the common case, without decoding
            if (!is_line_blank(static_cast<char>(c)))
                break;
            ++pos;
            continue;
        }
        const code_point cp = decode_at(s, pos);
        if (cp.length == 0 || !is_unicode_blank(cp.value))
            break;
        pos += cp.length;
    }
    return pos;
}

/// Last position at or before `end`, not before `begin`, that follows no white space (NBSP, CR included).
constexpr std::size_t trim_blanks_back(std::string_view s, std::size_t begin, std::size_t end) noexcept {
    while (end > begin) {
        const auto c = static_cast<unsigned char>(s[end - 1]);
        if (c < 0x80) {
            if (!is_ascii_space(static_cast<char>(c)))
                break;
            --end;
            continue;
        }
        const code_point cp = decode_before(s, end);
        if (cp.length == 0 || !is_unicode_blank(cp.value))
            break;
        end -= cp.length;
    }
    return end;
}

} // namespace wirecopy::detail
