// The prose: the text of the body outside quotation marks, read for what attribution and speaker
// resolution need — where sentences start, the people named, the subject of each sentence, who was
// reported speaking ("Lonechild said she…") and which pronoun follows a name.
#pragma once

#include <wirecopy/detail/blocks.hpp>
#include <wirecopy/detail/chars.hpp>
#include <wirecopy/detail/grammar/attribution.hpp>
#include <wirecopy/detail/quotes/lexicon.hpp>
#include <wirecopy/detail/quotes/sentence.hpp>
#include <wirecopy/detail/quotes/speaker_search.hpp>
#include <wirecopy/detail/quotes/speakers.hpp>
#include <wirecopy/detail/quotes/words.hpp>
#include <wirecopy/detail/scanner.hpp>
#include <wirecopy/detail/spans.hpp>
#include <wirecopy/options.hpp>

#include <algorithm>
#include <cstring>
#include <string_view>

namespace wirecopy::detail {

/// The bytes that may end a sentence.
inline constexpr byte_set sentence_end_bytes{'.', '!', '?'};

/// Reads the prose of the paragraph `sentence.paragraph`, advancing `sentence` and telling `speakers` of
/// the people and the speech it finds.
class prose_reader {
public:
    prose_reader(std::string_view text, quote_analysis mode, std::size_t paragraph_number,
                 sentence_state& sentence, speaker_registry& speakers) noexcept
        : text_(text), mode_(mode), paragraph_number_(paragraph_number), s_(sentence), speakers_(speakers) {}

    /// Reads the text [from, to) outside quotation marks: sentence starts, names, pronouns.
    void read(std::size_t from, std::size_t to) {
        std::size_t i = std::max(from, s_.prose_pos);
        while (i < to) {
            const char c = text_[i];
            if (sentence_end_bytes.contains(static_cast<unsigned char>(c))) {
                s_.ended = true;
                s_.end_at = i;
                ++i;
                continue;
            }
            if (is_ascii_space(c) || c == '(' || c == '[') {
                ++i;
                continue;
            }
            const code_point cp = decode_at(text_, i);
            const std::size_t length = cp.length ? cp.length : 1;
            if (!is_word_code_point(cp.value)) {
                if (c != ')' && c != ']')
                    s_.ended = false;
                i += length;
                continue;
            }
            if (i > s_.paragraph.begin && !is_word_start_here(i)) {
                i = word_end(i);
                continue;
            }
            i = read_word(i);
            if (mode_ == quote_analysis::local)
                i = next_sentence_end(i, to);
        }
        s_.skip_to(i);
    }

    /// A speech verb inside a sentence of prose: who says it, if it is said right before it ("…, Shibley
    /// said.", "…cases but Chapman says…").
    void read_cue(std::size_t cue_begin, std::size_t cue_end) {
        if (cue_begin <= s_.begin)
            return;
        if (s_.deferred_clause != no_position) {
            const std::size_t clause = s_.deferred_clause;
            s_.deferred_clause = no_position;
            if (read_clause(clause) >= cue_end)
                return; // the sentence's own subject says it: "The company said…"
        }
        // Prose has a speech verb in most sentences: a speaker is looked for among the few words before it
        // (a long subject was read at the start of its sentence).
        constexpr std::size_t prose_tries = 6;
        grammar::attribution_fields found;
        const std::size_t lo = std::max(s_.begin, cue_begin > quote_reach ? cue_begin - quote_reach : 0);
        if (speaker_ending_at(text_, s_.paragraph.end, lo, cue_begin, cue_end, found, prose_tries))
            record_speech(found);
    }

private:
    bool is_word_start_here(std::size_t pos) const noexcept {
        const code_point prev = decode_before(text_, pos);
        if (is_word_code_point(prev.value))
            return false;
        // don’t, O’Neill: a letter after an apostrophe after a letter goes on the same word.
        if ((prev.value == '\'' || prev.value == 0x2019) && pos > prev.length + s_.paragraph.begin)
            return !is_word_code_point(decode_before(text_, pos - prev.length).value);
        return prev.value != '-' && prev.value != '.' && prev.value != '@' && prev.value != '/';
    }

