// Speakers: the people of the story as the prose and the attributions name them, who was last reported
// speaking, and the full name a speaker phrase stands for ("she", "Ferreira", "the minister").
#pragma once

#include <wirecopy/detail/grammar/attribution.hpp>
#include <wirecopy/detail/grammar/given_names.hpp>
#include <wirecopy/detail/quotes/lexicon.hpp>
#include <wirecopy/detail/quotes/names.hpp>
#include <wirecopy/detail/quotes/people.hpp>
#include <wirecopy/detail/quotes/words.hpp>
#include <wirecopy/detail/spans.hpp>

#include <optional>
#include <string_view>

namespace wirecopy::detail {

/// Who was last reported speaking, in a quote's attribution or a sentence of reported speech.
struct speech {
    std::optional<span> speaker;
    std::optional<span> name;
    std::size_t paragraph = 0; ///< the body paragraph it is in
    std::size_t at = 0;        ///< where in the text
};

/// "union leader" in "union leader Marta Delgado": lower-case title words right before a name at `pos`,
/// within the paragraph from `lo`.
inline std::string_view lower_case_title_before(std::string_view text, std::size_t lo,
                                                std::size_t pos) noexcept {
    std::size_t begin = pos;
    for (int words = 0; words < 3; ++words) {
        if (begin < lo + 2 || text[begin - 1] != ' ')
            break;
        std::size_t start = begin - 1;
        while (start > lo && is_ascii_lower(text[start - 1]))
            --start;
        if (start == begin - 1 || (start > lo && !is_ascii_space(text[start - 1])))
            break;
        if (!grammar::is_lower_title_word(text.substr(start, begin - 1 - start)))
            break;
        begin = start;
    }
    return begin == pos ? std::string_view{} : text.substr(begin, pos - 1 - begin);
}

/// The noun a common-noun phrase is about: "founder" in "the 39-year-old founder of Studiocomix Press".
inline std::string_view head_noun(std::string_view text, std::string_view phrase) noexcept {
    const span s = make_span(text, phrase);
    const words_of<8> words(text, s.begin, s.end);
    std::size_t last = words.count;
    for (std::size_t i = 1; i < words.count; ++i)
        if (is_one_of(words.at(text, i), head_noun_prepositions)) {
            last = i;
            break;
        }
    std::string_view head = words.at(text, last - 1);
    while (!head.empty() && (head.back() == ',' || head.back() == '.'))
        head.remove_suffix(1);
    return head;
}

/// "The cooperative's chairman, Tomas Oyelaran, said", "One red-state Democrat, Montana Sen. Jon Tester,
/// said": a person named in apposition to a common noun is the speaker. Returns who speaks.
inline std::string_view preferred_speaker(std::string_view text,
                                          const grammar::attribution_fields& found) noexcept {
    if (found.appositive.empty() || !grammar::is_common_noun_phrase(found.speaker))
        return found.speaker;
    if (grammar::is_person_name(found.appositive))
        return found.appositive;
    if (!grammar::is_titled_name(found.appositive))
        return found.speaker;
    const span appositive = make_span(text, found.appositive);
    const std::optional<name_split> split = split_name(text, appositive.begin, appositive.end);
    return split && split->words >= 2 ? found.appositive : found.speaker;
}

/// "Graham" in "Franklin Graham, who has vowed": the word before `pos`, over a comma, within the paragraph
/// from `lo` (a relative pronoun's antecedent, when it ends a name).
inline std::string_view word_before(std::string_view text, std::size_t lo, std::size_t pos) noexcept {
    std::size_t end = trim_blanks_back(text, lo, pos);
    if (end > lo && text[end - 1] == ',')
        --end;
    std::size_t begin = end;
    while (begin > lo && !is_ascii_space(text[begin - 1]))
        --begin;
    return text.substr(begin, end - begin);
}

/// "officials", "analysts" (not "boss", "actress"): a plural noun, which describes no one person.
inline bool is_plural_noun(std::string_view noun) noexcept {
    return noun.size() > 3 && noun.back() == 's' && noun[noun.size() - 2] != 's'
           && is_ascii_lower(noun.front());
}

/// The last word of a full name.
inline std::string_view last_word_of(std::string_view name) noexcept {
    const std::size_t space = name.rfind(' ');
    return space == std::string_view::npos ? name : name.substr(space + 1);
}

/// The speakers of one story: the people it names, the subject the next pronoun tells about, and who last
/// spoke. `lo` in the calls below is where the paragraph being read begins.
class speaker_registry {
public:
    explicit speaker_registry(std::string_view text) noexcept : text_(text) {}

