#include "core/crm/DealService.h"
#include "core/crm/PipelineService.h"

#include "ui/ChangeNotifier.h"
#include "ui/DealBoardView.h"
#include "ui/DealTableModel.h"
#include "ui/DealsPage.h"

#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QTableView>
#include <QTest>
#include <QToolButton>

#include "tests/support/TestVault.h"

using namespace confidant;
using namespace confidant::crm;
using confidant::test::secret;
using confidant::test::TestVault;
using confidant::ui::DealBoardView;
using confidant::ui::DealCardList;

namespace {

StageId stageNamed(const Pipeline& p, const QString& name)
{
    for (const Stage& s : p.stages) {
        if (s.name == name) {
            return s.id;
        }
    }
    return {};
}

int rowOf(DealCardList* list, qint64 id)
{
    for (int i = 0; i < list->count(); ++i) {
        if (list->item(i)->data(DealCardList::IdRole).toLongLong() == id) {
            return i;
        }
    }
    return -1;
}

} // namespace

class TestDealsBoard : public QObject
{
    Q_OBJECT

private slots:
    void movesByDragAndByKeyboardAndRecordsHistory()
    {
        TestVault v;
        QVERIFY(v.create());
        Session& s = *v.session;
        const Pipeline p = *s.pipelines().find(QString());
        Deal deal;
        deal.title = QStringLiteral("Lenses");
        deal.valueMinor = 123450;
        auto created = s.deals().create(deal);
        QVERIFY(created.ok());
        Deal other;
        other.title = QStringLiteral("Frames");
        other.valueMinor = 1000;
        QVERIFY(s.deals().create(other).ok());

        ui::ChangeNotifier notifier(s.gate());
        ui::DealsPage page(s, notifier);
        page.resize(1400, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        DealBoardView* board = page.board();
        const StageId lead = stageNamed(p, QStringLiteral("Lead"));
        const StageId qualified = stageNamed(p, QStringLiteral("Qualified"));
        const StageId proposal = stageNamed(p, QStringLiteral("Proposal"));
        DealCardList* leadList = board->listFor(lead);
        QVERIFY(leadList);
        QCOMPARE(leadList->count(), 2);
        QVERIFY(rowOf(leadList, created->id.value) >= 0);

        // Drag: the mime data the card list itself produces, dropped on the Qualified column.
        leadList->setCurrentRow(rowOf(leadList, created->id.value));
        std::unique_ptr<QMimeData> mime(leadList->model()->mimeData({leadList->currentIndex()}));
        QVERIFY(mime);
        QVERIFY(mime->hasFormat(QString::fromLatin1(DealCardList::kMimeType)));
        QCOMPARE(QString::fromLatin1(mime->data(QString::fromLatin1(DealCardList::kMimeType))), created->uid);
        DealCardList* qualifiedList = board->listFor(qualified);
        const QPoint at = qualifiedList->viewport()->rect().center();
        QDragEnterEvent enter(at, Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(qualifiedList->viewport(), &enter);
        QVERIFY(enter.isAccepted());
        QDropEvent drop(QPointF(at), Qt::MoveAction, mime.get(), Qt::LeftButton, Qt::NoModifier);
        QApplication::sendEvent(qualifiedList->viewport(), &drop);
        QVERIFY(drop.isAccepted());

        QCOMPARE(s.deals().get(created->id)->stageId, qualified);
        // Only the two affected columns changed, and they show it.
        qualifiedList = board->listFor(qualified);
        QCOMPARE(board->listFor(lead)->count(), 1);
        QCOMPARE(qualifiedList->count(), 1);
        QCOMPARE(rowOf(qualifiedList, created->id.value), 0);

        // Keyboard: the selected card, Ctrl+Right, one stage on.
        qualifiedList->setCurrentRow(0);
        qualifiedList->setFocus();
        QTest::keyClick(qualifiedList, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(s.deals().get(created->id)->stageId, proposal);
        QCOMPARE(board->listFor(qualified)->count(), 0);
        QCOMPARE(rowOf(board->listFor(proposal), created->id.value), 0);
        // And back with Ctrl+Left.
        QTest::keyClick(board->listFor(proposal), Qt::Key_Left, Qt::ControlModifier);
        QCOMPARE(s.deals().get(created->id)->stageId, qualified);

        auto history = s.deals().history(created->id);
        QVERIFY(history.ok());
        QCOMPARE(history->size(), 4);
        QCOMPARE(history->at(0).toName, QStringLiteral("Lead"));
        QCOMPARE(history->at(1).fromName, QStringLiteral("Lead"));
        QCOMPARE(history->at(1).toName, QStringLiteral("Qualified"));
        QCOMPARE(history->at(2).fromName, QStringLiteral("Qualified"));
        QCOMPARE(history->at(2).toName, QStringLiteral("Proposal"));
        QCOMPARE(history->at(3).fromName, QStringLiteral("Proposal"));
        QCOMPARE(history->at(3).toName, QStringLiteral("Qualified"));
    }

    void readOnlyProfileCannotMoveOrAdd()
    {
        TestVault v;
        QVERIFY(v.create());
        Session& s = *v.session;
        const Pipeline p = *s.pipelines().find(QString());
        Deal deal;
        deal.title = QStringLiteral("Lenses");
        auto created = s.deals().create(deal);
        QVERIFY(created.ok());
        QVERIFY(s.profiles().add(QStringLiteral("Reader"), security::Role::ReadOnly, secret("")).ok());
        QVERIFY(s.actAs(QStringLiteral("Reader"), secret("")).ok());
        ui::ChangeNotifier notifier(s.gate());
        ui::DealsPage page(s, notifier);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.findChild<QToolButton*>(QStringLiteral("newDeal"))->isHidden());
        QVERIFY(page.findChild<QToolButton*>(QStringLiteral("pipelineSettings"))->isHidden());
        DealCardList* lead = page.board()->listFor(stageNamed(p, QStringLiteral("Lead")));
        QVERIFY(!lead->acceptDrops());
        lead->setCurrentRow(0);
        QTest::keyClick(lead, Qt::Key_Right, Qt::ControlModifier);
        QCOMPARE(s.deals().get(created->id)->stageId, stageNamed(p, QStringLiteral("Lead")));
        QCOMPARE(s.deals().history(created->id)->size(), 1);
    }

    void tableListsAndSorts()
    {
        TestVault v;
        QVERIFY(v.create());
        Session& s = *v.session;
        // Four deals whose title, value, expected-close and last-update orders all differ, and none of which
        // is another reversed: a table sorting by the wrong key (or the wrong way) shows another order.
        //   title (A-Z):            Alder  Birch  Cedar  Dogwood
        //   value (largest first):  Birch  Dogwood  Alder  Cedar
        //   close (soonest first):  Cedar  Alder  Birch  Dogwood
        //   updated (newest first): Dogwood  Cedar  Alder  Birch
        struct Row
        {
            const char* title;
            qint64 value;
            QDate close;
        };
        // In creation order, a second apart.
        const Row rows[] = {{"Birch", 40000, QDate(2026, 3, 15)},
                            {"Alder", 20000, QDate(2026, 2, 15)},
                            {"Cedar", 10000, QDate(2026, 1, 15)},
                            {"Dogwood", 30000, QDate(2026, 4, 15)}};
        for (const Row& row : rows) {
            Deal d;
            d.title = QString::fromLatin1(row.title);
            d.valueMinor = row.value;
            d.expectedClose = row.close;
            QVERIFY(s.deals().create(d).ok());
            v.clock.advanceMs(1000);
        }
        ui::ChangeNotifier notifier(s.gate());
        ui::DealsPage page(s, notifier);
        page.showBoard(false);
        ui::DealTableModel* model = page.tableModel();
        auto titles = [model] {
            QStringList out;
            for (int r = 0; r < model->rowCount(); ++r) {
                out.append(model->index(r, ui::DealTableModel::TitleColumn).data().toString());
            }
            return out;
        };
        const QStringList byUpdate {
            QStringLiteral("Dogwood"), QStringLiteral("Cedar"), QStringLiteral("Alder"), QStringLiteral("Birch")};
        QCOMPARE(model->rowCount(), 4);
        QCOMPARE(titles(), byUpdate);
        model->sort(ui::DealTableModel::TitleColumn);
        QCOMPARE(titles(),
                 QStringList({QStringLiteral("Alder"),
                              QStringLiteral("Birch"),
                              QStringLiteral("Cedar"),
                              QStringLiteral("Dogwood")}));
        model->sort(ui::DealTableModel::ValueColumn);
        QCOMPARE(titles(),
                 QStringList({QStringLiteral("Birch"),
                              QStringLiteral("Dogwood"),
                              QStringLiteral("Alder"),
                              QStringLiteral("Cedar")}));
        model->sort(ui::DealTableModel::CloseColumn);
        QCOMPARE(titles(),
                 QStringList({QStringLiteral("Cedar"),
                              QStringLiteral("Alder"),
                              QStringLiteral("Birch"),
                              QStringLiteral("Dogwood")}));
        // Any other column sorts by the last update again.
        model->sort(ui::DealTableModel::StageColumn);
        QCOMPARE(titles(), byUpdate);
    }
};

QTEST_MAIN(TestDealsBoard)
#include "TestDealsBoard.moc"
