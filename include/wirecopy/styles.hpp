// wirecopy — wire styles: which conventions the annotator applies.
//
// A style is a type passed as the first template argument of `annotate()` and `parse()`. `styles::any`
// detects the wire; a concrete style asserts it and accepts only its own wire's header conventions.
// Users may write their own style: any type with
//     static constexpr wirecopy::wire wire;
// and, optionally,
//     static constexpr wirecopy::convention conventions;   // which built-in forms apply (default: all)
//     static std::optional<wirecopy::dateline_fields> dateline(std::string_view paragraph) noexcept;
// The `dateline` hook is tried before the built-in grammars and returns views into the text it was given
// (see examples/custom_style.cpp).
#pragma once

#include <wirecopy/document.hpp>

#include <cstdint>
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

/// The conventions of the top of a story that a style accepts; a style combines them with `|`. Every
/// form's grammar is shared: a style only says which forms apply to its wire.
enum class convention : std::uint32_t {
    none = 0,
    /// "LONDON (Reuters) - ", "(CNN) -- ", "FLINT, Mich., Oct. 4 (UPI) — ": the agency in brackets.
    agency_dateline = 1u << 0,
    /// "NEW YORK, March 3 - ": a place and a date without an agency (Reuters 1987).
    dated_dateline = 1u << 1,
    /// "OTTAWA — ", "PHOENIX _ ": a place in capitals and a long dash (Canadian Press, NYT News Service).
    bare_dateline = 1u << 2,
    /// "Washington (CNN)President …": no dash after the agency (CNN since 2015).
    unseparated_dateline = 1u << 3,
    /// "UPDATE 2-", "EXCLUSIVE-", "RPT-", "CORRECTED - " in front of the headline.
    headline_prefixes = 1u << 4,
    /// "(Corrects paragraph 3 to show …)", "(Updates with …)": a bracketed note to clients.
    bracketed_notes = 1u << 5,
    /// "Eds: …", "Editor's note: …", "EDITOR'S NOTE _ …".
    editors_notes = 1u << 6,
    /// Slug and keyword lines: "BC-US--Flood,0456", "AP-NY-03-04-87 1145EST", "BC-FLOOD-NYT".
    slug_lines = 1u << 7,
    /// Every convention wirecopy knows.
    all = (1u << 8) - 1,
};

constexpr convention operator|(convention a, convention b) noexcept {
    return static_cast<convention>(static_cast<std::uint32_t>(a) | static_cast<std::uint32_t>(b));
}

/// Does the set `set` include convention `c`?
constexpr bool accepts(convention set, convention c) noexcept {
    return (static_cast<std::uint32_t>(set) & static_cast<std::uint32_t>(c)) == static_cast<std::uint32_t>(c);
}

namespace styles {

/// A wire's style: the wire it asserts and the header conventions it accepts.
template <wirecopy::wire Wire, convention Conventions>
struct wire_style {
    static constexpr wirecopy::wire wire = Wire;
    static constexpr convention conventions = Conventions;
};

/// Auto-detects the wire among all conventions wirecopy knows; `document::wire` says which matched.
struct any : wire_style<wirecopy::wire::unknown, convention::all> {};

/// Reuters: "LONDON, Nov 27 (Reuters) - ", 1987's "NEW YORK, March 3 - ", "UPDATE 2-" and "(Corrects …)".
struct reuters
    : wire_style<wirecopy::wire::reuters, convention::agency_dateline | convention::dated_dateline
                                              | convention::headline_prefixes | convention::bracketed_notes> {
};

/// The Associated Press: "WASHINGTON (AP) — ", older "(AP) _ ", "Eds: …", slug lines, "By NAME" over
/// "Associated Press Writer".
struct ap : wire_style<wirecopy::wire::ap,
                       convention::agency_dateline | convention::editors_notes | convention::slug_lines> {};

/// Agence France-Presse: "Paris (AFP) - ", "Hong Kong (AFP) – ".
struct afp : wire_style<wirecopy::wire::afp, convention::agency_dateline | convention::editors_notes> {};

/// United Press International: "FLINT, Mich., Oct. 4 (UPI) — ".
struct upi : wire_style<wirecopy::wire::upi,
                        convention::agency_dateline | convention::editors_notes | convention::slug_lines> {};

/// Xinhua: "MADRID, February 17 (Xinhua) -- ", "by Xinhua writer NAME".
struct xinhua : wire_style<wirecopy::wire::xinhua, convention::agency_dateline | convention::editors_notes> {
};

/// CNN: "ATLANTA, Georgia (CNN) -- ", "(CNN) -- ", "Washington (CNN)President …".
struct cnn : wire_style<wirecopy::wire::cnn, convention::agency_dateline | convention::unseparated_dateline
                                                 | convention::editors_notes> {};

/// The New York Times News Service: "PHOENIX _ ", "BC-FLOOD-NYT", "Editors: …".
struct nyt : wire_style<wirecopy::wire::nyt,
                        convention::bare_dateline | convention::editors_notes | convention::slug_lines> {};

/// The Canadian Press: "OTTAWA — ", older "OTTAWA (CP) — ".
struct canadian_press
    : wire_style<wirecopy::wire::canadian_press,
                 convention::bare_dateline | convention::agency_dateline | convention::editors_notes> {};

/// Bloomberg News: "(Bloomberg) -- ", "To contact the reporter…", "©2019 Bloomberg L.P.".
struct bloomberg : wire_style<wirecopy::wire::bloomberg, convention::agency_dateline> {};

} // namespace styles

namespace detail {

template <class Style, class = void>
struct has_dateline_hook : std::false_type {};
template <class Style>
struct has_dateline_hook<Style, std::void_t<decltype(Style::dateline(std::declval<std::string_view>()))>>
    : std::true_type {};

template <class Style, class = void>
struct conventions_of {
    static constexpr convention value = convention::all;
};
template <class Style>
struct conventions_of<Style, std::void_t<decltype(Style::conventions)>> {
    static constexpr convention value = Style::conventions;
};

/// The conventions a style accepts: its `conventions` member, or all of them when it has none.
template <class Style>
constexpr convention conventions_v = conventions_of<Style>::value;

} // namespace detail
} // namespace wirecopy
