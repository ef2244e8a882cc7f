// wirecopy for Python: the same headers behind a pybind11 module.
//
// A Document owns a UTF-8 copy of the text and the parsed document; every object handed to Python keeps
// that state alive, so spans never dangle. Span offsets come in two units: `begin`/`end` in characters
// of the Python string, `byte_begin`/`byte_end` in bytes of its UTF-8 form (the CLI's unit).
// `to_dict()` goes through the CLI's own field mapping (wirecopy/fields.hpp): same content as its JSON.
#include <wirecopy/fields.hpp>
#include <wirecopy/wirecopy.hpp>

#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <memory>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace py = pybind11;

namespace {

/// The text and its document, shared by every object derived from them.
struct state {
    std::string text;
    wirecopy::document doc;
    bool ascii = true;
    std::vector<std::uint32_t> checkpoints; ///< characters before every 64th byte, for non-ASCII text

    void index() {
        ascii = std::all_of(text.begin(), text.end(),
                            [](char c) { return static_cast<unsigned char>(c) < 0x80; });
        if (ascii)
            return;
        checkpoints.reserve(text.size() / 64 + 1);
        std::uint32_t chars = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            if (i % 64 == 0)
                checkpoints.push_back(chars);
            chars += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
        }
    }

    /// The character offset of byte offset `byte`: every byte that does not continue a sequence starts a
    /// character (surrogates passed through from Python included).
    std::size_t chars(std::size_t byte) const {
        if (ascii)
            return byte;
        std::size_t count =
            checkpoints.empty() ? 0 : checkpoints[std::min(byte / 64, checkpoints.size() - 1)];
        for (std::size_t i = std::min(byte / 64, checkpoints.size() - 1) * 64; i < byte && i < text.size();
             ++i)
            count += (static_cast<unsigned char>(text[i]) & 0xC0) != 0x80;
        return count;
    }
};

using state_ptr = std::shared_ptr<const state>;

/// UTF-8 bytes of a Python string; lone surrogates pass through (and are then diagnosed as invalid).
std::string utf8_of(const py::str& s) {
    PyObject* bytes = PyUnicode_AsEncodedString(s.ptr(), "utf-8", "surrogatepass");
    if (!bytes)
        throw py::error_already_set();
    std::string out(PyBytes_AS_STRING(bytes), static_cast<std::size_t>(PyBytes_GET_SIZE(bytes)));
    Py_DECREF(bytes);
    return out;
}

py::str str_of(std::string_view s) {
    PyObject* u = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()), "replace");
    if (!u)
        throw py::error_already_set();
    return py::reinterpret_steal<py::str>(u);
}

// ------------------------------------------------------------------ the part objects
/// A part of a document as Python sees it: the shared state and a pointer into its document. Parts with
/// nothing of their own (deck, paragraph, boilerplate, note, sign-off) are seen as their Span base.
template <class Part>
struct handle {
    state_ptr owner;
    const Part* part;
};

template <class Part>
using optional_handle = std::optional<handle<Part>>;

template <class Part>
optional_handle<Part> maybe(const state_ptr& owner, const std::optional<Part>& p) {
    if (!p)
        return std::nullopt;
    return handle<Part>{owner, &*p};
}

template <class Part, class Parts>
std::vector<handle<Part>> all(const state_ptr& owner, const Parts& parts) {
    std::vector<handle<Part>> out;
    out.reserve(parts.size());
    for (const auto& p : parts)
        out.push_back({owner, &p});
    return out;
}

/// Adds the Span members to a class binding of a part deriving from wirecopy::span.
template <class Class>
void span_members(Class& c) {
    using H = typename Class::type;
    c.def_property_readonly(
         "begin", [](const H& h) { return h.owner->chars(h.part->begin); },
         "start, in characters of the Python string")
        .def_property_readonly(
            "end", [](const H& h) { return h.owner->chars(h.part->end); },
            "end (exclusive), in characters of the Python string")
        .def_property_readonly(
            "byte_begin", [](const H& h) { return h.part->begin; },
            "start, in bytes of the UTF-8 text (the CLI's offsets)")
        .def_property_readonly("byte_end", [](const H& h) { return h.part->end; })
        .def_property_readonly("text", [](const H& h) { return str_of(h.part->text); })
        .def("__repr__", [](const H& h) {
            return "<" + std::string(py::str(py::type::of(py::cast(h)).attr("__name__"))) + " ["
                   + std::to_string(h.owner->chars(h.part->begin)) + ":"
                   + std::to_string(h.owner->chars(h.part->end)) + "] "
                   + std::string(py::repr(str_of(h.part->text.substr(0, 60)))) + ">";
        });
}

