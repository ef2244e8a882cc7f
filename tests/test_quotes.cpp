// Quotations: marks, apostrophes, attribution orders, the AP continuation, speaker resolution, kinds.
#include "support.hpp"

#include <doctest/doctest.h>

#include <string>
#include <vector>

namespace {

wirecopy::document story(const std::string& body) {
    return wirecopy_test::parse_kept("Council Backs Plan\n\nSPRINGFIELD (AP) \xE2\x80\x94 " + body + "\n");
}

std::vector<std::string> contents(const wirecopy::document& doc) {
    std::vector<std::string> out;
    for (const auto& q : doc.quotes)
        out.emplace_back(q.content.text);
    return out;
}

std::string text_of(const std::optional<wirecopy::span>& s) {
    return s ? std::string(s->text) : std::string("-");
}

} // namespace

TEST_CASE("curly and straight double quotes") {
    const auto doc = story("\xE2\x80\x9CWe are ready,\xE2\x80\x9D she said. \"So are we,\" he said.");
    CHECK(contents(doc) == std::vector<std::string>{"We are ready,", "So are we,"});
    CHECK(doc.quotes[0].text == "\xE2\x80\x9CWe are ready,\xE2\x80\x9D");
    CHECK_FALSE(wirecopy_test::span_violation(doc));
}

TEST_CASE("apostrophes never open or close a quotation") {
    // d’etat, don’t, ’90s, rock ’n’ roll, O’Neill, the players’ union, 'em
    const auto doc = story("The \xE2\x80\x9C"
                           "coup d\xE2\x80\x99"
                           "etat\xE2\x80\x9D claim, which O\xE2\x80\x99Neill "
                           "said they don\xE2\x80\x99t believe, dates from the \xE2\x80\x99"
                           "90s, when rock "
                           "\xE2\x80\x99n\xE2\x80\x99 roll and the players\xE2\x80\x99 union ruled. Give 'em "
                           "credit, said Bo O'Neill, whose players' union agreed.");
    REQUIRE(doc.quotes.size() == 1);
    CHECK(doc.quotes[0].content.text
          == "coup d\xE2\x80\x99"
             "etat");
    CHECK(doc.diagnostics.empty());
}

TEST_CASE("single quotes nested in double quotes are child quotes") {
    const auto doc =
        story("\xE2\x80\x9CThey told us \xE2\x80\x98wait\xE2\x80\x99 again,\xE2\x80\x9D Ann Lee said.");
    REQUIRE(doc.quotes.size() == 2);
    CHECK(doc.quotes[0].content.text == "They told us \xE2\x80\x98wait\xE2\x80\x99 again,");
    CHECK_FALSE(doc.quotes[0].parent);
    CHECK(doc.quotes[1].content.text == "wait");
    REQUIRE(doc.quotes[1].parent);
    CHECK(*doc.quotes[1].parent == doc.quotes[0].index);
    CHECK(text_of(doc.quotes[0].speaker) == "Ann Lee");
}

TEST_CASE("attribution after the quote: X said, said X, according to X") {
    const auto doc = story("\"It works,\" Ann Lee said. \"It costs too much,\" said Bo Park, a spokesman. "
                           "\"We disagree,\" according to a statement.");
    REQUIRE(doc.quotes.size() == 3);
    CHECK(text_of(doc.quotes[0].speaker) == "Ann Lee");
    CHECK(text_of(doc.quotes[0].cue) == "said");
    CHECK(text_of(doc.quotes[1].speaker) == "Bo Park");
    CHECK(text_of(doc.quotes[2].speaker) == "a statement");
    CHECK(text_of(doc.quotes[2].cue) == "according to");
}

TEST_CASE("attribution before the quote, and the channel") {
    const auto doc = story("Ann Lee told Reuters: \xE2\x80\x9CWe will not sell.\xE2\x80\x9D");
    REQUIRE(doc.quotes.size() == 1);
    CHECK(text_of(doc.quotes[0].speaker) == "Ann Lee");
    CHECK(text_of(doc.quotes[0].cue) == "told");
    CHECK(doc.quotes[0].kind == wirecopy::quote_kind::direct);
    const auto channel = story("\xE2\x80\x9CNo,\xE2\x80\x9D Bo Park said in a statement.");
    CHECK(text_of(channel.quotes[0].channel) == "in a statement");
}

TEST_CASE("a partial quote in reported speech is attributed to the subject") {
    const auto doc = story("Sergei Lavrov met the envoy. Lavrov told Pompeo that the U.S. is fomenting a "
                           "\xE2\x80\x9C"
                           "coup d\xE2\x80\x99"
                           "etat\xE2\x80\x9D against the government.");
    REQUIRE(doc.quotes.size() == 1);
    CHECK(doc.quotes[0].kind == wirecopy::quote_kind::partial);
    CHECK(text_of(doc.quotes[0].speaker) == "Lavrov");
    CHECK(text_of(doc.quotes[0].speaker_name) == "Sergei Lavrov");
}

