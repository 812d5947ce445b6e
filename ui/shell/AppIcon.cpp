#include "shell/AppIcon.h"

#include <QImage>
#include <QResource>
#include <QString>

#include <array>
#include <cmath>
#include <cstring>

namespace cw::ui {
namespace {

// resources/CMakeLists.txt renders these (CW_APP_ICON_SIZES).
constexpr std::array kRenderedSizes{16, 32, 48, 64, 96, 128, 192};
constexpr std::array kWindowIconSizes{16, 32, 48, 64, 128};

// The rendered size x size icon, on its pixels where they lie in the binary (embedded
// uncompressed: nothing is inflated or copied here); null when the resource is not that.
QImage rendered(int size)
{
    const QResource resource(QStringLiteral(":/icons/clusterwright-%1.argb").arg(size));
    if (!resource.isValid() || resource.compressionAlgorithm() != QResource::NoCompression
        || resource.size() != qint64(size) * size * 4)
        return {};
    if (quintptr(resource.data()) % alignof(quint32) == 0)
        return QImage(resource.data(), size, size, size * 4, QImage::Format_ARGB32_Premultiplied);
    QImage copy(size, size, QImage::Format_ARGB32_Premultiplied); // QImage wants aligned pixels
    std::memcpy(copy.bits(), resource.data(), std::size_t(resource.size()));
    return copy;
}

} // namespace

QIcon appIcon()
{
    QIcon icon;
    for (const int size : kWindowIconSizes)
        if (const QImage image = rendered(size); !image.isNull())
            icon.addPixmap(QPixmap::fromImage(image));
    return icon;
}

QPixmap appIconPixmap(int logicalSize, qreal devicePixelRatio)
{
    const int pixels = int(std::ceil(logicalSize * devicePixelRatio));
    int chosen = kRenderedSizes.back();
    for (const int size : kRenderedSizes) {
        if (size >= pixels) {
            chosen = size;
            break;
        }
    }
    QImage image = rendered(chosen);
    if (image.isNull())
        return {};
    if (chosen != pixels)
        image = image.scaled(pixels, pixels, Qt::KeepAspectRatio, Qt::SmoothTransformation);
    QPixmap pixmap = QPixmap::fromImage(image);
    pixmap.setDevicePixelRatio(devicePixelRatio);
    return pixmap;
}

} // namespace cw::ui
