// The limit for any one-pass scanner: memchr for line breaks, and wirecopy's own SIMD byte-class scan for
// the three classes a quote-aware scanner needs ('\n', '"', and 0xE2, the lead byte of curly quotes).
#include "competitors.hpp"

#include <wirecopy/detail/scanner.hpp>

#include <cstring>

namespace wirecopy_bench {

tally memchr_lines(const input_set& input) {
    tally t;
    for (std::string_view story : input.stories) {
        const char* p = story.data();
        const char* const end = p + story.size();
        while ((p = static_cast<const char*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p))))) {
            ++p;
            ++t.lines;
        }
        ++t.stories;
    }
    return t;
}

tally byte_class_scan(const input_set& input) {
    static constexpr wirecopy::detail::byte_set classes{'\n', '"', 0xE2};
    tally t;
    for (std::string_view story : input.stories) {
        const char* p = story.data();
        const char* const end = p + story.size();
        while ((p = wirecopy::detail::find_byte(p, end, classes)) != end) {
            (*p == '\n' ? t.lines : t.marks) += 1;
            ++p;
        }
        ++t.stories;
    }
    return t;
}

} // namespace wirecopy_bench
