// Bloomberg contact lines: "To contact the reporter(s) on this story: NAME in CITY at EMAIL;NAME …" and
// "To contact the editor(s) responsible for this story: NAME at EMAIL, NAME"; Businessweek's "To contact
// the author of this story:". On the terminal the names follow the introduction on lines of their own.
#pragma once

#include <wirecopy/detail/grammar/common.hpp>

namespace wirecopy::detail::grammar {

struct contact_fields {
    std::string_view name;
    std::string_view location;
    std::string_view email;
};

struct contacts_fields {
    contact_role role = contact_role::reporter;
    std::array<contact_fields, 16> contacts{};
    std::size_t count = 0;
    std::size_t dropped = 0;
};

namespace contacts_parts {

using F = contacts_fields;

struct set_role_action {
    contact_role role;
    template <class Context>
    void operator()(Context& ctx) const {
        fields_of<F>(ctx).role = role;
    }
};

/// Starts a new contact with the name matched.
struct push_contact_action {
    template <class Context>
    void operator()(const Context& ctx, std::string_view name) const {
        auto& fields = fields_of<F>(ctx);
        if (fields.count == fields.contacts.size()) {
            ++fields.dropped;
            return;
        }
        fields.contacts[fields.count++] = {name, {}, {}};
    }
};
inline constexpr on_text<push_contact_action> push_contact{};

/// Sets member `Member` of the contact started last to the text matched.
template <std::string_view contact_fields::*Member>
struct set_contact_action {
    template <class Context>
    void operator()(const Context& ctx, std::string_view text) const {
        auto& fields = fields_of<F>(ctx);
        if (fields.count > 0 && fields.dropped == 0)
            fields.contacts[fields.count - 1].*Member = text;
    }
};
template <std::string_view contact_fields::*Member>
inline constexpr on_text<set_contact_action<Member>> set_contact{};

inline constexpr auto this_story =
    x3::no_case[keyword::lit("this")] >> blanks
    >> x3::no_case[keyword::lit("story") | keyword::lit("article") | keyword::lit("report")] >> word_end;
/// "on this story", "for this story", "of this article", "responsible for this story".
inline constexpr auto about_story =
    blanks >> -(x3::no_case[keyword::lit("responsible")] >> blanks)
    >> x3::no_case[keyword::lit("on") | keyword::lit("for") | keyword::lit("of") | keyword::lit("about")]
    >> blanks >> this_story;
inline constexpr auto reporters =
    x3::no_case[keyword::lit("reporters") | keyword::lit("reporter") | keyword::lit("authors")
                | keyword::lit("author") | keyword::lit("writers") | keyword::lit("writer")
                | keyword::lit("correspondents") | keyword::lit("correspondent")]
    >> word_end >> -about_story;
inline constexpr auto editors =
    x3::no_case[keyword::lit("editors") | keyword::lit("editor")] >> word_end >> -about_story;
inline constexpr auto intro = x3::no_case[keyword::lit("to")] >> blanks
                              >> x3::no_case[keyword::lit("contact")] >> blanks
                              >> x3::no_case[keyword::lit("the")] >> blanks
                              >> (reporters[set_role_action{contact_role::reporter}]
                                  | editors[set_role_action{contact_role::editor}])
                              >> opt_blanks >> -x3::lit(':') >> space;

/// "+1-212-617-2000", "(212) 617-2000".
inline constexpr auto phone_def = -x3::lit('+') >> (digit | '(')
                                  >> *(digit | '-' | '.' | '(' | ')' | blank >> &digit);
inline constexpr auto phone = standalone<phone_def>{};
inline constexpr auto captured_email = -x3::lit('<') >> set_contact<&contact_fields::email>[email]
                                       >> -x3::lit('>');
/// "at EMAIL", "at EMAIL or PHONE", "at PHONE or EMAIL", "via EMAIL".
inline constexpr auto reach = blanks >> (x3::lit("at") | "via") >> blanks
                              >> ((captured_email >> -(blanks >> "or" >> blanks >> phone))
                                  | (phone >> -(blanks >> "or" >> blanks >> captured_email)));

/// "Caracas" in "in Caracas Office": Bloomberg names the bureau; the location is its city.
inline constexpr auto bureau_city_def = place_word
                                        >> *(blank >> !(x3::lit("Office") >> word_end) >> place_word);
inline constexpr auto bureau_city = standalone<bureau_city_def>{};
/// "federal court in Chicago", "Manhattan federal court": a reporter at a trial is located by the court.
inline constexpr auto court = x3::no_case[keyword::lit("court")] >> word_end;
inline constexpr auto court_word = !((x3::lit("at") >> word_end) | court) >> +(letter | '.');
inline constexpr auto courtroom_def = x3::repeat(0, 4)[court_word >> blank] >> court
                                      >> -(blanks >> "in" >> blanks >> city >> -region_qualifier);
inline constexpr auto courtroom = standalone<courtroom_def>{};
inline constexpr auto
    entry = push_contact[person_name]
            >> -(blanks >> "in" >> blanks
                 >> (set_contact<&contact_fields::location>[courtroom]
                     | (set_contact<&contact_fields::location>[bureau_city] >> blank >> "Office" >> word_end)
                     | set_contact<&contact_fields::location>[city >> -region_qualifier]))
            >> -reach;
/// Entries are separated by ";", ",", " and ", or only white space after an e-mail address (a line break
/// on the terminal).
inline constexpr auto separator =
    (opt_blanks >> (x3::lit(';') | ',') >> opt_blanks >> -(x3::lit("and") >> blanks))
    | (blanks >> "and" >> blanks) | space;

/// The Wall Street Journal: "Write to Ann Lee at ann.lee@wsj.com and Bo Park at bo.park@wsj.com"; each
/// name has its address.
inline constexpr auto write_to = x3::lit("Write to") >> blanks;
inline constexpr auto addressed_entry = push_contact[person_name] >> reach;

inline constexpr auto end = opt_blanks >> -x3::lit('.') >> opt_blanks >> x3::eoi;

} // namespace contacts_parts

constexpr x3::rule<class contacts_rule> contacts = "contacts";

inline constexpr auto contacts_def =
    (start_over<contacts_fields> >> contacts_parts::intro >> contacts_parts::entry % contacts_parts::separator
     >> contacts_parts::end)
    | (start_over<contacts_fields> >> contacts_parts::write_to
       >> contacts_parts::addressed_entry % contacts_parts::separator >> contacts_parts::end);

WIRECOPY_GRAMMAR_RULES(contacts)

} // namespace wirecopy::detail::grammar
