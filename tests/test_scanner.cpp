// The SIMD scanners: every level this machine has finds exactly what the scalar code finds. And the UTF-8
// decoding the readers share.
#include "support.hpp"

#include <wirecopy/detail/chars.hpp>
#include <wirecopy/detail/scanner.hpp>

#include <doctest/doctest.h>

#include <cstdlib>
#include <random>
#include <string>
#include <vector>

namespace {

using wirecopy::detail::simd_level;
namespace scan = wirecopy::detail::scan;

std::vector<simd_level> levels_here() {
    std::vector<simd_level> levels;
    for (simd_level level : {simd_level::scalar, simd_level::sse2, simd_level::avx2, simd_level::neon})
        if (scan::available(level))
            levels.push_back(level);
    return levels;
}

/// Random text over an alphabet rich in the bytes the scanners look for.
std::string random_text(std::mt19937& rng, std::size_t size) {
    static const std::string alphabet =
        std::string("abc XYZ.,\n\t\r\"'`\x7F\x01\x00", 19) + "\xE2\x80\x9C\xC2\xA0\xFF";
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    std::string text;
    for (std::size_t i = 0; i < size; ++i)
        text.push_back(alphabet[pick(rng)]);
    return text;
}

} // namespace

TEST_CASE("scalar, SSE2 and NEON exist everywhere they should; the chosen level is available") {
    CHECK(scan::available(simd_level::scalar));
#if defined(__x86_64__)
    CHECK(scan::available(simd_level::sse2));
    CHECK_FALSE(scan::available(simd_level::neon));
#elif defined(__aarch64__)
    // tools/aarch64.sh runs this file on AArch64: NEON is there, and chosen unless WIRECOPY_SIMD says else.
    CHECK(scan::available(simd_level::neon));
    CHECK_FALSE(scan::available(simd_level::sse2));
    if (std::getenv("WIRECOPY_SIMD") == nullptr)
        CHECK(scan::chosen_level() == simd_level::neon);
#endif
    simd_level level = simd_level::scalar;
    CHECK(scan::level_named("avx2", level));
    CHECK(level == simd_level::avx2);
    CHECK_FALSE(scan::level_named("mmx", level));
    CHECK(scan::available(scan::chosen_level()));
}

TEST_CASE("a byte set holds exactly the bytes it was given, up to eight") {
    const wirecopy::detail::byte_set set{'"', 0x00, 0x7F, 0x80, 0xE2, 0xFF};
    for (unsigned c = 0; c < 256; ++c) {
        CAPTURE(c);
        const bool given = c == '"' || c == 0x00 || c == 0x7F || c == 0x80 || c == 0xE2 || c == 0xFF;
        CHECK(set.contains(static_cast<unsigned char>(c)) == given);
    }
    CHECK(set.count == 6);
    const wirecopy::detail::byte_set full{1, 2, 3, 4, 5, 6, 7, 8, 9};
    CHECK(full.count == 8);
    CHECK(full.contains(8));
    CHECK_FALSE(full.contains(9));
}

TEST_CASE("every SIMD level agrees with the scalar search, at every offset and length") {
    std::mt19937 rng(20261127);
    const wirecopy::detail::byte_set quote_leads{'"', '\'', '`', 0xE2, 0xC2};
    for (simd_level level : levels_here()) {
        CAPTURE(wirecopy::detail::to_string(level));
        const scan::functions f = scan::functions_for(level);
        for (int round = 0; round < 300; ++round) {
            const std::string text = random_text(rng, static_cast<std::size_t>(round % 97));
            // Sparse text too: long clean runs are where vectors skip ahead.
            std::string sparse(static_cast<std::size_t>(round) * 3, 'a');
            if (!sparse.empty())
                sparse[static_cast<std::size_t>(round) % sparse.size()] = round % 2 ? '"' : '\x02';
            for (const std::string* s : {&text, static_cast<const std::string*>(&sparse)}) {
                const char* begin = s->data();
                const char* end = begin + s->size();
                for (const char* p = begin; p <= end; p += 7) {
                    CHECK(f.find(p, end, quote_leads) == scan::find_scalar(p, end, quote_leads));
                    CHECK(f.find_unusual(p, end) == scan::find_unusual_scalar(p, end));
                }
            }
        }
    }
}

TEST_CASE(
    "find_byte finds the first byte of the set on short ranges (looked at byte by byte) and long ones") {
    const wirecopy::detail::byte_set marks{'"', 0xE2};
    for (std::size_t length = 0; length <= 40; ++length)
        for (std::size_t at = 0; at <= length; ++at) {
            std::string text(length, 'x');
            if (at < length)
                text[at] = at % 2 ? '"' : '\xE2';
            CAPTURE(length);
            CAPTURE(at);
            CHECK(wirecopy::detail::find_byte(text.data(), text.data() + length, marks) == text.data() + at);
        }
}

