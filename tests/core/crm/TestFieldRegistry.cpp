#include "core/crm/FieldRegistry.h"
#include "core/storage/Statement.h"

#include <QTest>

#include "tests/support/ExtraField.h"
#include "tests/support/TestVault.h"

using namespace confidant;
using namespace confidant::crm;
using confidant::test::TestVault;

//! The registry must know every column that holds data about someone: exports, erasure and retention
//! walk it, so a column it does not know would be forgotten by all of them.
class TestFieldRegistry : public QObject
{
    Q_OBJECT

private slots:
    void everyDataColumnIsRegistered_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("contacts") << QStringLiteral("contacts");
        QTest::newRow("companies") << QStringLiteral("companies");
        QTest::newRow("contact_tags") << QStringLiteral("contact_tags");
        QTest::newRow("deals") << QStringLiteral("deals");
        QTest::newRow("activities") << QStringLiteral("activities");
        QTest::newRow("consent_events") << QStringLiteral("consent_events");
        QTest::newRow("requests") << QStringLiteral("requests");
    }
    void everyDataColumnIsRegistered()
    {
        QFETCH(QString, table);
        TestVault v;
        QVERIFY(v.create());
        FieldRegistry registry;
        auto s = v.session->vault().db().prepare(QStringLiteral("SELECT name FROM pragma_table_info(?1)"));
        QVERIFY(s.ok());
        s->bind(1, table);
        int columns = 0;
        while (*s->step() == storage::Statement::Step::Row) {
            const QString column = s->text(0);
            ++columns;
            if (FieldRegistry::bookkeepingColumns(table).contains(column)) {
                continue;
            }
            bool found = false;
            for (const auto& f : registry.fields()) {
                found = found || (f.table == table && f.column == column);
            }
            QVERIFY2(found, qPrintable(QStringLiteral("%1.%2 is not in the field registry").arg(table, column)));
        }
        QVERIFY(columns > 0);
    }

    void registeredColumnsExist()
    {
        TestVault v;
        QVERIFY(v.create());
        FieldRegistry registry;
        for (const auto& f : registry.fields()) {
            auto s = v.session->vault().db().prepare(
                QStringLiteral("SELECT count(*) FROM pragma_table_info(?1) WHERE name = ?2"));
            QVERIFY(s.ok());
            s->bind(1, f.table).bind(2, f.column);
            QCOMPARE(*s->step(), storage::Statement::Step::Row);
            QVERIFY2(s->int64(0) == 1, qPrintable(f.table + QLatin1Char('.') + f.column));
        }
    }

    void namesAreUniqueAndLabelled()
    {
        FieldRegistry registry;
        QSet<QString> seen;
        for (const auto& f : registry.fields()) {
            const QString key = f.entity + QLatin1Char('.') + f.name;
            QVERIFY2(!seen.contains(key), qPrintable(key));
            seen.insert(key);
            QVERIFY(!FieldRegistry::label(f).isEmpty());
            QVERIFY(!FieldRegistry::categoryName(f.category).isEmpty());
        }
        QVERIFY(registry.find(QStringLiteral("contact"), QStringLiteral("email")));
        QCOMPARE(registry.fieldsOf(QStringLiteral("contact")).size(), std::size_t(16));
    }

    //! Deals, activities, consent events and requests hold personal data about the people they name.
    void everyEntityWithPersonalDataIsRegistered_data()
    {
        QTest::addColumn<QString>("entity");
        for (const char* entity : {"contact", "company", "deal", "activity", "consent", "request"}) {
            QTest::newRow(entity) << QString::fromLatin1(entity);
        }
    }
    void everyEntityWithPersonalDataIsRegistered()
    {
        QFETCH(QString, entity);
        FieldRegistry registry;
        QVERIFY(!registry.fieldsOf(entity).empty());
    }

    void linkedFieldsNameTheirTarget()
    {
        TestVault v;
        QVERIFY(v.create());
        for (const auto& f : FieldRegistry::builtIn().fields()) {
            if (f.kind != FieldKind::Link) {
                continue;
            }
            auto s = v.session->vault().db().prepare(
                QStringLiteral("SELECT count(*) FROM pragma_table_info(?1) WHERE name = ?2"));
            QVERIFY(s.ok());
            s->bind(1, f.linkTable).bind(2, f.linkColumn);
            QCOMPARE(*s->step(), storage::Statement::Step::Row);
            QVERIFY2(s->int64(0) == 1, qPrintable(f.entity + QLatin1Char('.') + f.name));
        }
    }

    //! Only the provenance is recorded by the system among a contact's fields; the rest a person enters.
    void enteredFieldsLeaveOutWhatTheSystemRecords()
    {
        FieldRegistry registry;
        QStringList entered;
        for (const auto& f : registry.enteredFieldsOf(QStringLiteral("contact"))) {
            entered.append(f.name);
        }
        QCOMPARE(entered.size(), 15);
        QVERIFY(!entered.contains(QStringLiteral("source")));
    }

    void addAppendsOrReplaces()
    {
        FieldRegistry registry;
        const std::size_t before = registry.fields().size();
        FieldInfo nickname = test::nicknameField();
        registry.add(nickname);
        QCOMPARE(registry.fields().size(), before + 1);
        QCOMPARE(registry.fieldsOf(QStringLiteral("contact")).back().name, QStringLiteral("nickname"));
        nickname.optional = false;
        registry.add(nickname);
        QCOMPARE(registry.fields().size(), before + 1);
        QVERIFY(!registry.find(QStringLiteral("contact"), QStringLiteral("nickname"))->optional);
        // The shipped registry is not changed by it.
        QVERIFY(!FieldRegistry::builtIn().find(QStringLiteral("contact"), QStringLiteral("nickname")));
    }
};

QTEST_GUILESS_MAIN(TestFieldRegistry)
#include "TestFieldRegistry.moc"
