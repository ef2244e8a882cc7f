// Splits a story into blocks — paragraphs as the wire laid them out — without allocating.
//
// A block ends at a blank line, and a line that starts with white space starts a new block: fixed-width
// wire copy (Reuters 1987, AP) indents each paragraph instead of leaving a blank line between them.
#pragma once

#include <wirecopy/detail/chars.hpp>

#include <cstdint>
#include <cstring>
#include <string_view>

namespace wirecopy::detail {

/// A block of text: [begin, end) trimmed of white space, in bytes of the whole input.
struct block {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t first_line_end = 0; ///< end of the block's first line, trimmed
    std::size_t last_line_begin = 0;
    std::uint32_t lines = 0;
};

/// One physical line: [begin, end) is its text without the line break; `next` is where the next line
/// starts; [content_begin, content_end) is the text without surrounding white space.
struct line {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::size_t next = 0;
    std::size_t content_begin = 0;
    std::size_t content_end = 0;

    bool blank() const noexcept { return content_begin == content_end; }
    bool indented() const noexcept { return content_begin > begin; }
};

/// The line break convention of a text: '\n' (CRLF included: the CR is trimmed) or, where there is no
/// '\n' at all, a lone '\r' (old Macintosh files).
inline char line_break_of(std::string_view text) noexcept {
    if (std::memchr(text.data(), '\n', text.size()) != nullptr)
        return '\n';
    return std::memchr(text.data(), '\r', text.size()) != nullptr ? '\r' : '\n';
}

/// Reads the line starting at `pos` (< text.size()).
inline line read_line(std::string_view text, std::size_t pos, char line_break) noexcept {
    line l;
    l.begin = pos;
    const void* found = std::memchr(text.data() + pos, line_break, text.size() - pos);
    l.end = found ? static_cast<std::size_t>(static_cast<const char*>(found) - text.data()) : text.size();
    l.next = found ? l.end + 1 : l.end;
    // Most lines start (after the spaces that indent a paragraph) and end with a printable ASCII byte,
    // which no blank is: the scans are for the rest.
    const auto printable = [](char c) { return static_cast<unsigned char>(c - 0x21) < 0x5F; };
    std::size_t begin = pos;
    while (begin < l.end && text[begin] == ' ')
        ++begin;
    l.content_begin = begin < l.end && printable(text[begin]) ? begin : skip_blanks(text, begin, l.end);
    l.content_end = l.end > l.content_begin && printable(text[l.end - 1])
                        ? l.end
                        : trim_blanks_back(text, l.content_begin, l.end);
    return l;
}

/// The block of the lines [begin, end) of `text` (`begin` at a line's first character).
inline block block_of(std::string_view text, std::size_t begin, std::size_t end) noexcept {
    const char line_break = line_break_of(text.substr(begin, end - begin));
    block b{begin, end, end, begin, 0};
    for (std::size_t pos = begin; pos < end;) {
        const line l = read_line(text.substr(0, end), pos, line_break);
        pos = l.next;
        if (l.blank())
            continue;
        if (b.lines++ == 0)
            b.first_line_end = l.content_end;
        b.last_line_begin = l.content_begin;
    }
    return b;
}

/// Reads the blocks of `text` from `start`, one at a time.
class block_reader {
public:
    block_reader(std::string_view text, std::size_t start) noexcept
        : text_(text), pos_(start), line_break_(line_break_of(text)) {}

    /// The next block, or false at the end of the text.
    bool next(block& out) noexcept {
        line l = held_;
        if (holding_) {
            holding_ = false;
            pos_ = l.next;
        } else {
            do {
                if (pos_ >= text_.size())
                    return false;
                l = read_line(text_, pos_, line_break_);
                pos_ = l.next;
            } while (l.blank());
        }
        out = {l.content_begin, l.content_end, l.content_end, l.content_begin, 1};
        while (pos_ < text_.size()) {
            const line more = read_line(text_, pos_, line_break_);
            if (more.indented() && !more.blank()) {
                held_ = more; // the first line of the next block
                holding_ = true;
                break;
            }
            pos_ = more.next;
            if (more.blank())
                break;
            out.end = more.content_end;
            out.last_line_begin = more.content_begin;
            ++out.lines;
        }
        return true;
    }

private:
    std::string_view text_;
    std::size_t pos_;
    char line_break_;
    line held_{}; ///< read, and opening the next block, when `holding_`
    bool holding_ = false;
};

} // namespace wirecopy::detail
