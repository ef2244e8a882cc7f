// A program using wirecopy as a package would: parse a story and print its headline.
#include <wirecopy/wirecopy.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

int main(int argc, char** argv) {
    if (argc < 2)
        return 2;
    std::ifstream in(argv[1], std::ios::binary);
    const std::string story(std::istreambuf_iterator<char>(in), {});
    const wirecopy::document doc = wirecopy::parse(story);
    if (!doc.headline)
        return 1;
    std::cout << "headline: " << doc.headline->text << '\n' << "wirecopy " << wirecopy::version << '\n';
}
