// Invariants every annotation must satisfy, whatever the input: checked by the doctest suite on fixtures
// and adversarial inputs, and by the libFuzzer target (fuzz/) on everything it generates.
#pragma once

#include "support.hpp"

#include <algorithm>
#include <string>
#include <tuple>
#include <vector>

namespace wirecopy_test {

/// A part reduced to what identifies it, for comparing the event API with the document API.
using part_key = std::tuple<std::string, std::size_t, std::size_t>;

/// Every part the events report, as keys.
template <class Style>
std::vector<part_key> event_parts(std::string_view text) {
    std::vector<part_key> keys;
    const auto add = [&](const char* kind, const wirecopy::span& s) {
        keys.emplace_back(kind, s.begin, s.end);
    };
    wirecopy::annotate<Style>(text, [&](const auto& part) {
        using type = std::decay_t<decltype(part)>;
        if constexpr (std::is_same_v<type, wirecopy::headline>)
            add("headline", part);
        else if constexpr (std::is_same_v<type, wirecopy::deck>)
            add("deck", part);
        else if constexpr (std::is_same_v<type, wirecopy::boilerplate>)
            add("boilerplate", part);
        else if constexpr (std::is_same_v<type, wirecopy::byline_event>)
            add("byline", part);
        else if constexpr (std::is_same_v<type, wirecopy::dateline>)
            add("dateline", part);
        else if constexpr (std::is_same_v<type, wirecopy::editorial_note>)
            add("note", part);
        else if constexpr (std::is_same_v<type, wirecopy::paragraph>)
            add("paragraph", part);
        else if constexpr (std::is_same_v<type, wirecopy::quote>)
            add("quote", part);
        else if constexpr (std::is_same_v<type, wirecopy::contributor>)
            add("contributor", part);
        else if constexpr (std::is_same_v<type, wirecopy::contact>)
            add("contact", part);
        else if constexpr (std::is_same_v<type, wirecopy::credit_event>)
            add("credit", part);
        else if constexpr (std::is_same_v<type, wirecopy::copyright>)
            add("copyright", part);
        else if constexpr (std::is_same_v<type, wirecopy::signoff>)
            add("signoff", part);
    });
    std::sort(keys.begin(), keys.end());
    return keys;
}

/// The same keys from a document.
inline std::vector<part_key> document_parts(const wirecopy::document& doc) {
    std::vector<part_key> keys;
    const auto add = [&](const char* kind, const wirecopy::span& s) {
        keys.emplace_back(kind, s.begin, s.end);
    };
    const auto add_all = [&](const char* kind, const auto& parts) {
        for (const auto& p : parts)
            add(kind, p);
    };
    if (doc.headline)
        add("headline", *doc.headline);
    add_all("deck", doc.decks);
    add_all("boilerplate", doc.boilerplate);
    if (doc.byline)
        add("byline", *doc.byline);
    if (doc.dateline)
        add("dateline", *doc.dateline);
    add_all("note", doc.notes);
    add_all("paragraph", doc.paragraphs);
    add_all("quote", doc.quotes);
    add_all("contributor", doc.contributors);
    add_all("contact", doc.contacts);
    add_all("credit", doc.credits);
    if (doc.copyright)
        add("copyright", *doc.copyright);
    if (doc.signoff)
        add("signoff", *doc.signoff);
    std::sort(keys.begin(), keys.end());
    return keys;
}

/// The first broken invariant of `doc` (parsed from `text` with `Style`), or an empty string.
template <class Style>
std::string broken_invariant(std::string_view text, const wirecopy::document& doc) {
    if (doc.input.data() != text.data() || doc.input.size() != text.size())
        return "the document does not point at its input";
    if (const auto bad = span_violation(doc))
        return "span not equal to its input slice: " + *bad;
    for (const auto& d : doc.diagnostics)
        if (d.begin > d.end || d.end > text.size())
            return "diagnostic out of bounds";
    // Paragraphs: in order, disjoint, not empty.
    for (std::size_t i = 0; i < doc.paragraphs.size(); ++i) {
        if (doc.paragraphs[i].empty())
            return "empty paragraph";
        if (i > 0 && doc.paragraphs[i].begin < doc.paragraphs[i - 1].end)
            return "paragraphs overlap or are out of order";
    }
    // Quotes: in order of their start; two quotes are disjoint or one holds the other, its parent.
    for (std::size_t i = 0; i < doc.quotes.size(); ++i) {
        const wirecopy::quote& q = doc.quotes[i];
        if (q.index != i)
            return "quote index is not its position";
        if (q.content.begin < q.begin || q.content.end > q.end)
            return "quote content outside its quote";
        if (i > 0 && q.begin < doc.quotes[i - 1].begin)
            return "quotes out of order";
        for (std::size_t k = 0; k < i; ++k) {
            const wirecopy::quote& o = doc.quotes[k];
            const bool disjoint = o.end <= q.begin;
            const bool nested = o.begin <= q.begin && q.end <= o.end;
            if (!disjoint && !nested)
                return "quotes overlap without nesting";
        }
        if (q.parent) {
            if (*q.parent >= i)
                return "a quote's parent comes after it";
            const wirecopy::quote& p = doc.quotes[*q.parent];
            if (!(p.begin <= q.begin && q.end <= p.end))
                return "a quote is outside its parent";
        }
    }
    // No text lost in the body: between the first and the last paragraph every non-blank byte is in a
    // paragraph or in another top-level part (boilerplate such as "Story continues below advertisement").
    if (!doc.paragraphs.empty()) {
        std::vector<std::pair<std::size_t, std::size_t>> covered;
        for (const auto& [kind, begin, end] : document_parts(doc))
            if (kind != "quote" && kind != "dateline") // both lie inside paragraphs
                covered.emplace_back(begin, end);
        std::sort(covered.begin(), covered.end());
        const std::size_t first = doc.paragraphs.front().begin, last = doc.paragraphs.back().end;
        std::size_t p = 0, reach = 0;
        for (std::size_t i = first; i < last; ++i) {
            while (p < covered.size() && covered[p].first <= i)
                reach = std::max(reach, covered[p++].second);
            if (i < reach)
                continue;
            const wirecopy::detail::code_point cp = wirecopy::detail::decode_at(text, i);
            const bool blank =
                cp.length != 0
                && (wirecopy::detail::is_unicode_blank(cp.value) || cp.value == '\n' || cp.value == '\r');
            if (!blank)
                return "body text outside every part at byte " + std::to_string(i);
            i += cp.length - 1;
        }
    }
    if (event_parts<Style>(text) != document_parts(doc))
        return "annotate() and parse() disagree";
    return {};
}

} // namespace wirecopy_test
