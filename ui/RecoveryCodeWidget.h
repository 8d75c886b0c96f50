#pragma once

#include "core/storage/SecretBuffer.h"

#include <QList>
#include <QWidget>

class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace confidant::ui {

class FieldErrorLabel;

//! A recovery code shown once, in numbered groups, with a Print button and two groups to type back as
//! proof that it was written down. Used by the first-run wizard and after a key change. The code is never
//! put on the clipboard (clipboard managers keep a history on disk) and its labels are not selectable
//! (a selection is the X11 primary selection); `clearCode` empties every widget that showed it.
class RecoveryCodeWidget : public QWidget
{
    Q_OBJECT

public:
    explicit RecoveryCodeWidget(QWidget* parent = nullptr);

    //! Takes the code (RecoveryCode::format) and picks the two groups to confirm.
    void setCode(storage::SecretBuffer code);
    //! Wipes the code and empties every widget that showed or confirmed it.
    void clearCode();
    bool hasCode() const
    {
        return !m_code.isEmpty();
    }
    //! The 1-based numbers of the groups the user must type back.
    QList<int> confirmationGroups() const
    {
        return m_confirm;
    }
    //! Both groups were typed back correctly.
    bool isConfirmed() const;

signals:
    //! What was typed into the confirmation fields changed.
    void confirmationChanged();

private:
    QString group(int number) const;
    static QString normalise(const QString& typed);
    void updateErrors();
    void print();

    storage::SecretBuffer m_code;
    QList<int> m_confirm;
    QGridLayout* m_grid = nullptr;
    QList<QLabel*> m_groupLabels; //!< one per group, in order
    QList<QLabel*> m_confirmLabels;
    QList<QLineEdit*> m_confirmEdits;
    FieldErrorLabel* m_error = nullptr;
    QPushButton* m_print = nullptr;
};

} // namespace confidant::ui
