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

/// "Eds:", "EDS:", "Editors:", "Editor's note:", "EDITOR'S NOTE _ ", "Note to editors:", "ATTENTION
/// EDITORS:".
inline const auto editors =
    x3::no_case[-(keyword::lit("attention") >> blanks)
                >> ((keyword::lit("editor") >> apostrophe >> keyword::lit("s"))
                    | (keyword::lit("editors") >> -apostrophe) | (keyword::lit("eds") >> -x3::lit('.')))];
inline const auto note_separator = (opt_blanks >> ':') | (blanks >> dash);
inline const auto editors_note = ((editors >> -(blanks >> x3::no_case[keyword::lit("note")]))
                                  | x3::no_case[keyword::lit("note to editors")])
                                 >> note_separator >> opt_blanks >> !x3::eoi;
/// NYT News Service's notes in brackets, which may wrap over several lines: "(Eds.: This is part 3 of a
/// series.)", "(SUBS for full rewrite; …)". The header reader finds where the bracket closes.
inline const auto bracketed_editors_note = x3::lit('(') >> opt_blanks
                                           >> (editors_note
                                               | (x3::no_case[keyword::lit("subs")] >> word_end));

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

/// Furniture lines over the story that say how to use it, never part of it:
/// AP DataStream's photo and companion lines ("LaserPhoto NY7", "LaserPhotos WX2,WX3; LaserColor WX4",
/// "With LaserPhoto", "With AM-Salvador-Killings, Bjt"), advance and release lines ("$Adv08", "For
/// Release Sun AMs, Jan. 8, and Thereafter", "(For weekend release, Aug. 15)"), "An AP Extra"; NYT News
/// Service's "(ATTN: Ore., Wash.)", "(ART ADV: Photo is being sent …)" and the operator's initials "(kd)";
/// flash markers and instructions (below).
inline const auto photo = x3::lit("Laser") >> upper;
inline const auto companion = (x3::lit("AM") | "PM" | "BC") >> '-' >> upper;
inline const auto with_line = x3::lit("With") >> blanks >> (photo | companion);
inline const auto release_word = x3::no_case[keyword::lit("release")] >> word_end;
inline const auto release = -x3::lit('(') >> x3::no_case[keyword::lit("for")] >> blanks
                            >> x3::repeat(0, 2)[!release_word >> +letter >> blanks] >> release_word;
/// Flash markers and instructions on a line of their own: "URGENT", "BULLETIN", "Precede WASHINGTON".
inline const auto flash = (x3::lit("URGENT") | "BULLETIN" | "FLASH") >> opt_blanks >> x3::eoi;
inline const auto precede = x3::lit("Precede") >> blanks >> upper;
inline const auto advance = x3::lit('$') >> x3::no_case[keyword::lit("adv")];
inline const auto
    attention = -x3::lit('(') >> opt_blanks
                >> x3::no_case[keyword::lit("attn") | keyword::lit("art advisory") | keyword::lit("art adv")]
                >> -x3::lit('.') >> opt_blanks >> ':';
inline const auto operator_initials = x3::lit('(') >> x3::repeat(1, 3)[letter] >> ')' >> opt_blanks
                                      >> x3::eoi;
inline const auto usage_line = photo | with_line | release | advance | (x3::lit("An AP Extra") >> x3::eoi)
                               | attention | operator_initials | flash | precede;

} // namespace editorial_parts

x3::rule<class bracketed_note_rule> const bracketed_note = "bracketed_note";
x3::rule<class editors_note_rule> const editors_note = "editors_note";
x3::rule<class slug_line_rule> const slug_line = "slug_line";
x3::rule<class bracketed_editors_note_rule> const bracketed_editors_note = "bracketed_editors_note";
x3::rule<class usage_line_rule> const usage_line = "usage_line";

inline const auto bracketed_note_def = editorial_parts::bracketed_note;
inline const auto editors_note_def = editorial_parts::editors_note;
inline const auto slug_line_def = editorial_parts::slug | editorial_parts::keyword_line;

inline const auto bracketed_editors_note_def = editorial_parts::bracketed_editors_note;
inline const auto usage_line_def = editorial_parts::usage_line;

BOOST_SPIRIT_DEFINE(bracketed_note, editors_note, slug_line, bracketed_editors_note, usage_line)

} // namespace wirecopy::detail::grammar
