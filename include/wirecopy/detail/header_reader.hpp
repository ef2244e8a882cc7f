// The header stage: reads the first blocks of a story line by line and returns what each line is —
// furniture, an editor's note, the headline or a deck, the byline, a copyright masthead — and where the
// body begins, with the dateline that opens it.
//
// Each line is classified on its own, so a line no rule reads costs only itself: the headline, the byline
// and the dateline around it are still found. The dateline is looked for at every paragraph start in
// reach, whatever stands above it, until running text shows that the body has begun.
#pragma once

#include <wirecopy/detail/blocks.hpp>
#include <wirecopy/detail/footer.hpp>
#include <wirecopy/detail/grammar/copyright.hpp>
#include <wirecopy/detail/header.hpp>
#include <wirecopy/detail/scratch.hpp>

#include <algorithm>
#include <array>
#include <cstring>
#include <optional>

namespace wirecopy::detail {

/// What a block, or a piece of one, is. `footer` is a copyright line over the story (the masthead);
/// `pieces` marks a block the engine reports piece by piece.
enum class block_role : unsigned char { body, boilerplate, note, headline, deck, byline, footer, pieces };

struct header_piece {
    block b;
    block_role role = block_role::body;
};

inline constexpr std::size_t header_reach = 10;         ///< paragraph starts searched for the dateline
inline constexpr std::size_t header_reach_bytes = 1500; ///< …that start this close to the first one
inline constexpr std::size_t most_header_lines = 40;
inline constexpr std::size_t longest_header_line = 600; ///< a longer line is running text
inline constexpr std::size_t most_bracket_lines = 5;    ///< "(ART ADV: …)" wraps over two or three

/// What the header stage found. The pieces cover every block they touch, in text order; blocks after
/// the last piece are body.
struct header_reading {
    scratch_array<header_piece, most_header_lines + 2> pieces; ///< a line each at most, a split paragraph
    std::size_t piece_count = 0;
    std::optional<dateline> opening; ///< the dateline that opens the body
    std::optional<headline> title;
    bool has_byline = false;
    byline_storage byline;
    wire evidence = wire::unknown;     ///< the wire the header names
    std::optional<span> style_error;   ///< a paragraph where the style's dateline hook left its bounds
    std::optional<span> unread_byline; ///< a line opening with "By" that the byline grammar could not read
};

namespace header_detail {

/// A line of the header: [begin, end) trimmed; AP DataStream's "^" starts a line of its own.
struct header_line {
    std::size_t begin;
    std::size_t end;
    std::size_t block;
};

/// How the stage reads one line before looking at its neighbours.
/// `boilerplate`: furniture of the header ("LaserPhoto NY7"); `promo`: lines publishers put anywhere in a
/// story ("Story continues below advertisement"), which do not show that the header goes on.
/// `title`: a job title on a line of its own ("Associated Press Writer").
enum class line_kind : unsigned char { other, boilerplate, promo, note, bracket, masthead, title };

struct line_reading {
    line_kind kind = line_kind::other;
    std::size_t last = 0; ///< the last line of the item: brackets wrap over several lines
};

/// The lines of blocks [0, count), of as many whole blocks as `out` holds (`blocks_read`); returns how
/// many lines were read.
inline std::size_t read_header_lines(std::string_view text, const block* blocks, std::size_t count,
                                     std::array<header_line, most_header_lines>& out,
                                     std::size_t& blocks_read) noexcept {
    std::size_t n = 0;
    for (blocks_read = 0; blocks_read < count; ++blocks_read) {
        const block& b = blocks[blocks_read];
        const std::size_t before = n;
        const char line_break = line_break_of(block_text(text, b));
        for (std::size_t pos = b.begin; pos < b.end;) {
            const line l = read_line(text.substr(0, b.end), pos, line_break);
            pos = l.next;
            if (l.blank())
                continue;
            std::size_t begin = l.content_begin;
            // "… pvs `Peres, the...' ^By ALLYN FISHER": a caret after a blank starts a new line.
            for (std::size_t at = begin + 1; at + 1 < l.content_end && n < out.size(); ++at) {
                const void* caret = std::memchr(text.data() + at, '^', l.content_end - 1 - at);
                if (caret == nullptr)
                    break;
                at = static_cast<std::size_t>(static_cast<const char*>(caret) - text.data());
                if (is_line_blank(text[at - 1]) && !is_line_blank(text[at + 1])) {
                    out[n++] = {begin, trim_blanks_back(text, begin, at), blocks_read};
                    begin = at + 1;
                }
            }
            if (n == out.size())
                return before; // this block is more than the header can hold: the body
            out[n++] = {begin, l.content_end, blocks_read};
        }
    }
    return n;
}

/// The change of bracket depth over [begin, end).
inline int bracket_balance(std::string_view text, std::size_t begin, std::size_t end) noexcept {
    int depth = 0;
    for (std::size_t at = begin; at < end; ++at)
        depth += text[at] == '(' ? 1 : text[at] == ')' ? -1 : 0;
    return depth;
}

template <class Style>
bool is_note(std::string_view text, std::size_t begin, std::size_t end) noexcept {
    // Notes open with a bracket or with "Eds", "Editor", "Note to editors", "ATTENTION EDITORS".
    constexpr grammar::constant_char_set leads = grammar::chars("(EeNnAa");
    if (!leads.contains(static_cast<unsigned char>(text[begin])))
        return false;
    block b{};
    b.begin = begin;
    b.end = end;
    if (is_note_block<Style>(text, b))
        return true;
    if constexpr (accepts(conventions_v<Style>, convention::editors_notes))
        return grammar::match_prefix(text.data() + begin, text.data() + end, grammar::bracketed_editors_note)
               != nullptr;
    return false;
}

/// The furniture line `b` is, if any: a publisher's line, the wire's furniture, or a note.
template <class Style>
line_kind furniture_kind(std::string_view text, const block& b) noexcept {
    if (is_boilerplate_block(text, b))
        return line_kind::promo;
    if (is_slug_block<Style>(text, b)
        || grammar::match_prefix(text.data() + b.begin, text.data() + b.end, grammar::usage_line) != nullptr)
        return line_kind::boilerplate;
    return is_note<Style>(text, b.begin, b.end) ? line_kind::note : line_kind::other;
}

/// Reads line `i` of `lines` on its own (a bracket with the lines it wraps over); `first`: the story's
/// first line, which only positive furniture rules take from the headline.
template <class Style>
line_reading read_header_line(std::string_view text, const header_line* lines, std::size_t count,
                              std::size_t i, bool first) noexcept {
    const header_line& l = lines[i];
    if (l.end - l.begin > longest_header_line)
        return {line_kind::other, i};
    const grammar::iterator begin = text.data() + l.begin;
    const grammar::iterator end = text.data() + l.end;
    block b{};
    b.begin = l.begin;
    b.end = l.end;
    b.lines = 1;
    // "$ADV21 BEAT ARTHRITIS NATURALLY": the headline, the wire's code in front of it.
    if (first && grammar::match_prefix(begin, end, grammar::usage_marker) != nullptr)
        return {line_kind::other, i};
    if (text[l.begin] == '(' && !first) {
        // A bracket over the story closes at the end of a line ("(ATTN: Ariz.)  (ART ADV: …" holds two),
        // or where its paragraph ends: some never close.
        int depth = 0;
        for (std::size_t k = i; k < count && k < i + most_bracket_lines && lines[k].block == l.block; ++k) {
            depth += bracket_balance(text, lines[k].begin, lines[k].end);
            const bool paragraph_ends = k + 1 == count || lines[k + 1].block != l.block;
            if (depth > 0 && !paragraph_ends)
                continue;
            if (depth < 0 || (depth == 0 && text[lines[k].end - 1] != ')'))
                break;
            return {is_note<Style>(text, l.begin, lines[k].end) ? line_kind::note : line_kind::bracket, k};
        }
    }
    if (const line_kind kind = furniture_kind<Style>(text, b); kind != line_kind::other || first)
        return {kind, i};
    // The masthead is the whole line: "Copyright 1999 Harbor Times, the notice said." is prose.
    if (grammar::copyright_fields f; grammar::copyright_parts::opens_notice(text[l.begin])) {
        grammar::iterator rest = grammar::parse_prefix(begin, end, grammar::copyright, f);
        while (rest != nullptr && rest != end && (*rest == '.' || is_line_blank(*rest)))
            ++rest;
        if (rest == end)
            return {line_kind::masthead, i};
    }
    constexpr std::size_t longest_title = 60;
    if (l.end - l.begin <= longest_title && !opens_with_by(block_text(text, b))
        && grammar::match_prefix(begin, end, grammar::job_title_line) != nullptr)
        return {line_kind::title, i};
    return {line_kind::other, i};
}

/// A block made of lines [from, to] of `lines`.
inline block piece_of(const header_line* lines, std::size_t from, std::size_t to) noexcept {
    return block{lines[from].begin, lines[to].end, lines[from].end, lines[to].begin,
                 static_cast<std::uint32_t>(to - from + 1)};
}

inline bool ends_clause(char c) noexcept {
    return c == ';' || c == '.' || c == '?' || c == '!' || c == ':';
}

/// Is `b` one sentence: no sentence ends before its last words ("Storm nears. Share your photos." is two;
/// the period of "Rep." or "U.S." ends none)?
inline bool is_one_sentence(std::string_view text, const block& b) noexcept {
    constexpr std::size_t longest_abbreviation = 3; // letters: "Rep.", "Gov.", "St."
    const std::string_view line = block_text(text, b);
    for (std::size_t at = 0; at + 2 < line.size(); ++at) {
        if ((line[at] != '?' && line[at] != '!' && line[at] != '.') || line[at + 1] != ' '
            || !is_ascii_upper(line[at + 2]))
            continue;
        std::size_t word = at;
        while (word > 0 && (is_ascii_alpha(line[word - 1]) || line[word - 1] == '.'))
            --word;
        const std::string_view before = line.substr(word, at - word);
        if (line[at] != '.'
            || (before.size() > longest_abbreviation && before.find('.') == std::string_view::npos))
            return false;
    }
    return true;
}

/// Is `b` in a form only headlines take: one question ("Did the mayor really cut taxes?"), or a label and
/// a colon over the rest ("IG report: State was inaccurate on Clinton.", "2016 Nerdcast: Was …?")?
inline bool has_headline_form(std::string_view text, const block& b) noexcept {
    const std::string_view line = block_text(text, b);
    constexpr std::size_t longest_label = 4; // words
    std::size_t words = 0;
    bool label = false;
    for_each_word(text, b, [&](std::size_t, std::size_t end) {
        label = text[end - 1] == ':' && end < b.end && (is_ascii_upper(line[0]) || is_ascii_digit(line[0]));
        return !label && ++words < longest_label;
    });
    return label || (closing_punctuation(line) == '?' && is_one_sentence(text, b));
}

/// Where a candidate headline stands.
struct headline_context {
    bool dateline_follows = false;  ///< the body opens with a dateline
    bool paragraphs_follow = false; ///< a story of more than one paragraph
    bool over_title = false;        ///< a title line follows it: a sentence there is a photo caption
    bool over_label = false;        ///< a section label in capitals follows it ("ABSTRACT.", "LETTERS.")
};

/// Can the line on top be the headline? A sentence there is one if it is written as a title, if it is
/// short and a dateline follows ("Mayor wins third term in landslide."), if it takes a form only
/// headlines take, or stands over a section label, or if it is in headlinese over a story of more than
/// one paragraph and not over a title ("Trump hires conservative website official as campaign's chief
/// executive."). Narration ("… could not have gone much better.") is the first paragraph, and a sentence
/// over a title is a photo caption.
inline bool reads_as_headline(std::string_view text, const block& b, const headline_context& where) noexcept {
    constexpr std::size_t longest_sentence_headline = 70;
    constexpr std::size_t most_headline_words = 24;
    if (shape_of_header_line(text, b) != header_line_shape::sentence || is_title_case(text, b))
        return true;
    if (!where.paragraphs_follow && !where.dateline_follows)
        return false;
    std::size_t words = 0;
    for_each_word(text, b, [&](std::size_t, std::size_t) { return ++words <= most_headline_words; });
    const bool short_sentence = b.end - b.begin <= longest_sentence_headline;
    const bool headline_length = b.lines == 1 && words <= most_headline_words && is_one_sentence(text, b);
    if (where.paragraphs_follow && headline_length && !where.over_title
        && (where.over_label || has_headline_form(text, b)))
        return true;
    return (short_sentence && where.dateline_follows)
           || (where.paragraphs_follow && (short_sentence || (!where.over_title && headline_length))
               && is_headlinese(text, b));
}

/// The classifier's walk over the lines, with what it has found so far.
template <class Style>
class header_walk {
public:
    /// `last_block`: the block that ends the story, if it is among the lines.
    header_walk(std::string_view text, const header_line* lines, std::size_t last_block,
                header_reading& out) noexcept
        : text_(text), lines_(lines), last_block_(last_block), out_(out) {}

