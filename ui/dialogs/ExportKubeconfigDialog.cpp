#include "dialogs/ExportKubeconfigDialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>

#include "kube/KubeconfigFile.h"
#include "ui_ExportKubeconfigDialog.h"

namespace cw::ui {

namespace {

QString kubeDir()
{
    return QDir::homePath() + QStringLiteral("/.kube");
}

} // namespace

QString ExportKubeconfigDialog::defaultNewFilePath(const QString &computeName)
{
    const QString base = kubeDir() + QLatin1Char('/') + computeName;
    QString path = base + QStringLiteral(".kubeconfig");
    for (int n = 2; QFileInfo::exists(path) || QFileInfo(path).isSymLink(); ++n)
        path = base + QStringLiteral("-%1.kubeconfig").arg(n);
    return path;
}

QString ExportKubeconfigDialog::mergeTargetPath()
{
    return kubeDir() + QStringLiteral("/config");
}

ExportKubeconfigDialog::ExportKubeconfigDialog(QString computeName, QWidget *parent)
    : QDialog(parent)
    , m_computeName(std::move(computeName))
    , m_ui(std::make_unique<Ui::ExportKubeconfigDialog>())
{
    m_ui->setupUi(this);
    // The form's texts carry the placeholders; the paths are this user's.
    setWindowTitle(windowTitle().arg(m_computeName));
    const QString mergeTarget = QDir::toNativeSeparators(mergeTargetPath());
    m_ui->exportMerge->setText(m_ui->exportMerge->text().arg(mergeTarget));
    m_ui->mergeNote->setText(
        m_ui->mergeNote->text().arg(QDir::toNativeSeparators(kube::kubeconfigBackupPath(mergeTargetPath()))));
    m_ui->exportPath->setText(defaultNewFilePath(m_computeName));

    // A form's button box holds only Qt's standard buttons: Export, the default, is added here.
    m_export = m_ui->buttons->addButton(tr("Export"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    connect(m_export, &QPushButton::clicked, this, &ExportKubeconfigDialog::exportNow);
    connect(m_ui->exportBrowse, &QPushButton::clicked, this, &ExportKubeconfigDialog::browse);
    connect(m_ui->exportNewFile, &QRadioButton::toggled, this, &ExportKubeconfigDialog::updateState);
    connect(m_ui->exportPath, &QLineEdit::textChanged, this, &ExportKubeconfigDialog::updateState);
    updateState();
}

ExportKubeconfigDialog::~ExportKubeconfigDialog() = default;

void ExportKubeconfigDialog::setKubeconfig(const kube::Kubeconfig &config)
{
    m_config = config;
    m_ui->exportMessage->clear();
    updateState();
}

void ExportKubeconfigDialog::setLoadError(const QString &message)
{
    m_config.reset();
    m_ui->exportMessage->setText(message);
    growToFitMessage();
    updateState();
}

void ExportKubeconfigDialog::growToFitMessage()
{
    // A wrapped label does not make its window taller by itself: the report of what was written
    // (several lines, long paths) would be cut off at the bottom.
    if (QLayout *l = layout())
        l->activate();
    const int needed = heightForWidth(width());
    if (needed > height())
        resize(width(), needed);
}

QString ExportKubeconfigDialog::lastMessage() const
{
    return m_ui->exportMessage->text();
}

void ExportKubeconfigDialog::updateState()
{
    const bool newFile = m_ui->exportNewFile->isChecked();
    m_ui->exportPath->setEnabled(newFile);
    m_ui->exportBrowse->setEnabled(newFile);
    m_ui->exportMakeCurrent->setEnabled(!newFile);
    m_export->setEnabled(m_config.has_value() && (!newFile || !m_ui->exportPath->text().trimmed().isEmpty()));
}

void ExportKubeconfigDialog::browse()
{
    auto *picker = new QFileDialog(this, tr("New kubeconfig file"), m_ui->exportPath->text());
    picker->setAcceptMode(QFileDialog::AcceptSave);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::fileSelected, this, [this](const QString &path) { m_ui->exportPath->setText(path); });
    picker->open();
}

void ExportKubeconfigDialog::exportNow()
{
    if (!m_config)
        return;
    const bool merge = m_ui->exportMerge->isChecked();
    const QString path = merge ? mergeTargetPath() : QDir::cleanPath(m_ui->exportPath->text().trimmed());
    kube::KubeconfigWriteOptions options;
    options.mode = merge ? kube::KubeconfigWriteMode::Merge : kube::KubeconfigWriteMode::NewFile;
    options.makeCurrent = merge && m_ui->exportMakeCurrent->isChecked();
    const kube::KubeconfigWriteResult written = kube::writeKubeconfigFile(path, *m_config, options);
    QString message;
    if (written.targetExists)
        message = tr("%1 already exists: choose another file name, or merge.").arg(QDir::toNativeSeparators(path));
    else
        message = kube::describeKubeconfigWrite(QDir::toNativeSeparators(path), written).join(QLatin1Char('\n'));
    if (written.ok && !merge)
        message += QLatin1Char('\n') + tr("Use it with: kubectl --kubeconfig %1 get nodes").arg(QDir::toNativeSeparators(path));
    m_ui->exportMessage->setText(message);
    growToFitMessage();
    Q_EMIT exported(written.ok, message);
}

} // namespace cw::ui
