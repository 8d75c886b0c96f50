#pragma once

#include "core/Clock.h"
#include "core/privacy/ConsentService.h"

#include <QDialog>

#include <functional>

namespace confidant::privacy {
class NoticeService;
}

namespace confidant::ui {

class ConsentRecordForm;
class FieldErrorLabel;

//! Records one consent event for a contact and a purpose: a grant, a withdrawal or a refresh. Each is the
//! same two steps (the button on the contact's "Consent & privacy" tab, then this dialog's record button),
//! so withdrawing is as easy as granting (Art. 7(3)). The dialog stays open with the service's message when
//! recording fails.
class ConsentRecordDialog : public QDialog
{
    Q_OBJECT

public:
    //! Does the recording; returns the error message, or an empty string when it was recorded.
    using Submit = std::function<QString(const privacy::ConsentRecord&)>;

    ConsentRecordDialog(privacy::ConsentEventKind kind,
                        const QString& purposeName,
                        privacy::NoticeService& notices,
                        const Clock& clock,
                        Submit submit,
                        QWidget* parent = nullptr);

    privacy::ConsentEventKind kind() const
    {
        return m_kind;
    }
    ConsentRecordForm* form() const
    {
        return m_form;
    }

private:
    void submit();

    privacy::ConsentEventKind m_kind;
    Submit m_submit;
    ConsentRecordForm* m_form = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace confidant::ui
