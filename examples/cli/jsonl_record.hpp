// Reads the two members the CLI needs from a JSON Lines record, "text" and "id", without building a DOM.
// Boost.JSON unescapes a string byte by byte once it has met an escape, and wire copy has one on every line
// ("\n"): reading the records took about an eighth of the CLI's time. This reader copies the runs between
// escapes whole, found eight bytes at a time.
// It reads one object; members other than "text" and "id" are checked and skipped, whatever they hold. The
// "id" is kept as the JSON text it was written as (without blanks between tokens), so that the CLI echoes
// it exactly: a number a double cannot hold, such as 1e400 or 18446744073709551616, stays what it was
// instead of becoming Infinity or 1.8446744073709552E19. It accepts the lines Boost.JSON accepts that are
// objects with a "text" string (a repeated member counts as its last, names may hold escapes, nesting goes
// as deep as Boost.JSON's 32), and declines every other line, which Boost.JSON then words the error of
// (tests/cli/test_jsonl_record.cpp checks the two side by side).
#pragma once

#include <wirecopy/detail/chars.hpp>

#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

namespace wirecopy_cli {

class jsonl_record {
public:
    /// Reads `line`; false when the line is declined or has no "text" string (nothing read is then valid).
    bool read(std::string_view line) {
        p_ = line.data();
        end_ = p_ + line.size();
        has_text_ = false;
        id_ = "null";
        skip_blanks();
        if (!read_container('{', '}', [this] { return top_member(); }))
            return false;
        skip_blanks();
        return p_ == end_ && has_text_;
    }

    /// The "text" member, unescaped.
    std::string_view text() const noexcept { return text_; }
    /// The "id" member's JSON text as written, blanks between its tokens left out; "null" when there is none.
    std::string_view id() const noexcept { return id_; }

private:
    /// Containers nested deeper than this, the record's object included, are declined, as Boost.JSON does.
    static constexpr int deepest = 32;

    /// An object or array from its opening bracket to its `close`, each element read by `element()`.
    template <class Element>
    bool read_container(char open, char close, Element&& element) {
        if (!take(open))
            return false;
        skip_blanks();
        if (take(close))
            return true;
        do {
            skip_blanks();
            if (!element())
                return false;
            skip_blanks();
        } while (take(','));
        return take(close);
    }

    /// A member's name and the colon after it; `name` is the name as written, escapes included.
    bool read_name(std::string_view& name) {
        const char* const begin = p_;
        if (!take('"') || !read_string(nullptr))
            return false;
        name = std::string_view(begin + 1, static_cast<std::size_t>(p_ - begin - 2));
        skip_blanks();
        if (!take(':'))
            return false;
        skip_blanks();
        return true;
    }

    /// A member of the record: "text" and "id" are read, others checked. A repeated member counts as its
    /// last, as in Boost.JSON.
    bool top_member() {
        std::string_view name;
        if (!read_name(name))
            return false;
        if (name.find('\\') != std::string_view::npos) // an escaped name may still spell "text"
            name = unescaped(name);
        if (name == "text") {
            has_text_ = p_ < end_ && *p_ == '"';
            return has_text_ ? take('"') && read_string(&text_) : skip_value(1);
        }
        if (name == "id")
            return read_id();
        return skip_value(1);
    }

    /// The value of a member name (as written between its quotes, escapes included, and already checked).
    std::string_view unescaped(std::string_view name) {
        const char *const p = p_, *const end = end_;
        p_ = name.data();
        end_ = name.data() + name.size() + 1; // the closing quote
        read_string(&name_text_);
        p_ = p;
        end_ = end;
        return name_text_;
    }

    /// Checks a value that is not read, at nesting `depth`.
    bool skip_value(int depth) {
        if (take('"'))
            return read_string(nullptr);
        const bool object = p_ < end_ && *p_ == '{', array = p_ < end_ && *p_ == '[';
        if (!object && !array)
            return read_literal() || read_number();
        if (depth == deepest)
            return false;
        if (array)
            return read_container('[', ']', [this, depth] { return skip_value(depth + 1); });
        return read_container('{', '}', [this, depth] {
            std::string_view name;
            return read_name(name) && skip_value(depth + 1);
        });
    }