    /// Classifies lines [from, stop) (`stop`: the dateline's line, or `count`); returns the first line
    /// of the body, or `stop`.
    std::size_t run(std::size_t from, std::size_t stop) noexcept {
        for (std::size_t i = from; i < stop;) {
            const std::size_t next = step(i, stop);
            if (next == body_starts)
                return i;
            i = next;
        }
        return stop;
    }

    /// Syndicated copy may carry paragraphs of sales notes over the story that no rule reads ("(To purchase
    /// this article …", "FREE ART!"); the byline and the copyright masthead under them still end the
    /// header. Where a masthead stands in lines [from, stop), as a paragraph of its own or under a
    /// byline, the lines above it become notes and the line to go on from is returned; else `from`.
    std::size_t skip_notes_over_masthead(std::size_t from, std::size_t stop) noexcept {
        for (std::size_t m = from + 1; m < stop; ++m) {
            const bool own_paragraph = lines_[m].block != lines_[m - 1].block
                                       && (m + 1 == stop || lines_[m + 1].block != lines_[m].block);
            const bool under_byline = opens_with_by(block_text(text_, piece_of(lines_, m - 1, m - 1)));
            if (lines_[m].block == last_block_ || !(own_paragraph || under_byline)
                || reading(m, stop).kind != line_kind::masthead)
                continue;
            const std::size_t resume = under_byline ? m - 1 : m;
            if (resume > from)
                add(from, resume - 1, block_role::note, true);
            return resume;
        }
        return from;
    }

