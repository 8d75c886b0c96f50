#pragma once

#include "core/crm/Contact.h"
#include "core/privacy/SubjectRightsService.h"

#include <QGroupBox>

class QLabel;
class QPushButton;

namespace confidant {
class Session;
}

namespace confidant::ui {

class FieldErrorLabel;

//! The "Rights" group on a contact's "Consent & privacy" tab: restrict processing (Art. 18) with an
//! optional reason, lift the restriction, and record an objection to direct marketing (Art. 21(2)).
//! Restricting needs "handle requests", an objection "edit contacts" (as the service checks); a profile
//! without them sees the state without the buttons. Each action asks in a small dialog of its own.
class SubjectRightsBox : public QGroupBox
{
    Q_OBJECT

public:
    SubjectRightsBox(Session& session, crm::ContactId contact, QWidget* parent = nullptr);

    //! Reads the state again and shows it.
    void reload();
    const privacy::SubjectStatus& status() const
    {
        return m_status;
    }

signals:
    //! Processing was restricted, the restriction lifted or an objection recorded here.
    void changed(const privacy::SubjectStatus& status);

private:
    void openRestrict();
    void openObject();
    void unrestrict();
    void display(const privacy::SubjectStatus& status);

    Session& m_session;
    crm::ContactId m_contact;
    QString m_uid;
    QString m_name;
    privacy::SubjectStatus m_status;
    bool m_mayRestrict = false;
    bool m_mayObject = false;
    QLabel* m_state = nullptr;
    QPushButton* m_restrict = nullptr;
    QPushButton* m_unrestrict = nullptr;
    QPushButton* m_object = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace confidant::ui
