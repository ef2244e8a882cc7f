// The exports: NITF XML (nitf.hpp) and brat standoff (brat.hpp), and the XML writer beneath NITF.
#include "support.hpp"

#include <wirecopy/brat.hpp>
#include <wirecopy/nitf.hpp>

#include <doctest/doctest.h>

#include <sstream>
#include <string>

TEST_CASE("the XML writer escapes markup and replaces what XML cannot hold") {
    std::string out;
    wirecopy::detail::xml_writer xml(out);
    xml.open_begin("q");
    xml.attribute("quote-source", "A \"B\" & <C>\n");
    xml.open_end();
    xml.text("x < y & z > w \x01 \xFF caf\xC3\xA9 \"ok\"");
    xml.close("q");
    CHECK(out
          == "<q quote-source=\"A &quot;B&quot; &amp; &lt;C&gt;&#10;\">x &lt; y &amp; z &gt; w \xEF\xBF\xBD "
             "\xEF\xBF\xBD caf\xC3\xA9 \"ok\"</q>");
}

TEST_CASE("NITF: headline, byline, dateline parts, quotes with their source, tagline, copyrite") {
    const std::string story =
        "Flood waters recede\n\nBy W. DALE NELSON\nAssociated Press Writer\n\n"
        "PINE RIDGE, S.D., Nov. 27, 2019 (AP) -- \"We lost the fences,\" said Ellen Two Crows.\n\n"
        "Associated Press writer Carla Ruiz in Rapid City contributed to this report.\n\n"
        "Copyright 2019 The Associated Press. All rights reserved.\n";
    const std::string xml = wirecopy::to_nitf(wirecopy::parse(story));
    CHECK(xml.find("<hedline><hl1>Flood waters recede</hl1></hedline>") != std::string::npos);
    CHECK(xml.find("<person idsrc=\"wirecopy\" value=\"W. DALE NELSON\">W. DALE NELSON</person>")
          != std::string::npos);
    CHECK(xml.find("<byttl>Associated Press Writer</byttl>") != std::string::npos);
    CHECK(xml.find("<distributor>AP</distributor>") != std::string::npos);
    CHECK(xml.find("<location><city>PINE RIDGE</city>, <state>S.D.</state></location>") != std::string::npos);
    CHECK(xml.find("<story.date norm=\"2019-11-27\">Nov. 27, 2019</story.date>") != std::string::npos);
    CHECK(xml.find("<q quote-source=\"Ellen Two Crows\">\"We lost the fences,\"</q>") != std::string::npos);
    CHECK(xml.find("<copyrite>Copyright <copyrite.year>2019</copyrite.year> <copyrite.holder>The Associated "
                   "Press</copyrite.holder></copyrite>")
          != std::string::npos);
    // The dateline went to body.head; the first paragraph starts after it.
    CHECK(xml.find("<p><q quote-source") != std::string::npos);
}

TEST_CASE("NITF: a quote continued over paragraphs becomes one q per paragraph") {
    const std::string story = "T\n\nSPRINGFIELD (AP) -- \"We waited.\n\n\"Then it came,\" Ann Lee said.\n";
    const std::string xml = wirecopy::to_nitf(wirecopy::parse(story));
    CHECK(xml.find("<p><q quote-source=\"Ann Lee\">\"We waited.</q></p>") != std::string::npos);
    CHECK(xml.find("<p><q quote-source=\"Ann Lee\">\"Then it came,\"</q> Ann Lee said.</p>")
          != std::string::npos);
}

TEST_CASE("brat: bytes that are not UTF-8 are U+FFFD in the .ann and in brat_text, one per byte, offsets "
          "unchanged") {
    const std::string story =
        "Caf\xE9 \xE2\x80 news\n\nPARIS (AFP) - \xE2\x80\x9C\xFFOui,\xE2\x80\x9D Ann Lee said.\n";
    const std::string ann = wirecopy::to_brat(wirecopy::parse(story));
    const std::string fffd = "\xEF\xBF\xBD";
    CHECK(ann.find("T1\tHeadline 0 12\tCaf" + fffd + " " + fffd + fffd + " news\n") != std::string::npos);
    CHECK(ann.find("\tDateline 14 27\tPARIS (AFP) -\n") != std::string::npos);
    CHECK(ann.find("\tQuote 28 35\t\xE2\x80\x9C" + fffd + "Oui,\xE2\x80\x9D\n") != std::string::npos);
    CHECK(wirecopy::brat_text(story)
          == "Caf" + fffd + " " + fffd + fffd + " news\n\nPARIS (AFP) - \xE2\x80\x9C" + fffd
                 + "Oui,\xE2\x80\x9D Ann Lee said.\n");
    CHECK(wirecopy::brat_text("caf\xC3\xA9") == "caf\xC3\xA9");
    CHECK(wirecopy::brat_text("") == "");
}

TEST_CASE("brat: offsets in characters, fragments across lines, relations to speaker and cue") {
    const std::string story = "Caf\xC3\xA9 news\n\nBy Bo Park\nAgence France-Presse Correspondent\n\n"
                              "PARIS (AFP) - \xE2\x80\x9C\xC3\x87"
                              "a va,\xE2\x80\x9D Ann Lee said.\n";
    const std::string ann = wirecopy::to_brat(wirecopy::parse(story));
    CHECK(ann.find("T1\tHeadline 0 9\tCaf\xC3\xA9 news\n") != std::string::npos);
    // "PARIS" starts at byte 59 but at character 58: "é" is two bytes.
    CHECK(ann.find("\tDateline 58 71\tPARIS (AFP) -\n") != std::string::npos);
    CHECK(ann.find("\tQuote 72 80\t\xE2\x80\x9C\xC3\x87"
                   "a va,\xE2\x80\x9D\n")
          != std::string::npos);
    CHECK(ann.find("\tSpeaker 81 88\tAnn Lee\n") != std::string::npos);
    CHECK(ann.find("Speaker Arg1:T") != std::string::npos);
    CHECK(ann.find("Cue Arg1:T") != std::string::npos);
    CHECK(ann.find("\tKind T") != std::string::npos);
    // A byline across a line break is written as two fragments.
    CHECK(ann.find("\tByline 11 21;22 56\tBy Bo Park Agence France-Presse Correspondent\n")
          != std::string::npos);
    // Every type used is declared.
    std::istringstream lines(ann);
    for (std::string line; std::getline(lines, line);)
        if (line[0] == 'T') {
            const std::string type = line.substr(line.find('\t') + 1, line.find(' ') - line.find('\t') - 1);
            CAPTURE(type);
            CHECK(wirecopy::brat_annotation_conf.find("\n" + type + "\n") != std::string_view::npos);
        }
}
