// Helpers shared by the test files: reading fixtures, walking every span of a document, and rendering a
// document as stable text for golden-output comparison.
#pragma once

#include <wirecopy/wirecopy.hpp>

#include <deque>
#include <fstream>
#include <functional>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>
#include <vector>

namespace wirecopy_test {

inline std::string read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

/// The text of an optional span, "-" when it is absent.
inline std::string text_of(const std::optional<wirecopy::span>& s) {
    return s ? std::string(s->text) : std::string("-");
}

inline std::vector<std::string> read_lines(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::vector<std::string> lines;
    for (std::string line; std::getline(in, line);)
        lines.push_back(line);
    return lines;
}

/// The string value of `"key": "…"` in one line of JSON, unescaped (enough for the corpus's own files,
/// so that the doctest suite needs no JSON library).
inline std::string json_string_field(const std::string& line, const std::string& key) {
    std::size_t at = line.find("\"" + key + "\":");
    if (at == std::string::npos)
        return {};
    at = line.find('"', at + key.size() + 3);
    std::string out;
    const auto hex = [&](std::size_t i) {
        return static_cast<unsigned>(std::stoul(line.substr(i, 4), nullptr, 16));
    };
    const auto put = [&](unsigned cp) {
        if (cp < 0x80) {
            out += static_cast<char>(cp);
        } else if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
            out += static_cast<char>(0x80 | (cp & 0x3F));
        }
    };
    for (std::size_t i = at + 1; i < line.size() && line[i] != '"'; ++i) {
        if (line[i] != '\\') {
            out += line[i];
            continue;
        }
        const char e = line[++i];
        switch (e) {
        case 'n':
            out += '\n';
            break;
        case 't':
            out += '\t';
            break;
        case 'r':
            out += '\r';
            break;
        case 'b':
            out += '\b';
            break;
        case 'f':
            out += '\f';
            break;
        case 'u': {
            unsigned cp = hex(i + 1);
            i += 4;
            if (cp >= 0xD800 && cp < 0xDC00 && i + 2 < line.size() && line[i + 1] == '\\'
                && line[i + 2] == 'u') {
                cp = 0x10000 + ((cp - 0xD800) << 10) + (hex(i + 3) - 0xDC00);
                i += 6;
            }
            put(cp);
            break;
        }
        default:
            out += e;
            break;
        }
    }
    return out;
}

inline bool file_exists(const std::string& path) {
    return std::ifstream(path).good();
}

inline std::string fixture_path(const std::string& name) {
    return std::string(WIRECOPY_SOURCE_DIR) + "/tests/fixtures/" + name;
}

/// `../shared` beside the checkout: research data that a user's fresh clone does not have.
inline std::string shared_path(const std::string& name) {
    return std::string(WIRECOPY_SHARED_DIR) + "/" + name;
}

/// Parses a story the test builds on the fly. Documents borrow their text (parse(std::string&&) is
/// deleted), so the text is kept for the rest of the run.
inline wirecopy::document parse_kept(std::string text, const wirecopy::options& opts = {}) {
    static std::deque<std::string> kept;
    kept.push_back(std::move(text));
    return wirecopy::parse(kept.back(), opts);
}

