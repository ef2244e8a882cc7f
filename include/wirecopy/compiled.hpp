// wirecopy — the light header: `parse()`, `parse_into()` and `annotate(text, handler&)` for the built-in
// styles, declared without Spirit and linked from the CMake target `wirecopy::compiled`, where they are
// compiled once. A file that includes it compiles in about a second instead of a dozen or more:
//
//   #include <wirecopy/compiled.hpp>
//   wirecopy::document doc = wirecopy::parse(text);                  // or parse<wirecopy::styles::ap>
//   wirecopy::annotate(text, my_handler);                            // a wirecopy::handler (events.hpp)
//
// A style of your own needs <wirecopy/wirecopy.hpp> in the file that uses it; the built-in styles stay
// compiled there too.
#pragma once

#include <wirecopy/api.hpp>
#include <wirecopy/document.hpp>
#include <wirecopy/events.hpp>
#include <wirecopy/options.hpp>
#include <wirecopy/styles.hpp>
#include <wirecopy/version.hpp>

#include <string_view>

/// Applies `X` to each built-in style's name in `wirecopy::styles`.
#define WIRECOPY_BUILTIN_STYLES(X)                                                                           \
    X(any) X(reuters) X(ap) X(afp) X(upi) X(xinhua) X(cnn) X(nyt) X(canadian_press) X(bloomberg)

/// The entry points of one built-in style, declared `extern` here and instantiated, with `prefix` empty,
/// in the library's one source file (src/compiled.cpp), so that the two lists cannot differ.
#define WIRECOPY_DETAIL_ENTRY_POINTS(prefix, style)                                                          \
    prefix template void parse_into<styles::style>(document&, std::string_view, const options&) noexcept;    \
    prefix template void annotate<styles::style>(std::string_view, handler&, const options&);

namespace wirecopy {
#define WIRECOPY_DETAIL_DECLARE(style) WIRECOPY_DETAIL_ENTRY_POINTS(extern, style)
WIRECOPY_BUILTIN_STYLES(WIRECOPY_DETAIL_DECLARE)
#undef WIRECOPY_DETAIL_DECLARE
} // namespace wirecopy
