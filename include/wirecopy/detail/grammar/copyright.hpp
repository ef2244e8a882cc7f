// Copyright lines: "©2019 Bloomberg L.P.", "(c) Reuters Limited 1996", "Copyright 2019 The Associated Press.
// All rights reserved.", "c.1998 The Arizona Republic", "(c) Copyright Thomson Reuters 2014.",
// "Copyright © 2019 AFP", "© Agence France-Presse".
#pragma once

#include <wirecopy/detail/grammar/common.hpp>

namespace wirecopy::detail::grammar {

struct copyright_fields {
    std::string_view holder;
    unsigned year = 0;
};

namespace copyright_parts {

using F = copyright_fields;

/// Company abbreviations whose period belongs to the holder's name ("Bloomberg L.P.", "Dow Jones & Co.").
inline constexpr auto company_abbreviation = (x3::lit("L.P.") | "Inc." | "Co." | "Corp." | "Ltd." | "S.A."
                                              | "N.V." | "A.G." | "L.L.C." | "LLC" | "PLC" | "plc")
                                             >> word_end;
/// A web publisher's address: "HealthSurfing.com".
inline constexpr auto web_domain = x3::lit('.') >> (x3::lit("com") | "org" | "net") >> word_end;
/// "N.Y." (initials keep their periods), "AFP", "Times"; a period after a word ends the sentence.
inline constexpr auto holder_word = (+(upper >> '.') >> word_end) | (capitalized_word >> -web_domain);
inline constexpr auto holder_joiner = x3::lit("of") | "and" | "&" | "the";
/// Syndicated copy names a magazine in lower case: "c.1998 Discover magazine".
inline constexpr auto publication_kind = (x3::lit("magazine") | "newspaper") >> word_end;
/// "The Independent, London": a paper's city, where it ends the line.
inline constexpr auto holder_city = x3::lit(", ") >> capitalized_word >> &(opt_blanks >> (x3::eoi | '.'));
/// "The Associated Press", "N.Y. Times News Service", "Dow Jones & Co.", "Nexstar Media, Inc.": a
/// company abbreviation ends the name.
inline constexpr auto holder_def =
    holder_word >> *(blank >> !company_abbreviation
                     >> (holder_word | holder_joiner >> &(blank >> (holder_word | company_abbreviation))))
    >> -(blank >> publication_kind) >> *((blank | x3::lit(", ")) >> company_abbreviation) >> -holder_city;
inline constexpr auto holder = standalone<holder_def>{};

/// The bytes a notice can open with: "©", "(c)", "c.1998", "Copyright", "C Copyright".
inline bool opens_notice(char c) noexcept {
    return c == '\xC2' || c == '(' || c == 'c' || c == 'C';
}

inline constexpr auto sign = copyright_sign | x3::no_case[keyword::lit("(c)")];
inline constexpr auto word = x3::no_case[keyword::lit("copyright")] >> word_end;
/// "Copyright", "Copyright ©", "(c) Copyright", "c Copyright" (a © lost in transmission).
inline constexpr auto worded_lead =
    (-(sign >> opt_blanks) >> word >> -(opt_blanks >> sign)) | (x3::lit('c') >> blanks >> word);
/// "©", "(c)", and NYT News Service's "c.1998".
inline constexpr auto lead = worded_lead | sign | (x3::lit("c.") >> opt_blanks >> &digit);
inline constexpr auto year_value = year_digits[store<&F::year>] >> !digit;
/// Years may be a range ("1996-2019"); the first is the year of record.
inline constexpr auto years = year_value >> -((x3::lit('-') | en_dash) >> year_digits >> !digit);
inline constexpr auto captured_holder =
    -(x3::no_case[keyword::lit("by")] >> blanks) >> capture<&copyright_fields::holder>[holder];
/// Without a year the notice must end where the holder does: "© Agence France-Presse."
inline constexpr auto notice_end = opt_blanks >> (x3::eoi | x3::lit('.'));

} // namespace copyright_parts

constexpr x3::rule<class copyright_rule> copyright = "copyright";

/// Matches the copyright notice proper; what follows it on the line ("All rights reserved. …") is left
/// for the caller, which reports it as boilerplate.
inline constexpr auto copyright_def =
    (start_over<copyright_fields> >> copyright_parts::lead >> opt_blanks >> copyright_parts::years
     >> -x3::lit(',') >> opt_blanks >> copyright_parts::captured_holder)
    | (start_over<copyright_fields> >> copyright_parts::lead >> opt_blanks >> copyright_parts::captured_holder
       >> -x3::lit(',') >> blanks >> copyright_parts::years)
    | (start_over<copyright_fields> >> copyright_parts::lead >> opt_blanks >> copyright_parts::captured_holder
       >> &copyright_parts::notice_end);

WIRECOPY_GRAMMAR_RULES(copyright)

} // namespace wirecopy::detail::grammar