    /// Where the next sentence may end, reading on from the word before `pos` (quotes local): until then
    /// nothing changes where a sentence starts, all that local attribution reads. With no end before `to`,
    /// where reading word by word would have stopped: past the word that runs over `to`, if one does.
    std::size_t next_sentence_end(std::size_t pos, std::size_t to) const noexcept {
        if (pos >= to)
            return pos;
        const char* const data = text_.data();
        const char* const stop = find_byte(data + pos, data + to, sentence_end_bytes);
        if (stop != data + to)
            return static_cast<std::size_t>(stop - data);
        const code_point last = decode_before(text_, to);
        return is_word_code_point(last.value) ? std::max(to, word_end(to - (last.length ? last.length : 1)))
                                              : to;
    }

    std::size_t word_end(std::size_t pos) const noexcept {
        while (pos < s_.paragraph.end) {
            if (is_ascii_alnum(text_[pos])) {
                ++pos;
                continue;
            }
            const code_point cp = decode_at(text_, pos);
            if (cp.value == '-' || cp.value == '\'' || cp.value == 0x2019) {
                if (pos + 1 < s_.paragraph.end
                    && is_word_code_point(decode_at(text_, pos + (cp.length ? cp.length : 1)).value)) {
                    pos += cp.length ? cp.length : 1;
                    continue;
                }
                break;
            }
            if (cp.value < 0x80 || !is_word_code_point(cp.value)) // ASCII: not a letter or digit (above)
                break;
            pos += cp.length ? cp.length : 1;
        }
        return pos;
    }

    /// Does the word at `pos` start a sentence: the one before has ended, and not at an abbreviation?
    bool starts_sentence(std::size_t pos) const noexcept {
        if (!s_.ended || is_ascii_lower(text_[pos]))
            return false;
        return !(s_.end_at != no_position && text_[s_.end_at] == '.'
                 && is_abbreviation_before(text_, s_.paragraph.begin, s_.end_at));
    }

    /// Reads one word of prose at `pos`; returns where reading goes on.
    std::size_t read_word(std::size_t pos) {
        const bool opens = starts_sentence(pos);
        s_.ended = false;
        const std::size_t end = word_end(pos);
        if (mode_ == quote_analysis::local) {
            // Only where sentences start, which attribution needs; no names, pronouns or speech verbs.
            if (opens)
                s_.begin = pos;
            return end;
        }
        const std::string_view word = text_.substr(pos, end - pos);
        // What a pronoun tells of the gender of the subject just named: a subject or reflexive pronoun in
        // its sentence ("Lonechild said she…", "…proven herself"), or any that opens the next sentence
        // ("His concern lies…"). A possessive in the same sentence may well be someone else's.
        const gender g = gender_of_pronoun(word);
        if (opens) {
            speakers_.pronoun_opens_sentence(g);
            s_.begin = pos;
            const std::size_t read = read_sentence_start(pos);
            if (read > end)
                return read;
            if (g != gender::unknown)
                return end;
        }
        if (g != gender::unknown) {
            if (is_one_of_any_case(word, subject_or_reflexive_pronouns))
                speakers_.pronoun_in_sentence(g);
            return end;
        }
        return read_cue_or_name(pos, end, opens);
    }

    /// A word of prose [pos, end) that is no pronoun: a speech verb, or the start of a name. Returns where
    /// reading goes on.
    std::size_t read_cue_or_name(std::size_t pos, std::size_t end, bool opens) {
        const grammar::iterator base = text_.data();
        if (!opens && is_ascii_lower(text_[pos]) && end - pos >= grammar::shortest_cue_word) {
            if (const grammar::iterator cue_end = grammar::match_cue(base + pos, base + s_.paragraph.end)) {
                read_cue(pos, static_cast<std::size_t>(cue_end - base));
                return std::max(end, static_cast<std::size_t>(cue_end - base));
            }
        }
        // "Says McCarty:", "Added Markham:": a speech verb opening a sentence is no given name.
        if (is_capitalized_at(text_, pos) && may_continue_name(end)
            && !grammar::is_sentence_opener(text_.substr(pos, end - pos))
            && !(opens && grammar::match_cue_any_case(base + pos, base + end))) {
            if (const grammar::iterator name_end =
                    grammar::match_person_name(base + pos, base + s_.paragraph.end)) {
                const auto stop = static_cast<std::size_t>(name_end - base);
                if (std::memchr(base + pos, ' ', stop - pos) != nullptr) // two words or more: a full name
                    speakers_.note_name(s_.paragraph.begin, pos, stop, false);
                return std::max(stop, end);
            }
        }
        return end;
    }

