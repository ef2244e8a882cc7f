// A program using wirecopy as a package would: parse a story, print its headline, count its quotes. Built
// with CONSUMER_COMPILED it includes the light header and links wirecopy::compiled.
#ifdef CONSUMER_COMPILED
#include <wirecopy/compiled.hpp>
#ifdef BOOST_CONFIG_HPP
#error "<wirecopy/compiled.hpp> must not include Boost"
#endif
#else
#include <wirecopy/wirecopy.hpp>
#endif

#include <cstddef>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

namespace {

struct quote_counter : wirecopy::handler {
    std::size_t quotes = 0;
    void operator()(const wirecopy::quote&) override { ++quotes; }
};

} // namespace

int main(int argc, char** argv) {
    if (argc < 2)
        return 2;
    std::ifstream in(argv[1], std::ios::binary);
    const std::string story(std::istreambuf_iterator<char>(in), {});
    const wirecopy::document doc = wirecopy::parse(story);
    if (!doc.headline)
        return 1;
    quote_counter counter;
    wirecopy::annotate(story, counter);
    if (counter.quotes != doc.quotes.size()) {
        std::cerr << "annotate() counted " << counter.quotes << " quotes, parse() " << doc.quotes.size()
                  << '\n';
        return 1;
    }
    std::cout << "headline: " << doc.headline->text << '\n'
              << "quotes: " << counter.quotes << '\n'
              << "wirecopy " << wirecopy::version << '\n';
}
