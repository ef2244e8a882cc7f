// Headlines and editorial furniture: wire markers before the headline, notes to clients and editors, slug
// lines, decks; and the top of a story in each wire's style, from the hdr-*.txt fixtures.
#include "support.hpp"

#include <doctest/doctest.h>

#include <cstdio>
#include <string>
#include <vector>

namespace {

using wirecopy_test::text_of;

template <class Style = wirecopy::styles::any>
wirecopy::document parse_story(std::string text) {
    static std::vector<std::string> kept; // documents borrow their text
    kept.reserve(64);
    kept.push_back(std::move(text));
    return wirecopy::parse<Style>(kept.back());
}

std::vector<std::string> texts(const std::vector<wirecopy::editorial_note>& notes) {
    std::vector<std::string> out;
    for (const auto& n : notes)
        out.emplace_back(n.text);
    return out;
}

} // namespace

TEST_CASE("a wire's marker before the headline is its prefix, inside the headline span") {
    const auto prefix_of = [](const std::string& headline) {
        const wirecopy::document doc = parse_story(headline + "\n\nLONDON (Reuters) - Oil rose on Friday.\n");
        REQUIRE_FALSE(wirecopy_test::span_violation(doc));
        REQUIRE(doc.headline);
        CHECK(doc.headline->text == headline);
        return text_of(doc.headline->prefix);
    };
    CHECK(prefix_of("UPDATE 2-Oil rises as Gulf supply worries mount") == "UPDATE 2-");
    CHECK(prefix_of("EXCLUSIVE-Banks weigh merger") == "EXCLUSIVE-");
    CHECK(prefix_of("RPT-UPDATE 1-Banks weigh merger") == "RPT-UPDATE 1-");
    CHECK(prefix_of("CORRECTED-Banks weigh merger") == "CORRECTED-");
    CHECK(prefix_of("CORRECTED - BANKAMERICA NEGOTIATING SALE OF UNITS") == "CORRECTED -");
    CHECK(prefix_of("(CORRECTED)-IVORY COAST CONFIRMS PRESENCE AT TALKS") == "(CORRECTED)-");
    CHECK(prefix_of("Exclusive: Banks weigh merger") == "Exclusive:");
    // Words that only look like markers.
    CHECK(prefix_of("FEATURE-LENGTH FILM WINS PRIZE") == "-");
    CHECK(prefix_of("UPDATED FORECAST SEES GROWTH") == "-");
    CHECK(prefix_of("ECONOMIC SPOTLIGHT - BANKAMERICA") == "-");
    CHECK(prefix_of("ANALYSIS AND TECHNOLOGY INC <AATI> HIKES PAYOUT") == "-");
}

TEST_CASE("the prefix names Reuters under styles::any; other styles leave it in the headline") {
    const char* const story = "UPDATE 2-Oil rises\n\nOil prices rose on Friday.\n";
    CHECK(parse_story(story).wire == wirecopy::wire::reuters);
    const wirecopy::document ap = parse_story<wirecopy::styles::ap>(story);
    REQUIRE(ap.headline);
    CHECK_FALSE(ap.headline->prefix);
}

TEST_CASE("notes to clients and editors are editorial notes, not headlines or decks") {
    const wirecopy::document reuters =
        parse_story("UPDATE 2-Oil rises\n\n(Corrects paragraph 3 to show prices rose, not fell)\n\n"
                    "(Updates with closing prices)\n\nBy Jane Doe\n\nLONDON, Nov 27 (Reuters) - Oil rose.\n");
    CHECK(texts(reuters.notes)
          == std::vector<std::string>{"(Corrects paragraph 3 to show prices rose, not fell)",
                                      "(Updates with closing prices)"});
    CHECK(reuters.headline->text == "UPDATE 2-Oil rises");
    CHECK(reuters.decks.empty());

    const wirecopy::document ap =
        parse_story("Eds: UPDATES with vote. AP Photo WX101.\n\nSenate passes budget\n\n"
                    "EDITOR'S NOTE _ This story is part of a series on the budget.\n\n"
                    "WASHINGTON (AP) _ The Senate passed the budget.\n");
    CHECK(texts(ap.notes)
          == std::vector<std::string>{"Eds: UPDATES with vote. AP Photo WX101.",
                                      "EDITOR'S NOTE _ This story is part of a series on the budget."});
    CHECK(ap.headline->text == "Senate passes budget");
    CHECK(texts(parse_story("T\n\nEditor\xE2\x80\x99s note: Names were changed.\n\nPARIS (AFP) - x.\n").notes)
          == std::vector<std::string>{"Editor\xE2\x80\x99s note: Names were changed."});
}

