// Streams JSON text into a string: structure written directly, every string value escaped by Boost.JSON's
// serializer (no hand-written escaping), any JSON value (an echoed "id") serialised by Boost.JSON too.
// Building a DOM per document cost more than annotating it.
#pragma once

#include <boost/json.hpp>

#include <charconv>
#include <string>
#include <string_view>

namespace wirecopy_cli {

class json_writer {
public:
    json_writer(std::string& out, boost::json::serializer& serializer) : out_(out), serializer_(serializer) {}

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    /// A member name: our own ASCII identifiers, which need no escaping.
    void key(std::string_view name) {
        separate();
        out_.push_back('"');
        out_.append(name);
        out_.append("\":");
        after_key_ = true;
    }

    void string(std::string_view text) {
        separate();
        serializer_.reset(boost::json::string_view(text.data(), text.size()));
        drain();
    }
    void number(std::size_t n) {
        separate();
        char digits[24];
        out_.append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
    }
    void number(int n) {
        separate();
        char digits[16];
        out_.append(digits, std::to_chars(digits, digits + sizeof digits, n).ptr);
    }
    void boolean(bool b) {
        separate();
        out_.append(b ? "true" : "false");
    }
    void null() {
        separate();
        out_.append("null");
    }
    void value(const boost::json::value& v) {
        separate();
        serializer_.reset(&v);
        drain();
    }

    void end_line() { out_.push_back('\n'); }

private:
    /// A comma before every element but the first of its container, and none after a key.
    void separate() {
        if (after_key_)
            after_key_ = false;
        else if (!first_)
            out_.push_back(',');
        first_ = false;
    }
    void open(char c) {
        separate();
        out_.push_back(c);
        first_ = true;
    }
    void close(char c) {
        out_.push_back(c);
        first_ = false;
    }
    void drain() {
        char chunk[4096];
        while (!serializer_.done())
            out_.append(serializer_.read(chunk));
    }

    std::string& out_;
    boost::json::serializer& serializer_;
    bool first_ = true;
    bool after_key_ = false;
};

} // namespace wirecopy_cli
