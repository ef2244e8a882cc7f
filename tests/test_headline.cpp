// Headlines and editorial furniture: wire markers before the headline, notes to clients and editors, slug
// lines, decks; and the top of a story in each wire's style, from the hdr-*.txt fixtures.
#include "support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cstdio>
#include <deque>
#include <string>
#include <vector>

namespace {

using wirecopy_test::text_of;

template <class Style = wirecopy::styles::any>
wirecopy::document parse_story(std::string text) {
    static std::deque<std::string> kept; // documents borrow their text; a deque never moves it
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
         "-",
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
        // AP DataStream: a headline wrapped over two lines, a note over two, photo, advance and release
        // lines, "An AP Extra", and the title set apart by a caret.
        {"hdr-ap-datastream",
         w::ap,
         "Harbor Dredging Plan Stalls Over Cost Of Moving Mud From The Channel\nFloor",
         "-",
         {"J.K. PARK"},
         "-",
         "AP Science Writer",
         "NEW HAVEN, Conn.",
         "-",
         "AP",
         "-",
         {"Eds: SUBS 4th graf to CORRECT spelling of commissioner's name; picks up\n5th graf pvs, bgng: "
          "``The board...''; ADDS LaserPhoto number"},
         {"LaserPhotos NY7,NY8; LaserColor NY9", "$Adv08", "For Release Sun AMs, Jan. 8, and Thereafter",
          "An AP Extra"}},
        // NYT News Service: ATTN and ART ADV wrapped over three lines, operator initials, "For use by",
        // a byline indented by one space and the copyright line over the dateline.
        {"hdr-nyt-service",
         w::nyt,
         "COUNTY FAIRS FIGHT FOR A PLACE ON THE SUMMER CALENDAR",
         "-",
         {"MARISA QUENTIN"},
         "-",
         "-",
         "DENVER",
         "-",
         "-",
         "-",
         {},
         {"(ATTN: Ore., Wash.)  (ART ADV: Photo is being sent to NYT photo clients.\nNon-subscribers can "
          "make "
          "individual purchase by calling (888)\n555-0100.)",
          "(kd)", "(For use by New York Times News Service clients)"}},
        {"hdr-nyt-undated",
         w::unknown,
         "STATE PARKS RAISE ENTRY FEES",
         "-",
         {"LENA OSTROM"},
         "-",
         "-",
         "UNDATED",
         "-",
         "-",
         "-",
         {"(SUBS for full rewrite; UPDATES with comment from parks director)"},
         {}},
        // A headline that ends with a period is still the headline.
        {"hdr-afp-sentence",
         w::afp,
         "Mayor wins third term in landslide.",
         "-",
         {},
         "-",
         "-",
         "Lyon",
         "-",
         "AFP",
         "-",
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
    same_header("hdr-ap-datastream", wirecopy::styles::ap{});
    same_header("hdr-nyt-service", wirecopy::styles::nyt{});
    same_header("hdr-afp-sentence", wirecopy::styles::afp{});
}

// ------------------------------------------------------------------ the header read part by part
TEST_CASE("regression: a byline the old grammar could not read took the headline and dateline with it") {
    const wirecopy::document doc =
        parse_story("Dam Project Delayed Again\nBy J.K. PARK\nAssociated Press Writer\n"
                    "   BUSAN, South Korea (AP) _ Construction of the river dam will slip\nanother year.\n");
    REQUIRE(doc.headline);
    CHECK(doc.headline->text == "Dam Project Delayed Again");
    REQUIRE(doc.byline);
    REQUIRE(doc.byline->authors.size() == 1);
    CHECK(doc.byline->authors[0].text == "J.K. PARK");
    CHECK(text_of(doc.byline->title) == "Associated Press Writer");
    REQUIRE(doc.dateline);
    CHECK(text_of(doc.dateline->location) == "BUSAN, South Korea");
    CHECK(doc.diagnostics.empty());
}

TEST_CASE("a byline no rule can read is a note with a diagnostic, and the header around it is read") {
    const wirecopy::document doc =
        parse_story("Dam Project Delayed Again\nBy 3RD FLEET STAFF-7\nAssociated Press Writer\n"
                    "   BUSAN, South Korea (AP) _ Construction of the river dam will slip\nanother year.\n");
    REQUIRE(doc.headline);
    CHECK(doc.headline->text == "Dam Project Delayed Again");
    CHECK_FALSE(doc.byline);
    CHECK(texts(doc.notes) == std::vector<std::string>{"By 3RD FLEET STAFF-7"});
    REQUIRE(doc.diagnostics.size() == 1);
    CHECK(doc.diagnostics[0].code == wirecopy::diagnostic_code::unread_byline);
    CHECK(doc.diagnostics[0].begin == doc.notes[0].begin);
    REQUIRE(doc.boilerplate.size() == 1);
    CHECK(doc.boilerplate[0].text == "Associated Press Writer");
    REQUIRE(doc.dateline);
    CHECK(text_of(doc.dateline->location) == "BUSAN, South Korea");
    // A line that merely starts with the word is no byline at all.
    const wirecopy::document prose = parse_story("Floods Recede\n\nBy Tuesday the river had fallen.\n\n"
                                                 "More rain is due on Friday, forecasters said.\n");
    CHECK(prose.notes.empty());
    CHECK(prose.diagnostics.empty());
}

TEST_CASE("the dateline is found under any furniture in reach, never under running text") {
    // Notes over several lines, photo and release lines, a job title: the dateline is still found.
    const wirecopy::document ap = parse_story(
        "Storm Closes Schools\nEds: LEADS with 3 grafs to UPDATE with closings; picks up 4th graf\npvs, "
        "bgng: ``The storm...''\nLaserPhoto NY7\nWith AM-Winter-Storm, Bjt\nURGENT\nBy ANN LEE\n"
        "AP Education Writer\n   ALBANY, N.Y. (AP) _ Schools closed across the state on Monday.\n");
    REQUIRE(ap.dateline);
    CHECK(text_of(ap.dateline->location) == "ALBANY, N.Y.");
    CHECK(ap.headline->text == "Storm Closes Schools");
    CHECK(ap.notes.size() == 1);
    CHECK(ap.boilerplate.size() == 3);
    // A paragraph of running text above a dateline-shaped one: the body had begun, so it is no dateline.
    const std::string running(400, 'x');
    const wirecopy::document prose = parse_story("Roundup\n\nThe markets moved " + running
                                                 + ".\n\n"
                                                   "PARIS (AFP) - Shares fell in Paris.\n");
    CHECK_FALSE(prose.dateline);
    // A marker of the kind of story is not a place: "EXCLUSIVE – " opens a headline.
    const wirecopy::document marker =
        parse_story("EXCLUSIVE \xE2\x80\x93 Mayor: We Will Not Raise Taxes.\n\n"
                    "The mayor told reporters on Monday that taxes would stay.\n");
    CHECK_FALSE(marker.dateline);
    REQUIRE(marker.headline);
    CHECK(marker.headline->text == "EXCLUSIVE \xE2\x80\x93 Mayor: We Will Not Raise Taxes.");
}

TEST_CASE("AP furniture: the kind of story, AP photo lines, and a note ended by the headline under it") {
    const wirecopy::document analysis = parse_story(
        "An AP News Analysis\nHarbor Plan Faces Long Odds\nBy JANE T. ROE\nAP Special Correspondent\n"
        "   WASHINGTON (AP) _ The harbor plan faces long odds in Congress.\n   Its backers have 52 votes.\n");
    REQUIRE(analysis.headline);
    CHECK(analysis.headline->text == "Harbor Plan Faces Long Odds");
    REQUIRE(analysis.boilerplate.size() == 1);
    CHECK(analysis.boilerplate[0].text == "An AP News Analysis");
    const wirecopy::document photos = parse_story(
        "AP Photos NY1, NY2\n  Harbor Pilots Learn the Ropes\nWith AP Photos\nAP Color Photo LX2\nBy BO "
        "PARK\n"
        "AP Sports Writer\n   BALTIMORE (AP) _ Harbor pilots train for years.\n   They learn the ropes.\n");
    REQUIRE(photos.headline);
    CHECK(photos.headline->text == "Harbor Pilots Learn the Ropes");
    CHECK(photos.boilerplate.size() == 3);
    REQUIRE(photos.dateline);
    // A headline that opens with the words is no photo line.
    CHECK(parse_story(
              "AP Photo Exhibit Opens\n   BALTIMORE (AP) _ The show opens Monday.\n   It runs a month.\n")
              .headline->text
          == "AP Photo Exhibit Opens");
    CHECK(parse_story("An AP reporter was hurt in the blast\n\nBEIRUT (AP) _ The blast hurt six people.\n")
              .boilerplate.empty());
    // The note's last sentence ends; the title-case line under it, or over the byline, is the headline.
    for (const char* note : {"EDITOR'S NOTE _ This is the third of five stories on the harbor.",
                             "Eds: RETRANSMITTING to FIX byline and centering"}) {
        CAPTURE(note);
        const wirecopy::document doc =
            parse_story(std::string(note)
                        + "\nHarbor Plan Faces Long Odds\nBy JANE T. ROE\n"
                          "Associated Press Writer\n   BALTIMORE (AP) _ The plan faces long odds.\n");
        REQUIRE(doc.headline);
        CHECK(doc.headline->text == "Harbor Plan Faces Long Odds");
        REQUIRE(doc.notes.size() == 1);
        CHECK(doc.notes[0].text == note);
    }
    // The note's instructions go on over lines in capitals or lower case.
    const wirecopy::document picks = parse_story(
        "Harbor Plan Faces Long Odds\nEds: LEADS with 8 grafs to UPDATE with vote, PICKS\nUP 5th pvs `The "
        "Harbor...\nBy JANE T. ROE\nAssociated Press Writer\n   BALTIMORE (AP) _ The plan faces long "
        "odds.\n");
    REQUIRE(picks.notes.size() == 1);
    CHECK(picks.notes[0].text.substr(picks.notes[0].text.size() - 14) == "`The Harbor...");
    REQUIRE(picks.byline);
    REQUIRE(picks.dateline);
}

TEST_CASE("a time stamp or a date alone under the headline is boilerplate") {
    for (const char* stamp : {"Tue Mar 3, 2009 4:12pm EST", "Updated: March 3, 2009 4:12 p.m. ET",
                              "Tuesday, March 3, 2009", "June 10, 1998", "Mar. 3, 2009, 16:12 GMT",
                              "Updated 4:12 PM ET, Tue March 3, 2009", "2009-03-03 16:12:05 GMT"}) {
        CAPTURE(stamp);
        const wirecopy::document doc =
            parse_story("Harbor pilots end strike after pay deal\n" + std::string(stamp)
                        + "\n\nBy Jane Doe\n\nBALTIMORE (Reuters) - Harbor pilots "
                          "ended their strike on Tuesday.\n\nThe deal runs three years.\n");
        REQUIRE(doc.headline);
        CHECK(doc.headline->text == "Harbor pilots end strike after pay deal");
        REQUIRE(doc.boilerplate.size() == 1);
        CHECK(doc.boilerplate[0].text == stamp);
        CHECK(doc.byline);
    }
    // A headline that starts with a date is no time stamp.
    CHECK(parse_story("March 3, 2009 Was a Good Day for Pilots\n\nBALTIMORE (Reuters) - Pilots struck.\n")
              .headline->text
          == "March 3, 2009 Was a Good Day for Pilots");
}

TEST_CASE("NYT News Service datelines: UNDATED, and a quotation in backquotes after the dash") {
    const wirecopy::document undated = parse_story("T\n\nUNDATED - Fees rise this summer.\n");
    REQUIRE(undated.dateline);
    CHECK(text_of(undated.dateline->location) == "UNDATED");
    // Running text opens with any capital the grammars know, Latin Extended-A's too.
    const wirecopy::document polish =
        parse_story("Race won\n\nWARSAW -- \xC5\x81ukasz Nowak won the race.\n");
    REQUIRE(polish.dateline);
    CHECK(text_of(polish.dateline->location) == "WARSAW");
    // Elsewhere a bare place before a hyphen is still no dateline.
    CHECK_FALSE(parse_story("T\n\nBOSTON - Fees rise this summer.\n").dateline);
    const wirecopy::document quoted = parse_story("T\n\nDENVER _ ``We are full,'' the owner said.\n");
    REQUIRE(quoted.dateline);
    CHECK(text_of(quoted.dateline->location) == "DENVER");
    const wirecopy::document tight = parse_story("T\n\nCARACAS, Venezuela (AP) _Oil ministers met.\n");
    REQUIRE(tight.dateline);
    CHECK(text_of(tight.dateline->agency) == "AP");
    const wirecopy::document xinhua = parse_story("T\n\nBEIDAIHE (Hebei), March 5 (Xinhua) -- Birds came.\n");
    REQUIRE(xinhua.dateline);
    CHECK(text_of(xinhua.dateline->location) == "BEIDAIHE (Hebei)");
    CHECK(text_of(xinhua.dateline->agency) == "Xinhua");
}

TEST_CASE("the first line is the headline however it ends, unless it reads as prose") {
    // Sites that syndicate wire copy put the headline on line 1, often with a period, and no dateline.
    const wirecopy::document site =
        parse_story(wirecopy_test::read_file(wirecopy_test::fixture_path("syndicated-headline.txt")));
    REQUIRE(site.headline);
    CHECK(site.headline->text == "City council approves new bike lanes downtown.");
    CHECK(site.paragraphs.size() == 2);
    REQUIRE(parse_story("Senate Hopefuls Line Up Behind Governor\xE2\x80\x99s Water Plan, For Now.\n\n"
                        "Three candidates said on Monday they would back the plan.\n")
                .headline);
    // Long sentences in headlinese over a story of several paragraphs, even with a dateline or a deck.
    const wirecopy::document long_line = parse_story(
        "Harbor board hires former port official as its chief executive after a year-long search.\n\n"
        "The board voted 5-2 on Monday to hire Dana Okafor, who ran the port's cargo operations until "
        "2019.\n\nOkafor starts in March.\n\nHer salary was not disclosed.\n");
    REQUIRE(long_line.headline);
    CHECK(long_line.headline->text.substr(0, 19) == "Harbor board hires ");
    CHECK(long_line.paragraphs.size() == 3);
    // A sentence over a title line is the photo caption over the headline.
    const wirecopy::document caption =
        parse_story("Dock workers walk past stacked containers at the port of Valmora on Monday.\n\n"
                    "Valmora dockers strike over automation plan\n\nThe dockers walked out on Monday.\n\n"
                    "Talks resume on Friday.\n\nThe port is closed.\n");
    REQUIRE(caption.headline);
    CHECK(caption.headline->text == "Valmora dockers strike over automation plan");
    // Forms only headlines take, whatever words they use: one question, a label and a colon, a line over a
    // section label in capitals.
    const std::string story = "\n\nThe board met on Monday.\n\nIt voted 5-2.\n\nThe vote was close.\n";
    const auto headline_of = [&](const std::string& line) {
        const wirecopy::document doc = parse_story(line + story);
        return doc.headline ? std::string(doc.headline->text) : std::string("-");
    };
    CHECK(headline_of("Did the harbor board really cut the budget?")
          == "Did the harbor board really cut the budget?");
    CHECK(headline_of("Harbor report: Board was slow on budget.")
          == "Harbor report: Board was slow on budget.");
    const wirecopy::document labelled =
        parse_story("Harbor board was slow to act on the budget.\n\nANALYSIS.\n\nThe board met on Monday.\n\n"
                    "It voted 5-2.\n\nThe vote was close.\n");
    REQUIRE(labelled.headline);
    CHECK(labelled.headline->text == "Harbor board was slow to act on the budget.");
    // Regression: a promo of two sentences over the dateline is a caption, not a headline in headlinese.
    const wirecopy::document promo = parse_story(
        "Caught in the harbor storm? Share your photos and stories with our readers at Harbor Watch.\n\n"
        "(CNN) -- The storm closed the port on Wednesday.\n\nShips waited offshore.\n\nThe port reopens "
        "on Friday.\n");
    CHECK_FALSE(promo.headline);
    REQUIRE(promo.boilerplate.size() == 1);
    CHECK(promo.boilerplate[0].text.substr(0, 26) == "Caught in the harbor storm");
    // An abbreviation's period ends no sentence: "Rep. Ann Lee …" is one.
    CHECK(headline_of("Rep. Ann Lee slams the harbor board, praises its staff.")
          == "Rep. Ann Lee slams the harbor board, praises its staff.");
    // Narration in two sentences, or with its colon late, is the first paragraph.
    CHECK(headline_of("The board was slow. Why did it wait?") == "-");
    CHECK(headline_of("The board said on Monday that it was slow: the budget waits.") == "-");
    // A first paragraph of prose is no headline: narration, or a long sentence.
    CHECK_FALSE(parse_story("The mayor said the lanes would open in the spring.\n\nCrews start in March.\n")
                    .headline);
    CHECK_FALSE(parse_story("Alex Moreau's first start was as good as it gets.\n\nHe won.\n").headline);
    CHECK_FALSE(parse_story("Alex Moreau's first start in goal had gone better than anyone on the team "
                            "expected.\n\nHe made 24 saves.\n\nThe team won 3-1.\n\nThey play again on "
                            "Friday.\n")
                    .headline);
    // Headlines use modals, object pronouns and contractions: those are no narration.
    CHECK(headline_of("Harbor charges could have set a new legal standard.")
          == "Harbor charges could have set a new legal standard.");
    CHECK(headline_of("Dockers, scorned by the board, rally behind him.")
          == "Dockers, scorned by the board, rally behind him.");
    CHECK(headline_of("Board's vote didn't end the strike.") == "Board's vote didn't end the strike.");
    CHECK_FALSE(
        parse_story("The harbor board, meeting for six hours on Monday night, voted to hire a former port "
                    "official as its chief executive after a search that took more than a year and cost "
                    "the port nearly $200,000.\n\nShe starts in March.\n\nHer salary was not "
                    "disclosed.\n")
            .headline);
    // A story of one paragraph has none.
    CHECK_FALSE(parse_story("Council approves bike lanes.\n").headline);
    // Under a headline that ends in punctuation, the next line of its paragraph is a deck.
    const wirecopy::document deck =
        parse_story("Jobs report gives Democrats a lift;\nSolid upturn could blunt "
                    "Republican claims.\n\nThe economy added jobs.\n\nWages rose.\n");
    CHECK(deck.headline->text == "Jobs report gives Democrats a lift;");
    REQUIRE(deck.decks.size() == 1);
    CHECK(deck.decks[0].text == "Solid upturn could blunt Republican claims.");
    // Regression: a headline of two lines ending in a question mark (the title-case scan stopped at the line
    // break and never ended).
    const wirecopy::document wrapped = parse_story("Cattle Drive Faces Water Quality\nPermit?\nBy ANN LEE\n"
                                                   "   HELENA, Mont. (AP) _ The drive starts in June.\n");
    REQUIRE(wrapped.headline);
    CHECK(wrapped.headline->text == "Cattle Drive Faces Water Quality\nPermit?");
}

TEST_CASE("an advance code or an attention note in front of the headline is its prefix") {
    const wirecopy::document advance =
        parse_story("$ADV19 GARDENS THAT FEED THE CITY\n  (FOR RELEASE SUN., MAY 7, 2000)\nBy ANN B. LEE\n"
                    "   Rooftop gardens now feed a tenth of the city.\n   Most are run by volunteers.\n");
    REQUIRE_FALSE(wirecopy_test::span_violation(advance));
    REQUIRE(advance.headline);
    CHECK(advance.headline->text == "$ADV19 GARDENS THAT FEED THE CITY");
    CHECK(text_of(advance.headline->prefix) == "$ADV19");
    CHECK(advance.wire == wirecopy::wire::unknown); // Reuters' markers name the wire; these do not
    REQUIRE(advance.byline);
    CHECK(advance.byline->text == "By ANN B. LEE");
    const wirecopy::document attention =
        parse_story("(ATTN: Ore., Wash.) RIVER TOWNS BRACE FOR A SECOND FLOOD\n  (kd)\n By JANE ROE\n"
                    " c.1999 N.Y. Times News Service\n   PORTLAND, Ore. _ The river rose again on Monday.\n"
                    "   Crews worked through the night.\n");
    REQUIRE(attention.headline);
    CHECK(text_of(attention.headline->prefix) == "(ATTN: Ore., Wash.)");
    REQUIRE(attention.dateline);
    CHECK(attention.dateline->location->text == "PORTLAND, Ore.");
    REQUIRE(attention.copyright);
    // Alone on its line the code and the note are furniture, and the headline is the next line.
    for (const char* furniture : {"$adv05", "(ATTN: Ore., Wash.)"}) {
        CAPTURE(furniture);
        const wirecopy::document alone =
            parse_story(std::string(furniture)
                        + "\nGardens That Feed the City\nBy ANN B. LEE\nAssociated Press Writer\n"
                          "   CHICAGO (AP) _ Rooftop gardens now feed a tenth of the city.\n");
        REQUIRE(alone.headline);
        CHECK(alone.headline->text == "Gardens That Feed the City");
        CHECK_FALSE(alone.headline->prefix);
        REQUIRE(alone.boilerplate.size() == 1);
        CHECK(alone.boilerplate[0].text == furniture);
    }
}

TEST_CASE("the first line is the headline: repeated, in capitals over a deck, or named like a byline") {
    // A headline the wire sent twice is read once; the repeat is furniture.
    const wirecopy::document twice =
        parse_story("Harbour fees to rise, THE DAILY STAR\nHarbour fees to rise, THE DAILY STAR\n"
                    "   June 10, 1998\n   THE DAILY STAR\n   Port fees will rise by a tenth in July.\n");
    REQUIRE(twice.headline);
    CHECK(twice.headline->text == "Harbour fees to rise, THE DAILY STAR");
    REQUIRE_FALSE(twice.boilerplate.empty());
    CHECK(twice.boilerplate[0].text == "Harbour fees to rise, THE DAILY STAR");
    // A headline is set in one case: a line in capitals over one in lower case is a headline over a deck.
    const wirecopy::document label = parse_story(
        "KENYA\nTea growers seek higher prices, DAILY NATION\n   Tea growers asked for higher prices.\n"
        "   The board meets in July.\n");
    REQUIRE(label.headline);
    CHECK(label.headline->text == "KENYA");
    REQUIRE(label.decks.size() == 1);
    CHECK(label.decks[0].text == "Tea growers seek higher prices, DAILY NATION");
    const wirecopy::document caps_deck = parse_story("HARBOR BOARD PICKS A CHIEF;\nVote was 5-2.\n\n"
                                                     "The board met on Monday.\n\nIt voted 5-2.\n");
    CHECK(caps_deck.headline->text == "HARBOR BOARD PICKS A CHIEF;");
    // …while lines in one case, or a year without any, are one headline.
    const wirecopy::document budget =
        parse_story("The Cox News Service news budget for Saturday, April 15,\n2000.\n\n"
                    "WASHINGTON _ The budget follows.\n\nMore.\n");
    REQUIRE(budget.headline);
    CHECK(budget.headline->text == "The Cox News Service news budget for Saturday, April 15,\n2000.");
    // Over a dateline, names and a title without "By" or an organisation are the headline…
    const wirecopy::document chief = parse_story(
        "Sprinter Tested Positive, Games Medical Chief\n\nSYDNEY, September 28 (Xinhua) -- A sprinter "
        "tested positive for a banned drug, officials said.\n\nShe was not a medalist.\n");
    REQUIRE(chief.headline);
    CHECK(chief.headline->text == "Sprinter Tested Positive, Games Medical Chief");
    CHECK_FALSE(chief.byline);
    // …and over running text, or with the organisation, the byline.
    const wirecopy::document producer = parse_story(
        "\n\nDana Okafor, Power Play producer\n\n\n\nThe party leader says he would not pursue the deal.\n\n"
        "He spoke on Sunday.\n");
    REQUIRE(producer.byline);
    CHECK(producer.byline->text == "Dana Okafor, Power Play producer");
    CHECK_FALSE(producer.headline);
    const wirecopy::document cp = parse_story("Dana Okafor, The Canadian Press\n\nMILTON, Ont. — The "
                                              "minister said Thursday the bill would pass.\n");
    REQUIRE(cp.byline);
    CHECK_FALSE(cp.headline);
}

TEST_CASE("publishers' lines inside the body are boilerplate, not paragraphs") {
    std::string story = "Rink Reopens\n\nThe rink reopened on Monday after a year of repairs.\n\n";
    for (int i = 0; i < 12; ++i)
        story += "Skaters lined up before dawn to be the first on the new ice.\n\n";
    story += "Story continues below advertisement\n\nThe city paid for the work.\n";
    const wirecopy::document doc = parse_story(story);
    REQUIRE(doc.boilerplate.size() == 1);
    CHECK(doc.boilerplate[0].text == "Story continues below advertisement");
    for (const wirecopy::paragraph& p : doc.paragraphs)
        CHECK(p.text.find("advertisement") == std::string_view::npos);
    // News sites' links to other stories and their photo captions, in the body or over it.
    const wirecopy::document links = parse_story(
        "Open this photo in gallery A crane unloads containers at the port. Jane Roe/The Daily Star\n\n"
        "Rink Reopens\n\nThe rink reopened on Monday after a year of repairs.\n\n"
        "READ MORE: \xE2\x80\x98"
        "A nightmare\xE2\x80\x99: the rink that never opened\n\n"
        "Skaters lined up before dawn.\n\nRead more about:\n\nThe city paid for the work.\n");
    REQUIRE(links.headline);
    CHECK(links.headline->text == "Rink Reopens");
    REQUIRE(links.boilerplate.size() == 3);
    CHECK(links.boilerplate[1].text.substr(0, 10) == "READ MORE:");
    CHECK(links.boilerplate[2].text == "Read more about:");
    CHECK(links.paragraphs.size() == 3);
    CHECK(links.quotes.empty());
}

TEST_CASE("reuters.com: a byline run into the dateline in one paragraph") {
    const wirecopy::document doc = parse_story(
        "UPDATE 2-Harbor operator reports leap in profit\n\n(Adds byline, details)\n\n"
        "By  Ana Lucia Prado LOS ANGELES  Nov 6 (Reuters) - The harbor operator on Monday reported\n"
        "a sharply higher profit.\n\nShares rose.\n");
    REQUIRE(doc.byline);
    CHECK(doc.byline->text == "By  Ana Lucia Prado");
    REQUIRE(doc.byline->authors.size() == 1);
    CHECK(doc.byline->authors[0].text == "Ana Lucia Prado");
    REQUIRE(doc.dateline);
    CHECK(text_of(doc.dateline->location) == "LOS ANGELES");
    CHECK(text_of(doc.dateline->date) == "Nov 6");
    REQUIRE(doc.paragraphs.size() == 2);
    CHECK(doc.paragraphs[0].begin == doc.dateline->begin);
    CHECK_FALSE(wirecopy_test::span_violation(doc));
    // Names in capitals give no place to split at: no dateline is made up from them.
    const wirecopy::document caps =
        parse_story("T\n\nBy ANA PRADO The operator reported a profit.\n\nMore.\n");
    CHECK_FALSE(caps.dateline);
    // Two cities with a slash and a blank.
    const wirecopy::document two = parse_story("T\n\nCHICAGO/ NEW YORK  (Reuters) - Airlines merged.\n");
    REQUIRE(two.dateline);
    CHECK(text_of(two.dateline->location) == "CHICAGO/ NEW YORK");
}

TEST_CASE("syndicated copy: sales notes no rule reads over the byline and the copyright masthead") {
    // Notes in brackets that never close, a rule, a paragraph about the art: all above the byline and the
    // magazine's copyright line, which end the header.
    const wirecopy::document doc =
        parse_story(wirecopy_test::read_file(wirecopy_test::fixture_path("hdr-nyt-syndicated.txt")));
    REQUIRE(doc.headline);
    CHECK(doc.headline->text == "THE QUIET SCIENCE OF TIDE POOLS");
    REQUIRE(doc.byline);
    REQUIRE(doc.byline->authors.size() == 1);
    CHECK(doc.byline->authors[0].text == "ROSALIND FE ACHEBE");
    REQUIRE(doc.copyright);
    CHECK(doc.copyright->year == 1999);
    CHECK(text_of(doc.copyright->holder) == "Lantern magazine");
    REQUIRE(doc.paragraphs.size() == 3);
    CHECK(doc.paragraphs[0].text.substr(0, 17) == "For three summers");
    const auto says = [&](std::string_view words) {
        return std::any_of(doc.notes.begin(), doc.notes.end(), [&](const wirecopy::editorial_note& n) {
            return n.text.find(words) != n.text.npos;
        });
    };
    CHECK(says("illustration when you order"));
    REQUIRE(doc.quotes.size() == 1);
    CHECK(text_of(doc.quotes[0].speaker) == "Lena Moritz");
}

TEST_CASE("a copyright line inside the body's first paragraphs is not a masthead") {
    // Running text above it, and the line is neither a paragraph of its own nor under a byline.
    const std::string running = "The council met for six hours on Tuesday and heard from dozens of "
                                "residents who came to speak about the harbor plan before the vote.";
    const wirecopy::document wrapped =
        parse_story("Harbor Plan Vote Delayed\n\n" + running + "\n\n" + running
                    + "\nCopyright 1999 Harbor Times, the notice on the plans said.\n\nThe vote is "
                      "now set for March.\n");
    CHECK_FALSE(wrapped.copyright);
    CHECK(wrapped.notes.empty());
    CHECK(wrapped.paragraphs.size() == 3);
    // A masthead in the last paragraph is the footer's, with the body above it whole.
    const wirecopy::document last = parse_story("Harbor Plan Vote Delayed\n\n" + running + "\n\n" + running
                                                + "\n\nc.1999 Harbor Times\n");
    REQUIRE(last.copyright);
    CHECK(last.notes.empty());
    CHECK(last.paragraphs.size() == 2);
}
