// The kind of a quote: direct, partial, a scare quote held at a distance, or the title of a work.
#pragma once

#include <wirecopy/detail/chars.hpp>
#include <wirecopy/detail/grammar/attribution.hpp>
#include <wirecopy/detail/quotes/lexicon.hpp>
#include <wirecopy/detail/quotes/pairing.hpp>
#include <wirecopy/detail/quotes/words.hpp>
#include <wirecopy/document.hpp>

#include <string_view>

namespace wirecopy::detail {

/// A quote nested in another: a few words are held at a distance, more are quoted in part.
inline quote_kind kind_of_nested(std::string_view text, const quote& q) noexcept {
    return count_words(text, q.content.begin, q.content.end, 5) <= 4 ? quote_kind::scare
                                                                     : quote_kind::partial;
}

/// Is there a speech verb in [from, to)?
inline bool cue_in(std::string_view text, std::size_t from, std::size_t to) noexcept {
    if (to > from + quote_reach)
        from = to - quote_reach;
    const grammar::iterator base = text.data();
    for (std::size_t pos = from; pos < to; ++pos)
        if (is_word_start(text, from, pos) && grammar::match_cue(base + pos, base + to))
            return true;
    return false;
}

/// "in her words", "in his own words" before the quote in its sentence.
inline bool words_of_someone_before(std::string_view text, std::size_t from, std::size_t to) noexcept {
    if (to > from + quote_reach)
        from = to - quote_reach;
    const std::string_view sentence = text.substr(from, to - from);
    for (std::string_view phrase : own_words_phrases)
        if (sentence.find(phrase) != std::string_view::npos)
            return true;
    return false;
}

/// Does the text of the sentence before the quote end by introducing speech ("…said:", "…said,")?
inline bool introduced(std::string_view text, std::size_t sentence, std::size_t pos) noexcept {
    const std::size_t end = trim_blanks_back(text, sentence, pos);
    return end > sentence && (text[end - 1] == ':' || text[end - 1] == ',');
}

/// Is there a speech verb after the quote in its sentence ("…”, researchers say.")?
inline bool cue_after(std::string_view text, std::size_t pos, std::size_t paragraph_end) noexcept {
    const std::size_t stop = std::min(paragraph_end, pos + quote_reach);
    const grammar::iterator base = text.data();
    for (std::size_t i = pos; i < stop; ++i) {
        const char c = text[i];
        if ((c == '.' || c == '?' || c == '!') && (i + 1 == stop || is_ascii_space(text[i + 1]))
            && !is_abbreviation_before(text, pos, i))
            return false;
        if (is_word_start(text, pos, i) && grammar::match_cue(base + i, base + stop))
            return true;
    }
    return false;
}

/// Is the quote held at a distance by the words before it: "the so-called “reform”", "the term
/// “renoviction”" (`explicit_only`), or also named by them: "simply called “loop”", "known as “Level 4”"?
inline bool so_called_before(std::string_view text, std::size_t pos, std::size_t lo,
                             bool explicit_only) noexcept {
    const std::size_t end = trim_blanks_back(text, lo, pos);
    const auto ends_with = [&](std::string_view phrase) {
        return end - lo >= phrase.size() && same_word(text.substr(end - phrase.size(), phrase.size()), phrase)
               && (end - lo == phrase.size() || !is_ascii_alpha(text[end - phrase.size() - 1]));
    };
    for (std::string_view phrase : distancing_phrases)
        if (ends_with(phrase))
            return true;
    if (!explicit_only)
        for (std::string_view phrase : naming_phrases)
            if (ends_with(phrase))
                return true;
    return false;
}

/// Is the quote at `pos` shouted: a word of shouting right before it, or before "of" ("chants of “…”")?
inline bool shouted(std::string_view text, std::size_t pos, std::size_t lo) noexcept {
    std::size_t end = trim_blanks_back(text, lo, pos);
    for (int words = 0; words < 2; ++words) {
        std::size_t begin = end;
        while (begin > lo && is_ascii_alpha(text[begin - 1]))
            --begin;
        const std::string_view word = text.substr(begin, end - begin);
        if (is_one_of_any_case(word, shouting_words))
            return true;
        if (words > 0 || word != "of")
            return false;
        end = trim_blanks_back(text, lo, begin);
    }
    return false;
}

/// Does `content` end in an exclamation or a question ("Yessss!", "is it over?")? No scare quote does.
inline bool exclaims(std::string_view content) noexcept {
    while (!content.empty()
           && (content.back() == ',' || content.back() == '.' || is_ascii_space(content.back())))
        content.remove_suffix(1);
    return !content.empty() && (content.back() == '!' || content.back() == '?');
}

/// Is a word naming a work right before the opening mark or right after the closing one?
inline bool next_to_work_word(std::string_view text, const quote& q, const closed_quote& where) noexcept {
    // The word before the opening mark, and the word after the closing one.
    std::size_t end = trim_blanks_back(text, where.paragraph_begin, q.begin);
    while (end > where.paragraph_begin && (text[end - 1] == '\'' || text[end - 1] == ','))
        --end;
    // Two words back at most, over a preposition: "starred in ``Platoon''", "the film “Roma”".
    for (int words = 0; words < 2; ++words) {
        std::size_t begin = end;
        while (begin > where.paragraph_begin && is_ascii_alpha(text[begin - 1]))
            --begin;
        if (begin == end)
            break;
        const std::string_view word = text.substr(begin, end - begin);
        if (is_one_of_any_case(word, work_words))
            return true;
        if (!is_one_of_any_case(word, work_prepositions))
            break;
        end = trim_blanks_back(text, where.paragraph_begin, begin);
    }
    std::size_t after = q.end;
    while (after < where.paragraph_end && is_ascii_space(text[after]))
        ++after;
    std::size_t stop = after;
    while (stop < where.paragraph_end && is_ascii_alpha(text[stop]))
        ++stop;
    return stop > after && is_one_of_any_case(text.substr(after, stop - after), work_words);
}

/// The title of a work: three or more words in title case anywhere (“The Kid Who Would Be King”), two
/// inside a sentence and said by nobody (“Face the Nation”), one beside a word naming a work (the film
/// ``Platoon'').
inline bool is_title_of_work(std::string_view text, const quote& q, const closed_quote& where,
                             bool said) noexcept {
    std::size_t end = q.content.end;
    while (end > q.content.begin
           && (text[end - 1] == '.' || text[end - 1] == ',' || text[end - 1] == '!' || text[end - 1] == '?'
               || text[end - 1] == ':' || text[end - 1] == ';'))
        --end;
    const words_of<12> w(text, q.content.begin, end);
    if (w.count == 0 || w.count > 10)
        return false;
    std::size_t capitalized = 0, letters_upper = 0, letters = 0;
    for (std::size_t i = 0; i < w.count; ++i) {
        const std::string_view word = w.at(text, i);
        for (const char c : word) {
            letters += is_ascii_alpha(c);
            letters_upper += is_ascii_upper(c);
        }
        if (is_capitalized_at(text, w.words[i].first) || is_ascii_digit(word.front()))
            ++capitalized;
        else if (i == 0 || !is_one_of(word, minor_title_words))
            return false;
        // A sentence inside is not a title: “No. It’s the mom.”
        if (i + 1 < w.count && (word.back() == '.' || word.back() == '?' || word.back() == '!')
            && !is_abbreviation_before(text, w.words[i].first, w.words[i].second - 1))
            return false;
    }
    if (letters > 0 && letters_upper == letters && w.count > 1)
        return false; // ALL CAPITALS is shouting or a heading, not title case
    if (w.count >= 3 && capitalized >= 2)
        return true;
    if (w.count == 2 && capitalized == 2 && !where.opens_sentence && !said)
        return true;
    // One or two words: a title only beside a word naming a work.
    return next_to_work_word(text, q, where);
}

/// Cris “Cyborg” Justino: a nickname between the words of a name.
inline bool is_nickname(std::string_view text, const quote& q, const closed_quote& where) noexcept {
    if (q.begin < where.paragraph_begin + 2 || q.end + 2 > where.paragraph_end)
        return false;
    if (text[q.begin - 1] != ' ' || text[q.end] != ' ')
        return false;
    std::size_t begin = q.begin - 1;
    while (begin > where.paragraph_begin && is_ascii_alpha(text[begin - 1]))
        --begin;
    return begin < q.begin - 1 && is_capitalized_at(text, begin) && is_capitalized_at(text, q.end + 1)
           && is_capitalized_at(text, q.content.begin)
           && count_words(text, q.content.begin, q.content.end, 3) <= 2;
}

/// What the sentence of a quote says of its words.
struct quote_evidence {
    bool attributed = false; ///< a speaker was found for them
    bool by_subject = false; ///< that speaker is only the subject of the sentence: no speech verb
    bool cue_before = false; ///< a speech verb stands before the quote in its sentence
    bool said_after = false; ///< its attribution follows it: “Nusra Is Al Qaeda,” he said
};

/// The kind of an outermost quote, given what its sentence says of it.
inline quote_kind kind_of(std::string_view text, const quote& q, const closed_quote& where,
                          const quote_evidence& evidence) noexcept {
    const bool attributed = evidence.attributed;
    const std::string_view content = q.content.text;
    // "the so-called “reform”" is held at a distance; "simply called “loop”" names a thing, unless the
    // sentence attributes the words or they are more than a name ("what he called “the loneliest
    // moment of my life”").
    const std::size_t words = count_words(text, q.content.begin, q.content.end, 5);
    const bool spoken = attributed && !evidence.by_subject;
    if (so_called_before(text, q.begin, where.paragraph_begin, spoken || words > 3))
        return quote_kind::scare;
    if (is_nickname(text, q, where))
        return quote_kind::scare;
    const bool upper_start = !content.empty() && !is_ascii_lower(content.front());
    // “Lock her up!” chanted is said aloud, whatever its capitals.
    if (shouted(text, q.begin, where.paragraph_begin))
        return upper_start ? quote_kind::direct : quote_kind::partial;
    // A sentence that opens with the quote and goes on to its speaker is speech: “Nusra Is Al Qaeda,” he
    // said.
    const bool speech = where.opens_sentence && evidence.said_after;
    if (!speech && is_title_of_work(text, q, where, q.speaker && !evidence.by_subject))
        return quote_kind::title;
    if (where.opens_sentence || (introduced(text, where.sentence_begin, q.begin) && upper_start))
        return quote_kind::direct;
    if (attributed || q.speaker || evidence.cue_before || cue_after(text, q.end, where.paragraph_end))
        return quote_kind::partial;
    return words <= 4 && !exclaims(content) ? quote_kind::scare : quote_kind::partial;
}

} // namespace wirecopy::detail
