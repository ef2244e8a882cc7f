// The end of a story: sign-off, copyright, contact lines, contributors, credits and boilerplate.
//
// Footer recognition is anchored to the end of the story and to line starts. The engine walks back from
// the last block while blocks are made of footer lines; inside a block, the footer is the longest run of
// whole lines at its end that reads as a sequence of footer items, and it must start after a line that
// ends a sentence. So a body sentence that mentions "reporting by" or "contributed" is never a footer,
// while a footer that a wire laid out without blank lines, or wrapped over several lines, still is.
//
// An item may span lines (a credit wrapped at 69 columns, a contact list on the Bloomberg terminal). The
// grammars read an item from a small buffer in which its lines are joined by single spaces; spans are
// mapped back to the input, so they stay byte-exact. Nothing allocates.
#pragma once

#include <wirecopy/detail/blocks.hpp>
#include <wirecopy/detail/footer_items.hpp>
#include <wirecopy/detail/footer_lines.hpp>
#include <wirecopy/detail/footer_report.hpp>

#include <array>
#include <cstdint>

namespace wirecopy::detail {

// ------------------------------------------------------------------ the footer of a block
/// How the lines of a block divide into footer items: `next[i]` is the line after the item that starts at
/// line i, `items[i]` that item, or `next[i]` is 0 when no sequence of items runs from line i to the end.
struct footer_plan {
    block_lines lines;
    std::array<std::uint8_t, footer_reach + 1> next;    ///< set by plan_footer, as `closing` is
    scratch_array<footer_item, footer_reach + 1> items; ///< set where `next` is not 0
    std::array<bool, footer_reach + 1> closing;         ///< only closing furniture from line i on

    bool items_from(std::size_t i) const noexcept { return i == lines.count || next[i] != 0; }
};

/// Plans the footer items of [begin, end): from the last line back, each line starts an item whose
/// lines (as few as will do) are followed by more items up to the end. The items' fields go to `fields`.
inline void plan_footer(std::string_view text, std::size_t begin, std::size_t end, footer_context context,
                        footer_plan& plan, footer_fields& fields) noexcept {
    read_block_lines(text, begin, end, context.furniture, plan.lines);
    const std::size_t count = plan.lines.count;
    plan.next[count] = 0;
    plan.closing[count] = context.story_end;
    footer_region region;
    std::size_t items_after = count; // the first line after i from which items run to the end
    for (std::size_t i = count; i-- > 0;) {
        plan.next[i] = 0;
        plan.closing[i] = false;
        if (items_after - i > footer_item_lines)
            continue; // no item starting here could reach lines that are followed by items
        region.clear();
        for (std::size_t j = i; j < count && j < i + footer_item_lines; ++j) {
            if (!region.append(text, plan.lines.lines[j]))
                break;
            if (!plan.items_from(j + 1))
                continue;
            footer_context here = context;
            here.story_end = plan.closing[j + 1];
            footer_item item;
            footer_item_taker taker(text, region, fields, item);
            item.kind = read_footer_item(region.first(), region.last(), here, taker);
            if (item.kind != footer_kind::none) {
                plan.next[i] = static_cast<std::uint8_t>(j + 1);
                plan.items[i] = item;
                plan.closing[i] = is_closing(item.kind) && plan.closing[j + 1];
                items_after = i;
                break;
            }
        }
    }
}

/// Items that no body sentence reads as: a contact introduction ("To contact the reporter on this
/// story:") and a credit in parentheses. Where scraped copy runs one on after the last paragraph, on its
/// line, the paragraph may have lost its period ("… .SPX> (Additional reporting by A)"); on a line of its
/// own after an unfinished sentence, it is that sentence wrapped.
inline bool runs_on_unmistakably(std::string_view text, const text_line& before, const text_line& item,
                                 footer_kind kind) noexcept {
    const std::string_view between = text.substr(before.end, item.begin - before.end);
    return (kind == footer_kind::contacts || (kind == footer_kind::credits && text[item.begin] == '('))
           && between.find_first_of("\r\n") == std::string_view::npos;
}

/// The line of `plan` where the footer lines at the end of its block start: 0 when the whole block is
/// footer (only if `whole` allows it), `plan.lines.count` when it has none.
inline std::size_t footer_anchor(const footer_plan& plan, std::string_view text, bool whole) noexcept {
    const block_lines& lines = plan.lines;
    for (std::size_t i = 0; i < lines.count; ++i) {
        if (plan.next[i] == 0)
            continue;
        const bool anchored = i == 0 ? lines.complete && whole
                                     : ends_sentence(text, lines.lines[i - 1].begin, lines.lines[i - 1].end)
                                           || runs_on_unmistakably(text, lines.lines[i - 1], lines.lines[i],
                                                                   plan.items[i].kind);
        if (anchored)
            return i;
    }
    return lines.count;
}

/// Calls `visit` with each item of `plan` in the run that starts at line `from` (its anchor), in order.
template <class Visit>
void for_each_footer_item(const footer_plan& plan, std::size_t from, Visit visit) {
    for (std::size_t k = from; k < plan.lines.count && plan.next[k] != 0; k = plan.next[k])
        visit(plan.items[k]);
}

/// Where a sign-off closes the last line of a block ("… per tonne. REUTER"): the sign-off's start, or
/// `b.end` when there is none. A block that is nothing but the sign-off is classified as one instead.
inline std::size_t trailing_signoff(std::string_view text, const block& b) noexcept {
    std::size_t start = b.end;
    while (start > b.last_line_begin && !is_ascii_space(text[start - 1]))
        --start;
    if (start == b.begin || start == b.end)
        return b.end;
    if (signoff_end(text.data() + start, text.data() + b.end) == nullptr)
        return b.end;
    // Only after the end of a sentence: "… told\nReuters." is the body naming its source.
    return ends_sentence(text, b.begin, trim_blanks_back(text, b.begin, start)) ? start : b.end;
}

} // namespace wirecopy::detail
