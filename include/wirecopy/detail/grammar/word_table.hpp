// A table of words (and phrases) for the grammars: an X3 parser matching the longest of its keys that the
// input starts with, as `x3::symbols` does, with or without case (under `x3::no_case[]`, ASCII letters
// only), with the key's value as attribute.
//
// Why not `x3::symbols`: its ternary search tree follows one pointer per byte compared, siblings included,
// and under `no_case` calls the C library to fold each byte; the grammars look words up at nearly every word
// of prose, where that was the largest single cost. Here a look-up hashes the first two bytes to a bucket of
// a few keys, longest first, and compares each with one masked 8-byte load.
#pragma once

#include <boost/spirit/home/support/char_encoding/standard.hpp>
#include <boost/spirit/home/x3/core/parser.hpp>
#include <boost/spirit/home/x3/core/skip_over.hpp>
#include <boost/spirit/home/x3/support/no_case.hpp>
#include <boost/spirit/home/x3/support/traits/move_to.hpp>
#include <boost/spirit/home/x3/support/unused.hpp>

#include <algorithm>
#include <array>
#include <cstdint>
#include <cstring>
#include <memory>
#include <string>
#include <string_view>
#include <type_traits>
#include <vector>

namespace wirecopy::detail::grammar {

namespace word_table_detail {

/// Up to eight bytes of `text` as a little-endian word, zero beyond its end.
inline std::uint64_t load8(const char* text, std::size_t size) noexcept {
#if defined(__BYTE_ORDER__) && __BYTE_ORDER__ == __ORDER_LITTLE_ENDIAN__
    // Two loads that may overlap, each inside [text, text + size): the bytes they share are the same.
    if (size >= 8) {
        std::uint64_t word;
        std::memcpy(&word, text, 8);
        return word;
    }
    if (size >= 4) {
        std::uint32_t low, high;
        std::memcpy(&low, text, 4);
        std::memcpy(&high, text + size - 4, 4);
        return low | std::uint64_t{high} << (8 * (size - 4));
    }
    if (size >= 2) {
        std::uint16_t low, high;
        std::memcpy(&low, text, 2);
        std::memcpy(&high, text + size - 2, 2);
        return low | std::uint64_t{high} << (8 * (size - 2));
    }
    return size == 1 ? static_cast<unsigned char>(text[0]) : 0;
#else
    std::uint64_t word = 0;
    for (std::size_t i = std::min<std::size_t>(size, 8); i-- > 0;)
        word = word << 8 | static_cast<unsigned char>(text[i]);
    return word;
#endif
}

/// The eight bytes of `word` with their ASCII capitals made lower case (others unchanged).
inline std::uint64_t fold8(std::uint64_t word) noexcept {
    constexpr std::uint64_t ones = 0x0101010101010101ULL;
    constexpr std::uint64_t high = 0x8080808080808080ULL;
    // A byte's high bit set here when the byte is in 'A'..'Z' (bytes of 0x80 and up excluded).
    const std::uint64_t ascii = ~word & high;
    const std::uint64_t at_least_a = (word & ~high) + ones * (0x80 - 'A');
    const std::uint64_t above_z = (word & ~high) + ones * (0x80 - 'Z' - 1);
    const std::uint64_t upper = ascii & at_least_a & ~above_z;
    return word | (upper >> 2); // 0x80 >> 2 = 0x20, the case bit
}

/// Which of `2^bits` slots the first two bytes of a key, `b0 << 8 | b1`, go to.
inline std::size_t slot_of_pair(std::uint32_t pair, unsigned bits) noexcept {
    return (pair * 0x9E3779B1u) >> (32 - bits);
}

inline char fold(char c) noexcept {
    return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c;
}

/// Keys bucketed by their first two bytes, longest first within a bucket; one-byte keys apart. A bitmap of
/// the keys' first two bytes turns a word away before any bucket is read when no key starts like it (in
/// the big tables most words do share their first two bytes with some key).
class key_index {
public:
    explicit key_index(bool folded) : folded_(folded) { single_.fill(none); }

    /// Adds `text` for value `value`; a key already there keeps its value, as in `x3::symbols`.
    void add(std::string_view text, std::uint32_t value) {
        std::string key_text(text);
        if (folded_)
            std::transform(key_text.begin(), key_text.end(), key_text.begin(), fold);
        if (key_text.size() == 1) {
            auto& slot = single_[static_cast<unsigned char>(key_text[0])];
            if (slot == none)
                slot = value;
            return;
        }
        if (key_text.empty() || contains(key_text))
            return;
        key k;
        k.head = load8(key_text.data(), key_text.size());
        k.mask = key_text.size() >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * key_text.size())) - 1;
        k.offset = static_cast<std::uint32_t>(pool_.size());
        k.length = static_cast<std::uint32_t>(key_text.size());
        k.value = value;
        pool_ += key_text;
        const std::size_t bit = slot_of_pair(pair_of(k.head), pair_bits);
        first_pairs_[bit / 64] |= std::uint64_t{1} << (bit % 64);
        if (++count_ > buckets_.size())
            rehash(buckets_.size() * 2);
        insert(k);
    }

