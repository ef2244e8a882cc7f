// Attribution: who said a quote and how — the attribution right after it (“…,” she said), the speech verb
// before it in its sentence (X said: “…”), the one that closes its sentence (“…” — researchers say), the
// speaker a quote without one inherits, and the person whose words a quote is said to be (Musk’s “…”).
//
// Attribution reads the story and the people named so far, and returns what it found; the tracker applies
// it.
#pragma once

#include <wirecopy/detail/blocks.hpp>
#include <wirecopy/detail/chars.hpp>
#include <wirecopy/detail/grammar/attribution.hpp>
#include <wirecopy/detail/quotes/lexicon.hpp>
#include <wirecopy/detail/quotes/names.hpp>
#include <wirecopy/detail/quotes/pairing.hpp>
#include <wirecopy/detail/quotes/people.hpp>
#include <wirecopy/detail/quotes/speaker_search.hpp>
#include <wirecopy/detail/quotes/speakers.hpp>
#include <wirecopy/detail/quotes/words.hpp>
#include <wirecopy/detail/spans.hpp>
#include <wirecopy/document.hpp>

#include <algorithm>
#include <optional>
#include <string_view>

namespace wirecopy::detail {

/// What attribution reads: the story, the paragraph being read, the people named so far and where the
/// previous quote of the story ended.
struct attribution_context {
    std::string_view text;
    const block& paragraph;
    const people_memory& people;
    std::size_t previous_quote_end = 0;
};

/// What attribution found for one quote.
struct attribution_found {
    grammar::attribution_fields fields;
    bool attributed = false;
    bool cue_before = false;             ///< a speech verb stands before the quote in its sentence
    bool by_subject = false;             ///< no speech verb: the words are the sentence's subject's
    bool after = false;                  ///< the attribution follows the quote: “…,” she said
    std::size_t after_end = no_position; ///< where an attribution after it ends, inside the paragraph read
};

/// “…,” she said / “…,” said X: the attribution right after the closing mark.
inline bool attribution_after(const attribution_context& c, const quote& q, const closed_quote& where,
                              grammar::attribution_fields& found, std::size_t& after_end) {
    if (!where.closed)
        return false;
    // A quotation that ends its sentence with a period is not attributed by what follows it, unless a
    // dash hands it to its speaker: “….” — Ann Lee.
    const std::string_view content = q.content.text;
    const bool full_stop = !content.empty() && content.back() == '.';
    const grammar::iterator first = c.text.data() + q.end;
    const grammar::iterator last = c.text.data() + where.paragraph_end;
    const grammar::iterator end =
        full_stop ? grammar::parse_prefix(first, last, grammar::attribution_after_dash, found)
                  : grammar::parse_prefix(first, last, grammar::attribution_after, found);
    if (end && where.paragraph_end == c.paragraph.end)
        after_end = static_cast<std::size_t>(end - c.text.data());
    return end != nullptr;
}

/// "…“normal” — a significant finding, researchers say.": the attribution that closes the sentence of
/// a quote, after a comma or a dash.
inline bool attribution_at_sentence_end(std::string_view text, const quote& q, const closed_quote& where,
                                        grammar::attribution_fields& found) {
    const std::size_t stop = std::min(where.paragraph_end, q.end + quote_reach);
    const grammar::iterator base = text.data();
    for (std::size_t i = q.end; i < stop; ++i) {
        const char c = text[i];
        if ((c == '.' || c == '?' || c == '!') && (i + 1 == stop || is_ascii_space(text[i + 1]))
            && !is_abbreviation_before(text, q.end, i))
            return false;
        const bool comma = c == ',';
        const bool em_dash = c == '\xE2' && text.substr(i, 3) == "\xE2\x80\x94";
        if (!comma && !em_dash && !(c == '-' && i + 1 < stop && text[i + 1] == '-'))
            continue;
        grammar::attribution_fields candidate;
        if (grammar::parse_prefix(base + i, base + where.paragraph_end, grammar::attribution_at_end,
                                  candidate)) {
            found = candidate;
            return true;
        }
    }
    return false;
}

/// Does `phrase` end in a person's name: a full name, or a surname the story has named in full?
inline bool names_a_person(const attribution_context& c, std::string_view phrase) noexcept {
    const span s = make_span(c.text, phrase);
    const std::optional<name_split> split = split_name(c.text, s.begin, s.end);
    if (!split)
        return false;
    if (split->words >= 2)
        return true;
    const std::size_t i = c.people.find(surname_of(c.text, *split));
    return i != people_memory::none && c.people[i].words >= 2;
}

/// The subject of the sentence at `sentence`, read up to `limit`, when it is a pronoun or a person: a full
/// name, or a surname the story has named in full; or also a common-noun phrase (`common_noun`).
inline bool subject_of(const attribution_context& c, std::size_t sentence, std::size_t limit,
                       grammar::attribution_fields& found, bool common_noun = false) {
    grammar::attribution_fields subject;
    const grammar::iterator base = c.text.data();
    if (!grammar::parse_prefix(base + sentence, base + limit, grammar::sentence_clause, subject))
        return false;
    if (grammar::is_common_noun_phrase(subject.speaker)) {
        if (!common_noun)
            return false;
    } else if (!grammar::is_pronoun(subject.speaker) && !names_a_person(c, subject.speaker)) {
        return false;
    }
    found = subject;
    return true;
}

/// "Pollsters agree - Carl Bialik: “…”", "Clinton: “…”", "Says McCarty: “…”": a person's name alone
/// before the colon at `colon` (after a cue or not), at the start of its sentence or after a dash, labels
/// the quote after it. Not a heading in capitals ("BERNANKE ON TOO BIG TO FAIL:").
inline bool labelled_by_name(const attribution_context& c, std::size_t sentence, std::size_t colon,
                             grammar::attribution_fields& found) noexcept {
    std::string_view label = c.text.substr(sentence, colon - sentence);
    std::size_t start = 0;
    for (const std::string_view dash : {" - ", " \xE2\x80\x94 ", " \xE2\x80\x93 ", " -- "})
        if (const std::size_t at = label.rfind(dash); at != std::string_view::npos)
            start = std::max(start, at + dash.size());
    label.remove_prefix(start);
    std::string_view cue;
    if (const grammar::iterator end = grammar::match_cue_any_case(label.data(), label.data() + label.size());
        end && end < label.data() + label.size() && *end == ' ') {
        cue = label.substr(0, static_cast<std::size_t>(end - label.data()));
        label.remove_prefix(cue.size() + 1);
    }
    const span s = make_span(c.text, label);
    const words_of<6> words(c.text, s.begin, s.end);
    if (words.count == 0 || words.count > 5 || !grammar::is_titled_name(label) || !names_a_person(c, label))
        return false;
    const std::string_view last = words.at(c.text, words.count - 1);
    if (std::none_of(last.begin(), last.end(), [](char ch) { return is_ascii_lower(ch); }))
        return false;
    found = {};
    found.speaker = label;
    found.cue = cue;
    return true;
}

/// "Martell, the addictions doctor, is more blunt: “…”": a quote introduced by a colon belongs to the
/// named subject of its sentence, or to the name that labels it.
inline bool introduced_by_subject(const attribution_context& c, const quote& q, std::size_t sentence,
                                  grammar::attribution_fields& found) {
    const std::size_t end = trim_blanks_back(c.text, sentence, q.begin);
    if (end == sentence || c.text[end - 1] != ':')
        return false;
    return subject_of(c, sentence, q.begin, found) || labelled_by_name(c, sentence, end - 1, found);
}

/// A speech verb in the text: [begin, end).
struct cue_range {
    std::size_t begin = 0, end = 0;
};

/// The speech verb nearest `to` that starts at or after `lo`; empty at `to` if there is none.
inline cue_range nearest_cue(std::string_view text, std::size_t lo, std::size_t to) noexcept {
    const grammar::iterator base = text.data();
    cue_range cue{to, to};
    for (std::size_t pos = lo; pos < to; ++pos) {
        if (!is_word_start(text, lo, pos))
            continue;
        if (const grammar::iterator end = grammar::match_cue(base + pos, base + to))
            cue = {pos, static_cast<std::size_t>(end - base)};
    }
    return cue;
}

/// The subject of the sentence speaks by its own speech verb (`subject`), and `cue` is the verb nearest
/// the quote: which of them attributes it? Past a comma, a nearer speech verb with its own speaker opens
/// a clause of its own: "Tidewater said it would fund a survey, a step its chief executive described as
/// “…”". Before any comma it is the subject's reported speech: "Hua told reporters that China expresses
/// “…”", "Lavrov told Pompeo that the U.S. is fomenting a “coup d’etat”".
inline grammar::attribution_fields subject_or_nearer(const attribution_context& c, std::size_t lo,
                                                     const cue_range& cue, bool cue_seen,
                                                     const grammar::attribution_fields& subject) {
    const grammar::iterator base = c.text.data();
    if (subject.cue.data() == base + cue.begin || !cue_seen)
        return subject;
    grammar::attribution_fields nearer;
    const auto subject_cue_end = static_cast<std::size_t>(subject.cue.data() + subject.cue.size() - base);
    if (speaker_ending_at(c.text, c.paragraph.end, lo, cue.begin, cue.end, nearer)) {
        const auto nearer_begin = static_cast<std::size_t>(nearer.speaker.data() - base);
        if (nearer_begin > subject_cue_end
            && c.text.substr(subject_cue_end, nearer_begin - subject_cue_end).find(',')
                   != std::string_view::npos)
            return nearer;
    }
    return subject;
}

/// The speaker of the speech verb `cue` before the quote at `quote_begin`, the sentence's subject being
/// no speaker by a verb of its own.
inline bool speaker_of_cue(const attribution_context& c, std::size_t sentence, std::size_t lo,
                           const cue_range& cue, std::size_t quote_begin,
                           grammar::attribution_fields& found) {
    const grammar::iterator base = c.text.data();
    // "according to X": the speaker follows the cue.
    if (same_word(c.text.substr(cue.begin, cue.end - cue.begin), "according to")) {
        grammar::attribution_fields after_cue;
        if (!grammar::parse_prefix(base + cue.begin, base + quote_begin, grammar::speaker_after_cue,
                                   after_cue))
            return false;
        found = after_cue;
        return true;
    }
    // "…, asks Policy Options editor Jennifer Ditchburn, “…”": the cue, then its speaker, then the quote.
    grammar::attribution_fields inverted;
    if (grammar::parse_prefix(base + cue.begin, base + quote_begin, grammar::cue_before_quote, inverted)) {
        found = inverted;
        return true;
    }
    if (speaker_ending_at(c.text, c.paragraph.end, lo, cue.begin, cue.end, found))
        return true;
    // "X did Y, saying “…”", "IRCC … but said “…”", "Rempel earlier this week called …": a cue with no
    // speaker of its own belongs to the sentence's subject.
    if (!subject_of(c, sentence, quote_begin, found))
        return false;
    found.cue = c.text.substr(cue.begin, cue.end - cue.begin);
    found.channel = {};
    return true;
}

/// "X said: “…”", "X told Y that the U.S. is fomenting a “coup d’etat”", "According to X, … “…”",
/// "X did Y, saying “…”": the speech verb before the quote in its sentence and who it belongs to.
inline bool attribution_before(const attribution_context& c, const quote& q, const closed_quote& where,
                               grammar::attribution_fields& found, bool& cue_seen) {
    const std::size_t sentence = where.sentence_begin;
    if (sentence >= q.begin)
        return false;
    const std::size_t floor =
        c.previous_quote_end > sentence && c.previous_quote_end <= q.begin ? c.previous_quote_end : sentence;
    const std::size_t lo = q.begin - floor > quote_reach ? q.begin - quote_reach : floor;
    const cue_range cue = nearest_cue(c.text, lo, q.begin);
    cue_seen = cue.begin != q.begin;
    // The subject of the sentence, when it has a speech verb of its own ("Sen. Debbie Stabenow, D-Mich.,
    // said Schumer has “…”").
    const grammar::iterator base = c.text.data();
    grammar::attribution_fields subject;
    if (q.begin - sentence <= quote_reach
        && grammar::parse_prefix(base + sentence, base + q.begin, grammar::sentence_clause, subject)
        && !subject.cue.empty()) {
        found = subject_or_nearer(c, lo, cue, cue_seen, subject);
        return true;
    }
    if (!cue_seen)
        return introduced_by_subject(c, q, sentence, found);
    return speaker_of_cue(c, sentence, lo, cue, q.begin, found);
}

/// Who said `q`, and how.
inline attribution_found find_attribution(const attribution_context& c, const quote& q,
                                          const closed_quote& where) {
    attribution_found a;
    const bool after = a.after = attribution_after(c, q, where, a.fields, a.after_end);
    const bool before =
        !after && !where.opens_sentence && attribution_before(c, q, where, a.fields, a.cue_before);
    const bool at_end = !after && !before && attribution_at_sentence_end(c.text, q, where, a.fields);
    a.attributed = after || before || at_end;
    // "Merkel hailed the deal as a “breakthrough”": no speech verb, but a person is the subject of the
    // sentence, and the words quoted in it are theirs ("It" is no one). A thing ("The report calls for
    // “…”") says a clause; a few words in its sentence are more often a term held at a distance.
    const bool clause = count_words(c.text, q.content.begin, q.content.end, 5) > 4;
    if (!a.attributed && !where.opens_sentence && where.sentence_begin < q.begin
        && subject_of(c, where.sentence_begin, q.begin, a.fields, clause)
        && !same_word(a.fields.speaker, "it"))
        a.attributed = a.by_subject = true;
    return a;
}

inline bool introduced_by_colon(std::string_view text, std::size_t sentence, std::size_t pos) noexcept {
    const std::size_t end = trim_blanks_back(text, sentence, pos);
    return end > sentence && text[end - 1] == ':';
}

/// Whom a quote without attribution speaks for: whoever was last reported speaking earlier in its
/// paragraph, when the quote opens its sentence, follows a colon or shares the sentence of that report
/// (“…,” Kim confirmed, adding that “…”); or, when the quote opens its paragraph (the usual layout of a
/// long quotation), whoever last spoke or was last the named subject in the paragraph before.
inline const speech* inherited_speech(std::string_view text, const speaker_registry& speakers, const quote& q,
                                      const closed_quote& where) noexcept {
    const speech& spoke = speakers.last_speech();
    const speech& focus = speakers.last_focus();
    // "Durning did not need much coaxing. “I’m thankful…”": a person named after the last report of
    // speech in the paragraph takes the floor.
    if (where.opens_sentence && focus.speaker && focus.paragraph == where.paragraph_number
        && (!spoke.speaker || focus.at > spoke.at))
        return &focus;
    if (spoke.speaker && spoke.paragraph == where.paragraph_number
        && (where.opens_sentence || introduced_by_colon(text, where.sentence_begin, q.begin)
            || spoke.at >= where.sentence_begin))
        return &spoke;
    if (q.begin != where.paragraph_begin || !where.opens_sentence)
        return nullptr;
    const speech* latest = &spoke;
    if (focus.speaker && (!spoke.speaker || focus.at > spoke.at))
        latest = &focus;
    if (latest->speaker && latest->paragraph + 1 == where.paragraph_number)
        return latest;
    return nullptr;
}

/// "Musk’s" right before a quote: the capitalized name whose words the quote is said to be.
inline std::optional<span> possessor_before(std::string_view text, std::size_t pos, std::size_t lo) noexcept {
    const std::size_t end = trim_blanks_back(text, lo, pos);
    std::size_t name_end = end;
    if (end >= lo + 4 && text.substr(end - 4, 4) == "\xE2\x80\x99s")
        name_end = end - 4;
    else if (end >= lo + 2 && text.substr(end - 2, 2) == "'s")
        name_end = end - 2;
    else
        return std::nullopt;
    std::size_t begin = name_end;
    while (begin > lo && (is_ascii_alpha(text[begin - 1]) || text[begin - 1] == '-'))
        --begin;
    if (begin == name_end || !is_capitalized_at(text, begin) || end == pos
        || (begin > lo && !is_ascii_space(text[begin - 1])))
        return std::nullopt;
    const std::string_view word = text.substr(begin, name_end - begin);
    if (grammar::is_title_word(word) || grammar::is_organization_word(word))
        return std::nullopt;
    // A sentence opener is not a name ("It's", "That's").
    if (begin == lo || (begin >= lo + 2 && (text[begin - 2] == '.' || text[begin - 2] == ':')))
        return std::nullopt;
    return make_span(text, begin, name_end);
}

} // namespace wirecopy::detail