    /// The pieces up to the last one that is not a deck or a caption.
    std::size_t last_definite() const noexcept { return last_definite_; }
    /// The first line after piece `k`.
    std::size_t line_after(std::size_t k) const noexcept { return line_after_[k]; }
    /// Was piece `k` taken by a rule of its own, rather than for standing between the headline and the
    /// dateline?
    bool definite(std::size_t k) const noexcept { return definite_[k]; }

    static constexpr std::size_t body_starts = static_cast<std::size_t>(-1);

private:
    /// Reads the item at line `i`; returns the line after it, or `body_starts`.
    std::size_t step(std::size_t i, std::size_t stop) noexcept {
        const header_line& l = lines_[i];
        const bool same_block_as_last = out_.piece_count > 0 && i > 0 && lines_[i - 1].block == l.block;
        const line_reading r = reading(i, stop);
        switch (r.kind) {
        case line_kind::bracket: // over the story, not after its first lines of text or at its end
            if (decks_seen_ || l.block == last_block_)
                break;
            return add(i, r.last, block_role::boilerplate, true);
        case line_kind::boilerplate:
            return add(i, r.last, block_role::boilerplate, true);
        case line_kind::promo:
            return add(i, r.last, block_role::boilerplate, false);
        case line_kind::note:
            open_note_ = !(text_[l.begin] == '(');
            return add(i, r.last, block_role::note, true);
        case line_kind::masthead: // "c.1999 N.Y. Times News Service" over the story, not at its end
            if (l.block == last_block_)
                break;
            return add(i, i, block_role::footer, true);
        case line_kind::title: // under a byline the grammar could not read
            return add(i, i, block_role::boilerplate, true);
        case line_kind::other:
            break;
        }
        if (const std::size_t after = byline_at(i, stop); after != i)
            return after;
        if (open_note_ && same_block_as_last && !ends_note(i, stop)) {
            extend(i);
            return i + 1;
        }
        open_note_ = false;
        if (!headline_seen_)
            return headline_at(i, stop);
        // A short line before the dateline is a deck or a caption; running text is the body.
        std::size_t last = i;
        while (last + 1 < stop && lines_[last + 1].block == l.block)
            ++last;
        if (last - i > 1 || lines_[last].end - l.begin > longest_headline)
            return body_starts;
        decks_seen_ = true;
        return add(i, i, block_role::deck, false);
    }

