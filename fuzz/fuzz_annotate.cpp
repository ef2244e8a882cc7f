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

/// Checks style number `which` of `Styles`.
template <class... Styles>
void check_one_of(std::size_t which, std::string_view text) {
    std::size_t i = 0;
    ((i++ == which ? check<Styles>(text) : void()), ...);
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    check<wirecopy::styles::any>(text);
    // One wire's conventions too, chosen by the input's length so that every style meets every shape.
    namespace s = wirecopy::styles;
    check_one_of<s::reuters, s::ap, s::afp, s::upi, s::xinhua, s::cnn, s::nyt, s::canadian_press,
                 s::bloomberg>(size % 9, text);
    return 0;
}
