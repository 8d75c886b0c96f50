#pragma once

#include "core/Clock.h"
#include "core/privacy/ConsentService.h"

#include <QList>
#include <QWidget>

class QCheckBox;
class QLabel;

namespace confidant::privacy {
class NoticeService;
class PurposeService;
} // namespace confidant::privacy

namespace confidant::ui {

class ConsentRecordForm;

//! Records consent in the same step as the contact is created (the new-contact editor, the import): a
//! check box per purpose that needs consent, and one record (how, evidence, notice shown, ask again) for
//! all that are ticked. Nothing ticked records nothing.
class ConsentCaptureWidget : public QWidget
{
    Q_OBJECT

public:
    //! `clock` (default: the system's) dates the "ask again" expiry.
    ConsentCaptureWidget(privacy::PurposeService& purposes,
                         privacy::NoticeService& notices,
                         QWidget* parent = nullptr,
                         const Clock* clock = nullptr);

    //! One capture per ticked purpose, each with the same record.
    QList<privacy::ConsentCapture> captures() const;
    bool hasCaptures() const;
    void setMethod(privacy::ConsentMethod method);
    //! Replaces the explanation above the purposes (e.g. for the people in an imported file).
    void setIntro(const QString& text);
    //! Ticks the purpose called `name` (tests, and callers that know the purpose asked about).
    bool setChecked(const QString& purposeName, bool checked);
    //! The purposes offered, by name.
    QStringList purposeNames() const;

signals:
    void changed();

private:
    void updateEnabled();

    SystemClock m_systemClock;
    QLabel* m_intro = nullptr;
    QList<QCheckBox*> m_boxes;
    ConsentRecordForm* m_form = nullptr;
    QLabel* m_empty = nullptr;
};

} // namespace confidant::ui
