// Reuters credit lines: "(Reporting by A in CITY; Additional reporting by B and C; Writing by D; Editing
// by E and F)", also without parentheses, with commas or periods between the roles, and alone
// ("(Compiled by A)", "(Editing by B)"); Bloomberg's "--Editors: A, B".
#pragma once

#include <wirecopy/detail/grammar/common.hpp>

namespace wirecopy::detail::grammar {

struct credit_fields {
    std::string_view role;
    std::size_t first = 0; ///< index of the credit's first name in `credits_fields::names`
    std::size_t count = 0;
};

struct credits_fields {
    std::array<credit_fields, 8> credits{};
    std::size_t count = 0;
    people_fields<48> names;
};

namespace credits_parts {

using F = credits_fields;

/// Starts a credit with the role a `raw[]` matched; its names follow in `names`.
struct begin_credit_action {
    template <class Context>
    void operator()(Context& ctx) const {
        auto& fields = fields_of<F>(ctx);
        const auto& range = x3::_attr(ctx);
        if (fields.count == fields.credits.size()) {
            x3::_pass(ctx) = false;
            return;
        }
        fields.credits[fields.count++] = {
            std::string_view(range.begin(), static_cast<std::size_t>(range.end() - range.begin())),
            fields.names.count, 0};
        fields.names.group_start = fields.names.count;
    }
};

/// Closes the credit started last: its names are those pushed since it began.
struct end_credit_action {
    template <class Context>
    void operator()(Context& ctx) const {
        auto& fields = fields_of<F>(ctx);
        auto& credit = fields.credits[fields.count - 1];
        credit.count = fields.names.count - credit.first;
    }
};

/// The words of a role, in any case: "Reporting", "Additional reporting", "Reporting and writing",
/// "Compiled", "Graphics". A sentence such as "Prices are set by OPEC" has no role.
inline const word_table<> role_words{[](auto& table) {
    table.add_all({"with",        "reporting",   "additional", "extra",      "further",   "writing",
                   "written",     "editing",     "edited",     "compiled",   "compiling", "compilation",
                   "reported",    "research",    "researched", "graphics",   "graphic",   "photos",
                   "photography", "pictures",    "video",      "production", "produced",  "translation",
                   "translated",  "translating", "design",     "data",       "visuals",   "fact-checking",
                   "sub-editing", "subediting"});
}};
inline constexpr auto role_word = x3::no_case[role_words] >> word_end;
inline constexpr auto role_def = role_word
                                 >> *(blank >> (role_word | (x3::lit("and") >> &(blank >> role_word))));
inline constexpr auto role = standalone<role_def>{};
inline constexpr auto by = x3::no_case[keyword::lit("by")] >> word_end;

/// A role and its "by", e.g. "Editing by " before a name list: never a name itself.
inline constexpr auto role_start_def = role >> blanks >> by;
inline constexpr auto role_start = standalone<role_start_def>{};
/// "Bengaluru newsroom", "Reuters staff": a desk credited as a whole.
inline constexpr auto desk = x3::lit("newsroom") | "Newsroom" | "staff" | "Staff" | "bureaus" | "bureau"
                             | "Bureau" | "desk" | "reporters" | "correspondents";
/// Reuters' desk contact inside the credit: "; Reuters Messaging: rm://…; E-mail: …; Tel: …".
inline constexpr auto messaging_lead = x3::lit("Reuters Messaging:");
inline constexpr auto name_def = !role_start >> !messaging_lead >> person_name
                                 >> -(blank >> desk >> word_end);
inline constexpr auto name = standalone<name_def>{};
/// Groups of one credit's names may be parted by semicolons: "by A in New York; B in London; Editing
/// by C" (a role after the semicolon starts the next credit instead); a location ends before the next
/// role ("in Detroit. Editing by B").
inline constexpr auto names =
    (push_person<&F::names>[name] >> -person_location<&F::names>(month_day_ahead | role_start))
    % (list_separator | (opt_blanks >> '/' >> opt_blanks)
       | (opt_blanks >> ';' >> blanks >> -(x3::lit("and") >> blanks)));

inline constexpr auto credit = (x3::raw[role] >> x3::omit[blanks >> by >> blanks])[begin_credit_action{}]
                               >> names >> x3::eps[end_credit_action{}];
/// Between credits a separator, or only blanks where a location took the sentence's period ("in New
/// York. Editing by B").
inline constexpr auto credit_list =
    credit % ((opt_blanks >> (x3::lit(';') | ',' | '.') >> opt_blanks) | (blanks >> &role_start));

/// Bloomberg: "--Editors: Ann Lee, Bo Park".
inline constexpr auto editors = -(dash >> opt_blanks)
                                >> (x3::raw[x3::lit("Editors") | "Editor"]
                                    >> x3::omit[opt_blanks >> ':' >> opt_blanks])[begin_credit_action{}]
                                >> names >> x3::eps[end_credit_action{}];

/// The first bytes of a bracket or a dash.
inline bool opens_bracket_or_dash(unsigned char c) noexcept {
    return c == '(' || c == '-' || c == '_' || c == 0xE2;
}
/// A test that every credit line passes, at its start: a bracket or a dash (before "Editors:"), told by its
/// first byte, "Editor" or a role word.
inline constexpr auto opening =
    char_classes::lead_byte<opens_bracket_or_dash>{} | x3::lit("Editor") | role_word;

/// "… Gary Crosse.)", "… Gary Crosse;)": the last credit's stray punctuation.
inline constexpr auto sentence_end = opt_blanks >> -(x3::lit('.') | ';');
inline constexpr auto messaging = -(opt_blanks >> ';' >> opt_blanks >> messaging_lead >> *(x3::char_ - ')'));
/// "(Reporting by …)", and in double parentheses, closed twice or once: "((Editing by A; Reuters
/// Messaging: …))", "(Reporting by B; Reuters Messaging: …))".
inline constexpr auto parenthesised = x3::lit('(') >> -x3::lit('(') >> opt_blanks >> credit_list >> messaging
                                      >> sentence_end >> opt_blanks >> ')' >> -x3::lit(')') >> sentence_end;

} // namespace credits_parts

constexpr x3::rule<class credits_rule> credits = "credits";

inline constexpr auto
    credits_def = start_over<credits_fields> >> (credits_parts::parenthesised
                                                 | (credits_parts::credit_list >> credits_parts::sentence_end)
                                                 | (credits_parts::editors >> credits_parts::sentence_end))
                  >> opt_blanks >> x3::eoi;

WIRECOPY_GRAMMAR_RULES(credits)

} // namespace wirecopy::detail::grammar
