// wirecopy — export of a document as IPTC NITF 2.5 XML (News Industry Text Format).
//
//   std::string xml = wirecopy::to_nitf(doc);   // validates against nitf-2-5.dtd
//
// hedline/hl1 and hl2 (decks), byline/person + byttl, distributor, dateline/location (city, state,
// country) + story.date with norm, body.content/p with q for quotes (quote-source: the resolved speaker),
// body.end/tagline for contributors, contact lines, credits, sign-off and copyrite (year, holder).
// Needs no Boost. Text is escaped by construction (detail/xml_writer.hpp).
#pragma once

#include <wirecopy/detail/regions.hpp>
#include <wirecopy/detail/xml_writer.hpp>
#include <wirecopy/document.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace wirecopy {

namespace detail {

/// A child element inside a span's text: [begin, end) wrapped in <tag>.
struct inline_element {
    std::size_t begin, end;
    std::string_view tag;
};

/// Writes input[begin, end) with `inner` (sorted, disjoint, inside) wrapped in their elements.
inline void write_with_elements(xml_writer& xml, std::string_view input, std::size_t begin, std::size_t end,
                                std::vector<inline_element> inner) {
    std::sort(inner.begin(), inner.end(), [](const auto& a, const auto& b) { return a.begin < b.begin; });
    std::size_t at = begin;
    for (const inline_element& e : inner) {
        if (e.begin < at || e.end > end || e.begin >= e.end)
            continue;
        xml.text(input.substr(at, e.begin - at));
        const std::string_view inside = input.substr(e.begin, e.end - e.begin);
        xml.open_begin(e.tag);
        if (e.tag == "person") { // this DTD requires an identifier on every person: the name itself
            xml.attribute("idsrc", "wirecopy");
            xml.attribute("value", inside);
        }
        xml.open_end();
        xml.text(inside);
        xml.close(e.tag);
        at = e.end;
    }
    xml.text(input.substr(at, end - at));
}

class nitf_writer {
public:
    nitf_writer(std::string& out, const document& doc) : xml_(out), doc_(doc), in_(doc.input) {}

    void write() {
        xml_.declaration();
        xml_.open("nitf");
        xml_.newline();
        xml_.open("head");
        if (doc_.headline)
            xml_.element("title", doc_.headline->text);
        xml_.close("head");
        xml_.newline();
        xml_.open("body");
        xml_.newline();
        body_head();
        body_content();
        body_end();
        xml_.close("body");
        xml_.newline();
        xml_.close("nitf");
        xml_.newline();
    }

private:
    void body_head() {
        xml_.open("body.head");
        xml_.newline();
        if (doc_.headline) {
            xml_.open("hedline");
            xml_.element("hl1", doc_.headline->text);
            for (const deck& d : doc_.decks)
                xml_.element("hl2", d.text);
            xml_.close("hedline");
            xml_.newline();
        }
        for (const editorial_note& n : doc_.notes) {
            xml_.open_begin("note");
            xml_.attribute("noteclass", "editorsnote");
            xml_.open_end();
            xml_.open("body.content");
            xml_.element("p", n.text);
            xml_.close("body.content");
            xml_.close("note");
            xml_.newline();
        }
        if (doc_.byline) {
            std::vector<inline_element> inner;
            for (const person& a : doc_.byline->authors)
                inner.push_back({a.begin, a.end, "person"});
            if (doc_.byline->title)
                inner.push_back({doc_.byline->title->begin, doc_.byline->title->end, "byttl"});
            xml_.open("byline");
            write_with_elements(xml_, in_, doc_.byline->begin, doc_.byline->end, inner);
            xml_.close("byline");
            xml_.newline();
        }
        if (doc_.dateline && doc_.dateline->agency)
            xml_.element("distributor", doc_.dateline->agency->text);
        else if (doc_.wire != wire::unknown)
            xml_.element("distributor", to_string(doc_.wire));
        if (doc_.dateline)
            dateline_element(*doc_.dateline);
        xml_.close("body.head");
        xml_.newline();
    }

    void dateline_element(const dateline& d) {
        xml_.open("dateline");
        std::size_t at = d.begin;
        if (d.location) {
            xml_.text(in_.substr(at, d.location->begin - at));
            location_element(*d.location);
            at = d.location->end;
        }
        if (d.date) {
            xml_.text(in_.substr(at, d.date->begin - at));
            xml_.open_begin("story.date");
            if (d.date_value)
                xml_.attribute("norm", iso_8601(*d.date_value).text());
            xml_.open_end();
            xml_.text(d.date->text);
            xml_.close("story.date");
            at = d.date->end;
        }
        xml_.text(in_.substr(at, d.end - at));
        xml_.close("dateline");
        xml_.newline();
    }

