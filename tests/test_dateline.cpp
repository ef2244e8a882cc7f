// Datelines: the general form "[CITY[, STATE or COUNTRY]][, DATE] [(AGENCY)] SEP" and the wire forms.
#include "support.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>
#include <utility>

namespace {

struct dateline_text {
    std::string whole, location, date, agency;
};

std::optional<dateline_text> dateline_of(const std::string& story, const wirecopy::options& opts = {}) {
    const wirecopy::document doc = wirecopy::parse(story, opts);
    REQUIRE_FALSE(wirecopy_test::span_violation(doc));
    if (!doc.dateline)
        return std::nullopt;
    const auto text = [](const std::optional<wirecopy::span>& s) {
        return s ? std::string(s->text) : std::string();
    };
    return dateline_text{std::string(doc.dateline->text), text(doc.dateline->location),
                         text(doc.dateline->date), text(doc.dateline->agency)};
}

void check_dateline(const std::string& paragraph, const std::string& whole, const std::string& location,
                    const std::string& date, const std::string& agency) {
    CAPTURE(paragraph);
    const auto d = dateline_of("Markets Rally on Rate Hopes\n\n" + paragraph + " Stocks rose on Tuesday.\n");
    REQUIRE(d);
    CHECK(d->whole == whole);
    CHECK(d->location == location);
    CHECK(d->date == date);
    CHECK(d->agency == agency);
}

} // namespace

TEST_CASE("datelines with an agency and no place") {
    check_dateline("(Bloomberg) --", "(Bloomberg) --", "", "", "Bloomberg");
    check_dateline("Nov. 27 (Bloomberg) --", "Nov. 27 (Bloomberg) --", "", "Nov. 27", "Bloomberg");
    check_dateline("(CNN) --", "(CNN) --", "", "", "CNN");
}

TEST_CASE("datelines with place, date and agency") {
    check_dateline("LONDON (Reuters) -", "LONDON (Reuters) -", "LONDON", "", "Reuters");
    check_dateline("LONDON, Nov 27 (Reuters) -", "LONDON, Nov 27 (Reuters) -", "LONDON", "Nov 27", "Reuters");
    check_dateline("WASHINGTON (AP) \xE2\x80\x94", "WASHINGTON (AP) \xE2\x80\x94", "WASHINGTON", "", "AP");
    check_dateline("WASHINGTON (AP) _", "WASHINGTON (AP) _", "WASHINGTON", "", "AP");
    check_dateline("PINE RIDGE, S.D. (AP) --", "PINE RIDGE, S.D. (AP) --", "PINE RIDGE, S.D.", "", "AP");
    check_dateline("Paris (AFP) -", "Paris (AFP) -", "Paris", "", "AFP");
    check_dateline("Hong Kong (AFP) \xE2\x80\x93", "Hong Kong (AFP) \xE2\x80\x93", "Hong Kong", "", "AFP");
    check_dateline("FLINT, Mich., Oct. 4 (UPI) \xE2\x80\x94", "FLINT, Mich., Oct. 4 (UPI) \xE2\x80\x94",
                   "FLINT, Mich.", "Oct. 4", "UPI");
    check_dateline("MADRID, February 17 (Xinhua) --", "MADRID, February 17 (Xinhua) --", "MADRID",
                   "February 17", "Xinhua");
    check_dateline("ATLANTA, Georgia (CNN) --", "ATLANTA, Georgia (CNN) --", "ATLANTA, Georgia", "", "CNN");
    check_dateline("SURABAYA, Indonesia/JAKARTA (Reuters) -", "SURABAYA, Indonesia/JAKARTA (Reuters) -",
                   "SURABAYA, Indonesia/JAKARTA", "", "Reuters");
    check_dateline("NEW YORK and CHICAGO (Reuters) -", "NEW YORK and CHICAGO (Reuters) -",
                   "NEW YORK and CHICAGO", "", "Reuters");
}

TEST_CASE("datelines without an agency") {
    check_dateline("    NEW YORK, March 3 -", "NEW YORK, March 3 -", "NEW YORK", "March 3", "");
    check_dateline("New York, Feb 26 -", "New York, Feb 26 -", "New York", "Feb 26", "");
    check_dateline("PHOENIX _", "PHOENIX _", "PHOENIX", "", "");
    check_dateline("OTTAWA \xE2\x80\x94", "OTTAWA \xE2\x80\x94", "OTTAWA", "", "");
    check_dateline("MEMPHIS, Tenn., March 11 -", "MEMPHIS, Tenn., March 11 -", "MEMPHIS, Tenn.", "March 11",
                   "");
}

