// What a competitor found, so that every competitor's result is checked against the reference.
#pragma once

#include <cstddef>

namespace wirecopy_bench {

struct tally {
    std::size_t stories = 0;
    std::size_t datelines = 0;
    std::size_t quotes = 0;
    std::size_t paragraphs = 0;
    std::size_t lines = 0;
    std::size_t marks = 0;

    bool operator==(const tally& o) const {
        return stories == o.stories && datelines == o.datelines && quotes == o.quotes
               && paragraphs == o.paragraphs && lines == o.lines && marks == o.marks;
    }
};

} // namespace wirecopy_bench
