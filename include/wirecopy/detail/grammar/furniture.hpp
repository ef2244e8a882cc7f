// Editorial furniture recognised by wording: boilerplate lines and the wire's sign-off.
#pragma once

#include <wirecopy/detail/grammar/common.hpp>

namespace wirecopy::detail::grammar {

x3::rule<class boilerplate_rule> const boilerplate_line = "boilerplate_line";
x3::rule<class signoff_rule> const signoff_line = "signoff_line";

/// Lines publishers add around a story; each matches from the start of its line.
inline const auto boilerplate_line_def =
    (x3::no_case[x3::lit("advertisement")] >> opt_blanks >> x3::eoi) | x3::lit("For more articles like this")
    | x3::lit("Subscribe now") | x3::lit("Our Standards:") | x3::no_case[x3::lit("all rights reserved")]
    | x3::lit("This material may not be published") | x3::lit("(For use by")
    | x3::lit("Story continues below") | (x3::lit("Read more") >> opt_blanks >> x3::eoi);

/// "Reuter", "REUTER", "Reuters" alone at the end of a story (1987 Reuters copy).
inline const auto signoff_line_def = x3::no_case[x3::lit("reuters") | "reuter"] >> word_end >> *x3::lit('.');

BOOST_SPIRIT_DEFINE(boilerplate_line, signoff_line)

} // namespace wirecopy::detail::grammar