TEST_CASE("1987 Reuters datelines as the desk typed them") {
    // The date after the qualifier without a comma, or after the place without one.
    check_dateline("RICHMOND, Va. Feb 26 -", "RICHMOND, Va. Feb 26 -", "RICHMOND, Va.", "Feb 26", "");
    check_dateline("JOHANNESBURG March 13 -", "JOHANNESBURG March 13 -", "JOHANNESBURG", "March 13", "");
    check_dateline("WASHINGTON, D.C. March 18 -", "WASHINGTON, D.C. March 18 -", "WASHINGTON, D.C.",
                   "March 18", "");
    // Abbreviations of several parts, blanks before the comma or none after it.
    check_dateline("CLARKSBURG, W.Va., Feb 26 -", "CLARKSBURG, W.Va., Feb 26 -", "CLARKSBURG, W.Va.",
                   "Feb 26", "");
    check_dateline("OAKLAND , N.J., March 2 -", "OAKLAND , N.J., March 2 -", "OAKLAND , N.J.", "March 2", "");
    check_dateline("PARIS,March 16 -", "PARIS,March 16 -", "PARIS", "March 16", "");
    check_dateline("MINNEAPOLIS, MINN.,March 13 -", "MINNEAPOLIS, MINN.,March 13 -", "MINNEAPOLIS, MINN.",
                   "March 13", "");
    // The dash touching the date or the text, a comma after the date.
    check_dateline("MONTREAL, Feb 26-", "MONTREAL, Feb 26-", "MONTREAL", "Feb 26", "");
    check_dateline("DETROIT, March 4 -General", "DETROIT, March 4 -", "DETROIT", "March 4", "");
    check_dateline("CHICAGO, March 4, -", "CHICAGO, March 4, -", "CHICAGO", "March 4", "");
    check_dateline("KASSEL, West Germany, March 26-", "KASSEL, West Germany, March 26-",
                   "KASSEL, West Germany", "March 26", "");
}

TEST_CASE("Canadian Press and partner datelines: a capital place, mixed-case qualifiers, a long dash") {
    check_dateline("KUALA LUMPUR, Malaysia \xE2\x80\x94", "KUALA LUMPUR, Malaysia \xE2\x80\x94",
                   "KUALA LUMPUR, Malaysia", "", "");
    check_dateline("MILTON, Ont. \xE2\x80\x94", "MILTON, Ont. \xE2\x80\x94", "MILTON, Ont.", "", "");
    check_dateline("INGLEWOOD, Calif. --", "INGLEWOOD, Calif. --", "INGLEWOOD, Calif.", "", "");
    check_dateline("KAPALUA, Hawaii \xE2\x80\x93", "KAPALUA, Hawaii \xE2\x80\x93", "KAPALUA, Hawaii", "", "");
    check_dateline("MILWAUKEE\xE2\x80\x94The", "MILWAUKEE\xE2\x80\x94", "MILWAUKEE", "", "");
    check_dateline("OTTAWA (CP) \xE2\x80\x94", "OTTAWA (CP) \xE2\x80\x94", "OTTAWA", "", "CP");
}

TEST_CASE("CNN since 2015: no dash after the agency") {
    const wirecopy::document doc = wirecopy_test::parse_kept(
        "Senate confirms secretary\n\nWashington (CNN)The Senate voted on Thursday.\n");
    REQUIRE(doc.dateline);
    CHECK(doc.dateline->text == "Washington (CNN)");
    CHECK(doc.dateline->location->text == "Washington");
    CHECK(doc.dateline->agency->text == "CNN");
    CHECK(doc.wire == wirecopy::wire::cnn);
    // Only CNN writes it so; a blank before the text is no separator at all.
    CHECK_FALSE(wirecopy::parse<wirecopy::styles::reuters>("T\n\nLONDON (Reuters)Stocks rose.").dateline);
    CHECK_FALSE(dateline_of("T\n\nLONDON (Reuters) Stocks rose on Monday.\n"));
}

TEST_CASE("a dateline with a non-breaking space before its separator") {
    check_dateline("OTTAWA\xC2\xA0\xE2\x80\x94", "OTTAWA\xC2\xA0\xE2\x80\x94", "OTTAWA", "", "");
}