/// Binds handle<Part> as Python class `name`, with the Span members.
template <class Part>
py::class_<handle<Part>> bind_span(py::module_& m, const char* name, const char* doc) {
    py::class_<handle<Part>> c(m, name, doc);
    span_members(c);
    return c;
}

/// A member that is an optional span of the part: `location`, `agency`, …
template <class Part, class Member>
auto optional_span(std::optional<Member> Part::*member) {
    return [member](const handle<Part>& h) { return maybe<wirecopy::span>(h.owner, h.part->*member); };
}

// ------------------------------------------------------------------ to_dict(): the CLI's fields as dicts
/// A writer (wirecopy/fields.hpp) building Python dicts and lists.
class dict_builder {
public:
    explicit dict_builder(py::dict root) { stack_.push_back(root); }

    void begin_object() { push(py::dict()); }
    void end_object() { stack_.pop_back(); }
    void begin_array() { push(py::list()); }
    void end_array() { stack_.pop_back(); }
    void key(std::string_view k) { key_ = py::str(k.data(), k.size()); }
    void string(std::string_view s) { put(py::str(s.data(), s.size())); }
    void text(std::string_view s) { put(str_of(s)); }
    void number(std::size_t n) { put(py::int_(n)); }
    void number(int n) { put(py::int_(n)); }
    void boolean(bool b) { put(py::bool_(b)); }
    void null() { put(py::none()); }

private:
    void put(py::object value) {
        py::object& top = stack_.back();
        if (py::isinstance<py::dict>(top))
            top[key_] = std::move(value);
        else
            top.cast<py::list>().append(std::move(value));
    }
    void push(py::object container) {
        put(container);
        stack_.push_back(container);
    }

    std::vector<py::object> stack_;
    py::str key_;
};

// ------------------------------------------------------------------ parsing
wirecopy::parse_into_function style_named(const std::string& name) {
    if (const wirecopy::named_style* found = wirecopy::style_named(name))
        return found->parse_into;
    throw py::value_error("unknown style '" + name + "'");
}

wirecopy::options options_for(const std::optional<std::string>& reference_date, const std::string& quotes) {
    wirecopy::options opts;
    if (reference_date && !(opts.reference_date = wirecopy::iso_date(*reference_date)))
        throw py::value_error("reference_date wants 'YYYY-MM-DD'");
    const std::optional<wirecopy::quote_analysis> mode = wirecopy::quote_analysis_named(quotes);
    if (!mode)
        throw py::value_error("quotes wants 'full', 'local' or 'off'");
    opts.quotes = *mode;
    return opts;
}

std::shared_ptr<state> prepare(const py::handle& text) {
    if (!py::isinstance<py::str>(text))
        throw py::type_error("wirecopy.parse() wants a str, not "
                             + std::string(py::str(py::type::of(text).attr("__name__"))));
    auto s = std::make_shared<state>();
    s->text = utf8_of(py::reinterpret_borrow<py::str>(text));
    return s;
}

handle<wirecopy::document> parse(const py::object& text, const std::string& style,
                                 const std::optional<std::string>& reference_date,
                                 const std::string& quotes) {
    const wirecopy::parse_into_function parse = style_named(style);
    const wirecopy::options opts = options_for(reference_date, quotes);
    std::shared_ptr<state> s = prepare(text);
    {
        py::gil_scoped_release unlocked;
        parse(s->doc, s->text, opts);
        s->index();
    }
    return {s, &s->doc};
}

/// Parses many stories on `threads` threads without the GIL; results in input order.
std::vector<handle<wirecopy::document>> parse_many(const py::iterable& texts, unsigned threads,
                                                   const std::string& style,
                                                   const std::optional<std::string>& reference_date,
                                                   const std::string& quotes) {
    const wirecopy::parse_into_function parse = style_named(style);
    const wirecopy::options opts = options_for(reference_date, quotes);
    std::vector<std::shared_ptr<state>> states;
    for (const py::handle text : texts)
        states.push_back(prepare(text));
    threads = std::max(1u, std::min<unsigned>(threads, static_cast<unsigned>(states.size())));
    {
        py::gil_scoped_release unlocked;
        std::atomic<std::size_t> next{0};
        const auto work = [&] {
            for (std::size_t i; (i = next++) < states.size();) {
                parse(states[i]->doc, states[i]->text, opts);
                states[i]->index();
            }
        };
        std::vector<std::thread> pool;
        for (unsigned t = 1; t < threads; ++t)
            pool.emplace_back(work);
        work();
        for (auto& t : pool)
            t.join();
    }
    std::vector<handle<wirecopy::document>> out;
    out.reserve(states.size());
    for (auto& s : states)
        out.push_back({s, &s->doc});
    return out;
}

} // namespace

