// wirecopy — the typed document API, built on the event API: the definition of `parse_into()` (declared,
// with `parse()`, in api.hpp).
#pragma once

#include <wirecopy/annotate.hpp>
#include <wirecopy/api.hpp>
#include <wirecopy/document.hpp>

#include <algorithm>
#include <cstddef>
#include <new>
#include <string_view>

namespace wirecopy {

namespace detail {

/// Collects the events of one story into a document. A list gets room for the parts a story usually has
/// when its first part comes, so that a fresh document costs a few allocations per story instead of one
/// per doubling of each list (a reused document has its room already).
class document_builder {
public:
    explicit document_builder(document& doc) noexcept : doc_(doc) {}

    void operator()(const wirecopy::headline& h) { doc_.headline = h; }
    void operator()(const wirecopy::deck& d) { with_room(doc_.decks).push_back(d); }
    void operator()(const wirecopy::boilerplate& b) { with_room(doc_.boilerplate).push_back(b); }
    void operator()(const byline_event& b) {
        wirecopy::byline& out = doc_.byline.emplace();
        static_cast<span&>(out) = b;
        out.authors.assign(b.authors.begin(), b.authors.end());
        out.affiliation = b.affiliation;
        out.title = b.title;
    }
    void operator()(const wirecopy::dateline& d) { doc_.dateline = d; }
    void operator()(const editorial_note& n) { with_room(doc_.notes).push_back(n); }
    void operator()(const paragraph& p) {
        with_room(doc_.paragraphs, room_for(bytes_per_paragraph, 4096)).push_back(p);
    }
    void operator()(const quote& q) { with_room(doc_.quotes, room_for(bytes_per_quote, 1024)).push_back(q); }
    void operator()(const contributor& c) { with_room(doc_.contributors).push_back(c); }
    void operator()(const contact& c) { with_room(doc_.contacts).push_back(c); }
    void operator()(const credit_event& c) {
        wirecopy::credit& out = with_room(doc_.credits).emplace_back();
        static_cast<span&>(out) = c;
        out.role = c.role;
        out.role_text = c.role_text;
        out.names.assign(c.names.begin(), c.names.end());
    }
    void operator()(const wirecopy::copyright& c) { doc_.copyright = c; }
    void operator()(const wirecopy::signoff& s) { doc_.signoff = s; }
    void operator()(const diagnostic& d) { with_room(doc_.diagnostics).push_back(d); }
    void operator()(const story_end& end) { doc_.wire = end.wire; }

private:
    /// Footer items, decks, notes, diagnostics: a story has a few of each at most.
    static constexpr std::size_t small_list_room = 4;
    /// In the corpus's wire copy, 95 % of stories have paragraphs of 39 bytes or more on average, and
    /// quotations 270 bytes apart or more.
    static constexpr std::size_t bytes_per_paragraph = 32;
    static constexpr std::size_t bytes_per_quote = 256;

    /// Room for the parts the input's size suggests, but never more than `most` up front: beyond that the
    /// list grows as it fills (a gigantic input does not reserve its worst case).
    std::size_t room_for(std::size_t bytes_per_part, std::size_t most) const noexcept {
        return std::min(doc_.input.size() / bytes_per_part + small_list_room, most);
    }

    /// `list`, given room for `room` parts if it has none yet.
    template <class List>
    static List& with_room(List& list, std::size_t room = small_list_room) {
        if (list.capacity() == 0)
            list.reserve(room);
        return list;
    }

    document& doc_;
};

} // namespace detail

template <class Style>
void parse_into(document& doc, std::string_view text, const options& opts) noexcept {
    doc.clear();
    doc.input = text;
    try {
        annotate<Style>(text, detail::document_builder(doc), opts);
    } catch (const std::bad_alloc&) {
        doc.diagnostics.clear();
        doc.diagnostics.shrink_to_fit();
        try {
            doc.diagnostics.push_back({diagnostic_code::out_of_memory, severity::error,
                                       "out of memory; the document is incomplete", 0, text.size()});
        } catch (const std::bad_alloc&) {
        }
    }
}

} // namespace wirecopy