    /// The headline at line `i`, wrapped over the next line of its block where that line is no item of
    /// its own and an item or the block's end follows it; where running text follows, the body. A line
    /// under a headline that ends in punctuation is a deck ("Jobs report gives Democrats a lift;").
    std::size_t headline_at(std::size_t i, std::size_t stop) noexcept {
        headline_seen_ = true;
        // A story of one paragraph has no headline, nor a short one that opens with its footer.
        if (lines_[i].block == last_block_
            || (lines_[i].block + 2 >= last_block_
                && footer_item_kind(text_.data() + lines_[i].begin, text_.data() + lines_[i].end,
                                    footer_context{false, false})
                       != footer_kind::none))
            return body_starts;
        std::size_t last = i;
        const auto in_block = [&](std::size_t k) { return k < stop && lines_[k].block == lines_[i].block; };
        const auto is_item = [&](std::size_t k) {
            return reading(k, stop).kind != line_kind::other
                   || opens_with_by(block_text(text_, piece_of(lines_, k, k))) || reads_byline(k, stop);
        };
        const bool repeated =
            in_block(i + 1)
            && block_text(text_, piece_of(lines_, i, i)) == block_text(text_, piece_of(lines_, i + 1, i + 1));
        if (in_block(i + 1) && !is_item(i + 1) && !repeated) {
            if (in_block(i + 2) && !is_item(i + 2))
                return body_starts;
            last = i + 1;
        }
        if (lines_[last].end - lines_[i].begin > longest_headline)
            return body_starts;
        const bool deck_under = last > i && (ends_clause(text_[lines_[i].end - 1]) || !in_one_case(i));
        const block candidate = piece_of(lines_, i, deck_under ? i : last);
        // Under a photo caption only a title is the headline: "The best and worst of Bollywood in 2014."
        // is a promo.
        // What follows on a line of its own: a title (a sentence over it is a photo caption) or a label.
        headline_context where;
        where.dateline_follows = out_.opening.has_value();
        where.paragraphs_follow = lines_[i].block + 2 <= last_block_;
        if (last + 1 < stop && !(last + 2 < stop && lines_[last + 2].block == lines_[last + 1].block)) {
            const block next = piece_of(lines_, last + 1, last + 1);
            constexpr std::size_t longest_label = 24; // bytes: "ABSTRACT.", "LETTERS."
            const bool lower = has_lower_case(block_text(text_, next));
            where.over_title = lower && shape_of_header_line(text_, next) == header_line_shape::title;
            where.over_label = !lower && next.end - next.begin <= longest_label;
        }
        if (!reads_as_headline(text_, candidate, where)
            || (after_caption_ && shape_of_header_line(text_, candidate) == header_line_shape::sentence)) {
            if (!out_.opening && !where.over_title)
                return body_starts;
            headline_seen_ = after_caption_;
            after_caption_ = true;
            decks_seen_ = true;
            return add(i, last, block_role::deck, false); // a caption over the dateline or the headline
        }
        if (deck_under) {
            add(i, i, block_role::headline, true);
            return add(last, last, block_role::deck, true);
        }
        add(i, last, block_role::headline, true);
        if (repeated) // the wire sent the headline twice
            return add(i + 1, i + 1, block_role::boilerplate, true);
        return last + 1;
    }

