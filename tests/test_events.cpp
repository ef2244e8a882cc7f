// The event API: partial handlers, generic handlers, the closing event, agreement with parse(), and no
// allocation on this path.
#include "support.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <cstdlib>
#include <new>
#include <string>
#include <vector>

namespace {

std::atomic<bool> counting{false};
std::atomic<long> allocations{0};

} // namespace

// Counts allocations made while `counting` is set; the rest of the suite is unaffected. (GCC cannot see
// that these replacements pair malloc with free themselves.)
#pragma GCC diagnostic push
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
void* operator new(std::size_t size) {
    if (counting.load(std::memory_order_relaxed))
        allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(size ? size : 1))
        return p;
    throw std::bad_alloc();
}
void operator delete(void* p) noexcept {
    std::free(p);
}
void operator delete(void* p, std::size_t) noexcept {
    std::free(p);
}
#pragma GCC diagnostic pop

namespace {

const std::string sample =
    wirecopy_test::read_file(std::string(WIRECOPY_SOURCE_DIR) + "/examples/sample/story.txt");

struct quotes_only {
    std::vector<std::string> contents;
    void operator()(const wirecopy::quote& q) { contents.emplace_back(q.content.text); }
};

struct counting_handler {
    long parts = 0;
    wirecopy::wire wire = wirecopy::wire::unknown;
    template <class Part>
    void operator()(const Part&) noexcept {
        ++parts;
    }
    void operator()(const wirecopy::story_end& end) noexcept { wire = end.wire; }
};

} // namespace

TEST_CASE("a handler receives only the parts it accepts") {
    quotes_only handler;
    wirecopy::annotate(sample, handler);
    const wirecopy::document doc = wirecopy::parse(sample);
    REQUIRE(handler.contents.size() == doc.quotes.size());
    for (std::size_t i = 0; i < doc.quotes.size(); ++i)
        CHECK(handler.contents[i] == doc.quotes[i].content.text);
}

TEST_CASE("a generic handler sees every part, and the story's end last") {
    std::vector<std::string> order;
    wirecopy::annotate(sample, [&](const auto& part) {
        using part_type = std::decay_t<decltype(part)>;
        if constexpr (std::is_same_v<part_type, wirecopy::headline>)
            order.push_back("headline");
        else if constexpr (std::is_same_v<part_type, wirecopy::dateline>)
            order.push_back("dateline");
        else if constexpr (std::is_same_v<part_type, wirecopy::copyright>)
            order.push_back("copyright");
        else if constexpr (std::is_same_v<part_type, wirecopy::story_end>)
            order.push_back("end");
    });
    CHECK(order == std::vector<std::string>{"headline", "dateline", "copyright", "end"});
}

TEST_CASE("annotate() allocates nothing") {
    counting_handler handler;
    allocations = 0;
    counting = true;
    wirecopy::annotate(sample, handler);
    wirecopy::annotate<wirecopy::styles::bloomberg>(sample, handler);
    counting = false;
    CHECK(allocations == 0);
    CHECK(handler.parts > 20);
    CHECK(handler.wire == wirecopy::wire::bloomberg);
}

TEST_CASE("annotate() allocates nothing on footers of every wire") {
    for (const char* name : {"ftr-reuters-credits", "ftr-bloomberg-web", "ftr-bloomberg-terminal",
                             "ftr-ap-wrapped", "ftr-nyt", "ftr-one-block", "ftr-afp-copyright"}) {
        const std::string fixture = name;
        CAPTURE(fixture);
        const std::string story = wirecopy_test::read_file(wirecopy_test::fixture_path(fixture + ".txt"));
        counting_handler handler;
        allocations = 0;
        counting = true;
        wirecopy::annotate(story, handler);
        counting = false;
        CHECK(allocations == 0);
        CHECK(handler.parts >= 5);
    }
}

TEST_CASE("parse() into a reused document allocates nothing once it has grown") {
    wirecopy::document doc;
    wirecopy::parse_into(doc, sample);
    allocations = 0;
    counting = true;
    wirecopy::parse_into(doc, sample);
    counting = false;
    CHECK(allocations == 0); // (a byline or credits would rebuild their small name lists)
    CHECK_FALSE(doc.quotes.empty());
}
