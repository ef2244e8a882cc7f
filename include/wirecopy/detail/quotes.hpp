// Quotations: pairing marks paragraph by paragraph, the AP convention of quotes continued over paragraphs,
// attribution (speaker, cue, channel), speaker resolution within the story and the kind of each quote.
//
// Everything here works in fixed-size storage: a quote's nested quotes are collected in a small group and
// reported, in input order, when the outermost one closes. Work per mark is bounded (the stack depth, the
// length of one sentence, a window for name look-ups), so the whole pass is linear in the input.
#pragma once

#include <wirecopy/detail/blocks.hpp>
#include <wirecopy/detail/grammar/attribution.hpp>
#include <wirecopy/detail/quote_marks.hpp>
#include <wirecopy/detail/scanner.hpp>
#include <wirecopy/detail/spans.hpp>
#include <wirecopy/events.hpp>
#include <wirecopy/options.hpp>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

namespace wirecopy::detail {

// ------------------------------------------------------------------ sentences and words
inline bool is_abbreviation_before(std::string_view text, std::size_t lo, std::size_t period) noexcept {
    std::size_t start = period;
    while (start > lo && (is_ascii_alpha(text[start - 1]) || text[start - 1] == '.'))
        --start;
    const std::string_view word = text.substr(start, period - start);
    if (word.size() == 1 && is_ascii_upper(word[0]))
        return true; // an initial: "W. Dale Nelson"
    if (word.find('.') != std::string_view::npos)
        return true; // "U.S.", "a.m."
    for (std::string_view abbreviation :
         {"Mr",  "Mrs", "Ms",   "Dr",   "St",   "Gen", "Sen",  "Rep",  "Gov",   "Lt",
          "Col", "Sgt", "Capt", "Prof", "Jr",   "Sr",  "Inc",  "Co",   "Corp",  "Ltd",
          "No",  "vs",  "Rev",  "Maj",  "Cmdr", "Adm", "Supt", "Insp", "Const", "Det"})
        if (word == abbreviation)
            return true;
    return false;
}

/// Start of the sentence containing `pos`, not before `lo` (its paragraph's start).
inline std::size_t sentence_start(std::string_view text, std::size_t lo, std::size_t pos) noexcept {
    constexpr std::size_t longest_sentence = 2000; // bounds the work per quote on text without stops
    const std::size_t floor = pos - lo > longest_sentence ? pos - longest_sentence : lo;
    for (std::size_t i = pos; i > floor; --i) {
        const char c = text[i - 1];
        if ((c == '.' || c == '!' || c == '?') && i < pos && is_ascii_space(text[i])) {
            std::size_t next = i;
            while (next < pos && is_ascii_space(text[next]))
                ++next;
            if (next <= pos && !is_ascii_lower(text[next])
                && !(c == '.' && is_abbreviation_before(text, lo, i - 1)))
                return next;
        }
    }
    return floor;
}

/// Is `pos` the start of a word (after a blank or an opening bracket, or at `lo`)?
inline bool is_word_start(std::string_view text, std::size_t lo, std::size_t pos) noexcept {
    if (!is_word_code_point(decode_at(text, pos).value))
        return false;
    if (pos == lo)
        return true;
    const char32_t prev = decode_before(text, pos).value;
    return is_unicode_blank(prev) || prev == '\n' || prev == '\r' || prev == '(' || prev == 0x201C
           || prev == '"';
}

/// Number of words in [begin, end).
inline std::size_t count_words(std::string_view text, std::size_t begin, std::size_t end) noexcept {
    std::size_t words = 0;
    bool in_word = false;
    for (std::size_t i = begin; i < end; ++i) {
        const bool blank = is_ascii_space(text[i]);
        words += !blank && !in_word;
        in_word = !blank;
    }
    return words;
}

// ------------------------------------------------------------------ speaker names
/// Titles before a name that are not part of it: "President Nicolas Maduro" resolves to "Nicolas Maduro".
inline bool is_title_word(std::string_view word) noexcept {
    for (std::string_view title :
         {"President",    "Prime",    "Minister", "Secretary",  "Chancellor", "Premier",     "Mayor",
          "Governor",     "Senator",  "Sen.",     "Rep.",       "Gov.",       "Mr.",         "Mrs.",
          "Ms.",          "Dr.",      "Gen.",     "General",    "Lt.",        "Col.",        "Capt.",
          "Sgt.",         "Chief",    "Judge",    "Justice",    "Coach",      "Officer",     "Rev.",
          "Professor",    "Prof.",    "King",     "Queen",      "Prince",     "Pope",        "Ambassador",
          "Commissioner", "Director", "Chairman", "Chairwoman", "Spokesman",  "Spokeswoman", "Deputy",
          "Foreign",      "Finance",  "Defence",  "Defense",    "Interior",   "Health",      "State",
          "Mr",           "Mrs",      "Ms",       "Dr"})
        if (word == title)
            return true;
    return false;
}

/// The words of a capitalized name span, as [begin, end) pairs, up to `capacity`.
template <std::size_t Capacity>
struct name_words {
    std::array<std::pair<std::size_t, std::size_t>, Capacity> words{};
    std::size_t count = 0;

