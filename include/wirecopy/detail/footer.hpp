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
#include <wirecopy/detail/scratch.hpp>
#include <wirecopy/detail/spans.hpp>
#include <wirecopy/events.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <optional>

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

// ------------------------------------------------------------------ items as found
/// What a field of a footer item is. An item's fields are kept in reading order, so that the events
/// are made by replaying them: a credit's role, then its names, each with its place.
enum class footer_field_tag : unsigned char {
    signoff,
    notice,      ///< the copyright notice proper
    holder,      ///< its holder
    notice_rest, ///< what follows the notice on its line: boilerplate
    contact,     ///< a contact's name; its place and address follow
    name,        ///< a contributor's or a credit's name
    location,    ///< the place of the contact or name before it
    email,       ///< the address of the contact before it
    credit       ///< a credit's role as written; its names follow
};

/// A field of a footer item: [begin, end) of the input.
struct footer_field {
    std::size_t begin;
    std::size_t end;
    footer_field_tag tag;
    credit_role role; ///< of a `credit`
};

/// The fields of a story's footer items, each item's in one run. Fixed capacity, so that reading
/// allocates nothing: an item whose fields do not fit is not read as one.
class footer_fields {
public:
    static constexpr std::size_t capacity = 1024;

    std::size_t size() const noexcept { return size_; }
    const footer_field& operator[](std::size_t i) const noexcept { return fields_[i]; }

    /// Appends a field; false when it does not fit.
    bool add(footer_field_tag tag, const span& s, credit_role role = credit_role::other) noexcept {
        if (size_ == capacity)
            return false;
        fields_[size_++] = footer_field{s.begin, s.end, tag, role};
        return true;
    }
    bool add(footer_field_tag tag, const std::optional<span>& s) noexcept { return !s || add(tag, *s); }

    /// Forgets the fields from `size` on (an item that did not fit, after all).
    void truncate(std::size_t size) noexcept { size_ = size; }

private:
    scratch_array<footer_field, capacity> fields_;
    std::size_t size_ = 0;
};

/// A footer item as found: its kind, the input it covers, its fields and the wire it points to.
struct footer_item {
    footer_kind kind = footer_kind::none;
    std::size_t begin = 0; ///< the item's first byte
    std::size_t end = 0;
    std::size_t first_field = 0;
    std::size_t field_count = 0;
    unsigned year = 0; ///< of a copyright notice; 0 when it names none
    contact_role contacts_role = contact_role::reporter;
    wire evidence = wire::unknown;                ///< the wire the item points to
    wire evidence_as_boilerplate = wire::unknown; ///< …if it is reported as boilerplate
};

/// Takes what the grammars found in an item into `footer_fields`, as input spans.
class footer_item_taker {
public:
    footer_item_taker(std::string_view text, const footer_region& region, footer_fields& fields,
                      footer_item& item) noexcept
        : text_(text), region_(region), fields_(fields), item_(item), first_(fields.size()) {}

    bool signoff(grammar::iterator stop) noexcept {
        const span s = region_.to_span(text_, part(region_.first(), stop));
        item_.evidence = wire_of_signoff(s.text);
        return field(footer_field_tag::signoff, s);
    }

    bool copyright(const grammar::copyright_fields& f, grammar::iterator stop) noexcept {
        item_.year = f.year;
        item_.evidence = wire_of_holder(f.holder);
        // "Copyright 2019 The Associated Press. All rights reserved. …": the rest is boilerplate.
        grammar::iterator rest = stop;
        while (rest < region_.last() && (*rest == '.' || *rest == ',' || is_ascii_space(*rest)))
            ++rest;
        return field(footer_field_tag::notice, region_.to_span(text_, part(region_.first(), stop)))
               && fields_.add(footer_field_tag::holder, region_.optional_span(text_, f.holder))
               && (rest == region_.last()
                   || field(footer_field_tag::notice_rest,
                            region_.to_span(text_, part(rest, region_.last()))));
    }

