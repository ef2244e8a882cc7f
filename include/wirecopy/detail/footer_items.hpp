// Footer items: what an item is (a sign-off, a copyright notice, contact lines, contributors, credits,
// boilerplate), read by its grammar once, and what it says, kept as spans of the input in a fixed store so
// that reporting it parses nothing again.
#pragma once

#include <wirecopy/detail/footer_lines.hpp>
#include <wirecopy/detail/grammar/contacts.hpp>
#include <wirecopy/detail/grammar/contributors.hpp>
#include <wirecopy/detail/grammar/copyright.hpp>
#include <wirecopy/detail/grammar/credits.hpp>
#include <wirecopy/detail/grammar/furniture.hpp>
#include <wirecopy/detail/scratch.hpp>
#include <wirecopy/detail/spans.hpp>
#include <wirecopy/document.hpp>

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
        const span whole = covered();
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
    /// The input the item covers: asked for only once an item is read, as most attempts read none.
    span covered() const noexcept { return region_.to_span(text_, region_.view()); }
    bool field(footer_field_tag tag, const span& s) noexcept { return fields_.add(tag, s); }
    /// A place that closes its sentence, without the sentence's period.
    bool place(const std::optional<span>& location) noexcept {
        return fields_.add(footer_field_tag::location,
                           without_sentence_period(text_, location, covered().end));
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
    if (grammar::match_prefix(first, last, grammar::credits_parts::opening) != nullptr
        && opens_credit(item)) {
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

} // namespace wirecopy::detail