    name_words(std::string_view text, std::size_t begin, std::size_t end) noexcept {
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
};

inline bool is_capitalized_at(std::string_view text, std::size_t pos) noexcept {
    const code_point cp = decode_at(text, pos);
    return is_ascii_upper(text[pos])
           || (cp.length > 1 && is_word_code_point(cp.value) && cp.value < 0x2000
               && static_cast<unsigned char>(text[pos]) == 0xC3
               && static_cast<unsigned char>(text[pos + 1]) < 0x9F);
}

/// The full name a surname refers to, found in the story before `limit`: the latest "Sergei Lavrov" for
/// "Lavrov". Looks back over a bounded window so that resolving stays linear in the story.
inline std::optional<span> full_name_before(std::string_view text, std::size_t story_begin, std::size_t limit,
                                            std::string_view surname) noexcept {
    constexpr std::size_t window = 32 * 1024;
    const std::size_t floor = limit - story_begin > window ? limit - window : story_begin;
    std::size_t search_end = limit;
    while (search_end > floor) {
        const std::size_t found = text.substr(floor, search_end - floor).rfind(surname);
        if (found == std::string_view::npos)
            return std::nullopt;
        const std::size_t at = floor + found;
        search_end = at;
        const std::size_t after = at + surname.size();
        if (after < text.size() && is_word_code_point(decode_at(text, after).value))
            continue;
        // Walk back over capitalized words (and initials) directly before the surname.
        std::size_t first = at;
        for (int words = 0; words < 3; ++words) {
            if (first < floor + 2 || text[first - 1] != ' ')
                break;
            std::size_t start = first - 1;
            while (start > floor && !is_ascii_space(text[start - 1]) && text[start - 1] != '('
                   && text[start - 1] != ',')
                --start;
            if (!is_capitalized_at(text, start) || start == first - 1)
                break;
            const std::string_view word = text.substr(start, first - 1 - start);
            if (is_title_word(word) || word.back() == ',' || word.back() == ';')
                break;
            first = start;
        }
        if (first < at)
            return make_span(text, first, after);
    }
    return std::nullopt;
}

// ------------------------------------------------------------------ the tracker
/// Pairs quotation marks over the body of a story and reports each quotation, attributed, to `Handler`.
template <class Handler>
class quote_tracker {
public:
    using diagnose_fn = void (*)(void*, diagnostic_code, std::string_view, std::size_t, std::size_t);

    quote_tracker(std::string_view text, std::size_t story_begin, Handler& handler, const options& opts,
                  void* diagnostics_owner, diagnose_fn diagnose) noexcept
        : text_(text), story_begin_(story_begin), handler_(handler), opts_(opts),
          diagnostics_owner_(diagnostics_owner), diagnose_(diagnose) {}

    /// Pairs the marks of one body paragraph, [b.begin, b.end) from `from` on.
    void add_paragraph(const block& b, std::size_t from) {
        std::size_t pos = from;
        ++paragraph_number_;
        // After a dateline: sentences, and the paragraph's first quote, start after it and its blanks.
        paragraph_start_ = skip_blanks(text_, from, b.end);
        if (pending_continuation_) {
            pending_continuation_ = false;
            const quote_mark first = first_mark_of(b, pos);
            if (first.role != mark_role::none && first.role != mark_role::close
                && first.family == stack_[0].family && first.begin == pos) {
                pos = first.end; // the AP convention: the quote goes on in this paragraph
                stack_[0].continued = true;
            } else {
                abandon_open_quotes(previous_block_);
            }
        }
        previous_block_ = b;
        const char* const data = text_.data();
        while (pos < b.end) {
            const char* lead = find_lead(data + pos, data + b.end);
            if (lead == data + b.end)
                break;
            pos = static_cast<std::size_t>(lead - data);
            const quote_mark mark = read_quote_mark(text_, pos, b.begin, b.end);
            pos = mark.end;
            if (mark.role != mark_role::none)
                take_mark(mark, b);
        }
        end_paragraph(b);
    }