    /// Does line `i`, under an open note, end it? "Eds: SUBS 4th graf …" wraps over the lines under it, but
    /// a line in title case after the note's last sentence, or over the byline, is the headline ("EDITOR'S
    /// NOTE _ This is the third of five stories." / "Harbor Plan Faces Long Odds"). A word in capitals
    /// goes on with the note's instructions ("… PICKS" / "UP 5th pvs").
    bool ends_note(std::size_t i, std::size_t stop) const noexcept {
        const block line = piece_of(lines_, i, i);
        if (!is_ascii_upper(text_[line.begin]) || !is_title_case(text_, line))
            return false;
        const bool opens_in_capitals = line.begin + 1 < line.end && is_ascii_upper(text_[line.begin + 1]);
        return closing_punctuation(block_text(text_, piece_of(lines_, i - 1, i - 1))) == '.'
               || (!opens_in_capitals && i + 1 < stop
                   && opens_with_by(block_text(text_, piece_of(lines_, i + 1, i + 1))));
    }

    /// Are lines `i` and `i + 1` set in one case, as the two lines of a headline are? "MALAYSIA" over
    /// "Herbal remedy for …" is a headline over a deck; a year ("2000.") has no case.
    bool in_one_case(std::size_t i) const noexcept {
        const std::string_view top = block_text(text_, piece_of(lines_, i, i));
        const std::string_view under = block_text(text_, piece_of(lines_, i + 1, i + 1));
        const bool top_lower = has_lower_case(top), under_lower = has_lower_case(under);
        const bool top_capitals = !top_lower && std::any_of(top.begin(), top.end(), is_ascii_upper);
        const bool under_capitals = !under_lower && std::any_of(under.begin(), under.end(), is_ascii_upper);
        return !(top_capitals && under_lower) && !(top_lower && under_capitals);
    }

