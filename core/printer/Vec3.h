#pragma once

#include <cmath>

namespace reticle {

// A printer position or offset in millimetres (X, Y, Z). Doubles: Klipper positions are doubles
// and offsets are written to the micrometre.
struct Vec3
{
    double x = 0.0;
    double y = 0.0;
    double z = 0.0;

    double operator[](int axis) const { return axis == 0 ? x : axis == 1 ? y : z; }
    double &operator[](int axis) { return axis == 0 ? x : axis == 1 ? y : z; }
    Vec3 operator+(const Vec3 &o) const { return {x + o.x, y + o.y, z + o.z}; }
    Vec3 operator-(const Vec3 &o) const { return {x - o.x, y - o.y, z - o.z}; }
    double length() const { return std::sqrt(x * x + y * y + z * z); }
    bool isFinite() const { return std::isfinite(x) && std::isfinite(y) && std::isfinite(z); }
    friend bool operator==(const Vec3 &, const Vec3 &) = default;
};

} // namespace reticle
