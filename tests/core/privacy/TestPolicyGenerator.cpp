#include "core/privacy/PolicyGenerator.h"
#include "core/privacy/PurposeService.h"

#include <QTest>

#include "tests/core/privacy/PrivacyFixture.h"
#include "tests/support/TestVault.h"

using namespace confidant;
using namespace confidant::privacy;
using confidant::test::privacyFixture;
using confidant::test::TestVault;

namespace {

QString policyOf(const PrivacyConfiguration& c)
{
    return PolicyGenerator::generate(c).markdown;
}

} // namespace

class TestPolicyGenerator : public QObject
{
    Q_OBJECT

private slots:
    void namesEveryPurposeBasisProcessorTransferAndRetention_data()
    {
        QTest::addColumn<QString>("expected");
        auto row = [](const char* name, const QString& text) { QTest::newRow(name) << text; };
        row("title", QStringLiteral("# Privacy policy of Nordlicht Optik GmbH\n"));
        row("controller",
            QStringLiteral("**Nordlicht Optik GmbH**  \nHafenstrasse 1  \n20457 Hamburg  \nGermany  \n"
                           "Email: privacy@nordlicht.example  \nPhone: +49 40 555 0100\n"));
        row("purpose 1", QStringLiteral("### 3.1 Invoicing\n\nInvoices and the records of what we sold.\n"));
        row("purpose 2", QStringLiteral("### 3.2 Newsletter\n"));
        row("purpose 3", QStringLiteral("### 3.3 Sales follow-up\n"));
        row("contract basis", QStringLiteral("- **Legal basis:** Contract (Art. 6(1)(b) GDPR)\n"));
        row("consent basis", QStringLiteral("- **Legal basis:** Consent (Art. 6(1)(a) GDPR)\n- You may withdraw"));
        row("legitimate interests basis",
            QStringLiteral("- **Legal basis:** Legitimate interests (Art. 6(1)(f) GDPR)\n"
                           "- **Our legitimate interest:** Answering enquiries from prospects\n"));
        row("categories without the switched-off birthday",
            QStringLiteral("- **Personal data:** Identity (Given name); Contact details (Email addresses)\n"));
        row("categories of invoicing",
            QStringLiteral("- **Personal data:** Identity (Given name, Family name); Contact details (Street)\n"));
        row("special category",
            QStringLiteral("- **Personal data:** Contact details (Phone numbers)\n"
                           "- **Special categories of personal data (Art. 9 GDPR):** Notes\n"));
        row("direct marketing", QStringLiteral("This is direct marketing: you may object to it at any time"));
        row("recipients of a purpose",
            QStringLiteral("- **Recipients:** Cloudy Inc (processor, United States); Nowhere Ltd (sub-processor, "
                           "India)\n"));
        row("retention in the purpose", QStringLiteral("- **Retention:** 730 days (2 years)\n"));
        row("processor table header",
            QStringLiteral("| Name | Role | Country | Purposes |\n| --- | --- | --- | --- |\n"));
        row("processor Cloudy", QStringLiteral("| Cloudy Inc | Processor | United States | Sales follow-up |\n"));
        row("processor Mailjet", QStringLiteral("| Mailjet | Processor | France | Newsletter |\n"));
        row("processor Nowhere", QStringLiteral("| Nowhere Ltd | Sub-processor | India | Sales follow-up |\n"));
        row("recipient Meyer", QStringLiteral("| Tax adviser Meyer | Recipient | Germany | Invoicing |\n"));
        row("transfer with SCCs",
            QStringLiteral("- **Cloudy Inc** (United States): Standard contractual clauses (Art. 46(2)(c) GDPR) "
                           "\u2014 SCC module 2, 2021\n"));
        row("transfer without safeguard", QStringLiteral("- **Nowhere Ltd** (India): [no safeguard recorded]\n"));
        row("retention list",
            QStringLiteral("- **Invoicing:** not set\n- **Newsletter:** 730 days (2 years)\n- **Sales follow-up:** 365 "
                           "days (1 year)\n"));
        row("right of access", QStringLiteral("- access the personal data we hold about you (Art. 15 GDPR);\n"));
        row("rectification", QStringLiteral("(Art. 16 GDPR)"));
        row("erasure", QStringLiteral("- have your data erased (Art. 17 GDPR);\n"));
        row("restriction", QStringLiteral("(Art. 18 GDPR)"));
        row("portability", QStringLiteral("(Art. 20 GDPR)"));
        row("objection", QStringLiteral("(Art. 21 GDPR)"));
        row("withdraw consent", QStringLiteral("withdraw your consent at any time"));
        row("complaint", QStringLiteral("- lodge a complaint with a supervisory authority (Art. 77 GDPR).\n"));
        row("how to exercise",
            QStringLiteral("To exercise your rights, email us at privacy@nordlicht.example, or call us at +49 40 555 "
                           "0100, or write to us at the address above. We answer within one month"));
        row("authority", QStringLiteral("in particular to the one responsible for us:  \nDer Hamburgische"));
        row("updates",
            QStringLiteral("We announce changes to this policy as follows:  \nOn our web site and by email"));
        row("notice version",
            QStringLiteral("This policy accompanies our privacy notice \u201CPrivacy notice\u201D, version 3 (language "
                           "en), published on 2026-01-01; SHA-256 of the notice text: "
                           "`9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08`.\n"));
    }
    void namesEveryPurposeBasisProcessorTransferAndRetention()
    {
        QFETCH(QString, expected);
        const QString md = policyOf(privacyFixture());
        QVERIFY2(md.contains(expected), qPrintable(md));
    }

