// Input the annotator cannot fully read: every case gives diagnostics, never a crash or lost text.
#include "support.hpp"

#include <doctest/doctest.h>

#include <cstdint>
#include <string>
#include <vector>

namespace {

/// A string of every byte of a literal, NULs included.
template <std::size_t N>
std::string bytes(const char (&literal)[N]) {
    return std::string(literal, N - 1);
}

bool has(const wirecopy::document& doc, wirecopy::diagnostic_code code) {
    for (const auto& d : doc.diagnostics)
        if (d.code == code)
            return true;
    return false;
}

} // namespace

TEST_CASE("empty and blank input") {
    CHECK(has(wirecopy::parse(""), wirecopy::diagnostic_code::empty_input));
    const auto blank = wirecopy::parse(" \n\t\n\xC2\xA0\n");
    CHECK(has(blank, wirecopy::diagnostic_code::empty_input));
    CHECK(blank.paragraphs.empty());
}

TEST_CASE("a UTF-8 byte order mark is skipped; offsets stay in the original buffer") {
    const std::string text = "\xEF\xBB\xBFHeadline\n\nLONDON (Reuters) - Text.";
    const auto doc = wirecopy::parse(text);
    CHECK(has(doc, wirecopy::diagnostic_code::byte_order_mark));
    REQUIRE(doc.headline);
    CHECK(doc.headline->begin == 3);
    CHECK(doc.headline->text == "Headline");
    CHECK_FALSE(wirecopy_test::span_violation(doc));
}

TEST_CASE("UTF-16 is diagnosed, not mis-parsed") {
    const std::string with_bom = bytes("\xFF\xFEH\0i\0\n\0");
    const auto a = wirecopy::parse(with_bom);
    CHECK(has(a, wirecopy::diagnostic_code::utf16_input));
    CHECK(a.paragraphs.empty());
    const std::string without_bom = bytes("H\0e\0a\0d\0l\0i\0n\0e\0\n\0\n\0T\0e\0x\0t\0");
    const auto b = wirecopy::parse(without_bom);
    CHECK(has(b, wirecopy::diagnostic_code::utf16_input));
    CHECK_FALSE(b.headline);
}

TEST_CASE("binary junk is diagnosed and not annotated") {
    std::string junk;
    for (int i = 0; i < 4096; ++i)
        junk.push_back(static_cast<char>((i * 7919) % 251));
    const auto doc = wirecopy::parse(junk);
    CHECK(has(doc, wirecopy::diagnostic_code::binary_input));
    CHECK(doc.paragraphs.empty());
}

TEST_CASE("NUL bytes in text are diagnosed; the text is still annotated") {
    const std::string text = bytes("Headline\n\nLONDON (Reuters) - Te\0xt.");
    const auto doc = wirecopy::parse(text);
    CHECK(has(doc, wirecopy::diagnostic_code::nul_bytes));
    CHECK(doc.dateline);
    CHECK(doc.paragraphs.size() == 1);
}

TEST_CASE("invalid and overlong UTF-8 is diagnosed where it is") {
    const std::string text = "Headline\n\nLONDON (Reuters) - Caf\xE9 and \xC0\xAF overlong.";
    const auto doc = wirecopy::parse(text);
    int found = 0;
    for (const auto& d : doc.diagnostics)
        if (d.code == wirecopy::diagnostic_code::invalid_utf8) {
            ++found;
            CHECK((static_cast<unsigned char>(text[d.begin]) == 0xE9
                   || static_cast<unsigned char>(text[d.begin]) == 0xC0));
        }
    CHECK(found == 2);
    REQUIRE(doc.paragraphs.size() == 1);
    CHECK(doc.paragraphs[0].end == text.size()); // nothing lost
}

