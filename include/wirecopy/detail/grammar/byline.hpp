// Byline grammar: "By NAME[, NAME][ and NAME][ in CITY][, AFFILIATION]" with an optional title line under
// it ("Associated Press Writer"), a title before the names ("by Xinhua writer Li Ming"), a byline of an
// organisation alone ("By The Associated Press"), and without "By" the names and their organisation or
// title: "Joan Bryden, The Canadian Press", "Rachel Gilmore, Power Play producer".
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

/// "c.1997 N.Y. Times News Service", "(c) 2019 The Canadian Press": a copyright mark before it.
inline constexpr auto copyright_mark =
    (x3::no_case[keyword::lit("c.") | keyword::lit("(c)")] | copyright_sign) >> opt_blanks >> year_digits
    >> blanks;
/// Who the writers work for, in any case: "Reuters", "THE ASSOCIATED PRESS", "Reuters." (a stray period).
/// Never an author.
inline constexpr auto affiliation = -copyright_mark >> capture<&F::affiliation>[organisation]
                                    >> -x3::lit('.');

/// "Writer", "Correspondent", "writers": what makes a line a job title.
inline const word_table<> job_words{[](auto& table) {
    table.add_all({"writer", "correspondent", "reporter", "editor", "columnist", "producer", "staff",
                   "analyst", "contributor", "photographer", "critic", "chief"});
}};
inline constexpr auto job_word = x3::no_case[job_words] >> -x3::lit('s') >> word_end;
/// "Associated Press Writer", "AP Business Writer", "Staff Writer", "Xinhua writer", "CNN Medical News
/// Producer": an organisation and capitalised words, then job words.
/// An organisation only leads: in "MATT KELLEY Associated Press Writer" the title starts at it.
inline constexpr auto title_def = -(organisation >> blank)
                                  >> *(!job_word >> !organisation >> capitalized_word >> blank) >> job_word
                                  >> *(blank >> job_word);
inline constexpr auto title = standalone<title_def>{};
inline constexpr auto captured_title = capture<&F::title>[title];
/// What follows the last comma of a byline without "By": an organisation or a job title. (Built once: an
/// expression composed at each call copies its word tables.)
inline constexpr auto after_last_comma = organisation | title;
/// "Xinhua writer " before the names: captured only once the names are known to follow.
inline constexpr auto title_before_names = &(title >> blanks >> name_word) >> captured_title >> blanks;

/// After "By", the names and a comma, a title in the words of the sentence, to the end of the line: "By
/// Chang-Ran Kim, Asia auto correspondent", "…, Reuters health correspondent".
inline constexpr auto title_in_prose =
    x3::repeat(0, 5)[!(job_word >> &line_end) >> letter >> char_classes::word_rest<char_classes::letter>{}
                     >> word_end >> blank]
    >> job_word >> &line_end;
/// Where a name stops: before "AND", or before an organisation or a job title that closes the line ("By
/// DAVID HO Associated Press Writer").
inline constexpr auto line_closes = opt_blanks >> (x3::eoi | line_break);
inline constexpr auto name_stop = ((x3::lit("AND") | "WITH" | "With") >> word_end)
                                  | (organisation >> -x3::lit('.') >> line_closes) | (title >> line_closes);
inline constexpr auto author = !title >> !organisation
                               >> push_person<&F::authors>[person_name_before(name_stop)]
                               >> -person_location<&F::authors>();
/// Between writers, also "with": "By LINDA RAO with SHERRY WEISS KISER".
inline constexpr auto writers_separator =
    list_separator | (blanks >> x3::no_case[keyword::lit("with")] >> blanks);
inline constexpr auto authors = author % (writers_separator >> !title_in_prose);

/// Between the names and what follows them: a comma, a blank, or a line break (AP's title line).
inline constexpr auto part_separator = (opt_blanks >> ',' >> space) | space;
/// After the names: a title, an affiliation, or both in either order.
inline constexpr auto tail =
    -((opt_blanks >> ',' >> blanks >> capture<&F::title>[title_in_prose])
      | (part_separator >> ((captured_title >> -(part_separator >> affiliation))
                            | (affiliation >> -(part_separator >> captured_title)))));

inline constexpr auto by = x3::no_case[keyword::lit("by")] >> -x3::lit(':') >> blanks;

} // namespace byline_parts

constexpr x3::rule<class byline_rule> byline = "byline";
constexpr x3::rule<class job_title_line_rule> job_title_line = "job_title_line";

inline constexpr auto byline_def =
    ((start_over<byline_fields> >> byline_parts::by >> -byline_parts::title_before_names
      >> byline_parts::authors >> byline_parts::tail)
     | (start_over<byline_fields> >> byline_parts::by
        >> ((byline_parts::captured_title >> -(byline_parts::part_separator >> byline_parts::affiliation))
            | (byline_parts::affiliation >> -(byline_parts::part_separator >> byline_parts::captured_title))))
     | (start_over<byline_fields> >> byline_parts::authors >> opt_blanks >> ',' >> blanks
        >> (byline_parts::affiliation | byline_parts::captured_title)))
    >> opt_blanks >> x3::eoi;

/// A job title on a line of its own under the byline ("Associated Press Writer", "AP Science Writer"),
/// where the wire set it apart from the names ("By BRUCE HANDLER ^Associated Press Writer").
inline constexpr auto job_title_line_def = byline_parts::title >> opt_blanks >> x3::eoi;

WIRECOPY_GRAMMAR_RULES(byline, job_title_line)

} // namespace wirecopy::detail::grammar