TEST_CASE("brackets and editors in a headline or the body are not notes") {
    // A headline in brackets that does not say what changed, a note that does not close its line.
    CHECK(parse_story("(Corrected) - BANPONCE PLACES NOTES\n\nNEW YORK (Reuters) - x.\n").notes.empty());
    CHECK(parse_story("(The Fed's next move)\n\nNEW YORK (Reuters) - x.\n").notes.empty());
    CHECK(parse_story("Editors say no\n\nNEW YORK (Reuters) - x.\n").notes.empty());
    // Notes are header furniture: deep in the story they are paragraphs.
    const wirecopy::document doc =
        parse_story("T\n\nNEW YORK (Reuters) - Stocks rose.\n\n(Updates with closing prices)\n");
    CHECK(doc.notes.empty());
    CHECK(doc.paragraphs.size() == 2);
    // A style that writes no such notes leaves them to the header's shapes.
    CHECK(parse_story<wirecopy::styles::bloomberg>("T\n\nEds: x.\n\n(Bloomberg) -- y.\n").notes.empty());
}

TEST_CASE("slug and keyword lines are boilerplate, never the headline") {
    const auto check = [](const std::string& slug) {
        CAPTURE(slug);
        const wirecopy::document doc =
            parse_story(slug + "\n\nFlood waters recede\n\nPINE RIDGE, S.D. (AP) -- Families returned.\n");
        REQUIRE(doc.headline);
        CHECK(doc.headline->text == "Flood waters recede");
        REQUIRE(doc.boilerplate.size() == 1);
        CHECK(doc.boilerplate[0].text == slug);
    };
    check("BC-US--Flood,0456");
    check("^AM-Flood,0456");
    check("AP-NY-03-04-87 1151EST");
    check("BC-FLOOD-NYT");
    check("AP-NY--Flood Aid,0311");
    check("BC-Flood Aid,0311");
    check("KEYWORDS: flood, reservation, South Dakota");
    // A headline that starts like a slug.
    const wirecopy::document norc =
        parse_story("AP-NORC poll finds doubts about economy\n\nWASHINGTON (AP) -- x.\n");
    CHECK(norc.headline->text == "AP-NORC poll finds doubts about economy");
    const wirecopy::document counted =
        parse_story("AP-NORC poll finds doubts, 2019\n\nWASHINGTON (AP) -- x.\n");
    CHECK(counted.headline->text == "AP-NORC poll finds doubts, 2019");
}

TEST_CASE("a slug line over the headline in one paragraph") {
    const wirecopy::document doc = parse_story("AP-NY-03-04-89 1151EST\nLOCAL BOND SALES SLOW\n"
                                               "    NEW YORK (AP) _ Cities sold fewer bonds.\n");
    REQUIRE_FALSE(wirecopy_test::span_violation(doc));
    REQUIRE(doc.headline);
    CHECK(doc.headline->text == "LOCAL BOND SALES SLOW");
    REQUIRE(doc.boilerplate.size() == 1);
    CHECK(doc.boilerplate[0].text == "AP-NY-03-04-89 1151EST");
    // Regression: a slug with a dash pair is not a dateline ("AP-NY--").
    const wirecopy::document words = parse_story("AP-NY--Flood Aid,0311\nCongress approves flood aid\n"
                                                 "   WASHINGTON (AP) _ Congress approved aid.\n");
    REQUIRE(words.dateline);
    CHECK(words.dateline->text == "WASHINGTON (AP) _");
    REQUIRE(words.headline);
    CHECK(words.headline->text == "Congress approves flood aid");
}

TEST_CASE("decks under the headline, captions before the dateline") {
    const wirecopy::document doc =
        parse_story("Harbor City Approves Solar Farm\n\nFishermen Object to Floating Panels\n\n"
                    "A fisherman mends nets at the harbor, November 26, 2026.\n\n"
                    "HARBOR CITY (Reuters) - The council approved the farm.\n");
    REQUIRE(doc.headline);
    CHECK(doc.headline->text == "Harbor City Approves Solar Farm");
    REQUIRE(doc.decks.size() == 1);
    CHECK(doc.decks[0].text == "Fishermen Object to Floating Panels");
    REQUIRE(doc.boilerplate.size() == 1);
    CHECK(doc.boilerplate[0].text == "A fisherman mends nets at the harbor, November 26, 2026.");
}

