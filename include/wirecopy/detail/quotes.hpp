// Quotations: pairing marks paragraph by paragraph, the AP convention of quotes continued over paragraphs,
// attribution (speaker, cue, channel), speaker resolution within the story and the kind of each quote.
//
// The tracker reads the body once, in order. Text inside quotation marks is paired and reported; text
// outside them (the prose) is read for what resolution needs: the people it names, the subject of each
// sentence, who was last reported speaking ("Lonechild said she…") and which pronoun follows a name.
//
// Everything here works in fixed-size storage: a quote's nested quotes are collected in a small group and
// reported, in input order, when the outermost one closes; the people of the story live in a small table.
// Work per mark and per word is bounded (the stack depth, the reach of one sentence, the table size), so
// the whole pass is linear in the input.
#pragma once

#include <wirecopy/detail/blocks.hpp>
#include <wirecopy/detail/grammar/attribution.hpp>
#include <wirecopy/detail/quote_marks.hpp>
#include <wirecopy/detail/scanner.hpp>
#include <wirecopy/detail/scratch.hpp>
#include <wirecopy/detail/spans.hpp>
#include <wirecopy/events.hpp>
#include <wirecopy/options.hpp>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

namespace wirecopy::detail {

// ------------------------------------------------------------------ words
inline bool is_abbreviation_before(std::string_view text, std::size_t lo, std::size_t period) noexcept {
    std::size_t start = period;
    while (start > lo && (is_ascii_alpha(text[start - 1]) || text[start - 1] == '.'))
        --start;
    const std::string_view word = text.substr(start, period - start);
    if (word.size() == 1 && is_ascii_upper(word[0]))
        return true; // an initial: "W. Dale Nelson"
    if (word.find('.') != std::string_view::npos)
        return true; // "U.S.", "a.m."
    static constexpr std::string_view abbreviations[] = {
        "Mr",   "Mrs",  "Ms",   "Dr",   "St",    "Gen", "Sen",  "Rep", "Gov",    "Lt",  "Col", "Sgt",
        "Capt", "Prof", "Jr",   "Sr",   "Inc",   "Co",  "Corp", "Ltd", "No",     "vs",  "Rev", "Maj",
        "Cmdr", "Adm",  "Supt", "Insp", "Const", "Det", "Cpl",  "Hon", "Atty",   "Fr",  "Jan", "Feb",
        "Aug",  "Sept", "Sep",  "Oct",  "Nov",   "Dec", "Mt",   "Ft",  "approx", "Ave", "Blvd"};
    for (std::string_view abbreviation : abbreviations)
        if (word == abbreviation)
            return true;
    return false;
}

/// Is `pos` the start of a word (after a blank or an opening bracket, or at `lo`)?
inline bool is_word_start(std::string_view text, std::size_t lo, std::size_t pos) noexcept {
    if (pos > lo && is_ascii_alnum(text[pos - 1]))
        return false; // inside a word: the common case, decided without decoding
    if (!is_word_code_point(decode_at(text, pos).value))
        return false;
    if (pos == lo)
        return true;
    const char32_t prev = decode_before(text, pos).value;
    return is_unicode_blank(prev) || prev == '\n' || prev == '\r' || prev == '(' || prev == 0x201C
           || prev == '"' || prev == 0x2014 || prev == 0x2013;
}

/// Number of words in [begin, end), counted up to `enough`: callers compare it with a few words, and a
/// paragraph may be megabytes long.
inline std::size_t count_words(std::string_view text, std::size_t begin, std::size_t end,
                               std::size_t enough) noexcept {
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t i = begin; i < end && words < enough; ++i) {
        const bool blank = is_ascii_space(text[i]);
        words += !blank && !in_word;
        in_word = !blank;
    }
    return words;
}

inline bool is_capitalized_at(std::string_view text, std::size_t pos) noexcept {
    if (pos >= text.size())
        return false;
    const auto byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80)
        return is_ascii_upper(text[pos]);
    return byte == 0xC3 && pos + 1 < text.size() && static_cast<unsigned char>(text[pos + 1]) < 0x9F
           && static_cast<unsigned char>(text[pos + 1]) >= 0x80; // À…Þ
}

/// Does `word` equal `lower_case` ignoring the case of its letters?
inline bool same_word(std::string_view word, std::string_view lower_case) noexcept {
    if (word.size() != lower_case.size())
        return false;
    for (std::size_t i = 0; i < word.size(); ++i)
        if ((is_ascii_upper(word[i]) ? static_cast<char>(word[i] | 0x20) : word[i]) != lower_case[i])
            return false;
    return true;
}

// ------------------------------------------------------------------ names
enum class gender : unsigned char { unknown, male, female };

/// The gender a personal pronoun or determiner implies: he/him/his/himself, she/her/hers/herself.
inline gender gender_of_pronoun(std::string_view word) noexcept {
    const char initial = word.empty() ? ' ' : static_cast<char>(word[0] | 0x20);
    if (word.size() < 2 || word.size() > 7 || (initial != 'h' && initial != 's'))
        return gender::unknown;
    static constexpr std::string_view male_words[] = {"he", "him", "his", "himself"};
    for (std::string_view w : male_words)
        if (same_word(word, w))
            return gender::male;
    static constexpr std::string_view female_words[] = {"she", "her", "hers", "herself"};
    for (std::string_view w : female_words)
        if (same_word(word, w))
            return gender::female;
    return gender::unknown;
}

/// The gender a courtesy title implies.
inline gender gender_of_honorific(std::string_view word) noexcept {
    if (!word.empty() && word.back() == '.')
        word.remove_suffix(1);
    if (word == "Mr" || word == "Sir" || word == "Lord" || word == "King" || word == "Prince"
        || word == "Father" || word == "Brother")
        return gender::male;
    if (word == "Mrs" || word == "Ms" || word == "Miss" || word == "Mme" || word == "Mlle" || word == "Lady"
        || word == "Dame" || word == "Queen" || word == "Princess" || word == "Sister")
        return gender::female;
    return gender::unknown;
}

/// The words of [begin, end), split at white space, up to `Capacity`.
template <std::size_t Capacity>
struct words_of {
    std::array<std::pair<std::size_t, std::size_t>, Capacity> words{};
    std::size_t count = 0;

    words_of(std::string_view text, std::size_t begin, std::size_t end) noexcept {
        std::size_t i = begin;
        while (i < end && count < Capacity) {
            while (i < end && is_ascii_space(text[i]))
                ++i;
            const std::size_t start = i;
            while (i < end && !is_ascii_space(text[i]))
                ++i;
            if (i > start)
                words[count++] = {start, i};
        }
    }
    std::string_view at(std::string_view text, std::size_t i) const noexcept {
        return text.substr(words[i].first, words[i].second - words[i].first);
    }
};

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

inline bool is_name_particle(std::string_view word) noexcept {
    static constexpr std::string_view particles[] = {"van", "von", "de",  "da", "del", "della",
                                                     "der", "den", "dos", "du", "la",  "le",
                                                     "bin", "ibn", "al",  "el", "di",  "ben"};
    for (std::string_view p : particles)
        if (word == p)
            return true;
    return false;
}

inline bool is_name_suffix(std::string_view word) noexcept {
    static constexpr std::string_view suffixes[] = {"Jr.", "Sr.", "II", "III", "IV", "Jr", "Sr"};
    for (std::string_view s : suffixes)
        if (word == s)
            return true;
    return false;
}

