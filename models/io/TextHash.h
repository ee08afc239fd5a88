#pragma once

#include <QStringView>

#include <cstring>

namespace caseload {

__extension__ typedef unsigned __int128 TextHashWide; // GCC and Clang; __extension__ keeps -Wpedantic quiet

/// A fast 64-bit hash of UTF-16 text, in the style of wyhash: 8-byte words folded through 128-bit
/// multiplications, so that every input bit reaches every output bit. Deterministic (no per-process
/// seed), unlike qHash, and without qHash's weak spots on short keys that differ in a few characters
/// (two case numbers of one court differ in only a digit or two).
inline quint64 textHash64(QStringView text)
{
    constexpr quint64 p0 = 0xa0761d6478bd642full, p1 = 0xe7037ed1a0b428dbull, p2 = 0x8ebc6af09c88c6e3ull;
    const auto mix = [](quint64 a, quint64 b) {
        const TextHashWide r = static_cast<TextHashWide>(a) * b;
        return static_cast<quint64>(r) ^ static_cast<quint64>(r >> 64);
    };
    const char *p = reinterpret_cast<const char *>(text.utf16());
    size_t n = size_t(text.size()) * 2;
    quint64 h = mix(p0 ^ n, p1);
    while (n >= 8) {
        quint64 word;
        std::memcpy(&word, p, 8);
        h = mix(h ^ word, p2);
        p += 8;
        n -= 8;
    }
    if (n > 0) {
        quint64 word = 0;
        std::memcpy(&word, p, n);
        h = mix(h ^ word ^ p0, p2);
    }
    return mix(h, p1 ^ h);
}

} // namespace caseload
