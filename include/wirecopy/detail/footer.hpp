// The end of a story: sign-off, copyright, contact lines, contributors, credits and boilerplate.
//
// Footer recognition is anchored to the end of the story: the engine walks back from the last block while
// blocks are footer lines, so a body sentence that mentions "reporting by" is never taken for a footer.
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

namespace wirecopy::detail {

enum class footer_kind : unsigned char {
    none,
    signoff,
    copyright,
    contacts,
    contributors,
    credits,
    boilerplate
};

/// What footer line block `b` is, if any.
inline footer_kind classify_footer_block(std::string_view text, const block& b) noexcept {
    const grammar::iterator first = text.data() + b.begin;
    const grammar::iterator last = text.data() + b.end;
    if (grammar::match_prefix(first, last, grammar::signoff_line) == last)
        return footer_kind::signoff;
    if (grammar::copyright_fields f; grammar::parse_prefix(first, last, grammar::copyright, f))
        return footer_kind::copyright;
    if (grammar::contacts_fields f; grammar::parse_prefix(first, last, grammar::contacts, f))
        return footer_kind::contacts;
    if (grammar::contributors_fields f; grammar::parse_prefix(first, last, grammar::contributors, f))
        return footer_kind::contributors;
    if (grammar::credits_fields f; grammar::parse_prefix(first, last, grammar::credits, f))
        return footer_kind::credits;
    if (grammar::match_prefix(first, last, grammar::boilerplate_line))
        return footer_kind::boilerplate;
    return footer_kind::none;
}

/// Where a sign-off closes the last line of a block ("… per tonne. REUTER"): the sign-off's start, or
/// `b.end` when there is none. A block that is nothing but the sign-off is classified as one instead.
inline std::size_t trailing_signoff(std::string_view text, const block& b) noexcept {
    std::size_t start = b.end;
    while (start > b.last_line_begin && !is_ascii_space(text[start - 1]))
        --start;
    if (start == b.begin || start == b.end)
        return b.end;
    const grammar::iterator last = text.data() + b.end;
    if (grammar::match_prefix(text.data() + start, last, grammar::signoff_line) != last)
        return b.end;
    // Only after the end of a sentence: "… told\nReuters." is the body naming its source.
    const std::size_t before = trim_blanks_back(text, b.begin, start);
    const char previous = text[before - 1];
    return (previous == '.' || previous == ')' || previous == '"') ? start : b.end;
}

/// The role of a credit from its wording: "Additional reporting" → additional_reporting.
inline credit_role credit_role_of(std::string_view role) noexcept {
    const auto has = [&](std::string_view word) {
        for (std::size_t i = 0; i + word.size() <= role.size(); ++i) {
            std::size_t k = 0;
            while (k < word.size() && (role[i + k] | 0x20) == word[k])
                ++k;
            if (k == word.size())
                return true;
        }
        return false;
    };
    if (has("additional"))
        return credit_role::additional_reporting;
    if (has("report"))
        return credit_role::reporting;
    if (has("writ"))
        return credit_role::writing;
    if (has("edit"))
        return credit_role::editing;
    if (has("compil"))
        return credit_role::compiling;
    return credit_role::other;
}

/// The copyright holder's wire, for `styles::any`.
inline wire wire_of_holder(std::string_view holder) noexcept {
    if (holder.find("Bloomberg") != std::string_view::npos)
        return wire::bloomberg;
    if (holder.find("Associated Press") != std::string_view::npos)
        return wire::ap;
    if (holder.find("Reuter") != std::string_view::npos)
        return wire::reuters;
    if (holder.find("Agence France") != std::string_view::npos || holder == "AFP")
        return wire::afp;
    return wire::unknown;
}

/// Reports the parts of footer block `b` (of kind `kind`) to `handler`; returns the wire they point to.
template <class Handler>
wire emit_footer_block(footer_kind kind, std::string_view text, const block& b, Handler& handler) {
    const grammar::iterator first = text.data() + b.begin;
    const grammar::iterator last = text.data() + b.end;
    switch (kind) {
    case footer_kind::signoff:
        emit(handler, part_from<signoff>(make_span(text, b.begin, b.end)));
        return wire::reuters;
    case footer_kind::boilerplate:
        emit(handler, part_from<boilerplate>(make_span(text, b.begin, b.end)));
        return wire::unknown;
    case footer_kind::copyright: {
        grammar::copyright_fields f;
        const grammar::iterator stop = grammar::parse_prefix(first, last, grammar::copyright, f);
        copyright notice{};
        static_cast<span&>(notice) = make_span(text, b.begin, static_cast<std::size_t>(stop - text.data()));
        if (f.year != 0)
            notice.year = static_cast<int>(f.year);
        notice.holder = optional_span(text, f.holder);
        emit(handler, notice);
        // "Copyright 2019 The Associated Press. All rights reserved. …": the rest is boilerplate.
        std::size_t rest = notice.end;
        while (rest < b.end && (text[rest] == '.' || is_ascii_space(text[rest])))
            ++rest;
        if (rest < b.end)
            emit(handler, part_from<boilerplate>(make_span(text, rest, b.end)));
        return wire_of_holder(f.holder);
    }
    case footer_kind::contacts: {
        grammar::contacts_fields f;
        grammar::parse_prefix(first, last, grammar::contacts, f);
        for (std::size_t i = 0; i < f.count; ++i) {
            const grammar::contact_fields& c = f.contacts[i];
            contact entry{};
            const span name = make_span(text, c.name);
            std::size_t end = name.end;
            for (const std::string_view part : {c.location, c.email})
                if (!part.empty())
                    end = std::max(end, make_span(text, part).end);
            static_cast<span&>(entry) = make_span(text, name.begin, end);
            entry.role = f.role;
            entry.name = name;
            entry.location = optional_span(text, c.location);
            entry.email = optional_span(text, c.email);
            emit(handler, entry);
        }
        return wire::bloomberg;
    }
    case footer_kind::contributors: {
        grammar::contributors_fields f;
        grammar::parse_prefix(first, last, grammar::contributors, f);
        for (std::size_t i = 0; i < f.people.count; ++i) {
            contributor who{};
            static_cast<span&>(who) = make_span(text, f.people.people[i].name);
            who.location = optional_span(text, f.people.people[i].location);
            emit(handler, who);
        }
        const std::string_view line(first, static_cast<std::size_t>(last - first));
        if (line.rfind("CNN", 0) == 0)
            return wire::cnn;
        if (line.rfind("Associated Press", 0) == 0 || line.rfind("AP ", 0) == 0)
            return wire::ap;
        return wire::bloomberg;
    }
    case footer_kind::credits: {
        grammar::credits_fields f;
        grammar::parse_prefix(first, last, grammar::credits, f);
        std::array<person, 48> names{};
        for (std::size_t i = 0; i < f.names.count; ++i) {
            names[i] = part_from<person>(make_span(text, f.names.people[i].name));
            names[i].location = optional_span(text, f.names.people[i].location);
        }
        for (std::size_t i = 0; i < f.count; ++i) {
            const grammar::credit_fields& c = f.credits[i];
            credit_event credit{};
            const person& last_name = names[c.first + c.count - 1];
            const std::size_t end = last_name.location ? last_name.location->end : last_name.end;
            static_cast<span&>(credit) = make_span(text, make_span(text, c.role).begin, end);
            credit.role_text = make_span(text, c.role);
            credit.role = credit_role_of(c.role);
            credit.names = view<person>(names.data() + c.first, c.count);
            emit(handler, credit);
        }
        return wire::reuters;
    }
    case footer_kind::none:
        break;
    }
    return wire::unknown;
}

} // namespace wirecopy::detail
