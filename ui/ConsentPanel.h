#pragma once

#include "core/crm/Contact.h"
#include "core/privacy/ConsentService.h"
#include "core/privacy/SubjectRightsService.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTableWidget;

namespace confidant {
class Session;
}

namespace confidant::ui {

class FieldErrorLabel;
class SubjectRightsBox;

//! The contact's "Consent & privacy" tab: the consent per purpose as the ledger says now, with the button
//! that changes it on the same row (Grant… where none is given, Withdraw… where it is: the same clicks
//! either way, Art. 7(3)), the full history of consent events, and which privacy notice the person was
//! shown, and the "Rights" group (SubjectRightsBox: restriction, objection). Profiles that may not edit
//! contacts see it all without the buttons; the core checks anyway. While processing is restricted only a
//! withdrawal is offered: granting, renewing and recording a notice would be refused.
class ConsentPanel : public QWidget
{
    Q_OBJECT

public:
    enum Column
    {
        PurposeColumn,
        BasisColumn,
        StatusColumn,
        SinceColumn,
        MethodColumn,
        ExpiresColumn,
        ActionColumn,
        ColumnCount
    };

    ConsentPanel(Session& session, crm::ContactId contact, QWidget* parent = nullptr);

    //! Reads the ledger and the acknowledgements again.
    void reload();
    //! The row of the purpose called `name` in the states table; -1 when not shown.
    int rowOf(const QString& purposeName) const;
    //! The button on `row` that records `kind` (Grant…, Withdraw…, Renew…); null when that row has none.
    QPushButton* actionButton(int row, privacy::ConsentEventKind kind) const;
    SubjectRightsBox* rightsBox() const
    {
        return m_rights;
    }

signals:
    //! A consent event was recorded here.
    void recorded(privacy::ConsentEventKind kind);
    //! "Show privacy notice…" was clicked: the caller opens the notice panel for this contact.
    void showNoticeRequested(crm::ContactId contact);
    //! Processing was restricted, the restriction lifted or an objection recorded on this tab.
    void rightsChanged(const privacy::SubjectStatus& status);

private:
    void loadStates();
    void loadHistory();
    void loadNotices();
    void openRecord(const privacy::ConsentState& state, privacy::ConsentEventKind kind);

    Session& m_session;
    crm::ContactId m_contact;
    bool m_mayEdit = false;
    QTableWidget* m_states = nullptr;
    QTableWidget* m_history = nullptr;
    QLabel* m_noticeState = nullptr;
    QPushButton* m_showNotice = nullptr;
    FieldErrorLabel* m_error = nullptr;
    SubjectRightsBox* m_rights = nullptr;
};

} // namespace confidant::ui
