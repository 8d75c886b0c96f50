#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QFile>
#include <QString>

#include <sys/stat.h>

namespace confidant::storage {

//! The one way Confidant writes a file that must appear whole or not at all: exports, access packages, audit
//! exports, reports, backups, the erasure ledger file, the re-encrypted vault of a key change and the vault's
//! own small files (vault.json, audit-head.json). The file is created exclusively, owner-only (0600) before
//! its first byte, never through a symbolic link, and gets its final name only from commit(), after its data
//! reached the disk (then the folder is synced too). Destroyed without commit(), it leaves nothing.
//!
//! Staging::Unnamed (Linux O_TMPFILE) gives the file no name at all until commit(): a process killed while
//! writing (SIGKILL, a power cut) leaves nothing behind. Where the file system has no unnamed files, and for
//! files SQLite writes by name (Staging::Named), it is written as PATH.part (O_CREAT|O_EXCL|O_NOFOLLOW),
//! which a crash leaves and the next write of the same file replaces. Whatever stands at PATH.part when a
//! write begins (a stale file, a link someone put there) is removed, never followed: unlink() takes the name
//! only, never what a link points to. A folder there stops the write. Staging::Shared is for a file that two
//! processes may write at once (the sealed audit head, written by the GUI and a command): it never touches
//! PATH.part, and any name it needs is a new one (PATH.part-RANDOM), created only where nothing is.
class SafeFile
{
    Q_DECLARE_TR_FUNCTIONS(SafeFile)

public:
    enum class Staging
    {
        Unnamed, //!< no name before commit() where the file system allows it, else PATH.part
        Named, //!< always PATH.part, for a writer that needs a path (SQLite)
        Shared, //!< as Unnamed, but never PATH.part: a new PATH.part-RANDOM where a name is needed
    };
    enum class Existing
    {
        Keep, //!< commit() refuses (Conflict) when something exists at PATH, checked atomically
        Replace, //!< commit() replaces PATH in one step (a link there is replaced, never followed)
    };

    //! `suffix` names the staging file (PATH + suffix); ".part" unless a protocol names it otherwise.
    explicit SafeFile(QString path, Staging staging = Staging::Unnamed, QString suffix = QStringLiteral(".part"));
    ~SafeFile();
    SafeFile(const SafeFile&) = delete;
    SafeFile& operator=(const SafeFile&) = delete;

    //! Creates the staging file, 0600. Io when the folder is missing or not writable, or a folder stands at
    //! the staging name; DiskFull when the disk is.
    Result<void> open();
    //! Where to write, open for reading and writing from open() until commit() or discard().
    QFile& device();
    QString path() const;
    //! PATH + suffix: the name a Named file is written under (and an Unnamed one where the file system has no
    //! unnamed files); cleared by open() of Unnamed and Named.
    QString stagingPath() const;
    //! Whether the open file has no name yet (O_TMPFILE).
    bool isUnnamed() const;

    //! Flushes and fsyncs the file, gives it its final name and fsyncs the folder. Errors: Conflict only when
    //! `existing` is Keep and PATH exists; DiskFull; Io otherwise (also when the staging file was swapped for
    //! another meanwhile). On any error the staging file is discarded and PATH is as it was.
    Result<void> commit(Existing existing);
    //! Closes and removes the staging file (only if its name still holds the file this object created).
    void discard();

private:
    Error failure(ErrorKind kind, const QString& detail);
    //! A staging name nobody uses yet: PATH.part-RANDOM.
    QString uniqueName() const;
    //! Gives the unnamed file the name `name`, only where nothing is; 0 or errno.
    int linkTo(const QString& name);

    QString m_path;
    Staging m_staging;
    QString m_suffix;
    QFile m_file;
    int m_fd = -1;
    //! The name the open file has now; empty while it has none.
    QString m_staged;
    struct stat m_created
    {
    };
};

} // namespace confidant::storage
