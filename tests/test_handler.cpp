// The virtual handler (`wirecopy::handler`) and `annotate(text, handler&)`: called with every part that
// parse() keeps, in each style. tests/CMakeLists.txt also builds this file against wirecopy::compiled.
#include "support.hpp"

#include <doctest/doctest.h>

#include <cstddef>
#include <filesystem>
#include <string>

namespace {

/// Counts every part it is given, by kind.
struct part_counter final : wirecopy::handler {
    std::size_t headlines = 0, decks = 0, boilerplate = 0, bylines = 0, datelines = 0, notes = 0,
                paragraphs = 0, quotes = 0, contributors = 0, contacts = 0, credits = 0, copyrights = 0,
                signoffs = 0, diagnostics = 0, ends = 0;
    wirecopy::wire wire = wirecopy::wire::unknown;

    void operator()(const wirecopy::headline&) override { ++headlines; }
    void operator()(const wirecopy::deck&) override { ++decks; }
    void operator()(const wirecopy::boilerplate&) override { ++boilerplate; }
    void operator()(const wirecopy::byline_event&) override { ++bylines; }
    void operator()(const wirecopy::dateline&) override { ++datelines; }
    void operator()(const wirecopy::editorial_note&) override { ++notes; }
    void operator()(const wirecopy::paragraph&) override { ++paragraphs; }
    void operator()(const wirecopy::quote&) override { ++quotes; }
    void operator()(const wirecopy::contributor&) override { ++contributors; }
    void operator()(const wirecopy::contact&) override { ++contacts; }
    void operator()(const wirecopy::credit_event&) override { ++credits; }
    void operator()(const wirecopy::copyright&) override { ++copyrights; }
    void operator()(const wirecopy::signoff&) override { ++signoffs; }
    void operator()(const wirecopy::diagnostic&) override { ++diagnostics; }
    void operator()(const wirecopy::story_end& end) override {
        ++ends;
        wire = end.wire;
    }
};

} // namespace

TEST_CASE_TEMPLATE("a wirecopy::handler is called with every part parse() keeps", Style,
                   wirecopy::styles::any, wirecopy::styles::reuters, wirecopy::styles::ap,
                   wirecopy::styles::bloomberg) {
    std::size_t stories = 0;
    for (const auto& entry : std::filesystem::directory_iterator(wirecopy_test::fixture_path(""))) {
        if (entry.path().extension() != ".txt")
            continue;
        CAPTURE(entry.path().string());
        const std::string text = wirecopy_test::read_file(entry.path().string());
        const wirecopy::document doc = wirecopy::parse<Style>(text);
        part_counter parts;
        wirecopy::annotate<Style>(text, static_cast<wirecopy::handler&>(parts));
        CHECK(parts.headlines == (doc.headline ? 1 : 0));
        CHECK(parts.decks == doc.decks.size());
        CHECK(parts.boilerplate == doc.boilerplate.size());
        CHECK(parts.bylines == (doc.byline ? 1 : 0));
        CHECK(parts.datelines == (doc.dateline ? 1 : 0));
        CHECK(parts.notes == doc.notes.size());
        CHECK(parts.paragraphs == doc.paragraphs.size());
        CHECK(parts.quotes == doc.quotes.size());
        CHECK(parts.contributors == doc.contributors.size());
        CHECK(parts.contacts == doc.contacts.size());
        CHECK(parts.credits == doc.credits.size());
        CHECK(parts.copyrights == (doc.copyright ? 1 : 0));
        CHECK(parts.signoffs == (doc.signoff ? 1 : 0));
        CHECK(parts.diagnostics == doc.diagnostics.size());
        CHECK(parts.ends == 1);
        CHECK(parts.wire == doc.wire);
        ++stories;
    }
    CHECK(stories >= 25);
}

TEST_CASE("a handler that overrides one part gets that part and ignores the others") {
    struct quote_counter : wirecopy::handler {
        std::size_t quotes = 0;
        void operator()(const wirecopy::quote&) override { ++quotes; }
    } counter;
    const std::string text = wirecopy_test::read_file(wirecopy_test::fixture_path("ap-flood.txt"));
    wirecopy::annotate<wirecopy::styles::ap>(text, static_cast<wirecopy::handler&>(counter));
    const wirecopy::document doc = wirecopy::parse<wirecopy::styles::ap>(text);
    CHECK(doc.wire == wirecopy::wire::ap);
    CHECK(counter.quotes > 0);
    CHECK(counter.quotes == doc.quotes.size());
}
