// Footers: contacts, contributors, credits, copyright, sign-off, boilerplate — anchored to the end.
#include "support.hpp"

#include <doctest/doctest.h>

#include <algorithm>
#include <cctype>
#include <string>
#include <vector>

namespace {

using wirecopy_test::text_of;

const std::string body =
    "Harbor Council Backs Plan\n\n(Bloomberg) -- The council approved the plan on Tuesday.\n\n";

std::vector<std::string> texts(const std::vector<wirecopy::contributor>& people) {
    std::vector<std::string> out;
    for (const auto& p : people)
        out.emplace_back(p.text);
    return out;
}

/// A fixture story (tests/fixtures/NAME.txt), parsed.
wirecopy::document fixture(const std::string& name) {
    std::string text = wirecopy_test::read_file(wirecopy_test::fixture_path(name + ".txt"));
    REQUIRE_FALSE(text.empty());
    const wirecopy::document doc = wirecopy_test::parse_kept(std::move(text));
    CHECK_FALSE(wirecopy_test::span_violation(doc));
    return doc;
}

/// "name @ location" for each person, "name" when there is no location.
template <class People>
std::vector<std::string> located(const People& people) {
    std::vector<std::string> out;
    for (const auto& p : people)
        out.push_back(std::string(p.text) + (p.location ? " @ " + std::string(p.location->text) : ""));
    return out;
}

std::vector<std::string> boilerplate(const wirecopy::document& doc) {
    std::vector<std::string> out;
    for (const auto& b : doc.boilerplate)
        out.emplace_back(b.text);
    return out;
}

/// "role: name @ location, name" for each credit.
std::vector<std::string> credits(const wirecopy::document& doc) {
    std::vector<std::string> out;
    for (const auto& c : doc.credits) {
        std::string line = std::string(wirecopy::to_string(c.role)) + ":";
        for (const std::string& name : located(c.names))
            line += " " + name + ";";
        out.push_back(line);
    }
    return out;
}

/// "role name @ location <email>" for each contact.
std::vector<std::string> contacts(const wirecopy::document& doc) {
    std::vector<std::string> out;
    for (const auto& c : doc.contacts)
        out.push_back(std::string(wirecopy::to_string(c.role)) + " " + std::string(c.name.text)
                      + (c.location ? " @ " + std::string(c.location->text) : "")
                      + (c.email ? " <" + std::string(c.email->text) + ">" : ""));
    return out;
}

bool ends_with(const std::string& s, const std::string& end) {
    return s.size() >= end.size() && s.compare(s.size() - end.size(), end.size(), end) == 0;
}

std::string last_paragraph(const wirecopy::document& doc) {
    return doc.paragraphs.empty() ? std::string() : std::string(doc.paragraphs.back().text);
}

} // namespace

TEST_CASE("Bloomberg contact lines: reporters and editors, places, offices, missing e-mails") {
    const std::string story =
        body
        + "To contact the reporters on this story: Ann Lee in Caracas at alee3@bloomberg.net;"
          "Bo Park in Caracas Office at bpark45@bloomberg.net\n\n"
          "To contact the editors responsible for this story: Cy Young at cyoung@bloomberg.net, "
          "Di Fox\n";
    const wirecopy::document doc = wirecopy::parse(story);
    CHECK_FALSE(wirecopy_test::span_violation(doc));
    REQUIRE(doc.contacts.size() == 4);
    CHECK(doc.contacts[0].role == wirecopy::contact_role::reporter);
    CHECK(doc.contacts[0].name.text == "Ann Lee");
    CHECK(text_of(doc.contacts[0].location) == "Caracas");
    CHECK(text_of(doc.contacts[0].email) == "alee3@bloomberg.net");
    CHECK(text_of(doc.contacts[1].location) == "Caracas"); // the bureau's city
    CHECK(doc.contacts[2].role == wirecopy::contact_role::editor);
    CHECK(doc.contacts[2].name.text == "Cy Young");
    CHECK(text_of(doc.contacts[2].email) == "cyoung@bloomberg.net");
    CHECK(doc.contacts[3].name.text == "Di Fox");
    CHECK_FALSE(doc.contacts[3].email);
    CHECK(doc.wire == wirecopy::wire::bloomberg);
}

TEST_CASE("one reporter, and editors separated only by a blank after an e-mail") {
    const std::string story =
        body
        + "To contact the reporter on this story: Ann Lee in Atlanta at alee@bloomberg.net\n\n"
          "To contact the editors responsible for this story: Cy Young at cy@bloomberg.net "
          "Di Fox, Ed Ruiz\n";
    const wirecopy::document doc = wirecopy::parse(story);
    REQUIRE(doc.contacts.size() == 4);
    CHECK(doc.contacts[2].name.text == "Di Fox");
    CHECK(doc.contacts[3].name.text == "Ed Ruiz");
    CHECK(doc.contacts[3].role == wirecopy::contact_role::editor);
}

TEST_CASE("contributors: Bloomberg assistance, AP writers, CNN staff") {
    CHECK(texts(wirecopy_test::parse_kept(body + "--With assistance from Eric Martin and Henry Meyer.\n")
                    .contributors)
          == std::vector<std::string>{"Eric Martin", "Henry Meyer"});
    const wirecopy::document ap = wirecopy_test::parse_kept(
        body + "Associated Press writer Ann Lee in Denver contributed to this report.\n");
    REQUIRE(ap.contributors.size() == 1);
    CHECK(text_of(ap.contributors[0].location) == "Denver");
    CHECK(ap.wire == wirecopy::wire::bloomberg); // the dateline said so first
    CHECK(texts(wirecopy_test::parse_kept(
                    "T\n\nA storm hit.\n\nCNN's Ann Lee, Bo Park and Cy Young contributed to this report.\n")
                    .contributors)
          == std::vector<std::string>{"Ann Lee", "Bo Park", "Cy Young"});
}

TEST_CASE("copyright lines: year and holder") {
    const auto check = [](const std::string& line, int year, const std::string& holder) {
        CAPTURE(line);
        const wirecopy::document doc = wirecopy_test::parse_kept(body + line + "\n");
        REQUIRE(doc.copyright);
        CHECK(doc.copyright->year == year);
        CHECK(text_of(doc.copyright->holder) == holder);
        CHECK_FALSE(wirecopy_test::span_violation(doc));
    };
    check("\xC2\xA9"
          "2019 Bloomberg L.P.",
          2019, "Bloomberg L.P.");
    check("(c) Reuters Limited 1996", 1996, "Reuters Limited");
    check("Copyright 2019 The Associated Press. All rights reserved.", 2019, "The Associated Press");
    check("c.1998 The Arizona Republic", 1998, "The Arizona Republic");
}

