#include "core/crm/DealService.h"
#include "core/crm/PipelineService.h"
#include "core/storage/Statement.h"

#include <QTest>

#include "tests/support/TestVault.h"

#include <algorithm>

using namespace confidant;
using namespace confidant::crm;
using confidant::test::secret;
using confidant::test::TestVault;

namespace {

struct AuditRow
{
    QString action;
    QString entityUid;
    QString summary;
};

QList<AuditRow> auditRows(TestVault& v, const QString& prefix)
{
    QList<AuditRow> rows;
    auto s = v.session->gate().db().prepare(
        "SELECT action, entity_uid, summary FROM audit_log WHERE action LIKE ?1 ORDER BY seq");
    if (!s) {
        return rows;
    }
    s->bind(1, prefix + QLatin1Char('%'));
    while (true) {
        auto step = s->step();
        if (!step || *step == storage::Statement::Step::Done) {
            break;
        }
        rows.append({s->text(0), s->text(1), s->text(2)});
    }
    return rows;
}

Deal titled(const QString& title, qint64 minor = 0, const QString& currency = QStringLiteral("EUR"))
{
    Deal d;
    d.title = title;
    d.valueMinor = minor;
    d.currency = currency;
    return d;
}

} // namespace

class TestDealService : public QObject
{
    Q_OBJECT

private:
    static Pipeline sales(TestVault& v)
    {
        auto p = v.session->pipelines().find(QString());
        return p ? *p : Pipeline {};
    }
    static StageId stageNamed(const Pipeline& p, const QString& name)
    {
        for (const Stage& s : p.stages) {
            if (s.name == name) {
                return s.id;
            }
        }
        return {};
    }

private slots:
    void seedsTheDefaultPipelineOnce()
    {
        TestVault v;
        QVERIFY(v.create());
        QCOMPARE(auditRows(v, QStringLiteral("pipeline.")).size(), 0);
        auto all = v.session->pipelines().pipelines();
        QVERIFY(all.ok());
        QCOMPARE(all->size(), 1);
        const Pipeline& p = all->first();
        QCOMPARE(p.name, QStringLiteral("Sales"));
        QStringList names;
        QList<int> probabilities;
        QList<StageKind> kinds;
        for (const Stage& s : p.stages) {
            names.append(s.name);
            probabilities.append(s.probability);
            kinds.append(s.kind);
        }
        QCOMPARE(names,
                 QStringList({QStringLiteral("Lead"),
                              QStringLiteral("Qualified"),
                              QStringLiteral("Proposal"),
                              QStringLiteral("Negotiation"),
                              QStringLiteral("Won"),
                              QStringLiteral("Lost")}));
        QCOMPARE(probabilities, QList<int>({10, 25, 50, 75, 100, 0}));
        QCOMPARE(
            kinds,
            QList<StageKind>(
                {StageKind::Open, StageKind::Open, StageKind::Open, StageKind::Open, StageKind::Won, StageKind::Lost}));
        QVERIFY(v.session->pipelines().pipelines().ok());
        const auto audit = auditRows(v, QStringLiteral("pipeline."));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().action, QStringLiteral("pipeline.create"));
        QCOMPARE(audit.first().entityUid, p.uid);
    }

    void readOnlyProfileSeesTheSeededPipeline()
    {
        TestVault v;
        QVERIFY(v.create());
        QVERIFY(v.session->profiles().add(QStringLiteral("Reader"), security::Role::ReadOnly, secret("")).ok());
        QVERIFY(v.session->actAs(QStringLiteral("Reader"), secret("")).ok());
        auto all = v.session->pipelines().pipelines();
        QVERIFY(all.ok());
        QCOMPARE(all->first().stages.size(), 6);
    }

    void createMoveWinReopenLoseWithHistoryAndAudit()
    {
        TestVault v;
        QVERIFY(v.create());
        DealService& deals = v.session->deals();
        const Pipeline p = sales(v);
        const qint64 t0 = v.clock.nowMs();
        auto created = deals.create(titled(QStringLiteral("Lenses for Nordlicht"), 123450));
        QVERIFY(created.ok());
        QCOMPARE(created->stageId, stageNamed(p, QStringLiteral("Lead")));
        QCOMPARE(created->status, DealStatus::Open);
        QCOMPARE(created->ownerUid, v.session->actor().uid);

        v.clock.advanceMs(1000);
        QVERIFY(deals.move(created->id, stageNamed(p, QStringLiteral("Proposal"))).ok());
        v.clock.advanceMs(1000);
        auto won = deals.markWon(created->id, QStringLiteral("best price"));
        QVERIFY(won.ok());
        QCOMPARE(won->status, DealStatus::Won);
        QCOMPARE(won->closeReason, QStringLiteral("best price"));
        QCOMPARE(*won->closedAtMs, t0 + 2000);
        QCOMPARE(deals.get(created->id)->status, DealStatus::Won);

        v.clock.advanceMs(1000);
        auto reopened = deals.move(created->id, stageNamed(p, QStringLiteral("Negotiation")));
        QVERIFY(reopened.ok());
        const Deal afterReopen = *deals.get(created->id);
        QCOMPARE(afterReopen.status, DealStatus::Open);
        QCOMPARE(afterReopen.closeReason, QString());
        QVERIFY(!afterReopen.closedAtMs.has_value());

        v.clock.advanceMs(1000);
        auto noReason = deals.markLost(created->id, QStringLiteral("  "));
        QVERIFY(!noReason.ok());
        QCOMPARE(noReason.error().kind, ErrorKind::Invalid);
        auto lost = deals.markLost(created->id, QStringLiteral("went with a competitor"));
        QVERIFY(lost.ok());
        const Deal afterLost = *deals.get(created->id);
        QCOMPARE(afterLost.status, DealStatus::Lost);
        QCOMPARE(afterLost.closeReason, QStringLiteral("went with a competitor"));
        QCOMPARE(*afterLost.closedAtMs, t0 + 4000);

        auto history = deals.history(created->id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 5);
        const QList<std::tuple<QString, QString, qint64>> want
            = {{QString(), QStringLiteral("Lead"), t0},
               {QStringLiteral("Lead"), QStringLiteral("Proposal"), t0 + 1000},
               {QStringLiteral("Proposal"), QStringLiteral("Won"), t0 + 2000},
               {QStringLiteral("Won"), QStringLiteral("Negotiation"), t0 + 3000},
               {QStringLiteral("Negotiation"), QStringLiteral("Lost"), t0 + 4000}};
        for (int i = 0; i < want.size(); ++i) {
            const StageChange& c = history->at(i);
            QCOMPARE(c.fromName, std::get<0>(want.at(i)));
            QCOMPARE(c.toName, std::get<1>(want.at(i)));
            QCOMPARE(c.atMs, std::get<2>(want.at(i)));
            QCOMPARE(c.profileUid, v.session->actor().uid);
        }
        QVERIFY(!history->first().from.has_value());

        const auto audit = auditRows(v, QStringLiteral("deal."));
        QStringList actions;
        for (const AuditRow& r : audit) {
            actions.append(r.action);
            QCOMPARE(r.entityUid, created->uid);
        }
        QCOMPARE(actions,
                 QStringList({QStringLiteral("deal.create"),
                              QStringLiteral("deal.move"),
                              QStringLiteral("deal.won"),
                              QStringLiteral("deal.move"),
                              QStringLiteral("deal.lost")}));
        const QString lead = p.stages.at(0).uid;
        const QString proposal = p.stages.at(2).uid;
        QCOMPARE(audit.at(1).summary, QStringLiteral("fields=stage from=%1 to=%2").arg(lead, proposal));
        // The reason is personal-ish free text: only its field name reaches the audit trail.
        QVERIFY(!audit.at(4).summary.contains(QStringLiteral("competitor")));
        QVERIFY(audit.at(4).summary.startsWith(QStringLiteral("fields=stage,status,close_reason from=")));
    }

    void updateAuditsChangedFieldNamesOnly()
    {
        TestVault v;
        QVERIFY(v.create());
        DealService& deals = v.session->deals();
        auto created = deals.create(titled(QStringLiteral("Frames"), 1000));
        QVERIFY(created.ok());
        Deal d = *created;
        d.valueMinor = 2000;
        d.tags = {QStringLiteral("q3"), QStringLiteral("Hamburg")};
        d.expectedClose = QDate(2026, 3, 31);
        QVERIFY(deals.update(d).ok());
        const Deal read = *deals.get(d.id);
        QCOMPARE(read.valueMinor, qint64(2000));
        QCOMPARE(read.tags, QStringList({QStringLiteral("Hamburg"), QStringLiteral("q3")}));
        QCOMPARE(read.expectedClose, QDate(2026, 3, 31));
        const auto audit = auditRows(v, QStringLiteral("deal.update"));
        QCOMPARE(audit.size(), 1);
        QCOMPARE(audit.first().summary, QStringLiteral("fields=value,expected_close,tags"));
        // Nothing changed: nothing recorded.
        QVERIFY(deals.update(read).ok());
        QCOMPARE(auditRows(v, QStringLiteral("deal.update")).size(), 1);
    }

    void currencyParsing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<qint64>("minor");
        QTest::newRow("EUR cents") << QStringLiteral("1234.50") << QStringLiteral("EUR") << true << qint64(123450);
        QTest::newRow("EUR one decimal") << QStringLiteral("1234.5") << QStringLiteral("EUR") << true << qint64(123450);
        QTest::newRow("EUR whole") << QStringLiteral("1234") << QStringLiteral("EUR") << true << qint64(123400);
        QTest::newRow("EUR too precise") << QStringLiteral("1.234") << QStringLiteral("EUR") << false << qint64(0);
        QTest::newRow("JPY whole") << QStringLiteral("1234") << QStringLiteral("JPY") << true << qint64(1234);
        QTest::newRow("JPY decimals") << QStringLiteral("1234.5") << QStringLiteral("JPY") << false << qint64(0);
        QTest::newRow("KRW") << QStringLiteral("50000") << QStringLiteral("KRW") << true << qint64(50000);
        QTest::newRow("KWD three") << QStringLiteral("1.234") << QStringLiteral("KWD") << true << qint64(1234);
        QTest::newRow("BHD short") << QStringLiteral("2.5") << QStringLiteral("BHD") << true << qint64(2500);
        QTest::newRow("comma") << QStringLiteral("1,50") << QStringLiteral("EUR") << false << qint64(0);
        QTest::newRow("grouping") << QStringLiteral("1.234,50") << QStringLiteral("EUR") << false << qint64(0);
        QTest::newRow("letters") << QStringLiteral("ten") << QStringLiteral("EUR") << false << qint64(0);
        QTest::newRow("lower-case code") << QStringLiteral("1") << QStringLiteral("eur") << false << qint64(0);
        QTest::newRow("unknown code") << QStringLiteral("1") << QStringLiteral("XYZ") << false << qint64(0);
    }
    void currencyParsing()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QFETCH(qint64, minor);
        const auto parsed = Currency::parse(text, code);
        QCOMPARE(parsed.has_value(), valid);
        if (valid) {
            QCOMPARE(*parsed, minor);
        }
    }

    void currencyExponentsAndFormat()
    {
        QCOMPARE(Currency::exponent(QStringLiteral("EUR")), 2);
        QCOMPARE(Currency::exponent(QStringLiteral("JPY")), 0);
        QCOMPARE(Currency::exponent(QStringLiteral("ISK")), 0);
        QCOMPARE(Currency::exponent(QStringLiteral("VND")), 0);
        QCOMPARE(Currency::exponent(QStringLiteral("OMR")), 3);
        QCOMPARE(Currency::exponent(QStringLiteral("TND")), 3);
        QCOMPARE(Currency::exponent(QStringLiteral("XYZ")), -1);
        QCOMPARE(Currency::format(123450, QStringLiteral("EUR")), QStringLiteral("1234.50"));
        QCOMPARE(Currency::format(5, QStringLiteral("KWD")), QStringLiteral("0.005"));
        QCOMPARE(Currency::format(1234, QStringLiteral("JPY")), QStringLiteral("1234"));
    }

    void refusesInvalidDeals_data()
    {
        QTest::addColumn<QString>("title");
        QTest::addColumn<QString>("currency");
        QTest::newRow("no title") << QStringLiteral("   ") << QStringLiteral("EUR");
        QTest::newRow("unknown currency") << QStringLiteral("X") << QStringLiteral("XYZ");
        QTest::newRow("lower-case currency") << QStringLiteral("X") << QStringLiteral("usd");
        QTest::newRow("escape code in title") << QStringLiteral("X\x1b]0;owned\x07") << QStringLiteral("EUR");
    }
    void refusesInvalidDeals()
    {
        QFETCH(QString, title);
        QFETCH(QString, currency);
        TestVault v;
        QVERIFY(v.create());
        auto r = v.session->deals().create(titled(title, 100, currency));
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, ErrorKind::Invalid);
        QCOMPARE(*v.session->deals().count(), qint64(0));
        QCOMPARE(auditRows(v, QStringLiteral("deal.")).size(), 0);
    }

    void boardTotalsPerCurrencyAndMoreCards()
    {
        TestVault v;
        QVERIFY(v.create());
        DealService& deals = v.session->deals();
        const Pipeline p = sales(v);
        QVERIFY(deals.create(titled(QStringLiteral("A"), 10000)).ok());
        QVERIFY(deals.create(titled(QStringLiteral("B"), 25050)).ok());
        QVERIFY(deals.create(titled(QStringLiteral("C"), 1000, QStringLiteral("USD"))).ok());
        Deal d = titled(QStringLiteral("D"), 500000, QStringLiteral("JPY"));
        d.stageId = stageNamed(p, QStringLiteral("Proposal"));
        QVERIFY(deals.create(d).ok());

        auto board = deals.board(p.id, 2);
        QVERIFY(board.ok());
        QCOMPARE(board->columns.size(), 6);
        const BoardColumn& lead = board->columns.at(0);
        QCOMPARE(lead.count, qint64(3));
        QCOMPARE(lead.totals.value(QStringLiteral("EUR")), qint64(35050));
        QCOMPARE(lead.totals.value(QStringLiteral("USD")), qint64(1000));
        QCOMPARE(lead.totals.size(), 2);
        QCOMPARE(lead.cards.size(), 2);
        QVERIFY(!lead.nextCursor.isEmpty());
        const BoardColumn& proposal = board->columns.at(2);
        QCOMPARE(proposal.count, qint64(1));
        QCOMPARE(proposal.totals.value(QStringLiteral("JPY")), qint64(500000));
        QCOMPARE(board->columns.at(1).count, qint64(0));
        QVERIFY(board->columns.at(1).cards.isEmpty());

        auto more = deals.stageCards(lead.stage.id, 2, lead.nextCursor);
        QVERIFY(more.ok());
        QCOMPARE(more->rows.size(), 1);
        QVERIFY(more->nextCursor.isEmpty());
        QStringList titles;
        for (const DealRow& r : lead.cards + more->rows) {
            titles.append(r.title);
        }
        titles.sort();
        QCOMPARE(titles, QStringList({QStringLiteral("A"), QStringLiteral("B"), QStringLiteral("C")}));
    }

    void pagesAndFilters()
    {
        TestVault v;
        QVERIFY(v.create());
        DealService& deals = v.session->deals();
        const Pipeline p = sales(v);
        Contact person;
        person.givenName = QStringLiteral("Greta");
        person.familyName = QStringLiteral("Lund");
        auto contact = v.session->contacts().create(person);
        QVERIFY(contact.ok());
        // Created in a shuffled order, with values in yet another order: title, value and last-update order
        // all differ, so a list sorted by the wrong key shows it.
        auto valueOf = [](int i) { return qint64(100) * ((i * 7) % 25); };
        for (int k = 0; k < 25; ++k) {
            const int i = (k * 11) % 25;
            Deal d = titled(QStringLiteral("Deal %1").arg(i, 2, 10, QLatin1Char('0')), valueOf(i));
            if (i % 5 == 0) {
                d.tags = {QStringLiteral("priority")};
                d.contactIds = {contact->id};
            }
            QVERIFY(deals.create(d).ok());
            v.clock.advanceMs(10);
        }
        DealQuery q;
        q.sort = DealSort::Title;
        q.limit = 10;
        QStringList seen;
        int pages = 0;
        while (true) {
            auto page = deals.list(q);
            QVERIFY(page.ok());
            ++pages;
            for (const DealRow& r : page->rows) {
                seen.append(r.title);
            }
            if (page->nextCursor.isEmpty()) {
                break;
            }
            q.after = page->nextCursor;
        }
        QCOMPARE(pages, 3);
        QCOMPARE(seen.size(), 25);
        QStringList byTitle;
        for (int i = 0; i < 25; ++i) {
            byTitle.append(QStringLiteral("Deal %1").arg(i, 2, 10, QLatin1Char('0')));
        }
        QCOMPARE(seen, byTitle);

        // A cursor of another sort is refused, never a silent restart.
        DealQuery other;
        other.sort = DealSort::Value;
        other.after = q.after;
        QCOMPARE(deals.list(other).error().kind, ErrorKind::Invalid);

        // Largest value first, paged like the titles.
        QStringList byValueWanted = byTitle;
        std::sort(byValueWanted.begin(), byValueWanted.end(), [&](const QString& a, const QString& b) {
            return valueOf(a.right(2).toInt()) > valueOf(b.right(2).toInt());
        });
        QCOMPARE(byValueWanted.first(), QStringLiteral("Deal 07"));
        DealQuery byValue;
        byValue.sort = DealSort::Value;
        byValue.limit = 10;
        QStringList byValueSeen;
        while (true) {
            auto page = deals.list(byValue);
            QVERIFY(page.ok());
            for (const DealRow& r : page->rows) {
                byValueSeen.append(r.title);
            }
            if (page->nextCursor.isEmpty()) {
                break;
            }
            byValue.after = page->nextCursor;
        }
        QCOMPARE(byValueSeen, byValueWanted);
        // And the newest first by default: the creation order, reversed.
        DealQuery byUpdate;
        byUpdate.limit = 25;
        auto recent = deals.list(byUpdate);
        QVERIFY(recent.ok());
        QCOMPARE(recent->rows.size(), 25);
        for (int k = 0; k < 25; ++k) {
            QCOMPARE(recent->rows.at(24 - k).title,
                     QStringLiteral("Deal %1").arg((k * 11) % 25, 2, 10, QLatin1Char('0')));
        }

        DealQuery tagged;
        tagged.tag = QStringLiteral("PRIORITY");
        QCOMPARE(deals.list(tagged)->rows.size(), 5);
        DealQuery ofContact;
        ofContact.contact = contact->id;
        QCOMPARE(deals.list(ofContact)->rows.size(), 5);
        DealQuery text;
        text.text = QStringLiteral("al 1");
        QCOMPARE(deals.list(text)->rows.size(), 10);
        DealQuery won;
        won.status = DealStatus::Won;
        QCOMPARE(deals.list(won)->rows.size(), 0);
        DealQuery inLead;
        inLead.stage = stageNamed(p, QStringLiteral("Lead"));
        QCOMPARE(deals.list(inLead)->rows.size(), 25);
    }

    void permissions()
    {
        TestVault v;
        QVERIFY(v.create());
        const Pipeline p = sales(v);
        auto deal = v.session->deals().create(titled(QStringLiteral("Shared"), 100));
        QVERIFY(deal.ok());
        auto& profiles = v.session->profiles();
        QVERIFY(profiles.add(QStringLiteral("Reader"), security::Role::ReadOnly, secret("")).ok());
        QVERIFY(profiles.add(QStringLiteral("Rep"), security::Role::SalesRep, secret("")).ok());
        QVERIFY(profiles.add(QStringLiteral("Admin"), security::Role::Admin, secret("")).ok());
        const StageId qualified = stageNamed(p, QStringLiteral("Qualified"));

        QVERIFY(v.session->actAs(QStringLiteral("Reader"), secret("")).ok());
        QVERIFY(v.session->deals().list({}).ok());
        QCOMPARE(v.session->deals().move(deal->id, qualified).error().kind, ErrorKind::Denied);
        QCOMPARE(v.session->deals().history(deal->id)->size(), 1);

        QVERIFY(v.session->actAs(QStringLiteral("Rep"), secret("")).ok());
        QVERIFY(v.session->deals().move(deal->id, qualified).ok());
        Stage extra;
        extra.name = QStringLiteral("Demo");
        QCOMPARE(v.session->pipelines().addStage(p.id, extra).error().kind, ErrorKind::Denied);
        QCOMPARE(v.session->pipelines().removeStage(stageNamed(p, QStringLiteral("Proposal"))).error().kind,
                 ErrorKind::Denied);

        QVERIFY(v.session->actAs(QStringLiteral("Admin"), secret("")).ok());
        auto added = v.session->pipelines().addStage(p.id, extra, 1);
        QVERIFY(added.ok());
        QCOMPARE(v.session->pipelines().find(QString())->stages.at(1).name, QStringLiteral("Demo"));
        QCOMPARE(v.session->pipelines().find(QString())->stages.size(), 7);
    }

    void stageDeleteRefusedWhileDealsAreInIt()
    {
        TestVault v;
        QVERIFY(v.create());
        const Pipeline p = sales(v);
        const StageId proposal = stageNamed(p, QStringLiteral("Proposal"));
        Deal a = titled(QStringLiteral("A"));
        a.stageId = proposal;
        Deal b = titled(QStringLiteral("B"));
        b.stageId = proposal;
        auto da = v.session->deals().create(a);
        auto db = v.session->deals().create(b);
        QVERIFY(da.ok() && db.ok());
        auto refused = v.session->pipelines().removeStage(proposal);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Conflict);
        QVERIFY2(refused.error().message.contains(QStringLiteral("2 deal")), qPrintable(refused.error().message));
        QCOMPARE(v.session->pipelines().find(QString())->stages.size(), 6);

        const StageId lead = stageNamed(p, QStringLiteral("Lead"));
        QVERIFY(v.session->deals().move(da->id, lead).ok());
        QVERIFY(v.session->deals().move(db->id, lead).ok());
        QVERIFY(v.session->pipelines().removeStage(proposal).ok());
        const Pipeline after = sales(v);
        QCOMPARE(after.stages.size(), 5);
        QCOMPARE(after.stages.at(2).name, QStringLiteral("Negotiation"));
        QCOMPARE(after.stages.at(2).position, 2);
        // History rows that pointed at the removed stage keep their deal but lose the stage.
        QCOMPARE(v.session->deals().history(da->id)->size(), 2);
    }

    //! Art. 17(3)(e): a legal hold keeps a deal from `deal delete` too, and a hold on the deal's contact,
    //! company or activity keeps that record's link to it. Before, the delete removed the held deal.
    void deleteIsRefusedUnderALegalHold_data()
    {
        QTest::addColumn<QString>("held");
        QTest::newRow("the deal") << QStringLiteral("deal");
        QTest::newRow("its contact") << QStringLiteral("contact");
        QTest::newRow("its company") << QStringLiteral("company");
        QTest::newRow("an activity linked to it") << QStringLiteral("activity");
    }
    void deleteIsRefusedUnderALegalHold()
    {
        QFETCH(QString, held);
        TestVault v;
        QVERIFY(v.create());
        Contact person;
        person.givenName = QStringLiteral("Ada");
        person.familyName = QStringLiteral("Lovelace");
        auto contact = v.session->contacts().create(person);
        QVERIFY(contact.ok());
        Company firm;
        firm.name = QStringLiteral("Analytical Engines Ltd");
        auto company = v.session->companies().create(firm);
        QVERIFY(company.ok());
        Deal d = titled(QStringLiteral("Engine"), 125000);
        d.contactIds = {contact->id};
        d.companyId = company->id;
        auto deal = v.session->deals().create(d);
        QVERIFY(deal.ok());
        Activity call;
        call.kind = ActivityKind::Call;
        call.subject = QStringLiteral("Price talk");
        call.atMs = v.clock.nowMs();
        call.links = {EntityRef {EntityType::Deal, deal->uid, 0, {}}};
        auto activity = v.session->activities().add(call);
        QVERIFY(activity.ok());
        const QString heldUid = held == QLatin1String("deal") ? deal->uid
            : held == QLatin1String("contact")                ? contact->uid
            : held == QLatin1String("company")                ? company->uid
                                                              : activity->uid;
        auto hold = v.session->legalHolds().add(held, heldUid, QStringLiteral("tax records, 10 years"));
        QVERIFY2(hold.ok(), qPrintable(hold ? QString() : hold.error().message));

        auto refused = v.session->deals().remove(deal->id);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, ErrorKind::Conflict);
        QVERIFY2(refused.error().message.contains(hold->uid), qPrintable(refused.error().message));
        QVERIFY(refused.error().message.contains(deal->uid));
        auto kept = v.session->deals().get(deal->id);
        QVERIFY(kept.ok());
        QCOMPARE(kept->contactIds, QList<ContactId> {contact->id});
        QCOMPARE(kept->companyId, std::optional<CompanyId>(company->id));
        QCOMPARE(v.session->activities().get(activity->id)->links.size(), 1);
        QCOMPARE(auditRows(v, QStringLiteral("deal.delete")).size(), 0);

        // Released, the hold keeps nothing: the delete goes through.
        QVERIFY(v.session->legalHolds().release(hold->uid).ok());
        QVERIFY(v.session->deals().remove(deal->id).ok());
        QCOMPARE(v.session->deals().get(deal->id).error().kind, ErrorKind::NotFound);
        QCOMPARE(auditRows(v, QStringLiteral("deal.delete")).size(), 1);
    }

    //! A hold that lapsed (after its `until` day, UTC) no longer keeps the deal.
    void lapsedHoldNoLongerKeepsTheDeal()
    {
        TestVault v;
        QVERIFY(v.create());
        auto deal = v.session->deals().create(titled(QStringLiteral("Engine"), 100));
        QVERIFY(deal.ok());
        const QDate today = QDateTime::fromMSecsSinceEpoch(v.clock.nowMs(), Qt::UTC).date();
        QVERIFY(v.session->legalHolds().add(QStringLiteral("deal"), deal->uid, QStringLiteral("audit"), today).ok());
        QCOMPARE(v.session->deals().remove(deal->id).error().kind, ErrorKind::Conflict);
        v.clock.advanceDays(1);
        QVERIFY(v.session->deals().remove(deal->id).ok());
    }

    void reorderAndEditStages()
    {
        TestVault v;
        QVERIFY(v.create());
        PipelineService& pipelines = v.session->pipelines();
        Pipeline p = sales(v);
        QVERIFY(pipelines.moveStage(p.stages.at(3).id, 0).ok());
        p = sales(v);
        QCOMPARE(p.stages.at(0).name, QStringLiteral("Negotiation"));
        QCOMPARE(p.stages.at(1).name, QStringLiteral("Lead"));
        Stage s = p.stages.at(1);
        s.probability = 101;
        QCOMPARE(pipelines.updateStage(s).error().kind, ErrorKind::Invalid);
        s.probability = 15;
        s.name = QStringLiteral("Prospect");
        QVERIFY(pipelines.updateStage(s).ok());
        QCOMPARE(sales(v).stages.at(1).name, QStringLiteral("Prospect"));
        QCOMPARE(sales(v).stages.at(1).probability, 15);
        s.name = QStringLiteral("won");
        QCOMPARE(pipelines.updateStage(s).error().kind, ErrorKind::Conflict);
    }
};

QTEST_GUILESS_MAIN(TestDealService)
#include "TestDealService.moc"
