// Thread safety: many threads parse and annotate the same buffer at once (run under ThreadSanitizer in CI
// by tools/tsan.sh). Grammars, symbol tables and the SIMD dispatch are shared; everything else is per call.
#include "invariants.hpp"

#include <doctest/doctest.h>

#include <string>
#include <thread>
#include <vector>

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
