// Contributor lines: Bloomberg "--With assistance from A and B in CITY.", AP "Associated Press writer A in
// CITY contributed to this report.", CNN "CNN's A, B and C contributed to this report."
#pragma once

#include <wirecopy/detail/grammar/common.hpp>

namespace wirecopy::detail::grammar {

struct contributors_fields {
    people_fields<32> people;
};

namespace contributors_parts {

using F = contributors_fields;

inline const auto names = people_list<&F::people>;
inline const auto sentence_end = opt_blanks >> -x3::lit('.') >> opt_blanks >> x3::eoi;

inline const auto assistance =
    -(dash >> opt_blanks) >> x3::no_case[x3::lit("with assistance from")] >> blanks >> names >> sentence_end;
inline const auto contributed = blanks >> x3::lit("contributed to this ") >> (x3::lit("report") | "story")
                                >> sentence_end;
inline const auto ap_writers = (x3::lit("Associated Press") | "AP") >> blanks
                               >> x3::no_case[x3::lit("writers") | "writer" | "reporters" | "reporter"]
                               >> blanks >> names >> contributed;
inline const auto network_staff =
    (x3::lit("CNN") | "NBC" | "ABC" | "CBS") >> apostrophe >> "s" >> blanks >> names >> contributed;

} // namespace contributors_parts

x3::rule<class contributors_rule> const contributors = "contributors";

inline const auto contributors_def = (start_over >> contributors_parts::assistance)
                                     | (start_over >> contributors_parts::ap_writers)
                                     | (start_over >> contributors_parts::network_staff);

BOOST_SPIRIT_DEFINE(contributors)

} // namespace wirecopy::detail::grammar
