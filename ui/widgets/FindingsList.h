#pragma once
// A list of rule findings or preflight checks, each with its pass / warn / fail icon, the reason
// and the fix. Item data: Qt::UserRole holds the finding's code (or the check's id),
// Qt::UserRole + 1 the severity as text ("pass", "info", "warn", "fail") for tests and
// accessibility tools.
#include "rules/Finding.h"
#include "rules/Preflight.h"
#include "tls/CertificateReport.h"

#include <QListWidget>

namespace cw::ui {

class FindingsList : public QListWidget
{
    Q_OBJECT
public:
    static constexpr int CodeRole = Qt::UserRole;
    static constexpr int SeverityRole = Qt::UserRole + 1;

    explicit FindingsList(QWidget *parent = nullptr);

    // Shown as one pass line when there are no findings (empty: show nothing).
    void setAllClearText(const QString &text) { m_allClear = text; }
    // One info line (no green tick) after the findings, e.g. "checking…" or "nothing chosen yet";
    // while it is set the all-clear line is not shown (empty: no note).
    void setNote(const QString &text) { m_note = text; }

    void setFindings(const rules::Findings &findings);
    void setChecks(const QList<rules::PreflightCheck> &checks);
    void setCertificateChecks(const QList<tls::CertificateCheck> &checks);

    // How many items carry this severity text ("pass", "info", "warn", "fail").
    int countOf(const QString &severity) const;
    bool containsCode(const QString &code) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    int linesHeight() const; // of every line at the current width
    void relayout();
    void addLine(const QIcon &icon, const QString &text, const QString &code, const QString &severity);
    void finish();

    QString m_allClear;
    QString m_note;
};

} // namespace cw::ui