PYBIND11_MODULE(_wirecopy, m) {
    m.doc() = "wirecopy: annotates press-wire copy as a typed document of spans";
    m.attr("__version__") = wirecopy::version;

    using wirecopy::span;
    bind_span<span>(m, "Span", "A part of the text: offsets in characters and in UTF-8 bytes, and its text.");

    bind_span<wirecopy::person>(m, "Person", "A name, with the place given with it.")
        .def_property_readonly("location", optional_span(&wirecopy::person::location));

    bind_span<wirecopy::headline>(m, "Headline",
                                  "The headline; `prefix` is a wire's marker such as 'UPDATE 2-'.")
        .def_property_readonly("prefix", optional_span(&wirecopy::headline::prefix));

    bind_span<wirecopy::dateline>(m, "Dateline", "'LONDON, Nov 27 (Reuters) -' and its parts.")
        .def_property_readonly("location", optional_span(&wirecopy::dateline::location))
        .def_property_readonly("date", optional_span(&wirecopy::dateline::date))
        .def_property_readonly("agency", optional_span(&wirecopy::dateline::agency))
        .def_property_readonly("date_iso",
                               [](const handle<wirecopy::dateline>& h) -> std::optional<std::string> {
                                   if (!h.part->date_value)
                                       return std::nullopt;
                                   return std::string(wirecopy::iso_8601(*h.part->date_value).text());
                               })
        .def_property_readonly("year_inferred", [](const handle<wirecopy::dateline>& h) {
            return h.part->date_value && h.part->date_value->year_inferred;
        });

    bind_span<wirecopy::byline>(m, "Byline",
                                "'By NAME and NAME, Reuters' with authors, affiliation and title.")
        .def_property_readonly(
            "authors",
            [](const handle<wirecopy::byline>& h) { return all<wirecopy::person>(h.owner, h.part->authors); })
        .def_property_readonly("affiliation", optional_span(&wirecopy::byline::affiliation))
        .def_property_readonly("title", optional_span(&wirecopy::byline::title));

    bind_span<wirecopy::quote>(m, "Quote", "A quotation (marks included) and who said it.")
        .def_property_readonly("content",
                               [](const handle<wirecopy::quote>& h) {
                                   return handle<span>{h.owner, &h.part->content};
                               })
        .def_property_readonly("speaker", optional_span(&wirecopy::quote::speaker))
        .def_property_readonly("speaker_name",
                               [](const handle<wirecopy::quote>& h) -> std::optional<py::str> {
                                   if (!h.part->speaker_name)
                                       return std::nullopt;
                                   return str_of(h.part->speaker_name->text);
                               })
        .def_property_readonly("cue", optional_span(&wirecopy::quote::cue))
        .def_property_readonly("channel", optional_span(&wirecopy::quote::channel))
        .def_property_readonly(
            "kind", [](const handle<wirecopy::quote>& h) { return std::string(to_string(h.part->kind)); })
        .def_property_readonly("index", [](const handle<wirecopy::quote>& h) { return h.part->index; })
        .def_property_readonly("parent", [](const handle<wirecopy::quote>& h) { return h.part->parent; });

    bind_span<wirecopy::contact>(m, "Contact", "A contact line entry: name, place and e-mail.")
        .def_property_readonly(
            "role", [](const handle<wirecopy::contact>& h) { return std::string(to_string(h.part->role)); })
        .def_property_readonly("name",
                               [](const handle<wirecopy::contact>& h) {
                                   return handle<span>{h.owner, &h.part->name};
                               })
        .def_property_readonly("location", optional_span(&wirecopy::contact::location))
        .def_property_readonly("email", optional_span(&wirecopy::contact::email));

    bind_span<wirecopy::credit>(m, "Credit", "'Reporting by A in CITY and B': role and names.")
        .def_property_readonly(
            "role", [](const handle<wirecopy::credit>& h) { return std::string(to_string(h.part->role)); })
        .def_property_readonly("role_text",
                               [](const handle<wirecopy::credit>& h) {
                                   return handle<span>{h.owner, &h.part->role_text};
                               })
        .def_property_readonly("names", [](const handle<wirecopy::credit>& h) {
            return all<wirecopy::person>(h.owner, h.part->names);
        });

    bind_span<wirecopy::copyright>(m, "Copyright", "'©2019 Bloomberg L.P.': year and holder.")
        .def_property_readonly("year", [](const handle<wirecopy::copyright>& h) { return h.part->year; })
        .def_property_readonly("holder", optional_span(&wirecopy::copyright::holder));

    py::class_<handle<wirecopy::diagnostic>>(m, "Diagnostic", "A problem found in the input.")
        .def_property_readonly(
            "code",
            [](const handle<wirecopy::diagnostic>& h) { return std::string(to_string(h.part->code)); })
        .def_property_readonly(
            "severity",
            [](const handle<wirecopy::diagnostic>& h) { return std::string(to_string(h.part->severity)); })
        .def_property_readonly(
            "message", [](const handle<wirecopy::diagnostic>& h) { return std::string(h.part->message); })
        .def_property_readonly(
            "begin", [](const handle<wirecopy::diagnostic>& h) { return h.owner->chars(h.part->begin); })
        .def_property_readonly(
            "end", [](const handle<wirecopy::diagnostic>& h) { return h.owner->chars(h.part->end); })
        .def_property_readonly("byte_begin",
                               [](const handle<wirecopy::diagnostic>& h) { return h.part->begin; })
        .def_property_readonly("byte_end", [](const handle<wirecopy::diagnostic>& h) { return h.part->end; })
        .def("__repr__", [](const handle<wirecopy::diagnostic>& h) {
            return "<Diagnostic " + std::string(to_string(h.part->code)) + " at "
                   + std::to_string(h.part->begin) + ">";
        });

    using doc_handle = handle<wirecopy::document>;
    const auto parts = [](auto member, auto tag) {
        using Part = decltype(tag);
        return [member](const doc_handle& h) { return all<Part>(h.owner, h.part->*member); };
    };
    py::class_<doc_handle>(m, "Document", "A story annotated: every part a span of `text`.")
        .def_property_readonly("text", [](const doc_handle& h) { return str_of(h.owner->text); })
        .def_property_readonly("wire",
                               [](const doc_handle& h) -> std::optional<std::string> {
                                   if (h.part->wire == wirecopy::wire::unknown)
                                       return std::nullopt;
                                   return std::string(to_string(h.part->wire));
                               })
        .def_property_readonly("headline",
                               [](const doc_handle& h) { return maybe(h.owner, h.part->headline); })
        .def_property_readonly("deck", parts(&wirecopy::document::decks, span{}))
        .def_property_readonly("byline", [](const doc_handle& h) { return maybe(h.owner, h.part->byline); })
        .def_property_readonly("dateline",
                               [](const doc_handle& h) { return maybe(h.owner, h.part->dateline); })
        .def_property_readonly("notes", parts(&wirecopy::document::notes, span{}))
        .def_property_readonly("paragraphs", parts(&wirecopy::document::paragraphs, span{}))
        .def_property_readonly("quotes", parts(&wirecopy::document::quotes, wirecopy::quote{}))
        .def_property_readonly("contributors", parts(&wirecopy::document::contributors, wirecopy::person{}))
        .def_property_readonly("contacts", parts(&wirecopy::document::contacts, wirecopy::contact{}))
        .def_property_readonly("credits", parts(&wirecopy::document::credits, wirecopy::credit{}))
        .def_property_readonly("copyright",
                               [](const doc_handle& h) { return maybe(h.owner, h.part->copyright); })
        .def_property_readonly("signoff",
                               [](const doc_handle& h) -> optional_handle<span> {
                                   if (!h.part->signoff)
                                       return std::nullopt;
                                   return handle<span>{h.owner, &*h.part->signoff};
                               })
        .def_property_readonly("boilerplate", parts(&wirecopy::document::boilerplate, span{}))
        .def_property_readonly("diagnostics", parts(&wirecopy::document::diagnostics, wirecopy::diagnostic{}))
        .def(
            "to_dict",
            [](const doc_handle& h) {
                py::dict out;
                dict_builder builder(out);
                wirecopy::write_fields(builder, *h.part);
                return out;
            },
            "The document as the CLI writes it in JSON (byte offsets), as dicts and lists.")
        .def("__repr__", [](const doc_handle& h) {
            return "<Document wire="
                   + std::string(h.part->wire == wirecopy::wire::unknown ? "None" : to_string(h.part->wire))
                   + " paragraphs=" + std::to_string(h.part->paragraphs.size())
                   + " quotes=" + std::to_string(h.part->quotes.size()) + ">";
        });

    m.def("parse", &parse, py::arg("text"), py::kw_only(), py::arg("style") = "any",
          py::arg("reference_date") = py::none(), py::arg("quotes") = "full",
          "Annotates one story. Never raises on malformed text: problems become `diagnostics`.");
    m.def("parse_many", &parse_many, py::arg("texts"), py::kw_only(), py::arg("threads") = 1,
          py::arg("style") = "any", py::arg("reference_date") = py::none(), py::arg("quotes") = "full",
          "Annotates many stories on `threads` threads, without the GIL; results in input order.");
}
