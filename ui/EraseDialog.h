#pragma once

#include "core/privacy/ErasureService.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTreeWidget;

namespace confidant {
class Session;
}

namespace confidant::ui {

class FieldErrorLabel;

//! "Erase contact": first what will go (rows per table), what a legal hold keeps anonymised and why, and
//! where other records mention the person (each with a Redact button); then the person's name typed to
//! confirm, and one click. The receipt (counts, time, request; no personal value) is shown afterwards.
//! The core checks the permission and the confirmation again.
class EraseDialog : public QDialog
{
    Q_OBJECT

public:
    //! `requestReference`: the request this erasure answers ("R-2026-0001"), or empty.
    EraseDialog(Session& session,
                const QString& contactUid,
                const QString& requestReference,
                QWidget* parent = nullptr);

    //! Whether the preview loaded (false: the message is shown and nothing can be erased).
    bool hasPreview() const
    {
        return m_preview.has_value();
    }
    //! Erases now (what the button does); false when the core refused (message shown inline).
    bool erase();
    //! Redacts one listed mention (what its Redact button does) and shows the preview again; false when the
    //! core refused (message shown inline).
    bool redactMention(const privacy::Mention& mention);
    const std::optional<privacy::ErasureReceipt>& receipt() const
    {
        return m_receipt;
    }

signals:
    //! The contact is gone; `contactUid` for views to drop it.
    void erased(const QString& contactUid);

private:
    void loadPreview();
    void updateButton();

    Session& m_session;
    QString m_contactUid;
    QString m_request;
    std::optional<privacy::ErasurePreview> m_preview;
    std::optional<privacy::ErasureReceipt> m_receipt;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_details = nullptr;
    QLabel* m_confirmLabel = nullptr;
    QLineEdit* m_confirm = nullptr;
    QCheckBox* m_vacuum = nullptr;
    QPushButton* m_erase = nullptr;
    QPushButton* m_close = nullptr;
    QLabel* m_result = nullptr;
    FieldErrorLabel* m_error = nullptr;
};

} // namespace confidant::ui