    bool contacts(const grammar::contacts_fields& f) noexcept {
        item_.contacts_role = f.role;
        item_.evidence = wire::bloomberg;
        for (std::size_t i = 0; i < f.count; ++i) {
            const grammar::contact_fields& c = f.contacts[i];
            if (!field(footer_field_tag::contact, region_.to_span(text_, c.name))
                || !place(region_.optional_span(text_, c.location))
                || !fields_.add(footer_field_tag::email, region_.optional_span(text_, c.email)))
                return false;
        }
        return true;
    }

    bool contributors(const grammar::contributors_fields& f,
                      const grammar::credits_fields* editors) noexcept {
        // "--With assistance from …" is Bloomberg's.
        item_.evidence = !f.outlet.empty() ? wire_of_holder(f.outlet)
                         : region_.view().find("ssistance") != std::string_view::npos ? wire::bloomberg
                                                                                      : wire::unknown;
        return people(f.people.people.data(), f.people.count)
               && (editors == nullptr || credit_list(*editors));
    }

    bool credits(const grammar::credits_fields& f) noexcept {
        // "--Editors: …" is Bloomberg's; "(Reporting by …; Editing by …)" is Reuters'.
        item_.evidence =
            f.count > 0 && f.credits[0].role.rfind("Editor", 0) == 0 ? wire::bloomberg : wire::reuters;
        return credit_list(f);
    }

    bool boilerplate() noexcept { return true; }

    /// Ends the item's fields: false, with none of them kept, when they did not all fit.
    bool finish(bool taken) noexcept {
        if (!taken) {
            fields_.truncate(first_);
            return false;
        }
        const span whole = region_.to_span(text_, region_.view());
        item_.begin = whole.begin;
        item_.end = whole.end;
        item_.first_field = first_;
        item_.field_count = fields_.size() - first_;
        item_.evidence_as_boilerplate = wire_of_boilerplate(region_.view());
        return true;
    }

private:
    static std::string_view part(grammar::iterator first, grammar::iterator last) noexcept {
        return {first, static_cast<std::size_t>(last - first)};
    }
    bool field(footer_field_tag tag, const span& s) noexcept { return fields_.add(tag, s); }
    /// A place that closes its sentence, without the sentence's period.
    bool place(const std::optional<span>& location) noexcept {
        return fields_.add(
            footer_field_tag::location,
            without_sentence_period(text_, location, region_.to_span(text_, region_.view()).end));
    }
    bool people(const grammar::person_fields* list, std::size_t count) noexcept {
        for (std::size_t i = 0; i < count; ++i)
            if (!field(footer_field_tag::name, region_.to_span(text_, list[i].name))
                || !place(region_.optional_span(text_, list[i].location)))
                return false;
        return true;
    }
    bool credit_list(const grammar::credits_fields& f) noexcept {
        for (std::size_t i = 0; i < f.count; ++i) {
            const grammar::credit_fields& c = f.credits[i];
            if (c.count == 0)
                continue;
            if (!fields_.add(footer_field_tag::credit, region_.to_span(text_, c.role), credit_role_of(c.role))
                || !people(f.names.people.data() + c.first, c.count))
                return false;
        }
        return true;
    }

    std::string_view text_;
    const footer_region& region_;
    footer_fields& fields_;
    footer_item& item_;
    std::size_t first_;
};

/// Tells only the kind of an item (the header stage asks whether a line is a footer line).
struct footer_kind_only {
    bool signoff(grammar::iterator) const noexcept { return true; }
    bool copyright(const grammar::copyright_fields&, grammar::iterator) const noexcept { return true; }
    bool contacts(const grammar::contacts_fields&) const noexcept { return true; }
    bool contributors(const grammar::contributors_fields&, const grammar::credits_fields*) const noexcept {
        return true;
    }
    bool credits(const grammar::credits_fields&) const noexcept { return true; }
    bool boilerplate() const noexcept { return true; }
    bool finish(bool taken) const noexcept { return taken; }
};