TEST_CASE("CRLF and CR-only line ends") {
    const auto crlf =
        wirecopy_test::parse_kept(std::string("Headline\r\n\r\nLONDON (Reuters) - One.\r\n\r\nTwo.\r\n"));
    REQUIRE(crlf.headline);
    CHECK(crlf.headline->text == "Headline");
    CHECK(crlf.paragraphs.size() == 2);
    CHECK(crlf.paragraphs[1].text == "Two.");
    const auto cr = wirecopy_test::parse_kept(std::string("Headline\r\rLONDON (Reuters) - One.\r\rTwo.\r"));
    REQUIRE(cr.headline);
    CHECK(cr.headline->text == "Headline");
    CHECK(cr.paragraphs.size() == 2);
}

TEST_CASE("ten megabytes without a line break") {
    const std::string text(10 * 1024 * 1024, 'a');
    const auto doc = wirecopy::parse(text);
    REQUIRE(doc.paragraphs.size() == 1);
    CHECK(doc.paragraphs[0].end == text.size());
}

TEST_CASE("a megabyte of quote marks and apostrophes") {
    std::string text = "Headline\n\n";
    for (int i = 0; i < 100000; ++i)
        text += "\"' \xE2\x80\x9C\xE2\x80\x99";
    const auto doc = wirecopy::parse(text);
    CHECK_FALSE(wirecopy_test::span_violation(doc));
    CHECK(doc.diagnostics.size() <= wirecopy::options{}.max_diagnostics + 1);
}

TEST_CASE("a hundred thousand nested quote levels") {
    std::string text = "Headline\n\n";
    for (int i = 0; i < 100000; ++i)
        text += "\xE2\x80\x9C"
                "a \xE2\x80\x98";
    const auto doc = wirecopy::parse(text);
    CHECK(has(doc, wirecopy::diagnostic_code::nesting_too_deep));
    CHECK_FALSE(wirecopy_test::span_violation(doc));
}

TEST_CASE("diagnostics are capped") {
    std::string text = "Headline\n\n";
    for (int i = 0; i < 1000; ++i)
        text += "x \xFF y ";
    wirecopy::options opts;
    opts.max_diagnostics = 5;
    const auto doc = wirecopy::parse(text, opts);
    REQUIRE(doc.diagnostics.size() == 6);
    CHECK(doc.diagnostics.back().code == wirecopy::diagnostic_code::too_many_diagnostics);
}

TEST_CASE("a story that is all footer") {
    const auto doc =
        wirecopy::parse("To contact the reporter on this story: Ann Lee in Boston at al@bloomberg.net\n\n"
                        "\xC2\xA9"
                        "2026 Bloomberg L.P.\n");
    CHECK(doc.contacts.size() == 1);
    CHECK(doc.copyright);
    CHECK_FALSE(wirecopy_test::span_violation(doc));
}

TEST_CASE("paragraphs: a blank line or an indented line opens the next, read once") {
    // The indented line that ends a paragraph is the first of the next one, which the reader keeps for it.
    for (const std::string line_break : {"\n", "\r\n", "\r"}) {
        const std::string text = "HEADLINE" + line_break + "    First paragraph" + line_break + "wraps here."
                                 + line_break + "    Second paragraph." + line_break + line_break + "Third"
                                 + line_break + "paragraph." + line_break + "  " + line_break + "    Fourth";
        CAPTURE(line_break);
        wirecopy::detail::block_reader reader(text, 0);
        std::vector<std::string> paragraphs;
        std::vector<std::uint32_t> lines;
        for (wirecopy::detail::block b; reader.next(b);) {
            paragraphs.push_back(text.substr(b.begin, b.end - b.begin));
            lines.push_back(b.lines);
            CHECK(text.substr(b.last_line_begin, b.end - b.last_line_begin).find_first_of("\r\n")
                  == std::string::npos);
        }
        const std::vector<std::string> expected = {"HEADLINE", "First paragraph" + line_break + "wraps here.",
                                                   "Second paragraph.", "Third" + line_break + "paragraph.",
                                                   "Fourth"};
        CHECK(paragraphs == expected);
        CHECK(lines == std::vector<std::uint32_t>{1, 2, 1, 2, 1});
    }
}
