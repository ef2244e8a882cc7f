// Dateline grammar: "[CITY[, STATE or COUNTRY]][, DATE] [(AGENCY)] SEP" at the start of the first paragraph.
#pragma once

#include <wirecopy/detail/grammar/common.hpp>

namespace wirecopy::detail::grammar {

/// What the dateline grammar captures; empty views for absent parts.
struct dateline_fields {
    std::string_view location;
    std::string_view date;
    std::string_view agency;
    std::string_view separator;
    wire agency_wire = wire::unknown;
};

namespace dateline_parts {

using F = dateline_fields;

/// "(Reuters)", "(AP)".
inline const auto agency_tag = x3::lit('(') >> opt_blanks
                               >> x3::raw[agency[store<&F::agency_wire>]][capture<&F::agency>] >> opt_blanks
                               >> ')';

/// ", S.D.", ", Georgia", ", Indonesia/JAKARTA": a qualifier of the place, never the date.
inline const auto qualifier = x3::lit(',') >> blanks >> !date >> places;
inline const auto location = places >> *qualifier;

/// " - ", " -- ", " _ " need blanks on both sides; "—" and "–" may touch the words.
inline const auto separator = (opt_blanks >> x3::raw[em_dash | en_dash][capture<&F::separator>] >> opt_blanks)
                              | (blanks >> x3::raw[x3::lit("--") | '-' | '_'][capture<&F::separator>]
                                 >> (blanks | &line_break | x3::eoi));

inline const auto after_location = x3::raw[location][capture<&F::location>]
                                   >> -(-x3::lit(',') >> blanks >> x3::raw[date][capture<&F::date>])
                                   >> -(opt_blanks >> agency_tag);
inline const auto date_first = x3::raw[date][capture<&F::date>] >> opt_blanks >> agency_tag;

} // namespace dateline_parts

x3::rule<class dateline_rule> const dateline = "dateline";

inline const auto dateline_def =
    ((start_over >> dateline_parts::agency_tag) | (start_over >> dateline_parts::date_first)
     | (start_over >> dateline_parts::after_location))
    >> dateline_parts::separator;

BOOST_SPIRIT_DEFINE(dateline)

} // namespace wirecopy::detail::grammar
