#pragma once

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QTest>

namespace confidant::test {

//! What one run of confidant-cli left: exit code, stdout, stderr.
struct CliResult
{
    int exitCode = -1;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    //! stdout as exactly one JSON object; an empty object when it is not one.
    QJsonObject json() const
    {
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        return error.error == QJsonParseError::NoError && doc.isObject() ? doc.object() : QJsonObject();
    }
    bool isJsonObject() const
    {
        QJsonParseError error {};
        const QJsonDocument doc = QJsonDocument::fromJson(out, &error);
        return error.error == QJsonParseError::NoError && doc.isObject();
    }
    QStringList errLines() const
    {
        return QString::fromUtf8(err).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }
    QString errText() const
    {
        return QString::fromUtf8(err);
    }
    QString outText() const
    {
        return QString::fromUtf8(out);
    }
    //! For QVERIFY2 messages.
    QByteArray describe() const
    {
        return QByteArray("exit ") + QByteArray::number(exitCode) + (crashed ? " (crashed)" : "") + "\nstdout: " + out
            + "\nstderr: " + err;
    }
};

//! Runs the built confidant-cli (CONFIDANT_CLI, set by confidant_add_test) with HOME, XDG folders and
//! TMPDIR inside `root`, so that a run touches nothing of the user's and everything it writes can be found.
class CliRunner
{
public:
    explicit CliRunner(const QString& root)
        : m_root(root)
        , m_env(QProcessEnvironment::systemEnvironment())
    {
        for (const char* dir : {"home", "config", "cache", "data", "tmp"}) {
            QDir().mkpath(path(QString::fromLatin1(dir)));
        }
        m_env.insert(QStringLiteral("HOME"), path(QStringLiteral("home")));
        m_env.insert(QStringLiteral("XDG_CONFIG_HOME"), path(QStringLiteral("config")));
        m_env.insert(QStringLiteral("XDG_CACHE_HOME"), path(QStringLiteral("cache")));
        m_env.insert(QStringLiteral("XDG_DATA_HOME"), path(QStringLiteral("data")));
        m_env.insert(QStringLiteral("TMPDIR"), path(QStringLiteral("tmp")));
        // English messages whatever the machine's language.
        m_env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        m_env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        m_env.remove(QStringLiteral("LANGUAGE"));
    }

    static QString binary()
    {
        return qEnvironmentVariable("CONFIDANT_CLI");
    }
    QString path(const QString& name) const
    {
        return QDir(m_root).filePath(name);
    }
    QProcessEnvironment& environment()
    {
        return m_env;
    }

    CliResult run(const QStringList& arguments, const QByteArray& input = {}) const
    {
        return runProgram(binary(), arguments, input);
    }
    //! Runs another program (the GUI) with the same environment.
    CliResult runProgram(const QString& program, const QStringList& arguments, const QByteArray& input = {}) const
    {
        QProcess process;
        process.setProcessEnvironment(m_env);
        process.setWorkingDirectory(m_root);
        process.start(program, arguments);
        CliResult result;
        if (!process.waitForStarted(-1)) {
            result.err = process.errorString().toUtf8();
            return result;
        }
        if (!input.isEmpty()) {
            process.write(input);
        }
        process.closeWriteChannel();
        process.waitForFinished(-1);
        result.crashed = process.exitStatus() != QProcess::NormalExit;
        result.exitCode = result.crashed ? -1 : process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

private:
    QString m_root;
    QProcessEnvironment m_env;
};

//! A passphrase-mode vault in `root`/vault, driven through the CLI with --passphrase-stdin.
class PassphraseVault
{
public:
    static constexpr const char* kPassphrase = "correct horse battery staple";

    explicit PassphraseVault(const QString& root)
        : m_cli(root)
    {
    }

    CliRunner& runner()
    {
        return m_cli;
    }
    QString dir() const
    {
        return m_cli.path(QStringLiteral("data/vault"));
    }
    QString dbPath() const
    {
        return QDir(dir()).filePath(QStringLiteral("confidant.db"));
    }
    //! Creates the vault; false (with the run in `result`) when init failed.
    bool init(CliResult* result = nullptr)
    {
        const CliResult r = run({QStringLiteral("init")});
        if (result) {
            *result = r;
        }
        return r.exitCode == 0;
    }
    //! `confidant-cli --vault DIR --passphrase-stdin ARGS…` with the passphrase on line 1 of stdin.
    CliResult run(const QStringList& arguments, const QByteArray& passphrase = kPassphrase) const
    {
        return m_cli.run(QStringList {QStringLiteral("--vault"), dir(), QStringLiteral("--passphrase-stdin")}
                             + arguments,
                         passphrase + '\n');
    }

private:
    CliRunner m_cli;
};

inline QByteArray hashOf(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace confidant::test
