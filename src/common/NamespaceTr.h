#pragma once
// The free tr() of a namespace's files that are not QObjects: CW_NAMESPACE_TR("cw::ops") inside
// `namespace cw::ops`. lupdate files a call of a free tr() under the enclosing namespace's
// context, so translating with that same context is what makes the catalogue's entries apply.
// One definition per namespace, in a header of its library (auth/AuthTr.h, kube/KubeTr.h,
// ops/OpsTr.h, clusters/ClustersTr.h): the libraries compile in unity batches
// (cmake/CwUnityBuild.cmake), where a definition in each file would collide.
#include <QCoreApplication>
#include <QString>

#define CW_NAMESPACE_TR(context)                                                                   \
    inline QString tr(const char *text)                                                            \
    {                                                                                              \
        return QCoreApplication::translate(context, text);                                         \
    }
