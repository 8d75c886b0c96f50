#include "core/report/ReportFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace confidant;
using namespace confidant::report;

namespace {

constexpr QFileDevice::Permissions kOwnerOnly
    = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser | QFileDevice::WriteUser;

QByteArray contents(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

} // namespace

class TestReportFile : public QObject
{
    Q_OBJECT

private slots:
    void formatNamesRoundTrip_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<int>("format");
        QTest::newRow("md") << QStringLiteral("md") << int(ReportFormat::Markdown);
        QTest::newRow("markdown, any case") << QStringLiteral("Markdown") << int(ReportFormat::Markdown);
        QTest::newRow("csv") << QStringLiteral("csv") << int(ReportFormat::Csv);
        QTest::newRow("pdf with spaces") << QStringLiteral(" PDF ") << int(ReportFormat::Pdf);
    }

    void formatNamesRoundTrip()
    {
        QFETCH(QString, name);
        QFETCH(int, format);
        const auto parsed = ReportFile::formatFromName(name);
        QVERIFY(parsed);
        QCOMPARE(int(*parsed), format);
        QCOMPARE(ReportFile::formatFromName(ReportFile::formatName(*parsed)), parsed);
        QVERIFY(!ReportFile::formatFromName(QStringLiteral("docx")));
    }

    void markdownIsWrittenOwnerOnly()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("policy.md"));
        auto pages = ReportFile::writeMarkdown(path, ReportFormat::Markdown, QStringLiteral("# Größe\n"), {});
        QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().message));
        QCOMPARE(*pages, 0);
        QCOMPARE(contents(path), QStringLiteral("# Größe\n").toUtf8());
        QCOMPARE(QFileInfo(path).permissions(), kOwnerOnly);
        // Only the file itself: no temporary file beside it.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("policy.md")});
    }

    void pdfIsRenderedWithItsPageCount()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("policy.pdf"));
        auto pages = ReportFile::writeMarkdown(
            path, ReportFormat::Pdf, QStringLiteral("# Title\n\nText."), {QStringLiteral("Policy"), QDateTime()});
        QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().message));
        QCOMPARE(*pages, 1);
        QVERIFY(contents(path).startsWith("%PDF-"));
        QCOMPARE(QFileInfo(path).permissions(), kOwnerOnly);
    }

    void csvIsNotARenderingOfMarkdown()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("ropa.csv"));
        auto pages = ReportFile::writeMarkdown(path, ReportFormat::Csv, QStringLiteral("# x"), {});
        QVERIFY(!pages);
        QCOMPARE(pages.error().kind, ErrorKind::Invalid);
        QVERIFY(!QFile::exists(path));
        QVERIFY(ReportFile::writeBytes(path, "a,b\r\n1,2\r\n"));
        QCOMPARE(contents(path), QByteArray("a,b\r\n1,2\r\n"));
        QCOMPARE(QFileInfo(path).permissions(), kOwnerOnly);
    }

    void aFailingWriterLeavesTheOldFileAndNoTemporary()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("policy.md"));
        QVERIFY(ReportFile::writeBytes(path, "old"));
        auto r = ReportFile::write(path, [](QIODevice& device) -> Result<void> {
            device.write("half of the new text");
            return makeError(ErrorKind::Cancelled, QStringLiteral("stopped"));
        });
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Cancelled);
        QCOMPARE(contents(path), QByteArray("old"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList {QStringLiteral("policy.md")});
    }

    void aMissingFolderIsAnIoError()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("no/such/folder/policy.md"));
        auto r = ReportFile::writeBytes(path, "x");
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Io);
        QVERIFY(!r.error().message.isEmpty());
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_MAIN(TestReportFile)
#include "TestReportFile.moc"
