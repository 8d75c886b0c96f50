#include "core/privacy/FieldSettingsService.h"
#include "core/storage/Statement.h"

#include <QTest>
#include <QUuid>

#include "tests/support/TestVault.h"

using namespace confidant;
using namespace confidant::privacy;
using confidant::test::secret;
using confidant::test::TestVault;

namespace {

// A purpose and the fields it uses, straight into the tables: this test is about field settings.
bool addPurpose(TestVault& v, const QString& name, const QStringList& fields, bool archived = false)
{
    auto& db = v.session->gate().db();
    auto s = db.prepare("INSERT INTO purposes (uid, name, lawful_basis, archived, created_at, updated_at) "
                        "VALUES (?1, ?2, 'consent', ?3, 0, 0)");
    if (!s
        || !s->bind(1, QUuid::createUuid().toString(QUuid::WithoutBraces))
                .bind(2, name)
                .bind(3, archived ? 1 : 0)
                .run()) {
        return false;
    }
    const qint64 id = db.lastInsertRowId();
    for (const QString& f : fields) {
        auto pf = db.prepare("INSERT INTO purpose_fields (purpose_id, field) VALUES (?1, ?2)");
        if (!pf || !pf->bind(1, id).bind(2, f).run()) {
            return false;
        }
    }
    return true;
}

qint64 storedRows(TestVault& v)
{
    auto n = v.session->gate().db().queryInt("SELECT count(*) FROM field_settings");
    return n ? *n : -1;
}

std::optional<FieldSetting> setting(TestVault& v, const QString& key)
{
    auto fs = v.session->fieldSettings().get(key);
    if (!fs) {
        return std::nullopt;
    }
    return *fs;
}

} // namespace

class TestFieldSettings : public QObject
{
    Q_OBJECT

private slots:
    void listsEveryRegistryFieldWithItsDefaults()
    {
        TestVault v;
        QVERIFY(v.create());
        auto all = v.session->fieldSettings().list();
        QVERIFY(all);
        QCOMPARE(all->size(), qsizetype(v.session->fields().fields().size()));
        QCOMPARE(all->first().key, QStringLiteral("contact.given"));
        const auto given = setting(v, QStringLiteral("contact.given"));
        QVERIFY(given);
        QCOMPARE(given->label, QStringLiteral("Given name"));
        QCOMPARE(given->category, crm::DataCategory::Identity);
        QVERIFY(!given->optional);
        QVERIFY(given->enabled);
        QVERIFY(!given->special);
        const auto birthday = setting(v, QStringLiteral("Contact.Birthday"));
        QVERIFY(birthday);
        QCOMPARE(birthday->key, QStringLiteral("contact.birthday"));
        QVERIFY(birthday->optional);
        QVERIFY(birthday->enabled);
        QVERIFY(birthday->purposes.isEmpty());
        QCOMPARE(v.session->fieldSettings().get(QStringLiteral("contact.shoe_size")).error().kind, ErrorKind::NotFound);
        QCOMPARE(v.session->fieldSettings().get(QStringLiteral("birthday")).error().kind, ErrorKind::NotFound);
        QCOMPARE(storedRows(v), 0);
    }

    void optionalFieldsCanBeSwitchedOff()
    {
        TestVault v;
        QVERIFY(v.create());
        auto& settings = v.session->fieldSettings();
        QCOMPARE(*settings.isEnabled(QStringLiteral("contact"), QStringLiteral("birthday")), true);
        auto off = settings.set(QStringLiteral("contact.birthday"), false, std::nullopt);
        QVERIFY2(off, qPrintable(off ? QString() : off.error().message));
        QVERIFY(!off->enabled);
        QCOMPARE(*settings.isEnabled(QStringLiteral("contact"), QStringLiteral("birthday")), false);
        QCOMPARE(*settings.isEnabled(QStringLiteral("contact"), QStringLiteral("website")), true);
        QCOMPARE(*settings.isEnabled(QStringLiteral("company"), QStringLiteral("birthday")), true); // no such field
        QCOMPARE(*settings.disabledKeys(), QSet<QString>({QStringLiteral("contact.birthday")}));

        auto s = v.session->gate().db().prepare(
            "SELECT entity_type, entity_uid, summary FROM audit_log WHERE action = 'field.update'");
        QVERIFY(s);
        QVERIFY(s->step());
        QCOMPARE(s->text(0), QStringLiteral("field"));
        QCOMPARE(s->text(1), QStringLiteral("contact.birthday"));
        QVERIFY(s->text(2).contains(QStringLiteral("enabled")));

        auto on = settings.set(QStringLiteral("contact.birthday"), true, std::nullopt);
        QVERIFY(on);
        QCOMPARE(*settings.isEnabled(QStringLiteral("contact"), QStringLiteral("birthday")), true);
        QVERIFY(settings.disabledKeys()->isEmpty());
    }

