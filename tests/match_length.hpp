// How much of a text an X3 parser matches: the grammar tests' measure of a parser.
#pragma once

#include <boost/spirit/home/x3.hpp>

#include <string_view>

namespace wirecopy_test {

/// How many bytes of `text` `parser` matches from its start; -1 when it fails.
template <class Parser>
int match_length(std::string_view text, const Parser& parser) {
    const char* first = text.data();
    if (!boost::spirit::x3::parse(first, text.data() + text.size(), parser))
        return -1;
    return static_cast<int>(first - text.data());
}

} // namespace wirecopy_test
