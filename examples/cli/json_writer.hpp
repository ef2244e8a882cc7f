// Streams JSON text into a string: structure, strings and numbers written directly, JSON text given whole
// (an echoed "id") copied as it is. Building a DOM per document cost more than annotating it; appending each
// key, number and string to the string (or writing them through Boost.JSON's serializer) cost a fifth of the
// CLI's instructions, so tokens are composed in a buffer of the writer's own, which goes to the string when
// it is full, at the end of a line, at `flush()` and when the writer is destroyed.
// Strings are escaped exactly as Boost.JSON's serializer escapes them (tests/cli/test_json_writer.cpp).
#pragma once

#include <wirecopy/detail/chars.hpp>

#include <charconv>
#include <cstring>
#include <string>
#include <string_view>

namespace wirecopy_cli {

class json_writer {
public:
    explicit json_writer(std::string& out) : out_(out) {}
    json_writer(const json_writer&) = delete;
    json_writer& operator=(const json_writer&) = delete;
    ~json_writer() { flush(); }

    void begin_object() { open('{'); }
    void end_object() { close('}'); }
    void begin_array() { open('['); }
    void end_array() { close(']'); }

    /// A member name: our own ASCII identifiers, which need no escaping.
    void key(std::string_view name) {
        if (name.size() + 4 > sizeof buffer_) { // longer than any of wirecopy's: written in pieces
            end_token(begin_token(0));
            put('"');
            put(name.data(), name.size());
            put("\":", 2);
        } else {
            char* to = begin_token(name.size() + 3);
            *to++ = '"';
            std::memcpy(to, name.data(), name.size());
            to += name.size();
            *to++ = '"';
            *to++ = ':';
            end_token(to);
        }
        after_key_ = true;
    }

    void string(std::string_view text) {
        char* const to = begin_token(1);
        *to = '"';
        end_token(to + 1);
        escape(text);
        put('"');
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
    /// A value given as JSON text, which the caller has checked.
    void raw(std::string_view json) {
        end_token(begin_token(0));
        put(json.data(), json.size());
    }

    void end_line() {
        put('\n');
        flush();
    }
    /// Moves what the buffer holds to the string.
    void flush() {
        out_.append(buffer_, buffered_);
        buffered_ = 0;
    }

private:
    /// Room in the buffer for an element of at most `most` bytes (at most the buffer's size less one),
    /// after the comma that goes before every element but the first of its container and a member's
    /// value; `end_token` takes the element's end.
    char* begin_token(std::size_t most) {
        char* to = room(most + 1);
        if (!after_key_ && !first_)
            *to++ = ',';
        after_key_ = false;
        first_ = false;
        return to;
    }
    void end_token(char* end) noexcept { buffered_ = static_cast<std::size_t>(end - buffer_); }
    void open(char c) {
        char* const to = begin_token(1);
        *to = c;
        end_token(to + 1);
        first_ = true;
    }
    void close(char c) {
        put(c);
        first_ = false;
    }
    template <class Integer>
    void integer(Integer value) {
        constexpr std::size_t widest = 20; // any 64-bit integer
        char* const to = begin_token(widest);
        end_token(std::to_chars(to, to + widest, value).ptr);
    }
    void word(std::string_view literal) {
        char* const to = begin_token(literal.size());
        end_token(to + literal.copy(to, literal.size()));
    }
    /// As Boost.JSON writes a string: '"' and '\\' escaped, control characters as \b \t \n \f \r or
    /// \u00xx (lower-case hex), every other byte as it is. Runs of plain bytes are copied whole.
    void escape(std::string_view text) {
        std::size_t plain = 0;
        for (std::size_t i = 0; i < text.size(); ++i) {
            const auto c = static_cast<unsigned char>(text[i]);
            if (c >= 0x20 && c != '"' && c != '\\')
                continue;
            put(text.data() + plain, i - plain);
            plain = i + 1;
            if (const char short_form = short_escape(c)) {
                const char escaped[] = {'\\', short_form};
                put(escaped, sizeof escaped);
            } else {
                const char hex[] = "0123456789abcdef";
                const char escaped[] = {'\\', 'u', '0', '0', hex[c >> 4], hex[c & 0xF]};
                put(escaped, sizeof escaped);
            }
        }
        put(text.data() + plain, text.size() - plain);
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

    /// At least `n` free bytes (n at most the buffer's size) at the end of the buffer, which is emptied
    /// into the string first if need be.
    char* room(std::size_t n) {
        if (sizeof buffer_ - buffered_ < n)
            flush();
        return buffer_ + buffered_;
    }
    void put(const char* bytes, std::size_t n) {
        if (n == 0) // (an empty view's data may be null, which memcpy must not be given)
            return;
        if (sizeof buffer_ - buffered_ < n) {
            flush();
            if (n > sizeof buffer_) {
                out_.append(bytes, n);
                return;
            }
        }
        std::memcpy(buffer_ + buffered_, bytes, n);
        buffered_ += n;
    }
    void put(char c) {
        *room(1) = c;
        ++buffered_;
    }

    std::string& out_;
    char buffer_[1024];
    std::size_t buffered_ = 0;
    bool first_ = true;
    bool after_key_ = false;
    bool repair_utf8_ = false;
};

} // namespace wirecopy_cli
