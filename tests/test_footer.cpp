// Footers: contacts, contributors, credits, copyright, sign-off, boilerplate — anchored to the end.
#include "support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

const std::string body =
    "Harbor Council Backs Plan\n\n(Bloomberg) -- The council approved the plan on Tuesday.\n\n";

std::vector<std::string> texts(const std::vector<wirecopy::contributor>& people) {
    std::vector<std::string> out;
    for (const auto& p : people)
        out.emplace_back(p.text);
    return out;
}

std::string text_of(const std::optional<wirecopy::span>& s) {
    return s ? std::string(s->text) : std::string("-");
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
    CHECK(text_of(doc.contacts[1].location) == "Caracas Office");
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