TEST_CASE("dateline dates are normalised; a missing year is inferred only from a reference date") {
    {
        const wirecopy::document doc =
            wirecopy::parse("Title\n\nWASHINGTON, Nov. 27, 2019 (AP) \xE2\x80\x94 Text.");
        REQUIRE(doc.dateline);
        REQUIRE(doc.dateline->date_value);
        CHECK(doc.dateline->date_value->year == 2019);
        CHECK(doc.dateline->date_value->month == 11);
        CHECK(doc.dateline->date_value->day == 27);
        CHECK_FALSE(doc.dateline->date_value->year_inferred);
    }
    {
        const wirecopy::document doc = wirecopy::parse("Title\n\nLONDON, Nov 27 (Reuters) - Text.");
        REQUIRE(doc.dateline->date_value);
        CHECK(doc.dateline->date_value->year == 0);
        CHECK_FALSE(doc.dateline->date_value->year_inferred);
    }
    {
        wirecopy::options opts;
        opts.reference_date = wirecopy::civil_date{2026, 11, 30, false};
        const wirecopy::document doc = wirecopy::parse("Title\n\nLONDON, Nov 27 (Reuters) - Text.", opts);
        REQUIRE(doc.dateline->date_value);
        CHECK(doc.dateline->date_value->year == 2026);
        CHECK(doc.dateline->date_value->year_inferred);
    }
    {
        // A December story read in January belongs to the year before.
        wirecopy::options opts;
        opts.reference_date = wirecopy::civil_date{2027, 1, 3, false};
        const wirecopy::document doc = wirecopy::parse("Title\n\nLONDON, Dec 30 (Reuters) - Text.", opts);
        REQUIRE(doc.dateline->date_value);
        CHECK(doc.dateline->date_value->year == 2026);
    }
}

TEST_CASE("no false datelines") {
    // A headline with a hyphen, a body sentence, a mixed-case place with neither date nor agency.
    CHECK_FALSE(dateline_of("ECONOMIC SPOTLIGHT - BANKAMERICA <BAC>\n    by Janie Gabbett, Reuters\n"
                            "    BankAmerica Corp is not under pressure to act.\n"));
    CHECK_FALSE(dateline_of("Stocks Fall\n\nThe company said - in a statement - that it would cut jobs.\n"));
    CHECK_FALSE(dateline_of("Stocks Fall\n\nParis - the city of light - is dimming its lamps.\n"));
    CHECK_FALSE(dateline_of("Stocks Fall\n\nU.S. officials said on Monday (AP) that talks had stalled.\n"));
    CHECK_FALSE(
        dateline_of("SUPPLY CUT\n    WOODBRIDGE, N.J. - Supermarkets General Corp reported sales.\n"));
    // Misspelt months and impossible days are not dates.
    CHECK_FALSE(dateline_of("JOHN WILEY 3RD QTR NET\n    NEW YORK, Narch 2 - Qtr ended Jan 31\n"));
    CHECK_FALSE(dateline_of("EASTERN UTILITIES\n    BOSTON, March 187 - Eastern Utilities said.\n"));
    // A headline with a long dash and a source after it; its dateline is in the paragraph under it. A
    // headline reading like a dated dateline gives way to the dateline under it.
    for (const auto& [headline, dateline] :
         {std::pair<std::string, std::string>{"SUGAR QUOTA IMPORTS DETAILED -- USDA", "WASHINGTON, Feb 26 -"},
          {"ROTTERDAM PORT SUBSIDY TO END JULY 1 - MINISTER", "ROTTERDAM, March 5 -"}}) {
        const wirecopy::document doc = wirecopy_test::parse_kept(
            headline + "\n    " + dateline + " The U.S. Agriculture Department said\nimports rose.\n");
        REQUIRE(doc.dateline);
        CHECK(doc.dateline->text == dateline);
        REQUIRE(doc.headline);
        CHECK(doc.headline->text == headline);
    }
    // A bare place needs running text after its dash, in a paragraph that is not a headline.
    CHECK_FALSE(dateline_of("Stocks Fall\n\nNATO -- the alliance -- said it would act.\n"));
    CHECK_FALSE(dateline_of("Stocks Fall\n\nJAPAN -- 12.5 pct\n\nCHINA -- 11.2 pct\n"));
    CHECK_FALSE(dateline_of("WALL STREET -- Stocks rally to record\n\nThe Dow rose 2 percent on Monday.\n"));
    CHECK_FALSE(
        dateline_of("Stocks Fall\n\nMr. Smith \xE2\x80\x94 who said nothing \xE2\x80\x94 left early.\n"));
    // A weekday is a date only after a comma; a hyphen joined to a number is a range.
    CHECK_FALSE(dateline_of("Stocks Fall\n\nOn Monday - the company said it would cut jobs.\n"));
    CHECK_FALSE(dateline_of("Stocks Fall\n\nThe committee, March 4 - said nothing.\n"));
    CHECK_FALSE(dateline_of("Stocks Fall\n\nPARIS, March 3-4 talks were held.\n"));
    // A dateline form deep inside the story is a sentence, not a dateline.
    CHECK_FALSE(
        dateline_of("Title\n\nFirst paragraph of the story.\n\nSecond one.\n\nThird.\n\nFourth.\n\nFifth.\n\n"
                    "Sixth.\n\nSeventh.\n\nEighth.\n\nNinth.\n\nLONDON (Reuters) - Tenth.\n"));
}

