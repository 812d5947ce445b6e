#include "dialogs/ExportKubeconfigDialog.h"

#include <QLayout>

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include "kube/KubeconfigFile.h"

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
{
    setObjectName(QStringLiteral("exportKubeconfigDialog"));
    setWindowTitle(tr("Export kubeconfig of '%1'").arg(m_computeName));
    auto *layout = new QVBoxLayout(this);

    m_newFile = new QRadioButton(tr("Save as a new file (use it with kubectl --kubeconfig FILE)"), this);
    m_newFile->setObjectName(QStringLiteral("exportNewFile"));
    m_newFile->setChecked(true);
    layout->addWidget(m_newFile);
    auto *pathRow = new QHBoxLayout;
    m_path = new QLineEdit(defaultNewFilePath(m_computeName), this);
    m_path->setObjectName(QStringLiteral("exportPath"));
    m_browse = new QPushButton(tr("Browse…"), this);
    m_browse->setObjectName(QStringLiteral("exportBrowse"));
    pathRow->addSpacing(24);
    pathRow->addWidget(m_path, 1);
    pathRow->addWidget(m_browse);
    layout->addLayout(pathRow);

    const QString mergeTarget = QDir::toNativeSeparators(mergeTargetPath());
    m_merge = new QRadioButton(tr("Merge into %1").arg(mergeTarget), this);
    m_merge->setObjectName(QStringLiteral("exportMerge"));
    layout->addWidget(m_merge);
    auto *mergeNote = new QLabel(tr("Adds the compute's cluster, user and context; entries of the same name are "
                                    "replaced, everything else stays as it is. The previous file is kept as %1. "
                                    "Comments inside the file are not kept (those at its top are); the backup "
                                    "keeps them.")
                                     .arg(QDir::toNativeSeparators(kube::kubeconfigBackupPath(mergeTargetPath()))),
                                 this);
    mergeNote->setWordWrap(true);
    mergeNote->setIndent(24);
    layout->addWidget(mergeNote);
    m_makeCurrent = new QCheckBox(tr("Make it the current context"), this);
    m_makeCurrent->setObjectName(QStringLiteral("exportMakeCurrent"));
    m_makeCurrent->setChecked(false);
    auto *currentRow = new QHBoxLayout;
    currentRow->addSpacing(24);
    currentRow->addWidget(m_makeCurrent);
    currentRow->addStretch();
    layout->addLayout(currentRow);

    m_message = new QLabel(tr("Reading the kubeconfig…"), this);
    m_message->setObjectName(QStringLiteral("exportMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_export = buttons->addButton(tr("Export"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("exportButton"));
    m_export->setDefault(true);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &ExportKubeconfigDialog::exportNow);
    connect(m_browse, &QPushButton::clicked, this, &ExportKubeconfigDialog::browse);
    connect(m_newFile, &QRadioButton::toggled, this, &ExportKubeconfigDialog::updateState);
    connect(m_path, &QLineEdit::textChanged, this, &ExportKubeconfigDialog::updateState);
    updateState();
}

void ExportKubeconfigDialog::setKubeconfig(const kube::Kubeconfig &config)
{
    m_config = config;
    m_message->clear();
    updateState();
}

void ExportKubeconfigDialog::setLoadError(const QString &message)
{
    m_config.reset();
    m_message->setText(message);
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
    return m_message->text();
}

void ExportKubeconfigDialog::updateState()
{
    const bool newFile = m_newFile->isChecked();
    m_path->setEnabled(newFile);
    m_browse->setEnabled(newFile);
    m_makeCurrent->setEnabled(!newFile);
    m_export->setEnabled(m_config.has_value() && (!newFile || !m_path->text().trimmed().isEmpty()));
}

void ExportKubeconfigDialog::browse()
{
    auto *picker = new QFileDialog(this, tr("New kubeconfig file"), m_path->text());
    picker->setAcceptMode(QFileDialog::AcceptSave);
    picker->setAttribute(Qt::WA_DeleteOnClose);
    connect(picker, &QFileDialog::fileSelected, this, [this](const QString &path) { m_path->setText(path); });
    picker->open();
}

void ExportKubeconfigDialog::exportNow()
{
    if (!m_config)
        return;
    const bool merge = m_merge->isChecked();
    const QString path = merge ? mergeTargetPath() : QDir::cleanPath(m_path->text().trimmed());
    kube::KubeconfigWriteOptions options;
    options.mode = merge ? kube::KubeconfigWriteMode::Merge : kube::KubeconfigWriteMode::NewFile;
    options.makeCurrent = merge && m_makeCurrent->isChecked();
    const kube::KubeconfigWriteResult written = kube::writeKubeconfigFile(path, *m_config, options);
    QString message;
    if (written.targetExists)
        message = tr("%1 already exists: choose another file name, or merge.").arg(QDir::toNativeSeparators(path));
    else
        message = kube::describeKubeconfigWrite(QDir::toNativeSeparators(path), written).join(QLatin1Char('\n'));
    if (written.ok && !merge)
        message += QLatin1Char('\n') + tr("Use it with: kubectl --kubeconfig %1 get nodes").arg(QDir::toNativeSeparators(path));
    m_message->setText(message);
    growToFitMessage();
    Q_EMIT exported(written.ok, message);
}

} // namespace cw::ui