/// What footer item the whole of [first, last) is, if any, with its fields given to `taker`.
template <class Taker>
footer_kind footer_item_of(grammar::iterator first, grammar::iterator last, footer_context context,
                           Taker& taker) noexcept {
    if (first == last)
        return footer_kind::none;
    const auto taken = [](bool ok, footer_kind kind) { return ok ? kind : footer_kind::none; };
    // Sign-offs start "R", "r", "E", "e" or with staff initials; copyright notices with "©", "(c)", "c",
    // "C"; contact lines with "To" or "Write".
    const char lead = *first;
    const bool lower_case = lead >= 'a' && lead <= 'z';
    constexpr std::ptrdiff_t longest_signoff = 32;
    if (context.story_end && last - first <= longest_signoff && (lower_case || lead == 'R' || lead == 'E'))
        if (const grammar::iterator stop = signoff_end(first, last))
            return taken(taker.signoff(stop), footer_kind::signoff);
    if (grammar::copyright_parts::opens_notice(lead)) {
        grammar::copyright_fields f;
        if (const grammar::iterator stop = grammar::parse_prefix(first, last, grammar::copyright, f))
            return taken(taker.copyright(f, stop), footer_kind::copyright);
    }
    if (lead == 'T' || lead == 't' || lead == 'W') {
        if (grammar::contacts_fields f; grammar::parse_prefix(first, last, grammar::contacts, f))
            return taken(taker.contacts(f), footer_kind::contacts);
    }
    const std::string_view item(first, static_cast<std::size_t>(last - first));
    if (mentions_contribution(item)) {
        const editors_tail tail(first, last);
        grammar::contributors_fields f;
        if (grammar::parse_prefix(first, tail.editors ? tail.contributors_end : last, grammar::contributors,
                                  f)) {
            if (!tail.editors)
                return taken(taker.contributors(f, nullptr), footer_kind::contributors);
            if (grammar::credits_fields editors;
                grammar::parse_prefix(tail.editors, last, grammar::credits, editors))
                return taken(taker.contributors(f, &editors), footer_kind::contributors);
        }
    }
    if (opens_credit(item)) {
        if (grammar::credits_fields f; grammar::parse_prefix(first, last, grammar::credits, f))
            return taken(taker.credits(f), footer_kind::credits);
    }
    if (grammar::match_prefix(first, last, grammar::boilerplate_line))
        return taken(taker.boilerplate(), footer_kind::boilerplate);
    if (context.furniture && grammar::match_prefix(first, last, grammar::footer_furniture))
        return taken(taker.boilerplate(), footer_kind::boilerplate);
    // A link has a colon ("http://", "Online: www…") or starts "www.".
    const bool link =
        std::memchr(first, ':', static_cast<std::size_t>(last - first)) != nullptr || lead == 'w';
    if (context.furniture && link && grammar::match_prefix(first, last, grammar::link_line))
        return taken(taker.boilerplate(), footer_kind::boilerplate);
    if (context.furniture && context.story_end
        && grammar::match_prefix(first, last, grammar::continuation_line))
        return taken(taker.boilerplate(), footer_kind::boilerplate);
    return footer_kind::none;
}

/// Reads the footer item that the whole of [first, last) is, if any: its fields go to `taker`, which may
/// refuse the item (then it is none).
template <class Taker>
footer_kind read_footer_item(grammar::iterator first, grammar::iterator last, footer_context context,
                             Taker& taker) noexcept {
    const footer_kind kind = footer_item_of(first, last, context, taker);
    return taker.finish(kind != footer_kind::none) ? kind : footer_kind::none;
}

/// What footer item the whole of [first, last) is, if any, without its fields.
inline footer_kind footer_item_kind(grammar::iterator first, grammar::iterator last,
                                    footer_context context) noexcept {
    footer_kind_only kind_only;
    return read_footer_item(first, last, context, kind_only);
}

