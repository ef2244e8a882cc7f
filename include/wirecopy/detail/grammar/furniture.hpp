// Editorial furniture recognised by wording: boilerplate lines around a story, the lines wires close a
// story with, and the wires' sign-offs.
//
// `boilerplate_line` matches from the start of a block anywhere in a story (the header stage uses it for
// "ADVERTISEMENT" and promo lines too); `footer_furniture` and `continuation_line` only ever apply to the
// lines that end a story, and must match a whole line.
#pragma once

#include <wirecopy/detail/grammar/byline.hpp>
#include <wirecopy/detail/grammar/common.hpp>

namespace wirecopy::detail::grammar {

namespace furniture_parts {

/// Any character up to the end of the text the parser was given (a footer line, or a block).
inline constexpr auto anything = *x3::char_;

/// "Before it's here, it's on the Bloomberg Terminal."
inline constexpr auto bloomberg_terminal = x3::lit("Before it") >> apostrophe >> "s here";

// ------------------------------------------------------------------ footer-only lines
/// Rules between the story and its footer: "___", "---", "* * *", "###", "===".
inline constexpr auto rule_char = x3::lit('_') | '-' | '*' | '#' | '=' | '~' | em_dash | en_dash;
inline constexpr auto rule_line = x3::repeat(3, x3::inf)[rule_char >> opt_blanks] >> x3::eoi;
/// End-of-story marks: "-30-", "-0-", "END", "ENDS", "ENDIT", "(END)", "# # #".
inline constexpr auto end_mark = (x3::lit("-30-") | "- 30 -" | "-0-" | "# # #"
                                  | (-x3::lit('(') >> opt_blanks >> (x3::lit("ENDIT") | "ENDS" | "END")
                                     >> word_end >> opt_blanks >> -x3::lit(')')))
                                 >> line_end;
/// Notes to editors in capitals at the end: "(END OPTIONAL TRIM)", "(STORY CAN END HERE)".
inline constexpr auto editor_note = x3::lit('(') >> opt_blanks >> upper
                                    >> +(x3::char_('A', 'Z') | x3::char_('0', '9') | blank | '.' | ',' | '-'
                                         | '/')
                                    >> ')' >> line_end;
/// Notes in parentheses after the credits: "(This story has been corrected to …)", "(The story has been
/// filed again to correct …)", "(For more about …, visit …)", "($1 = 51.7 rupees)".
/// ("(For use by …)" opens the client note, which is boilerplate wherever it stands.)
/// Syndicated copy closes with sales and distribution notes: "(To publish this article, it must be
/// purchased …)", "(She also has information on how to subscribe …)", "(Distributed by …)".
inline constexpr auto note_opening = x3::lit("This story") | "The story" | "An earlier version"
                                     | (x3::lit("For ") >> !x3::lit("use ")) | '$' | "To publish this"
                                     | "To purchase this" | "She also has information"
                                     | "He also has information" | "Distributed by";
inline constexpr auto story_note = x3::lit('(') >> opt_blanks >> note_opening >> *(x3::char_ - chars("()"))
                                   >> ')' >> line_end;
/// The same without its opening bracket, as the syndicate sends it: "To purchase this material contact …)".
inline constexpr auto sales_note = (x3::lit("To purchase this") | "To publish this") >> anything;
/// A note on the writer: "(Margaret Talbot is a contributing writer for The New York Times Magazine.)",
/// "(David Nyhan is a Globe columnist.)": a name, "is", and a job word.
inline constexpr auto note_text = *(x3::char_ - chars("()") - byline_parts::job_word);
inline constexpr auto writer_note = x3::lit('(') >> capitalized_word
                                    >> x3::repeat(0, 3)[blank >> capitalized_word] >> blanks
                                    >> (x3::lit("is") | "was") >> blanks >> note_text
                                    >> byline_parts::job_word >> *(x3::char_ - chars("()")) >> ')'
                                    >> line_end;
/// The syndicate's service, in capitals: "NEW AMERICA NEWS SERVICE".
inline constexpr auto service_line =
    +(!x3::lit("NEWS SERVICE") >> +x3::char_('A', 'Z') >> blanks) >> "NEWS SERVICE" >> line_end;
/// A Reuters story number, alone or as a link: "nN0412345", "<ID:nN26443346>".
inline constexpr auto story_number = -x3::lit("<ID:") >> 'n' >> x3::char_('A', 'Z')
                                     >> x3::repeat(6, x3::inf)[digit] >> -x3::lit('>') >> line_end;
/// Transmission trailers: "NYT-03-01-98 1422EST", "AP-NY-06-01-98 1530EDT<".
inline constexpr auto trailer_tag = +x3::char_('A', 'Z') >> *('-' >> +x3::char_('A', 'Z'));
inline constexpr auto trailer = trailer_tag >> '-' >> two_digits >> '-' >> two_digits >> '-' >> two_digits
                                >> -two_digits >> blanks >> x3::repeat(4)[digit] >> +x3::char_('A', 'Z')
                                >> -x3::lit('<') >> line_end;
/// A web address alone, or under a label: "Online: http://…", "More AP coverage: https://apnews.com/…".
inline constexpr auto url = (x3::no_case[keyword::lit("https://") | keyword::lit("http://")]
                             | x3::lit("www."))
                            >> +(x3::char_ - blank - x3::lit('\n') - x3::lit('\r'));
inline constexpr auto url_label = +(x3::char_ - ':' - x3::lit('\n') - x3::lit('\r')) >> ':' >> opt_blanks;
inline constexpr auto url_line = ((url_label >> url) | url) >> line_end;
inline constexpr auto online_line = x3::no_case[keyword::lit("online")] >> opt_blanks >> ':' >> line_end;
/// "Follow Ann Lee on Twitter at https://twitter.com/annlee", "Follow AP's coverage at …".
inline constexpr auto social =
    x3::no_case[keyword::lit("twitter") | keyword::lit("facebook") | keyword::lit("instagram")] | "http"
    | '@';
inline constexpr auto follow_line = x3::lit("Follow") >> blanks >> *(x3::char_ - social) >> social
                                    >> anything;
/// Reuters desk contact lines: "((ann.lee@thomsonreuters.com; +44 20 7542 4441;))".
inline constexpr auto desk_contact = x3::lit("((") >> *(x3::char_ - "))") >> "))" >> line_end;
/// Reuters 1996 desk lines: "-- London Newsroom +44 171 542 7717".
inline constexpr auto desk_word =
    x3::no_case[keyword::lit("newsroom") | keyword::lit("desk") | keyword::lit("bureau")] >> word_end;
inline constexpr auto newsroom_line = (x3::lit("--") | em_dash) >> opt_blanks
                                      >> +(!desk_word >> place_word >> blank) >> desk_word >> anything;

/// The first bytes of the footer furniture below that are not ASCII capitals (those open trailers, "END",
/// "Online:", "Follow", "Keywords:"): rules, marks, brackets, dashes (E2), blanks before "END" (also \f, \v,
/// C2, E2, E3), "online:" and story numbers ("nN0412345", "<ID:…").
inline bool opens_other_furniture(unsigned char c) noexcept {
    constexpr constant_char_set leads = chars("_*#=~( \t\f\v\xC2\xE2\xE3on<-"); // '-' last: not a range
    return leads.contains(c);
}

/// "Reuters", "Reuter": a table, whose look-up costs less than the two words compared in any case.
inline const word_table<> reuter_words{[](auto& table) { table.add_all({"reuters", "reuter"}); }};

} // namespace furniture_parts

constexpr x3::rule<class boilerplate_rule> boilerplate_line = "boilerplate_line";
constexpr x3::rule<class footer_furniture_rule> footer_furniture = "footer_furniture";
constexpr x3::rule<class link_rule> link_line = "link_line";
constexpr x3::rule<class continuation_rule> continuation_line = "continuation_line";
constexpr x3::rule<class signoff_rule> signoff_line = "signoff_line";

/// Lines publishers add around a story; each matches from the start of its line. A line is tried only on
/// the phrases that start with its first byte: most blocks and footer lines start with none.
struct boilerplate_phrases : scan_parser<boilerplate_phrases> {
    static bool scan(iterator& first, iterator const& last) noexcept {
        if (first == last)
            return false;
        switch (*first) {
        case 'a':
        case 'A':
            return match(first, last,
                         (x3::no_case[keyword::lit("advertisement")] >> opt_blanks >> x3::eoi)
                             | x3::no_case[keyword::lit("all rights reserved")]);
        case 'S':
            return match(first, last, x3::lit("Subscribe now") | x3::lit("Story continues below"));
        case 'O':
            return match(first, last, x3::lit("Our Standards:") | x3::lit("Open this photo in gallery"));
        case 'R':
            return match(first, last,
                         (x3::lit("Read more") | "READ MORE")
                             >> (':' | (-x3::lit(" about:") >> opt_blanks >> x3::eoi)));
        case 'F':
            return match(first, last, x3::lit("For more articles like this"));
        case 'B':
            return match(first, last, furniture_parts::bloomberg_terminal);
        case 'H':
            return match(first, last, x3::lit("Have a confidential tip for our reporters"));
        case 'T':
            return match(first, last, x3::lit("This material may not be published"));
        case '(':
            return match(first, last, x3::lit("(For use by"));
        case 'C':
            return match(first, last, x3::lit("Click For Restrictions"));
        default:
            return false;
        }
    }

private:
    template <class Parser>
    static bool match(iterator& first, iterator const& last, const Parser& phrases) noexcept {
        iterator at = first;
        if (!x3::parse(at, last, phrases))
            return false;
        first = at;
        return true;
    }
};

inline constexpr auto boilerplate_line_def = boilerplate_phrases{};

/// Whole lines that close a story without being part of it. Every form runs to the end of the line, so
/// which one matches does not matter, and each is tried only on the bytes it can start with: most lines
/// footer planning looks at are prose, and are turned away after a test or two instead of nine.
inline constexpr auto footer_furniture_def =
    (char_classes::lead_byte<&char_classes::upper::ascii>{}
     >> (furniture_parts::trailer | (&x3::lit('E') >> furniture_parts::end_mark)
         | (&x3::lit('O') >> furniture_parts::online_line) | furniture_parts::follow_line
         | (x3::lit("Keywords:") >> furniture_parts::anything)
         | (&x3::lit('T') >> furniture_parts::sales_note) | furniture_parts::service_line))
    | (char_classes::lead_byte<furniture_parts::opens_other_furniture>{}
       >> (furniture_parts::rule_line | furniture_parts::end_mark | furniture_parts::editor_note
           | furniture_parts::online_line | furniture_parts::desk_contact | furniture_parts::newsroom_line
           | furniture_parts::story_note | furniture_parts::writer_note | furniture_parts::story_number));

/// A web address alone or under a label ("Online: http://…"); callers try it only on lines with one.
inline constexpr auto link_line_def = furniture_parts::url_line;

/// "More", "MORE", "(MORE)": the story goes on in another take. Only the last line of a story.
inline constexpr auto continuation_line_def = -x3::lit('(') >> opt_blanks >> x3::no_case[keyword::lit("more")]
                                              >> word_end >> opt_blanks >> -x3::lit(')') >> line_end;

/// The sign-off proper, without what follows it: "Reuter", "REUTER...", "Reuters" (1987 Reuters copy);
/// AFP's staff initials "bur-lth/cw", "jm/sco"; Xinhua's "Enditem".
inline constexpr auto signoff_line_def =
    (x3::no_case[furniture_parts::reuter_words] >> word_end >> *x3::lit('.'))
    | (x3::no_case[keyword::lit("enditem")] >> word_end >> *x3::lit('.'))
    | (x3::repeat(1, 5)[x3::char_('a', 'z')] % '-' >> +('/' >> x3::repeat(1, 5)[x3::char_('a', 'z')] % '-')
       >> word_end);

WIRECOPY_GRAMMAR_RULES(boilerplate_line, footer_furniture, link_line, continuation_line, signoff_line)

} // namespace wirecopy::detail::grammar