TEST_CASE("what follows a copyright notice on its line is boilerplate") {
    const wirecopy::document doc = wirecopy_test::parse_kept(
        body
        + "Copyright 2019 The Associated Press. All rights reserved. This material may not be published.\n");
    REQUIRE(doc.boilerplate.size() == 1);
    CHECK(doc.boilerplate[0].text == "All rights reserved. This material may not be published.");
}

TEST_CASE("Reuters credits: roles, names and cities") {
    const wirecopy::document doc = wirecopy::parse(
        "T\n\nLONDON (Reuters) - Shares fell.\n\n(Reporting by Ann Lee in London and Bo Park in Bengaluru; "
        "Additional reporting by Cy Young, Di Fox and Ed Ruiz in PARIS; Writing by Fe Gold; Editing by Gus "
        "Hale and "
        "Ida Kim)\n");
    CHECK_FALSE(wirecopy_test::span_violation(doc));
    REQUIRE(doc.credits.size() == 4);
    CHECK(doc.credits[0].role == wirecopy::credit_role::reporting);
    REQUIRE(doc.credits[0].names.size() == 2);
    CHECK(text_of(doc.credits[0].names[1].location) == "Bengaluru");
    CHECK(doc.credits[1].role == wirecopy::credit_role::additional_reporting);
    REQUIRE(doc.credits[1].names.size() == 3);
    CHECK(text_of(doc.credits[1].names[0].location) == "PARIS"); // "in CITY" covers its whole group
    CHECK(doc.credits[2].role == wirecopy::credit_role::writing);
    CHECK(doc.credits[3].role == wirecopy::credit_role::editing);
    CHECK(doc.credits[3].names[1].text == "Ida Kim");
}

TEST_CASE("the 1987 Reuters sign-off, on its own line or closing the last one") {
    const wirecopy::document own =
        wirecopy_test::parse_kept("COCOA REVIEW\n    SALVADOR, Feb 26 - Showers continued.\n Reuter\n");
    REQUIRE(own.signoff);
    CHECK(own.signoff->text == "Reuter");
    CHECK(own.wire == wirecopy::wire::reuters);
    const wirecopy::document closing =
        wirecopy_test::parse_kept("GOLD\n    LONDON, March 3 - Gold rose a tenth of an ounce. REUTER\n");
    REQUIRE(closing.signoff);
    CHECK(closing.signoff->text == "REUTER");
    CHECK(closing.paragraphs.back().text == "LONDON, March 3 - Gold rose a tenth of an ounce.");
}

TEST_CASE("footer lines are recognised only at the end of the story") {
    const wirecopy::document doc = wirecopy_test::parse_kept(
        body
        + "With assistance from Eric Martin, the team finished early.\n\n"
          "(Reporting by Ann Lee; Editing by Bo Park)\n\nThe vote is due on Friday.\n");
    CHECK(doc.contributors.empty());
    CHECK(doc.credits.empty());
    CHECK(doc.paragraphs.size() == 4);
}

TEST_CASE("a sign-off word inside the body is not a sign-off") {
    const wirecopy::document doc =
        wirecopy_test::parse_kept("T\n    LONDON, March 3 - A treasurer at Storehouse told\nReuters.\n\n");
    CHECK_FALSE(doc.signoff);
}

// ====================================================================== Reuters
TEST_CASE("Reuters credits: every role with its names and their cities, and the standards line") {
    const wirecopy::document doc = fixture("ftr-reuters-credits");
    CHECK(credits(doc)
          == std::vector<std::string>{"reporting: Ann Lee @ London; Rahul Mehta @ Bengaluru;",
                                      "additional reporting: Colm O'Riordan @ PARIS; Marta Silva @ PARIS; "
                                      "Idris Bello @ PARIS; Li Wen @ "
                                      "TOKYO; Kenji Sato @ TOKYO;",
                                      "writing: Gareth Jones;",
                                      "editing: Sophie Walker; Mike Collett-White;"});
    REQUIRE(doc.credits.size() == 4);
    CHECK(doc.credits[1].role_text.text == "Additional reporting");
    CHECK(doc.credits[0].text == "Reporting by Ann Lee in London and Rahul Mehta in Bengaluru");
    CHECK(boilerplate(doc)
          == std::vector<std::string>{"Our Standards: The Thomson Reuters Trust Principles."});
    // The body's "With assistance from the regional authority" and "reporting by region" are not footers.
    CHECK(doc.contributors.empty());
    CHECK(last_paragraph(doc).find("reporting by region") != std::string::npos);
    CHECK(doc.wire == wirecopy::wire::reuters);
}

TEST_CASE("Reuters credits: \"Compiled by\" a newsroom, without parentheses, under the last paragraph") {
    const wirecopy::document doc = fixture("ftr-reuters-compiled");
    CHECK(credits(doc) == std::vector<std::string>{"compiled: Bengaluru newsroom;", "editing: Sunil Nair;"});
    // The credit line followed the last paragraph without a blank line: the paragraph ends before it.
    CHECK(
        last_paragraph(doc)
        == "\"The market is waiting for a reason to move,\" said a currency strategist at a Singapore bank.");
}

TEST_CASE("Reuters credits: \"Editing by\" alone, and a Thomson Reuters copyright with its restrictions") {
    const wirecopy::document doc = fixture("ftr-reuters-editing");
    CHECK(credits(doc) == std::vector<std::string>{"editing: Jeffrey Benkoe;"});
    REQUIRE(doc.copyright);
    CHECK(doc.copyright->text == "(c) Copyright Thomson Reuters 2014");
    CHECK(doc.copyright->year == 2014);
    CHECK(text_of(doc.copyright->holder) == "Thomson Reuters");
    CHECK(boilerplate(doc)
          == std::vector<std::string>{"Click For Restrictions - http://about.reuters.com/fulllegal.asp"});
}

TEST_CASE("Reuters credits: separators, case and lone roles") {
    const auto credit_lines = [](const std::string& line) {
        CAPTURE(line);
        const wirecopy::document doc =
            wirecopy_test::parse_kept("T\n\nLONDON (Reuters) - Shares fell on Monday.\n\n" + line + "\n");
        CHECK_FALSE(wirecopy_test::span_violation(doc));
        return credits(doc);
    };
    CHECK(credit_lines("(Reporting by Ann Lee, Editing by Bo Park)")
          == std::vector<std::string>{"reporting: Ann Lee;", "editing: Bo Park;"});
    CHECK(credit_lines("(Reporting By Ann Lee; editing by Bo Park and Cy Young.)")
          == std::vector<std::string>{"reporting: Ann Lee;", "editing: Bo Park; Cy Young;"});
    CHECK(credit_lines("Reporting by Ann Lee. Editing by Bo Park.")
          == std::vector<std::string>{"reporting: Ann Lee;", "editing: Bo Park;"});
    CHECK(credit_lines("(Editing by Bo Park)") == std::vector<std::string>{"editing: Bo Park;"});
    CHECK(credit_lines("(Compiled by Ann Lee)") == std::vector<std::string>{"compiled: Ann Lee;"});
    CHECK(credit_lines("(Writing by Ann Lee; Graphics by Bo Park; Editing by Cy Young/Di Fox)")
          == std::vector<std::string>{"writing: Ann Lee;", "other: Bo Park;", "editing: Cy Young; Di Fox;"});
    CHECK(credit_lines("(Reporting and writing by Ann Lee in Caracas; Additional Reporting by Bo Park)")
          == std::vector<std::string>{"reporting: Ann Lee @ Caracas;", "additional reporting: Bo Park;"});
    CHECK(credit_lines("(Reporting by Reuters reporters; With additional reporting by Bo Park)")
          == std::vector<std::string>{"reporting: Reuters reporters;", "additional reporting: Bo Park;"});
    // A sentence with "by" is not a credit: its first words are not a role.
    CHECK(credit_lines("Prices are set by OPEC.").empty());
    CHECK(credit_lines("(Shares were bought by Ann Lee; Editing by Bo Park)").empty());
}