    /// How line `i` reads on its own, read once (the walk looks ahead at lines it reads again).
    line_reading reading(std::size_t i, std::size_t stop) noexcept {
        if (!read_[i]) {
            readings_[i] = read_header_line<Style>(text_, lines_, stop, i, i == 0);
            read_[i] = true;
        }
        return readings_[i];
    }

    bool reads_byline(std::size_t i, std::size_t stop) const noexcept {
        byline_storage scratch;
        const header_line& l = lines_[i];
        return l.end - l.begin <= longest_header_line
               && (read_byline(text_, l.begin, l.end, scratch)
                   || (i + 1 < stop && read_byline(text_, l.begin, lines_[i + 1].end, scratch)));
    }

    /// The byline at line `i`, with the job title under it; returns `i` where there is none. A second
    /// byline is furniture: a story has one.
    std::size_t byline_at(std::size_t i, std::size_t stop) noexcept {
        const header_line& l = lines_[i];
        if (l.end - l.begin > longest_header_line)
            return i;
        if (!may_be_byline(block_text(text_, piece_of(lines_, i, i)))
            && !(i + 1 < stop && may_be_byline(block_text(text_, piece_of(lines_, i, i + 1)))))
            return unread_byline_at(i);
        byline_storage found;
        std::size_t last = i;
        // A copyright line under the byline is the masthead ("c.1997 N.Y. Times News Service"), also in
        // the byline's paragraph.
        const bool title_under = i + 1 < stop && lines_[i + 1].end - l.begin <= longest_header_line
                                 && reading(i + 1, stop).kind != line_kind::masthead;
        if (title_under && read_byline(text_, l.begin, lines_[i + 1].end, found))
            last = i + 1;
        else if (!read_byline(text_, l.begin, l.end, found))
            return unread_byline_at(i);
        // Over a dateline, where the headline stands, a byline without "By" names the writer's organisation
        // ("Joan Bryden, The Canadian Press"): "Pospelova Tested Positive, IOC Medical Chief" is the
        // headline.
        if (!headline_seen_ && out_.opening && !found.affiliation
            && !opens_with_by(block_text(text_, piece_of(lines_, i, i))))
            return i;
        if (out_.has_byline) {
            add(i, last, block_role::boilerplate, true);
            return last + 1;
        }
        if (last == i && !found.title && i + 1 < stop
            && grammar::match_prefix(text_.data() + lines_[i + 1].begin, text_.data() + lines_[i + 1].end,
                                     grammar::job_title_line)) {
            last = i + 1; // "By BRUCE HANDLER ^Associated Press Writer"
            found.title = make_span(text_, lines_[last].begin, lines_[last].end);
            found.whole = make_span(text_, l.begin, lines_[last].end);
        }
        out_.has_byline = true;
        out_.byline = found;
        headline_seen_ = true; // the headline is the first line, over the byline
        add(i, last, block_role::byline, true);
        return last + 1;
    }

