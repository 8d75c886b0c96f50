#include "core/Session.h"
#include "core/crm/SavedFilterService.h"

#include <QTest>

#include "tests/support/TestVault.h"

using namespace confidant;
using confidant::test::TestVault;

namespace {

security::AuditQuery byAction(const char* action)
{
    security::AuditQuery q;
    q.action = QString::fromLatin1(action);
    return q;
}

QStringList givenNames(const QList<crm::ContactRow>& rows)
{
    QStringList names;
    for (const auto& r : rows) {
        names.append(r.givenName);
    }
    return names;
}

QStringList words(const char* text)
{
    return QString::fromUtf8(text).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

} // namespace

class TestSavedFilters : public QObject
{
    Q_OBJECT

private slots:
    void createRenameUpdateDeleteAreAudited()
    {
        TestVault v;
        QVERIFY(v.create());
        crm::SavedFilterService& filters = v.session->savedFilters();
        crm::ContactFilter f;
        f.search = QStringLiteral("  anna ");
        f.tags = {QStringLiteral("vip")};
        f.city = QStringLiteral("Berlin");
        auto created = filters.createContactFilter(QStringLiteral(" Berlin VIPs "), f);
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
        QCOMPARE(created->name, QStringLiteral("Berlin VIPs"));
        QCOMPARE(created->entityType, QStringLiteral("contact"));

        auto got = filters.get(QStringLiteral("contact"), QStringLiteral("berlin vips"));
        QVERIFY(got);
        QCOMPARE(got->uid, created->uid);
        crm::ContactFilter expected = f;
        expected.search = QStringLiteral("anna");
        QCOMPARE(got->contactFilter(), expected);

        QCOMPARE(filters.createContactFilter(QStringLiteral("BERLIN vips"), {}).error().kind, ErrorKind::Conflict);
        QCOMPARE(filters.createContactFilter(QStringLiteral("   "), {}).error().kind, ErrorKind::Invalid);
        QCOMPARE(filters.create(QStringLiteral("x"), QStringLiteral("contact"), {{QStringLiteral("colour"), 1}})
                     .error()
                     .kind,
                 ErrorKind::Invalid);
        QCOMPARE(filters.create(QStringLiteral("x"), QStringLiteral("planet"), {}).error().kind, ErrorKind::Invalid);
        QVERIFY(filters.create(QStringLiteral("Big deals"), QStringLiteral("deal"), {{QStringLiteral("min"), 1000}}));
        // The same name for another entity type is another filter.
        QVERIFY(filters.create(QStringLiteral("Berlin VIPs"), QStringLiteral("company"), {}));

        auto renamed = filters.rename(QStringLiteral("contact"), QStringLiteral("Berlin VIPs"), QStringLiteral("VIPs"));
        QVERIFY(renamed);
        QCOMPARE(renamed->uid, created->uid);
        crm::ContactFilter paris;
        paris.city = QStringLiteral("Paris");
        QVERIFY(filters.update(QStringLiteral("contact"), QStringLiteral("vips"), paris.toJson()));
        QCOMPARE(filters.get(QStringLiteral("contact"), QStringLiteral("VIPs"))->contactFilter(), paris);
        QCOMPARE(filters.get(QStringLiteral("contact"), QStringLiteral("Berlin VIPs")).error().kind,
                 ErrorKind::NotFound);

        auto contactFilters = filters.list(QStringLiteral("contact"));
        QVERIFY(contactFilters);
        QCOMPARE(contactFilters->size(), 1);
        QCOMPARE(filters.list()->size(), 3);

        QVERIFY(filters.remove(QStringLiteral("contact"), QStringLiteral("vips")));
        QCOMPARE(filters.get(QStringLiteral("contact"), QStringLiteral("VIPs")).error().kind, ErrorKind::NotFound);
        QCOMPARE(filters.remove(QStringLiteral("contact"), QStringLiteral("VIPs")).error().kind, ErrorKind::NotFound);

        QCOMPARE(v.session->auditLog().list(byAction("saved_filter.create"))->size(), 3);
        QCOMPARE(v.session->auditLog().list(byAction("saved_filter.update"))->size(), 2);
        auto deleted = v.session->auditLog().list(byAction("saved_filter.delete"));
        QCOMPARE(deleted->size(), 1);
        QCOMPARE(deleted->first().entityUid, created->uid);
        // The audit trail names the filter by uid, never its text.
        QVERIFY(!deleted->first().summary.contains(QStringLiteral("Paris")));
    }

    void readOnlyProfileMayNotSaveFilters()
    {
        TestVault v;
        QVERIFY(v.create());
        QVERIFY(v.session->profiles().add(QStringLiteral("viewer"), security::Role::ReadOnly, {}));
        QVERIFY(v.session->actAs(QStringLiteral("viewer"), {}));
        QCOMPARE(v.session->savedFilters().createContactFilter(QStringLiteral("mine"), {}).error().kind,
                 ErrorKind::Denied);
        QVERIFY(v.session->savedFilters().list());
        QVERIFY(v.session->actAs(QStringLiteral("owner"), {}));
        QCOMPARE(v.session->savedFilters().list()->size(), 0);
    }

