// libFuzzer target: parse() and annotate() with every style on any bytes, checking the invariants of
// tests/invariants.hpp on each input (spans exact and in bounds, quotes nested or disjoint, no body text
// lost, events equal to the document). Any exception, crash, sanitizer report or broken invariant stops
// the fuzzer with the input that caused it.
#include "invariants.hpp"

#include <cstdio>
#include <cstdlib>

namespace {

template <class Style>
void check(std::string_view text) {
    const wirecopy::document doc = wirecopy::parse<Style>(text);
    const std::string broken = wirecopy_test::broken_invariant<Style>(text, doc);
    if (!broken.empty()) {
        std::fprintf(stderr, "invariant broken: %s\n", broken.c_str());
        std::abort();
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    check<wirecopy::styles::any>(text);
    check<wirecopy::styles::bloomberg>(text);
    return 0;
}