/// Calls `f(label, span)` for every span of `doc`, nested ones included.
inline void for_each_span(const wirecopy::document& doc,
                          const std::function<void(const char*, const wirecopy::span&)>& f) {
    const auto opt = [&](const char* label, const std::optional<wirecopy::span>& s) {
        if (s)
            f(label, *s);
    };
    if (doc.headline) {
        f("headline", *doc.headline);
        opt("headline.prefix", doc.headline->prefix);
    }
    for (const auto& d : doc.decks)
        f("deck", d);
    if (doc.byline) {
        f("byline", *doc.byline);
        for (const auto& a : doc.byline->authors)
            f("byline.author", a);
        opt("byline.affiliation", doc.byline->affiliation);
        opt("byline.title", doc.byline->title);
    }
    if (doc.dateline) {
        f("dateline", *doc.dateline);
        opt("dateline.location", doc.dateline->location);
        opt("dateline.date", doc.dateline->date);
        opt("dateline.agency", doc.dateline->agency);
    }
    for (const auto& n : doc.notes)
        f("note", n);
    for (const auto& p : doc.paragraphs)
        f("paragraph", p);
    for (const auto& q : doc.quotes) {
        f("quote", q);
        f("quote.content", q.content);
        opt("quote.speaker", q.speaker);
        opt("quote.speaker_name", q.speaker_name);
        opt("quote.cue", q.cue);
        opt("quote.channel", q.channel);
    }
    for (const auto& c : doc.contributors) {
        f("contributor", c);
        opt("contributor.location", c.location);
    }
    for (const auto& c : doc.contacts) {
        f("contact", c);
        f("contact.name", c.name);
        opt("contact.location", c.location);
        opt("contact.email", c.email);
    }
    for (const auto& c : doc.credits) {
        f("credit", c);
        f("credit.role", c.role_text);
        for (const auto& n : c.names) {
            f("credit.name", n);
            opt("credit.name.location", n.location);
        }
    }
    if (doc.copyright) {
        f("copyright", *doc.copyright);
        opt("copyright.holder", doc.copyright->holder);
    }
    if (doc.signoff)
        f("signoff", *doc.signoff);
    for (const auto& b : doc.boilerplate)
        f("boilerplate", b);
}

/// The first span whose text is not exactly its slice of the input, or nothing when all are exact.
inline std::optional<std::string> span_violation(const wirecopy::document& doc) {
    std::optional<std::string> bad;
    for_each_span(doc, [&](const char* label, const wirecopy::span& s) {
        const bool in_bounds = s.begin <= s.end && s.end <= doc.input.size();
        if (bad
            || (in_bounds && s.text.data() == doc.input.data() + s.begin && s.text.size() == s.end - s.begin))
            return;
        bad = std::string(label) + " [" + std::to_string(s.begin) + "," + std::to_string(s.end) + ")";
    });
    return bad;
}

/// A stable text rendering of every part, one per line, for golden files.
inline std::string render(const wirecopy::document& doc) {
    std::ostringstream out;
    out << "wire: " << (doc.wire == wirecopy::wire::unknown ? "unknown" : wirecopy::to_string(doc.wire))
        << '\n';
    for_each_span(doc, [&](const char* label, const wirecopy::span& s) {
        if (std::string_view(label) == "paragraph")
            out << label << " [" << s.begin << ',' << s.end << ")\n";
        else
            out << label << " [" << s.begin << ',' << s.end << ") " << s.text << '\n';
    });
    if (doc.dateline && doc.dateline->date_value) {
        const auto& d = *doc.dateline->date_value;
        out << "dateline.date_value " << d.year << '-' << d.month << '-' << d.day
            << (d.year_inferred ? " (year inferred)" : "") << '\n';
    }
    for (const auto& q : doc.quotes)
        out << "quote #" << q.index << " kind " << wirecopy::to_string(q.kind)
            << (q.parent ? " parent #" + std::to_string(*q.parent) : std::string()) << '\n';
    for (const auto& c : doc.contacts)
        out << "contact " << c.name.text << " role " << wirecopy::to_string(c.role) << '\n';
    for (const auto& c : doc.credits)
        out << "credit " << c.role_text.text << " role " << wirecopy::to_string(c.role) << '\n';
    if (doc.copyright && doc.copyright->year)
        out << "copyright.year " << *doc.copyright->year << '\n';
    for (const auto& d : doc.diagnostics)
        out << "diagnostic " << wirecopy::to_string(d.code) << " [" << d.begin << ',' << d.end << ")\n";
    return out.str();
}

} // namespace wirecopy_test
