#pragma once
// The free tr() of the cw::ui files that are not QObjects. lupdate files a call of a free tr()
// under the enclosing namespace's context ("cw::ui"), so translating with that same context is what
// makes the catalogue's entries apply. One definition in a header, not one per file: the
// library is compiled in unity batches (cmake/CwUnityBuild.cmake), where two would collide.
#include <QCoreApplication>
#include <QString>

namespace cw::ui {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("cw::ui", text);
}

} // namespace cw::ui
