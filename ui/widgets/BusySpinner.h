#pragma once
// A small indeterminate spinner shown next to anything that loads asynchronously. It animates
// only while running (a 80 ms timer, no work on the GUI thread beyond one repaint) and hides
// itself when stopped so layouts do not keep an empty gap.
#include <QWidget>

class QTimer;

namespace cw::ui {

class BusySpinner : public QWidget
{
    Q_OBJECT
public:
    explicit BusySpinner(QWidget *parent = nullptr);

    bool isRunning() const;
    QSize sizeHint() const override;

public Q_SLOTS:
    void setRunning(bool running);
    void start() { setRunning(true); }
    void stop() { setRunning(false); }

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QTimer *m_timer;
    int m_step = 0;
};

} // namespace cw::ui
