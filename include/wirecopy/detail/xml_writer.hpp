// Writes XML into a string. Text reaches the output only through `text()` and `attribute()`, which
// escape markup and replace what XML 1.0 cannot hold (control bytes, bytes that are not UTF-8) with
// U+FFFD — so a document is well-formed by construction, whatever the input held.
#pragma once

#include <wirecopy/detail/chars.hpp>

#include <string>
#include <string_view>

namespace wirecopy::detail {

class xml_writer {
public:
    explicit xml_writer(std::string& out) : out_(out) {}

    void declaration() { out_.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"); }

    /// `<name` — follow with attribute() calls, then `open_end()` or `empty_end()`.
    void open_begin(std::string_view name) {
        out_.push_back('<');
        out_.append(name);
    }
    void attribute(std::string_view name, std::string_view value) {
        out_.push_back(' ');
        out_.append(name);
        out_.append("=\"");
        escape(value, true);
        out_.push_back('"');
    }
    void open_end() { out_.push_back('>'); }
    void open(std::string_view name) {
        open_begin(name);
        open_end();
    }
    void close(std::string_view name) {
        out_.append("</");
        out_.append(name);
        out_.push_back('>');
    }
    void text(std::string_view t) { escape(t, false); }
    void newline() { out_.push_back('\n'); }

    /// `<name>text</name>`.
    void element(std::string_view name, std::string_view t) {
        open(name);
        text(t);
        close(name);
    }

private:
    void escape(std::string_view t, bool in_attribute) {
        for (std::size_t i = 0; i < t.size();) {
            const char c = t[i];
            switch (c) {
            case '&':
                out_.append("&amp;");
                break;
            case '<':
                out_.append("&lt;");
                break;
            case '>':
                out_.append("&gt;");
                break;
            case '"':
                out_.append(in_attribute ? "&quot;" : "\"");
                break;
            case '\n':
            case '\t':
            case '\r':
                if (in_attribute)
                    out_.append(c == '\n' ? "&#10;" : c == '\t' ? "&#9;" : "&#13;");
                else
                    out_.push_back(c);
                break;
            default: {
                const auto byte = static_cast<unsigned char>(c);
                if (byte >= 0x20 && byte < 0x80) {
                    out_.push_back(c);
                    break;
                }
                const code_point cp = byte < 0x80 ? code_point{byte, 0} : decode_at(t, i);
                // XML 1.0 has no control characters but tab and line breaks, and no U+FFFE/U+FFFF.
                if (cp.length == 0 || cp.value == 0xFFFE || cp.value == 0xFFFF
                    || (cp.value >= 0x7F && cp.value < 0xA0)) {
                    out_.append("\xEF\xBF\xBD");
                    i += cp.length ? cp.length : 1;
                    continue;
                }
                out_.append(t.substr(i, cp.length));
                i += cp.length;
                continue;
            }
            }
            ++i;
        }
    }

    std::string& out_;
};

} // namespace wirecopy::detail
