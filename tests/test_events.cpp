// The event API: partial handlers, generic handlers, the closing event, agreement with parse(), and no
// allocation on this path.
#include "support.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <cstdlib>
#include <filesystem>
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
// The nothrow form too (std::stable_sort's buffer uses it): left to the runtime, it would allocate what
// the free above releases, a mismatch AddressSanitizer reports.
void* operator new(std::size_t size, const std::nothrow_t&) noexcept {
    if (counting.load(std::memory_order_relaxed))
        allocations.fetch_add(1, std::memory_order_relaxed);
    return std::malloc(size ? size : 1);
}
void operator delete(void* p, const std::nothrow_t&) noexcept {
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

/// The allocations of `run()`, run a second time: the word tables of the grammars are filled at their first
/// look-up in the process, once.
template <class Run>
long allocations_of(const Run& run) {
    run();
    allocations = 0;
    counting = true;
    run();
    counting = false;
    return allocations;
}

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
    CHECK(allocations_of([&] {
              wirecopy::annotate(sample, handler);
              wirecopy::annotate<wirecopy::styles::bloomberg>(sample, handler);
          })
          == 0);
    CHECK(handler.parts > 20);
    CHECK(handler.wire == wirecopy::wire::bloomberg);
}

TEST_CASE("a word table's first look-up indexes its keys without allocating") {
    wirecopy::detail::grammar::word_table<int> table;
    for (int i = 0; i < 300; ++i)
        table.add("key" + std::to_string(i), i);
    const std::string text = "key217 and more";
    const char* first = text.data();
    allocations = 0;
    counting = true;
    const int* value = table.find_prefix<false>(first, text.data() + text.size());
    counting = false;
    CHECK(allocations == 0);
    REQUIRE(value != nullptr);
    CHECK(*value == 217);
}

TEST_CASE("annotate() allocates nothing on footers of every wire") {
    for (const char* name : {"ftr-reuters-credits", "ftr-bloomberg-web", "ftr-bloomberg-terminal",
                             "ftr-ap-wrapped", "ftr-nyt", "ftr-one-block", "ftr-afp-copyright"}) {
        const std::string fixture = name;
        CAPTURE(fixture);
        const std::string story = wirecopy_test::read_file(wirecopy_test::fixture_path(fixture + ".txt"));
        counting_handler handler;
        CHECK(allocations_of([&] { wirecopy::annotate(story, handler); }) == 0);
        CHECK(handler.parts >= 10); // of both runs
    }
}

namespace {

/// The heap blocks a document owns: one per list it fills, and the name lists of its byline and credits.
long owned_lists(const wirecopy::document& doc) {
    long lists = !doc.decks.empty() + !doc.notes.empty() + !doc.paragraphs.empty() + !doc.quotes.empty()
                 + !doc.contributors.empty() + !doc.contacts.empty() + !doc.credits.empty()
                 + !doc.boilerplate.empty() + !doc.diagnostics.empty();
    if (doc.byline && !doc.byline->authors.empty())
        ++lists;
    for (const wirecopy::credit& c : doc.credits)
        lists += !c.names.empty();
    return lists;
}

/// Allocations of one parse() of `story` (kept alive by the caller) into a fresh document, `doc`.
long allocations_of_parse(const std::string& story, wirecopy::document& doc) {
    return allocations_of([&] { doc = wirecopy::parse(story); });
}

} // namespace

TEST_CASE("parse() into a fresh document allocates each list once, where the story's size foresees it") {
    // 30 paragraphs, 12 of them quoting someone, and a credit line: lists that grew by doubling would
    // take five allocations for the paragraphs alone.
    std::string story = "Harbour board backs new ferry terminal\n\nPORT ALDER, May 4 (Reuters) - ";
    for (int i = 0; i < 30; ++i) {
        story += "The harbour board met for the " + std::to_string(i + 1)
                 + "th time this year to weigh the terminal plans and their cost.";
        if (i % 5 < 2)
            story += " \u201cWe have waited long enough,\u201d chair Ines Okafor said.";
        story += "\n\n";
    }
    story += "(Reporting by Tom Hale; Editing by Rosa Lind)\n";
    wirecopy::document doc;
    const long made = allocations_of_parse(story, doc);
    CHECK(doc.paragraphs.size() == 30);
    CHECK(doc.quotes.size() == 12);
    CHECK(doc.credits.size() == 2);
    CHECK(made == owned_lists(doc));
    CHECK(owned_lists(doc) == 5); // paragraphs, quotes, credits and the names of each credit
}

TEST_CASE("a gigantic story gets a bounded room up front, not one foreseen from its size") {
    const wirecopy::document doc =
        wirecopy_test::parse_kept(std::string(2'000'000, 'a') + "\n\nThe end of it.\n");
    CHECK(doc.paragraphs.size() == 2);
    CHECK(doc.paragraphs.capacity() <= 4096); // 2 MB would foresee 62,500 paragraphs
}

TEST_CASE("parse() into a fresh document makes a handful of allocations on every fixture story") {
    std::size_t stories = 0;
    for (const auto& entry : std::filesystem::directory_iterator(wirecopy_test::fixture_path(""))) {
        if (entry.path().extension() != ".txt")
            continue;
        const std::string name = entry.path().filename().string();
        CAPTURE(name);
        const std::string story = wirecopy_test::read_file(entry.path().string());
        wirecopy::document doc;
        const long made = allocations_of_parse(story, doc);
        CHECK(made <= 8);
        CHECK(made <= owned_lists(doc) + 1); // at most one list outgrows the room it was given first
        ++stories;
    }
    CHECK(stories >= 40);
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