    /// true, false or null.
    bool read_literal() {
        for (const std::string_view word : {"true", "false", "null"})
            if (static_cast<std::size_t>(end_ - p_) >= word.size()
                && std::string_view(p_, word.size()) == word) {
                p_ += word.size();
                return true;
            }
        return false;
    }

    /// A JSON number.
    bool read_number() {
        const char* const begin = p_;
        take('-');
        const char* const digits = p_;
        const std::size_t count = skip_digits();
        if (count == 0 || (*digits == '0' && count > 1))
            return p_ = begin, false;
        if (take('.') && skip_digits() == 0)
            return p_ = begin, false;
        if (take('e') || take('E')) {
            if (!take('+'))
                take('-');
            if (skip_digits() == 0)
                return p_ = begin, false;
        }
        return true;
    }

    std::size_t skip_digits() noexcept {
        const char* const from = p_;
        while (p_ < end_ && *p_ >= '0' && *p_ <= '9')
            ++p_;
        return static_cast<std::size_t>(p_ - from);
    }

    /// The id's value, kept as written; a container's without the blanks between its tokens, which could
    /// hold line breaks (of a JSON Lines line out).
    bool read_id() {
        const char* const begin = p_;
        if (!skip_value(1))
            return false;
        id_ = std::string_view(begin, static_cast<std::size_t>(p_ - begin));
        if (*begin != '[' && *begin != '{')
            return true;
        id_text_.clear();
        for (std::size_t i = 0; i < id_.size(); ++i) {
            if (id_[i] == '"') { // a string, whole: it may hold blanks and escaped quotes
                const std::size_t end = closing_quote(id_, i);
                id_text_.append(id_, i, end + 1 - i);
                i = end;
            } else if (id_[i] != ' ' && id_[i] != '\t' && id_[i] != '\r' && id_[i] != '\n') {
                id_text_ += id_[i];
            }
        }
        id_ = id_text_;
        return true;
    }

    /// The position of the quote that closes the (well-formed) string opening at `open` in `json`.
    static std::size_t closing_quote(std::string_view json, std::size_t open) noexcept {
        std::size_t i = open + 1;
        while (json[i] != '"')
            i += json[i] == '\\' ? 2 : 1;
        return i;
    }

    /// Where a string's value goes: a buffer with room for it, or nowhere (a value checked, not kept).
    struct sink {
        char* at = nullptr;
        void put(const char* from, std::size_t n) noexcept {
            if (at) {
                std::memcpy(at, from, n);
                at += n;
            }
        }
    };

    /// Reads a string from after its opening quote to past its closing one, its value into `out` when
    /// given. False on a control byte, a bad escape, an unpaired surrogate or bytes that are not UTF-8.
    bool read_string(std::string* out) {
        sink to;
        if (out) {
            // Unescaped, a string is never longer than as written: the rest of the line is room enough.
            out->resize(static_cast<std::size_t>(end_ - p_));
            to.at = out->data();
        }
        const bool read = read_characters(to);
        if (out)
            out->resize(read ? static_cast<std::size_t>(to.at - out->data()) : 0);
        return read;
    }

    bool read_characters(sink& to) {
        for (;;) {
            const char* const special = find_special(p_, end_);
            to.put(p_, static_cast<std::size_t>(special - p_));
            p_ = special;
            if (p_ == end_)
                return false;
            const auto c = static_cast<unsigned char>(*p_);
            if (c == '"') {
                ++p_;
                return true;
            }
            if (c < 0x20)
                return false;
            if (c >= 0x80) {
                const wirecopy::detail::code_point cp =
                    wirecopy::detail::decode_at(std::string_view(p_, static_cast<std::size_t>(end_ - p_)), 0);
                if (cp.length == 0)
                    return false;
                to.put(p_, cp.length);
                p_ += cp.length;
                continue;
            }
            if (!read_escape(to))
                return false;
        }
    }

    /// Reads the escape at `p_` (a backslash).
    bool read_escape(sink& to) {
        if (end_ - p_ < 2)
            return false;
        char plain = 0;
        switch (p_[1]) {
        case '"':
        case '\\':
        case '/':
            plain = p_[1];
            break;
        case 'b':
            plain = '\b';
            break;
        case 'f':
            plain = '\f';
            break;
        case 'n':
            plain = '\n';
            break;
        case 'r':
            plain = '\r';
            break;
        case 't':
            plain = '\t';
            break;
        case 'u':
            return read_unicode_escape(to);
        default:
            return false;
        }
        to.put(&plain, 1);
        p_ += 2;
        return true;
    }

