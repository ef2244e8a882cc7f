// The speaker of a speech verb written after it: "…, Shibley said.", "Mayor Lucinda Ferreira said".
#pragma once

#include <wirecopy/detail/chars.hpp>
#include <wirecopy/detail/grammar/attribution.hpp>
#include <wirecopy/detail/quotes/lexicon.hpp>
#include <wirecopy/detail/quotes/words.hpp>

#include <cstddef>
#include <string_view>

namespace wirecopy::detail {

/// Can a speaker start at `pos`: a capitalized word, a pronoun, a determiner?
inline bool may_start_speaker(std::string_view text, std::size_t paragraph_end, std::size_t pos) noexcept {
    if (!is_ascii_lower(text[pos]))
        return true;
    const grammar::iterator base = text.data();
    return grammar::match_prefix(base + pos, base + paragraph_end,
                                 grammar::attribution_parts::pronoun_or_determiner)
           != nullptr;
}

/// "in the past described", "in his budget speech called": is the phrase at `begin` the object of a
/// preposition of place or time right before it? (Those of a noun's complement, "a spokeswoman for the
/// party said", and of an agent, "with a spokesperson describing", do not count.)
inline bool follows_preposition(std::string_view text, std::size_t lo, std::size_t begin) noexcept {
    const std::size_t end = trim_blanks_back(text, lo, begin);
    std::size_t start = end;
    while (start > lo && is_ascii_alpha(text[start - 1]))
        --start;
    return start < end && end < begin
           && is_one_of_any_case(text.substr(start, end - start), place_and_time_prepositions);
}

/// "Tore Sohlberg and Lehla Abreder said": is the speaker found at `begin` the last of several?
inline bool is_last_of_several(std::string_view text, std::size_t lo, std::size_t begin) noexcept {
    const std::size_t before = trim_blanks_back(text, lo, begin);
    return (before >= lo + 4 && text.substr(before - 4, 4) == " and")
           || (before > lo && text[before - 1] == '&');
}

/// The speaker that ends right at the cue [cue_begin, cue_end), starting at or after `lo`: the nearest
/// word start from which a speaker reaches the cue, then earlier ones while they still do, over a word
/// or two that do not ("Ferreira" → "Lucinda Ferreira" → "Mayor Lucinda Ferreira"; "repeatedly" →
/// "Trump has repeatedly"; "executive" → "its chief executive", not "a step its …").
/// `tries` bounds the word starts looked at before a speaker is found. A common-noun phrase after a
/// preposition ("in her budget speech called") is no speaker.
inline bool speaker_ending_at(std::string_view text, std::size_t paragraph_end, std::size_t lo,
                              std::size_t cue_begin, std::size_t cue_end, grammar::attribution_fields& found,
                              std::size_t tries = quote_reach) {
    const grammar::iterator base = text.data();
    bool matched = false;
    int misses = 0;
    std::size_t looked = 0;
    for (std::size_t pos = cue_begin; pos-- > lo && misses < 3;) {
        if (!is_word_start(text, lo, pos))
            continue;
        if (!matched && tries-- == 0)
            break;
        if (!matched && looked++ > 0 && !may_start_speaker(text, paragraph_end, pos))
            continue; // past the word before the cue, only a capital, a pronoun or a determiner
        grammar::attribution_fields candidate;
        const grammar::iterator end =
            grammar::parse_prefix(base + pos, base + cue_end, grammar::attribution_before, candidate);
        if (end != base + cue_end || candidate.cue.data() != base + cue_begin) {
            misses += matched;
        } else if (follows_preposition(text, lo, pos) && grammar::is_common_noun_phrase(candidate.speaker)) {
            // The object of a preposition, and so are the bare nouns found inside it ("in her budget speech
            // called"); not a name or a phrase of its own ("about his health and Gillis suggested", "in a
            // move the company said").
            matched = matched
                      && (is_capitalized_at(text, static_cast<std::size_t>(found.speaker.data() - base))
                          || grammar::is_common_noun_phrase(found.speaker));
        } else {
            found = candidate;
            matched = true;
            misses = 0;
        }
    }
    return matched && !is_last_of_several(text, lo, static_cast<std::size_t>(found.speaker.data() - base));
}

} // namespace wirecopy::detail
