// The competitors, one file each. Every one returns a tally of what it found; main.cpp checks each
// against the reference before any timing is reported.
#pragma once

#include "inputs.hpp"
#include "tally.hpp"

#include <wirecopy/options.hpp>

#include <string>
#include <vector>

namespace wirecopy_bench {

/// Per story: the dateline text found (empty if none) and the number of quotations.
struct story_finding {
    std::string dateline;
    std::size_t quotes = 0;
};

tally wirecopy_parse(const input_set& input,
                     wirecopy::quote_analysis quotes);          // competitor_wirecopy_parse.cpp
tally wirecopy_events(const input_set& input);                  // competitor_wirecopy_events.cpp
std::vector<story_finding> wirecopy_findings(const input_set&); // competitor_wirecopy_parse.cpp
tally regex_baseline(const input_set& input);                   // competitor_regex.cpp
std::vector<story_finding> regex_findings(const input_set&);    // competitor_regex.cpp
tally memchr_lines(const input_set& input);                     // competitor_byte_scan.cpp
tally byte_class_scan(const input_set& input);                  // competitor_byte_scan.cpp

} // namespace wirecopy_bench