TEST_CASE("credit roles from their wording") {
    using wirecopy::credit_role;
    using wirecopy::detail::credit_role_of;
    CHECK(credit_role_of("Reporting") == credit_role::reporting);
    CHECK(credit_role_of("Additional reporting") == credit_role::additional_reporting);
    CHECK(credit_role_of("Additional Reporting") == credit_role::additional_reporting);
    CHECK(credit_role_of("Reporting and writing") == credit_role::reporting);
    CHECK(credit_role_of("Writing and editing") == credit_role::writing);
    CHECK(credit_role_of("Editing") == credit_role::editing);
    CHECK(credit_role_of("Editors") == credit_role::editing);
    CHECK(credit_role_of("Compiled") == credit_role::compiled);
    CHECK(credit_role_of("Graphics") == credit_role::other);
}

TEST_CASE("says_contributed finds \"contribut\" anywhere in a line, to its last byte, and only whole") {
    using wirecopy::detail::says_contributed;
    CHECK(says_contributed("contribut"));
    CHECK(says_contributed("Ann Lee contributed"));
    CHECK(says_contributed("Bo Park contributed to this report."));
    CHECK(says_contributed("a bob b contribute"));
    CHECK_FALSE(says_contributed("contribu"));
    CHECK_FALSE(says_contributed("ontribut"));
    CHECK_FALSE(says_contributed("a contribtion by Ann Lee"));
    CHECK_FALSE(says_contributed(""));
}

TEST_CASE("the 1987 sign-off closing the last line after a sentence") {
    const wirecopy::document doc = fixture("ftr-reuters-1987");
    REQUIRE(doc.signoff);
    CHECK(doc.signoff->text == "REUTER");
    CHECK(ends_with(last_paragraph(doc), "a year ago."));
    CHECK(doc.wire == wirecopy::wire::reuters);
}

TEST_CASE("the 1987 sign-off with dots, flush left under the last paragraph") {
    const wirecopy::document doc = fixture("ftr-reuters-1987-dots");
    REQUIRE(doc.signoff);
    CHECK(doc.signoff->text == "Reuter...");
    CHECK(last_paragraph(doc)
          == "The company said about 400 workers would be offered jobs at\nother plants.");
}

TEST_CASE("a story continued in another take has no sign-off: \"More\" is furniture") {
    const wirecopy::document doc = fixture("ftr-reuters-1987-more");
    CHECK_FALSE(doc.signoff);
    CHECK(boilerplate(doc) == std::vector<std::string>{"More"});
    CHECK(last_paragraph(doc).find("the company said.") != std::string::npos);
}

TEST_CASE("a story ending in the body has no sign-off, though its last word is \"Reuters\"") {
    const wirecopy::document doc = fixture("ftr-reuters-1987-body");
    CHECK_FALSE(doc.signoff);
    CHECK(doc.boilerplate.empty());
    CHECK(ends_with(last_paragraph(doc), "told\nReuters."));
}

TEST_CASE("1987 sign-off variants") {
    const auto signoff_of = [](const std::string& ending) {
        CAPTURE(ending);
        const wirecopy::document doc = wirecopy_test::parse_kept(
            "GOLD\n    LONDON, March 3 - Gold rose a tenth of an ounce.\n" + ending);
        CHECK_FALSE(wirecopy_test::span_violation(doc));
        return doc.signoff ? std::string(doc.signoff->text) : std::string("-");
    };
    CHECK(signoff_of(" Reuter\n") == "Reuter");
    CHECK(signoff_of(" REUTER\n") == "REUTER");
    CHECK(signoff_of("  reuter\n") == "reuter");
    CHECK(signoff_of(" REUTERS\n") == "REUTERS");
    CHECK(signoff_of(" Reuters\r\n") == "Reuters");
    CHECK(signoff_of(" REUTER...\n") == "REUTER...");
    CHECK(signoff_of("REUTER...^M\n") == "REUTER..."); // a carriage return the archive spelled out
    CHECK(signoff_of(" More\n") == "-");
    CHECK(signoff_of(" REUITER\n") == "-"); // a typing error is not taken for the sign-off
    CHECK(signoff_of("    Record March 13\n Reuter\n") == "Reuter");
}

TEST_CASE("Reuters 1996: the desk line and \"(c) Reuters Limited 1996\"") {
    const wirecopy::document doc = fixture("ftr-reuters-1996");
    REQUIRE(doc.copyright);
    CHECK(doc.copyright->text == "(c) Reuters Limited 1996");
    CHECK(doc.copyright->year == 1996);
    CHECK(text_of(doc.copyright->holder) == "Reuters Limited");
    CHECK(boilerplate(doc) == std::vector<std::string>{"-- Amsterdam Newsroom +31 20 504 5000"});
    CHECK(doc.wire == wirecopy::wire::reuters);
}

TEST_CASE("footer lines inside the last block of a story laid out without blank lines") {
    const wirecopy::document doc = fixture("ftr-one-block");
    CHECK(credits(doc) == std::vector<std::string>{"reporting: Tomasz Wilk;", "editing: Joanna Price;"});
    CHECK(boilerplate(doc)
          == std::vector<std::string>{"Our Standards: The Thomson Reuters Trust Principles."});
    CHECK(ends_with(last_paragraph(doc), "were waiting at anchor."));
}

// ====================================================================== run-on footers
TEST_CASE("Reuters credits run on after the last sentence, with notes after them") {
    const wirecopy::document doc = fixture("ftr-reuters-run-on");
    CHECK(credits(doc)
          == std::vector<std::string>{
              "reporting: Tomasz Wilk @ Valmora; Ines Carvalho @ Lisbon; Marta Sousa @ Porto;",
              "additional reporting: Joanna Price @ Portland, Maine;", "editing: Dan Heller;"});
    CHECK(boilerplate(doc)
          == std::vector<std::string>{"($1 = 0.7312 euro)",
                                      "(This story has been corrected to show profit rose 12 percent, not 21 "
                                      "percent, in the first paragraph)"});
    CHECK(ends_with(last_paragraph(doc), "according to Reuters Estimates."));
}

