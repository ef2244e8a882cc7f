// wirecopy — the event API.
#pragma once

#include <wirecopy/api.hpp>
#include <wirecopy/detail/engine.hpp>
#include <wirecopy/events.hpp>
#include <wirecopy/options.hpp>
#include <wirecopy/styles.hpp>

#include <string_view>

namespace wirecopy {

/// Annotates one story, calling `handler(part)` as each part is recognised (see events.hpp for the
/// part types and the order). Allocates nothing and never throws on any input: what it cannot read
/// is reported as a `diagnostic` part. The parts borrow `text`; they are valid during the call.
/// The last call is always `handler(story_end{…})`.
template <class Style = styles::any, class Handler>
void annotate(std::string_view text, Handler&& handler, const options& opts = {}) {
    detail::engine<Style, std::remove_reference_t<Handler>> engine(text, handler, opts);
    engine.run();
}

template <class Style>
void annotate(std::string_view text, handler& handler, const options& opts) {
    annotate<Style, wirecopy::handler&>(text, handler, opts);
}

} // namespace wirecopy
