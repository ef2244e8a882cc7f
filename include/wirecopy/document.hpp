// wirecopy — typed document model of a wire story.
//
// Every part is a byte range of the caller's input together with a std::string_view of exactly those
// bytes. Lifetime rule: a document (and every span in it) borrows the input buffer; it stays valid only
// while that buffer is alive and unmodified. This header includes no Boost and knows nothing of parsing.
#pragma once

#include <cstddef>
#include <cstdio>
#include <optional>
#include <string_view>
#include <vector>

namespace wirecopy {

/// A byte range [begin, end) of the input and its text; `text` is always `input.substr(begin, end - begin)`.
struct span {
    std::size_t begin = 0;
    std::size_t end = 0;
    std::string_view text;

    constexpr std::size_t size() const noexcept { return end - begin; }
    constexpr bool empty() const noexcept { return begin == end; }
};

constexpr bool operator==(const span& a, const span& b) noexcept {
    return a.begin == b.begin && a.end == b.end && a.text.data() == b.text.data();
}
constexpr bool operator!=(const span& a, const span& b) noexcept {
    return !(a == b);
}

/// A read-only contiguous sequence borrowed from elsewhere; the event API hands lists out this way so
/// that reporting a part never allocates.
template <class T>
class view {
public:
    constexpr view() noexcept = default;
    constexpr view(const T* first, std::size_t count) noexcept : first_(first), count_(count) {}

