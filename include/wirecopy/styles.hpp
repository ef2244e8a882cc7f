// wirecopy — wire styles: which conventions the annotator applies.
//
// A style is a type passed as the first template argument of `annotate()` and `parse()`. `styles::any`
// detects the wire; a concrete style asserts it. Users may write their own style: any type with
//     static constexpr wirecopy::wire wire;
// and, optionally, hooks tried before the built-in grammars:
//     static std::optional<wirecopy::dateline_fields> dateline(std::string_view paragraph) noexcept;
// A hook returns views into the text it was given (see examples/custom_style.cpp).
#pragma once

#include <wirecopy/document.hpp>

#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>

namespace wirecopy {

/// What a style's `dateline` hook reports: views into the paragraph it was given. `whole` runs from the
/// dateline's first byte through its separator; absent parts are empty views.
struct dateline_fields {
    std::string_view whole;
    std::string_view location;
    std::string_view date;
    std::string_view agency;
};

namespace styles {

/// Auto-detects the wire among all conventions wirecopy knows; `document::wire` says which matched.
struct any {
    static constexpr wirecopy::wire wire = wirecopy::wire::unknown;
};

/// Bloomberg News: "(Bloomberg) -- ", "To contact the reporter…", "©2019 Bloomberg L.P.".
struct bloomberg {
    static constexpr wirecopy::wire wire = wirecopy::wire::bloomberg;
};

} // namespace styles

namespace detail {

template <class Style, class = void>
struct has_dateline_hook : std::false_type {};
template <class Style>
struct has_dateline_hook<Style, std::void_t<decltype(Style::dateline(std::declval<std::string_view>()))>>
    : std::true_type {};

} // namespace detail
} // namespace wirecopy
