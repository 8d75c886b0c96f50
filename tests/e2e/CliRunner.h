#pragma once

#include "core/storage/Database.h"
#include "core/storage/RecoveryCode.h"
#include "core/storage/SecretBuffer.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTest>

#include <fcntl.h>
#include <unistd.h>

#include <string>

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
    const QProcessEnvironment& environment() const
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
    //! Starts `sample-data --contacts N` in `cli` without waiting for it (for tests that signal or inspect a
    //! CLI while it writes); false when the process did not start.
    bool startSampleData(QProcess& cli, int contacts) const
    {
        cli.setProcessEnvironment(m_cli.environment());
        cli.start(CliRunner::binary(),
                  {QStringLiteral("--vault"),
                   dir(),
                   QStringLiteral("--passphrase-stdin"),
                   QStringLiteral("sample-data"),
                   QStringLiteral("--contacts"),
                   QString::number(contacts)});
        if (!cli.waitForStarted(-1)) {
            return false;
        }
        cli.write(QByteArray(kPassphrase) + '\n');
        cli.closeWriteChannel();
        return true;
    }
    //! The SQLCipher key spec of the vault's file: the passphrase itself (SQLCipher derives the key).
    storage::SecretBuffer keySpec() const
    {
        return storage::SecretBuffer(kPassphrase, std::char_traits<char>::length(kPassphrase));
    }

private:
    CliRunner m_cli;
};

//! A keychain-mode vault in `root`/vault, as most users have one: `init` stores a random key in the keychain
//! (the real Secret Service that tests/support/with-keyring.sh starts; register the test with KEYRING) and
//! every later run opens the vault with it, without stdin and without a passphrase KDF. Tests that are not
//! about passphrases use this one; `keySpec()` opens the file directly (from the recovery code `init` showed).
class KeychainVault
{
public:
    explicit KeychainVault(const QString& root)
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
    //! The recovery code `init` showed once (14 groups of 4 characters), empty before `init`.
    QString recoveryCode() const
    {
        return m_code;
    }
    //! Creates the vault and keeps its recovery code; false (with the run in `result`) when init failed.
    bool init(CliResult* result = nullptr)
    {
        const CliResult r = run({QStringLiteral("init")});
        if (result) {
            *result = r;
        }
        static const QRegularExpression codeLine(QStringLiteral("^[0-9A-Z]{4}(-[0-9A-Z]{4}){13}$"),
                                                 QRegularExpression::MultilineOption);
        const auto match = codeLine.match(r.outText());
        m_code = match.hasMatch() ? match.captured(0) : QString();
        return r.exitCode == 0 && !m_code.isEmpty();
    }
    //! `confidant-cli --vault DIR ARGS…` with nothing on stdin.
    CliResult run(const QStringList& arguments) const
    {
        return runWithInput(arguments, {});
    }
    //! The same with `input` on stdin (a different name from PassphraseVault::run(ARGS, PASSPHRASE), so that
    //! a test moved from one to the other cannot pass a passphrase where stdin data is meant).
    CliResult runWithInput(const QStringList& arguments, const QByteArray& input) const
    {
        return m_cli.run(QStringList {QStringLiteral("--vault"), dir()} + arguments, input);
    }
    //! The SQLCipher key spec of the vault's file, for tests that open it directly.
    storage::SecretBuffer keySpec() const
    {
        const QByteArray text = m_code.toLatin1();
        auto key = storage::RecoveryCode::parse(
            storage::SecretBuffer(text.constData(), static_cast<std::size_t>(text.size())));
        return key ? key->toRawKeySpec() : storage::SecretBuffer();
    }

private:
    CliRunner m_cli;
    QString m_code;
};

//! The vault's file opened directly through SQLCipher (to look at or tamper with what the CLI wrote).
template <typename Vault>
Result<storage::Database> openDirectly(const Vault& vault)
{
    auto db = storage::Database::open(vault.dbPath(), storage::Database::OpenMode::ExistingOnly);
    if (!db) {
        return db.error();
    }
    if (auto r = db->applyKey(vault.keySpec()); !r) {
        return r.error();
    }
    return db;
}

//! Whether files in `dir` can be made without a name (O_TMPFILE, named later through /proc/self/fd), as
//! storage::SafeFile makes them: there a writer killed outright leaves nothing; elsewhere its FILE.part.
inline bool supportsUnnamedFiles(const QString& dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, 0600);
    if (fd < 0) {
        return false;
    }
    const bool nameable = ::access((QByteArray("/proc/self/fd/") + QByteArray::number(fd)).constData(), F_OK) == 0;
    ::close(fd);
    return nameable;
}

//! Copies the files of a vault folder (not its subfolders) into `to`, with the folder's permissions: a copy of a
//! prepared vault for a test that changes it, instead of preparing it again.
inline bool copyVaultFiles(const QString& from, const QString& to)
{
    if (!QDir().mkpath(to) || !QFile::setPermissions(to, QFileInfo(from).permissions())) {
        return false;
    }
    for (const QString& name : QDir(from).entryList(QDir::Files | QDir::Hidden)) {
        if (!QFile::copy(QDir(from).filePath(name), QDir(to).filePath(name))) {
            return false;
        }
    }
    return true;
}

inline QByteArray hashOf(const QString& file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

} // namespace confidant::test
