#pragma once
// Public or internal load balancer for the scoring endpoint (internal needs a subnet). Reused by
// the wizard (create and attach) and by the update dialog of an attached cluster.
#include "rules/ComputeSpec.h"

#include <QWidget>

class QLineEdit;
class QRadioButton;
class QLabel;

namespace cw::ui {

class LoadBalancerEditor : public QWidget
{
    Q_OBJECT
public:
    explicit LoadBalancerEditor(QWidget *parent = nullptr);

    rules::LoadBalancerType type() const;
    QString subnet() const; // empty with a public load balancer
    void setValue(rules::LoadBalancerType type, const QString &subnet);
    // A sentence under the choice (e.g. "applied as an update after the attach").
    void setNote(const QString &note);

Q_SIGNALS:
    void changed();

private:
    QRadioButton *m_public;
    QRadioButton *m_internal;
    QLineEdit *m_subnet;
    QLabel *m_note;
};

} // namespace cw::ui
