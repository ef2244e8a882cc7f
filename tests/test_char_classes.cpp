// The character classes of the grammars (letters, word ends, blanks, the rest of a word) are one scan
// each. They must match exactly what their definitions as alternatives of X3 characters match: that is
// checked here over every input of up to four bytes drawn from the bytes that tell the classes apart.
#include <wirecopy/detail/grammar/attribution.hpp>

#include <doctest/doctest.h>

#include "match_length.hpp"

#include <string>
#include <string_view>
#include <vector>

namespace char_class_tests {

namespace x3 = boost::spirit::x3;
namespace g = wirecopy::detail::grammar;

using wirecopy_test::match_length;

// The classes as X3 alternatives: what the scans replace.
const auto upper_chars = x3::char_('A', 'Z') | (x3::char_('\xC3') >> x3::char_('\x80', '\x9E'))
                         | (x3::char_('\xC4', '\xC5') >> x3::char_('\x80', '\xBF'));
const auto lower_chars = x3::char_('a', 'z') | (x3::char_('\xC3') >> x3::char_('\x9F', '\xBF'));
const auto letters = upper_chars | lower_chars;
const auto digits = x3::char_('0', '9');
const auto apostrophes = x3::lit('\'') | x3::lit("\xE2\x80\x99");
const auto blanks = x3::lit(' ') | x3::lit('\t') | x3::lit('\f') | x3::lit('\v') | x3::lit("\xC2\xA0")
                    | (x3::lit("\xE2\x80") >> x3::char_('\x80', '\x8A')) | x3::lit("\xE2\x80\xAF")
                    | x3::lit("\xE2\x81\x9F") | x3::lit("\xE3\x80\x80");
const auto line_breaks = -x3::lit('\r') >> x3::lit('\n') | x3::lit('\r');
const auto possessive_ending = apostrophes >> x3::lit('s') >> !(letters | digits);

/// Every string of one to four bytes over the bytes that matter to the classes: ASCII letters on both
/// sides of the case, digits, joints, blanks, line breaks, and UTF-8 lead and continuation bytes at the
/// edges of the ranges.
std::vector<std::string> probes() {
    static const char bytes[] = "aZs0-' \t\n\r.\xC2\xA0\xC3\x80\x9E\x9F\xBF\xC4\xC5\xC6\xE2\x99\x8A\x8B";
    const std::string_view alphabet(bytes, sizeof bytes - 1);
    std::vector<std::string> all{""};
    std::vector<std::string> last{""};
    for (int length = 1; length <= 4; ++length) {
        std::vector<std::string> next;
        for (const std::string& s : last)
            for (char c : alphabet)
                next.push_back(s + c);
        all.insert(all.end(), next.begin(), next.end());
        last = std::move(next);
    }
    return all;
}

const std::vector<std::string>& inputs() {
    static const std::vector<std::string> all = probes();
    return all;
}

/// `scan` and `reference` match the same length (or both fail) on every probe.
template <class Scan, class Reference>
void same_as_reference(const Scan& scan, const Reference& reference) {
    std::size_t differences = 0;
    for (const std::string& text : inputs())
        if (match_length(text, scan) != match_length(text, reference)) {
            if (differences++ == 0)
                FAIL_CHECK("first difference on \"" << text << "\": scan " << match_length(text, scan)
                                                    << ", reference " << match_length(text, reference));
        }
    CHECK(differences == 0);
}

} // namespace char_class_tests

using namespace char_class_tests;

TEST_CASE("letters, capitals and lower-case letters: ASCII and the Latin-1 / Latin Extended-A ranges") {
    same_as_reference(g::upper, upper_chars);
    same_as_reference(g::lower, lower_chars);
    same_as_reference(g::letter, letters);
    CHECK(match_length("\xC3\x89vora", g::upper) == 2); // É
    CHECK(match_length("\xC5\x81\xC3\xB3"
                       "dz",
                       g::upper)
          == 2);                                    // Ł
    CHECK(match_length("\xC3\x9F", g::lower) == 2); // ß
    CHECK(match_length("\xC3", g::letter) == -1);   // a lead byte cut off at the end
}

