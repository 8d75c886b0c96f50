// The one writer of files that must appear whole (issue #16, item 9): no link is followed at any name it
// uses, nothing is left without commit(), not even by a process killed with SIGKILL where the file system
// has unnamed files, a commit replaces in one step, and the file is 0600 from its creation.
#include "core/storage/SafeFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <signal.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

using confidant::ErrorKind;
using confidant::storage::SafeFile;

namespace {

constexpr QFileDevice::Permissions kOwnerOnly
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Everything in the folder, links (even dangling ones) and hidden names included.
QStringList entries(const QString& dir)
{
    return QDir(dir).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System, QDir::Name);
}

// What stands at `path` itself, without following a link: 0 when nothing.
mode_t typeAt(const QString& path)
{
    struct stat st
    {
    };
    return ::lstat(QFile::encodeName(path).constData(), &st) == 0 ? (st.st_mode & S_IFMT) : 0;
}

bool plantLink(const QString& target, const QString& at)
{
    return ::symlink(QFile::encodeName(target).constData(), QFile::encodeName(at).constData()) == 0;
}

// umask for the length of a scope.
class Umask
{
public:
    explicit Umask(mode_t mask)
        : m_old(::umask(mask))
    {
    }
    ~Umask()
    {
        ::umask(m_old);
    }
    Umask(const Umask&) = delete;
    Umask& operator=(const Umask&) = delete;

private:
    mode_t m_old;
};

} // namespace

class TestSafeFile : public QObject
{
    Q_OBJECT

private:
    //! Unnamed and Named; with `shared`, Shared too.
    static void stagingRows(bool shared)
    {
        QTest::addColumn<int>("staging");
        QTest::newRow("unnamed") << int(SafeFile::Staging::Unnamed);
        QTest::newRow("named") << int(SafeFile::Staging::Named);
        if (shared) {
            QTest::newRow("shared") << int(SafeFile::Staging::Shared);
        }
    }

private slots:
    // A link at PATH.part, the one fixed name the writer ever gives its file before commit() (always with
    // Named, with Unnamed when the file system has no O_TMPFILE or for the rename of Replace): Unnamed and
    // Named remove the link and create their own file; Shared leaves PATH.part alone (its names are new ones,
    // PATH.part-RANDOM, made by O_EXCL or linkat, which never follow or replace a link). Neither the link's
    // target nor a file where a dangling link points is written.
    void aLinkAtTheStagingNameIsNotFollowed_data()
    {
        QTest::addColumn<int>("staging");
        QTest::addColumn<int>("existing");
        QTest::addColumn<bool>("dangling");
        for (const auto staging : {SafeFile::Staging::Unnamed, SafeFile::Staging::Named, SafeFile::Staging::Shared}) {
            for (const auto existing : {SafeFile::Existing::Keep, SafeFile::Existing::Replace}) {
                for (const bool dangling : {false, true}) {
                    const QByteArray name = QByteArray(staging == SafeFile::Staging::Unnamed     ? "unnamed"
                                                           : staging == SafeFile::Staging::Named ? "named"
                                                                                                 : "shared")
                        + (existing == SafeFile::Existing::Keep ? ", keep" : ", replace")
                        + (dangling ? ", dangling link" : ", link to a file");
                    QTest::newRow(name.constData()) << int(staging) << int(existing) << dangling;
                }
            }
        }
    }
    void aLinkAtTheStagingNameIsNotFollowed()
    {
        QFETCH(int, staging);
        QFETCH(int, existing);
        QFETCH(bool, dangling);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        const QString victim = dir.filePath(QStringLiteral("victim.txt"));
        if (!dangling) {
            QVERIFY(writeFile(victim, "precious"));
        }
        QVERIFY(plantLink(victim, out + QStringLiteral(".part")));

        {
            SafeFile file(out, SafeFile::Staging(staging));
            QCOMPARE(file.stagingPath(), out + QStringLiteral(".part"));
            auto opened = file.open();
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
            QCOMPARE(file.device().write("new"), qint64(3));
            auto committed = file.commit(SafeFile::Existing(existing));
            QVERIFY2(committed, qPrintable(committed ? QString() : committed.error().message));
        }
        if (dangling) {
            QCOMPARE(typeAt(victim), mode_t(0)); // nothing was created through the link
        } else {
            QCOMPARE(typeAt(victim), mode_t(S_IFREG));
            QCOMPARE(contents(victim), QByteArray("precious"));
        }
        QCOMPARE(typeAt(out), mode_t(S_IFREG));
        QCOMPARE(contents(out), QByteArray("new"));
        QCOMPARE(QFileInfo(out).permissions(), kOwnerOnly);
        if (SafeFile::Staging(staging) == SafeFile::Staging::Shared) {
            QCOMPARE(typeAt(out + QStringLiteral(".part")), mode_t(S_IFLNK));
            QCOMPARE(entries(dir.path()).size(), dangling ? 2 : 3); // out.csv, the link, the victim
        } else {
            QCOMPARE(typeAt(out + QStringLiteral(".part")), mode_t(0));
        }
    }

