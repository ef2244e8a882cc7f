// The annotation engine behind `annotate()` and `parse()`.
//
// One pass over the blocks of a story. Blocks wait in a fixed ring so that the header can be read from
// the first few and the footer from the last few; a block leaves the ring once it can no longer be part
// of the footer, and is reported then. Grammars run only where a scan says they can match: the first
// blocks (header), the last ones (footer), and the neighbourhood of quote marks. Nothing allocates.
#pragma once

#include <wirecopy/detail/blocks.hpp>
#include <wirecopy/detail/footer.hpp>
#include <wirecopy/detail/header.hpp>
#include <wirecopy/detail/quotes.hpp>
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
        : text_(text), handler_(handler), opts_(opts),
          quotes_(text, 0, handler, opts, this, &engine::diagnose_from_quotes) {}

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
                read_header();
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
    static constexpr std::size_t header_reach = 8;   ///< blocks searched for the dateline

    /// What a block is; `pieces`: a block of header lines reported piece by piece (see header_piece).
    enum class role : unsigned char { body, boilerplate, note, headline, deck, byline, footer, pieces };

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
        const char* const data = text_.data();
        for (const char* p = data + story_begin_; (p = find_unusual_byte(p, data + sample)) != data + sample;
             ++p) {
            const auto c = static_cast<unsigned char>(*p);
            if (c >= 0x80)
                continue; // non-ASCII: checked for UTF-8 below
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
        if (const void* nul = std::memchr(text_.data(), 0, text_.size())) {
            const auto at = static_cast<std::size_t>(static_cast<const char*>(nul) - text_.data());
            diagnose(diagnostic_code::nul_bytes, severity::warning, "NUL bytes in the input", at, at + 1);
        }
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
        footer_kinds_[s] = footer_kind::none;
    }

    void release_front() {
        if (!header_done_)
            read_header();
        const std::size_t s = slot(0);
        const block b = ring_[s];
        const role r = roles_[s];
        const footer_kind kind = footer_kinds_[s];
        ring_first_ = slot(1);
        --ring_size_;
        report(b, r, kind);
    }

    // -------------------------------------------------------------- header
    /// A part of the header: a whole block, or lines of a block of header lines (see cut_header_block).
    struct header_piece {
        block b;
        role r = role::body;
    };
    static constexpr std::size_t most_header_pieces = header_reach * most_pieces_of_block + 1;

    /// Reads the first blocks: boilerplate, slug lines and notes, headline, decks, byline, and the
    /// dateline that starts the body.
    void read_header() {
        header_done_ = true;
        const std::size_t reach = std::min(ring_size_, header_reach);
        std::size_t body = most_header_pieces; // the first piece of the body, if the header ends in reach
        for (std::size_t i = 0; i < reach && body == most_header_pieces; ++i) {
            const block& whole = at(i);
            if (const role r = furniture_role(whole); r != role::body) {
                pieces_[pieces_count_++] = {whole, r};
                continue;
            }
            std::array<block, most_pieces_of_block> cut{};
            const std::size_t cut_count = cut_header_block<Style>(text_, whole, cut);
            const bool cut_up = cut_count > 1; // header lines sent without blank lines, never a dateline
            if (!cut_up) {
                bool style_error = false;
                dateline_ = read_dateline<Style>(text_, whole, opts_, style_error);
                if (style_error)
                    diagnose(diagnostic_code::style_out_of_range, severity::error,
                             "the style's dateline hook returned text outside the paragraph", whole.begin,
                             whole.end);
                if (dateline_ && !reads_as_headline_over_dateline(i)) {
                    body = pieces_count_;
                    pieces_[pieces_count_++] = {whole, role::body};
                    break;
                }
                dateline_.reset();
            }
            const std::size_t first = pieces_count_;
            for (std::size_t c = 0; c < cut_count; ++c)
                pieces_[pieces_count_++] = {cut[c], role::deck};
            for (std::size_t k = first; k < pieces_count_; ++k) {
                const block& b = pieces_[k].b;
                role& r = pieces_[k].r;
                if (cut_up && (r = furniture_role(b)) != role::body)
                    continue;
                r = role::deck; // a title or a sentence line unless found otherwise, decided below
                const bool last_piece = k + 1 == pieces_count_;
                if (byline_found_) {
                    // One byline per story: a second "By …" line is kept as furniture.
                    if (byline_storage second; read_byline(text_, b.begin, b.end, second)) {
                        r = role::boilerplate;
                        continue;
                    }
                } else if (read_header_byline(b, last_piece ? i + 1 : ring_size_)) {
                    r = role::byline;
                    if (byline_.whole.end == b.end)
                        continue;
                    pieces_[pieces_count_++] = {at(++i), role::byline}; // the title line, a block of its own
                    break;
                }
                const footer_kind kind =
                    cut_up ? footer_kind::none : classify_footer_block(footer_planner_, text_, b);
                if (kind == footer_kind::copyright && i + 1 < reach) {
                    // NYT News Service: "c.1998 The Arizona Republic" above the dateline (see below).
                    r = role::footer;
                    continue;
                }
                if (kind != footer_kind::none // a story that is all footer
                    || shape_of_header_line(text_, b) == header_line_shape::running) {
                    r = role::body;
                    body = k;
                    break;
                }
            }
        }
        const std::size_t header_end = std::min(body, pieces_count_);
        for (std::size_t k = 0; k < pieces_count_; ++k)
            // A copyright line over the body is one only where a dateline opens the body.
            if (k >= header_end || (pieces_[k].r == role::footer && !dateline_))
                pieces_[k].r = role::body;
        // Before a dateline, sentence-like lines are captions and promos; the first title is the headline
        // and later ones are decks. Without a dateline only the first line can be a headline.
        bool headline_seen = false;
        for (std::size_t k = 0; k < header_end; ++k) {
            role& r = pieces_[k].r;
            if (r != role::deck)
                continue;
            const bool title = shape_of_header_line(text_, pieces_[k].b) == header_line_shape::title;
            if (!dateline_ && (headline_seen || !title)) {
                for (std::size_t rest = k; rest < header_end; ++rest) // the body starts here
                    if (pieces_[rest].r == role::deck)
                        pieces_[rest].r = role::body;
                break;
            }
            r = !title ? role::boilerplate : headline_seen ? role::deck : role::headline;
            if (r == role::headline) {
                headline_ = read_headline<Style>(text_, pieces_[k].b);
                headline_seen = true;
            }
        }
        // Each block takes the role of its piece, or reports its pieces one by one.
        for (std::size_t i = 0, k = 0; i < ring_size_ && k < pieces_count_; ++i) {
            const block& whole = at(i);
            std::size_t pieces = 0;
            for (; k < pieces_count_ && pieces_[k].b.begin < whole.end; ++k)
                ++pieces;
            if (pieces == 0)
                continue;
            roles_[slot(i)] = pieces == 1 ? pieces_[k - 1].r : role::pieces;
            if (roles_[slot(i)] == role::footer)
                footer_kinds_[slot(i)] = footer_kind::masthead;
        }
        if (wire_ == wire::unknown)
            wire_ = header_wire();
    }

    /// The role of furniture block `b` (boilerplate, slug line, editorial note); `body` where it is none.
    role furniture_role(const block& b) const noexcept {
        if (is_boilerplate_block(text_, b) || is_slug_block<Style>(text_, b))
            return role::boilerplate;
        return is_note_block<Style>(text_, b) ? role::note : role::body;
    }

    /// A headline shaped like a dateline ("ROTTERDAM PORT SUBSIDY TO END JULY 1 - MINISTER") gives way to
    /// the dateline in the block under it: a title line followed by a dateline is the headline.
    bool reads_as_headline_over_dateline(std::size_t i) const noexcept {
        if (i + 1 >= ring_size_ || shape_of_header_line(text_, at(i)) != header_line_shape::title)
            return false;
        bool style_error = false;
        return read_dateline<Style>(text_, at(i + 1), opts_, style_error).has_value();
    }

    /// The byline making up `b`: with the title line under it when that is block `next` (fixed-width
    /// copy indents every line), or alone. A copyright line in a block of its own is not a title line: it
    /// is the masthead over the story ("c.1998 The Arizona Republic").
    bool read_header_byline(const block& b, std::size_t next) noexcept {
        byline_found_ = (next < ring_size_ && at(next).lines == 1
                         && classify_footer_block(footer_planner_, text_, at(next)) != footer_kind::copyright
                         && read_byline(text_, b.begin, at(next).end, byline_))
                        || read_byline(text_, b.begin, b.end, byline_);
        return byline_found_;
    }

    /// The wire the header names, for `styles::any`: the dateline's agency, the byline's organisation,
    /// a Reuters marker before the headline ("UPDATE 2-"), in that order.
    wire header_wire() const noexcept {
        if (dateline_)
            if (const wire w = wire_of_dateline(*dateline_); w != wire::unknown)
                return w;
        if (byline_found_)
            if (const wire w = byline_.organisation(); w != wire::unknown)
                return w;
        return headline_ && headline_->prefix ? wire::reuters : wire::unknown;
    }

    // -------------------------------------------------------------- footer
    /// Walks back from the last block while blocks are footer lines. The first footer block may open with
    /// the last lines of the body: it is split when reported. A footer block's kind is that of its first
    /// item that is not closing furniture (copyright, boilerplate), or `none`.
    void read_footer() {
        constexpr std::size_t longest_footer = 64 * 1024; // bytes: footers are a few hundred
        bool closing = true;                              // only closing furniture follows
        for (std::size_t i = ring_size_; i-- > 0;) {
            const std::size_t s = slot(i);
            const block& b = ring_[s];
            if (roles_[s] != role::body || (i + 1 < ring_size_ && text_.size() - b.begin > longest_footer))
                break;
            const bool opens_body = dateline_ && dateline_->begin == b.begin;
            footer_kind kind = footer_kind::none;
            const std::size_t start =
                footer_start(footer_planner_, text_, b.begin, b.end, closing, !opens_body, kind);
            if (start == b.end) {
                if (closing)
                    split_trailing_signoff(ring_[s]);
                break;
            }
            roles_[s] = role::footer;
            footer_kinds_[s] = kind;
            closing = closing && kind == footer_kind::none;
            if (start != b.begin)
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
    void report_footer(const block& b) {
        bool closing = true; // the blocks still in the ring are the rest of the footer
        for (std::size_t i = 0; i < ring_size_; ++i)
            closing = closing && footer_kinds_[slot(i)] == footer_kind::none;
        const bool opens_body = dateline_ && dateline_->begin == b.begin;
        footer_kind kind = footer_kind::none;
        const std::size_t start =
            footer_start(footer_planner_, text_, b.begin, b.end, closing, !opens_body, kind);
        if (start != b.begin) {
            block body = b;
            body.end = trim_blanks_back(text_, b.begin, start);
            const std::string_view lines = text_.substr(body.begin, body.end - body.begin);
            const char line_break = lines.find('\n') != std::string_view::npos ? '\n' : '\r';
            body.last_line_begin = body.begin;
            body.lines = 1;
            for (std::size_t at = body.begin; at < body.end; ++at)
                if (text_[at] == line_break) {
                    body.last_line_begin = skip_blanks(text_, at + 1, body.end);
                    ++body.lines;
                }
            body.first_line_end = std::min(body.first_line_end, body.end);
            if (closing && kind == footer_kind::none)
                split_trailing_signoff(body);
            report(body, role::body, footer_kind::none);
        }
        end_body();
        const wire evidence = emit_footer(footer_planner_, text_, start, b.end, footer_context{closing, true},
                                          footer_seen_, handler_);
        if (wire_ == wire::unknown)
            wire_ = evidence;
    }

    // -------------------------------------------------------------- reporting
    void report(const block& b, role r, footer_kind kind) {
        if (r == role::pieces) {
            for (std::size_t k = 0; k < pieces_count_; ++k)
                if (pieces_[k].b.begin >= b.begin && pieces_[k].b.begin < b.end)
                    report(pieces_[k].b, pieces_[k].r, footer_kind::none);
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
            emit(handler_, *headline_);
            return;
        case role::deck:
            emit(handler_, part_from<deck>(make_span(text_, b.begin, b.end)));
            return;
        case role::byline:
            if (b.begin == byline_.whole.begin) // not the title line under it
                emit(handler_, byline_.event());
            return;
        case role::footer:
            if (kind == footer_kind::masthead) { // above the story: the body goes on after it
                const wire evidence = emit_footer(footer_planner_, text_, b.begin, b.end,
                                                  header_footer_context, footer_seen_, handler_);
                if (wire_ == wire::unknown)
                    wire_ = evidence;
                return;
            }
            report_footer(b);
            return;
        case role::body:
        case role::pieces:
            break;
        }
        std::size_t from = b.begin;
        if (dateline_ && dateline_->begin == b.begin) {
            emit(handler_, *dateline_);
            from = dateline_->end;
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
        if (diagnostics_ == opts_.max_diagnostics) {
            ++diagnostics_;
            emit(handler_, diagnostic{diagnostic_code::too_many_diagnostics, severity::note,
                                      "further diagnostics were left out", begin, text_.size()});
        }
        if (diagnostics_ >= opts_.max_diagnostics)
            return;
        ++diagnostics_;
        emit(handler_, diagnostic{code, level, message, begin, end});
    }

    static void diagnose_from_quotes(void* self, diagnostic_code code, std::string_view message,
                                     std::size_t begin, std::size_t end) {
        static_cast<engine*>(self)->diagnose(code, severity::warning, message, begin, end);
    }

    std::string_view text_;
    Handler& handler_;
    const options& opts_;
    std::size_t story_begin_ = 0;

    scratch_array<block, ring_capacity> ring_;
    scratch_array<role, ring_capacity> roles_;
    scratch_array<footer_kind, ring_capacity> footer_kinds_;
    std::size_t ring_first_ = 0;
    std::size_t ring_size_ = 0;

    bool header_done_ = false;
    bool body_ended_ = false;
    footer_seen footer_seen_; ///< one copyright and one sign-off per story
    footer_planner footer_planner_;
    std::optional<dateline> dateline_;
    std::array<header_piece, most_header_pieces> pieces_{};
    std::size_t pieces_count_ = 0;
    std::optional<headline> headline_;
    bool byline_found_ = false;
    byline_storage byline_;
    std::optional<span> trailing_signoff_;
    wire wire_ = Style::wire;
    quote_tracker<Handler> quotes_;
    std::size_t diagnostics_ = 0;
};

} // namespace wirecopy::detail