/// Splits a speaker phrase into its titles and the personal name at its end: the capitalized words after
/// the last title, honorific, organization word or lower-case word, at most three of them (particles and
/// suffixes aside). Nothing when the phrase does not end in a name.
inline std::optional<name_split> split_name(std::string_view text, std::size_t begin,
                                            std::size_t end) noexcept {
    const words_of<16> w(text, begin, end);
    if (w.count == 0)
        return std::nullopt;
    std::size_t last = w.count;
    while (last > 0 && is_name_suffix(w.at(text, last - 1)))
        --last;
    std::size_t first = last;
    std::size_t name_words = 0;
    while (first > 0) {
        const std::string_view word = w.at(text, first - 1);
        if (is_name_particle(word) && first < last) {
            --first;
            continue;
        }
        if (!is_capitalized_at(text, w.words[first - 1].first) || grammar::is_title_word(word)
            || grammar::is_organization_word(word) || word.back() == ',' || name_words == 3)
            break;
        // A possessive ends a phrase before the name: "Vauxhall’s managing director".
        if (word.size() > 2 && (word.substr(word.size() - 2) == "'s" || word.substr(word.size() - 2) == "s'"))
            break;
        if (word.size() > 4 && word.substr(word.size() - 4) == "\xE2\x80\x99s")
            break;
        --first;
        ++name_words;
    }
    while (first < last && is_name_particle(w.at(text, first)))
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

// ------------------------------------------------------------------ the people of a story
/// The people a story has named so far: their full names, titles, the pronouns seen with them, and when
/// each was last the subject of a sentence or the speaker of a quote. A small table with least-recently
/// seen replacement, so that look-ups cost a bounded amount however long the story.
class people_memory {
public:
    static constexpr std::size_t capacity = 48;
    static constexpr std::size_t none = capacity;

    struct entry {
        span name;                    ///< the full name, titles stripped
        std::string_view surname;     ///< its last word
        std::string_view title;       ///< titles written before it: "Foreign Minister", "union leader"
        std::size_t words = 0;        ///< words in the name
        std::size_t last_seen = 0;    ///< clock of the latest mention; 0 = free slot
        std::size_t last_subject = 0; ///< clock of the latest mention as subject or speaker
        unsigned male = 0, female = 0;
        unsigned mentions = 0;

        gender known_gender() const noexcept {
            return male > female ? gender::male : female > male ? gender::female : gender::unknown;
        }
    };

    const entry& operator[](std::size_t i) const noexcept { return entries_[i]; }

    /// The entry with this surname seen most lately, or `none`.
    std::size_t find(std::string_view surname) const noexcept {
        std::size_t best = none;
        for (std::size_t i = 0; i < used_; ++i)
            if (entries_[i].last_seen != 0 && entries_[i].surname == surname
                && (best == none || entries_[i].last_seen > entries_[best].last_seen))
                best = i;
        return best;
    }

    /// Records a mention of `name` (`words` words, the last `surname`) written after `title`; returns its
    /// entry.
    std::size_t note(const span& name, std::string_view surname, std::size_t words, std::string_view title,
                     bool subject) noexcept {
        std::size_t i = find(surname);
        if (i != none && words >= 2 && entries_[i].words >= 2 && entries_[i].name.text != name.text)
            i = none; // another person with the same surname: "Caleb Jones", "Seth Jones"
        if (i == none) {
            i = victim();
            entries_[i] = entry{};
            entries_[i].surname = surname;
        }
        entry& e = entries_[i];
        if (words >= 2 || e.words == 0) {
            e.name = name;
            e.words = words;
        }
        if (!title.empty())
            e.title = title;
        e.last_seen = ++clock_;
        ++e.mentions;
        if (subject)
            e.last_subject = clock_;
        return i;
    }

    void mark_subject(std::size_t i) noexcept {
        if (i != none)
            entries_[i].last_subject = entries_[i].last_seen = ++clock_;
    }

    void evidence(std::size_t i, gender g) noexcept {
        if (i == none || g == gender::unknown)
            return;
        (g == gender::male ? entries_[i].male : entries_[i].female) += 1;
    }

    /// The person "he" or "she" most likely stands for: the latest subject or speaker whose known gender
    /// does not contradict the pronoun.
    std::size_t pronoun(gender g) const noexcept {
        std::size_t best = none;
        for (std::size_t i = 0; i < used_; ++i) {
            const entry& e = entries_[i];
            const gender known = e.known_gender();
            if (e.last_subject == 0 || e.words < 2 || (known != gender::unknown && known != g))
                continue;
            if (best == none || e.last_subject > entries_[best].last_subject)
                best = i;
        }
        return best;
    }

    /// The person, named in full, mentioned last — of those the story has made a subject or named twice.
    std::size_t latest() const noexcept {
        std::size_t best = none;
        for (std::size_t i = 0; i < used_; ++i) {
            const entry& e = entries_[i];
            if (e.last_seen != 0 && e.words >= 2 && (e.last_subject != 0 || e.mentions >= 2)
                && (best == none || e.last_seen > entries_[best].last_seen))
                best = i;
        }
        return best;
    }

    /// The person last seen with `head` among their title words: "minister" → "Foreign Minister Sergei
    /// Lavrov".
    std::size_t by_title(std::string_view head) const noexcept {
        std::size_t best = none;
        for (std::size_t i = 0; i < used_; ++i) {
            const entry& e = entries_[i];
            if (e.last_seen == 0 || e.title.empty() || e.words < 2)
                continue;
            const words_of<8> title(e.title, 0, e.title.size());
            bool match = false;
            for (std::size_t k = 0; k < title.count && !match; ++k)
                match = same_word(title.at(e.title, k), head);
            if (match && (best == none || e.last_seen > entries_[best].last_seen))
                best = i;
        }
        return best;
    }

private:
    /// A free slot, else the one seen least lately.
    std::size_t victim() noexcept {
        if (used_ < capacity)
            return used_++;
        std::size_t oldest = 0;
        for (std::size_t i = 1; i < capacity; ++i)
            if (entries_[i].last_seen < entries_[oldest].last_seen)
                oldest = i;
        return oldest;
    }

    scratch_array<entry, capacity> entries_; ///< [0, used_) are people, in the order first named
    std::size_t used_ = 0;
    std::size_t clock_ = 0;
};

// ------------------------------------------------------------------ kinds of quoted text
/// Short words a title keeps in lower case: "Face the Nation", "The Kid Who Would Be King".
inline bool is_minor_title_word(std::string_view word) noexcept {
    static constexpr std::string_view minor_words[] = {
        "a",   "an",  "the", "and",  "but",  "or",   "nor", "for", "of",   "on",  "in",  "to",  "at",
        "by",  "up",  "as",  "from", "with", "into", "vs",  "vs.", "de",   "la",  "le",  "du",  "des",
        "von", "van", "is",  "be",   "are",  "was",  "so",  "yet", "over", "via", "per", "del", "y"};
    for (std::string_view w : minor_words)
        if (word == w)
            return true;
    return false;
}

/// Words that announce the title of a work next to it: the film “…”, “…” show.
inline bool is_work_word(std::string_view word) noexcept {
    static constexpr std::string_view work_words[] = {
        "film",        "films",    "movie",     "movies",  "book",     "books",      "novel",    "album",
        "song",        "songs",    "single",    "show",    "series",   "play",       "musical",  "opera",
        "documentary", "program",  "programme", "sitcom",  "magazine", "podcast",    "website",  "app",
        "hashtag",     "column",   "report",    "study",   "poem",     "painting",   "exhibit",  "exhibition",
        "episode",     "titled",   "entitled",  "starred", "starring", "anthem",     "hit",      "track",
        "memoir",      "game",     "campaign",  "motto",   "slogan",   "newsletter", "blog",     "bill",
        "act",         "tour",     "festival",  "shot",    "filmed",   "directed",   "produced", "watched",
        "published",   "released", "screened"};
    for (std::string_view w : work_words)
        if (same_word(word, w))
            return true;
    return false;
}

// ------------------------------------------------------------------ headings
/// Is this paragraph a heading inside the body rather than prose — a subhead quoting someone ('They owned
/// us'), a "READ MORE: …" or "WATCH: …" link line? One line that does not end a sentence, and opens with a
/// quotation mark or an all-capitals label and a colon. Like the story's own headline, its quotations are
/// not reported: they repeat or announce text, they are not the story's reported speech.
inline bool is_heading(std::string_view text, const block& b, std::size_t from) noexcept {
    if (b.lines != 1 || from >= b.end)
        return false;
    std::size_t end = b.end;
    // Step back over closing marks and brackets to the last real character.
    while (end > from) {
        const code_point cp = decode_before(text, end);
        if (cp.value == '"' || cp.value == '\'' || cp.value == 0x2019 || cp.value == 0x201D
            || cp.value == 0xBB || cp.value == 0x203A)
            end -= cp.length ? cp.length : 1;
        else
            break;
    }
    if (end == from)
        return false;
    const char32_t last = decode_before(text, end).value;
    if (last == '.' || last == '?' || last == '!' || last == ',' || last == ';' || last == ':'
        || last == 0x2026 || last == ')')
        return false;
    if (count_words(text, from, b.end, 25) > 24)
        return false;
    const char32_t first = decode_at(text, from).value;
    if (quote_mark_context::is_quote_code_point(first))
        return true;
    // "READ MORE:", "WATCH:", "WATCH BELOW:", "RELATED:"
    std::size_t i = from;
    while (i < b.end && i - from < 24 && (is_ascii_upper(text[i]) || text[i] == ' '))
        ++i;
    return i - from >= 4 && i < b.end && text[i] == ':';
}

/// Where the last double quotation mark of any kind (" `` '' “ ” „ « ») in `text` ends; 0 if it holds none.
/// One forward pass of the scanner over the marks' first bytes: most stories hold none, and a byte loop
/// over every story cost a fifth of the time of those without quotes.
inline std::size_t end_of_last_double_mark(std::string_view text) noexcept {
    const char* const data = text.data();
    const char* const end = data + text.size();
    const auto byte = [&](const char* p) { return static_cast<unsigned char>(*p); };
    std::size_t last = 0;
    for (const char* p = find_byte(data, end, quote_lead_bytes); p != end;
         p = find_byte(p + 1, end, quote_lead_bytes)) {
        const std::size_t left = static_cast<std::size_t>(end - p);
        const unsigned char c = byte(p);
        std::size_t length = 0;
        if (c == '"')
            length = 1;
        else if ((c == '`' || c == '\'') && left >= 2 && byte(p + 1) == c)
            length = 2;
        else if (c == 0xC2 && left >= 2 && (byte(p + 1) == 0xAB || byte(p + 1) == 0xBB))
            length = 2;
        else if (c == 0xE2 && left >= 3 && byte(p + 1) == 0x80
                 && (byte(p + 2) == 0x9C || byte(p + 2) == 0x9D || byte(p + 2) == 0x9E))
            length = 3;
        if (length)
            last = static_cast<std::size_t>(p - data) + length;
    }
    return last;
}

// ------------------------------------------------------------------ the tracker
/// Pairs quotation marks over the body of a story and reports each quotation, attributed, to `Handler`.
template <class Handler>
class quote_tracker {
public:
    using diagnose_fn = void (*)(void*, diagnostic_code, std::string_view, std::size_t, std::size_t);

    quote_tracker(std::string_view text, std::size_t /*story_begin*/, Handler& handler, const options& opts,
                  void* diagnostics_owner, diagnose_fn diagnose) noexcept
        : text_(text), handler_(handler), opts_(opts), diagnostics_owner_(diagnostics_owner),
          diagnose_(diagnose) {}

    /// Pairs the marks of one body paragraph, [b.begin, b.end) from `from` on, and reads its prose.
    void add_paragraph(const block& b, std::size_t from) {
        if (paragraph_number_ == 0)
            prose_end_ = b.begin + end_of_last_double_mark(text_.substr(b.begin));
        read_paragraph(b, from, ++paragraph_number_);
    }

    /// Ends the body: a quote still open is reported as unclosed.
    void finish() {
        if (pending_continuation_) {
            pending_continuation_ = false;
            break_continuation();
        }
    }

private:
    /// Reads body paragraph number `number`: [b.begin, b.end) from `from` on.
    void read_paragraph(const block& b, std::size_t from, std::size_t number) {
        paragraph_number_ = number;
        std::size_t pos = from;
        const bool heading = is_heading(text_, b, from);
        if (pending_continuation_) {
            pending_continuation_ = false;
            const quote_mark first = heading ? quote_mark{} : first_mark_of(b, pos);
            if (first.role != mark_role::none && first.role != mark_role::close
                && first.family == stack_[0].family && first.begin == pos && chain_size_ < chain_capacity) {
                pos = first.end; // the AP convention: the quote goes on in this paragraph
                stack_[0].continued = true;
                chain_[chain_size_++] = {b, number};
            } else {
                break_continuation();
                paragraph_number_ = number;
            }
        }
        previous_block_ = b;
        paragraph_ = b;
        sentence_ended_ = true;
        sentence_end_at_ = no_position;
        sentence_begin_ = from;
        prose_pos_ = pos;
        if (heading)
            return;
        const char* const data = text_.data();
        while (pos < b.end) {
            const char* lead = find_lead(data + pos, data + b.end);
            const auto at = static_cast<std::size_t>(lead - data);
            if (depth_ == 0 && pos < prose_end_)
                read_prose(pos, std::min(at, prose_end_));
            if (at == b.end)
                break;
            const quote_mark mark = read_quote_mark(text_, at, b.begin, b.end);
            pos = mark.end;
            if (mark.role != mark_role::none)
                take_mark(mark, b);
        }
        end_paragraph(b);
    }

    /// A quote went on over paragraphs by the AP convention but never closed: it was an unclosed quote
    /// after all. It ends with the paragraph it opened in, and the paragraphs it took in are read again
    /// on their own — never a runaway across the story.
    void break_continuation() {
        if (depth_ == 0)
            return;
        const open_quote top = stack_[0];
        const std::size_t first_end = chain_size_ > 0 ? top_paragraph_end_ : previous_block_.end;
        // Quotes recorded in the later paragraphs are read again with them.
        std::size_t kept = 0;
        for (std::size_t i = 0; i < group_size_; ++i)
            if (group_[i].begin < first_end)
                group_[kept++] = group_[i];
        group_size_ = kept;
        depth_ = 0;
        diagnose(diagnostic_code::unclosed_quote,
                 "quotation mark never closed; quote taken to the end of its paragraph", top.mark.begin,
                 top.mark.end);
        const std::size_t stop = std::max(top.mark.end, trim_blanks_back(text_, top.mark.end, first_end));
        record({top.mark.begin, stop, top.mark.end, stop, top.paragraph_begin, first_end,
                top.paragraph_number, top.sentence_begin, top.family, false, top.opens_sentence});
        flush_group();
        const std::array<chained, chain_capacity> chain = chain_;
        const std::size_t size = chain_size_;
        chain_size_ = 0;
        for (std::size_t i = 0; i < size; ++i)
            read_paragraph(chain[i].paragraph, chain[i].paragraph.begin, chain[i].number);
        if (pending_continuation_) {
            pending_continuation_ = false;
            break_continuation();
        }
    }

    struct open_quote {
        quote_mark mark;
        mark_family family = mark_family::curly_double;
        std::size_t paragraph_begin = 0;  ///< the paragraph it opened in
        std::size_t paragraph_number = 0; ///< which body paragraph that is
        std::size_t sentence_begin = 0;   ///< start of the sentence it opened in
        bool opens_sentence = false;      ///< nothing of its sentence comes before it
        bool continued = false;           ///< went on into a later paragraph
    };

    struct closed_quote {
        std::size_t begin = 0, end = 0;                 ///< marks included
        std::size_t content_begin = 0, content_end = 0; ///< between the marks
        std::size_t paragraph_begin = 0;                ///< where it opened
        std::size_t paragraph_end = 0;                  ///< end of the paragraph it closed in
        std::size_t paragraph_number = 0;               ///< which body paragraph it opened in
        std::size_t sentence_begin = 0;
        mark_family family = mark_family::curly_double;
        bool closed = true;
        bool opens_sentence = false;
    };

    /// Who was last reported speaking, in a quote's attribution or a sentence of reported speech.
    struct speech {
        std::optional<span> speaker;
        std::optional<span> name;
        std::size_t paragraph = 0; ///< the body paragraph it is in
        std::size_t at = 0;        ///< where in the text
    };

    static constexpr std::size_t stack_capacity = 64;
    static constexpr std::size_t group_capacity = 64;
    static constexpr std::size_t reach = 400; ///< how far before a quote its cue and speaker may stand
    static constexpr std::size_t no_position = static_cast<std::size_t>(-1);

    static const char* find_lead(const char* p, const char* end) noexcept {
        return find_byte(p, end, quote_lead_bytes);
    }

    quote_mark first_mark_of(const block& b, std::size_t pos) const noexcept {
        if (pos >= b.end || !is_quote_lead_byte(static_cast<unsigned char>(text_[pos])))
            return {};
        return read_quote_mark(text_, pos, b.begin, b.end);
    }

    std::size_t depth_limit() const noexcept {
        return opts_.max_quote_depth < stack_capacity ? opts_.max_quote_depth : stack_capacity;
    }

    // -------------------------------------------------------------- pairing marks
    void take_mark(const quote_mark& mark, const block& b) {
        mark_role role = mark.role;
        // „…“: the German closing mark looks like an English opening one.
        if (depth_ > 0 && stack_[depth_ - 1].family == mark_family::low_double
            && mark.family == mark_family::curly_double)
            role = mark_role::close;
        if (role == mark_role::close || role == mark_role::either) {
            for (std::size_t i = depth_; i-- > 0;) {
                if (!closes(stack_[i].family, mark.family, role == mark_role::close))
                    continue;
                // Marks opened inside it and never closed: single ones were apostrophes after all.
                while (depth_ > i + 1)
                    drop_top(b, mark.begin);
                close_top(mark, b);
                return;
            }
            if (role == mark_role::close) {
                if (!is_single(mark.family))
                    diagnose(diagnostic_code::unmatched_quote,
                             "closing quotation mark without an opening one", mark.begin, mark.end);
                return;
            }
        }
        // A double mark opening where one of its kind is open: straight marks never nest, and a curly one
        // after the end of a sentence starts the next quotation. The open one lacks its closing mark.
        if (!is_single(mark.family)) {
            std::size_t i = depth_;
            while (i > 0 && is_single(stack_[i - 1].family))
                --i;
            const bool restart =
                i > 0
                && ((mark.family == mark_family::straight_double
                     && stack_[i - 1].family == mark_family::straight_double)
                    || (closes(stack_[i - 1].family, mark.family, true) && follows_sentence_end(mark.begin)));
            while (restart && depth_ >= i)
                drop_top(b, mark.begin);
        }
        if (depth_ >= depth_limit()) {
            if (!nesting_reported_)
                diagnose(diagnostic_code::nesting_too_deep,
                         "quotations nested too deeply; inner ones are ignored", mark.begin, mark.end);
            nesting_reported_ = true;
            return;
        }
        open_quote q{mark, mark.family, b.begin, paragraph_number_, sentence_begin_, false, false};
        if (depth_ == 0) {
            q.opens_sentence = sentence_ended_;
            if (sentence_ended_)
                q.sentence_begin = sentence_begin_ = mark.begin;
            sentence_ended_ = false;
        }
        stack_[depth_++] = q;
    }

    /// Is `pos` right after the end of a sentence and blanks (". “")?
    bool follows_sentence_end(std::size_t pos) const noexcept {
        const std::size_t end = trim_blanks_back(text_, paragraph_.begin, pos);
        if (end == pos || end == paragraph_.begin)
            return false;
        const char c = text_[end - 1];
        return c == '.' || c == '?' || c == '!';
    }

    /// Drops the innermost open quote at the end of its scope (`end`): a single mark silently (it was an
    /// apostrophe or a typo), a double one as an unclosed quote up to there.
    void drop_top(const block& b, std::size_t end) {
        const open_quote top = stack_[--depth_];
        if (!is_single(top.family)) {
            const std::size_t stop = std::max(top.mark.end, trim_blanks_back(text_, top.mark.end, end));
            diagnose(diagnostic_code::unclosed_quote,
                     "quotation mark never closed; quote taken to the end of its paragraph or to the next "
                     "opening mark",
                     top.mark.begin, top.mark.end);
            record({top.mark.begin, stop, top.mark.end, stop, top.paragraph_begin, b.end,
                    top.paragraph_number, top.sentence_begin, top.family, false, top.opens_sentence});
        }
        if (depth_ == 0) {
            chain_size_ = 0; // the paragraphs it went on over are its own: none is read again
            flush_group();
            prose_pos_ = std::max(prose_pos_, end);
        }
    }

    void close_top(const quote_mark& mark, const block& b) {
        const open_quote top = stack_[--depth_];
        if (depth_ == 0)
            chain_size_ = 0;
        record({top.mark.begin, mark.end, top.mark.end, mark.begin, top.paragraph_begin, b.end,
                top.paragraph_number, top.sentence_begin, top.family, true, top.opens_sentence});
        if (depth_ == 0) {
            // “…ended.” Next sentence: the quote ended its sentence. (An attribution read after it may end
            // the sentence too: “…,” Green told TMOF.)
            const std::size_t content_end = trim_blanks_back(text_, top.mark.end, mark.begin);
            const char last = content_end > top.mark.end ? text_[content_end - 1] : ' ';
            sentence_ended_ = last == '.' || last == '?' || last == '!';
            sentence_end_at_ = no_position;
            if (sentence_ended_)
                sentence_begin_ = mark.end;
            prose_pos_ = std::max(prose_pos_, mark.end);
            flush_group();
        }
    }

    void end_paragraph(const block& b) {
        while (depth_ > 1)
            drop_top(b, b.end);
        if (depth_ == 1) {
            if (is_single(stack_[0].family)) {
                depth_ = 0;
                flush_group();
            } else {
                pending_continuation_ = true; // decided by the next paragraph's first mark
                if (chain_size_ == 0)
                    top_paragraph_end_ = b.end;
            }
        }
    }

    void record(const closed_quote& q) {
        if (group_size_ == group_capacity) {
            // Pathological nesting (the diagnostic was given when depth ran out): the outermost quote,
            // recorded last, takes the place of an inner one.
            if (depth_ == 0)
                group_[group_capacity - 1] = q;
            return;
        }
        group_[group_size_++] = q;
    }

    void diagnose(diagnostic_code code, std::string_view message, std::size_t begin, std::size_t end) {
        diagnose_(diagnostics_owner_, code, message, begin, end);
    }

    // -------------------------------------------------------------- reading the prose
    /// Reads the text [from, to) outside quotation marks: sentence starts, names, pronouns.
    void read_prose(std::size_t from, std::size_t to) {
        std::size_t i = std::max(from, prose_pos_);
        while (i < to) {
            const char c = text_[i];
            if (c == '.' || c == '!' || c == '?') {
                sentence_ended_ = true;
                sentence_end_at_ = i;
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
                    sentence_ended_ = false;
                i += length;
                continue;
            }
            if (i > paragraph_.begin && !is_word_start_here(i)) {
                i = word_end(i);
                continue;
            }
            i = read_word(i);
        }
        prose_pos_ = std::max(prose_pos_, i);
    }

    bool is_word_start_here(std::size_t pos) const noexcept {
        const code_point prev = decode_before(text_, pos);
        if (is_word_code_point(prev.value))
            return false;
        // don’t, O’Neill: a letter after an apostrophe after a letter goes on the same word.
        if ((prev.value == '\'' || prev.value == 0x2019) && pos > prev.length + paragraph_.begin)
            return !is_word_code_point(decode_before(text_, pos - prev.length).value);
        return prev.value != '-' && prev.value != '.' && prev.value != '@' && prev.value != '/';
    }

    std::size_t word_end(std::size_t pos) const noexcept {
        while (pos < paragraph_.end) {
            if (is_ascii_alnum(text_[pos])) {
                ++pos;
                continue;
            }
            const code_point cp = decode_at(text_, pos);
            if (cp.value == '-' || cp.value == '\'' || cp.value == 0x2019) {
                if (pos + 1 < paragraph_.end
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

    /// Reads one word of prose at `pos`; returns where reading goes on.
    std::size_t read_word(std::size_t pos) {
        bool starts_sentence = false;
        if (sentence_ended_ && !is_ascii_lower(text_[pos])) {
            const bool abbreviation = sentence_end_at_ != no_position && text_[sentence_end_at_] == '.'
                                      && is_abbreviation_before(text_, paragraph_.begin, sentence_end_at_);
            starts_sentence = !abbreviation;
        }
        sentence_ended_ = false;
        const std::size_t end = word_end(pos);
        if (opts_.quotes == quote_analysis::local) {
            // Only where sentences start, which attribution needs; no names, pronouns or speech verbs.
            if (starts_sentence)
                sentence_begin_ = pos;
            return end;
        }
        const std::string_view word = text_.substr(pos, end - pos);
        // What a pronoun tells of the gender of the subject just named: a subject or reflexive pronoun in
        // its sentence ("Lonechild said she…", "…proven herself"), or any that opens the next sentence
        // ("His concern lies…"). A possessive in the same sentence may well be someone else's.
        const gender g = gender_of_pronoun(word);
        if (starts_sentence) {
            if (gender_target_ != people_memory::none && g != gender::unknown)
                people_.evidence(gender_target_, g);
            gender_target_ = people_memory::none;
            sentence_begin_ = pos;
            const std::size_t read = read_sentence_start(pos);
            if (read > end)
                return read;
            if (g != gender::unknown)
                return end;
        }
        if (g != gender::unknown) {
            const bool subject_or_reflexive = same_word(word, "he") || same_word(word, "she")
                                              || same_word(word, "himself") || same_word(word, "herself");
            if (gender_target_ != people_memory::none && subject_or_reflexive) {
                people_.evidence(gender_target_, g);
                gender_target_ = people_memory::none;
            }
            return end;
        }
        if (!starts_sentence && is_ascii_lower(text_[pos]) && end - pos >= grammar::shortest_cue_word) {
            const grammar::iterator base = text_.data();
            if (const grammar::iterator cue_end = grammar::match_cue(base + pos, base + paragraph_.end)) {
                read_cue_in_prose(pos, static_cast<std::size_t>(cue_end - base));
                return std::max(end, static_cast<std::size_t>(cue_end - base));
            }
        }
        if (is_capitalized_at(text_, pos) && may_continue_name(end) && !grammar::is_sentence_opener(word)) {
            const grammar::iterator base = text_.data();
            if (const grammar::iterator name_end =
                    grammar::match_person_name(base + pos, base + paragraph_.end)) {
                const auto stop = static_cast<std::size_t>(name_end - base);
                if (std::memchr(base + pos, ' ', stop - pos) != nullptr)
                    note_name(pos, stop, false); // two words or more: a full name
                return std::max(stop, end);
            }
        }
        return end;
    }

    /// Can the capitalized word ending at `end` go on into a name of several words ("Ann Lee", "W. Dale",
    /// "Ludwig van Beethoven")? A cheap test before the name grammar runs.
    bool may_continue_name(std::size_t end) const noexcept {
        if (end + 1 >= paragraph_.end)
            return false;
        if (text_[end] == '.')
            return true;
        if (text_[end] != ' ')
            return false;
        if (!is_ascii_lower(text_[end + 1]))
            return is_capitalized_at(text_, end + 1);
        std::size_t stop = end + 1;
        while (stop < paragraph_.end && is_ascii_lower(text_[stop]))
            ++stop;
        return is_name_particle(text_.substr(end + 1, stop - end - 1));
    }

    /// A sentence of prose starts at `pos`: who is its subject, and does it report speech?
    /// Returns where reading may go on: past the speech verb of a sentence that reports speech (its
    /// speaker has been read), else `pos`.
    std::size_t read_sentence_start(std::size_t pos) {
        const grammar::iterator base = text_.data();
        // A sentence led by a common noun ("The company…") matters only if it reports speech: its
        // clause is read when a speech verb turns up in it (see `read_cue_in_prose`).
        deferred_clause_ = no_position;
        if (is_capitalized_at(text_, pos)
            && !grammar::match_prefix(base + pos, base + paragraph_.end,
                                      grammar::attribution_parts::opener)) {
            // A name opens the sentence: its subject is read now, for the pronouns that follow.
            const std::size_t end = word_end(pos);
            if (may_continue_name(end) || people_.find(text_.substr(pos, end - pos)) != people_memory::none)
                return read_clause(pos);
        } else if (grammar::match_prefix(base + pos, base + paragraph_.end,
                                         grammar::attribution_parts::pronoun)) {
            return read_clause(pos);
        }
        // Otherwise ("The company…", "In a statement, …", "Shares…") the clause matters only if the
        // sentence reports speech: it is read when a speech verb turns up (see `read_cue_in_prose`).
        deferred_clause_ = pos;
        return pos;
    }

    /// Reads the clause of the sentence at `pos`: its subject, and the speech verb after it.
    std::size_t read_clause(std::size_t pos) {
        const grammar::iterator base = text_.data();
        grammar::attribution_fields found;
        if (!grammar::parse_prefix(base + pos, base + paragraph_.end, grammar::sentence_clause, found))
            return pos;
        if (!found.cue.empty()) {
            record_speech(found);
            return static_cast<std::size_t>(found.cue.data() + found.cue.size() - base);
        }
        const span subject = make_span(text_, found.speaker);
        if (grammar::is_pronoun(found.speaker)) {
            const gender g = gender_of_pronoun(found.speaker);
            if (g == gender::unknown)
                return pos;
            const std::size_t i = people_.pronoun(g);
            people_.mark_subject(i);
            if (i != people_memory::none && people_[i].words >= 2)
                last_focus_ = {subject, people_[i].name, paragraph_number_, subject.begin};
            return pos;
        }
        if (grammar::is_common_noun_phrase(found.speaker))
            return pos;
        const std::size_t i = note_speaker_name(found.speaker, true);
        if (i != people_memory::none && people_[i].words >= 2)
            last_focus_ = {subject, people_[i].name, paragraph_number_, subject.begin};
        return pos;
    }

    /// A sentence of prose reports speech: "Lonechild said she…", "…, Shibley said."
    void record_speech(grammar::attribution_fields& found) {
        found.speaker = preferred_speaker(found);
        const std::optional<span> name = resolve_speaker(found.speaker, true);
        const span speaker = make_span(text_, found.speaker);
        last_speech_ = {speaker, name, paragraph_number_, speaker.begin};
    }

    /// A speech verb inside a sentence of prose: who says it, if it is said right before it ("…, Shibley
    /// said.", "…cases but Chapman says…").
    void read_cue_in_prose(std::size_t cue_begin, std::size_t cue_end) {
        if (cue_begin <= sentence_begin_)
            return;
        if (deferred_clause_ != no_position) {
            const std::size_t clause = deferred_clause_;
            deferred_clause_ = no_position;
            if (read_clause(clause) >= cue_end)
                return; // the sentence's own subject says it: "The company said…"
        }
        // Prose has a speech verb in most sentences: a speaker is looked for among the few words before it
        // (a long subject was read at the start of its sentence).
        constexpr std::size_t prose_tries = 6;
        grammar::attribution_fields found;
        if (speaker_ending_at(std::max(sentence_begin_, cue_begin > reach ? cue_begin - reach : 0), cue_begin,
                              cue_end, found, prose_tries))
            record_speech(found);
    }

    /// Records the person named in [begin, end) (titles included), as a subject or not; returns its entry.
    std::size_t note_name(std::size_t begin, std::size_t end, bool subject) {
        const std::optional<name_split> split = split_name(text_, begin, end);
        if (!split)
            return people_memory::none;
        if (split->words < 2 && !subject) // a surname alone: the person named in full before, if any
            return people_.find(
                text_.substr(split->surname_begin, split->surname_end - split->surname_begin));
        std::string_view title = text_.substr(split->title_begin, split->name_begin - split->title_begin);
        while (!title.empty() && is_ascii_space(title.back()))
            title.remove_suffix(1);
        if (title.empty())
            title = lower_case_title_before(begin);
        const std::size_t i =
            people_.note(make_span(text_, split->name_begin, split->name_end),
                         text_.substr(split->surname_begin, split->surname_end - split->surname_begin),
                         split->words, title, subject);
        people_.evidence(i, split->implied);
        if (split->words >= 2) {
            // The given name, when it is one that says the gender: weighs as two pronouns.
            std::size_t given_end = split->name_begin;
            while (given_end < split->name_end && !is_ascii_space(text_[given_end]))
                ++given_end;
            const int given =
                grammar::gender_of_given_name(text_.substr(split->name_begin, given_end - split->name_begin));
            const gender g = given == 1 ? gender::male : given == 2 ? gender::female : gender::unknown;
            if (g != gender::unknown && people_[i].male + people_[i].female == 0) {
                people_.evidence(i, g);
                people_.evidence(i, g);
            }
        }
        if (subject)
            gender_target_ = i;
        return i;
    }

    std::size_t note_speaker_name(std::string_view speaker, bool subject) {
        const span s = make_span(text_, speaker);
        return note_name(s.begin, s.end, subject);
    }

    /// "union leader" in "union leader Marta Delgado": lower-case title words right before a name.
    std::string_view lower_case_title_before(std::size_t pos) const noexcept {
        std::size_t begin = pos;
        for (int words = 0; words < 3; ++words) {
            if (begin < paragraph_.begin + 2 || text_[begin - 1] != ' ')
                break;
            std::size_t start = begin - 1;
            while (start > paragraph_.begin && is_ascii_lower(text_[start - 1]))
                --start;
            if (start == begin - 1 || (start > paragraph_.begin && !is_ascii_space(text_[start - 1])))
                break;
            if (!grammar::is_lower_title_word(text_.substr(start, begin - 1 - start)))
                break;
            begin = start;
        }
        return begin == pos ? std::string_view{} : text_.substr(begin, pos - 1 - begin);
    }

    // -------------------------------------------------------------- reporting a group
    /// Reports the quotes of one outermost quotation and those nested in it, in input order.
    void flush_group() {
        // Insertion sort by start: groups are small, and mostly sorted already (inner ones close first).
        for (std::size_t i = 1; i < group_size_; ++i)
            for (std::size_t k = i; k > 0 && group_[k].begin < group_[k - 1].begin; --k)
                std::swap(group_[k], group_[k - 1]);
        std::array<std::size_t, group_capacity> indices{};
        for (std::size_t i = 0; i < group_size_; ++i) {
            const closed_quote& q = group_[i];
            quote out{};
            static_cast<span&>(out) = make_span(text_, q.begin, q.end);
            out.content =
                make_span(text_, q.content_begin, trim_blanks_back(text_, q.content_begin, q.content_end));
            out.index = next_index_++;
            indices[i] = out.index;
            for (std::size_t k = i; k-- > 0;)
                if (group_[k].begin <= q.begin && q.end <= group_[k].end) {
                    out.parent = indices[k];
                    break;
                }
            if (out.parent)
                classify_nested(out);
            else
                attribute(out, q);
            emit(handler_, out);
        }
        group_size_ = 0;
    }

    void classify_nested(quote& q) const noexcept {
        q.kind = count_words(text_, q.content.begin, q.content.end, 5) <= 4 ? quote_kind::scare
                                                                            : quote_kind::partial;
    }

    // -------------------------------------------------------------- attribution
    /// Finds who said `q`, how, and what kind of quote it is.
    void attribute(quote& q, const closed_quote& where) {
        grammar::attribution_fields found;
        bool cue_before = false;
        const bool after = attribution_after(q, where, found);
        const bool before =
            !after && !where.opens_sentence && attribution_before(q, where, found, cue_before);
        const bool at_end = !after && !before && attribution_at_sentence_end(q, where, found);
        const bool attributed = after || before || at_end;
        if (attributed) {
            found.speaker = preferred_speaker(found);
            q.speaker = optional_span(text_, found.speaker);
            q.cue = optional_span(text_, found.cue);
            q.channel = optional_span(text_, found.channel);
            q.speaker_name = resolve_speaker(found.speaker, true);
            if (q.speaker)
                last_speech_ = {q.speaker, q.speaker_name, paragraph_number_, q.speaker->begin};
        } else if (const speech* from = inherited_speech(q, where)) {
            q.speaker = from->speaker;
            q.speaker_name = from->name;
            if (q.speaker_name)
                people_.mark_subject(people_.find(surname_of(q.speaker_name->text)));
            // The quote speaks for them in its own paragraph too: a run of quote paragraphs goes on.
            last_speech_ = {from->speaker, from->name, paragraph_number_, q.begin};
        } else if (const std::optional<span> owner = possessor_before(q.begin, where.paragraph_begin)) {
            // Musk’s “production hell”: the words belong to the one whose they are said to be.
            q.speaker = owner;
            q.speaker_name = resolve_speaker(owner->text, false);
        }
        if (!cue_before && !where.opens_sentence)
            cue_before = cue_in(where.sentence_begin, q.begin)
                         || words_of_someone_before(where.sentence_begin, q.begin);
        q.kind = kind_of(q, where, attributed, cue_before);
        if (q.kind == quote_kind::scare || q.kind == quote_kind::title) {
            // A word held at a distance or the title of a work: nobody is quoted.
            q.speaker = q.speaker_name = q.cue = q.channel = std::nullopt;
        }
        previous_quote_end_ = std::max(previous_quote_end_, q.end);
    }

    /// "…“normal” — a significant finding, researchers say.": the attribution that closes the sentence of
    /// a quote, after a comma or a dash.
    bool attribution_at_sentence_end(const quote& q, const closed_quote& where,
                                     grammar::attribution_fields& found) const {
        const std::size_t stop = std::min(where.paragraph_end, q.end + reach);
        const grammar::iterator base = text_.data();
        for (std::size_t i = q.end; i < stop; ++i) {
            const char c = text_[i];
            if ((c == '.' || c == '?' || c == '!') && (i + 1 == stop || is_ascii_space(text_[i + 1]))
                && !is_abbreviation_before(text_, q.end, i))
                return false;
            const bool comma = c == ',';
            const bool em_dash = c == '\xE2' && text_.substr(i, 3) == "\xE2\x80\x94";
            if (!comma && !em_dash && !(c == '-' && i + 1 < stop && text_[i + 1] == '-'))
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

    /// "The cooperative's chairman, Tomas Oyelaran, said", "One red-state Democrat, Montana Sen. Jon Tester,
    /// said": a person named in apposition to a common noun is the speaker. Returns who speaks.
    std::string_view preferred_speaker(const grammar::attribution_fields& found) const noexcept {
        if (found.appositive.empty() || !grammar::is_common_noun_phrase(found.speaker))
            return found.speaker;
        if (grammar::is_person_name(found.appositive))
            return found.appositive;
        if (!grammar::is_titled_name(found.appositive))
            return found.speaker;
        const span appositive = make_span(text_, found.appositive);
        const std::optional<name_split> split = split_name(text_, appositive.begin, appositive.end);
        return split && split->words >= 2 ? found.appositive : found.speaker;
    }

    /// “…,” she said / “…,” said X: the attribution right after the closing mark. The prose reader then
    /// skips it: it has been read.
    bool attribution_after(const quote& q, const closed_quote& where, grammar::attribution_fields& found) {
        if (!where.closed)
            return false;
        // A quotation that ends its sentence with a period is not attributed by what follows it, unless a
        // dash hands it to its speaker: “….” — Ann Lee.
        const std::string_view content = q.content.text;
        const bool full_stop = !content.empty() && content.back() == '.';
        const grammar::iterator first = text_.data() + q.end;
        const grammar::iterator last = text_.data() + where.paragraph_end;
        const grammar::iterator end =
            full_stop ? grammar::parse_prefix(first, last, grammar::attribution_after_dash, found)
                      : grammar::parse_prefix(first, last, grammar::attribution_after, found);
        if (end && where.paragraph_end == paragraph_.end) {
            const auto stop = static_cast<std::size_t>(end - text_.data());
            prose_pos_ = std::max(prose_pos_, stop);
            if (text_[stop - 1] == '.' && (stop == paragraph_.end || is_ascii_space(text_[stop]))) {
                sentence_ended_ = true; // "…,” Green told TMOF. “…”": the attribution ended the sentence
                sentence_end_at_ = no_position;
                sentence_begin_ = stop;
            }
        }
        return end != nullptr;
    }

    /// "X said: “…”", "X told Y that the U.S. is fomenting a “coup d’etat”", "According to X, … “…”",
    /// "X did Y, saying “…”": the speech verb before the quote in its sentence and who it belongs to.
    bool attribution_before(const quote& q, const closed_quote& where, grammar::attribution_fields& found,
                            bool& cue_seen) const {
        const std::size_t sentence = where.sentence_begin;
        if (sentence >= q.begin)
            return false;
        const std::size_t floor =
            previous_quote_end_ > sentence && previous_quote_end_ <= q.begin ? previous_quote_end_ : sentence;
        const std::size_t lo = q.begin - floor > reach ? q.begin - reach : floor;
        const grammar::iterator base = text_.data();
        // The cue nearest the quote.
        std::size_t cue_begin = q.begin, cue_end = q.begin;
        for (std::size_t pos = lo; pos < q.begin; ++pos) {
            if (!is_word_start(text_, lo, pos))
                continue;
            if (const grammar::iterator end = grammar::match_cue(base + pos, base + q.begin)) {
                cue_begin = pos;
                cue_end = static_cast<std::size_t>(end - base);
            }
        }
        cue_seen = cue_begin != q.begin;
        // The subject of the sentence, when its own speech verb is the one nearest the quote ("Lavrov told
        // Pompeo that the U.S. is fomenting a “coup d’etat”"), or when a nearer one has no speaker of its
        // own ("Sen. Debbie Stabenow, D-Mich., said Schumer has “…”").
        grammar::attribution_fields subject;
        const bool subject_speaks =
            q.begin - sentence <= reach
            && grammar::parse_prefix(base + sentence, base + q.begin, grammar::sentence_clause, subject)
            && !subject.cue.empty();
        if (subject_speaks && subject.cue.data() == base + cue_begin) {
            found = subject;
            return true;
        }
        // Past a comma, a nearer speech verb with its own speaker opens a clause of its own: "Tidewater
        // said it would fund a survey, a step its chief executive described as “…”". Before any comma it
        // is the subject's reported speech: "Hua told reporters that China expresses “…”".
        if (subject_speaks && cue_seen) {
            grammar::attribution_fields nearer;
            const auto subject_cue_end =
                static_cast<std::size_t>(subject.cue.data() + subject.cue.size() - base);
            if (speaker_ending_at(lo, cue_begin, cue_end, nearer)) {
                const auto nearer_begin = static_cast<std::size_t>(nearer.speaker.data() - base);
                if (nearer_begin > subject_cue_end
                    && text_.substr(subject_cue_end, nearer_begin - subject_cue_end).find(',')
                           != std::string_view::npos) {
                    found = nearer;
                    return true;
                }
            }
        }
        if (subject_speaks) {
            found = subject;
            return true;
        }
        if (!cue_seen)
            return introduced_by_subject(q, sentence, found);
        // "according to X": the speaker follows the cue.
        if (same_word(text_.substr(cue_begin, cue_end - cue_begin), "according to")) {
            grammar::attribution_fields after_cue;
            const grammar::iterator end = grammar::parse_prefix(base + cue_begin, base + q.begin,
                                                                grammar::speaker_after_cue, after_cue);
            if (end) {
                found = after_cue;
                return true;
            }
            return false;
        }
        // "…, asks Policy Options editor Jennifer Ditchburn, “…”": the cue, then its speaker, then the quote.
        {
            grammar::attribution_fields inverted;
            if (grammar::parse_prefix(base + cue_begin, base + q.begin, grammar::cue_before_quote,
                                      inverted)) {
                found = inverted;
                return true;
            }
        }
        if (speaker_ending_at(lo, cue_begin, cue_end, found))
            return true;
        // "X did Y, saying “…”", "IRCC … but said “…”", "Rempel earlier this week called …": a cue with no
        // speaker of its own belongs to the sentence's subject.
        if (subject_of(sentence, q.begin, found)) {
            found.cue = text_.substr(cue_begin, cue_end - cue_begin);
            found.channel = {};
            return true;
        }
        return false;
    }

    /// Is there a speech verb in [from, to)?
    bool cue_in(std::size_t from, std::size_t to) const noexcept {
        if (to > from + reach)
            from = to - reach;
        const grammar::iterator base = text_.data();
        for (std::size_t pos = from; pos < to; ++pos)
            if (is_word_start(text_, from, pos) && grammar::match_cue(base + pos, base + to))
                return true;
        return false;
    }

    /// "in her words", "in his own words" before the quote in its sentence.
    bool words_of_someone_before(std::size_t from, std::size_t to) const noexcept {
        if (to > from + reach)
            from = to - reach;
        const std::string_view sentence = text_.substr(from, to - from);
        static constexpr std::string_view phrases[] = {
            "in her words",       "in his words", "in their words", "in her own words", "in his own words",
            "in their own words", "In her words", "In his words",   "In their words"};
        for (std::string_view phrase : phrases)
            if (sentence.find(phrase) != std::string_view::npos)
                return true;
        return false;
    }

    /// "Musk’s" right before a quote: the capitalized name whose words the quote is said to be.
    std::optional<span> possessor_before(std::size_t pos, std::size_t lo) const noexcept {
        const std::size_t end = trim_blanks_back(text_, lo, pos);
        std::size_t name_end = end;
        if (end >= lo + 4 && text_.substr(end - 4, 4) == "\xE2\x80\x99s")
            name_end = end - 4;
        else if (end >= lo + 2 && text_.substr(end - 2, 2) == "'s")
            name_end = end - 2;
        else
            return std::nullopt;
        std::size_t begin = name_end;
        while (begin > lo && (is_ascii_alpha(text_[begin - 1]) || text_[begin - 1] == '-'))
            --begin;
        if (begin == name_end || !is_capitalized_at(text_, begin) || end == pos
            || (begin > lo && !is_ascii_space(text_[begin - 1])))
            return std::nullopt;
        const std::string_view word = text_.substr(begin, name_end - begin);
        if (grammar::is_title_word(word) || grammar::is_organization_word(word))
            return std::nullopt;
        // A sentence opener is not a name ("It's", "That's").
        if (begin == lo || (begin >= lo + 2 && (text_[begin - 2] == '.' || text_[begin - 2] == ':')))
            return std::nullopt;
        return make_span(text_, begin, name_end);
    }

    /// The speaker that ends right at the cue [cue_begin, cue_end), starting at or after `lo`: the nearest
    /// word start from which a speaker reaches the cue, then earlier ones while they still do, over a word
    /// or two that do not ("Ferreira" → "Lucinda Ferreira" → "Mayor Lucinda Ferreira"; "repeatedly" →
    /// "Trump has repeatedly"; "executive" → "its chief executive", not "a step its …").
    /// `tries` bounds the word starts looked at before a speaker is found.
    bool speaker_ending_at(std::size_t lo, std::size_t cue_begin, std::size_t cue_end,
                           grammar::attribution_fields& found, std::size_t tries = reach) const {
        const grammar::iterator base = text_.data();
        bool matched = false;
        int misses = 0;
        std::size_t looked = 0;
        for (std::size_t pos = cue_begin; pos-- > lo && misses < 3;) {
            if (!is_word_start(text_, lo, pos))
                continue;
            if (!matched && tries-- == 0)
                break;
            if (!matched && looked++ > 0 && !may_start_speaker(pos))
                continue; // past the word before the cue, only a capital, a pronoun or a determiner
            grammar::attribution_fields candidate;
            const grammar::iterator end =
                grammar::parse_prefix(base + pos, base + cue_end, grammar::attribution_before, candidate);
            if (end == base + cue_end && candidate.cue.data() == base + cue_begin) {
                found = candidate;
                matched = true;
                misses = 0;
            } else if (matched) {
                ++misses;
            }
        }
        // "Tore Sohlberg and Lehla Abreder said": not one speaker of the two.
        if (matched) {
            const auto begin = static_cast<std::size_t>(found.speaker.data() - base);
            const std::size_t before = trim_blanks_back(text_, lo, begin);
            if ((before >= lo + 4 && text_.substr(before - 4, 4) == " and")
                || (before > lo && text_[before - 1] == '&'))
                return false;
        }
        return matched;
    }

    /// Can a speaker start at `pos`: a capitalized word, a pronoun, a determiner?
    bool may_start_speaker(std::size_t pos) const noexcept {
        if (!is_ascii_lower(text_[pos]))
            return true;
        const grammar::iterator base = text_.data();
        return grammar::match_prefix(base + pos, base + paragraph_.end,
                                     grammar::attribution_parts::pronoun_or_determiner)
               != nullptr;
    }

    /// "Martell, the addictions doctor, is more blunt: “…”": a quote introduced by a colon belongs to the
    /// named subject of its sentence.
    bool introduced_by_subject(const quote& q, std::size_t sentence,
                               grammar::attribution_fields& found) const {
        const std::size_t end = trim_blanks_back(text_, sentence, q.begin);
        if (end == sentence || text_[end - 1] != ':')
            return false;
        return subject_of(sentence, q.begin, found);
    }

    bool subject_of(std::size_t sentence, std::size_t limit, grammar::attribution_fields& found) const {
        grammar::attribution_fields subject;
        const grammar::iterator base = text_.data();
        if (!grammar::parse_prefix(base + sentence, base + limit, grammar::sentence_clause, subject)
            || grammar::is_common_noun_phrase(subject.speaker))
            return false;
        // A pronoun, or a person: a full name, or a surname the story has named in full.
        if (!grammar::is_pronoun(subject.speaker)) {
            const span s = make_span(text_, subject.speaker);
            const std::optional<name_split> split = split_name(text_, s.begin, s.end);
            if (!split)
                return false;
            if (split->words < 2) {
                const std::size_t i = people_.find(
                    text_.substr(split->surname_begin, split->surname_end - split->surname_begin));
                if (i == people_memory::none || people_[i].words < 2)
                    return false;
            }
        }
        found = subject;
        return true;
    }

    /// Whom a quote without attribution speaks for: whoever was last reported speaking earlier in its
    /// paragraph, when the quote opens its sentence, follows a colon or shares the sentence of that report
    /// (“…,” Kim confirmed, adding that “…”); or, when the quote opens its paragraph (the usual layout of a
    /// long quotation), whoever last spoke or was last the named subject in the paragraph before.
    const speech* inherited_speech(const quote& q, const closed_quote& where) const noexcept {
        // "Durning did not need much coaxing. “I’m thankful…”": a person named after the last report of
        // speech in the paragraph takes the floor.
        if (where.opens_sentence && last_focus_.speaker && last_focus_.paragraph == where.paragraph_number
            && (!last_speech_.speaker || last_focus_.at > last_speech_.at))
            return &last_focus_;
        if (last_speech_.speaker && last_speech_.paragraph == where.paragraph_number
            && (where.opens_sentence || introduced_by_colon(where.sentence_begin, q.begin)
                || last_speech_.at >= where.sentence_begin))
            return &last_speech_;
        if (q.begin != where.paragraph_begin || !where.opens_sentence)
            return nullptr;
        const speech* latest = &last_speech_;
        if (last_focus_.speaker && (!last_speech_.speaker || last_focus_.at > last_speech_.at))
            latest = &last_focus_;
        if (latest->speaker && latest->paragraph + 1 == where.paragraph_number)
            return latest;
        return nullptr;
    }

    bool introduced_by_colon(std::size_t sentence, std::size_t pos) const noexcept {
        const std::size_t end = trim_blanks_back(text_, sentence, pos);
        return end > sentence && text_[end - 1] == ':';
    }

    quote_kind kind_of(const quote& q, const closed_quote& where, bool attributed, bool cue_before) const {
        const std::string_view content = q.content.text;
        // "the so-called “reform”" is held at a distance; "simply called “loop”" names a thing, unless the
        // sentence attributes the words or they are more than a name ("what he called “the loneliest
        // moment of my life”").
        const std::size_t words = count_words(text_, q.content.begin, q.content.end, 5);
        if (so_called_before(q.begin, where.paragraph_begin, attributed || words > 3))
            return quote_kind::scare;
        if (is_nickname(q, where))
            return quote_kind::scare;
        if (is_title_of_work(q, where))
            return quote_kind::title;
        const bool upper_start = !content.empty() && !is_ascii_lower(content.front());
        if (where.opens_sentence || (introduced(where.sentence_begin, q.begin) && upper_start))
            return quote_kind::direct;
        if (attributed || q.speaker || cue_before || cue_after(q.end, where.paragraph_end))
            return quote_kind::partial;
        return words <= 4 ? quote_kind::scare : quote_kind::partial;
    }

    /// Does the text of the sentence before the quote end by introducing speech ("…said:", "…said,")?
    bool introduced(std::size_t sentence, std::size_t pos) const noexcept {
        const std::size_t end = trim_blanks_back(text_, sentence, pos);
        return end > sentence && (text_[end - 1] == ':' || text_[end - 1] == ',');
    }

    /// Is there a speech verb after the quote in its sentence ("…”, researchers say.")?
    bool cue_after(std::size_t pos, std::size_t paragraph_end) const noexcept {
        const std::size_t stop = std::min(paragraph_end, pos + reach);
        const grammar::iterator base = text_.data();
        for (std::size_t i = pos; i < stop; ++i) {
            const char c = text_[i];
            if ((c == '.' || c == '?' || c == '!') && (i + 1 == stop || is_ascii_space(text_[i + 1]))
                && !is_abbreviation_before(text_, pos, i))
                return false;
            if (is_word_start(text_, pos, i) && grammar::match_cue(base + i, base + stop))
                return true;
        }
        return false;
    }

    /// Is the quote held at a distance by the words before it: "the so-called “reform”", "the term
    /// “renoviction”" (`explicit_only`), or also named by them: "simply called “loop”", "known as “Level 4”"?
    bool so_called_before(std::size_t pos, std::size_t lo, bool explicit_only) const noexcept {
        const std::size_t end = trim_blanks_back(text_, lo, pos);
        static constexpr std::string_view distancing[] = {"so-called", "so called", "dubbed",
                                                          "the word",  "the term",  "the phrase"};
        static constexpr std::string_view naming[] = {"called",         "calling",  "known as", "nicknamed",
                                                      "labelled",       "labeled",  "termed",   "named",
                                                      "referred to as", "billed as"};
        const auto ends_with = [&](std::string_view phrase) {
            return end - lo >= phrase.size()
                   && same_word(text_.substr(end - phrase.size(), phrase.size()), phrase)
                   && (end - lo == phrase.size() || !is_ascii_alpha(text_[end - phrase.size() - 1]));
        };
        for (std::string_view phrase : distancing)
            if (ends_with(phrase))
                return true;
        if (!explicit_only)
            for (std::string_view phrase : naming)
                if (ends_with(phrase))
                    return true;
        return false;
    }

    /// The title of a work: three or more words in title case anywhere (“The Kid Who Would Be King”), two
    /// inside a sentence (“Face the Nation”), one beside a word naming a work (the film ``Platoon'').
    bool is_title_of_work(const quote& q, const closed_quote& where) const noexcept {
        std::size_t end = q.content.end;
        while (end > q.content.begin
               && (text_[end - 1] == '.' || text_[end - 1] == ',' || text_[end - 1] == '!'
                   || text_[end - 1] == '?' || text_[end - 1] == ':' || text_[end - 1] == ';'))
            --end;
        const words_of<12> w(text_, q.content.begin, end);
        if (w.count == 0 || w.count > 10)
            return false;
        std::size_t capitalized = 0, letters_upper = 0, letters = 0;
        for (std::size_t i = 0; i < w.count; ++i) {
            const std::string_view word = w.at(text_, i);
            for (const char c : word) {
                letters += is_ascii_alpha(c);
                letters_upper += is_ascii_upper(c);
            }
            if (is_capitalized_at(text_, w.words[i].first) || is_ascii_digit(word.front()))
                ++capitalized;
            else if (i == 0 || !is_minor_title_word(word))
                return false;
            // A sentence inside is not a title: “No. It’s the mom.”
            if (i + 1 < w.count && (word.back() == '.' || word.back() == '?' || word.back() == '!')
                && !is_abbreviation_before(text_, w.words[i].first, w.words[i].second - 1))
                return false;
        }
        if (letters > 0 && letters_upper == letters && w.count > 1)
            return false; // ALL CAPITALS is shouting or a heading, not title case
        if (w.count >= 3 && capitalized >= 2)
            return true;
        if (w.count == 2 && capitalized == 2 && !where.opens_sentence && !q.speaker)
            return true;
        // One or two words: a title only beside a word naming a work.
        return next_to_work_word(q, where);
    }

    bool next_to_work_word(const quote& q, const closed_quote& where) const noexcept {
        // The word before the opening mark, and the word after the closing one.
        std::size_t end = trim_blanks_back(text_, where.paragraph_begin, q.begin);
        while (end > where.paragraph_begin && (text_[end - 1] == '\'' || text_[end - 1] == ','))
            --end;
        // Two words back at most, over a preposition: "starred in ``Platoon''", "the film “Roma”".
        for (int words = 0; words < 2; ++words) {
            std::size_t begin = end;
            while (begin > where.paragraph_begin && is_ascii_alpha(text_[begin - 1]))
                --begin;
            if (begin == end)
                break;
            const std::string_view word = text_.substr(begin, end - begin);
            if (is_work_word(word))
                return true;
            if (!same_word(word, "in") && !same_word(word, "on") && !same_word(word, "of"))
                break;
            end = trim_blanks_back(text_, where.paragraph_begin, begin);
        }
        std::size_t after = q.end;
        while (after < where.paragraph_end && is_ascii_space(text_[after]))
            ++after;
        std::size_t stop = after;
        while (stop < where.paragraph_end && is_ascii_alpha(text_[stop]))
            ++stop;
        return stop > after && is_work_word(text_.substr(after, stop - after));
    }

    /// Cris “Cyborg” Justino: a nickname between the words of a name.
    bool is_nickname(const quote& q, const closed_quote& where) const noexcept {
        if (q.begin < where.paragraph_begin + 2 || q.end + 2 > where.paragraph_end)
            return false;
        if (text_[q.begin - 1] != ' ' || text_[q.end] != ' ')
            return false;
        std::size_t begin = q.begin - 1;
        while (begin > where.paragraph_begin && is_ascii_alpha(text_[begin - 1]))
            --begin;
        return begin < q.begin - 1 && is_capitalized_at(text_, begin) && is_capitalized_at(text_, q.end + 1)
               && is_capitalized_at(text_, q.content.begin)
               && count_words(text_, q.content.begin, q.content.end, 3) <= 2;
    }

    // -------------------------------------------------------------- speaker resolution
    static std::string_view surname_of(std::string_view name) noexcept {
        const std::size_t space = name.rfind(' ');
        return space == std::string_view::npos ? name : name.substr(space + 1);
    }

    /// The full name a speaker stands for: a name of two words or more itself (titles stripped), a
    /// surname the full name given earlier, he or she the latest compatible subject, "the minister" the
    /// person last given that title, "her statement" whoever "her" is. Otherwise nothing: better no name
    /// than a wrong one.
    std::optional<span> resolve_speaker(std::string_view speaker, bool subject) {
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
            if (grammar::is_pronoun(first))
                return std::nullopt; // I, we, they
        }
        if (grammar::is_common_noun_phrase(speaker)) {
            if (const gender g = gender_of_pronoun(first); g != gender::unknown)
                return entry_name(people_.pronoun(g), subject); // "his office", "her statement"
            if (!same_word(first, "the") || words.count < 2)
                return std::nullopt; // "a statement", "one official": nobody in particular
            // "the minister": the person last given that title; "the affable proprietor", "the rookie
            // defenceman": a description of the person the story has just named. Not "the company".
            const std::string_view head = head_noun(speaker);
            if (grammar::is_non_person_noun(head))
                return std::nullopt;
            const std::size_t titled = people_.by_title(head);
            return entry_name(titled != people_memory::none ? titled : people_.latest(), subject);
        }
        const std::size_t i = note_speaker_name(speaker, subject);
        if (i == people_memory::none) {
            if (subject && is_capitalized_at(text_, s.begin))
                last_organization_ = s; // "BC Hydro said", "UFCW Local 832 said"
            return std::nullopt;
        }
        if (people_[i].words < 2)
            return std::nullopt; // a surname never given in full
        return people_[i].name;
    }

    /// The noun a common-noun phrase is about: "founder" in "the 39-year-old founder of Studiocomix Press".
    std::string_view head_noun(std::string_view phrase) const noexcept {
        const span s = make_span(text_, phrase);
        const words_of<8> words(text_, s.begin, s.end);
        std::size_t last = words.count;
        for (std::size_t i = 1; i < words.count; ++i) {
            const std::string_view w = words.at(text_, i);
            if (w == "of" || w == "for" || w == "at" || w == "with" || w == "in" || w == "from") {
                last = i;
                break;
            }
        }
        std::string_view head = words.at(text_, last - 1);
        while (!head.empty() && (head.back() == ',' || head.back() == '.'))
            head.remove_suffix(1);
        return head;
    }

    std::optional<span> entry_name(std::size_t i, bool subject) {
        if (i == people_memory::none || people_[i].words < 2)
            return std::nullopt;
        if (subject)
            people_.mark_subject(i);
        return people_[i].name;
    }

    std::string_view text_;
    Handler& handler_;
    const options& opts_;
    void* diagnostics_owner_;
    diagnose_fn diagnose_;

    scratch_array<open_quote, stack_capacity> stack_;
    std::size_t depth_ = 0;
    scratch_array<closed_quote, group_capacity> group_;
    std::size_t group_size_ = 0;
    std::size_t next_index_ = 0;
    bool pending_continuation_ = false;
    /// A paragraph a quote went on into by the AP convention.
    struct chained {
        block paragraph;
        std::size_t number = 0;
    };
    static constexpr std::size_t chain_capacity = 16; ///< the longest quote, in paragraphs after its first
    std::array<chained, chain_capacity> chain_{};
    std::size_t chain_size_ = 0;
    std::size_t top_paragraph_end_ = 0; ///< end of the paragraph the open outermost quote began in
    bool nesting_reported_ = false;
    block previous_block_{};

    // The prose: where reading has got to, and the sentence being read.
    block paragraph_{};
    std::size_t prose_pos_ = 0;
    bool sentence_ended_ = true;                ///< no word since the last sentence ended
    std::size_t sentence_end_at_ = no_position; ///< where that end was (its period), if in the prose
    std::size_t sentence_begin_ = 0;
    std::size_t deferred_clause_ = no_position; ///< a sentence whose clause waits for a speech verb

    /// Where the story's last double quotation mark ends: prose after it need not be read for speakers, as
    /// no quotation follows (wire copy without quotations is common, and reading prose is most of the work).
    std::size_t prose_end_ = 0;
    people_memory people_;
    std::size_t gender_target_ = people_memory::none; ///< the subject the next pronoun tells about
    speech last_speech_;
    std::optional<span> last_organization_; ///< the organization last named as a speaker
    speech last_focus_;                     ///< the person last named as the subject of a sentence of prose
    std::size_t paragraph_number_ = 0;
    std::size_t previous_quote_end_ = 0;
};

} // namespace wirecopy::detail
