#pragma once
#include <QByteArray>
#include <QFile>
#include <QString>

namespace cw::test {

// Process `pid` is gone, or a zombie nobody reaped yet (an orphan's reaper may be slow): it no
// longer runs. Read from /proc/<pid>/stat, whose state letter follows the command in parentheses.
inline bool processEnded(qint64 pid)
{
    QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
    if (!stat.open(QIODevice::ReadOnly))
        return true;
    const QByteArray text = stat.readAll();
    const qsizetype close = text.lastIndexOf(')');
    return close < 0 || text.mid(close + 2, 1) == "Z";
}

} // namespace cw::test
