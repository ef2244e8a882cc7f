// Courtesy and rank titles written before a name ("Mr.", "Sen.", "Lt."): for the grammars' honorific and
// title tables, and for the quote stage, whose periods after them end no sentence and whose titles tell a
// gender. Plain lists, without Spirit, so that the quote stage reads them as they are.
#pragma once

namespace wirecopy::detail::grammar {

/// Written with or without their period.
inline constexpr const char* honorific_words[] = {
    "Mr",  "Mrs",  "Ms",   "Miss", "Dr",   "Sen",  "Rep", "Gov",  "Lt",   "Gen",
    "Col", "Sgt",  "Capt", "Cpl",  "Prof", "Rev",  "Hon", "Insp", "Supt", "Const",
    "Det", "Cmdr", "Adm",  "Maj",  "Pte",  "Atty", "Fr",  "Mme",  "Mlle", "Msgr"};
/// "St." and "Sr." are honorifics too ("St. Francis", "Sr. Mary"), but more often open a name of their own
/// ("St. Louis", "Fernand St Germain") than stand before a speaker's: no title of one.
inline constexpr const char* name_opening_honorifics[] = {"St", "Sr"};

/// Titles that say whether their bearer is a man or a woman.
inline constexpr const char* male_titles[] = {"Mr", "Sir", "Lord", "King", "Prince", "Father", "Brother"};
inline constexpr const char* female_titles[] = {"Mrs",  "Ms",   "Miss",  "Mme",      "Mlle",
                                                "Lady", "Dame", "Queen", "Princess", "Sister"};

} // namespace wirecopy::detail::grammar
