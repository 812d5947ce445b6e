#pragma once
#include <QByteArray>
#include <QString>

#include <optional>

namespace cw::ops {

// The re-attach's TLS backup file, the user's explicit choice of durable storage when there is
// no keychain: created new (never an existing file, never through a symlink) with owner-only
// permissions (0600) before any byte is written, and flushed to disk before the detach.
// Returns an empty string on success, else the reason.
QString writeTlsBackupFile(const QString &path, const QByteArray &contents);

// Reads it back: a regular file (not followed through a symlink), at most 1 MiB whatever
// stat says. nullopt with `error` set otherwise.
std::optional<QByteArray> readTlsBackupFile(const QString &path, QString *error);

} // namespace cw::ops
