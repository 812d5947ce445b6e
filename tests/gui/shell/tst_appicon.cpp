// The app icon shown at start comes from pixels rendered at build time (resources/render_icon.cpp,
// issue 13: the window's first paint loads no SVG engine and no image-format plugin). Checked:
// the pixels are the SVG's (rendered here with Qt Svg, as the build tool does: a wrong byte
// order, stride or size would differ), every window icon size is there, the high-DPI pixmap is
// the larger rendering, and showing the icon mapped neither the SVG icon engine nor an
// image-format plugin into this process.
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QTest>

#include "shell/AppIcon.h"

namespace {

QImage fromSvg(int size)
{
    QSvgRenderer svg(QStringLiteral(":/icons/clusterwright.svg"));
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter);
    return image;
}

// Whether a shared object whose path contains `name` is mapped into this process.
bool mapped(const QByteArray &name)
{
    QFile maps(QStringLiteral("/proc/self/maps"));
    return maps.open(QIODevice::ReadOnly) && maps.readAll().contains(name);
}

} // namespace

class TestAppIcon : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    // First, before anything in this process loaded an image through QImageReader.
    void showingTheIconLoadsNoImagePlugin()
    {
        QVERIFY(!mapped("imageformats/"));
        QVERIFY(!mapped("iconengines/"));
        const QIcon icon = cw::ui::appIcon();
        const QPixmap page = cw::ui::appIconPixmap(96, 1.0);
        QVERIFY(!icon.isNull());
        QVERIFY(!page.isNull());
        QVERIFY2(!mapped("imageformats/"), "an image-format plugin was loaded for the app icon");
        QVERIFY2(!mapped("iconengines/"), "an icon engine plugin was loaded for the app icon");
    }

    void thePixelsAreTheSvgs()
    {
        for (const int size : {16, 48, 96, 192}) {
            const QImage shown = cw::ui::appIconPixmap(size, 1.0).toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
            QCOMPARE(shown.size(), QSize(size, size));
            QCOMPARE(shown, fromSvg(size));
        }
    }

    void theWindowIconHasEverySize()
    {
        const QList<QSize> sizes = cw::ui::appIcon().availableSizes();
        for (const int size : {16, 32, 48, 64, 128})
            QVERIFY2(sizes.contains(QSize(size, size)), qPrintable(QString::number(size)));
    }

    void aHighDpiScreenGetsTheLargerRendering()
    {
        const QPixmap pixmap = cw::ui::appIconPixmap(96, 2.0);
        QCOMPARE(pixmap.size(), QSize(192, 192));
        QCOMPARE(pixmap.devicePixelRatio(), 2.0);
        QImage pixels = pixmap.toImage().convertToFormat(QImage::Format_ARGB32_Premultiplied);
        pixels.setDevicePixelRatio(1.0);
        QCOMPARE(pixels, fromSvg(192));
        // Between rendered sizes: the next larger one, scaled down to the pixels asked for.
        QCOMPARE(cw::ui::appIconPixmap(40, 1.0).size(), QSize(40, 40));
    }
};

QTEST_MAIN(TestAppIcon)
#include "tst_appicon.moc"
