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

/// A handler with one virtual overload per part type, each doing nothing until overridden: what
/// `annotate(text, handler&)` takes, so that the annotator can be compiled once (`wirecopy::compiled`)
/// instead of for every handler type. Override the parts you want:
///
///     struct quote_counter : wirecopy::handler {
///         int quotes = 0;
///         void operator()(const wirecopy::quote&) override { ++quotes; }
///     };
///
/// The annotator calls it through `handler&`; code that calls a derived handler itself with other parts
/// needs `using wirecopy::handler::operator();` in it, as an override hides the other overloads.
class handler {
public:
    virtual ~handler() = default;
    virtual void operator()(const headline&) {}
    virtual void operator()(const deck&) {}
    virtual void operator()(const boilerplate&) {}
    virtual void operator()(const byline_event&) {}
    virtual void operator()(const dateline&) {}
    virtual void operator()(const editorial_note&) {}
    virtual void operator()(const paragraph&) {}
    virtual void operator()(const quote&) {}
    virtual void operator()(const contributor&) {}
    virtual void operator()(const contact&) {}
    virtual void operator()(const credit_event&) {}
    virtual void operator()(const copyright&) {}
    virtual void operator()(const signoff&) {}
    virtual void operator()(const diagnostic&) {}
    virtual void operator()(const story_end&) {}

protected:
    handler() = default;
    handler(const handler&) = default;
    handler& operator=(const handler&) = default;
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