    // A link at the destination: Keep refuses and leaves it; Replace puts the file in its place. The
    // link's target is never written.
    void aLinkAtTheDestinationIsNotFollowed_data()
    {
        QTest::addColumn<int>("staging");
        QTest::addColumn<int>("existing");
        QTest::newRow("unnamed, keep") << int(SafeFile::Staging::Unnamed) << int(SafeFile::Existing::Keep);
        QTest::newRow("unnamed, replace") << int(SafeFile::Staging::Unnamed) << int(SafeFile::Existing::Replace);
        QTest::newRow("named, keep") << int(SafeFile::Staging::Named) << int(SafeFile::Existing::Keep);
        QTest::newRow("named, replace") << int(SafeFile::Staging::Named) << int(SafeFile::Existing::Replace);
        QTest::newRow("shared, keep") << int(SafeFile::Staging::Shared) << int(SafeFile::Existing::Keep);
        QTest::newRow("shared, replace") << int(SafeFile::Staging::Shared) << int(SafeFile::Existing::Replace);
    }
    void aLinkAtTheDestinationIsNotFollowed()
    {
        QFETCH(int, staging);
        QFETCH(int, existing);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        const QString victim = dir.filePath(QStringLiteral("victim.txt"));
        QVERIFY(writeFile(victim, "precious"));
        QVERIFY(plantLink(victim, out));

        SafeFile file(out, SafeFile::Staging(staging));
        QVERIFY(file.open());
        file.device().write("new");
        auto committed = file.commit(SafeFile::Existing(existing));
        QCOMPARE(contents(victim), QByteArray("precious"));
        QCOMPARE(typeAt(victim), mode_t(S_IFREG));
        if (SafeFile::Existing(existing) == SafeFile::Existing::Keep) {
            QVERIFY(!committed);
            QCOMPARE(committed.error().kind, ErrorKind::Conflict);
            QVERIFY(!committed.error().message.isEmpty());
            QCOMPARE(typeAt(out), mode_t(S_IFLNK));
            QCOMPARE(entries(dir.path()), (QStringList {QStringLiteral("out.csv"), QStringLiteral("victim.txt")}));
        } else {
            QVERIFY2(committed, qPrintable(committed ? QString() : committed.error().message));
            QCOMPARE(typeAt(out), mode_t(S_IFREG));
            QCOMPARE(contents(out), QByteArray("new"));
            QCOMPARE(entries(dir.path()), (QStringList {QStringLiteral("out.csv"), QStringLiteral("victim.txt")}));
        }
    }

