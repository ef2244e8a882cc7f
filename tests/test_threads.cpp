// Thread safety: many threads parse and annotate the same buffer at once (run under ThreadSanitizer in CI
// by tools/tsan.sh). Grammars, symbol tables and the SIMD dispatch are shared; everything else is per call.
#include "invariants.hpp"

#include <doctest/doctest.h>

#include <atomic>
#include <string>
#include <thread>
#include <vector>

TEST_CASE("threads: a word table's first look-ups, from several threads at once, fill and index it once") {
    static std::atomic<int> fills{0};
    static const wirecopy::detail::grammar::word_table<int> table{[](auto& keys) {
        fills.fetch_add(1);
        for (int i = 0; i < 500; ++i)
            keys.add("word" + std::to_string(i * 7919 % 1000), i);
    }};
    std::vector<std::string> keys;
    for (int i = 0; i < 500; ++i)
        keys.push_back("word" + std::to_string(i * 7919 % 1000));
    constexpr int thread_count = 4;
    std::atomic<int> ready{0};
    std::vector<int> misses(thread_count, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < thread_count; ++t)
        threads.emplace_back([&, t] {
            // All threads start their look-ups together, so that several find the table not yet indexed.
            ready.fetch_add(1);
            while (ready.load() < thread_count) {
            }
            for (std::size_t i = 0; i < keys.size(); ++i) {
                const char* first = keys[i].data();
                const int* value = table.find_prefix<false>(first, keys[i].data() + keys[i].size());
                misses[t] += value == nullptr || *value != static_cast<int>(i);
            }
        });
    for (auto& thread : threads)
        thread.join();
    for (int t = 0; t < thread_count; ++t)
        CHECK(misses[t] == 0);
    CHECK(fills == 1);
}

TEST_CASE("threads: parsing one shared input from several threads at once") {
    const std::string story =
        wirecopy_test::read_file(std::string(WIRECOPY_SOURCE_DIR) + "/examples/sample/story.txt");
    const auto reference = wirecopy_test::document_parts(wirecopy::parse(story));
    constexpr int thread_count = 4;
    std::vector<int> mismatches(thread_count, 0);
    std::vector<std::thread> threads;
    for (int t = 0; t < thread_count; ++t)
        threads.emplace_back([&, t] {
            wirecopy::document doc;
            for (int round = 0; round < 50; ++round) {
                wirecopy::parse_into(doc, story);
                mismatches[t] += wirecopy_test::document_parts(doc) != reference;
                mismatches[t] += wirecopy_test::event_parts<wirecopy::styles::any>(story) != reference;
            }
        });
    for (auto& thread : threads)
        thread.join();
    for (int t = 0; t < thread_count; ++t)
        CHECK(mismatches[t] == 0);
}
