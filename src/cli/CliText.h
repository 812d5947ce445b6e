#pragma once
#include <QCoreApplication>
#include <QString>

namespace cw::cli {

// tr() for the CLI's free functions. lupdate files a plain tr() call under the namespace it
// stands in ("cw::cli"), so that is the context it must be translated under at run time (class
// members keep their own tr() and context).
inline QString tr(const char *text)
{
    return QCoreApplication::translate("cw::cli", text);
}

} // namespace cw::cli