// ------------------------------------------------------------------ the footer of a block
/// How the lines of a block divide into footer items: `next[i]` is the line after the item that starts at
/// line i, `items[i]` that item, or `next[i]` is 0 when no sequence of items runs from line i to the end.
struct footer_plan {
    block_lines lines;
    std::array<std::uint8_t, footer_reach + 1> next{};
    scratch_array<footer_item, footer_reach + 1> items; ///< set where `next` is not 0
    std::array<bool, footer_reach + 1> closing{};       ///< only closing furniture from line i on

    bool items_from(std::size_t i) const noexcept { return i == lines.count || next[i] != 0; }
};

/// Plans the footer items of [begin, end): from the last line back, each line starts an item whose
/// lines (as few as will do) are followed by more items up to the end. The items' fields go to `fields`.
inline void plan_footer(std::string_view text, std::size_t begin, std::size_t end, footer_context context,
                        footer_plan& plan, footer_fields& fields) noexcept {
    read_block_lines(text, begin, end, context.furniture, plan.lines);
    const std::size_t count = plan.lines.count;
    plan.next[count] = 0;
    plan.closing[count] = context.story_end;
    footer_region region;
    std::size_t items_after = count; // the first line after i from which items run to the end
    for (std::size_t i = count; i-- > 0;) {
        plan.next[i] = 0;
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
            footer_item item;
            footer_item_taker taker(text, region, fields, item);
            item.kind = read_footer_item(region.first(), region.last(), here, taker);
            if (item.kind != footer_kind::none) {
                plan.next[i] = static_cast<std::uint8_t>(j + 1);
                plan.items[i] = item;
                plan.closing[i] = is_closing(item.kind) && plan.closing[j + 1];
                items_after = i;
                break;
            }
        }
    }
}

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

