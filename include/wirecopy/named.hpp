// wirecopy — parsing settings chosen at run time from text: a wire style by name, a date in ISO 8601, how
// much quotation work to do. For tools that take them from their users (the CLI's --style, the Python
// module's style=).
#pragma once

#include <wirecopy/document.hpp>
#include <wirecopy/parse.hpp>
#include <wirecopy/styles.hpp>

#include <optional>
#include <string_view>
#include <utility>

namespace wirecopy {

/// `parse_into` for one style.
using parse_into_function = void (*)(document&, std::string_view, const options&) noexcept;

struct named_style {
    std::string_view name;
    parse_into_function parse_into;
};

/// Every bundled style, `any` first.
inline constexpr named_style named_styles[] = {
    {"any", &parse_into<styles::any>},
    {"reuters", &parse_into<styles::reuters>},
    {"ap", &parse_into<styles::ap>},
    {"afp", &parse_into<styles::afp>},
    {"upi", &parse_into<styles::upi>},
    {"xinhua", &parse_into<styles::xinhua>},
    {"cnn", &parse_into<styles::cnn>},
    {"nyt", &parse_into<styles::nyt>},
    {"canadian_press", &parse_into<styles::canadian_press>},
    {"bloomberg", &parse_into<styles::bloomberg>},
};

/// The style called `name`, or nullptr.
inline const named_style* style_named(std::string_view name) noexcept {
    for (const named_style& s : named_styles)
        if (s.name == name)
            return &s;
    return nullptr;
}

/// "full", "local" or "off" as a `quote_analysis`; nullopt for any other text.
inline std::optional<quote_analysis> quote_analysis_named(std::string_view name) noexcept {
    constexpr std::pair<std::string_view, quote_analysis> modes[] = {
        {"full", quote_analysis::full}, {"local", quote_analysis::local}, {"off", quote_analysis::off}};
    for (const auto& [mode_name, mode] : modes)
        if (mode_name == name)
            return mode;
    return std::nullopt;
}

/// "2019-03-04" as a date; nullopt unless the text is exactly YYYY-MM-DD with a valid month and day.
inline std::optional<civil_date> iso_date(std::string_view text) noexcept {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-')
        return std::nullopt;
    int fields[3] = {0, 0, 0};
    for (std::size_t i = 0, f = 0; i < text.size(); ++i) {
        if (i == 4 || i == 7) {
            ++f;
            continue;
        }
        if (text[i] < '0' || text[i] > '9')
            return std::nullopt;
        fields[f] = fields[f] * 10 + (text[i] - '0');
    }
    const int y = fields[0], m = fields[1], d = fields[2];
    const bool leap = (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
    constexpr int month_days[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (m < 1 || m > 12 || d < 1 || d > month_days[m - 1] + (m == 2 && leap ? 1 : 0))
        return std::nullopt;
    return civil_date{y, m, d, false};
}

} // namespace wirecopy
