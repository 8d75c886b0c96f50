#pragma once

#include "core/Clock.h"
#include "core/privacy/ConsentService.h"

#include <QWidget>

class QComboBox;
class QLineEdit;

namespace confidant::privacy {
class NoticeService;
}

namespace confidant::ui {

//! The part of a consent every event carries (Art. 7(1): being able to show how it was collected): how it
//! was given or withdrawn, the evidence, the privacy notice shown and, for a grant, when to ask again.
//! Used by the grant/withdraw dialog and by the consent capture of the new-contact editor and the import.
class ConsentRecordForm : public QWidget
{
    Q_OBJECT

public:
    //! `withNotice`/`withExpiry` show the notice and "ask again" fields (grants and refreshes only).
    ConsentRecordForm(privacy::NoticeService& notices,
                      const Clock& clock,
                      bool withNotice,
                      bool withExpiry,
                      QWidget* parent = nullptr);

    //! What the form holds now: the expiry is counted from the clock's now.
    privacy::ConsentRecord record() const;
    void setMethod(privacy::ConsentMethod method);
    privacy::ConsentMethod method() const;
    //! Published notices offered (the newest first); 0 when none is published.
    int noticeCount() const;

signals:
    void changed();

private:
    void loadNotices(privacy::NoticeService& notices);

    const Clock& m_clock;
    QComboBox* m_method = nullptr;
    QComboBox* m_notice = nullptr;
    QLineEdit* m_evidence = nullptr;
    QComboBox* m_expiry = nullptr;
};

} // namespace confidant::ui
