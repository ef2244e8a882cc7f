// The terminal view (--format text): the story as written, each part between "[name] " and " [/name]" and, on
// a terminal, coloured; every quote's end mark names its kind and resolved speaker.
#pragma once

#include <wirecopy/document.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace wirecopy_cli {

class text_view {
public:
    text_view(const wirecopy::document& doc, bool color) : doc_(doc), color_(color) {}

    std::string render() {
        collect();
        std::stable_sort(marks_.begin(), marks_.end(), [](const mark& a, const mark& b) {
            // At one position: closings first (innermost first), then openings (outermost first).
            if (a.at != b.at)
                return a.at < b.at;
            if (a.opening != b.opening)
                return !a.opening;
            return a.opening ? a.width > b.width : a.width < b.width;
        });
        std::string out;
        std::vector<std::string_view> active; // styles of the open parts, outermost first
        std::size_t at = 0;
        for (const mark& m : marks_) {
            out.append(doc_.input.substr(at, m.at - at));
            at = m.at;
            if (m.opening) {
                if (!m.label.empty())
                    styled(out, m.label_style, m.label + " ", active);
                active.push_back(m.style);
                apply(out, active);
            } else {
                if (!active.empty())
                    active.pop_back();
                apply(out, active);
                if (!m.label.empty())
                    styled(out, m.label_style, " " + m.label, active);
            }
        }
        out.append(doc_.input.substr(at));
        const bool line_ended = !out.empty() && out.back() == '\n';
        if (color_)
            out.append(reset);
        if (!line_ended)
            out.push_back('\n');
        return out;
    }

private:
    static constexpr std::string_view reset = "\x1b[0m";
    static constexpr std::string_view bold = "\x1b[1m", dim = "\x1b[2m", underline = "\x1b[4m";
    static constexpr std::string_view red = "\x1b[31m", green = "\x1b[32m", yellow = "\x1b[33m",
                                      blue = "\x1b[34m", magenta = "\x1b[35m", cyan = "\x1b[36m";

    struct mark {
        std::size_t at;
        bool opening;
        std::size_t width; ///< of the part, to order marks at one position
        std::string_view style, label_style;
        std::string label;
    };

    /// Marks a part's start "[name]" and its end "[/name…]", `detail` (a quote's kind and speaker) on the end
    /// mark, after the text it describes. Both ends: without colour nothing else shows where a part ends.
    /// A part without a name (a speaker) is only styled.
    void part(const wirecopy::span& s, std::string_view style, std::string_view name,
              std::string_view detail = {}) {
        if (s.empty())
            return;
        const std::size_t width = s.end - s.begin;
        const bool named = !name.empty();
        marks_.push_back(
            {s.begin, true, width, style, dim, named ? "[" + std::string(name) + "]" : std::string()});
        marks_.push_back({s.end, false, width, style, dim,
                          named ? "[/" + std::string(name) + std::string(detail) + "]" : std::string()});
    }
    template <class Parts>
    void parts(const Parts& all, std::string_view style, std::string_view name) {
        for (const auto& p : all)
            part(p, style, name);
    }

    void collect() {
        if (doc_.headline)
            part(*doc_.headline, bold, "headline");
        parts(doc_.decks, bold, "deck");
        parts(doc_.notes, yellow, "note");
        if (doc_.byline)
            part(*doc_.byline, magenta, "byline");
        if (doc_.dateline)
            part(*doc_.dateline, blue, "dateline");
        for (const wirecopy::quote& q : doc_.quotes) {
            std::string detail = ", " + std::string(to_string(q.kind));
            if (q.speaker_name || q.speaker)
                detail += ": " + std::string((q.speaker_name ? q.speaker_name : q.speaker)->text);
            part(q, green, "quote", detail);
            if (q.speaker)
                part(*q.speaker, underline, "");
        }
        parts(doc_.contributors, cyan, "contributor");
        parts(doc_.contacts, cyan, "contact");
        parts(doc_.credits, cyan, "credit");
        if (doc_.copyright)
            part(*doc_.copyright, cyan, "copyright");
        if (doc_.signoff)
            part(*doc_.signoff, cyan, "signoff");
        parts(doc_.boilerplate, dim, "boilerplate");
        for (const auto& d : doc_.diagnostics)
            if (d.begin < d.end && d.end <= doc_.input.size())
                part({d.begin, d.end, doc_.input.substr(d.begin, d.end - d.begin)}, red, to_string(d.code));
    }

    void apply(std::string& out, const std::vector<std::string_view>& active) const {
        if (!color_)
            return;
        out.append(reset);
        for (std::string_view s : active)
            out.append(s);
    }

    void styled(std::string& out, std::string_view style, const std::string& text,
                const std::vector<std::string_view>& active) const {
        if (color_) {
            out.append(reset);
            out.append(style);
        }
        out.append(text);
        apply(out, active);
    }

    const wirecopy::document& doc_;
    bool color_;
    std::vector<mark> marks_;
};

} // namespace wirecopy_cli
