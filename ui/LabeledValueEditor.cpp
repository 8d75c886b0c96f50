#include "LabeledValueEditor.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QPushButton>
#include <QToolButton>
#include <QVBoxLayout>

namespace confidant::ui {

LabeledValueEditor::LabeledValueEditor(Kind kind, QWidget* parent)
    : QWidget(parent)
    , m_kind(kind)
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_rowsLayout = new QVBoxLayout;
    m_rowsLayout->setContentsMargins(0, 0, 0, 0);
    m_rowsLayout->setSpacing(4);
    layout->addLayout(m_rowsLayout);

    m_add = new QPushButton(kind == Kind::Email ? tr("Add email address") : tr("Add phone number"), this);
    m_add->setObjectName(QStringLiteral("add"));
    m_add->setIcon(QIcon::fromTheme(QStringLiteral("list-add")));
    auto* addLine = new QHBoxLayout;
    addLine->addWidget(m_add);
    addLine->addStretch(1);
    layout->addLayout(addLine);
    connect(m_add, &QPushButton::clicked, this, [this] {
        Row& row = addRow({});
        row.value->setFocus(Qt::OtherFocusReason);
        emit edited();
    });

    addRow({});
}

void LabeledValueEditor::setValues(const QList<crm::LabeledValue>& values)
{
    while (!m_rows.isEmpty()) {
        delete m_rows.takeLast().container;
    }
    for (const auto& value : values) {
        addRow(value);
    }
    if (m_rows.isEmpty()) {
        addRow({});
    }
}

QList<crm::LabeledValue> LabeledValueEditor::values() const
{
    QList<crm::LabeledValue> out;
    for (const Row& row : m_rows) {
        const QString value = row.value->text().trimmed();
        if (!value.isEmpty()) {
            out.append({value, storedLabel(row.label)});
        }
    }
    return out;
}

void LabeledValueEditor::setReadOnly(bool readOnly)
{
    m_readOnly = readOnly;
    m_add->setVisible(!readOnly);
    for (const Row& row : m_rows) {
        row.value->setReadOnly(readOnly);
        row.label->setEnabled(!readOnly);
        row.remove->setVisible(!readOnly);
    }
}

LabeledValueEditor::Row& LabeledValueEditor::addRow(const crm::LabeledValue& value)
{
    Row row;
    row.container = new QWidget(this);
    auto* line = new QHBoxLayout(row.container);
    line->setContentsMargins(0, 0, 0, 0);

    // Labels are stored untranslated ("work"), shown translated; anything else typed is kept as typed.
    row.label = new QComboBox(row.container);
    row.label->setObjectName(QStringLiteral("label"));
    row.label->setEditable(true);
    row.label->setInsertPolicy(QComboBox::NoInsert);
    row.label->addItem(tr("work"), QStringLiteral("work"));
    if (m_kind == Kind::Phone) {
        row.label->addItem(tr("mobile"), QStringLiteral("mobile"));
    }
    row.label->addItem(tr("home"), QStringLiteral("home"));
    row.label->addItem(tr("other"), QStringLiteral("other"));
    const int known = row.label->findData(value.label);
    if (known >= 0) {
        row.label->setCurrentIndex(known);
    } else if (!value.label.isEmpty()) {
        row.label->setEditText(value.label);
    }
    // The label stays narrow; the value gets the room.
    row.label->setMinimumContentsLength(6);
    row.label->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    row.label->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);

    row.value = new QLineEdit(value.value, row.container);
    row.value->setMinimumWidth(row.value->fontMetrics().horizontalAdvance(QLatin1Char('M')) * 12);
    row.value->setObjectName(QStringLiteral("value"));
    if (m_kind == Kind::Email) {
        row.value->setPlaceholderText(tr("name@example.com"));
        row.value->setInputMethodHints(Qt::ImhEmailCharactersOnly);
    } else {
        row.value->setPlaceholderText(tr("+44 20 7946 0958"));
        row.value->setInputMethodHints(Qt::ImhDialableCharactersOnly);
    }

    row.remove = new QToolButton(row.container);
    row.remove->setObjectName(QStringLiteral("remove"));
    const QIcon removeIcon = QIcon::fromTheme(QStringLiteral("list-remove"));
    row.remove->setIcon(removeIcon);
    row.remove->setText(tr("Remove"));
    row.remove->setToolButtonStyle(removeIcon.isNull() ? Qt::ToolButtonTextOnly : Qt::ToolButtonIconOnly);
    row.remove->setToolTip(m_kind == Kind::Email ? tr("Remove this email address") : tr("Remove this phone number"));

    line->addWidget(row.label);
    line->addWidget(row.value, 1);
    line->addWidget(row.remove);
    m_rowsLayout->addWidget(row.container);

    QWidget* container = row.container;
    connect(row.value, &QLineEdit::textEdited, this, &LabeledValueEditor::edited);
    connect(row.label, &QComboBox::currentTextChanged, this, &LabeledValueEditor::edited);
    connect(row.remove, &QToolButton::clicked, this, [this, container] {
        removeRow(container);
        emit edited();
    });
    row.value->setReadOnly(m_readOnly);
    row.label->setEnabled(!m_readOnly);
    row.remove->setVisible(!m_readOnly);
    m_rows.append(row);
    return m_rows.last();
}

void LabeledValueEditor::removeRow(QWidget* container)
{
    for (qsizetype i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).container != container) {
            continue;
        }
        if (m_rows.size() == 1) {
            // Keep one row to type into; removing the last one empties it.
            m_rows[i].value->clear();
            return;
        }
        m_rows.removeAt(i);
        container->hide();
        container->deleteLater();
        return;
    }
}

QString LabeledValueEditor::storedLabel(const QComboBox* combo) const
{
    const QString text = combo->currentText().trimmed();
    const int index = combo->findText(text);
    return index >= 0 ? combo->itemData(index).toString() : text;
}

} // namespace confidant::ui
