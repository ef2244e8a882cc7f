// Editorial furniture at the top of a story: notes to clients and editors, slug and keyword lines.
// Each rule matches a whole block (a paragraph of the header).
#pragma once

#include <wirecopy/detail/grammar/common.hpp>

namespace wirecopy::detail::grammar {

namespace editorial_parts {

/// What a version of a story did: "(Corrects …)", "(Updates with …)", "(Adds details)".
inline const word_table<> revision_words{[](auto& table) {
    table.add_all({"corrects",  "correcting", "corrected", "updates",    "adds",
                   "recasts",   "repeats",    "refiles",   "changes",    "fixes",
                   "removes",   "rewrites",   "inserts",   "deletes",    "clarifies",
                   "restores",  "replaces",   "amends",    "moves",      "writes through",
                   "writethru", "withdraws",  "kills",     "this story", "this version"});
}};
inline constexpr auto revision_word = x3::no_case[revision_words] >> word_end;
/// The closing bracket that ends the block.
inline constexpr auto closing = x3::lit(')') >> opt_blanks >> x3::eoi;
inline constexpr auto bracketed_note = x3::lit('(') >> opt_blanks >> revision_word >> *(x3::char_ - closing)
                                       >> closing;

/// "Eds:", "EDS:", "Editors:", "Editor's note:", "EDITOR'S NOTE _ ", "Note to editors:", "ATTENTION
/// EDITORS:".
inline constexpr auto editors =
    x3::no_case[-(keyword::lit("attention") >> blanks)
                >> ((keyword::lit("editor") >> apostrophe >> keyword::lit("s"))
                    | (keyword::lit("editors") >> -apostrophe) | (keyword::lit("eds") >> -x3::lit('.')))];
inline constexpr auto note_separator = (opt_blanks >> ':') | (blanks >> dash);
inline constexpr auto editors_note = ((editors >> -(blanks >> x3::no_case[keyword::lit("note")]))
                                      | x3::no_case[keyword::lit("note to editors")])
                                     >> note_separator >> opt_blanks >> !x3::eoi;
/// NYT News Service's notes in brackets, which may wrap over several lines: "(Eds.: This is part 3 of a
/// series.)", "(SUBS for full rewrite; …)". The header reader finds where the bracket closes.
inline constexpr auto bracketed_editors_note = x3::lit('(') >> opt_blanks
                                               >> (editors_note
                                                   | (x3::no_case[keyword::lit("subs")] >> word_end));

/// "BC-US--Flood,0456", "^AM-Flood,0456", "AP-NY-03-04-87 1145EST", "BC-FLOOD-NYT", "AP-NY--Flood
/// Aid,0311": the cycle or service, a hyphen and a code without blanks, then at most codes in capitals
/// and digits, or words up to the word count.
inline constexpr auto slug_char = letter | digit | chars("-,/&.'");
inline constexpr auto code = +(upper | digit | chars("-,/:."));
inline constexpr auto words_to_count = +(blanks >> +(slug_char - ',')) >> ',' >> +digit;
inline constexpr auto slug = -x3::lit('^') >> (x3::lit("BC") | "AM" | "PM" | "AP" | "UPI") >> '-'
                             >> +slug_char >> (words_to_count | *(blanks >> code)) >> opt_blanks >> x3::eoi;
inline const word_table<> keyword_line_words{[](auto& table) {
    table.add_all({"slug", "keywords", "keyword"});
}};
/// "SLUG: …", "Keywords: …".
inline constexpr auto keyword_line =
    x3::no_case[keyword_line_words] >> opt_blanks >> ':' >> opt_blanks >> !x3::eoi;

/// The first bytes of `slug` and `keyword_line`.
inline bool opens_slug_line(unsigned char c) noexcept {
    constexpr constant_char_set leads = chars("^BAPUsSkK");
    return leads.contains(c);
}

/// "NY1", "WX2": the code the wire gives a picture.
inline constexpr auto picture_code = upper >> upper >> digit;

/// Furniture lines over the story that say how to use it, never part of it:
/// AP DataStream's photo and companion lines ("LaserPhoto NY7", "LaserPhotos WX2,WX3; LaserColor WX4",
/// "With LaserPhoto", "With AM-Salvador-Killings, Bjt"), advance and release lines ("$Adv08", "For
/// Release Sun AMs, Jan. 8, and Thereafter", "(For weekend release, Aug. 15)"), "AP Photos NY1, NY2",
/// "An AP Extra"; NYT News Service's "(ATTN: Ore., Wash.)", "(ART ADV: Photo is being sent …)" and the
/// operator's initials "(kd)"; flash markers and instructions (below).
inline constexpr auto photo =
    (x3::lit("Laser") >> upper)
    | (x3::lit("AP") >> blanks >> -(x3::lit("Color") >> blanks) >> (x3::lit("Photo") | "Graphic")
       >> -x3::lit('s') >> word_end >> ((opt_blanks >> x3::eoi) | (blanks >> picture_code)));
inline constexpr auto companion = (x3::lit("AM") | "PM" | "BC") >> '-' >> upper;
inline constexpr auto with_line = x3::lit("With") >> blanks >> (photo | companion);
/// The kind of story, on a line of its own: "An AP Extra", "An AP News Analysis", "An AP Special Report".
inline constexpr auto story_kind = x3::lit("An AP") >> x3::repeat(1, 3)[blanks >> capitalized_word]
                                   >> line_end;
inline constexpr auto release_word = x3::no_case[keyword::lit("release")] >> word_end;
inline constexpr auto release = -x3::lit('(') >> x3::no_case[keyword::lit("for")] >> blanks
                                >> x3::repeat(0, 2)[!release_word >> +letter >> blanks] >> release_word;
/// Flash markers and instructions on a line of their own: "URGENT", "BULLETIN", "Precede WASHINGTON".
inline constexpr auto flash = (x3::lit("URGENT") | "BULLETIN" | "FLASH") >> opt_blanks >> x3::eoi;
inline constexpr auto precede = x3::lit("Precede") >> blanks >> upper;
inline constexpr auto advance = x3::lit('$') >> x3::no_case[keyword::lit("adv")];
inline constexpr auto
    attention = -x3::lit('(') >> opt_blanks
                >> x3::no_case[keyword::lit("attn") | keyword::lit("art advisory") | keyword::lit("art adv")]
                >> -x3::lit('.') >> opt_blanks >> ':';
inline constexpr auto operator_initials = x3::lit('(') >> x3::repeat(1, 3)[letter] >> ')' >> opt_blanks
                                          >> x3::eoi;
/// A web page's time stamp, or a date alone, under the headline: "Tue Mar 3, 2009 4:12pm EST", "Updated
/// 4:12 PM ET, Tue March 3, 2009", "2009-03-03 16:12:05 GMT", "June 10, 1998".
inline constexpr auto weekday_word =
    (x3::no_case[weekdays] >> word_end)
    | ((x3::lit("Mon") | "Tues" | "Tue" | "Wed" | "Thurs" | "Thur" | "Thu" | "Fri" | "Sat" | "Sun")
       >> word_end >> -x3::lit('.'));
inline constexpr auto meridiem =
    x3::no_case[keyword::lit("am") | keyword::lit("pm") | keyword::lit("a.m.") | keyword::lit("p.m.")];
inline constexpr auto clock_time = x3::repeat(1, 2)[digit] >> ':' >> two_digits >> -(':' >> two_digits)
                                   >> -(opt_blanks >> meridiem)
                                   >> -(blanks >> x3::repeat(2, 4)[x3::char_('A', 'Z')] >> word_end);
inline constexpr auto written_date = -(weekday_word >> -x3::lit(',') >> blanks) >> x3::no_case[months]
                                     >> word_end >> -x3::lit('.') >> blanks >> x3::repeat(1, 2)[digit]
                                     >> -x3::lit(',') >> blanks >> year_digits;
inline constexpr auto numeric_date = year_digits >> '-' >> two_digits >> '-' >> two_digits;
inline constexpr auto time_stamp = -((x3::lit("Updated") | "Published" | "Posted") >> -x3::lit(':') >> blanks)
                                   >> ((clock_time >> -x3::lit(',') >> blanks >> written_date)
                                       | (written_date >> -(-x3::lit(',') >> blanks >> clock_time))
                                       | (numeric_date >> -(blanks >> clock_time)))
                                   >> line_end;
/// Can a time stamp start at `first`? Where a date can (`opens_date`: a figure, a weekday or a month), or
/// with "Updated", "Published" or "Posted".
inline bool opens_time_stamp(iterator first, iterator last) noexcept {
    return (first != last && (*first == 'U' || *first == 'P')) || opens_date(first, last);
}
/// The first bytes of `attention`: its bracket, a blank (also \f, \v, C2, E2, E3) or the "a" of its words.
inline bool opens_attention(unsigned char c) noexcept {
    constexpr constant_char_set leads = chars("(aA \t\f\v\xC2\xE2\xE3");
    return leads.contains(c);
}
/// The first bytes of `release`: its bracket or the "f" of "For".
inline bool opens_release(unsigned char c) noexcept {
    return c == '(' || c == 'f' || c == 'F';
}
/// The furniture lines above. Most header lines start with none of the bytes a time stamp, an attention
/// note or a release line needs, and are turned away from those, the dearest forms, before they are tried.
inline constexpr auto usage_line =
    (&chars("LA") >> photo) | with_line | (char_classes::lead_byte<opens_release>{} >> release) | advance
    | story_kind | (char_classes::lead_byte<opens_attention>{} >> attention) | operator_initials
    | (&chars("UBF") >> flash) | precede | (char_classes::lead_bytes<opens_time_stamp>{} >> time_stamp);
/// The advance code or the attention note a wire sets in front of the headline, on its line:
/// "$ADV21 BEAT ARTHRITIS NATURALLY", "(ATTN: N.H., N.C.) HORMONE SEEN AS …". A headline follows it.
inline constexpr auto advance_code = advance >> *(letter | digit);
inline constexpr auto attention_bracket = &x3::lit('(') >> attention >> *(x3::char_ - chars("()")) >> ')';
inline constexpr auto usage_marker = (advance_code | attention_bracket) >> blanks
                                     >> &(letter | digit | '"' | '\'' | '`');

} // namespace editorial_parts

constexpr x3::rule<class bracketed_note_rule> bracketed_note = "bracketed_note";
constexpr x3::rule<class editors_note_rule> editors_note = "editors_note";
constexpr x3::rule<class slug_line_rule> slug_line = "slug_line";
constexpr x3::rule<class bracketed_editors_note_rule> bracketed_editors_note = "bracketed_editors_note";
constexpr x3::rule<class usage_line_rule> usage_line = "usage_line";
constexpr x3::rule<class usage_marker_rule> usage_marker = "usage_marker";

inline constexpr auto bracketed_note_def = editorial_parts::bracketed_note;
inline constexpr auto editors_note_def = editorial_parts::editors_note;
/// (A line opening with none of their first bytes is turned away before they are tried.)
inline constexpr auto slug_line_def = char_classes::lead_byte<editorial_parts::opens_slug_line>{}
                                      >> (editorial_parts::slug | editorial_parts::keyword_line);

inline constexpr auto bracketed_editors_note_def = editorial_parts::bracketed_editors_note;
inline constexpr auto usage_line_def = editorial_parts::usage_line;
inline constexpr auto usage_marker_def = editorial_parts::usage_marker;

WIRECOPY_GRAMMAR_RULES(bracketed_note, editors_note, slug_line, bracketed_editors_note, usage_line,
                       usage_marker)

} // namespace wirecopy::detail::grammar
