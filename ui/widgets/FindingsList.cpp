#include "widgets/FindingsList.h"

#include "widgets/StatusIcons.h"

#include <QLayout>
#include <QResizeEvent>

namespace cw::ui {
namespace {

// Whether `layout` holds `widget`, invalidating on the way each nested layout that does:
// updateGeometry() invalidates only the parent's top layout, and a nested box layout keeps
// its cached minimum size (the list stayed at its old height and scrolled).
bool invalidateHolding(QLayout *layout, QWidget *widget)
{
    bool holds = false;
    for (int i = 0; i < layout->count(); ++i) {
        QLayoutItem *item = layout->itemAt(i);
        if (item->widget() == widget || (item->layout() && invalidateHolding(item->layout(), widget)))
            holds = true;
    }
    if (holds)
        layout->invalidate();
    return holds;
}

} // namespace

FindingsList::FindingsList(QWidget *parent)
    : QListWidget(parent)
{
    setWordWrap(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setFocusPolicy(Qt::TabFocus); // reachable by keyboard for screen readers, not clickable
    setAccessibleName(tr("Checks"));
    setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
}

void FindingsList::addLine(const QIcon &icon, const QString &text, const QString &code,
                           const QString &severity)
{
    auto *item = new QListWidgetItem(icon, text, this);
    item->setData(CodeRole, code);
    item->setData(SeverityRole, severity);
    item->setToolTip(text);
}

void FindingsList::finish()
{
    if (!m_note.isEmpty())
        addLine(iconFor(rules::Severity::Info), m_note, QString(), QStringLiteral("info"));
    else if (count() == 0 && !m_allClear.isEmpty())
        addLine(passIcon(), m_allClear, QString(), QStringLiteral("pass"));
    relayout(); // its size follows its lines, the last one included (see minimumSizeHint)
    setAccessibleDescription(tr("%n problem(s)", nullptr, countOf(QStringLiteral("fail")))
                             + QStringLiteral(", ")
                             + tr("%n warning(s)", nullptr, countOf(QStringLiteral("warn"))));
}

void FindingsList::resizeEvent(QResizeEvent *event)
{
    QListWidget::resizeEvent(event);
    if (event->size().width() != event->oldSize().width())
        relayout(); // narrower, the lines wrap into more height
}

void FindingsList::setFindings(const rules::Findings &findings)
{
    clear();
    for (const rules::Finding &f : findings) {
        QString severity;
        switch (f.severity) {
        case rules::Severity::Info: severity = QStringLiteral("info"); break;
        case rules::Severity::Warning: severity = QStringLiteral("warn"); break;
        case rules::Severity::Error: severity = QStringLiteral("fail"); break;
        }
        addLine(iconFor(f.severity), f.message, f.code, severity);
    }
    finish();
}

void FindingsList::setChecks(const QList<rules::PreflightCheck> &checks)
{
    clear();
    for (const rules::PreflightCheck &c : checks) {
        QString severity;
        switch (c.status) {
        case rules::CheckStatus::Pass: severity = QStringLiteral("pass"); break;
        case rules::CheckStatus::Warn: severity = QStringLiteral("warn"); break;
        case rules::CheckStatus::Fail: severity = QStringLiteral("fail"); break;
        }
        QString text = c.title;
        if (!c.reason.isEmpty())
            text += QStringLiteral(": ") + c.reason;
        if (!c.fix.isEmpty())
            text += QLatin1Char('\n') + tr("Fix: %1").arg(c.fix);
        addLine(iconFor(c.status), text, c.id, severity);
    }
    finish();
}

void FindingsList::setCertificateChecks(const QList<tls::CertificateCheck> &checks)
{
    clear();
    for (const tls::CertificateCheck &c : checks) {
        QString severity;
        switch (c.severity) {
        case tls::CheckSeverity::Pass: severity = QStringLiteral("pass"); break;
        case tls::CheckSeverity::Warning: severity = QStringLiteral("warn"); break;
        case tls::CheckSeverity::Fail: severity = QStringLiteral("fail"); break;
        }
        addLine(iconFor(c.severity), c.message, c.id, severity);
    }
    finish();
}

int FindingsList::countOf(const QString &severity) const
{
    int n = 0;
    for (int i = 0; i < count(); ++i)
        n += item(i)->data(SeverityRole).toString() == severity ? 1 : 0;
    return n;
}

bool FindingsList::containsCode(const QString &code) const
{
    for (int i = 0; i < count(); ++i) {
        if (item(i)->data(CodeRole).toString() == code)
            return true;
    }
    return false;
}

void FindingsList::relayout()
{
    updateGeometry();
    if (QWidget *parent = parentWidget(); parent && parent->layout())
        invalidateHolding(parent->layout(), this);
}

int FindingsList::linesHeight() const
{
    int height = 2 * frameWidth() + 4;
    // Wrapped at the viewport's width, beside the icon (the item's own size hint does not wrap).
    const QSize icon = iconSize().isValid() ? iconSize() : QSize(16, 16);
    const int textWidth = qMax(80, viewport()->width() - icon.width() - 40);
    for (int i = 0; i < count(); ++i) {
        const QRect text = fontMetrics().boundingRect(QRect(0, 0, textWidth, 100000), Qt::TextWordWrap, item(i)->text());
        height += qMax(text.height(), icon.height()) + 10; // the item margins
    }
    return height;
}

QSize FindingsList::sizeHint() const
{
    return {QListWidget::sizeHint().width(), qMax(fontMetrics().height() * 5, linesHeight())};
}

QSize FindingsList::minimumSizeHint() const
{
    // Every line shows without scrolling (up to sixteen lines' worth): a window made too small
    // for them grows instead of hiding a check behind a scroll bar.
    return {QListWidget::minimumSizeHint().width(), qMin(linesHeight(), fontMetrics().height() * 16)};
}

} // namespace cw::ui
