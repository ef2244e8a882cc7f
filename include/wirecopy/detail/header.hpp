// The top of a story: headline, decks, byline, dateline and the furniture around them.
#pragma once

#include <wirecopy/detail/blocks.hpp>
#include <wirecopy/detail/grammar/byline.hpp>
#include <wirecopy/detail/grammar/dateline.hpp>
#include <wirecopy/detail/grammar/furniture.hpp>
#include <wirecopy/detail/spans.hpp>
#include <wirecopy/events.hpp>
#include <wirecopy/options.hpp>
#include <wirecopy/styles.hpp>

#include <array>
#include <optional>

namespace wirecopy::detail {

inline std::string_view block_text(std::string_view text, const block& b) noexcept {
    return text.substr(b.begin, b.end - b.begin);
}

// ------------------------------------------------------------------ dates
constexpr int days_in_month(int year, int month) noexcept {
    constexpr int days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = year % 4 == 0 && (year % 100 != 0 || year % 400 == 0);
    return month == 2 && (leap || year == 0) ? 29 : days[month - 1];
}

/// The calendar date of a dateline date. A date without a year takes the year of the reference date
/// (the year before, when the month lies more than half a year after the reference month) and is
/// flagged as inferred; without a reference it keeps year 0.
inline std::optional<civil_date> to_civil_date(const grammar::date_fields& date,
                                               const options& opts) noexcept {
    if (date.month < 1 || date.month > 12 || date.day < 1)
        return std::nullopt;
    civil_date result{static_cast<int>(date.year), date.month, static_cast<int>(date.day), false};
    if (result.year == 0 && opts.reference_date && opts.reference_date->year > 0) {
        result.year = opts.reference_date->year - (result.month - opts.reference_date->month > 6 ? 1 : 0);
        result.year_inferred = true;
    }
    if (result.day > days_in_month(result.year, result.month))
        return std::nullopt;
    return result;
}

// ------------------------------------------------------------------ dateline
inline bool has_lower_case(std::string_view s) noexcept {
    for (char c : s)
        if (is_ascii_lower(c))
            return true;
    return false;
}

/// Wire conventions a dateline must follow beyond its shape: without an agency it needs a date or an
/// all-capitals place; without both, a long separator ("—", "--", "_"), as Canadian Press and NYT News
/// Service write it — "ECONOMIC SPOTLIGHT - BANKAMERICA" is a headline, not a dateline.
inline bool follows_dateline_conventions(const grammar::dateline_fields& f) noexcept {
    if (!f.agency.empty())
        return true;
    if (f.location.empty())
        return false;
    if (!f.date.empty())
        return true;
    return !has_lower_case(f.location) && f.separator != "-";
}

/// The dateline at the start of block `b`, if there is one: first the style's own hook, then the
/// built-in grammar. `style_error` is set when the hook returned views outside the block.
template <class Style>
std::optional<dateline> read_dateline(std::string_view text, const block& b, const options& opts,
                                      bool& style_error) noexcept {
    const std::string_view body = block_text(text, b);
    if constexpr (has_dateline_hook<Style>::value) {
        if (const std::optional<dateline_fields> hooked = Style::dateline(body)) {
            const dateline_fields& f = *hooked;
            if (within(body, f.whole) && within(body, f.location) && within(body, f.date)
                && within(body, f.agency) && !f.whole.empty()) {
                dateline result{};
                static_cast<span&>(result) = make_span(text, f.whole);
                result.location = optional_span(text, f.location);
                result.date = optional_span(text, f.date);
                result.agency = optional_span(text, f.agency);
                return result;
            }
            style_error = true;
        }
    }
    grammar::dateline_fields fields;
    grammar::date_fields date_values;
    const char* end = grammar::parse_date_prefix(body.data(), body.data() + body.size(), grammar::dateline,
                                                 fields, date_values);
    if (end == nullptr || !follows_dateline_conventions(fields))
        return std::nullopt;
    // The dateline runs through its separator; blanks after it belong to the paragraph.
    const std::size_t stop =
        static_cast<std::size_t>(fields.separator.data() + fields.separator.size() - text.data());
    dateline result{};
    static_cast<span&>(result) = make_span(text, b.begin, stop);
    result.location = optional_span(text, fields.location);
    result.date = optional_span(text, fields.date);
    result.agency = optional_span(text, fields.agency);
    if (!fields.date.empty())
        result.date_value = to_civil_date(date_values, opts);
    return result;
}

/// The wire named by a dateline's agency ("(Reuters)" → reuters).
inline wire wire_of_agency(std::string_view agency) noexcept {
    wire w = wire::unknown;
    grammar::iterator first = agency.data();
    grammar::x3::parse(first, agency.data() + agency.size(), grammar::agencies, w);
    return w;
}

// ------------------------------------------------------------------ byline
/// A byline and the storage its event's author view points into.
struct byline_storage {
    std::array<person, 8> authors{};
    byline_event event{};
};

/// The byline making up block `b`, if it is one.
inline bool read_byline(std::string_view text, const block& b, byline_storage& out) noexcept {
    const std::string_view body = block_text(text, b);
    grammar::byline_fields fields;
    if (!grammar::parse_prefix(body.data(), body.data() + body.size(), grammar::byline, fields)
        || fields.authors.count == 0)
        return false;
    for (std::size_t i = 0; i < fields.authors.count; ++i)
        out.authors[i] = part_from<person>(make_span(text, fields.authors.people[i].name));
    out.event = byline_event{};
    static_cast<span&>(out.event) = make_span(text, b.begin, b.end);
    out.event.authors = view<person>(out.authors.data(), fields.authors.count);
    out.event.affiliation = optional_span(text, fields.affiliation);
    out.event.title = optional_span(text, fields.title);
    return true;
}

// ------------------------------------------------------------------ headline lines and furniture
inline bool is_boilerplate_block(std::string_view text, const block& b) noexcept {
    const std::string_view body = block_text(text, b);
    return grammar::match_prefix(body.data(), body.data() + body.size(), grammar::boilerplate_line)
           != nullptr;
}

/// How a block before the body reads.
enum class header_line_shape : unsigned char {
    title,    ///< a headline or deck: no closing sentence punctuation, or all capitals
    sentence, ///< a caption, promo or teaser line: reads as a sentence
    running,  ///< too long for a headline: the body has begun
};

inline header_line_shape shape_of_header_line(std::string_view text, const block& b) noexcept {
    constexpr std::size_t longest_headline = 320;
    if (b.lines > 2 || b.end - b.begin > longest_headline)
        return header_line_shape::running;
    const std::string_view body = block_text(text, b);
    // Look through closing quotes and brackets to the punctuation that ends the line.
    std::size_t last = body.size();
    for (;;) {
        if (last > 0 && (body[last - 1] == '"' || body[last - 1] == ')' || body[last - 1] == '\''))
            last -= 1;
        else if (last >= 3
                 && (body.substr(last - 3, 3) == "\xE2\x80\x9D"
                     || body.substr(last - 3, 3) == "\xE2\x80\x99"))
            last -= 3;
        else
            break;
    }
    const bool ends_sentence =
        last > 0 && (body[last - 1] == '.' || body[last - 1] == '?' || body[last - 1] == '!');
    return ends_sentence && has_lower_case(body) ? header_line_shape::sentence : header_line_shape::title;
}

} // namespace wirecopy::detail
