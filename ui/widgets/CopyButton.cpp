#include "widgets/CopyButton.h"

#include "widgets/StatusIcons.h"

#include <QClipboard>
#include <QGuiApplication>

namespace cw::ui {

CopyButton::CopyButton(std::function<QString()> text, const QString &what, QWidget *parent)
    : QToolButton(parent)
    , m_text(std::move(text))
{
    setIcon(copyIcon());
    setText(tr("Cop&y"));
    setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    setAccessibleName(tr("Copy %1").arg(what));
    setToolTip(tr("Copy %1 to the clipboard").arg(what));
    connect(this, &QToolButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_text());
        setAccessibleDescription(tr("Copied"));
        setToolTip(tr("Copied"));
    });
}

} // namespace cw::ui
