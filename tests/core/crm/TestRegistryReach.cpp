// The field registry is the single source of fields: each piece of code that lists fields derives the list
// from it. A registry with one more field (test::nicknameField) reaches every one of them, or is named as a
// field that code cannot handle, so that a new field fails a test instead of being skipped.
#include "core/crm/ContactFields.h"
#include "core/crm/DisabledFields.h"
#include "core/crm/FieldRegistry.h"
#include "core/crm/ImportService.h"
#include "core/privacy/AccessPackage.h"
#include "core/privacy/SubjectRightsService.h"
#include "core/storage/Statement.h"

#include <QTest>

#include "tests/support/ExtraField.h"
#include "tests/support/TestVault.h"

using namespace confidant;
using namespace confidant::crm;
using confidant::test::TestVault;

namespace {

//! A contact with a value in every field.
Contact fullContact()
{
    Contact c;
    c.givenName = QStringLiteral("Ada");
    c.familyName = QStringLiteral("Lovelace");
    c.emails = {{QStringLiteral("ada@example.org"), QStringLiteral("work")}};
    c.phones = {{QStringLiteral("+44 20 7946 0000"), QStringLiteral("home")}};
    c.street = QStringLiteral("12 St James's Square");
    c.postcode = QStringLiteral("SW1Y 4JH");
    c.city = QStringLiteral("London");
    c.region = QStringLiteral("Greater London");
    c.country = QStringLiteral("GB");
    c.jobTitle = QStringLiteral("Analyst");
    c.birthday = QDate(1985, 12, 10);
    c.website = QStringLiteral("https://example.org");
    c.companyName = QStringLiteral("Analytical Engines Ltd");
    c.notes = QStringLiteral("Notes");
    c.tags = {QStringLiteral("vip")};
    c.source = QStringLiteral("manual:cli");
    return c;
}

//! The shipped registry plus a contact field and a deal field, both in columns the test adds to the vault.
FieldRegistry registryWithExtras()
{
    FieldRegistry registry = test::registryWithNickname();
    FieldInfo priority = test::nicknameField();
    priority.entity = QStringLiteral("deal");
    priority.name = QStringLiteral("priority");
    priority.table = QStringLiteral("deals");
    priority.column = QStringLiteral("priority");
    priority.label = "Priority";
    priority.optional = false;
    registry.add(priority);
    return registry;
}

QStringList namesOf(const std::vector<FieldInfo>& fields, bool optionalOnly = false)
{
    QStringList names;
    for (const FieldInfo& f : fields) {
        if (!optionalOnly || f.optional) {
            names.append(f.name);
        }
    }
    return names;
}

QSet<QString> keysOf(const QStringList& names)
{
    QSet<QString> keys;
    for (const QString& n : names) {
        keys.insert(contactFieldKey(n));
    }
    return keys;
}

} // namespace

class TestRegistryReach : public QObject
{
    Q_OBJECT

private slots:
    //! Every registry contact field can be read, compared and cleared in a Contact.
    void everyContactFieldHasAccess()
    {
        QCOMPARE(ContactFields::missing(FieldRegistry::builtIn()), QStringList());
    }

    //! A field Contact does not hold is named, not skipped.
    void extraFieldWithoutAccessIsNamed()
    {
        QCOMPARE(ContactFields::missing(test::registryWithNickname()), QStringList {QStringLiteral("nickname")});
    }

    //! clearDisabledFields clears exactly the optional registry fields that are switched off.
    void clearDisabledFieldsWalksTheRegistry()
    {
        const FieldRegistry& registry = FieldRegistry::builtIn();
        const QStringList optional = namesOf(registry.fieldsOf(QStringLiteral("contact")), true);
        Contact c = fullContact();
        // The required fields too: switching them off is refused elsewhere, and never clears them here.
        const QStringList cleared
            = clearDisabledFields(c, keysOf(namesOf(registry.fieldsOf(QStringLiteral("contact")))), registry);
        QCOMPARE(cleared, optional);
        for (const FieldInfo& f : registry.fieldsOf(QStringLiteral("contact"))) {
            QCOMPARE(ContactFields::find(f.name)->isSet(c), !f.optional);
        }
    }

