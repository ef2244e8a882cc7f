// wirecopy — parsing options.
#pragma once

#include <wirecopy/document.hpp>

#include <cstddef>
#include <optional>

namespace wirecopy {

/// Options shared by `annotate()` and `parse()`. The defaults suit wire copy as it arrives.
struct options {
    /// Completes a dateline date written without a year ("Nov 27"); such a date is flagged
    /// `year_inferred`. Without it, a yearless date keeps year 0: wirecopy never invents a year.
    std::optional<civil_date> reference_date;
    /// Quotes nested deeper than this are reported as a diagnostic and not annotated.
    std::size_t max_quote_depth = 16;
    /// Diagnostics beyond this count are summarised by one `too_many_diagnostics`.
    std::size_t max_diagnostics = 32;
};

} // namespace wirecopy
