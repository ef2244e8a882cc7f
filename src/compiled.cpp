// The library `wirecopy::compiled`: the entry points <wirecopy/compiled.hpp> declares, instantiated once
// for every built-in style (all of them in one file: they share the grammars, which cost most of the
// time, so ten styles compile in about the time of one).
#include <wirecopy/compiled.hpp>
#include <wirecopy/wirecopy.hpp>

namespace wirecopy {
#define WIRECOPY_DETAIL_DEFINE(style) WIRECOPY_DETAIL_ENTRY_POINTS(, style)
WIRECOPY_BUILTIN_STYLES(WIRECOPY_DETAIL_DEFINE)
#undef WIRECOPY_DETAIL_DEFINE
} // namespace wirecopy
