// The end of a story: sign-off, copyright, contact lines, contributors, credits and boilerplate.
//
// Footer recognition is anchored to the end of the story and to line starts. The engine walks back from
// the last block while blocks are made of footer lines; inside a block, the footer is the longest run of
// whole lines at its end that reads as a sequence of footer items, and it must start after a line that
// ends a sentence. So a body sentence that mentions "reporting by" or "contributed" is never a footer,
// while a footer that a wire laid out without blank lines, or wrapped over several lines, still is.
//
// An item may span lines (a credit wrapped at 69 columns, a contact list on the Bloomberg terminal). The
// grammars read an item from a small buffer in which its lines are joined by single spaces; spans are
// mapped back to the input, so they stay byte-exact. Nothing allocates.
#pragma once

#include <wirecopy/detail/blocks.hpp>
#include <wirecopy/detail/grammar/contacts.hpp>
#include <wirecopy/detail/grammar/contributors.hpp>
#include <wirecopy/detail/grammar/copyright.hpp>
#include <wirecopy/detail/grammar/credits.hpp>
#include <wirecopy/detail/grammar/furniture.hpp>
#include <wirecopy/detail/spans.hpp>
#include <wirecopy/events.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>

namespace wirecopy::detail {

enum class footer_kind : unsigned char {
    none,
    signoff,
    copyright,
    contacts,
    contributors,
    credits,
    boilerplate,
    masthead ///< a block of footer lines above the story (set by the header stage)
};

/// Copyright notices and boilerplate close a story: a sign-off may come before them, nothing after.
constexpr bool is_closing(footer_kind kind) noexcept {
    return kind == footer_kind::copyright || kind == footer_kind::boilerplate;
}

inline constexpr std::size_t footer_reach = 48;      ///< lines of a block examined, counted from its end
inline constexpr std::size_t footer_item_lines = 12; ///< the most lines one footer item may span
inline constexpr std::size_t footer_item_bytes = 4096;

// ------------------------------------------------------------------ lines of a block
/// Does a line say "contribut…"? (It looks for the rare "b" first.)
inline bool says_contributed(std::string_view item) noexcept {
    for (std::size_t at = item.find('b'); at != std::string_view::npos; at = item.find('b', at + 1))
        if (at >= 6 && item.compare(at - 6, 9, "contribut") == 0)
            return true;
    return false;
}

/// Does a line say "contribut…", open "With assistance" or with a possessive ("CNN's"), as contributor
/// lines do? (A cheap test that spares the grammar most lines: it looks for rare characters first.)
inline bool mentions_contribution(std::string_view item) noexcept {
    if (says_contributed(item))
        return true;
    constexpr std::size_t outlet_reach = 40; // "The Washington Post's"
    const std::string_view head = item.substr(0, outlet_reach);
    if (head.find('\'') != std::string_view::npos || head.find("\xE2\x80\x99") != std::string_view::npos)
        return true;
    std::size_t at = 0;
    while (at < item.size()
           && (item[at] == '(' || item[at] == '-' || item[at] == ' ' || item[at] == '\xE2'
               || item[at] == '\x80' || item[at] == '\x94'))
        ++at;
    return at + 4 <= item.size() && (item[at] | 0x20) == 'w' && (item[at + 1] | 0x20) == 'i'
           && (item[at + 2] | 0x20) == 't' && (item[at + 3] | 0x20) == 'h';
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
    const std::string_view line = text.substr(begin, end - begin);
    const auto ends_with = [&](std::string_view s) {
        return line.size() >= s.size() && line.substr(line.size() - s.size()) == s;
    };
    if (line.empty())
        return false;
    const char last = line.back();
    return last == '.' || last == '!' || last == '?' || last == ')' || last == '"' || last == '\''
           || last == ']' || ends_with("\xE2\x80\x9D") || ends_with("\xE2\x80\x99") || ends_with("\xC2\xBB");
}

/// A line of a block without its surrounding white space: [begin, end) of the input.
struct text_line {
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// The last lines of a block, in input order.
struct block_lines {
    std::array<text_line, footer_reach> lines; // [0, count) are set
    std::size_t count = 0;
    bool complete = true; ///< false when the block has more lines than were kept
};

/// Can a footer item start at `rest`, inside a line, as scraped copy runs the footer on after the last
/// sentence ("… rose 2.7 percent. (Reporting by …)", "… worries.” To contact the reporter …")? Contact
/// introductions, Reuters' double parentheses and a credit in parentheses open an item wherever they
/// stand ("… $4.42 billion (Reporting by A)"); the other items only after the end of a sentence, and only
/// with the words they open with, so that most sentences stay whole.
inline bool opens_run_on_item(std::string_view rest, bool after_sentence) noexcept {
    const auto opens = [&](std::string_view s) { return rest.compare(0, s.size(), s) == 0; };
    if (opens("To contact ") || opens("((") || (opens("(") && opens_credit(rest)))
        return true;
    if (!after_sentence)
        return false;
    constexpr std::size_t sentence_reach = 320; // a contributor sentence naming several people
    const char lead = rest[0];
    const bool story_number = opens("<ID:") || (lead == 'n' && rest.size() > 1 && is_ascii_upper(rest[1]));
    return lead == '(' || lead == '-' || story_number || opens("\xC2\xA9") || opens("\xE2\x80\x94")
           || (is_ascii_upper(lead)
               && (opens("Copyright") || opens("Keywords:") || opens("Write to ") || opens("Editor")
                   || opens("With assistance")
                   || grammar::match_prefix(rest.data(), rest.data() + rest.size(),
                                            grammar::credits_parts::role_start)
                   || says_contributed(rest.substr(0, sentence_reach))));
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
        for (std::size_t at = piece; run_on && at < content_end; ++at) {
            if (!is_line_blank(data[at]))
                continue;
            const std::size_t next = skip_blanks(text, at, content_end);
            if (opens_run_on_item(text.substr(next, content_end - next), ends_sentence(text, piece, at))) {
                out.lines[total++ % footer_reach] = {piece, at};
                piece = next;
            }
            at = next - 1;
        }
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
    std::array<std::size_t, footer_item_lines> starts_{};
    std::array<std::size_t, footer_item_lines> origins_{};
    std::size_t lines_ = 0;
};

// ------------------------------------------------------------------ recognising items
/// Which footer lines may be recognised where.
struct footer_context {
    bool story_end = false; ///< only closing furniture follows: sign-offs and "More" are allowed
    /// The end of a story, not the header stage: furniture (rules, end marks, trailers, links) is
    /// recognised, and items may start inside a line (`opens_run_on_item`).
    bool furniture = true;
};

/// What the header stage recognises: footer lines, not the furniture that only closes a story.
inline constexpr footer_context header_footer_context{true, false};

/// Bloomberg's "--With assistance from A. Editors: B, C": where the contributors end (before the period)
/// and where the editors begin; both nullptr when the line has no editors.
struct editors_tail {
    grammar::iterator contributors_end = nullptr;
    grammar::iterator editors = nullptr;

