#pragma once
#include <QCommandLineParser>
#include <QString>
#include <QStringList>

#include <optional>

#include "cli/Table.h"

namespace cw::cli {

// The command line of clusterwright-cli: `clusterwright-cli <command> [args] [options]`.
// One option table serves every command (an option a command does not use is ignored), so
// global options may appear anywhere. There is deliberately no option that takes a secret:
// client secrets come from stdin (--secret-stdin), AZURE_CLIENT_SECRET or the keychain.
class CliOptions
{
public:
    CliOptions();

    // False with `error` set for an unknown option, a missing value or a bad --output.
    bool parse(const QStringList &arguments, QString *error);

    QString command() const { return m_positional.value(0); }
    // Positional arguments after the command.
    QStringList arguments() const { return m_positional.mid(1); }
    bool isSet(const QString &name) const { return m_parser.isSet(name); }
    QString value(const QString &name) const { return m_parser.value(name); }
    // Every occurrence of a repeatable option (--config A=1 --config B=2).
    QStringList values(const QString &name) const { return m_parser.values(name); }
    // An integer option; nullopt when unset, `ok` false when set but not a number.
    std::optional<int> intValue(const QString &name, bool *ok) const;

    OutputFormat format() const { return m_format; }
    bool helpRequested() const { return m_parser.isSet(QStringLiteral("help")); }
    bool versionRequested() const { return m_parser.isSet(QStringLiteral("version")); }
    static QString usage();

private:
    QCommandLineParser m_parser;
    QStringList m_positional;
    OutputFormat m_format = OutputFormat::Table;
};

} // namespace cw::cli