    /// "By J.K. PARK" where the grammar reads no names: a note, so that the header around it is still
    /// read, and a diagnostic; other lines are left alone (`i` is returned).
    std::size_t unread_byline_at(std::size_t i) noexcept {
        constexpr std::size_t longest_byline = 80;
        const header_line& l = lines_[i];
        if (l.end - l.begin > longest_byline || !opens_with_by(block_text(text_, piece_of(lines_, i, i))))
            return i;
        bool names = true; // every word in capitals or figures, as names are: not "By Tuesday the river …"
        block after_by = piece_of(lines_, i, i);
        after_by.begin = skip_blanks(text_, l.begin + 2, l.end);
        for_each_word(text_, after_by, [&](std::size_t begin, std::size_t) {
            names = is_ascii_upper(text_[begin]) || is_ascii_digit(text_[begin]);
            return names;
        });
        if (!names)
            return i;
        if (!out_.unread_byline)
            out_.unread_byline = make_span(text_, l.begin, l.end);
        return add(i, i, block_role::note, true);
    }

    std::size_t add(std::size_t from, std::size_t to, block_role role, bool definite) noexcept {
        if (role != block_role::note)
            open_note_ = false;
        // A piece never crosses blocks: a title line indented as a paragraph of its own is a piece of its
        // own.
        for (std::size_t first = from; first <= to;) {
            std::size_t last = first;
            while (last < to && lines_[last + 1].block == lines_[first].block)
                ++last;
            line_after_[out_.piece_count] = last + 1;
            definite_[out_.piece_count] = definite;
            out_.pieces[out_.piece_count++] = {piece_of(lines_, first, last), role};
            first = last + 1;
        }
        if (definite)
            last_definite_ = out_.piece_count;
        return to + 1;
    }

    void extend(std::size_t i) noexcept {
        block& b = out_.pieces[out_.piece_count - 1].b;
        b.end = lines_[i].end;
        b.last_line_begin = lines_[i].begin;
        ++b.lines;
        line_after_[out_.piece_count - 1] = i + 1;
    }

