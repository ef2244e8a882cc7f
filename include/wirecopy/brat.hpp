// wirecopy — export of a document as brat standoff annotation (.ann), loadable in brat and INCEpTION.
//
//   std::string ann = wirecopy::to_brat(doc);    // the input itself is the .txt
//
// T lines for every span (Headline, Deck, Dateline, Location, Agency, Byline, Author, Quote, Speaker, Cue,
// Contributor, Contact, Email, Credit, Copyright, Signoff, Boilerplate, Note), R lines linking each quote
// to its speaker and cue, A lines for the quote kind, and annotator notes with the resolved speaker.
// Offsets are in characters (Unicode code points) of the input, as brat counts them; a span that crosses
// a line break is written as fragments. brat reads only UTF-8: a byte that is not counts as one character,
// written U+FFFD in the .ann, and `brat_text(input)` is the .txt to go with it (the input, with the same
// U+FFFD), so that the offsets hold in either. `brat_annotation_conf` declares these types. Needs no Boost.
#pragma once

#include <wirecopy/detail/chars.hpp>
#include <wirecopy/detail/utf8.hpp>
#include <wirecopy/document.hpp>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

namespace wirecopy {

/// The brat `annotation.conf` for the types `to_brat()` writes.
inline constexpr std::string_view brat_annotation_conf =
    "[entities]\n"
    "Headline\nDeck\nDateline\nLocation\nAgency\nByline\n"
    "Author\nQuote\nSpeaker\nCue\nContributor\nContact\n"
    "Email\nCredit\nCopyright\nSignoff\nBoilerplate\nNote\n"
    "[relations]\n"
    "Speaker\tArg1:Quote, Arg2:Speaker\n"
    "Cue\tArg1:Quote, Arg2:Cue\n"
    "[events]\n"
    "[attributes]\n"
    "Kind\tArg:Quote, Value:direct|partial|scare|title\n";

/// `text` as brat reads it: each byte that is not UTF-8 as U+FFFD, one character as `to_brat()` counts it.
inline std::string brat_text(std::string_view text) {
    std::string out;
    std::size_t clean = 0;
    detail::for_each_invalid_utf8(text, [&](std::size_t begin, std::size_t end) {
        out.append(text, clean, begin - clean);
        for (std::size_t i = begin; i < end; ++i)
            out += "\xEF\xBF\xBD";
        clean = end;
    });
    return out.append(text, clean, std::string_view::npos);
}

namespace detail {

class brat_writer {
public:
    explicit brat_writer(const document& doc) : doc_(doc), in_(doc.input) {}

    std::string write() {
        collect();
        index_characters();
        std::string out;
        for (const entity& e : entities_) {
            out += 'T' + std::to_string(e.id) + '\t' + std::string(e.type) + ' ';
            std::string text;
            bool first = true;
            for_each_fragment(e.begin, e.end, [&](std::size_t b, std::size_t f) {
                out +=
                    (first ? "" : ";") + std::to_string(characters(b)) + ' ' + std::to_string(characters(f));
                text += (first ? "" : " ") + brat_text(in_.substr(b, f - b));
                first = false;
            });
            out += '\t' + text + '\n';
        }
        out += relations_;
        return out;
    }

private:
    struct entity {
        std::size_t id;
        std::string_view type;
        std::size_t begin, end;
    };

    /// Adds an entity for `s` (unless it is empty or only white space); returns its id, or 0.
    std::size_t add(std::string_view type, const span& s) {
        bool blank = true;
        for_each_fragment(s.begin, s.end, [&](std::size_t, std::size_t) { blank = false; });
        if (blank)
            return 0;
        entities_.push_back({entities_.size() + 1, type, s.begin, s.end});
        return entities_.size();
    }
    std::size_t add(std::string_view type, const std::optional<span>& s) { return s ? add(type, *s) : 0; }
    template <class Parts>
    void add_all(std::string_view type, const Parts& parts) {
        for (const auto& p : parts)
            add(type, p);
    }

