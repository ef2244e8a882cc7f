// Tests on the research corpus in ../shared (copyrighted: read in place, never copied into the
// repository). They skip, saying so, when ../shared is absent, as in a user's fresh clone.
#include "support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

using wirecopy_test::text_of;

TEST_CASE("corpus: the seed story, Bloomberg 2019, end to end") {
    const std::string path = wirecopy_test::shared_path("corpus/seed/bloomberg-venezuela.txt");
    if (!wirecopy_test::file_exists(path)) {
        MESSAGE("skipped: " << path << " is absent");
        return;
    }
    const std::string text = wirecopy_test::read_file(path);
    const wirecopy::document doc = wirecopy::parse(text);
    CHECK_FALSE(wirecopy_test::span_violation(doc));
    CHECK(doc.wire == wirecopy::wire::bloomberg);
    REQUIRE(doc.headline);
    CHECK(doc.headline->text == "Venezuela Says Russian Troops to Service Military Equipment");
    REQUIRE(doc.decks.size() == 1);
    CHECK(doc.decks[0].text == "Venezuela Says Russian Troops Land to Service Military Equipment");
    REQUIRE(doc.boilerplate.size() == 1);
    CHECK(doc.boilerplate[0].text == "ADVERTISEMENT");
    REQUIRE(doc.dateline);
    CHECK(text_of(doc.dateline->agency) == "Bloomberg");
    CHECK_FALSE(doc.dateline->location);

    REQUIRE(doc.contributors.size() == 2);
    CHECK(doc.contributors[0].text == "Eric Martin");
    CHECK(doc.contributors[1].text == "Henry Meyer");

    REQUIRE(doc.contacts.size() == 4);
    const auto check_contact = [&](std::size_t i, wirecopy::contact_role role, const char* name,
                                   const char* location, const char* email) {
        CAPTURE(i);
        CHECK(doc.contacts[i].role == role);
        CHECK(doc.contacts[i].name.text == name);
        CHECK(text_of(doc.contacts[i].location) == location);
        CHECK(text_of(doc.contacts[i].email) == email);
    };
    using wirecopy::contact_role;
    check_contact(0, contact_role::reporter, "Andrew Rosati", "Caracas", "arosati3@bloomberg.net");
    check_contact(1, contact_role::reporter, "Alex Vasquez", "Caracas", "avasquez45@bloomberg.net");
    check_contact(2, contact_role::editor, "Daniel Cancel", "-", "dcancel@bloomberg.net");
    check_contact(3, contact_role::editor, "Stephen Merelman", "-", "-");

    REQUIRE(doc.copyright);
    CHECK(doc.copyright->year == 2019);
    CHECK(text_of(doc.copyright->holder) == "Bloomberg L.P.");

    std::vector<std::string> contents;
    for (const auto& q : doc.quotes)
        contents.emplace_back(q.content.text);
    CHECK(contents
          == std::vector<std::string>{"exchange consultations.",
                                      "will not stand idly by as Russia exacerbates tensions in Venezuela,",
                                      "coup d\xE2\x80\x99"
                                      "etat"});
    // No quote starts or ends at the apostrophe of d’etat.
    const std::size_t apostrophe = text.find("d\xE2\x80\x99"
                                             "etat")
                                   + 1;
    for (const auto& q : doc.quotes)
        for (std::size_t edge : {q.begin, q.end, q.content.begin, q.content.end})
            CHECK((edge != apostrophe && edge != apostrophe + 3));
    CHECK(text_of(doc.quotes[1].speaker) == "a statement");
    CHECK(text_of(doc.quotes[2].speaker) == "Lavrov");
    CHECK(text_of(doc.quotes[2].speaker_name) == "Sergei Lavrov");
}
