// wirecopy — parsing options.
#pragma once

#include <wirecopy/document.hpp>

#include <cstddef>
#include <optional>

namespace wirecopy {

/// How much quotation work `annotate()` and `parse()` do. Speaker resolution reads all the prose before a
/// story's last quotation mark, word by word; on wire copy it takes most of the time (on the r21578 stories
/// `local` parses about 1.8x as fast as `full`, and `off` about 3.7x).
enum class quote_analysis : unsigned char {
    /// Quotations paired and attributed; speakers resolved over the story: "she" and "Lonechild" to the
    /// "Darian Lonechild" named paragraphs before, a quote without attribution to whoever just spoke.
    full,
    /// Quotations paired and attributed from the words around each; a speaker resolves only to a person
    /// named as a speaker before. The prose is read only for where its sentences start.
    local,
    /// No quotations and no quotation diagnostics: header, paragraphs and footer only.
    off,
};

/// Options shared by `annotate()` and `parse()`. The defaults suit wire copy as it arrives.
struct options {
    /// Completes a dateline date written without a year ("Nov 27"); such a date is flagged
    /// `year_inferred`. Without it, a yearless date keeps year 0: wirecopy never invents a year.
    std::optional<civil_date> reference_date;
    /// Quotes nested deeper than this are reported as a diagnostic and not annotated.
    std::size_t max_quote_depth = 16;
    /// Diagnostics beyond this count are summarised by one `too_many_diagnostics`.
    std::size_t max_diagnostics = 32;
    /// Quotations and their speakers in full, attributed locally, or not at all (see `quote_analysis`).
    quote_analysis quotes = quote_analysis::full;
};

} // namespace wirecopy
