// wirecopy's event API: annotate() with a handler that only counts, allocating nothing.
#include "competitors.hpp"

#include <wirecopy/wirecopy.hpp>

namespace wirecopy_bench {

namespace {

struct counter {
    tally& t;
    void operator()(const wirecopy::dateline&) noexcept { ++t.datelines; }
    void operator()(const wirecopy::quote&) noexcept { ++t.quotes; }
    void operator()(const wirecopy::paragraph&) noexcept { ++t.paragraphs; }
};

} // namespace

tally wirecopy_events(const input_set& input) {
    tally t;
    for (std::string_view story : input.stories) {
        wirecopy::annotate(story, counter{t});
        ++t.stories;
    }
    return t;
}

} // namespace wirecopy_bench
