#include "core/privacy/RopaReport.h"

#include <QTest>

#include "tests/core/privacy/PrivacyFixture.h"

using namespace confidant;
using namespace confidant::privacy;
using confidant::test::privacyFixture;

class TestRopaReport : public QObject
{
    Q_OBJECT

private slots:
    void oneRecordPerPurpose()
    {
        const QList<RopaRecord> records = RopaReport::records(privacyFixture());
        QCOMPARE(records.size(), 3);
        QCOMPARE(records.at(0).purpose, QStringLiteral("Invoicing"));
        QCOMPARE(records.at(1).purpose, QStringLiteral("Newsletter"));
        QCOMPARE(records.at(2).purpose, QStringLiteral("Sales follow-up"));

        const RopaRecord& followUp = records.at(2);
        QCOMPARE(followUp.controller,
                 QStringLiteral("Nordlicht Optik GmbH, Hafenstrasse 1, 20457 Hamburg, Germany, "
                                "privacy@nordlicht.example, +49 40 555 0100"));
        QCOMPARE(followUp.dpo, QStringLiteral("[not set]"));
        QCOMPARE(followUp.lawfulBasis, QStringLiteral("Legitimate interests (Art. 6(1)(f) GDPR)"));
        QCOMPARE(followUp.legitimateInterest, QStringLiteral("Answering enquiries from prospects"));
        QCOMPARE(followUp.dataSubjects,
                 QStringLiteral("Customers, prospects and business contacts (people in the contact register)"));
        QCOMPARE(followUp.personalData, QStringLiteral("Contact details (Phone numbers)"));
        QCOMPARE(followUp.specialCategories, QStringLiteral("Notes"));
        QCOMPARE(followUp.recipients,
                 QStringLiteral("Cloudy Inc (processor, United States); Nowhere Ltd (sub-processor, India)"));
        QCOMPARE(followUp.transfers,
                 QStringLiteral("Cloudy Inc (United States): Standard contractual clauses (Art. 46(2)(c) GDPR) "
                                "\u2014 SCC module 2, 2021; Nowhere Ltd (India): [no safeguard recorded]"));
        QCOMPARE(followUp.retention, QStringLiteral("365 days (1 year)"));
        QCOMPARE(followUp.securityMeasures, RopaReport::securityMeasures().join(QStringLiteral("; ")));

        QCOMPARE(records.at(0).retention, QStringLiteral("[not set]"));
        QCOMPARE(records.at(0).transfers, QStringLiteral("none"));
        QCOMPARE(records.at(0).recipients, QStringLiteral("Tax adviser Meyer (recipient, Germany)"));
        QVERIFY(records.at(0).legitimateInterest.isEmpty());
        QCOMPARE(records.at(1).personalData,
                 QStringLiteral("Identity (Given name); Contact details (Email addresses)"));
    }

    void securityMeasuresAreTheHonestFixedList()
    {
        const QStringList measures = RopaReport::securityMeasures();
        QCOMPARE(measures.size(), 5);
        const QString all = measures.join(QLatin1Char('\n'));
        for (const char* expected : {"SQLCipher (AES-256)", "keychain", "hash-chained", "roles", "Encrypted backups"}) {
            QVERIFY2(all.contains(QLatin1String(expected)), expected);
        }
    }

    void dpoTextFollowsTheController()
    {
        PrivacyConfiguration c = privacyFixture();
        c.controller.dpoName = QStringLiteral("Jana Richter");
        c.controller.dpoEmail = QStringLiteral("dpo@nordlicht.example");
        QCOMPARE(RopaReport::records(c).first().dpo, QStringLiteral("Jana Richter, dpo@nordlicht.example"));
        c.controller.dpoName.clear();
        c.controller.dpoEmail.clear();
        c.controller.noDpo = true;
        QCOMPARE(RopaReport::records(c).first().dpo, QStringLiteral("none appointed (not required, Art. 37)"));
    }

    void csvHasOneRowPerPurpose()
    {
        const QByteArray csv = RopaReport::csv(privacyFixture());
        const QList<QByteArray> lines = csv.split('\n');
        QCOMPARE(lines.size(), 5); // header, three rows, and the empty rest after the last CRLF
        QVERIFY(lines.last().isEmpty());
        for (qsizetype i = 0; i < 4; ++i) {
            QVERIFY(lines.at(i).endsWith('\r'));
        }
        QCOMPARE(lines.at(0),
                 QByteArray("purpose,description,controller,dpo,lawful_basis,legitimate_interest,data_subjects,"
                            "personal_data,special_categories,recipients,transfers,retention,security_measures\r"));
        const QByteArray measures = RopaReport::securityMeasures().join(QStringLiteral("; ")).toUtf8();
        QVERIFY(measures.contains(','));
        QCOMPARE(lines.at(2),
                 QByteArray("Newsletter,,\"Nordlicht Optik GmbH, Hafenstrasse 1, 20457 Hamburg, Germany, "
                            "privacy@nordlicht.example, +49 40 555 0100\",[not set],Consent (Art. 6(1)(a) GDPR),,"
                            "\"Customers, prospects and business contacts (people in the contact register)\","
                            "Identity (Given name); Contact details (Email addresses),,"
                            "\"Mailjet (processor, France)\",none,730 days (2 years),\"")
                     + measures + "\"\r");
    }

    void csvNeutralisesFormulas()
    {
        PrivacyConfiguration c = privacyFixture();
        c.purposes[0].name = QStringLiteral("=HYPERLINK(\"x\")");
        const QByteArray csv = RopaReport::csv(c);
        QVERIFY(csv.contains("\"'=HYPERLINK(\"\"x\"\")\""));
    }

    void markdownNamesEveryRecord()
    {
        const QString md = RopaReport::markdown(privacyFixture());
        QVERIFY(md.startsWith(QStringLiteral("# Records of processing activities (Art. 30 GDPR)\n")));
        for (const char* expected :
             {"## 1. Invoicing\n",
              "## 2. Newsletter\n",
              "## 3. Sales follow-up\n",
              "- **Lawful basis:** Contract (Art. 6(1)(b) GDPR)\n",
              "- **Transfers to third countries and safeguards:** Cloudy Inc (United States): Standard contractual "
              "clauses (Art. 46(2)(c) GDPR)",
              "- **Time limits for erasure:** 730 days (2 years)\n",
              "- **Categories of data subjects:** Customers, prospects and business contacts",
              "## Technical and organisational security measures (Art. 32)\n"}) {
            QVERIFY2(md.contains(QString::fromUtf8(expected)), expected);
        }
        QCOMPARE(RopaReport::markdown(privacyFixture()), md);
    }
};

QTEST_GUILESS_MAIN(TestRopaReport)
#include "TestRopaReport.moc"