TEST_CASE("the dateline sets the wire under styles::any") {
    CHECK(wirecopy::parse("T\n\nPARIS (AFP) - x").wire == wirecopy::wire::afp);
    CHECK(wirecopy::parse("T\n\nMADRID, February 17 (Xinhua) -- x").wire == wirecopy::wire::xinhua);
    CHECK(wirecopy::parse("T\n\n(Bloomberg) -- x").wire == wirecopy::wire::bloomberg);
    CHECK(wirecopy::parse("T\n\nFLINT, Mich., Oct. 4 (UPI) -- x").wire == wirecopy::wire::upi);
    CHECK(wirecopy::parse("T\n\nOTTAWA (CP) -- x").wire == wirecopy::wire::canadian_press);
    // NYT News Service's bare underscore; a bare em dash is written by several wires and names none.
    CHECK(wirecopy::parse("T\n\nPHOENIX _ The city flooded.").wire == wirecopy::wire::nyt);
    CHECK(wirecopy::parse("T\n\nOTTAWA \xE2\x80\x94 The city flooded.").wire == wirecopy::wire::unknown);
    // A concrete style asserts its wire.
    CHECK(wirecopy::parse<wirecopy::styles::bloomberg>("T\n\nPARIS (AFP) - x").wire
          == wirecopy::wire::bloomberg);
}

TEST_CASE("a style takes only the dateline forms of its wire") {
    const char* const bare = "T\n\nOTTAWA \xE2\x80\x94 The government will table its budget.";
    const char* const dated = "T\n\n    NEW YORK, March 3 - Stocks rose.";
    const char* const agency = "T\n\nLONDON (Reuters) - Stocks rose.";
    CHECK(wirecopy::parse<wirecopy::styles::canadian_press>(bare).dateline);
    CHECK(wirecopy::parse<wirecopy::styles::nyt>(bare).dateline);
    CHECK_FALSE(wirecopy::parse<wirecopy::styles::reuters>(bare).dateline);
    CHECK_FALSE(wirecopy::parse<wirecopy::styles::ap>(bare).dateline);
    CHECK(wirecopy::parse<wirecopy::styles::reuters>(dated).dateline);
    CHECK_FALSE(wirecopy::parse<wirecopy::styles::ap>(dated).dateline);
    CHECK(wirecopy::parse<wirecopy::styles::reuters>(agency).dateline);
    CHECK_FALSE(wirecopy::parse<wirecopy::styles::nyt>(agency).dateline);
    // Each style asserts its wire, whatever the copy names.
    CHECK(wirecopy::parse<wirecopy::styles::reuters>(agency).wire == wirecopy::wire::reuters);
    CHECK(wirecopy::parse<wirecopy::styles::upi>(agency).wire == wirecopy::wire::upi);
    CHECK(wirecopy::parse<wirecopy::styles::canadian_press>(bare).wire == wirecopy::wire::canadian_press);
}

namespace {
/// A user's style that names no conventions.
struct in_house {
    static constexpr wirecopy::wire wire = wirecopy::wire::unknown;
};
} // namespace

TEST_CASE("a style without a conventions member takes every form") {
    CHECK(wirecopy::parse<in_house>("T\n\nOTTAWA \xE2\x80\x94 The government met.").dateline);
    CHECK(wirecopy::parse<in_house>("T\n\n    NEW YORK, March 3 - Stocks rose.").dateline);
    static_assert(wirecopy::detail::conventions_v<in_house> == wirecopy::convention::all);
    static_assert(
        wirecopy::accepts(wirecopy::styles::cnn::conventions, wirecopy::convention::unseparated_dateline));
    static_assert(
        !wirecopy::accepts(wirecopy::styles::reuters::conventions, wirecopy::convention::bare_dateline));
}

TEST_CASE("dates with a year, day first or a weekday") {
    const auto d = dateline_of("T\n\nLONDON, 27 November 2019 - Stocks rose.\n");
    REQUIRE(d);
    CHECK(d->date == "27 November 2019");
    const wirecopy::document doc =
        wirecopy_test::parse_kept("T\n\nLONDON, 27 November 2019 - Stocks rose.\n");
    REQUIRE(doc.dateline->date_value);
    CHECK(doc.dateline->date_value->year == 2019);
    CHECK(doc.dateline->date_value->day == 27);
    // A weekday names no calendar date: the span is kept, the value is not invented.
    const wirecopy::document weekday = wirecopy_test::parse_kept("T\n\nPARIS, Monday (AFP) - Stocks fell.\n");
    REQUIRE(weekday.dateline);
    CHECK(weekday.dateline->date->text == "Monday");
    CHECK_FALSE(weekday.dateline->date_value);
}
