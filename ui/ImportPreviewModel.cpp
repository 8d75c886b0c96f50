#include "ImportPreviewModel.h"

namespace confidant::ui {

namespace {

QString firstValue(const QList<crm::LabeledValue>& values)
{
    return values.isEmpty() ? QString() : values.first().value;
}

QString ruleText(crm::MatchRule rule)
{
    switch (rule) {
    case crm::MatchRule::Uid:
        return ImportPreviewModel::tr("same Confidant id");
    case crm::MatchRule::Email:
        return ImportPreviewModel::tr("same email");
    case crm::MatchRule::NamePhone:
        return ImportPreviewModel::tr("same name and phone");
    case crm::MatchRule::None:
        break;
    }
    return QString();
}

} // namespace

ImportPreviewModel::ImportPreviewModel(Kind kind, QObject* parent)
    : QAbstractTableModel(parent)
    , m_kind(kind)
{
}

void ImportPreviewModel::setRows(const QList<crm::ImportRow>& rows)
{
    beginResetModel();
    QHash<qint64, bool> merge;
    for (const auto& r : rows) {
        merge.insert(r.line, m_merge.value(r.line, false));
    }
    m_rows = rows;
    m_merge = merge;
    endResetModel();
}

void ImportPreviewModel::setAllMerge(bool merge)
{
    for (auto it = m_merge.begin(); it != m_merge.end(); ++it) {
        it.value() = merge;
    }
    if (!m_rows.isEmpty()) {
        emit dataChanged(index(0, kMergeColumn), index(rowCount() - 1, kMergeColumn), {Qt::CheckStateRole});
    }
}

crm::ImportDecisions ImportPreviewModel::decisions() const
{
    crm::ImportDecisions d;
    for (auto it = m_merge.cbegin(); it != m_merge.cend(); ++it) {
        d.byLine.insert(it.key(), it.value() ? crm::MatchAction::Merge : crm::MatchAction::Skip);
    }
    return d;
}

int ImportPreviewModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int ImportPreviewModel::columnCount(const QModelIndex& parent) const
{
    if (parent.isValid()) {
        return 0;
    }
    switch (m_kind) {
    case Kind::New:
        return 5;
    case Kind::Matches:
        return 5;
    case Kind::Problems:
        return 2;
    }
    return 0;
}

QVariant ImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) {
        return {};
    }
    if (section == 0) {
        return tr("Line");
    }
    switch (m_kind) {
    case Kind::New: {
        const QStringList names {tr("Name"), tr("Email"), tr("Phone"), tr("Company")};
        return names.value(section - 1);
    }
    case Kind::Matches: {
        const QStringList names {tr("In the file"), tr("Existing contact"), tr("Found by"), tr("Merge")};
        return names.value(section - 1);
    }
    case Kind::Problems:
        return tr("Problem");
    }
    return {};
}

QVariant ImportPreviewModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) {
        return {};
    }
    const crm::ImportRow& r = m_rows[index.row()];
    if (role == Qt::CheckStateRole && m_kind == Kind::Matches && index.column() == kMergeColumn) {
        return m_merge.value(r.line) ? Qt::Checked : Qt::Unchecked;
    }
    if (role == Qt::TextAlignmentRole && index.column() == 0) {
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    }
    if (role == Qt::ToolTipRole && m_kind == Kind::Problems && index.column() == 1) {
        return r.problems.join(QLatin1Char('\n'));
    }
    if (role != Qt::DisplayRole) {
        return {};
    }
    if (index.column() == 0) {
        return r.line;
    }
    const crm::Contact& c = r.contact;
    switch (m_kind) {
    case Kind::New:
        switch (index.column()) {
        case 1:
            return c.displayName();
        case 2:
            return firstValue(c.emails);
        case 3:
            return firstValue(c.phones);
        case 4:
            return c.companyName;
        }
        break;
    case Kind::Matches:
        switch (index.column()) {
        case 1: {
            const QString contact = firstValue(c.emails).isEmpty() ? firstValue(c.phones) : firstValue(c.emails);
            return contact.isEmpty() ? c.displayName() : QStringLiteral("%1 <%2>").arg(c.displayName(), contact);
        }
        case 2:
            return r.matchName;
        case 3:
            return ruleText(r.rule);
        case kMergeColumn:
            return m_merge.value(r.line) ? tr("Merge") : tr("Skip");
        }
        break;
    case Kind::Problems:
        return r.problems.join(QLatin1Char(' '));
    }
    return {};
}

Qt::ItemFlags ImportPreviewModel::flags(const QModelIndex& index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (m_kind == Kind::Matches && index.column() == kMergeColumn) {
        f |= Qt::ItemIsUserCheckable;
    }
    return f;
}

bool ImportPreviewModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (m_kind != Kind::Matches || index.column() != kMergeColumn || role != Qt::CheckStateRole
        || index.row() >= m_rows.size()) {
        return false;
    }
    m_merge[m_rows[index.row()].line] = value.toInt() == Qt::Checked;
    emit dataChanged(index, index, {Qt::CheckStateRole, Qt::DisplayRole});
    return true;
}

} // namespace confidant::ui
