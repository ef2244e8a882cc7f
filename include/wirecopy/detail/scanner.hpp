// Byte scanning with SIMD: the passes that touch every byte of a story run here.
//
// Two searches: the first byte of a small set (quote-mark lead bytes), and the first "unusual" byte (a
// control other than white space, DEL, or any non-ASCII byte) for the input checks. Each has a scalar,
// an SSE2 and an AVX2 version on x86-64 and a NEON version on AArch64. The level is chosen at run time
// (the best the CPU has) and can be forced with the environment variable WIRECOPY_SIMD=scalar|sse2|avx2|neon
// or at compile time with -DWIRECOPY_SIMD_LEVEL=<same names>; tests run every level the machine has.
#pragma once

#include <atomic>
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <initializer_list>
#include <string_view>

#if defined(__x86_64__) || defined(_M_X64)
#define WIRECOPY_X86_64 1
#include <emmintrin.h>
#elif defined(__aarch64__) || defined(_M_ARM64)
#define WIRECOPY_AARCH64 1
#include <arm_neon.h>
#endif

#if defined(WIRECOPY_X86_64) && (defined(__GNUC__) || defined(__clang__))
#define WIRECOPY_TARGET_AVX2 __attribute__((target("avx2")))
#define WIRECOPY_HAVE_AVX2_CODE 1
#endif

namespace wirecopy::detail {

enum class simd_level : unsigned char { scalar, sse2, avx2, neon };

constexpr std::string_view to_string(simd_level level) noexcept {
    constexpr std::string_view names[] = {"scalar", "sse2", "avx2", "neon"};
    return names[static_cast<unsigned>(level)];
}

/// Up to eight bytes searched for at once: the vector searches compare against each, the scalar one
/// looks each byte up in a 256-bit membership table (a loop over the list cost more than the vector scan
/// on the short ranges between quote marks).
struct byte_set {
    unsigned char bytes[8] = {};
    unsigned count = 0;
    std::uint64_t members[4] = {};

    constexpr byte_set(std::initializer_list<unsigned char> list) noexcept {
        for (const unsigned char c : list) {
            if (count == sizeof bytes)
                break;
            bytes[count++] = c;
            members[c >> 6] |= std::uint64_t{1} << (c & 63);
        }
    }
    constexpr bool contains(unsigned char c) const noexcept { return (members[c >> 6] >> (c & 63)) & 1; }
};

/// A control byte other than white space, DEL, or a byte of a non-ASCII character.
constexpr bool is_unusual_byte(unsigned char c) noexcept {
    return (c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != '\f' && c != '\v') || c >= 0x7F;
}

namespace scan {

inline const char* find_scalar(const char* p, const char* end, const byte_set& set) noexcept {
    for (; p < end; ++p)
        if (set.contains(static_cast<unsigned char>(*p)))
            return p;
    return end;
}

inline const char* find_unusual_scalar(const char* p, const char* end) noexcept {
    // Eight bytes at a time: a word holding a byte >= 0x7F or below 0x20 is looked at byte by byte (white
    // space sends it there too, then the scan goes on word by word).
    constexpr std::uint64_t ones = 0x0101010101010101ULL, highs = 0x8080808080808080ULL;
    while (end - p >= 8) {
        std::uint64_t word;
        std::memcpy(&word, p, 8);
        const std::uint64_t del = word ^ (0x7F * ones);
        const std::uint64_t flags =
            (word & highs) | ((word - 0x20 * ones) & ~word & highs) | ((del - ones) & ~del & highs);
        if (flags)
            for (int i = 0; i < 8; ++i)
                if (is_unusual_byte(static_cast<unsigned char>(p[i])))
                    return p + i;
        p += 8;
    }
    for (; p < end; ++p)
        if (is_unusual_byte(static_cast<unsigned char>(*p)))
            return p;
    return end;
}

#if defined(WIRECOPY_X86_64)
inline int first_bit(unsigned mask) noexcept {
    return __builtin_ctz(mask);
}

/// Bytes of `set` in the 16 bytes at `at`, one bit each.
inline unsigned set_mask_sse2(const char* at, const __m128i* needles, unsigned count) noexcept {
    const __m128i v = _mm_loadu_si128(reinterpret_cast<const __m128i*>(at));
    __m128i hits = _mm_setzero_si128();
    for (unsigned i = 0; i < count; ++i)
        hits = _mm_or_si128(hits, _mm_cmpeq_epi8(v, needles[i]));
    return static_cast<unsigned>(_mm_movemask_epi8(hits));
}

// The vector searches end with one vector that ends at `end`: the bytes it shares with the vector before
// held no match (else the search had stopped there), so its first match is the first one.
inline const char* find_sse2(const char* p, const char* end, const byte_set& set) noexcept {
    if (end - p < 16)
        return find_scalar(p, end, set);
    __m128i needles[8];
    for (unsigned i = 0; i < set.count; ++i)
        needles[i] = _mm_set1_epi8(static_cast<char>(set.bytes[i]));
    for (; end - p > 16; p += 16)
        if (const unsigned mask = set_mask_sse2(p, needles, set.count))
            return p + first_bit(mask);
    const unsigned mask = set_mask_sse2(end - 16, needles, set.count);
    return mask ? end - 16 + first_bit(mask) : end;
}

/// Unusual bytes in a 16-byte vector: signed `v < 0x20` covers controls and every byte >= 0x80.
inline unsigned unusual_mask_sse2(__m128i v) noexcept {
    const __m128i low = _mm_cmplt_epi8(v, _mm_set1_epi8(0x20));
    const __m128i space = _mm_or_si128(
        _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\t')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\n'))),
        _mm_or_si128(
            _mm_cmpeq_epi8(v, _mm_set1_epi8('\r')),
            _mm_or_si128(_mm_cmpeq_epi8(v, _mm_set1_epi8('\f')), _mm_cmpeq_epi8(v, _mm_set1_epi8('\v')))));
    const __m128i del = _mm_cmpeq_epi8(v, _mm_set1_epi8(0x7F));
    return static_cast<unsigned>(_mm_movemask_epi8(_mm_or_si128(_mm_andnot_si128(space, low), del)));
}