    /// Ends the body: quotes still open are reported as unclosed.
    void finish() {
        if (pending_continuation_) {
            pending_continuation_ = false;
            abandon_open_quotes(previous_block_);
        }
    }

private:
    struct open_quote {
        quote_mark mark;
        mark_family family = mark_family::curly_double;
        std::size_t paragraph_begin = 0;  ///< the paragraph it opened in
        std::size_t paragraph_number = 0; ///< which body paragraph that is
        bool continued = false;           ///< went on into a later paragraph
    };

    struct closed_quote {
        std::size_t begin = 0, end = 0;                 ///< marks included
        std::size_t content_begin = 0, content_end = 0; ///< between the marks
        std::size_t paragraph_begin = 0;                ///< where it opened
        std::size_t paragraph_end = 0;                  ///< end of the paragraph it closed in
        std::size_t paragraph_number = 0;               ///< which body paragraph it opened in
        mark_family family = mark_family::curly_double;
        bool closed = true;
    };

    static constexpr std::size_t stack_capacity = 64;
    static constexpr std::size_t group_capacity = 64;

    static const char* find_lead(const char* p, const char* end) noexcept {
        static constexpr byte_set leads{{'"', '\'', '`', 0xE2, 0xC2}, 5};
        return find_byte(p, end, leads);
    }

    quote_mark first_mark_of(const block& b, std::size_t pos) const noexcept {
        if (pos >= b.end || !is_quote_lead_byte(static_cast<unsigned char>(text_[pos])))
            return {};
        return read_quote_mark(text_, pos, b.begin, b.end);
    }

    std::size_t depth_limit() const noexcept {
        return opts_.max_quote_depth < stack_capacity ? opts_.max_quote_depth : stack_capacity;
    }

    void take_mark(const quote_mark& mark, const block& b) {
        mark_role role = mark.role;
        // „…“: the German closing mark looks like an English opening one.
        if (depth_ > 0 && stack_[depth_ - 1].family == mark_family::low_double
            && mark.family == mark_family::curly_double)
            role = mark_role::close;
        if (role == mark_role::close || role == mark_role::either) {
            for (std::size_t i = depth_; i-- > 0;) {
                if (!closes(stack_[i].family, mark.family))
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
        if (depth_ >= depth_limit()) {
            if (!nesting_reported_)
                diagnose(diagnostic_code::nesting_too_deep,
                         "quotations nested too deeply; inner ones are ignored", mark.begin, mark.end);
            nesting_reported_ = true;
            return;
        }
        stack_[depth_++] = {mark, mark.family, paragraph_start_, paragraph_number_, false};
    }

    /// Drops the innermost open quote at the end of its scope, `end` (the end of its paragraph, or where
    /// the quote around it closes): a single mark silently (it was an apostrophe or a typo), a double one
    /// as an unclosed quote up to `end`, so that it stays inside whatever holds it.
    void drop_top(const block& b, std::size_t end) {
        const open_quote top = stack_[--depth_];
        if (is_single(top.family))
            return;
        diagnose(diagnostic_code::unclosed_quote,
                 "quotation mark never closed; quote taken to the end of its scope", top.mark.begin,
                 top.mark.end);
        record({top.mark.begin, end, top.mark.end, end, top.paragraph_begin, b.end, top.paragraph_number,
                top.family, false});
        if (depth_ == 0)
            flush_group();
    }

    void close_top(const quote_mark& mark, const block& b) {
        const open_quote top = stack_[--depth_];
        record({top.mark.begin, mark.end, top.mark.end, mark.begin, top.paragraph_begin, b.end,
                top.paragraph_number, top.family, true});
        if (depth_ == 0)
            flush_group();
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
            }
        }
    }

    void abandon_open_quotes(const block& b) {
        while (depth_ > 0)
            drop_top(b, b.end);
    }

    void record(const closed_quote& q) {
        if (group_size_ == group_capacity)
            return; // pathological nesting; the diagnostic was given when depth ran out
        group_[group_size_++] = q;
    }

