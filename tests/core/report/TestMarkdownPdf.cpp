#include "core/report/MarkdownPdf.h"

#include <QBuffer>
#include <QRegularExpression>
#include <QTest>

using namespace confidant;
using namespace confidant::report;

namespace {

// Page objects of a PDF ("/Type /Page", not the "/Pages" tree node).
int pageObjects(const QByteArray& pdf)
{
    static const QRegularExpression page(QStringLiteral("/Type\\s*/Page(?![s])"));
    return int(QString::fromLatin1(pdf).count(page));
}

QString longMarkdown(int sections)
{
    QString md = QStringLiteral("# A long report\n\n");
    for (int i = 1; i <= sections; ++i) {
        md += QStringLiteral("## Section %1\n\n").arg(i);
        md += QStringLiteral("Lorem ipsum dolor sit amet, consectetur adipiscing elit. ").repeated(8)
            + QStringLiteral("\n\n");
        md += QStringLiteral("- first point\n- second point\n\n| A | B |\n| --- | --- |\n| 1 | 2 |\n\n");
    }
    return md;
}

} // namespace

class TestMarkdownPdf : public QObject
{
    Q_OBJECT

private slots:
    void writesAnA4Pdf()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        PdfOptions options {QStringLiteral("Short report"), QDateTime(QDate(2026, 1, 2), QTime(9, 30), Qt::UTC)};
        auto pages = MarkdownPdf::write(QStringLiteral("# Title\n\nOne paragraph."), options, buffer);
        QVERIFY2(pages, qPrintable(pages ? QString() : pages.error().message));
        QCOMPARE(*pages, 1);
        const QByteArray pdf = buffer.data();
        QVERIFY(pdf.startsWith("%PDF-"));
        QVERIFY(pdf.trimmed().endsWith("%%EOF"));
        QCOMPARE(pageObjects(pdf), 1);
        // A4 is 595 x 842 points.
        QVERIFY2(pdf.contains("/MediaBox [0 0 595 842]") || pdf.contains("/MediaBox [0 0 595."),
                 pdf.left(2000).constData());
    }

    void aLongTextRunsOverSeveralPages()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::WriteOnly));
        auto pages = MarkdownPdf::write(longMarkdown(40), {QStringLiteral("Long"), QDateTime()}, buffer);
        QVERIFY(pages);
        QVERIFY2(*pages > 1, qPrintable(QString::number(*pages)));
        QCOMPARE(pageObjects(buffer.data()), *pages);

        QBuffer shorter;
        QVERIFY(shorter.open(QIODevice::WriteOnly));
        auto fewer = MarkdownPdf::write(longMarkdown(10), {QStringLiteral("Long"), QDateTime()}, shorter);
        QVERIFY(fewer);
        QVERIFY(*fewer < *pages);
    }

    void refusesADeviceItCannotWrite()
    {
        QBuffer buffer;
        QVERIFY(buffer.open(QIODevice::ReadOnly));
        auto r = MarkdownPdf::write(QStringLiteral("text"), {}, buffer);
        QVERIFY(!r);
        QCOMPARE(r.error().kind, ErrorKind::Io);
    }
};

QTEST_MAIN(TestMarkdownPdf)
#include "TestMarkdownPdf.moc"
