// Dateline grammar: "[CITY[, STATE or COUNTRY]][, DATE] [(AGENCY)] SEP" at the start of the first paragraph.
// Which of its forms a story may use (agency, dated, bare) is the style's business: see header.hpp.
#pragma once

#include <wirecopy/detail/grammar/common.hpp>
#include <wirecopy/detail/scanner.hpp>

namespace wirecopy::detail::grammar {

/// What the dateline grammar captures; empty views for absent parts.
struct dateline_fields {
    std::string_view location;
    std::string_view place; ///< the place or places before any qualifier: "PINE RIDGE" of "PINE RIDGE, S.D."
    std::string_view date;
    std::string_view agency;
    std::string_view separator; ///< empty, but placed after the agency, where no dash follows it
    wire agency_wire = wire::unknown;
};

namespace dateline_parts {

using F = dateline_fields;

/// Resets the date values too, so that nothing stored by a failed alternative survives.
struct clear_date_action {
    template <class Context>
    void operator()(Context& ctx) const {
        x3::get<date_tag>(ctx) = date_fields{};
    }
};
inline constexpr auto start_afresh = start_over<dateline_fields> >> x3::eps[clear_date_action{}];

/// "(Reuters)", "(AP)".
inline constexpr auto agency_tag =
    x3::lit('(') >> opt_blanks >> capture<&F::agency>[agency[store<&F::agency_wire>]] >> opt_blanks >> ')';

/// A comma between parts; 1987 copy also has " , " and ",March".
inline constexpr auto comma = opt_blanks >> ',' >> opt_blanks;

/// ", S.D.", " , N.J.", ", Georgia", ", Indonesia/JAKARTA", Xinhua's " (Hebei)": a qualifier of the
/// place, never the date or the agency.
inline constexpr auto qualifier =
    (comma >> !date >> places) | (blanks >> !agency_tag >> '(' >> places >> ')');
inline constexpr auto location = capture<&F::place>[places] >> *qualifier;

/// ", Nov. 27, 2019", ", Monday", or a calendar date without the comma ("JOHANNESBURG March 13",
/// "RICHMOND, Va. Feb 26"); a comma may trail it ("CHICAGO, March 4, - ").
inline constexpr auto date_part = ((comma >> capture<&F::date>[date])
                                   | (blanks >> capture<&F::date>[calendar_date]))
                                  >> -(opt_blanks >> ',');

inline constexpr auto long_dash = em_dash | en_dash | x3::lit("--");
/// "—", "–" and "--" may touch the words; so may "-" ("Feb 26-", "March 2 -The") unless a number follows
/// (a range, "March 3-4"); "_" needs a blank before it, and one after it or a capital ("(AP) _Venezuelan").
/// Where nothing separates an agency from the text ("(CNN)President"), the separator is empty; the
/// conventions decide whether that is allowed.
inline constexpr auto separator =
    (opt_blanks >> capture<&F::separator>[long_dash])
    | (opt_blanks >> capture<&F::separator>[x3::lit('-')] >> !digit)
    | (blanks >> capture<&F::separator>[x3::lit('_')] >> (blanks | &line_break | x3::eoi | &upper))
    | (capture<&F::separator>[x3::eps] >> &(upper | '"' | "\xE2\x80\x9C"));

/// The bytes a dateline the conventions take cannot do without: the first bytes of every separator but
/// the empty one (taken only after an agency) and the agency's parenthesis. A block holding none of them
/// is not parsed (see read_dateline).
inline constexpr byte_set required_bytes{'(', '-', '_', 0xE2};

inline constexpr auto after_location = capture<&F::location>[location] >> -date_part
                                       >> -(opt_blanks >> agency_tag);
inline constexpr auto date_first = capture<&F::date>[date] >> opt_blanks >> agency_tag;

} // namespace dateline_parts

constexpr x3::rule<class dateline_rule> dateline = "dateline";

inline constexpr auto dateline_def = ((dateline_parts::start_afresh >> dateline_parts::agency_tag)
                                      | (dateline_parts::start_afresh >> dateline_parts::date_first)
                                      | (dateline_parts::start_afresh >> dateline_parts::after_location))
                                     >> dateline_parts::separator;

WIRECOPY_GRAMMAR_RULES(dateline)

} // namespace wirecopy::detail::grammar