    /// "PINE RIDGE, S.D." → <city>PINE RIDGE</city>, <state>S.D.</state>; other qualifiers are countries.
    void location_element(const span& where) {
        xml_.open("location");
        const std::string_view text = where.text;
        const std::size_t comma = text.find(", ");
        if (comma == std::string_view::npos) {
            xml_.element("city", text);
        } else {
            xml_.element("city", text.substr(0, comma));
            xml_.text(", ");
            const std::string_view rest = text.substr(comma + 2);
            xml_.element(is_us_state(rest) ? "state" : "country", rest);
        }
        xml_.close("location");
    }

    void body_content() {
        xml_.open("body.content");
        xml_.newline();
        for (const paragraph& p : doc_.paragraphs) {
            std::size_t begin = p.begin;
            if (doc_.dateline && doc_.dateline->begin == p.begin) { // the dateline went to body.head
                begin = doc_.dateline->end;
                while (begin < p.end && (in_[begin] == ' ' || in_[begin] == '\t'))
                    ++begin;
            }
            xml_.open("p");
            paragraph_text(begin, p.end);
            xml_.close("p");
            xml_.newline();
        }
        xml_.close("body.content");
        xml_.newline();
    }

    /// The paragraph's text with its quotes as (nested) <q> elements, each clipped to the paragraph: a
    /// quote continued over paragraphs becomes one <q> per paragraph.
    void paragraph_text(std::size_t begin, std::size_t end) {
        std::vector<std::size_t> open_ends; // ends of the <q> elements open, innermost last
        std::size_t at = begin;
        const auto close_until = [&](std::size_t position) {
            while (!open_ends.empty() && open_ends.back() <= position) {
                xml_.text(in_.substr(at, open_ends.back() - at));
                at = open_ends.back();
                xml_.close("q");
                open_ends.pop_back();
            }
        };
        for (const quote& q : doc_.quotes) {
            const std::size_t qb = std::max(q.begin, begin), qe = std::min(q.end, end);
            if (qb >= qe)
                continue;
            close_until(qb);
            xml_.text(in_.substr(at, qb - at));
            at = qb;
            xml_.open_begin("q");
            if (q.speaker_name)
                xml_.attribute("quote-source", q.speaker_name->text);
            else if (q.speaker)
                xml_.attribute("quote-source", q.speaker->text);
            xml_.open_end();
            open_ends.push_back(qe);
        }
        close_until(end);
        xml_.text(in_.substr(at, end - at));
    }

    void body_end() {
        const bool any = !doc_.contributors.empty() || !doc_.contacts.empty() || !doc_.credits.empty()
                         || doc_.copyright || doc_.signoff;
        if (!any)
            return;
        xml_.open("body.end");
        xml_.open("tagline");
        const char* separator = "";
        const auto next = [&] {
            xml_.text(separator);
            separator = "\n";
        };
        for (const contributor& c : doc_.contributors) {
            next();
            std::vector<inline_element> inner{{c.begin, c.end, "person"}};
            write_with_elements(xml_, in_, c.begin, c.location ? c.location->end : c.end, inner);
        }
        for (const credit& c : doc_.credits) {
            next();
            std::vector<inline_element> inner;
            for (const person& n : c.names)
                inner.push_back({n.begin, n.end, "person"});
            write_with_elements(xml_, in_, c.begin, c.end, inner);
        }
        for (const contact& c : doc_.contacts) {
            next();
            write_with_elements(xml_, in_, c.begin, c.end, {{c.name.begin, c.name.end, "person"}});
        }
        if (doc_.signoff) {
            next();
            xml_.text(doc_.signoff->text);
        }
        if (doc_.copyright) {
            next();
            std::vector<inline_element> inner;
            if (doc_.copyright->holder)
                inner.push_back(
                    {doc_.copyright->holder->begin, doc_.copyright->holder->end, "copyrite.holder"});
            if (doc_.copyright->year) {
                const std::string year = std::to_string(*doc_.copyright->year);
                const std::size_t at = doc_.copyright->text.find(year);
                if (at != std::string_view::npos)
                    inner.push_back({doc_.copyright->begin + at, doc_.copyright->begin + at + year.size(),
                                     "copyrite.year"});
            }
            xml_.open("copyrite");
            write_with_elements(xml_, in_, doc_.copyright->begin, doc_.copyright->end, inner);
            xml_.close("copyrite");
        }
        xml_.close("tagline");
        xml_.close("body.end");
        xml_.newline();
    }

    xml_writer xml_;
    const document& doc_;
    std::string_view in_;
};

} // namespace detail

/// Appends `doc` as an NITF 2.5 document to `out`.
inline void write_nitf(std::string& out, const document& doc) {
    detail::nitf_writer(out, doc).write();
}

/// `doc` as an NITF 2.5 document.
inline std::string to_nitf(const document& doc) {
    std::string out;
    write_nitf(out, doc);
    return out;
}

} // namespace wirecopy
