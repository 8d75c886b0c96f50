#pragma once

#include "core/crm/Activity.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace confidant::crm {
class ActivityService;
}

namespace confidant::ui {

class FieldErrorLabel;

//! Logs a call, meeting, email or note, or adds or edits a task, through ActivityService. A new activity
//! comes prefilled (kind, links to the record it was opened from); `nowMs` gives the default times.
class ActivityEditorDialog : public QDialog
{
    Q_OBJECT

public:
    ActivityEditorDialog(crm::ActivityService& activities,
                         const crm::Activity& activity,
                         qint64 nowMs,
                         QWidget* parent = nullptr);

    bool isNew() const
    {
        return m_original.id.value == 0;
    }
    //! The activity as saved (or empty after a delete); valid once the dialog was accepted.
    const crm::Activity& savedActivity() const
    {
        return m_saved;
    }
    //! What the form holds now.
    crm::Activity draft() const;
    //! Shows the activity without letting it be changed.
    void setReadOnly(bool readOnly);

private:
    void kindChanged();
    void save();
    void removeActivity();

    crm::ActivityService& m_activities;
    crm::Activity m_original;
    crm::Activity m_saved;

    QComboBox* m_kind = nullptr;
    QLineEdit* m_subject = nullptr;
    QPlainTextEdit* m_body = nullptr;
    QLabel* m_atLabel = nullptr;
    QDateTimeEdit* m_at = nullptr;
    QLabel* m_dueLabel = nullptr;
    QDateTimeEdit* m_due = nullptr;
    QCheckBox* m_remind = nullptr;
    QDateTimeEdit* m_remindAt = nullptr;
    QLabel* m_links = nullptr;
    FieldErrorLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_cancel = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace confidant::ui