    void collect() {
        add("Headline", doc_.headline ? std::optional<span>(*doc_.headline) : std::nullopt);
        add_all("Deck", doc_.decks);
        add_all("Note", doc_.notes);
        if (doc_.byline) {
            add("Byline", *doc_.byline);
            add_all("Author", doc_.byline->authors);
        }
        if (doc_.dateline) {
            add("Dateline", *doc_.dateline);
            add("Location", doc_.dateline->location);
            add("Agency", doc_.dateline->agency);
        }
        std::size_t relation = 0, attribute = 0, note = 0;
        for (const quote& q : doc_.quotes) {
            const std::size_t quote_id = add("Quote", q);
            if (!quote_id)
                continue;
            relations_ += 'A' + std::to_string(++attribute) + "\tKind T" + std::to_string(quote_id) + ' '
                          + std::string(to_string(q.kind)) + '\n';
            if (const std::size_t speaker = add("Speaker", q.speaker)) {
                relations_ += 'R' + std::to_string(++relation) + "\tSpeaker Arg1:T" + std::to_string(quote_id)
                              + " Arg2:T" + std::to_string(speaker) + '\n';
                if (q.speaker_name)
                    relations_ += '#' + std::to_string(++note) + "\tAnnotatorNotes T"
                                  + std::to_string(speaker) + '\t' + one_line(brat_text(q.speaker_name->text))
                                  + '\n';
            }
            if (const std::size_t cue = add("Cue", q.cue))
                relations_ += 'R' + std::to_string(++relation) + "\tCue Arg1:T" + std::to_string(quote_id)
                              + " Arg2:T" + std::to_string(cue) + '\n';
        }
        add_all("Contributor", doc_.contributors);
        for (const contact& c : doc_.contacts) {
            add("Contact", c);
            add("Email", c.email);
        }
        add_all("Credit", doc_.credits);
        add("Copyright", doc_.copyright ? std::optional<span>(*doc_.copyright) : std::nullopt);
        add("Signoff", doc_.signoff ? std::optional<span>(*doc_.signoff) : std::nullopt);
        add_all("Boilerplate", doc_.boilerplate);
    }

    static std::string one_line(std::string out) {
        std::replace(out.begin(), out.end(), '\n', ' ');
        std::replace(out.begin(), out.end(), '\r', ' ');
        return out;
    }

    /// Calls `f(begin, end)` for each piece of [begin, end) between line breaks, trimmed of blanks.
    template <class F>
    void for_each_fragment(std::size_t begin, std::size_t end, F&& f) const {
        std::size_t at = begin;
        while (at < end) {
            std::size_t stop = at;
            while (stop < end && in_[stop] != '\n' && in_[stop] != '\r')
                ++stop;
            const std::size_t b = skip_blanks(in_, at, stop);
            const std::size_t e = trim_blanks_back(in_, b, stop);
            if (b < e)
                f(b, e);
            at = stop + 1;
        }
    }

    /// Character offsets of every byte offset used, in one pass over the input.
    void index_characters() {
        for (const entity& e : entities_)
            for_each_fragment(e.begin, e.end, [&](std::size_t b, std::size_t f) {
                bytes_.push_back(b);
                bytes_.push_back(f);
            });
        std::sort(bytes_.begin(), bytes_.end());
        bytes_.erase(std::unique(bytes_.begin(), bytes_.end()), bytes_.end());
        chars_.resize(bytes_.size());
        std::size_t byte = 0, count = 0;
        for (std::size_t i = 0; i < bytes_.size(); ++i) {
            while (byte < bytes_[i]) {
                const code_point cp = decode_at(in_, byte);
                byte += cp.length ? cp.length : 1; // a byte that is not UTF-8 reads as one U+FFFD (brat_text)
                ++count;
            }
            chars_[i] = count;
        }
    }

    std::size_t characters(std::size_t byte) const {
        return chars_[static_cast<std::size_t>(std::lower_bound(bytes_.begin(), bytes_.end(), byte)
                                               - bytes_.begin())];
    }

    const document& doc_;
    std::string_view in_;
    std::vector<entity> entities_;
    std::string relations_;
    std::vector<std::size_t> bytes_, chars_;
};

} // namespace detail

/// `doc` as brat standoff annotation; the input is the matching .txt.
inline std::string to_brat(const document& doc) {
    return detail::brat_writer(doc).write();
}

} // namespace wirecopy
