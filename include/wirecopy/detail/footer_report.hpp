// Reporting footer items: the events each item's kept fields make, replayed in reading order.
#pragma once

#include <wirecopy/detail/footer_items.hpp>
#include <wirecopy/detail/spans.hpp>
#include <wirecopy/events.hpp>

#include <algorithm>
#include <array>
#include <optional>

namespace wirecopy::detail {

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
