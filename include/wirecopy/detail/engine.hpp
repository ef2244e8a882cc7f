// The annotation engine behind `annotate()` and `parse()`.
//
// One pass over the blocks of a story. Blocks wait in a fixed ring so that the header can be read from
// the first few and the footer from the last few; a block leaves the ring once it can no longer be part
// of the footer, and is reported then. Grammars run only where a scan says they can match: the first
// blocks (header), the last ones (footer), and the neighbourhood of quote marks. Nothing allocates.
#pragma once

#include <wirecopy/detail/blocks.hpp>
#include <wirecopy/detail/diagnostics.hpp>
#include <wirecopy/detail/footer.hpp>
#include <wirecopy/detail/header_reader.hpp>
#include <wirecopy/detail/quotes/tracker.hpp>
#include <wirecopy/detail/scanner.hpp>
#include <wirecopy/detail/scratch.hpp>
#include <wirecopy/detail/spans.hpp>
#include <wirecopy/detail/utf8.hpp>
#include <wirecopy/events.hpp>
#include <wirecopy/options.hpp>
#include <wirecopy/styles.hpp>

#include <array>
#include <optional>

namespace wirecopy::detail {

template <class Style, class Handler>
class engine {
public:
    engine(std::string_view text, Handler& handler, const options& opts) noexcept
        : text_(text), handler_(handler), opts_(opts), diagnostics_(handler, opts, text.size()),
          quotes_(text, handler, opts, diagnostics_) {}

    void run() {
        if (readable()) {
            block_reader reader(text_, story_begin_);
            block b;
            bool any = false;
            while (reader.next(b)) {
                any = true;
                if (ring_size_ == ring_capacity)
                    release_front();
                push(b);
            }
            if (!any)
                diagnose(diagnostic_code::empty_input, severity::warning, "the input holds no text", 0,
                         text_.size());
            if (!header_done_)
                take_header();
            read_footer();
            while (ring_size_ > 0)
                release_front();
            end_body();
            if (trailing_signoff_)
                emit(handler_, part_from<signoff>(*trailing_signoff_));
        }
        emit(handler_, story_end{wire_});
    }

private:
    static constexpr std::size_t ring_capacity = 64; ///< the longest footer, in blocks

    using role = block_role;

    /// What the footer stage found in a block: where its footer lines start, the kind of their first item
    /// that is not closing furniture (`masthead` for footer lines over the story), and its items.
    struct footer_block {
        footer_kind kind = footer_kind::none;
        std::size_t start = 0;
        bool closing = false; ///< only closing furniture follows the block
        std::size_t first_item = 0;
        std::size_t item_count = 0;
    };