TEST_CASE("run-on credits: periods between roles, double parentheses, \"By\", no period before them") {
    const auto run_on = [](const std::string& last) {
        CAPTURE(last);
        const wirecopy::document doc = wirecopy_test::parse_kept(
            "T\n\nLONDON (Reuters) - Prices rose.\n\nThe rate rose to 2.7 percent. " + last);
        CHECK_FALSE(wirecopy_test::span_violation(doc));
        CHECK(ends_with(last_paragraph(doc), "2.7 percent."));
        return credits(doc);
    };
    CHECK(run_on("(Reporting by Ann Lee; Additional reporting by Bo Park and Cy Young; editing by Di Fox)")
          == std::vector<std::string>{"reporting: Ann Lee;", "additional reporting: Bo Park; Cy Young;",
                                      "editing: Di Fox;"});
    CHECK(run_on("(Reporting by Ann Lee in New York. Editing by Di Fox)")
          == std::vector<std::string>{"reporting: Ann Lee @ New York;", "editing: Di Fox;"});
    CHECK(run_on("(Reporting By Ann Lee)") == std::vector<std::string>{"reporting: Ann Lee;"});
    CHECK(run_on("((Reporting by Ann Lee; Editing by Di Fox))")
          == std::vector<std::string>{"reporting: Ann Lee;", "editing: Di Fox;"});
    CHECK(run_on("(Writing by Ann Lee; Editing by Di Fox) Keywords: VALMORA/PORT")
          == std::vector<std::string>{"writing: Ann Lee;", "editing: Di Fox;"});
    CHECK(run_on("(Editing by Di Fox, Ed Ruiz;) (The story has been filed again to correct the date)")
          == std::vector<std::string>{"editing: Di Fox; Ed Ruiz;"});
    CHECK(run_on(
              "(Reporting by Ann Lee; editing by Di Fox; Reuters Messaging: ann.lee.reuters.com@reuters.net; "
              "Tel: +44 20 7542 4441))")
          == std::vector<std::string>{"reporting: Ann Lee;", "editing: Di Fox;"});
    CHECK(run_on("(Reporting by Ann Lee) nN0412345") == std::vector<std::string>{"reporting: Ann Lee;"});
    CHECK(run_on("(Reporting by Ann Lee) (C) Reuters 2007. All rights reserved.")
          == std::vector<std::string>{"reporting: Ann Lee;"});
    // A credit in parentheses on the last paragraph's line, though the paragraph lost its period.
    const wirecopy::document lost = wirecopy_test::parse_kept(
        "T\n\nLONDON (Reuters) - Prices rose.\n\nThe index closed at 1,013.15 .FTEU3 (Editing by Di Fox)");
    CHECK(credits(lost) == std::vector<std::string>{"editing: Di Fox;"});
}

TEST_CASE("contributor sentences, assistance lines and copyright run on after the last sentence") {
    const wirecopy::document ap = wirecopy_test::parse_kept(
        "T\n\nWASHINGTON (AP) - Congress approved flood aid.\n\nThe aid covers levee repairs, the senator "
        "said. "
        "Associated Press writer Ann Lee in Omaha, Neb., contributed to this report. Copyright 2019 The "
        "Associated Press. All rights reserved.");
    CHECK_FALSE(wirecopy_test::span_violation(ap));
    CHECK(located(ap.contributors) == std::vector<std::string>{"Ann Lee @ Omaha, Neb."});
    REQUIRE(ap.copyright);
    CHECK(text_of(ap.copyright->holder) == "The Associated Press");
    CHECK(boilerplate(ap) == std::vector<std::string>{"All rights reserved."});
    CHECK(ends_with(last_paragraph(ap), "the senator said."));
    const wirecopy::document bloomberg = wirecopy_test::parse_kept(
        body
        + "The vote was 7 to 2. --With assistance from Eric Martin in Paris. To contact the reporter on "
          "this story: Ann Lee in Paris at alee@bloomberg.net\n");
    CHECK(located(bloomberg.contributors) == std::vector<std::string>{"Eric Martin @ Paris"});
    CHECK(contacts(bloomberg) == std::vector<std::string>{"reporter Ann Lee @ Paris <alee@bloomberg.net>"});
    CHECK(ends_with(last_paragraph(bloomberg), "7 to 2."));
}

TEST_CASE("run-on text that only looks like a footer stays in the body") {
    const wirecopy::document doc = fixture("ftr-run-on-negative");
    CHECK(doc.credits.empty());
    CHECK(doc.contributors.empty());
    CHECK(doc.contacts.empty());
    CHECK_FALSE(doc.copyright);
    CHECK(ends_with(last_paragraph(doc), "Everyone contributed"));
    // A credit in the middle of the last paragraph: the body goes on after it.
    const wirecopy::document middle = wirecopy_test::parse_kept(
        body + "The vote was 7 to 2. (Reporting by Ann Lee) The council then adjourned.\n");
    CHECK(middle.credits.empty());
    CHECK(ends_with(last_paragraph(middle), "then adjourned."));
}

TEST_CASE("Bloomberg contact lines run on after the last sentence") {
    const wirecopy::document doc = fixture("ftr-bloomberg-run-on");
    CHECK(contacts(doc)
          == std::vector<std::string>{"reporter Ann Lee @ Valmora <alee3@bloomberg.net>",
                                      "editor Cy Young <cyoung@bloomberg.net>", "editor Di Fox"});
    CHECK(ends_with(last_paragraph(doc), "worries.\xE2\x80\x9D"));
}

TEST_CASE("Bloomberg contact lines as scrapers wrap them: states, courts, \"via\", a reporter also editing") {
    const wirecopy::document doc = fixture("ftr-bloomberg-wrapped");
    CHECK(contacts(doc)
          == std::vector<std::string>{"reporter Ann Lee @ Portland, Maine <alee3@bloomberg.net>",
                                      "reporter Bo Park @ federal court in Chicago <bpark45@bloomberg.net>",
                                      "editor Cy Young <cyoung@bloomberg.net>", "editor Ann Lee",
                                      "editor Di Fox"});
    CHECK(ends_with(last_paragraph(doc), "14-cv-0032"));
}