    std::string_view text_;
    const header_line* lines_;
    std::size_t last_block_;
    header_reading& out_;
    // Entries are written before they are read: per piece for the first two, behind read_ for readings_.
    std::array<std::size_t, most_header_lines> line_after_;
    std::array<bool, most_header_lines> definite_;
    scratch_array<line_reading, most_header_lines> readings_;
    std::array<bool, most_header_lines> read_{};
    bool headline_seen_ = false;
    bool decks_seen_ = false;
    bool after_caption_ = false;
    bool open_note_ = false;
    std::size_t last_definite_ = 0; ///< pieces up to the last item that is not a deck
};

/// The dateline opening block `i`; a title line over a dateline is the headline, not a dateline itself,
/// and furniture ("EDITOR'S NOTE _ …", "AP-NY--Flood Aid,0311") is none.
template <class Style>
std::optional<dateline> opening_dateline(std::string_view text, const block* blocks, std::size_t count,
                                         std::size_t i, const options& opts,
                                         std::optional<span>& style_error) noexcept {
    bool error = false;
    std::optional<dateline> d = read_dateline<Style>(text, blocks[i], opts, error);
    if (error && !style_error)
        style_error = make_span(text, blocks[i].begin, blocks[i].end);
    block first_line = blocks[i];
    first_line.end = first_line.first_line_end;
    first_line.lines = 1;
    if (d && furniture_kind<Style>(text, first_line) != line_kind::other)
        return std::nullopt;
    if (d && i + 1 < count && shape_of_header_line(text, blocks[i]) == header_line_shape::title) {
        bool ignored = false;
        if (read_dateline<Style>(text, blocks[i + 1], opts, ignored))
            return std::nullopt;
    }
    return d;
}

/// reuters.com's "By  Gina Keating LOS ANGELES  Nov 6 (Reuters) - …": a byline run into the dateline in
/// one paragraph. The names end before the first word in capitals; where the dateline follows them, it
/// and the byline are read into `d` and `byline` and the dateline's start is returned, else `b.begin`.
template <class Style>
std::size_t dateline_after_byline(std::string_view text, const block& b, const options& opts,
                                  std::optional<dateline>& d, byline_storage& byline) noexcept {
    if (!opens_with_by(block_text(text, b)))
        return b.begin;
    std::size_t place = b.first_line_end;
    block names = b;
    names.begin = skip_blanks(text, b.begin + 2, b.first_line_end);
    names.end = b.first_line_end;
    for_each_word(text, names, [&](std::size_t begin, std::size_t end) {
        bool capitals = end - begin >= 2;
        for (std::size_t at = begin; at < end && capitals; ++at)
            capitals = !is_ascii_lower(text[at]);
        if (capitals)
            place = begin;
        return !capitals;
    });
    if (place == b.first_line_end)
        return b.begin;
    bool ignored = false;
    std::optional<dateline> found = read_dateline<Style>(text, block_of(text, place, b.end), opts, ignored);
    if (!found || !read_byline(text, b.begin, trim_blanks_back(text, b.begin, place), byline))
        return b.begin;
    d = found;
    return place;
}

} // namespace header_detail

/// Reads the header of a story from its first `count` blocks into `out`, a reading as made (the engine's
/// own, so that the reading, a few kilobytes, is neither cleared twice nor copied); `story_ends`: the
/// story has no more.
template <class Style>
void read_header(std::string_view text, const block* blocks, std::size_t count, bool story_ends,
                 const options& opts, header_reading& out) noexcept {
    using namespace header_detail;
    // The dateline's paragraph, if one starts in reach: the header is what stands above it.
    std::size_t reach = 0;
    std::size_t run_on_dateline = std::string_view::npos; ///< a dateline run on after the byline
    byline_storage run_on_byline;
    for (;
         reach < count && reach < header_reach && blocks[reach].begin - blocks[0].begin <= header_reach_bytes;
         ++reach) {
        if ((out.opening = opening_dateline<Style>(text, blocks, count, reach, opts, out.style_error)))
            break;
        const std::size_t place =
            dateline_after_byline<Style>(text, blocks[reach], opts, out.opening, run_on_byline);
        if (out.opening) {
            run_on_dateline = place;
            break;
        }
    }
    std::array<header_line, most_header_lines> lines; // only the lines read are looked at
    std::size_t blocks_read = 0;
    const std::size_t line_count = read_header_lines(text, blocks, reach, lines, blocks_read);
    header_walk<Style> walk(text, lines.data(), story_ends ? count - 1 : count, out);
    std::size_t body = walk.run(0, line_count);
    if (const std::size_t resume = walk.skip_notes_over_masthead(body, line_count); resume != body)
        body = walk.run(resume, line_count);
    if (body < line_count || blocks_read < reach)
        out.opening.reset(); // running text above it: the body had begun
    // Without a dateline, lines after the last item are the body; over one they are decks and captions.
    if (!out.opening && walk.last_definite() < out.piece_count) {
        out.piece_count = walk.last_definite();
        body = out.piece_count > 0 ? walk.line_after(out.piece_count - 1) : 0;
    }
    for (std::size_t k = 0; k < out.piece_count; ++k) {
        header_piece& p = out.pieces[k];
        if (p.role == block_role::deck && !walk.definite(k)
            && shape_of_header_line(text, p.b) == header_line_shape::sentence)
            p.role = block_role::boilerplate;
        else if (p.role == block_role::headline)
            out.title = read_headline<Style>(text, p.b);
    }
    // The body from the first line no item took to the end of its block, as a piece of that block.
    if (body < line_count && body > 0 && lines[body].block == lines[body - 1].block) {
        out.pieces[out.piece_count++] = {block_of(text, lines[body].begin, blocks[lines[body].block].end),
                                         block_role::body};
    }
    if (out.opening && out.opening->begin == run_on_dateline) { // the byline, then the body from the dateline
        const block& b = blocks[reach];
        out.pieces[out.piece_count++] = {
            block_of(text, b.begin, trim_blanks_back(text, b.begin, run_on_dateline)),
            out.has_byline ? block_role::boilerplate : block_role::byline};
        out.pieces[out.piece_count++] = {block_of(text, run_on_dateline, b.end), block_role::body};
        if (!out.has_byline)
            out.byline = run_on_byline;
        out.has_byline = true;
    }
    if (out.opening)
        out.evidence = wire_of_dateline(*out.opening);
    if (out.evidence == wire::unknown && out.has_byline)
        out.evidence = out.byline.organisation();
    if (out.evidence == wire::unknown && out.title && out.title->prefix
        && !has_usage_marker(text, *out.title))
        out.evidence = wire::reuters;
}

} // namespace wirecopy::detail