    // -------------------------------------------------------------- input checks
    /// Diagnoses what would make the text unreadable or its spans misleading. False when the input is
    /// not text at all (UTF-16, binary): then nothing is annotated.
    bool readable() {
        const auto byte = [&](std::size_t i) { return static_cast<unsigned char>(text_[i]); };
        if (text_.size() >= 2
            && ((byte(0) == 0xFF && byte(1) == 0xFE) || (byte(0) == 0xFE && byte(1) == 0xFF))) {
            diagnose(diagnostic_code::utf16_input, severity::error,
                     "the input is UTF-16 (byte order mark); convert it to UTF-8", 0, 2);
            return false;
        }
        if (text_.size() >= 3 && byte(0) == 0xEF && byte(1) == 0xBB && byte(2) == 0xBF) {
            story_begin_ = 3;
            diagnose(diagnostic_code::byte_order_mark, severity::note, "UTF-8 byte order mark skipped", 0, 3);
        }
        // Control bytes other than white space, in the first 4 KiB: UTF-16 without a mark has a NUL in every
        // other byte, binary data has many.
        const std::size_t sample = std::min<std::size_t>(text_.size(), story_begin_ + 4096);
        std::size_t controls = 0, odd_nuls = 0, even_nuls = 0;
        bool non_ascii = false;
        const char* const data = text_.data();
        for (const char* p = data + story_begin_; (p = find_unusual_byte(p, data + sample)) != data + sample;
             ++p) {
            const auto c = static_cast<unsigned char>(*p);
            if (c >= 0x80) {
                non_ascii = true; // checked for UTF-8 below
                continue;
            }
            ++controls;
            if (c == 0)
                ++(((p - data) & 1) ? odd_nuls : even_nuls);
        }
        const std::size_t sampled = sample - std::min(sample, story_begin_);
        if (sampled >= 8 && (odd_nuls * 3 >= sampled || even_nuls * 3 >= sampled)
            && (odd_nuls == 0 || even_nuls == 0)) {
            diagnose(diagnostic_code::utf16_input, severity::error,
                     "the input looks like UTF-16 (NUL in every other byte); convert it to UTF-8", 0, sample);
            return false;
        }
        if (sampled > 0 && controls * 10 > sampled) {
            diagnose(diagnostic_code::binary_input, severity::error,
                     "the input is mostly control bytes, not text; it was not annotated", 0, sample);
            return false;
        }
        // A story no longer than the sample was seen whole: without a NUL or a non-ASCII byte in it, it
        // needs neither of the passes below (most stories are that short).
        const bool seen_whole = sample == text_.size();
        if (const void* nul = seen_whole && odd_nuls + even_nuls == 0
                                  ? nullptr
                                  : std::memchr(text_.data(), 0, text_.size())) {
            const auto at = static_cast<std::size_t>(static_cast<const char*>(nul) - text_.data());
            diagnose(diagnostic_code::nul_bytes, severity::warning, "NUL bytes in the input", at, at + 1);
        }
        if (seen_whole && !non_ascii)
            return true;
        for_each_invalid_utf8(text_.substr(story_begin_), [&](std::size_t begin, std::size_t end) {
            diagnose(diagnostic_code::invalid_utf8, severity::warning,
                     "bytes that are not UTF-8; spans that include them carry them unchanged",
                     story_begin_ + begin, story_begin_ + end);
        });
        return true;
    }

    // -------------------------------------------------------------- the ring of blocks
    std::size_t slot(std::size_t i) const noexcept { return (ring_first_ + i) % ring_capacity; }
    const block& at(std::size_t i) const noexcept { return ring_[slot(i)]; }

    void push(const block& b) noexcept {
        const std::size_t s = slot(ring_size_++);
        ring_[s] = b;
        roles_[s] = role::body;
        footers_[s] = footer_block{};
    }

    void release_front() {
        if (!header_done_)
            take_header();
        const std::size_t s = slot(0);
        const block b = ring_[s];
        const role r = roles_[s];
        const footer_block footer = footers_[s];
        ring_first_ = slot(1);
        --ring_size_;
        report(b, r, footer);
    }

    // -------------------------------------------------------------- header
    /// Reads the header from the first blocks, and gives each block the role of its piece or has it
    /// report its pieces one by one.
    void take_header() {
        header_done_ = true;
        scratch_array<block, header_reach> first;
        const std::size_t count = std::min(ring_size_, header_reach);
        for (std::size_t i = 0; i < count; ++i)
            first[i] = at(i);
        read_header<Style>(text_, &first[0], count, count == ring_size_, opts_, header_);
        if (header_.style_error)
            diagnose(diagnostic_code::style_out_of_range, severity::error,
                     "the style's dateline hook returned text outside the paragraph",
                     header_.style_error->begin, header_.style_error->end);
        if (header_.unread_byline)
            diagnose(diagnostic_code::unread_byline, severity::note,
                     "a line opens as a byline but no names could be read in it; it is kept as a note",
                     header_.unread_byline->begin, header_.unread_byline->end);
        for (std::size_t i = 0, k = 0; i < ring_size_ && k < header_.piece_count; ++i) {
            const block& whole = at(i);
            const header_piece& piece = header_.pieces[k];
            std::size_t pieces = 0;
            for (; k < header_.piece_count && header_.pieces[k].b.begin < whole.end; ++k)
                ++pieces;
            if (pieces == 0)
                continue;
            const bool whole_block = pieces == 1 && piece.b.begin == whole.begin && piece.b.end == whole.end;
            roles_[slot(i)] = whole_block ? piece.role : role::pieces;
            if (roles_[slot(i)] == role::footer)
                footers_[slot(i)].kind = footer_kind::masthead;
        }
        if (wire_ == wire::unknown)
            wire_ = header_.evidence;
    }

