// Quotations: the quote stage's entry point. The tracker reads the body once, in order: the marks are
// paired paragraph by paragraph (pairing.hpp), the prose between them is read for what resolution needs
// (prose.hpp), and each quotation is attributed (attribution.hpp), resolved to a speaker (speakers.hpp),
// classified (kinds.hpp) and reported, with those nested in it, when the outermost one closes.
//
// Everything works in fixed-size storage, and work per mark and per word is bounded (the stack depth, the
// reach of one sentence, the size of the table of people), so the whole pass is linear in the input.
#pragma once

#include <wirecopy/detail/blocks.hpp>
#include <wirecopy/detail/diagnostics.hpp>
#include <wirecopy/detail/quote_marks.hpp>
#include <wirecopy/detail/quotes/attribution.hpp>
#include <wirecopy/detail/quotes/headings.hpp>
#include <wirecopy/detail/quotes/kinds.hpp>
#include <wirecopy/detail/quotes/pairing.hpp>
#include <wirecopy/detail/quotes/prose.hpp>
#include <wirecopy/detail/quotes/speakers.hpp>
#include <wirecopy/detail/scanner.hpp>
#include <wirecopy/detail/spans.hpp>
#include <wirecopy/events.hpp>
#include <wirecopy/options.hpp>

#include <algorithm>
#include <array>
#include <optional>

namespace wirecopy::detail {

/// Pairs quotation marks over the body of a story and reports each quotation, attributed, to `Handler`.
template <class Handler>
class quote_tracker {
public:
    quote_tracker(std::string_view text, Handler& handler, const options& opts,
                  diagnostic_sink<Handler>& diagnostics) noexcept
        : text_(text), handler_(handler), opts_(opts), diagnostics_(diagnostics),
          pairing_(opts.max_quote_depth), speakers_(text) {}

    /// Pairs the marks of one body paragraph, [b.begin, b.end) from `from` on, and reads its prose.
    void add_paragraph(const block& b, std::size_t from) {
        if (paragraph_number_ == 0)
            prose_end_ = b.begin + end_of_last_double_mark(text_.substr(b.begin));
        read_paragraph(b, from, ++paragraph_number_);
    }

    /// Reads the headline for the people it names, as prose (its quotation marks are not the body's): a
    /// speaker named there in full may be named below by surname or pronoun only.
    void add_headline(const block& b) {
        sentence_.start_paragraph(b, b.begin, b.begin);
        prose_reader(text_, opts_.quotes, 0, sentence_, speakers_).read(b.begin, b.end);
    }

    /// Ends the body: a quote still open is reported as unclosed.
    void finish() { settle_continuation(); }

private:
    /// Reads body paragraph number `number`: [b.begin, b.end) from `from` on.
    void read_paragraph(const block& b, std::size_t from, std::size_t number) {
        paragraph_number_ = number;
        std::size_t pos = from;
        const bool heading = is_heading(text_, b, from);
        if (pairing_.take_pending()) {
            const quote_mark first = heading ? quote_mark{} : mark_at(text_, b, pos);
            if (pairing_.continue_into(first, pos, b, number)) {
                pos = first.end; // the AP convention: the quote goes on in this paragraph
            } else {
                break_continuation();
                paragraph_number_ = number;
            }
        }
        pairing_.enter_paragraph(b);
        sentence_.start_paragraph(b, from, pos);
        if (!heading)
            read_marks_and_prose(b, pos);
    }

    /// Reads paragraph `b` from `pos`: its quotation marks, and the prose outside them.
    void read_marks_and_prose(const block& b, std::size_t pos) {
        const char* const data = text_.data();
        while (pos < b.end) {
            const char* lead = find_byte(data + pos, data + b.end, quote_lead_bytes);
            const auto at = static_cast<std::size_t>(lead - data);
            if (pairing_.depth() == 0 && pos < prose_end_)
                prose().read(pos, std::min(at, prose_end_));
            if (at == b.end)
                break;
            const quote_mark mark = read_quote_mark(text_, at, b.begin, b.end);
            pos = mark.end;
            if (mark.role != mark_role::none)
                take_mark(mark, b);
        }
        if (pairing_.end_paragraph(text_, b, sentence_, diagnoser()))
            report_group();
    }

    void take_mark(const quote_mark& mark, const block& b) {
        const mark_outcome outcome = pairing_.close_with(text_, mark, b, sentence_, diagnoser());
        if (outcome.group_complete)
            report_group();
        if (!outcome.taken)
            pairing_.open(mark, b, paragraph_number_, sentence_, diagnoser());
    }

    /// A quote went on over paragraphs by the AP convention but never closed: it was an unclosed quote
    /// after all. It ends with the paragraph it opened in, and the paragraphs it took in are read again
    /// on their own — never a runaway across the story.
    void break_continuation() {
        quote_pairing::chain chain{};
        std::size_t size = 0;
        if (!pairing_.end_continued_quote(text_, chain, size, diagnoser()))
            return;
        report_group();
        for (std::size_t i = 0; i < size; ++i)
            read_paragraph(chain[i].paragraph, chain[i].paragraph.begin, chain[i].number);
        settle_continuation();
    }

    /// A quote left open at the end of the last paragraph read, with no paragraph to go on into.
    void settle_continuation() {
        if (pairing_.take_pending())
            break_continuation();
    }

