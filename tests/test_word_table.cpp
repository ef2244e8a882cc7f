// The grammars' word tables: the longest key the input starts with, with or without case, as X3 symbol
// tables match, and their values.
#include <wirecopy/detail/grammar/word_table.hpp>

#include <boost/spirit/home/x3.hpp>
#include <doctest/doctest.h>

#include "match_length.hpp"

#include <memory>
#include <string>
#include <string_view>

namespace {

namespace x3 = boost::spirit::x3;
using wirecopy::detail::grammar::word_table;
using wirecopy_test::match_length;

/// The value `table` gives the start of `text`, or -1.
int value_at(std::string_view text, const word_table<int>& table) {
    const char* first = text.data();
    int value = -1;
    return x3::parse(first, text.data() + text.size(), table, value) ? value : -1;
}

} // namespace

TEST_CASE("a word table matches the longest key the input starts with") {
    word_table<> table;
    table.add("point").add("pointed out").add("points out").add("p").add("pointed");
    CHECK(match_length("pointed out the risk", table) == 11);
    CHECK(match_length("pointed at it", table) == 7);
    CHECK(match_length("points to it", table) == 5); // not "points out": "point"
    CHECK(match_length("pointer", table) == 5);
    CHECK(match_length("q", table) == -1);
    CHECK(match_length("", table) == -1);
    CHECK(match_length("poin", table) == 1); // input shorter than every longer key
}

TEST_CASE("a word table compares every byte of keys longer than eight bytes") {
    word_table<> table;
    table.add("acknowledged").add("acknowledges").add("according to");
    CHECK(match_length("acknowledged it", table) == 12);
    CHECK(match_length("acknowledges", table) == 12);
    CHECK(match_length("acknowledgex", table) == -1);
    CHECK(match_length("according to X", table) == 12);
    CHECK(match_length("according t", table) == -1);
}

TEST_CASE("a word table is case-sensitive, and ignores the case of ASCII letters under no_case") {
    word_table<> table;
    table.add("reuters").add("Mr").add("e-mail");
    CHECK(match_length("Reuters", table) == -1);
    CHECK(match_length("reuters", table) == 7);
    CHECK(match_length("REUTERS", x3::no_case[table]) == 7);
    CHECK(match_length("rEuTeRs", x3::no_case[table]) == 7);
    CHECK(match_length("MR", x3::no_case[table]) == 2);
    CHECK(match_length("E-MAIL", x3::no_case[table]) == 6);
    CHECK(match_length("E_MAIL", x3::no_case[table]) == -1); // '_' is not a capital '-'
    // Only ASCII letters fold: "É" (C3 89) is not "é" (C3 A9), and '@' + 0x20 is not '`'.
    word_table<> accented;
    accented.add("caf\xC3\xA9").add("`x");
    CHECK(match_length("CAF\xC3\xA9", x3::no_case[accented]) == 5);
    CHECK(match_length("caf\xC3\x89", x3::no_case[accented]) == -1);
    CHECK(match_length("@x", x3::no_case[accented]) == -1);
    CHECK(match_length("@X", x3::no_case[accented]) == -1);
}

TEST_CASE(
    "loading up to eight bytes gives the text's bytes, zero beyond them, and reads nothing past its end") {
    namespace wt = wirecopy::detail::grammar::word_table_detail;
    for (std::size_t size = 0; size <= 10; ++size) {
        CAPTURE(size);
        // A heap block of exactly `size` bytes: under ASan a read past it fails the test.
        const std::unique_ptr<char[]> text(new char[size == 0 ? 1 : size]);
        for (std::size_t i = 0; i < size; ++i)
            text[i] = static_cast<char>(0xF1 - 0x13 * i); // distinct bytes, high bits included
        std::uint64_t expected = 0;
        for (std::size_t i = std::min<std::size_t>(size, 8); i-- > 0;)
            expected = expected << 8 | static_cast<unsigned char>(text[i]);
        CHECK(wt::load8(text.get(), size) == expected);
    }
}

