// Build tool: renders the app icon's SVG into the pixel sizes the app shows at start.
//   cw_render_icon <input.svg> <output-dir> <basename> <size>...
// writes <output-dir>/<basename>-<size>.argb for each size: the size x size premultiplied ARGB32
// pixels, row by row (what ui/shell/AppIcon.cpp shows; resources/CMakeLists.txt embeds them
// uncompressed, so the app's images point at them where they lie in the binary).
// Why not the SVG: it loads Qt's SVG icon engine and renders the drawing on the GUI thread
// before the first paint. Why not PNG: QImageReader loads every image-format plugin (gif, ico,
// jpeg, svg and Qt Svg) to ask which reads the file, even with the format named (Qt 6.4). Both
// cost ~6 ms of the time-to-clusters (and inflating zlib-compressed pixels ~1 ms for 256 px on a
// 2-core VM); these pixels cost nothing until they are painted. The SVG stays the one source (and
// the installed scalable icon).
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    qputenv("QT_QPA_PLATFORM", "offscreen"); // a build machine has no display
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 5) {
        std::fprintf(stderr, "usage: cw_render_icon <input.svg> <output-dir> <basename> <size>...\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "cw_render_icon: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    const QDir out(args.at(2));
    if (!out.mkpath(QStringLiteral(".")))
        return 1;
    for (qsizetype i = 4; i < args.size(); ++i) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size <= 0 || size > 1024) {
            std::fprintf(stderr, "cw_render_icon: bad size %s\n", qPrintable(args.at(i)));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        QPainter painter(&image);
        painter.setRenderHint(QPainter::Antialiasing);
        svg.render(&painter);
        painter.end();
        const QString file = out.filePath(QStringLiteral("%1-%2.argb").arg(args.at(3)).arg(size));
        QFile output(file);
        if (!output.open(QIODevice::WriteOnly | QIODevice::Truncate) || output.write(reinterpret_cast<const char *>(image.constBits()), image.sizeInBytes()) < 0
            || !output.flush()) {
            std::fprintf(stderr, "cw_render_icon: cannot write %s\n", qPrintable(file));
            return 1;
        }
    }
    return 0;
}