// ------------------------------------------------------------------ the wires, one fixture each
namespace {

struct expected_header {
    const char* fixture;
    wirecopy::wire wire;
    const char* headline; ///< "-" for none
    const char* prefix;
    std::vector<std::string> authors;
    const char* affiliation;
    const char* title;
    const char* location;
    const char* date;
    const char* agency;
    const char* date_iso; ///< "--MM-DD" without a year; "-" for none
    std::vector<std::string> notes;
    std::vector<std::string> boilerplate;
};

std::string iso_of(const wirecopy::dateline& d) {
    if (!d.date_value)
        return "-";
    char iso[40];
    const auto& v = *d.date_value;
    if (v.year > 0)
        std::snprintf(iso, sizeof iso, "%04d-%02d-%02d", v.year, v.month, v.day);
    else
        std::snprintf(iso, sizeof iso, "--%02d-%02d", v.month, v.day);
    return iso;
}

} // namespace

TEST_CASE("the top of a story in each wire's style") {
    using w = wirecopy::wire;
    const expected_header expected[] = {
        {"hdr-ap",
         w::ap,
         "Senate passes stopgap budget hours before shutdown deadline",
         "-",
         {"W. DALE NELSON"},
         "-",
         "Associated Press Writer",
         "WASHINGTON",
         "-",
         "AP",
         "-",
         {"Eds: UPDATES with Senate vote, comment from Sen. Marsh. AP Photos WX101, WX102."},
         {"BC-US--Senate-Budget,0612"}},
        {"hdr-ap-1989",
         w::ap,
         "LOCAL BOND SALES SLOW AS RATES CLIMB",
         "-",
         {"MARGARET T. HOLLIS Jr."},
         "-",
         "AP Business Writer",
         "NEW YORK",
         "-",
         "AP",
         "-",
         {},
         {"AP-NY-03-04-89 1151EST"}},
        {"hdr-xinhua",
         w::xinhua,
         "Spain's jobless rate falls to nine-year low",
         "-",
         {"Li Ming", "Zhao Wen"},
         "-",
         "Xinhua writers",
         "MADRID",
         "February 17",
         "Xinhua",
         "--02-17",
         {},
         {}},
        {"hdr-upi",
         w::upi,
         "GM to idle Flint truck plant for two weeks",
         "-",
         {"JANE ROE"},
         "-",
         "UPI Business Writer",
         "FLINT, Mich.",
         "Oct. 4",
         "UPI",
         "--10-04",
         {},
         {}},
        {"hdr-afp",
         w::afp,
         "Hong Kong shares end higher on trade hopes",
         "-",
         {"Jean-Luc DUMONT"},
         "-",
         "-",
         "Hong Kong",
         "-",
         "AFP",
         "-",
         {},
         {}},
        {"hdr-cnn",
         w::cnn,
         "Winter storm snarls travel across the Southeast",
         "-",
         {"Mariano Vega"},
         "CNN",
         "-",
         "ATLANTA, Georgia",
         "-",
         "CNN",
         "-",
         {},
         {}},
        {"hdr-cnn-2016",
         w::cnn,
         "Senate confirms new labor secretary",
         "-",
         {"Dana Whitfield", "Tom Ruiz"},
         "CNN",
         "-",
         "Washington",
         "-",
         "CNN",
         "-",
         {},
         {}},
        {"hdr-nyt",
         w::nyt,
         "Flash flood sweeps through desert suburb",
         "-",
         {"ALISON MARSH"},
         "N.Y. Times News Service",
         "-",
         "PHOENIX",
         "-",
         "-",
         "-",
         {},
         {"BC-DESERT-FLOOD-NYT"}},
        {"hdr-cp",
         w::canadian_press,
         "-",
         "-",
         {"Joan Bryden"},
         "The Canadian Press",
         "-",
         "MILTON, Ont.",
         "-",
         "-",
         "-",
         {},
         {}},
        {"hdr-reuters",
         w::reuters,
         "UPDATE 2-Oil rises as Gulf supply worries mount",
         "UPDATE 2-",
         {"Jane Doe", "John Roe"},
         "-",
         "-",
         "LONDON",
         "Nov 27",
         "Reuters",
         "--11-27",
         {"(Adds analyst comment in paragraph 5, updates prices)"},
         {}},
        {"hdr-reuters-1987",
         w::reuters,
         "CORRECTED - SOYBEAN OUTPUT SEEN LOWER -- USDA",
         "CORRECTED -",
         {},
         "-",
         "-",
         "WASHINGTON",
         "March 4",
         "-",
         "--03-04",
         {},
         {}},
        {"hdr-reuters-1987-byline",
         w::reuters,
         "TALKING POINT/STEEL STOCKS",
         "-",
         {"STEPHEN JUKES", "PHILIP SHEHADI"},
         "REUTERS",
         "-",
         "CLARKSBURG, W.Va.",
         "Feb 26",
         "-",
         "--02-26",
         {},
         {}},
    };
    for (const expected_header& e : expected) {
        CAPTURE(e.fixture);
        const std::string text =
            wirecopy_test::read_file(wirecopy_test::fixture_path(std::string(e.fixture) + ".txt"));
        REQUIRE_FALSE(text.empty());
        const wirecopy::document doc = wirecopy::parse(text);
        CHECK_FALSE(wirecopy_test::span_violation(doc));
        CHECK(doc.wire == e.wire);
        CHECK((doc.headline ? std::string(doc.headline->text) : "-") == e.headline);
        CHECK(text_of(doc.headline ? doc.headline->prefix : std::nullopt) == e.prefix);
        std::vector<std::string> authors;
        if (doc.byline)
            for (const auto& a : doc.byline->authors)
                authors.emplace_back(a.text);
        CHECK(authors == e.authors);
        CHECK(text_of(doc.byline ? doc.byline->affiliation : std::nullopt) == e.affiliation);
        CHECK(text_of(doc.byline ? doc.byline->title : std::nullopt) == e.title);
        REQUIRE(doc.dateline);
        CHECK(text_of(doc.dateline->location) == e.location);
        CHECK(text_of(doc.dateline->date) == e.date);
        CHECK(text_of(doc.dateline->agency) == e.agency);
        CHECK(iso_of(*doc.dateline) == e.date_iso);
        CHECK(texts(doc.notes) == e.notes);
        std::vector<std::string> boilerplate;
        for (const auto& b : doc.boilerplate)
            boilerplate.emplace_back(b.text);
        CHECK(boilerplate == e.boilerplate);
    }
}