    void diagnose(diagnostic_code code, std::string_view message, std::size_t begin, std::size_t end) {
        diagnose_(diagnostics_owner_, code, message, begin, end);
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
        q.kind =
            count_words(text_, q.content.begin, q.content.end) <= 4 ? quote_kind::scare : quote_kind::partial;
    }

    // -------------------------------------------------------------- attribution
    /// Finds who said `q`, how, and what kind of quote it is.
    void attribute(quote& q, const closed_quote& where) {
        grammar::attribution_fields found;
        // Nothing before the previous quote of the paragraph is looked at again: that keeps the work per
        // quote bounded however many quotes a paragraph holds.
        const std::size_t floor =
            previous_quote_end_ >= where.paragraph_begin && previous_quote_end_ <= q.begin
                ? previous_quote_end_
                : where.paragraph_begin;
        const std::size_t sentence = sentence_start(text_, floor, q.begin);
        previous_quote_end_ = std::max(previous_quote_end_, q.end);
        const bool after = attribution_after(q, where, found);
        const bool before = !after && attribution_before(q, sentence, found);
        if (after || before) {
            // "The cooperative's chairman, Tomas Oyelaran, said": the name in apposition is the speaker.
            if (!found.appositive.empty() && grammar::is_person_name(found.appositive)
                && grammar::is_common_noun_phrase(found.speaker))
                found.speaker = found.appositive;
            q.speaker = optional_span(text_, found.speaker);
            q.cue = optional_span(text_, found.cue);
            q.channel = optional_span(text_, found.channel);
            q.speaker_name = resolve_speaker(found.speaker, q.begin);
        } else if (inherits_speaker(q, where)) {
            q.speaker = last_speaker_;
            q.speaker_name = last_speaker_name_;
        }
        q.kind = kind_of(q, where, sentence, after || before);
        if (q.speaker) {
            last_speaker_ = q.speaker;
            last_speaker_name_ = q.speaker_name;
            last_attributed_paragraph_ = where.paragraph_number;
        }
        if (q.speaker_name && !is_pronoun(q.speaker->text))
            last_person_ = q.speaker_name;
    }

    bool attribution_after(const quote& q, const closed_quote& where,
                           grammar::attribution_fields& found) const {
        if (!where.closed)
            return false;
        // A quotation that ends its sentence with a period is not attributed by what follows it.
        const std::string_view content = q.content.text;
        if (!content.empty() && content.back() == '.')
            return false;
        const grammar::iterator first = text_.data() + q.end;
        const grammar::iterator last = text_.data() + where.paragraph_end;
        return grammar::parse_prefix(first, last, grammar::attribution_after, found) != nullptr;
    }

    /// "X said: “…”", "X told Y that the U.S. is fomenting a “coup d’etat”": the cue nearest before the
    /// quote in its sentence, and the speaker right before that cue.
    bool attribution_before(const quote& q, std::size_t sentence, grammar::attribution_fields& found) const {
        constexpr std::size_t reach = 400; // how far before the quote its cue may stand
        const std::size_t lo = q.begin - sentence > reach ? q.begin - reach : sentence;
        const grammar::iterator base = text_.data();
        std::size_t cue_begin = q.begin, cue_end = q.begin;
        for (std::size_t pos = lo; pos < q.begin; ++pos) {
            if (!is_word_start(text_, lo, pos))
                continue;
            if (const grammar::iterator end = grammar::match_cue(base + pos, base + q.begin)) {
                cue_begin = pos;
                cue_end = static_cast<std::size_t>(end - base);
            }
        }
        if (cue_begin == q.begin)
            return false;
        // The speaker ends at the cue: take the nearest word start from which a speaker reaches the cue,
        // then earlier ones while they still do ("Ferreira" → "Lucinda Ferreira" → "Mayor Lucinda
        // Ferreira"; "executive" → "chief executive" → "its chief executive", not "a step its …").
        bool matched = false;
        for (std::size_t pos = cue_begin; pos-- > lo;) {
            if (!is_word_start(text_, lo, pos))
                continue;
            grammar::attribution_fields candidate;
            const grammar::iterator end =
                grammar::parse_prefix(base + pos, base + cue_end, grammar::attribution_before, candidate);
            if (end == base + cue_end && candidate.cue.data() == base + cue_begin) {
                found = candidate;
                matched = true;
            } else if (matched) {
                break;
            }
        }
        return matched;
    }

