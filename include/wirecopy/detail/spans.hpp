// Building spans of the input from offsets or from views into it.
#pragma once

#include <wirecopy/document.hpp>

#include <optional>
#include <string_view>

namespace wirecopy::detail {

/// The span [begin, end) of `text`.
inline span make_span(std::string_view text, std::size_t begin, std::size_t end) noexcept {
    return {begin, end, text.substr(begin, end - begin)};
}

/// The span of `part`, a view into `text`.
inline span make_span(std::string_view text, std::string_view part) noexcept {
    const auto begin = static_cast<std::size_t>(part.data() - text.data());
    return {begin, begin + part.size(), part};
}

/// The span of `part`, or nothing when `part` is empty.
inline std::optional<span> optional_span(std::string_view text, std::string_view part) noexcept {
    if (part.empty())
        return std::nullopt;
    return make_span(text, part);
}

/// Does `part` lie within `text`? (For views returned by user code.)
inline bool within(std::string_view text, std::string_view part) noexcept {
    return part.empty()
           || (part.data() >= text.data() && part.data() + part.size() <= text.data() + text.size());
}

/// A part type deriving from span, made from a span: `part_from<paragraph>(s)`.
template <class Part>
Part part_from(const span& s) {
    Part part{};
    static_cast<span&>(part) = s;
    return part;
}

} // namespace wirecopy::detail
