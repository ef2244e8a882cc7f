// Editorial furniture at the top of a story: notes to clients and editors, slug and keyword lines.
// Each rule matches a whole block (a paragraph of the header).
#pragma once

#include <wirecopy/detail/grammar/common.hpp>

namespace wirecopy::detail::grammar {

namespace editorial_parts {

/// What a version of a story did: "(Corrects …)", "(Updates with …)", "(Adds details)".
inline const auto revision_words = keywords(
    {"corrects",  "correcting", "corrected",  "updates",     "adds",     "recasts",        "repeats",
     "refiles",   "changes",    "fixes",      "removes",     "rewrites", "inserts",        "deletes",
     "clarifies", "restores",   "replaces",   "amends",      "moves",    "writes through", "writethru",
     "withdraws", "kills",      "this story", "this version"});
inline const auto revision_word = x3::no_case[revision_words] >> word_end;
/// The closing bracket that ends the block.
inline const auto closing = x3::lit(')') >> opt_blanks >> x3::eoi;
inline const auto bracketed_note = x3::lit('(') >> opt_blanks >> revision_word >> *(x3::char_ - closing)
                                   >> closing;

/// "Eds:", "EDS:", "Editors:", "Editor's note:", "EDITOR'S NOTE _ ", "Note to editors:".
inline const auto editors =
    x3::no_case[(keyword::lit("editor") >> apostrophe >> keyword::lit("s"))
                | (keyword::lit("editors") >> -apostrophe) | (keyword::lit("eds") >> -x3::lit('.'))];
inline const auto note_separator = (opt_blanks >> ':') | (blanks >> dash);
inline const auto editors_note = ((editors >> -(blanks >> x3::no_case[keyword::lit("note")]))
                                  | x3::no_case[keyword::lit("note to editors")])
                                 >> note_separator >> opt_blanks >> !x3::eoi;

/// "BC-US--Flood,0456", "^AM-Flood,0456", "AP-NY-03-04-87 1145EST", "BC-FLOOD-NYT", "AP-NY--Flood
/// Aid,0311": the cycle or service, a hyphen and a code without blanks, then at most codes in capitals
/// and digits, or words up to the word count.
inline const auto slug_char = letter | digit | x3::char_("-,/&.'");
inline const auto code = +(upper | digit | x3::char_("-,/:."));
inline const auto words_to_count = +(blanks >> +(slug_char - ',')) >> ',' >> +digit;
inline const auto slug = -x3::lit('^') >> (x3::lit("BC") | "AM" | "PM" | "AP" | "UPI") >> '-' >> +slug_char
                         >> (words_to_count | *(blanks >> code)) >> opt_blanks >> x3::eoi;
/// "SLUG: …", "Keywords: …".
inline const auto keyword_line =
    x3::no_case[keywords({"slug", "keywords", "keyword"})] >> opt_blanks >> ':' >> opt_blanks >> !x3::eoi;

} // namespace editorial_parts

x3::rule<class bracketed_note_rule> const bracketed_note = "bracketed_note";
x3::rule<class editors_note_rule> const editors_note = "editors_note";
x3::rule<class slug_line_rule> const slug_line = "slug_line";

inline const auto bracketed_note_def = editorial_parts::bracketed_note;
inline const auto editors_note_def = editorial_parts::editors_note;
inline const auto slug_line_def = editorial_parts::slug | editorial_parts::keyword_line;

BOOST_SPIRIT_DEFINE(bracketed_note, editors_note, slug_line)

} // namespace wirecopy::detail::grammar
