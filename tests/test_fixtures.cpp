// Golden fixtures: stories written for the project in each wire's style, with their expected annotation
// rendered as text beside them. Set WIRECOPY_UPDATE_GOLDEN=1 to rewrite the .golden files after a
// deliberate change, then read the diff before committing it.
#include "support.hpp"

#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>
#include <string>

namespace {

const char* const fixtures[] = {"bloomberg-mine", "reuters-port",     "reuters-1987",   "ap-flood",
                                "qt-ap-1994",     "qt-reuters-curly", "qt-upi-straight"};

void check_golden(const std::string& story_path, const std::string& golden_path) {
    const std::string text = wirecopy_test::read_file(story_path);
    REQUIRE_FALSE(text.empty());
    const wirecopy::document doc = wirecopy::parse(text);
    CHECK_FALSE(wirecopy_test::span_violation(doc));
    const std::string rendered = wirecopy_test::render(doc);
    if (std::getenv("WIRECOPY_UPDATE_GOLDEN")) {
        std::ofstream(golden_path, std::ios::binary) << rendered;
        return;
    }
    CHECK(rendered == wirecopy_test::read_file(golden_path));
}

} // namespace

TEST_CASE("golden fixtures") {
    for (const char* name : fixtures) {
        CAPTURE(name);
        check_golden(wirecopy_test::fixture_path(std::string(name) + ".txt"),
                     wirecopy_test::fixture_path(std::string(name) + ".golden"));
    }
}

TEST_CASE("the bundled sample story") {
    check_golden(std::string(WIRECOPY_SOURCE_DIR) + "/examples/sample/story.txt",
                 wirecopy_test::fixture_path("sample-story.golden"));
}