// ====================================================================== Bloomberg
TEST_CASE("Bloomberg on the web: assistance, every contact-line variant, boilerplate, copyright") {
    const wirecopy::document doc = fixture("ftr-bloomberg-web");
    CHECK(located(doc.contributors) == std::vector<std::string>{"Eric Lindqvist @ Santiago", "Helen Voss"});
    CHECK(contacts(doc)
          == std::vector<std::string>{
              "reporter Marta Ruiz @ Santiago <mruiz12@bloomberg.net>",
              "reporter Tom Becker @ London <tbecker3@bloomberg.net>", "reporter Yuki Tanaka @ Tokyo",
              "editor Lynn Harper <lharper@bloomberg.net>", "editor Dan Okafor", "editor Rosa Lind"});
    CHECK(boilerplate(doc)
          == std::vector<std::string>{
              "For more articles like this, please visit us at bloomberg.com",
              "Subscribe now to stay ahead with the most trusted business news source."});
    REQUIRE(doc.copyright);
    CHECK(doc.copyright->year == 2019);
    CHECK(text_of(doc.copyright->holder) == "Bloomberg L.P.");
    CHECK(doc.wire == wirecopy::wire::bloomberg);
}

TEST_CASE("Bloomberg on the terminal: names on lines of their own, phones, editors after the assistance") {
    const wirecopy::document doc = fixture("ftr-bloomberg-terminal");
    CHECK(located(doc.contributors) == std::vector<std::string>{"Aiko Hara @ Tokyo"});
    CHECK(credits(doc) == std::vector<std::string>{"editing: Nate Crowley; Jill Ames;"});
    CHECK(contacts(doc)
          == std::vector<std::string>{"reporter Kenji Moriyama @ Tokyo <kmoriyama@bloomberg.net>",
                                      "editor Nate Crowley <ncrowley@bloomberg.net>", "editor Jill Ames"});
    REQUIRE(doc.contacts.size() == 3);
    CHECK(doc.contacts[0].text == "Kenji Moriyama in Tokyo at +81-3-3201-8900 or kmoriyama@bloomberg.net");
}

TEST_CASE("Bloomberg \"--Editors:\" and contact lines closed by a period") {
    const wirecopy::document doc = fixture("ftr-bloomberg-editors");
    CHECK(credits(doc) == std::vector<std::string>{"editing: Paul Hewitt; Sandra Okoye;"});
    CHECK(contacts(doc)
          == std::vector<std::string>{"reporter Lena Fischer @ New York <lfischer4@bloomberg.net>",
                                      "editor Paul Hewitt <phewitt@bloomberg.net>"});
}

TEST_CASE("Businessweek's \"To contact the author of this story\"") {
    const wirecopy::document doc = fixture("ftr-businessweek");
    CHECK(contacts(doc)
          == std::vector<std::string>{"reporter Grace Whitfield @ Cleveland <gwhitfield@bloomberg.net>",
                                      "editor Owen Marsh <omarsh@bloomberg.net>"});
    CHECK(doc.wire == wirecopy::wire::bloomberg);
}

TEST_CASE("contact lines: separators, addresses, places that end the sentence") {
    const auto contact_lines = [](const std::string& line) {
        CAPTURE(line);
        const wirecopy::document doc = wirecopy_test::parse_kept(body + line + "\n");
        CHECK_FALSE(wirecopy_test::span_violation(doc));
        return contacts(doc);
    };
    CHECK(contact_lines("To contact the reporters on this story: Ann Lee in Paris and Bo Park in Rome.")
          == std::vector<std::string>{"reporter Ann Lee @ Paris", "reporter Bo Park @ Rome"});
    CHECK(contact_lines("To contact the reporter on this story: Ann Lee in Paris at <alee@bloomberg.net>")
          == std::vector<std::string>{"reporter Ann Lee @ Paris <alee@bloomberg.net>"});
    CHECK(contact_lines("To contact the editor responsible for this story: Cy Young at +1-212-617-2000")
          == std::vector<std::string>{"editor Cy Young"});
    CHECK(contact_lines("To contact the reporter on this story: Ann Lee in Washington at alee@bloomberg.net.")
          == std::vector<std::string>{"reporter Ann Lee @ Washington <alee@bloomberg.net>"});
    CHECK(contact_lines("To contact the reporters on this story: the Paris bureau").empty());
    CHECK(contact_lines("Write to Ann Lee at ann.lee@wsj.com and Bo Park at bo.park@wsj.com")
          == std::vector<std::string>{"reporter Ann Lee <ann.lee@wsj.com>",
                                      "reporter Bo Park <bo.park@wsj.com>"});
    CHECK(contact_lines("Write to Santa at the North Pole.").empty());
}

TEST_CASE("assistance lines: with places, without the dash") {
    const auto helpers = [](const std::string& line) {
        CAPTURE(line);
        return located(wirecopy_test::parse_kept(body + line + "\n").contributors);
    };
    CHECK(helpers("--With assistance from Ann Lee in London, Bo Park and Cy Young in Paris.")
          == std::vector<std::string>{"Ann Lee @ London", "Bo Park @ Paris", "Cy Young @ Paris"});
    CHECK(helpers("With assistance from Ann Lee.") == std::vector<std::string>{"Ann Lee"});
    CHECK(helpers("-- With assistance from Ann Lee in Washington.")
          == std::vector<std::string>{"Ann Lee @ Washington"});
}

// ====================================================================== AP, CNN, NYT News Service, AFP
TEST_CASE("AP: writers with their cities and states, rules, a Twitter line, copyright and its terms") {
    const wirecopy::document doc = fixture("ftr-ap");
    CHECK(located(doc.contributors)
          == std::vector<std::string>{"Carla Ruiz @ Wichita, Kansas", "Tom Hale @ Tulsa"});
    REQUIRE(doc.copyright);
    CHECK(doc.copyright->text == "Copyright 2019 The Associated Press");
    CHECK(text_of(doc.copyright->holder) == "The Associated Press");
    CHECK(boilerplate(doc)
          == std::vector<std::string>{"___", "___",
                                      "Follow Ann Lee on Twitter at https://twitter.com/annleeAP",
                                      "All rights reserved. This material may not be published, broadcast, "
                                      "rewritten or redistributed."});
    CHECK(doc.wire == wirecopy::wire::ap);
}

TEST_CASE("AP in fixed width: footer lines wrapped over several lines, and the transmission trailer") {
    const wirecopy::document doc = fixture("ftr-ap-wrapped");
    CHECK(located(doc.contributors)
          == std::vector<std::string>{"Jim Kessler @ Omaha, Neb.", "Rosa\nDelgado @ Pierre"});
    REQUIRE(doc.copyright);
    CHECK(doc.copyright->year == 1998);
    CHECK(boilerplate(doc)
          == std::vector<std::string>{"AP-NY--Flood Aid,0311",
                                      "All rights reserved. This\nmaterial may not be published, broadcast, "
                                      "rewritten or redistributed.",
                                      "AP-NY-06-02-98 1742EDT"});
}

