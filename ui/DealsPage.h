#pragma once

#include "core/crm/Deal.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableView;
class QToolButton;

namespace confidant {
class Session;
}

namespace confidant::ui {

class ChangeNotifier;
class DealBoardView;
class DealTableModel;

//! The Deals page: a pipeline chooser, a toggle between the board and the table (with its filter row),
//! "New deal" (Ctrl+Shift+N) and, for owners and admins, the pipeline's stage settings.
class DealsPage : public QWidget
{
    Q_OBJECT

public:
    DealsPage(Session& session, ChangeNotifier& notifier, QWidget* parent = nullptr);

    DealBoardView* board() const
    {
        return m_board;
    }
    QTableView* table() const
    {
        return m_table;
    }
    DealTableModel* tableModel() const
    {
        return m_model;
    }
    //! Board (true) or table (false).
    void showBoard(bool board);
    //! Hides what the acting profile may not do (the services check again).
    void updatePermissions();
    void newDeal();
    void openDeal(qint64 id);
    void openPipelineSettings();

private:
    void loadPipelines();
    void pipelineChosen();
    void applyFilter();
    void showError(const QString& message);

    Session& m_session;
    QComboBox* m_pipeline = nullptr;
    QToolButton* m_boardButton = nullptr;
    QToolButton* m_tableButton = nullptr;
    QToolButton* m_newButton = nullptr;
    QToolButton* m_settingsButton = nullptr;
    QStackedWidget* m_stack = nullptr;
    DealBoardView* m_board = nullptr;
    QWidget* m_tablePane = nullptr;
    QTableView* m_table = nullptr;
    DealTableModel* m_model = nullptr;
    QLineEdit* m_text = nullptr;
    QComboBox* m_stage = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_owner = nullptr;
    QLabel* m_error = nullptr;
    bool m_mayEdit = false;
};

} // namespace confidant::ui