TEST_CASE("find_last_byte finds the last occurrence of a byte, on short and long texts, or none") {
    for (std::size_t length = 0; length <= 300; length += length < 40 ? 1 : 37)
        for (std::size_t at = 0; at <= length; ++at) {
            std::string text(length, 'x');
            if (at < length) {
                text[at] = ',';
                if (at > 0)
                    text[at / 2] = ','; // an earlier one, not the answer
            }
            CAPTURE(length);
            CAPTURE(at);
            CHECK(wirecopy::detail::find_last_byte(text, ',') == (at < length ? at : std::string_view::npos));
        }
    CHECK(wirecopy::detail::find_last_byte(std::string_view(), ',') == std::string_view::npos);
}

TEST_CASE("find_line_blank finds the first space, tab, form feed or vertical tab, at any offset") {
    // Before the blank: bytes below 0x21 that are none, '!' (which the eight-byte test flags after one of
    // them) and non-ASCII bytes; the blank at every offset of texts up to 40 bytes long.
    const std::string filler = "a\r!\x01\x1F\xC2\xA0\x80!\n";
    for (const char blank : {' ', '\t', '\f', '\v'})
        for (std::size_t length = 0; length <= 40; ++length)
            for (std::size_t at = 0; at <= length; ++at) {
                std::string text;
                for (std::size_t i = 0; i < length; ++i)
                    text += filler[i % filler.size()];
                if (at < length)
                    text[at] = blank;
                CAPTURE(length);
                CAPTURE(at);
                CHECK(wirecopy::detail::find_line_blank(text, 0, text.size()) == at);
                if (at < length) // from the blank itself, and bounded before it
                    CHECK(wirecopy::detail::find_line_blank(text, at, text.size()) == at);
                CHECK(wirecopy::detail::find_line_blank(text, 0, at) == at);
            }
}

TEST_CASE("unusual bytes: controls, DEL and non-ASCII, but not white space") {
    CHECK(wirecopy::detail::is_unusual_byte(0x00));
    CHECK(wirecopy::detail::is_unusual_byte(0x1B));
    CHECK(wirecopy::detail::is_unusual_byte(0x7F));
    CHECK(wirecopy::detail::is_unusual_byte(0xC3));
    CHECK_FALSE(wirecopy::detail::is_unusual_byte('\n'));
    CHECK_FALSE(wirecopy::detail::is_unusual_byte('\t'));
    CHECK_FALSE(wirecopy::detail::is_unusual_byte('\r'));
    CHECK_FALSE(wirecopy::detail::is_unusual_byte('~'));
    const std::string text = "plain ASCII text, long enough to fill vectors.\n\tStill plain.\xC3\xA9";
    CHECK(wirecopy::detail::find_unusual_byte(text.data(), text.data() + text.size())
          == text.data() + text.size() - 2);
}

TEST_CASE("decoding UTF-8 forwards and backwards: ASCII, every length, and malformed bytes") {
    using wirecopy::detail::decode_at;
    using wirecopy::detail::decode_before;
    // a, é (2 bytes), “ (3), 😀 (4)
    const std::string text = "a\xC3\xA9\xE2\x80\x9C\xF0\x9F\x98\x80";
    const std::u32string values = {U'a', 0xE9, 0x201C, 0x1F600};
    const unsigned lengths[] = {1, 2, 3, 4};
    std::size_t pos = 0;
    for (std::size_t i = 0; i < values.size(); ++i) {
        CHECK(decode_at(text, pos).value == values[i]);
        CHECK(decode_at(text, pos).length == lengths[i]);
        pos += lengths[i];
        CHECK(decode_before(text, pos).value == values[i]);
        CHECK(decode_before(text, pos).length == lengths[i]);
    }
    // Malformed: length 0 and the byte itself.
    const std::string stray = "\x80";
    CHECK(decode_at(stray, 0).length == 0);
    CHECK(decode_before(stray, 1).length == 0);
    const std::string truncated = "\xE2\x80";
    CHECK(decode_at(truncated, 0).length == 0);
    CHECK(decode_before(truncated, 2).value == 0x80);
    CHECK(decode_before(truncated, 2).length == 0);
    const std::string overlong = "\xC0\xAF";
    CHECK(decode_at(overlong, 0).length == 0);
    const std::string surrogate = "\xED\xA0\x80";
    CHECK(decode_at(surrogate, 0).length == 0);
    const std::string ascii_after_lead = "\xC3z";
    CHECK(decode_at(ascii_after_lead, 0).length == 0);
    CHECK(decode_before(ascii_after_lead, 2).value == U'z');
    CHECK(decode_before(ascii_after_lead, 2).length == 1);
}
