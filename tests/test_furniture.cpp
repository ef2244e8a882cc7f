// Boilerplate lines and the furniture that closes a story are tried only on the bytes they can start
// with. The guards must turn away only lines no form matches: each grammar is checked here against its
// definition without them, on every form of line behind every possible first byte and on every line of
// the fixtures.
#include <wirecopy/detail/blocks.hpp>
#include <wirecopy/detail/footer_lines.hpp>
#include <wirecopy/detail/grammar/contributors.hpp>
#include <wirecopy/detail/grammar/editorial.hpp>
#include <wirecopy/detail/grammar/furniture.hpp>

#include <doctest/doctest.h>

#include "match_length.hpp"
#include "support.hpp"

#include <algorithm>
#include <cstring>
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

namespace furniture_tests {

namespace x3 = boost::spirit::x3;
namespace g = wirecopy::detail::grammar;
namespace parts = g::furniture_parts;

using wirecopy_test::match_length;

// The grammars as they read without their first-byte guards: every form tried in turn.
const auto all_boilerplate =
    (x3::no_case[g::keyword::lit("advertisement")] >> g::opt_blanks >> x3::eoi)
    | x3::lit("For more articles like this") | x3::lit("Subscribe now") | parts::bloomberg_terminal
    | x3::lit("Have a confidential tip for our reporters") | x3::lit("Our Standards:")
    | x3::no_case[g::keyword::lit("all rights reserved")] | x3::lit("This material may not be published")
    | x3::lit("(For use by") | x3::lit("Click For Restrictions") | x3::lit("Story continues below")
    | ((x3::lit("Read more") | "READ MORE") >> (':' | (-x3::lit(" about:") >> g::opt_blanks >> x3::eoi)))
    | x3::lit("Open this photo in gallery");
const auto all_furniture = parts::rule_line | parts::end_mark | parts::editor_note | parts::trailer
                           | parts::online_line | parts::follow_line | parts::desk_contact
                           | parts::newsroom_line | (x3::lit("Keywords:") >> parts::anything);

/// Lines of every form, and near misses.
const std::vector<std::string> forms = {
    "___",
    "---",
    "* * *",
    "###",
    "===",
    "~~~",
    "\xE2\x80\x94\xE2\x80\x94\xE2\x80\x94",
    "-30-",
    "- 30 -",
    "-0-",
    "# # #",
    "END",
    "ENDS",
    "ENDIT",
    "(END)",
    " END",
    "\xC2\xA0"
    "END",
    "\xE2\x80\x89"
    "END  ",
    "(END OPTIONAL TRIM)",
    "(STORY CAN END HERE)",
    "NYT-03-01-98 1422EST",
    "AP-NY-06-01-98 1530EDT<",
    "Online:",
    "online :",
    "ONLINE:",
    "Follow Ann Lee on Twitter at https://twitter.com/annlee",
    "Follow AP's coverage at https://apnews.com",
    "((ann.lee@example.com; +44 20 7542 4441;))",
    "-- London Newsroom +44 171 542 7717",
    "\xE2\x80\x94 Paris Bureau 33 1 49 49 53 00",
    "Keywords: FLOOD",
    "ADVERTISEMENT",
    "advertisement ",
    "For more articles like this, please visit us",
    "Subscribe now for unlimited access",
    "Before it's here, it's on the Bloomberg Terminal.",
    "Before it\xE2\x80\x99s here",
    "Have a confidential tip for our reporters? Get in touch",
    "Our Standards: The Thomson Reuters Trust Principles.",
    "All rights reserved.",
    "all rights reserved",
    "This material may not be published, broadcast, rewritten or redistributed.",
    "(For use by New York Times News Service clients)",
    "Click For Restrictions",
    "Story continues below",
    "Read more",
    "Read more about it",
    "Read more about:",
    "READ MORE: Harbour fees to rise in July",
    "Read more: the harbour report",
    "Open this photo in gallery A crane unloads containers at the port.",
    "Open this door",
    "The company said it would cut 300 jobs.",
    "ENDORSED by the board",
    "Followers of the team",
    "(Reporting by Ann Lee)",
    "",
    " ",
    "E",
    "O"};

/// Every form as it is, with each possible byte in front of it, and with its first byte replaced by each.
std::vector<std::string> probes() {
    std::vector<std::string> all;
    for (const std::string& form : forms) {
        all.push_back(form);
        for (int b = 0; b < 256; ++b) {
            const char byte = static_cast<char>(b);
            all.push_back(byte + form);
            if (!form.empty())
                all.push_back(byte + form.substr(1));
        }
    }
    return all;
}

/// The lines of every fixture story.
std::vector<std::string> fixture_lines() {
    std::vector<std::string> all;
    for (const auto& entry : std::filesystem::directory_iterator(wirecopy_test::fixture_path("")))
        if (entry.path().extension() == ".txt")
            for (std::string line : wirecopy_test::read_lines(entry.path().string())) {
                if (!line.empty() && line.back() == '\r')
                    line.pop_back();
                all.push_back(line);
            }
    return all;
}

TEST_CASE("boilerplate and closing furniture are tried only on their first bytes, and match as before") {
    std::size_t boilerplate = 0, furniture = 0, lines = 0;
    const auto check = [&](const std::string& line) {
        const int expected_boilerplate = match_length(line, all_boilerplate);
        const int expected_furniture = match_length(line, all_furniture);
        CHECK_MESSAGE(match_length(line, g::boilerplate_line) == expected_boilerplate, line);
        CHECK_MESSAGE(match_length(line, g::footer_furniture) == expected_furniture, line);
        boilerplate += expected_boilerplate >= 0;
        furniture += expected_furniture >= 0;
        ++lines;
    };
    for (const std::string& line : probes())
        check(line);
    for (const std::string& line : fixture_lines())
        check(line);
    // The probes hold matches of both, so that the comparison is not all failures.
    CHECK(boilerplate > 30);
    CHECK(furniture > 100);
    CHECK(lines > 25000);
}

TEST_CASE("the first-byte guards of the furniture") {
    // Each guard holds exactly its bytes ('-' among them, not a range).
    const auto holds = [](std::string_view bytes, int b) {
        return bytes.find(static_cast<char>(b)) != bytes.npos;
    };
    for (int b = 0; b < 256; ++b) {
        const auto c = static_cast<unsigned char>(b);
        CHECK(parts::opens_other_furniture(c) == holds("_-*#=~( \t\f\v\xC2\xE2\xE3on<", b));
        CHECK(g::editorial_parts::opens_slug_line(c) == holds("^BAPUsSkK", b));
        CHECK(g::editorial_parts::opens_attention(c) == holds("(aA \t\f\v\xC2\xE2\xE3", b));
    }
    // The boilerplate phrases are tried by their first byte, in either case where the phrase is.
    CHECK(match_length("ALL RIGHTS RESERVED", g::boilerplate_line) == 19);
    CHECK(match_length("advertisement", g::boilerplate_line) == 13);
    CHECK(match_length("(For use by", g::boilerplate_line) == 11);
    CHECK(match_length("subscribe now", g::boilerplate_line) == -1);
    // Capitals go to the trailer, "END", "Online:", "Follow" and "Keywords:" forms only.
    CHECK(match_length("ENDS", g::footer_furniture) == 4);
    CHECK(match_length("Online:", g::footer_furniture) == 7);
    CHECK(match_length("-- Online:", g::footer_furniture) == -1);
    CHECK(parts::opens_other_furniture(0xE2)); // an em dash, or a thin space before "END"
    CHECK(parts::opens_other_furniture('o'));
    CHECK_FALSE(parts::opens_other_furniture('t'));
    CHECK_FALSE(parts::opens_other_furniture('\0'));
    // A guard that turns a form away fails the grammar on it.
    CHECK(match_length("\xE2\x80\x94 Paris Bureau 33 1", g::footer_furniture) > 0);
    CHECK(match_length("online:", g::footer_furniture) == 7);
    CHECK(match_length("twitter: @annlee", g::footer_furniture) == -1);
}

// Footer items run on inside a line are looked for only at word boundaries next to the bytes an item start
// needs; the cuts must be those of the walk over every word boundary.
namespace d = wirecopy::detail;

/// The lines of `text` as `read_block_lines` cuts them, with every word boundary tried.
std::vector<d::text_line> cut_at_every_boundary(std::string_view text) {
    std::vector<d::text_line> out;
    std::size_t piece = d::skip_blanks(text, 0, text.size());
    const std::size_t end = d::trim_blanks_back(text, piece, text.size());
    for (std::size_t at = d::find_line_blank(text, piece, end); at < end;) {
        const std::size_t next = d::skip_blanks(text, at, end);
        if (d::opens_run_on_item(text.substr(next, end - next), text.substr(piece, at - piece))) {
            out.push_back({piece, at});
            piece = next;
        }
        at = d::find_line_blank(text, next, end);
    }
    out.push_back({piece, end});
    return out;
}

std::vector<d::text_line> cut_as_read(std::string_view text) {
    d::block_lines lines;
    d::read_block_lines(text, 0, text.size(), true, lines);
    return {lines.lines.begin(), lines.lines.begin() + static_cast<std::ptrdiff_t>(lines.count)};
}

/// Calls `check` with each form with each byte but a line break inserted at each position and put in place
/// of each of its bytes, then with every fixture line.
template <class Check>
void for_each_probe(const std::vector<std::string>& forms, Check check) {
    for (const std::string& form : forms)
        for (std::size_t at = 0; at <= form.size(); ++at)
            for (int b = 0; b < 256; ++b) {
                const char byte = static_cast<char>(b);
                if (b == '\n' || b == '\r')
                    continue; // they end the line
                check(form.substr(0, at) + byte + form.substr(at));
                if (at < form.size())
                    check(form.substr(0, at) + byte + form.substr(at + 1));
            }
    for (const std::string& line : fixture_lines())
        check(line);
}

/// Checks that `guarded` matches as `reference` does on every probe of `forms` (see `for_each_probe`);
/// returns how many probes `reference` matched, so that the comparison is not all failures.
template <class Guarded, class Reference>
std::size_t matches_as(const std::vector<std::string>& forms, const Guarded& guarded,
                       const Reference& reference) {
    std::size_t matched = 0;
    for_each_probe(forms, [&](const std::string& line) {
        const int expected = match_length(line, reference);
        CHECK_MESSAGE(match_length(line, guarded) == expected, line);
        matched += expected >= 0;
    });
    return matched;
}

/// Lines that run footer items on, and near misses, around the bytes the search looks for.
const std::vector<std::string> run_on_forms = {
    "rose 2.7 percent. (Reporting by Ann Lee; Editing by Bo Chan)",
    "the $4.42 billion (Reporting by Ann Lee)",
    "worries.\xE2\x80\x9D To contact the reporter on this story: Ann Lee in London",
    "said on Tuesday.\xC2\xA0 Copyright 2019 Harbor Times",
    "fell. \xC2\xA0"
    "Editing by Bo Chan",
    "the end.  ((ann.lee@example.com; +44 20 7542 4441))",
    "closed. <ID:nN0412345> nN0412345",
    "rates.\" -- With assistance from Ann Lee in Paris.",
    "level] Write to Ann Lee at alee@example.com",
    "up? \xE2\x80\x94 Bo Chan contributed reporting.",
    "Tokyo) Additional reporting by Ann Lee",
    "ended! Keywords: HARBOR FEES",
    "a T (b T. T",
    "\xC3\xA9t\xC3\xA9. Reporting by Ann Lee"};

TEST_CASE("footer items run on inside a line are cut where the walk over every word boundary cuts them") {
    std::size_t cuts = 0, lines = 0;
    const auto check = [&](const std::string& line) {
        const std::vector<d::text_line> expected = cut_at_every_boundary(line);
        const std::vector<d::text_line> found = cut_as_read(line);
        bool same = expected.size() == found.size();
        for (std::size_t i = 0; same && i < found.size(); ++i)
            same = expected[i].begin == found[i].begin && expected[i].end == found[i].end;
        CHECK_MESSAGE(same, line);
        cuts += expected.size() - 1;
        ++lines;
    };
    for_each_probe(run_on_forms, check);
    CHECK(cuts > 10000);
    CHECK(lines > 25000);
}

// A line's content is found without a scan where it starts and ends with a printable ASCII byte; it must be
// the content the scans find.
TEST_CASE("a line's content is the same with and without the scans for blanks") {
    std::size_t lines = 0;
    const auto check = [&](const std::string& text) {
        for (std::size_t pos = 0; pos < text.size();) {
            const d::line l = d::read_line(text, pos, '\n');
            const std::size_t end = std::min(text.find('\n', pos), text.size());
            const std::size_t begin = d::skip_blanks(text, pos, end);
            CHECK_MESSAGE(l.end == end, text);
            CHECK_MESSAGE(l.content_begin == begin, text);
            CHECK_MESSAGE(l.content_end == d::trim_blanks_back(text, begin, end), text);
            pos = l.next;
            ++lines;
        }
    };
    const std::vector<std::string> middles = {
        "", "a", " ", "    ", "  \t ", "a b", "\xC2\xA0", "\xE2\x80\x89", "\r"};
    for (const std::string& middle : middles)
        for (int first = 0; first < 256; ++first)
            for (int last = 0; last < 256; ++last) {
                const std::string text =
                    std::string(1, static_cast<char>(first)) + middle + static_cast<char>(last);
                check(text);
                check(text + "\nnext line");
            }
    for (const std::string& line : fixture_lines())
        check(line);
    CHECK(lines > 25000);
}

// Contributor lines with a possessive are given to the grammar only where they say what was contributed;
// every line the grammar reads and the test without that condition let through must still be let through.
/// The test as it read without the condition.
bool mentions_contribution_unconditioned(std::string_view item) {
    if (d::says_contributed(item))
        return true;
    const std::string_view head = item.substr(0, 40);
    if (head.find('\'') != std::string_view::npos || head.find("\xE2\x80\x99") != std::string_view::npos)
        return true;
    return d::opens_with_word_with(item);
}

const std::vector<std::string> contributor_forms = {
    "CNN's Ann Lee contributed to this report.",
    "CNN's Ann Lee reported from Cairo, and Bo Chan wrote and reported from Atlanta.",
    "NBC News' Ann Lee wrote from Rome.",
    "The Washington Post's Ann Lee contributed reporting from Paris.",
    "\xE2\x80\x93With assistance from Ann O'Neil in Paris.",
    "_WITH ASSISTANCE BY Ann O\xE2\x80\x99Neil.",
    "(Staff writer Ann O'Neil contributed reporting from Rome.)",
    "The company's chief reported a loss."};

TEST_CASE("contributor lines with a possessive reach the grammar wherever it reads them") {
    std::size_t read = 0, lines = 0;
    const auto check = [&](const std::string& line) {
        g::contributors_fields f;
        CHECK_MESSAGE(d::holds_curly_apostrophe(line) == (line.find("\xE2\x80\x99") != std::string::npos),
                      line);
        const bool parsed = g::parse_prefix(line.data(), line.data() + line.size(), g::contributors, f);
        if (parsed && mentions_contribution_unconditioned(line)) {
            CHECK_MESSAGE(d::mentions_contribution(line), line);
            ++read;
        }
        ++lines;
    };
    for_each_probe(contributor_forms, check);
    CHECK(read > 1000);
    CHECK(lines > 25000);
}

// The header's furniture lines try a photo line, a flash, a time stamp, an attention note and a release
// line only where one can start, and slug and keyword lines only on their first bytes.
namespace ep = g::editorial_parts;

const auto all_usage_lines = ep::photo | ep::with_line | ep::release | ep::advance | ep::story_kind
                             | ep::attention | ep::operator_initials | ep::flash | ep::precede
                             | ep::time_stamp;

/// Time stamps of every form and name, attention notes, and near misses.
const std::vector<std::string> usage_forms = {"Tue Mar 3, 2009 4:12pm EST",
                                              "Updated 4:12 PM ET, Tue March 3, 2009",
                                              "Posted: Sept. 4, 2001",
                                              "Published 10:05, Wednesday, Dec 2, 2020",
                                              "2009-03-03 16:12:05 GMT",
                                              "THURSDAY, AUG 5, 1999",
                                              "Fri Feb 6, 2015",
                                              "Sat., Jan 10, 2015",
                                              "Sun Jul 12, 2015 9:15 a.m.",
                                              "monday, may 4, 2015",
                                              "Thurs June 11, 2015",
                                              "Apr 1, 2015",
                                              "Oct 9, 2015",
                                              "Nov 30, 2015",
                                              "LaserPhoto NY7",
                                              "AP Photos NY1, NY2",
                                              "AP Color Graphic",
                                              "With LaserPhotos WX2,WX3",
                                              "With AM-Salvador-Killings, Bjt",
                                              "$Adv08",
                                              "An AP Extra",
                                              "(kd)",
                                              "URGENT",
                                              "BULLETIN ",
                                              "FLASH",
                                              "Precede WASHINGTON",
                                              "For Release Sun AMs, Jan. 8, and Thereafter",
                                              "(For weekend release, Aug. 15)",
                                              "for release",
                                              "(ATTN: Ore., Wash.)",
                                              "ART ADVISORY: Photo is being sent",
                                              "\xC2\xA0(attn: Calif.)",
                                              "Marching bands",
                                              "Sunday's game"};

TEST_CASE("the usage lines' dearer forms are tried only where they can start, and match as before") {
    CHECK(matches_as(usage_forms, g::usage_line, all_usage_lines) > 5000);
    // Every weekday and month opens one, in any case, and so does a word that starts like one.
    for (const char* name : {"Monday", "TUES", "wed", "Thursday", "FRI", "Saturday", "sun", "January", "feb",
                             "MARCH", "Apr", "may", "June", "Jul", "AUG", "sept", "Oct", "nov", "Dec"})
        CHECK_MESSAGE(ep::opens_time_stamp(name, name + std::strlen(name)), name);
    for (const char* word : {"Mayor", "Juneau", "Sunday"})
        CHECK_MESSAGE(ep::opens_time_stamp(word, word + std::strlen(word)), word);
    for (const char* word : {"MOSCOW", "Tokyo", "Ma", "", "(ATTN", "attn"})
        CHECK_FALSE_MESSAGE(ep::opens_time_stamp(word, word + std::strlen(word)), word);
    CHECK(match_length("Juneau 4, 2015", g::usage_line) == -1);
    CHECK(match_length("June 4, 2015", g::usage_line) == 12);
}

const std::vector<std::string> slug_forms = {"BC-US--Flood,0456",
                                             "^AM-Flood,0456",
                                             "AP-NY-03-04-87 1145EST",
                                             "BC-FLOOD-NYT",
                                             "AP-NY--Flood Aid,0311",
                                             "UPI-FLOOD",
                                             "PM-Flood-Aid",
                                             "SLUG: FLOOD",
                                             "Keywords: HARBOR FEES",
                                             "keyword : fees",
                                             "slug:",
                                             "BC Flood"};

TEST_CASE("slug and keyword lines are tried only on their first bytes, and match as before") {
    CHECK(matches_as(slug_forms, g::slug_line, ep::slug | ep::keyword_line) > 1000);
    CHECK(ep::opens_slug_line('^'));
    CHECK(ep::opens_slug_line('k'));
    CHECK_FALSE(ep::opens_slug_line('b'));
}

// Credit lines are given to the grammar only where they open as one can; dates are read only where one can
// start.
const std::vector<std::string> credit_forms = {
    "(Reporting by Ann Lee; Editing by Bo Chan)",
    "((Editing by Ann Lee; Reuters Messaging: ann@example.com))",
    "Reporting by Ann Lee in London; Additional reporting by Bo Chan",
    "--Editors: Ann Lee, Bo Chan",
    "\xE2\x80\x94"
    "Editor: Ann Lee",
    "_Editors: Bo Chan",
    "additional reporting by Ann Lee",
    "Writing and editing by Ann Lee",
    "Compiled by Bo Chan",
    "Fact-checking by Bo Chan",
    "Prices are set by OPEC"};

TEST_CASE("credit lines reach the grammar wherever it reads them") {
    std::size_t read = 0, lines = 0;
    const auto check = [&](const std::string& line) {
        g::credits_fields f;
        if (g::parse_prefix(line.data(), line.data() + line.size(), g::credits, f)) {
            CHECK_MESSAGE(match_length(line, g::credits_parts::opening) >= 0, line);
            ++read;
        }
        ++lines;
    };
    for_each_probe(credit_forms, check);
    CHECK(read > 1000);
    CHECK(lines > 25000);
}

const std::vector<std::string> date_forms = {"March 3",      "Nov. 27, 2019", "27 November 2019", "Monday",
                                             "SEPT 4, 2001", "sept. 4",       "TUESDAY, ",        "jan 1",
                                             "4 Jul",        "Dec 31",        "Mayor 4",          "Sunday's"};

/// How many bytes of `text` a date parser matches (-1: none), with the values it stored.
template <class Parser>
std::pair<int, g::date_fields> date_match(std::string_view text, const Parser& parser) {
    g::date_fields values;
    const char* first = text.data();
    const bool ok = x3::parse(first, text.data() + text.size(), x3::with<g::date_tag>(values)[parser]);
    return {ok ? static_cast<int>(first - text.data()) : -1, values};
}

TEST_CASE("dates are tried only where one can start, and match as before") {
    const auto ungated =
        g::calendar_date | (x3::no_case[g::weekdays][g::store_date<&g::date_fields::weekday>] >> g::word_end);
    std::size_t matched = 0, lines = 0;
    const auto check = [&](const std::string& line) {
        const auto [length, values] = date_match(line, g::date);
        const auto [expected, expected_values] = date_match(line, ungated);
        CHECK_MESSAGE(length == expected, line);
        if (expected >= 0) {
            CHECK_MESSAGE((values.month == expected_values.month && values.day == expected_values.day
                           && values.year == expected_values.year
                           && values.weekday == expected_values.weekday),
                          line);
            ++matched;
        }
        ++lines;
    };
    for_each_probe(date_forms, check);
    CHECK(matched > 5000);
    CHECK(lines > 25000);
    for (const std::string_view word : {"Sept", "MAY", "4", "wednesday"})
        CHECK_MESSAGE(g::opens_date(word.data(), word.data() + word.size()), word);
    for (const std::string_view word : {"MOSCOW", "Ma", ""})
        CHECK_FALSE_MESSAGE(g::opens_date(word.data(), word.data() + word.size()), word);
}

// Sign-offs: "Reuters" and "Reuter" are looked up in a table.
const std::vector<std::string> signoff_forms = {"Reuter",   "REUTER...", "Reuters",    "reuters.", "Reuterx",
                                                "REUTERS ", "Enditem",   "bur-lth/cw", "jm/sco",   "Reu"};

TEST_CASE("sign-offs match as the words compared one by one did") {
    const auto compared =
        (x3::no_case[g::keyword::lit("reuters") | g::keyword::lit("reuter")] >> g::word_end >> *x3::lit('.'))
        | (x3::no_case[g::keyword::lit("enditem")] >> g::word_end >> *x3::lit('.'))
        | (x3::repeat(1, 5)[x3::char_('a', 'z')] % '-'
           >> +('/' >> x3::repeat(1, 5)[x3::char_('a', 'z')] % '-') >> g::word_end);
    CHECK(matches_as(signoff_forms, g::signoff_line, compared) > 3000);
}

} // namespace furniture_tests
