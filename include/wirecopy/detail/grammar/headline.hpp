// Headline grammar: the wire's editorial markers in front of a headline ("UPDATE 2-", "EXCLUSIVE-",
// "RPT-UPDATE 1-", 1987's "CORRECTED - " and "(CORRECTED)-", reuters.com's "Exclusive: ").
#pragma once

#include <wirecopy/detail/grammar/common.hpp>

namespace wirecopy::detail::grammar {

namespace headline_parts {

/// What a marker says about the story: its version, or the kind of piece it is.
inline const word_table<> marker_words{[](auto& table) {
    table.add_all({"update",         "exclusive", "rpt",       "repeat",        "corrected", "correction",
                   "refile",         "wrapup",    "urgent",    "flash",         "analysis",  "insight",
                   "factbox",        "preview",   "explainer", "breakingviews", "timeline",  "interview",
                   "special report", "focus",     "newsmaker", "column"});
}};
/// In capitals before a hyphen ("UPDATE 2-"), in any case before a colon ("Exclusive: ").
inline constexpr auto marker_word = &(upper >> upper) >> x3::no_case[marker_words] >> word_end;
/// "UPDATE 2", "(CORRECTED)".
inline constexpr auto marker =
    (('(' >> marker_word >> ')') | (marker_word >> -(blank >> +digit))) >> word_end;
/// "UPDATE 2-Oil", "CORRECTED - GM SEES", "CORRECTED-NETWORK": a hyphen with blanks on both sides or on
/// neither, and a headline after it.
inline constexpr auto hyphen_marker = marker
                                      >> ((blanks >> '-' >> blanks) | ('-' >> !x3::lit('-') >> !blank));
/// "Exclusive: ", "Factbox: ", "UPDATE 1: " as the web pages write them.
inline constexpr auto colon_marker = x3::no_case[marker_words] >> word_end >> -(blank >> +digit) >> ':'
                                     >> blanks;

/// Words of narration that headlines, written in the present and without the copula, leave out. (Modals
/// and object pronouns they do use: "Charges could have set new standard", "Donors rally behind him".)
inline const word_table<> prose_words{[](auto& table) {
    table.add_all({"said", "was", "were", "had", "been", "did"});
}};

} // namespace headline_parts

constexpr x3::rule<class headline_prefix_rule> headline_prefix = "headline_prefix";
constexpr x3::rule<class headline_marker_rule> headline_marker = "headline_marker";
constexpr x3::rule<class prose_word_rule> prose_word = "prose_word";

/// One or more markers ("RPT-UPDATE 1-"); the match ends where the headline proper begins.
inline constexpr auto headline_prefix_def = +(headline_parts::hyphen_marker | headline_parts::colon_marker)
                                            >> &(letter | digit | '<' | '"' | '\'');

/// A marker word alone, in capitals: "EXCLUSIVE", "ANALYSIS".
inline constexpr auto headline_marker_def = headline_parts::marker_word;

inline constexpr auto prose_word_def = x3::no_case[headline_parts::prose_words] >> word_end;

WIRECOPY_GRAMMAR_RULES(headline_prefix, headline_marker, prose_word)

} // namespace wirecopy::detail::grammar