TEST_CASE("a word ends where no letter or digit follows, at the end of the input too") {
    same_as_reference(g::word_end, !(letters | digits));
    CHECK(match_length("", g::word_end) == 0);
    CHECK(match_length("-x", g::word_end) == 0);
    CHECK(match_length("\xC3\xA9", g::word_end) == -1);
    // The one-scan word tests end words the same way: a lead byte without its letter ends the word.
    CHECK(match_length("quickly\xC3\xA9", g::attribution_parts::adverb) == -1);
    CHECK(match_length("quickly\xC3"
                       "X",
                       g::attribution_parts::adverb)
          == 7);
    CHECK(match_length("quickly.", g::attribution_parts::adverb) == 7);
}

TEST_CASE("blanks, apostrophes and white space that crosses line breaks") {
    same_as_reference(g::blank, blanks);
    same_as_reference(g::apostrophe, apostrophes);
    same_as_reference(g::space, +(blanks | line_breaks));
    same_as_reference(g::attribution_parts::opt_ws, *(blanks | line_breaks));
    CHECK(match_length("\xE2\x80\x89x", g::blank) == 3);  // thin space
    CHECK(match_length("\xE2\x80\x8Bx", g::blank) == -1); // zero-width space: no blank
    // The grammars' blanks are the stages' (chars.hpp): narrow no-break, mathematical and ideographic
    // spaces, form feed and vertical tab too.
    for (const char* blank : {"\xE2\x80\xAF", "\xE2\x81\x9F", "\xE3\x80\x80", "\f", "\v"}) {
        CAPTURE(blank);
        CHECK(match_length(std::string(blank) + "x", g::blank)
              == static_cast<int>(std::string(blank).size()));
    }
    CHECK(match_length(" \r\n\t\xC2\xA0x", g::space) == 6);
}

TEST_CASE("the rest of a word goes on over a hyphen or an apostrophe between two of its characters") {
    namespace cc = g::char_classes;
    same_as_reference(cc::word_rest<cc::letter>{}, *(letters | ((x3::lit('-') | apostrophes) >> letters)));
    same_as_reference(cc::word_rest<cc::word_character>{},
                      *(letters | digits | ((x3::lit('-') | apostrophes) >> (letters | digits))));
    same_as_reference(cc::word_rest<cc::letter, cc::possessive::ends_word>{},
                      *(letters | (!possessive_ending >> (x3::lit('-') | apostrophes) >> letters)));
    CHECK(match_length("ear-old-", cc::word_rest<cc::word_character>{}) == 7);
    CHECK(match_length("eLaet's", cc::word_rest<cc::letter, cc::possessive::ends_word>{}) == 5);
    CHECK(match_length("eLaet's", cc::word_rest<cc::letter>{}) == 7);
    CHECK(match_length("'Neill", cc::word_rest<cc::letter, cc::possessive::ends_word>{}) == 6);
    CHECK(match_length("'sy", cc::word_rest<cc::letter, cc::possessive::ends_word>{}) == 3);
}

TEST_CASE("a keyword matches as X3's ISO 8859-1 literal does: exactly, and under no_case in any case") {
    for (const char* word : {"za-s", "Za", "sZ.", "a s"}) {
        CAPTURE(word);
        same_as_reference(g::keyword::lit(word), x3::iso8859_1::lit(word));
        same_as_reference(x3::no_case[g::keyword::lit(word)], x3::no_case[x3::iso8859_1::lit(word)]);
    }
    CHECK(match_length("ADVERTISEMENT", x3::no_case[g::keyword::lit("advertisement")]) == 13);
    CHECK(match_length("ADVERTISEMENT", g::keyword::lit("advertisement")) == -1);
    CHECK(match_length("\xC3\x89t\xC3\xA9", x3::no_case[g::keyword::lit("\xC3\xA9t\xC3\xA9")]) == -1);
}
