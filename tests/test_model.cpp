// The document model: spans, names of enumerations, the lifetime rule of parse().
#include "support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <type_traits>

namespace {

template <class T, class = void>
struct can_parse : std::false_type {};
template <class T>
struct can_parse<T, std::void_t<decltype(wirecopy::parse(std::declval<T>()))>> : std::true_type {};

// A document borrows its input: parsing a temporary string would leave every span dangling.
static_assert(!can_parse<std::string&&>::value, "parse(std::string&&) must be deleted");
static_assert(can_parse<const std::string&>::value);
static_assert(can_parse<std::string_view>::value);
static_assert(can_parse<const char*>::value);

} // namespace

TEST_CASE("a span's text is the input slice at its offsets") {
    const std::string text = "LONDON (Reuters) - Shares rose.";
    const wirecopy::document doc = wirecopy::parse(text);
    REQUIRE(doc.dateline);
    CHECK(doc.dateline->text == "LONDON (Reuters) -");
    CHECK(doc.dateline->begin == 0);
    CHECK(doc.dateline->end == 18);
    CHECK(doc.dateline->text.data() == text.data());
    CHECK(doc.input.data() == text.data());
    CHECK_FALSE(wirecopy_test::span_violation(doc));
}

TEST_CASE("spans compare by position in the same buffer") {
    const std::string_view text = "abcabc";
    const wirecopy::span first{0, 3, text.substr(0, 3)};
    const wirecopy::span second{3, 6, text.substr(3, 3)};
    CHECK(first == first);
    CHECK(first != second);
    CHECK(first.size() == 3);
    CHECK_FALSE(first.empty());
}

TEST_CASE("enumerations have stable names") {
    CHECK(wirecopy::to_string(wirecopy::wire::reuters) == "reuters");
    CHECK(wirecopy::to_string(wirecopy::wire::canadian_press) == "canadian_press");
    CHECK(wirecopy::to_string(wirecopy::wire::unknown).empty());
    CHECK(wirecopy::to_string(wirecopy::quote_kind::partial) == "partial");
    CHECK(wirecopy::to_string(wirecopy::contact_role::editor) == "editor");
    CHECK(wirecopy::to_string(wirecopy::credit_role::additional_reporting) == "additional reporting");
    CHECK(wirecopy::to_string(wirecopy::diagnostic_code::invalid_utf8) == "invalid_utf8");
    CHECK(wirecopy::to_string(wirecopy::diagnostic_code::out_of_memory) == "out_of_memory");
    CHECK(wirecopy::to_string(wirecopy::severity::error) == "error");
}

TEST_CASE("parse_into reuses a document's storage") {
    const std::string first = "Headline\n\nLONDON (Reuters) - One.\n\nTwo.\n\nThree.";
    const std::string second = "Other\n\nPARIS (AFP) - Only one.";
    wirecopy::document doc;
    wirecopy::parse_into(doc, first);
    CHECK(doc.paragraphs.size() == 3);
    const auto capacity = doc.paragraphs.capacity();
    wirecopy::parse_into(doc, second);
    CHECK(doc.paragraphs.size() == 1);
    CHECK(doc.paragraphs.capacity() == capacity);
    CHECK(doc.input.data() == second.data());
    REQUIRE(doc.headline);
    CHECK(doc.headline->text == "Other");
}

TEST_CASE("the library version is the CMake project version") {
    CHECK(std::string(wirecopy::version) == WIRECOPY_PROJECT_VERSION);
}

TEST_CASE("styles are found by name, and each parses with its own conventions") {
    CHECK(wirecopy::style_named("nope") == nullptr);
    CHECK(wirecopy::named_styles[0].name == "any");
    const std::string story = "WASHINGTON (AP) — The Senate voted on Tuesday.\n";
    for (const wirecopy::named_style& s : wirecopy::named_styles) {
        REQUIRE(wirecopy::style_named(s.name) == &s);
        wirecopy::document doc;
        s.parse_into(doc, story, {});
        CAPTURE(s.name);
        CHECK(doc.paragraphs.size() == 1);
    }
    wirecopy::document doc;
    wirecopy::style_named("ap")->parse_into(doc, story, {});
    REQUIRE(doc.dateline);
    CHECK(doc.dateline->location->text == "WASHINGTON");
}

TEST_CASE("quote analysis modes are found by name") {
    CHECK(wirecopy::quote_analysis_named("full") == wirecopy::quote_analysis::full);
    CHECK(wirecopy::quote_analysis_named("local") == wirecopy::quote_analysis::local);
    CHECK(wirecopy::quote_analysis_named("off") == wirecopy::quote_analysis::off);
    CHECK_FALSE(wirecopy::quote_analysis_named("Full"));
    CHECK_FALSE(wirecopy::quote_analysis_named(""));
    CHECK(wirecopy::options{}.quotes == wirecopy::quote_analysis::full);
}

TEST_CASE("reference dates are read from ISO 8601, strictly") {
    const auto d = wirecopy::iso_date("2024-02-29");
    REQUIRE(d);
    CHECK(d->year == 2024);
    CHECK(d->month == 2);
    CHECK(d->day == 29);
    CHECK_FALSE(d->year_inferred);
    for (const char* bad : {"2023-02-29", "2019-13-01", "2019-04-31", "2019-4-1", "2019-04-01x", "",
                            "20190401", "2019/04/01", "abcd-ef-gh"})
        CHECK_FALSE(wirecopy::iso_date(bad));
    CHECK(wirecopy::iso_date("2000-02-29"));
    CHECK_FALSE(wirecopy::iso_date("1900-02-29"));
}

TEST_CASE("dates are written as ISO 8601, without a year where none is known") {
    CHECK(wirecopy::iso_8601({2019, 3, 4, false}).text() == "2019-03-04");
    CHECK(wirecopy::iso_8601({1987, 12, 31, true}).text() == "1987-12-31");
    CHECK(wirecopy::iso_8601({0, 11, 27, false}).text() == "--11-27");
}