    // -------------------------------------------------------------- footer
    /// Walks back from the last block while blocks are footer lines, reading each once: its items, with
    /// their fields, are kept for the report. The first footer block may open with the last lines of the
    /// body: it is split when reported.
    void read_footer() {
        constexpr std::size_t longest_footer = 64 * 1024; // bytes: footers are a few hundred
        bool closing = true;                              // only closing furniture follows
        for (std::size_t i = ring_size_; i-- > 0;) {
            const std::size_t s = slot(i);
            const block& b = ring_[s];
            if (roles_[s] != role::body || (i + 1 < ring_size_ && text_.size() - b.begin > longest_footer))
                break;
            const bool opens_body = header_.opening && header_.opening->begin == b.begin;
            plan_footer(text_, b.begin, b.end, footer_context{closing, true}, footer_plan_, footer_fields_);
            const std::size_t anchor = footer_anchor(footer_plan_, text_, !opens_body);
            if (anchor == footer_plan_.lines.count) {
                if (closing)
                    split_trailing_signoff(ring_[s]);
                break;
            }
            footer_block found{};
            found.closing = closing;
            found.first_item = footer_item_count_;
            bool fits = true;
            for_each_footer_item(footer_plan_, anchor, [&](const footer_item& item) {
                fits = fits && footer_item_count_ < footer_items_.size();
                if (!fits)
                    return;
                footer_items_[footer_item_count_++] = item;
                if (found.kind == footer_kind::none && !is_closing(item.kind))
                    found.kind = item.kind;
            });
            if (!fits) { // more items than a footer has: the rest is body
                footer_item_count_ = found.first_item;
                break;
            }
            found.item_count = footer_item_count_ - found.first_item;
            found.start = anchor == 0 ? b.begin : footer_plan_.lines.lines[anchor].begin;
            roles_[s] = role::footer;
            footers_[s] = found;
            closing = closing && found.kind == footer_kind::none;
            if (found.start != b.begin)
                break;
        }
    }

    /// "… a year ago. REUTER": the sign-off closes the last line of the body.
    void split_trailing_signoff(block& b) noexcept {
        const std::size_t start = trailing_signoff(text_, b);
        if (start == b.end)
            return;
        const char* stop = signoff_end(text_.data() + start, text_.data() + b.end);
        trailing_signoff_ = make_span(text_, start, static_cast<std::size_t>(stop - text_.data()));
        b.end = trim_blanks_back(text_, b.begin, start);
        if (wire_ == wire::unknown)
            wire_ = wire_of_signoff(trailing_signoff_->text);
    }

    /// Reports footer block `b`; when it opens with the last lines of the body, those first.
    void report_footer(const block& b, const footer_block& footer) {
        if (footer.start != b.begin) {
            block body = block_of(text_, b.begin, trim_blanks_back(text_, b.begin, footer.start));
            if (footer.closing && footer.kind == footer_kind::none)
                split_trailing_signoff(body);
            report(body, role::body, footer_block{});
        }
        end_body();
        take_evidence(emit_footer(footer_items_, footer.first_item, footer.item_count, footer_fields_, text_,
                                  footer_seen_, handler_));
    }