    // A link put at PATH.part after the writer created its file there (Named): commit() sees that the name
    // is no longer its file and moves nothing; the link and its target stay as they were.
    void aStagingFileSwappedForALinkIsNotCommitted()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        const QString part = out + QStringLiteral(".part");
        const QString victim = dir.filePath(QStringLiteral("victim.txt"));
        QVERIFY(writeFile(victim, "precious"));
        SafeFile file(out, SafeFile::Staging::Named);
        QVERIFY(file.open());
        QVERIFY(!file.isUnnamed());
        QCOMPARE(typeAt(part), mode_t(S_IFREG));
        file.device().write("new");
        QVERIFY(QFile::remove(part));
        QVERIFY(plantLink(victim, part));
        auto committed = file.commit(SafeFile::Existing::Replace);
        QVERIFY(!committed);
        QCOMPARE(committed.error().kind, ErrorKind::Io);
        QCOMPARE(typeAt(out), mode_t(0));
        QCOMPARE(typeAt(part), mode_t(S_IFLNK));
        QCOMPARE(contents(victim), QByteArray("precious"));
    }

    // Without commit() nothing is left; with Unnamed (where the file system has O_TMPFILE) not even while
    // the file is being written.
    void withoutCommitNothingIsLeft_data()
    {
        stagingRows(true);
    }
    void withoutCommitNothingIsLeft()
    {
        QFETCH(int, staging);
        QTemporaryDir dir;
        QVERIFY(writeFile(dir.filePath(QStringLiteral("other.txt")), "x"));
        const QStringList before = entries(dir.path());
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        {
            SafeFile file(out, SafeFile::Staging(staging));
            QVERIFY(file.open());
            QCOMPARE(file.device().write(QByteArray(100000, 'p')), qint64(100000));
            QVERIFY(file.device().flush());
            if (file.isUnnamed()) {
                QCOMPARE(entries(dir.path()), before);
            } else if (SafeFile::Staging(staging) == SafeFile::Staging::Shared) {
                const QStringList now = entries(dir.path());
                QCOMPARE(now.size(), before.size() + 1);
                QVERIFY(now.filter(QStringLiteral("out.csv.part-")).size() == 1);
            } else {
                QCOMPARE(entries(dir.path()), before + QStringList {QStringLiteral("out.csv.part")});
            }
        }
        QCOMPARE(entries(dir.path()), before);

        SafeFile discarded(out, SafeFile::Staging(staging));
        QVERIFY(discarded.open());
        discarded.device().write("p");
        discarded.discard();
        QCOMPARE(entries(dir.path()), before);
        QVERIFY(!discarded.commit(SafeFile::Existing::Replace)); // nothing left to commit
        QCOMPARE(entries(dir.path()), before);
    }

    // Killed while writing (SIGKILL, as a power cut): with an unnamed file nothing at all is left; with a
    // named one, its 0600 .part, which the next write replaces.
    void aKilledWriterLeavesNoNamedFile_data()
    {
        stagingRows(false);
    }
    void aKilledWriterLeavesNoNamedFile()
    {
        QFETCH(int, staging);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        int ready[2];
        QCOMPARE(::pipe(ready), 0);
        const pid_t child = ::fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            ::close(ready[0]);
            SafeFile file(out, SafeFile::Staging(staging));
            char state = 'F';
            if (file.open() && file.device().write(QByteArray(1 << 20, 'p')) == (1 << 20) && file.device().flush()) {
                state = file.isUnnamed() ? 'U' : 'N';
            }
            if (::write(ready[1], &state, 1) != 1) {
                ::_exit(1);
            }
            ::pause(); // until the parent kills it
            ::_exit(0);
        }
        ::close(ready[1]);
        char state = 0;
        const ssize_t got = ::read(ready[0], &state, 1);
        ::close(ready[0]);
        const int killed = ::kill(child, SIGKILL);
        int status = 0;
        QCOMPARE(::waitpid(child, &status, 0), child);
        QCOMPARE(got, ssize_t(1));
        QCOMPARE(killed, 0);
        QVERIFY(WIFSIGNALED(status));
        QVERIFY2(state == 'U' || state == 'N', "the child could not write");
        if (SafeFile::Staging(staging) == SafeFile::Staging::Named) {
            QCOMPARE(state, 'N');
        }
        if (state == 'U') {
            QCOMPARE(entries(dir.path()), QStringList());
        } else {
            const QString part = out + QStringLiteral(".part");
            QCOMPARE(entries(dir.path()), QStringList {QStringLiteral("out.csv.part")});
            QCOMPARE(QFileInfo(part).permissions(), kOwnerOnly);
            SafeFile again(out, SafeFile::Staging(staging));
            QVERIFY(again.open());
            again.device().write("new");
            QVERIFY(again.commit(SafeFile::Existing::Keep));
            QCOMPARE(entries(dir.path()), QStringList {QStringLiteral("out.csv")});
        }
    }

    // Replace swaps the whole file in one step (rename): until commit() the old file is untouched, and a
    // reader that had it open keeps reading the old bytes, never a truncated or half-written file.
    void commitReplacesInOneStep_data()
    {
        stagingRows(true);
    }
    void commitReplacesInOneStep()
    {
        QFETCH(int, staging);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(writeFile(out, "old contents"));
        QFile reader(out);
        QVERIFY(reader.open(QIODevice::ReadOnly));

        SafeFile file(out, SafeFile::Staging(staging));
        QVERIFY(file.open());
        file.device().write("new contents, longer than the old ones");
        QVERIFY(file.device().flush());
        QCOMPARE(contents(out), QByteArray("old contents"));
        auto committed = file.commit(SafeFile::Existing::Replace);
        QVERIFY2(committed, qPrintable(committed ? QString() : committed.error().message));
        QCOMPARE(contents(out), QByteArray("new contents, longer than the old ones"));
        QCOMPARE(reader.readAll(), QByteArray("old contents"));
        QCOMPARE(entries(dir.path()), QStringList {QStringLiteral("out.csv")});
    }

    // Keep never replaces: an existing file stays as it was, and nothing else is left.
    void keepLeavesAnExistingFile_data()
    {
        stagingRows(true);
    }
    void keepLeavesAnExistingFile()
    {
        QFETCH(int, staging);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        SafeFile file(out, SafeFile::Staging(staging));
        QVERIFY(file.open());
        file.device().write("new");
        QVERIFY(writeFile(out, "appeared meanwhile")); // after the caller checked, before the commit
        auto committed = file.commit(SafeFile::Existing::Keep);
        QVERIFY(!committed);
        QCOMPARE(committed.error().kind, ErrorKind::Conflict);
        QCOMPARE(contents(out), QByteArray("appeared meanwhile"));
        QCOMPARE(entries(dir.path()), QStringList {QStringLiteral("out.csv")});
    }

    // 0600 from creation to the end, whatever the umask (0277 would take the owner's write bit).
    void theFileIsOwnerOnly_data()
    {
        QTest::addColumn<int>("staging");
        QTest::addColumn<int>("mask");
        QTest::newRow("unnamed, umask 000") << int(SafeFile::Staging::Unnamed) << 0;
        QTest::newRow("unnamed, umask 277") << int(SafeFile::Staging::Unnamed) << 0277;
        QTest::newRow("named, umask 000") << int(SafeFile::Staging::Named) << 0;
        QTest::newRow("named, umask 277") << int(SafeFile::Staging::Named) << 0277;
        QTest::newRow("shared, umask 277") << int(SafeFile::Staging::Shared) << 0277;
    }
    void theFileIsOwnerOnly()
    {
        QFETCH(int, staging);
        QFETCH(int, mask);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        Umask scopedMask(static_cast<mode_t>(mask));
        SafeFile file(out, SafeFile::Staging(staging));
        QVERIFY(file.open());
        struct stat st
        {
        };
        QCOMPARE(::fstat(file.device().handle(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600)); // before the first byte
        file.device().write("secret");
        QVERIFY(file.commit(SafeFile::Existing::Replace));
        QCOMPARE(::lstat(QFile::encodeName(out).constData(), &st), 0);
        QCOMPARE(st.st_mode & 07777, mode_t(0600));
    }

    // A stale PATH.part (what a killed write left) is replaced by the next write and gone after it.
    void aStaleStagingFileIsReplaced_data()
    {
        stagingRows(false);
    }
    void aStaleStagingFileIsReplaced()
    {
        QFETCH(int, staging);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(writeFile(out + QStringLiteral(".part"), "half of an old export"));
        SafeFile file(out, SafeFile::Staging(staging));
        QVERIFY(file.open());
        file.device().write("new");
        QVERIFY(file.commit(SafeFile::Existing::Keep));
        QCOMPARE(entries(dir.path()), QStringList {QStringLiteral("out.csv")});
        QCOMPARE(contents(out), QByteArray("new"));
    }

    // A folder at PATH.part, or no folder for PATH: an Io error, and nothing written.
    void aFolderInTheWayOrNoFolderIsAnIoError_data()
    {
        stagingRows(false);
    }
    void aFolderInTheWayOrNoFolderIsAnIoError()
    {
        QFETCH(int, staging);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.csv"));
        QVERIFY(QDir().mkpath(out + QStringLiteral(".part")));
        SafeFile blocked(out, SafeFile::Staging(staging));
        auto opened = blocked.open();
        QVERIFY(!opened);
        QCOMPARE(opened.error().kind, ErrorKind::Io);
        QVERIFY(!opened.error().message.isEmpty());
        QCOMPARE(entries(dir.path()), QStringList {QStringLiteral("out.csv.part")});

        SafeFile nowhere(dir.filePath(QStringLiteral("no/such/folder/out.csv")), SafeFile::Staging(staging));
        auto missing = nowhere.open();
        QVERIFY(!missing);
        QCOMPARE(missing.error().kind, ErrorKind::Io);
        QCOMPARE(entries(dir.path()), QStringList {QStringLiteral("out.csv.part")});
    }

    // What was written can be read back before commit() (the access package hashes its files so).
    void writtenBytesReadBackBeforeCommit_data()
    {
        stagingRows(true);
    }
    void writtenBytesReadBackBeforeCommit()
    {
        QFETCH(int, staging);
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("out.json"));
        SafeFile file(out, SafeFile::Staging(staging));
        QVERIFY(file.open());
        file.device().write("{\"a\": 1}");
        QVERIFY(file.device().seek(0));
        QCOMPARE(file.device().readAll(), QByteArray("{\"a\": 1}"));
        QVERIFY(file.commit(SafeFile::Existing::Keep));
        QCOMPARE(contents(out), QByteArray("{\"a\": 1}"));
    }

    // Two writers of one Shared file at once (the sealed audit head, written by the GUI and a command): both
    // commit, the last one wins, and neither touches PATH.part, whatever stands there. With Named, the second
    // open() takes PATH.part from the first, whose commit() then fails.
    void sharedWritersDoNotDisturbEachOther()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("head.json"));
        QVERIFY(QDir().mkpath(out + QStringLiteral(".part")));
        SafeFile first(out, SafeFile::Staging::Shared);
        SafeFile second(out, SafeFile::Staging::Shared);
        QVERIFY(first.open());
        QVERIFY(second.open());
        first.device().write("first");
        second.device().write("second");
        QVERIFY(first.commit(SafeFile::Existing::Replace));
        QCOMPARE(contents(out), QByteArray("first"));
        QVERIFY(second.commit(SafeFile::Existing::Replace));
        QCOMPARE(contents(out), QByteArray("second"));
        QCOMPARE(entries(dir.path()), (QStringList {QStringLiteral("head.json"), QStringLiteral("head.json.part")}));
        QCOMPARE(typeAt(out + QStringLiteral(".part")), mode_t(S_IFDIR));
    }
};

QTEST_GUILESS_MAIN(TestSafeFile)
#include "TestSafeFile.moc"
