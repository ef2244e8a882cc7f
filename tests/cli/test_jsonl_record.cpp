// The CLI's JSON Lines record reader must accept exactly the lines Boost.JSON reads as an object with a
// "text" string, read what Boost.JSON reads from them, and keep the id as the JSON text it was written as
// (the CLI echoes it; Boost.JSON only words the errors of the lines it declines).
#include "jsonl_record.hpp"

#include "support.hpp"

#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <fstream>
#include <string>
#include <vector>

namespace jsonl_record_tests {

namespace json = boost::json;

/// Reads `line` with the record reader, which must accept it when Boost.JSON reads an object with a "text"
/// string there, and then read the same text and an id that Boost.JSON reads as the same value.
bool read_alike(const std::string& line) {
    wirecopy_cli::jsonl_record record;
    const bool read = record.read(line);
    boost::system::error_code ec;
    const json::value parsed = json::parse(line, ec);
    const json::object* object = ec ? nullptr : parsed.if_object();
    const json::value* text = object ? object->if_contains("text") : nullptr;
    REQUIRE_MESSAGE(read == (text && text->is_string()), (read ? "accepted: " : "declined: ") << line);
    if (!read)
        return false;
    CHECK_MESSAGE(std::string_view(text->get_string()) == record.text(), line);
    const json::value* id = object->if_contains("id");
    CHECK_MESSAGE(json::parse(record.id()) == (id ? *id : json::value()), line);
    return true;
}

/// The id the reader keeps from `line`.
std::string id_of(const std::string& line) {
    wirecopy_cli::jsonl_record record;
    REQUIRE(record.read(line));
    return std::string(record.id());
}

TEST_CASE("the record reader reads records as Boost.JSON reads them") {
    const std::vector<std::string> lines = {
        R"({"id": "r-1", "text": "LONDON, May 4 (Reuters) - Shares fell.\n    \"We are done,\" she said."})",
        R"({"text":"","id":"x"})",
        R"({ "text" : "a" , "id" : 42 } )",
        "\t{\"text\":\"a\",\"id\":-9}\r",
        R"({"text": "a", "id": 123456789012345678})",
        R"({"text": "a", "id": 0})",
        R"({"text": "a", "id": true})",
        R"({"text": "a", "id": false})",
        R"({"text": "a", "id": null})",
        R"({"text": "no id"})",
        R"({"id": "esc\"aped\u00e9\ud83d\ude00", "text": "a"})",
        R"({"text": "\" \\ \/ \b \f \n \r \t \u0000 \u001f \u00E9 \u20AC \uD83D\uDE00 \uFFFF"})",
        "{\"text\": \"caf\xC3\xA9 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80 \xEF\xBF\xBF \x7F\"}",
        R"({"source": "wire", "n": -1.5e-3, "m": 0.25, "k": 1E+9, "l": [], "o": {}, "text": "a"})",
        R"({"expect": {"quotes": [{"begin": 1, "speaker": null, "ok": true}, [[]]], "x\u00e9": "y"}, "text": "a"})",
        R"({"te": "not text", "texts": "not text", "text": "yes"})",
        // a repeated member counts as its last; names may hold escapes; ids of every kind
        R"({"text": "a", "text": "b"})",
        R"({"text": 5, "text": "b"})",
        R"({"id": 1, "id": 2, "text": "b"})",
        R"({"te\u0078t": "a", "\u0069d": 3})",
        R"({"id": 1.5, "text": "a"})",
        R"({"id": 1e3, "text": "a"})",
        R"({"id": -0, "text": "a"})",
        R"({"id": 1234567890123456789, "text": "a"})",
        R"({"id": 1e400, "text": "a"})",
        R"({"id": [1], "text": "a"})",
        R"({"id": {"n": 1}, "text": "a"})",
        R"({"text": "a", "deep": [[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]})",
    };
    for (const std::string& line : lines)
        CHECK_MESSAGE(read_alike(line), "declined: " << line);
}