inline const char* find_unusual_sse2(const char* p, const char* end) noexcept {
    while (end - p >= 16) {
        if (const unsigned mask = unusual_mask_sse2(_mm_loadu_si128(reinterpret_cast<const __m128i*>(p))))
            return p + first_bit(mask);
        p += 16;
    }
    return find_unusual_scalar(p, end);
}
#endif

#if defined(WIRECOPY_HAVE_AVX2_CODE)
// The AVX2 searches are written with the vector extensions of GCC and Clang, which give the same
// instructions as the intrinsics: the intrinsics need <immintrin.h>, which costs every unit that includes
// the engine more to parse than all of this header.
using bytes32 = char __attribute__((vector_size(32)));
using signed_bytes32 = signed char __attribute__((vector_size(32)));

WIRECOPY_TARGET_AVX2 inline bytes32 load32(const char* at) noexcept {
    bytes32 v;
    std::memcpy(&v, at, sizeof v);
    return v;
}

/// One bit for each byte of `v` whose high bit is set (a true comparison sets all eight).
WIRECOPY_TARGET_AVX2 inline unsigned high_bits(bytes32 v) noexcept {
    return static_cast<unsigned>(__builtin_ia32_pmovmskb256(v));
}

/// Bytes of `set` in the 32 bytes at `at`, one bit each.
WIRECOPY_TARGET_AVX2 inline unsigned set_mask_avx2(const char* at, const bytes32* needles,
                                                   unsigned count) noexcept {
    const bytes32 v = load32(at);
    bytes32 hits = {};
    for (unsigned i = 0; i < count; ++i)
        hits |= (bytes32)(v == needles[i]);
    return high_bits(hits);
}

WIRECOPY_TARGET_AVX2 inline const char* find_avx2(const char* p, const char* end,
                                                  const byte_set& set) noexcept {
    if (end - p < 32)
        return find_sse2(p, end, set);
    bytes32 needles[8];
    for (unsigned i = 0; i < set.count; ++i)
        needles[i] = bytes32{} + static_cast<char>(set.bytes[i]);
    for (; end - p > 32; p += 32)
        if (const unsigned mask = set_mask_avx2(p, needles, set.count))
            return p + first_bit(mask);
    const unsigned mask = set_mask_avx2(end - 32, needles, set.count);
    return mask ? end - 32 + first_bit(mask) : end;
}

WIRECOPY_TARGET_AVX2 inline const char* find_unusual_avx2(const char* p, const char* end) noexcept {
    const signed_bytes32 space_limit = signed_bytes32{} + 0x20;
    while (end - p >= 32) {
        const bytes32 v = load32(p);
        const bytes32 low = (bytes32)(space_limit > (signed_bytes32)v);
        const bytes32 space = (bytes32)((v == '\t') | (v == '\n') | (v == '\r') | (v == '\f') | (v == '\v'));
        const bytes32 del = (bytes32)(v == 0x7F);
        if (const unsigned mask = high_bits((~space & low) | del))
            return p + first_bit(mask);
        p += 32;
    }
    return find_unusual_sse2(p, end);
}
#endif

#if defined(WIRECOPY_AARCH64)
/// Index of the first non-zero byte of a NEON comparison result, or 16.
inline unsigned first_set_lane(uint8x16_t hits) noexcept {
    // Narrow each byte to a nibble: a 64-bit mask with 4 bits per lane.
    const uint64_t mask = vget_lane_u64(vreinterpret_u64_u8(vshrn_n_u16(vreinterpretq_u16_u8(hits), 4)), 0);
    return mask ? static_cast<unsigned>(__builtin_ctzll(mask)) / 4 : 16;
}

inline const char* find_neon(const char* p, const char* end, const byte_set& set) noexcept {
    uint8x16_t needles[8];
    for (unsigned i = 0; i < set.count; ++i)
        needles[i] = vdupq_n_u8(set.bytes[i]);
    while (end - p >= 16) {
        const uint8x16_t v = vld1q_u8(reinterpret_cast<const uint8_t*>(p));
        uint8x16_t hits = vdupq_n_u8(0);
        for (unsigned i = 0; i < set.count; ++i)
            hits = vorrq_u8(hits, vceqq_u8(v, needles[i]));
        if (vmaxvq_u8(hits))
            return p + first_set_lane(hits);
        p += 16;
    }
    return find_scalar(p, end, set);
}