TEST_CASE("each wire's own style reads its fixture as styles::any does") {
    const auto same_header = [](const char* fixture, auto style) {
        CAPTURE(fixture);
        using Style = decltype(style);
        static std::vector<std::string> kept;
        kept.reserve(16);
        kept.push_back(wirecopy_test::read_file(wirecopy_test::fixture_path(std::string(fixture) + ".txt")));
        const wirecopy::document any = wirecopy::parse(kept.back());
        const wirecopy::document own = wirecopy::parse<Style>(kept.back());
        CHECK(own.wire == Style::wire);
        CHECK(own.wire == any.wire);
        REQUIRE(own.dateline);
        CHECK(own.dateline->text == any.dateline->text);
        CHECK(text_of(own.headline ? std::optional<wirecopy::span>(*own.headline) : std::nullopt)
              == text_of(any.headline ? std::optional<wirecopy::span>(*any.headline) : std::nullopt));
        CHECK(texts(own.notes) == texts(any.notes));
        CHECK(own.boilerplate.size() == any.boilerplate.size());
    };
    same_header("hdr-ap", wirecopy::styles::ap{});
    same_header("hdr-ap-1989", wirecopy::styles::ap{});
    same_header("hdr-xinhua", wirecopy::styles::xinhua{});
    same_header("hdr-upi", wirecopy::styles::upi{});
    same_header("hdr-afp", wirecopy::styles::afp{});
    same_header("hdr-cnn", wirecopy::styles::cnn{});
    same_header("hdr-cnn-2016", wirecopy::styles::cnn{});
    same_header("hdr-nyt", wirecopy::styles::nyt{});
    same_header("hdr-cp", wirecopy::styles::canadian_press{});
    same_header("hdr-reuters", wirecopy::styles::reuters{});
    same_header("hdr-reuters-1987", wirecopy::styles::reuters{});
    same_header("hdr-reuters-1987-byline", wirecopy::styles::reuters{});
}
