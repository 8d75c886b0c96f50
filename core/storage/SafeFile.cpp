#include "SafeFile.h"

#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>

#include <fcntl.h>
#include <stdio.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace confidant::storage {

namespace {

// Tries for a PATH.part-RANDOM nobody uses; each try is exclusive, so more only guard against bad luck.
constexpr int kUniqueNameTries = 16;

QByteArray native(const QString& path)
{
    return QFile::encodeName(path);
}

// The open file as a path linkat() can follow: how an O_TMPFILE file gets a name (open(2)).
QByteArray procPath(int fd)
{
    return QByteArray("/proc/self/fd/") + QByteArray::number(fd);
}

bool sameFile(const struct stat& a, const struct stat& b)
{
    return a.st_dev == b.st_dev && a.st_ino == b.st_ino;
}

ErrorKind kindOf(int error)
{
    return error == ENOSPC || error == EDQUOT ? ErrorKind::DiskFull : ErrorKind::Io;
}

QString errorText(int error)
{
    return QString::fromLocal8Bit(std::strerror(error));
}

// Removes what stands at `path` unless it is a folder: a staging file a killed write left, or a link someone
// put there. unlink() removes the name only, never what a link points to. 0, or the errno that stopped it.
int clearStaging(const QByteArray& path)
{
    struct stat st
    {
    };
    if (::lstat(path.constData(), &st) != 0) {
        return errno == ENOENT ? 0 : errno;
    }
    if (S_ISDIR(st.st_mode)) {
        return EISDIR;
    }
    if (::unlink(path.constData()) != 0 && errno != ENOENT) {
        return errno;
    }
    return 0;
}

// A new file at `path` that is not a link, or nothing: -1 with errno.
int createExclusive(const QByteArray& path)
{
    return ::open(path.constData(), O_RDWR | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, S_IRUSR | S_IWUSR);
}

// Moves `from` to `to` unless something exists at `to`, in one step where the file system allows it.
int moveWithoutReplacing(const QByteArray& from, const QByteArray& to)
{
    if (::renameat2(AT_FDCWD, from.constData(), AT_FDCWD, to.constData(), RENAME_NOREPLACE) == 0) {
        return 0;
    }
    if (errno != EINVAL && errno != ENOSYS && errno != EOPNOTSUPP) {
        return errno;
    }
    // No RENAME_NOREPLACE here: a hard link is made only where nothing is.
    if (::link(from.constData(), to.constData()) == 0) {
        ::unlink(from.constData());
        return 0;
    }
    if (errno == EEXIST) {
        return EEXIST;
    }
    // Nor hard links (FAT): check, then rename; a race here only loses against another writer of `to`.
    struct stat st
    {
    };
    if (::lstat(to.constData(), &st) == 0) {
        return EEXIST;
    }
    return ::rename(from.constData(), to.constData()) == 0 ? 0 : errno;
}

// Makes the new name durable. Best effort: the file's data is synced already, and some file systems refuse
// fsync on a folder.
void syncFolder(const QByteArray& folder)
{
    const int fd = ::open(folder.constData(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
    if (fd >= 0) {
        (void)::fsync(fd);
        ::close(fd);
    }
}

} // namespace

SafeFile::SafeFile(QString path, Staging staging, QString suffix)
    : m_path(QFileInfo(path).absoluteFilePath())
    , m_staging(staging)
    , m_suffix(std::move(suffix))
{
}

SafeFile::~SafeFile()
{
    discard();
}

QFile& SafeFile::device()
{
    return m_file;
}

QString SafeFile::path() const
{
    return m_path;
}

QString SafeFile::stagingPath() const
{
    return m_path + m_suffix;
}

bool SafeFile::isUnnamed() const
{
    return m_fd >= 0 && m_staged.isEmpty();
}

QString SafeFile::uniqueName() const
{
    return stagingPath() + QLatin1Char('-')
        + QString::number(QRandomGenerator::system()->generate64(), 16).rightJustified(16, QLatin1Char('0'));
}

int SafeFile::linkTo(const QString& name)
{
    // linkat() never follows a link at the new name and never replaces anything: EEXIST.
    if (::linkat(AT_FDCWD, procPath(m_fd).constData(), AT_FDCWD, native(name).constData(), AT_SYMLINK_FOLLOW) != 0) {
        return errno;
    }
    m_staged = name; // from now on the file has this name, which discard() removes
    return 0;
}

Result<void> SafeFile::open()
{
    discard();
    const QByteArray folder = native(QFileInfo(m_path).absolutePath());
    if (m_staging != Staging::Shared) {
        if (const int error = clearStaging(native(stagingPath())); error != 0) {
            return makeError(ErrorKind::Io,
                             tr("Cannot write %1: %2 is in the way. Move it away and try again.")
                                 .arg(QDir::toNativeSeparators(m_path), QDir::toNativeSeparators(stagingPath())),
                             errorText(error));
        }
    }
    if (m_staging != Staging::Named) {
        const int fd = ::open(folder.constData(), O_TMPFILE | O_RDWR | O_CLOEXEC, S_IRUSR | S_IWUSR);
        // commit() names it through /proc/self/fd: without /proc it could never get a name.
        if (fd >= 0 && ::access(procPath(fd).constData(), F_OK) == 0) {
            m_fd = fd;
        } else if (fd >= 0) {
            ::close(fd);
        }
    }
    if (m_fd < 0) {
        // No unnamed files here (or not wanted): a new file that is not a link, or nothing.
        int error = 0;
        for (int attempt = 0; m_fd < 0 && attempt < (m_staging == Staging::Shared ? kUniqueNameTries : 1); ++attempt) {
            const QString name = m_staging == Staging::Shared ? uniqueName() : stagingPath();
            m_fd = createExclusive(native(name));
            error = errno;
            if (m_fd >= 0) {
                m_staged = name;
            }
        }
        if (m_fd < 0) {
            return makeError(kindOf(error),
                             error == ENOSPC || error == EDQUOT
                                 ? tr("Cannot write %1: the disk is full.").arg(QDir::toNativeSeparators(m_path))
                                 : tr("Cannot write %1; check that its folder exists and that you may write there.")
                                       .arg(QDir::toNativeSeparators(m_path)),
                             errorText(error));
        }
    }
    // Owner-only whatever the umask, before the first byte.
    if (::fstat(m_fd, &m_created) != 0 || ::fchmod(m_fd, S_IRUSR | S_IWUSR) != 0) {
        return failure(ErrorKind::Io, errorText(errno));
    }
    if (!m_file.open(m_fd, QIODevice::ReadWrite, QFileDevice::DontCloseHandle)) {
        return failure(ErrorKind::Io, m_file.errorString());
    }
    return {};
}

Result<void> SafeFile::commit(Existing existing)
{
    if (m_fd < 0) {
        return makeError(ErrorKind::Io,
                         tr("Cannot write %1; check that its folder exists and that you may write there.")
                             .arg(QDir::toNativeSeparators(m_path)),
                         QStringLiteral("commit without open"));
    }
    if (!m_file.flush() || m_file.error() != QFileDevice::NoError) {
        return failure(m_file.error() == QFileDevice::ResourceError ? ErrorKind::DiskFull : ErrorKind::Io,
                       m_file.errorString());
    }
    m_file.close(); // the descriptor stays open (DontCloseHandle)
    if (::fsync(m_fd) != 0) {
        const int error = errno;
        return failure(kindOf(error), errorText(error));
    }
    const QByteArray target = native(m_path);
    if (m_staged.isEmpty() && existing == Existing::Keep) {
        // Straight to the final name, only where nothing is.
        if (const int error = linkTo(m_path); error != 0) {
            return failure(error == EEXIST ? ErrorKind::Conflict : kindOf(error), errorText(error));
        }
        m_staged.clear(); // named PATH now: nothing to remove
    } else {
        if (m_staged.isEmpty()) {
            // No link call replaces a name: link to a staging name, then rename(2) over the target.
            int error = 0;
            if (m_staging == Staging::Shared) {
                error = EEXIST;
                for (int attempt = 0; error == EEXIST && attempt < kUniqueNameTries; ++attempt) {
                    error = linkTo(uniqueName());
                }
            } else {
                error = linkTo(stagingPath());
                if (error == EEXIST && clearStaging(native(stagingPath())) == 0) {
                    error = linkTo(stagingPath());
                }
            }
            if (error != 0) {
                return failure(kindOf(error), errorText(error));
            }
        } else {
            // The staging name must still be this file: nothing put another file or a link there meanwhile.
            struct stat now
            {
            };
            if (::lstat(native(m_staged).constData(), &now) != 0 || !S_ISREG(now.st_mode)
                || !sameFile(now, m_created)) {
                return failure(ErrorKind::Io, QStringLiteral("the staging file was replaced while it was written"));
            }
        }
        const QByteArray staged = native(m_staged);
        const int error = existing == Existing::Keep
            ? moveWithoutReplacing(staged, target)
            : (::rename(staged.constData(), target.constData()) == 0 ? 0 : errno);
        if (error != 0) {
            return failure(error == EEXIST ? ErrorKind::Conflict : kindOf(error), errorText(error));
        }
        m_staged.clear();
    }
    ::close(m_fd);
    m_fd = -1;
    syncFolder(native(QFileInfo(m_path).absolutePath()));
    return {};
}

void SafeFile::discard()
{
    if (m_fd < 0) {
        return;
    }
    m_file.close();
    if (!m_staged.isEmpty()) {
        struct stat now
        {
        };
        const QByteArray staged = native(m_staged);
        if (::lstat(staged.constData(), &now) == 0 && sameFile(now, m_created)) {
            ::unlink(staged.constData());
        }
        m_staged.clear();
    }
    ::close(m_fd);
    m_fd = -1;
}

Error SafeFile::failure(ErrorKind kind, const QString& detail)
{
    discard();
    const QString path = QDir::toNativeSeparators(m_path);
    switch (kind) {
    case ErrorKind::Conflict:
        return makeError(kind, tr("%1 exists already; nothing was written.").arg(path), detail);
    case ErrorKind::DiskFull:
        return makeError(kind, tr("Cannot write %1: the disk is full. Nothing was left behind.").arg(path), detail);
    default:
        return makeError(
            kind, tr("Cannot write %1; check free space and permissions. Nothing was left behind.").arg(path), detail);
    }
}

} // namespace confidant::storage
