#pragma once
#include <QDockWidget>

#include "ops/OperationRecord.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTimer;
class QTreeWidget;

namespace cw::ops {
class Journal;
class OperationRunner;
} // namespace cw::ops

namespace cw::ui {

class OperationsModel;

// The operations view: every running and finished operation (the journal's history and the
// runner's live changes) with its steps, progress, elapsed time and the service's messages;
// "Stop waiting" and "Resume" for the selected one; filter by text and workspace; export of
// the shown history as JSON.
class OperationsDock : public QDockWidget
{
    Q_OBJECT
public:
    explicit OperationsDock(QWidget *parent = nullptr);

    // Shows the journal's history and follows the runner (either may be null).
    void attach(ops::OperationRunner *runner, ops::Journal *journal);

    OperationsModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QTreeWidget *stepsView() const { return m_steps; }
    QLineEdit *filterBox() const { return m_filter; }

    // Selects an operation (e.g. the one a dialog just started).
    void showOperation(const QString &id);
    QString selectedId() const;
    // The history as shown (filters applied), as exportHistoryJson writes it.
    QByteArray exportShownJson() const;

private:
    // Crash recovery is never silent: the status bar of the window the dock is in says so.
    void onResumedAfterInterruption(const ops::OperationRecord &record);
    void reloadHistory();
    void updateDetails();
    void updateWorkspaceFilter();
    void exportHistory();
    QList<ops::OperationRecord> shownRecords() const;

    ops::OperationRunner *m_runner = nullptr;
    ops::Journal *m_journal = nullptr;
    OperationsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QSortFilterProxyModel *m_workspaceProxy;
    QTableView *m_table;
    QTreeWidget *m_steps;
    QLineEdit *m_filter;
    QComboBox *m_workspace;
    QPushButton *m_stop;
    QPushButton *m_resume;
    QPushButton *m_export;
    QTimer *m_clock;
};

} // namespace cw::ui
