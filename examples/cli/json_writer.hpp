// Streams JSON text into a string: structure written directly, every string value escaped by Boost.JSON's
// serializer (no hand-written escaping), any JSON value (an echoed "id") serialised by Boost.JSON too.
// Building a DOM per document cost more than annotating it.
#pragma once

#include <wirecopy/detail/chars.hpp>

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
    /// Text of the input. JSON strings must be UTF-8: when the input is not (`repair_utf8(true)`, set from
    /// the document's diagnostics), bad bytes are written as U+FFFD.
    void text(std::string_view text) {
        if (!repair_utf8_) {
            string(text);
            return;
        }
        std::string clean;
        for (std::size_t pos = 0; pos < text.size();) {
            const wirecopy::detail::code_point cp = wirecopy::detail::decode_at(text, pos);
            clean.append(cp.length ? text.substr(pos, cp.length) : std::string_view("\xEF\xBF\xBD"));
            pos += cp.length ? cp.length : 1;
        }
        string(clean);
    }
    void repair_utf8(bool on) { repair_utf8_ = on; }
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
    bool repair_utf8_ = false;
};

} // namespace wirecopy_cli