    editors_tail(grammar::iterator first, grammar::iterator last) noexcept {
        const std::string_view line(first, static_cast<std::size_t>(last - first));
        for (const std::string_view mark : {std::string_view(". Editors:"), std::string_view(". Editor:"),
                                            std::string_view("; Editors:"), std::string_view("; Editor:")}) {
            const std::size_t at = line.find(mark);
            if (at != std::string_view::npos) {
                contributors_end = first + at;
                editors = first + at + 2;
                return;
            }
        }
    }
};

/// Where the sign-off of a line ends and nothing but transmission noise ("^M") follows; nullptr when
/// the line is not a sign-off.
inline grammar::iterator signoff_end(grammar::iterator first, grammar::iterator last) noexcept {
    const grammar::iterator stop = grammar::match_prefix(first, last, grammar::signoff_line);
    if (stop == nullptr)
        return nullptr;
    grammar::iterator rest = stop;
    if (last - rest >= 2 && rest[0] == '^' && rest[1] == 'M')
        rest += 2;
    while (rest != last && is_line_blank(*rest))
        ++rest;
    return rest == last ? stop : nullptr;
}

/// What footer item the whole of [first, last) is, if any.
inline footer_kind footer_item_kind(grammar::iterator first, grammar::iterator last,
                                    footer_context context) noexcept {
    if (first == last)
        return footer_kind::none;
    // Sign-offs start "R", "r", "E", "e" or with staff initials; copyright notices with "©", "(c)", "c",
    // "C"; contact lines with "To" or "Write".
    const char lead = *first;
    const bool lower_case = lead >= 'a' && lead <= 'z';
    constexpr std::ptrdiff_t longest_signoff = 32;
    if (context.story_end && last - first <= longest_signoff && (lower_case || lead == 'R' || lead == 'E')
        && signoff_end(first, last))
        return footer_kind::signoff;
    if (grammar::copyright_parts::opens_notice(lead)) {
        if (grammar::copyright_fields f; grammar::parse_prefix(first, last, grammar::copyright, f))
            return footer_kind::copyright;
    }
    if (lead == 'T' || lead == 't' || lead == 'W') {
        if (grammar::contacts_fields f; grammar::parse_prefix(first, last, grammar::contacts, f))
            return footer_kind::contacts;
    }
    const std::string_view item(first, static_cast<std::size_t>(last - first));
    if (mentions_contribution(item)) {
        const editors_tail tail(first, last);
        grammar::contributors_fields f;
        if (grammar::parse_prefix(first, tail.editors ? tail.contributors_end : last, grammar::contributors,
                                  f)) {
            grammar::credits_fields editors;
            if (!tail.editors || grammar::parse_prefix(tail.editors, last, grammar::credits, editors))
                return footer_kind::contributors;
        }
    }
    if (opens_credit(item)) {
        grammar::credits_fields f;
        if (grammar::parse_prefix(first, last, grammar::credits, f))
            return footer_kind::credits;
    }
    if (grammar::match_prefix(first, last, grammar::boilerplate_line))
        return footer_kind::boilerplate;
    if (context.furniture && grammar::match_prefix(first, last, grammar::footer_furniture))
        return footer_kind::boilerplate;
    // A link has a colon ("http://", "Online: www…") or starts "www.".
    const bool link =
        std::memchr(first, ':', static_cast<std::size_t>(last - first)) != nullptr || lead == 'w';
    if (context.furniture && link && grammar::match_prefix(first, last, grammar::link_line))
        return footer_kind::boilerplate;
    if (context.furniture && context.story_end
        && grammar::match_prefix(first, last, grammar::continuation_line))
        return footer_kind::boilerplate;
    return footer_kind::none;
}

/// How the lines of a block divide into footer items: `next[i]` is the line after the item that starts at
/// line i, or 0 when no sequence of items runs from line i to the end.
struct footer_plan {
    block_lines lines;
    std::array<std::uint8_t, footer_reach + 1> next{};
    std::array<footer_kind, footer_reach + 1> kinds{};
    std::array<bool, footer_reach + 1> closing{}; ///< only closing furniture from line i on

