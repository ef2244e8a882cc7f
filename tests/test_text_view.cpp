// The annotator's terminal view (--format text): every part's start and end are marked, with or without
// colour.
#include "cli/text_view.hpp"

#include <doctest/doctest.h>

#include <string>
#include <string_view>

namespace {

/// The span of the first `needle` in `input`.
wirecopy::span span_of(std::string_view input, std::string_view needle) {
    const std::size_t begin = input.find(needle);
    REQUIRE(begin != std::string_view::npos);
    return {begin, begin + needle.size(), input.substr(begin, needle.size())};
}

} // namespace

TEST_CASE("the terminal view without colour marks where each part ends as well as where it begins") {
    const std::string_view input =
        "Harbor Vote\n\nBOSTON (Reuters) - \xE2\x80\x9CWe will,\xE2\x80\x9D Ana Ruiz said.\n";
    wirecopy::document doc;
    doc.input = input;
    doc.headline.emplace();
    static_cast<wirecopy::span&>(*doc.headline) = span_of(input, "Harbor Vote");
    doc.dateline.emplace();
    static_cast<wirecopy::span&>(*doc.dateline) = span_of(input, "BOSTON (Reuters) -");
    wirecopy::quote& q = doc.quotes.emplace_back();
    static_cast<wirecopy::span&>(q) = span_of(input, "\xE2\x80\x9CWe will,\xE2\x80\x9D");
    q.speaker = span_of(input, "Ana Ruiz");
    const wirecopy::span invalid = span_of(input, "will");
    doc.diagnostics.push_back({wirecopy::diagnostic_code::invalid_utf8, wirecopy::severity::warning, "",
                               invalid.begin, invalid.end});

    CHECK(wirecopy_cli::text_view(doc, false).render()
          == "[headline] Harbor Vote [/headline]\n\n[dateline] BOSTON (Reuters) - [/dateline] [quote] "
             "\xE2\x80\x9CWe [invalid_utf8] will [/invalid_utf8],\xE2\x80\x9D [/quote, direct: Ana Ruiz] Ana "
             "Ruiz said.\n");
}
