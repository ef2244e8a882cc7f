// Bylines: authors, affiliation and title line; agencies and job titles are never authors.
#include "support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <utility>
#include <vector>

namespace {

struct byline_text {
    std::vector<std::string> authors;
    std::string affiliation, title;
};

std::optional<byline_text> byline_in(const wirecopy::document& doc) {
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

std::optional<byline_text> byline_of(const std::string& byline_block) {
    return byline_in(wirecopy_test::parse_kept("Markets Rally on Rate Hopes\n\n" + byline_block
                                               + "\n\nLONDON (Reuters) - Stocks rose.\n"));
}

using names = std::vector<std::string>;

} // namespace

TEST_CASE("bylines name their authors") {
    CHECK(byline_of("By Eric Martin")->authors == std::vector<std::string>{"Eric Martin"});
    CHECK(byline_of("By Eric Martin and Henry Meyer")->authors
          == std::vector<std::string>{"Eric Martin", "Henry Meyer"});
    CHECK(byline_of("By Ann Lee, Bo Park and Cy Young")->authors
          == std::vector<std::string>{"Ann Lee", "Bo Park", "Cy Young"});
    CHECK(byline_of("BY MARIA LOPEZ")->authors == std::vector<std::string>{"MARIA LOPEZ"});
}

TEST_CASE("writers joined by \"with\"") {
    CHECK(byline_of("By LINDA MARSH with TOM ELLERY KANE")->authors
          == names{"LINDA MARSH", "TOM ELLERY KANE"});
    CHECK(byline_of("By C.J. FOLEY with ANN B. WEST Jr.")->authors == names{"C.J. FOLEY", "ANN B. WEST Jr."});
    CHECK(byline_of("By Ann Lee With Bo Park")->authors == names{"Ann Lee", "Bo Park"});
    CHECK(byline_of("By Ann Lee, Bo Park with Cy Young")->authors == names{"Ann Lee", "Bo Park", "Cy Young"});
    CHECK_FALSE(byline_of("By Tuesday with luck the river will crest"));
}

TEST_CASE("a title in lower case after the names and a comma") {
    const auto auto_desk = byline_of("By Mi-Rae Sung, Asia auto correspondent");
    REQUIRE(auto_desk);
    CHECK(auto_desk->authors == names{"Mi-Rae Sung"});
    CHECK(auto_desk->title == "Asia auto correspondent");
    const auto political = byline_of("By Tom Hale, senior political reporter");
    REQUIRE(political);
    CHECK(political->authors == names{"Tom Hale"});
    CHECK(political->title == "senior political reporter");
    CHECK(byline_of("By Ann Lee, chief economics writer")->title == "chief economics writer");
    const auto health = byline_of("By Ann LEE, Reuters health correspondent");
    REQUIRE(health);
    CHECK(health->authors == names{"Ann LEE"});
    CHECK(health->title == "Reuters health correspondent");
    // Without the comma the title starts at the organisation, as before.
    CHECK(byline_of("By MATT KELLEY Associated Press Writer")->authors == names{"MATT KELLEY"});
    // Words after the comma that end in no job word are no title.
    CHECK_FALSE(byline_of("By Ann Lee, who covers the auto industry"));
    CHECK_FALSE(byline_of("By Ann Lee, more than a correspondent now"));
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

TEST_CASE("1987 bylines as the desk typed them") {
    // The agency in capitals, "AND" between capital names, no comma or a stray period before the agency.
    CHECK(byline_of("BY TED D'AFFLISIO, REUTERS")->authors == names{"TED D'AFFLISIO"});
    CHECK(byline_of("By STEPHEN JUKES AND PHILIP SHEHADI, REUTERS")->authors
          == names{"STEPHEN JUKES", "PHILIP SHEHADI"});
    CHECK(byline_of("By Brad Schade Reuters")->authors == names{"Brad Schade"});
    const auto stray = byline_of("By Colin Brinsden, Reuters.");
    CHECK(stray->authors == names{"Colin Brinsden"});
    CHECK(stray->affiliation == "Reuters");
    // An elided particle: "d'AFFLISIO", "d'Estaing".
    CHECK(byline_of("By TED d'AFFLISIO, Reuters")->authors == names{"TED d'AFFLISIO"});
}

TEST_CASE("suffixes, with or without a comma, and places of the authors") {
    CHECK(byline_of("By John Smith Jr., Tom Jones III and Ann Lee, M.D.")->authors
          == names{"John Smith Jr.", "Tom Jones III", "Ann Lee, M.D."});
    const wirecopy::document doc =
        wirecopy_test::parse_kept("T\n\nBy Andrew Rosati in Caracas and Alex Vasquez in Bogota\n\n"
                                  "(Bloomberg) -- Oil fell.\n");
    REQUIRE(doc.byline);
    REQUIRE(doc.byline->authors.size() == 2);
    CHECK(doc.byline->authors[0].location->text == "Caracas");
    CHECK(doc.byline->authors[1].location->text == "Bogota");
}

TEST_CASE("titles: under the names, after them, before them") {
    const auto upi = byline_of("By JANE ROE\nUPI Business Writer");
    CHECK(upi->authors == names{"JANE ROE"});
    CHECK(upi->title == "UPI Business Writer");
    const auto ap = byline_of("By W. DALE NELSON, Associated Press Writer");
    CHECK(ap->authors == names{"W. DALE NELSON"});
    CHECK(ap->title == "Associated Press Writer");
    const auto cnn = byline_of("By Elizabeth Landau, CNN Medical News Producer");
    CHECK(cnn->authors == names{"Elizabeth Landau"});
    CHECK(cnn->title == "CNN Medical News Producer");
    const auto xinhua = byline_of("by Xinhua writers Li Ming and Zhao Wen");
    CHECK(xinhua->authors == names{"Li Ming", "Zhao Wen"});
    CHECK(xinhua->title == "Xinhua writers");
    // NYT News Service's copyright line under the byline names the service.
    // The title run on after the names, with no comma: the names end where the title begins.
    const auto run_on = byline_of("By MATT KELLER Associated Press Writer");
    CHECK(run_on->authors == names{"MATT KELLER"});
    CHECK(run_on->title == "Associated Press Writer");
    CHECK(byline_of("By JUSTINE HYDEN AP Auto Writer")->authors == names{"JUSTINE HYDEN"});
    // Initials run together, a suffix in capitals, two blanks between names.
    CHECK(byline_of("By J.K. PARK")->authors == names{"J.K. PARK"});
    CHECK(byline_of("By ROBERT L. JAMESON JR.")->authors == names{"ROBERT L. JAMESON JR."});
    CHECK(byline_of("By INDIRA A.  R. LAKSHMI")->authors == names{"INDIRA A.  R. LAKSHMI"});
    // The service's copyright line under the names is the masthead (see test_footer), not the affiliation;
    // run on after the names, it is the affiliation.
    const auto nyt = byline_of("By ALISON MARSH\nc.1997 N.Y. Times News Service");
    CHECK(nyt->authors == names{"ALISON MARSH"});
    CHECK(nyt->affiliation.empty());
    const auto run_on_service = byline_of("By ALISON MARSH, c.1997 N.Y. Times News Service");
    CHECK(run_on_service->authors == names{"ALISON MARSH"});
    CHECK(run_on_service->affiliation == "N.Y. Times News Service");
}

TEST_CASE("an agency or a job title is never an author") {
    const auto ap = byline_of("By The Associated Press");
    REQUIRE(ap);
    CHECK(ap->authors.empty());
    CHECK(ap->affiliation == "The Associated Press");
    const auto cnn = byline_of("By CNN Wire Staff");
    REQUIRE(cnn);
    CHECK(cnn->authors.empty());
    CHECK(cnn->title == "CNN Wire Staff");
    const auto staff = byline_of("By Staff Writer");
    REQUIRE(staff);
    CHECK(staff->authors.empty());
    CHECK(byline_of("By Jane Doe, Staff Writer, The Associated Press")->authors == names{"Jane Doe"});
}

TEST_CASE("names and their organisation or title without \"By\" (Canadian Press and partners)") {
    const auto cp = byline_of("Joan Bryden, The Canadian Press");
    REQUIRE(cp);
    CHECK(cp->authors == names{"Joan Bryden"});
    CHECK(cp->affiliation == "The Canadian Press");
    CHECK(byline_of("Amy Forliti and Todd Richmond, The Associated Press")->authors
          == names{"Amy Forliti", "Todd Richmond"});
    const auto producer = byline_of("Rachel Gilmore, Power Play producer");
    REQUIRE(producer);
    CHECK(producer->title == "Power Play producer");
    // A headline with a comma is no byline.
    CHECK_FALSE(byline_of("Trudeau, Scheer trade barbs over pipeline"));
}

TEST_CASE("the byline names the wire under styles::any") {
    CHECK(wirecopy_test::parse_kept("T\n\nBy Jane Doe, Reuters\n\nNEW YORK, March 3 - x.").wire
          == wirecopy::wire::reuters);
    CHECK(wirecopy_test::parse_kept("Greg Beacham, The Associated Press\n\nDETROIT -- Stocks rose.").wire
          == wirecopy::wire::ap);
    CHECK(wirecopy_test::parse_kept("T\n\nBy JANE ROE\nUPI Business Writer\n\nFLINT, Mich. -- Cars.").wire
          == wirecopy::wire::upi);
    // The dateline's agency comes first.
    CHECK(wirecopy_test::parse_kept("T\n\nBy Jane Doe, Reuters\n\nPARIS (AFP) - x.").wire
          == wirecopy::wire::afp);
}

TEST_CASE("a title line that fixed-width copy indents as a paragraph of its own") {
    const wirecopy::document doc =
        wirecopy_test::parse_kept("SENATE PASSES BUDGET\n    By W. DALE NELSON\n    Associated Press Writer\n"
                                  "    WASHINGTON (AP) _ The Senate passed the budget on Tuesday.\n");
    const auto b = byline_in(doc);
    REQUIRE(b);
    CHECK(b->authors == names{"W. DALE NELSON"});
    CHECK(b->title == "Associated Press Writer");
    CHECK(doc.byline->text == "By W. DALE NELSON\n    Associated Press Writer");
    CHECK(doc.paragraphs.size() == 1);
}

TEST_CASE("header lines sent without blank lines between them, or on one line parted by carets") {
    // AP DataStream: a caret after a blank starts a line of its own.
    for (const std::string top : {"Senate Passes Budget\nBy W. DALE NELSON\nAssociated Press Writer\n",
                                  "Senate Passes Budget ^By W. DALE NELSON ^Associated Press Writer\n"}) {
        CAPTURE(top);
        const wirecopy::document doc = wirecopy_test::parse_kept(
            top + "   WASHINGTON (AP) _ The Senate passed the budget on Tuesday.\n   The vote was 71-28.\n");
        REQUIRE(doc.headline);
        CHECK(doc.headline->text == "Senate Passes Budget");
        const auto b = byline_in(doc);
        REQUIRE(b);
        CHECK(b->authors == names{"W. DALE NELSON"});
        CHECK(b->title == "Associated Press Writer");
        REQUIRE(doc.dateline);
        CHECK(doc.paragraphs.size() == 2);
    }
    // A caret without a blank before it, or with one after it, is text of the line.
    const wirecopy::document plain = wirecopy_test::parse_kept(
        "Senate^Passes Budget ^ Vote\n   WASHINGTON (AP) _ The Senate passed the budget on Tuesday.\n"
        "   The vote was 71-28.\n");
    REQUIRE(plain.headline);
    CHECK(plain.headline->text == "Senate^Passes Budget ^ Vote");
}

TEST_CASE("sentences and headlines starting with \"By\" are not bylines") {
    CHECK_FALSE(byline_of("By Monday, the company said it would cut jobs, Reuters"));
    CHECK_FALSE(byline_of("BY THE NUMBERS: WHERE THE MONEY WENT"));
    CHECK_FALSE(byline_of("By and large, markets were calm."));
}

TEST_CASE("without \"By\", a byline is one line: the scan before the grammar turns away no more than it") {
    namespace g = wirecopy::detail::grammar;
    const auto grammar_reads = [](std::string_view s) {
        g::byline_fields fields;
        return g::parse_prefix(s.data(), s.data() + s.size(), g::byline, fields) != nullptr;
    };
    // Bylines, and text over a line break that does not open with "By" (which no form of the grammar reads).
    const std::pair<std::string_view, bool> texts[] = {
        {"Joan Bryden, The Canadian Press", true},
        {"Rachel Gilmore, Power Play producer", true},
        {"By Bruce Handler\nAssociated Press Writer", true},
        {"By Bruce Handler\r\nAssociated Press Writer", true},
        {"Trudeau Wins Third Term\nJoan Bryden, The Canadian Press", false},
        {"Joan Bryden,\nThe Canadian Press", false},
        {"Joan Bryden, The\rCanadian Press", false},
        {"Joan Bryden, Power Play\nproducer", false}};
    for (const auto& [text, byline] : texts) {
        CAPTURE(text);
        CHECK(wirecopy::detail::may_be_byline(text) == byline);
        CHECK(grammar_reads(text) == byline);
    }
    // The headline over such a byline is still read apart from it.
    const wirecopy::document doc = wirecopy_test::parse_kept(
        "Trudeau Wins Third Term\nJoan Bryden, The Canadian Press\n\nOTTAWA — The Liberals won again on "
        "Monday.\n\nThe vote was close.\n");
    REQUIRE(doc.headline);
    CHECK(doc.headline->text == "Trudeau Wins Third Term");
    const auto b = byline_in(doc);
    REQUIRE(b);
    CHECK(b->authors == names{"Joan Bryden"});
}
