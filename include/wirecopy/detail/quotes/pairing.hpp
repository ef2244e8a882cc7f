// Pairing quotation marks paragraph by paragraph: the marks open at a point of the body, the quotes closed
// since the outermost one opened (reported together when it closes), and the AP convention of a quote
// continued over paragraphs, each of which opens with the mark again: each paragraph is one quotation of
// the speaker's, up to the mark that closes the last.
//
// Storage is fixed: the stack of open marks, the group of closed quotes, the chain of paragraphs a quote
// went on into. Work per mark is bounded by the stack depth.
#pragma once

#include <wirecopy/detail/blocks.hpp>
#include <wirecopy/detail/chars.hpp>
#include <wirecopy/detail/quote_marks.hpp>
#include <wirecopy/detail/quotes/sentence.hpp>
#include <wirecopy/detail/scratch.hpp>
#include <wirecopy/events.hpp>

#include <algorithm>
#include <array>
#include <cstddef>
#include <string_view>
#include <utility>

namespace wirecopy::detail {

struct open_quote {
    quote_mark mark;
    mark_family family = mark_family::curly_double;
    std::size_t paragraph_begin = 0;  ///< the paragraph it opened in
    std::size_t paragraph_number = 0; ///< which body paragraph that is
    std::size_t sentence_begin = 0;   ///< start of the sentence it opened in
    bool opens_sentence = false;      ///< nothing of its sentence comes before it
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
    bool piece = false; ///< one paragraph of a quote continued over paragraphs (`continued_whole()`)
};

/// The quote `q`, still open, taken to `stop` in the paragraph ending at `paragraph_end`.
inline closed_quote unclosed(const open_quote& q, std::size_t stop, std::size_t paragraph_end) noexcept {
    return {q.mark.begin,      stop,          q.mark.end,         stop,
            q.paragraph_begin, paragraph_end, q.paragraph_number, q.sentence_begin,
            q.family,          false,         q.opens_sentence};
}

/// The quotation mark at `pos`, if one is there, in paragraph `b`.
inline quote_mark mark_at(std::string_view text, const block& b, std::size_t pos) noexcept {
    if (pos >= b.end || !is_quote_lead_byte(static_cast<unsigned char>(text[pos])))
        return {};
    return read_quote_mark(text, pos, b.begin, b.end);
}

/// What became of a mark given to `quote_pairing::close_with`.
struct mark_outcome {
    bool taken = true;           ///< it closed a quote or stood alone; else it is to open one
    bool group_complete = false; ///< an outermost quotation ended: its group waits to be reported
};

/// The marks open and the quotes closed inside the outermost open one. A member function that returns
/// `true` (or a `mark_outcome` saying so) has completed a group: the caller reports it (`sort_group()`,
/// `grouped(i)`, then `clear_group()`) before going on.
/// Diagnostics go to `diagnose(code, message, begin, end)`.
class quote_pairing {
public:
    static constexpr std::size_t stack_capacity = 64;
    static constexpr std::size_t group_capacity = 64;
    static constexpr std::size_t chain_capacity = 16; ///< the longest quote, in paragraphs after its first

    /// A paragraph a quote went on into by the AP convention, and the mark that opens it.
    struct chained {
        block paragraph;
        std::size_t number = 0;
        std::size_t mark_begin = 0, mark_end = 0;
    };
    using chain = scratch_array<chained, chain_capacity>; ///< [0, the count given with it) set

    explicit quote_pairing(std::size_t max_depth) noexcept
        : depth_limit_(max_depth < stack_capacity ? max_depth : stack_capacity) {}

    std::size_t depth() const noexcept { return depth_; }

    /// Puts the closed quotes of the group in input order.
    void sort_group() noexcept {
        // Insertion sort by start: groups are small, and mostly sorted already (inner ones close first).
        for (std::size_t i = 1; i < group_size_; ++i)
            for (std::size_t k = i; k > 0 && group_[k].begin < group_[k - 1].begin; --k)
                std::swap(group_[k], group_[k - 1]);
    }
    const closed_quote& grouped(std::size_t i) const noexcept { return group_[i]; }
    /// The whole of the continued quote whose paragraphs are the group's pieces: what its speaker said.
    const closed_quote& continued_whole() const noexcept { return whole_; }
    std::size_t group_size() const noexcept { return group_size_; }
    void clear_group() noexcept { group_size_ = 0; }

    /// Did the last paragraph end inside a double quotation? The next one decides whether it goes on.
    bool take_pending() noexcept { return std::exchange(pending_continuation_, false); }

