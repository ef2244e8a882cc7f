// The top of a story: headline, decks, byline, dateline and the furniture around them.
#pragma once

#include <wirecopy/detail/blocks.hpp>
#include <wirecopy/detail/grammar/byline.hpp>
#include <wirecopy/detail/grammar/dateline.hpp>
#include <wirecopy/detail/grammar/editorial.hpp>
#include <wirecopy/detail/grammar/furniture.hpp>
#include <wirecopy/detail/grammar/headline.hpp>
#include <wirecopy/detail/scanner.hpp>
#include <wirecopy/detail/spans.hpp>
#include <wirecopy/events.hpp>
#include <wirecopy/options.hpp>
#include <wirecopy/styles.hpp>

#include <array>
#include <cstring>
#include <optional>

namespace wirecopy::detail {

inline std::string_view block_text(std::string_view text, const block& b) noexcept {
    return text.substr(b.begin, b.end - b.begin);
}

inline bool has_lower_case(std::string_view s) noexcept {
    for (char c : s)
        if (is_ascii_lower(c))
            return true;
    return false;
}

// ------------------------------------------------------------------ shapes of header lines
/// How a block before the body reads.
enum class header_line_shape : unsigned char {
    title,    ///< a headline or deck: no closing sentence punctuation, or all capitals
    sentence, ///< a caption, promo or teaser line: reads as a sentence
    running,  ///< too long for a headline: the body has begun
};

inline constexpr std::size_t longest_headline = 320; ///< bytes

/// The punctuation that ends `line`, looking through closing quotes and brackets; 0 when there is none.
inline char closing_punctuation(std::string_view line) noexcept {
    std::size_t last = line.size();
    for (;;) {
        if (last > 0 && (line[last - 1] == '"' || line[last - 1] == ')' || line[last - 1] == '\''))
            last -= 1;
        else if (last >= 3
                 && (line.substr(last - 3, 3) == "\xE2\x80\x9D"
                     || line.substr(last - 3, 3) == "\xE2\x80\x99"))
            last -= 3;
        else
            break;
    }
    return last > 0 ? line[last - 1] : '\0';
}

inline header_line_shape shape_of_header_line(std::string_view text, const block& b) noexcept {
    if (b.lines > 2 || b.end - b.begin > longest_headline)
        return header_line_shape::running;
    const std::string_view body = block_text(text, b);
    const char last = closing_punctuation(body);
    const bool ends_sentence = last == '.' || last == '?' || last == '!';
    return ends_sentence && has_lower_case(body) ? header_line_shape::sentence : header_line_shape::title;
}

/// The words of block `b`, each as [begin, end) between white space, to `visit` until it returns false.
template <class Visit>
void for_each_word(std::string_view text, const block& b, Visit visit) noexcept {
    for (std::size_t at = b.begin; at < b.end;) {
        std::size_t end = at;
        while (end < b.end && !is_ascii_space(text[end]))
            ++end;
        if (!visit(at, end))
            return;
        at = end;
        while (at < b.end && is_ascii_space(text[at]))
            ++at;
    }
}

/// Is every word of five letters or more in `b` capitalised, as in a title ("Wash Post Fact-Check: If
/// Obama Says It, It's True.") and not in a sentence of prose, whose names do not make it one ("People
/// walk past the Bombay Stock Exchange building")?
inline bool is_title_case(std::string_view text, const block& b) noexcept {
    bool title = true;
    for_each_word(text, b, [&](std::size_t begin, std::size_t end) {
        title = end - begin < 5 || !is_ascii_lower(text[begin]);
        return title;
    });
    return title;
}

/// Is headline `b` written as a sentence of prose, whose capitals name people as the body's do, rather
/// than as a title ("Tata Steel Raises Corus Bid") or in capitals?
inline bool is_written_as_sentence(std::string_view text, const block& b) noexcept {
    return shape_of_header_line(text, b) == header_line_shape::sentence && !is_title_case(text, b);
}

/// Is `b` written in headlinese, in the present and without the auxiliaries of narration ("Virginia
/// governor restores voting rights to felons.", not "The most popular punching bag in golf finally said
/// …")?
inline bool is_headlinese(std::string_view text, const block& b) noexcept {
    bool headlinese = true;
    for_each_word(text, b, [&](std::size_t begin, std::size_t end) {
        grammar::iterator first = text.data() + begin;
        headlinese = !grammar::x3::parse(first, text.data() + end, grammar::prose_word);
        return headlinese;
    });
    return headlinese;
}

/// Does `rest` (what follows a dateline) open a sentence of running text: a capital or an opening quote
/// mark first, lower-case letters after? A table row ("JAPAN -- 12.5") and the rest of a headline
/// ("… -- USDA") do not.
inline bool opens_running_text(std::string_view rest) noexcept {
    const std::size_t start = skip_blanks(rest, 0, rest.size());
    if (start == rest.size())
        return false;
    const code_point first = decode_at(rest, start);
    const bool capital = grammar::char_classes::length_at<grammar::char_classes::upper>(
                             rest.data() + start, rest.data() + rest.size())
                         != 0;
    const bool quote = first.value == '"' || first.value == '\'' || first.value == '`'
                       || first.value == 0x201C || first.value == 0x2018 || first.value == 0xAB;
    return (capital || quote) && has_lower_case(rest.substr(start));
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
/// Is `place` a marker of the kind of story ("EXCLUSIVE – Roger Stone: …") rather than a place?
inline bool is_headline_marker(std::string_view place) noexcept {
    grammar::iterator first = place.data();
    return grammar::x3::parse(first, place.data() + place.size(),
                              grammar::headline_marker >> grammar::x3::eoi);
}

/// Wire conventions a dateline must follow beyond its shape, by its form:
/// - with an agency ("LONDON (Reuters) - "): the style takes agency datelines; no dash after the agency
///   only where the style writes it so ("(CNN)President");
/// - with a place and a date but no agency ("NEW YORK, March 3 - "): the style takes dated datelines;
/// - with a place alone ("OTTAWA — "): the style takes bare datelines, the place is in capitals (its
///   qualifiers need not be: "MILTON, Ont."), the dash is a long one, and running text follows in a
///   paragraph that does not read as a headline — "ECONOMIC SPOTLIGHT - BANKAMERICA" and
///   "SUGAR QUOTA IMPORTS DETAILED -- USDA" are headlines, "NATO -- the alliance" a sentence.
template <class Style>
bool follows_dateline_conventions(const grammar::dateline_fields& f, std::string_view rest,
                                  header_line_shape shape) noexcept {
    constexpr convention conventions = conventions_v<Style>;
    if (!f.agency.empty())
        return accepts(conventions, convention::agency_dateline)
               && (!f.separator.empty() || accepts(conventions, convention::unseparated_dateline));
    if (f.location.empty() || f.separator.empty())
        return false;
    if (!f.date.empty())
        return accepts(conventions, convention::dated_dateline);
    // NYT News Service writes "UNDATED - " for a story from nowhere in particular.
    return accepts(conventions, convention::bare_dateline) && (f.separator != "-" || f.place == "UNDATED")
           && !has_lower_case(f.place) && opens_running_text(rest) && shape != header_line_shape::title
           && !is_headline_marker(f.place);
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
    // The conventions take a dateline only with an agency in parentheses or a dash or underscore after
    // it (see follows_dateline_conventions): a block holding none of their bytes is not parsed.
    const char* const body_end = body.data() + body.size();
    if (find_byte(body.data(), body_end, grammar::dateline_parts::required_bytes) == body_end)
        return std::nullopt;
    grammar::dateline_fields fields;
    grammar::date_fields date_values;
    const char* end = grammar::parse_date_prefix(body.data(), body.data() + body.size(), grammar::dateline,
                                                 fields, date_values);
    if (end == nullptr)
        return std::nullopt;
    // The dateline runs through its separator; blanks after it belong to the paragraph.
    const std::size_t stop =
        static_cast<std::size_t>(fields.separator.data() + fields.separator.size() - text.data());
    if (!follows_dateline_conventions<Style>(fields, text.substr(stop, b.end - stop),
                                             shape_of_header_line(text, b)))
        return std::nullopt;
    dateline result{};
    static_cast<span&>(result) = make_span(text, b.begin, stop);
    result.location = optional_span(text, fields.location);
    result.date = optional_span(text, fields.date);
    result.agency = optional_span(text, fields.agency);
    if (!fields.date.empty())
        result.date_value = to_civil_date(date_values, opts);
    return result;
}

/// The wire of the news organisation `name` starts with, in any case ("(Reuters)" → reuters,
/// "Associated Press Writer" → ap).
inline wire wire_of_organisation(std::string_view name) noexcept {
    wire w = wire::unknown;
    grammar::iterator first = name.data();
    if (!grammar::x3::parse(first, name.data() + name.size(), grammar::organisation, w))
        return wire::unknown;
    return w;
}

/// The wire a dateline names: its agency, or NYT News Service's bare "PHOENIX _ ".
inline wire wire_of_dateline(const dateline& d) noexcept {
    if (d.agency)
        return wire_of_organisation(d.agency->text);
    if (!d.date && !d.text.empty() && d.text.back() == '_')
        return wire::nyt;
    return wire::unknown;
}

// ------------------------------------------------------------------ byline
/// A byline as read, and the storage its event's author view points into.
struct byline_storage {
    std::array<person, 8> authors{};
    std::size_t count = 0;
    span whole{};
    std::optional<span> affiliation;
    std::optional<span> title;

    byline_event event() const noexcept {
        byline_event e{};
        static_cast<span&>(e) = whole;
        e.authors = view<person>(authors.data(), count);
        e.affiliation = affiliation;
        e.title = title;
        return e;
    }

    /// The wire the byline names: its affiliation ("Reuters") or its title ("Associated Press Writer").
    wire organisation() const noexcept {
        const wire w = affiliation ? wire_of_organisation(affiliation->text) : wire::unknown;
        return w != wire::unknown || !title ? w : wire_of_organisation(title->text);
    }
};

/// Does `s` open with the word "By" ("By J.K. PARK", "BY: ")?
inline bool opens_with_by(std::string_view s) noexcept {
    return s.size() > 3 && (s[0] | 0x20) == 'b' && (s[1] | 0x20) == 'y' && !is_ascii_alnum(s[2]);
}

/// Can `s` be a byline at all? It starts with "By", or it is one line and an organisation or a job title
/// follows its last comma ("Greg Beacham, The Associated Press"). A scan that keeps the grammar off
/// headlines and captions: only after "By" does the grammar read on over a line break (to the title line
/// under the names), so a headline over such a line is never tried with it.
inline bool may_be_byline(std::string_view s) noexcept {
    if (opens_with_by(s))
        return true;
    const std::size_t comma = find_last_byte(s, ',');
    if (comma == std::string_view::npos || std::memchr(s.data(), '\n', s.size()) != nullptr
        || std::memchr(s.data(), '\r', s.size()) != nullptr)
        return false;
    grammar::iterator first = s.data() + skip_blanks(s, comma + 1, s.size());
    return grammar::x3::parse(first, s.data() + s.size(), grammar::byline_parts::after_last_comma);
}

/// The byline making up the text [begin, end) (one block, or a block and the title line under it), if
/// it is one.
inline bool read_byline(std::string_view text, std::size_t begin, std::size_t end,
                        byline_storage& out) noexcept {
    grammar::byline_fields fields;
    if (!may_be_byline(text.substr(begin, end - begin))
        || !grammar::parse_prefix(text.data() + begin, text.data() + end, grammar::byline, fields))
        return false;
    out.count = fields.authors.count;
    for (std::size_t i = 0; i < out.count; ++i) {
        out.authors[i] = part_from<person>(make_span(text, fields.authors.people[i].name));
        out.authors[i].location = optional_span(text, fields.authors.people[i].location);
    }
    out.whole = make_span(text, begin, end);
    out.affiliation = optional_span(text, fields.affiliation);
    out.title = optional_span(text, fields.title);
    return true;
}

// ------------------------------------------------------------------ headline and furniture
inline bool is_boilerplate_block(std::string_view text, const block& b) noexcept {
    const std::string_view body = block_text(text, b);
    return grammar::match_prefix(body.data(), body.data() + body.size(), grammar::boilerplate_line)
           != nullptr;
}

/// Is block `b` a slug or keyword line the style knows ("BC-US--Flood,0456")?
template <class Style>
bool is_slug_block(std::string_view text, const block& b) noexcept {
    if constexpr (!accepts(conventions_v<Style>, convention::slug_lines))
        return false;
    return b.lines == 1
           && grammar::match_prefix(text.data() + b.begin, text.data() + b.end, grammar::slug_line)
                  != nullptr;
}

/// Is block `b` an editorial note the style writes: "(Corrects paragraph 3 …)", "Eds: …"?
template <class Style>
bool is_note_block(std::string_view text, const block& b) noexcept {
    constexpr convention conventions = conventions_v<Style>;
    const grammar::iterator first = text.data() + b.begin;
    const grammar::iterator last = text.data() + b.end;
    if constexpr (accepts(conventions, convention::bracketed_notes))
        if (grammar::match_prefix(first, last, grammar::bracketed_note) != nullptr)
            return true;
    if constexpr (accepts(conventions, convention::editors_notes))
        if (grammar::match_prefix(first, last, grammar::editors_note) != nullptr)
            return true;
    return false;
}

/// The headline making up block `b`, with the marker in front of it as its prefix: Reuters' "UPDATE 2-",
/// or an advance code or attention note ("$ADV21", "(ATTN: N.H., N.C.)").
template <class Style>
headline read_headline(std::string_view text, const block& b) noexcept {
    headline h = part_from<headline>(make_span(text, b.begin, b.end));
    const grammar::iterator first = text.data() + b.begin;
    const grammar::iterator last = text.data() + b.end;
    grammar::iterator stop = grammar::match_prefix(first, last, grammar::usage_marker);
    if constexpr (accepts(conventions_v<Style>, convention::headline_prefixes))
        if (stop == nullptr)
            stop = grammar::match_prefix(first, last, grammar::headline_prefix);
    if (stop != nullptr)
        h.prefix = make_span(text, b.begin,
                             trim_blanks_back(text, b.begin, static_cast<std::size_t>(stop - text.data())));
    return h;
}

/// Is the prefix of headline `h` an advance code or attention note, which no one wire writes?
inline bool has_usage_marker(std::string_view text, const headline& h) noexcept {
    return h.prefix
           && grammar::match_prefix(text.data() + h.begin, text.data() + h.end, grammar::usage_marker)
                  != nullptr;
}

} // namespace wirecopy::detail