TEST_CASE("contributor sentences across the wires") {
    const auto helpers = [](const std::string& line) {
        CAPTURE(line);
        const wirecopy::document doc = wirecopy_test::parse_kept(body + line + "\n");
        CHECK_FALSE(wirecopy_test::span_violation(doc));
        return located(doc.contributors);
    };
    CHECK(helpers("AP Medical Writer Ann Lee contributed.") == std::vector<std::string>{"Ann Lee"});
    CHECK(helpers("Associated Press writer Ann Lee in Lagos, Nigeria, contributed to this report.")
          == std::vector<std::string>{"Ann Lee @ Lagos, Nigeria"});
    CHECK(helpers(
              "Associated Press writers Ann Lee in Omaha, Neb., Bo Park in Lincoln and Cy Young contributed.")
          == std::vector<std::string>{"Ann Lee @ Omaha, Neb.", "Bo Park @ Lincoln", "Cy Young"});
    CHECK(helpers("The Associated Press contributed to this report.")
          == std::vector<std::string>{"The Associated Press"});
    CHECK(helpers("Staff writers Ann Lee and Bo Park contributed reporting.")
          == std::vector<std::string>{"Ann Lee", "Bo Park"});
    CHECK(helpers("NBC News' Ann Lee contributed to this story.") == std::vector<std::string>{"Ann Lee"});
    CHECK(helpers("Ann Lee contributed reporting from Lagos, Nigeria.")
          == std::vector<std::string>{"Ann Lee @ Lagos, Nigeria"});
    CHECK(helpers("Associated Press writer Ann Lee contributed from Omaha, Neb.")
          == std::vector<std::string>{"Ann Lee @ Omaha, Neb."});
    CHECK(helpers("Associated Press writer Ann Lee in Washington, D.C., contributed.")
          == std::vector<std::string>{"Ann Lee @ Washington, D.C."});
    CHECK(helpers("(Ann Lee contributed research.)") == std::vector<std::string>{"Ann Lee"});
    CHECK(helpers("\xE2\x80\x94"
                  "Ann Lee in London contributed to this article.")
          == std::vector<std::string>{"Ann Lee @ London"});
    // Body sentences about contributions are not contributor lines.
    CHECK(helpers("Everyone contributed.").empty());
    CHECK(helpers("Residents who contributed to the fund said they felt heard.").empty());
    CHECK(helpers("Ann Lee contributed $5 million to the campaign.").empty());
}

TEST_CASE("CNN: the network's staff, with and without places") {
    CHECK(located(fixture("ftr-cnn").contributors)
          == std::vector<std::string>{"Jason Mercer", "Alicia Brandt", "Omar Haddad"});
    const wirecopy::document doc = fixture("ftr-cnn-reporting");
    CHECK(located(doc.contributors) == std::vector<std::string>{"Rachel Moore @ Atlanta", "Dev Patel"});
    CHECK(doc.wire == wirecopy::wire::cnn);
    const wirecopy::document wrote = wirecopy_test::parse_kept(
        body + "CNN's Ann Lee reported from Cairo, and Bo Park wrote and reported from Atlanta.\n");
    CHECK(located(wrote.contributors) == std::vector<std::string>{"Ann Lee @ Cairo", "Bo Park @ Atlanta"});
    // Without the network's name, "reported from" is the body's.
    CHECK(wirecopy_test::parse_kept(body + "Ann Lee reported from Cairo.\n").contributors.empty());
}

TEST_CASE("NYT News Service: the copyright line over the story, the client note, the trailer") {
    const wirecopy::document doc = fixture("ftr-nyt");
    REQUIRE(doc.copyright);
    CHECK(doc.copyright->text == "c.1998 The Arizona Republic");
    CHECK(doc.copyright->year == 1998);
    CHECK(text_of(doc.copyright->holder) == "The Arizona Republic");
    REQUIRE(doc.dateline); // the copyright line does not hide the dateline under it
    CHECK(doc.dateline->text == "PHOENIX _");
    CHECK(located(doc.contributors) == std::vector<std::string>{"Pete Alvarez @ Camp\nVerde"});
    CHECK(boilerplate(doc)
          == std::vector<std::string>{"BC-ARIZ-WATER-RIGHTS-ART",
                                      "(For use by N.Y. Times News Service clients)",
                                      "NYT-03-01-98 1422EST"});
    CHECK(doc.wire == wirecopy::wire::nyt);
}

TEST_CASE("NYT News Service: \"Reporting was contributed by\", an end note, the trailer") {
    const wirecopy::document doc = fixture("ftr-nyt-trailer");
    CHECK(located(doc.contributors) == std::vector<std::string>{"Mark Hollis @ Houston"});
    REQUIRE(doc.copyright);
    CHECK(text_of(doc.copyright->holder) == "N.Y. Times News Service");
    CHECK(boilerplate(doc)
          == std::vector<std::string>{"BC-TEXAS-SCHOOLS-NYT", "(END OPTIONAL TRIM)", "NYT-05-08-98 2011EDT"});
    REQUIRE(doc.byline); // the copyright line under the byline, a block apart, is not its affiliation
    CHECK(doc.byline->text == "By DAVID ORTIZ");
}

TEST_CASE("a copyright line under the headline is the masthead, with or without a dateline") {
    // NYT News Service: "c.1999 N.Y. Times News Service" over a story that opens without a dateline.
    const wirecopy::document doc = wirecopy_test::parse_kept(
        "Water deal reached\n\nc.1998 The Arizona Republic\n\nFarmers and cities agreed "
        "on Tuesday to share the river's water for the next thirty years.\n\nThe deal "
        "still needs the approval of a judge.\n");
    REQUIRE(doc.copyright);
    CHECK(doc.copyright->year == 1998);
    CHECK(text_of(doc.copyright->holder) == "The Arizona Republic");
    CHECK(doc.paragraphs.size() == 2);
    // Where it ends a story of one paragraph it is the footer, and there is no headline.
    const wirecopy::document end = wirecopy_test::parse_kept("Farmers and cities agreed on Tuesday.\n\n"
                                                             "c.1998 The Arizona Republic\n");
    REQUIRE(end.copyright);
    CHECK(end.paragraphs.size() == 1);
    CHECK_FALSE(end.headline);
}