    //! A field the registry makes required is not cleared, whatever the settings say.
    void clearDisabledFieldsFollowsTheRegistrysOptionalFlag()
    {
        FieldRegistry registry;
        FieldInfo city = *registry.find(QStringLiteral("contact"), QStringLiteral("city"));
        city.optional = false;
        registry.add(city);
        Contact c = fullContact();
        const QStringList cleared = clearDisabledFields(
            c, {contactFieldKey(QStringLiteral("city")), contactFieldKey(QStringLiteral("street"))}, registry);
        QCOMPARE(cleared, QStringList {QStringLiteral("street")});
        QCOMPARE(c.city, QStringLiteral("London"));
        QVERIFY(c.street.isEmpty());
    }

    //! The audit trail's field names are the registry's, in its order.
    void auditNamesAreRegistryNames()
    {
        const FieldRegistry& registry = FieldRegistry::builtIn();
        QCOMPARE(ContactFields::filled(fullContact(), registry), namesOf(registry.fieldsOf(QStringLiteral("contact"))));
        Contact empty;
        QCOMPARE(ContactFields::filled(empty, registry), QStringList());
        // An edit changes what a person enters; the source is the system's.
        QCOMPARE(ContactFields::changed(empty, fullContact(), registry),
                 namesOf(registry.enteredFieldsOf(QStringLiteral("contact"))));
        Contact retagged = fullContact();
        retagged.tags = {QStringLiteral("VIP")};
        QCOMPARE(ContactFields::changed(fullContact(), retagged, registry), QStringList());
    }

    //! The access package has a column for every registry field: the contact's, and each record section's.
    void accessPackageHasEveryRegistryField()
    {
        TestVault v;
        QVERIFY(v.create());
        Session& session = *v.session;
        auto contact = session.contacts().create(fullContact());
        QVERIFY2(contact.ok(), qPrintable(contact.ok() ? QString() : contact.error().message));
        Deal deal;
        deal.title = QStringLiteral("Analytical engine");
        deal.contactIds = {contact->id};
        QVERIFY(session.deals().create(deal).ok());
        storage::Database& db = session.vault().db();
        QVERIFY(db.exec("ALTER TABLE contacts ADD COLUMN nickname TEXT").ok());
        QVERIFY(db.exec("ALTER TABLE deals ADD COLUMN priority TEXT").ok());
        QVERIFY(db.exec("UPDATE contacts SET nickname = 'Ada the Enchantress'").ok());
        QVERIFY(db.exec("UPDATE deals SET priority = 'high'").ok());

        const FieldRegistry registry = registryWithExtras();
        privacy::AccessPackage access(session.gate(), v.clock, registry);
        auto built = access.build(contact->uid);
        QVERIFY2(built.ok(), qPrintable(built.ok() ? QString() : built.error().detail));
        const QJsonObject fields = built->json.value(u"contact").toObject().value(u"fields").toObject();
        QCOMPARE(fields.value(u"nickname").toString(), QStringLiteral("Ada the Enchantress"));
        const QJsonArray deals = built->json.value(u"deals").toArray();
        QCOMPARE(deals.size(), 1);
        QCOMPARE(deals.at(0).toObject().value(u"priority").toString(), QStringLiteral("high"));
        QCOMPARE(privacy::AccessPackage::missingRegistryFields(built->json, registry), QStringList());

        // A package built without them lacks them, and says so.
        auto shipped = session.access().build(contact->uid);
        QVERIFY(shipped.ok());
        QCOMPARE(privacy::AccessPackage::missingRegistryFields(shipped->json, registry),
                 (QStringList {QStringLiteral("contact.nickname"), QStringLiteral("deal.priority")}));
    }

    //! An import maps columns to the contact fields a person enters, by their registry names and labels.
    void importFieldsAreTheRegistrysEnteredFields()
    {
        const FieldRegistry& registry = FieldRegistry::builtIn();
        const QStringList entered = namesOf(registry.enteredFieldsOf(QStringLiteral("contact")));
        QCOMPARE(ImportService::fieldNames(registry).mid(0, entered.size()), entered);
        QVERIFY(!ImportService::fieldNames(registry).contains(QStringLiteral("source")));
        QCOMPARE(ImportService::unmappableFields(registry), QStringList());
        for (const FieldInfo& f : registry.enteredFieldsOf(QStringLiteral("contact"))) {
            QCOMPARE(ImportService::fieldLabel(f.name, registry), FieldRegistry::label(f));
        }
        QCOMPARE(ImportService::fieldNames(registry).last(), QStringLiteral("skip"));
    }