    void requiredFieldsStayOn_data()
    {
        QTest::addColumn<QString>("key");
        QTest::newRow("given name") << QStringLiteral("contact.given");
        QTest::newRow("family name") << QStringLiteral("contact.family");
        QTest::newRow("source") << QStringLiteral("contact.source");
        QTest::newRow("company name") << QStringLiteral("company.name");
    }
    void requiredFieldsStayOn()
    {
        QFETCH(QString, key);
        TestVault v;
        QVERIFY(v.create());
        auto refused = v.session->fieldSettings().set(key, false, std::nullopt);
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, ErrorKind::Invalid);
        QCOMPARE(storedRows(v), 0);
        const qsizetype dot = key.indexOf(QLatin1Char('.'));
        QCOMPARE(*v.session->fieldSettings().isEnabled(key.left(dot), key.mid(dot + 1)), true);
        // Marking such a field as special category is allowed.
        QVERIFY(v.session->fieldSettings().set(key, std::nullopt, true));
    }

    void fieldsCanBeMarkedSpecialCategory()
    {
        TestVault v;
        QVERIFY(v.create());
        auto marked = v.session->fieldSettings().set(QStringLiteral("contact.notes"), std::nullopt, true);
        QVERIFY(marked);
        QVERIFY(marked->special);
        QVERIFY(marked->enabled);
        QVERIFY(setting(v, QStringLiteral("contact.notes"))->special);
        QVERIFY(!setting(v, QStringLiteral("company.notes"))->special);
        QVERIFY(v.session->fieldSettings().set(QStringLiteral("contact.notes"), std::nullopt, false));
        QVERIFY(!setting(v, QStringLiteral("contact.notes"))->special);
    }

    void showsThePurposesUsingEachField()
    {
        TestVault v;
        QVERIFY(v.create());
        QVERIFY(addPurpose(v, QStringLiteral("Newsletter"), {QStringLiteral("contact.email")}));
        QVERIFY(addPurpose(
            v, QStringLiteral("Invoicing"), {QStringLiteral("contact.email"), QStringLiteral("contact.street")}));
        QVERIFY(addPurpose(v, QStringLiteral("Old campaign"), {QStringLiteral("contact.email")}, true));
        QCOMPARE(setting(v, QStringLiteral("contact.email"))->purposes,
                 QStringList({QStringLiteral("Invoicing"), QStringLiteral("Newsletter")}));
        QCOMPARE(setting(v, QStringLiteral("contact.street"))->purposes, QStringList({QStringLiteral("Invoicing")}));
        QVERIFY(setting(v, QStringLiteral("contact.phone"))->purposes.isEmpty());
    }

    void permissionsAreChecked()
    {
        TestVault v;
        QVERIFY(v.create());
        QVERIFY(v.session->profiles().add(QStringLiteral("Rep"), security::Role::SalesRep, secret("")).ok());
        QVERIFY(v.session->actAs(QStringLiteral("Rep"), secret("")).ok());
        QVERIFY(v.session->fieldSettings().list());
        auto denied = v.session->fieldSettings().set(QStringLiteral("contact.birthday"), false, std::nullopt);
        QVERIFY(!denied);
        QCOMPARE(denied.error().kind, ErrorKind::Denied);
        QCOMPARE(storedRows(v), 0);
        QCOMPARE(*v.session->fieldSettings().isEnabled(QStringLiteral("contact"), QStringLiteral("birthday")), true);
    }
};

QTEST_GUILESS_MAIN(TestFieldSettings)
#include "TestFieldSettings.moc"
