// Quote marks: which bytes are quote marks, which way they face, and which are apostrophes.
//
// Curly marks say which way they face, straight ones do not; the letters around a mark decide. An
// apostrophe inside a word (d’etat, don’t, O’Neill), an elision (’90s, ’em, rock ’n’ roll) or a plural
// possessive (the players’ union) never opens or closes a quotation.
#pragma once

#include <wirecopy/detail/chars.hpp>
#include <wirecopy/detail/scanner.hpp>

#include <cstddef>
#include <string_view>

namespace wirecopy::detail {

/// Kinds of quotation mark pairs.
enum class mark_family : unsigned char {
    curly_double,     ///< “ ”
    straight_double,  ///< " "
    guillemet,        ///< « »
    low_double,       ///< „ “ (German), „ ” (Polish)
    backtick_double,  ///< `` ''
    curly_single,     ///< ‘ ’
    straight_single,  ///< ' '
    single_guillemet, ///< ‹ ›
};

constexpr bool is_single(mark_family f) noexcept {
    return f == mark_family::curly_single || f == mark_family::straight_single
           || f == mark_family::single_guillemet;
}

/// Which way a mark faces in its context.
enum class mark_role : unsigned char { none, open, close, either };

/// A quotation mark in the text: its bytes, its family and which way it faces.
struct quote_mark {
    std::size_t begin = 0;
    std::size_t end = 0;
    mark_family family = mark_family::curly_double;
    mark_role role = mark_role::none;
};

/// Lead bytes of every quotation mark: '"', '\'', '`', and the first bytes of the UTF-8 marks.
inline constexpr byte_set quote_lead_bytes{'"', '\'', '`', 0xE2, 0xC2};

constexpr bool is_quote_lead_byte(unsigned char c) noexcept {
    return quote_lead_bytes.contains(c);
}

namespace quote_mark_context {

/// The code point before `pos` within [lo, pos), or 0 at the start.
inline char32_t before(std::string_view text, std::size_t lo, std::size_t pos) noexcept {
    return pos > lo ? decode_before(text, pos).value : 0;
}
/// The code point at `pos` within [pos, hi), or 0 at the end.
inline char32_t at(std::string_view text, std::size_t pos, std::size_t hi) noexcept {
    return pos < hi ? decode_at(text, pos).value : 0;
}

constexpr bool is_quote_code_point(char32_t c) noexcept {
    return c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019 || c == 0xAB
           || c == 0xBB || c == 0x201E || c == 0x2039 || c == 0x203A;
}

/// Characters after which a straight mark opens: start, blanks, brackets, dashes, slashes, other marks.
constexpr bool opens_after(char32_t c) noexcept {
    return c == 0 || is_unicode_blank(c) || c == '\n' || c == '\r' || c == '(' || c == '[' || c == '{'
           || c == '-' || c == '/' || c == 0x2013 || c == 0x2014 || c == ':' || is_quote_code_point(c);
}

/// Characters before which a straight mark closes: end, blanks, punctuation, closing brackets, dashes.
constexpr bool closes_before(char32_t c) noexcept {
    return c == 0 || is_unicode_blank(c) || c == '\n' || c == '\r' || c == '.' || c == ',' || c == ';'
           || c == ':' || c == '!' || c == '?' || c == ')' || c == ']' || c == '}' || c == '-' || c == 0x2013
           || c == 0x2014 || c == 0x2026 || is_quote_code_point(c);
}

inline bool starts_with_word(std::string_view text, std::size_t pos, std::size_t hi,
                             std::string_view word) noexcept {
    if (hi - pos < word.size())
        return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if ((text[pos + i] | 0x20) != word[i])
            return false;
    return pos + word.size() == hi || !is_word_code_point(decode_at(text, pos + word.size()).value);
}

/// An elision the mark at [.., pos) introduces: ’90s, ’em, ’n’, ’tis, ’twas, ’cause, ’til.
inline bool begins_elision(std::string_view text, std::size_t pos, std::size_t hi) noexcept {
    if (pos + 2 < hi && is_ascii_digit(text[pos]) && is_ascii_digit(text[pos + 1])
        && (text[pos + 2] == 's' || !is_word_code_point(decode_at(text, pos + 2).value)))
        return true;
    for (std::string_view word : {"em", "n", "tis", "twas", "cause", "til", "til"})
        if (starts_with_word(text, pos, hi, word))
            return true;
    return false;
}

/// A mark's family and which way it faces.
struct facing {
    mark_family family = mark_family::straight_double;
    mark_role role = mark_role::none;
};

/// The marks that say which way they face: ” „ « » ‹ ›. Any other character is no mark.
constexpr facing facing_of(char32_t c) noexcept {
    switch (c) {
    case 0x201D:
        return {mark_family::curly_double, mark_role::close};
    case 0x201E:
        return {mark_family::low_double, mark_role::open};
    case 0xAB:
        return {mark_family::guillemet, mark_role::open};
    case 0xBB:
        return {mark_family::guillemet, mark_role::close};
    case 0x2039:
        return {mark_family::single_guillemet, mark_role::open};
    case 0x203A:
        return {mark_family::single_guillemet, mark_role::close};
    default:
        return {};
    }
}

/// Can a mark between `prev` and `next` open a quote, close one?
struct openness {
    bool can_open = false, can_close = false;
};
constexpr openness openness_between(char32_t prev, char32_t next) noexcept {
    return {opens_after(prev) && next != 0 && !is_unicode_blank(next),
            closes_before(next) && prev != 0 && !is_unicode_blank(prev)};
}

/// Which way a straight double mark faces between `prev` and `next`.
constexpr mark_role straight_double_role(char32_t prev, char32_t next) noexcept {
    const auto [can_open, can_close] = openness_between(prev, next);
    // Between punctuation and a word the blank is missing (said,"From / success,"said): the stack
    // decides which way the mark faces.
    const bool glued = is_word_code_point(next) && next != 0
                       && (prev == '.' || prev == ',' || prev == ';' || prev == '!' || prev == '?');
    return can_open && can_close                                 ? mark_role::either
           : can_open                                            ? mark_role::open
           : can_close                                           ? mark_role::close
           : glued || (opens_after(prev) && closes_before(next)) ? mark_role::either
                                                                 : mark_role::none; // Indonesia"s: a typo
}

/// Which way two curly single marks typed for a double one face, the first being `c`, between `prev` and
/// `next`.
constexpr mark_role doubled_single_role(char32_t c, char32_t prev, char32_t next) noexcept {
    const auto [can_open, can_close] = openness_between(prev, next);
    return can_open && can_close ? (c == 0x2018 ? mark_role::open : mark_role::close)
           : can_open            ? mark_role::open
           : can_close           ? mark_role::close
                                 : mark_role::either;
}

/// Which way a single mark `c` (' ‘ ’) faces between `prev` and `next`; `elision` when it begins one.
constexpr mark_role single_role(char32_t c, char32_t prev, char32_t next, bool elision) noexcept {
    const bool word_before = is_word_code_point(prev) && prev != 0;
    const bool word_after = is_word_code_point(next) && next != 0;
    if (word_before && word_after)
        return mark_role::none; // don’t, d’etat, O’Neill
    if (elision)
        return mark_role::none; // ’90s, ’em, rock ’n’ roll
    if (word_before)
        return mark_role::close; // or a plural possessive: the stack decides
    if (word_after)
        return c == 0x2019 ? mark_role::none : mark_role::open; // ’ never opens: an elision
    if (closes_before(next) && !opens_after(prev))
        return mark_role::close; // “… end.’”
    if (opens_after(prev) && next != 0 && !is_unicode_blank(next))
        return c == 0x2019 ? mark_role::none : mark_role::open; // ‘“…
    return mark_role::none;
}

} // namespace quote_mark_context

/// Reads the quotation mark at `pos` (a lead byte) inside [lo, hi), the paragraph. Returns a mark with
/// role `none` when the bytes are not a quotation mark or are an apostrophe.
inline quote_mark read_quote_mark(std::string_view text, std::size_t pos, std::size_t lo,
                                  std::size_t hi) noexcept {
    using namespace quote_mark_context;
    quote_mark mark{pos, pos + 1, mark_family::straight_double, mark_role::none};
    const code_point cp = decode_at(text, pos);
    if (cp.length == 0 || pos + cp.length > hi)
        return mark;
    mark.end = pos + cp.length;
    char32_t c = cp.value;
    // `` and '' are the typewriter's double quotes.
    if (c == '`') {
        if (at(text, mark.end, hi) != '`')
            return mark;
        mark.end += 1;
        mark.family = mark_family::backtick_double;
        mark.role = mark_role::open;
        return mark;
    }
    const char32_t prev = before(text, lo, pos);
    if (c == '\'' && at(text, mark.end, hi) == '\'') {
        // '' closes ``…''; the New York Times archive also opens with it: ''…''.
        mark.end += 1;
        const char32_t after = at(text, mark.end, hi);
        const bool opens =
            opens_after(prev) && after != 0 && !is_unicode_blank(after) && !closes_before(after);
        mark.family = mark_family::backtick_double;
        mark.role = opens ? mark_role::open : mark_role::close;
        return mark;
    }
    const char32_t next = at(text, mark.end, hi);
    const bool word_before = is_word_code_point(prev) && prev != 0;
    const bool word_after = is_word_code_point(next) && next != 0;
    switch (c) {
    case 0x201C: // “, or a typo for ” where it ends a word and nothing follows it: the “film“ and
        mark.family = mark_family::curly_double;
        mark.role =
            !opens_after(prev) && !word_after && closes_before(next) ? mark_role::close : mark_role::open;
        return mark;
    case '"':
        mark.family = mark_family::straight_double;
        mark.role = straight_double_role(prev, next);
        return mark;
    case 0x2018: // ‘
    case 0x2019: // ’
    case '\'': {
        // Two curly single marks in a row (‘‘ ’’ ‘’) are a double mark typed with the single key.
        if (c != '\'' && (next == 0x2018 || next == 0x2019)) {
            mark.end += 3;
            mark.family = mark_family::curly_double;
            mark.role = doubled_single_role(c, prev, at(text, mark.end, hi));
            return mark;
        }
        mark.family = c == '\'' ? mark_family::straight_single : mark_family::curly_single;
        mark.role = single_role(c, prev, next, !word_before && begins_elision(text, mark.end, hi));
        return mark;
    }
    default: { // ” „ « » ‹ ›, or another character with the same lead byte (a dash, NBSP)
        const facing f = facing_of(c);
        mark.family = f.family;
        mark.role = f.role;
        return mark;
    }
    }
}

constexpr bool is_double(mark_family f) noexcept {
    return f == mark_family::curly_double || f == mark_family::straight_double || f == mark_family::low_double
           || f == mark_family::backtick_double;
}

/// Does a mark of family `closer` end a quotation opened by family `opener`? A mark that can only close
/// (`strictly_closing`) ends any double quotation: copy mixes “…" and "…” and ``…" and "…''.
constexpr bool closes(mark_family opener, mark_family closer, bool strictly_closing) noexcept {
    if (strictly_closing && is_double(opener) && is_double(closer) && opener != mark_family::low_double
        && closer != mark_family::low_double)
        return true;
    switch (opener) {
    case mark_family::curly_double:
        return closer == mark_family::curly_double;
    case mark_family::low_double:
        return closer == mark_family::curly_double; // „…“ and „…” both close with a curly mark
    case mark_family::straight_double:
        return closer == mark_family::straight_double;
    case mark_family::guillemet:
        return closer == mark_family::guillemet;
    case mark_family::backtick_double:
        return closer == mark_family::backtick_double || closer == mark_family::straight_double;
    case mark_family::curly_single:
        return closer == mark_family::curly_single;
    case mark_family::straight_single:
        return closer == mark_family::straight_single || closer == mark_family::curly_single;
    case mark_family::single_guillemet:
        return closer == mark_family::single_guillemet;
    }
    return false;
}

} // namespace wirecopy::detail
