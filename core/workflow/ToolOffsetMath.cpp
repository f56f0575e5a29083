#include "ToolOffsetMath.h"

namespace reticle {

Offset3 ToolOffsetMath::offsetOf(const Offset3 &referenceOffset, const Offset3 &referenceCentre,
                                 const Offset3 &toolCentre)
{
    return referenceOffset + (toolCentre - referenceCentre);
}

} // namespace reticle
