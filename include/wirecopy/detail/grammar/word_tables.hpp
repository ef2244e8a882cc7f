// Word tables for the grammars: a whole word looked up in a table, and cheap one-pass tests (a word ending
// in "ly", a clause up to its comma, an ordinary byte of an appositive) where a table or a rule would cost
// more.
#pragma once

#include <wirecopy/detail/grammar/common.hpp>

namespace wirecopy::detail::grammar::word_tables {

/// A lower-case ASCII word that `Accept` approves of, as one cheap test: adverbs, past tenses.
template <bool (*Accept)(std::string_view)>
struct lower_word_if_parser : scan_parser<lower_word_if_parser<Accept>> {
    template <class Iterator>
    static bool scan(Iterator& first, Iterator const& last) {
        Iterator it = first;
        while (it != last && *it >= 'a' && *it <= 'z')
            ++it;
        if (it == first || char_classes::length_at<char_classes::word_character>(it, last) != 0)
            return false;
        if (!Accept(std::string_view(&*first, static_cast<std::size_t>(it - first))))
            return false;
        first = it;
        return true;
    }
};

inline bool ends_in_ly(std::string_view w) noexcept {
    return w.size() > 2 && w.substr(w.size() - 2) == "ly";
}
inline bool ends_in_ed(std::string_view w) noexcept {
    return w.size() > 2 && w.substr(w.size() - 2) == "ed";
}
/// "hopes", "joins", "joined" (not "boss", "gas", "bus").
inline bool looks_like_a_verb(std::string_view w) noexcept {
    if (w.size() < 3)
        return false;
    if (ends_in_ed(w) || w.substr(w.size() - 2) == "es")
        return true;
    const char before = w[w.size() - 2];
    return w.back() == 's' && before != 's' && before != 'a' && before != 'i' && before != 'o'
           && before != 'u' && before != 'y';
}

/// Up to a comma that ends a clause, in one scan: no quotation mark, no end of a sentence, at most 200
/// bytes ("issued a second statement on Tuesday, ").
struct clause_to_comma_parser : scan_parser<clause_to_comma_parser> {
    template <class Iterator>
    static bool scan(Iterator& first, Iterator const& last) {
        Iterator it = first;
        for (int n = 0; it != last && n < 200; ++it, ++n) {
            const char c = *it;
            if (c == ',') {
                if (it == first)
                    return false;
                first = it + 1;
                return true;
            }
            if (c == '"' || c == '`' || c == '\n')
                return false;
            if (c == '.' && (it + 1 == last || it[1] == ' '))
                return false;
            if (c == '\xE2' && last - it >= 3 && it[1] == '\x80' && (it[2] == '\x9C' || it[2] == '\x9D'))
                return false;
        }
        return false;
    }
};

/// A byte of an appositive that none of its stop tests can stop at: not a comma, a period, a blank, or the
/// first byte of a quote mark or of a wide space. Taken first, it spares most bytes those tests.
struct plain_appositive_byte : scan_parser<plain_appositive_byte> {
    template <class Iterator>
    static bool scan(Iterator& first, Iterator const& last) {
        if (first == last)
            return false;
        switch (*first) {
        case ',':
        case '.':
        case ' ':
        case '\t':
        case '"':
        case '`':
        case '\'':
        case '\xC2':
        case '\xE2':
            return false;
        default:
            ++first;
            return true;
        }
    }
};

/// The value of `word` in `table`, or `otherwise` when it is not there (all of `word` must match).
template <class T>
T lookup_whole(const word_table<T>& table, std::string_view word, T otherwise) noexcept {
    iterator first = word.data();
    T value = otherwise;
    if (x3::parse(first, word.data() + word.size(), table, value) && first == word.data() + word.size())
        return value;
    return otherwise;
}

} // namespace wirecopy::detail::grammar::word_tables