    /// Can the capitalized word ending at `end` go on into a name of several words ("Ann Lee", "W. Dale",
    /// "Ludwig van Beethoven")? A cheap test before the name grammar runs.
    bool may_continue_name(std::size_t end) const noexcept {
        if (end + 1 >= s_.paragraph.end)
            return false;
        if (text_[end] == '.')
            return true;
        if (text_[end] != ' ')
            return false;
        if (!is_ascii_lower(text_[end + 1]))
            return is_capitalized_at(text_, end + 1);
        std::size_t stop = end + 1;
        while (stop < s_.paragraph.end && is_ascii_lower(text_[stop]))
            ++stop;
        return grammar::is_name_particle(text_.substr(end + 1, stop - end - 1));
    }

    /// A sentence of prose starts at `pos`: who is its subject, and does it report speech?
    /// Returns where reading may go on: past the speech verb of a sentence that reports speech (its
    /// speaker has been read), else `pos`.
    std::size_t read_sentence_start(std::size_t pos) {
        const grammar::iterator base = text_.data();
        s_.deferred_clause = no_position;
        if (is_capitalized_at(text_, pos)
            && !grammar::match_prefix(base + pos, base + s_.paragraph.end,
                                      grammar::attribution_parts::opener)) {
            // A name opens the sentence: its subject is read now, for the pronouns that follow.
            const std::size_t end = word_end(pos);
            if (may_continue_name(end)
                || speakers_.people().find(text_.substr(pos, end - pos)) != people_memory::none)
                return read_clause(pos);
        } else if (grammar::match_prefix(base + pos, base + s_.paragraph.end,
                                         grammar::attribution_parts::pronoun)) {
            return read_clause(pos);
        }
        // Otherwise ("The company…", "In a statement, …", "Shares…") the clause matters only if the
        // sentence reports speech: it is read when a speech verb turns up (see `read_cue`).
        s_.deferred_clause = pos;
        return pos;
    }

    /// Reads the clause of the sentence at `pos`: its subject, and the speech verb after it.
    std::size_t read_clause(std::size_t pos) {
        const grammar::iterator base = text_.data();
        grammar::attribution_fields found;
        if (!grammar::parse_prefix(base + pos, base + s_.paragraph.end, grammar::sentence_clause, found))
            return pos;
        if (!found.cue.empty()) {
            record_speech(found);
            return static_cast<std::size_t>(found.cue.data() + found.cue.size() - base);
        }
        const span subject = make_span(text_, found.speaker);
        std::size_t i = people_memory::none;
        if (grammar::is_pronoun(found.speaker)) {
            const gender g = gender_of_pronoun(found.speaker);
            if (g == gender::unknown)
                return pos;
            i = speakers_.people().pronoun(g);
            speakers_.mark_subject(i);
        } else if (grammar::is_common_noun_phrase(found.speaker)) {
            return pos;
        } else {
            i = speakers_.note_speaker_name(s_.paragraph.begin, found.speaker, true);
        }
        if (i != people_memory::none && speakers_.people()[i].words >= 2)
            speakers_.focus({subject, speakers_.people()[i].name, paragraph_number_, subject.begin});
        return pos;
    }

    /// A sentence of prose reports speech: "Lonechild said she…", "…, Shibley said."
    void record_speech(grammar::attribution_fields& found) {
        found.speaker = preferred_speaker(text_, found);
        const std::optional<span> name = speakers_.resolve(s_.paragraph.begin, found.speaker, true);
        const span speaker = make_span(text_, found.speaker);
        speakers_.spoke({speaker, name, paragraph_number_, speaker.begin});
    }

    std::string_view text_;
    quote_analysis mode_;
    std::size_t paragraph_number_;
    sentence_state& s_;
    speaker_registry& speakers_;
};

} // namespace wirecopy::detail
