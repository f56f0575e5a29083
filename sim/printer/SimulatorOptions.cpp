#include "SimulatorOptions.h"

namespace reticle::sim {

QString SimulatorOptions::toolName(int number) const
{
    if (cameraTool && number == tools)
        return QStringLiteral("C0");
    return QStringLiteral("T%1").arg(number);
}

SimulatorOptions SimulatorOptions::forTests()
{
    SimulatorOptions options;
    options.connectDelayMs = 20;
    options.startupMs = 20;
    options.restartDownMs = 100;
    options.maxVelocity = 5000.0;
    options.maxAccel = 200000.0;
    options.maxZVelocity = 2000.0;
    options.maxZAccel = 100000.0;
    options.homingSpeed = 5000.0;
    return options;
}

SimulatorOptions SimulatorOptions::demo()
{
    SimulatorOptions options;
    options.tools = 3;
    options.cameraTool = true;
    options.trueOffsets.insert(1, QVector3D(0.412f, -0.287f, 0.05f));
    options.trueOffsets.insert(2, QVector3D(-0.318f, 0.226f, -0.03f));
    options.backlash = 0.01;
    options.positionNoise = 0.003;
    options.seed = 7;
    return options;
}

} // namespace reticle::sim
