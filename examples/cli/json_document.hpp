// The CLI's JSON form of a document (the contract in README.md), built with Boost.JSON.
#pragma once

#include <wirecopy/detail/chars.hpp>
#include <wirecopy/document.hpp>

#include <boost/json.hpp>

#include <cstdio>
#include <optional>
#include <string>

namespace wirecopy_cli {

namespace json = boost::json;

/// JSON strings must be UTF-8: bytes that are not (the input's diagnostics point at them) become U+FFFD.
inline json::string utf8_text(std::string_view text, json::storage_ptr sp) {
    json::string out(sp);
    out.reserve(text.size());
    std::size_t pos = 0;
    while (pos < text.size()) {
        const wirecopy::detail::code_point cp = wirecopy::detail::decode_at(text, pos);
        if (cp.length == 0) {
            out.append("\xEF\xBF\xBD");
            ++pos;
        } else {
            out.append(text.substr(pos, cp.length));
            pos += cp.length;
        }
    }
    return out;
}

class document_json {
public:
    document_json(const wirecopy::document& doc, json::storage_ptr sp) : doc_(doc), sp_(std::move(sp)) {
        valid_utf8_ = true;
        for (const auto& d : doc.diagnostics)
            if (d.code == wirecopy::diagnostic_code::invalid_utf8
                || d.code == wirecopy::diagnostic_code::too_many_diagnostics)
                valid_utf8_ = false;
    }

    /// Adds the document's fields to `out` (which may already hold "id" or "source").
    void fill(json::object& out) const {
        out["wire"] = doc_.wire == wirecopy::wire::unknown
                          ? json::value(nullptr)
                          : json::value(json::string(to_string(doc_.wire), sp_));
        if (doc_.headline) {
            json::object h = span(*doc_.headline);
            h["prefix"] = optional(doc_.headline->prefix);
            out["headline"] = std::move(h);
        } else {
            out["headline"] = nullptr;
        }
        out["deck"] = spans(doc_.decks);
        out["byline"] = byline();
        out["dateline"] = dateline();
        json::array paragraphs(sp_);
        paragraphs.reserve(doc_.paragraphs.size());
        for (const auto& p : doc_.paragraphs)
            paragraphs.push_back(json::object({{"begin", p.begin}, {"end", p.end}}, sp_));
        out["paragraphs"] = std::move(paragraphs);
        out["quotes"] = quotes();
        json::array contributors(sp_);
        for (const auto& c : doc_.contributors)
            contributors.push_back(person(c));
        out["contributors"] = std::move(contributors);
        out["contacts"] = contacts();
        out["credits"] = credits();
        out["copyright"] = copyright();
        out["signoff"] = optional(doc_.signoff ? std::optional<wirecopy::span>(*doc_.signoff) : std::nullopt);
        out["boilerplate"] = spans(doc_.boilerplate);
        out["notes"] = spans(doc_.notes);
        out["diagnostics"] = diagnostics();
    }

private:
    json::string text(std::string_view t) const {
        return valid_utf8_ ? json::string(t, sp_) : utf8_text(t, sp_);
    }

    json::object span(const wirecopy::span& s) const {
        json::object o(sp_);
        o.reserve(8);
        o["begin"] = s.begin;
        o["end"] = s.end;
        o["text"] = text(s.text);
        return o;
    }

    json::value optional(const std::optional<wirecopy::span>& s) const {
        return s ? json::value(span(*s)) : json::value(nullptr);
    }

    template <class Parts>
    json::array spans(const Parts& parts) const {
        json::array a(sp_);
        a.reserve(parts.size());
        for (const auto& p : parts)
            a.push_back(span(p));
        return a;
    }

    json::object person(const wirecopy::person& p) const {
        json::object o = span(p);
        o["location"] = optional(p.location);
        return o;
    }

    json::value byline() const {
        if (!doc_.byline)
            return nullptr;
        json::object o = span(*doc_.byline);
        json::array authors(sp_);
        for (const auto& a : doc_.byline->authors)
            authors.push_back(person(a));
        o["authors"] = std::move(authors);
        o["affiliation"] = optional(doc_.byline->affiliation);
        o["title"] = optional(doc_.byline->title);
        return o;
    }

    json::value dateline() const {
        if (!doc_.dateline)
            return nullptr;
        const wirecopy::dateline& d = *doc_.dateline;
        json::object o = span(d);
        o["location"] = optional(d.location);
        o["date"] = optional(d.date);
        o["agency"] = optional(d.agency);
        if (d.date_value) {
            const wirecopy::civil_date& v = *d.date_value;
            char iso[32];
            if (v.year > 0)
                std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", v.year, v.month, v.day);
            else
                std::snprintf(iso, sizeof iso, "--%02d-%02d", v.month, v.day); // ISO 8601 without a year
            o["date_iso"] = json::string(iso, sp_);
            o["year_inferred"] = v.year_inferred;
        } else {
            o["date_iso"] = nullptr;
            o["year_inferred"] = false;
        }
        return o;
    }

    json::array quotes() const {
        json::array a(sp_);
        a.reserve(doc_.quotes.size());
        for (const auto& q : doc_.quotes) {
            json::object o = span(q);
            o["content"] = span(q.content);
            o["speaker"] = optional(q.speaker);
            o["speaker_name"] =
                q.speaker_name ? json::value(text(q.speaker_name->text)) : json::value(nullptr);
            o["cue"] = optional(q.cue);
            o["channel"] = optional(q.channel);
            o["kind"] = json::string(to_string(q.kind), sp_);
            o["index"] = q.index;
            o["parent"] = q.parent ? json::value(*q.parent) : json::value(nullptr);
            a.push_back(std::move(o));
        }
        return a;
    }

    json::array contacts() const {
        json::array a(sp_);
        for (const auto& c : doc_.contacts) {
            json::object o = span(c);
            o["role"] = json::string(to_string(c.role), sp_);
            o["name"] = span(c.name);
            o["location"] = optional(c.location);
            o["email"] = optional(c.email);
            a.push_back(std::move(o));
        }
        return a;
    }

    json::array credits() const {
        json::array a(sp_);
        for (const auto& c : doc_.credits) {
            json::object o = span(c);
            o["role"] = json::string(to_string(c.role), sp_);
            o["role_text"] = span(c.role_text);
            json::array names(sp_);
            for (const auto& n : c.names)
                names.push_back(person(n));
            o["names"] = std::move(names);
            a.push_back(std::move(o));
        }
        return a;
    }

    json::value copyright() const {
        if (!doc_.copyright)
            return nullptr;
        json::object o = span(*doc_.copyright);
        o["year"] = doc_.copyright->year ? json::value(*doc_.copyright->year) : json::value(nullptr);
        o["holder"] = optional(doc_.copyright->holder);
        return o;
    }

    json::array diagnostics() const {
        json::array a(sp_);
        for (const auto& d : doc_.diagnostics)
            a.push_back(json::object({{"code", to_string(d.code)},
                                      {"severity", to_string(d.severity)},
                                      {"message", d.message},
                                      {"begin", d.begin},
                                      {"end", d.end}},
                                     sp_));
        return a;
    }

    const wirecopy::document& doc_;
    json::storage_ptr sp_;
    bool valid_utf8_ = true;
};

} // namespace wirecopy_cli
