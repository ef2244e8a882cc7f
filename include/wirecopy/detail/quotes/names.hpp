// A person's name inside a speaker phrase: where its titles end, where the name and its surname are, and
// the gender its courtesy title implies.
#pragma once

#include <wirecopy/detail/grammar/attribution.hpp>
#include <wirecopy/detail/quotes/lexicon.hpp>
#include <wirecopy/detail/quotes/words.hpp>

#include <optional>
#include <string_view>

namespace wirecopy::detail {

/// A person's name inside a speaker phrase: "Ken Hitchcock" in "Oilers head coach Ken Hitchcock".
struct name_split {
    std::size_t title_begin = 0; ///< where the titles before the name start
    std::size_t name_begin = 0;
    std::size_t name_end = 0;
    std::size_t surname_begin = 0; ///< its last word, suffixes aside
    std::size_t surname_end = 0;
    std::size_t words = 0;            ///< words in the name
    gender implied = gender::unknown; ///< what a courtesy title before it says
};

/// Does `word` end in a possessive ("Vauxhall’s", "players'")?
inline bool is_possessive(std::string_view word) noexcept {
    if (word.size() > 2 && (word.substr(word.size() - 2) == "'s" || word.substr(word.size() - 2) == "s'"))
        return true;
    return word.size() > 4 && word.substr(word.size() - 4) == "\xE2\x80\x99s";
}

/// Where a speaker phrase ends without the party and state after its name: "Sen. Ray Cole" of "Sen. Ray
/// Cole (R-Texas)".
inline std::size_t end_before_party(std::string_view text, std::size_t begin, std::size_t end) noexcept {
    if (end == begin || text[end - 1] != ')')
        return end;
    const std::size_t open = text.rfind('(', end - 1);
    if (open == std::string_view::npos || open <= begin
        || !grammar::is_party_designation(text.substr(open, end - open)))
        return end;
    return trim_blanks_back(text, begin, open);
}

/// Splits a speaker phrase into its titles and the personal name at its end: the capitalized words after
/// the last title, honorific, organization word or lower-case word, at most three of them (particles and
/// suffixes aside). Nothing when the phrase does not end in a name.
inline std::optional<name_split> split_name(std::string_view text, std::size_t begin,
                                            std::size_t end) noexcept {
    end = end_before_party(text, begin, end);
    const words_of<16> w(text, begin, end);
    if (w.count == 0)
        return std::nullopt;
    std::size_t last = w.count;
    while (last > 0 && grammar::is_name_suffix(w.at(text, last - 1)))
        --last;
    std::size_t first = last;
    std::size_t name_words = 0;
    while (first > 0) {
        const std::string_view word = w.at(text, first - 1);
        if (grammar::is_name_particle(word) && first < last) {
            --first;
            continue;
        }
        if (!is_capitalized_at(text, w.words[first - 1].first) || grammar::is_title_word(word)
            || grammar::is_organization_word(word) || word.back() == ',' || name_words == 3)
            break;
        if (is_possessive(word))
            break; // a possessive ends a phrase before the name: "Vauxhall’s managing director"
        --first;
        ++name_words;
    }
    while (first < last && grammar::is_name_particle(w.at(text, first)))
        ++first; // a name does not start with a particle
    if (name_words == 0 || first == last)
        return std::nullopt;
    name_split out;
    out.title_begin = w.words[0].first;
    out.name_begin = w.words[first].first;
    out.name_end = w.words[w.count - 1].second;
    out.words = last - first;
    out.surname_begin = w.words[last - 1].first;
    out.surname_end = w.words[last - 1].second;
    if (first > 0)
        out.implied = gender_of_honorific(w.at(text, first - 1));
    return out;
}

inline std::string_view surname_of(std::string_view text, const name_split& split) noexcept {
    return text.substr(split.surname_begin, split.surname_end - split.surname_begin);
}

} // namespace wirecopy::detail
