#include "arm/OneShotBody.h"

#include <algorithm>
#include <cstring>

namespace cw::arm {

OneShotBody::OneShotBody(QByteArray bytes, QObject *parent)
    : QIODevice(parent)
    , m_bytes(std::move(bytes))
{
    open(QIODevice::ReadOnly);
}

qint64 OneShotBody::bytesAvailable() const
{
    return (m_bytes.size() - m_position) + QIODevice::bytesAvailable();
}

qint64 OneShotBody::readData(char *data, qint64 maxSize)
{
    const qint64 left = m_bytes.size() - m_position;
    if (left <= 0)
        return -1; // end of body
    const qint64 count = std::min(left, maxSize);
    std::memcpy(data, m_bytes.constData() + m_position, size_t(count));
    m_position += count;
    return count;
}

} // namespace cw::arm
