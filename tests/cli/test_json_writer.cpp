// The CLI's JSON writer composes its output itself. Its strings must read exactly as Boost.JSON's
// serializer writes them (the CLI's output did not change when the writer stopped using it), and what it
// writes must parse back to what was written.
#include "json_writer.hpp"

#include <wirecopy/fields.hpp>
#include <wirecopy/wirecopy.hpp>

#include <doctest/doctest.h>

#include <boost/json.hpp>

#include <string>
#include <vector>

namespace json_writer_tests {

namespace json = boost::json;

/// `text` as one JSON string, written by the CLI's writer.
std::string written(std::string_view text) {
    std::string out;
    wirecopy_cli::json_writer writer(out);
    writer.string(text);
    writer.flush();
    return out;
}

/// `text` as one JSON string, written by Boost.JSON.
std::string serialized(std::string_view text) {
    return json::serialize(json::string_view(text.data(), text.size()));
}

TEST_CASE("the writer escapes every string of one or two bytes as Boost.JSON's serializer does") {
    std::size_t escaped = 0;
    for (int first = 0; first < 256; ++first) {
        const std::string one(1, static_cast<char>(first));
        REQUIRE(written(one) == serialized(one));
        escaped += written(one).size() > 3;
        for (int second = 0; second < 256; ++second) {
            const std::string two{static_cast<char>(first), static_cast<char>(second)};
            REQUIRE(written(two) == serialized(two));
        }
    }
    CHECK(escaped == 34); // 32 control characters, '"' and '\\'
    CHECK(written("") == "\"\"");
    CHECK(written("a\x01z") == "\"a\\u0001z\"");
    CHECK(written("tab\there \"quoted\" back\\slash\n") == "\"tab\\there \\\"quoted\\\" back\\\\slash\\n\"");
    CHECK(written("\x1f\x7f\xE2\x80\x9C") == "\"\\u001f\x7f\xE2\x80\x9C\""); // DEL and UTF-8 go as they are
}

TEST_CASE("the writer's structure: commas between elements, none after keys, numbers, words, raw JSON") {
    std::string out;
    wirecopy_cli::json_writer w(out);
    w.begin_object();
    w.key("id");
    w.raw(R"({"a":1.5,"b":[1e400,-0]})"); // JSON text as it is: an echoed id
    w.key("numbers");
    w.begin_array();
    w.number(std::size_t{0});
    w.number(std::size_t{18446744073709551615ULL});
    w.number(-42);
    w.end_array();
    w.key("empty");
    w.begin_array();
    w.end_array();
    w.key("flags");
    w.begin_array();
    w.boolean(true);
    w.boolean(false);
    w.null();
    w.end_array();
    w.key("nested");
    w.begin_object();
    w.key("s");
    w.string("x");
    w.end_object();
    const std::string long_name(2000, 'k'); // longer than the writer's buffer: written in pieces
    w.key(long_name);
    w.string("y");
    w.end_object();
    w.end_line();
    CHECK(out
          == "{\"id\":{\"a\":1.5,\"b\":[1e400,-0]},\"numbers\":[0,18446744073709551615,-42],\"empty\":[],"
             "\"flags\":[true,false,null],\"nested\":{\"s\":\"x\"},\""
                 + long_name + "\":\"y\"}\n");
    const json::value back = json::parse(out);
    CHECK(back.at("numbers").as_array().size() == 3);
    CHECK(back.at(long_name).as_string() == "y");
}

TEST_CASE("output longer than the writer's buffer, and what the buffer holds when the writer ends, reach "
          "the string") {
    std::string text;
    for (int i = 0; i < 400; ++i)
        text += "line \"" + std::to_string(i) + "\"\n"; // about 4 KB, escapes throughout
    json::array expected;
    std::string out;
    {
        wirecopy_cli::json_writer w(out);
        w.begin_array();
        for (std::size_t i = 0; i < 2000; ++i) {
            w.number(i);
            expected.emplace_back(i);
        }
        w.string(text);
        expected.emplace_back(text);
        w.end_array();
        CHECK(out.size() < json::serialize(expected).size()); // not all there yet: the writer buffers
    }
    CHECK(out == json::serialize(expected));
}

TEST_CASE("the writer puts bytes that are not UTF-8 as U+FFFD only when asked to") {
    std::string out;
    wirecopy_cli::json_writer w(out);
    w.begin_array();
    w.text("a\xFFz");
    w.repair_utf8(true);
    w.text("a\xFFz\xC3\xA9");
    w.end_array();
    w.flush();
    CHECK(out == "[\"a\xFFz\",\"a\xEF\xBF\xBDz\xC3\xA9\"]");
}

TEST_CASE("a whole document written by the writer parses back to its fields") {
    const std::string story =
        "Harbor \"City\" Approves\n\nBy Ann Lee\n\nSPRINGFIELD (Reuters) - \"We are ready,\" "
        "Mayor Lucinda Ferreira said.\n";
    const wirecopy::document doc = wirecopy::parse(story);
    std::string out;
    wirecopy_cli::json_writer w(out);
    w.begin_object();
    wirecopy::write_fields(w, doc);
    w.end_object();
    w.flush();
    const json::value back = json::parse(out);
    CHECK(back.at("headline").at("text").as_string() == "Harbor \"City\" Approves");
    CHECK(back.at("paragraphs").as_array().size() == doc.paragraphs.size());
    REQUIRE(back.at("quotes").as_array().size() == 1);
    CHECK(back.at("quotes").at(0).at("speaker").at("text").as_string() == "Mayor Lucinda Ferreira");
}

} // namespace json_writer_tests