    bool items_from(std::size_t i) const noexcept { return i == lines.count || next[i] != 0; }
};

/// Plans the footer items of [begin, end): from the last line back, each line starts an item whose
/// lines (as few as will do) are followed by more items up to the end.
inline void plan_footer(std::string_view text, std::size_t begin, std::size_t end, footer_context context,
                        footer_plan& plan) noexcept {
    read_block_lines(text, begin, end, context.furniture, plan.lines);
    const std::size_t count = plan.lines.count;
    plan.next[count] = 0;
    plan.closing[count] = context.story_end;
    footer_region region;
    std::size_t items_after = count; // the first line after i from which items run to the end
    for (std::size_t i = count; i-- > 0;) {
        plan.next[i] = 0;
        plan.kinds[i] = footer_kind::none;
        plan.closing[i] = false;
        if (items_after - i > footer_item_lines)
            continue; // no item starting here could reach lines that are followed by items
        region.clear();
        for (std::size_t j = i; j < count && j < i + footer_item_lines; ++j) {
            if (!region.append(text, plan.lines.lines[j]))
                break;
            if (!plan.items_from(j + 1))
                continue;
            footer_context here = context;
            here.story_end = plan.closing[j + 1];
            const footer_kind kind = footer_item_kind(region.first(), region.last(), here);
            if (kind != footer_kind::none) {
                plan.next[i] = static_cast<std::uint8_t>(j + 1);
                plan.kinds[i] = kind;
                plan.closing[i] = is_closing(kind) && plan.closing[j + 1];
                items_after = i;
                break;
            }
        }
    }
}

/// The plans of the last few regions planned, so that each is made once: the engine asks for the plan of
/// the same block when it finds the footer, when it reports it and when it emits its items.
class footer_planner {
public:
    const footer_plan& plan(std::string_view text, std::size_t begin, std::size_t end,
                            footer_context context) noexcept {
        for (entry& e : entries_)
            if (e.used && e.begin == begin && e.end == end && e.context.story_end == context.story_end
                && e.context.furniture == context.furniture)
                return e.plan;
        entry& e = entries_[next_];
        next_ = (next_ + 1) % entries_.size();
        e.used = true;
        e.begin = begin;
        e.end = end;
        e.context = context;
        plan_footer(text, begin, end, context, e.plan);
        return e.plan;
    }

private:
    struct entry {
        bool used = false;
        std::size_t begin = 0;
        std::size_t end = 0;
        footer_context context;
        footer_plan plan;
    };
    std::array<entry, 2> entries_;
    std::size_t next_ = 0;
};

/// Items that no body sentence reads as: a contact introduction ("To contact the reporter on this
/// story:") and a credit in parentheses. Where scraped copy runs one on after the last paragraph, on its
/// line, the paragraph may have lost its period ("… .SPX> (Additional reporting by A)"); on a line of its
/// own after an unfinished sentence, it is that sentence wrapped.
inline bool runs_on_unmistakably(std::string_view text, const text_line& before, const text_line& item,
                                 footer_kind kind) noexcept {
    const std::string_view between = text.substr(before.end, item.begin - before.end);
    return (kind == footer_kind::contacts || (kind == footer_kind::credits && text[item.begin] == '('))
           && between.find_first_of("\r\n") == std::string_view::npos;
}

/// Where the footer lines at the end of block [begin, end) start: `begin` when the whole block is
/// footer (only if `whole` allows it), `end` when it has none. `closing` says whether only closing
/// furniture follows the block; `kind` receives the kind of the first footer item that is not closing
/// furniture, or `none`.
inline std::size_t footer_start(footer_planner& planner, std::string_view text, std::size_t begin,
                                std::size_t end, bool closing, bool whole, footer_kind& kind) noexcept {
    const footer_plan& plan = planner.plan(text, begin, end, footer_context{closing, true});
    const block_lines& lines = plan.lines;
    kind = footer_kind::none;
    for (std::size_t i = 0; i < lines.count; ++i) {
        if (plan.next[i] == 0)
            continue;
        const bool anchored =
            i == 0 ? lines.complete && whole
                   : ends_sentence(text, lines.lines[i - 1].begin, lines.lines[i - 1].end)
                         || runs_on_unmistakably(text, lines.lines[i - 1], lines.lines[i], plan.kinds[i]);
        if (!anchored)
            continue;
        for (std::size_t k = i; k < lines.count && kind == footer_kind::none; k = plan.next[k])
            if (!is_closing(plan.kinds[k]))
                kind = plan.kinds[k];
        return i == 0 ? begin : lines.lines[i].begin;
    }
    return end;
}

/// What footer block `b` is, if it is all footer lines: the kind of its first item. (The header stage
/// asks this of the first blocks of a story; it leaves out the furniture that only closes a story.)
inline footer_kind classify_footer_block(footer_planner& planner, std::string_view text,
                                         const block& b) noexcept {
    const footer_plan& plan = planner.plan(text, b.begin, b.end, header_footer_context);
    return plan.lines.complete && plan.next[0] != 0 ? plan.kinds[0] : footer_kind::none;
}

/// Where a sign-off closes the last line of a block ("… per tonne. REUTER"): the sign-off's start, or
/// `b.end` when there is none. A block that is nothing but the sign-off is classified as one instead.
inline std::size_t trailing_signoff(std::string_view text, const block& b) noexcept {
    std::size_t start = b.end;
    while (start > b.last_line_begin && !is_ascii_space(text[start - 1]))
        --start;
    if (start == b.begin || start == b.end)
        return b.end;
    if (signoff_end(text.data() + start, text.data() + b.end) == nullptr)
        return b.end;
    // Only after the end of a sentence: "… told\nReuters." is the body naming its source.
    return ends_sentence(text, b.begin, trim_blanks_back(text, b.begin, start)) ? start : b.end;
}

// ------------------------------------------------------------------ what the items say
/// The role of a credit from its wording, by its first role word: "Additional reporting" →
/// additional_reporting, "Writing and editing" → writing, "Editors" → editing.
inline credit_role credit_role_of(std::string_view role) noexcept {
    const auto starts = [&](std::size_t at, std::string_view word) {
        if (at + word.size() > role.size())
            return false;
        for (std::size_t k = 0; k < word.size(); ++k)
            if ((role[at + k] | 0x20) != word[k])
                return false;
        return true;
    };
    bool additional = false;
    for (std::size_t at = 0; at < role.size(); ++at) {
        if (at > 0 && is_ascii_alpha(role[at - 1]))
            continue; // only word starts
        if (starts(at, "additional") || starts(at, "extra") || starts(at, "further")) {
            additional = true;
            continue;
        }
        if (starts(at, "report"))
            return additional ? credit_role::additional_reporting : credit_role::reporting;
        if (starts(at, "writ"))
            return credit_role::writing;
        if (starts(at, "edit"))
            return credit_role::editing;
        if (starts(at, "compil"))
            return credit_role::compiled;
        if (!starts(at, "and") && !starts(at, "with"))
            return credit_role::other;
    }
    return credit_role::other;
}

/// The wire a copyright holder or a news organisation names, for `styles::any`.
inline wire wire_of_holder(std::string_view holder) noexcept {
    const auto has = [&](std::string_view s) { return holder.find(s) != std::string_view::npos; };
    if (has("Bloomberg"))
        return wire::bloomberg;
    if (has("Associated Press") || holder == "AP")
        return wire::ap;
    if (has("Reuter"))
        return wire::reuters;
    if (has("Agence France") || holder == "AFP")
        return wire::afp;
    if (has("N.Y. Times") || has("New York Times") || holder == "NYT")
        return wire::nyt;
    if (holder == "CNN")
        return wire::cnn;
    if (has("United Press International") || holder == "UPI")
        return wire::upi;
    if (has("Xinhua"))
        return wire::xinhua;
    if (has("Canadian Press"))
        return wire::canadian_press;
    return wire::unknown;
}

/// The wire a sign-off belongs to: "Reuter" → reuters, "Enditem" → xinhua, staff initials → afp.
inline wire wire_of_signoff(std::string_view signoff) noexcept {
    if (signoff.empty())
        return wire::unknown;
    const char first = static_cast<char>(signoff[0] | 0x20);
    return first == 'r' && signoff.size() >= 6 && (signoff[1] | 0x20) == 'e' ? wire::reuters
           : first == 'e' && signoff.size() >= 7                             ? wire::xinhua
                                                                             : wire::afp;
}

/// The wire a boilerplate line points to, if it names one.
inline wire wire_of_boilerplate(std::string_view line) noexcept {
    const auto has = [&](std::string_view s) { return line.find(s) != std::string_view::npos; };
    if (has("Reuters Trust Principles") || has("reuters.com/fulllegal"))
        return wire::reuters;
    if (has("bloomberg.com") || has("Bloomberg Terminal") || has("most trusted business news"))
        return wire::bloomberg;
    if (has("Times News Service") || line.rfind("NYT-", 0) == 0)
        return wire::nyt;
    if (line.rfind("AP-", 0) == 0) // the transmission trailer "AP-NY-06-02-98 1742EDT"
        return wire::ap;
    return wire::unknown;
}

/// A location that closes its sentence loses the sentence's period: "in Washington." → "Washington", also
/// where another sentence follows ("in New York. Editing by B"); abbreviations keep theirs ("D.C.", "Omaha,
/// Neb.").
inline std::optional<span> without_sentence_period(std::string_view text, std::optional<span> place,
                                                   std::size_t item_end) noexcept {
    if (!place || place->size() < 2 || place->text.back() != '.')
        return place;
    std::size_t after = place->end;
    while (after < item_end && (is_ascii_space(text[after]) || text[after] == ')'))
        ++after;
    const std::size_t word = place->text.find_last_of(" /");
    const std::string_view last_word =
        word == std::string_view::npos ? place->text : place->text.substr(word + 1);
    const grammar::iterator last = last_word.data() + last_word.size();
    if ((after < item_end && !is_ascii_upper(text[after])) || last_word.find('.') + 1 != last_word.size()
        || grammar::match_prefix(last_word.data(), last, grammar::regions) == last)
        return place;
    return make_span(text, place->begin, place->end - 1);
}

// ------------------------------------------------------------------ reporting items
/// Reports the credits of a credits parse as credit events.
template <class Handler>
void emit_credits(const grammar::credits_fields& f, const footer_region& region, std::string_view text,
                  std::size_t item_end, Handler& handler) {
    if constexpr (wants<Handler, credit_event>) {
        std::array<person, 48> names{};
        for (std::size_t i = 0; i < f.names.count; ++i) {
            names[i] = part_from<person>(region.to_span(text, f.names.people[i].name));
            names[i].location = without_sentence_period(
                text, region.optional_span(text, f.names.people[i].location), item_end);
        }
        for (std::size_t i = 0; i < f.count; ++i) {
            const grammar::credit_fields& c = f.credits[i];
            if (c.count == 0)
                continue;
            credit_event credit{};
            const person& last_name = names[c.first + c.count - 1];
            const std::size_t end = last_name.location ? last_name.location->end : last_name.end;
            credit.role_text = region.to_span(text, c.role);
            static_cast<span&>(credit) = make_span(text, credit.role_text.begin, end);
            credit.role = credit_role_of(c.role);
            credit.names = view<person>(names.data() + c.first, c.count);
            handler(static_cast<const credit_event&>(credit));
        }
    }
}

/// What a story has reported already. A story has one copyright and one sign-off: a repeated one is
/// reported as boilerplate, so that the events and the document agree.
struct footer_seen {
    bool copyright = false;
    bool signoff = false;
};

/// Reports the parts of the footer item in `region` (of kind `kind`) to `handler`; returns the wire they
/// point to.
template <class Handler>
wire emit_footer_item(footer_kind kind, const footer_region& region, std::string_view text, footer_seen& seen,
                      Handler& handler) {
    if ((kind == footer_kind::copyright && seen.copyright) || (kind == footer_kind::signoff && seen.signoff))
        kind = footer_kind::boilerplate;
    seen.copyright = seen.copyright || kind == footer_kind::copyright;
    seen.signoff = seen.signoff || kind == footer_kind::signoff;
    const grammar::iterator first = region.first();
    const grammar::iterator last = region.last();
    const span whole = region.to_span(text, region.view());
    switch (kind) {
    case footer_kind::signoff: {
        const grammar::iterator stop = signoff_end(first, last);
        const span s = region.to_span(text, std::string_view(first, static_cast<std::size_t>(stop - first)));
        emit(handler, part_from<signoff>(s));
        return wire_of_signoff(s.text);
    }
    case footer_kind::boilerplate:
        emit(handler, part_from<boilerplate>(whole));
        return wire_of_boilerplate(region.view());
    case footer_kind::copyright: {
        grammar::copyright_fields f;
        const grammar::iterator stop = grammar::parse_prefix(first, last, grammar::copyright, f);
        copyright notice{};
        static_cast<span&>(notice) =
            region.to_span(text, std::string_view(first, static_cast<std::size_t>(stop - first)));
        if (f.year != 0)
            notice.year = static_cast<int>(f.year);
        notice.holder = region.optional_span(text, f.holder);
        emit(handler, notice);
        // "Copyright 2019 The Associated Press. All rights reserved. …": the rest is boilerplate.
        grammar::iterator rest = stop;
        while (rest < last && (*rest == '.' || *rest == ',' || is_ascii_space(*rest)))
            ++rest;
        if (rest < last)
            emit(handler, part_from<boilerplate>(region.to_span(
                              text, std::string_view(rest, static_cast<std::size_t>(last - rest)))));
        return wire_of_holder(f.holder);
    }
    case footer_kind::contacts: {
        grammar::contacts_fields f;
        grammar::parse_prefix(first, last, grammar::contacts, f);
        for (std::size_t i = 0; i < f.count; ++i) {
            const grammar::contact_fields& c = f.contacts[i];
            contact entry{};
            entry.name = region.to_span(text, c.name);
            entry.location = without_sentence_period(text, region.optional_span(text, c.location), whole.end);
            entry.email = region.optional_span(text, c.email);
            std::size_t end = entry.name.end;
            for (const std::optional<span>& part : {entry.location, entry.email})
                if (part)
                    end = std::max(end, part->end);
            static_cast<span&>(entry) = make_span(text, entry.name.begin, end);
            entry.role = f.role;
            emit(handler, entry);
        }
        return wire::bloomberg;
    }
    case footer_kind::contributors: {
        const editors_tail tail(first, last);
        grammar::contributors_fields f;
        grammar::parse_prefix(first, tail.editors ? tail.contributors_end : last, grammar::contributors, f);
        for (std::size_t i = 0; i < f.people.count; ++i) {
            contributor who{};
            static_cast<span&>(who) = region.to_span(text, f.people.people[i].name);
            who.location = without_sentence_period(
                text, region.optional_span(text, f.people.people[i].location), whole.end);
            emit(handler, who);
        }
        if (tail.editors) {
            grammar::credits_fields editors;
            grammar::parse_prefix(tail.editors, last, grammar::credits, editors);
            emit_credits(editors, region, text, whole.end, handler);
        }
        if (!f.outlet.empty())
            return wire_of_holder(f.outlet);
        // "--With assistance from …" is Bloomberg's.
        return region.view().find("ssistance") != std::string_view::npos ? wire::bloomberg : wire::unknown;
    }
    case footer_kind::credits: {
        grammar::credits_fields f;
        grammar::parse_prefix(first, last, grammar::credits, f);
        emit_credits(f, region, text, whole.end, handler);
        // "--Editors: …" is Bloomberg's; "(Reporting by …; Editing by …)" is Reuters'.
        return f.count > 0 && f.credits[0].role.rfind("Editor", 0) == 0 ? wire::bloomberg : wire::reuters;
    }
    case footer_kind::none:
    case footer_kind::masthead:
        break;
    }
    return wire::unknown;
}

/// Reports the footer items of [begin, end) (all of it footer lines, as `footer_start` or
/// `classify_footer_block` found in the same `context`) to `handler`; returns the first wire they point to.
template <class Handler>
wire emit_footer(footer_planner& planner, std::string_view text, std::size_t begin, std::size_t end,
                 footer_context context, footer_seen& seen, Handler& handler) {
    const footer_plan& plan = planner.plan(text, begin, end, context);
    wire evidence = wire::unknown;
    footer_region region;
    for (std::size_t i = 0; i < plan.lines.count && plan.next[i] != 0; i = plan.next[i]) {
        region.clear();
        for (std::size_t j = i; j < plan.next[i]; ++j)
            region.append(text, plan.lines.lines[j]);
        const wire w = emit_footer_item(plan.kinds[i], region, text, seen, handler);
        if (evidence == wire::unknown)
            evidence = w;
    }
    return evidence;
}

} // namespace wirecopy::detail
