#pragma once
// The free tr() of the cw::kube files that are not QObjects. lupdate files a call of a free tr()
// under the enclosing namespace's context ("cw::kube"), so translating with that same context is what
// makes the catalogue's entries apply. One definition in a header, not one per file: the
// library is compiled in unity batches (cmake/CwUnityBuild.cmake), where two would collide.
#include <QCoreApplication>
#include <QString>

namespace cw::kube {

inline QString tr(const char *text)
{
    return QCoreApplication::translate("cw::kube", text);
}

} // namespace cw::kube
