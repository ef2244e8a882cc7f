// wirecopy — the fields of a document in the shape of the CLI's JSON (README.md, "Document fields"), written
// through any structured writer: the CLI's JSON writer and the Python bindings' dict builder share it, so
// their output cannot drift apart. Needs no Boost.
//
// A Writer has begin_object(), end_object(), begin_array(), end_array(), key(std::string_view),
// string(std::string_view) for wirecopy's own names, text(std::string_view) for the input's bytes (which may
// not be UTF-8 where the diagnostics say so), number(std::size_t), number(int), boolean(bool), null().
#pragma once

#include <wirecopy/document.hpp>

#include <optional>
#include <string_view>

namespace wirecopy {

namespace detail {

template <class Writer>
class fields_writer {
public:
    fields_writer(Writer& w, const document& doc) : w_(w), doc_(doc) {}

    void write() {
        w_.key("wire");
        if (doc_.wire == wire::unknown)
            w_.null();
        else
            w_.string(to_string(doc_.wire));
        w_.key("headline");
        if (doc_.headline) {
            span_object(*doc_.headline, [&] { optional_member("prefix", doc_.headline->prefix); });
        } else {
            w_.null();
        }
        span_list("deck", doc_.decks);
        byline();
        dateline();
        w_.key("paragraphs");
        w_.begin_array();
        for (const auto& p : doc_.paragraphs) {
            w_.begin_object();
            w_.key("begin");
            w_.number(p.begin);
            w_.key("end");
            w_.number(p.end);
            w_.end_object();
        }
        w_.end_array();
        quotes();
        w_.key("contributors");
        w_.begin_array();
        for (const auto& c : doc_.contributors)
            person(c);
        w_.end_array();
        contacts();
        credits();
        copyright();
        optional_member("signoff", doc_.signoff ? std::optional<span>(*doc_.signoff) : std::nullopt);
        span_list("boilerplate", doc_.boilerplate);
        span_list("notes", doc_.notes);
        diagnostics();
    }

private:
    void text(std::string_view t) { w_.text(t); }

    /// {"begin", "end", "text", …more members written by `more`}.
    template <class More>
    void span_object(const span& s, More&& more) {
        w_.begin_object();
        w_.key("begin");
        w_.number(s.begin);
        w_.key("end");
        w_.number(s.end);
        w_.key("text");
        text(s.text);
        more();
        w_.end_object();
    }
    void span_object(const span& s) {
        span_object(s, [] {});
    }

    void optional_member(std::string_view name, const std::optional<span>& s) {
        w_.key(name);
        if (s)
            span_object(*s);
        else
            w_.null();
    }

    template <class Parts>
    void span_list(std::string_view name, const Parts& parts) {
        w_.key(name);
        w_.begin_array();
        for (const auto& p : parts)
            span_object(p);
        w_.end_array();
    }

    void person(const person& p) {
        span_object(p, [&] { optional_member("location", p.location); });
    }

    void byline() {
        w_.key("byline");
        if (!doc_.byline) {
            w_.null();
            return;
        }
        span_object(*doc_.byline, [&] {
            w_.key("authors");
            w_.begin_array();
            for (const auto& a : doc_.byline->authors)
                person(a);
            w_.end_array();
            optional_member("affiliation", doc_.byline->affiliation);
            optional_member("title", doc_.byline->title);
        });
    }

    void dateline() {
        w_.key("dateline");
        if (!doc_.dateline) {
            w_.null();
            return;
        }
        const wirecopy::dateline& d = *doc_.dateline;
        span_object(d, [&] {
            optional_member("location", d.location);
            optional_member("date", d.date);
            optional_member("agency", d.agency);
            w_.key("date_iso");
            if (d.date_value) {
                w_.string(iso_8601(*d.date_value).text());
            } else {
                w_.null();
            }
            w_.key("year_inferred");
            w_.boolean(d.date_value && d.date_value->year_inferred);
        });
    }

    void quotes() {
        w_.key("quotes");
        w_.begin_array();
        for (const auto& q : doc_.quotes)
            span_object(q, [&] {
                w_.key("content");
                span_object(q.content);
                optional_member("speaker", q.speaker);
                w_.key("speaker_name");
                if (q.speaker_name)
                    text(q.speaker_name->text);
                else
                    w_.null();
                optional_member("cue", q.cue);
                optional_member("channel", q.channel);
                w_.key("kind");
                w_.string(to_string(q.kind));
                w_.key("index");
                w_.number(q.index);
                w_.key("parent");
                if (q.parent)
                    w_.number(*q.parent);
                else
                    w_.null();
            });
        w_.end_array();
    }

    void contacts() {
        w_.key("contacts");
        w_.begin_array();
        for (const auto& c : doc_.contacts)
            span_object(c, [&] {
                w_.key("role");
                w_.string(to_string(c.role));
                w_.key("name");
                span_object(c.name);
                optional_member("location", c.location);
                optional_member("email", c.email);
            });
        w_.end_array();
    }

    void credits() {
        w_.key("credits");
        w_.begin_array();
        for (const auto& c : doc_.credits)
            span_object(c, [&] {
                w_.key("role");
                w_.string(to_string(c.role));
                w_.key("role_text");
                span_object(c.role_text);
                w_.key("names");
                w_.begin_array();
                for (const auto& n : c.names)
                    person(n);
                w_.end_array();
            });
        w_.end_array();
    }

    void copyright() {
        w_.key("copyright");
        if (!doc_.copyright) {
            w_.null();
            return;
        }
        span_object(*doc_.copyright, [&] {
            w_.key("year");
            if (doc_.copyright->year)
                w_.number(*doc_.copyright->year);
            else
                w_.null();
            optional_member("holder", doc_.copyright->holder);
        });
    }

    void diagnostics() {
        w_.key("diagnostics");
        w_.begin_array();
        for (const auto& d : doc_.diagnostics) {
            w_.begin_object();
            w_.key("code");
            w_.string(to_string(d.code));
            w_.key("severity");
            w_.string(to_string(d.severity));
            w_.key("message");
            w_.string(d.message);
            w_.key("begin");
            w_.number(d.begin);
            w_.key("end");
            w_.number(d.end);
            w_.end_object();
        }
        w_.end_array();
    }

    Writer& w_;
    const document& doc_;
};

} // namespace detail

/// Writes the fields of `doc` into the object `w` has open (which may already hold other members).
template <class Writer>
void write_fields(Writer& w, const document& doc) {
    detail::fields_writer<Writer>(w, doc).write();
}

/// Does the input hold bytes that are not UTF-8 (as far as the diagnostics tell)?
inline bool has_invalid_utf8(const document& doc) noexcept {
    for (const diagnostic& d : doc.diagnostics)
        if (d.code == diagnostic_code::invalid_utf8 || d.code == diagnostic_code::too_many_diagnostics)
            return true;
    return false;
}

} // namespace wirecopy
