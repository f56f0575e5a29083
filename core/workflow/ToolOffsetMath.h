#pragma once

namespace reticle {

// An X/Y/Z offset or position in millimetres (double precision: microns on a 300 mm bed).
struct Offset3
{
    double x = 0.0;
    double y = 0.0;
    double z = 0.0;

    friend Offset3 operator+(const Offset3 &a, const Offset3 &b) { return {a.x + b.x, a.y + b.y, a.z + b.z}; }
    friend Offset3 operator-(const Offset3 &a, const Offset3 &b) { return {a.x - b.x, a.y - b.y, a.z - b.z}; }
    friend Offset3 operator-(const Offset3 &a) { return {-a.x, -a.y, -a.z}; }
    friend bool operator==(const Offset3 &, const Offset3 &) = default;
};

// Klipper-convention offsets from camera centring (moonraker-api.md section 9.6): with the
// reference tool R centred at toolhead position T_R and tool n at T_n, o_n = o_R + (T_n − T_R).
// Positions are toolhead.position (physical frame), so the result does not depend on which gcode or
// tool offsets were active while measuring.
class ToolOffsetMath
{
public:
    static Offset3 offsetOf(const Offset3 &referenceOffset, const Offset3 &referenceCentre,
                            const Offset3 &toolCentre);
    // RepRapFirmware's G10 subtracts the offset: its value is the Klipper value negated.
    static Offset3 toRepRapFirmware(const Offset3 &klipperOffset) { return -klipperOffset; }
};

} // namespace reticle
