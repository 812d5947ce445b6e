#pragma once
#include <QList>
#include <QString>

namespace cw::ui {

// One third-party library the application is built on, for the About dialog.
struct LibraryCredit {
    QString name;
    QString version;
    QString licence;
    QString url;
};

// The libraries linked into this build, with the versions actually in use at run time where
// the library can tell (Qt, OpenSSL) and the build-time versions otherwise.
QList<LibraryCredit> libraryCredits();

} // namespace cw::ui