    /// A quote without attribution goes on speaking for the last speaker when it is split by its
    /// attribution in the same paragraph, or opens the paragraph after an attributed one.
    bool inherits_speaker(const quote& q, const closed_quote& where) const noexcept {
        if (!last_speaker_)
            return false;
        if (last_attributed_paragraph_ == where.paragraph_number)
            return true;
        return q.begin == where.paragraph_begin && last_attributed_paragraph_ + 1 == where.paragraph_number;
    }

    quote_kind kind_of(const quote& q, const closed_quote& where, std::size_t sentence,
                       bool attributed) const {
        if (where.family == mark_family::backtick_double)
            return quote_kind::title;
        const std::size_t words = count_words(text_, q.content.begin, q.content.end);
        const bool embedded = q.begin > sentence && !ends_with_introduction(sentence, q.begin);
        const bool lower_start = !q.content.text.empty() && is_ascii_lower(q.content.text.front());
        if (attributed || q.speaker)
            return embedded || lower_start ? quote_kind::partial : quote_kind::direct;
        if (words <= 4 && embedded)
            return quote_kind::scare;
        return quote_kind::direct;
    }

    /// Does the text of the sentence before the quote end by introducing speech ("…said:", "…said,")?
    bool ends_with_introduction(std::size_t sentence, std::size_t pos) const noexcept {
        const std::size_t end = trim_blanks_back(text_, sentence, pos);
        return end > sentence && (text_[end - 1] == ':' || text_[end - 1] == ',');
    }

    static bool is_pronoun(std::string_view word) noexcept {
        for (std::string_view p :
             {"he", "she", "they", "it", "we", "i", "He", "She", "They", "It", "We", "I"})
            if (word == p)
                return true;
        return false;
    }

    /// The full name a speaker stands for: a name of two words or more itself (titles stripped), a
    /// surname the full name given earlier, he or she the last named speaker. Otherwise nothing.
    std::optional<span> resolve_speaker(std::string_view speaker, std::size_t quote_begin) const {
        if (speaker.empty())
            return std::nullopt;
        const span s = make_span(text_, speaker);
        if (speaker == "he" || speaker == "she" || speaker == "He" || speaker == "She")
            return last_person_;
        if (is_pronoun(speaker) || grammar::is_common_noun_phrase(speaker))
            return std::nullopt;
        // Skip titles, capitalized or not: "Mayor Ann Lee", "union leader Marta Delgado".
        const name_words<8> words(text_, s.begin, s.end);
        std::size_t first = 0;
        while (first < words.count) {
            const auto [begin, end] = words.words[first];
            if (!is_title_word(text_.substr(begin, end - begin)) && is_capitalized_at(text_, begin))
                break;
            ++first;
        }
        if (first == words.count)
            return std::nullopt;
        const std::size_t name_begin = words.words[first].first;
        if (words.count - first >= 2)
            return make_span(text_, name_begin, s.end);
        const std::string_view surname = text_.substr(name_begin, s.end - name_begin);
        for (const auto& [known, full] : resolved_)
            if (!known.empty() && known == surname)
                return full;
        const std::optional<span> full = full_name_before(text_, story_begin_, quote_begin, surname);
        resolved_[resolved_next_++ % resolved_.size()] = {surname, full};
        return full;
    }

    std::string_view text_;
    std::size_t story_begin_;
    Handler& handler_;
    const options& opts_;
    void* diagnostics_owner_;
    diagnose_fn diagnose_;

    // Left uninitialised (written before read): clearing them per story would cost more than the story.
    std::array<open_quote, stack_capacity> stack_;
    std::size_t depth_ = 0;
    std::array<closed_quote, group_capacity> group_;
    std::size_t group_size_ = 0;
    std::size_t next_index_ = 0;
    bool pending_continuation_ = false;
    bool nesting_reported_ = false;
    block previous_block_{};

    std::optional<span> last_speaker_;
    std::optional<span> last_speaker_name_;
    std::optional<span> last_person_;
    std::size_t last_attributed_paragraph_ = 0;
    std::size_t paragraph_number_ = 0;
    std::size_t paragraph_start_ = 0;
    std::size_t previous_quote_end_ = 0;
    /// Surnames resolved lately, so that a speaker quoted again is not looked up again.
    mutable std::array<std::pair<std::string_view, std::optional<span>>, 8> resolved_{};
    mutable std::size_t resolved_next_ = 0;
};

} // namespace wirecopy::detail