    //! A field the registry no longer lets people enter is no import target; one io cannot map is named.
    void importFollowsTheRegistry()
    {
        FieldRegistry registry;
        FieldInfo website = *registry.find(QStringLiteral("contact"), QStringLiteral("website"));
        website.entered = false;
        registry.add(website);
        QVERIFY(!ImportService::fieldNames(registry).contains(QStringLiteral("website")));
        QVERIFY(ImportService::fieldNames(registry).contains(QStringLiteral("birthday")));

        const FieldRegistry extra = test::registryWithNickname();
        QVERIFY(!ImportService::fieldNames(extra).contains(QStringLiteral("nickname")));
        QCOMPARE(ImportService::unmappableFields(extra), QStringList {QStringLiteral("nickname")});
    }

    //! The change history's trigger has a row for each contact field a person enters in the contacts table.
    void historyTriggerHasEveryEnteredField()
    {
        const QString sql = privacy::SubjectRightsService::historyTriggerSql(FieldRegistry::builtIn());
        for (const FieldInfo& f : FieldRegistry::builtIn().fieldsOf(QStringLiteral("contact"))) {
            const bool tracked = f.entered && f.table == QLatin1String("contacts");
            QCOMPARE(sql.contains(QStringLiteral("('%1', ").arg(f.name)), tracked);
        }
        QCOMPARE(sql.count(QStringLiteral("OLD.")), 14 * 2 + 1); // old value and comparison, plus OLD.id
        QVERIFY(!sql.contains(QLatin1String("nickname")));
        QVERIFY(privacy::SubjectRightsService::historyTriggerSql(test::registryWithNickname())
                    .contains(QLatin1String("('nickname', nullif(OLD.nickname, ''), coalesce(OLD.nickname, '') IS NOT "
                                            "coalesce(NEW.nickname, ''))")));
    }

    //! A vault whose registry has one more field records its changes too.
    void historyRecordsAnExtraField()
    {
        TestVault v;
        QVERIFY(v.create());
        Session& session = *v.session;
        auto contact = session.contacts().create(fullContact());
        QVERIFY2(contact.ok(), qPrintable(contact.ok() ? QString() : contact.error().message));
        storage::Database& db = session.vault().db();
        QVERIFY(db.exec("ALTER TABLE contacts ADD COLUMN nickname TEXT").ok());
        QVERIFY(db.exec("UPDATE contacts SET nickname = 'Ada the Enchantress'").ok()); // outside a gate: no history
        QVERIFY(db.exec("DROP TRIGGER temp.subject_field_history").ok());
        const QByteArray trigger
            = privacy::SubjectRightsService::historyTriggerSql(test::registryWithNickname()).toUtf8();
        QVERIFY(db.exec(trigger.constData()).ok());
        // What the gate does around a write: the actor and the time, history on.
        QVERIFY(db.exec("INSERT INTO temp.subject_write_context (depth, actor_uid, now_ms, allow_restricted, "
                        "track_history) VALUES (1, 'tester', 1000, 0, 1)")
                    .ok());
        QVERIFY(db.exec("UPDATE contacts SET nickname = 'Ada', city = 'Paris'").ok());
        QVERIFY(db.exec("DELETE FROM temp.subject_write_context").ok());

        auto s = db.prepare("SELECT field, old_value FROM contact_field_history ORDER BY field");
        QVERIFY(s.ok());
        QStringList rows;
        while (*s->step() == storage::Statement::Step::Row) {
            rows.append(s->text(0) + QLatin1Char('=') + s->text(1));
        }
        QCOMPARE(rows, (QStringList {QStringLiteral("city=London"), QStringLiteral("nickname=Ada the Enchantress")}));
    }

    //! Every field of an entity the package shows no section for is named.
    void accessPackageNamesAnEntityItDoesNotShow()
    {
        FieldRegistry registry;
        FieldInfo invoice = test::nicknameField();
        invoice.entity = QStringLiteral("invoice");
        invoice.name = QStringLiteral("number");
        registry.add(invoice);
        QCOMPARE(privacy::AccessPackage::missingRegistryFields(QJsonObject(), registry).last(),
                 QStringLiteral("invoice.number"));
    }
};

QTEST_GUILESS_MAIN(TestRegistryReach)
#include "TestRegistryReach.moc"
