// A table of words (and phrases) for the grammars: an X3 parser matching the longest of its keys that the
// input starts with, as `x3::symbols` does, with or without case (under `x3::no_case[]`, ASCII letters
// only), with the key's value as attribute.
//
// Why not `x3::symbols`: its ternary search tree follows one pointer per byte compared, siblings included,
// and under `no_case` calls the C library to fold each byte; the grammars look words up at nearly every word
// of prose, where that was the largest single cost. Here a look-up hashes the first two bytes to a bucket of
// a few keys, longest first, and compares each with one masked 8-byte load. A table is filled and indexed at
// its first look-up, so that start-up costs nothing.
#pragma once

#include <boost/config.hpp>
#include <boost/spirit/home/support/char_encoding/standard.hpp>
#include <boost/spirit/home/x3/core/parser.hpp>
#include <boost/spirit/home/x3/core/skip_over.hpp>
#include <boost/spirit/home/x3/support/no_case.hpp>
#include <boost/spirit/home/x3/support/traits/move_to.hpp>
#include <boost/spirit/home/x3/support/unused.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <cstdint>
#include <cstring>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
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
///
/// The keys' bytes are in a pool the table keeps (the exact and the folded index share it). Adding a key
/// only records where it is; `index()` then orders the keys into their buckets in place, without
/// allocating, before the first look-up.
class key_index {
public:
    key_index(const std::string& pool, bool folded) : pool_(pool), folded_(folded) { single_.fill(none); }

    /// Records the key at `pool[offset, offset + length)` for value `value`; a key already there keeps its
    /// value, as in `x3::symbols`.
    void add(std::uint32_t offset, std::uint32_t length, std::uint32_t value) {
        if (length == 1) {
            auto& slot = single_[static_cast<unsigned char>(folded_ ? fold(pool_[offset]) : pool_[offset])];
            if (slot == none)
                slot = value;
            return;
        }
        if (length == 0)
            return;
        key k;
        k.offset = offset;
        k.length = length;
        k.value = value;
        k.order = added_++;
        keys_.push_back(k);
        // Room for the buckets now, so that index() need not allocate: one per key at least.
        if (keys_.size() > (std::size_t{1} << bits_))
            ++bits_;
        bucket_begin_.resize((std::size_t{1} << bits_) + 1);
    }

    /// Puts the keys added into their buckets, longest first, dropping a key added again. Allocates nothing.
    void index() noexcept {
        first_pairs_.fill(0);
        for (key& k : keys_) {
            k.head = load8(pool_.data() + k.offset, k.length);
            if (folded_)
                k.head = fold8(k.head);
            k.mask = k.length >= 8 ? ~std::uint64_t{0} : (std::uint64_t{1} << (8 * k.length)) - 1;
            const std::size_t bit = slot_of_pair(pair_of(k.head), pair_bits);
            first_pairs_[bit / 64] |= std::uint64_t{1} << (bit % 64);
        }
        std::sort(keys_.begin(), keys_.end(), [&](const key& a, const key& b) {
            const std::size_t slot_a = slot_of(a.head), slot_b = slot_of(b.head);
            if (slot_a != slot_b)
                return slot_a < slot_b;
            if (a.length != b.length)
                return a.length > b.length;
            const int texts = compare_texts(a, b);
            return texts != 0 ? texts < 0 : a.order < b.order;
        });
        keys_.erase(std::unique(keys_.begin(), keys_.end(),
                                [&](const key& a, const key& b) {
                                    return a.length == b.length && compare_texts(a, b) == 0;
                                }),
                    keys_.end());
        std::fill(bucket_begin_.begin(), bucket_begin_.end(), 0);
        for (const key& k : keys_)
            ++bucket_begin_[slot_of(k.head) + 1];
        for (std::size_t i = 1; i < bucket_begin_.size(); ++i)
            bucket_begin_[i] += bucket_begin_[i - 1];
    }

