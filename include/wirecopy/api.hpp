// wirecopy — the entry points, declared: `parse()`, `parse_into()` and `annotate(text, handler&)`.
// <wirecopy/wirecopy.hpp> defines them for every style; <wirecopy/compiled.hpp> declares them alone and
// links them, compiled once for the built-in styles, from `wirecopy::compiled`. No Boost here.
#pragma once

#include <wirecopy/document.hpp>
#include <wirecopy/events.hpp>
#include <wirecopy/options.hpp>
#include <wirecopy/styles.hpp>

#include <string>
#include <string_view>

namespace wirecopy {

/// Parses one story into `doc`, reusing its storage: a parser loop that passes the same document
/// allocates nothing once the lists have grown to fit. Never throws; a failed allocation leaves what
/// was built and an `out_of_memory` diagnostic.
template <class Style = styles::any>
void parse_into(document& doc, std::string_view text, const options& opts = {}) noexcept;

/// Parses one story. The document borrows `text`: keep the buffer alive and unchanged while you use it.
template <class Style = styles::any>
document parse(std::string_view text, const options& opts = {}) noexcept {
    document doc;
    parse_into<Style>(doc, text, opts);
    return doc;
}

/// A string literal lives for the whole program: parsing one is safe.
template <class Style = styles::any>
document parse(const char* text, const options& opts = {}) noexcept {
    return parse<Style>(std::string_view(text), opts);
}

/// Deleted: the document would point into a temporary string that dies at the end of the statement.
template <class Style = styles::any>
document parse(std::string&& text, const options& opts = {}) = delete;

/// Annotates one story as `annotate(text, handler)` does (annotate.hpp), calling the handler's virtual
/// overloads (see `wirecopy::handler`): one annotator for every handler, which a library can compile once.
template <class Style = styles::any>
void annotate(std::string_view text, handler& handler, const options& opts = {});

} // namespace wirecopy