TEST_CASE("the case folding of eight bytes at once folds exactly the ASCII capitals") {
    namespace wt = wirecopy::detail::grammar::word_table_detail;
    for (int byte = 0; byte < 256; ++byte)
        for (int position = 0; position < 8; ++position) {
            // The byte among neighbours that are capitals and non-letters, to catch carries between bytes.
            char text[8] = {'Z', '@', 'A', '[', '\x7F', '\xFF', 'z', '\x80'};
            text[position] = static_cast<char>(byte);
            const std::uint64_t folded = wt::fold8(wt::load8(text, 8));
            for (int i = 0; i < 8; ++i)
                CHECK(static_cast<char>(folded >> (8 * i) & 0xFF) == wt::fold(text[i]));
        }
}

TEST_CASE("a word table gives the value of the key it matched, the first one added for a key added twice") {
    word_table<int> table;
    table.add("jan", 1).add("january", 1).add("may", 5).add("mar", 3).add("may", 6).add("m", 9);
    CHECK(value_at("january", table) == 1);
    CHECK(value_at("may 3", table) == 5);
    CHECK(value_at("mar", table) == 3);
    CHECK(value_at("mx", table) == 9);
    CHECK(value_at("x", table) == -1);
    word_table<int> letters;
    letters.add("a", 1).add("a", 2);
    CHECK(value_at("a", letters) == 1);
}

TEST_CASE("a word table of thousands of keys finds each of them and nothing else") {
    word_table<int> table;
    std::vector<std::string> keys;
    for (int i = 0; i < 5000; ++i)
        keys.push_back("k" + std::to_string(i * 7919 % 100000) + "w");
    for (std::size_t i = 0; i < keys.size(); ++i)
        table.add(keys[i], static_cast<int>(i));
    for (std::size_t i = 0; i < keys.size(); ++i) {
        CHECK(value_at(keys[i], table) == static_cast<int>(i));
        CHECK(value_at(keys[i].substr(0, keys[i].size() - 1) + "v", table) == -1);
    }
}

TEST_CASE("a grammar expression refers to its word table, and finds the keys added after it was made") {
    word_table<> table;
    const auto grammar = table >> x3::lit('!');
    table.add("yes");
    CHECK(match_length("yes!", grammar) == 4);
    CHECK(match_length("no!", grammar) == -1);
}

TEST_CASE("a word table given the function that adds its keys adds them at its first look-up, once") {
    static int fills = 0;
    static const word_table<int> table{[](auto& keys) {
        ++fills;
        keys.add("one", 1).add_all({"two", "deux"}, 2);
    }};
    CHECK(fills == 0);
    CHECK(value_at("deux", table) == 2);
    CHECK(value_at("one", table) == 1);
    CHECK(value_at("three", table) == -1);
    CHECK(match_length("TWO", x3::no_case[table]) == 3);
    CHECK(fills == 1);
}

TEST_CASE("a word table finds one-byte keys and longer keys sharing their first byte") {
    word_table<int> table;
    table.add("&", 1).add("&c", 2).add("I", 3).add("It", 4);
    CHECK(value_at("&", table) == 1);
    CHECK(value_at("& more", table) == 1);
    CHECK(value_at("&c.", table) == 2);
    CHECK(value_at("I said", table) == 3);
    CHECK(value_at("It said", table) == 4);
    CHECK(value_at("Is", table) == 3);
    CHECK(value_at("i", table) == -1);
    const char* first = "it";
    int value = -1;
    CHECK(x3::parse(first, first + 2, x3::no_case[table], value));
    CHECK(value == 4);
}

TEST_CASE(
    "a word table looked up, then given more keys, finds them all, the first of a key added twice winning") {
    word_table<int> table;
    table.add("said", 1).add("s", 2);
    CHECK(value_at("said so", table) == 1);
    table.add("says", 3).add("said", 4).add("SAID", 5).add("saying", 6);
    CHECK(value_at("said so", table) == 1);
    CHECK(value_at("says", table) == 3);
    CHECK(value_at("saying", table) == 6);
    CHECK(value_at("sat", table) == 2);
    CHECK(match_length("SAYS", x3::no_case[table]) == 4);
    CHECK(value_at("SAID", table) == 5); // case-sensitive: its own key
}
