#pragma once
// A "Copy" tool button that puts the text a function returns on the clipboard and confirms it in
// its tooltip and accessible description.
#include <QToolButton>

#include <functional>

namespace cw::ui {

class CopyButton : public QToolButton
{
    Q_OBJECT
public:
    CopyButton(std::function<QString()> text, const QString &what, QWidget *parent = nullptr);

private:
    std::function<QString()> m_text;
};

} // namespace cw::ui