    void listsWhatIsMissingAtTheTop()
    {
        const PolicyDraft draft = PolicyGenerator::generate(privacyFixture());
        QCOMPARE(draft.missing,
                 QStringList({QStringLiteral("No DPO contact set (or state that no data protection officer is "
                                             "appointed)."),
                              QStringLiteral("Purpose \u201CInvoicing\u201D has no retention period."),
                              QStringLiteral("Processor \u201CNowhere Ltd\u201D outside the EEA has no safeguard for "
                                             "the transfer."),
                              QStringLiteral("Processor \u201CNowhere Ltd\u201D has no data-processing agreement "
                                             "(Art. 28 GDPR) recorded.")}));
        const qsizetype list = draft.markdown.indexOf(QStringLiteral("- No DPO contact set"));
        QVERIFY(list > 0);
        QVERIFY(list < draft.markdown.indexOf(QStringLiteral("## 1.")));
        QVERIFY(draft.markdown.contains(QStringLiteral("**Missing information: complete these before publishing:**")));
    }

    void dpoContactClearsTheGap_data()
    {
        QTest::addColumn<QString>("dpoName");
        QTest::addColumn<QString>("dpoEmail");
        QTest::addColumn<bool>("noDpo");
        QTest::addColumn<bool>("missing");
        QTest::addColumn<QString>("expected");
        QTest::newRow("empty") << QString() << QString() << false << true
                               << QStringLiteral("[No DPO contact set: name the data protection officer");
        QTest::newRow("name and email") << QStringLiteral("Dr. Jana Richter") << QStringLiteral("dpo@nordlicht.example")
                                        << false << false
                                        << QStringLiteral("You can reach our data protection officer at:  \nDr. Jana "
                                                          "Richter  \nEmail: dpo@nordlicht.example\n");
        QTest::newRow("email only") << QString() << QStringLiteral("dpo@nordlicht.example") << false << false
                                    << QStringLiteral("email our data protection officer at dpo@nordlicht.example");
        QTest::newRow("none appointed") << QString() << QString() << true << false
                                        << QStringLiteral("We have not appointed a data protection officer");
    }
    void dpoContactClearsTheGap()
    {
        QFETCH(QString, dpoName);
        QFETCH(QString, dpoEmail);
        QFETCH(bool, noDpo);
        QFETCH(bool, missing);
        QFETCH(QString, expected);
        PrivacyConfiguration c = privacyFixture();
        c.controller.dpoName = dpoName;
        c.controller.dpoEmail = dpoEmail;
        c.controller.noDpo = noDpo;
        const PolicyDraft draft = PolicyGenerator::generate(c);
        const bool listed = std::any_of(draft.missing.cbegin(), draft.missing.cend(), [](const QString& m) {
            return m.startsWith(QStringLiteral("No DPO contact set"));
        });
        QCOMPARE(listed, missing);
        QCOMPARE(draft.markdown.contains(QStringLiteral("- No DPO contact set")), missing);
        QVERIFY2(draft.markdown.contains(expected), qPrintable(draft.markdown));
    }

