// Copyright lines: "©2019 Bloomberg L.P.", "(c) Reuters Limited 1996", "Copyright 2019 The Associated Press.
// All rights reserved.", "c.1998 The Arizona Republic".
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
inline const auto company_abbreviation = (x3::lit("L.P.") | "Inc." | "Co." | "Corp." | "Ltd." | "S.A."
                                          | "N.V." | "A.G." | "L.L.C." | "LLC" | "PLC" | "plc")
                                         >> word_end;
inline const auto holder_word = company_abbreviation | capitalized_word | caps_word;
inline const auto holder_joiner = x3::lit("of") | "and" | "&" | "the";
inline const auto holder = holder_word
                           >> *(blank >> (holder_word | holder_joiner >> &(blank >> holder_word)));

inline const auto sign = copyright_sign | x3::no_case[x3::lit("(c)")];
inline const auto lead =
    (x3::no_case[x3::lit("copyright")] >> -(opt_blanks >> sign)) | sign | (x3::lit("c.") >> &digit);
inline const auto year_value = year_digits[store<&F::year>] >> !digit;
/// Years may be a range ("1996-2019"); the first is the year of record.
inline const auto years = year_value >> -((x3::lit('-') | en_dash) >> year_digits >> !digit);

} // namespace copyright_parts

x3::rule<class copyright_rule> const copyright = "copyright";

/// Matches the copyright notice proper; what follows it on the line ("All rights reserved. …") is left
/// for the caller, which reports it as boilerplate.
inline const auto copyright_def =
    (start_over >> copyright_parts::lead >> opt_blanks >> copyright_parts::years >> -x3::lit(',')
     >> opt_blanks >> x3::raw[copyright_parts::holder][capture<&copyright_fields::holder>])
    | (start_over >> copyright_parts::lead >> opt_blanks
       >> x3::raw[copyright_parts::holder][capture<&copyright_fields::holder>] >> -x3::lit(',') >> blanks
       >> copyright_parts::years);

BOOST_SPIRIT_DEFINE(copyright)

} // namespace wirecopy::detail::grammar
