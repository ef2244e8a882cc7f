// Byline grammar: "By NAME[, NAME][ and NAME][, AFFILIATION]" with an optional title line under it.
#pragma once

#include <wirecopy/detail/grammar/common.hpp>

namespace wirecopy::detail::grammar {

struct byline_fields {
    people_fields<8> authors;
    std::string_view affiliation;
    std::string_view title;
};

namespace byline_parts {

using F = byline_fields;

/// Who a writer works for: never an author.
inline const auto affiliation =
    (x3::lit("The Associated Press") | "Associated Press" | "Bloomberg News" | "United Press International"
     | "Agence France-Presse" | "The New York Times" | "New York Times" | "The Canadian Press"
     | "Canadian Press" | agency)
    >> word_end;
/// "Associated Press Writer", "AP Business Writer", "Staff Writer", "Reuters Correspondent".
inline const auto job_word = x3::lit("Writer") | "Correspondent" | "Reporter" | "Editor" | "Columnist";
inline const auto title =
    *(capitalized_word >> blank >> !job_word) >> capitalized_word >> blank >> job_word >> word_end;

inline const auto author = !affiliation >> !title >> x3::raw[person_name][push_person_action<&F::authors>{}];
inline const auto authors = author % list_separator;

} // namespace byline_parts

x3::rule<class byline_rule> const byline = "byline";

inline const auto
    byline_def = start_over >> x3::no_case[x3::lit("by")] >> blanks >> byline_parts::authors
                 >> -(opt_blanks >> -x3::lit(',') >> blanks
                      >> x3::raw[byline_parts::affiliation][capture<&byline_fields::affiliation>])
                 >> -(opt_blanks >> ((',' >> blanks) | space)
                      >> x3::raw[byline_parts::title][capture<&byline_fields::title>])
                 >> opt_blanks >> x3::eoi;

BOOST_SPIRIT_DEFINE(byline)

} // namespace wirecopy::detail::grammar
