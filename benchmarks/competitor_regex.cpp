// The baseline a user would write with std::regex for the same rules: byline and dateline patterns tried
// at the start of the first lines, a quotation pattern over the story with "X said" / "said X" after each
// quote, and the footer patterns (credits, contact lines, contributors, copyright) searched in the story,
// the sign-off at its end.
#include "competitors.hpp"

#include <regex>

namespace wirecopy_bench {

namespace {

struct patterns {
    std::regex dateline{
        R"(\s*((?:[A-Z][A-Za-z.'\-]*(?: [A-Za-z.'\-]+)*)(?:, [A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)*)?)?)"
        R"((?:,? ((?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}))?)"
        R"( ?(?:\((Reuters|AP|AFP|UPI|Xinhua|CNN|Bloomberg)\))? ?(--|\xE2\x80\x94|\xE2\x80\x93|-|_)(?=\s))"};
    std::regex byline{
        R"(\s*[Bb][Yy] ([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*)(?:(?:,| and) ([A-Z][\w.'-]*(?: [A-Z][\w.'-]*)*))*)"};
    std::regex quote{"\xE2\x80\x9C([^\xE2]+)\xE2\x80\x9D|\"([^\"]+)\""};
    std::regex attribution{R"(\s*,?\s*(?:(said|says|told|added|asked) ([A-Z][\w'-]*(?: [A-Z][\w'-]*)*))"
                           R"(|([A-Z][\w'-]*(?: [A-Z][\w'-]*)*|he|she|they) (said|says|told|added|asked)))"};
    std::regex footer{
        R"(\((?:[A-Z][a-z]+(?: [a-z]+)* by [^;)]+;? ?)+\))"
        R"(|To contact the (?:reporter|editor)s? [^:]*: ?(?:[A-Z][\w'-]* [A-Z][\w'-]*(?: in [A-Z]\w*)?(?: at [\w.]+@[\w.]+)?[;, ]*)+)"
        R"(|(?:With assistance from|contributed to this report)|(?:\xC2\xA9|\(c\)|Copyright) ?\d{4} [A-Z][\w.]*(?: [A-Z][\w.]*)*)"};
    std::regex signoff{R"(\s(Reuters?|REUTERS?)\.*\s*$)"};
};

const patterns& compiled() {
    static const patterns p;
    return p;
}

/// Scans one story; `dateline` receives the dateline text.
std::size_t scan(std::string_view story, std::string* dateline, tally& t) {
    const patterns& p = compiled();
    std::cmatch m;
    // Byline and dateline: the first eight lines, each with its line break (the dateline looks past it).
    std::size_t at = 0;
    bool byline = false;
    for (int line = 0; line < 8 && at < story.size(); ++line) {
        const std::size_t nl = story.find('\n', at);
        const std::size_t end = nl == std::string_view::npos ? story.size() : nl + 1;
        if (!byline
            && std::regex_search(story.data() + at, story.data() + end, m, p.byline,
                                 std::regex_constants::match_continuous)) {
            byline = true;
            at = end;
            continue;
        }
        if (std::regex_search(story.data() + at, story.data() + end, m, p.dateline,
                              std::regex_constants::match_continuous)
            && (m[2].matched || m[3].matched)) {
            ++t.datelines;
            if (dateline) {
                const char* first = m[1].matched ? m[1].first : m[2].matched ? m[2].first : m[0].first;
                *dateline = std::string(first, m[0].second);
            }
            break;
        }
        at = end;
    }
    std::size_t quotes = 0;
    for (std::cregex_iterator it(story.data(), story.data() + story.size(), p.quote), end; it != end; ++it) {
        ++quotes;
        std::cmatch who;
        std::regex_search((*it)[0].second, story.data() + story.size(), who, p.attribution,
                          std::regex_constants::match_continuous);
    }
    for (std::cregex_iterator it(story.data(), story.data() + story.size(), p.footer), end; it != end; ++it)
        ++t.marks;
    const std::size_t tail = story.size() > 200 ? story.size() - 200 : 0;
    std::regex_search(story.data() + tail, story.data() + story.size(), m, p.signoff);
    t.quotes += quotes;
    ++t.stories;
    return quotes;
}

} // namespace

tally regex_baseline(const input_set& input) {
    tally t;
    for (std::string_view story : input.stories)
        scan(story, nullptr, t);
    return t;
}

std::vector<story_finding> regex_findings(const input_set& input) {
    std::vector<story_finding> found;
    tally t;
    for (std::string_view story : input.stories) {
        story_finding f;
        f.quotes = scan(story, &f.dateline, t);
        found.push_back(std::move(f));
    }
    return found;
}

} // namespace wirecopy_bench
