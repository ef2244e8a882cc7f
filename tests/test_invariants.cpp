// The invariants of tests/invariants.hpp (also the fuzzer's) on every fixture, the adversarial inputs
// and, when ../shared is there, every story of the corpus, under every style.
#include "invariants.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

template <class Style>
void check_all(const std::vector<std::string>& texts) {
    for (const std::string& text : texts) {
        const wirecopy::document doc = wirecopy::parse<Style>(text);
        const std::string broken = wirecopy_test::broken_invariant<Style>(text, doc);
        CAPTURE(text.substr(0, 200));
        CHECK(broken == "");
    }
}

std::vector<std::string> fixtures_and_adversaries() {
    std::vector<std::string> texts;
    for (const char* name : {"bloomberg-mine.txt", "reuters-port.txt", "reuters-1987.txt", "ap-flood.txt"})
        texts.push_back(wirecopy_test::read_file(wirecopy_test::fixture_path(name)));
    for (const char* name : {"ftr-afp",
                             "ftr-afp-copyright",
                             "ftr-ap",
                             "ftr-ap-wrapped",
                             "ftr-bloomberg-editors",
                             "ftr-bloomberg-terminal",
                             "ftr-bloomberg-web",
                             "ftr-businessweek",
                             "ftr-cnn",
                             "ftr-cnn-reporting",
                             "ftr-negative",
                             "ftr-nyt",
                             "ftr-nyt-trailer",
                             "ftr-one-block",
                             "ftr-reuters-1987",
                             "ftr-reuters-1987-body",
                             "ftr-reuters-1987-dots",
                             "ftr-reuters-1987-more",
                             "ftr-reuters-1996",
                             "ftr-reuters-compiled",
                             "ftr-reuters-credits",
                             "ftr-reuters-editing"})
        texts.push_back(wirecopy_test::read_file(wirecopy_test::fixture_path(std::string(name) + ".txt")));
    texts.push_back(
        wirecopy_test::read_file(std::string(WIRECOPY_SOURCE_DIR) + "/examples/sample/story.txt"));
    std::string marks = "Headline\n\n";
    for (int i = 0; i < 20000; ++i)
        marks += "\"' \xE2\x80\x9C\xE2\x80\x99\xC2\xAB";
    texts.push_back(marks);
    std::string nested = "Headline\n\n";
    for (int i = 0; i < 5000; ++i)
        nested += "\xE2\x80\x9C"
                  "a \xE2\x80\x98";
    texts.push_back(nested);
    texts.push_back(
        std::string("Head\r\n\r\nLONDON (Reuters) - \"a\r\nb\" c.\r\n\r\n(Reporting by Ann Lee)\r\n"));
    texts.push_back(std::string("T\rOTTAWA \xE2\x80\x94 x\r\r\xC2\xA9 2020 X Y\r"));
    texts.push_back(
        std::string("\xEF\xBB\xBF\xE2\x80\x9C\n\n\xE2\x80\x9D\n \n\xFF\xFE junk \x01\x02 \"\n'\n"));
    texts.push_back(std::string(3000, '\n') + "x");
    return texts;
}

} // namespace

TEST_CASE("invariants hold on fixtures and adversarial inputs, for every style") {
    const auto texts = fixtures_and_adversaries();
    check_all<wirecopy::styles::any>(texts);
    check_all<wirecopy::styles::bloomberg>(texts);
}

TEST_CASE("corpus: invariants hold on every story of the labeled sets") {
    std::vector<std::string> texts;
    for (const char* set : {"corpus/eval/fixtures-dev.jsonl", "corpus/eval/ggt-dev.jsonl"}) {
        const std::string path = wirecopy_test::shared_path(set);
        if (!wirecopy_test::file_exists(path)) {
            MESSAGE("skipped: " << path << " is absent");
            return;
        }
        // Each line is {"id", "text", "expect"}: the text is the first JSON string after "text".
        for (const std::string& line : wirecopy_test::read_lines(path))
            texts.push_back(wirecopy_test::json_string_field(line, "text"));
    }
    check_all<wirecopy::styles::any>(texts);
}
