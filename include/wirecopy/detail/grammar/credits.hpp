// Reuters credit lines: "(Reporting by A in CITY; Additional reporting by B and C; Writing by D; Editing
// by E and F)", also without parentheses.
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
        auto& fields = x3::get<fields_tag>(ctx);
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
        auto& fields = x3::get<fields_tag>(ctx);
        auto& credit = fields.credits[fields.count - 1];
        credit.count = fields.names.count - credit.first;
    }
};

/// "Reporting", "Additional reporting", "Writing", "Editing", "Compiled", "Reporting and writing".
inline const auto role_word = +lower;
inline const auto role = capitalized_word >> *(blank >> !x3::lit("by") >> role_word >> word_end);
inline const auto credit = x3::raw[role][begin_credit_action{}] >> blanks >> "by" >> blanks
                           >> people_list<&F::names> >> x3::eps[end_credit_action{}];
inline const auto credit_list = credit % (opt_blanks >> (x3::lit(';') | ',') >> opt_blanks);

} // namespace credits_parts

x3::rule<class credits_rule> const credits = "credits";

inline const auto credits_def = start_over >> ((x3::lit('(') >> opt_blanks >> credits_parts::credit_list
                                                >> opt_blanks >> -x3::lit('.') >> opt_blanks >> ')')
                                               | (credits_parts::credit_list >> opt_blanks >> -x3::lit('.')))
                                >> opt_blanks >> x3::eoi;

BOOST_SPIRIT_DEFINE(credits)

} // namespace wirecopy::detail::grammar