    /// The value of the longest key [first, first + size) starts with, and that key's length (after
    /// `index()`). The eight bytes are loaded (and folded) once, for the bitmap, the bucket and the
    /// compares; a word whose first two bytes start no key is turned away before any bucket is read.
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
        std::uint64_t head = 0;   ///< the first (up to) eight bytes, folded when the index is
        std::uint64_t mask = 0;   ///< which bytes of `head` the key has
        std::uint32_t offset = 0; ///< into the byte pool
        std::uint32_t length = 0;
        std::uint32_t value = 0;
        std::uint32_t order = 0; ///< of addition: of a key added twice, the first is kept
    };
    static constexpr std::uint32_t none = static_cast<std::uint32_t>(-1);
    static constexpr unsigned pair_bits = 9; ///< the bitmap of first byte pairs has 2^9 bits

    /// The first two bytes of `head`, as one number.
    static std::uint32_t pair_of(std::uint64_t head) noexcept {
        return static_cast<std::uint32_t>(head & 0xFFFF);
    }

    std::size_t slot_of(std::uint64_t head) const noexcept { return slot_of_pair(pair_of(head), bits_); }

    char byte(char c) const noexcept { return folded_ ? fold(c) : c; }

    /// The texts of two keys of the same length, compared as the index sees them (folded or not).
    int compare_texts(const key& a, const key& b) const noexcept {
        for (std::uint32_t i = 0; i < a.length; ++i) {
            const auto x = static_cast<unsigned char>(byte(pool_[a.offset + i]));
            const auto y = static_cast<unsigned char>(byte(pool_[b.offset + i]));
            if (x != y)
                return x < y ? -1 : 1;
        }
        return 0;
    }

    /// Can a key of two bytes or more start with these two bytes?
    bool may_start_a_key(std::uint32_t pair) const noexcept {
        const std::size_t bit = slot_of_pair(pair, pair_bits);
        return (first_pairs_[bit / 64] >> (bit % 64) & 1) != 0;
    }

    /// The longest key of two bytes or more that [first, first + size) starts with; `head` is its first
    /// eight bytes (folded when the index is).
    bool find_in_bucket(const char* first, std::size_t size, std::uint64_t head, std::uint32_t& value,
                        std::size_t& length) const noexcept {
        const std::size_t slot = slot_of(head);
        for (std::size_t i = bucket_begin_[slot]; i < bucket_begin_[slot + 1]; ++i) {
            const key& k = keys_[i];
            if ((head & k.mask) != k.head || k.length > size || (k.length > 8 && !same_tail(first, k)))
                continue;
            value = k.value;
            length = k.length;
            return true;
        }
        return false;
    }

    bool same_tail(const char* first, const key& k) const noexcept {
        const char* key_text = pool_.data() + k.offset;
        for (std::size_t i = 8; i < k.length; ++i)
            if (byte(first[i]) != byte(key_text[i]))
                return false;
        return true;
    }

    const std::string& pool_;
    bool folded_;
    unsigned bits_ = 4;
    std::uint32_t added_ = 0;
    std::vector<key> keys_; ///< after index(), grouped by bucket
    /// Where each bucket's keys start in `keys_`, and, last, where they end (none before the first key).
    std::vector<std::uint32_t> bucket_begin_;
    std::array<std::uint64_t, (1u << pair_bits) / 64> first_pairs_{};
    std::array<std::uint32_t, 256> single_{};
};

} // namespace word_table_detail

template <class T>
class word_table;

/// Does a parser in `Context` ignore case (is it under `x3::no_case`)?
template <class Context>
inline constexpr bool ignores_case =
    !std::is_same_v<decltype(boost::spirit::x3::get_case_compare<boost::spirit::char_encoding::standard>(
                        std::declval<const Context&>())),
                    boost::spirit::x3::case_compare<boost::spirit::char_encoding::standard>>;

/// The X3 parser of a table: what a grammar expression holds of it, the table's address. (X3 expressions
/// hold their parsers by value; a table, with its keys and its lock, is never copied.)
template <class T>
class word_table_parser : public boost::spirit::x3::parser<word_table_parser<T>> {
public:
    using attribute_type = T;
    static bool const has_attribute = !std::is_same_v<T, boost::spirit::x3::unused_type>;

    constexpr explicit word_table_parser(const word_table<T>& table) noexcept
        : table_(std::addressof(table)) {}

    template <class Iterator, class Context, class RContext, class Attribute>
    bool parse(Iterator& first, Iterator const& last, Context const& context, RContext&,
               Attribute& attr) const {
        static_assert(std::is_same_v<Iterator, const char*>, "word tables read contiguous bytes");
        namespace x3 = boost::spirit::x3;
        x3::skip_over(first, last, context);
        const T* value = table_->template find_prefix<ignores_case<Context>>(first, last);
        if (value == nullptr)
            return false;
        x3::traits::move_to(*value, attr);
        return true;
    }

private:
    const word_table<T>* table_;
};

/// Words with values of type `T` (none by default), as an X3 parser of the longest key the input starts
/// with. A grammar's table is given the function that adds its keys, `word_table<int> months{[](auto& table)
/// { table.add("jan", 1); … }}`, which runs at the table's first look-up: such a table is initialised as a
/// constant, and a program pays only for the tables it uses, when it first uses them. A table built at run
/// time is made empty and given its keys with `add()`. Once filled a table is only read, so it is safe to
/// share between threads: the first look-up adds the keys and indexes them once, under a lock (a failure to
/// allocate there ends the program, as look-ups do not throw).
template <class T = boost::spirit::x3::unused_type>
class word_table {
public:
    static bool const has_attribute = word_table_parser<T>::has_attribute;