    prose_reader prose() noexcept { return {text_, opts_.quotes, paragraph_number_, sentence_, speakers_}; }

    auto diagnoser() noexcept {
        return [this](diagnostic_code code, std::string_view message, std::size_t begin, std::size_t end) {
            diagnostics_.report(code, severity::warning, message, begin, end);
        };
    }

    /// Reports the quotes of one outermost quotation and those nested in it, in input order.
    void report_group() {
        pairing_.sort_group();
        std::array<std::size_t, quote_pairing::group_capacity> indices{};
        quote said_by{};
        bool said_by_found = false;
        for (std::size_t i = 0; i < pairing_.group_size(); ++i) {
            const closed_quote& q = pairing_.grouped(i);
            quote out = quote_of(q);
            out.index = next_index_++;
            indices[i] = out.index;
            for (std::size_t k = i; k-- > 0;)
                if (pairing_.grouped(k).begin <= q.begin && q.end <= pairing_.grouped(k).end) {
                    out.parent = indices[k];
                    break;
                }
            if (out.parent)
                out.kind = kind_of_nested(text_, out);
            else if (!q.piece)
                attribute(out, q);
            else
                attribute_piece(out, said_by, said_by_found);
            emit(handler_, out);
        }
        pairing_.clear_group();
    }

    /// The quote `q` spans, its content without the blanks that end it.
    quote quote_of(const closed_quote& q) const noexcept {
        quote out{};
        static_cast<span&>(out) = make_span(text_, q.begin, q.end);
        out.content =
            make_span(text_, q.content_begin, trim_blanks_back(text_, q.content_begin, q.content_end));
        return out;
    }

    /// A paragraph of a quote continued over paragraphs: its speaker and kind are those of the whole
    /// (`whole`, attributed once, at the first piece: `attributed`).
    void attribute_piece(quote& piece, quote& whole, bool& attributed) {
        if (!attributed) {
            whole = quote_of(pairing_.continued_whole());
            attribute(whole, pairing_.continued_whole());
            attributed = true;
        }
        piece.speaker = whole.speaker;
        piece.speaker_name = whole.speaker_name;
        piece.cue = whole.cue;
        piece.channel = whole.channel;
        piece.kind = whole.kind;
    }

    /// Finds who said `q`, how, and what kind of quote it is.
    void attribute(quote& q, const closed_quote& where) {
        const attribution_found found =
            find_attribution({text_, sentence_.paragraph, speakers_.people(), previous_quote_end_}, q, where);
        if (found.after_end != no_position)
            sentence_.skip_attribution(text_, found.after_end);
        assign_speaker(q, where, found);
        bool cue_before = found.cue_before;
        if (!cue_before && !where.opens_sentence)
            cue_before = cue_in(text_, where.sentence_begin, q.begin)
                         || words_of_someone_before(text_, where.sentence_begin, q.begin);
        q.kind = kind_of(text_, q, where, {found.attributed, found.by_subject, cue_before, found.after});
        if (q.kind == quote_kind::scare || q.kind == quote_kind::title) {
            // A word held at a distance or the title of a work: nobody is quoted.
            q.speaker = q.speaker_name = q.cue = q.channel = std::nullopt;
        }
        previous_quote_end_ = std::max(previous_quote_end_, q.end);
    }

    /// The speaker of `q` and the name they stand for: from its attribution, else inherited from the last
    /// report of speech, else the one whose words the quote is said to be (Musk’s “production hell”).
    void assign_speaker(quote& q, const closed_quote& where, const attribution_found& found) {
        const std::size_t lo = sentence_.paragraph.begin;
        if (found.attributed) {
            const std::string_view speaker = preferred_speaker(text_, found.fields);
            q.speaker = optional_span(text_, speaker);
            q.cue = optional_span(text_, found.fields.cue);
            q.channel = optional_span(text_, found.fields.channel);
            q.speaker_name = speakers_.resolve(lo, speaker, true);
            // A subject without a speech verb is no report of speech for later quotes to inherit.
            if (q.speaker && !found.by_subject)
                speakers_.spoke({q.speaker, q.speaker_name, paragraph_number_, q.speaker->begin});
        } else if (const speech* from = inherited_speech(text_, speakers_, q, where)) {
            q.speaker = from->speaker;
            q.speaker_name = from->name;
            if (q.speaker_name)
                speakers_.spoke_again(*q.speaker_name);
            // The quote speaks for them in its own paragraph too: a run of quote paragraphs goes on.
            speakers_.spoke({from->speaker, from->name, paragraph_number_, q.begin});
        } else if (const std::optional<span> owner =
                       possessor_before(text_, q.begin, where.paragraph_begin)) {
            q.speaker = owner;
            q.speaker_name = speakers_.resolve(lo, owner->text, false);
        }
    }

    std::string_view text_;
    Handler& handler_;
    const options& opts_;
    diagnostic_sink<Handler>& diagnostics_;

    quote_pairing pairing_;
    sentence_state sentence_;
    speaker_registry speakers_;
    std::size_t next_index_ = 0;
    std::size_t paragraph_number_ = 0;
    std::size_t previous_quote_end_ = 0;
    /// Where the story's last double quotation mark ends: prose after it need not be read for speakers, as
    /// no quotation follows (wire copy without quotations is common, and reading prose is most of the work).
    std::size_t prose_end_ = 0;
};

} // namespace wirecopy::detail
