// Datelines: the general form "[CITY[, STATE or COUNTRY]][, DATE] [(AGENCY)] SEP" and the wire forms.
#include "support.hpp"

#include <doctest/doctest.h>

#include <optional>
#include <string>

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
    // A dateline form deep inside the story is a sentence, not a dateline.
    CHECK_FALSE(
        dateline_of("Title\n\nFirst paragraph of the story.\n\nSecond one.\n\nThird.\n\nFourth.\n\nFifth.\n\n"
                    "Sixth.\n\nSeventh.\n\nEighth.\n\nNinth.\n\nLONDON (Reuters) - Tenth.\n"));
}

TEST_CASE("the dateline sets the wire under styles::any") {
    CHECK(wirecopy::parse("T\n\nPARIS (AFP) - x").wire == wirecopy::wire::afp);
    CHECK(wirecopy::parse("T\n\nMADRID, February 17 (Xinhua) -- x").wire == wirecopy::wire::xinhua);
    CHECK(wirecopy::parse("T\n\n(Bloomberg) -- x").wire == wirecopy::wire::bloomberg);
    // A concrete style asserts its wire.
    CHECK(wirecopy::parse<wirecopy::styles::bloomberg>("T\n\nPARIS (AFP) - x").wire
          == wirecopy::wire::bloomberg);
}
