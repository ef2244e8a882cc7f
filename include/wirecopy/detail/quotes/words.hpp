// Words of the body as the quote stage reads them: where a word starts, how many there are, whether one is
// capitalised, and the fixed bounds every look-around of the stage keeps to.
#pragma once

#include <wirecopy/detail/chars.hpp>
#include <wirecopy/detail/grammar/letters.hpp>

#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

namespace wirecopy::detail {

/// How far before or after a quote its cue and speaker may stand.
inline constexpr std::size_t quote_reach = 400;
inline constexpr std::size_t no_position = static_cast<std::size_t>(-1);

/// Can a word start right after the code point `prev`: a blank, a line break, an opening bracket or
/// quotation mark, a dash?
constexpr bool opens_word_after(char32_t prev) noexcept {
    return is_unicode_blank(prev) || prev == '\n' || prev == '\r' || prev == '(' || prev == 0x201C
           || prev == '"' || prev == 0x2014 || prev == 0x2013;
}

namespace words_detail {
/// The bytes a word start may follow: the ASCII ones `opens_word_after` takes, and every byte of a
/// multibyte code point (the last byte of one may end a code point it takes).
inline constexpr auto may_precede_word_start = [] {
    std::array<bool, 256> table{};
    for (std::size_t b = 0; b < table.size(); ++b)
        table[b] = b >= 0x80 || opens_word_after(static_cast<char32_t>(b));
    return table;
}();
} // namespace words_detail

/// Is `pos` the start of a word (after a blank or an opening bracket, or at `lo`)?
inline bool is_word_start(std::string_view text, std::size_t lo, std::size_t pos) noexcept {
    // Inside a word or after punctuation, the common cases: decided by the byte before, without decoding.
    if (pos > lo && !words_detail::may_precede_word_start[static_cast<unsigned char>(text[pos - 1])])
        return false;
    if (!is_word_code_point(decode_at(text, pos).value))
        return false;
    return pos == lo || opens_word_after(decode_before(text, pos).value);
}

/// Number of words in [begin, end), counted up to `enough`: callers compare it with a few words, and a
/// paragraph may be megabytes long.
inline std::size_t count_words(std::string_view text, std::size_t begin, std::size_t end,
                               std::size_t enough) noexcept {
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t i = begin; i < end && words < enough; ++i) {
        const bool blank = is_ascii_space(text[i]);
        words += !blank && !in_word;
        in_word = !blank;
    }
    return words;
}

/// Does a capital, as the grammars know capitals, start at `pos`?
inline bool is_capitalized_at(std::string_view text, std::size_t pos) noexcept {
    return pos < text.size()
           && grammar::char_classes::length_at<grammar::char_classes::upper>(text.data() + pos,
                                                                             text.data() + text.size())
                  != 0;
}

/// Does `word` equal `lower_case` ignoring the case of its letters?
inline bool same_word(std::string_view word, std::string_view lower_case) noexcept {
    if (word.size() != lower_case.size())
        return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if ((is_ascii_upper(word[i]) ? static_cast<char>(word[i] | 0x20) : word[i]) != lower_case[i])
            return false;
    return true;
}

/// The words of [begin, end), split at white space, up to `Capacity`.
template <std::size_t Capacity>
struct words_of {
    std::array<std::pair<std::size_t, std::size_t>, Capacity> words{};
    std::size_t count = 0;

    words_of(std::string_view text, std::size_t begin, std::size_t end) noexcept {
        std::size_t i = begin;
        while (i < end && count < Capacity) {
            while (i < end && is_ascii_space(text[i]))
                ++i;
            const std::size_t start = i;
            while (i < end && !is_ascii_space(text[i]))
                ++i;
            if (i > start)
                words[count++] = {start, i};
        }
    }
    std::string_view at(std::string_view text, std::size_t i) const noexcept {
        return text.substr(words[i].first, words[i].second - words[i].first);
    }
};

} // namespace wirecopy::detail