    const people_memory& people() const noexcept { return people_; }
    const speech& last_speech() const noexcept { return last_speech_; }
    const speech& last_focus() const noexcept { return last_focus_; }

    /// A report of speech, for the quotes after it. "…, who asked not to be named" reports nobody's when
    /// "who" stands for nobody the story named: the speaker before it keeps the floor.
    void spoke(const speech& s) noexcept {
        if (!s.name && s.speaker && s.speaker->text == "who")
            return;
        last_speech_ = s;
    }
    /// The named subject of a sentence of prose, who may take the floor in the next quote.
    void focus(const speech& s) noexcept { last_focus_ = s; }
    void mark_subject(std::size_t i) noexcept { people_.mark_subject(i); }
    /// A quote inherited by the person named `name`: they are the subject again.
    void spoke_again(const span& name) noexcept {
        people_.mark_subject(people_.find(last_word_of(name.text)));
    }

    /// A pronoun opened a sentence: it tells the gender of the subject named last, whatever it is.
    void pronoun_opens_sentence(gender g) noexcept {
        if (gender_target_ != people_memory::none && g != gender::unknown)
            people_.evidence(gender_target_, g);
        gender_target_ = people_memory::none;
    }
    /// A subject or reflexive pronoun inside a sentence ("Lonechild said she…", "…proven herself").
    void pronoun_in_sentence(gender g) noexcept {
        if (gender_target_ == people_memory::none)
            return;
        people_.evidence(gender_target_, g);
        gender_target_ = people_memory::none;
    }

    /// Records the person named in [begin, end) (titles included), as a subject or not; returns its entry.
    std::size_t note_name(std::size_t lo, std::size_t begin, std::size_t end, bool subject) {
        const std::optional<name_split> split = split_name(text_, begin, end);
        if (!split)
            return people_memory::none;
        if (split->words < 2 && !subject) // a surname alone: the person named in full before, if any
            return people_.find(surname_of(text_, *split));
        std::string_view title = text_.substr(split->title_begin, split->name_begin - split->title_begin);
        while (!title.empty() && is_ascii_space(title.back()))
            title.remove_suffix(1);
        if (title.empty())
            title = lower_case_title_before(text_, lo, begin);
        const std::size_t i = people_.note(make_span(text_, split->name_begin, split->name_end),
                                           surname_of(text_, *split), split->words, title, subject);
        people_.evidence(i, split->implied);
        if (split->words >= 2)
            note_given_name(i, *split);
        if (subject)
            gender_target_ = i;
        return i;
    }

    std::size_t note_speaker_name(std::size_t lo, std::string_view speaker, bool subject) {
        const span s = make_span(text_, speaker);
        return note_name(lo, s.begin, s.end, subject);
    }

    /// The full name a speaker stands for: a name of two words or more itself (titles stripped), a
    /// surname the full name given earlier, he or she the latest compatible subject, "the minister" the
    /// person last given that title, "her statement" whoever "her" is. Otherwise nothing: better no name
    /// than a wrong one.
    std::optional<span> resolve(std::size_t lo, std::string_view speaker, bool subject) {
        if (speaker.empty())
            return std::nullopt;
        const span s = make_span(text_, speaker);
        const words_of<8> words(text_, s.begin, s.end);
        const std::string_view first = words.at(text_, 0);
        if (words.count == 1) {
            if (const gender g = gender_of_pronoun(first); g != gender::unknown)
                return entry_name(people_.pronoun(g), subject);
            if (same_word(first, "it"))
                return last_organization_; // "…," it said: the organization that last spoke
            if (first == "who")
                return resolve_antecedent(lo, s.begin);
            if (grammar::is_pronoun(first))
                return std::nullopt; // I, we, they
        }
        if (grammar::is_common_noun_phrase(speaker))
            return resolve_description(speaker, first, words.count, subject);
        const std::size_t i = note_speaker_name(lo, speaker, subject);
        if (i == people_memory::none) {
            if (subject && is_capitalized_at(text_, s.begin))
                last_organization_ = s; // "BC Hydro said", "UFCW Local 832 said"
            return std::nullopt;
        }
        if (people_[i].words < 2)
            return std::nullopt; // a surname never given in full
        return people_[i].name;
    }

private:
    /// The given name of a person just noted, when it is one that says the gender: weighs as two pronouns.
    void note_given_name(std::size_t i, const name_split& split) noexcept {
        std::size_t given_end = split.name_begin;
        while (given_end < split.name_end && !is_ascii_space(text_[given_end]))
            ++given_end;
        const int given =
            grammar::gender_of_given_name(text_.substr(split.name_begin, given_end - split.name_begin));
        const gender g = given == 1 ? gender::male : given == 2 ? gender::female : gender::unknown;
        if (g != gender::unknown && people_[i].male + people_[i].female == 0) {
            people_.evidence(i, g);
            people_.evidence(i, g);
        }
    }