    /// Reports the footer lines of block `b` over the story, as the header stage found them.
    void report_masthead(const block& b) {
        plan_footer(text_, b.begin, b.end, header_footer_context, footer_plan_, footer_fields_);
        if (footer_plan_.next[0] == 0) { // the fields did not fit: the lines are still reported
            emit(handler_, part_from<boilerplate>(make_span(text_, b.begin, b.end)));
            return;
        }
        for_each_footer_item(footer_plan_, 0, [&](const footer_item& item) {
            take_evidence(emit_footer_item(item, footer_fields_, text_, footer_seen_, handler_));
        });
    }

    void take_evidence(wire evidence) noexcept {
        if (wire_ == wire::unknown)
            wire_ = evidence;
    }

    // -------------------------------------------------------------- reporting
    void report(const block& b, role r, const footer_block& footer) {
        if (r == role::pieces) {
            for (std::size_t k = 0; k < header_.piece_count; ++k)
                if (const header_piece& p = header_.pieces[k]; p.b.begin >= b.begin && p.b.begin < b.end)
                    report(p.b, p.role, footer_block{footer_kind::masthead});
            return;
        }
        switch (r) {
        case role::boilerplate:
            emit(handler_, part_from<boilerplate>(make_span(text_, b.begin, b.end)));
            return;
        case role::note:
            emit(handler_, part_from<editorial_note>(make_span(text_, b.begin, b.end)));
            return;
        case role::headline:
            emit(handler_, *header_.title);
            if (opts_.quotes != quote_analysis::off && is_written_as_sentence(text_, b))
                quotes_.add_headline(b);
            return;
        case role::deck:
            emit(handler_, part_from<deck>(make_span(text_, b.begin, b.end)));
            return;
        case role::byline:
            if (b.begin == header_.byline.whole.begin) // not the title line under it
                emit(handler_, header_.byline.event());
            return;
        case role::footer:
            if (footer.kind == footer_kind::masthead) // above the story: the body goes on after it
                report_masthead(b);
            else
                report_footer(b, footer);
            return;
        case role::body:
        case role::pieces:
            break;
        }
        constexpr std::size_t longest_promo = 100;
        if (b.lines == 1 && b.end - b.begin <= longest_promo
            && is_boilerplate_block(text_, b)) { // "Story continues below advertisement" inside the body
            emit(handler_, part_from<boilerplate>(make_span(text_, b.begin, b.end)));
            return;
        }
        std::size_t from = b.begin;
        if (header_.opening && header_.opening->begin == b.begin) {
            emit(handler_, *header_.opening);
            from = header_.opening->end;
        }
        emit(handler_, part_from<paragraph>(make_span(text_, b.begin, b.end)));
        if (opts_.quotes != quote_analysis::off)
            quotes_.add_paragraph(b, from);
    }

    void end_body() {
        if (!body_ended_)
            quotes_.finish();
        body_ended_ = true;
    }

    // -------------------------------------------------------------- diagnostics
    void diagnose(diagnostic_code code, severity level, std::string_view message, std::size_t begin,
                  std::size_t end) {
        diagnostics_.report(code, level, message, begin, end);
    }

    std::string_view text_;
    Handler& handler_;
    const options& opts_;
    std::size_t story_begin_ = 0;

    scratch_array<block, ring_capacity> ring_;
    scratch_array<role, ring_capacity> roles_;
    scratch_array<footer_block, ring_capacity> footers_;
    std::size_t ring_first_ = 0;
    std::size_t ring_size_ = 0;

    bool header_done_ = false;
    bool body_ended_ = false;
    footer_seen footer_seen_; ///< one copyright and one sign-off per story
    footer_plan footer_plan_; ///< of the block being read
    footer_fields footer_fields_;
    scratch_array<footer_item, 256> footer_items_; ///< the footer's, in text order within each block
    std::size_t footer_item_count_ = 0;
    header_reading header_;
    std::optional<span> trailing_signoff_;
    wire wire_ = Style::wire;
    diagnostic_sink<Handler> diagnostics_;
    quote_tracker<Handler> quotes_;
};

} // namespace wirecopy::detail