    /// The paragraph `b`, number `number`, opens with `first`: does the pending quote go on into it?
    bool continue_into(const quote_mark& first, std::size_t pos, const block& b,
                       std::size_t number) noexcept {
        if (first.role == mark_role::none || first.role == mark_role::close
            || first.family != stack_[0].family || first.begin != pos || chain_size_ == chain_capacity)
            return false;
        chain_[chain_size_++] = {b, number, first.begin, first.end};
        return true;
    }

    void enter_paragraph(const block& b) noexcept { last_paragraph_ = b; }

    /// A quote went on over paragraphs but never closed: it was an unclosed quote after all, ending with the
    /// paragraph it opened in. Returns the paragraphs it took in, to be read again on their own, and
    /// `count` of them; `false` if no quote was open.
    template <class Diagnose>
    bool end_continued_quote(std::string_view text, chain& taken, std::size_t& count, Diagnose&& diagnose) {
        if (depth_ == 0)
            return false;
        const open_quote top = stack_[0];
        const std::size_t first_end = chain_size_ > 0 ? top_paragraph_end_ : last_paragraph_.end;
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
        record(unclosed(top, std::max(top.mark.end, trim_blanks_back(text, top.mark.end, first_end)),
                        first_end));
        taken = chain_;
        count = chain_size_;
        chain_size_ = 0;
        return true;
    }

    /// The mark `mark` of paragraph `b` closes an open quote, or closes none and stands alone, or ends the
    /// open ones before it, still to open a quote (`open`).
    template <class Diagnose>
    mark_outcome close_with(std::string_view text, const quote_mark& mark, const block& b,
                            sentence_state& sentence, Diagnose&& diagnose) {
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
                    drop_top(text, b, mark.begin, sentence, diagnose);
                return {true, close_top(text, mark, b, sentence)};
            }
            if (role == mark_role::close) {
                if (!is_single(mark.family))
                    diagnose(diagnostic_code::unmatched_quote,
                             "closing quotation mark without an opening one", mark.begin, mark.end);
                return {};
            }
        }
        return {false, !is_single(mark.family) && restart(text, mark, b, sentence, diagnose)};
    }

    /// Opens a quote at `mark` of paragraph `b`, number `number`.
    template <class Diagnose>
    void open(const quote_mark& mark, const block& b, std::size_t number, sentence_state& sentence,
              Diagnose&& diagnose) {
        if (depth_ >= depth_limit_) {
            if (!nesting_reported_)
                diagnose(diagnostic_code::nesting_too_deep,
                         "quotations nested too deeply; inner ones are ignored", mark.begin, mark.end);
            nesting_reported_ = true;
            return;
        }
        open_quote q{mark, mark.family, b.begin, number, sentence.begin, false};
        if (depth_ == 0) {
            q.opens_sentence = sentence.ended;
            if (sentence.ended)
                q.sentence_begin = sentence.begin = mark.begin;
            sentence.ended = false;
        }
        stack_[depth_++] = q;
    }

    /// The end of paragraph `b`: quotes nested in the outermost one end with it; the outermost one too if
    /// it is a single mark, while a double one may go on into the next paragraph.
    template <class Diagnose>
    bool end_paragraph(std::string_view text, const block& b, sentence_state& sentence, Diagnose&& diagnose) {
        while (depth_ > 1)
            drop_top(text, b, b.end, sentence, diagnose);
        if (depth_ != 1)
            return false;
        if (is_single(stack_[0].family)) {
            depth_ = 0;
            return true;
        }
        pending_continuation_ = true; // decided by the next paragraph's first mark
        if (chain_size_ == 0)
            top_paragraph_end_ = b.end;
        return false;
    }