    /// The value of the longest key [first, first + size) starts with, and that key's length. The eight
    /// bytes are loaded (and folded) once, for the bitmap, the bucket and the compares; a word whose first
    /// two bytes start no key is turned away before any bucket is read.
    bool find(const char* first, std::size_t size, std::uint32_t& value, std::size_t& length) const noexcept {
        if (size == 0)
            return false;
        std::uint64_t head = load8(first, size);
        if (folded_)
            head = fold8(head);
        if (size >= 2 && may_start_a_key(pair_of(head)) && find_in_bucket(first, size, head, value, length))
            return true;
        const std::uint32_t one = single_[head & 0xFF];
        if (one == none)
            return false;
        value = one;
        length = 1;
        return true;
    }

private:
    struct key {
        std::uint64_t head = 0;   ///< the first (up to) eight bytes
        std::uint64_t mask = 0;   ///< which bytes of `head` the key has
        std::uint32_t offset = 0; ///< into the byte pool
        std::uint32_t length = 0;
        std::uint32_t value = 0;
    };
    static constexpr std::uint32_t none = static_cast<std::uint32_t>(-1);
    static constexpr unsigned pair_bits = 9; ///< the bitmap of first byte pairs has 2^9 bits

    /// The first two bytes of `head`, as one number.
    static std::uint32_t pair_of(std::uint64_t head) noexcept {
        return static_cast<std::uint32_t>(head & 0xFFFF);
    }

    std::size_t slot_of(std::uint64_t head) const noexcept { return slot_of_pair(pair_of(head), bits_); }

    /// Can a key of two bytes or more start with these two bytes?
    bool may_start_a_key(std::uint32_t pair) const noexcept {
        const std::size_t bit = slot_of_pair(pair, pair_bits);
        return (first_pairs_[bit / 64] >> (bit % 64) & 1) != 0;
    }

    /// The longest key of two bytes or more that [first, first + size) starts with; `head` is its first
    /// eight bytes (folded when the index is).
    bool find_in_bucket(const char* first, std::size_t size, std::uint64_t head, std::uint32_t& value,
                        std::size_t& length) const noexcept {
        for (const key& k : buckets_[slot_of(head)]) {
            if ((head & k.mask) != k.head || k.length > size || (k.length > 8 && !same_tail(first, k)))
                continue;
            value = k.value;
            length = k.length;
            return true;
        }
        return false;
    }

    bool contains(std::string_view text) const noexcept {
        const auto& bucket = buckets_[slot_of(load8(text.data(), text.size()))];
        return std::any_of(bucket.begin(), bucket.end(), [&](const key& k) {
            return std::string_view(pool_.data() + k.offset, k.length) == text;
        });
    }

    /// Into its bucket after the keys as long or longer: the first match found is the longest.
    void insert(const key& k) {
        auto& bucket = buckets_[slot_of(k.head)];
        bucket.insert(std::find_if(bucket.begin(), bucket.end(),
                                   [&](const key& other) { return other.length < k.length; }),
                      k);
    }

    void rehash(std::size_t buckets) {
        std::vector<std::vector<key>> old(buckets);
        old.swap(buckets_);
        ++bits_;
        for (const auto& bucket : old)
            for (const key& k : bucket)
                insert(k);
    }

    bool same_tail(const char* first, const key& k) const noexcept {
        const char* key_text = pool_.data() + k.offset;
        for (std::size_t i = 8; i < k.length; ++i)
            if ((folded_ ? fold(first[i]) : first[i]) != key_text[i])
                return false;
        return true;
    }

    bool folded_;
    unsigned bits_ = 4;
    std::size_t count_ = 0;
    std::string pool_;
    std::vector<std::vector<key>> buckets_ = std::vector<std::vector<key>>(16);
    std::array<std::uint64_t, (1u << pair_bits) / 64> first_pairs_{};
    std::array<std::uint32_t, 256> single_{};
};

} // namespace word_table_detail

/// Words with values of type `T` (none by default): `table.add("said")`, `months.add("jan", 1)`. Built once,
/// then only read, so one table is safe to share between threads. Copies (X3 expressions hold their
/// parsers by value) share the keys.
template <class T = boost::spirit::x3::unused_type>
class word_table : public boost::spirit::x3::parser<word_table<T>> {
public:
    using attribute_type = T;
    static bool const has_attribute = !std::is_same_v<T, boost::spirit::x3::unused_type>;

    word_table() : data_(std::make_shared<data>()) {}

    /// Adds `key` with `value`; a key added again keeps its first value.
    word_table& add(std::string_view key, T value = T{}) {
        const auto index = static_cast<std::uint32_t>(data_->values.size());
        data_->values.push_back(value);
        data_->exact.add(key, index);
        data_->folded.add(key, index);
        return *this;
    }

    /// The value of the longest key `[first, last)` starts with (advancing `first` past it), or nullptr.
    template <bool IgnoreCase>
    const T* find_prefix(const char*& first, const char* last) const noexcept {
        std::uint32_t value = 0;
        std::size_t length = 0;
        const auto& index = IgnoreCase ? data_->folded : data_->exact;
        if (!index.find(first, static_cast<std::size_t>(last - first), value, length))
            return nullptr;
        first += length;
        return std::addressof(data_->values[value]);
    }

    template <class Iterator, class Context, class RContext, class Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute& attr) const {
        static_assert(std::is_same_v<Iterator, const char*>, "word tables read contiguous bytes");
        namespace x3 = boost::spirit::x3;
        x3::skip_over(first, last, context);
        using compare = decltype(x3::get_case_compare<boost::spirit::char_encoding::standard>(context));
        constexpr bool ignore_case =
            !std::is_same_v<compare, x3::case_compare<boost::spirit::char_encoding::standard>>;
        const T* value = find_prefix<ignore_case>(first, last);
        if (value == nullptr)
            return false;
        x3::traits::move_to(*value, attr);
        return true;
    }

private:
    struct data {
        std::vector<T> values;
        word_table_detail::key_index exact{false}, folded{true};
    };

    std::shared_ptr<data> data_;
};

} // namespace wirecopy::detail::grammar