    void anEmptyConfigurationSaysSoEverywhere()
    {
        PrivacyConfiguration empty;
        empty.language = QStringLiteral("de");
        const PolicyDraft draft = PolicyGenerator::generate(empty);
        QCOMPARE(draft.missing,
                 QStringList({QStringLiteral("No controller name set."),
                              QStringLiteral("No controller address set."),
                              QStringLiteral("No controller email set: people need it to exercise their rights."),
                              QStringLiteral("No DPO contact set (or state that no data protection officer is "
                                             "appointed)."),
                              QStringLiteral("No supervisory authority set."),
                              QStringLiteral("Not set how updates of this policy are announced."),
                              QStringLiteral("No purposes configured."),
                              QStringLiteral("No privacy notice is published in the language \u201Cde\u201D.")}));
        QVERIFY(draft.markdown.startsWith(QStringLiteral("# Privacy policy of [controller name]\n")));
        QVERIFY(draft.markdown.contains(
            QStringLiteral("We do not transfer your personal data to countries outside the European Economic Area.")));
        QVERIFY(draft.markdown.contains(
            QStringLiteral("We do not pass your personal data to processors or other recipients.")));
        QVERIFY(draft.markdown.contains(QStringLiteral("To exercise your rights, contact us [no controller contact "
                                                       "set].")));
    }

    void otherGapsAreNamed()
    {
        PrivacyConfiguration c = privacyFixture();
        c.purposes[2].legitimateInterest.clear();
        c.purposes[1].fields.clear();
        c.processors[1].country.clear();
        c.processors[3].purposes.clear();
        c.notice.reset();
        const QStringList missing = PolicyGenerator::missing(c);
        QVERIFY(missing.contains(QStringLiteral("Purpose \u201CNewsletter\u201D names no personal data it uses.")));
        QVERIFY(missing.contains(QStringLiteral(
            "Purpose \u201CSales follow-up\u201D rests on legitimate interests but does not say which.")));
        QVERIFY(missing.contains(QStringLiteral("Processor \u201CMailjet\u201D has no country set.")));
        QVERIFY(missing.contains(QStringLiteral("Processor \u201CTax adviser Meyer\u201D serves no purpose.")));
        QVERIFY(missing.contains(QStringLiteral("No privacy notice is published in the language \u201Cen\u201D.")));
        QVERIFY(policyOf(c).contains(QStringLiteral("- **Our legitimate interest:** [not stated]")));
    }

    void isDeterministicAndFollowsTheConfiguration()
    {
        PrivacyConfiguration c = privacyFixture();
        const QString first = policyOf(c);
        QCOMPARE(policyOf(c), first);
        QCOMPARE(policyOf(privacyFixture()), first);

        c.purposes[1].retentionDays = 90;
        const QString shorter = policyOf(c);
        QVERIFY(shorter != first);
        QVERIFY(shorter.contains(QStringLiteral("- **Newsletter:** 90 days\n")));
        QVERIFY(!shorter.contains(QStringLiteral("730 days")));

        c.processors[2].safeguard = TransferSafeguard::Bcrs;
        const QString safer = policyOf(c);
        QVERIFY(safer.contains(QStringLiteral("- **Nowhere Ltd** (India): Binding corporate rules (Art. 47 GDPR)\n")));
        QVERIFY(!PolicyGenerator::missing(c).join(QLatin1Char('\n')).contains(QStringLiteral("no safeguard")));

        c.controller.name = QStringLiteral("Nordlicht Brillen KG");
        QVERIFY(policyOf(c).startsWith(QStringLiteral("# Privacy policy of Nordlicht Brillen KG\n")));
    }

