#pragma once
#include <QDialog>
#include <QString>

#include <memory>
#include <optional>

#include "kube/Kubeconfig.h"

class QPushButton;

namespace cw::ui {

namespace Ui {
class ExportKubeconfigDialog;
}

// "Export kubeconfig…" of a compute. The default is a NEW file (~/.kube/<compute>.kubeconfig,
// never an existing one); merging into ~/.kube/config is an explicit choice, and switching its
// current context a further, unticked, option. After writing, the dialog says what was added
// or replaced and where the previous file was kept. The caller fetches the kubeconfig (listKeys)
// and hands it over with setKubeconfig(); until then Export stays disabled.
// The layout is a Designer form (ExportKubeconfigDialog.ui); the code fills in the paths.
class ExportKubeconfigDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ExportKubeconfigDialog(QString computeName, QWidget *parent = nullptr);
    ~ExportKubeconfigDialog() override;

    void setKubeconfig(const kube::Kubeconfig &config);
    void setLoadError(const QString &message);

    // The file a new export goes to by default: <home>/.kube/<compute>.kubeconfig, or -2, -3...
    // when taken. The merge target: <home>/.kube/config.
    static QString defaultNewFilePath(const QString &computeName);
    static QString mergeTargetPath();

    QString lastMessage() const;

Q_SIGNALS:
    void exported(bool ok, const QString &message);

private:
    void exportNow();
    void browse();
    void updateState();
    void growToFitMessage();

    QString m_computeName;
    std::optional<kube::Kubeconfig> m_config;
    std::unique_ptr<Ui::ExportKubeconfigDialog> m_ui;
    QPushButton *m_export = nullptr;
};

} // namespace cw::ui
