// The letters of the grammars, as one test each of the UTF-8 bytes at a position: capitals, lower case,
// either, and what goes on a word. Plain functions, without Spirit, so that the stages that read prose
// (the quote stage) and the header test a capital as the grammars do.
#pragma once

#include <cstddef>

namespace wirecopy::detail::grammar::char_classes {

/// The length of the character of class `Class` at `first` (0: none there). `Class::ascii(c)` tests an
/// ASCII byte; `Class::continuation(lead, next)` a two-byte UTF-8 letter.
template <class Class>
std::size_t length_at(const char* first, const char* last) noexcept {
    if (first == last)
        return 0;
    const auto c = static_cast<unsigned char>(*first);
    if (c < 0x80)
        return Class::ascii(c) ? 1 : 0;
    if (last - first < 2)
        return 0;
    return Class::continuation(c, static_cast<unsigned char>(first[1])) ? 2 : 0;
}

/// Upper-case letters: ASCII and the Latin-1 / Latin Extended-A capitals of European names (U+00C0–U+00DE
/// and all of U+0100–U+017F, as C3 80–9E and C4–C5 80–BF).
struct upper {
    static bool ascii(unsigned char c) noexcept { return c >= 'A' && c <= 'Z'; }
    static bool continuation(unsigned char lead, unsigned char next) noexcept {
        return (lead == 0xC3 && next >= 0x80 && next <= 0x9E)
               || ((lead == 0xC4 || lead == 0xC5) && next >= 0x80 && next <= 0xBF);
    }
};
/// Lower-case letters: ASCII and U+00DF–U+00FF (C3 9F–BF).
struct lower {
    static bool ascii(unsigned char c) noexcept { return c >= 'a' && c <= 'z'; }
    static bool continuation(unsigned char lead, unsigned char next) noexcept {
        return lead == 0xC3 && next >= 0x9F && next <= 0xBF;
    }
};
/// Either.
struct letter {
    static bool ascii(unsigned char c) noexcept { return upper::ascii(c) || lower::ascii(c); }
    static bool continuation(unsigned char lead, unsigned char next) noexcept {
        return (lead >= 0xC3 && lead <= 0xC5) && next >= 0x80 && next <= 0xBF;
    }
};
/// A letter or an ASCII digit: what goes on a word.
struct word_character {
    static bool ascii(unsigned char c) noexcept { return letter::ascii(c) || (c >= '0' && c <= '9'); }
    static bool continuation(unsigned char lead, unsigned char next) noexcept {
        return letter::continuation(lead, next);
    }
};

} // namespace wirecopy::detail::grammar::char_classes