    void escapesMarkdownInNames()
    {
        PrivacyConfiguration c = privacyFixture();
        c.purposes[0].name = QStringLiteral("Leads *VIP* | 2026_Q1");
        c.purposes[0].description = QStringLiteral("- not a list\n# not a heading");
        const QString md = policyOf(c);
        QVERIFY(md.contains(QStringLiteral("### 3.1 Leads \\*VIP\\* \\| 2026\\_Q1\n")));
        QVERIFY2(md.contains(QStringLiteral("\\- not a list  \n\\# not a heading\n")), qPrintable(md));
        QCOMPARE(PolicyGenerator::escape(QStringLiteral("1. first")), QStringLiteral("1\\. first"));
        QCOMPARE(PolicyGenerator::escape(QStringLiteral("+49 40")), QStringLiteral("+49 40"));
    }

    void readsTheVaultsConfiguration()
    {
        TestVault v;
        QVERIFY(v.create());
        Session& s = *v.session;
        ControllerDetails details;
        details.name = QStringLiteral("Vault Test AG");
        details.email = QStringLiteral("hello@vault.example");
        QVERIFY(s.controller().setDetails(details));
        auto purposes = s.purposes().list();
        QVERIFY(purposes);
        QVERIFY(!purposes->isEmpty()); // the starter set
        Processor p;
        p.name = QStringLiteral("Sendgrid");
        p.country = QStringLiteral("US");
        p.safeguard = TransferSafeguard::Adequacy;
        p.safeguardNote = QStringLiteral("EU-US Data Privacy Framework");
        p.purposes = {{purposes->first().id, {}, {}}};
        QVERIFY(s.processors().create(p));
        NoticeDraft d;
        d.language = QStringLiteral("en");
        d.title = QStringLiteral("How we use your data");
        d.body = QStringLiteral("Text");
        auto notice = s.notices().create(d);
        QVERIFY(notice && s.notices().publish(notice->id));

        auto config = PrivacyConfiguration::load(
            s.purposes(), s.processors(), s.controller(), s.fieldSettings(), s.notices(), QStringLiteral("EN"));
        QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
        QCOMPARE(config->language, QStringLiteral("en"));
        QCOMPARE(config->purposes.size(), purposes->size());
        const QString md = PolicyGenerator::generate(*config).markdown;
        QVERIFY(md.startsWith(QStringLiteral("# Privacy policy of Vault Test AG\n")));
        for (const Purpose& purpose : *purposes) {
            QVERIFY2(md.contains(QStringLiteral(" %1\n").arg(purpose.name)), qPrintable(purpose.name));
        }
        QVERIFY(md.contains(QStringLiteral("- **Sendgrid** (United States): Adequacy decision (Art. 45 GDPR) \u2014 "
                                           "EU-US Data Privacy Framework\n")));
        QVERIFY(md.contains(QStringLiteral("version 1 (language en)")));
        QVERIFY(md.contains(s.notices().get(notice->id)->contentHash));

        // The configuration changes, and so does the policy.
        Purpose first = purposes->first();
        first.retentionDays = 42;
        QVERIFY(s.purposes().update(first));
        auto again = PrivacyConfiguration::load(
            s.purposes(), s.processors(), s.controller(), s.fieldSettings(), s.notices(), QStringLiteral("en"));
        QVERIFY(again);
        const QString md2 = PolicyGenerator::generate(*again).markdown;
        QVERIFY(md2 != md);
        QVERIFY(md2.contains(QStringLiteral("- **%1:** 42 days\n").arg(first.name)));
    }
};

QTEST_GUILESS_MAIN(TestPolicyGenerator)
#include "TestPolicyGenerator.moc"
