#pragma once

#include "core/Result.h"
#include "core/security/AuditLog.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace confidant {
class Session;
}

namespace confidant::ui {

class AuditTableModel;
class ChangeNotifier;
class FieldErrorLabel;

//! "Audit trail": the hash-chained log of who did what, newest first, with filters (entity uid, profile,
//! action, date range), a chain check and a CSV export. Only for profiles that may view the audit trail
//! (AuditService checks again).
class AuditPage : public QWidget
{
    Q_OBJECT

public:
    //! How long typing in a filter must pause before the list is filtered.
    static constexpr int kFilterDelayMs = 250;

    AuditPage(Session& session, ChangeNotifier& notifier, QWidget* parent = nullptr);

    AuditTableModel* model() const
    {
        return m_model;
    }
    //! The text for the status bar, e.g. "200+ entries".
    QString statusText() const
    {
        return m_statusText;
    }
    //! The filters as the fields show them now.
    security::AuditQuery currentQuery() const;
    //! Applies the fields' filters at once (without waiting for typing to pause).
    void applyFilters();
    //! Checks the whole chain and shows the outcome next to the button.
    void verifyChain();
    //! Writes the entries matching the filters as CSV: into `path`.part first, renamed to `path` once
    //! complete, so a failed export never leaves a half-written file under the chosen name.
    Result<qint64> exportTo(const QString& path);

signals:
    void statusTextChanged(const QString& text);
    //! A short confirmation for the status bar.
    void notice(const QString& text);

private:
    void chooseExportFile();
    void updateStatus();
    void updateActionSuggestions();
    void loadProfileNames();
    static QString filterText(const QComboBox* combo);

    Session& m_session;
    AuditTableModel* m_model = nullptr;
    QLineEdit* m_entityUid = nullptr;
    QComboBox* m_profile = nullptr;
    QComboBox* m_action = nullptr;
    QCheckBox* m_fromEnabled = nullptr;
    QDateEdit* m_from = nullptr;
    QCheckBox* m_toEnabled = nullptr;
    QDateEdit* m_to = nullptr;
    QTableView* m_view = nullptr;
    QLabel* m_verifyResult = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QTimer* m_filterTimer = nullptr;
    QTimer* m_refreshTimer = nullptr;
    QString m_statusText;
};

} // namespace confidant::ui
