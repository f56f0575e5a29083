#pragma once

#include <cmath>
#include <cstdint>

// Seeded, smooth 2-D value noise evaluated at continuous coordinates, used for textures that are
// anchored in printer coordinates (they move with what they belong to, never with the camera).
namespace reticle::sim::noise {

inline std::uint32_t hash(std::int64_t x, std::int64_t y, std::uint32_t seed)
{
    auto h = std::uint32_t(std::uint64_t(x) * 0x8DA6B343u) ^ std::uint32_t(std::uint64_t(y) * 0xD8163841u)
        ^ (seed * 0xCB1AB31Fu);
    h ^= h >> 13;
    h *= 0x5BD1E995u;
    h ^= h >> 15;
    h *= 0x27D4EB2Du;
    h ^= h >> 16;
    return h;
}

inline float lattice(std::int64_t x, std::int64_t y, std::uint32_t seed)
{
    return float(hash(x, y, seed) & 0xFFFFFFu) / float(0xFFFFFF);
}

// Value noise in [0, 1] with cells of size 1.
inline float value(double x, double y, std::uint32_t seed)
{
    const double fx = std::floor(x), fy = std::floor(y);
    const auto ix = std::int64_t(fx), iy = std::int64_t(fy);
    auto tx = float(x - fx), ty = float(y - fy);
    tx = tx * tx * (3.0f - 2.0f * tx);
    ty = ty * ty * (3.0f - 2.0f * ty);
    const float a = lattice(ix, iy, seed), b = lattice(ix + 1, iy, seed);
    const float c = lattice(ix, iy + 1, seed), d = lattice(ix + 1, iy + 1, seed);
    return (a + (b - a) * tx) + ((c + (d - c) * tx) - (a + (b - a) * tx)) * ty;
}

} // namespace reticle::sim::noise