TEST_CASE("the record reader declines malformed lines and what it does not read as Boost.JSON does") {
    const std::vector<std::string> lines = {
        // malformed
        "",
        "   ",
        "{",
        "[]",
        R"("text")",
        R"({"text": "a",})",
        R"({"text" "a"})",
        R"({"text": "a"} x)",
        R"({"text": "a"}{})",
        R"({'text': 'a'})",
        R"({"text": "a" /* c */})",
        "{\"text\": \"tab\there\"}",
        "{\"text\": \"nul\x00here\"}",
        R"({"text": "bad \x escape"})",
        R"({"text": "short \u12"})",
        R"({"text": "lone \ud800 high"})",
        R"({"text": "lone \udc00 low"})",
        R"({"text": "high then high \ud800\ud800"})",
        "{\"text\": \"overlong \xC0\x80\"}",
        "{\"text\": \"surrogate \xED\xA0\x80\"}",
        "{\"text\": \"beyond \xF4\x90\x80\x80\"}",
        "{\"text\": \"truncated \xE2\x80\"}",
        "{\"text\": \"stray \x80\"}",
        R"({"text": "a", "n": 01})",
        R"({"text": "a", "n": +1})",
        R"({"text": "a", "n": 1.})",
        R"({"text": "a", "n": .5})",
        R"({"text": "a", "n": 1e})",
        R"({"text": "a", "n": NaN})",
        R"({"text": "a", "n": tru})",
        R"({"text": "a", "l": [1,]})",
        R"({"text": "unterminated)",
        // JSON, but no "text" string
        R"({"text": 5})",
        R"({"text": null})",
        R"({"text": "a", "text": 5})",
        R"({"id": "no text"})",
        R"({"te\u0078": "a"})",
    };
    for (const std::string& line : lines)
        CHECK_MESSAGE(!read_alike(line), "accepted: " << line);
    // Boost.JSON's depth: the record and 31 levels under it are read, 32 are not.
    const auto nested = [](int levels) {
        return R"({"text": "a", "deep": )" + std::string(levels, '[') + std::string(levels, ']') + "}";
    };
    CHECK(read_alike(nested(31)));
    CHECK(!read_alike(nested(32)));
    CHECK(!read_alike(R"({"id": )" + std::string(32, '[') + std::string(32, ']') + R"(, "text": "a"})"));
}

TEST_CASE("the reader keeps the id as written: numbers to the byte, containers without their blanks") {
    for (const std::string number : {"1e400", "-1e400", "18446744073709551616", "1e23", "-0", "1.0", "12.50",
                                     "-9223372036854775809", "1E+2", "0.000", "-0.0e-0", "7"})
        CHECK(id_of(R"({"id": )" + number + R"( , "text": "x"})") == number);
    CHECK(id_of(R"({"text": "x"})") == "null");
    CHECK(id_of(R"({"id":"a \u00e9 \" b", "text": "x"})") == R"("a \u00e9 \" b")");
    CHECK(id_of("{\"id\": [ 1e400 ,\t{ \"k\" :\r\n\"a \\\" b\" } ], \"text\": \"x\"}")
          == R"([1e400,{"k":"a \" b"}])");
    CHECK(id_of(R"({"id": 1, "text": "x", "\u0069d": 2.50})") == "2.50");
}

TEST_CASE("on every one-byte change of a record, the reader declines or reads what Boost.JSON reads") {
    const std::vector<std::string> seeds = {
        R"({"id": "a\"1", "text": "A \u00e9\n\"b\" \ud83d\ude00", "n": [-1.5e+2, {"k": null}], "t": true})",
        "{\"id\":7,\"text\":\"caf\xC3\xA9\\t\xE2\x80\x9C\\/\\\\\"}",
    };
    const std::string alphabet = std::string("\"\\{}[]:, \t/ubfnrtaDdEe0179-+.") + '\0'
                                 + "\x1F\x7F\x80\xBF\xC0\xC3" + "\xE2\xED\xEF\xF0\xF4\xF5\xFF";
    std::size_t read = 0, declined = 0;
    for (const std::string& seed : seeds) {
        REQUIRE(read_alike(seed));
        for (std::size_t i = 0; i <= seed.size(); ++i) {
            std::vector<std::string> variants;
            if (i < seed.size())
                variants.push_back(seed.substr(0, i) + seed.substr(i + 1));
            for (const char c : alphabet) {
                variants.push_back(seed.substr(0, i) + c + seed.substr(i));
                if (i < seed.size())
                    variants.push_back(seed.substr(0, i) + c + seed.substr(i + 1));
            }
            for (const std::string& line : variants)
                (read_alike(line) ? read : declined) += 1;
        }
    }
    // Both outcomes are common: the test exercises the reader, not only its refusals.
    CHECK(read > 1000);
    CHECK(declined > 1000);
}

TEST_CASE(
    "the reader reads every record of the evaluation sets, as the scorer feeds them, as Boost.JSON does") {
    std::size_t records = 0;
    for (const char* set : {"fixtures-dev", "ggt-dev", "r21578-dev"}) {
        const std::string path = wirecopy_test::shared_path(std::string("corpus/eval/") + set + ".jsonl");
        if (!wirecopy_test::file_exists(path)) {
            MESSAGE("skipped: " << path << " is absent");
            continue;
        }
        std::ifstream in(path, std::ios::binary);
        for (std::string line; std::getline(in, line);) {
            const json::object record = json::parse(line).as_object();
            // As is (with its nested "expect"), and as the scorer writes it: id and text only.
            CHECK(read_alike(line));
            CHECK(read_alike(
                json::serialize(json::object{{"id", record.at("id")}, {"text", record.at("text")}})));
            ++records;
        }
    }
    MESSAGE(records << " records read");
}

} // namespace jsonl_record_tests
