// Golden fixtures: stories written for the project in each wire's style, with their expected annotation
// rendered as text beside them. Set WIRECOPY_UPDATE_GOLDEN=1 to rewrite the .golden files after a
// deliberate change, then read the diff before committing it.
#include "support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

namespace {

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
    // Every NAME.golden beside its NAME.txt (a new fixture gets an empty .golden to fill by the update).
    std::vector<std::filesystem::path> goldens;
    for (const auto& entry : std::filesystem::directory_iterator(wirecopy_test::fixture_path("")))
        if (entry.path().extension() == ".golden" && entry.path().stem() != "sample-story")
            goldens.push_back(entry.path());
    std::sort(goldens.begin(), goldens.end());
    CHECK(goldens.size() >= 25);
    for (const std::filesystem::path& golden : goldens) {
        const std::string name = golden.stem().string();
        CAPTURE(name);
        check_golden(wirecopy_test::fixture_path(name + ".txt"), golden.string());
    }
}

TEST_CASE("the bundled sample story") {
    check_golden(std::string(WIRECOPY_SOURCE_DIR) + "/examples/sample/story.txt",
                 wirecopy_test::fixture_path("sample-story.golden"));
}
