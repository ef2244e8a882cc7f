// Bylines: authors, affiliation and title line; agencies and job titles are never authors.
#include "support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

struct byline_text {
    std::vector<std::string> authors;
    std::string affiliation, title;
};

std::optional<byline_text> byline_of(const std::string& byline_block) {
    const std::string story =
        "Markets Rally on Rate Hopes\n\n" + byline_block + "\n\nLONDON (Reuters) - Stocks rose.\n";
    const wirecopy::document doc = wirecopy::parse(story);
    REQUIRE_FALSE(wirecopy_test::span_violation(doc));
    if (!doc.byline)
        return std::nullopt;
    byline_text out;
    for (const auto& a : doc.byline->authors)
        out.authors.emplace_back(a.text);
    if (doc.byline->affiliation)
        out.affiliation = std::string(doc.byline->affiliation->text);
    if (doc.byline->title)
        out.title = std::string(doc.byline->title->text);
    return out;
}

} // namespace

TEST_CASE("bylines name their authors") {
    CHECK(byline_of("By Eric Martin")->authors == std::vector<std::string>{"Eric Martin"});
    CHECK(byline_of("By Eric Martin and Henry Meyer")->authors
          == std::vector<std::string>{"Eric Martin", "Henry Meyer"});
    CHECK(byline_of("By Ann Lee, Bo Park and Cy Young")->authors
          == std::vector<std::string>{"Ann Lee", "Bo Park", "Cy Young"});
    CHECK(byline_of("BY MARIA LOPEZ")->authors == std::vector<std::string>{"MARIA LOPEZ"});
}

TEST_CASE("an agency after the authors is the affiliation, not an author") {
    const auto b = byline_of("by Janie Gabbett, Reuters");
    REQUIRE(b);
    CHECK(b->authors == std::vector<std::string>{"Janie Gabbett"});
    CHECK(b->affiliation == "Reuters");
}

TEST_CASE("a title line under the byline is its own span") {
    const auto b = byline_of("By W. DALE NELSON\nAssociated Press Writer");
    REQUIRE(b);
    CHECK(b->authors == std::vector<std::string>{"W. DALE NELSON"});
    CHECK(b->title == "Associated Press Writer");
}

TEST_CASE("suffixes stay with the name") {
    CHECK(byline_of("By Martin Luther King Jr.")->authors
          == std::vector<std::string>{"Martin Luther King Jr."});
}

TEST_CASE("a sentence starting with 'By' is not a byline") {
    CHECK_FALSE(byline_of("By the end of the day, shares had fallen 4 percent."));
}
