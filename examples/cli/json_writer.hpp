// Streams JSON text into a string: structure and strings written directly, any JSON value (an echoed "id")
// serialised by Boost.JSON. Building a DOM per document cost more than annotating it; writing each key,
// number and string in several appends (or through Boost.JSON's serializer and a buffer) cost a fifth of
// the CLI's instructions, so each token is composed on the stack and appended once.
// Strings are escaped exactly as Boost.JSON's serializer escapes them (tests/cli/test_json_writer.cpp).
#pragma once

#include <wirecopy/detail/chars.hpp>

#include <boost/json.hpp>

#include <charconv>
#include <cstring>
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
        char token[longest_key + 4];
        std::size_t n = separate(token);
        token[n++] = '"';
        if (name.size() > longest_key) {
            out_.append(token, n);
            out_.append(name);
            out_.append("\":", 2);
        } else {
            std::memcpy(token + n, name.data(), name.size());
            n += name.size();
            token[n++] = '"';
            token[n++] = ':';
            out_.append(token, n);
        }
        after_key_ = true;
    }

    void string(std::string_view text) {
        char token[2];
        const std::size_t n = separate(token);
        token[n] = '"';
        out_.append(token, n + 1);
        escape(text);
        out_.push_back('"');
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
    void number(std::size_t n) { integer(n); }
    void number(int n) { integer(n); }
    void boolean(bool b) { word(b ? std::string_view("true") : std::string_view("false")); }
    void null() { word("null"); }
    void value(const boost::json::value& v) {
        char token[1];
        out_.append(token, separate(token));
        serializer_.reset(&v);
        char chunk[4096];
        while (!serializer_.done())
            out_.append(serializer_.read(chunk));
    }

    void end_line() { out_.push_back('\n'); }

private:
    /// Longer member names are written in pieces (none of wirecopy's is).
    static constexpr std::size_t longest_key = 32;

    /// Writes the comma that goes before every element but the first of its container, and none after a
    /// key, to `to`; returns how many bytes it wrote.
    std::size_t separate(char* to) {
        const bool comma = !after_key_ && !first_;
        after_key_ = false;
        first_ = false;
        to[0] = ',';
        return comma ? 1 : 0;
    }
    void open(char c) {
        char token[2];
        const std::size_t n = separate(token);
        token[n] = c;
        out_.append(token, n + 1);
        first_ = true;
    }
    void close(char c) {
        out_.push_back(c);
        first_ = false;
    }
    template <class Integer>
    void integer(Integer value) {
        char token[24];
        const std::size_t n = separate(token);
        out_.append(token, static_cast<std::size_t>(std::to_chars(token + n, token + sizeof token, value).ptr
                                                    - token));
    }
    void word(std::string_view literal) {
        char token[8];
        const std::size_t n = separate(token);
        literal.copy(token + n, literal.size());
        out_.append(token, n + literal.size());
    }
    /// As Boost.JSON writes a string: '"' and '\\' escaped, control characters as \b \t \n \f \r or
    /// \u00xx (lower-case hex), every other byte as it is. Runs of plain bytes are appended whole.
    void escape(std::string_view text) {
        std::size_t plain = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (c >= 0x20 && c != '"' && c != '\\')
                continue;
            out_.append(text.data() + plain, i - plain);
            plain = i + 1;
            if (const char short_form = short_escape(c)) {
                const char escaped[] = {'\\', short_form};
                out_.append(escaped, sizeof escaped);
            } else {
                const char hex[] = "0123456789abcdef";
                const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
                out_.append(escaped, sizeof escaped);
            }
        }
        out_.append(text.data() + plain, text.size() - plain);
    }
    /// The letter of a two-character escape ('"' for \", 'n' for \n), or 0 where there is none.
    static char short_escape(unsigned char c) noexcept {
        switch (c) {
        case '"':
            return '"';
        case '\\':
            return '\\';
        case '\b':
            return 'b';
        case '\t':
            return 't';
        case '\n':
            return 'n';
        case '\f':
            return 'f';
        case '\r':
            return 'r';
        default:
            return 0;
        }
    }

    std::string& out_;
    boost::json::serializer& serializer_;
    bool first_ = true;
    bool after_key_ = false;
    bool repair_utf8_ = false;
};

} // namespace wirecopy_cli
