// Embedding example: the event API. Counts quotations per speaker across stories, allocating nothing
// inside the library: the handler sees each part as it is recognised and keeps only what it needs.
//
//   quote_counter story1.txt story2.txt ...
#include <wirecopy/wirecopy.hpp>

#include <fstream>
#include <iostream>
#include <iterator>
#include <map>
#include <string>

namespace {

struct quote_tally {
    std::map<std::string, int> by_speaker;
    int unattributed = 0;

    // Only quotes interest us: the other parts are never delivered to this handler.
    void operator()(const wirecopy::quote& q) {
        if (q.kind == wirecopy::quote_kind::scare || q.kind == wirecopy::quote_kind::title)
            return;
        const auto& who = q.speaker_name ? q.speaker_name : q.speaker;
        if (who)
            ++by_speaker[std::string(who->text)];
        else
            ++unattributed;
    }
};

} // namespace

int main(int argc, char** argv) {
    quote_tally tally;
    for (int i = 1; i < argc; ++i) {
        std::ifstream in(argv[i], std::ios::binary);
        if (!in) {
            std::cerr << "quote_counter: cannot read " << argv[i] << '\n';
            continue;
        }
        const std::string story(std::istreambuf_iterator<char>(in), {});
        wirecopy::annotate(story, tally);
    }
    for (const auto& [speaker, count] : tally.by_speaker)
        std::cout << count << '\t' << speaker << '\n';
    std::cout << tally.unattributed << "\t(unattributed)\n";
}
