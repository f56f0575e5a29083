#include "StreamLossWatch.h"

#include "camera/FrameSource.h"

namespace reticle {

StreamLossWatch::StreamLossWatch(FrameSource &source, QObject *parent)
    : QObject(parent)
    , m_source(source)
{
    connect(&m_source, &FrameSource::stateChanged, this, [this](StreamStateMachine::State state) {
        const bool streaming = state == StreamStateMachine::State::Streaming;
        if (!streaming && state != StreamStateMachine::State::Connecting && state != StreamStateMachine::State::Idle
            && !m_lost) {
            m_lost = true;
            emit lost(m_source.lastError().isEmpty() ? tr("no frames from the camera") : m_source.lastError());
        } else if (streaming && m_lost) {
            m_lost = false;
            emit restored();
        }
    });
}

bool StreamLossWatch::isAvailable() const
{
    return !m_lost && m_source.state() == StreamStateMachine::State::Streaming;
}

} // namespace reticle
