#pragma once

#include "core/storage/SecretBuffer.h"

#include <QWidget>

class QLineEdit;

namespace confidant::ui {

class FieldErrorLabel;

//! A passphrase and its confirmation, checked as typed (at least Vault::kPassphraseMinLength characters,
//! both the same): used to create a vault and to change its passphrase. Core checks the length again.
class PassphraseFields : public QWidget
{
    Q_OBJECT

public:
    //! `passphraseLabel` and `confirmationLabel` are the form's labels, with their mnemonics.
    PassphraseFields(const QString& passphraseLabel, const QString& confirmationLabel, QWidget* parent = nullptr);

    //! Long enough, and the confirmation matches.
    bool isAcceptable() const;
    //! The passphrase as UTF-8, in a buffer that wipes itself.
    storage::SecretBuffer secret() const;
    //! Empties both fields.
    void clear();
    QLineEdit* passphraseEdit() const
    {
        return m_passphrase;
    }

signals:
    //! Either field changed.
    void changed();

private:
    void updateErrors();

    QLineEdit* m_passphrase = nullptr;
    QLineEdit* m_confirmation = nullptr;
    FieldErrorLabel* m_passphraseError = nullptr;
    FieldErrorLabel* m_confirmationError = nullptr;
};

} // namespace confidant::ui
