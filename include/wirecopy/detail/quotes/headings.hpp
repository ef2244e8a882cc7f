// Where the quote stage need not look: headings inside the body, whose quotations are not reported, and
// the prose after a story's last double quotation mark, which no quotation follows.
#pragma once

#include <wirecopy/detail/blocks.hpp>
#include <wirecopy/detail/chars.hpp>
#include <wirecopy/detail/quote_marks.hpp>
#include <wirecopy/detail/quotes/words.hpp>
#include <wirecopy/detail/scanner.hpp>

#include <cstddef>
#include <string_view>

namespace wirecopy::detail {

/// Is this paragraph a heading inside the body rather than prose — a subhead quoting someone ('They owned
/// us'), a "READ MORE: …" or "WATCH: …" link line? One line that does not end a sentence, and opens with a
/// quotation mark or an all-capitals label and a colon. Like the story's own headline, its quotations are
/// not reported: they repeat or announce text, they are not the story's reported speech.
inline bool is_heading(std::string_view text, const block& b, std::size_t from) noexcept {
    if (b.lines != 1 || from >= b.end)
        return false;
    std::size_t end = b.end;
    // Step back over closing marks and brackets to the last real character.
    while (end > from) {
        const code_point cp = decode_before(text, end);
        if (cp.value == '"' || cp.value == '\'' || cp.value == 0x2019 || cp.value == 0x201D
            || cp.value == 0xBB || cp.value == 0x203A)
            end -= cp.length ? cp.length : 1;
        else
            break;
    }
    if (end == from)
        return false;
    const char32_t last = decode_before(text, end).value;
    if (last == '.' || last == '?' || last == '!' || last == ',' || last == ';' || last == ':'
        || last == 0x2026 || last == ')')
        return false;
    if (count_words(text, from, b.end, 25) > 24)
        return false;
    const char32_t first = decode_at(text, from).value;
    if (quote_mark_context::is_quote_code_point(first))
        return true;
    // "READ MORE:", "WATCH:", "WATCH BELOW:", "RELATED:"
    std::size_t i = from;
    while (i < b.end && i - from < 24 && (is_ascii_upper(text[i]) || text[i] == ' '))
        ++i;
    return i - from >= 4 && i < b.end && text[i] == ':';
}

/// Where the last double quotation mark of any kind (" `` '' “ ” „ « ») in `text` ends; 0 if it holds none.
/// One forward pass of the scanner over the marks' first bytes: most stories hold none, and a byte loop
/// over every story cost a fifth of the time of those without quotes.
inline std::size_t end_of_last_double_mark(std::string_view text) noexcept {
    const char* const data = text.data();
    const char* const end = data + text.size();
    const auto byte = [&](const char* p) { return static_cast<unsigned char>(*p); };
    std::size_t last = 0;
    for (const char* p = find_byte(data, end, quote_lead_bytes); p != end;
         p = find_byte(p + 1, end, quote_lead_bytes)) {
        const std::size_t left = static_cast<std::size_t>(end - p);
        const unsigned char c = byte(p);
        std::size_t length = 0;
        if (c == '"')
            length = 1;
        else if ((c == '`' || c == '\'') && left >= 2 && byte(p + 1) == c)
            length = 2;
        else if (c == 0xC2 && left >= 2 && (byte(p + 1) == 0xAB || byte(p + 1) == 0xBB))
            length = 2;
        else if (c == 0xE2 && left >= 3 && byte(p + 1) == 0x80
                 && (byte(p + 2) == 0x9C || byte(p + 2) == 0x9D || byte(p + 2) == 0x9E))
            length = 3;
        if (length)
            last = static_cast<std::size_t>(p - data) + length;
    }
    return last;
}

} // namespace wirecopy::detail
