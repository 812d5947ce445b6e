// Helper of x11_window_paints.py: grabs the X screen it runs on (QT_QPA_PLATFORM=xcb, under
// Xvfb) and prints the share of its pixels that are not black ("painted=0.84"). An X window
// that was mapped but never painted shows black on Xvfb.
#include <QGuiApplication>
#include <QImage>
#include <QPixmap>
#include <QScreen>

#include <cstdio>

int main(int argc, char *argv[])
{
    QGuiApplication app(argc, argv);
    QScreen *screen = QGuiApplication::primaryScreen();
    if (!screen) {
        std::fprintf(stderr, "x11_screen_grab: no screen\n");
        return 2;
    }
    const QImage image = screen->grabWindow(0).toImage().convertToFormat(QImage::Format_RGB32);
    if (image.isNull()) {
        std::fprintf(stderr, "x11_screen_grab: the grab failed\n");
        return 2;
    }
    qint64 painted = 0;
    for (int y = 0; y < image.height(); ++y) {
        const auto *line = reinterpret_cast<const QRgb *>(image.constScanLine(y));
        for (int x = 0; x < image.width(); ++x)
            if (qGray(line[x]) > 16)
                ++painted;
    }
    std::printf("painted=%.3f\n", double(painted) / (double(image.width()) * image.height()));
    return 0;
}