    constexpr const T* begin() const noexcept { return first_; }
    constexpr const T* end() const noexcept { return first_ + count_; }
    constexpr std::size_t size() const noexcept { return count_; }
    constexpr bool empty() const noexcept { return count_ == 0; }
    constexpr const T& operator[](std::size_t i) const noexcept { return first_[i]; }

private:
    const T* first_ = nullptr;
    std::size_t count_ = 0;
};

/// The wire service a story came from, as far as its conventions tell.
enum class wire : unsigned char {
    unknown,
    reuters,
    ap,
    afp,
    upi,
    xinhua,
    cnn,
    nyt,
    canadian_press,
    bloomberg
};

/// Lower-case identifier of a wire ("reuters", "canadian_press"); empty for `wire::unknown`.
constexpr std::string_view to_string(wire w) noexcept {
    constexpr std::string_view names[] = {"",    "reuters",        "ap",       "afp", "upi", "xinhua", "cnn",
                                          "nyt", "canadian_press", "bloomberg"};
    return names[static_cast<unsigned>(w)];
}

/// A calendar date; `year_inferred` says the year was not in the text but taken from
/// `options::reference_date`.
struct civil_date {
    int year = 0; ///< 0 when unknown
    int month = 0;
    int day = 0;
    bool year_inferred = false;
};

/// A date as ISO 8601 text, held in a small buffer of its own: "2019-03-04", or "--03-04" without a year.
class iso_8601 {
public:
    explicit iso_8601(const civil_date& d) noexcept {
        const int n = d.year > 0
                          ? std::snprintf(chars_, sizeof chars_, "%04d-%02d-%02d", d.year, d.month, d.day)
                          : std::snprintf(chars_, sizeof chars_, "--%02d-%02d", d.month, d.day);
        size_ = n > 0 ? static_cast<std::size_t>(n) : 0;
    }
    std::string_view text() const noexcept { return {chars_, size_}; }

private:
    char chars_[32]{};
    std::size_t size_ = 0;
};

/// Headline line; `prefix` is a wire's editorial marker in front of it ("UPDATE 2-", "EXCLUSIVE-").
struct headline : span {
    std::optional<span> prefix;
};
/// A second headline or summary line under the headline.
struct deck : span {};
/// Furniture that is not part of the story: "ADVERTISEMENT", promo lines, "For more articles like this…".
struct boilerplate : span {};
/// A paragraph of the story, trimmed of surrounding white space.
struct paragraph : span {};
/// The closing sign-off of the story ("Reuter", "bur-lth/cw").
struct signoff : span {};
/// An editorial note to clients ("(Corrects paragraph 3 …)", "Eds: …").
struct editorial_note : span {};

/// "LONDON, Nov 27 (Reuters) - ": the whole dateline up to and including its separator, and its parts.
struct dateline : span {
    std::optional<span> location;
    std::optional<span> date;
    std::optional<span> agency;
    std::optional<civil_date> date_value; ///< the date, normalised, when it could be read
};

/// A named person; the span is the name. `location` is a place given with it ("Andrew Rosati in Caracas").
struct person : span {
    std::optional<span> location;
};

/// A contributor credited at the end of a story ("--With assistance from Eric Martin").
struct contributor : person {};

/// "By NAME and NAME, Reuters": the byline line(s), its authors, an affiliation and a title line.
template <class People>
struct basic_byline : span {
    People authors;
    std::optional<span> affiliation; ///< "Reuters" in "by Janie Gabbett, Reuters"
    std::optional<span> title;       ///< "Associated Press Writer"
};
using byline = basic_byline<std::vector<person>>;

/// What a quotation is: someone's full utterance, a fragment inside reported speech, a word held at a
/// distance (nobody speaks), or the title of a work.
enum class quote_kind : unsigned char { direct, partial, scare, title };

constexpr std::string_view to_string(quote_kind k) noexcept {
    constexpr std::string_view names[] = {"direct", "partial", "scare", "title"};
    return names[static_cast<unsigned>(k)];
}

/// A quotation. The span includes the quote marks; `content` is the text between them. A quote continued
/// over paragraphs (the AP convention) is one quotation per paragraph, each from its opening mark (the last
/// to the closing one), with the speaker and kind of the whole.
struct quote : span {
    span content;
    std::optional<span> speaker;      ///< as attributed: "Lavrov", "she", "a statement"
    std::optional<span> speaker_name; ///< the full name the speaker resolves to within the story
    std::optional<span> cue;          ///< "said", "told", "according to"
    std::optional<span> channel;      ///< "Reuters" in "told Reuters", "a statement" in "in a statement"
    quote_kind kind = quote_kind::direct;
    std::size_t index = 0;             ///< position of the quote in the story, counting from 0
    std::optional<std::size_t> parent; ///< index of the enclosing quote of a nested quote
};

enum class contact_role : unsigned char { reporter, editor };

constexpr std::string_view to_string(contact_role r) noexcept {
    return r == contact_role::reporter ? "reporter" : "editor";
}

/// A contact line entry: "Andrew Rosati in Caracas at arosati3@bloomberg.net".
struct contact : span {
    contact_role role = contact_role::reporter;
    span name;
    std::optional<span> location;
    std::optional<span> email;
};

enum class credit_role : unsigned char {
    reporting,
    additional_reporting,
    writing,
    editing,
    compiled, ///< "Compiled by", as the wire writes it
    other
};

constexpr std::string_view to_string(credit_role r) noexcept {
    constexpr std::string_view names[] = {
        "reporting", "additional reporting", "writing", "editing", "compiled", "other"};
    return names[static_cast<unsigned>(r)];
}

/// One role of a credit line: "Additional reporting by A in CITY and B". `role_text` is the role as
/// written ("Additional reporting").
template <class People>
struct basic_credit : span {
    credit_role role = credit_role::other;
    span role_text;
    People names;
};
using credit = basic_credit<std::vector<person>>;

/// "©2019 Bloomberg L.P.", "(c) Reuters Limited 1996".
struct copyright : span {
    std::optional<int> year;
    std::optional<span> holder;
};

enum class severity : unsigned char { note, warning, error };

constexpr std::string_view to_string(severity s) noexcept {
    constexpr std::string_view names[] = {"note", "warning", "error"};
    return names[static_cast<unsigned>(s)];
}

/// What a diagnostic is about. The annotator never throws on input: whatever it cannot read becomes one.
enum class diagnostic_code : unsigned char {
    empty_input,          ///< nothing but white space
    byte_order_mark,      ///< a UTF-8 BOM was skipped
    utf16_input,          ///< the input is UTF-16; it is not annotated
    invalid_utf8,         ///< bytes that are not UTF-8
    nul_bytes,            ///< NUL bytes: probably not text
    binary_input,         ///< mostly control bytes: not text; it is not annotated
    unclosed_quote,       ///< an opening quote mark without its closing mark
    unmatched_quote,      ///< a closing quote mark without its opening mark
    nesting_too_deep,     ///< quotes nested deeper than `options::max_quote_depth`
    too_many_diagnostics, ///< further diagnostics were dropped
    style_out_of_range,   ///< a user style hook returned text outside the input; it was ignored
    out_of_memory,        ///< the document could not be completed
    unread_byline,        ///< a line that opens as a byline ("By …") the grammar could not read: a note
};

constexpr std::string_view to_string(diagnostic_code c) noexcept {
    constexpr std::string_view names[] = {"empty_input",          "byte_order_mark",    "utf16_input",
                                          "invalid_utf8",         "nul_bytes",          "binary_input",
                                          "unclosed_quote",       "unmatched_quote",    "nesting_too_deep",
                                          "too_many_diagnostics", "style_out_of_range", "out_of_memory",
                                          "unread_byline"};
    return names[static_cast<unsigned>(c)];
}

/// A problem found in the input, with where it is. `message` is a static string.
struct diagnostic {
    diagnostic_code code = diagnostic_code::empty_input;
    wirecopy::severity severity = severity::warning;
    std::string_view message;
    std::size_t begin = 0;
    std::size_t end = 0;
};

/// A wire story annotated: every part is a span of `input`. Parts of the same kind are in input order.
struct document {
    std::string_view input;
    wirecopy::wire wire = wire::unknown;
    std::optional<wirecopy::headline> headline;
    std::vector<wirecopy::deck> decks;
    std::optional<wirecopy::byline> byline;
    std::optional<wirecopy::dateline> dateline;
    std::vector<editorial_note> notes;
    std::vector<paragraph> paragraphs;
    std::vector<quote> quotes;
    std::vector<contributor> contributors;
    std::vector<contact> contacts;
    std::vector<credit> credits;
    std::optional<wirecopy::copyright> copyright;
    std::optional<wirecopy::signoff> signoff;
    std::vector<wirecopy::boilerplate> boilerplate;
    std::vector<diagnostic> diagnostics;

    /// Empties the document but keeps the capacity of its lists, so that reusing it does not allocate.
    void clear() noexcept {
        input = {};
        wire = wire::unknown;
        headline.reset();
        decks.clear();
        byline.reset();
        dateline.reset();
        notes.clear();
        paragraphs.clear();
        quotes.clear();
        contributors.clear();
        contacts.clear();
        credits.clear();
        copyright.reset();
        signoff.reset();
        boilerplate.clear();
        diagnostics.clear();
    }
};

} // namespace wirecopy
