#pragma once
#include <QDialog>

namespace cw::ui {

// Version, purpose and the licences of the libraries used.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
};

} // namespace cw::ui
