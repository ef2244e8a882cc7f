// The lines of a block's end, as the footer stage reads them: where a footer item may start inside a line
// that runs the footer on after the last sentence, and the joined text of an item that spans lines, with
// the way back to the input.
#pragma once

#include <wirecopy/detail/blocks.hpp>
#include <wirecopy/detail/grammar/contributors.hpp>
#include <wirecopy/detail/grammar/credits.hpp>
#include <wirecopy/detail/spans.hpp>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

namespace wirecopy::detail {

inline constexpr std::size_t footer_reach = 48;      ///< lines of a block examined, counted from its end
inline constexpr std::size_t footer_item_lines = 12; ///< the most lines one footer item may span
inline constexpr std::size_t footer_item_bytes = 4096;

// ------------------------------------------------------------------ lines of a block
/// Does a line say "contribut…"? (It looks for the rare "b" first.)
inline bool says_contributed(std::string_view item) noexcept {
    constexpr std::string_view word = "contribut";
    constexpr std::size_t b = 6; // where its "b" stands
    if (item.size() < word.size())
        return false;
    const char* const first = item.data() + b;
    const char* const last = item.data() + item.size() - (word.size() - b - 1); // past its last "b"
    for (const char* at = first; at < last; ++at) {
        at = static_cast<const char*>(std::memchr(at, 'b', static_cast<std::size_t>(last - at)));
        if (at == nullptr)
            return false;
        if (std::memcmp(at - b, word.data(), word.size()) == 0)
            return true;
    }
    return false;
}

/// Does `s` hold "’" (E2 80 99)? It looks for the last byte, which little else in wire copy has.
inline bool holds_curly_apostrophe(std::string_view s) noexcept {
    for (std::size_t at = 2; at < s.size(); ++at) {
        const void* found = std::memchr(s.data() + at, '\x99', s.size() - at);
        if (found == nullptr)
            return false;
        at = static_cast<std::size_t>(static_cast<const char*>(found) - s.data());
        if (s[at - 2] == '\xE2' && s[at - 1] == '\x80')
            return true;
    }
    return false;
}

/// Does a line open with the word "With", after brackets, dashes and blanks ("--With assistance from")?
inline bool opens_with_word_with(std::string_view item) noexcept {
    std::size_t at = 0;
    while (at < item.size()
           && (item[at] == '(' || item[at] == '-' || item[at] == ' ' || item[at] == '\xE2'
               || item[at] == '\x80' || item[at] == '\x94'))
        ++at;
    return at + 4 <= item.size() && (item[at] | 0x20) == 'w' && (item[at + 1] | 0x20) == 'i'
           && (item[at + 2] | 0x20) == 't' && (item[at + 3] | 0x20) == 'h';
}

/// Does a line say "contribut…", open "With assistance", or open with a possessive ("CNN's") and say what
/// the outlet's people did ("reported", "wrote") or open as the assistance form does ("_WITH ASSISTANCE
/// BY"), as contributor lines do? (A cheap test that spares the grammar most lines: it looks for rare
/// characters first.)
inline bool mentions_contribution(std::string_view item) noexcept {
    if (says_contributed(item))
        return true;
    constexpr std::size_t outlet_reach = 40; // "The Washington Post's"
    const std::string_view head = item.substr(0, outlet_reach);
    if ((head.find('\'') != std::string_view::npos || holds_curly_apostrophe(head))
        && (item.find("reported") != std::string_view::npos || item.find("wrote") != std::string_view::npos
            || grammar::match_prefix(item.data(), item.data() + item.size(),
                                     grammar::contributors_parts::opens_with_assistance)
                   != nullptr))
        return true;
    return opens_with_word_with(item);
}

/// Does a line have "by" or "Editor" near its start, as credit lines do?
inline bool opens_credit(std::string_view item) noexcept {
    constexpr std::size_t reach = 48; // "(Additional reporting and writing by "
    const std::string_view head = item.substr(0, reach);
    for (const char b : {'b', 'B'})
        for (std::size_t at = head.find(b); at != std::string_view::npos; at = head.find(b, at + 1))
            if (at > 0 && head[at - 1] == ' ' && at + 1 < item.size() && (item[at + 1] | 0x20) == 'y')
                return true;
    return head.find("Editor") != std::string_view::npos;
}

/// Does line [begin, end) close a sentence (so that a footer may start on the next line)?
inline bool ends_sentence(std::string_view text, std::size_t begin, std::size_t end) noexcept {
    if (begin == end)
        return false;
    const char last = text[end - 1];
    if (static_cast<unsigned char>(last) < 0x80)
        return last == '.' || last == '!' || last == '?' || last == ')' || last == '"' || last == '\''
               || last == ']';
    const std::string_view line = text.substr(begin, end - begin);
    const auto ends_with = [&](std::string_view s) {
        return line.size() >= s.size() && line.substr(line.size() - s.size()) == s;
    };
    return ends_with("\xE2\x80\x9D") || ends_with("\xE2\x80\x99") || ends_with("\xC2\xBB");
}

/// A line of a block without its surrounding white space: [begin, end) of the input.
struct text_line {
    std::size_t begin;
    std::size_t end;
};

/// The last lines of a block, in input order.
struct block_lines {
    std::array<text_line, footer_reach> lines; // [0, count) are set
    std::size_t count = 0;
    bool complete = true; ///< false when the block has more lines than were kept
};

/// Can a footer item start at `rest`, inside a line after `before`, as scraped copy runs the footer on after
/// the last sentence ("… rose 2.7 percent. (Reporting by …)", "… worries.” To contact the reporter …")?
/// Contact introductions, Reuters' double parentheses and a credit in parentheses open an item wherever they
/// stand ("… $4.42 billion (Reporting by A)"); the other items only after the end of a sentence, and only
/// with the words they open with, so that most sentences stay whole.
inline bool opens_run_on_item(std::string_view rest, std::string_view before) noexcept {
    const auto opens = [&](std::string_view s) { return rest.compare(0, s.size(), s) == 0; };
    const char lead = rest[0];
    if ((lead == '(' && (opens("((") || opens_credit(rest))) || (lead == 'T' && opens("To contact ")))
        return true;
    // The other items open with one of a few bytes: most words are turned down by their first.
    const bool story_number =
        lead == '<' ? opens("<ID:") : lead == 'n' && rest.size() > 1 && is_ascii_upper(rest[1]);
    const bool marked = lead == '(' || lead == '-' || story_number;
    if (!(marked || lead == '\xC2' || lead == '\xE2' || is_ascii_upper(lead))
        || !ends_sentence(before, 0, before.size()))
        return false;
    constexpr std::size_t sentence_reach = 320; // a contributor sentence naming several people
    return marked || opens("\xC2\xA9") || opens("\xE2\x80\x94")
           || (is_ascii_upper(lead)
               && (opens("Copyright") || opens("Keywords:") || opens("Write to ") || opens("Editor")
                   || opens("With assistance")
                   || grammar::match_prefix(rest.data(), rest.data() + rest.size(),
                                            grammar::credits_parts::role_start)
                   || says_contributed(rest.substr(0, sentence_reach))));
}

namespace footer_lines_detail {
/// What a byte tells the search for footer items inside a line: `opens_anywhere`, an item may open with
/// it after any blank ('(', "To contact"); `ends`, a sentence may end with it (the ASCII bytes of
/// `ends_sentence`); `wide`, a byte of a non-ASCII character (a curly quote ends a sentence, a no-break
/// space is a blank). An item opens with neither after a blank that follows none of them.
enum byte_role : unsigned char { plain, opens_anywhere, ends, wide };

constexpr std::array<unsigned char, 256> byte_roles = [] {
    std::array<unsigned char, 256> roles{};
    for (std::size_t c = 0x80; c < roles.size(); ++c)
        roles[c] = wide;
    for (const char c : std::string_view("(T"))
        roles[static_cast<unsigned char>(c)] = opens_anywhere;
    for (const char c : std::string_view(".!?)\"']"))
        roles[static_cast<unsigned char>(c)] = ends;
    return roles;
}();

inline byte_role role_of(char c) noexcept {
    return static_cast<byte_role>(byte_roles[static_cast<unsigned char>(c)]);
}

} // namespace footer_lines_detail

/// Cuts line [piece, end) wherever a footer item may start inside it (`opens_run_on_item` at a word
/// boundary: the first blank after a word and the first byte after the blanks), giving `keep` each piece
/// but the last, and returns where the last piece starts. Only the boundaries next to a byte an item start
/// needs are tried, the rest of an ASCII run is passed over; by a non-ASCII byte the boundaries are taken
/// one by one, as blanks are then harder to tell.
template <class Keep>
std::size_t cut_run_on_items(std::string_view text, std::size_t piece, std::size_t end, Keep keep) noexcept {
    using namespace footer_lines_detail;
    const auto try_cut = [&](std::size_t at, std::size_t next) {
        if (opens_run_on_item(text.substr(next, end - next), text.substr(piece, at - piece))) {
            keep(piece, at);
            piece = next;
        }
    };
    // The next boundary is the first blank from `from` on: boundaries before it have been tried, or have
    // no byte an item start needs around them.
    for (std::size_t from = piece; from < end;) {
        std::size_t q = from;
        while (q < end && role_of(text[q]) == plain)
            ++q;
        if (q == end)
            break;
        switch (role_of(text[q])) {
        case opens_anywhere: // a boundary if blanks stand before it
            if (q > from && is_line_blank(text[q - 1])) {
                std::size_t at = q - 1;
                while (at > from && is_line_blank(text[at - 1]))
                    --at;
                try_cut(at, q);
            }
            from = q + 1;
            break;
        case ends: // a boundary if a blank follows it
            if (q + 1 < end && is_line_blank(text[q + 1])) {
                const std::size_t next = skip_blanks(text, q + 1, end);
                try_cut(q + 1, next);
                from = next < end && role_of(text[next]) == opens_anywhere ? next + 1 : next;
            } else {
                from = q + 1;
            }
            break;
        default: { // the boundary before the word that holds q, then word by word
            std::size_t word = q;
            while (word > from && !is_line_blank(text[word - 1]))
                --word;
            while (word > from && is_line_blank(text[word - 1]))
                --word;
            const std::size_t at = find_line_blank(text, word, end);
            if (at == end)
                return piece;
            const std::size_t next = skip_blanks(text, at, end);
            try_cut(at, next);
            from = next;
            break;
        }
        }
    }
    return piece;
}

/// Reads the last (at most `footer_reach`) lines of [begin, end), a block or the end of one; with
/// `run_on`, a line is also cut where a footer item may start inside it (`opens_run_on_item`).
inline void read_block_lines(std::string_view text, std::size_t begin, std::size_t end, bool run_on,
                             block_lines& out) noexcept {
    const char* const data = text.data();
    const char line_break = std::memchr(data + begin, '\n', end - begin) != nullptr ? '\n' : '\r';
    // Forward, keeping the last lines in a ring: memchr is fast, and most blocks are short.
    std::size_t total = 0;
    for (std::size_t start = begin;;) {
        const void* found = std::memchr(data + start, line_break, end - start);
        const std::size_t stop =
            found ? static_cast<std::size_t>(static_cast<const char*>(found) - data) : end;
        std::size_t piece = skip_blanks(text, start, stop);
        const std::size_t content_end = trim_blanks_back(text, piece, stop);
        if (run_on)
            piece =
                cut_run_on_items(text, piece, content_end, [&](std::size_t cut_begin, std::size_t cut_end) {
                    out.lines[total++ % footer_reach] = {cut_begin, cut_end};
                });
        out.lines[total++ % footer_reach] = {piece, content_end};
        if (!found)
            break;
        start = stop + 1;
    }
    out.complete = total <= footer_reach;
    out.count = std::min(total, footer_reach);
    if (!out.complete)
        std::rotate(out.lines.begin(), out.lines.begin() + static_cast<std::ptrdiff_t>(total % footer_reach),
                    out.lines.end());
}

// ------------------------------------------------------------------ the text of one item
/// Lines of the input joined by single spaces, for the grammars, with the way back to the input.
class footer_region {
public:
    void clear() noexcept { size_ = lines_ = 0; }