private:
    /// A double mark opening where one of its kind is open: straight marks never nest, and a curly one
    /// after the end of a sentence starts the next quotation. The open one lacks its closing mark.
    template <class Diagnose>
    bool restart(std::string_view text, const quote_mark& mark, const block& b, sentence_state& sentence,
                 Diagnose&& diagnose) {
        std::size_t i = depth_;
        while (i > 0 && is_single(stack_[i - 1].family))
            --i;
        const bool restarts = i > 0
                              && ((mark.family == mark_family::straight_double
                                   && stack_[i - 1].family == mark_family::straight_double)
                                  || (closes(stack_[i - 1].family, mark.family, true)
                                      && follows_sentence_end(text, b, mark.begin)));
        bool done = false;
        while (restarts && depth_ >= i)
            done = drop_top(text, b, mark.begin, sentence, diagnose);
        return done;
    }

    /// Is `pos` right after the end of a sentence and blanks (". “")?
    static bool follows_sentence_end(std::string_view text, const block& b, std::size_t pos) noexcept {
        const std::size_t end = trim_blanks_back(text, b.begin, pos);
        if (end == pos || end == b.begin)
            return false;
        const char c = text[end - 1];
        return c == '.' || c == '?' || c == '!';
    }

    /// Drops the innermost open quote at the end of its scope (`end`): a single mark silently (it was an
    /// apostrophe or a typo), a double one as an unclosed quote up to there.
    template <class Diagnose>
    bool drop_top(std::string_view text, const block& b, std::size_t end, sentence_state& sentence,
                  Diagnose&& diagnose) {
        const open_quote top = stack_[--depth_];
        if (!is_single(top.family)) {
            const std::size_t stop = std::max(top.mark.end, trim_blanks_back(text, top.mark.end, end));
            diagnose(diagnostic_code::unclosed_quote,
                     "quotation mark never closed; quote taken to the end of its paragraph or to the next "
                     "opening mark",
                     top.mark.begin, top.mark.end);
            record_quote(text, unclosed(top, stop, b.end));
        }
        if (depth_ != 0)
            return false;
        chain_size_ = 0; // the paragraphs it went on over are its own: none is read again
        sentence.skip_to(end);
        return true;
    }

    bool close_top(std::string_view text, const quote_mark& mark, const block& b, sentence_state& sentence) {
        const open_quote top = stack_[--depth_];
        record_quote(text, {top.mark.begin, mark.end, top.mark.end, mark.begin, top.paragraph_begin, b.end,
                            top.paragraph_number, top.sentence_begin, top.family, true, top.opens_sentence});
        if (depth_ != 0)
            return false;
        chain_size_ = 0;
        // “…ended.” Next sentence: the quote ended its sentence. (An attribution read after it may end the
        // sentence too: “…,” Green told TMOF.)
        const std::size_t content_end = trim_blanks_back(text, top.mark.end, mark.begin);
        const char last = content_end > top.mark.end ? text[content_end - 1] : ' ';
        sentence.ended = last == '.' || last == '?' || last == '!';
        sentence.end_at = no_position;
        if (sentence.ended)
            sentence.begin = mark.end;
        sentence.skip_to(mark.end);
        return true;
    }

    /// Records `q`; the outermost quote, continued over paragraphs, as one piece per paragraph.
    void record_quote(std::string_view text, const closed_quote& q) noexcept {
        if (depth_ != 0 || chain_size_ == 0) {
            record(q);
            return;
        }
        whole_ = q;
        closed_quote piece = q;
        piece.piece = true;
        piece.closed = false;
        piece.end = piece.content_end =
            std::max(q.content_begin, trim_blanks_back(text, q.content_begin, top_paragraph_end_));
        piece.paragraph_end = top_paragraph_end_;
        record(piece);
        for (std::size_t i = 0; i < chain_size_; ++i) {
            const chained& c = chain_[i];
            piece.begin = c.mark_begin;
            piece.content_begin = c.mark_end;
            piece.paragraph_begin = c.paragraph.begin;
            piece.paragraph_end = c.paragraph.end;
            piece.paragraph_number = c.number;
            piece.sentence_begin = c.mark_begin;
            piece.opens_sentence = true;
            if (i + 1 == chain_size_) {
                piece.end = std::max(c.mark_end, q.end);
                piece.content_end = std::max(c.mark_end, q.content_end);
                piece.paragraph_end = q.paragraph_end;
                piece.closed = q.closed;
            } else {
                piece.end = piece.content_end =
                    std::max(c.mark_end, trim_blanks_back(text, c.mark_end, c.paragraph.end));
            }
            record(piece);
        }
    }

    void record(const closed_quote& q) noexcept {
        if (group_size_ == group_capacity) {
            // Pathological nesting (the diagnostic was given when depth ran out): the outermost quote,
            // recorded last, takes the place of an inner one.
            if (depth_ == 0)
                group_[group_capacity - 1] = q;
            return;
        }
        group_[group_size_++] = q;
    }

    std::size_t depth_limit_;
    scratch_array<open_quote, stack_capacity> stack_;
    std::size_t depth_ = 0;
    scratch_array<closed_quote, group_capacity> group_;
    std::size_t group_size_ = 0;
    bool pending_continuation_ = false;
    chain chain_;
    std::size_t chain_size_ = 0;
    std::size_t top_paragraph_end_ = 0; ///< end of the paragraph the open outermost quote began in
    closed_quote whole_{};              ///< the continued quote last recorded in pieces
    bool nesting_reported_ = false;
    block last_paragraph_{};
};

} // namespace wirecopy::detail