/// The line of `plan` where the footer lines at the end of its block start: 0 when the whole block is
/// footer (only if `whole` allows it), `plan.lines.count` when it has none.
inline std::size_t footer_anchor(const footer_plan& plan, std::string_view text, bool whole) noexcept {
    const block_lines& lines = plan.lines;
    for (std::size_t i = 0; i < lines.count; ++i) {
        if (plan.next[i] == 0)
            continue;
        const bool anchored = i == 0 ? lines.complete && whole
                                     : ends_sentence(text, lines.lines[i - 1].begin, lines.lines[i - 1].end)
                                           || runs_on_unmistakably(text, lines.lines[i - 1], lines.lines[i],
                                                                   plan.items[i].kind);
        if (anchored)
            return i;
    }
    return lines.count;
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

// ------------------------------------------------------------------ reporting items
/// Replays the names and credits among fields [first, last) as contributor events (names before the
/// first credit) and credit events.
template <class Handler>
void emit_people(const footer_fields& fields, std::size_t first, std::size_t last, std::string_view text,
                 Handler& handler) {
    std::array<person, 48> names{}; // the current credit's
    std::size_t count = 0;
    std::optional<span> role_text;
    credit_role role = credit_role::other;
    contributor who{};
    bool has_who = false; // a contributor waits for its place
    const auto flush = [&] {
        if (has_who)
            emit(handler, who);
        has_who = false;
        if (!role_text || count == 0)
            return;
        if constexpr (wants<Handler, credit_event>) {
            credit_event credit{};
            const person& last_name = names[count - 1];
            credit.role_text = *role_text;
            static_cast<span&>(credit) = make_span(
                text, role_text->begin, last_name.location ? last_name.location->end : last_name.end);
            credit.role = role;
            credit.names = view<person>(names.data(), count);
            handler(static_cast<const credit_event&>(credit));
        }
        count = 0;
    };
    for (std::size_t i = first; i < last; ++i) {
        const footer_field& f = fields[i];
        const span s = make_span(text, f.begin, f.end);
        switch (f.tag) {
        case footer_field_tag::credit:
            flush();
            role_text = s;
            role = f.role;
            break;
        case footer_field_tag::name:
            if (!role_text) {
                flush();
                who = part_from<contributor>(s);
                has_who = true;
            } else if (count < names.size()) {
                names[count++] = part_from<person>(s);
            }
            break;
        case footer_field_tag::location:
            if (has_who)
                who.location = s;
            else if (count > 0)
                names[count - 1].location = s;
            break;
        default:
            break;
        }
    }
    flush();
}

/// Replays the contacts among fields [first, last) as contact events of role `role`.
template <class Handler>
void emit_contacts(const footer_fields& fields, std::size_t first, std::size_t last, contact_role role,
                   std::string_view text, Handler& handler) {
    contact entry{};
    bool has_entry = false; // a contact waits for its place and address
    const auto flush = [&] {
        if (!has_entry)
            return;
        std::size_t end = entry.name.end;
        for (const std::optional<span>& part : {entry.location, entry.email})
            if (part)
                end = std::max(end, part->end);
        static_cast<span&>(entry) = make_span(text, entry.name.begin, end);
        emit(handler, entry);
        has_entry = false;
    };
    for (std::size_t i = first; i < last; ++i) {
        const footer_field& f = fields[i];
        const span s = make_span(text, f.begin, f.end);
        if (f.tag == footer_field_tag::contact) {
            flush();
            entry = contact{};
            entry.role = role;
            entry.name = s;
            has_entry = true;
        } else if (has_entry && f.tag == footer_field_tag::location) {
            entry.location = s;
        } else if (has_entry && f.tag == footer_field_tag::email) {
            entry.email = s;
        }
    }
    flush();
}

/// What a story has reported already. A story has one copyright and one sign-off: a repeated one is
/// reported as boilerplate, so that the events and the document agree.
struct footer_seen {
    bool copyright = false;
    bool signoff = false;
};

/// Reports the parts of footer item `item` to `handler`; returns the wire they point to.
template <class Handler>
wire emit_footer_item(const footer_item& item, const footer_fields& fields, std::string_view text,
                      footer_seen& seen, Handler& handler) {
    footer_kind kind = item.kind;
    if ((kind == footer_kind::copyright && seen.copyright) || (kind == footer_kind::signoff && seen.signoff))
        kind = footer_kind::boilerplate;
    seen.copyright = seen.copyright || kind == footer_kind::copyright;
    seen.signoff = seen.signoff || kind == footer_kind::signoff;
    const std::size_t first = item.first_field;
    const std::size_t last = first + item.field_count;
    const auto field_span = [&](std::size_t i) { return make_span(text, fields[i].begin, fields[i].end); };
    switch (kind) {
    case footer_kind::signoff:
        emit(handler, part_from<signoff>(field_span(first)));
        return item.evidence;
    case footer_kind::boilerplate:
        emit(handler, part_from<boilerplate>(make_span(text, item.begin, item.end)));
        return item.evidence_as_boilerplate;
    case footer_kind::copyright: {
        copyright notice{};
        static_cast<span&>(notice) = field_span(first);
        if (item.year != 0)
            notice.year = static_cast<int>(item.year);
        std::optional<span> rest;
        for (std::size_t i = first + 1; i < last; ++i)
            (fields[i].tag == footer_field_tag::holder ? notice.holder : rest) = field_span(i);
        emit(handler, notice);
        if (rest)
            emit(handler, part_from<boilerplate>(*rest));
        return item.evidence;
    }
    case footer_kind::contacts:
        emit_contacts(fields, first, last, item.contacts_role, text, handler);
        return item.evidence;
    case footer_kind::contributors:
    case footer_kind::credits:
        emit_people(fields, first, last, text, handler);
        return item.evidence;
    case footer_kind::none:
    case footer_kind::masthead:
        break;
    }
    return wire::unknown;
}

/// Reports footer items [first, first + count) of `items`; returns the first wire they point to.
template <class Items, class Handler>
wire emit_footer(const Items& items, std::size_t first, std::size_t count, const footer_fields& fields,
                 std::string_view text, footer_seen& seen, Handler& handler) {
    wire evidence = wire::unknown;
    for (std::size_t i = first; i < first + count; ++i) {
        const wire w = emit_footer_item(items[i], fields, text, seen, handler);
        if (evidence == wire::unknown)
            evidence = w;
    }
    return evidence;
}

} // namespace wirecopy::detail
