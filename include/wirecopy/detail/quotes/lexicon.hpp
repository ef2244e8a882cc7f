// The quote stage's own word lists: abbreviations, pronouns that tell a gender, the small words of titles,
// words naming a work, and the phrases that hold a quote at a distance. The lists it shares with the
// grammars (name particles and suffixes, titles, honorifics and the gender they tell, cues) are in
// detail/grammar/.
#pragma once

#include <wirecopy/detail/grammar/honorifics.hpp>
#include <wirecopy/detail/quotes/words.hpp>

#include <string_view>

namespace wirecopy::detail {

/// Is `word` one of `list`?
template <class Word, std::size_t N>
bool is_one_of(std::string_view word, const Word (&list)[N]) noexcept {
    for (std::string_view entry : list)
        if (word == entry)
            return true;
    return false;
}

/// Is `word` one of `list` (written in lower case), ignoring the case of its letters?
template <std::size_t N>
bool is_one_of_any_case(std::string_view word, const std::string_view (&list)[N]) noexcept {
    for (std::string_view entry : list)
        if (same_word(word, entry))
            return true;
    return false;
}

// ------------------------------------------------------------------ sentences
/// Words whose period does not end a sentence, beside the honorifics ("Mr.", "Sen.").
inline constexpr std::string_view abbreviations[] = {"Jr",  "Inc", "Co",  "Corp",   "Ltd", "No",  "vs",
                                                     "Jan", "Feb", "Aug", "Sept",   "Sep", "Oct", "Nov",
                                                     "Dec", "Mt",  "Ft",  "approx", "Ave", "Blvd"};

/// Does the period at `period` end an abbreviation or an initial rather than a sentence?
inline bool is_abbreviation_before(std::string_view text, std::size_t lo, std::size_t period) noexcept {
    std::size_t start = period;
    while (start > lo && (is_ascii_alpha(text[start - 1]) || text[start - 1] == '.'))
        --start;
    const std::string_view word = text.substr(start, period - start);
    if (word.size() == 1 && is_ascii_upper(word[0]))
        return true; // an initial: "W. Dale Nelson"
    if (word.find('.') != std::string_view::npos)
        return true; // "U.S.", "a.m."
    return is_one_of(word, abbreviations) || is_one_of(word, grammar::honorific_words)
           || is_one_of(word, grammar::name_opening_honorifics);
}

// ------------------------------------------------------------------ gender
enum class gender : unsigned char { unknown, male, female };

inline constexpr std::string_view male_pronouns[] = {"he", "him", "his", "himself"};
inline constexpr std::string_view female_pronouns[] = {"she", "her", "hers", "herself"};
/// The pronouns that tell of the subject just named even inside its sentence: not the possessives.
inline constexpr std::string_view subject_or_reflexive_pronouns[] = {"he", "she", "himself", "herself"};

/// The gender a personal pronoun or determiner implies: he/him/his/himself, she/her/hers/herself.
inline gender gender_of_pronoun(std::string_view word) noexcept {
    const char initial = word.empty() ? ' ' : static_cast<char>(word[0] | 0x20);
    if (word.size() < 2 || word.size() > 7 || (initial != 'h' && initial != 's'))
        return gender::unknown;
    if (is_one_of_any_case(word, male_pronouns))
        return gender::male;
    if (is_one_of_any_case(word, female_pronouns))
        return gender::female;
    return gender::unknown;
}

/// The gender a courtesy title implies.
inline gender gender_of_honorific(std::string_view word) noexcept {
    if (!word.empty() && word.back() == '.')
        word.remove_suffix(1);
    if (is_one_of(word, grammar::male_titles))
        return gender::male;
    if (is_one_of(word, grammar::female_titles))
        return gender::female;
    return gender::unknown;
}

// ------------------------------------------------------------------ phrases
/// Prepositions after the head noun of a phrase: "founder" in "the founder of Studiocomix Press".
inline constexpr std::string_view head_noun_prepositions[] = {"of", "for", "at", "with", "in", "from"};
/// Prepositions of place and time, whose object is no speaker: "in the past described". (Not "after" or
/// "since", which as often open a clause: "after the front-runner had said".)
inline constexpr std::string_view place_and_time_prepositions[] = {"in",    "on",   "at",    "during", "over",
                                                                   "under", "into", "about", "against"};

// ------------------------------------------------------------------ kinds of quoted text
/// Short words a title keeps in lower case: "Face the Nation", "The Kid Who Would Be King".
inline constexpr std::string_view minor_title_words[] = {
    "a",   "an",  "the", "and",  "but",  "or",   "nor", "for", "of",   "on",  "in",  "to",  "at",
    "by",  "up",  "as",  "from", "with", "into", "vs",  "vs.", "de",   "la",  "le",  "du",  "des",
    "von", "van", "is",  "be",   "are",  "was",  "so",  "yet", "over", "via", "per", "del", "y"};

/// Words that announce the title of a work next to it: the film “…”, “…” show.
inline constexpr std::string_view work_words[] = {
    "film",        "films",    "movie",     "movies",  "book",     "books",      "novel",    "album",
    "song",        "songs",    "single",    "show",    "series",   "play",       "musical",  "opera",
    "documentary", "program",  "programme", "sitcom",  "magazine", "podcast",    "website",  "app",
    "hashtag",     "column",   "report",    "study",   "poem",     "painting",   "exhibit",  "exhibition",
    "episode",     "titled",   "entitled",  "starred", "starring", "anthem",     "hit",      "track",
    "memoir",      "game",     "campaign",  "motto",   "slogan",   "newsletter", "blog",     "bill",
    "act",         "tour",     "festival",  "shot",    "filmed",   "directed",   "produced", "watched",
    "published",   "released", "screened"};

/// Prepositions a work word may stand behind: "starred in ``Platoon''".
inline constexpr std::string_view work_prepositions[] = {"in", "on", "of"};

/// Words right before a quote that hold it at a distance: "the so-called “reform”".
inline constexpr std::string_view distancing_phrases[] = {"so-called", "so called", "dubbed",
                                                          "the word",  "the term",  "the phrase"};
/// Words right before a quote that name a thing by it: "simply called “loop”", "known as “Level 4”".
inline constexpr std::string_view naming_phrases[] = {"called",         "calling",  "known as", "nicknamed",
                                                      "labelled",       "labeled",  "termed",   "named",
                                                      "referred to as", "billed as"};

/// Words of shouting right before a quote, which make it words said aloud: "chanting “…”", "cries of “…”".
inline constexpr std::string_view shouting_words[] = {
    "chant",  "chants",   "chanting",  "chanted",  "cries", "cry",     "shout",
    "shouts", "shouting", "shouted",   "yell",     "yells", "yelling", "yelled",
    "scream", "screams",  "screaming", "screamed", "roar",  "roars",   "roared"};

/// "in her words" before a quote: the words are someone's.
inline constexpr std::string_view own_words_phrases[] = {
    "in her words",       "in his words", "in their words", "in her own words", "in his own words",
    "in their own words", "In her words", "In his words",   "In their words"};

} // namespace wirecopy::detail
