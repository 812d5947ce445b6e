#include "common/PrivateFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

namespace cw {
namespace {

FileWriteResult writeAtomically(const QString &path, const QByteArray &contents,
                                QFileDevice::Permissions permissions)
{
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir))
        return {false, QCoreApplication::translate("cw::PrivateFile", "Cannot create the folder %1.").arg(dir)};

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {false, QCoreApplication::translate("cw::PrivateFile", "Cannot write %1: %2")
                           .arg(path, file.errorString())};
    // Restrict the temporary file before the first byte lands in it; rename keeps the mode.
    file.setPermissions(permissions);
    if (file.write(contents) != contents.size() || !file.commit())
        return {false, QCoreApplication::translate("cw::PrivateFile", "Cannot write %1: %2")
                           .arg(path, file.errorString())};
    return {true, {}};
}

} // namespace

FileWriteResult writePrivateFileAtomically(const QString &path, const QByteArray &contents)
{
    return writeAtomically(path, contents, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

FileWriteResult writeFileAtomically(const QString &path, const QByteArray &contents)
{
    return writeAtomically(path, contents,
                           QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
                               | QFileDevice::ReadOther);
}

} // namespace cw
