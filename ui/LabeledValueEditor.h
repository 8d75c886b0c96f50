#pragma once

#include "core/crm/Contact.h"

#include <QWidget>

class QComboBox;
class QLineEdit;
class QPushButton;
class QToolButton;
class QVBoxLayout;

namespace confidant::ui {

//! Several email addresses or phone numbers, each with a label ("work", "home", …); rows can be added
//! and removed. Blank rows are ignored.
class LabeledValueEditor : public QWidget
{
    Q_OBJECT

public:
    enum class Kind
    {
        Email,
        Phone,
    };

    explicit LabeledValueEditor(Kind kind, QWidget* parent = nullptr);

    void setValues(const QList<crm::LabeledValue>& values);
    //! The non-blank entries, in order, with the stored (untranslated) label.
    QList<crm::LabeledValue> values() const;
    //! Shows the values without letting them be changed (no add or remove buttons).
    void setReadOnly(bool readOnly);

signals:
    //! The user changed a value or a label, or added or removed a row.
    void edited();

private:
    struct Row
    {
        QWidget* container = nullptr;
        QComboBox* label = nullptr;
        QLineEdit* value = nullptr;
        QToolButton* remove = nullptr;
    };

    Row& addRow(const crm::LabeledValue& value);
    void removeRow(QWidget* container);
    QString storedLabel(const QComboBox* combo) const;

    Kind m_kind;
    QVBoxLayout* m_rowsLayout = nullptr;
    QPushButton* m_add = nullptr;
    QList<Row> m_rows;
    bool m_readOnly = false;
};

} // namespace confidant::ui