TEST_CASE("a speaker in apposition to a common noun") {
    const auto doc = story("The union's chairman, Tomas Oyelaran, called it \xE2\x80\x9C"
                           "a gesture, not a plan.\xE2\x80\x9D");
    REQUIRE(doc.quotes.size() == 1);
    CHECK(text_of(doc.quotes[0].speaker) == "Tomas Oyelaran");
}

TEST_CASE("titles are not part of the resolved name; surnames and pronouns resolve") {
    const auto doc = wirecopy_test::parse_kept(
        "T\n\nSPRINGFIELD (AP) \xE2\x80\x94 \xE2\x80\x9COne,\xE2\x80\x9D Mayor Ann Lee said.\n\n"
        "\xE2\x80\x9CTwo,\xE2\x80\x9D Lee said.\n\n\xE2\x80\x9CThree,\xE2\x80\x9D she said.\n");
    REQUIRE(doc.quotes.size() == 3);
    CHECK(text_of(doc.quotes[0].speaker_name) == "Ann Lee");
    CHECK(text_of(doc.quotes[1].speaker_name) == "Ann Lee");
    CHECK(text_of(doc.quotes[2].speaker) == "she");
    CHECK(text_of(doc.quotes[2].speaker_name) == "Ann Lee");
}

TEST_CASE("a quote split by its attribution keeps its speaker") {
    const auto doc =
        story("\xE2\x80\x9CWe waited,\xE2\x80\x9D Ann Lee said. \xE2\x80\x9CThen we left.\xE2\x80\x9D");
    REQUIRE(doc.quotes.size() == 2);
    CHECK(text_of(doc.quotes[1].speaker) == "Ann Lee");
    CHECK(doc.quotes[1].kind == wirecopy::quote_kind::direct);
}

TEST_CASE("the AP convention: a quote continued over paragraphs is one quote") {
    const auto doc =
        wirecopy_test::parse_kept("T\n\nSPRINGFIELD (AP) \xE2\x80\x94 The mayor spoke.\n\n"
                                  "\xE2\x80\x9CWe waited for years.\n\n"
                                  "\xE2\x80\x9CThen the money came,\xE2\x80\x9D Ann Lee said.\n");
    REQUIRE(doc.quotes.size() == 1);
    CHECK(doc.quotes[0].content.text == "We waited for years.\n\n\xE2\x80\x9CThen the money came,");
    CHECK(text_of(doc.quotes[0].speaker) == "Ann Lee");
    CHECK(doc.diagnostics.empty());
    CHECK_FALSE(wirecopy_test::span_violation(doc));
}

TEST_CASE("an unclosed quote is diagnosed and ends with its paragraph") {
    const auto doc =
        wirecopy_test::parse_kept("T\n\nSPRINGFIELD (AP) \xE2\x80\x94 She said \xE2\x80\x9Cnever again.\n\n"
                                  "The council left.\n");
    REQUIRE(doc.quotes.size() == 1);
    CHECK(doc.quotes[0].content.text == "never again.");
    REQUIRE(doc.diagnostics.size() == 1);
    CHECK(doc.diagnostics[0].code == wirecopy::diagnostic_code::unclosed_quote);
}

TEST_CASE("a stray closing mark is diagnosed, not paired") {
    const auto doc = story("The vote passed.\xE2\x80\x9D Then the council left.");
    CHECK(doc.quotes.empty());
    REQUIRE(doc.diagnostics.size() == 1);
    CHECK(doc.diagnostics[0].code == wirecopy::diagnostic_code::unmatched_quote);
}

TEST_CASE("quote kinds: scare quotes and titles") {
    const auto scare = story("The so-called \xE2\x80\x9Creform\xE2\x80\x9D passed on Tuesday.");
    REQUIRE(scare.quotes.size() == 1);
    CHECK(scare.quotes[0].kind == wirecopy::quote_kind::scare);
    const auto title = story("He starred in ``Platoon'' in 1986.");
    REQUIRE(title.quotes.size() == 1);
    CHECK(title.quotes[0].content.text == "Platoon");
    CHECK(title.quotes[0].kind == wirecopy::quote_kind::title);
}

TEST_CASE("guillemets and German low quotes") {
    CHECK(contents(story("Il a dit \xC2\xAB"
                         "jamais\xC2\xBB hier."))
          == std::vector<std::string>{"jamais"});
    CHECK(contents(story("Er sagte \xE2\x80\x9E"
                         "nie\xE2\x80\x9C gestern."))
          == std::vector<std::string>{"nie"});
}

TEST_CASE("regression: a quote left open inside one that closes ends where its parent closes") {
    // Found by the invariant check: the inner “ ran to the end of the paragraph, across its parent's end.
    const auto doc = story("\"One \xE2\x80\x9Ctwo\" three \xE2\x80\x9C"
                           "four\xE2\x80\x9D five.");
    REQUIRE(doc.quotes.size() == 3);
    CHECK(doc.quotes[0].content.text == "One \xE2\x80\x9Ctwo");
    CHECK(doc.quotes[1].content.text == "two");
    REQUIRE(doc.quotes[1].parent);
    CHECK(doc.quotes[1].end <= doc.quotes[0].end);
    CHECK(doc.quotes[2].content.text == "four");
}
