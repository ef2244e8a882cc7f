// Attribution grammar: who said a quotation, with which cue and through which channel, in every order wire
// copy uses:
//   “…,” X said / “…,” said X / “…,” X, a doctor, said / “…,” according to X / “…” — X
//   X said: “…” / X said that “…” / X told Y that … “…” / According to X, … “…”
// and the subject of a sentence of reported speech without a quotation ("Lonechild said she started…"),
// which the quote tracker remembers to resolve pronouns and unattributed quotes.
//
// A speaker is a pronoun ("she"), a common-noun phrase ("the minister", "a statement", "his office"), a
// name with the titles in front of it ("Oilers head coach Ken Hitchcock", "Sen. Debbie Stabenow"), an
// organization ("BC Hydro", "UFCW Local 832") or bare nouns right before the cue ("officials said").
#pragma once

#include <wirecopy/detail/grammar/common.hpp>
#include <wirecopy/detail/grammar/given_names.hpp>
#include <wirecopy/detail/grammar/honorifics.hpp>
#include <wirecopy/detail/grammar/word_tables.hpp>

namespace wirecopy::detail::grammar {

struct attribution_fields {
    std::string_view speaker;
    std::string_view appositive; ///< "Tomas Oyelaran" in "The chairman, Tomas Oyelaran, said"
    std::string_view cue;
    std::string_view channel;
};

/// Verbs and phrases that attribute speech. Matched whole-word, case-sensitively (lower case, and the
/// capitalized forms that open a sentence: "According to X, …").
inline constexpr const char* cue_list[] = {
    "said",         "says",         "say",         "told",        "tells",       "tell",       "added",
    "adds",         "asked",        "asks",        "warned",      "warns",       "wrote",      "writes",
    "tweeted",      "tweets",       "explained",   "explains",    "noted",       "notes",      "stated",
    "states",       "declared",     "declares",    "insisted",    "insists",     "argued",     "argues",
    "recalled",     "recalls",      "replied",     "replies",     "continued",   "continues",  "acknowledged",
    "acknowledges", "admitted",     "admits",      "announced",   "announces",   "claimed",    "claims",
    "commented",    "comments",     "complained",  "complains",   "confirmed",   "confirms",   "conceded",
    "concedes",     "cautioned",    "cautions",    "emphasized",  "emphasised",  "emphasizes", "stressed",
    "stresses",     "suggested",    "suggests",    "urged",       "urges",       "predicted",  "predicts",
    "laughed",      "laughs",       "joked",       "jokes",       "posted",      "remarked",   "remarks",
    "responded",    "responds",     "observed",    "observes",    "reported",    "reports",    "testified",
    "testifies",    "shouted",      "whispered",   "concluded",   "concludes",   "agreed",     "agrees",
    "promised",     "promises",     "vowed",       "vows",        "pointed out", "points out", "went on",
    "goes on",      "recounted",    "recounts",    "describes",   "described",   "quipped",    "mused",
    "boasted",      "lamented",     "laments",     "pleaded",     "demanded",    "demands",    "countered",
    "counters",     "echoed",       "echoes",      "repeated",    "repeats",     "reiterated", "reiterates",
    "answered",     "answers",      "blurted out", "blurted",     "shot back",   "fired back", "chanted",
    "yelled",       "screamed",     "cried",       "sighed",      "muttered",    "exclaimed",  "wondered",
    "texted",       "emailed",      "e-mailed",    "messaged",    "mentioned",   "mentions",   "advised",
    "advises",      "ruled",        "rules",       "recommended", "recommends",  "maintained", "maintains",
    "contended",    "contends",     "alleged",     "alleges",     "disclosed",   "revealed",   "reveals",
    "estimated",    "estimates",    "signed off",  "sign off",    "cited",       "cites",      "citing",
    "called",       "calls",        "expressed",   "expresses",   "expressing",  "voiced",     "voices",
    "believes",     "thinks",       "feels",       "warning",     "saying",      "adding",     "telling",
    "writing",      "testifying",   "explaining",  "noting",      "arguing",     "asking",     "calling",
    "describing",   "according to", "According to"};
inline const word_table<> cue_verbs{[](auto& table) { table.add_all(cue_list); }};
/// The fewest bytes before the first blank of a cue ("say"): a shorter word is no cue and is not looked up.
inline constexpr std::size_t shortest_cue_word = [] {
    std::size_t shortest = std::string_view(cue_list[0]).size();
    for (const std::string_view cue : cue_list)
        shortest = std::min(shortest, cue.substr(0, cue.find(' ')).size());
    return shortest;
}();

/// Cue forms that never come before their speaker: participles ("saying", "adding").
inline const word_table<> participle_cues{[](auto& table) {
    table.add_all({"saying", "adding", "telling", "writing", "testifying", "explaining", "noting", "arguing",
                   "asking", "calling", "describing", "citing", "expressing", "warning"});
}};

/// Cues whose object is what they name, never their speaker: "called her actions “…”", "described the
/// plan as “…”".
inline const word_table<> naming_cues{[](auto& table) {
    table.add_all({"called", "calls", "call", "calling", "described", "describes", "describing"});
}};

/// Verbs whose object is the channel: "told Reuters", "telling reporters".
inline const word_table<> telling_verbs{[](auto& table) {
    table.add_all({"told", "tells", "tell", "telling"});
}};

/// Words between a speaker and the cue: "also said", "has said", "was quoted as saying".
inline constexpr const char* auxiliary_list[] = {
    "also",          "again",        "later",          "then",      "previously", "once", "still", "further",
    "earlier",       "recently",     "repeatedly",     "often",     "now",        "has",  "had",   "have",
    "would",         "will",         "could",          "did",       "does",       "do",   "may",   "might",
    "was quoted as", "is quoted as", "were quoted as", "was heard", "is",         "was"};
inline const word_table<> auxiliary_words{[](auto& table) { table.add_all(auxiliary_list); }};

inline const word_table<> pronouns{[](auto& table) {
    table.add_all({"he", "she", "they", "it", "we", "i", "He", "She", "They", "It", "We", "I", "who"});
}};

/// Words that open a common-noun speaker: "the minister", "a statement", "his spokesman".
inline const word_table<> determiners{[](auto& table) {
    table.add_all({"the",     "a",    "an",   "his",     "her",  "their", "its",     "our",  "one",
                   "another", "some", "many", "several", "two",  "three", "both",    "The",  "A",
                   "An",      "His",  "Her",  "Their",   "Its",  "One",   "Another", "Some", "Many",
                   "Several", "Two",  "Both", "my",      "your", "My",    "Your"});
}};

/// Courtesy and rank titles written before a name, with or without their period: "Mr.", "Sen.", "Lt.".
inline const word_table<> honorifics{
    [](auto& table) { table.add_all(honorific_words).add_all(name_opening_honorifics); }};

/// Lower-case words that are never a title before a name: function words, auxiliaries, pronouns.
inline constexpr const char* function_list[] = {
    "the",    "a",       "an",        "of",      "with",    "for",       "to",    "in",    "on",
    "at",     "by",      "from",      "and",     "or",      "but",       "as",    "who",   "whom",
    "whose",  "which",   "that",      "this",    "these",   "those",     "is",    "was",   "are",
    "were",   "be",      "been",      "being",   "has",     "have",      "had",   "will",  "would",
    "can",    "could",   "should",    "may",     "might",   "must",      "do",    "does",  "did",
    "not",    "also",    "then",      "now",     "it",      "its",       "their", "his",   "her",
    "he",     "she",     "they",      "we",      "i",       "you",       "there", "here",  "when",
    "where",  "while",   "after",     "before",  "because", "if",        "so",    "than",  "into",
    "about",  "over",    "under",     "just",    "only",    "even",      "very",  "more",  "most",
    "all",    "some",    "said",      "says",    "told",    "according", "like",  "since", "until",
    "during", "him",     "how",       "what",    "why",     "our",       "my",    "your",  "them",
    "me",     "us",      "week",      "weeks",   "month",   "months",    "year",  "years", "day",
    "days",   "morning", "afternoon", "evening", "night",   "weekend",   "time",  "ago",   "hour",
    "hours"};
inline const word_table<> function_words{[](auto& table) { table.add_all(function_list); }};

/// Words that end a common-noun phrase: the next phrase or clause starts at them ("a step its chief
/// executive", "the arrest, which", "the paperwork, but").
inline constexpr const char* breaker_list[] = {
    "its",  "his",  "her",   "their", "our",   "my",     "your",    "but",  "that",  "which",
    "who",  "whom", "whose", "has",   "have",  "had",    "is",      "was",  "are",   "were",
    "be",   "been", "will",  "would", "can",   "could",  "should",  "may",  "might", "must",
    "also", "then", "when",  "while", "after", "before", "because", "if",   "so",    "than",
    "he",   "she",  "they",  "it",    "we",    "i",      "you",     "him",  "them",  "me",
    "us",   "this", "these", "those", "to",    "not",    "did",     "does", "do",    "where",
    "how",  "why",  "what",  "by",    "said",  "says",   "read",    "reads"};
inline const word_table<> phrase_breakers{[](auto& table) { table.add_all(breaker_list); }};

/// Capitalized words that open a sentence but never a name: "But", "The", "In", "It".
inline const word_table<> sentence_openers{[](auto& table) {
    table.add_all({"The",       "A",          "An",      "But",         "And",       "Or",      "So",
                   "Yet",       "Still",      "In",      "On",          "At",        "As",      "If",
                   "When",      "While",      "After",   "Before",      "Since",     "It",      "This",
                   "That",      "These",      "Those",   "There",       "Here",      "His",     "Her",
                   "Its",       "Their",      "Our",     "My",          "We",        "He",      "She",
                   "They",      "I",          "You",     "For",         "With",      "From",    "By",
                   "Of",        "To",         "Now",     "Then",        "Also",      "Even",    "However",
                   "Meanwhile", "Instead",    "Despite", "Although",    "Though",    "Because", "Last",
                   "Next",      "Earlier",    "Later",   "Asked",       "What",      "Why",     "How",
                   "Who",       "Where",      "Some",    "Many",        "Most",      "All",     "Both",
                   "Each",      "Every",      "No",      "Not",         "Other",     "Such",    "Another",
                   "One",       "Two",        "Three",   "Speaking",    "According", "Under",   "Over",
                   "Among",     "During",     "Until",   "Like",        "Unlike",    "Once",    "Indeed",
                   "Finally",   "Separately", "Further", "Furthermore", "Moreover",  "Overall", "Today",
                   "Yesterday", "Tomorrow",   "Tonight", "Following",   "Outside",   "Inside",  "Throughout",
                   "Without",   "Within",     "Besides", "Please",      "Let",       "Do",      "Does",
                   "Did",       "Is",         "Are",     "Was",         "Were",      "Has",     "Have",
                   "Had",       "Will",       "Would",   "Can",         "Could",     "Should",  "May",
                   "Might",     "Must",       "Yes",     "Well",        "Oh"});
}};

/// Connectives that may open a sentence before its subject: "But Lee said…", "Still, she added…".
inline const word_table<> connectives{[](auto& table) {
    table.add_all({"But",     "And",        "So",      "Yet",       "Still",     "However",    "Meanwhile",
                   "Instead", "Now",        "Later",   "Then",      "Also",      "Earlier",    "Indeed",
                   "Finally", "Separately", "Further", "Moreover",  "Afterward", "Afterwards", "Again",
                   "Today",   "Yesterday",  "Overall", "Previously"});
}};

/// Prepositions and words that open an introductory phrase before the subject: "In a statement, X said".
inline const word_table<> intro_words{[](auto& table) {
    table.add_all(
        {"In",        "On",       "At",         "After",      "Before",   "During",     "Since",
         "Last",      "This",     "Earlier",    "Later",      "Asked",    "Speaking",   "Despite",
         "Following", "Writing",  "Responding", "When",       "While",    "Outside",    "Inside",
         "For",       "With",     "From",       "Under",      "Over",     "Like",       "Unlike",
         "As",        "Although", "Though",     "Because",    "If",       "Once",       "Throughout",
         "Without",   "Within",   "Besides",    "Among",      "Until",    "Beyond",     "Through",
         "By",        "Of",       "Back",       "Addressing", "Reacting", "Commenting", "Reached"});
}};

/// Days and months as they are written in running text (case-sensitive; cheaper than `no_case` on
/// every word): "Monday", "Mon.", "January", "Jan", "Sept".
inline constexpr const char* day_list[] = {
    "Monday", "Tuesday", "Wednesday", "Thursday",  "Friday",   "Saturday", "Sunday",    "Mon",
    "Tue",    "Tues",    "Wed",       "Thu",       "Thur",     "Thurs",    "Fri",       "Sat",
    "Sun",    "monday",  "tuesday",   "wednesday", "thursday", "friday",   "saturday",  "sunday",
    "Today",  "Tonight", "Yesterday", "Tomorrow",  "today",    "tonight",  "yesterday", "tomorrow"};
inline const word_table<> day_names{[](auto& table) { table.add_all(day_list); }};
inline constexpr const char* month_list[] = {
    "January",   "February", "March",    "April",    "May",  "June", "July", "August",
    "September", "October",  "November", "December", "Jan",  "Feb",  "Mar",  "Apr",
    "Jun",       "Jul",      "Aug",      "Sep",      "Sept", "Oct",  "Nov",  "Dec"};
inline const word_table<> month_names{[](auto& table) { table.add_all(month_list); }};

/// Words a common-noun phrase never runs into: cues, auxiliaries ("the UAW earlier said"), words that start
/// another phrase, days and months.
inline const word_table<> phrase_stoppers{[](auto& table) {
    table.add_all(cue_list)
        .add_all(breaker_list)
        .add_all(auxiliary_list)
        .add_all(day_list)
        .add_all(month_list);
}};
/// Words that are never a title or a noun before a name: function words, cues, days and months.
inline const word_table<> title_stoppers{[](auto& table) {
    table.add_all(function_list).add_all(cue_list).add_all(day_list).add_all(month_list);
}};

/// Titles written before a name and not part of it: "President", "Minister", "Sen.", "MP".
inline const word_table<> title_words{[](auto& table) {
    table
        .add_all({"President",    "Prime",        "Minister",
                  "Secretary",    "Chancellor",   "Premier",
                  "Mayor",        "Governor",     "Senator",
                  "Chief",        "Judge",        "Justice",
                  "Coach",        "Officer",      "Professor",
                  "King",         "Queen",        "Prince",
                  "Princess",     "Pope",         "Ambassador",
                  "Commissioner", "Director",     "Chairman",
                  "Chairwoman",   "Chair",        "Spokesman",
                  "Spokeswoman",  "Spokesperson", "Deputy",
                  "Foreign",      "Finance",      "Defence",
                  "Defense",      "Interior",     "Health",
                  "State",        "General",      "Attorney",
                  "Councillor",   "Councilor",    "Councilman",
                  "Councilwoman", "Constable",    "Sergeant",
                  "Lieutenant",   "Captain",      "Corporal",
                  "Colonel",      "Inspector",    "Superintendent",
                  "Detective",    "Sheriff",      "Bishop",
                  "Archbishop",   "Cardinal",     "Rabbi",
                  "Imam",         "Pastor",       "Father",
                  "Sister",       "Brother",      "Reverend",
                  "Dean",         "Provost",      "Trustee",
                  "MP",           "MPP",          "MLA",
                  "MNA",          "CEO",          "CFO",
                  "COO",          "Leader",       "Speaker",
                  "Commander",    "Admiral",      "Marshal",
                  "Vice",         "Executive",    "Senior",
                  "Assistant",    "Associate",    "Lord",
                  "Lady",         "Sir",          "Dame",
                  "Crown",        "Opposition",   "Liberal",
                  "Conservative", "Democratic",   "Republican",
                  "Democrat"})
        .add_all(honorific_words);
}};

/// Words that end the name of an organization rather than a person: "St. Charles Police", "BC Hydro".
inline const word_table<> organization_words{[](auto& table) {
    table.add_all({"Police",     "Department",  "Dept",        "Ministry",     "Office",
                   "Council",    "Press",       "Association", "University",   "College",
                   "School",     "Party",       "Service",     "Services",     "Agency",
                   "Inc",        "Corp",        "Co",          "Ltd",          "Group",
                   "Bank",       "Board",       "Committee",   "Commission",   "Court",
                   "Union",      "News",        "Relations",   "Affairs",      "Authority",
                   "Institute",  "Centre",      "Center",      "Foundation",   "Society",
                   "League",     "Club",        "Hospital",    "Church",       "Times",
                   "Post",       "Journal",     "Network",     "Company",      "Government",
                   "Fund",       "Reserve",     "Railway",     "Airlines",     "Coalition",
                   "Alliance",   "Federation",  "Congress",    "Parliament",   "Senate",
                   "House",      "Assembly",    "Tribunal",    "Institution",  "Industries",
                   "Holdings",   "Partners",    "Capital",     "Securities",   "Research",
                   "Magazine",   "Radio",       "Television",  "Broadcasting", "Hydro",
                   "Energy",     "Airport",     "Cabinet",     "Embassy",      "Consulate",
                   "Force",      "Forces",      "Army",        "Navy",         "Team",
                   "Statistics", "Corporation", "Limited",     "LLC",          "Commissioner's",
                   "Office's"});
}};

namespace attribution_parts {

using F = attribution_fields;

/// Fixed-width wire copy wraps lines anywhere: around a quote, a line break is a blank.
inline constexpr auto ws = space;
inline constexpr auto opt_ws = char_classes::white_space<0>{};

inline constexpr auto cue = cue_verbs >> word_end;
inline constexpr auto pronoun = pronouns >> word_end;
inline constexpr auto determiner = determiners >> word_end;
inline constexpr auto opener = sentence_openers >> word_end;
inline constexpr auto pronoun_or_determiner = pronoun | determiner; // each whole: "its" is no "it"
inline constexpr auto adverb = word_tables::lower_word_if_parser<word_tables::ends_in_ly>{};
inline constexpr auto auxiliary = (auxiliary_words >> word_end) | adverb;
inline constexpr auto auxiliaries = x3::repeat(0, 3)[auxiliary >> ws];

/// Words that are never a speaker or a channel: "said Monday", "told reporters on Tuesday".
inline constexpr auto calendar_word = (day_names | month_names) >> word_end;
/// In a name, a month is a name ("Theresa May", "Jan Durning") unless a day follows it ("May 3", "Jan. 5").
/// (The month is looked up once for both forms.)
inline constexpr auto date_word =
    (day_names >> word_end) | (month_names >> ((word_end >> -x3::lit('.') >> blank >> digit) | x3::lit('.')));

/// A lower-case word, with hyphens and apostrophes inside: "spokesman", "then-Surrey", "al-Shabaab".
inline constexpr auto lower_word =
    lower >> char_classes::word_rest<char_classes::word_character>{} >> word_end;
inline constexpr auto number_word = +digit >> word_end;
/// "39-year-old", "2018-2022": a compound that starts with a digit.
inline constexpr auto number_compound =
    digit >> char_classes::word_rest<char_classes::word_character>{} >> word_end;
/// A name in capitals: "DUP", "AT&T", "U.S.", never the period that ends the sentence ("told WXYZ.").
inline constexpr auto caps_name =
    (+(upper >> '.') >> word_end)
    | (upper >> *(upper | ((x3::lit('-') | apostrophe | '&' | '.') >> upper)) >> word_end);
inline constexpr auto any_word = capitalized_word | caps_name | lower_word | number_compound;

/// "Mr.", "Sen.", "Lt." (British copy drops the period: "Mr Hawes").
inline constexpr auto honorific = honorifics >> (x3::lit('.') | word_end);
/// "’s" or "'s" ending a word: the possessive.
inline constexpr auto possessive_s = apostrophe >> x3::lit('s') >> word_end;
/// A capitalized word that is not a possessive: "Ken", "Brind'Amour", "O’Neill" (not "DeLaet's").
inline constexpr auto plain_capitalized =
    upper >> char_classes::word_rest<char_classes::letter, char_classes::possessive::ends_word>{} >> word_end
    >> !possessive_s;
/// A word of a name: "Ken", "Brind'Amour", "W.", "Mr.", "DUP".
/// (Every form starts with a capital: `&upper` first spares lower-case words the date look-ups.)
inline constexpr auto name_token_def = &upper >> !date_word >> (honorific | caps_name | plain_capitalized);
inline constexpr auto name_token = standalone<name_token_def>{};
/// "Vauxhall’s", "DeLaet's": a possessive, which a name or title may go on from ("Monday's" is none). The
/// shape is tested first: most capitalized words are no possessive, and are turned away before the date
/// look-ups.
inline constexpr auto possessive_shape =
    upper >> char_classes::word_rest<char_classes::letter, char_classes::possessive::ends_word>{}
    >> possessive_s;
inline constexpr auto possessive_token_def = &possessive_shape >> !date_word >> possessive_shape;
inline constexpr auto possessive_token = standalone<possessive_token_def>{};
/// Lower-case words that stand before a name as its title: "coach", "media coordinator", "oil and gas
/// worker". Not adverbs, function words or cues.
/// The end of a whole word, hyphenated compounds included ("then-Surrey" is not "then").
inline constexpr auto compound_end = !(letter | digit | x3::lit('-') | apostrophe);
/// A verb, which no title before a name is: "hopes", "joins", "joined" (but "boss", "gas").
inline constexpr auto verb_like = word_tables::lower_word_if_parser<word_tables::looks_like_a_verb>{};
/// A lower-case noun that may name speakers: "officials", "staff", "researchers". (`&lower` first: a
/// capitalized word is turned away before the look-ups.)
inline constexpr auto noun_word = &lower >> !(title_stoppers >> compound_end) >> !adverb >> lower_word;
inline constexpr auto title_word = !verb_like >> noun_word;
inline constexpr auto title_run_def = title_word
                                      >> x3::repeat(0, 4)[blank >> -(x3::lit("and") >> blank) >> title_word]
                                      >> &(blank >> name_token);
inline constexpr auto title_run = standalone<title_run_def>{};

/// A name with the titles and affiliations in front of it: "Oilers head coach Ken Hitchcock", "Sen.
/// Debbie Stabenow", "UFCW Local 832 president Jeff Traeger", "BC Hydro", "union leader Marta Delgado".
/// The tracker splits off the person's name (the capitalized words at its end).
inline constexpr auto name_item_def = name_token | number_word | title_run
                                      | name_particle >> &(blank >> name_token)
                                      | possessive_token >> &(blank >> (name_token | title_run))
                                      | (x3::lit("and") | '&') >> &(blank >> name_token);
inline constexpr auto name_item = standalone<name_item_def>{};
/// "(R-Ohio)", "(D-Md.)", "(I-VT)", "(D)": a lawmaker's party and state after the name, as newspapers write
/// them (wire copy sets them off with commas, ", R-Ariz.,": an appositive).
inline constexpr auto party_designation_def =
    x3::lit('(') >> (x3::lit('R') | 'D' | 'I')
    >> -(x3::lit('-') >> ((regions >> &x3::lit(')')) | (upper >> x3::repeat(1, 3)[upper | x3::lit('.')])))
    >> ')';
inline constexpr auto party_designation = standalone<party_designation_def>{};
inline constexpr auto titled_name_def = !(sentence_openers >> word_end) >> (name_item - number_word)
                                        >> *(blank >> name_item) >> -(-x3::lit(',') >> blank >> name_suffix)
                                        >> -(blank >> party_designation);
inline constexpr auto titled_name = standalone<titled_name_def>{};

/// "the minister", "a statement", "a spokesman for the ministry", "the lanky, bespectacled professor": a
/// determiner and up to six words, running into neither a cue nor an auxiliary.
inline constexpr auto phrase_word_def = !(phrase_stoppers >> word_end) >> !adverb
                                        >> (possessive_token | any_word)
                                        >> -(apostrophe >> !letter); // "miners’ union" // "miners’ union"
/// After its first word a phrase does not go on into a past tense: "The diocese issued…".
inline constexpr auto past_tense = word_tables::lower_word_if_parser<word_tables::ends_in_ed>{};
inline constexpr auto phrase_word = standalone<phrase_word_def>{};
/// A function word goes on a phrase only where a word of the phrase follows it: "the manager of one such
/// airport in Ohio", never "… airport in".
inline constexpr auto phrase_next_word =
    blank >> !past_tense >> !(function_words >> word_end >> !(blank >> phrase_word)) >> phrase_word;
inline constexpr auto common_noun_phrase_def = (determiners >> word_end
                                                | possessive_token >> &(blank >> lower))
                                               >> blank >> phrase_word >> x3::repeat(0, 6)[phrase_next_word];
inline constexpr auto common_noun_phrase = standalone<common_noun_phrase_def>{};
/// With commas between its words, only right before the cue: "the lanky, bespectacled professor said".
inline constexpr auto listed_noun_phrase_def = determiners >> word_end >> +(blank >> phrase_word >> ',')
                                               >> x3::repeat(1, 4)[blank >> phrase_word];
inline constexpr auto listed_noun_phrase = standalone<listed_noun_phrase_def>{};
/// "officials said", "Surrey staff explained", "researchers say": bare nouns directly before a cue.
inline constexpr auto bare_nouns_def = noun_word >> -(blank >> noun_word) >> &(ws >> auxiliaries >> cue);
inline constexpr auto bare_nouns = standalone<bare_nouns_def>{};

inline constexpr auto speaker_def = pronoun | common_noun_phrase | titled_name;
inline constexpr auto speaker = standalone<speaker_def>{};
/// Before a cue a speaker may also be bare nouns, after a name or not: "Surrey staff explained".
inline constexpr auto speaker_before_cue_def = pronoun | listed_noun_phrase >> &(ws >> auxiliaries >> cue)
                                               | common_noun_phrase | titled_name >> -(blank >> bare_nouns)
                                               | bare_nouns;
inline constexpr auto speaker_before_cue = standalone<speaker_before_cue_def>{};

/// ", a Russian state news outlet," between a speaker and the cue. The first is captured (a name in
/// apposition to a common noun is the speaker); three more may follow (", D-Mich., a member of …,", ", 30, of
/// Raleigh, N.C., who …,").
inline constexpr auto quote_char = x3::lit('"') | x3::lit("``") | x3::lit("''") | x3::lit("\xE2\x80\x9C")
                                   | x3::lit("\xE2\x80\x9D") | x3::lit("\xE2\x80\x9E") | x3::lit("\xC2\xAB")
                                   | x3::lit("\xC2\xBB");
/// The end of a sentence: a period and a blank before a capital ("…teacher. ``Some…").
inline constexpr auto sentence_stop = x3::lit('.') >> (blank | line_break) >> opt_blanks
                                      >> (upper | quote_char);
/// Where an appositive ends: a comma, a quote mark, the end of the sentence.
inline constexpr auto appositive_stop =
    x3::lit(',') | quote_char | sentence_stop | (x3::lit('.') >> (line_break | x3::eoi));
/// No cue inside, so that "The company, Smith said, will…" is not read as the company speaking; but a
/// relative clause may hold one: ", who asked not to be named,". (A cue is looked for at word starts
/// only: after the blank that precedes it.)
inline constexpr auto appositive_text_def =
    (x3::lit("who") >> word_end
     >> x3::repeat(1, 160)[word_tables::plain_appositive_byte{} | (!appositive_stop >> x3::char_)])
    | (!cue >> x3::repeat(1, 160)[word_tables::plain_appositive_byte{}
                                  | (!appositive_stop >> ((blank >> !cue) | (x3::char_ - blank)))]);
inline constexpr auto appositive_text = standalone<appositive_text_def>{};
inline constexpr auto appositive = opt_ws >> ',' >> ws >> capture<&F::appositive>[appositive_text] >> ',';
inline constexpr auto more_appositive = ws >> appositive_text >> ',';
inline constexpr auto appositives = -(appositive >> x3::repeat(0, 3)[more_appositive]);
/// "Tim Guest with the Nova Scotia Health Authority", "Jingyi Pan of IG".
inline constexpr auto affiliation_def = ws >> (x3::lit("with") | "of" | "from" | "at") >> word_end >> ws
                                        >> (common_noun_phrase | titled_name);
inline constexpr auto affiliation = standalone<affiliation_def>{};

/// "in a statement", "at a news conference", "on Twitter", "by email" (not "in Ottawa", "on Monday").
inline constexpr auto channel_phrase_def =
    ((x3::lit("in") | "at" | "during") >> word_end >> ws >> common_noun_phrase)
    | ((x3::lit("on") | "via") >> word_end >> ws >> !calendar_word >> (common_noun_phrase | titled_name))
    | (x3::lit("by") >> word_end >> ws >> (x3::lit("email") | "e-mail" | "phone" | "telephone" | "text")
       >> word_end);
inline constexpr auto channel_phrase = standalone<channel_phrase_def>{};
/// The object of "told": "Reuters", "reporters", "The Canadian Press", "the House".
inline constexpr auto told_object_def = !calendar_word >> (common_noun_phrase | titled_name
                                                           | !(function_words >> word_end) >> lower_word);
inline constexpr auto told_object = standalone<told_object_def>{};

/// A cue and its channel: "said in a statement", "told Reuters".
inline constexpr auto cue_and_channel =
    (capture<&F::cue>[telling_verbs >> word_end] >> ws >> capture<&F::channel>[told_object])
    | (capture<&F::cue>[cue] >> -(ws >> capture<&F::channel>[channel_phrase]));

/// "…,” her statement read": documents read; only right after a quote (in prose "read" is reading).
inline constexpr auto document_cue = capture<&F::cue>[(x3::lit("read") | "reads") >> word_end];
/// X said / X, a doctor, said / X of IG also said in a statement.
inline constexpr auto speaker_then_cue = capture<&F::speaker>[speaker_before_cue] >> -affiliation
                                         >> appositives >> -affiliation >> ws >> auxiliaries
                                         >> cue_and_channel;
/// said X / says Dr. X, an internist, / according to a statement.
inline constexpr auto inverted_cue =
    !(participle_cues >> word_end) >> !(telling_verbs >> word_end) >> !(naming_cues >> word_end) >> cue;
/// ", Jason Louth." after the speaker that follows its cue, up to the end of the clause.
inline constexpr auto closing_appositive = opt_ws >> ',' >> ws >> capture<&F::appositive>[appositive_text]
                                           >> &(opt_blanks
                                                >> (x3::lit(',') | '.' | ';' | x3::eoi | line_break));
inline constexpr auto cue_then_speaker = capture<&F::cue>[inverted_cue] >> ws >> capture<&F::speaker>[speaker]
                                         >> -closing_appositive
                                         >> -(ws >> capture<&F::channel>[channel_phrase]);
/// Before a quotation, the cue first: "…, asks Policy Options editor Jennifer Ditchburn, “…”".
/// A common noun there is set off by a comma or colon; without one it is the subject of the words quoted
/// ("he said Trump's presence on the ballot “is going to help”").
inline constexpr auto inverted_before_quote =
    capture<&F::cue>[inverted_cue] >> ws
    >> ((capture<&F::speaker>[common_noun_phrase] >> appositives >> opt_ws >> (x3::lit(',') | ':'))
        | (capture<&F::speaker>[pronoun | titled_name] >> appositives >> opt_ws >> -(x3::lit(',') | ':')))
    >> opt_ws >> x3::eoi;

/// The speaker alone after a dash: “…” — Ann Lee.
inline constexpr auto dash_speaker = capture<&F::speaker>[titled_name]
                                     >> &(opt_blanks >> (x3::eoi | x3::lit(',') | '.' | line_break));

/// An introduction before the subject: "But", "Still,", "In a statement,", "Asked about it, ".
inline constexpr auto intro_phrase = intro_words >> word_end
                                     >> x3::repeat(1, 160)[x3::char_ - chars(",.;:!?\"\n")] >> ',' >> ws;
inline constexpr auto introduction_def = intro_phrase | (connectives >> word_end >> -x3::lit(',') >> ws);
inline constexpr auto introduction = standalone<introduction_def>{};

/// The subject of a sentence and what follows it: a speech verb (captured) or any lower-case verb.
inline constexpr auto subject =
    capture<&F::speaker>[speaker_before_cue] >> -affiliation >> appositives >> -affiliation;
/// "issued a second statement on Tuesday, saying": a clause of the subject's, then a participle of speech.
inline constexpr auto participle_clause =
    word_tables::clause_to_comma_parser{} >> ws >> capture<&F::cue>[participle_cues >> word_end];
inline constexpr auto predicate = ws >> ((auxiliaries >> cue_and_channel) | participle_clause | &lower);

} // namespace attribution_parts

constexpr x3::rule<class attribution_after_rule> attribution_after = "attribution_after";
constexpr x3::rule<class attribution_after_dash_rule> attribution_after_dash = "attribution_after_dash";
constexpr x3::rule<class attribution_before_rule> attribution_before = "attribution_before";
constexpr x3::rule<class sentence_clause_rule> sentence_clause = "sentence_clause";
constexpr x3::rule<class speaker_after_cue_rule> speaker_after_cue = "speaker_after_cue";
constexpr x3::rule<class cue_before_quote_rule> cue_before_quote = "cue_before_quote";
constexpr x3::rule<class attribution_at_end_rule> attribution_at_end = "attribution_at_end";

/// Runs from the closing quote mark: “…,” she said / “…,” said Steve Cowan / “…” — X.
inline constexpr auto attribution_after_dash_def = start_over<attribution_fields> >> attribution_parts::opt_ws
                                                   >> dash >> attribution_parts::opt_ws
                                                   >> (attribution_parts::cue_then_speaker
                                                       | attribution_parts::speaker_then_cue
                                                       | attribution_parts::dash_speaker);
inline constexpr auto attribution_after_def =
    (start_over<attribution_fields> >> attribution_parts::opt_ws
     >> -(x3::lit(',') >> attribution_parts::opt_ws)
     >> (attribution_parts::cue_then_speaker | attribution_parts::speaker_then_cue))
    | (start_over<attribution_fields> >> attribution_parts::opt_ws
       >> -(x3::lit(',') >> attribution_parts::opt_ws)
       >> capture<&attribution_fields::speaker>[attribution_parts::common_noun_phrase]
       >> attribution_parts::ws >> attribution_parts::document_cue)
    | attribution_after_dash;

/// Runs from the start of a candidate speaker before the opening mark; the caller checks that the match
/// ends where the cue it found ends.
inline constexpr auto attribution_before_def =
    start_over<attribution_fields> >> capture<
        &attribution_fields::speaker>[attribution_parts::speaker_before_cue]
    >> attribution_parts::appositives >> -attribution_parts::affiliation >> attribution_parts::ws
    >> attribution_parts::auxiliaries >> capture<&attribution_fields::cue>[attribution_parts::cue];

/// Runs from the start of a sentence: its subject, and the speech verb right after it if there is one —
/// "Lonechild said she…", "In a statement, IRCC said…", "Jim Eglinski, Yellowhead MP, said he…", "Vern
/// Sparkes was…" (no cue: the subject is followed by a lower-case verb).
inline constexpr auto sentence_clause_def =
    (start_over<attribution_fields> >> attribution_parts::subject >> attribution_parts::predicate)
    | (start_over<attribution_fields> >> attribution_parts::introduction >> attribution_parts::subject
       >> attribution_parts::predicate);

/// From a cue that takes its speaker after it: "according to Haley", "According to the memo".
inline constexpr auto speaker_after_cue_def =
    start_over<attribution_fields> >> capture<&attribution_fields::cue>[attribution_parts::cue]
    >> attribution_parts::ws >> capture<&attribution_fields::speaker>[attribution_parts::speaker];

/// From a cue up to the opening mark of the quote it introduces, its speaker between them.
inline constexpr auto cue_before_quote_def =
    start_over<attribution_fields> >> attribution_parts::inverted_before_quote;

/// Runs from a comma or dash later in the sentence of a quote, and must end the sentence: "…“normal” — a
/// significant finding, researchers say." / "…“9-11,” which received votes, Shibley said." / "…, said Dr.
/// Robert Rutledge, a Halifax radiation oncologist."
inline constexpr auto attribution_at_end_def =
    start_over<attribution_fields> >> (x3::lit(',') | dash) >> attribution_parts::opt_ws
    >> (attribution_parts::cue_then_speaker | attribution_parts::speaker_then_cue)
    >> -(attribution_parts::ws >> (attribution_parts::adverb | attribution_parts::calendar_word))
    >> -(attribution_parts::opt_ws >> ',' >> attribution_parts::ws >> attribution_parts::appositive_text)
    >> opt_blanks >> (x3::lit('.') | ';' | x3::eoi);

WIRECOPY_GRAMMAR_RULES(attribution_after_dash)
WIRECOPY_GRAMMAR_RULES(attribution_after, attribution_before, sentence_clause, speaker_after_cue,
                       cue_before_quote, attribution_at_end)

namespace attribution_parts {
/// "Minister", "Sen.": a title word with the period of its abbreviation.
inline constexpr auto title_abbreviation = title_words >> -x3::lit('.');
inline constexpr auto organization_abbreviation = organization_words >> -x3::lit('.');
} // namespace attribution_parts

/// Does `parser` match all of `text`?
template <class Parser>
bool matches_whole(std::string_view text, const Parser& parser) noexcept {
    return match_prefix(text.data(), text.data() + text.size(), parser) == text.data() + text.size();
}

/// Is `text` a common-noun phrase ("the minister", "The cooperative's chairman")?
inline bool is_common_noun_phrase(std::string_view text) noexcept {
    return matches_whole(text, attribution_parts::common_noun_phrase);
}
/// Is all of `text` a personal name?
inline bool is_person_name(std::string_view text) noexcept {
    return matches_whole(text, person_name);
}
/// Is all of `text` a name with its titles ("Montana Sen. Jon Tester")?
inline bool is_titled_name(std::string_view text) noexcept {
    return matches_whole(text, attribution_parts::titled_name);
}
/// Is all of `text` a party and state in brackets ("(R-Ohio)")?
inline bool is_party_designation(std::string_view text) noexcept {
    return matches_whole(text, attribution_parts::party_designation);
}
/// Is all of `text` a pronoun?
inline bool is_pronoun(std::string_view text) noexcept {
    return matches_whole(text, attribution_parts::pronoun);
}
/// Is `word` a title written before names ("Minister", "Sen.", "Lt")?
inline bool is_title_word(std::string_view word) noexcept {
    return matches_whole(word, attribution_parts::title_abbreviation);
}
/// Is `word` one that ends an organization's name ("Police", "Inc.")?
inline bool is_organization_word(std::string_view word) noexcept {
    return matches_whole(word, attribution_parts::organization_abbreviation);
}
/// Is `word` a lower-case title before a name ("coach", "spokesman"), not a function word or a cue?
inline bool is_lower_title_word(std::string_view word) noexcept {
    return matches_whole(word, attribution_parts::title_word);
}

/// Nouns for things and institutions, which a description of a person never ends in: "the statement",
/// "the company", "the department".
inline const word_table<> non_person_nouns{[](auto& table) {
    table.add_all(
        {"statement",   "report",        "release",        "letter",     "memo",        "document",
         "documents",   "paper",         "study",          "survey",     "website",     "site",
         "post",        "tweet",         "email",          "e-mail",     "note",        "notice",
         "ruling",      "decision",      "order",          "complaint",  "lawsuit",     "filing",
         "application", "motion",        "bill",           "law",        "act",         "plan",
         "budget",      "list",          "company",        "firm",       "corporation", "government",
         "ministry",    "department",    "agency",         "office",     "police",      "force",
         "army",        "board",         "court",          "union",      "group",       "association",
         "council",     "committee",     "commission",     "city",       "province",    "state",
         "country",     "team",          "club",           "school",     "university",  "college",
         "hospital",    "church",        "party",          "diocese",    "station",     "network",
         "newspaper",   "magazine",      "channel",        "show",       "program",     "programme",
         "campaign",    "organization",  "organisation",   "foundation", "institute",   "center",
         "centre",      "service",       "bank",           "fund",       "embassy",     "consulate",
         "industry",    "sector",        "market",         "region",     "county",      "town",
         "village",     "community",     "administration", "cabinet",    "parliament",  "senate",
         "congress",    "house",         "assembly",       "opposition", "coalition",   "alliance",
         "federation",  "league",        "brand",          "store",      "shop",        "restaurant",
         "airline",     "railway",       "railroad",       "video",      "footage",     "book",
         "film",        "movie",         "article",        "story",      "account",     "page",
         "poll",        "data",          "figures",        "numbers",    "analysis",    "review",
         "audit",       "investigation", "inquiry",        "probe",      "indictment",  "affidavit",
         "records",     "transcript",    "minutes",        "authority",  "authorities", "regulator",
         "watchdog",    "prosecution",   "defence",        "defense",    "military",    "navy",
         "ministry's",  "website's",     "guide",          "guidelines", "policy",      "rules",
         "message",     "sign",          "signs"});
}};

/// Is `word` a noun for a thing or an institution (not a person)?
inline bool is_non_person_noun(std::string_view word) noexcept {
    return matches_whole(word, non_person_nouns);
}

/// Is `word` one that opens sentences but never a name ("The", "But", "In")?
inline bool is_sentence_opener(std::string_view word) noexcept {
    return matches_whole(word, sentence_openers);
}

/// Is there a cue verb starting at `first`? Returns its end or nullptr.
inline iterator match_cue(iterator first, iterator last) noexcept {
    return match_prefix(first, last, attribution_parts::cue);
}

/// A cue verb in any case, as one opening a sentence ("Says McCarty:"): its end or nullptr.
inline iterator match_cue_any_case(iterator first, iterator last) noexcept {
    return match_prefix(first, last, x3::no_case[attribution_parts::cue]);
}

/// Is there an honorific ("Mr.", "Dr") starting at `first`? Returns its end or nullptr.
inline iterator match_honorific(iterator first, iterator last) noexcept {
    return match_prefix(first, last, attribution_parts::honorific);
}

/// Is there a personal name starting at `first`? Returns its end or nullptr.
inline iterator match_person_name(iterator first, iterator last) noexcept {
    return match_prefix(first, last, person_name);
}

} // namespace wirecopy::detail::grammar