    void matchingCombinesSearchTagsCityAndCompany_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<QStringList>("tags");
        QTest::addColumn<QString>("city");
        QTest::addColumn<QString>("company");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("nothing set: everyone")
            << QString() << QStringList() << QString() << QString() << words("Anna Bert Cleo Dora");
        QTest::newRow("search text (FTS prefix)")
            << QStringLiteral("ann") << QStringList() << QString() << QString() << words("Anna");
        QTest::newRow("search in notes") << QStringLiteral("trade fair") << QStringList() << QString() << QString()
                                         << words("Bert Cleo");
        QTest::newRow("all of the tags") << QString() << words("vip PRESS") << QString() << QString()
                                         << words("Anna Cleo");
        QTest::newRow("city ignores case")
            << QString() << QStringList() << QStringLiteral("berlin") << QString() << words("Anna Bert Dora");
        QTest::newRow("text + tag + city")
            << QStringLiteral("fair") << words("vip") << QStringLiteral("Berlin") << QString() << words("Bert");
        QTest::newRow("company") << QString() << QStringList() << QString() << QStringLiteral("acme")
                                 << words("Anna Dora");
        QTest::newRow("unknown tag") << QString() << words("nobody") << QString() << QString() << QStringList();
        QTest::newRow("punctuation only")
            << QStringLiteral("!!") << QStringList() << QString() << QString() << QStringList();
    }

    void matchingCombinesSearchTagsCityAndCompany()
    {
        QFETCH(QString, search);
        QFETCH(QStringList, tags);
        QFETCH(QString, city);
        QFETCH(QString, company);
        QFETCH(QStringList, expected);
        TestVault v;
        QVERIFY(v.create());
        auto make
            = [&](const char* given, const char* cityName, QStringList tagList, const char* notes, const char* co) {
                  crm::Contact c;
                  c.givenName = QString::fromLatin1(given);
                  c.familyName = QStringLiteral("Muster");
                  c.city = QString::fromLatin1(cityName);
                  c.tags = std::move(tagList);
                  c.notes = QString::fromLatin1(notes);
                  c.companyName = QString::fromLatin1(co);
                  return bool(v.session->contacts().create(c));
              };
        QVERIFY(make("Anna", "Berlin", words("vip press"), "", "Acme"));
        QVERIFY(make("Bert", "Berlin", words("vip"), "met at the trade fair", "Globex"));
        QVERIFY(make("Cleo", "Paris", words("VIP press"), "trade fair 2025", ""));
        QVERIFY(make("Dora", "BERLIN", words(""), "", "ACME"));

        crm::ContactFilter f;
        f.search = search;
        f.tags = tags;
        f.city = city;
        f.company = company;
        // Paged one row at a time: the keyset cursor carries the filter and visits each match once.
        QStringList seen;
        QString after;
        for (int page = 0; page < 10; ++page) {
            auto result = v.session->savedFilters().matchingContacts(f, after, 1);
            QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
            seen += givenNames(result->rows);
            after = result->nextCursor;
            if (after.isEmpty()) {
                break;
            }
        }
        QCOMPARE(seen, expected);
    }

    void updatedSinceAndBefore()
    {
        TestVault v;
        QVERIFY(v.create());
        crm::Contact c;
        c.givenName = QStringLiteral("Early");
        QVERIFY(v.session->contacts().create(c));
        const qint64 middle = v.clock.nowMs() + 1000;
        v.clock.advanceDays(2);
        c.givenName = QStringLiteral("Late");
        QVERIFY(v.session->contacts().create(c));
        crm::ContactFilter since;
        since.updatedSinceMs = middle;
        QCOMPARE(givenNames(v.session->savedFilters().matchingContacts(since)->rows), words("Late"));
        crm::ContactFilter before;
        before.updatedBeforeMs = middle;
        QCOMPARE(givenNames(v.session->savedFilters().matchingContacts(before)->rows), words("Early"));
    }

    void aCursorOfAnotherFilterIsRefused()
    {
        TestVault v;
        QVERIFY(v.create());
        for (const char* name : {"A", "B", "C"}) {
            crm::Contact c;
            c.givenName = QString::fromLatin1(name);
            c.city = QStringLiteral("Berlin");
            QVERIFY(v.session->contacts().create(c));
        }
        crm::ContactFilter berlin;
        berlin.city = QStringLiteral("Berlin");
        auto first = v.session->savedFilters().matchingContacts(berlin, {}, 1);
        QVERIFY(first && !first->nextCursor.isEmpty());
        crm::ContactFilter paris;
        paris.city = QStringLiteral("Paris");
        QCOMPARE(v.session->savedFilters().matchingContacts(paris, first->nextCursor, 1).error().kind,
                 ErrorKind::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestSavedFilters)
#include "TestSavedFilters.moc"
