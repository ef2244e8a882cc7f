// Attribution grammar: who said a quotation, and with which cue, in every order wire copy uses:
//   “…,” X said / “…,” said X / “…,” according to X / X said: “…” / X, a doctor, said “…” / X told Y that
//   “…”.
#pragma once

#include <wirecopy/detail/grammar/common.hpp>

namespace wirecopy::detail::grammar {

struct attribution_fields {
    std::string_view speaker;
    std::string_view appositive; ///< "Tomas Oyelaran" in "The chairman, Tomas Oyelaran, said"
    std::string_view cue;
    std::string_view channel;
};

/// Verbs and phrases that attribute speech. Lower-case; matched whole-word.
inline const x3::symbols<x3::unused_type> cue_verbs = [] {
    x3::symbols<x3::unused_type> table;
    for (const char* verb :
         {"said",       "says",      "say",        "told",      "tells",        "tell",
          "added",      "adds",      "asked",      "asks",      "warned",       "warns",
          "wrote",      "writes",    "tweeted",    "tweets",    "explained",    "explains",
          "noted",      "notes",     "stated",     "states",    "declared",     "declares",
          "insisted",   "insists",   "argued",     "argues",    "recalled",     "recalls",
          "replied",    "replies",   "continued",  "continues", "acknowledged", "acknowledges",
          "admitted",   "admits",    "announced",  "announces", "claimed",      "claims",
          "commented",  "comments",  "complained", "complains", "confirmed",    "confirms",
          "conceded",   "concedes",  "cautioned",  "cautions",  "emphasized",   "emphasised",
          "emphasizes", "stressed",  "stresses",   "suggested", "suggests",     "urged",
          "urges",      "predicted", "predicts",   "laughed",   "laughs",       "joked",
          "jokes",      "posted",    "remarked",   "responded", "responds",     "observed",
          "observes",   "cited",     "cites",      "reported",  "reports",      "testified",
          "shouted",    "whispered", "concluded",  "concludes", "agreed",       "agrees",
          "promised",   "promises",  "vowed",      "vows",      "pointed out",  "points out",
          "went on",    "goes on",   "recounted",  "recounts",  "describes",    "described",
          "called",     "calls",     "quipped",    "mused",     "boasted",      "lamented",
          "pleaded",    "demanded",  "charged",    "countered", "believes",     "thinks",
          "feels",      "warning",   "saying",     "adding",    "telling",      "according to"})
        table.add(verb);
    return table;
}();

inline const x3::symbols<x3::unused_type> pronouns = [] {
    x3::symbols<x3::unused_type> table;
    for (const char* pronoun : {"he", "she", "they", "it", "we", "i", "He", "She", "They", "It", "We", "I"})
        table.add(pronoun);
    return table;
}();

/// Words that open a common-noun speaker: "the minister", "a statement", "his spokesman".
inline const x3::symbols<x3::unused_type> determiners = [] {
    x3::symbols<x3::unused_type> table;
    for (const char* word :
         {"the",  "a",     "an",      "his", "her",     "their", "its",  "our",     "one", "another",
          "some", "many",  "several", "two", "three",   "both",  "The",  "A",       "An",  "His",
          "Her",  "Their", "Its",     "One", "Another", "Some",  "Many", "Several", "Two", "Both"})
        table.add(word);
    return table;
}();

namespace attribution_parts {

using F = attribution_fields;

/// Fixed-width wire copy wraps lines anywhere: around a quote, a line break is a blank.
inline const auto ws = +(blank | line_break);
inline const auto opt_ws = *(blank | line_break);

inline const auto cue = cue_verbs >> word_end;
inline const auto pronoun = pronouns >> word_end;
inline const auto adverb = +lower >> x3::lit("ly") >> word_end;
inline const auto lower_word = +(lower | x3::char_('-') | apostrophe >> lower) >> word_end;
inline const auto any_word = capitalized_word | caps_word | lower_word;

/// "the minister", "a statement", "a spokesman for the ministry": a determiner and up to five words, not
/// running into a cue verb.
inline const auto common_noun_phrase = determiners >> word_end >> x3::repeat(1, 5)[blank >> !cue >> any_word];
/// "officials", "police", "analysts": bare nouns directly before a cue ("…,” officials said).
inline const auto bare_noun_phrase = x3::repeat(1, 2)[lower_word >> blank] >> &cue;

/// Words that are never a speaker or a channel: "said Monday", "told reporters on Tuesday".
inline const auto calendar_word = (x3::no_case[weekdays] | x3::no_case[months]) >> word_end;

/// "union leader Marta Delgado", "police spokesman Ian Cole": lower-case titles before a name.
inline const auto titled_name = x3::repeat(1, 4)[lower_word >> blank] >> !calendar_word >> person_name;
inline const auto speaker = pronoun | common_noun_phrase | !calendar_word >> person_name | titled_name;
inline const auto speaker_before_cue = speaker | bare_noun_phrase;

/// ", a Russian state news outlet," between a speaker and the cue.
inline const auto appositive =
    opt_ws >> ',' >> ws >> x3::raw[+(!x3::lit(',') >> !cue >> (x3::char_ - '\n'))][capture<&F::appositive>]
    >> ',';

/// "told Reuters", "told CNN affiliate WUSA", "in a statement", "in an interview".
inline const auto channel =
    ws >> !calendar_word >> x3::raw[(x3::lit("in") >> ws >> common_noun_phrase) | person_name
                                    | common_noun_phrase][capture<&F::channel>];

inline const auto captured_cue = x3::raw[cue][capture<&F::cue>];
inline const auto captured_speaker = x3::raw[speaker][capture<&F::speaker>];

/// After the closing mark: “…,” she said / “…,” said Steve Cowan / “…” — X / “…,” according to X.
inline const auto after_quote_order = (captured_cue >> ws >> captured_speaker)
                                      | (x3::raw[speaker_before_cue][capture<&F::speaker>] >> -appositive
                                         >> ws >> -(adverb >> ws) >> captured_cue >> -channel);

} // namespace attribution_parts

x3::rule<class attribution_after_rule> const attribution_after = "attribution_after";
x3::rule<class attribution_before_rule> const attribution_before = "attribution_before";

/// Runs from the closing quote mark.
inline const auto attribution_after_def = start_over >> attribution_parts::opt_ws
                                          >> -((x3::lit(',') | dash) >> attribution_parts::opt_ws)
                                          >> attribution_parts::after_quote_order;

/// Runs from the start of a candidate speaker before the opening mark; the caller checks that the match
/// ends where the cue it found ends.
inline const auto attribution_before_def =
    start_over >> x3::raw[attribution_parts::speaker_before_cue][capture<&attribution_fields::speaker>]
    >> -attribution_parts::appositive >> attribution_parts::ws
    >> -(attribution_parts::adverb >> attribution_parts::ws) >> attribution_parts::captured_cue;

BOOST_SPIRIT_DEFINE(attribution_after, attribution_before)

/// Is `text` a common-noun phrase ("the minister", "The cooperative's chairman")?
inline bool is_common_noun_phrase(std::string_view text) noexcept {
    return match_prefix(text.data(), text.data() + text.size(),
                        attribution_parts::common_noun_phrase >> x3::eoi)
           != nullptr;
}

/// Is all of `text` a personal name?
inline bool is_person_name(std::string_view text) noexcept {
    return match_prefix(text.data(), text.data() + text.size(), person_name >> x3::eoi) != nullptr;
}

/// Is there a cue verb starting at `first`? Returns its end or nullptr.
inline iterator match_cue(iterator first, iterator last) noexcept {
    return match_prefix(first, last, attribution_parts::cue);
}

} // namespace wirecopy::detail::grammar
