// A translation unit that calls parse() once, for benchmarks/compile_time.sh: through the full header, or,
// with WIRECOPY_COMPILE_TIME_COMPILED, through <wirecopy/compiled.hpp> (a program links wirecopy::compiled).
#ifdef WIRECOPY_COMPILE_TIME_COMPILED
#include <wirecopy/compiled.hpp>
#else
#include <wirecopy/wirecopy.hpp>
#endif

#include <cstddef>
#include <string_view>

std::size_t quotes_in(std::string_view story) {
    return wirecopy::parse(story).quotes.size();
}
