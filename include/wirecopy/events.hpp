// wirecopy — the event API's part types and handler dispatch.
//
// `annotate()` calls `handler(part)` for each part as it is recognised, in input order within each kind,
// with one of the types below or from document.hpp. A handler is called only with the part types it
// accepts, so it implements just the overloads it cares about; a generic `[](const auto&)` sees them all.
// Parts borrow the input and, for list members, storage of the annotator: copy what you keep.
#pragma once

#include <wirecopy/document.hpp>

#include <type_traits>

namespace wirecopy {

/// A byline as reported by the event API: its authors are a view valid during the call.
using byline_event = basic_byline<view<person>>;
/// A credit as reported by the event API: its names are a view valid during the call.
using credit_event = basic_credit<view<person>>;

/// The last event of a story: what the annotator concluded about the story as a whole.
struct story_end {
    wirecopy::wire wire = wire::unknown;
};

namespace detail {

template <class Handler, class Part>
constexpr void emit(Handler& handler, const Part& part) {
    if constexpr (std::is_invocable_v<Handler&, const Part&>)
        handler(part);
}

template <class Handler, class Part>
constexpr bool wants = std::is_invocable_v<Handler&, const Part&>;

} // namespace detail
} // namespace wirecopy