TEST_CASE("a copyright line right under the byline is the masthead, not the byline's title") {
    // NYT News Service clients' copy: the service's line follows the byline in the same paragraph.
    const wirecopy::document doc = wirecopy_test::parse_kept(
        "DROUGHT DEAL REACHED\n By ANNA PRICE\nc.1999 Harbor Times News Service\n     MILLTOWN _ Farmers "
        "and cities agreed on Tuesday to share the river.\n     The deal still needs a judge.\n");
    REQUIRE(doc.byline);
    CHECK(doc.byline->text == "By ANNA PRICE");
    CHECK_FALSE(doc.byline->title);
    REQUIRE(doc.copyright);
    CHECK(doc.copyright->year == 1999);
    CHECK(text_of(doc.copyright->holder) == "Harbor Times News Service");
    REQUIRE(doc.dateline);
    CHECK(text_of(doc.dateline->location) == "MILLTOWN");
    // A job title there is still the byline's.
    const wirecopy::document titled = wirecopy_test::parse_kept(
        "DROUGHT DEAL REACHED\n By ANNA PRICE\nAssociated Press Writer\n     MILLTOWN (AP) _ Farmers "
        "and cities agreed on Tuesday to share the river.\n     The deal still needs a judge.\n");
    REQUIRE(titled.byline);
    REQUIRE(titled.byline->title);
    CHECK(text_of(titled.byline->title) == "Associated Press Writer");
    CHECK_FALSE(titled.copyright);
}

TEST_CASE("AFP: the staff initials that sign off a story") {
    const wirecopy::document doc = fixture("ftr-afp");
    REQUIRE(doc.signoff);
    CHECK(doc.signoff->text == "bur-lth/cw");
    CHECK(doc.wire == wirecopy::wire::afp);
    // Closing the last paragraph, and before the copyright notice that ends the page.
    const wirecopy::document web = fixture("ftr-afp-copyright");
    REQUIRE(web.signoff);
    CHECK(web.signoff->text == "jm/sco");
    CHECK(ends_with(last_paragraph(web), "institute said."));
    REQUIRE(web.copyright);
    CHECK(text_of(web.copyright->holder) == "AFP");
    CHECK(boilerplate(web) == std::vector<std::string>{"All rights reserved."});
}

TEST_CASE("copyright notices: signs, years, holders") {
    const auto notice = [](const std::string& line) {
        CAPTURE(line);
        const wirecopy::document doc = wirecopy_test::parse_kept(body + line + "\n");
        CHECK_FALSE(wirecopy_test::span_violation(doc));
        if (!doc.copyright)
            return std::string("-");
        return std::to_string(doc.copyright->year.value_or(0)) + " " + text_of(doc.copyright->holder);
    };
    CHECK(notice("\xC2\xA9 2019 Bloomberg L.P.") == "2019 Bloomberg L.P.");
    CHECK(notice("Copyright \xC2\xA9 2019 Bloomberg L.P. All rights reserved.") == "2019 Bloomberg L.P.");
    CHECK(notice("(C) Reuters Limited 1997.") == "1997 Reuters Limited");
    CHECK(notice("c. 1998 The New York Times Co.") == "1998 The New York Times Co.");
    CHECK(notice("Copyright 1996-2019 Nexstar Media, Inc. All rights reserved.")
          == "1996 Nexstar Media, Inc.");
    CHECK(notice("\xC2\xA9 Agence France-Presse") == "0 Agence France-Presse");
    CHECK(notice("Copyright 2019 by The Associated Press.") == "2019 The Associated Press");
    CHECK(notice("Copyright law was not on the agenda.") == "-");
    // Syndicated holders: a web address, a magazine named in lower case, a paper with its city.
    CHECK(notice("c.2000 HarborHealth.com") == "2000 HarborHealth.com");
    CHECK(notice("c.2000 HarborTrust.org") == "2000 HarborTrust.org");
    CHECK(notice("c.1999 Tidewatch.net") == "1999 Tidewatch.net");
    CHECK(notice("c.1999 Lantern magazine") == "1999 Lantern magazine");
    CHECK(notice("c.2000 The Observer, Dublin") == "2000 The Observer, Dublin");
    CHECK(notice("c.2000 The Observer, Dublin. All rights reserved.") == "2000 The Observer, Dublin");
    CHECK(notice("Copyright 2019 Harbor Health. All rights reserved.") == "2019 Harbor Health");
    CHECK(notice("c.1999 Lantern magazines and papers") == "1999 Lantern");
    // Keywords in any case of their ASCII letters; a UTF-8 letter is never taken for one.
    CHECK(notice("COPYRIGHT 2019 BY The Associated Press.") == "2019 The Associated Press");
    CHECK(notice("cOpYrIgHt 2019 The Associated Press.") == "2019 The Associated Press");
    CHECK(notice("Copyr\xC3\x8Dght 2019 The Associated Press.") == "-");
}

TEST_CASE("a story whose last lines only talk about credits and contributions has no footer") {
    const wirecopy::document doc = fixture("ftr-negative");
    CHECK(doc.contributors.empty());
    CHECK(doc.credits.empty());
    CHECK(doc.contacts.empty());
    CHECK_FALSE(doc.copyright);
    CHECK_FALSE(doc.signoff);
    CHECK(doc.boilerplate.empty());
    CHECK(doc.paragraphs.size() == 7);
}

TEST_CASE("a footer line must start after the end of a sentence") {
    const wirecopy::document doc = wirecopy_test::parse_kept(
        body
        + "The committee thanked everyone who helped, and\n(Reporting by Ann Lee; Editing by Bo Park)\n");
    CHECK(doc.credits.empty());
    const wirecopy::document ended = wirecopy_test::parse_kept(
        body + "The committee thanked everyone who helped.\n(Reporting by Ann Lee; Editing by Bo Park)\n");
    CHECK(credits(ended) == std::vector<std::string>{"reporting: Ann Lee;", "editing: Bo Park;"});
}

TEST_CASE("footer furniture: rules, end marks, links, desk lines") {
    const auto furniture = [](const std::string& lines) {
        CAPTURE(lines);
        return boilerplate(wirecopy_test::parse_kept(body + lines + "\n"));
    };
    CHECK(furniture("* * *\n\n-30-") == std::vector<std::string>{"* * *", "-30-"});
    CHECK(furniture("Online:\n\nhttp://www.example.gov/flood")
          == std::vector<std::string>{"Online:", "http://www.example.gov/flood"});
    CHECK(furniture("More AP coverage of the storm: https://apnews.com/storm")
          == std::vector<std::string>{"More AP coverage of the storm: https://apnews.com/storm"});
    CHECK(furniture("((ann.lee@thomsonreuters.com; +44 20 7542 4441))")
          == std::vector<std::string>{"((ann.lee@thomsonreuters.com; +44 20 7542 4441))"});
    CHECK(furniture("Keywords: BRITAIN ECONOMY/") == std::vector<std::string>{"Keywords: BRITAIN ECONOMY/"});
    CHECK(furniture("Follow the money, the mayor said.").empty());
}

TEST_CASE("Xinhua's \"Enditem\" signs off a story") {
    const wirecopy::document doc = wirecopy_test::parse_kept(
        "T\n\nBEIJING, March 3 (Xinhua) -- Exports rose 5 percent in February.\n\nEnditem\n");
    REQUIRE(doc.signoff);
    CHECK(doc.signoff->text == "Enditem");
    CHECK(doc.wire == wirecopy::wire::xinhua);
}

