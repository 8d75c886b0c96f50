#pragma once

#include <QWidget>

class QLabel;
class QTableWidget;

namespace confidant {
class Session;
}

namespace confidant::ui {

class FieldErrorLabel;

//! The contact editor's "Changes" tab: the rectification history (Art. 16) — every change of a field, newest
//! first, with the value it had before and who changed it — and the processors and recipients to tell of a
//! rectification, erasure or restriction (Art. 19).
class ContactChangesPanel : public QWidget
{
    Q_OBJECT

public:
    enum HistoryColumn
    {
        WhenColumn,
        FieldColumn,
        OldValueColumn,
        ChangedByColumn,
        HistoryColumnCount
    };
    enum RecipientColumn
    {
        RecipientNameColumn,
        RecipientRoleColumn,
        RecipientPurposesColumn,
        RecipientContactColumn,
        RecipientColumnCount
    };

    ContactChangesPanel(Session& session, const QString& contactUid, QWidget* parent = nullptr);

    //! Reads the history and the recipients again.
    void reload();

private:
    void loadHistory();
    void loadRecipients();

    Session& m_session;
    QString m_uid;
    QTableWidget* m_history = nullptr;
    QLabel* m_historyEmpty = nullptr;
    QTableWidget* m_recipients = nullptr;
    QLabel* m_recipientsEmpty = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace confidant::ui