inline const char* find_unusual_neon(const char* p, const char* end) noexcept {
    while (end - p >= 16) {
        const uint8x16_t v = vld1q_u8(reinterpret_cast<const uint8_t*>(p));
        // White space \t..\r is 0x09..0x0D: unusual below 0x20 are the rest.
        const uint8x16_t low = vcltq_u8(v, vdupq_n_u8(0x20));
        const uint8x16_t space = vandq_u8(vcgeq_u8(v, vdupq_n_u8('\t')), vcleq_u8(v, vdupq_n_u8('\r')));
        const uint8x16_t unusual = vorrq_u8(vbicq_u8(low, space), vcgeq_u8(v, vdupq_n_u8(0x7F)));
        if (vmaxvq_u8(unusual))
            return p + first_set_lane(unusual);
        p += 16;
    }
    return find_unusual_scalar(p, end);
}
#endif

using find_function = const char* (*)(const char*, const char*, const byte_set&) noexcept;
using find_unusual_function = const char* (*)(const char*, const char*) noexcept;

/// The search functions of one SIMD level.
struct functions {
    find_function find;
    find_unusual_function find_unusual;
};

/// Is `level` usable on this machine?
inline bool available(simd_level level) noexcept {
    switch (level) {
    case simd_level::scalar:
        return true;
    case simd_level::sse2:
#if defined(WIRECOPY_X86_64)
        return true;
#else
        return false;
#endif
    case simd_level::avx2:
#if defined(WIRECOPY_HAVE_AVX2_CODE)
        return __builtin_cpu_supports("avx2");
#else
        return false;
#endif
    case simd_level::neon:
#if defined(WIRECOPY_AARCH64)
        return true;
#else
        return false;
#endif
    }
    return false;
}

inline functions functions_for(simd_level level) noexcept {
    switch (level) {
#if defined(WIRECOPY_X86_64)
    case simd_level::sse2:
        return {&find_sse2, &find_unusual_sse2};
#endif
#if defined(WIRECOPY_HAVE_AVX2_CODE)
    case simd_level::avx2:
        return {&find_avx2, &find_unusual_avx2};
#endif
#if defined(WIRECOPY_AARCH64)
    case simd_level::neon:
        return {&find_neon, &find_unusual_neon};
#endif
    default:
        return {&find_scalar, &find_unusual_scalar};
    }
}

inline bool level_named(std::string_view name, simd_level& out) noexcept {
    for (simd_level level : {simd_level::scalar, simd_level::sse2, simd_level::avx2, simd_level::neon})
        if (name == to_string(level)) {
            out = level;
            return true;
        }
    return false;
}

#define WIRECOPY_STRINGIFY_(x) #x
#define WIRECOPY_STRINGIFY(x) WIRECOPY_STRINGIFY_(x)

/// The level to use: forced at compile time, else by WIRECOPY_SIMD, else the best the CPU has.
inline simd_level chosen_level() noexcept {
    simd_level level = simd_level::scalar;
#if defined(WIRECOPY_SIMD_LEVEL)
    if (level_named(WIRECOPY_STRINGIFY(WIRECOPY_SIMD_LEVEL), level) && available(level))
        return level;
#endif
    if (const char* name = std::getenv("WIRECOPY_SIMD"); name && level_named(name, level) && available(level))
        return level;
    for (simd_level best : {simd_level::avx2, simd_level::neon, simd_level::sse2})
        if (available(best))
            return best;
    return simd_level::scalar;
}

/// The functions in use, decided once (thread-safe) and shared by every story.
inline const functions& active() noexcept {
    static const functions chosen = functions_for(chosen_level());
    return chosen;
}

} // namespace scan

/// First byte of `set` in [p, end), or `end`.
inline const char* find_byte(const char* p, const char* end, const byte_set& set) noexcept {
    // Below one vector, setting up the vector compares costs more than looking at each byte.
    if (end - p < 16)
        return scan::find_scalar(p, end, set);
    return scan::active().find(p, end, set);
}

/// First unusual byte (see `is_unusual_byte`) in [p, end), or `end`.
inline const char* find_unusual_byte(const char* p, const char* end) noexcept {
    return scan::active().find_unusual(p, end);
}

/// Position of the last `c` in `s`, or npos. glibc's memrchr is vectorised; `std::string_view::rfind`
/// looks at a byte at a time, which made it most of the parse of a header block megabytes long.
inline std::size_t find_last_byte(std::string_view s, char c) noexcept {
#if defined(__GLIBC__)
    if (s.empty()) // (memrchr must not be given a null pointer, which an empty view may hold)
        return std::string_view::npos;
    const void* const at = memrchr(s.data(), c, s.size());
    return at ? static_cast<std::size_t>(static_cast<const char*>(at) - s.data()) : std::string_view::npos;
#else
    return s.rfind(c);
#endif
}

} // namespace wirecopy::detail