TEST_CASE("the wire a footer names when the dateline does not") {
    const auto wire_of = [](const std::string& footer) {
        return wirecopy_test::parse_kept("Storm hits coast\n\nThe storm hit the coast on Monday.\n\n" + footer
                                         + "\n")
            .wire;
    };
    CHECK(wire_of("CNN's Ann Lee contributed to this report.") == wirecopy::wire::cnn);
    CHECK(wire_of("Associated Press writer Ann Lee contributed.") == wirecopy::wire::ap);
    CHECK(wire_of("--With assistance from Ann Lee.") == wirecopy::wire::bloomberg);
    CHECK(wire_of("(Reporting by Ann Lee; Editing by Bo Park)") == wirecopy::wire::reuters);
    CHECK(wire_of("\xC2\xA9 2019 Bloomberg L.P.") == wirecopy::wire::bloomberg);
    CHECK(wire_of("bur-lth/cw") == wirecopy::wire::afp);
    CHECK(wire_of("Ann Lee contributed reporting.") == wirecopy::wire::unknown);
}

TEST_CASE("a footer is parsed once: its events are made from what reading it found") {
    // Read the footer of one text, then report its items over a copy whose words no grammar reads: the
    // events still come out, so reporting them parses nothing again.
    namespace d = wirecopy::detail;
    const std::string story = "The council approved the plan.\n(Reporting by Ann Lee in Milltown; Editing by "
                              "Bo Park)\nCopyright 2019 Harbor Times. All rights reserved.\n";
    d::footer_plan plan;
    d::footer_fields fields;
    d::plan_footer(story, 0, story.size() - 1, d::footer_context{true, true}, plan,
                   fields); // a block: no final break
    const std::size_t anchor = d::footer_anchor(plan, story, true);
    REQUIRE(anchor == 1);
    std::string scrambled = story;
    for (std::size_t at = story.find('('); at < scrambled.size(); ++at)
        if (std::isalpha(static_cast<unsigned char>(scrambled[at])))
            scrambled[at] = 'x';
    struct recorder {
        std::vector<std::string>& seen;
        void operator()(const wirecopy::credit_event& c) const {
            std::string line = std::string(wirecopy::to_string(c.role)) + ":";
            for (const auto& name : c.names)
                line += " " + std::string(name.text)
                        + (name.location ? "@" + std::string(name.location->text) : "");
            seen.push_back(line);
        }
        void operator()(const wirecopy::copyright& c) const {
            seen.push_back("copyright " + std::to_string(c.year.value_or(0)) + " " + text_of(c.holder));
        }
        void operator()(const wirecopy::boilerplate& b) const {
            seen.push_back("boilerplate " + std::string(b.text));
        }
    };
    std::vector<std::string> seen;
    recorder handler{seen};
    d::footer_seen once;
    d::for_each_footer_item(plan, anchor, [&](const d::footer_item& item) {
        d::emit_footer_item(item, fields, scrambled, once, handler);
    });
    CHECK(seen
          == std::vector<std::string>{"reporting: xxx xxx@xxxxxxxx", "editing: xx xxxx",
                                      "copyright 2019 xxxxxx xxxxx", "boilerplate xxx xxxxxx xxxxxxxx."});
}

TEST_CASE("a footer that fills the store of fields: the copyright line over the story is still reported") {
    // 256 credit lines of four fields each fill the footer's store; the copyright line over the story,
    // reported after the footer was read, has no room for its fields and is kept as boilerplate.
    std::string story = "Harbor Plan Approved\n\nc.1999 Harbor Times\n\nThe council approved the plan.\n";
    for (const int lines : {16, 48, 48, 48, 48, 48}) {
        story += "\n";
        for (int line = 0; line < lines; ++line)
            story += "(Reporting by Ann Lee; Editing by Bo Park)\n";
    }
    const wirecopy::document doc = wirecopy_test::parse_kept(story);
    CHECK_FALSE(wirecopy_test::span_violation(doc));
    CHECK(doc.credits.size() == 512);
    CHECK(doc.paragraphs.size() == 1);
    CHECK_FALSE(doc.copyright);
    CHECK(boilerplate(doc) == std::vector<std::string>{"c.1999 Harbor Times"});
}

TEST_CASE("syndicated copy: the end mark, sales and distribution notes and a note on the writer close it") {
    // A column of a dozen paragraphs: the end is past the header's reach.
    std::string body = "HARBOR VIEW\n";
    for (int i = 0; i < 12; ++i)
        body += "     The tide came in over the flats before dawn, and the boats waited.\n";
    body += "     It went out again before noon, as it always had.\n";
    const wirecopy::document marked = wirecopy_test::parse_kept(
        body
        + " c. 1999 Ann Price\n    \n  -0-  \n  (To publish this article, it must be purchased _ the rate is "
          "not\n"
          "prohibitive _ from the Harbor Syndicate at 555-0100.)  \n  (She also has information on how to "
          "subscribe to the Harbor\nNews Service, a weekly package of columns.)\n");
    REQUIRE(marked.copyright);
    CHECK(text_of(marked.copyright->holder) == "Ann Price");
    CHECK(boilerplate(marked).size() == 3);
    CHECK(ends_with(last_paragraph(marked), "as it always had."));
    const wirecopy::document service = wirecopy_test::parse_kept(
        body
        + " c. 1999 Ann Price\n  HARBOR FEATURES NEWS SERVICE  \n  (Distributed by Harbor Syndicate "
          "Features)  \n"
          "  To purchase this material contact the Harbor Syndicate at 555-0100.)\n");
    REQUIRE(service.copyright);
    CHECK(boilerplate(service).size() == 3);
    const wirecopy::document writer = wirecopy_test::parse_kept(
        body + "      c.2000 Ann Price\n    (Ann Price is a contributing writer for Harbor Magazine.)\n");
    REQUIRE(writer.copyright);
    CHECK(boilerplate(writer)
          == std::vector<std::string>{"(Ann Price is a contributing writer for Harbor Magazine.)"});
    const wirecopy::document his = wirecopy_test::parse_kept(
        body
        + " c. 1999 Bo Park\n  -0-  \n  (He also has information on how to subscribe to the Harbor\n"
          "News Service.)\n");
    REQUIRE(his.copyright);
    CHECK(boilerplate(his).size() == 2);
    CHECK(ends_with(last_paragraph(his), "as it always had."));
    // A last paragraph in brackets that is not such a note stays in the body.
    for (const std::string last : {"(Price is expected to appeal the ruling on Friday.)",
                                   "(To publish the report, the council needs a vote.)"}) {
        CAPTURE(last);
        const wirecopy::document doc = wirecopy_test::parse_kept(body + "     " + last + "\n");
        CHECK(doc.boilerplate.empty());
        CHECK(last_paragraph(doc) == last);
    }
}