    /// Appends a line; false when it does not fit (then the region is unchanged).
    bool append(std::string_view text, const text_line& l) noexcept {
        const std::size_t length = l.end - l.begin;
        const std::size_t joint = lines_ > 0 ? 1 : 0;
        if (lines_ == footer_item_lines || size_ + joint + length > chars_.size())
            return false;
        if (joint)
            chars_[size_++] = ' ';
        starts_[lines_] = size_;
        origins_[lines_] = l.begin;
        ++lines_;
        text.copy(chars_.data() + size_, length, l.begin);
        size_ += length;
        return true;
    }

    grammar::iterator first() const noexcept { return chars_.data(); }
    grammar::iterator last() const noexcept { return chars_.data() + size_; }
    std::string_view view() const noexcept { return {chars_.data(), size_}; }

    /// The input offset of region position `pos` (not a joining space).
    std::size_t input_offset(std::size_t pos) const noexcept {
        std::size_t line = lines_ - 1;
        while (line > 0 && starts_[line] > pos)
            --line;
        return origins_[line] + (pos - starts_[line]);
    }

    /// The span of the input that `part`, a non-empty view into the region, stands for.
    span to_span(std::string_view text, std::string_view part) const noexcept {
        const auto at = static_cast<std::size_t>(part.data() - chars_.data());
        if (part.empty()) {
            const std::size_t offset = at < size_ ? input_offset(at) : input_offset(size_ - 1) + 1;
            return make_span(text, offset, offset);
        }
        return make_span(text, input_offset(at), input_offset(at + part.size() - 1) + 1);
    }
    std::optional<span> optional_span(std::string_view text, std::string_view part) const noexcept {
        if (part.empty())
            return std::nullopt;
        return to_span(text, part);
    }

private:
    std::array<char, footer_item_bytes> chars_;
    std::size_t size_ = 0;
    std::array<std::size_t, footer_item_lines> starts_; ///< [0, lines_) are set, as in `origins_`
    std::array<std::size_t, footer_item_lines> origins_;
    std::size_t lines_ = 0;
};

} // namespace wirecopy::detail