    /// A common-noun speaker, `first` its first word: "his office" and "her statement" whoever "his" or
    /// "her" is; "the minister" the person last given that title; "the affable proprietor", "the rookie
    /// defenceman" a description of the person the story has just named. Not "the company", nor "a
    /// statement" or "one official": nobody in particular.
    std::optional<span> resolve_description(std::string_view speaker, std::string_view first,
                                            std::size_t words, bool subject) {
        if (const gender g = gender_of_pronoun(first); g != gender::unknown)
            return entry_name(people_.pronoun(g), subject);
        if (!same_word(first, "the") || words < 2)
            return std::nullopt;
        const std::string_view head = head_noun(text_, speaker);
        if (grammar::is_non_person_noun(head) || is_plural_noun(head))
            return std::nullopt; // "the company"; "the officials" are several people, not one
        const std::size_t titled = people_.by_title(head);
        return entry_name(titled != people_memory::none ? titled : people_.latest(), subject);
    }

    /// Who a relative "who" at `pos` stands for: the person named right before it ("Franklin Graham, who
    /// has vowed"), or the one a description before it names ("Nunes, the ferocious brawler who calls").
    /// A relative clause's speaker is not the subject the next "he" means.
    std::optional<span> resolve_antecedent(std::size_t lo, std::size_t pos) {
        const std::string_view word = word_before(text_, lo, pos);
        if (word.empty())
            return std::nullopt;
        const span antecedent = make_span(text_, word);
        if (is_capitalized_at(text_, antecedent.begin))
            return entry_name(people_.find(word), false);
        // A description opens with "the" a few words back.
        std::size_t start = antecedent.begin;
        for (std::size_t words = 2; words <= 6; ++words) {
            const std::string_view determiner = word_before(text_, lo, start);
            if (determiner.empty() || same_word(determiner, "a") || same_word(determiner, "an"))
                return std::nullopt; // "a former spymaster who": nobody in particular
            start = make_span(text_, determiner).begin;
            if (!same_word(determiner, "the"))
                continue;
            const std::string_view phrase = text_.substr(start, antecedent.end - start);
            if (!grammar::is_common_noun_phrase(phrase))
                return std::nullopt;
            // "Nunes, the ferocious brawler who": the description is in apposition to a name.
            const std::string_view named = word_before(text_, lo, start);
            if (!named.empty() && text_[trim_blanks_back(text_, lo, start) - 1] == ','
                && is_capitalized_at(text_, make_span(text_, named).begin))
                return entry_name(people_.find(named), false);
            return resolve_description(phrase, determiner, words, false);
        }
        return std::nullopt;
    }

    std::optional<span> entry_name(std::size_t i, bool subject) {
        if (i == people_memory::none || people_[i].words < 2)
            return std::nullopt;
        if (subject)
            people_.mark_subject(i);
        return people_[i].name;
    }

    std::string_view text_;
    people_memory people_;
    std::size_t gender_target_ = people_memory::none; ///< the subject the next pronoun tells about
    speech last_speech_;
    speech last_focus_;                     ///< the person last named as the subject of a sentence of prose
    std::optional<span> last_organization_; ///< the organization last named as a speaker
};

} // namespace wirecopy::detail
