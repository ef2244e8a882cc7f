// Diagnostics on their way to the handler, counted against `options::max_diagnostics`: the engine and the
// quote stage report through the same sink, so the limit holds for the story as a whole.
#pragma once

#include <wirecopy/document.hpp>
#include <wirecopy/events.hpp>
#include <wirecopy/options.hpp>

#include <cstddef>
#include <string_view>

namespace wirecopy::detail {

template <class Handler>
class diagnostic_sink {
public:
    diagnostic_sink(Handler& handler, const options& opts, std::size_t text_size) noexcept
        : handler_(handler), limit_(opts.max_diagnostics), text_size_(text_size) {}

    /// Reports one diagnostic; past the limit, a note that further ones were left out, once.
    void report(diagnostic_code code, severity level, std::string_view message, std::size_t begin,
                std::size_t end) {
        if (count_ == limit_) {
            ++count_;
            emit(handler_, diagnostic{diagnostic_code::too_many_diagnostics, severity::note,
                                      "further diagnostics were left out", begin, text_size_});
        }
        if (count_ >= limit_)
            return;
        ++count_;
        emit(handler_, diagnostic{code, level, message, begin, end});
    }

private:
    Handler& handler_;
    std::size_t limit_;
    std::size_t text_size_;
    std::size_t count_ = 0;
};

} // namespace wirecopy::detail
