// wirecopy's typed model: parse_into() over every story, reusing one document as a parser loop would;
// with the quotation work in full (the default), local, or off.
#include "competitors.hpp"

#include <wirecopy/wirecopy.hpp>

namespace wirecopy_bench {

tally wirecopy_parse(const input_set& input, wirecopy::quote_analysis quotes) {
    tally t;
    wirecopy::document doc;
    wirecopy::options opts;
    opts.quotes = quotes;
    for (std::string_view story : input.stories) {
        wirecopy::parse_into(doc, story, opts);
        ++t.stories;
        t.datelines += doc.dateline.has_value();
        t.quotes += doc.quotes.size();
        t.paragraphs += doc.paragraphs.size();
    }
    return t;
}

std::vector<story_finding> wirecopy_findings(const input_set& input) {
    std::vector<story_finding> found;
    wirecopy::document doc;
    for (std::string_view story : input.stories) {
        wirecopy::parse_into(doc, story);
        found.push_back({doc.dateline ? std::string(doc.dateline->text) : std::string(), doc.quotes.size()});
    }
    return found;
}

} // namespace wirecopy_bench