    /// A table's keys, their bytes and their values.
    class keys {
    public:
        /// Adds `key` with `value`; a key added again keeps its first value. Out of line, so that the
        /// function filling a table, which every translation unit compiles, stays a loop of calls.
        BOOST_NOINLINE keys& add(std::string_view key, T value = T{}) {
            std::uint32_t index = 0; // a table without values keeps none: they would all be one empty value
            if constexpr (has_attribute) {
                index = static_cast<std::uint32_t>(values_.size());
                values_.push_back(value);
            }
            const auto offset = static_cast<std::uint32_t>(pool_.size());
            const auto length = static_cast<std::uint32_t>(key.size());
            pool_ += key;
            exact_.add(offset, length, index);
            folded_.add(offset, length, index);
            return *this;
        }

        /// Adds each word of `words` with `value`.
        template <std::size_t N>
        keys& add_all(const char* const (&words)[N], T value = T{}) {
            for (const char* word : words)
                add(word, value);
            return *this;
        }

    private:
        friend class word_table;

        std::vector<T> values_; ///< of the keys, in the order they were added (none without values)
        T no_value_{};          ///< what a table without values gives for every key
        std::string pool_;      ///< the keys' bytes, one after the other
        word_table_detail::key_index exact_{pool_, false}, folded_{pool_, true};
    };

    using fill_function = void (*)(keys&);

    /// A table whose keys `fill` adds at its first look-up.
    constexpr explicit word_table(fill_function fill) noexcept : fill_(fill) {}

    /// An empty table, to be given its keys with `add()`.
    word_table() noexcept = default;

    word_table(const word_table&) = delete;
    word_table& operator=(const word_table&) = delete;

    /// Adds `key` with `value`; a key added again keeps its first value. Not while others look up.
    word_table& add(std::string_view key, T value = T{}) {
        filled().add(key, value);
        indexed_.store(nullptr, std::memory_order_relaxed);
        return *this;
    }

    /// The value of the longest key `[first, last)` starts with (advancing `first` past it), or nullptr.
    template <bool IgnoreCase>
    const T* find_prefix(const char*& first, const char* last) const noexcept {
        const keys* k = indexed_.load(std::memory_order_acquire);
        if (BOOST_UNLIKELY(k == nullptr))
            k = index_keys();
        std::uint32_t value = 0;
        std::size_t length = 0;
        const auto& index = IgnoreCase ? k->folded_ : k->exact_;
        if (!index.find(first, static_cast<std::size_t>(last - first), value, length))
            return nullptr;
        first += length;
        if constexpr (has_attribute)
            return std::addressof(k->values_[value]);
        else
            return std::addressof(k->no_value_);
    }

private:
    /// The keys, added by the fill function the first time they are asked for.
    keys& filled() const {
        if (!keys_) {
            keys_ = std::make_unique<keys>();
            if (fill_ != nullptr)
                fill_(*keys_);
        }
        return *keys_;
    }

    /// Adds the keys and indexes them, once: the threads that find them not yet indexed wait for the first.
    /// Out of line, so that the look-up it guards stays small enough to be inlined where it is used.
    BOOST_NOINLINE const keys* index_keys() const noexcept {
        const std::lock_guard<std::mutex> lock(indexing_);
        if (const keys* k = indexed_.load(std::memory_order_relaxed))
            return k;
        keys& k = filled();
        k.exact_.index();
        k.folded_.index();
        indexed_.store(&k, std::memory_order_release);
        return &k;
    }

    fill_function fill_ = nullptr;
    mutable std::unique_ptr<keys> keys_;
    /// The keys once indexed; null before, and again after an `add()`.
    mutable std::atomic<const keys*> indexed_{nullptr};
    mutable std::mutex indexing_;
};

} // namespace wirecopy::detail::grammar

/// A word table as X3 takes it into an expression: its parser, which refers to it. (X3 looks for an
/// `as_spirit_parser` function too, but does not call it in constant expressions.)
namespace boost::spirit::x3::extension {
template <class T>
struct as_parser<wirecopy::detail::grammar::word_table<T>> {
    using type = wirecopy::detail::grammar::word_table_parser<T>;
    using value_type = type;
    static constexpr type call(const wirecopy::detail::grammar::word_table<T>& table) noexcept {
        return type(table);
    }
};
} // namespace boost::spirit::x3::extension
