// Contributor lines: Bloomberg "--With assistance from A and B in CITY.", AP "Associated Press writer A in
// CITY contributed to this report.", CNN "CNN's A, B and C contributed to this report.", NYT News Service
// "(Staff writer A contributed reporting from CITY.)", "Reporting was contributed by A."
#pragma once

#include <wirecopy/detail/grammar/common.hpp>

namespace wirecopy::detail::grammar {

struct contributors_fields {
    people_fields<32> people;
    /// "CNN" in "CNN's A contributed", "Associated Press" in "Associated Press writer A contributed".
    std::string_view outlet;
};

namespace contributors_parts {

using F = contributors_fields;

/// Forgets what a failed alternative captured; cheaper than `start_over`, which would clear all the
/// names each time.
struct restart_action {
    template <class Context>
    void operator()(Context& ctx) const {
        auto& fields = fields_of<F>(ctx);
        fields.people.count = fields.people.group_start = fields.people.dropped = 0;
        fields.outlet = {};
    }
};
inline constexpr auto restart = x3::eps[restart_action{}];

/// The sentence's end: a period, a closing parenthesis.
inline constexpr auto close = opt_blanks >> -x3::lit('.') >> opt_blanks >> -(x3::lit(')') >> -x3::lit('.'))
                              >> opt_blanks >> x3::eoi;
/// ", Neb." after a city. Another place (a country) is a qualifier only where no name can follow it:
/// before ", and", ", contributed" or the end of the sentence.
inline constexpr auto qualifier_def =
    x3::lit(',') >> blank
    >> ((regions >> word_end)
        | (place >> &((x3::lit(',') >> blanks >> (x3::lit("and") >> blank | "contributed")) | close)));
inline constexpr auto qualifier = standalone<qualifier_def>{};
inline constexpr auto located = blanks >> "in" >> blanks >> locate_group<&F::people>[city >> -qualifier];
inline constexpr auto names = (push_person<&F::people>[person_name] >> -located) % list_separator;
/// "from Paris": where the names since the last "in CITY" reported from.
inline constexpr auto from_place = blanks >> "from" >> blanks >> locate_group<&F::people>[city >> -qualifier];

inline constexpr auto this_story = x3::lit("this") >> blanks >> (x3::lit("report") | "story" | "article")
                                   >> word_end;
inline constexpr auto to_story = blanks >> "to" >> blanks >> this_story;
inline constexpr auto what = blanks >> (x3::lit("additional reporting") | "reporting" | "research")
                             >> word_end;
inline constexpr auto contributed = -x3::lit(',') >> blanks >> x3::lit("contributed") >> word_end;
/// After a wire's name and a job title: "contributed", "contributed reporting from Paris".
inline constexpr auto contributed_any = contributed >> -what >> -to_story >> -from_place;
/// After names alone the sentence must say what was contributed: "A contributed to this report".
inline constexpr auto contributed_to_report = contributed >> ((what >> -to_story >> -from_place)
                                                              | (to_story >> -from_place) | from_place);

/// Job titles before the names: "writer", "Medical Writer", "White House Correspondent", "staff writers".
inline const word_table<> title_nouns{[](auto& table) {
    table.add_all({"writer",        "writers",        "reporter",        "reporters",
                   "correspondent", "correspondents", "researcher",      "researchers",
                   "journalist",    "journalists",    "videojournalist", "videojournalists",
                   "photographer",  "photographers",  "photojournalist", "photojournalists",
                   "editor",        "editors",        "producer",        "producers",
                   "staff",         "columnist",      "columnists",      "contributor",
                   "contributors",  "stringer",       "stringers"});
}};
inline constexpr auto title_noun = x3::no_case[title_nouns] >> word_end;
inline constexpr auto title_word = +(letter | '-') >> word_end;
inline constexpr auto title_def = x3::repeat(0, 3)[!title_noun >> title_word >> blanks] >> title_noun
                                  >> *(blanks >> title_noun);
inline constexpr auto title = standalone<title_def>{};

/// A news organisation's possessive: "CNN's", "NBC News'", "The Washington Post's".
inline constexpr auto outlet_word = upper >> *(letter | '.' | '&' | '-');
inline constexpr auto possessive = capture<&F::outlet>[outlet_word % blank] >> apostrophe >> -x3::lit('s')
                                   >> word_end;
inline constexpr auto wire_name = x3::lit("The Associated Press") | "Associated Press" | "AP";

inline constexpr auto with_assistance = -(dash >> opt_blanks) >> x3::no_case[keyword::lit("with")] >> blanks
                                        >> x3::no_case[keyword::lit("assistance")];
inline constexpr auto assistance =
    with_assistance >> blanks >> x3::no_case[keyword::lit("from") | keyword::lit("by")] >> blanks >> names;
inline constexpr auto wire_staff =
    capture<&F::outlet>[wire_name] >> blanks >> title >> blanks >> names >> contributed_any;
/// CNN: "CNN's A reported from Cairo, and B wrote and reported from Atlanta."
inline constexpr auto reported = -x3::lit(',') >> blanks >> (x3::lit("wrote and reported")
                                                             | "reported and wrote" | "reported" | "wrote")
                                 >> word_end >> -from_place;
inline constexpr auto outlet_clause = -(possessive >> blanks) >> -(title >> blanks) >> names
                                      >> (contributed_any | reported);
inline constexpr auto clause_separator =
    (opt_blanks >> (x3::lit(',') | ';') >> blanks >> -(x3::lit("and") >> blanks))
    | (blanks >> "and" >> blanks);
inline constexpr auto outlet_staff = &possessive >> outlet_clause % clause_separator;
inline constexpr auto was_contributed = (x3::lit("Additional reporting") | "Reporting" | "Research") >> blanks
                                        >> "was" >> blanks >> "contributed" >> blanks >> "by" >> blanks
                                        >> names >> -from_place;
inline constexpr auto named = -(title >> blanks) >> names >> contributed_to_report;

/// The sentence may stand in parentheses (NYT News Service) or follow a dash ("—Ann Lee contributed …").
inline constexpr auto open = -((x3::lit('(') | dash) >> opt_blanks);
/// How a line of the assistance form opens: "--With assistance", "(WITH ASSISTANCE".
inline constexpr auto opens_with_assistance = open >> with_assistance;

} // namespace contributors_parts

constexpr x3::rule<class contributors_rule> contributors = "contributors";

inline constexpr auto contributors_def =
    (contributors_parts::restart >> contributors_parts::open >> contributors_parts::assistance
     >> contributors_parts::close)
    | (contributors_parts::restart >> contributors_parts::open >> contributors_parts::wire_staff
       >> contributors_parts::close)
    | (contributors_parts::restart >> contributors_parts::open >> contributors_parts::outlet_staff
       >> contributors_parts::close)
    | (contributors_parts::restart >> contributors_parts::open >> contributors_parts::was_contributed
       >> contributors_parts::close)
    | (contributors_parts::restart >> contributors_parts::open >> contributors_parts::named
       >> contributors_parts::close);

WIRECOPY_GRAMMAR_RULES(contributors)

} // namespace wirecopy::detail::grammar