    /// "\u00e9", or a surrogate pair "\ud83d\ude00", written out as UTF-8.
    bool read_unicode_escape(sink& to) {
        const long unit = hex4(2);
        if (unit < 0 || (unit >= 0xDC00 && unit <= 0xDFFF))
            return false;
        std::size_t used = 6;
        auto c = static_cast<char32_t>(unit);
        if (unit >= 0xD800 && unit <= 0xDBFF) {
            const long low = end_ - p_ >= 12 && p_[6] == '\\' && p_[7] == 'u' ? hex4(8) : -1;
            if (low < 0xDC00 || low > 0xDFFF)
                return false;
            c = 0x10000 + ((c - 0xD800) << 10) + (static_cast<char32_t>(low) - 0xDC00);
            used = 12;
        }
        const auto byte = [](char32_t bits) { return static_cast<char>(bits); };
        if (c < 0x80) {
            const char bytes[] = {byte(c)};
            to.put(bytes, 1);
        } else if (c < 0x800) {
            const char bytes[] = {byte(0xC0 | (c >> 6)), byte(0x80 | (c & 0x3F))};
            to.put(bytes, 2);
        } else if (c < 0x10000) {
            const char bytes[] = {byte(0xE0 | (c >> 12)), byte(0x80 | ((c >> 6) & 0x3F)),
                                  byte(0x80 | (c & 0x3F))};
            to.put(bytes, 3);
        } else {
            const char bytes[] = {byte(0xF0 | (c >> 18)), byte(0x80 | ((c >> 12) & 0x3F)),
                                  byte(0x80 | ((c >> 6) & 0x3F)), byte(0x80 | (c & 0x3F))};
            to.put(bytes, 4);
        }
        p_ += used;
        return true;
    }

    /// The four hex digits at `p_ + offset`, or -1.
    long hex4(std::size_t offset) const noexcept {
        if (static_cast<std::size_t>(end_ - p_) < offset + 4)
            return -1;
        long value = 0;
        for (std::size_t i = offset; i < offset + 4; ++i) {
            const char c = p_[i];
            const int digit = c >= '0' && c <= '9'   ? c - '0'
                              : c >= 'a' && c <= 'f' ? c - 'a' + 10
                              : c >= 'A' && c <= 'F' ? c - 'A' + 10
                                                     : -1;
            if (digit < 0)
                return -1;
            value = value * 16 + digit;
        }
        return value;
    }

    /// The first byte in [p, end) a string cannot hold as it stands: '"', '\\', a control byte, or a
    /// non-ASCII byte (to be checked as UTF-8). Eight bytes are tested at a time, each on its own (no carry
    /// crosses from one byte to the next), and the first one found is located by its bit.
    static const char* find_special(const char* p, const char* end) noexcept {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__                                     \
    && (defined(__GNUC__) || defined(__clang__))
        constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL, lows = ~highs;
        // The high bit of each byte of `y` that is zero.
        const auto zero_bytes = [](std::uint64_t y) { return ~(((y & lows) + lows) | y) & highs; };
        for (; end - p >= 8; p += 8) {
            std::uint64_t word;
            std::memcpy(&word, p, 8);
            const std::uint64_t below_space = ~(((word & lows) + ones * (0x80 - 0x20)) | word) & highs;
            const std::uint64_t found = zero_bytes(word ^ (ones * '"')) | zero_bytes(word ^ (ones * '\\'))
                                        | below_space | (word & highs);
            if (found)
                return p + __builtin_ctzll(found) / 8;
        }
#endif
        for (; p < end; ++p) {
            const auto c = static_cast<unsigned char>(*p);
            if (c == '"' || c == '\\' || c < 0x20 || c >= 0x80)
                return p;
        }
        return end;
    }

    void skip_blanks() noexcept {
        while (p_ < end_ && (*p_ == ' ' || *p_ == '\t' || *p_ == '\r' || *p_ == '\n'))
            ++p_;
    }
    bool take(char c) noexcept {
        if (p_ == end_ || *p_ != c)
            return false;
        ++p_;
        return true;
    }

    const char* p_ = nullptr;
    const char* end_ = nullptr;
    bool has_text_ = false;
    std::string text_, id_text_, name_text_;
    std::string_view id_;
};

} // namespace wirecopy_cli
